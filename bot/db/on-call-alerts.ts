// On-call alerts (table OnCallAlert), read with where the participant's team wants them (Team.onCallPhone /
// onCallSlackChannel; the team's settings page reads and sets those through bot/db/teams.ts).
// An alert is written in the crisis flag's own transaction and claimed with a lease by the sender
// (bot/on-call/deliver-on-call.ts), like the outbox.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export type OnCallChannel = "sms" | "slack";

export interface TeamOnCall {
  teamId: number;
  phone: string | null;
  slackChannel: string | null;
}

export interface ClaimedOnCallAlert {
  id: number;
  conversationId: number;
  channel: string;
  target: string;
  attempts: number;
  createdAt: Date;
  /** Claimed again after a lease ran out: the provider may already have it. */
  inDoubt: boolean;
}

/** The on-call settings of the participant's team (undefined without a team). */
export async function teamOnCallOf(sql: SqlExecutor, participantId: number): Promise<TeamOnCall | undefined> {
  const [row] = await sql.query(
    `SELECT t."id", t."onCallPhone", t."onCallSlackChannel" FROM "Participant" p JOIN "Team" t ON t."id" = p."teamId" WHERE p."id" = ?`,
    [participantId],
  );
  return row ? { teamId: int(row.id), phone: strOrNull(row.onCallPhone), slackChannel: strOrNull(row.onCallSlackChannel) } : undefined;
}

/** One alert per flagged message and channel: a retried turn adds nothing. Returns 1 if new, else 0. */
export async function insertOnCallAlert(
  tx: SqlExecutor,
  a: { teamId: number; conversationId: number; messageId: number; channel: OnCallChannel; target: string; now: Date },
): Promise<number> {
  return tx.execute(
    `INSERT INTO "OnCallAlert" ("teamId", "conversationId", "messageId", "channel", "target", "status", "attempts", "nextAttemptAt", "createdAt")
     VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT ("messageId", "channel") DO NOTHING`,
    [a.teamId, a.conversationId, a.messageId, a.channel, a.target, a.now, a.now],
  );
}

/** Claims up to 20 due alerts (pending and due, or sending with an expired lease) in the caller's transaction. */
export async function claimDueOnCallAlerts(tx: SqlExecutor, at: Date, leaseUntil: Date): Promise<ClaimedOnCallAlert[]> {
  const due = await tx.query(
    // PostgreSQL: alerts another instance is claiming right now are skipped, not waited for.
    `SELECT "id", "status" FROM "OnCallAlert" WHERE ("status" = 'pending' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?) ORDER BY "id" LIMIT 20${tx.dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : ""}`,
    [at, at],
  );
  if (!due.length) return [];
  const inDoubt = new Set(due.filter((r) => r.status === "sending").map((r) => int(r.id)));
  // The conditions are checked again in the UPDATE, so two senders never claim one alert.
  const claimed = await tx.query(
    `UPDATE "OnCallAlert" SET "status" = 'sending', "leaseUntil" = ?, "attempts" = "attempts" + 1
      WHERE "id" IN (${due.map(() => "?").join(", ")}) AND (("status" = 'pending' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?))
      RETURNING "id", "conversationId", "channel", "target", "attempts", "createdAt"`,
    [leaseUntil, ...due.map((r) => int(r.id)), at, at],
  );
  return claimed.map((r) => ({
    id: int(r.id), conversationId: int(r.conversationId), channel: String(r.channel), target: String(r.target),
    attempts: int(r.attempts), createdAt: date(r.createdAt), inDoubt: inDoubt.has(int(r.id)),
  }));
}

/**
 * A failed attempt to be tried again at `retryAt`. `maybeSent` (a timeout: the provider may have it
 * all the same) keeps it "sending" with the lease at `retryAt`, so the retry asks before it sends.
 */
export async function retryOnCallAlert(sql: SqlExecutor, id: number, retryAt: Date, code: string, maybeSent: boolean): Promise<void> {
  await sql.execute(
    maybeSent
      ? `UPDATE "OnCallAlert" SET "status" = 'sending', "leaseUntil" = ?, "lastError" = ? WHERE "id" = ?`
      : `UPDATE "OnCallAlert" SET "status" = 'pending', "nextAttemptAt" = ?, "leaseUntil" = NULL, "lastError" = ? WHERE "id" = ?`,
    [retryAt, code, id],
  );
}

export async function markOnCallAlertSent(sql: SqlExecutor, id: number, providerId: string, at: Date): Promise<void> {
  await sql.execute(`UPDATE "OnCallAlert" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "providerId" = ?, "sentAt" = ? WHERE "id" = ?`, [providerId, at, id]);
}

export async function markOnCallAlertFailed(sql: SqlExecutor, id: number, code: string): Promise<void> {
  await sql.execute(`UPDATE "OnCallAlert" SET "status" = ?, "leaseUntil" = NULL, "lastError" = ? WHERE "id" = ?`, ["failed", code, id]);
}

/** Whether another alert already owns this provider message (an in-doubt alert must not adopt it twice). */
export async function onCallProviderIdTaken(sql: SqlExecutor, providerId: string): Promise<boolean> {
  const [taken] = await sql.query(`SELECT 1 AS "taken" FROM "OnCallAlert" WHERE "providerId" = ?`, [providerId]);
  return taken !== undefined;
}
