// `npm run bench:reports [-- --runs 20]`: the team lead's outcome dashboard on the inbox benchmark's
// data (100,000 participants over 10 teams, 5,000,000 messages: `npm run bench:inbox` builds it), to
// which this adds a year of outcome history per participant (facts, steps, meetings, nudges, requests
// for a person with the coordinator's reply, exit self-ratings). The copy is kept beside the inbox
// database and reused. Prints the server time of the dashboard (the domain call, then over HTTP with
// the session check, the audit write and JSON) and of the CSV export, with the load average.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../bot/db/client.js";
import { sqliteReportReaders } from "../../bot/db/report-readers.js";
import { applyMigrations } from "../../bot/db/migrate.js";
import { outcomeCsv, outcomeDashboard } from "../../bot/outcomes/dashboard.js";
import type { StaffActor } from "../../bot/staff/staff-actor.js";
import { openSession } from "../../bot/staff/sessions.js";
import { createTillit } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const runs = Number(values.runs);
const now = new Date("2026-11-24T12:00:00Z");
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const inboxFile = path.join(tmpdir(), "tillit-bench-inbox", "inbox-v2-100000-5000000.db");
const file = path.join(tmpdir(), "tillit-bench-inbox", "reports-v2-100000-5000000.db");
if (!existsSync(inboxFile)) throw new Error(`run \`npm run bench:inbox\` first: it builds ${inboxFile}`);

if (!existsSync(file)) {
  const building = `${file}.building`;
  rmSync(building, { force: true });
  copyFileSync(inboxFile, building);
  applyMigrations(`file:${building}`);
  const db = new Database(building);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  const started = performance.now();
  const genders = ["woman", "woman", "woman", "woman", "man", "man", "man", "man", "other", "undisclosed"];
  const sources = ["kaa", "employment-service", "social-services", "school", "family-friend", "self", "outreach-list"];
  const outcomes = ["work", "studies", "other-activity", "moved", "no-contact"];
  const people = db.prepare(`SELECT "id", "createdAt" FROM "Participant" ORDER BY "id"`).all() as { id: number; createdAt: string }[];
  const setFacts = db.prepare(`UPDATE "Participant" SET "gender" = ?, "birthYear" = ?, "ageBand" = ?, "enrolledAt" = ?, "referralSource" = ?, "dischargedAt" = ?, "dischargeOutcome" = ?, "status" = ? WHERE "id" = ?`);
  const step = db.prepare(`INSERT INTO "ParticipantStep" ("participantId", "step", "note", "reachedAt", "setById", "createdAt") VALUES (?, ?, 'bench', ?, 1, ?)`);
  const meeting = db.prepare(`INSERT INTO "Meeting" ("participantId", "coordinatorId", "startsAt", "status", "outcome", "createdAt", "updatedAt") VALUES (?, 1, ?, ?, ?, ?, ?)`);
  const nudge = db.prepare(`INSERT INTO "Nudge" ("participantId", "kind", "dueAt", "status", "outcome", "processedAt", "createdAt") VALUES (?, 'dialog', ?, 'sent', 'sent', ?, ?)`);
  const rating = db.prepare(`INSERT INTO "SelfRating" ("participantId", "batteryId", "statement", "score", "kind", "createdAt") VALUES (?, ?, ?, ?, 'exit', ?)`);
  const asked = db.prepare(`INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "details") VALUES (?, 'participant', ?, 'conversation.handoff-requested', 'conversation', ?, '{"reason":"asked"}')`);
  const reply = db.prepare(`INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "authorStaffId", "body", "status", "createdAt") VALUES (?, ?, 'out', 'sms', 'coordinator', 1, 'Hej, det är jag som läser.', 'delivered', ?)`);
  db.transaction(() => {
    for (const p of people) {
      const id = p.id;
      // Teams are id % 10, so the mix inside one team varies with k.
      const k = Math.floor(id / 10);
      const created = Date.parse(p.createdAt);
      const discharged = k % 5 === 0 && created + 200 * DAY < now.getTime() ? created + 200 * DAY : null;
      setFacts.run(genders[k % 10], k % 7 === 0 ? null : 2000 + (k % 10), k % 7 === 0 ? "21-24" : null, k % 2 ? iso(created) : null, sources[k % 7],
        discharged === null ? null : iso(discharged), discharged === null ? null : outcomes[k % 5], discharged === null ? "active" : "discharged", id);
      for (let s = 1; s <= k % 6; s++) {
        const at = created + s * 40 * DAY;
        if (at < now.getTime()) step.run(id, s, iso(at), iso(at));
      }
      const m = created + (20 + (k % 90)) * DAY;
      if (m < now.getTime()) meeting.run(id, iso(m), k % 3 === 0 ? "cancelled" : "confirmed", k % 3 === 0 ? "cancelled" : k % 3 === 1 ? "attended" : "no-show", iso(m - 7 * DAY), iso(m));
      for (let k = 1; k <= 3; k++) {
        const at = created + k * 30 * DAY;
        if (at < now.getTime()) nudge.run(id, iso(at), iso(at), iso(at - DAY));
      }
      if (discharged !== null) {
        ["readiness", "physicalHealth", "mentalHealth", "dailyRoutine", "socialContacts", "futureConfidence"].forEach((statement, i) => rating.run(id, `exit-${id}`, statement, 3 + ((k + i) % 8), iso(discharged + DAY)));
      }
      if (k % 10 === 0) {
        const at = created + 15 * DAY;
        asked.run(iso(at), id, String(id));
        reply.run(id, id, iso(at + (k % 48) * 3_600_000));
      }
    }
  })();
  db.close();
  renameSync(building, file);
  process.stderr.write(`built ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

applyMigrations(`file:${file}`);
{
  const db = new Database(file);
  // Copies built before SelfRating.kind: their discharge batteries are the exit ratings the figures read.
  db.prepare(`UPDATE "SelfRating" SET "kind" = 'exit' WHERE "kind" IS NULL AND "batteryId" LIKE 'exit-%'`).run();
  // Tillit never runs ANALYZE, so its databases have no planner statistics; neither does this copy
  // (statistics from the build would also leave out every index added since).
  if (db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get()) db.exec(`DELETE FROM sqlite_stat1`);
  db.close();
}
const { prisma: db, sql } = openDatabase(`file:${file}`);
const lead: StaffActor = { id: 3, email: "l@bench", displayName: "Lead", firstName: "L", role: "teamlead", teamIds: [1] };
const coordinator: StaffActor = { id: 1, email: "c@bench", displayName: "Coordinator", firstName: "C", role: "coordinator", teamIds: [1] };
const admin: StaffActor = { id: 2, email: "a@bench", displayName: "Admin", firstName: "A", role: "admin", teamIds: [] };
await sql.execute(`INSERT INTO "StaffUser" ("id", "email", "displayName", "firstName", "role", "createdAt") SELECT 3, 'l@bench', 'Lead', 'L', 'teamlead', ? WHERE NOT EXISTS (SELECT 1 FROM "StaffUser" WHERE "id" = 3)`, [now]);
await sql.execute(`INSERT INTO "StaffMembership" ("staffId", "teamId") SELECT 3, 1 WHERE NOT EXISTS (SELECT 1 FROM "StaffMembership" WHERE "staffId" = 3)`);
// As the running service reads them: on two reader connections in worker threads.
const readers = sqliteReportReaders(file);
const deps = { db, sql, now: () => now, reports: () => readers };
const twelveMonths = { from: "2025-12-01", to: "2026-11-24" };

async function measure(label: string, fn: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await fn(); // warm the page cache and statement caches
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // Wall time is what a team lead waits; CPU time is this process's own work (SQLite runs in it), which
  // a machine shared by others does not inflate as much.
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const pick = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!.toFixed(0);
  console.log(`${label.padEnd(50)} wall p50 ${pick(times, 0.5).padStart(5)} ms  p90 ${pick(times, 0.9).padStart(5)} ms  max ${times.at(-1)!.toFixed(0).padStart(5)} ms | cpu p50 ${pick(cpu, 0.5).padStart(4)} ms | load ${loadavg()[0]!.toFixed(1)}`);
}

const counts = await sql.query(`SELECT (SELECT COUNT(*) FROM "Participant") AS p, (SELECT COUNT(*) FROM "Message") AS m, (SELECT COUNT(*) FROM "Participant" WHERE "teamId" = 1) AS t, (SELECT COUNT(*) FROM "ParticipantStep") AS s`);
console.log(`database: ${counts[0]!.p} participants (${counts[0]!.t} in team 1), ${counts[0]!.m} messages, ${counts[0]!.s} steps (${file})`);
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${(await import("node:os")).cpus().length} cores`);
await measure("dashboard, team lead, team of 10,000, 12 months", () => outcomeDashboard(deps, lead, 1, twelveMonths));
await measure("dashboard, admin, same team, 6 months", () => outcomeDashboard(deps, admin, 1, { from: "2026-06-01", to: "2026-11-24" }));
await measure("dashboard, coordinator's caseload, 12 months", () => outcomeDashboard(deps, coordinator, 1, twelveMonths));
await measure("CSV export, team lead, 12 months", () => outcomeCsv(deps, lead, 1, twelveMonths));
await readers.close();
await db.$disconnect();

const tillit = createTillit(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", DEMO_DATA: "off", RETENTION_RUN_HOUR: "23" }), { now: () => now });
const { port } = await tillit.start();
const { token } = await openSession(tillit.db, lead.id, now, { idleMs: 3_600_000, absoluteMs: 3_600_000 });
const get = async (p: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/staff/api${p}`, { headers: { cookie: `tillit_staff=${token}` } });
  if (!res.ok) throw new Error(`${p}: ${res.status}`);
  await res.arrayBuffer();
};
await measure("HTTP: dashboard, team lead, 12 months", () => get("/teams/1/outcomes?from=2025-12-01&to=2026-11-24"));
await measure("HTTP: CSV export, team lead, 12 months", () => get("/teams/1/outcomes.csv?from=2025-12-01&to=2026-11-24"));
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
await tillit.stop();
