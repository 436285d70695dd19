// The farewell after a coordinator recorded a discharge (bot/staff/discharge.ts): one short message
// with thanks, the six months of follow-up and how to decline them, and the offer of a final
// self-rating (the same battery, stored as the exit rating). One message, because a proactive turn may
// send only one when a message is already unanswered, and the follow-up must never be left untold.
// "Nej tack" then declines the follow-up, as the message says; a plain "nej" only skips the rating.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";
import { isFollowUpDecline } from "./shared/follow-up-decline-words.js";
import { SELF_RATING_DIALOG, type SelfRatingOptions } from "./self-rating.dialog.js";
import { beginNamedDialog } from "./begin-dialog.js";

export const DISCHARGE_DIALOG = "discharge" satisfies StartableDialog;

export class DischargeDialog extends TillitDialog {
  constructor() {
    super(DISCHARGE_DIALOG, [(step) => this.offer(step), (step) => this.afterAnswer(step)]);
  }

  private async offer(step: WaterfallStepContext) {
    const s = services(step.context);
    // Without consent to keep answers there is nothing to rate into: only the follow-up is told.
    if (s.participant.dataConsent !== true) {
      await say(step, "discharge.followUp");
      return step.endDialog();
    }
    const name = s.participant.preferredName;
    return askChoice(step, name ? "discharge.askRatingNamed" : "discharge.askRating", "exitRating", name ? { name } : undefined);
  }

  // A "nej tack" here never reaches this step: the main dialog reads it first (declineFollowUp below).
  private async afterAnswer(step: WaterfallStepContext) {
    const answer = takeAnswer<string>(step);
    if (answer.kind === "answer" && answer.value === "yes") return beginNamedDialog(step, { dialog: SELF_RATING_DIALOG, options: { exit: true } satisfies SelfRatingOptions });
    await say(step, "discharge.noRating");
    return step.endDialog();
  }
}

/**
 * "Nej tack" to the follow-up, from a participant whose follow-up runs: recorded and confirmed briefly.
 * Read where the follow-up was offered or one of its check-ins asks (the caller decides), never inside
 * another question, where "nej tack" answers that question.
 */
export function declinesFollowUp(dc: DialogContext, text: string): boolean {
  return services(dc.context).participant.followUpOpen && isFollowUpDecline(text);
}

export async function declineFollowUp(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  s.effects.push({ kind: "decline-follow-up" });
  const name = s.participant.preferredName;
  await dc.context.sendActivity(message(s.t(name ? "discharge.declinedNamed" : "discharge.declined", name ? { name } : undefined)));
}
