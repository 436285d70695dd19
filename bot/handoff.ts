// What a coordinator does with a conversation: take it over (the bot goes silent), answer as
// themselves (signed with their first name, on the participant's channel), and hand it back (the bot
// resumes). Staff act only on participants of their own teams; every action is audited. The web
// inbox and Slack both call these.
import type { Db } from "./db/client.js";
import { int, type Sql } from "./db/sql.js";
import type { EventBus } from "./events.js";
import { enqueueOutbound } from "./enqueue-outbound.js";
import type { Channel } from "./domain/vocabulary.js";

export interface StaffActor {
  id: number;
  firstName: string;
  role: "coordinator" | "teamlead" | "admin";
  teamIds: number[];
}

export class AccessDeniedError extends Error {}
export class HandoffError extends Error {
  constructor(readonly reason: "opted-out" | "not-taken-over" | "empty-message" | "too-long") {
    super(reason);
  }
}

export interface HandoffDeps {
  db: Db;
  sql: Sql;
  events: EventBus;
  now: () => Date;
}

const MAX_STAFF_MESSAGE = 1000;

/** The conversation, if this staff member may see it: admins see all; others only their teams'. */
async function authorised(deps: HandoffDeps, staff: StaffActor, conversationId: number, action: string) {
  const conversation = await deps.db.conversation.findUnique({ where: { id: conversationId }, include: { participant: true } });
  const teamId = conversation?.participant.teamId ?? null;
  const allowed = conversation && (staff.role === "admin" || (teamId !== null && staff.teamIds.includes(teamId)));
  await audit(deps, staff, allowed ? action : `${action}.denied`, conversationId, teamId);
  if (!allowed) throw new AccessDeniedError(`No access to conversation ${conversationId}`);
  return conversation;
}

async function audit(deps: HandoffDeps, staff: StaffActor, action: string, conversationId: number, teamId: number | null): Promise<void> {
  await deps.db.auditLog.create({ data: { at: deps.now(), actorKind: "staff", actorId: staff.id, action, subjectType: "conversation", subjectId: String(conversationId), teamId } });
}

export async function takeOver(deps: HandoffDeps, staff: StaffActor, conversationId: number): Promise<void> {
  const c = await authorised(deps, staff, conversationId, "conversation.taken-over");
  await deps.db.conversation.update({ where: { id: c.id }, data: { status: "human", assigneeId: staff.id } });
  deps.events.emit("conversation.status-changed", { conversationId: c.id, participantId: c.participantId, status: "human" });
}

export async function handBack(deps: HandoffDeps, staff: StaffActor, conversationId: number): Promise<void> {
  const c = await authorised(deps, staff, conversationId, "conversation.handed-back");
  // A human decided: the crisis priority and the handoff reason are cleared with the hand-back.
  await deps.db.conversation.update({ where: { id: c.id }, data: { status: "bot", priority: "normal", handoffReason: null } });
  deps.events.emit("conversation.status-changed", { conversationId: c.id, participantId: c.participantId, status: "bot" });
}

/** Sends the coordinator's own words, signed "/Firstname", through the outbox. Takes over if needed. */
export async function replyAsCoordinator(deps: HandoffDeps, staff: StaffActor, conversationId: number, text: string): Promise<{ messageId: number }> {
  const body = text.trim();
  if (!body) throw new HandoffError("empty-message");
  if ([...body].length > MAX_STAFF_MESSAGE) throw new HandoffError("too-long");
  const c = await authorised(deps, staff, conversationId, "conversation.coordinator-replied");
  if (c.status !== "human" || c.assigneeId !== staff.id) await takeOver(deps, staff, conversationId);
  const [last] = await deps.sql.query(`SELECT "channel" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' ORDER BY "id" DESC LIMIT 1`, [conversationId]);
  const channel = ((last?.channel as Channel | undefined) ?? "sms") as Channel;
  const result = await deps.sql.transaction((tx) =>
    enqueueOutbound(tx, {
      conversationId,
      participantId: c.participantId,
      channel,
      body: `${body}\n/${staff.firstName}`,
      authorKind: "coordinator",
      authorStaffId: staff.id,
      purpose: "staff",
      now: deps.now(),
    }),
  );
  if (!result.queued) throw new HandoffError("opted-out");
  deps.events.emit("message.stored", { messageId: result.messageId, conversationId, participantId: c.participantId, direction: "out" });
  deps.events.emit("outbox.enqueued", { count: 1 });
  return { messageId: int(result.messageId) };
}
