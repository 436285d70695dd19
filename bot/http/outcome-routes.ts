// Outcomes over HTTP: a team's dashboard figures and their CSV export, the team's outcome settings
// (targets, guardian routine), and a participant's facts on the profile. Thin: the rules live in
// bot/outcomes/.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import { outcomeCsv, outcomeDashboard, outcomeSettings, saveOutcomeSettings, type OutcomeDeps } from "../outcomes/dashboard.js";
import { participantFacts, updateParticipantFacts } from "../outcomes/participant-facts.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export interface OutcomeRoutesDeps extends OutcomeDeps {
  maxBodyBytes: number;
}

const id = z.coerce.number().int().positive().max(2 ** 31);

export function mountOutcomeRoutes(authed: Router, route: (h: Handler) => RequestHandler, deps: OutcomeRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const team = (req: Request) => id.parse(req.params.teamId);

  authed.get("/teams/:teamId/outcomes", route((req, _res, actor) => outcomeDashboard(deps, actor, team(req), req.query)));
  authed.get("/teams/:teamId/outcomes.csv", route(async (req, res, actor) => {
    const csv = await outcomeCsv(deps, actor, team(req), req.query);
    res.type("text/csv; charset=utf-8").set("content-disposition", `attachment; filename="${csv.filename}"`).send(csv.body);
  }));
  authed.get("/teams/:teamId/outcome-settings", route((req, _res, actor) => outcomeSettings(deps, actor, team(req))));
  authed.put("/teams/:teamId/outcome-settings", json, route((req, _res, actor) => saveOutcomeSettings(deps, actor, team(req), req.body)));
  authed.get("/conversations/:id/facts", route((req, _res, actor) => participantFacts(deps, actor, id.parse(req.params.id))));
  authed.put("/conversations/:id/facts", json, route((req, _res, actor) => updateParticipantFacts(deps, actor, id.parse(req.params.id), req.body)));
}
