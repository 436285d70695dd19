// A short, solution-focused check-in: a 1–10 scale, what makes it not lower, sleep / food / movement,
// one small thing to try (offered, never assigned), and a warm word. Every question can be skipped.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { answerOf } from "./shared/prompts.js";
import { askChoice, askScale, askText, handOffUnclear, say } from "./shared/ask.js";
import { services } from "./turn-services.js";
import type { ChoiceSet } from "./shared/choice-sets.js";

export const CHECK_IN_DIALOG = "check-in" satisfies StartableDialog;

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
      (step) => this.storeAndAsk(step, "sleep", "checkIn.food", "yesLittleNo"),
      (step) => this.storeAndAsk(step, "food", "checkIn.movement", "yesLittleNo"),
      (step) => this.storeAndAsk(step, "movement", "checkIn.smallStep", "smallStep"),
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

  /** Keeps the answer to a choice question (null if skipped) and asks the next one. */
  private async storeAndAsk(step: WaterfallStepContext, field: "sleep" | "food" | "movement", nextKey: string, set: ChoiceSet) {
    const answer = this.take<string>(step);
    if (answer === undefined) return handOffUnclear(step);
    this.v(step)[field] = answer;
    return askChoice(step, nextKey, set);
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
