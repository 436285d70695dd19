// The participant's plan over HTTP, for the staff inbox and API clients: action plan (and its
// history), steps 1-5 and the team's step criteria, meeting outcomes and history. Thin: the rules
// live in bot/plans/.
import express, { type Request, type RequestHandler, type Response, type Router } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import type { EventBus } from "../infrastructure/events.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import * as plans from "../plans/action-plan.js";
import * as steps from "../plans/steps.js";
import * as meetings from "../plans/meeting-outcomes.js";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export interface PlanRoutesDeps extends plans.PlanDeps {
  maxBodyBytes: number;
  /** A meeting's outcome can end a conversation's wait for a person: the inbox hears of it. */
  events: EventBus;
  /** A meeting the team cancelled is said to the young person (bot/staff/meetings.ts). */
  nudges: NudgeScheduler;
}

const id = z.coerce.number().int().positive().max(2 ** 31);

export function mountPlanRoutes(authed: Router, route: (h: Handler) => RequestHandler, deps: PlanRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const conv = (req: Request) => id.parse(req.params.id);

  authed.get("/conversations/:id/action-plan", route((req, _res, actor) => plans.planHistory(deps, actor, conv(req))));
  authed.post("/conversations/:id/action-plan", json, route((req, _res, actor) => plans.savePlan(deps, actor, conv(req), req.body)));
  authed.get("/conversations/:id/step", route((req, _res, actor) => steps.stepHistory(deps, actor, conv(req))));
  authed.post("/conversations/:id/step", json, route((req, _res, actor) => steps.setStep(deps, actor, conv(req), req.body)));
  authed.get("/conversations/:id/meetings", route((req, _res, actor) => meetings.meetingHistory(deps, actor, conv(req))));
  authed.post("/conversations/:id/meetings/:meetingId/outcome", json, route((req, _res, actor) => meetings.recordOutcome(deps, actor, conv(req), id.parse(req.params.meetingId), req.body)));
  authed.get("/teams/:teamId/step-criteria", route((req, _res, actor) => steps.stepCriteria(deps, actor, id.parse(req.params.teamId))));
  authed.put("/teams/:teamId/step-criteria", json, route((req, _res, actor) => steps.saveStepCriteria(deps, actor, id.parse(req.params.teamId), req.body)));
}
