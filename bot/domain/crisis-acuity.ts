// How acute a crisis is, for the order of the crisis rows in the inbox (bot/db/inbox-queries.ts, the one place the
// list is ordered). A youth worker on call reads the crises top down and calls the first one first (tester25 #2: Sara's
// "jag tänker ta mitt liv ikväll. har tabletterna här" came 4th, below passive wishes, because the rows went longest
// wait first). Three steps, most acute first, then the longest wait within a step:
//   0. Something taken or a body in danger now: the screen's "overdose" or "acute-danger" (pills taken, someone not
//      breathing), or being at the place ("står vid spåret nu").
//   1. A plan: the means at hand, a method, a place, a countdown, a farewell, or a time set ("ikväll", "inatt").
//   2. Every other crisis: a wish not to live, harm told, a crisis a coordinator marked.
// Read from what the screen recorded (the flag's categories) and the words of the messages that raised the flag and
// came after it while it stands, as the crisis wait reads a plan in motion (dialogs/shared/waiting-words.ts planInMotion); the screen is not asked again.
import { planInMotion } from "../../dialogs/shared/waiting-words.js";
import { fold } from "../../dialogs/shared/fold.js";

export type CrisisAcuity = 0 | 1 | 2;

const HAPPENING_NOW = new Set(["overdose", "acute-danger"]);
// A time set for it, today: the same words a countdown is read with, without needing a verb of doing it.
const TIME_SET = /\b(ikvall|i kvall|inatt|i natt|idag|i dag|tonight|today)\b/;

/** The acuity of one message that raised a crisis flag, with the categories the screen gave it (none when a person marked it). */
export function messageAcuity(categories: readonly string[], body: string | null): CrisisAcuity {
  if (categories.some((c) => HAPPENING_NOW.has(c))) return 0;
  if (!body) return 2;
  const plan = planInMotion(body);
  if (plan === "at-place") return 0;
  if (plan) return 1;
  const selfDirected = categories.includes("suicide") || categories.includes("self-harm");
  return selfDirected && TIME_SET.test(fold(body)) ? 1 : 2;
}

/**
 * A standing crisis is as acute as the most acute of the messages that raised it, or of what the young person wrote from
 * the first of them on (`since`, oldest first), read together with the categories they raised, as the screen reads a
 * burst (bot/safety/screen-in-context.ts): in "jag" / "orkar inte" / "leva" / "mer" / "ikväll" the flag was raised on
 * "leva", and the "ikväll" a minute later sets the time (fix26c; it stayed in the last group).
 */
export function crisisAcuity(raisers: readonly { kinds: readonly string[]; body: string | null }[], since: readonly string[] = []): CrisisAcuity {
  const alone = raisers.reduce<CrisisAcuity>((most, r) => Math.min(most, messageAcuity(r.kinds, r.body)) as CrisisAcuity, 2);
  if (!raisers.length || !since.length) return alone;
  const kinds = [...new Set(raisers.flatMap((r) => r.kinds))];
  return Math.min(alone, messageAcuity(kinds, since.join(" "))) as CrisisAcuity;
}
