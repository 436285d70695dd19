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
import { admitAttempt, clearFailures, pruneAttempts } from "../db/login-attempts.js";

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
    const limits: [key: string, max: number][] = [
      [accountKey, this.settings.maxFailuresPerAccount],
      [addressKey, this.settings.maxFailuresPerAddress],
    ];
    const admitted = await admitAttempt(this.db, this.dialect, limits, since, now, this.settings.windowMs);
    if (admitted.refused) return { allowed: false, retryAfterSeconds: admitted.retryAfterSeconds };
    const ids = admitted.ids;
    return {
      allowed: true,
      finish: async (succeeded) => {
        if (succeeded) {
          // A successful sign-in clears the account's failures (this attempt's too), not the address's.
          await clearFailures(this.db, accountKey, ids);
        }
        await pruneAttempts(this.db, since);
      },
    };
  }
}
