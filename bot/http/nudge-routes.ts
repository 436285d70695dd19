// Nudges, meetings, discharge, tasks, team cadences and outreach over HTTP, for the
// staff inbox and API clients. Thin: the rules live in bot/staff/nudge-admin.ts and bot/nudges/.
import express, { type Router, type RequestHandler } from "express";
import { z } from "zod";
import type { StaffActor } from "../staff/staff-actor.js";
import * as admin from "../staff/nudge-admin.js";
import * as discharge from "../staff/discharge.js";
import * as meetings from "../staff/meetings.js";
import * as outreach from "../staff/outreach.js";
import * as settings from "../staff/team-settings.js";
import * as tasks from "../staff/tasks.js";
import { onCallSettings, saveOnCall } from "../staff/on-call-settings.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import type { Request, Response } from "express";

type Handler = (req: Request, res: Response, actor: StaffActor) => Promise<unknown>;

export interface NudgeRoutesDeps extends meetings.MeetingDeps {
  followUpDays: number;
  defaultCountry: string;
  maxBodyBytes: number;
  optOuts?: ErasedOptOuts;
}

const id = z.coerce.number().int().positive().max(2 ** 31);
/** An outreach list may be larger than an ordinary request. */
const OUTREACH_BODY_BYTES = 768 * 1024;

export function mountNudgeRoutes(authed: Router, route: (h: Handler) => RequestHandler, deps: NudgeRoutesDeps): void {
  const json = express.json({ limit: deps.maxBodyBytes });
  const conv = (req: Request) => id.parse(req.params.id);

  authed.get("/conversations/:id/nudges", route((req, _res, actor) => admin.upcomingNudges(deps, actor, conv(req))));
  authed.post("/conversations/:id/nudges", json, route((req, _res, actor) => admin.addOneOff(deps, actor, conv(req), req.body)));
  authed.post("/conversations/:id/nudges/:nudgeId/cancel", route((req, _res, actor) => admin.cancelNudge(deps, actor, conv(req), id.parse(req.params.nudgeId))));
  authed.post("/conversations/:id/nudges/:nudgeId/move", json, route((req, _res, actor) => admin.moveNudge(deps, actor, conv(req), id.parse(req.params.nudgeId), req.body)));
  authed.post("/conversations/:id/schedules", json, route((req, _res, actor) => admin.addSchedule(deps, actor, conv(req), req.body)));
  authed.post("/conversations/:id/schedules/:scheduleId/stop", route((req, _res, actor) => admin.endSchedule(deps, actor, conv(req), id.parse(req.params.scheduleId))));
  authed.post("/conversations/:id/meetings", json, route((req, _res, actor) => meetings.addMeeting(deps, actor, conv(req), req.body)));
  authed.post("/conversations/:id/meetings/:meetingId/agreed", route((req, _res, actor) => meetings.confirmMeeting(deps, actor, conv(req), id.parse(req.params.meetingId))));
  authed.post("/conversations/:id/meetings/:meetingId/reschedule", route((req, _res, actor) => meetings.rescheduleRequested(deps, actor, conv(req), id.parse(req.params.meetingId))));
  // What "Vi ställde in" would send, for the page to show and ask before it goes.
  authed.get("/conversations/:id/meetings/:meetingId/cancel-notice", route((req, _res, actor) => meetings.cancelNoticePreview(deps, actor, conv(req), id.parse(req.params.meetingId))));
  authed.post("/conversations/:id/meetings/:meetingId/cancel", route((req, _res, actor) => meetings.cancelMeeting(deps, actor, conv(req), id.parse(req.params.meetingId))));
  authed.post("/conversations/:id/discharge", json, route((req, _res, actor) => discharge.discharge(deps, actor, conv(req), req.body)));

  authed.get("/tasks", route((req, _res, actor) => tasks.openTasks(deps, actor, req.query.teamId === undefined ? undefined : id.parse(req.query.teamId))));
  authed.post("/tasks/:taskId/done", route((req, _res, actor) => tasks.completeTask(deps, actor, id.parse(req.params.taskId))));

  authed.get("/teams/:teamId/nudge-settings", route((req, _res, actor) => settings.teamNudgeSettings(deps, actor, id.parse(req.params.teamId))));
  authed.put("/teams/:teamId/cadences/:key", json, route((req, _res, actor) => settings.saveCadence(deps, actor, id.parse(req.params.teamId), String(req.params.key), req.body)));
  authed.put("/teams/:teamId/office-hours", json, route((req, _res, actor) => settings.saveOfficeHours(deps, actor, id.parse(req.params.teamId), req.body)));
  authed.get("/teams/:teamId/on-call", route((req, _res, actor) => onCallSettings(deps, actor, id.parse(req.params.teamId))));
  authed.put("/teams/:teamId/on-call", json, route((req, _res, actor) => saveOnCall(deps, actor, id.parse(req.params.teamId), req.body)));
  authed.put("/teams/:teamId/quiet-hours", json, route((req, _res, actor) => settings.saveQuietHours(deps, actor, id.parse(req.params.teamId), req.body)));

  const outreachJson = express.json({ limit: OUTREACH_BODY_BYTES });
  authed.post("/outreach/check", outreachJson, route((req, _res, actor) => outreach.outreach(deps, actor, req.body, { dryRun: true })));
  authed.post("/outreach/import", outreachJson, route((req, _res, actor) => outreach.outreach(deps, actor, req.body, { dryRun: false })));
}
