// Small helpers every dialog uses to ask, so the wording, retries and buttons work the same way.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import type { Vars } from "../../bot/i18n.js";
import { choiceSets, type ChoiceSet } from "./choice-sets.js";
import { message, type ChoiceSpec } from "./prompts.js";
import { coordinatorName, services, type TurnServices } from "../turn-services.js";

export const PROMPTS = { option: "tillit.option", scale: "tillit.scale", text: "tillit.text" } as const;

export function choiceSpec(s: TurnServices, textKey: string, set: ChoiceSet, vars?: Vars): ChoiceSpec {
  const options = choiceSets[set];
  const text = s.t(textKey, vars);
  return {
    text,
    retryText: s.t("common.retryChoice", { question: text }),
    labels: options.map((o) => s.t(`choices.${set}.${o.value}`)),
    options,
  };
}

export function askChoice(step: WaterfallStepContext, textKey: string, set: ChoiceSet, vars?: Vars) {
  return step.prompt(PROMPTS.option, { validations: choiceSpec(services(step.context), textKey, set, vars) });
}

export function askScale(step: WaterfallStepContext, textKey: string, vars?: Vars) {
  const s = services(step.context);
  const text = s.t(textKey, vars);
  return step.prompt(PROMPTS.scale, { validations: { text, retryText: s.t("common.retryScale") } });
}

export function askText(step: WaterfallStepContext, textKey: string, vars?: Vars, maxLength = 500) {
  const s = services(step.context);
  const text = s.t(textKey, vars);
  return step.prompt(PROMPTS.text, { validations: { text, retryText: s.t("common.retryText", { question: text }), maxLength } });
}

export async function say(step: WaterfallStepContext, key: string, vars?: Vars): Promise<void> {
  await step.context.sendActivity(message(services(step.context).t(key, vars)));
}

/** After a second answer we could not understand: keep it, say so kindly, and ask a human to look. */
export async function handOffUnclear(step: WaterfallStepContext) {
  const s = services(step.context);
  s.effects.push({ kind: "request-human", reason: "unclear" });
  await step.context.sendActivity(message(s.t("common.unclearHandoff", { coordinator: coordinatorName(s) })));
  return step.endDialog();
}
