// The participants' web chat: the page (Microsoft's Web Chat bundle, served from this server — no
// CDN), and the small API that gives a browser its Direct Line token: from a coordinator's personal
// invitation link, from the resume key it kept from an earlier visit, or anonymously when the
// deployment allows it. A web visitor may leave a phone number for a coordinator to confirm.
import express, { Router, type Request, type Response } from "express";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import type { Sql } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import { announceQueued } from "../outbox/enqueue-outbound.js";
import { phrasings, type Locales } from "../infrastructure/i18n.js";
import { toE164 } from "../domain/phone.js";
import { isLanguage, type Language } from "../domain/vocabulary.js";
import { userIdFor } from "../webchat/activities.js";
import { requestPhoneCode, verifyPhoneCode, type PhoneCodeDeps } from "../webchat/phone-code.js";
import type { TokenSigner } from "../webchat/tokens.js";
import { directLineToken, hasPhone, redeemInvite, resumeSession, startAnonymous, visitorBinding, webBinding, type WebSession } from "../webchat/web-sessions.js";
import { sendError } from "./errors.js";
import { bearer, DIRECT_LINE_BASE } from "./directline-routes.js";

export interface ChatRoutesDeps extends Omit<PhoneCodeDeps, "sql" | "locales"> {
  sql: Sql;
  events: EventBus;
  locales: Locales;
  now: () => Date;
  signer: () => TokenSigner;
  anonymousAllowed: boolean;
  /** Anonymous chats a single address may start per hour (a page reload resumes, it does not start one). */
  anonymousPerHour: number;
  defaultLanguage: Language;
  defaultCountry: string;
  defaultTeamSlug?: string;
}

const webDir = path.resolve(import.meta.dirname, "../web/chat");
// The package exports no path to its prebuilt browser bundle; it sits in dist/ beside its entry point.
const webChatEntry = createRequire(import.meta.url).resolve("botframework-webchat");
const webChatBundle = path.join(webChatEntry.slice(0, webChatEntry.lastIndexOf(`${path.sep}botframework-webchat${path.sep}`)), "botframework-webchat", "dist", "webchat.js");
const sessionBody = z.object({
  invite: z.string().min(10).max(600).optional(),
  resume: z.string().min(10).max(100).optional(),
  language: z.enum(["sv", "en"]).optional(),
});
const phoneBody = z.object({ phone: z.string().min(3).max(32) });
const codeBody = z.object({ code: z.string().trim().regex(/^\d{6}$/) });
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function chatRoutes(deps: ChatRoutesDeps): Router {
  const router = Router();
  const template = readFileSync(path.join(webDir, "index.html"), "utf8");
  const pages = new Map<Language, string>();
  const page = (lang: Language) => {
    let html = pages.get(lang);
    if (!html) {
      // The page's words as written: some are templates the chat's script fills in the browser ("{name} från
      // personalen är med i chatten nu."), so they are not rendered here (rendering refuses an unfilled one).
      html = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === "lang" ? lang : escapeHtml(phrasings(deps.locales, lang, `webchat.${key}`)[0]!)));
      pages.set(lang, html);
    }
    return html;
  };
  // Anonymous chats started per client address and hour, counted per instance on purpose: it is a
  // brake on a script opening chats, not a security boundary (sign-in attempts, which are, are counted
  // in the database: staff/login-throttle.ts). The compose file's nginx keeps one client address on one
  // instance (ip_hash), so the count holds there; a balancer that spreads one address over N
  // instances lets it start up to N times the limit.
  const started = new Map<string, { hour: number; count: number }>();

  router.get("/chat", (req, res) => {
    const lang: Language = isLanguage(req.query.lang) ? req.query.lang : deps.defaultLanguage;
    // The chat's Content-Security-Policy and the other security headers: bot/http/security-headers.ts.
    res.set("cache-control", "no-store");
    res.type("html").send(page(lang));
  });
  router.get("/chat/assets/webchat.js", (_req, res) => res.set("cache-control", "public, max-age=86400").sendFile(webChatBundle));
  router.use("/chat/assets", express.static(webDir, { index: false, maxAge: 0 }));

  router.post("/chat/api/session", express.json({ limit: 4096 }), async (req: Request, res: Response) => {
    res.set("cache-control", "no-store");
    const parsed = sessionBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, "invalid_request");
    const { invite, resume, language } = parsed.data;
    const now = deps.now();
    let session: WebSession;
    if (invite) session = await redeemInvite(deps.sql, deps.signer(), invite, now);
    else if (resume) session = await resumeSession(deps.sql, resume, now);
    else {
      if (!deps.anonymousAllowed) return sendError(res, 403, "anonymous-off");
      const key = req.ip ?? "unknown";
      const hour = Math.floor(now.getTime() / 3_600_000);
      const seen = started.get(key);
      const count = seen?.hour === hour ? seen.count + 1 : 1;
      started.set(key, { hour, count });
      if (started.size > 10_000) started.clear();
      if (count > deps.anonymousPerHour) return sendError(res, 429, "too_many_chats");
      // Nothing is stored until the visitor writes: the token says who they will be.
      session = startAnonymous(deps.signer(), language ?? deps.defaultLanguage);
    }
    res.json({
      conversationId: session.webConversationId,
      // Whether to offer "continue by text message" (never the number itself).
      hasPhone: session.participantId === undefined ? false : await hasPhone(deps.sql, session.participantId),
      userId: userIdFor(session.webConversationId),
      domain: DIRECT_LINE_BASE,
      ...directLineToken(deps.signer(), session.webConversationId, now, session.pendingLanguage),
      ...(session.resumeKey ? { resume: session.resumeKey } : {}),
    });
  });

  const codes: PhoneCodeDeps = { sql: deps.sql, locales: deps.locales, key: deps.key, optOuts: deps.optOuts };
  const claimsOf = (req: Request) => {
    const token = bearer(req);
    const claims = token ? deps.signer().verify(token, "dl", deps.now()) : undefined;
    return claims && typeof claims.s === "string" ? claims : undefined;
  };
  const signedIn = async (req: Request) => {
    const claims = claimsOf(req);
    return claims ? webBinding(deps.sql, String(claims.s)) : undefined;
  };
  // The visitor's number: a one-time code goes to it by SMS (the answer is the same whether it can be texted).
  router.post("/chat/api/phone", express.json({ limit: 1024 }), async (req, res) => {
    const claims = claimsOf(req);
    if (!claims) return sendError(res, 401, "not_signed_in");
    const parsed = phoneBody.safeParse(req.body);
    const phone = parsed.success ? toE164(parsed.data.phone, deps.defaultCountry) : undefined;
    if (!phone) return sendError(res, 400, "invalid_phone");
    // A visitor who leaves a number before writing becomes a participant now (they asked for something).
    const binding = await visitorBinding(deps.sql, deps.signer(), claims, { teamSlug: deps.defaultTeamSlug, now: deps.now() });
    if (!binding) return sendError(res, 401, "not_signed_in");
    const { messageId } = await requestPhoneCode(codes, binding, phone, deps.now());
    if (messageId) announceQueued(deps.events, binding, [messageId]);
    res.status(202).json({ ok: true });
  });
  // The code from the text: right, a coordinator is asked to confirm the link.
  router.post("/chat/api/phone/verify", express.json({ limit: 1024 }), async (req, res) => {
    const binding = await signedIn(req);
    if (!binding) return sendError(res, 401, "not_signed_in");
    const parsed = codeBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, "wrong_code");
    await verifyPhoneCode(codes, binding, parsed.data.code, deps.now());
    deps.events.emit("conversation.updated", binding);
    res.json({ ok: true });
  });
  return router;
}
