// The staff inbox over HTTP: the page, sign-in, the prioritised list, a conversation and its
// profile, take over / reply / hand back / assign / notes, live updates (server-sent events) and
// account administration. Thin: every rule lives in bot/staff/.
import express, { Router, type NextFunction, type Request, type Response } from "express";
import path from "node:path";
import { z, ZodError } from "zod";
import type { Sql } from "../db/sql.js";
import type { EventBus } from "../events.js";
import type { Logger } from "../log.js";
import { AccessDeniedError } from "../staff/access.js";
import { AccountError, createStaff, createTeam } from "../staff/accounts.js";
import { auditStaff } from "../staff/audit.js";
import { participantProfile, viewConversation } from "../staff/conversation-view.js";
import { addNote, assignConversation, handBack, HandoffError, replyAsCoordinator, takeOver } from "../staff/handoff.js";
import { listConversations, listQuery } from "../staff/inbox-list.js";
import { LoginThrottle } from "../staff/login-throttle.js";
import { verifyPassword } from "../staff/passwords.js";
import { closeSession, openSession } from "../staff/sessions.js";
import { canSeeTeam, type StaffActor } from "../staff/staff-actor.js";
import { summarizeConversation } from "../summarize-conversation.js";
import type { LanguageModel } from "../language-model/language-model.js";
import { sendError } from "./errors.js";
import { mountNudgeRoutes } from "./nudge-routes.js";
import { mountPlanRoutes } from "./plan-routes.js";
import { PlanError, planErrorStatus } from "../plans/plan-error.js";
import { NudgeError, OutreachRejected } from "../staff/nudge-admin.js";
import { OutreachFileError } from "../nudges/outreach-import.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import type { TokenSigner } from "../webchat/tokens.js";
import { confirmWebPhone, inviteToWebChat } from "../staff/web-links.js";
import { PhoneLinkError } from "../webchat/phone-link.js";
import { OnCallError } from "../staff/on-call-settings.js";
import { mountSafetyLabelRoutes } from "./safety-label-routes.js";
import { clearSessionCookie, requireCsrf, requireStaff, sameOrigin, setSessionCookie, staffSession, type StaffAuthDeps } from "./staff-auth.js";
import { mountPrivacyRoutes } from "./privacy-routes.js";
import { PrivacyError } from "../privacy/privacy-access.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import type { RetentionSettings } from "../privacy/retention.js";

export interface StaffRoutesDeps extends StaffAuthDeps {
  sql: Sql;
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
}

const webDir = path.resolve(import.meta.dirname, "../web/staff");
const loginBody = z.object({ email: z.string().trim().max(200), password: z.string().max(200) });
const textBody = z.object({ text: z.string().max(10_000) });
const assignBody = z.object({ staffId: z.number().int().positive().nullable() });
const idParam = z.coerce.number().int().positive().max(2 ** 31);

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export function staffRoutes(d: StaffRoutesDeps): Router {
  const router = Router();
  const json = express.json({ limit: d.maxBodyBytes });
  const handoffDeps = { db: d.db, sql: d.sql, events: d.events, now: d.now };

  router.get("/staff", (_req, res) => res.set("cache-control", "no-store").sendFile(path.join(webDir, "index.html")));
  router.use("/staff/assets", express.static(webDir, { index: false, maxAge: 0 }));
  router.use("/staff/api", sameOrigin(d), (_req, res, next) => {
    res.set("cache-control", "no-store");
    next();
  });

  router.post("/staff/api/login", json, async (req, res, next) => {
    try {
      const parsed = loginBody.safeParse(req.body);
      if (!parsed.success) return sendError(res, 400, "invalid_request");
      const { email, password } = parsed.data;
      const address = req.ip ?? "unknown";
      const now = d.now();
      const gate = await d.throttle.begin(email, address, now);
      if (!gate.allowed) {
        res.set("retry-after", String(gate.retryAfterSeconds));
        return sendError(res, 429, "too_many_attempts");
      }
      const staff = await d.db.staffUser.findUnique({ where: { email: email.toLowerCase() } });
      const ok = (await verifyPassword(staff?.passwordHash ?? null, password)) && staff !== null && staff.disabledAt === null;
      await gate.finish(ok);
      if (!ok || !staff) {
        if (staff) await auditStaff(d.db, now, staff, { action: "staff.sign-in-failed", subjectType: "staff", subjectId: staff.id });
        return sendError(res, 401, "wrong_email_or_password");
      }
      const { token, csrfToken } = await openSession(d.db, staff.id, now, d.sessions);
      await auditStaff(d.db, now, staff, { action: "staff.signed-in", subjectType: "staff", subjectId: staff.id });
      setSessionCookie(res, d, token);
      res.json({ csrfToken });
    } catch (err) {
      next(err);
    }
  });

  const authed = Router();
  authed.use(requireStaff(d), requireCsrf());
  const route = (handler: Handler) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const result = await handler(req, res, staffSession(res).actor);
      if (!res.headersSent) res.json(result ?? { ok: true });
    } catch (err) {
      if (err instanceof AccessDeniedError) return sendError(res, 404, "not_found");
      if (err instanceof HandoffError) return sendError(res, ["opted-out", "not-taken-over"].includes(err.reason) ? 409 : 400, err.reason);
      if (err instanceof ZodError) return sendError(res, 400, "invalid_request", err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      if (err instanceof AccountError) return sendError(res, 409, "conflict", err.message);
      if (err instanceof NudgeError) return sendError(res, err.reason === "not-allowed" ? 403 : ["opted-out", "not-scheduled"].includes(err.reason) ? 409 : 400, err.reason);
      if (err instanceof PlanError) return sendError(res, planErrorStatus(err.reason), err.reason);
      if (err instanceof OutreachRejected) return res.status(422).json({ error: "problem_lines", accepted: err.report.accepted.length, known: err.report.known, errors: err.report.errors });
      if (err instanceof PhoneLinkError) return sendError(res, 409, err.reason);
      if (err instanceof OnCallError) return sendError(res, err.reason === "not-allowed" ? 403 : 400, err.reason);
      if (err instanceof OutreachFileError) return sendError(res, 400, "unreadable_file", err.message);
      // A row that vanished between the check and the write (Prisma P2025) is missing, not a server fault.
      if ((err as { code?: unknown }).code === "P2025") return sendError(res, 404, "not_found");
      if (err instanceof PrivacyError) return sendError(res, err.reason === "teamlead-only" ? 403 : 409, err.reason.replace("-", "_"));
      next(err);
    }
  };
  const adminOnly = (handler: Handler): Handler => async (req, res, actor) => {
    if (actor.role !== "admin") return sendError(res, 403, "admin_only");
    return handler(req, res, actor);
  };
  const conversationId = (req: Request) => idParam.parse(req.params.id);

  authed.post("/logout", route(async (_req, res, actor) => {
    await closeSession(d.db, staffSession(res).sessionId);
    await auditStaff(d.db, d.now(), actor, { action: "staff.signed-out", subjectType: "staff", subjectId: actor.id });
    clearSessionCookie(res, d);
  }));
  authed.get("/me", route(async (_req, res, actor) => {
    const teams = await d.db.team.findMany({ where: actor.role === "admin" ? {} : { id: { in: actor.teamIds } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, isDemo: true } });
    return { me: { id: actor.id, email: actor.email, displayName: actor.displayName, firstName: actor.firstName, role: actor.role }, teams, csrfToken: staffSession(res).csrfToken };
  }));
  authed.get("/conversations", route(async (req, _res, actor) => {
    const query = listQuery.parse(req.query);
    const page = await listConversations(d.sql, actor, query, d.now(), d.takeoverIdleMs);
    await auditStaff(d.db, d.now(), actor, {
      action: query.q ? "inbox.searched" : "inbox.listed", subjectType: "inbox", subjectId: query.teamId ?? "visible-teams",
      details: { scope: query.scope, status: query.status, rows: page.rows.length, conversationIds: page.rows.map((r) => r.conversationId) },
    });
    const [queued] = await d.sql.query(
      `SELECT (SELECT COUNT(*) FROM "OutboxItem" WHERE "status" IN ('pending', 'sending')) AS "outbox",
              (SELECT COUNT(*) FROM "Nudge" WHERE "status" IN ('scheduled', 'claimed') AND "dueAt" <= ?) AS "due"`,
      [d.now()],
    );
    return { ...page, outboxQueued: Number(queued?.outbox ?? 0), nudgesDue: Number(queued?.due ?? 0) };
  }));
  authed.get("/conversations/:id", route((req, _res, actor) => {
    const before = req.query.before === undefined ? undefined : idParam.parse(req.query.before);
    return viewConversation(d, actor, conversationId(req), { beforeMessageId: before });
  }));
  authed.get("/conversations/:id/profile", route((req, _res, actor) => participantProfile(d, actor, conversationId(req))));
  authed.post("/conversations/:id/takeover", route((req, _res, actor) => takeOver(handoffDeps, actor, conversationId(req))));
  authed.post("/conversations/:id/handback", route((req, _res, actor) => handBack(handoffDeps, actor, conversationId(req))));
  authed.post("/conversations/:id/reply", json, route((req, _res, actor) => replyAsCoordinator(handoffDeps, actor, conversationId(req), textBody.parse(req.body).text)));
  authed.post("/conversations/:id/notes", json, route((req, _res, actor) => addNote(handoffDeps, actor, conversationId(req), textBody.parse(req.body).text)));
  authed.post("/conversations/:id/assign", json, route((req, _res, actor) => assignConversation(handoffDeps, actor, conversationId(req), assignBody.parse(req.body).staffId)));
  authed.post("/conversations/:id/summary", route(async (req, _res, actor) => {
    const id = conversationId(req);
    await viewConversation(d, actor, id); // authorises and audits the read the summary is made from
    return { summary: (await summarizeConversation({ db: d.db, languageModel: d.languageModel, now: d.now }, id)) ?? null, available: Boolean(d.languageModel) };
  }));
  authed.get("/team-members", route(async (req, res, actor) => {
    const teamId = idParam.parse(req.query.teamId);
    if (!canSeeTeam(actor, teamId)) return sendError(res, 404, "not_found");
    const members = await d.db.staffUser.findMany({ where: { disabledAt: null, memberships: { some: { teamId } } }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true, role: true } });
    return { members };
  }));
  authed.get("/events", (req, res) => streamEvents(d, req, res));
  const webLinks = { db: d.db, sql: d.sql, events: d.events, now: d.now, signer: d.webSigner, publicUrl: d.publicUrl };
  authed.post("/conversations/:id/web-invite", route((req, _res, actor) => inviteToWebChat(webLinks, actor, conversationId(req))));
  authed.post("/conversations/:id/phone-link/confirm", route((req, _res, actor) => confirmWebPhone(webLinks, actor, conversationId(req))));
  mountSafetyLabelRoutes(authed, route, adminOnly, { db: d.db, now: d.now, maxBodyBytes: d.maxBodyBytes });
  mountNudgeRoutes(authed, route, { db: d.db, sql: d.sql, nudges: d.nudges, now: d.now, followUpDays: d.outreachFollowUpDays, defaultCountry: d.defaultCountry, maxBodyBytes: d.maxBodyBytes, optOuts: d.optOuts });
  mountPlanRoutes(authed, route, { db: d.db, sql: d.sql, now: d.now, maxBodyBytes: d.maxBodyBytes });
  mountPrivacyRoutes(authed, route, { db: d.db, sql: d.sql, events: d.events, now: d.now, optOuts: d.optOuts, retention: d.retention, maxBodyBytes: d.maxBodyBytes });

  // Administration: admins only.
  authed.get("/admin/staff", route(adminOnly(async (_req, _res, actor) => {
    await auditStaff(d.db, d.now(), actor, { action: "staff.listed", subjectType: "staff", subjectId: "all" });
    const staff = await d.db.staffUser.findMany({ orderBy: { email: "asc" }, include: { memberships: { include: { team: { select: { slug: true } } } } } });
    return { staff: staff.map((s) => ({ id: s.id, email: s.email, displayName: s.displayName, role: s.role, disabled: s.disabledAt !== null, slackUserId: s.slackUserId, teams: s.memberships.map((m) => m.team.slug) })) };
  })));
  authed.post("/admin/staff", json, route(adminOnly(async (req, _res, actor) => {
    const created = await createStaff(d.db, req.body);
    await auditStaff(d.db, d.now(), actor, { action: "staff.created", subjectType: "staff", subjectId: created.id });
    return { id: created.id };
  })));
  authed.post("/admin/staff/:id/disable", route(adminOnly(async (req, _res, actor) => {
    const id = idParam.parse(req.params.id);
    if (!(await d.db.staffUser.findUnique({ where: { id }, select: { id: true } }))) throw new AccessDeniedError("staff");
    await d.db.staffUser.update({ where: { id }, data: { disabledAt: d.now(), sessions: { deleteMany: {} } } });
    await auditStaff(d.db, d.now(), actor, { action: "staff.disabled", subjectType: "staff", subjectId: id });
  })));
  authed.post("/admin/teams", json, route(adminOnly(async (req, _res, actor) => {
    const team = await createTeam(d.db, req.body);
    await auditStaff(d.db, d.now(), actor, { action: "team.created", subjectType: "team", subjectId: team.id, teamId: team.id });
    return { id: team.id };
  })));
  authed.post("/admin/participants/:id/team", json, route(adminOnly(async (req, _res, actor) => {
    const participantId = idParam.parse(req.params.id);
    const { teamId } = z.object({ teamId: z.number().int().positive() }).parse(req.body);
    const [participant, team] = await Promise.all([
      d.db.participant.findUnique({ where: { id: participantId }, select: { id: true } }),
      d.db.team.findUnique({ where: { id: teamId }, select: { id: true } }),
    ]);
    if (!participant || !team) throw new AccessDeniedError(participant ? "team" : "participant");
    await d.db.participant.update({ where: { id: participantId }, data: { teamId, coordinatorId: null } });
    await auditStaff(d.db, d.now(), actor, { action: "participant.team-changed", subjectType: "participant", subjectId: participantId, teamId });
  })));

  router.use("/staff/api", authed);
  router.use("/staff/api", (_req, res) => sendError(res, 404, "not_found"));
  return router;
}

/**
 * Live updates: which conversation changed and how, never its content, and only for conversations
 * the staff member may see. The page then fetches what it shows through the audited endpoints.
 */
function streamEvents(d: StaffRoutesDeps, req: Request, res: Response): void {
  const actor = staffSession(res).actor;
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
  res.write(": connected\n\n");
  const visible = async (participantId: number) => {
    if (actor.role === "admin") return true;
    const p = await d.db.participant.findUnique({ where: { id: participantId }, select: { teamId: true } });
    return p !== null && canSeeTeam(actor, p.teamId);
  };
  const send = (kind: string, e: { conversationId: number; participantId: number }) => {
    visible(e.participantId)
      .then((ok) => ok && !res.writableEnded && res.write(`event: conversation\ndata: ${JSON.stringify({ kind, conversationId: e.conversationId })}\n\n`))
      .catch((err: unknown) => d.log.warn({ err: (err as Error).message }, "staff event stream lookup failed"));
  };
  const offs = [
    d.events.onShared("message.stored", (e) => send("message", e)),
    d.events.onShared("message.status-changed", (e) => send("delivery", e)),
    d.events.onShared("conversation.status-changed", (e) => send("status", e)),
    d.events.onShared("conversation.updated", (e) => send("updated", e)),
    d.events.onShared("conversation.crisis-flagged", (e) => send("crisis", e)),
    d.events.onShared("conversation.concern-flagged", (e) => send("concern", e)),
    d.events.onShared("conversation.idle", (e) => send("idle", e)),
  ];
  const keepAlive = setInterval(() => res.write(": ping\n\n"), 25_000);
  req.on("close", () => {
    offs.forEach((off) => off());
    clearInterval(keepAlive);
  });
}
