// `npm run bench [-- --rate 250 --seconds 20] [--db postgres --instances 2]`: drives signed Twilio
// webhooks at running Tillit processes (on a fresh SQLite file, or on a throwaway PostgreSQL cluster
// with fsync and synchronous commits on, as in production; no language model) at a fixed rate,
// spread round-robin over the instances, and measures the time from sending each webhook to
// Tillit's first reply reaching the fake Twilio REST server.
import { mkdtempSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL } from "../helpers/harness.js";
import { findPostgresBinaries, startPostgresCluster, type PostgresCluster } from "../helpers/postgres-cluster.js";
import { spawnTillit } from "../helpers/tillit-process.js";
import { cpuSince, cpuSnapshot, processTree } from "../helpers/process-cpu.js";
import { fixture, newMessageSid, signedPost } from "../helpers/twilio-webhook.js";

const { values } = parseArgs({
  options: { rate: { type: "string", default: "250" }, seconds: { type: "string", default: "20" }, db: { type: "string", default: "sqlite" }, instances: { type: "string", default: "1" } },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const instanceCount = Number(values.instances);
if (values.db !== "sqlite" && values.db !== "postgres") throw new Error("--db sqlite|postgres");
if (!(instanceCount >= 1 && instanceCount <= 8)) throw new Error("--instances 1 to 8");
if (values.db === "sqlite" && instanceCount > 1) throw new Error("SQLite is one instance; several need --db postgres");

const sentAt = new Map<string, number>();
const latencies: number[] = [];
const samples: { at: number; ms: number }[] = [];
const fake = new FakeTwilio({
  accountSid: ACCOUNT_SID,
  authToken: AUTH_TOKEN,
  onCreate: (m) => {
    const started = sentAt.get(m.to);
    if (started !== undefined) {
      latencies.push(performance.now() - started);
      samples.push({ at: started, ms: performance.now() - started });
      sentAt.delete(m.to);
    }
  },
});
await fake.start();
let cluster: PostgresCluster | undefined;
let databaseUrl: string;
if (values.db === "postgres") {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error("PostgreSQL binaries not found (apt-get install postgresql-15, or set TILLIT_PG_BIN)");
  cluster = await startPostgresCluster(bin, { durable: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE tillit_bench`);
  await admin.end();
  databaseUrl = cluster.adminUrl.replace(/\/postgres$/, "/tillit_bench") + (process.env.BENCH_PG_SOCKET ? `?host=${encodeURIComponent(cluster.socketDir)}` : "");
} else {
  databaseUrl = `file:${path.join(mkdtempSync(path.join(tmpdir(), "tillit-bench-")), "tillit.db")}`;
}
const env = {
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PUBLIC_URL, LOG_LEVEL: "warn", ...(process.env.DB_GROUP_COMMIT_MS ? { DB_GROUP_COMMIT_MS: process.env.DB_GROUP_COMMIT_MS } : {}),
  TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
};
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean);
// The first applies the migrations; the others start on the migrated database.
const first = await spawnTillit(env, { nodeArgs });
const instances = [first, ...(await Promise.all(Array.from({ length: instanceCount - 1 }, () => spawnTillit(env, { nodeArgs }))))];
let next = 0;
const baseUrlOf = () => `http://127.0.0.1:${instances[next++ % instances.length]!.port}`;

const template = fixture("inbound-sms");
let failures = 0;
async function send(i: number): Promise<void> {
  const from = `+4670${String(1_000_000 + i).padStart(7, "0")}`;
  const sid = newMessageSid();
  const { url, init } = signedPost({ baseUrl: baseUrlOf(), publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN, params: { ...template, From: from, Body: "Hej", MessageSid: sid, SmsSid: sid, SmsMessageSid: sid } });
  sentAt.set(from, performance.now());
  // An overloaded service may not even accept the connection: counted, not fatal.
  const res = await fetch(url, init).catch(() => undefined);
  if (res?.status !== 200) failures++;
  await res?.arrayBuffer();
}

// Warm-up, not measured: 5 s at half the rate, so the JIT has compiled the hot path.
await drive(rate / 2, 5, 5_000_000);
await new Promise((r) => setTimeout(r, 2000));
latencies.length = 0;
samples.length = 0;

async function drive(perSecond: number, forSeconds: number, firstNumber: number): Promise<number> {
  const t0 = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < perSecond * forSeconds; i++) {
    const wait = t0 + (i * 1000) / perSecond - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(send(firstNumber + i));
  }
  await Promise.all(inflight);
  return t0;
}

const total = rate * seconds;
// CPU per message of the instances and of PostgreSQL (its postmaster's backends), over the measured
// run: on a shared machine throughput follows what else runs, CPU per message much less.
const instancePids = instances.map((t) => t.child.pid!);
const serverPids = () => (cluster ? processTree((cmd) => cmd.includes(cluster!.socketDir)) : []);
const cpuBefore = cpuSnapshot([...instancePids, ...serverPids()]);
const benchCpuBefore = process.cpuUsage();
const started = performance.now();
await drive(rate, seconds, 0);
const deadline = performance.now() + 30_000;
while (latencies.length < total && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
const elapsed = (performance.now() - started) / 1000;
const perMessage = (ms: number) => Number((ms / Math.max(1, latencies.length)).toFixed(2));
const benchCpu = process.cpuUsage(benchCpuBefore);
const cpuMsPerMessage = {
  tillit: perMessage(cpuSince(cpuBefore, instancePids)),
  ...(cluster ? { postgres: perMessage(cpuSince(cpuBefore, serverPids())) } : {}),
  loadGenerator: perMessage((benchCpu.user + benchCpu.system) / 1000),
};

const sorted = latencies.slice().sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const duplicates = fake.messages.length - new Set(fake.messages.map((m) => `${m.to}|${m.body}`)).size;
const result = {
  db: values.db,
  instances: instanceCount,
  offeredRate: rate,
  seconds,
  messages: total,
  answered: latencies.length,
  webhookErrors: failures,
  throughputPerSecond: Number((latencies.length / elapsed).toFixed(1)),
  p50ms: Number(pct(50).toFixed(1)),
  p99ms: Number(pct(99).toFixed(1)),
  maxMs: Number((sorted.at(-1) ?? NaN).toFixed(1)),
  duplicateSends: duplicates,
  cpuMsPerMessage,
  // The rate at which this CPU per message (instances, PostgreSQL and the load generator together)
  // would fill every core of the machine: no code path runs faster than this here, whatever the
  // number of instances.
  cpuCeilingPerSecond: Number(((availableParallelism() * 1000) / Object.values(cpuMsPerMessage).reduce((a, b) => a + b, 0)).toFixed(1)),
  loadAverage: Number(loadavg()[0]!.toFixed(1)),
};
console.log(JSON.stringify(result, null, 2));
if (process.env.BENCH_WINDOWS) {
  for (let w = 0; w < seconds; w += 5) {
    const win = samples.filter((x) => x.at - started >= w * 1000 && x.at - started < (w + 5) * 1000).map((x) => x.ms).sort((a, b) => a - b);
    console.error(`t=${w}s n=${win.length} p50=${win[Math.floor(win.length / 2)]?.toFixed(0)} p99=${win[Math.floor(win.length * 0.99)]?.toFixed(0)}`);
  }
}
// BENCH_LOG=1: what the instances logged (warnings and errors), to see why a run fell behind.
if (process.env.BENCH_LOG) for (const tillit of instances) console.error(tillit.output.join("").slice(-4000));
for (const tillit of instances) await tillit.kill("SIGTERM");
await fake.stop();
await cluster?.stop();
process.exit(result.answered === total && failures === 0 && duplicates === 0 ? 0 : 1);
