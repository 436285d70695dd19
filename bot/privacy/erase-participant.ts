// Erasure of one participant: every row that holds something about them, in every table, inside the
// caller's transaction, so that a crash leaves either everything or nothing erased. What remains is
// an audit tombstone with ids and counts (no name, number or text), the staff's access log without
// its details, and — when they had said STOPP — only a keyed hash of the number.
import type { SqlExecutor } from "../db/sql.js";
import { insertAudit } from "../db/audit.js";
import { eraseParticipantData, erasureSubject, finishErasure } from "../db/erasure.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import type { ErasedOptOuts } from "./erased-opt-outs.js";

export type ErasureBasis = "request" | "discharged" | "no-contact";

export interface ErasureOptions {
  now: Date;
  /** A staff member carrying out a request, or the retention job (null). */
  staffId: number | null;
  basis: ErasureBasis;
  requestId?: number;
  optOuts: ErasedOptOuts;
}

export interface ErasureResult {
  participantId: number;
  conversationIds: number[];
  teamId: number | null;
  /** Rows removed per table: the tombstone's only content. */
  rows: Record<string, number>;
  optOutKept: boolean;
}

export async function eraseParticipant(tx: SqlExecutor, participantId: number, options: ErasureOptions): Promise<ErasureResult | undefined> {
  const subject = await erasureSubject(tx, participantId);
  if (!subject) return undefined;
  const { phone, teamId, conversationIds } = subject;
  const rows = await eraseParticipantData(tx, subject, options.now, () => crashPoint("erasure-in-transaction"));
  const optOutKept = subject.status === "opted-out" && phone !== null;
  if (optOutKept) await options.optOuts.remember(tx, phone, options.now);
  await finishErasure(tx, participantId, { now: options.now, staffId: options.staffId }, rows);
  await insertAudit(tx, {
    at: options.now, actorKind: options.staffId === null ? "system" : "staff", actorId: options.staffId, action: "participant.erased", subjectType: "participant", subjectId: participantId, teamId,
    details: { basis: options.basis, requestId: options.requestId ?? null, rows, optOutKept },
  });
  return { participantId, conversationIds, teamId, rows, optOutKept };
}
