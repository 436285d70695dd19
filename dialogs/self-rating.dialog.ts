// The self-rating battery (progressionsskattning): the same statements rated 1–10 every 4–6 weeks, so
// the person and their coordinator can see change over time. Each rating is saved as it is given.
import { randomUUID } from "node:crypto";
import type { WaterfallStep, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askScale, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";
import type { ScaleAnswer } from "./shared/prompts.js";

export const SELF_RATING_DIALOG = "self-rating" satisfies StartableDialog;
export const SELF_RATING_STATEMENTS = ["readiness", "physicalHealth", "mentalHealth", "dailyRoutine", "socialContacts", "futureConfidence"] as const;

export interface SelfRatingOptions {
  exit?: boolean;
}

export class SelfRatingDialog extends TillitDialog {
  constructor() {
    const steps: WaterfallStep[] = [(step) => this.introduce(step)];
    SELF_RATING_STATEMENTS.forEach((statement, i) => steps.push((step) => this.rate(step, statement, SELF_RATING_STATEMENTS[i + 1])));
    super(SELF_RATING_DIALOG, steps);
  }

  private async introduce(step: WaterfallStepContext) {
    (step.values as { batteryId: string }).batteryId = randomUUID();
    // The final rating at discharge (discharge.dialog.ts) is the same battery, stored as the exit rating.
    (step.values as { exit?: boolean }).exit = (step.options as SelfRatingOptions | undefined)?.exit === true;
    await say(step, "selfRating.intro");
    return askScale(step, `selfRating.statements.${SELF_RATING_STATEMENTS[0]}`);
  }

  /** Saves the answer to `statement` and asks the next one, or thanks at the end. */
  private async rate(step: WaterfallStepContext, statement: string, next: string | undefined) {
    const answer = takeAnswer<ScaleAnswer>(step);
    services(step.context).effects.push({
      kind: "record-self-rating",
      batteryId: (step.values as { batteryId: string }).batteryId,
      statement,
      score: answer.kind === "answer" ? answer.value.value : null,
      ...((step.values as { exit?: boolean }).exit ? { exit: true } : {}),
    });
    if (next) return askScale(step, `selfRating.statements.${next}`);
    await say(step, (step.values as { exit?: boolean }).exit ? "discharge.ratingThanks" : "selfRating.thanks");
    return step.endDialog();
  }
}
