// A Direct Line 3.0-compatible API, served by Tillit itself, so Microsoft's Web Chat and the
// botframework-directlinejs client work against it unchanged: start / reconnect a conversation,
// refresh a token, post and poll activities, and the WebSocket stream. A token is bound to one web
// conversation and can never read or post to another. Messages take the core path like SMS.
import express, { Router, type NextFunction, type Request, type Response } from "express";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { WebSocketServer } from "ws";
import { z } from "zod";
import type { ConversationCore } from "../core/conversation-core.js";
import type { Sql } from "../db/sql.js";
import type { Logger } from "../infrastructure/log.js";
import { activitiesAfter, activityId, greetingActivity } from "../webchat/activities.js";
import type { Language } from "../domain/vocabulary.js";
import type { StreamHub } from "../webchat/stream-hub.js";
import type { TokenSigner } from "../webchat/tokens.js";
import { directLineToken, visitorBinding, webBinding } from "../webchat/web-sessions.js";

export const DIRECT_LINE_BASE = "/v3/directline";
/** An activity is a chat message: a few kilobytes at most. */
const MAX_ACTIVITY_BYTES = 16 * 1024;
export const MAX_WEB_MESSAGE = 2000;

export interface DirectLineDeps {
  sql: Sql;
  core: ConversationCore;
  log: Logger;
  now: () => Date;
  signer: () => TokenSigner;
  hub: StreamHub;
  /** Direct Line's secret flow (a site's own server asks for a token with it); off when unset. */
  secret?: string;
  /** A new anonymous web conversation, for the secret flow (stored once the visitor writes). */
  newConversation: () => { webConversationId: string; pendingLanguage: Language };
  /** What the chat says first to a visitor who has not written yet. */
  greeting: (language: Language) => { text: string; choices: string[] };
  /** The team a new anonymous visitor joins. */
  visitorTeamSlug?: string;
}

const activityBody = z.object({
  type: z.string().max(40),
  text: z.string().max(MAX_WEB_MESSAGE).optional(),
  from: z.object({ id: z.string().max(200).optional(), name: z.string().max(200).optional(), role: z.string().max(20).optional() }).optional(),
  attachments: z.array(z.unknown()).max(0, "attachments are not supported").optional(),
  channelData: z.object({ clientActivityID: z.string().min(1).max(100).optional() }).passthrough().optional(),
}).passthrough();

const watermarkParam = z.union([z.undefined(), z.literal(""), z.string().regex(/^\d{1,15}$/)]).transform((w) => (w ? Number(w) : 0));

function dlError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Odd Unicode made harmless: normalised, no control characters except line breaks and tabs. */
export function cleanWebText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, "").trim();
}

/** The token of an `Authorization: Bearer …` header. */
export function bearer(req: Request | IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const m = typeof header === "string" ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1];
}

export function directLineRoutes(deps: DirectLineDeps): Router {
  const router = Router();
  const json = express.json({ limit: MAX_ACTIVITY_BYTES, type: () => true });

  // The conversation a request's token is bound to; answers 401/403 itself when there is none.
  const authorised = async (req: Request, res: Response, pathId?: string) => {
    const token = bearer(req);
    if (!token) return void dlError(res, 401, "Unauthorized", "A Bearer token is required.");
    const claims = deps.signer().verify(token, "dl", deps.now());
    if (!claims || typeof claims.s !== "string") return void dlError(res, 403, "TokenExpired", "The token is not valid or has expired.");
    if (pathId !== undefined && pathId !== claims.s) return void dlError(res, 403, "BadArgument", "The token is not valid for this conversation.");
    const binding = await webBinding(deps.sql, claims.s);
    // An anonymous visitor who has not written yet: a conversation with nothing stored in it.
    if (!binding && claims.l) return { webConversationId: claims.s, token, pendingLanguage: claims.l, participantId: undefined };
    if (!binding) return void dlError(res, 404, "BadArgument", "Conversation not found.");
    return { webConversationId: claims.s, token, pendingLanguage: undefined, ...binding };
  };
  // A reconnect asks with its watermark; the stream then starts after it.
  const streamUrl = (req: Request, webConversationId: string, token: string) => {
    const watermark = watermarkParam.safeParse(req.query.watermark);
    const from = watermark.success && watermark.data ? `&watermark=${watermark.data}` : "";
    return `${req.secure ? "wss" : "ws"}://${req.get("host")}${DIRECT_LINE_BASE}/conversations/${encodeURIComponent(webConversationId)}/stream?t=${encodeURIComponent(token)}${from}`;
  };

  router.use(DIRECT_LINE_BASE, (_req, res, next) => {
    res.set("cache-control", "no-store");
    next();
  });

  // With the deployment's secret (never in a browser): a token for a new anonymous conversation.
  const bySecret = (req: Request) => {
    const given = bearer(req);
    return Boolean(deps.secret && given && given.length === deps.secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(deps.secret)));
  };
  router.post(`${DIRECT_LINE_BASE}/tokens/generate`, async (req, res) => {
    if (!bySecret(req)) return dlError(res, 403, "Forbidden", "Generating a token needs the Direct Line secret.");
    const { webConversationId, pendingLanguage } = deps.newConversation();
    res.json({ conversationId: webConversationId, ...directLineToken(deps.signer(), webConversationId, deps.now(), pendingLanguage) });
  });

  router.post(`${DIRECT_LINE_BASE}/conversations`, async (req, res) => {
    if (bySecret(req)) {
      const { webConversationId, pendingLanguage } = deps.newConversation();
      const fresh = directLineToken(deps.signer(), webConversationId, deps.now(), pendingLanguage);
      return void res.status(201).json({ conversationId: webConversationId, ...fresh, streamUrl: streamUrl(req, webConversationId, fresh.token) });
    }
    const a = await authorised(req, res);
    if (!a) return;
    res.status(201).json({ conversationId: a.webConversationId, token: a.token, expires_in: expiresIn(deps, a.token), streamUrl: streamUrl(req, a.webConversationId, a.token) });
  });

  router.get(`${DIRECT_LINE_BASE}/conversations/:id`, async (req, res) => {
    const a = await authorised(req, res, String(req.params.id));
    if (!a) return;
    res.json({ conversationId: a.webConversationId, token: a.token, expires_in: expiresIn(deps, a.token), streamUrl: streamUrl(req, a.webConversationId, a.token) });
  });

  router.post(`${DIRECT_LINE_BASE}/tokens/refresh`, async (req, res) => {
    const a = await authorised(req, res);
    if (!a) return;
    const fresh = directLineToken(deps.signer(), a.webConversationId, deps.now(), a.pendingLanguage);
    res.json({ conversationId: a.webConversationId, ...fresh });
  });

  router.get(`${DIRECT_LINE_BASE}/conversations/:id/activities`, async (req, res) => {
    const a = await authorised(req, res, String(req.params.id));
    if (!a) return;
    const watermark = watermarkParam.safeParse(req.query.watermark);
    if (!watermark.success) return dlError(res, 400, "BadArgument", "watermark must be a number.");
    if (a.participantId === undefined) {
      const greeting = watermark.data === 0 ? [greetingActivity(a.webConversationId, deps.greeting(a.pendingLanguage!), deps.now())] : [];
      return void res.json({ activities: greeting, watermark: "0" });
    }
    const page = await activitiesAfter(deps.sql, a.webConversationId, a.participantId, watermark.data, deps.now());
    res.json({ activities: page.activities, watermark: String(page.watermark) });
  });

  router.post(`${DIRECT_LINE_BASE}/conversations/:id/activities`, async (req, res) => {
    const a = await authorised(req, res, String(req.params.id));
    if (!a) return;
    await new Promise<void>((resolve, reject) => json(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    const parsed = activityBody.safeParse(req.body);
    if (!parsed.success) return dlError(res, 400, "BadArgument", parsed.error.issues.map((i) => `${i.path.join(".") || "activity"}: ${i.message}`).join("; "));
    const activity = parsed.data;
    // Typing, events and joins are acknowledged; only messages are part of the conversation.
    if (activity.type !== "message") return void res.json({ id: `${a.webConversationId}|x${randomBytes(6).toString("hex")}` });
    const text = cleanWebText(activity.text ?? "");
    if (!text) return dlError(res, 400, "BadArgument", "A message needs text.");
    const clientId = activity.channelData?.clientActivityID ?? randomBytes(9).toString("base64url");
    // A visitor's first message is what makes them a participant.
    let participantId = a.participantId;
    if (participantId === undefined) {
      const made = await visitorBinding(deps.sql, deps.signer(), { s: a.webConversationId, l: a.pendingLanguage }, { teamSlug: deps.visitorTeamSlug, now: deps.now() });
      if (!made) return dlError(res, 404, "BadArgument", "Conversation not found.");
      participantId = made.participantId;
      deps.hub.promote(a.webConversationId, participantId);
    }
    const stored = await deps.core.receive({ channel: "webchat", providerId: `${a.webConversationId}/${clientId}`, from: "", participantId, body: text, receivedAt: deps.now() });
    res.json({ id: activityId(a.webConversationId, stored.messageId) });
  });

  router.post(`${DIRECT_LINE_BASE}/conversations/:id/upload`, async (req, res) => {
    const a = await authorised(req, res, String(req.params.id));
    if (!a) return;
    dlError(res, 400, "BadArgument", "Attachments are not supported in this chat.");
  });

  router.use(DIRECT_LINE_BASE, (_req, res) => dlError(res, 404, "NotFound", "Not a Direct Line endpoint."));
  // Body problems answer in Direct Line's error shape: too large or not JSON is a bad activity.
  router.use(DIRECT_LINE_BASE, (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (err as { type?: string }).type;
    if (type === "entity.too.large") return dlError(res, 400, "BadArgument", `An activity may be at most ${MAX_ACTIVITY_BYTES} bytes.`);
    if (type === "entity.parse.failed" || type === "encoding.unsupported" || type === "charset.unsupported") return dlError(res, 400, "BadArgument", "The activity is not valid JSON.");
    next(err);
  });
  return router;
}

function expiresIn(deps: DirectLineDeps, token: string): number {
  const claims = deps.signer().verify(token, "dl", deps.now());
  return claims ? Math.max(0, claims.exp - Math.floor(deps.now().getTime() / 1000)) : 0;
}

/** Handles WebSocket upgrades for `…/conversations/{id}/stream?t=…&watermark=…`; other upgrades are refused. */
export function directLineUpgrade(deps: DirectLineDeps): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const pattern = new RegExp(`^${DIRECT_LINE_BASE}/conversations/([^/?]+)/stream$`);
  const refuse = (socket: Duplex, status: number, text: string) => {
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  return (req, socket, head) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://local");
      const id = pattern.exec(url.pathname)?.[1];
      if (!id) return refuse(socket, 404, "Not Found");
      const token = url.searchParams.get("t") ?? bearer(req);
      const claims = token ? deps.signer().verify(token, "dl", deps.now()) : undefined;
      if (!claims || claims.s !== decodeURIComponent(id)) return refuse(socket, 403, "Forbidden");
      const binding = await webBinding(deps.sql, claims.s);
      const pendingLanguage = claims.l;
      if (!binding && pendingLanguage) {
        const greeting = greetingActivity(claims.s, deps.greeting(pendingLanguage), deps.now());
        return wss.handleUpgrade(req, socket, head, (ws) => deps.hub.attachPending(ws, claims.s as string, greeting));
      }
      if (!binding) return refuse(socket, 404, "Not Found");
      const watermark = watermarkParam.safeParse(url.searchParams.get("watermark") ?? undefined);
      wss.handleUpgrade(req, socket, head, (ws) => deps.hub.attach(ws, claims.s as string, binding.participantId, watermark.success ? watermark.data : 0));
    })().catch((err) => {
      deps.log.warn({ err: (err as Error).message }, "web chat stream upgrade failed");
      refuse(socket, 500, "Internal Server Error");
    });
  };
}
