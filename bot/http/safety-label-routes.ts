// Staff labels on participants' messages (missed signal, false alarm) and the admin's export of the
// labelled set. Thin: the rules live in bot/staff/safety-labels.ts.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import { conversationLabels, exportSafetyLabels, setSafetyLabel, type LabelDeps } from "../staff/safety-labels.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;
const id = z.coerce.number().int().positive().max(2 ** 31);

export function mountSafetyLabelRoutes(
  authed: Router,
  route: (h: Handler) => RequestHandler,
  adminOnly: (h: Handler) => Handler,
  deps: LabelDeps & { maxBodyBytes: number },
): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  authed.get("/conversations/:id/safety-labels", route((req, _res, actor) => conversationLabels(deps, actor, id.parse(req.params.id))));
  authed.post("/conversations/:id/messages/:messageId/safety-label", json, route((req, _res, actor) => setSafetyLabel(deps, actor, id.parse(req.params.id), id.parse(req.params.messageId), req.body)));
  authed.get("/admin/safety-labels", route(adminOnly(async (req, res, actor) => {
    const teamId = req.query.teamId === undefined ? undefined : id.parse(req.query.teamId);
    const body = await exportSafetyLabels(deps.db, actor, deps.now(), teamId);
    res.set({ "content-type": "application/x-ndjson; charset=utf-8", "content-disposition": `attachment; filename="tillit-safety-labels.jsonl"` }).send(body);
  })));
}
