// What a plea not to tell ("men säg inget", "pls dont tell anyone") is answered with once a crisis flag stands, after the
// crisis reply (answer-question.ts). In the very message, or burst, that raises the crisis, the core says one short line
// inside the reply instead (bot/core/flag-crisis.ts, crisis.secrecyInCrisis), and reads the plea with pleadsSecrecy
// below. Never a promise of secrecy: the team
// already knows; to someone known to be under 18, the duty to report in the consent's words (an orosanmälan), talked
// with first, not in trouble (fix22a); otherwise what soc hears, as the soc question is answered, by what is known of the age.
import { fold } from "./fold.js";
import { pleadsSecrecy as pleads } from "./understand-free.js";

/** The copy keys of the answer, said in this order, by what is known of the age. */
export function secrecyAfterCrisisKeys(age: "minor" | "adult" | undefined): string[] {
  if (age === "minor") return ["answers.secrecyAfterCrisisMinor"];
  return ["answers.secrecyAfterCrisis", age === "adult" ? "answers.socialServicesAdult" : "answers.socialServices"];
}

/**
 * A plea not to tell, or a question whether it stays secret (the "secrecy" question back), in any sentence of the
 * message: told with the harm, it often comes last ("han slog mig igen nu. säg inget till nån").
 */
export function pleadsSecrecy(text: string): boolean {
  return text.split(/[.!?\n]+/).some((sentence) => pleads(fold(sentence)));
}
