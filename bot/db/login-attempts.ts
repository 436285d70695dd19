// The LoginAttempt table: sign-in attempts under hashed keys (an account, a client address), counted
// for the throttle in bot/staff/login-throttle.ts.
import type { Db } from "./client.js";
import type { SqlDialect } from "./sql.js";

/** pg_advisory_xact_lock's first key for "sign-in attempts under this key" (the second is a hash of it). */
const THROTTLE_LOCK_NAMESPACE = 7002;

export type Admission = { refused: true; retryAfterSeconds: number } | { refused: false; ids: number[] };

/**
 * In one transaction: refuses when a key already has `max` failures since `since`, otherwise records
 * a failure under every key (cleared later if the attempt succeeds).
 */
export async function admitAttempt(db: Db, dialect: SqlDialect, limits: [key: string, max: number][], since: Date, now: Date, windowMs: number): Promise<Admission> {
  return db.$transaction(async (tx) => {
    if (dialect === "postgres") {
      // READ COMMITTED lets parallel transactions count the same failures, so each key is locked
      // first, in one order everywhere (sorted), so two attempts never wait on each other's second key.
      for (const k of limits.map(([key]) => key).sort()) {
        await tx.$queryRaw`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(${THROTTLE_LOCK_NAMESPACE}::int, hashtext(${k}))) AS l`;
      }
    }
    for (const [k, max] of limits) {
      const failures = await tx.loginAttempt.findMany({ where: { key: k, succeeded: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } });
      if (failures.length >= max) {
        const oldest = failures[failures.length - max]!.at.getTime();
        return { refused: true as const, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000)) };
      }
    }
    const ids: number[] = [];
    for (const [k] of limits) ids.push((await tx.loginAttempt.create({ data: { key: k, succeeded: false, at: now }, select: { id: true } })).id);
    return { refused: false as const, ids };
    // Parallel attempts on one key wait for each other's lock (PostgreSQL): more than Prisma's 2 s/5 s defaults on a busy machine.
  }, { maxWait: 30_000, timeout: 30_000 });
}

/** A successful sign-in clears the account's failures and this attempt's rows. */
export async function clearFailures(db: Db, accountKey: string, ids: number[]): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { OR: [{ key: accountKey, succeeded: false }, { id: { in: ids } }] } });
}

export async function pruneAttempts(db: Db, before: Date): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { at: { lt: before } } });
}
