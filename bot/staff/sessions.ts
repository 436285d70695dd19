// Server-side staff sessions. The browser holds a random token in an HttpOnly cookie; the database
// holds only its SHA-256, so a leaked database cannot be replayed as sessions. Each session has its
// own CSRF token, which every state-changing request must echo in a header.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client.js";
import { loadStaffActor, type StaffActor } from "./staff-actor.js";

export interface SessionSettings {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out after this long regardless. */
  absoluteMs: number;
}

export interface StaffSession {
  actor: StaffActor;
  csrfToken: string;
  sessionId: string;
}

const tokenId = (token: string) => createHash("sha256").update(token).digest("hex");

export async function openSession(db: Db, staffId: number, now: Date, settings: SessionSettings): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.staffSession.create({
    data: { id: tokenId(token), staffId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + settings.absoluteMs) },
  });
  // Expired sessions of anyone are pruned as a side effect of signing in.
  await db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
  return { token, csrfToken };
}

export async function resolveSession(db: Db, token: string | undefined, now: Date, settings: SessionSettings): Promise<StaffSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = tokenId(token);
  const session = await db.staffSession.findUnique({ where: { id } });
  if (!session) return undefined;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > settings.idleMs) {
    await db.staffSession.deleteMany({ where: { id } });
    return undefined;
  }
  const actor = await loadStaffActor(db, session.staffId);
  if (!actor) return undefined;
  // Touch at most once a minute: reads should not turn into a write each.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await db.staffSession.update({ where: { id }, data: { lastSeenAt: now } });
  return { actor, csrfToken: session.csrfToken, sessionId: id };
}

export async function closeSession(db: Db, sessionId: string): Promise<void> {
  await db.staffSession.deleteMany({ where: { id: sessionId } });
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
