// Small helpers every dialog uses to ask, so the wording, retries and buttons work the same way.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import type { Vars } from "../../bot/infrastructure/i18n.js";
import { choiceSets, type ChoiceSet, type ChoiceSetSpec } from "./choice-sets.js";
import { answerOf, message, withoutOpening, type Answer, type AskedAs, type ChoiceSpec, type ScaleSpec } from "./prompts.js";
import { services, type TurnServices } from "../turn-services.js";

export interface ChoiceExtras {
  retryKey?: string;
  lead?: string;
}

export const PROMPTS = { option: "tillit.option", scale: "tillit.scale", text: "tillit.text", name: "tillit.name" } as const;

/** A question with choices waits for its answer at the first step of the waterfall `steps` (a dialog's own question, as the consent). */
export function awaitsFirstStepChoice(dc: DialogContext, steps: string): boolean {
  for (let d: DialogContext | undefined = dc; d; d = d.child) {
    if (d.activeDialog?.id !== PROMPTS.option) continue;
    const waterfall = d.stack.find((instance) => instance.id === steps);
    return (waterfall?.state as { stepIndex?: number } | undefined)?.stepIndex === 0;
  }
  return false;
}

/**
 * `more.retryKey`: what is said when the answer is not understood, instead of the question again. The
 * consent's short line comes right after a question back is answered, so "hä?" then got the same line a
 * second time in a row; there the not-understood answer is met with the choice explained in other words.
 * `more.lead`: said in front of the question the first time it is asked (and when it is asked again after
 * a concern offer held it back), not when it is asked again for an answer not understood.
 */
export function choiceSpec(s: TurnServices, textKey: string, set: ChoiceSet, vars?: Vars, againKey?: string, more: ChoiceExtras = {}): ChoiceSpec {
  const { retryKey, lead } = more;
  const { options, reader } = choiceSets[set] as ChoiceSetSpec;
  const question = s.t(textKey, vars);
  const text = lead ? `${lead} ${question}` : question;
  const againText = againKey ? s.t(againKey, vars) : undefined;
  const bareText = withoutOpening(question);
  return {
    text,
    askedAs: { key: textKey, ...(vars ? { vars } : {}) },
    // Not understood: asked again, in the short line when there is one (not the whole consent again),
    // and never with its opening ("Jag förstod inte riktigt. Kul, Jay! …").
    retryText: retryKey ? s.t(retryKey, vars) : s.t("common.retryChoice", { question: againText ?? bareText }),
    ...(againText ? { againText, againKey, ...(vars ? { againVars: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)])) } : {}) } : {}),
    ...(bareText !== text ? { bareText } : {}),
    labels: options.map((o) => s.t(`choices.${set}.${o.value}`)),
    options,
    ...(reader ? { reader } : {}),
  };
}

/**
 * How an answer to a choice set is read (its options, labels and reader), without its question: for reading
 * an answer to a question asked earlier, where rendering the question would need its values again.
 */
export function choiceReading(s: TurnServices, set: ChoiceSet): Pick<ChoiceSpec, "options" | "labels" | "reader"> {
  const { options, reader } = choiceSets[set] as ChoiceSetSpec;
  return { labels: options.map((o) => s.t(`choices.${set}.${o.value}`)), options, ...(reader ? { reader } : {}) };
}

/** `againKey`: the shorter question asked after a question back was answered (see ChoiceSpec); `more`: see choiceSpec. */
export function askChoice(step: WaterfallStepContext, textKey: string, set: ChoiceSet, vars?: Vars, againKey?: string, more?: ChoiceExtras) {
  return step.prompt(PROMPTS.option, { validations: choiceSpec(services(step.context), textKey, set, vars, againKey, more) });
}

// A number that was there but was no rating is asked about in a line that answers it ("sov typ 3h":
// "Jag tror att 3 gällde något annat"), never the question again word for word.
const SCALE_RETRIES: Required<ScaleSpec>["retryKeys"] = {
  elsewhere: "common.retryScaleElsewhere",
  negated: "common.retryScaleNegated",
  compared: "common.retryScaleCompared",
  below: "common.retryScaleBelow",
  above: "common.retryScaleAbove",
  wide: "common.retryScaleWide",
  mixed: "common.retryScaleMixed",
  earlier: "common.retryScaleEarlier",
  same: "common.retryScaleSame",
};

/**
 * `mood`: the check-in's "how is it today": a range ("4 eller 5"), an emoji or an answer in words
 * ("skit", "sådär") counts, marked as such (ScaleAnswer), so that the check-in says what it wrote down.
 */
export function askScale(step: WaterfallStepContext, textKey: string, vars?: Vars, options: { mood?: boolean; lastMood?: number; againKey?: string } = {}) {
  const s = services(step.context);
  const text = s.t(textKey, vars);
  const spec: ScaleSpec = {
    text,
    // `againKey`: the question asked again in other words has a key of its own (the check-in's greeting said once).
    askedAs: { key: options.againKey ?? textKey, ...(vars ? { vars } : {}) },
    retryText: s.t("common.retryScale"),
    retryKeys: SCALE_RETRIES,
    ...(options.mood ? { mood: true } : {}),
    ...(options.lastMood !== undefined ? { lastMood: options.lastMood } : {}),
  };
  return step.prompt(PROMPTS.scale, { validations: spec });
}

/** A free-text question's own state in the prompt's options. */
export interface TextSpec {
  text: string;
  askedAs?: AskedAs;
  retryText: string;
  maxLength: number;
  /** The question alone, without a lead. */
  question?: string;
  /** An open question ("Vad tycker du om att göra?"): a bare "ja" answers nothing in it (main.dialog.ts asks it again, once). */
  open?: boolean;
  /**
   * Not said: its answer is already stored and on its way (a burst sent together; check-in.dialog.ts askWhatHelps). The
   * message that comes is read as told, not as the answer to it.
   */
  held?: boolean;
}

/** `lead`: said in front of the question, as in choiceSpec; `more.open`, `more.held`: see TextSpec. */
export function askText(step: WaterfallStepContext, textKey: string, vars?: Vars, maxLength = 500, lead?: string, more: { open?: boolean; held?: boolean } = {}) {
  const s = services(step.context);
  const question = s.t(textKey, vars);
  const text = lead ? `${lead} ${question}` : question;
  const spec: TextSpec = { text, askedAs: { key: textKey, ...(vars ? { vars } : {}) }, retryText: s.t("common.retryText", { question }), maxLength, ...(more.open ? { open: true, question } : {}), ...(more.held ? { held: true } : {}) };
  return step.prompt(PROMPTS.text, { validations: spec });
}

export function askName(step: WaterfallStepContext, textKey: string, retryKey: string) {
  const s = services(step.context);
  return step.prompt(PROMPTS.name, { validations: { text: s.t(textKey), retryText: s.t(retryKey) } });
}

export async function say(step: WaterfallStepContext, key: string, vars?: Vars): Promise<void> {
  await step.context.sendActivity(message(services(step.context).t(key, vars)));
}

/**
 * The answer to the question just asked. An answer not understood twice counts as skipped: the
 * dialog moves on, with a kind word before its next message, instead of leaving the person stuck.
 */
export function takeAnswer<T>(step: WaterfallStepContext): Exclude<Answer<T>, { kind: "unclear" }> {
  const answer = answerOf<T>(step.result);
  if (answer.kind !== "unclear") return answer;
  const s = services(step.context);
  s.preface(s.t("common.movingOn"));
  return { kind: "skipped" };
}
