// Young people text in bursts: one thought over several short messages ("har sparat mina piller" /
// "ikväll e det dags"), each harmless alone. A message is screened alone and, when the same person
// wrote just before, together with those messages. The burst counts only when it says more than its
// parts did: more than this message alone, and more than the earlier messages together — those were
// screened when they came, so a crisis already answered is not answered again for every "ok" after it.
// A screen cannot take back what an earlier message flagged; this only adds.
import { screenWithModel, type ScreenedMessage } from "./screen-with-model.js";
import type { ScreenResult } from "./screen.js";

/** Earlier messages that count as the same burst: written this soon before, at most this many. */
export const BURST_WINDOW_MS = 15 * 60_000;
export const BURST_MESSAGES = 4;

/** The concern reason and crisis source a flag from a burst carries (the inbox and the audit log name it). */
export const BURST = "burst";

const rank = { none: 0, concern: 1, crisis: 2 } as const;

export interface ContextScreen extends ScreenedMessage {
  /** The level came from the burst, not from this message alone (the audit and the inbox say so). */
  fromBurst: boolean;
}

/** `earlier`: the same person's messages just before this one, oldest first (at most BURST_MESSAGES are read). */
export function screenInContext(text: string, earlier: readonly string[], screen: (text: string) => ScreenResult = screenWithModel): ContextScreen {
  return withBurst(text, screen(text), earlier, screen);
}

/**
 * The turn's entry: the earlier messages are read (a query) only when the message alone is not already
 * a crisis, which nothing read together could raise further.
 */
export async function screenMessage(text: string, readEarlier: () => Promise<readonly string[]>, screen: (text: string) => ScreenResult = screenWithModel): Promise<ContextScreen> {
  const alone = screen(text);
  return alone.level === "crisis" ? { ...alone, fromBurst: false } : withBurst(text, alone, await readEarlier(), screen);
}

function withBurst(text: string, alone: ScreenedMessage, earlier: readonly string[], screen: (text: string) => ScreenResult): ContextScreen {
  const all = earlier.slice(-BURST_MESSAGES);
  if (alone.level === "crisis" || all.length === 0) return { ...alone, fromBurst: false };
  // The whole burst, and the message with the one just before it: answers to Tillit's own questions
  // ("Sara", "3", "svenska") can come first and thin out what the last two say together.
  let loudest: ContextScreen = { ...alone, fromBurst: false };
  // What the earlier messages already said, read once if needed: a reading of the last two that only
  // repeats it ("har tagit" / "typ 20 alvedon", flagged, then "mår illa") raises nothing.
  let already: number | undefined;
  for (const before of all.length > 1 ? [all.slice(-1), all] : [all]) {
    const together = screen([...before, text].join("\n"));
    if (rank[together.level] <= rank[loudest.level]) continue;
    if (rank[together.level] <= rank[screen(before.join("\n")).level]) continue;
    already ??= before.length === all.length ? 0 : rank[screen(all.join("\n")).level];
    if (rank[together.level] <= already) continue;
    loudest = { ...together, fromBurst: true };
    if (loudest.level === "crisis") break;
  }
  return loudest;
}

/** A whole burst as the turns read it, one message after another: the loudest result (the evaluation's view of a burst). */
export function screenBurst(messages: readonly string[], screen: (text: string) => ScreenResult = screenWithModel): ScreenResult {
  let loudest: ScreenResult = screenInContext(messages[0] ?? "", [], screen);
  for (let i = 1; i < messages.length; i++) {
    const r = screenInContext(messages[i]!, messages.slice(0, i), screen);
    if (rank[r.level] > rank[loudest.level]) loudest = r;
  }
  return loudest;
}
