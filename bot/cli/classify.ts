// `npm run classify`: reads JSON lines {"text": "..."} on standard input and writes one JSON line per
// input with {crisis, categories, intent}, through the same classifier the conversation core uses.
import { createInterface } from "node:readline";
import { z } from "zod";
import { classifyMessage } from "../safety/classify-message.js";

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
  process.stdout.write(`${JSON.stringify(classifyMessage(parsed.data.text))}\n`);
}
