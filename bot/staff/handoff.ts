// What a coordinator does with a conversation: take it over (the bot goes silent), answer as
// themselves (signed with their first name, on the participant's channel), hand it back (the bot
// resumes), assign it and keep internal notes. Staff act only on participants of their own teams;
// every action is audited. The web inbox and Slack both call these.
import type { Db } from "../db/client.js";
import { int, type Sql, type SqlExecutor } from "../db/sql.js";
import { assignConversationRow, markStaffReplied } from "../db/conversations.js";
import { writtenSinceStaff } from "../db/messages.js";
import { owedWords } from "../domain/owed-words.js";
import { insertNote } from "../db/internal-notes.js";
import { isActiveMemberOf } from "../db/staff-users.js";
import { falseAlarmMarkedSince } from "../db/safety-labels.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { announceQueued, enqueueOutbound, replyChannel } from "../outbox/enqueue-outbound.js";
import { authoriseConversation } from "./access.js";
import { handBack as handBackTransition, takeOver as takeOverTransition } from "../conversations/transitions.js";
import type { StaffActor } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";
import type { Locales } from "../infrastructure/i18n.js";
import { queueWebNotice } from "./web-notices.js";
import { planHandBackNotice } from "../nudges/schedule-nudges.js";
import { nudgeOutcomeOf } from "../db/nudges.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";

export { AccessDeniedError } from "./access.js";
export type { StaffActor } from "./staff-actor.js";

export class HandoffError extends DomainError {
  constructor(readonly reason: "opted-out" | "not-taken-over" | "crisis-not-taken-over" | "unanswered" | "empty-message" | "too-long" | "not-a-team-member", detail?: string, extra?: Record<string, unknown>) {
    super(["opted-out", "not-taken-over", "crisis-not-taken-over", "unanswered"].includes(reason) ? "conflict" : "invalid", reason, { ...(detail ? { detail } : {}), ...(extra ? { extra } : {}) });
  }
}

export interface HandoffDeps {
  db: Db;
  sql: Sql;
  events: EventBus;
  now: () => Date;
  /** The copy of the web chat's "a person joined" / "the bot is back" lines (the locale files when absent). */
  locales?: Locales;
  /** Sends the word at a hand-back at once (without it, the scheduler's next tick sends it). */
  nudges?: Pick<NudgeScheduler, "sendNow">;
}

export const MAX_STAFF_MESSAGE = 1000;
export const MAX_NOTE = 4000;

function cleanText(text: string, max: number): string {
  const body = text.trim();
  if (!body) throw new HandoffError("empty-message");
  if ([...body].length > max) throw new HandoffError("too-long");
  return body;
}

export async function takeOver(deps: HandoffDeps, staff: StaffActor, conversationId: number): Promise<void> {
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.taken-over", { grantAudited: false });
  const change = { conversationId: c.id, participantId: c.participantId, staffId: staff.id, teamId: c.participant.teamId, now: deps.now() };
  const alreadyMine = c.status === "human" && c.assigneeId === staff.id;
  const { decided, notice } = await deps.sql.transaction(async (tx) => ({
    decided: await takeOverTransition(tx, change),
    notice: alreadyMine ? undefined : await queueWebNotice(tx, deps.locales, { ...change, language: c.participant.language, kind: "person-joined", firstName: staff.firstName }),
  }));
  deps.events.emitAll(decided);
  if (notice) announceQueued(deps.events, change, [notice]);
}

/**
 * Why the conversation may not be handed back now, or null. A crisis nobody in the team has taken over is not: a hand-back
 * clears the flag and the bot answers again, and nobody would have spoken to the young person (tester24 #11: the button
 * was one click on such a conversation). Take it over (and write or call), or, when the screen read it wrong, mark the
 * message a false alarm: after that, handing back is what the mark offers (bot/web/staff/safety-labels.js). The page
 * reads this to disable the button with the reason; the route refuses what the button would not allow.
 */
export async function handBackRefusal(deps: Pick<HandoffDeps, "db">, c: { id: number; status: string; priority: string; waitingSince: Date | null }): Promise<"crisis-not-taken-over" | null> {
  if (c.priority !== "crisis" || c.status === "human" || c.status === "closed") return null;
  return (await falseAlarmMarkedSince(deps.db, c.id, c.waitingSince)) ? null : "crisis-not-taken-over";
}

/** How long the young person's words are quoted when a hand-back asks first: enough to recognise them. */
export const UNANSWERED_QUOTE = 80;

/**
 * The young person's newest words nobody from the team has answered, quoted short, or null: what they wrote after the
 * last words anyone from the team sent them ("jag är hos mamma nu. ringde inte. vad händer nu?", tester25 #1: Sara, in
 * a crisis, heard nothing after the hand-back), as the one rule reads them (bot/domain/owed-words.ts: not a bare "ok"
 * or "tack", a false alarm, what the bot answered unless it asked for a person or was flagged, nor a request for a person
 * taken back). The route and Slack refuse a hand-back over it unless told to go ahead, and the page asks with the quote.
 */
export async function unansweredByStaff(deps: Pick<HandoffDeps, "sql">, conversationId: number): Promise<string | null> {
  const newest = owedWords(await writtenSinceStaff(deps.sql, conversationId, 20));
  if (!newest) return null;
  const body = newest.body.replace(/\s+/g, " ").trim();
  const chars = [...body];
  if (chars.length <= UNANSWERED_QUOTE) return body;
  // Cut between words where one is near, so the quote reads as her words.
  const cut = chars.slice(0, UNANSWERED_QUOTE - 1).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length >= UNANSWERED_QUOTE / 2 ? atWord : cut).trimEnd()}…`;
}

/**
 * `unanswered`: "ask" (the page, Slack) refuses with 409 `unanswered` and the young person's words quoted when they are
 * left without a person's answer (unansweredByStaff); "hand-back" goes ahead (the coordinator was asked and said so, or
 * a caller with no one to ask).
 */
export async function handBack(deps: HandoffDeps, staff: StaffActor, conversationId: number, opts: { unanswered?: "ask" | "hand-back" } = {}): Promise<{ told: HandBackTold }> {
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.handed-back", { grantAudited: false });
  if (await handBackRefusal(deps, c)) {
    throw new HandoffError("crisis-not-taken-over", "A crisis nobody has taken over cannot be handed back to the bot: take it over first, or mark the message a false alarm.");
  }
  const unanswered = opts.unanswered === "ask" ? await unansweredByStaff(deps, c.id) : null;
  if (unanswered !== null) {
    throw new HandoffError("unanswered", "The young person's last message has no answer from the team: answer it first, or hand back anyway.", { quote: unanswered });
  }
  const flaggedSince = c.priority === "crisis" ? c.waitingSince : c.priority === "concern" ? c.concernSince : undefined;
  const falseAlarm = flaggedSince !== undefined && (await falseAlarmMarkedSince(deps.db, c.id, flaggedSince));
  const change = { conversationId: c.id, participantId: c.participantId, staffId: staff.id, teamId: c.participant.teamId, now: deps.now(), falseAlarm };
  const { decided, notice, word } = await deps.sql.transaction(async (tx) => ({
    decided: await handBackTransition(tx, change),
    notice: c.status !== "human" ? undefined : await queueWebNotice(tx, deps.locales, { ...change, language: c.participant.language, kind: "bot-back" }),
    // The young person is told at once that Tillit answers again, and when a person reads (tester25 #1: Sara, handed
    // back after a suicide crisis over her unanswered "vad händer nu?", heard nothing until her "hallå?"). Through
    // the guarded path, as a nudge: never after STOPP, never as a third unanswered message.
    word: c.participant.status === "opted-out" ? undefined : await planHandBackNotice(tx, c.participantId, staff.id, change.now),
  }));
  deps.events.emitAll(decided);
  if (notice) announceQueued(deps.events, change, [notice]);
  return { told: await tellHandedBack(deps, word) };
}

/**
 * What became of the word at a hand-back, for the page and Slack to say (tester25 #1): "sent"; "unanswered-limit", not
 * sent, as two of Tillit's messages already stand unanswered (never a third): the young person is told when they next
 * write, by the answer to it (dialogs/handed-back.ts sayBotIsBack), so it is dropped rather than sent days later about a
 * hand-back long past; "not-sent" after STOPP; "later" when no scheduler was at hand here or it must try again (its next
 * round sends it, unless they have written first: then their answer says it).
 */
export type HandBackTold = "sent" | "unanswered-limit" | "not-sent" | "later";

async function tellHandedBack(deps: HandoffDeps, nudgeId: number | undefined): Promise<HandBackTold> {
  if (nudgeId === undefined) return "not-sent";
  if (!deps.nudges) return "later";
  const outcome = await deps.nudges.sendNow(nudgeId);
  if (outcome === "sent") return "sent";
  if (outcome !== "skipped") return "later";
  const why = await nudgeOutcomeOf(deps.sql, nudgeId);
  return why === "unanswered-limit" ? "unanswered-limit" : "not-sent";
}

/** Sends the coordinator's own words, signed "/Firstname", through the outbox. Takes over if needed, in the same transaction. */
export async function replyAsCoordinator(deps: HandoffDeps, staff: StaffActor, conversationId: number, text: string): Promise<{ messageId: number }> {
  const body = cleanText(text, MAX_STAFF_MESSAGE);
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.coordinator-replied");
  const words = await deps.sql.transaction((tx) => queueCoordinatorWords(tx, deps, staff, c, body));
  return { messageId: announceCoordinatorWords(deps, c, words) };
}

type AuthorisedConversation = Awaited<ReturnType<typeof authoriseConversation>>;

/** What queueCoordinatorWords did inside the transaction, announced once it has committed. */
export interface QueuedCoordinatorWords {
  queued: Awaited<ReturnType<typeof enqueueOutbound>>;
  decided: PendingEvent[];
  notice?: number;
}

/**
 * Inside the caller's transaction: the coordinator's words, signed "/Firstname", queued on the
 * participant's channel. Someone answering as themselves has the conversation, so it is taken over
 * first when the bot or another coordinator had it (with the web chat's "Maja is here now" line).
 * Throws HandoffError("opted-out") when the outbox refuses the words, so the caller's transaction
 * (the takeover, and anything the caller wrote with it) rolls back.
 */
export async function queueCoordinatorWords(tx: SqlExecutor, deps: Pick<HandoffDeps, "now" | "locales">, staff: StaffActor, c: AuthorisedConversation, body: string): Promise<QueuedCoordinatorWords> {
  const conversationId = c.id;
  const now = deps.now();
  const takingOver = c.status !== "human" || c.assigneeId !== staff.id;
  const decided = takingOver
    ? await takeOverTransition(tx, { conversationId, participantId: c.participantId, staffId: staff.id, teamId: c.participant.teamId, now })
    : [];
  // On the web chat the line "Maja (personal) is here now" comes before her first words.
  const notice = takingOver
    ? await queueWebNotice(tx, deps.locales, { conversationId, participantId: c.participantId, language: c.participant.language, kind: "person-joined", firstName: staff.firstName, now })
    : undefined;
  const channel = await replyChannel(tx, conversationId, c.participantId);
  const queued = await enqueueOutbound(tx, {
    conversationId,
    participantId: c.participantId,
    channel,
    body: `${body}\n/${staff.firstName}`,
    authorKind: "coordinator",
    authorStaffId: staff.id,
    purpose: "staff",
    now,
  });
  // Refused (the person sent STOPP): nothing of it may stay, the takeover included, so the whole
  // transaction rolls back. Otherwise the person who comes back with START finds a "coordinator" who
  // never wrote holding the chat.
  if (!queued.queued) throw new HandoffError("opted-out");
  await markStaffReplied(tx, conversationId, now);
  return { queued, decided, notice };
}

/** After the commit: the takeover's events and the queued messages. */
export function announceCoordinatorWords(deps: Pick<HandoffDeps, "events">, c: AuthorisedConversation, { queued, decided, notice }: QueuedCoordinatorWords): number {
  deps.events.emitAll(decided);
  if (!queued.queued) throw new HandoffError("opted-out"); // not reached: queueCoordinatorWords threw
  announceQueued(deps.events, { conversationId: c.id, participantId: c.participantId }, notice ? [notice, queued.messageId] : [queued.messageId]);
  return int(queued.messageId);
}

/** Assigns the conversation (and its participant) to a coordinator of the participant's team, or to no one. */
export async function assignConversation(deps: HandoffDeps, staff: StaffActor, conversationId: number, assigneeId: number | null): Promise<void> {
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.assigned");
  if (assigneeId !== null && !(await isActiveMemberOf(deps.db, assigneeId, c.participant.teamId))) throw new HandoffError("not-a-team-member");
  await assignConversationRow(deps.db, { conversationId: c.id, participantId: c.participantId, assigneeId });
  deps.events.emit("conversation.updated", { conversationId: c.id, participantId: c.participantId });
}

/** An internal note: kept with the conversation for the team, never sent to the participant. */
export async function addNote(deps: HandoffDeps, staff: StaffActor, conversationId: number, text: string): Promise<{ noteId: number }> {
  const body = cleanText(text, MAX_NOTE);
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.note-added");
  const note = await insertNote(deps.db, { conversationId: c.id, staffId: staff.id, body, now: deps.now() });
  deps.events.emit("conversation.updated", { conversationId: c.id, participantId: c.participantId });
  return { noteId: note.id };
}

