// `npm run bench:webchat [-- --conversations 500 --seconds 60]`: opens that many concurrent Direct Line
// conversations over WebSockets against a running Tillit (a separate process on a fresh SQLite file,
// no language model). Each goes through onboarding (not measured), then sends a message every 2–4 s
// and waits for the bot's reply on its socket. Prints p50/p99 from posting to the reply arriving, and
// the server's memory (resident set, sampled every second).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { spawnTillit } from "../helpers/tillit-process.js";

const { values } = parseArgs({ options: { conversations: { type: "string", default: "500" }, seconds: { type: "string", default: "60" } } });
const conversations = Number(values.conversations);
const seconds = Number(values.seconds);

const dbFile = path.join(mkdtempSync(path.join(tmpdir(), "tillit-bench-webchat-")), "tillit.db");
const tillit = await spawnTillit({
  PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: "warn", DEMO_DATA: "off", WEBCHAT_ANONYMOUS_PER_HOUR: "1000000",
}, { nodeArgs: process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) });
const base = `http://127.0.0.1:${tillit.port}`;
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${tillit.child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 1000);

interface Client {
  socket: WebSocket;
  conversationId: string;
  token: string;
  userId: string;
  waiting?: { since: number; resolve: () => void };
}

async function open(): Promise<Client> {
  const s = (await (await fetch(`${base}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).json()) as Omit<Client, "socket">;
  const started = (await (await fetch(`${base}/v3/directline/conversations`, { method: "POST", headers: { authorization: `Bearer ${s.token}` } })).json()) as { streamUrl: string };
  const socket = new WebSocket(started.streamUrl);
  const client: Client = { ...s, socket };
  socket.on("message", (data) => {
    const frame = JSON.parse(String(data)) as { activities?: { type: string; from: { role: string } }[] };
    if (frame.activities?.some((a) => a.type === "message" && a.from.role === "bot")) client.waiting?.resolve();
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  return client;
}

/** Posts a message and resolves with the milliseconds until the bot's next message reached the socket. */
function exchange(c: Client, text: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve) => {
    const since = performance.now();
    const timer = setTimeout(() => resolve(Number.POSITIVE_INFINITY), timeoutMs);
    c.waiting = { since, resolve: () => (clearTimeout(timer), (c.waiting = undefined), resolve(performance.now() - since)) };
    void fetch(`${base}/v3/directline/conversations/${c.conversationId}/activities`, {
      method: "POST",
      headers: { authorization: `Bearer ${c.token}`, "content-type": "application/json" },
      body: JSON.stringify({ type: "message", text, from: { id: c.userId } }),
    }).then((r) => r.arrayBuffer());
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
await sleep(2000);
const idleRss = rssMb();
const clients: Client[] = [];
for (let i = 0; i < conversations; i += 50) clients.push(...(await Promise.all(Array.from({ length: Math.min(50, conversations - i) }, open))));
const rssIdle = Math.round(idleRss);
const rssOpen = Math.round(rssMb());
process.stderr.write(`${clients.length} conversations open (database ${dbFile}); onboarding…\n`);
// Onboarding, not measured: consent, a name, evenings, Swedish. Spread over a few seconds.
await Promise.all(clients.map(async (c, i) => {
  await sleep((i * 5000) / clients.length);
  // A step may answer with more than one message: let it finish before the next one.
  for (const text of ["Hej", "ja", "Alex", "3", "svenska"]) await exchange(c, text).then(() => sleep(700));
}));
const rssOnboarded = Math.round(rssMb());
process.stderr.write("measuring…\n");

const latencies: number[] = [];
let lost = 0;
const until = performance.now() + seconds * 1000;
await Promise.all(clients.map(async (c) => {
  await sleep(Math.random() * 3000);
  while (performance.now() < until) {
    const ms = await exchange(c, "idag har varit en helt okej dag");
    await sleep(200); // any second message of the reply
    if (Number.isFinite(ms)) latencies.push(ms);
    else lost++;
    await sleep(2000 + Math.random() * 2000);
  }
}));
clearInterval(sampler);
peakRss = Math.max(peakRss, rssMb());

const sorted = latencies.slice().sort((a, b) => a - b);
const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
const result = {
  conversations: clients.length,
  seconds,
  messages: latencies.length,
  perSecond: Math.round(latencies.length / seconds),
  p50ms: pct(50),
  p99ms: pct(99),
  maxMs: Math.round(sorted.at(-1) ?? NaN),
  noReplyWithin10s: lost,
  serverRssMb: { idle: rssIdle, socketsOpen: rssOpen, afterOnboarding: rssOnboarded, peak: Math.round(peakRss) },
  targets: { p99ms: 200, rssMb: 300 },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
for (const c of clients) c.socket.close();
await tillit.kill("SIGTERM");
process.exit(0);
