// A short, solution-focused check-in: how the small step chosen last time went (if one was), a 1–10
// scale, what makes it not lower, sleep / food / movement, one small thing to try (offered, never
// assigned), and a warm word. Each answer gets a short reflection before the next question. Every
// question can be skipped; a pause keeps what was already said.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { SmallStepView, StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askScale, askText, say, takeAnswer } from "./shared/ask.js";
import { reflectMood, reflectSleep, reflectStatement } from "./shared/reflect.js";
import { services, type TurnServices } from "./turn-services.js";
import type { ChoiceSet } from "./shared/choice-sets.js";
import { noticeCheckIn } from "./concern-offer.dialog.js";

export const CHECK_IN_DIALOG = "check-in" satisfies StartableDialog;

export interface CheckInOptions {
  /** The small step from a recent check-in, asked about first. */
  followUp?: SmallStepView | null;
  /** Begun by the person saying how they are ("mår sådär idag"): the scale question thanks them first. */
  told?: boolean;
}

interface CheckInValues {
  mood?: number | null;
  betterBecause?: string | null;
  sleep?: string | null;
  food?: string | null;
  movement?: string | null;
  /** Concern already raised in this check-in (bot/safety/check-in-concern.ts). */
  concern?: string;
}

export class CheckInDialog extends TillitDialog {
  constructor() {
    super(CHECK_IN_DIALOG, [
      (step) => this.askAboutLastStep(step),
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

  /** The answer to the previous question, or null if skipped (or not understood twice). */
  private take<T>(step: WaterfallStepContext): T | null {
    const a = takeAnswer<T>(step);
    return a.kind === "answer" ? a.value : null;
  }

  private async askAboutLastStep(step: WaterfallStepContext) {
    const followUp = (step.options as CheckInOptions | undefined)?.followUp;
    if (!followUp) return step.next();
    const s = services(step.context);
    return askChoice(step, "checkIn.stepFollowUp", "stepFollowUp", { step: s.t(`smallStepInSentence.${followUp.step}`) });
  }

  private async askMood(step: WaterfallStepContext) {
    const s = services(step.context);
    const followUp = (step.options as CheckInOptions | undefined)?.followUp;
    if (followUp) {
      const outcome = this.take<"done" | "partly" | "not-yet">(step);
      if (outcome) {
        s.effects.push({ kind: "record-small-step-follow-up", checkInId: followUp.checkInId, outcome });
        s.preface(s.t(`checkIn.stepFollowUpSaid.${outcome}`));
      }
    }
    const name = s.participant.preferredName;
    // After a word about the step, the greeting in the mood question would be one too many.
    const told = (step.options as CheckInOptions | undefined)?.told;
    const key = followUp ? "checkIn.moodAgain" : told ? "checkIn.moodTold" : name ? "checkIn.moodNamed" : "checkIn.mood";
    return askScale(step, key, name ? { name } : undefined, { mood: true });
  }

  private async askWhatHelps(step: WaterfallStepContext) {
    const mood = this.take<number>(step);
    this.v(step).mood = mood;
    await noticeCheckIn(step, this.v(step));
    // The exception question only makes sense when there is room below.
    if (mood === null || mood <= 1) return step.next({ tillit: "skipped" });
    reflectMood(services(step.context), mood);
    return askText(step, mood === 10 ? "checkIn.whatMakesItTen" : "checkIn.whatMakesItNotLower", { mood });
  }

  private async askSleep(step: WaterfallStepContext) {
    const s = services(step.context);
    const mood = this.v(step).mood;
    const better = this.take<string>(step);
    this.v(step).betterBecause = better;
    if (better) reflectStatement(s, better);
    else if (mood === 1) reflectMood(s, mood);
    return askChoice(step, "checkIn.sleep", "goodOkBad");
  }

  /** Keeps the answer to a choice question (null if skipped) and asks the next one. */
  private async storeAndAsk(step: WaterfallStepContext, field: "sleep" | "food" | "movement", nextKey: string, set: ChoiceSet) {
    const answer = this.take<string>(step);
    this.v(step)[field] = answer;
    if (field === "sleep") reflectSleep(services(step.context), answer);
    if (field !== "movement") await noticeCheckIn(step, this.v(step));
    return askChoice(step, nextKey, set);
  }

  private async affirm(step: WaterfallStepContext) {
    const s = services(step.context);
    const choice = this.take<string>(step);
    const smallStep = choice && choice !== "no" ? choice : null;
    record(s, this.v(step), smallStep);
    const name = s.participant.preferredName;
    if (smallStep) await say(step, "checkIn.smallStepChosen", { step: s.t(`choices.smallStep.${smallStep}`) });
    else await say(step, name ? "checkIn.thanksNamed" : "checkIn.thanks", name ? { name } : undefined);
    return step.endDialog();
  }

  protected override keepPartial(s: TurnServices, values: Record<string, unknown>): void {
    const v = values as CheckInValues;
    if ([v.mood, v.betterBecause, v.sleep, v.food, v.movement].some((x) => x !== undefined && x !== null)) record(s, v, null);
  }
}

function record(s: TurnServices, v: CheckInValues, smallStep: string | null): void {
  s.effects.push({ kind: "record-check-in", mood: v.mood ?? null, betterBecause: v.betterBecause ?? null, sleep: v.sleep ?? null, food: v.food ?? null, movement: v.movement ?? null, smallStep });
}
