// Keys the service holds for itself: taken from the configuration, or made once and kept in the
// database (ServiceSecret) so that every instance shares them. Never logged.
import { createHmac, randomBytes } from "node:crypto";
import type { Sql } from "../db/sql.js";
import { serviceSecret } from "../db/service-secrets.js";

export async function serviceKey(sql: Sql, name: string, configured?: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, "utf8");
  return Buffer.from(await serviceSecret(sql, name, randomBytes(32).toString("base64url"), new Date()), "utf8");
}

/**
 * A keyed hash (HMAC-SHA256) for values that must be recognised later but never stored: the number of
 * an erased participant who said STOPP, a one-time phone code. Without the key a stored hash cannot be
 * turned back into a number by trying every number.
 */
export class PrivacyKey {
  constructor(private readonly key: Buffer) {}

  hash(purpose: "opt-out" | "phone-code", value: string): string {
    return createHmac("sha256", this.key).update(`${purpose}\u0000${value}`).digest("hex");
  }
}

export async function loadPrivacyKey(sql: Sql, configured?: string): Promise<PrivacyKey> {
  return new PrivacyKey(await serviceKey(sql, "privacy-hash-key", configured));
}
