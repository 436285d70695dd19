// `npm run classify`: reads JSON lines {"text": "..."} on standard input and writes one JSON line per
// input with {crisis, concern, categories, intent}, through the same classifier the conversation
// core uses.
// `npm run classify -- --evaluate FILE [FILE…] [--details]`: for labelled JSONL files
// ({"text", "crisis", "concern", …} per line) prints recall and false-positive rates per level and
// category, for the rules alone and for rules + the trained model (what the core runs); --details also
// lists what rules + model missed and flagged wrongly (a flag the model raised says "trained-screen"). Exit code 1 when a
// file cannot be read or has lines that are not labelled messages.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { classifyMessage } from "../safety/classify-message.js";
import { evaluate, formatEvaluation, parseLabelled } from "../safety/evaluate.js";
import { createCombinedScreen, raisedByModel } from "../safety/screen-with-model.js";

const { values, positionals } = parseArgs({ options: { evaluate: { type: "boolean" }, details: { type: "boolean" } }, allowPositionals: true });

if (values.evaluate) {
  const screen = createCombinedScreen();
  if (!positionals.length) {
    process.stderr.write("usage: npm run classify -- --evaluate FILE [FILE…] [--details]\n");
    process.exitCode = 1;
  }
  for (const file of positionals) {
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`);
      process.exitCode = 1;
      continue;
    }
    const { rows, errors } = parseLabelled(content);
    if (errors.length) {
      process.stderr.write(`${file}: lines ${errors.slice(0, 20).join(", ")}${errors.length > 20 ? " …" : ""} are not labelled messages\n`);
      process.exitCode = 1;
    }
    const rulesAlone = evaluate(rows, screen.rules);
    const result = evaluate(rows, screen.screen);
    const raised = rows.filter((r) => raisedByModel(screen.screen(r.text))).length;
    process.stdout.write(`${formatEvaluation(`${path.basename(file)}, rules alone`, rulesAlone)}\n\n`);
    process.stdout.write(`${formatEvaluation(`${path.basename(file)}, rules + trained model`, result)}\n\nThe trained model raised ${raised} of ${rows.length} messages.\n\n`);
    if (values.details) {
      const source = (text: string) => (raisedByModel(screen.screen(text)) ? " by trained-screen" : "");
      for (const m of result.missed) process.stdout.write(`missed (${m.label}, got ${m.got}): ${m.text}\n`);
      for (const f of result.falseAlarms) process.stdout.write(`false alarm (${f.got}${source(f.text)}): ${f.text}\n`);
      process.stdout.write("\n");
    }
  }
} else {
  const line = z.object({ text: z.string() });
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!raw.trim()) continue;
    let parsed: ReturnType<typeof line.safeParse> | undefined;
    try {
      parsed = line.safeParse(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      process.stdout.write(`${JSON.stringify({ error: 'expected a JSON object like {"text": "..."}' })}\n`);
      process.exitCode = 1;
      continue;
    }
    const { crisis, concern, categories, intent } = classifyMessage(parsed.data.text);
    process.stdout.write(`${JSON.stringify({ crisis, concern, categories, intent })}\n`);
  }
}
