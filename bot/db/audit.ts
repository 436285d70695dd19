// The audit trail's one writer for code that runs inside a transaction: who did what to which
// subject, when. Ids and field names only, never the personal data itself.
import type { SqlExecutor } from "./sql.js";

export interface AuditRow {
  at: Date;
  actorKind: "participant" | "staff" | "system";
  actorId: number | null;
  action: string;
  subjectType: "conversation" | "participant" | "staff" | "team" | "inbox" | "task";
  subjectId: string | number;
  teamId?: number | null;
  details?: Record<string, unknown> | null;
}

export async function insertAudit(tx: SqlExecutor, row: AuditRow): Promise<void> {
  await tx.execute(
    `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "teamId", "details") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.at, row.actorKind, row.actorId, row.action, row.subjectType, String(row.subjectId), row.teamId ?? null, row.details ? JSON.stringify(row.details) : null],
  );
}
