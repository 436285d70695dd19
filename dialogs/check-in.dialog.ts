// A short, solution-focused check-in: a 1–10 scale, what makes it not lower, sleep / food / movement,
// one small thing to try (offered, never assigned), and a warm word. Every question can be skipped.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { answerOf } from "./shared/prompts.js";
import { askChoice, askScale, askText, handOffUnclear, say } from "./shared/ask.js";
import { services } from "./turn-services.js";

export const CHECK_IN_DIALOG = "check-in";

interface CheckInValues {
  mood: number | null;
  betterBecause: string | null;
  sleep: string | null;
  food: string | null;
  movement: string | null;
}

export class CheckInDialog extends TillitDialog {
  constructor() {
    super(CHECK_IN_DIALOG, [
      (step) => this.askMood(step),
      (step) => this.askWhatHelps(step),
      (step) => this.askSleep(step),
      (step) => this.askFood(step),
      (step) => this.askMovement(step),
      (step) => this.offerSmallStep(step),
      (step) => this.affirm(step),
    ]);
  }

  private v(step: WaterfallStepContext): CheckInValues {
    return step.values as CheckInValues;
  }

  /** The answer to the previous question, or null if skipped; undefined when it was unclear. */
  private take<T>(step: WaterfallStepContext): T | null | undefined {
    const a = answerOf<T>(step.result);
    return a.kind === "answer" ? a.value : a.kind === "skipped" ? null : undefined;
  }

  private async askMood(step: WaterfallStepContext) {
    const name = services(step.context).participant.preferredName;
    return askScale(step, name ? "checkIn.moodNamed" : "checkIn.mood", name ? { name } : undefined);
  }

  private async askWhatHelps(step: WaterfallStepContext) {
    const mood = this.take<number>(step);
    if (mood === undefined) return handOffUnclear(step);
    this.v(step).mood = mood;
    // The exception question only makes sense when there is room below.
    if (mood === null || mood <= 1) return step.next({ tillit: "skipped" });
    return askText(step, mood === 10 ? "checkIn.whatMakesItTen" : "checkIn.whatMakesItNotLower", { mood });
  }

  private async askSleep(step: WaterfallStepContext) {
    this.v(step).betterBecause = this.take<string>(step) ?? null;
    return askChoice(step, "checkIn.sleep", "goodOkBad");
  }

  private async askFood(step: WaterfallStepContext) {
    const sleep = this.take<string>(step);
    if (sleep === undefined) return handOffUnclear(step);
    this.v(step).sleep = sleep;
    return askChoice(step, "checkIn.food", "yesLittleNo");
  }

  private async askMovement(step: WaterfallStepContext) {
    const food = this.take<string>(step);
    if (food === undefined) return handOffUnclear(step);
    this.v(step).food = food;
    return askChoice(step, "checkIn.movement", "yesLittleNo");
  }

  private async offerSmallStep(step: WaterfallStepContext) {
    const movement = this.take<string>(step);
    if (movement === undefined) return handOffUnclear(step);
    this.v(step).movement = movement;
    return askChoice(step, "checkIn.smallStep", "smallStep");
  }

  private async affirm(step: WaterfallStepContext) {
    const s = services(step.context);
    const choice = this.take<string>(step);
    if (choice === undefined) return handOffUnclear(step);
    const smallStep = choice && choice !== "no" ? choice : null;
    s.effects.push({ kind: "record-check-in", ...this.v(step), smallStep });
    const name = s.participant.preferredName;
    if (smallStep) await say(step, "checkIn.smallStepChosen", { step: s.t(`choices.smallStep.${smallStep}`) });
    else await say(step, name ? "checkIn.thanksNamed" : "checkIn.thanks", name ? { name } : undefined);
    return step.endDialog();
  }
}
