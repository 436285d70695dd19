// Base for every Tillit dialog: a component with the shared prompts and one waterfall of named steps.
// When something else takes over (the person pauses, asks for someone, a nudge starts another thread)
// the dialog may keep what it has been told so far: partial answers are saved before any pause.
import { ComponentDialog, DialogReason, WaterfallDialog, type DialogInstance, type WaterfallStep } from "botbuilder-dialogs";
import type { TurnContext } from "botbuilder";
import { FreeTextPrompt, NamePrompt, OptionPrompt, ScalePrompt } from "./prompts.js";
import { PROMPTS } from "./ask.js";
import { services, type TurnServices } from "../turn-services.js";

interface StepsState {
  options?: unknown;
  values?: Record<string, unknown>;
}

export abstract class TillitDialog extends ComponentDialog {
  protected constructor(id: string, steps: WaterfallStep[]) {
    super(id);
    this.addDialog(new OptionPrompt(PROMPTS.option));
    this.addDialog(new ScalePrompt(PROMPTS.scale));
    this.addDialog(new FreeTextPrompt(PROMPTS.text));
    this.addDialog(new NamePrompt(PROMPTS.name));
    this.addDialog(new WaterfallDialog(`${id}.steps`, steps));
    this.initialDialogId = `${id}.steps`;
  }

  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) {
      const stack = (instance.state as { dialogs?: { dialogStack?: DialogInstance<StepsState>[] } }).dialogs?.dialogStack ?? [];
      const steps = stack.find((d) => d.id === `${this.id}.steps`);
      if (steps) this.keepPartial(services(context), steps.state.values ?? {}, steps.state.options);
    }
    return super.endDialog(context, instance, reason);
  }

  /** Called when the dialog is cancelled midway, with what it has gathered; ask for effects to keep it. */
  protected keepPartial(_s: TurnServices, _values: Record<string, unknown>, _options: unknown): void {}
}
