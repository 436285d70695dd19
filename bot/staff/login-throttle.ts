// Sign-in rate limiting, kept in the database so it holds across app instances: a few failures per
// account and a few more per client address within a window, then a pause. Keys are hashes, so the
// table holds no e-mail addresses or IP addresses.
//
// An attempt is counted as a failure before the (slow) password check, in the same transaction as
// the count that admits it, and cleared if it succeeds: fifty attempts sent in parallel are limited
// exactly like fifty sent one after another.
import { createHash } from "node:crypto";
import type { Db } from "../db/client.js";
import type { SqlDialect } from "../db/sql.js";

export interface ThrottleSettings {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export const defaultThrottle: ThrottleSettings = { windowMs: 15 * 60_000, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20 };

const key = (kind: "account" | "address", value: string) => `${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32)}`;

export type SignInGate =
  | { allowed: true; /** Records the attempt's outcome once the password has been checked. */ finish(succeeded: boolean): Promise<void> }
  | { allowed: false; retryAfterSeconds: number };

/** pg_advisory_xact_lock's first key for "sign-in attempts under this key" (the second is a hash of it). */
const THROTTLE_LOCK_NAMESPACE = 7002;

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly settings: ThrottleSettings = defaultThrottle,
    /** PostgreSQL: READ COMMITTED lets parallel transactions count the same failures, so each key is locked first. */
    private readonly dialect: SqlDialect = "sqlite",
  ) {}

  /** Admits a sign-in attempt (counting it as a failure until it finishes otherwise), or refuses it with how long to wait. */
  async begin(email: string, address: string, now: Date): Promise<SignInGate> {
    const since = new Date(now.getTime() - this.settings.windowMs);
    const accountKey = key("account", email);
    const addressKey = key("address", address);
    const limits: [string, number][] = [
      [accountKey, this.settings.maxFailuresPerAccount],
      [addressKey, this.settings.maxFailuresPerAddress],
    ];
    const admitted = await this.db.$transaction(async (tx) => {
      if (this.dialect === "postgres") {
        // In one order everywhere (sorted), so two attempts never wait on each other's second key.
        for (const k of [accountKey, addressKey].sort()) {
          await tx.$queryRaw`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(${THROTTLE_LOCK_NAMESPACE}::int, hashtext(${k}))) AS l`;
        }
      }
      for (const [k, max] of limits) {
        const failures = await tx.loginAttempt.findMany({ where: { key: k, succeeded: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } });
        if (failures.length >= max) {
          const oldest = failures[failures.length - max]!.at.getTime();
          return { refused: true as const, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.settings.windowMs - now.getTime()) / 1000)) };
        }
      }
      const account = await tx.loginAttempt.create({ data: { key: accountKey, succeeded: false, at: now }, select: { id: true } });
      const addressRow = await tx.loginAttempt.create({ data: { key: addressKey, succeeded: false, at: now }, select: { id: true } });
      return { refused: false as const, ids: [account.id, addressRow.id] };
      // Parallel attempts on one key wait for each other's lock (PostgreSQL): more than Prisma's 2 s/5 s defaults on a busy machine.
    }, { maxWait: 30_000, timeout: 30_000 });
    if (admitted.refused) return { allowed: false, retryAfterSeconds: admitted.retryAfterSeconds };
    const ids = admitted.ids;
    return {
      allowed: true,
      finish: async (succeeded) => {
        if (succeeded) {
          // A successful sign-in clears the account's failures (this attempt's too), not the address's.
          await this.db.loginAttempt.deleteMany({ where: { OR: [{ key: accountKey, succeeded: false }, { id: { in: ids } }] } });
        }
        await this.db.loginAttempt.deleteMany({ where: { at: { lt: since } } });
      },
    };
  }
}
