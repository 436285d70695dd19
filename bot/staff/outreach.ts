// Outreach to a list of numbers: checked first (a dry run shows every problem line), then imported.
import { z } from "zod";
import { checkOutreachCsv, importOutreach, type OutreachCheck } from "../nudges/outreach-import.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import { auditStaff } from "./audit.js";
import { type StaffActor } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";
import { type NudgeAdminDeps } from "./nudge-admin.js";
import { requireTeam } from "./team-settings.js";

export const outreachInput = z.object({
  teamId: z.number().int().positive(),
  csv: z.string().min(1).max(512 * 1024),
  // Without it, any problem line stops the whole import: fix the file and send it again.
  skipProblemLines: z.boolean().default(false),
});

export class OutreachRejected extends DomainError {
  constructor(readonly report: OutreachCheck) {
    super("unprocessable", "problem_lines", { extra: { accepted: report.accepted.length, known: report.known, errors: report.errors } });
  }
}

export async function outreach(deps: NudgeAdminDeps & { followUpDays: number; defaultCountry: string; optOuts?: ErasedOptOuts }, actor: StaffActor, body: unknown, opts: { dryRun: boolean }) {
  const input = outreachInput.parse(body);
  await requireTeam(deps, actor, input.teamId);
  const report = await checkOutreachCsv(deps.sql, input.csv, deps.defaultCountry, { teamId: input.teamId, optOuts: deps.optOuts });
  const summary = { accepted: report.accepted.length, known: report.known, errors: report.errors };
  // Asking whether numbers are known is itself a look into the register: audited, counts only.
  const counts = { lines: report.accepted.length + report.known.length + report.errors.length, known: report.known.filter((k) => k.problem === "already-known").length, notContactable: report.known.filter((k) => k.problem === "not-contactable").length };
  await auditStaff(deps.db, deps.now(), actor, { action: "outreach.checked", subjectType: "team", subjectId: input.teamId, teamId: input.teamId, details: counts });
  if (opts.dryRun) return { ...summary, imported: 0 };
  if (report.errors.length && !input.skipProblemLines) throw new OutreachRejected(report);
  const { imported } = await importOutreach(deps.sql, report.accepted, { teamId: input.teamId, createdById: actor.id, followUpDays: deps.followUpDays }, deps.now());
  await auditStaff(deps.db, deps.now(), actor, { action: "outreach.imported", subjectType: "team", subjectId: input.teamId, teamId: input.teamId, details: { imported, problemLines: report.errors.length, known: report.known.length } });
  return { ...summary, imported };
}
