// A short, solution-focused check-in: how the small step chosen last time went (if one was), a 1–10
// scale, what makes it not lower, sleep / food / movement, one small thing to try (offered, never
// assigned), and a warm word. Each answer gets a short reflection before the next question. Every
// question can be skipped; a pause keeps what was already said.
//
// No number is stored that the young person did not write or was not told about. A number written is
// kept as written. A range ("typ 4 eller 5") is kept as its lower end, and the next message says so:
// the column is a whole number (prisma/schema.prisma, CheckIn.mood), the lower end is what "not lower"
// asks about, and it never hides a low day from the concern rules (bot/safety/check-in-concern.ts).
// An emoji or a mood in words ("😔", "skit", "sisådär") is a feeling, not a number. What a youth
// worker does with "😔" is answer the feeling, not ask for a number as if nothing was said; so the
// feeling is met in words, read roughly (the corpus's 2 / 5 / 7 / 9 for emoji), and the reply says
// plainly what was written down and how to change it ("Jag skriver det som en 2:a, skriv en annan
// siffra om det inte stämmer."); a number or "det stämmer inte" in the next answer changes it. Asking
// for a number instead would cost a turn and, when the second answer is not a number either, keep
// nothing of a day the person did describe. The words travel inside the next question, not as a
// preface (which a long question or a concern offer can drop); while a concern offer holds that
// question back, the reading counts as not yet told and a pause keeps no mood.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { SmallStepView, StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askScale, askText, say, takeAnswer } from "./shared/ask.js";
import type { ScaleAnswer } from "./shared/prompts.js";
import { correctsNumber, readCorrection } from "./shared/understand-scale.js";
import { sleepToldInPassing } from "./shared/understand-answers.js";
import { reflectMood, reflectSleep, reflectStatement } from "./shared/reflect.js";
import { services, type TurnServices } from "./turn-services.js";
import type { ChoiceSet } from "./shared/choice-sets.js";
import { noticeCheckIn, raiseConcern } from "./concern-offer.dialog.js";
import { feelsBad } from "./shared/understand-small-talk.js";

export const CHECK_IN_DIALOG = "check-in" satisfies StartableDialog;

export interface CheckInOptions {
  /** The small step from a recent check-in, asked about first. */
  followUp?: SmallStepView | null;
  /** Begun by the person saying how they are ("mår sådär idag"): the scale question thanks them first. */
  told?: boolean;
  /** Begun in the middle of a conversation (instead of answering the offer of a person): no greeting. */
  midConversation?: boolean;
  /** The mood given already ("vet ej typ 4" to "Har du tid för en kort incheckning?"): not asked for again. */
  mood?: ScaleAnswer;
  /** The mood given is a number just corrected ("3", then "nej 6 menade jag"): said back already, no other word on it. */
  corrected?: boolean;
  /** Begun with a yes to "Har du tid för en kort incheckning nu?", which greeted already: no second "Hej". */
  afterYes?: boolean;
  /** A number off the scale given to "Har du tid för en kort incheckning?" ("typ 11"): the scale question says so. */
  offScale?: "above" | "below";
}

interface CheckInValues {
  mood?: number | null;
  /** How the mood was given when it was not a number written (said back to the person; can be corrected). */
  moodReading?: "range" | "emoji" | "words" | "same";
  /** What was written down, to be said in front of the next question asked. */
  readingToSay?: string;
  /** The question that says it was held back by a concern offer: not yet told (until that question is answered). */
  readingUntold?: boolean;
  betterBecause?: string | null;
  sleep?: string | null;
  food?: string | null;
  movement?: string | null;
  /** Concern already raised in this check-in (bot/safety/check-in-concern.ts). */
  concern?: string;
  /** The night told before the sleep question ("5, sov skit dåligt"): kept as the answer, the question not asked. */
  sleepTold?: "good" | "bad";
  /** The question about the mood was held, its answer already on its way (askWhatHelps): what came is told, not an answer. */
  whyHeld?: boolean;
}

export class CheckInDialog extends TillitDialog {
  constructor() {
    super(CHECK_IN_DIALOG, [
      (step) => this.askAboutLastStep(step),
      (step) => this.askMood(step),
      (step) => this.askWhatHelps(step),
      (step) => this.askSleep(step),
      (step) => this.storeAndAsk(step, "sleep", "checkIn.food", "ateYesLittleNo"),
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
    const { told, midConversation, mood: given, offScale, afterYes } = (step.options as CheckInOptions | undefined) ?? {};
    if (given) return step.next(given);
    // "typ 11" to the offer: a yes with a mood past the scale, asked for within it (texter17 #13: it was a skip).
    const key = offScale
      ? offScale === "above"
        ? "common.retryScaleAbove"
        : "common.retryScaleBelow"
      : followUp || midConversation
        ? "checkIn.moodAgain"
        : told
          ? "checkIn.moodTold"
          : afterYes
            ? "checkIn.moodAfterYes"
            : name
            ? "checkIn.moodNamed"
            : "checkIn.mood";
    // "same as igår" is read as the last check-in's mood, said back (recentMoods: newest first, the last 30 days).
    const [lastMood] = await s.lookups.recentMoods();
    return askScale(step, key, name ? { name } : undefined, { mood: true, lastMood, againKey: "checkIn.moodAgain" });
  }

  private async askWhatHelps(step: WaterfallStepContext) {
    const s = services(step.context);
    const v = this.v(step);
    const answer = this.take<ScaleAnswer>(step);
    const mood = answer?.value ?? null;
    v.mood = mood;
    if (mood !== null) v.sleepTold = sleepToldInPassing(step.context.activity.text ?? "");
    if (answer && answer.reading !== "number") {
      v.moodReading = answer.reading;
      v.readingToSay = readingSaid(s, answer);
    }
    await noticeCheckIn(step, v);
    // The exception question only makes sense when there is room below.
    if (mood === null || mood <= 1) return step.next({ tillit: "skipped" });
    // "typ 6" / "sov dåligt" sent together: "Vad gör att det är en 6:a…" would be asked after the next message had come,
    // and that message taken as its answer (session 25's left item 4). With more already stored, and nothing to say now
    // (no reading to say back, no concern), the question is held: the next message is read as told (askSleep), one reply.
    if (!v.readingToSay && !v.concern && s.concernRaised === undefined && !s.concern && (await s.laterStored?.())) {
      v.whyHeld = true;
      return askText(step, "checkIn.whatMakesItNotLower", { mood }, 500, undefined, { held: true });
    }
    const lead = this.leadFor(step);
    if (lead) return askText(step, "checkIn.whatMakesItNotLowerRead", undefined, 500, lead);
    if (!(step.options as CheckInOptions | undefined)?.corrected) reflectMood(s, mood);
    return askText(step, mood === 10 ? "checkIn.whatMakesItTen" : "checkIn.whatMakesItNotLower", { mood });
  }

  private async askSleep(step: WaterfallStepContext) {
    const s = services(step.context);
    const v = this.v(step);
    const mood = v.mood;
    const better = this.take<string>(step);
    // "4", "nej typ 5", "det stämmer inte" after a reading was said back: the person corrects it.
    const correction = v.moodReading && better ? readCorrection(better) : undefined;
    if (correction) {
      v.readingUntold = false;
      v.mood = correction === "wrong" ? null : correction.value;
      v.moodReading = undefined;
      v.betterBecause = null;
      s.preface(correction === "wrong" ? s.t("checkIn.readingDropped") : s.t("checkIn.readingCorrected", { mood: correction.value }));
      await noticeCheckIn(step, v);
      return askChoice(step, "checkIn.sleep", "goodOkBad");
    }
    // "3", then "nej 6 menade jag": the number put right. The check-in goes on from the corrected number, asked about
    // it ("Vad gör att det är en 6:a…"), as if it had been written first; nothing of the 3 is kept (tester24 #9: the
    // correction was taken as the answer about the 3, and the 3 stored).
    const fixed = !v.moodReading && better && mood !== null && mood !== undefined ? correctsNumber(better, mood) : undefined;
    if (fixed !== undefined) {
      s.preface(s.t("checkIn.readingCorrected", { mood: fixed }));
      const options: CheckInOptions = { ...((step.options as CheckInOptions | undefined) ?? {}), followUp: null, mood: { value: fixed, reading: "number" }, corrected: true };
      return step.replaceDialog(`${CHECK_IN_DIALOG}.steps`, options);
    }
    // Held, never asked: what came is not what makes it the number (askWhatHelps), though it is heard as told.
    v.betterBecause = v.whyHeld ? null : better;
    v.whyHeld = undefined;
    // "jobbigt med allt" for what makes it not lower: a heavy answer the screen may not flag. It gets a pause
    // and the offer of a person, not "Hur har du sovit?" (tone.md); the check-in waits underneath.
    if (better && !v.concern && feelsBad(better)) {
      v.concern = "heavy-check-in";
      raiseConcern(step.context, ["heavy-check-in"]);
    }
    // "sov typ inte" as the reason: the night is told, so the sleep question is not asked (a reading
    // still to be said back goes with the question, so then it is asked as usual).
    const slept = v.readingToSay ? undefined : (v.sleepTold ?? (better ? sleepToldInPassing(better) : undefined));
    if (slept) return step.next(slept);
    const lead = this.leadFor(step);
    if (better) reflectStatement(s, better);
    else if (mood === 1 && !lead) reflectMood(s, mood);
    return askChoice(step, "checkIn.sleep", "goodOkBad", undefined, undefined, { lead });
  }

  /**
   * What was written down, to say in front of the question now asked (once). Every step runs after
   * the question before it was answered or skipped, so whatever was said with that one has been seen;
   * a question held back by a concern offer this turn has not (it is asked again after the offer).
   */
  private leadFor(step: WaterfallStepContext): string | undefined {
    const v = this.v(step);
    v.readingUntold = false;
    const lead = v.readingToSay;
    if (!lead) return undefined;
    v.readingToSay = undefined;
    v.readingUntold = services(step.context).concernRaised !== undefined;
    return lead;
  }

  /** Keeps the answer to a choice question (null if skipped) and asks the next one. */
  private async storeAndAsk(step: WaterfallStepContext, field: "sleep" | "food" | "movement", nextKey: string, set: ChoiceSet) {
    this.v(step).readingUntold = false;
    const answer = this.take<string>(step);
    this.v(step)[field] = answer;
    const s = services(step.context);
    if (field === "sleep") reflectSleep(s, answer);
    if (field !== "movement") await noticeCheckIn(step, this.v(step));
    // "nej" to the food question is heard before the next one (it met "Har du rört på dig?" alone); the offer of a
    // person, if this raised one, says its own word about it.
    if (field === "food" && answer === "no" && s.concernRaised === undefined) s.preface(s.t("reflect.ateNothing"));
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
    // A mood read from a range, an emoji or words that the person has not yet been told about is not kept.
    const kept: CheckInValues = v.readingUntold || v.readingToSay ? { ...v, mood: null } : v;
    if ([kept.mood, kept.betterBecause, kept.sleep, kept.food, kept.movement].some((x) => x !== undefined && x !== null)) record(s, kept, null);
  }
}

const READ_AS = { low: "checkIn.readAs.low", mid: "checkIn.readAs.mid", high: "checkIn.readAs.high", top: "checkIn.readAs.top" } as const;

/** What is written down for a mood that was not a number written: the feeling met in words, and the number plainly. */
function readingSaid(s: TurnServices, answer: ScaleAnswer): string {
  if (answer.reading === "range") return s.t("checkIn.readAs.range", { mood: answer.value, high: answer.high ?? answer.value });
  if (answer.reading === "same") return s.t("checkIn.readAs.same", { mood: answer.value });
  const band = answer.value <= 3 ? "low" : answer.value <= 6 ? "mid" : answer.value <= 8 ? "high" : "top";
  return s.t(READ_AS[band], { mood: answer.value });
}

function record(s: TurnServices, v: CheckInValues, smallStep: string | null): void {
  s.effects.push({ kind: "record-check-in", mood: v.mood ?? null, betterBecause: v.betterBecause ?? null, sleep: v.sleep ?? null, food: v.food ?? null, movement: v.movement ?? null, smallStep });
}
