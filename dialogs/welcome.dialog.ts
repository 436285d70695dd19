// First contact: say what Tillit is and who reads along, then ask what to call the person.
import { ComponentDialog, TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from "botbuilder-dialogs";
import { coordinatorName, services } from "./turn-services.js";

export const WELCOME_DIALOG = "welcome";
const NAME_PROMPT = "welcome.name";
const MAX_NAME = 40;

export function cleanName(raw: string): string | undefined {
  const name = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (name.length === 0 || [...name].length > MAX_NAME) return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  return name;
}

export class WelcomeDialog extends ComponentDialog {
  constructor() {
    super(WELCOME_DIALOG);
    this.addDialog(new TextPrompt(NAME_PROMPT, async (prompt: PromptValidatorContext<string>) => cleanName(prompt.recognized.value ?? "") !== undefined));
    this.addDialog(new WaterfallDialog(`${WELCOME_DIALOG}.steps`, [this.askNameStep.bind(this), this.greetByNameStep.bind(this)]));
    this.initialDialogId = `${WELCOME_DIALOG}.steps`;
  }

  private async askNameStep(step: WaterfallStepContext) {
    const s = services(step.context);
    await step.context.sendActivity(s.t("welcome.greeting", { coordinator: coordinatorName(s) }));
    return step.prompt(NAME_PROMPT, { prompt: s.t("welcome.askName"), retryPrompt: s.t("welcome.nameRetry") });
  }

  private async greetByNameStep(step: WaterfallStepContext) {
    const s = services(step.context);
    const name = cleanName(String(step.result)) as string;
    s.effects.push({ kind: "set-preferred-name", name }, { kind: "set-status", status: "active" });
    await step.context.sendActivity(s.t("welcome.niceToMeet", { name }));
    return step.endDialog();
  }
}
