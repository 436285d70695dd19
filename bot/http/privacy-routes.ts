// Erasure requests, registerutdrag (export), retention due dates and holds over HTTP, for the staff
// inbox. Thin: the rules live in bot/privacy/.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import { carryOutErasure, openErasureRequests, registerErasureRequest, rejectErasureRequest, type ErasureDeps } from "../privacy/erasure-requests.js";
import { exportParticipant } from "../privacy/export-participant.js";
import { renderExportDocument } from "../privacy/export-document.js";
import { dueForErasure, holdRecord, releaseHold, type HoldDeps } from "../privacy/retention-holds.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export type PrivacyRoutesDeps = ErasureDeps & HoldDeps & { maxBodyBytes: number };

const id = z.coerce.number().int().positive().max(2 ** 31);
const days = z.coerce.number().int().min(1).max(366).default(30);

export function mountPrivacyRoutes(authed: Router, route: (h: Handler) => RequestHandler, deps: PrivacyRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const param = (req: Request, name: string) => id.parse(req.params[name]);

  authed.get("/erasure-requests", route((_req, _res, actor) => openErasureRequests(deps, actor)));
  authed.post("/participants/:id/erasure-requests", route((req, _res, actor) => registerErasureRequest(deps, actor, param(req, "id"))));
  authed.post("/erasure-requests/:id/carry-out", route(async (req, _res, actor) => {
    const { rows, optOutKept } = await carryOutErasure(deps, actor, param(req, "id"));
    return { erased: true, rows, optOutKept };
  }));
  authed.post("/erasure-requests/:id/decline", json, route((req, _res, actor) => rejectErasureRequest(deps, actor, param(req, "id"), req.body)));

  authed.get("/participants/:id/export.json", route(async (req, res, actor) => {
    const data = await exportParticipant(deps, actor, param(req, "id"), "json");
    res.set("content-disposition", `attachment; filename="registerutdrag-${String(data.participant.id)}.json"`).json(data);
  }));
  authed.get("/participants/:id/export.html", route(async (req, res, actor) => {
    const data = await exportParticipant(deps, actor, param(req, "id"), "html");
    res.set({
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "content-disposition": `inline; filename="registerutdrag-${String(data.participant.id)}.html"`,
    });
    res.type("html").send(renderExportDocument(data));
  }));

  authed.get("/retention/due", route((req, _res, actor) => dueForErasure(deps, actor, days.parse(req.query.days))));
  authed.post("/participants/:id/retention-hold", json, route((req, _res, actor) => holdRecord(deps, actor, param(req, "id"), req.body)));
  authed.post("/participants/:id/retention-hold/release", route((req, _res, actor) => releaseHold(deps, actor, param(req, "id"))));
}
