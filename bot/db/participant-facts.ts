// The facts kept for outcome reports about one participant (all optional), with what the team's
// routine asks for and the discharge columns the discharge form writes (read here, never written).
import type { SqlExecutor } from "./sql.js";

export interface FactsRow {
  birthYear: number | null;
  ageBand: string | null;
  gender: string | null;
  enrolledAt: Date | null;
  referralSource: string | null;
  guardianContact: string | null;
  createdAt: Date;
  dischargedAt: Date | null;
  dischargeOutcome: string | null;
  guardianContactRequired: boolean;
}

export type FactsChange = Partial<Pick<FactsRow, "birthYear" | "ageBand" | "gender" | "enrolledAt" | "referralSource" | "guardianContact">>;

const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const strOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

export async function participantFactsRow(sql: SqlExecutor, participantId: number): Promise<FactsRow | undefined> {
  const [r] = await sql.query(
    `SELECT p."birthYear", p."ageBand", p."gender", p."enrolledAt", p."referralSource", p."guardianContact", p."createdAt", p."dischargedAt", p."dischargeOutcome", t."guardianContactRequired"
     FROM "Participant" p LEFT JOIN "Team" t ON t."id" = p."teamId" WHERE p."id" = ?`,
    [participantId],
  );
  if (!r) return undefined;
  return {
    birthYear: r.birthYear === null ? null : Number(r.birthYear),
    ageBand: strOrNull(r.ageBand), gender: strOrNull(r.gender), enrolledAt: dateOrNull(r.enrolledAt),
    referralSource: strOrNull(r.referralSource), guardianContact: strOrNull(r.guardianContact),
    createdAt: dateOrNull(r.createdAt)!, dischargedAt: dateOrNull(r.dischargedAt), dischargeOutcome: strOrNull(r.dischargeOutcome),
    guardianContactRequired: Boolean(Number(r.guardianContactRequired ?? 0)),
  };
}

const COLUMNS = ["birthYear", "ageBand", "gender", "enrolledAt", "referralSource", "guardianContact"] as const;

/** Writes the fields present in the change (null clears one); returns the names of those written. */
export async function saveParticipantFacts(sql: SqlExecutor, participantId: number, change: FactsChange, now: Date): Promise<string[]> {
  const fields = COLUMNS.filter((c) => change[c] !== undefined);
  if (!fields.length) return [];
  await sql.execute(
    `UPDATE "Participant" SET ${fields.map((f) => `"${f}" = ?`).join(", ")}, "updatedAt" = ? WHERE "id" = ?`,
    [...fields.map((f) => change[f] ?? null), now, participantId],
  );
  return fields;
}
