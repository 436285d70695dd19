// Outreach to a list: the municipality's list of young people outside school, as CSV (phone, and
// optionally a name). Every line is checked first and problems are reported by line number; then
// the accepted lines are imported in one transaction, so a failure leaves nothing half-imported.
// Each new contact gets a first, low-pressure SMS; with no answer, one gentle follow-up; with still
// no answer, a task for a coordinator (call, send a letter, visit).
import { parse } from "csv-parse/sync";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { insertOutreachContact, teamsOfPhones } from "../db/participants.js";
import { toE164 } from "../domain/phone.js";
import { allowedTime, insertNudge, timingFor } from "./schedule-nudges.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import { DomainError } from "../domain/domain-error.js";

export const MAX_OUTREACH_LINES = 5000;
const MAX_NAME = 40;

// already-known: a participant of the importing team. not-contactable: known to another team, or a
// number erased after STOPP; which of the two is not said (no team learns about another's participants).
export type LineProblem = "invalid-number" | "duplicate-in-file" | "already-known" | "not-contactable" | "name-too-long" | "malformed-line";

export interface OutreachLine {
  line: number;
  phone: string;
  name: string | null;
}

export interface OutreachCheck {
  accepted: OutreachLine[];
  /** Numbers already in Tillit (or erased after STOPP): never contacted by an import. */
  known: { line: number; problem: "already-known" | "not-contactable" }[];
  errors: { line: number; problem: Exclude<LineProblem, "already-known" | "not-contactable">; value?: string }[];
}

/** Whose lists these are: the "already known" answer is given for this team's participants only. */
export interface OutreachScope {
  teamId: number;
  optOuts?: ErasedOptOuts;
}

export class OutreachFileError extends DomainError {
  constructor(message: string) {
    super("invalid", "unreadable_file", { detail: message });
  }
}

/** Parses and checks the file without writing anything. */
export async function checkOutreachCsv(sql: SqlExecutor, csv: string, defaultCountry: string, scope: OutreachScope): Promise<OutreachCheck> {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, { bom: true, delimiter: [",", ";", "\t"], relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new OutreachFileError(line ? `The file could not be read at line ${line} (check quotes).` : "The file could not be read as CSV.");
  }
  if (rows.length > MAX_OUTREACH_LINES + 1) throw new OutreachFileError(`At most ${MAX_OUTREACH_LINES} lines per import.`);
  const result: OutreachCheck = { accepted: [], known: [], errors: [] };
  const seen = new Map<string, number>();
  for (const [index, { record, info }] of rows.entries()) {
    const [rawPhone = "", rawName = ""] = record;
    // A header line ("telefon;namn", "phone,name") is allowed as the first line.
    if (index === 0 && /^(tel|telefon|telefonnummer|nummer|mobil|mobilnummer|phone|phone number|number|mobile)$/i.test(rawPhone)) continue;
    if (record.length > 2) {
      result.errors.push({ line: info.lines, problem: "malformed-line" });
      continue;
    }
    const phone = toE164(rawPhone, defaultCountry);
    if (!phone) {
      result.errors.push({ line: info.lines, problem: "invalid-number", value: rawPhone.slice(0, 30) });
      continue;
    }
    const name = rawName.normalize("NFC").replace(/[\p{Cc}\p{Cf}<>]/gu, "").trim() || null;
    if (name && [...name].length > MAX_NAME) {
      result.errors.push({ line: info.lines, problem: "name-too-long" });
      continue;
    }
    if (seen.has(phone)) {
      result.errors.push({ line: info.lines, problem: "duplicate-in-file", value: `line ${seen.get(phone)}` });
      continue;
    }
    seen.set(phone, info.lines);
    result.accepted.push({ line: info.lines, phone, name });
  }
  if (result.accepted.length) {
    const phones = result.accepted.map((a) => a.phone);
    const known = new Map<string, OutreachCheck["known"][number]["problem"]>();
    for (let i = 0; i < phones.length; i += 500) {
      const chunk = phones.slice(i, i + 500);
      for (const r of await teamsOfPhones(sql, chunk)) {
        known.set(r.phone, r.teamId !== null && r.teamId === scope.teamId ? "already-known" : "not-contactable");
      }
    }
    if (scope.optOuts) for (const phone of phones) if (!known.has(phone) && (await scope.optOuts.has(sql, phone))) known.set(phone, "not-contactable");
    result.known = result.accepted.filter((a) => known.has(a.phone)).map((a) => ({ line: a.line, problem: known.get(a.phone)! }));
    result.accepted = result.accepted.filter((a) => !known.has(a.phone));
  }
  return result;
}

export interface OutreachImport {
  teamId: number;
  createdById: number;
  /** Days without an answer before the gentle follow-up; the coordinator's task comes as long again after it. */
  followUpDays: number;
}

/** Imports the accepted lines, all or nothing. A number that became known meanwhile is skipped. */
export async function importOutreach(sql: Sql, lines: OutreachLine[], opts: OutreachImport, now: Date): Promise<{ imported: number; participantIds: number[] }> {
  return sql.transaction(async (tx) => {
    const participantIds: number[] = [];
    for (const l of lines) {
      const participantId = await insertOutreachContact(tx, { phone: l.phone, name: l.name, teamId: opts.teamId, now });
      if (participantId === undefined) continue;
      const timing = await timingFor(tx, participantId);
      const followUp = new Date(now.getTime() + opts.followUpDays * 86_400_000);
      const task = new Date(now.getTime() + 2 * opts.followUpDays * 86_400_000);
      const common = { participantId, createdById: opts.createdById };
      await insertNudge(tx, { ...common, kind: "outreach", dueAt: allowedTime(now, timing), copyKey: "outreach.first" }, now);
      await insertNudge(tx, { ...common, kind: "outreach-follow-up", dueAt: allowedTime(followUp, timing), copyKey: "outreach.followUp", cancelIfAnswered: true }, now);
      await insertNudge(tx, { ...common, kind: "outreach-task", dueAt: task, cancelIfAnswered: true }, now);
      participantIds.push(participantId);
    }
    return { imported: participantIds.length, participantIds };
  });
}
