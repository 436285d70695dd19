// The StaffSession table: one row per signed-in browser, keyed by the SHA-256 of its cookie token.
import type { Db, Tx } from "./client.js";

export interface SessionRow {
  id: string;
  staffId: number;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(db: Db, s: { id: string; staffId: number; csrfToken: string; now: Date; expiresAt: Date }): Promise<void> {
  await db.staffSession.create({ data: { id: s.id, staffId: s.staffId, csrfToken: s.csrfToken, createdAt: s.now, lastSeenAt: s.now, expiresAt: s.expiresAt } });
}

export async function sessionById(db: Db, id: string): Promise<SessionRow | undefined> {
  return (await db.staffSession.findUnique({ where: { id }, select: { id: true, staffId: true, csrfToken: true, lastSeenAt: true, expiresAt: true } })) ?? undefined;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.staffSession.deleteMany({ where: { id } });
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.staffSession.update({ where: { id }, data: { lastSeenAt: now } });
}

/** Signs the account out everywhere; how many sessions ended. */
export async function endSessionsOf(tx: Db | Tx, staffId: number): Promise<number> {
  return (await tx.staffSession.deleteMany({ where: { staffId } })).count;
}
