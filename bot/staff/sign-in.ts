// Signing in and out: the throttle first (per account and per address), argon2id, a server-side
// session; every attempt on a known account is audited.
import type { Db } from "../db/client.js";
import { staffAccountByEmail } from "../db/staff-users.js";
import { auditStaff } from "./audit.js";
import type { LoginThrottle } from "./login-throttle.js";
import { verifyPassword } from "./passwords.js";
import { closeSession, openSession, type SessionSettings } from "./sessions.js";
import type { StaffActor } from "./staff-actor.js";

export interface SignInDeps {
  db: Db;
  now: () => Date;
  throttle: LoginThrottle;
  sessions: SessionSettings;
}

export type SignInResult =
  | { kind: "signed-in"; token: string; csrfToken: string }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "wrong-email-or-password" };

export async function signIn(deps: SignInDeps, credentials: { email: string; password: string }, address: string): Promise<SignInResult> {
  const { email, password } = credentials;
  const now = deps.now();
  const gate = await deps.throttle.begin(email, address, now);
  if (!gate.allowed) return { kind: "throttled", retryAfterSeconds: gate.retryAfterSeconds };
  const staff = await staffAccountByEmail(deps.db, email);
  const ok = (await verifyPassword(staff?.passwordHash ?? null, password)) && staff !== undefined && staff.disabledAt === null;
  await gate.finish(ok);
  if (!ok || !staff) {
    if (staff) await auditStaff(deps.db, now, staff, { action: "staff.sign-in-failed", subjectType: "staff", subjectId: staff.id });
    return { kind: "wrong-email-or-password" };
  }
  const session = await openSession(deps.db, staff.id, now, deps.sessions);
  await auditStaff(deps.db, now, staff, { action: "staff.signed-in", subjectType: "staff", subjectId: staff.id });
  return { kind: "signed-in", ...session };
}

export async function signOut(deps: Pick<SignInDeps, "db" | "now">, actor: StaffActor, sessionId: string): Promise<void> {
  await closeSession(deps.db, sessionId);
  await auditStaff(deps.db, deps.now(), actor, { action: "staff.signed-out", subjectType: "staff", subjectId: actor.id });
}
