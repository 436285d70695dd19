// "Radera mina uppgifter": the participant's request is recorded at once and shown to the team (the
// conversation waits for a human with the reason, and team leads see a list of open requests); a
// team lead or admin carries it out, or declines it with a reason (e.g. an ongoing report).
import { z } from "zod";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { erasureRequestById, insertErasureRequest, latestConversationId, listOpenErasureRequests, openErasureRequestId, rejectOpenErasureRequest } from "../db/erasure-requests.js";
import { activeHoldId } from "../db/retention-holds.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { erasureRequested } from "../conversations/transitions.js";
import { ERASURE_HANDOFF_REASON } from "../domain/vocabulary.js";
import { AccessDeniedError } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { eraseParticipant, type ErasureResult } from "./erase-participant.js";
import type { ErasedOptOuts } from "./erased-opt-outs.js";
import { authoriseParticipant, leadTeams, PrivacyError, type PrivacyDeps } from "./privacy-access.js";
import { plusMonths } from "./retention.js";

export type ErasureSource = "chat" | "chat-unconfirmed" | "staff";

export interface ErasureRequestInput {
  participantId: number;
  conversationId: number;
  source: ErasureSource;
  requestedById?: number;
  now: Date;
}

/** Records the request (once while one is open) and puts the conversation before a human; returns the events to emit after the commit. */
export async function recordErasureRequest(tx: SqlExecutor, r: ErasureRequestInput): Promise<{ requestId: number; created: boolean; events: PendingEvent[] }> {
  const open = await openErasureRequestId(tx, r.participantId);
  if (open !== undefined) return { requestId: open, created: false, events: [] };
  const requestId = await insertErasureRequest(tx, { ...r, requestedById: r.requestedById ?? null });
  const events = await erasureRequested(tx, { ...r, reason: ERASURE_HANDOFF_REASON, requestId });
  return { requestId, created: true, events };
}

export interface ErasureDeps extends PrivacyDeps {
  sql: Sql;
  events: EventBus;
  optOuts: ErasedOptOuts;
}

/** The chat tells the participant that a team lead erases "within a month" (art. 12.3): the list says by when. */
const ANSWER_WITHIN_MONTHS = 1;

/** Open requests in the teams a team lead (or admin) manages, oldest first, each with the day it must be answered by. */
export async function openErasureRequests(deps: ErasureDeps, actor: StaffActor) {
  const teams = leadTeams(actor);
  if (teams && !teams.length) return { requests: [] };
  const now = deps.now();
  const requests = (await listOpenErasureRequests(deps.sql, teams)).map((r) => {
    const answerBy = plusMonths(r.requestedAt, ANSWER_WITHIN_MONTHS);
    return { ...r, answerBy, overdue: now.getTime() > answerBy.getTime() };
  });
  await auditStaff(deps.db, now, actor, { action: "erasure-requests.listed", subjectType: "inbox", subjectId: "erasure-requests", details: { requestIds: requests.map((r) => r.id) } });
  return { requests };
}

/** A request the participant made another way (by phone, in person), registered by any staff member of the team. */
export async function registerErasureRequest(deps: ErasureDeps, actor: StaffActor, participantId: number) {
  await authoriseParticipant(deps, actor, participantId, "participant.erasure-registered", { leadOnly: false });
  const now = deps.now();
  const { requestId, created, events } = await deps.sql.transaction(async (tx) => {
    const conversationId = await latestConversationId(tx, participantId);
    return recordErasureRequest(tx, { participantId, conversationId, source: "staff", requestedById: actor.id, now });
  });
  deps.events.emitAll(events);
  return { requestId, created };
}

async function openRequest(deps: ErasureDeps, requestId: number) {
  const r = await erasureRequestById(deps.sql, requestId);
  if (!r) throw new AccessDeniedError(`No erasure request ${requestId}`);
  if (r.status !== "open" || r.participantId == null) throw new PrivacyError("not-open");
  return { id: r.id, participantId: r.participantId };
}

/** Erases everything about the participant, in one transaction. Refused while a hold is active. */
export async function carryOutErasure(deps: ErasureDeps, actor: StaffActor, requestId: number): Promise<ErasureResult> {
  const request = await openRequest(deps, requestId);
  await authoriseParticipant(deps, actor, request.participantId, "participant.erasure-approved", { leadOnly: true });
  const now = deps.now();
  const result = await deps.sql.transaction(async (tx) => {
    if ((await activeHoldId(tx, request.participantId)) !== undefined) throw new PrivacyError("held");
    return eraseParticipant(tx, request.participantId, { now, staffId: actor.id, basis: "request", requestId, optOuts: deps.optOuts });
  });
  if (!result) throw new PrivacyError("not-open");
  deps.events.emit("participant.erased", { participantId: result.participantId, conversationIds: result.conversationIds });
  return result;
}

const rejectBody = z.object({ reason: z.string().trim().min(3).max(500) });

/** Declines a request with a reason the participant can be told (e.g. a report that must be kept). */
export async function rejectErasureRequest(deps: ErasureDeps, actor: StaffActor, requestId: number, body: unknown) {
  const { reason } = rejectBody.parse(body);
  const request = await openRequest(deps, requestId);
  const p = await authoriseParticipant(deps, actor, request.participantId, "participant.erasure-declined", { leadOnly: true });
  const changed = await rejectOpenErasureRequest(deps.sql, requestId, { reason, now: deps.now(), staffId: actor.id });
  if (!changed) throw new PrivacyError("not-open");
  await auditStaff(deps.db, deps.now(), actor, { action: "erasure-request.declined", subjectType: "participant", subjectId: request.participantId, teamId: p.teamId, details: { requestId } });
  return { ok: true };
}
