// Server-side staff sessions. The browser holds a random token in an HttpOnly cookie; the database
// holds only its SHA-256, so a leaked database cannot be replayed as sessions. Each session has its
// own CSRF token, which every state-changing request must echo in a header.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client.js";
import { deleteExpiredSessions, deleteSession, insertSession, sessionById, touchSession } from "../db/staff-sessions.js";
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
  await insertSession(db, { id: tokenId(token), staffId, csrfToken, now, expiresAt: new Date(now.getTime() + settings.absoluteMs) });
  // Expired sessions of anyone are pruned as a side effect of signing in.
  await deleteExpiredSessions(db, now);
  return { token, csrfToken };
}

export async function resolveSession(db: Db, token: string | undefined, now: Date, settings: SessionSettings): Promise<StaffSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const id = tokenId(token);
  const session = await sessionById(db, id);
  if (!session) return undefined;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > settings.idleMs) {
    await deleteSession(db, id);
    return undefined;
  }
  const actor = await loadStaffActor(db, session.staffId);
  if (!actor) return undefined;
  // Touch at most once a minute: reads should not turn into a write each.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(db, id, now);
  return { actor, csrfToken: session.csrfToken, sessionId: id };
}

export async function closeSession(db: Db, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
