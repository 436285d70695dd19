// The consent gate: a participant who has not said yes to data processing and asks for something that
// collects answers (a check-in, the mapping, a self-rating, the plan) is asked first, plainly. Yes
// records the consent and begins what they asked for; anything else keeps nothing and says so. Someone
// who said no and changes their mind ("ni får spara mina svar") is asked the same way, with nothing to
// begin after.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { askChoice, awaitsFirstStepChoice, say, takeAnswer } from "./shared/ask.js";
import { coordinatorName, retentionVars, services } from "./turn-services.js";
import { beginNamedDialog } from "./begin-dialog.js";
import type { DialogStart } from "../bot/runtime/turn-types.js";
import { CONSENT_TEXT_VERSION } from "../bot/privacy/consent-text.js";

export const CONSENT_DIALOG = "consent";
// The version lives with the text coordinators read aloud (bot/privacy/consent-text.ts); the dialogs import it from here.
export { CONSENT_TEXT_VERSION };

/**
 * The gate's own question waits for its answer (its first step's prompt), as onboarding's awaitsConsentAnswer tells of
 * the consent there: questions asked at it are answered the same way (consent-questions.ts).
 */
export function awaitsConsentGate(dc: DialogContext): boolean {
  return awaitsFirstStepChoice(dc, `${CONSENT_DIALOG}.steps`);
}

export interface ConsentOptions {
  /** What the participant asked for, begun once they say yes; none when they came to change their mind. */
  asked?: DialogStart;
  /** Changing their mind right after the no at onboarding ("okej ja då"): what it means was just said, so the short line. */
  short?: boolean;
}

export class ConsentDialog extends TillitDialog {
  constructor() {
    super(CONSENT_DIALOG, [(step) => this.ask(step), (step) => this.decide(step)]);
  }

  private async ask(step: WaterfallStepContext) {
    const { asked, short } = step.options as ConsentOptions;
    if (short) return askChoice(step, "consent.again", "yesNo", undefined, "consent.again");
    return askChoice(step, asked ? "consent.beforeAnswers" : "consent.changeMind", "yesNo", retentionVars(services(step.context)), "consent.again");
  }

  private async decide(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    const asked = (step.options as ConsentOptions).asked;
    if (answer.kind === "answer" && answer.value === "yes") {
      s.effects.push({ kind: "record-consent", consent: "data-processing", granted: true, textVersion: CONSENT_TEXT_VERSION });
      if (asked) return beginNamedDialog(step, asked, { consentGiven: true });
      await say(step, "consent.nowKept");
      return step.endDialog();
    }
    // The team recorded a yes (staff inbox) while this question waited: a no here is theirs and decides,
    // so it is written, and "then I keep no answers" stays true.
    if (answer.kind === "answer" && answer.value === "no" && s.participant.dataConsent === true) {
      s.effects.push({ kind: "record-consent", consent: "data-processing", granted: false, textVersion: CONSENT_TEXT_VERSION });
    }
    await say(step, asked ? "consent.stillNo" : "consent.unchanged", { coordinator: coordinatorName(s) });
    return step.endDialog();
  }
}
