// What a turn needs to know about the conversation before the dialogs run: what this person was last
// sent (so no line goes out twice in a row), when they last wrote (a welcome back after a silence),
// and whether a person is awaited (so Tillit answers questions and acknowledges honestly instead of
// running dialogs). Read from the stored messages, so it holds across restarts and instances.
import type { SqlExecutor } from "../db/sql.js";
import { conversationSoFar, recentTexts as recentTextsSent, repliedEver } from "../db/messages.js";
import { awaitsPerson, type ConversationStatus } from "../domain/vocabulary.js";
import { isOfficeOpen, type OfficeHours } from "../domain/office-hours.js";
import type { ConversationView } from "../runtime/turn-types.js";

const RECENT_TEXTS = 8;
/** A coordinator who acted this recently is in the conversation: the bot keeps out of it. */
const ACTIVE_AFTER_ACTION_MS = 60 * 60_000;
/** During office hours a takeover counts as active for a working day after the coordinator's last action. */
const ACTIVE_DURING_OFFICE_MS = 8 * 60 * 60_000;

export interface ConversationFacts {
  conversationId: number;
  /** The message being answered; 0 for a proactive turn. */
  messageId: number;
  status: ConversationStatus;
  takenOverAt: Date | null;
  lastStaffReplyAt: Date | null;
  handoffReason: string | null;
  waitingSince: Date | null;
  officeHours: OfficeHours;
  now: Date;
}

/**
 * A takeover with no word yet from the coordinator: they may be reading up or about to call, so the bot
 * keeps out a little while; after that the young person, who has not been told anyone is there, is
 * answered honestly (dialogs/waiting.ts). A young tester, after a crisis, wrote into an hour of silence.
 */
const SILENT_TAKEOVER_MS = 10 * 60_000;

/** A coordinator has taken over and is at it now: the bot says nothing at all. */
export function coordinatorActive(f: ConversationFacts): boolean {
  if (f.status !== "human") return false;
  const takenOver = f.takenOverAt?.getTime() ?? 0;
  const replied = f.lastStaffReplyAt?.getTime() ?? 0;
  const since = f.now.getTime() - Math.max(takenOver, replied);
  if (replied < takenOver) return since < SILENT_TAKEOVER_MS;
  return since < ACTIVE_AFTER_ACTION_MS || (isOfficeOpen(f.now, f.officeHours) && since < ACTIVE_DURING_OFFICE_MS);
}

export async function loadConversationView(sql: SqlExecutor, f: ConversationFacts): Promise<ConversationView> {
  // No message (a proactive turn): no upper bound. Ids are `integer` on PostgreSQL, where a bound past
  // 2^31 - 1 is an out-of-range error rather than "everything".
  const upTo = f.messageId || 2 ** 31 - 1;
  const { recent, ...rhythm } = await conversationSoFar(sql, f.conversationId, upTo, RECENT_TEXTS);
  const spokenBefore = recent.some((r) => r.purpose === "reply") || (recent.length === RECENT_TEXTS && (await repliedEver(sql, f.conversationId)));
  return {
    // A request the bot talks through (a meeting called off) waits in the inbox, not in the conversation.
    waiting: awaitsPerson(f.status, f.handoffReason ?? null) || (f.status === "human" && !coordinatorActive(f)),
    takenOver: f.status === "human",
    request: f.status === "waiting" && f.handoffReason && f.waitingSince ? { reason: f.handoffReason, since: f.waitingSince } : null,
    recentTexts: recent.map((r) => r.body).reverse(),
    lastChoices: choicesStillOpen(recent),
    previousInboundAt: rhythm.previousInboundAt,
    spokenBefore,
    lastAutomatedAt: rhythm.lastAutomatedAt,
    inboundSinceAutomated: rhythm.inboundSinceAutomated,
    // Handed back with the coordinator's words the last thing sent: over SMS nothing has said that the
    // bot answers again (the web chat gets its own line, which is then the last thing sent).
    // A receipt sent while they had the chat (that a question was visible to them) answered nothing.
    // The word at the hand-back itself (purpose hand-back) leaves the coordinator's words their last: what answers them
    // is still read so (handed-back.ts), only the notice is not said again (handBackTold).
    backFromPerson: f.status === "bot" && recent.find((r) => r.purpose !== "receipt" && r.purpose !== "hand-back")?.authorKind === "coordinator",
    handBackTold: f.status === "bot" && recent.find((r) => r.purpose !== "receipt")?.purpose === "hand-back",
    // A crisis reply among the last texts, and a person has since handed the conversation back.
    afterCrisis: f.status === "bot" && recent.some((r) => r.purpose === "crisis"),
    crisisQuestionOpen: recent[0]?.purpose === "crisis" && Boolean(recent[0].choices?.length),
  };
}

/**
 * The choices a bare number now picks from: the last message's, or, when the messages since asked nothing and
 * offered none ("Okej!" to an "ok", "Schysst!" to a 👍), the menu before them, up to MENU_STANDS_FOR back (a
 * tester's "2" two messages after the menu met "förstår inte allt"; three after it, it was read as a mood of 2).
 */
function choicesStillOpen(recent: { body: string; choices: string[] | null }[]): string[] | null {
  for (const message of recent.slice(0, MENU_STANDS_FOR + 1)) {
    if (message.choices?.length) return message.choices;
    if (message.body.includes("?")) return null;
  }
  return null;
}

/** How many small replies that asked nothing may follow a menu, and a bare number still pick from it. */
const MENU_STANDS_FOR = 3;

/** The texts last sent to the participant in this conversation, oldest first. */
export function recentTexts(sql: SqlExecutor, conversationId: number): Promise<string[]> {
  return recentTextsSent(sql, conversationId, RECENT_TEXTS);
}

/** A reply to the STOPP confirmation is answered once, this soon after it. */
const AFTER_STOP_MS = 24 * 60 * 60_000;

/**
 * The message is the first since the STOPP confirmation, which came recently and was not itself the one
 * answer after it: "menade sluta tjata" right after "sluta" may be answered once, and never again.
 */
export async function firstWordSinceStop(sql: SqlExecutor, f: ConversationFacts): Promise<boolean> {
  const { recent, lastAutomatedAt, inboundSinceAutomated } = await conversationSoFar(sql, f.conversationId, f.messageId, 2);
  if (recent[0]?.purpose !== "opt-out-confirmation" || recent[1]?.purpose === "opt-out-confirmation") return false;
  return inboundSinceAutomated === 1 && lastAutomatedAt !== null && f.now.getTime() - lastAutomatedAt.getTime() < AFTER_STOP_MS;
}
