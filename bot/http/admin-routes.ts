// Administration over HTTP (issue 19.7): staff accounts (admins), a team's name and settings (its team
// lead or an admin), the public one-time set-password link, and a staff member's own language. Thin:
// the rules live in bot/staff/administration.ts, password-links.ts and team-settings.ts.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../db/client.js";
import * as admin from "../staff/administration.js";
import { checkPasswordLink, SET_PASSWORD_PATH, setPasswordWithLink } from "../staff/password-links.js";
import { renameTeam, resetCadence } from "../staff/team-settings.js";
import type { StaffActor } from "../staff/staff-actor.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export interface AdminRoutesDeps {
  db: Db;
  now: () => Date;
  publicUrl: string;
  maxBodyBytes: number;
}

const id = z.coerce.number().int().positive().max(2 ** 31);
const webDir = path.resolve(import.meta.dirname, "../web/staff");

/** The set-password page and its two calls; no session (the link is the credential). */
export function mountPasswordLinkRoutes(router: Router, deps: AdminRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  router.get(SET_PASSWORD_PATH, (_req, res) => res.set("cache-control", "no-store").sendFile(path.join(webDir, "set-password.html")));
  router.post("/staff/api/password-link", json, async (req, res) => res.json(await checkPasswordLink(deps, req.body)));
  router.post("/staff/api/password", json, async (req, res) => res.json(await setPasswordWithLink(deps, req.body)));
}

export function mountAdminRoutes(authed: Router, route: (h: Handler) => RequestHandler, adminOnly: (h: Handler) => Handler, deps: AdminRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const staffId = (req: Request) => id.parse(req.params.id);
  const teamId = (req: Request) => id.parse(req.params.teamId);

  authed.put("/me/locale", json, route((req, _res, actor) => admin.chooseLocale(deps, actor, req.body)));

  authed.get("/admin/staff", route(adminOnly((_req, _res, actor) => admin.listStaff(deps, actor))));
  authed.post("/admin/staff", json, route(adminOnly((req, _res, actor) => admin.addStaff(deps, actor, req.body))));
  authed.post("/admin/staff/invitations", json, route(adminOnly((req, _res, actor) => admin.inviteStaff(deps, actor, req.body))));
  authed.put("/admin/staff/:id/role", json, route(adminOnly((req, _res, actor) => admin.changeStaffRole(deps, actor, staffId(req), req.body))));
  authed.post("/admin/staff/:id/disable", route(adminOnly((req, _res, actor) => admin.disableStaff(deps, actor, staffId(req)))));
  authed.post("/admin/staff/:id/enable", route(adminOnly((req, _res, actor) => admin.enableStaff(deps, actor, staffId(req)))));
  authed.post("/admin/staff/:id/password-link", route(adminOnly((req, _res, actor) => admin.resetLink(deps, actor, staffId(req)))));
  authed.post("/admin/teams", json, route(adminOnly((req, _res, actor) => admin.addTeam(deps, actor, req.body))));
  authed.post("/admin/participants/:id/team", json, route(adminOnly((req, _res, actor) => admin.moveParticipantToTeam(deps, actor, id.parse(req.params.id), req.body))));

  authed.put("/teams/:teamId/name", json, route((req, _res, actor) => renameTeam(deps, actor, teamId(req), req.body)));
  authed.delete("/teams/:teamId/cadences/:key", route((req, _res, actor) => resetCadence(deps, actor, teamId(req), String(req.params.key))));
}
