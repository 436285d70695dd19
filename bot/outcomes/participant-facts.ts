// The facts a funder's report counts, kept per participant: birth year (or only an age band), gender,
// enrolment date, how they came to the team, and a guardian's contact for a minor where the team's
// routine asks for one. Each is optional and entered by staff on the profile; the bot never asks them
// as a form. Team-bound and audited (field names only, never the values). The discharge date and
// outcome are shown beside them, read-only: the discharge form writes those.
import { DateTime } from "luxon";
import { z } from "zod";
import type { Db } from "../db/client.js";
import type { Sql } from "../db/sql.js";
import { participantFactsRow, saveParticipantFacts, type FactsChange, type FactsRow } from "../db/participant-facts.js";
import { authoriseConversation } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { OutcomeError } from "./outcome-error.js";

const ZONE = "Europe/Stockholm";

export const genders = ["woman", "man", "other", "undisclosed"] as const;
export const ageBands = ["u18", "18-20", "21-24", "25+"] as const;
export const referralSources = ["kaa", "employment-service", "social-services", "school", "family-friend", "self", "outreach-list"] as const;

export const factsBody = z.object({
  birthYear: z.number().int().nullable().optional(),
  ageBand: z.enum(ageBands).nullable().optional(),
  gender: z.enum(genders).nullable().optional(),
  enrolledOn: z.iso.date().nullable().optional(),
  referralSource: z.enum(referralSources).nullable().optional(),
  guardianContact: z.string().trim().max(200).nullable().optional(),
}).strict();

export interface FactsDeps {
  db: Db;
  sql: Sql;
  now: () => Date;
}

/** The age reached this year, from the birth year; null without one. */
const ageThisYear = (birthYear: number | null, now: Date) => (birthYear === null ? null : DateTime.fromJSDate(now, { zone: ZONE }).year - birthYear);

function view(row: FactsRow, now: Date) {
  const age = ageThisYear(row.birthYear, now);
  const minor = age !== null ? age < 18 : row.ageBand === "u18";
  return {
    birthYear: row.birthYear,
    ageBand: row.ageBand,
    gender: row.gender,
    enrolledOn: row.enrolledAt ? DateTime.fromJSDate(row.enrolledAt, { zone: ZONE }).toISODate() : null,
    // Without an enrolment date, reports count from the day the participant came to Tillit.
    enrolledOnDefault: DateTime.fromJSDate(row.createdAt, { zone: ZONE }).toISODate(),
    referralSource: row.referralSource,
    guardianContact: row.guardianContact,
    guardianContactAsked: row.guardianContactRequired && minor,
    dischargedAt: row.dischargedAt?.toISOString() ?? null,
    dischargeOutcome: row.dischargeOutcome,
  };
}

export async function participantFacts(deps: FactsDeps, actor: StaffActor, conversationId: number) {
  const { participant } = await authoriseConversation(deps, actor, conversationId, "participant.facts-viewed");
  return view((await participantFactsRow(deps.sql, participant.id))!, deps.now());
}

export async function updateParticipantFacts(deps: FactsDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = factsBody.parse(body);
  const now = deps.now();
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf("day");
  if (input.birthYear != null && (input.birthYear > today.year || input.birthYear < today.year - 100)) throw new OutcomeError("birth-year-out-of-range");
  const enrolled = input.enrolledOn ? DateTime.fromISO(input.enrolledOn, { zone: ZONE }).startOf("day") : (input.enrolledOn as null | undefined);
  if (enrolled && enrolled > today) throw new OutcomeError("in-the-future");
  const { participant } = await authoriseConversation(deps, actor, conversationId, "participant.facts-changed", { grantAudited: false });
  const change: FactsChange = {
    birthYear: input.birthYear,
    ageBand: input.ageBand,
    gender: input.gender,
    enrolledAt: enrolled === undefined ? undefined : enrolled === null ? null : enrolled.toJSDate(),
    referralSource: input.referralSource,
    guardianContact: input.guardianContact === undefined ? undefined : input.guardianContact || null,
  };
  const fields = await saveParticipantFacts(deps.sql, participant.id, change, now);
  await auditStaff(deps.db, now, actor, { action: "participant.facts-changed", subjectType: "participant", subjectId: participant.id, teamId: participant.teamId, details: { fields } });
  return view((await participantFactsRow(deps.sql, participant.id))!, now);
}
