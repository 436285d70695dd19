// `npm run bench:safety [-- --messages 10000 --runs 5]`: classifies messages as the core does on every
// inbound message (the rules, then the trained model on what they found no crisis in) and prints the
// time for the lot; `--rules-only` times the rules alone. The messages are the development
// corpus repeated, each copy with a number and a made-up word appended so that the word cache cannot
// answer everything. The first run includes building the screen (lexicon index and rules) and loading
// the model's weights. Target
// (issue 12): 10,000 messages in under 2 s. CPU time is printed next to wall time: on a shared
// machine the wall time also counts waiting for a core.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScreen } from "../../bot/safety/screen.js";
import { createCombinedScreen } from "../../bot/safety/screen-with-model.js";
import { loadSafetyModel } from "../../bot/safety/model/safety-model.js";

const { values } = parseArgs({ options: { messages: { type: "string", default: "10000" }, runs: { type: "string", default: "5" }, "rules-only": { type: "boolean" } } });
const count = Number(values.messages);
const texts = readFileSync(path.resolve(import.meta.dirname, "../fixtures/safety/development.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const messages = Array.from({ length: count }, (_, i) => (i < texts.length ? texts[i]! : `${texts[i % texts.length]} ${i} x${i.toString(36)}q`));

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const started = performance.now();
const startedCpu = process.cpuUsage();
const rules = createScreen();
const screen = values["rules-only"] ? rules : createCombinedScreen(rules, loadSafetyModel());
const built = performance.now() - started;
const times: { wall: number; cpu: number }[] = [];
let flagged = 0;
for (let run = 0; run < Number(values.runs); run++) {
  const t = performance.now();
  const c = process.cpuUsage();
  flagged = 0;
  for (const m of messages) if (screen.screen(m).level !== "none") flagged++;
  times.push({ wall: performance.now() - t + (run === 0 ? built : 0), cpu: run === 0 ? cpuMs(startedCpu) : cpuMs(c) });
}
const later = times.slice(1).sort((a, b) => a.wall - b.wall);
const fmt = (x: { wall: number; cpu: number }) => `${x.wall.toFixed(0)} ms (CPU ${x.cpu.toFixed(0)} ms)`;
console.log(values["rules-only"] ? "rules alone" : "rules + trained model");
console.log(`screen built in ${built.toFixed(0)} ms`);
console.log(`${count} messages, first run with the build: ${fmt(times[0]!)}; later runs: median ${later.length ? fmt(later[Math.floor(later.length / 2)]!) : "-"}, best ${later.length ? fmt(later[0]!) : "-"}; ${flagged} flagged`);

// The turn reads a message with the burst before it (bot/safety/screen-in-context.ts): every run that ends with the
// message, up to BURST_MESSAGES before it. Worst case: each message with a full burst of eight ordinary ones before it.
if (!values["rules-only"]) {
  const { BURST_MESSAGES, screenInContext } = await import("../../bot/safety/screen-in-context.js");
  const sample = messages.slice(0, Math.min(2000, messages.length));
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < sample.length; i++) {
    const before = Array.from({ length: BURST_MESSAGES }, (_, k) => sample[(i + k + 1) % sample.length]!);
    screenInContext(sample[i]!, before, (text) => screen.screen(text));
  }
  const wall = performance.now() - t;
  console.log(`${sample.length} messages each with ${BURST_MESSAGES} before it (a full burst): ${(wall / sample.length).toFixed(2)} ms a message (CPU ${(cpuMs(c) / sample.length).toFixed(2)} ms)`);
}
