// The consent gate: a participant who has not said yes to data processing and asks for something that
// collects answers (a check-in, the mapping, a self-rating, the plan) is asked first, plainly. Yes
// records the consent and begins what they asked for; anything else keeps nothing and says so.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { coordinatorName, retentionVars, services } from "./turn-services.js";
import { beginNamedDialog } from "./begin-dialog.js";
import type { DialogStart } from "../bot/runtime/turn-types.js";

export const CONSENT_DIALOG = "consent";
/** Bump when the consent texts in the locale files change meaning; stored with each consent. */
export const CONSENT_TEXT_VERSION = "2026-12-v2";

export interface ConsentOptions {
  /** What the participant asked for, begun once they say yes. */
  asked: DialogStart;
}

export class ConsentDialog extends TillitDialog {
  constructor() {
    super(CONSENT_DIALOG, [(step) => this.ask(step), (step) => this.decide(step)]);
  }

  private async ask(step: WaterfallStepContext) {
    return askChoice(step, "consent.beforeAnswers", "yesNo", retentionVars(services(step.context)));
  }

  private async decide(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "answer" && answer.value === "yes") {
      s.effects.push({ kind: "record-consent", consent: "data-processing", granted: true, textVersion: CONSENT_TEXT_VERSION });
      return beginNamedDialog(step, (step.options as ConsentOptions).asked, { consentGiven: true });
    }
    await say(step, "consent.stillNo", { coordinator: coordinatorName(s) });
    return step.endDialog();
  }
}
