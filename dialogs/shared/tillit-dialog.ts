// Base for every Tillit dialog: a component with the shared prompts and one waterfall of named steps.
import { ComponentDialog, WaterfallDialog, type WaterfallStep } from "botbuilder-dialogs";
import { FreeTextPrompt, OptionPrompt, ScalePrompt } from "./prompts.js";
import { PROMPTS } from "./ask.js";

export abstract class TillitDialog extends ComponentDialog {
  protected constructor(id: string, steps: WaterfallStep[]) {
    super(id);
    this.addDialog(new OptionPrompt(PROMPTS.option));
    this.addDialog(new ScalePrompt(PROMPTS.scale));
    this.addDialog(new FreeTextPrompt(PROMPTS.text));
    this.addDialog(new WaterfallDialog(`${id}.steps`, steps));
    this.initialDialogId = `${id}.steps`;
  }
}
