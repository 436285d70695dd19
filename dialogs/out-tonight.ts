// Nowhere to be tonight: thrown out, in the stairwell, outdoors, nowhere to sleep, the phone about to die. What to do now is
// said at once (112 and socialjouren, a neighbour or relative, BRIS for someone under 18), in a wait or not (outside
// one, with the offer of the team: main.dialog.ts, the concern offer), and the battery gets the one practical line while there is battery for it (texter18 #4: a 15-year-old
// thrown out on a Friday night got Självmordslinjen, "Tack för att du skriver" and "Du är inte ensam").
// The crisis wait reads a plan in motion and the cold first (waiting.ts answeredCrisisNow); this reads the rest.
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { saysOutdoors } from "./shared/waiting-words.js";
import { harmFromOthers } from "./shared/harm-words.js";
import { notWantingHome, saysLowBattery, saysNowhereToSleep, saysThrownOut, staysWithSomeone } from "./shared/tonight-words.js";
import { coordinatorInSentence, nextReadingFor, services, type TurnServices } from "./turn-services.js";

/** How long being outdoors or thrown out, once told, is what a low battery is read with. */
const OUT_TONIGHT_MS = 6 * 3_600_000;

function outRecently(s: TurnServices): boolean {
  return s.memory.outdoorsAt !== undefined && s.now.getTime() - Date.parse(s.memory.outdoorsAt) < OUT_TONIGHT_MS;
}

/**
 * Flagged for the team with what was told, keeping what the screen found in the message: being out or thrown out is
 * housing, thrown out after a row at home too (tester23 #3: it was flagged "urgent", which the inbox shows as "wrote it
 * was urgent while waiting for a person", though nothing of the kind was written and nobody was awaited).
 */
function flagAsTold(s: TurnServices, thrownOut: boolean): void {
  const told = thrownOut ? ["housing", "home-conflict"] : ["housing"];
  s.effects.push({ kind: "flag-concern", reasons: [...new Set([...(s.concern?.reasons ?? []), ...told])] });
}

/**
 * Outdoors or thrown out told, or the battery dying while out: what to do now, flagged for the team; undefined when
 * none of it was told. Thrown out with somewhere to sleep now ("sover hos en kompis nu"): that place is heard, and
 * socialjouren if it does not hold, not a neighbour to go to (tester23 #3).
 */
export async function outTonightLine(dc: DialogContext, text: string): Promise<string | undefined> {
  const s = services(dc.context);
  if (s.conversation.takenOver) return undefined;
  const thrownOut = saysThrownOut(text);
  // Nowhere to sleep, or a shelter asked for: the thrown-out line (socialjouren, BRIS for the young), flagged as housing.
  const nowhere = !thrownOut && saysNowhereToSleep(text);
  const out = thrownOut || nowhere || saysOutdoors(text);
  const battery = !out && saysLowBattery(text) && (outRecently(s) || (s.flagged === "crisis" && !nextReadingFor(s).open));
  if (!out && !battery) return undefined;
  flagAsTold(s, thrownOut);
  const staying = thrownOut && staysWithSomeone(text);
  if (out && !staying) await s.remember({ outdoorsAt: s.now.toISOString() });
  // Tillit's people are 15–24: unless known to be 18 or over, the lines for the young (socialjouren helps them, BRIS).
  const young = !(await s.lookups.knownAdult());
  const key = battery ? "waiting.lowBattery" : `waiting.${staying ? "thrownOutStaying" : thrownOut || nowhere ? "thrownOut" : "outdoors"}${young ? "Minor" : ""}`;
  return s.t(key);
}

/** Outdoors or thrown out told, or the battery dying while out, in a wait: answered with what to do now. */
export async function answeredOutTonight(dc: DialogContext, text: string): Promise<boolean> {
  const line = await outTonightLine(dc, text);
  if (line === undefined) return false;
  await dc.context.sendActivity(message(line));
  return true;
}

/**
 * "vill inte va hemma", outside a wait and not raised by the screen: heard, and more is welcome; someone not known
 * to be 18 or over writing it out of office hours also gets where to turn tonight (it got "förstår inte allt").
 */
export async function answeredNotHome(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!notWantingHome(text)) return false;
  const night = !nextReadingFor(s).open && !(await s.lookups.knownAdult());
  await dc.context.sendActivity(message(s.t(night ? "talk.notHomeMinorTonight" : "talk.notHome", { coordinator: coordinatorInSentence(s) })));
  return true;
}

/** How far back harm from someone close, flagged, counts when no wait for a person says since when. */
const HARM_LATELY_MS = 7 * 24 * 3_600_000;

/**
 * A call-out out of hours ("e det nån vaken") from someone not known to be 18 or over, after harm from someone
 * close was flagged or being out told: nobody is in, and where to turn tonight (socialjouren, BRIS), not only
 * when the team reads (a 15-year-old got "på måndag" at 23:40 on a Friday, two days after telling of home).
 */
export async function nobodyInTonight(s: TurnServices): Promise<boolean> {
  if (await s.lookups.knownAdult()) return false;
  if (outRecently(s)) return true;
  const since = s.conversation.request?.since ?? new Date(s.now.getTime() - HARM_LATELY_MS);
  return (await s.lookups.crisisFlagsSince(since)).some((f) => harmFromOthers(f.categories));
}
