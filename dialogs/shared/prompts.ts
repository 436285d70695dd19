// Prompts for answers given by text message. Choices travel as suggested actions; the outbox shows
// them as buttons on the web and numbered lines over SMS, so no dialog knows the channel. A prompt
// that cannot understand the answer twice ends with UNCLEAR instead of asking a third time; the dialog
// then skips the question and keeps talking (see takeAnswer in ask.ts).
import { ActionTypes, ActivityTypes, type Activity, type TurnContext } from "botbuilder";
import { Prompt, type PromptOptions, type PromptRecognizerResult } from "botbuilder-dialogs";
import { recognizeChoice, recognizeScale, type ChoiceOption, type ChoiceReader } from "./recognize.js";
import { understandName } from "./understand-name.js";
import { understandMood } from "./understand-answers.js";

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

export interface ChoiceSpec {
  text: string;
  retryText: string;
  /**
   * Asked again after a question back was answered: a long question (the consent) need not come whole.
   * Set only on questions whose answer is a decision recorded as such (the consents).
   */
  againText?: string;
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
  const m = /^[^.?!\n]{1,30}!\s+(\S[\s\S]*\?)$/u.exec(text);
  return m ? m[1]! : text;
}

/** A question whose answer is recorded as a decision (the consents): the ones asked again in a short line. */
export function isDecision(spec: ChoiceSpec): boolean {
  return spec.againText !== undefined;
}

export function message(text: string, labels?: string[]): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    ...(labels?.length
      ? { suggestedActions: { to: [], actions: labels.map((l) => ({ type: ActionTypes.ImBack, title: l, value: l })) } }
      : {}),
  };
}

abstract class TwoTriesPrompt<T> extends Prompt<T> {
  // The validator runs once per answer (recognition also runs for botbuilder's pre-bubble events),
  // so it is where the second miss turns into UNCLEAR.
  constructor(id: string) {
    super(id, async (prompt) => {
      if (prompt.recognized.succeeded) return true;
      if (prompt.attemptCount < 2) return false;
      prompt.recognized.value = UNCLEAR as unknown as T;
      return true;
    });
  }

  protected abstract understand(text: string, options: PromptOptions): T | undefined;

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<T>> {
    const value = this.understand(context.activity.text ?? "", options);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}

/** A choice among options, recognised by number, words, synonyms and small typos. */
export class OptionPrompt extends TwoTriesPrompt<string> {
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as ChoiceSpec;
    const again = context.turnState.get(ASKED_AGAIN) === true ? (spec.againText ?? spec.bareText) : undefined;
    await context.sendActivity(message(isRetry ? spec.retryText : again || spec.text, spec.labels));
  }
  protected understand(text: string, options: PromptOptions): string | undefined {
    const spec = options.validations as ChoiceSpec;
    return recognizeChoice(text, spec.options, spec.labels, spec.reader, isDecision(spec));
  }
}

/** A 1–10 scale answer (a number or an emoji). */
export class ScalePrompt extends TwoTriesPrompt<number> {
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as { text: string; retryText: string };
    await context.sendActivity(message(isRetry ? spec.retryText : spec.text));
  }
  protected understand(text: string, options: PromptOptions): number | undefined {
    return recognizeScaleAnswer(text, options.validations);
  }
}

/** A 1-10 answer; on the mood question a mood in words too ("mår skit" is a 2, roughly). */
export function recognizeScaleAnswer(text: string, spec: unknown): number | undefined {
  return recognizeScale(text) ?? ((spec as { mood?: boolean } | undefined)?.mood ? understandMood(text) : undefined);
}

/** Any non-empty text, up to a limit. */
export class FreeTextPrompt extends TwoTriesPrompt<string> {
  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const spec = options.validations as { text: string; retryText: string; maxLength?: number };
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
