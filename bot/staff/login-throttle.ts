// Sign-in rate limiting, kept in the database so it holds across app instances: a few failures per
// account and a few more per client address within a window, then a pause. Keys are hashes, so the
// table holds no e-mail addresses or IP addresses.
import { createHash } from "node:crypto";
import type { Db } from "../db/client.js";

export interface ThrottleSettings {
  windowMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

export const defaultThrottle: ThrottleSettings = { windowMs: 15 * 60_000, maxFailuresPerAccount: 5, maxFailuresPerAddress: 20 };

const key = (kind: "account" | "address", value: string) => `${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32)}`;

export class LoginThrottle {
  constructor(private readonly db: Db, private readonly settings: ThrottleSettings = defaultThrottle) {}

  /** Whether a sign-in may be tried now; a refusal carries how long to wait. */
  async check(email: string, address: string, now: Date): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
    const since = new Date(now.getTime() - this.settings.windowMs);
    const limits: [string, number][] = [
      [key("account", email), this.settings.maxFailuresPerAccount],
      [key("address", address), this.settings.maxFailuresPerAddress],
    ];
    for (const [k, max] of limits) {
      const failures = await this.db.loginAttempt.findMany({ where: { key: k, succeeded: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } });
      if (failures.length >= max) {
        const oldest = failures[failures.length - max]!.at.getTime();
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.settings.windowMs - now.getTime()) / 1000)) };
      }
    }
    return { allowed: true };
  }

  async record(email: string, address: string, succeeded: boolean, now: Date): Promise<void> {
    const keys = [key("account", email), key("address", address)];
    if (succeeded) {
      // A successful sign-in clears the account's failures, not the address's.
      await this.db.loginAttempt.deleteMany({ where: { key: keys[0]!, succeeded: false } });
    } else {
      await this.db.loginAttempt.createMany({ data: keys.map((k) => ({ key: k, succeeded: false, at: now })) });
    }
    await this.db.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - this.settings.windowMs) } } });
  }
}
