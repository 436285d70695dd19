// The staff inbox over HTTP: the page, sign-in, the prioritised list, a conversation and its
// profile, take over / reply / hand back / assign / notes, a consent given to a coordinator, live
// updates (server-sent events) and account administration. Thin: every rule lives in bot/staff/.
import express, { Router, type Request, type Response } from "express";
import path from "node:path";
import { z } from "zod";
import type { Sql, SqlExecutor } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Logger } from "../infrastructure/log.js";
import { participantProfile, viewConversation } from "../staff/conversation-view.js";
import { addNote, assignConversation, handBack, replyAsCoordinator, takeOver } from "../staff/handoff.js";
import { LoginThrottle } from "../staff/login-throttle.js";
import { type StaffActor } from "../staff/staff-actor.js";
import { summarizeConversation } from "../language-model/summarize-conversation.js";
import type { LanguageModel } from "../language-model/language-model.js";
import { sendError } from "./errors.js";
import { OFFICE_ZONE } from "../domain/office-hours.js";
import { mountNudgeRoutes } from "./nudge-routes.js";
import { mountPlanRoutes } from "./plan-routes.js";
import { mountCannedReplyRoutes } from "./canned-reply-routes.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import type { TokenSigner } from "../webchat/tokens.js";
import { confirmWebPhone, inviteToWebChat } from "../staff/web-links.js";
import { mountSafetyLabelRoutes } from "./safety-label-routes.js";
import { clearSessionCookie, requireCsrf, requireStaff, sameOrigin, setSessionCookie, staffSession, type StaffAuthDeps } from "./staff-auth.js";
import { mountPrivacyRoutes } from "./privacy-routes.js";
import { mountOutcomeRoutes } from "./outcome-routes.js";
import { mayFollowParticipant, teamMembers, visibleTeams } from "../staff/administration.js";
import { mountAdminRoutes, mountPasswordLinkRoutes } from "./admin-routes.js";
import { signIn, signOut } from "../staff/sign-in.js";
import { closeConversation, snoozeConversation } from "../staff/resolve.js";
import { recordConsentByStaff } from "../staff/record-consent.js";
import { PresenceBoard } from "../staff/presence.js";
import { inboxPage } from "../staff/inbox-page.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import type { RetentionSettings } from "../privacy/retention.js";
import type { Locales } from "../infrastructure/i18n.js";

export interface StaffRoutesDeps extends StaffAuthDeps {
  sql: Sql;
  /** Where reports read (outcome figures); `sql` when absent. */
  reportSql?: () => SqlExecutor;
  events: EventBus;
  log: Logger;
  maxBodyBytes: number;
  takeoverIdleMs: number;
  throttle: LoginThrottle;
  languageModel?: LanguageModel;
  /** Sends a coordinator's meeting proposal at once. */
  nudges: NudgeScheduler;
  /** Signs web chat invitation links. */
  webSigner: () => TokenSigner;
  outreachFollowUpDays: number;
  defaultCountry: string;
  optOuts: ErasedOptOuts;
  retention: RetentionSettings;
  locales: Locales;
}

const webDir = path.resolve(import.meta.dirname, "../web/staff");
const loginBody = z.object({ email: z.string().trim().max(200), password: z.string().max(200) });
const textBody = z.object({ text: z.string().max(10_000) });
const assignBody = z.object({ staffId: z.number().int().positive().nullable() });
// `anyway`: the coordinator was told the young person's last message is unanswered and hands back all the same.
const handBackBody = z.object({ anyway: z.boolean().optional() });
const idParam = z.coerce.number().int().positive().max(2 ** 31);

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export function staffRoutes(deps: StaffRoutesDeps): Router {
  const router = Router();
  const json = express.json({ limit: deps.maxBodyBytes });
  const handoffDeps = { db: deps.db, sql: deps.sql, events: deps.events, now: deps.now, locales: deps.locales, nudges: deps.nudges };
  const presence = new PresenceBoard({ sql: deps.sql, events: deps.events, now: deps.now });

  router.get("/staff", (_req, res) => res.set("cache-control", "no-store").sendFile(path.join(webDir, "index.html")));
  router.use("/staff/assets", express.static(webDir, { index: false, maxAge: 0 }));
  router.use("/staff/api", sameOrigin(deps), (_req, res, next) => {
    res.set("cache-control", "no-store");
    next();
  });

  mountPasswordLinkRoutes(router, { db: deps.db, now: deps.now, publicUrl: deps.publicUrl, maxBodyBytes: deps.maxBodyBytes });
  router.post("/staff/api/login", json, async (req, res) => {
    const parsed = loginBody.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, "invalid_request");
    const result = await signIn(deps, parsed.data, req.ip ?? "unknown");
    if (result.kind === "throttled") {
      res.set("retry-after", String(result.retryAfterSeconds));
      return sendError(res, 429, "too_many_attempts");
    }
    if (result.kind === "wrong-email-or-password") return sendError(res, 401, "wrong_email_or_password");
    setSessionCookie(res, deps, result.token);
    res.json({ csrfToken: result.csrfToken });
  });

  const authed = Router();
  authed.use(requireStaff(deps), requireCsrf());
  // A handler's result is the JSON answer; a refusal it throws is mapped in errors.ts.
  const route = (handler: Handler) => async (req: Request, res: Response) => {
    const result = await handler(req, res, staffSession(res).actor);
    if (!res.headersSent) res.json(result ?? { ok: true });
  };
  const adminOnly = (handler: Handler): Handler => async (req, res, actor) => {
    if (actor.role !== "admin") return sendError(res, 403, "admin_only");
    return handler(req, res, actor);
  };
  const conversationId = (req: Request) => idParam.parse(req.params.id);

  authed.post("/logout", route(async (_req, res, actor) => {
    await signOut(deps, actor, staffSession(res).sessionId);
    clearSessionCookie(res, deps);
  }));
  authed.get("/me", route(async (_req, res, actor) => {
    const teams = await visibleTeams(deps, actor);
    // summaries: whether a language model is configured, so the page offers "Sammanfatta" only when it can do something.
    // timeZone: the team's, in which the page shows and reads every time (never the browser's own clock).
    return { me: { id: actor.id, email: actor.email, displayName: actor.displayName, firstName: actor.firstName, role: actor.role, locale: actor.locale ?? "sv" }, teams, csrfToken: staffSession(res).csrfToken, summaries: Boolean(deps.languageModel), timeZone: OFFICE_ZONE };
  }));
  authed.get("/conversations", route((req, _res, actor) => inboxPage(deps, actor, req.query)));
  authed.get("/conversations/:id", route((req, _res, actor) => {
    const before = req.query.before === undefined ? undefined : idParam.parse(req.query.before);
    return viewConversation(deps, actor, conversationId(req), { beforeMessageId: before });
  }));
  authed.get("/conversations/:id/profile", route((req, _res, actor) => participantProfile(deps, actor, conversationId(req))));
  authed.post("/conversations/:id/takeover", route((req, _res, actor) => takeOver(handoffDeps, actor, conversationId(req))));
  authed.post("/conversations/:id/handback", json, route((req, _res, actor) =>
    handBack(handoffDeps, actor, conversationId(req), { unanswered: handBackBody.parse(req.body ?? {}).anyway ? "hand-back" : "ask" })));
  authed.post("/conversations/:id/reply", json, route((req, _res, actor) => replyAsCoordinator(handoffDeps, actor, conversationId(req), textBody.parse(req.body).text)));
  authed.post("/conversations/:id/notes", json, route((req, _res, actor) => addNote(handoffDeps, actor, conversationId(req), textBody.parse(req.body).text)));
  authed.post("/conversations/:id/assign", json, route((req, _res, actor) => assignConversation(handoffDeps, actor, conversationId(req), assignBody.parse(req.body).staffId)));
  authed.post("/conversations/:id/summary", route(async (req, _res, actor) => {
    const id = conversationId(req);
    await viewConversation(deps, actor, id); // authorises and audits the read the summary is made from
    return { summary: (await summarizeConversation({ db: deps.db, languageModel: deps.languageModel, now: deps.now }, id)) ?? null, available: Boolean(deps.languageModel) };
  }));
  authed.post("/conversations/:id/consent", json, route((req, _res, actor) => recordConsentByStaff(handoffDeps, actor, conversationId(req), req.body)));
  authed.post("/conversations/:id/close", route((req, _res, actor) => closeConversation(handoffDeps, actor, conversationId(req))));
  authed.post("/conversations/:id/snooze", json, route((req, _res, actor) => snoozeConversation(handoffDeps, actor, conversationId(req), req.body)));
  authed.post("/conversations/:id/presence", json, route((req, _res, actor) => presence.here(actor, conversationId(req), req.body)));
  authed.get("/team-members", route((req, _res, actor) => teamMembers(deps, actor, idParam.parse(req.query.teamId))));
  authed.get("/events", (req, res) => streamEvents(deps, presence, req, res));
  const webLinks = { db: deps.db, sql: deps.sql, events: deps.events, now: deps.now, signer: deps.webSigner, publicUrl: deps.publicUrl };
  authed.post("/conversations/:id/web-invite", route((req, _res, actor) => inviteToWebChat(webLinks, actor, conversationId(req))));
  authed.post("/conversations/:id/phone-link/confirm", route((req, _res, actor) => confirmWebPhone(webLinks, actor, conversationId(req))));
  mountSafetyLabelRoutes(authed, route, adminOnly, { db: deps.db, sql: deps.sql, events: deps.events, now: deps.now, maxBodyBytes: deps.maxBodyBytes });
  mountNudgeRoutes(authed, route, { db: deps.db, sql: deps.sql, nudges: deps.nudges, events: deps.events, locales: deps.locales, now: deps.now, followUpDays: deps.outreachFollowUpDays, defaultCountry: deps.defaultCountry, maxBodyBytes: deps.maxBodyBytes, optOuts: deps.optOuts });
  mountPlanRoutes(authed, route, { db: deps.db, sql: deps.sql, events: deps.events, nudges: deps.nudges, now: deps.now, maxBodyBytes: deps.maxBodyBytes });
  mountCannedReplyRoutes(authed, route, { db: deps.db, now: deps.now, maxBodyBytes: deps.maxBodyBytes });
  mountOutcomeRoutes(authed, route, { db: deps.db, sql: deps.sql, now: deps.now, reports: deps.reportSql, maxBodyBytes: deps.maxBodyBytes });
  mountPrivacyRoutes(authed, route, { db: deps.db, sql: deps.sql, events: deps.events, now: deps.now, optOuts: deps.optOuts, retention: deps.retention, maxBodyBytes: deps.maxBodyBytes });

  mountAdminRoutes(authed, route, adminOnly, { db: deps.db, now: deps.now, publicUrl: deps.publicUrl, maxBodyBytes: deps.maxBodyBytes });

  router.use("/staff/api", authed);
  router.use("/staff/api", (_req, res) => sendError(res, 404, "not_found"));
  return router;
}

/**
 * Live updates: which conversation changed and how, never its content, and only for conversations
 * the staff member may see. The page then fetches what it shows through the audited endpoints.
 */
function streamEvents(deps: StaffRoutesDeps, presence: PresenceBoard, req: Request, res: Response): void {
  const actor = staffSession(res).actor;
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
  res.write(": connected\n\n");
  const visible = (participantId: number) => mayFollowParticipant(deps, actor, participantId);
  const send = (kind: string, e: { conversationId: number; participantId: number; status?: string }) => {
    const data = { kind, conversationId: e.conversationId, ...(e.status ? { status: e.status } : {}) };
    visible(e.participantId)
      .then((ok) => ok && !res.writableEnded && res.write(`event: conversation\ndata: ${JSON.stringify(data)}\n\n`))
      .catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, "staff event stream lookup failed"));
  };
  const offs = [
    deps.events.onShared("message.stored", (e) => send("message", e)),
    deps.events.onShared("message.status-changed", (e) => send("delivery", e)),
    deps.events.onShared("conversation.status-changed", (e) => send("status", e)),
    deps.events.onShared("conversation.updated", (e) => send("updated", e)),
    deps.events.onShared("conversation.crisis-flagged", (e) => send("crisis", e)),
    deps.events.onShared("conversation.concern-flagged", (e) => send("concern", e)),
    deps.events.onShared("conversation.idle", (e) => send("idle", e)),
    // Colleagues in a conversation: their first names and whether they type, never to themselves.
    deps.events.onShared("staff.presence", (e) => {
      if (e.staffId === actor.id) return;
      visible(e.participantId)
        .then((ok) => ok && !res.writableEnded && res.write(`event: presence\ndata: ${JSON.stringify({ conversationId: e.conversationId, people: presence.others(e.conversationId, actor.id) })}\n\n`))
        .catch(() => undefined);
    }),
  ];
  const keepAlive = setInterval(() => res.write(": ping\n\n"), 25_000);
  req.on("close", () => {
    offs.forEach((off) => off());
    clearInterval(keepAlive);
  });
}
