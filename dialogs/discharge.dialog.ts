// The farewell after a coordinator recorded a discharge (bot/staff/discharge.ts) asks one thing at a
// time. First one short message: thanks, the six months of follow-up and how to decline them (one
// message, because a proactive turn may send only one when a message is already unanswered, and the
// follow-up must never be left untold). Then, when they answer it, the offer of a final self-rating (the
// same battery, stored as the exit rating); a tester got both in one message. "Nej tack" declines the
// follow-up, as the message says; a plain "nej" or "vet inte" is heard as no more questions now.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askText, say, takeAnswer } from "./shared/ask.js";
import { understandYesNo } from "./shared/understand-answers.js";
import { services } from "./turn-services.js";
import { isFollowUpDecline } from "./shared/follow-up-decline-words.js";
import { SELF_RATING_DIALOG, type SelfRatingOptions } from "./self-rating.dialog.js";
import { beginNamedDialog } from "./begin-dialog.js";

export const DISCHARGE_DIALOG = "discharge" satisfies StartableDialog;

export class DischargeDialog extends TillitDialog {
  constructor() {
    super(DISCHARGE_DIALOG, [(step) => this.tellFollowUp(step), (step) => this.offer(step), (step) => this.afterAnswer(step)]);
  }

  private async tellFollowUp(step: WaterfallStepContext) {
    const s = services(step.context);
    // Without consent to keep answers there is nothing to rate into: only the follow-up is told (as before, without a name).
    if (s.participant.dataConsent !== true) {
      await say(step, "discharge.followUp");
      return step.endDialog();
    }
    const name = s.participant.preferredName;
    const [key, vars] = name ? ["discharge.followUpNamed", { name }] : ["discharge.followUp", undefined];
    // Told, and their reply awaited ("ok", "tack detsamma"): the rating is offered after it.
    return askText(step, key, vars);
  }

  private async offer(step: WaterfallStepContext) {
    const answer = takeAnswer<string>(step);
    // "nej", "nej det e lugnt", "vet inte" to the farewell: no more questions now (a "nej tack" declined the follow-up before this).
    if (answer.kind === "skipped" || ["no", "skip"].includes(understandYesNo(answer.value))) {
      await say(step, "discharge.noRating");
      return step.endDialog();
    }
    return askChoice(step, "discharge.askRating", "exitRating");
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
