// Taking back the yes to keeping answers ("jag vill inte att ni sparar mina svar", "ta tillbaka mitt
// samtycke"): one question, as the yes was one question, saying what changes — nothing new is kept,
// and the text of messages older than the days a coordinator needs to answer is erased with the team's
// notes of the same age (bot/privacy/retention.ts, scrubTexts); answers already given stay until the
// person asks for them to be erased. Yes records it at once; anything else changes nothing.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { retentionVars, services } from "./turn-services.js";
import { CONSENT_TEXT_VERSION } from "./consent.dialog.js";

export const WITHDRAW_CONSENT_DIALOG = "withdraw-consent";

export class WithdrawConsentDialog extends TillitDialog {
  constructor() {
    super(WITHDRAW_CONSENT_DIALOG, [(step) => this.ask(step), (step) => this.decide(step)]);
  }

  private async ask(step: WaterfallStepContext) {
    return askChoice(step, "consent.withdrawAsk", "yesNo", retentionVars(services(step.context)), "consent.withdrawAgain");
  }

  private async decide(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "answer" && answer.value === "yes") {
      s.effects.push({ kind: "record-consent", consent: "data-processing", granted: false, textVersion: CONSENT_TEXT_VERSION });
      await say(step, "consent.withdrawn");
    } else {
      await say(step, "consent.kept");
    }
    return step.endDialog();
  }
}
