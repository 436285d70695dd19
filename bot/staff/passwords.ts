// Staff passwords: argon2id (OWASP's first choice) through @node-rs/argon2's prebuilt binary.
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports it as an ambient const enum, which isolatedModules cannot inline.
const ARGON2ID = 2;
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // An account without a password (or a malformed hash) never signs in, in about the same time.
  if (!passwordHash) {
    await hashPassword(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
