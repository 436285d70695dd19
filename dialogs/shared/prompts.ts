// Prompts for answers given by text message. Choices travel as suggested actions; the outbox shows
// them as buttons on the web and numbered lines over SMS, so no dialog knows the channel. A prompt
// that cannot understand the answer twice ends with UNCLEAR instead of asking a third time; the dialog
// then skips the question and keeps talking (see takeAnswer in ask.ts).
import { ActionTypes, ActivityTypes, type Activity, type TurnContext } from "botbuilder";
import { Prompt, type PromptOptions, type PromptRecognizerResult } from "botbuilder-dialogs";
import { recognizeChoice, type ChoiceOption, type ChoiceReader } from "./recognize.js";
import { understandName } from "./understand-name.js";
import { readScale, saysSameAsBefore, understandMood, type ScaleWhy } from "./understand-scale.js";
import { services } from "../turn-services.js";
import { fold } from "./fold.js";
import { complainsOfTillit } from "./understand-trust-questions.js";

/** Set in a turn whose question was asked again after a question back had been answered. */
export const ASKED_AGAIN = Symbol("tillit.askedAgain");

export const SKIPPED = { tillit: "skipped" } as const;
export const UNCLEAR = { tillit: "unclear" } as const;

export type Answer<T> = { kind: "answer"; value: T } | { kind: "skipped" } | { kind: "unclear" };

export function answerOf<T>(result: unknown): Answer<T> {
  const marker = (result as { tillit?: string } | undefined)?.tillit;
  if (marker === "skipped") return { kind: "skipped" };
  if (marker === "unclear") return { kind: "unclear" };
  return { kind: "answer", value: result as T };
}

/**
 * The copy key a question was asked with, and its values: asked again in its other phrasing after a question about it
 * ("varför vill du veta de", main.dialog.ts answersWhyAsked), never the same words.
 */
export interface AskedAs {
  key: string;
  vars?: Record<string, string | number>;
}

export interface ChoiceSpec {
  text: string;
  askedAs?: AskedAs;
  retryText: string;
  /**
   * Asked again after a question back was answered: a long question (the consent) need not come whole.
   * Set only on questions whose answer is a decision recorded as such (the consents).
   */
  againText?: string;
  /**
   * The copy key of againText and its values: asked again more than once (a question back, then
   * another), it is said in the phrasing seen least recently, never the same line twice in a row.
   */
  againKey?: string;
  againVars?: Record<string, string>;
  /** The question without its warm opening ("Kul, Jay! "), asked again after a question back. */
  bareText?: string;
  labels: string[];
  options: ChoiceOption[];
  reader?: ChoiceReader;
}

/**
 * "Kul, Jay! Vilken tid passar bäst?" → "Vilken tid passar bäst?": an opening is warm said once and a
 * script said again, so a question asked again drops it (the same words three times was a tester's
 * "robotic" finding). Only a short exclamation before a question counts as an opening.
 */
export function withoutOpening(text: string): string {
  // A short line after the question stays with it ("Hej Sara! Har du tid … nu? Det tar en minut."): the
  // check-in's offer asked again began "Jag förstod inte riktigt. Hej Sara!", a greeting mid-exchange. An
  // opening up to a long sentence: "sry" to "Helt okej, tack för att du säger till! Vill du att Maja föreslår en
  // ny tid?" got the whole line again (texter16 #9).
  const m = /^[^.?!\n]{1,60}!\s+(\S[\s\S]*\?(?:\s+[^?\n]{1,40})?)$/u.exec(text);
  return m ? m[1]! : text;
}

/** A question whose answer is recorded as a decision (the consents): the ones asked again in a short line. */
export function isDecision(spec: ChoiceSpec): boolean {
  return spec.againText !== undefined;
}

export function message(text: string, labels?: string[]): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    // A part left out (when a person reads, said already: turn-services.ts nextReadingFor) leaves no gap.
    text: text.replace(/ {2,}/g, " ").trim(),
    ...(labels?.length
      ? { suggestedActions: { to: [], actions: labels.map((l) => ({ type: ActionTypes.ImBack, title: l, value: l })) } }
      : {}),
  };
}

/** A prompt's own state: the answer last refused, kept until the prompt ends. */
interface TriesState {
  refused?: string;
  /** A filler alone ("typ", "asså", "hmm") was let pass once without counting as the second miss. */
  fillerPassed?: boolean;
}

// A word said while thinking, not an answer: "typ", "asså", "hmm", "öh". Asked again, it is not the second miss
// that skips the question (texter17 #17: "typ" to the time question ended it with "vi hoppar över den").
const FILLER = /^\s*(typ|asså|assa|alltså|allts|liksom|hmm+|hm+|öh+|eh+|ehm+|mm+|um+|uh+|like|so|ba|bara)\s*[.!?]*\s*$/i;

abstract class TwoTriesPrompt<T> extends Prompt<T> {
  // The validator runs once per answer (recognition also runs for botbuilder's pre-bubble events),
  // so it is where the second miss turns into UNCLEAR, and where a refused answer is remembered.
  constructor(id: string) {
    super(id, async (prompt) => {
      if (prompt.recognized.succeeded) return true;
      const state = prompt.state as TriesState;
      const text = prompt.context.activity.text ?? "";
      state.refused = text;
      if (prompt.attemptCount < 2) return false;
      if (this.passesFiller() && FILLER.test(text) && !state.fillerPassed) {
        state.fillerPassed = true;
        return false;
      }
      prompt.recognized.value = UNCLEAR as unknown as T;
      return true;
    });
  }

  protected abstract understand(text: string, options: PromptOptions): T | undefined;

  /** Whether a filler alone is let pass once (asked again with the question alone: only the choice questions do). */
  protected passesFiller(): boolean {
    return false;
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<T>> {
    const value = this.understand(context.activity.text ?? "", options);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}

/** A choice among options, recognised by number, words, synonyms and small typos. */
export class OptionPrompt extends TwoTriesPrompt<string> {
  protected override passesFiller(): boolean {
    return true;
  }

  protected async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as ChoiceSpec;
    const askedAgain = context.turnState.get(ASKED_AGAIN) === true;
    const again = askedAgain ? (spec.againKey ? services(context).t(spec.againKey, spec.againVars) : (spec.againText ?? spec.bareText)) : undefined;
    // After a filler let pass ("typ"), the question alone: "Jag förstod inte riktigt" twice in a row would be the same line.
    const afterFiller = isRetry && (state as TriesState).fillerPassed === true && FILLER.test(context.activity.text ?? "");
    // Scorn at Tillit instead of an answer ("du är så jävla dum alltså, fattar ingenting" to "Hur har du sovit?"): met
    // with a sorry and the way to a person, the question left standing above, not asked again word for word (tester25 #7).
    if (isRetry && !afterFiller && complainsOfTillit(fold(context.activity.text ?? ""))) {
      await context.sendActivity(message(services(context).t("common.retryChoiceScorned")));
      return;
    }
    await context.sendActivity(message(afterFiller ? (spec.bareText ?? spec.text) : isRetry ? spec.retryText : again || spec.text, spec.labels));
  }
  protected understand(text: string, options: PromptOptions): string | undefined {
    const spec = options.validations as ChoiceSpec;
    return recognizeChoice(text, spec.options, spec.labels, spec.reader, isDecision(spec));
  }
}

export interface ScaleSpec {
  text: string;
  askedAs?: AskedAs;
  /** Asked again when nothing in the answer could be read. */
  retryText: string;
  /**
   * The copy keys asked again when a number was there but was no rating ("sov typ 3h", "inte 2"): a
   * line that answers what was said (understand-scale.ts names why), with the number as {number}.
   */
  retryKeys?: Partial<Record<ScaleWhy, string>>;
  /** The check-in's "how is it today": a range, an emoji or a mood in words counts, as such. */
  mood?: boolean;
  /** The mood of the last check-in, for "same as igår" (the check-in says which number that was). */
  lastMood?: number;
}

/**
 * An answer on the 1–10 scale, and how it was given: `number`, the person wrote it; `range`, they
 * wrote two ("4 eller 5") and `value` is the lower; `emoji` and `words`, a feeling read roughly. Only
 * a `number` may be stored without saying what was written down (the check-in says it for the rest).
 */
export interface ScaleAnswer {
  value: number;
  reading: "number" | "range" | "emoji" | "words" | "same";
  /** The upper end of a range. */
  high?: number;
}

/**
 * A 1–10 scale answer; a number in a sentence about something else is asked about in a line of its own.
 * Once an answer was refused, the question is never asked again in its first words: not when it is
 * asked again after a concern offer held the retry back ("sov typ 3h" is also a sleep concern), nor
 * after a pause; the retry line says what was not taken.
 */
export class ScalePrompt extends TwoTriesPrompt<ScaleAnswer> {
  protected async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as ScaleSpec;
    const refused = (state as TriesState).refused;
    await context.sendActivity(message(isRetry || refused !== undefined ? retryLine(context, spec, refused ?? context.activity.text ?? "") : spec.text));
  }
  protected understand(text: string, options: PromptOptions): ScaleAnswer | undefined {
    return recognizeScaleAnswer(text, options.validations);
  }
}

/** The line that asks a scale question again: for "sov typ 3h" not the same as for "banan". */
function retryLine(context: TurnContext, spec: ScaleSpec, refused: string): string {
  const r = readScale(refused);
  const key = r.kind === "unclear" && r.why ? spec.retryKeys?.[r.why] : undefined;
  return key ? services(context).t(key, { number: r.kind === "unclear" ? (r.number ?? "") : "" }) : spec.retryText;
}

/**
 * A 1-10 answer. A self-rating takes a number, or an emoji as it always has (stored without a word;
 * not changed here); the check-in's mood question also takes a range and a mood in words ("mår skit"
 * is a 2, roughly), each marked, so that the check-in can say what it wrote down.
 */
export function recognizeScaleAnswer(text: string, spec: unknown): ScaleAnswer | undefined {
  const mood = (spec as { mood?: boolean } | undefined)?.mood === true;
  const r = readScale(text);
  switch (r.kind) {
    case "number":
      return { value: r.value, reading: "number" };
    case "emoji":
      return { value: r.value, reading: "emoji" };
    case "range":
      return mood ? { value: r.low, reading: "range", high: r.high } : undefined;
    case "unclear": {
      // "same as igår": the mood given last time, when the check-in has one (it says which).
      const last = (spec as { lastMood?: number } | undefined)?.lastMood;
      if (mood && last !== undefined && saysSameAsBefore(text)) return { value: last, reading: "same" };
      // "typ -3 lol", "minus 5": below the bottom is the bottom, a very low day, read as a 1 and said so (a young tester
      // was asked for a number again). A "0" may be a scale that starts at 0, and is still asked about.
      if (mood && r.why === "below" && r.number !== undefined && r.number < 0) return { value: 1, reading: "words" };
      // A number that was no rating ("inte 2", "sov 3h") is asked about, never read as words.
      const words = mood && r.why === undefined ? understandMood(text) : undefined;
      return words === undefined ? undefined : { value: words, reading: "words" };
    }
    case "skip":
      return undefined;
  }
}

/** Any non-empty text, up to a limit. */
export class FreeTextPrompt extends TwoTriesPrompt<string> {
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as { text: string; retryText: string; maxLength?: number; held?: boolean };
    if (spec.held && !isRetry) return;
    await context.sendActivity(message(isRetry ? spec.retryText : spec.text));
  }
  protected understand(text: string, options: PromptOptions): string | undefined {
    const max = (options.validations as { maxLength?: number }).maxLength ?? 500;
    const t = text.trim();
    return t.length > 0 && [...t].length <= max ? t : undefined;
  }
}

/** A name to call the person by ("jag heter alex" → "Alex"); "ja", "vet ej" or "varför" are not names. */
export class NamePrompt extends TwoTriesPrompt<string> {
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as { text: string; retryText: string };
    await context.sendActivity(message(isRetry ? spec.retryText : spec.text));
  }
  protected understand(text: string): string | undefined {
    const answer = understandName(text);
    return answer.startsWith("name:") ? answer.slice("name:".length) : undefined;
  }
}
