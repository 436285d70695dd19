// The three plain next steps Tillit offers (after onboarding, on a greeting, when asked what it can
// do): check in, tell about oneself, talk to a person. Shown as buttons on the web and numbers over
// SMS; a bare number answers the last message's choices, read as the label it picks.
import { choiceSets } from "./choice-sets.js";
import { understandFree, type FreeIntent } from "./understand-free.js";
import type { TurnServices } from "../turn-services.js";

export function nextStepLabels(s: TurnServices): string[] {
  return choiceSets.nextSteps.options.map((o) => s.t(`choices.nextSteps.${o.value}`));
}

/** What a message wants when no question is waiting; "2" after a menu is that menu's second choice. */
export function readFreeMessage(s: TurnServices, text: string): FreeIntent {
  const picked = /^\s*(\d{1,2})[.)]?\s*$/.exec(text)?.[1];
  const label = picked ? s.conversation.lastChoices?.[Number(picked) - 1] : undefined;
  return understandFree(label ?? text);
}
