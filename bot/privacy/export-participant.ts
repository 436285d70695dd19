// Registerutdrag (GDPR art. 15): everything Tillit holds about one participant, table by table, with
// who on the staff has read the record (from the audit log). For team leads of the participant's team
// and admins; every export is audited. The JSON is complete: every table either has its rows here or
// is listed in TABLES_WITHOUT_PARTICIPANT_DATA with the reason.
import type { Db } from "../db/client.js";
import { inboxListingsOf, participantRecord, staffNames } from "../db/participant-record.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { authoriseParticipant, type PrivacyDeps } from "./privacy-access.js";

export const EXPORT_FORMAT = "tillit-registerutdrag/1";

/** Tables that never hold anything about a participant, and why. */
export const TABLES_WITHOUT_PARTICIPANT_DATA: Record<string, string> = {
  Team: "Teamen; namnet på deltagarens team står under Participant.",
  StaffUser: "Personalens konton; namn på den personal som skrivit eller läst står i utdraget.",
  StaffMembership: "Vilken personal som hör till vilket team.",
  StaffSession: "Personalens inloggningar.",
  LoginAttempt: "Personalens inloggningsförsök (nycklade hashar).",
  StaffPasswordToken: "Engångslänkar för personalens lösenord (bara hashar).",
  CadenceTemplate: "Teamens mallar för uppföljning.",
  CannedReply: "Teamens färdiga svar; när ett används står texten som personalens meddelande under Message.",
  ServiceSecret: "Tjänstens egna nycklar.",
  RetentionRun: "När gallringen kördes, bara antal.",
  ErasedOptOut: "Nycklade hashar av raderade nummer som skrivit STOPP; kan inte kopplas till en deltagare.",
  HealthProbe: "En skrivprovning för tjänstens hälsokontroll.",
};

/** Secrets that are useless to the participant and must not leave the service. */
const secretColumns = new Set(["resumeHash", "tokenHash", "codeHash"]);

type Row = Record<string, unknown>;

export interface StaffRead {
  staff: string;
  role: string;
  action: string;
  times: number;
  first: Date;
  last: Date;
}

export interface ParticipantExport {
  format: typeof EXPORT_FORMAT;
  generatedAt: Date;
  generatedBy: string;
  participant: Row & { team: string | null; coordinator: string | null };
  tables: Record<string, Row[]>;
  staffReads: StaffRead[];
  tablesWithoutParticipantData: Record<string, string>;
}

export async function exportParticipant(deps: PrivacyDeps, actor: StaffActor, participantId: number, format: "json" | "html"): Promise<ParticipantExport> {
  await authoriseParticipant(deps, actor, participantId, "participant.exported", { leadOnly: true, details: { format } });
  return { ...(await collectParticipantData(deps.db, participantId, deps.now())), generatedBy: actor.displayName };
}

export async function collectParticipantData(db: Db, participantId: number, now: Date): Promise<Omit<ParticipantExport, "generatedBy">> {
  const { participant: p, conversations, tables: stored } = await participantRecord(db, participantId);
  const tables: Record<string, Row[]> = {};
  for (const [model, rows] of Object.entries(stored)) tables[model] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !secretColumns.has(k))));
  const { team, coordinator, ...participant } = p;
  return {
    format: EXPORT_FORMAT,
    generatedAt: now,
    participant: { ...participant, team: team?.name ?? null, coordinator: coordinator?.displayName ?? null },
    tables,
    staffReads: await staffReads(db, tables.AuditLog!, conversations),
    tablesWithoutParticipantData: TABLES_WITHOUT_PARTICIPANT_DATA,
  };
}

/** Who on the staff opened the record (conversation, profile, export) or saw it in the inbox list. */
async function staffReads(db: Db, audit: Row[], conversations: number[]): Promise<StaffRead[]> {
  const listed = await inboxListingsOf(db, conversations);
  const rows = [...audit.filter((a) => a.actorKind === "staff"), ...listed];
  const staffIds = [...new Set(rows.map((r) => Number(r.actorId)))];
  const staff = new Map((await staffNames(db, staffIds)).map((s) => [s.id, s]));
  const reads = new Map<string, StaffRead>();
  for (const r of rows) {
    const who = staff.get(Number(r.actorId));
    const key = `${String(r.actorId)}\u0000${String(r.action)}`;
    const at = r.at as Date;
    const seen = reads.get(key);
    if (seen) {
      seen.times++;
      if (at < seen.first) seen.first = at;
      if (at > seen.last) seen.last = at;
    } else {
      reads.set(key, { staff: who?.displayName ?? `Personal ${String(r.actorId)}`, role: who?.role ?? "okänd", action: String(r.action), times: 1, first: at, last: at });
    }
  }
  return [...reads.values()].sort((a, b) => a.first.getTime() - b.first.getTime());
}
