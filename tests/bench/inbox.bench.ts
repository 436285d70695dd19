// `npm run bench:inbox [-- --participants 100000 --messages 5000000 --runs 200]`: fills a SQLite
// database with a municipality's worth of conversations (spread over 10 teams, some in crisis, some
// waiting, some taken over), then measures the server time of the staff inbox's two hot reads, the
// first page of the prioritised list and a conversation view, as a coordinator of one team and as an
// admin. The filled database is kept in the temp directory and reused by later runs of the same size.
import Database from "better-sqlite3";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../bot/db/client.js";
import { applyMigrations } from "../../bot/db/migrate.js";
import { listConversations, listQuery } from "../../bot/staff/inbox-list.js";
import { viewConversation } from "../../bot/staff/conversation-view.js";
import type { StaffActor } from "../../bot/staff/staff-actor.js";
import { openSession } from "../../bot/staff/sessions.js";
import { createTillit } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";

const { values } = parseArgs({ options: { participants: { type: "string", default: "100000" }, messages: { type: "string", default: "5000000" }, runs: { type: "string", default: "200" } } });
const participants = Number(values.participants);
const messages = Number(values.messages);
const runs = Number(values.runs);
const TEAMS = 10;
const now = new Date("2026-11-24T12:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

const dir = path.join(tmpdir(), "tillit-bench-inbox");
mkdirSync(dir, { recursive: true });
// v3: crises carry the audit entries that raised them (the crisis rows are ordered and quoted by them since session 26).
const file = path.join(dir, `inbox-v3-${participants}-${messages}.db`);

if (!existsSync(file)) {
  const building = `${file}.building`;
  rmSync(building, { force: true });
  applyMigrations(`file:${building}`);
  const db = new Database(building);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  const started = performance.now();
  db.transaction(() => {
    for (let t = 1; t <= TEAMS; t++) db.prepare(`INSERT INTO "Team" ("id", "slug", "name") VALUES (?, ?, ?)`).run(t, `team-${t}`, `Team ${t}`);
    db.prepare(`INSERT INTO "StaffUser" ("id", "email", "displayName", "firstName", "role") VALUES (1, 'c@bench', 'Coordinator', 'C', 'coordinator'), (2, 'a@bench', 'Admin', 'A', 'admin')`).run();
    db.prepare(`INSERT INTO "StaffMembership" ("staffId", "teamId") VALUES (1, 1)`).run();
  })();
  const insertParticipant = db.prepare(`INSERT INTO "Participant" ("id", "phone", "preferredName", "language", "status", "teamId", "coordinatorId", "createdAt", "updatedAt") VALUES (?, ?, ?, 'sv', 'active', ?, ?, ?, ?)`);
  const insertConversation = db.prepare(
    `INSERT INTO "Conversation" ("id", "participantId", "status", "priority", "handoffReason", "assigneeId", "waitingSince", "takenOverAt", "lastStaffReplyAt", "lastInboundAt", "lastMessageAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Inbound messages are already processed (processedAt), as in a running system: nothing to recover.
  const insertMessage = db.prepare(`INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "status", "createdAt", "processedAt") VALUES (?, ?, ?, 'sms', ?, ?, ?, ?, ?)`);
  // A crisis as the screen leaves it: the flag's audit entry names the message that raised it, which the inbox quotes and
  // orders the crisis rows by (bot/db/audit.ts standingFlagRaisers, bot/domain/crisis-acuity.ts).
  const insertFlag = db.prepare(`INSERT INTO "AuditLog" ("at", "actorKind", "action", "subjectType", "subjectId", "teamId", "details") VALUES (?, 'system', 'conversation.crisis-flagged', 'conversation', ?, ?, ?)`);
  const perConversation = Math.floor(messages / participants);
  const start = now.getTime() - 365 * 86_400_000;
  const batch = 2000;
  for (let first = 1; first <= participants; first += batch) {
    db.transaction(() => {
      for (let id = first; id < first + batch && id <= participants; id++) {
        const team = (id % TEAMS) + 1;
        const created = start + (id % 300) * 86_400_000;
        const last = created + perConversation * 3_600_000 + (id % 997) * 60_000;
        const roll = id % 1000;
        const status = roll < 5 ? "waiting" : roll < 25 ? "waiting" : roll < 55 ? "human" : roll < 60 ? "closed" : "bot";
        const priority = roll < 5 ? "crisis" : "normal";
        insertParticipant.run(id, `+4670${String(id).padStart(7, "0")}`, `Deltagare ${id}`, team, team === 1 ? 1 : null, iso(created), iso(last));
        insertConversation.run(
          id, id, status, priority, status === "waiting" ? (priority === "crisis" ? "crisis:suicide" : "asked") : null, status === "human" ? 1 : null,
          status === "waiting" ? iso(last) : null, status === "human" ? iso(last - 7_200_000) : null, status === "human" && id % 2 ? iso(last - 3_600_000) : null,
          iso(last), iso(last), iso(created), iso(last),
        );
        let lastInbound = 0;
        for (let m = 0; m < perConversation; m++) {
          const inbound = m % 2 === 1;
          const row = insertMessage.run(id, id, inbound ? "in" : "out", inbound ? "participant" : "bot", inbound ? "ok, det låter bra tycker jag" : "Hej! Hur är dagen idag, på en skala 1–10?", inbound ? "processed" : "delivered", iso(created + m * 3_600_000), inbound ? iso(created + m * 3_600_000) : null);
          if (inbound) lastInbound = Number(row.lastInsertRowid);
        }
        if (priority === "crisis" && lastInbound) insertFlag.run(iso(last), String(id), team, JSON.stringify({ messageId: lastInbound, categories: ["suicide"] }));
      }
    })();
    if (first % 20_000 === 1) process.stderr.write(`  filled ${first - 1 + batch} / ${participants} participants\r`);
  }
  db.exec("ANALYZE");
  db.close();
  renameSync(building, file);
  process.stderr.write(`\nbuilt ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

applyMigrations(`file:${file}`);
const { prisma: db, sql } = openDatabase(`file:${file}`);
const coordinator: StaffActor = { id: 1, email: "c@bench", displayName: "Coordinator", firstName: "C", role: "coordinator", teamIds: [1] };
const admin: StaffActor = { id: 2, email: "a@bench", displayName: "Admin", firstName: "A", role: "admin", teamIds: [] };
const deps = { db, now: () => now };

async function measure(label: string, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) await fn(i); // warm statement caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${pick(0.5).padStart(6)} ms   p99 ${pick(0.99).padStart(6)} ms   max ${times.at(-1)!.toFixed(1).padStart(6)} ms`);
}

const counts = await sql.query(`SELECT (SELECT COUNT(*) FROM "Participant") AS p, (SELECT COUNT(*) FROM "Message") AS m`);
console.log(`database: ${counts[0]!.p} participants, ${counts[0]!.m} messages (${file})`);
const firstPage = listQuery.parse({});
const team1Conversations = (await sql.query(`SELECT c."id" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE p."teamId" = 1 LIMIT 500`)).map((r) => Number(r.id));
await measure("first page, coordinator of one team", () => listConversations(sql, coordinator, firstPage, now, 86_400_000));
await measure("first page, admin (all teams)", () => listConversations(sql, admin, firstPage, now, 86_400_000));
await measure("first page, coordinator, 'mine'", () => listConversations(sql, coordinator, listQuery.parse({ scope: "mine" }), now, 86_400_000));
await measure("first page, quiet conversations (status bot)", () => listConversations(sql, coordinator, listQuery.parse({ status: "bot" }), now, 86_400_000));
await measure("conversation view (50 messages + events)", (i) => viewConversation(deps, coordinator, team1Conversations[i % team1Conversations.length]!));
await db.$disconnect();

// The same reads through HTTP on a running Tillit (session check, audit write and JSON included).
// The data is dated around the fixed `now` above, but a running Tillit keeps the wall clock: with the
// default 12 months, its retention run would erase the oldest conversations (then a 404 here) once
// the real date passes a year after them. Ten years keeps the benchmark's data whole.
const tillit = createTillit(loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${file}`, LOG_LEVEL: "warn", DEMO_DATA: "off", RETENTION_NO_CONTACT_MONTHS: "120" }));
const { port } = await tillit.start();
const { token } = await openSession(tillit.db, coordinator.id, new Date(), { idleMs: 3_600_000, absoluteMs: 3_600_000 });
const get = async (p: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/staff/api${p}`, { headers: { cookie: `tillit_staff=${token}` } });
  if (!res.ok) throw new Error(`${p}: ${res.status}`);
  await res.arrayBuffer();
};
await measure("HTTP: first page of the list", () => get("/conversations"));
await measure("HTTP: conversation view", (i) => get(`/conversations/${team1Conversations[i % team1Conversations.length]}`));
console.log(`memory: rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
await tillit.stop();
