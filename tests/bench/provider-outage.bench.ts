// `npm run bench:outage [-- --phase-seconds 8 --per-phase 12]`: a provider outage played against a
// running Tillit (its own process, a fresh SQLite file). New participants text Tillit through every
// phase while the fake Twilio answers normally, then only with 500s, then 429s, then never (the
// message accepted, the answer lost: a timeout), then slowly (accepted, answered after the client
// gave up), then normally again. Prints how many replies were queued, delivered, lost and sent twice.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { FakeTwilio, type FakeMode } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL } from "../helpers/harness.js";
import { spawnTillit } from "../helpers/tillit-process.js";
import { fixture, newMessageSid, signedPost } from "../helpers/twilio-webhook.js";

const { values } = parseArgs({ options: { "phase-seconds": { type: "string", default: "8" }, "per-phase": { type: "string", default: "12" } } });
const phaseMs = Number(values["phase-seconds"]) * 1000;
const perPhase = Number(values["per-phase"]);
const LEASE_MS = 4000; // the Twilio client gives up after half of it: 2 s

const phases: { name: string; mode: FakeMode }[] = [
  { name: "normal", mode: { kind: "ok" } },
  { name: "500 Internal Server Error", mode: { kind: "error", status: 500, code: 20500 } },
  { name: "429 Too Many Requests", mode: { kind: "error", status: 429, code: 20429 } },
  { name: "timeouts (accepted, never answered)", mode: { kind: "no-answer" } },
  { name: "slow (accepted, answered after 3 s)", mode: { kind: "slow", ms: 3000 } },
  { name: "recovered", mode: { kind: "ok" } },
];

const fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
await fake.start();
const dbFile = path.join(mkdtempSync(path.join(tmpdir(), "tillit-outage-")), "tillit.db");
const tillit = await spawnTillit({
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, PUBLIC_URL, LOG_LEVEL: "error",
  TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
  OUTBOX_LEASE_MS: String(LEASE_MS), OUTBOX_POLL_MS: "100",
});
const baseUrl = `http://127.0.0.1:${tillit.port}`;

const phones: string[] = [];
let webhookFailures = 0;
async function text(from: string): Promise<void> {
  const sid = newMessageSid();
  const { url, init } = signedPost({ baseUrl, publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN, params: { ...fixture("inbound-sms"), From: from, Body: "Hej", MessageSid: sid, SmsSid: sid, SmsMessageSid: sid } });
  const res = await fetch(url, init);
  if (res.status !== 200) webhookFailures++;
  await res.arrayBuffer();
}

const started = performance.now();
for (const [i, phase] of phases.entries()) {
  fake.setMode(phase.mode);
  const t0 = performance.now();
  for (let n = 0; n < perPhase; n++) {
    const from = `+4670${String(8_000_000 + i * 1000 + n).padStart(7, "0")}`;
    phones.push(from);
    await text(from);
    await new Promise((r) => setTimeout(r, phaseMs / perPhase));
  }
  process.stderr.write(`phase ${phase.name}: ${Math.round(performance.now() - t0)} ms, provider has ${fake.messages.length} messages\n`);
}

const db = new Database(dbFile, { readonly: true });
const unfinished = () => (db.prepare(`SELECT count(*) n FROM OutboxItem WHERE status IN ('pending', 'sending')`).get() as { n: number }).n;
const deadline = performance.now() + 300_000;
while (unfinished() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 250));
const drainedAfterMs = Math.round(performance.now() - started - phases.length * phaseMs);
await new Promise((r) => setTimeout(r, 3000)); // a late duplicate would show up here

const outbox = db.prepare(`SELECT status, count(*) n FROM OutboxItem GROUP BY status`).all() as { status: string; n: number }[];
const queued = outbox.reduce((s, r) => s + r.n, 0);
const recorded = db.prepare(`SELECT m.providerId, p.phone FROM Message m JOIN Participant p ON p.id = m.participantId WHERE m.direction = 'out'`).all() as { providerId: string | null; phone: string }[];
const providerIds = new Set(fake.messages.map((m) => m.sid));
const perPhone = new Map<string, number>();
for (const m of fake.messages) perPhone.set(m.to, (perPhone.get(m.to) ?? 0) + 1);
db.close();
await tillit.kill("SIGTERM");
await fake.stop();

const result = {
  participants: phones.length,
  webhookFailures,
  repliesQueued: queued,
  outbox: Object.fromEntries(outbox.map((r) => [r.status, r.n])),
  deliveredToPhones: fake.messages.length,
  participantsWithBothReplies: phones.filter((p) => perPhone.get(p) === 2).length,
  // Each participant's two replies differ, so a recipient-and-text pair seen twice is a message sent twice.
  duplicateSends: fake.messages.length - new Set(fake.messages.map((m) => `${m.to}|${m.body}`)).size,
  rowsWithoutTheProvidersId: recorded.filter((r) => !r.providerId || !providerIds.has(r.providerId)).length,
  providerRequests: { creates: fake.creates.length, lookups: fake.requests.filter((r) => r.method === "GET").length },
  allDeliveredMsAfterOutageEnded: drainedAfterMs,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
const ok = result.webhookFailures === 0 && result.deliveredToPhones === queued && result.duplicateSends === 0 && result.participantsWithBothReplies === phones.length && result.rowsWithoutTheProvidersId === 0;
process.stdout.write(ok ? "OK: every reply delivered once\n" : "FAILED\n");
process.exitCode = ok ? 0 : 1;
