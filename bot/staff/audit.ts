// The audit trail of staff access: who read or changed what, when. Ids and field names only, never
// the personal data itself (the row is written by bot/db/audit.ts).
import type { Db } from "../db/client.js";
import { insertAuditWith } from "../db/audit.js";
import type { StaffActor } from "./staff-actor.js";

export interface AuditEntry {
  action: string;
  subjectType: "conversation" | "participant" | "staff" | "team" | "inbox" | "task";
  subjectId: string | number;
  teamId?: number | null;
  details?: Record<string, unknown>;
}

export async function auditStaff(db: Db, now: Date, actor: Pick<StaffActor, "id">, entry: AuditEntry): Promise<void> {
  await insertAuditWith(db, { at: now, actorKind: "staff", actorId: actor.id, ...entry });
}
