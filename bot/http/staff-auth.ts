// Sessions and CSRF for the staff inbox, as Express middleware. The session cookie is HttpOnly,
// SameSite=Strict and Secure whenever Tillit is served over https; every state-changing request
// must carry the session's CSRF token in a header and, if the browser says where it came from,
// come from Tillit's own origin.
import type { Request, RequestHandler, Response } from "express";
import type { Db } from "../db/client.js";
import { csrfMatches, resolveSession, type SessionSettings, type StaffSession } from "../staff/sessions.js";
import { sendError } from "./errors.js";

export const SESSION_COOKIE = "tillit_staff";
export const CSRF_HEADER = "x-csrf-token";

export interface StaffAuthDeps {
  db: Db;
  now: () => Date;
  sessions: SessionSettings;
  publicUrl: string;
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function setSessionCookie(res: Response, deps: StaffAuthDeps, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: deps.publicUrl.startsWith("https:"),
    path: "/staff",
    maxAge: deps.sessions.absoluteMs,
  });
}

export function clearSessionCookie(res: Response, deps: StaffAuthDeps): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "strict", secure: deps.publicUrl.startsWith("https:"), path: "/staff" });
}

export function staffSession(res: Response): StaffSession {
  return res.locals.staff as StaffSession;
}

/** Requires a valid session; 401 otherwise. */
export function requireStaff(deps: StaffAuthDeps): RequestHandler {
  return async (req, res, next) => {
    const session = await resolveSession(deps.db, readCookie(req, SESSION_COOKIE), deps.now(), deps.sessions);
    if (!session) return sendError(res, 401, "not_signed_in");
    res.locals.staff = session;
    next();
  };
}

/** Same-origin check for every state change (also before sign-in, against login CSRF). */
export function sameOrigin(deps: StaffAuthDeps): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const origin = req.headers.origin;
    const host = req.headers.host;
    if (origin && origin !== new URL(deps.publicUrl).origin && !(host && (origin === `http://${host}` || origin === `https://${host}`))) {
      return sendError(res, 403, "cross_origin_request");
    }
    next();
  };
}

/** The session's CSRF token must come back in a header on every state change. */
export function requireCsrf(): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    if (!csrfMatches(staffSession(res).csrfToken, req.headers[CSRF_HEADER])) return sendError(res, 403, "csrf_token_invalid");
    next();
  };
}
