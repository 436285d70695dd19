// Canned replies over HTTP (issue 19.5). Thin: the rules live in bot/staff/canned-replies.ts.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import * as canned from "../staff/canned-replies.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

const id = z.coerce.number().int().positive().max(2 ** 31);

export function mountCannedReplyRoutes(authed: Router, route: (h: Handler) => RequestHandler, deps: canned.CannedReplyDeps & { maxBodyBytes: number }): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const team = (req: Request) => id.parse(req.params.teamId);
  authed.get("/teams/:teamId/canned-replies", route((req, _res, actor) => canned.teamCannedReplies(deps, actor, team(req))));
  authed.post("/teams/:teamId/canned-replies", json, route((req, _res, actor) => canned.createCannedReply(deps, actor, team(req), req.body)));
  authed.put("/teams/:teamId/canned-replies/:replyId", json, route((req, _res, actor) => canned.changeCannedReply(deps, actor, team(req), id.parse(req.params.replyId), req.body)));
  authed.delete("/teams/:teamId/canned-replies/:replyId", route((req, _res, actor) => canned.removeCannedReply(deps, actor, team(req), id.parse(req.params.replyId))));
  authed.get("/conversations/:id/canned-replies", route((req, _res, actor) => canned.cannedRepliesFor(deps, actor, id.parse(req.params.id))));
}
