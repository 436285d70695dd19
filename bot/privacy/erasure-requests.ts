// "Radera mina uppgifter": the participant's request is recorded at once and shown to the team (the
// conversation waits for a human with the reason, and team leads see a list of open requests); a
// team lead or admin carries it out, or declines it with a reason (e.g. an ongoing report).
import { z } from "zod";
import { date, int, type Sql, type SqlExecutor } from "../db/sql.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { erasureRequested } from "../conversations/transitions.js";
import { AccessDeniedError } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { eraseParticipant, type ErasureResult } from "./erase-participant.js";
import type { ErasedOptOuts } from "./erased-opt-outs.js";
import { authoriseParticipant, leadTeams, PrivacyError, type PrivacyDeps } from "./privacy-access.js";

export const ERASURE_REASON = "erasure-request";

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
  const [open] = await tx.query(`SELECT "id" FROM "ErasureRequest" WHERE "participantId" = ? AND "status" = 'open' ORDER BY "id" LIMIT 1`, [r.participantId]);
  if (open) return { requestId: int(open.id), created: false, events: [] };
  const [made] = await tx.query(
    `INSERT INTO "ErasureRequest" ("participantId", "conversationId", "teamId", "source", "status", "requestedAt", "requestedById")
     VALUES (?, ?, (SELECT "teamId" FROM "Participant" WHERE "id" = ?), ?, 'open', ?, ?) RETURNING "id"`,
    [r.participantId, r.conversationId, r.participantId, r.source, r.now, r.requestedById ?? null],
  );
  const requestId = int(made!.id);
  const events = await erasureRequested(tx, { ...r, reason: ERASURE_REASON, requestId });
  return { requestId, created: true, events };
}

export interface ErasureDeps extends PrivacyDeps {
  sql: Sql;
  events: EventBus;
  optOuts: ErasedOptOuts;
}

/** Open requests in the teams a team lead (or admin) manages, oldest first. */
export async function openErasureRequests(d: ErasureDeps, actor: StaffActor) {
  const teams = leadTeams(actor);
  if (teams && !teams.length) return { requests: [] };
  const rows = await d.sql.query(
    `SELECT r."id", r."participantId", r."conversationId", r."source", r."requestedAt", r."teamId", p."preferredName", p."phone",
            (SELECT h."id" FROM "RetentionHold" h WHERE h."participantId" = r."participantId" AND h."releasedAt" IS NULL LIMIT 1) AS "holdId"
       FROM "ErasureRequest" r JOIN "Participant" p ON p."id" = r."participantId"
      WHERE r."status" = 'open' ${teams ? `AND r."teamId" IN (${teams.map(() => "?").join(", ")})` : ""}
      ORDER BY r."requestedAt", r."id"`,
    teams ?? [],
  );
  await auditStaff(d.db, d.now(), actor, { action: "erasure-requests.listed", subjectType: "inbox", subjectId: "erasure-requests", details: { requestIds: rows.map((r) => int(r.id)) } });
  return {
    requests: rows.map((r) => ({
      id: int(r.id), participantId: int(r.participantId), conversationId: r.conversationId == null ? null : int(r.conversationId),
      name: r.preferredName ?? null, phone: r.phone ?? null, source: String(r.source), requestedAt: date(r.requestedAt), held: r.holdId != null,
    })),
  };
}

/** A request the participant made another way (by phone, in person), registered by any staff member of the team. */
export async function registerErasureRequest(d: ErasureDeps, actor: StaffActor, participantId: number) {
  await authoriseParticipant(d, actor, participantId, "participant.erasure-registered", { leadOnly: false });
  const now = d.now();
  const { requestId, created, events } = await d.sql.transaction(async (tx) => {
    const [c] = await tx.query(`SELECT MAX("id") AS "id" FROM "Conversation" WHERE "participantId" = ?`, [participantId]);
    const conversationId = c?.id == null ? 0 : int(c.id);
    return recordErasureRequest(tx, { participantId, conversationId, source: "staff", requestedById: actor.id, now });
  });
  d.events.emitAll(events);
  return { requestId, created };
}

async function openRequest(d: ErasureDeps, requestId: number) {
  const [r] = await d.sql.query(`SELECT "id", "participantId", "status" FROM "ErasureRequest" WHERE "id" = ?`, [requestId]);
  if (!r) throw new AccessDeniedError(`No erasure request ${requestId}`);
  if (r.status !== "open" || r.participantId == null) throw new PrivacyError("not-open");
  return { id: int(r.id), participantId: int(r.participantId) };
}

/** Erases everything about the participant, in one transaction. Refused while a hold is active. */
export async function carryOutErasure(d: ErasureDeps, actor: StaffActor, requestId: number): Promise<ErasureResult> {
  const request = await openRequest(d, requestId);
  await authoriseParticipant(d, actor, request.participantId, "participant.erasure-approved", { leadOnly: true });
  const now = d.now();
  const result = await d.sql.transaction(async (tx) => {
    const [hold] = await tx.query(`SELECT "id" FROM "RetentionHold" WHERE "participantId" = ? AND "releasedAt" IS NULL LIMIT 1`, [request.participantId]);
    if (hold) throw new PrivacyError("held");
    return eraseParticipant(tx, request.participantId, { now, staffId: actor.id, basis: "request", requestId, optOuts: d.optOuts });
  });
  if (!result) throw new PrivacyError("not-open");
  d.events.emit("participant.erased", { participantId: result.participantId, conversationIds: result.conversationIds });
  return result;
}

const rejectBody = z.object({ reason: z.string().trim().min(3).max(500) });

/** Declines a request with a reason the participant can be told (e.g. a report that must be kept). */
export async function rejectErasureRequest(d: ErasureDeps, actor: StaffActor, requestId: number, body: unknown) {
  const { reason } = rejectBody.parse(body);
  const request = await openRequest(d, requestId);
  const p = await authoriseParticipant(d, actor, request.participantId, "participant.erasure-declined", { leadOnly: true });
  const changed = await d.sql.execute(
    `UPDATE "ErasureRequest" SET "status" = 'rejected', "rejectReason" = ?, "decidedAt" = ?, "decidedById" = ? WHERE "id" = ? AND "status" = 'open'`,
    [reason, d.now(), actor.id, requestId],
  );
  if (!changed) throw new PrivacyError("not-open");
  await auditStaff(d.db, d.now(), actor, { action: "erasure-request.declined", subjectType: "participant", subjectId: request.participantId, teamId: p.teamId, details: { requestId } });
  return { ok: true };
}
