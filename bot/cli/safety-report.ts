// `npm run safety:report`: measures the rules on the labelled corpora and writes the figures into
// SAFETY.md (between its "figures" markers): the development data the rules were tuned on (our own
// corpus, and held-back round 1 since it became development data), round 3's two halves, the earlier
// held-back rounds (no rule tuned on them; the trained model learns from each once the next round came) and round
// 10's held-back set. Round 1's untouched figures are history and stay outside the markers.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { evaluate, formatEvaluation, parseLabelled } from "../safety/evaluate.js";
import { screenMessage, ruleSpecs, lexicon } from "../safety/screen.js";

const root = path.resolve(import.meta.dirname, "../..");
const parts = [
  { file: "tests/fixtures/safety/development.jsonl", title: "Development part, our own corpus (the rules were tuned on it)" },
  { file: "tests/fixtures/safety/round1.jsonl", title: "Development part, held-back round 1 (development data since 2026-12-02; the rules were tuned on it)" },
  { file: "tests/fixtures/safety/selfcheck.jsonl", title: "Development part, the engineer's self-check (120 fresh lines, measured untouched 2026-12-02, then tuned on)" },
  { file: "tests/fixtures/safety/round3-dev.jsonl", title: "Development part, round 3's development half (measured untouched 2026-12-02, then tuned on)" },
  { file: "tests/fixtures/safety/round2a.jsonl", title: "Round 2a, held back until round 5 (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round3-second-half.jsonl", title: "Round 3's second half, held back until round 5 (no rule was tuned on it; nobody who tuned read it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round4.jsonl", title: "Round 4, held back until round 5 (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round5.jsonl", title: "Round 5, held back until round 6 (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round6.jsonl", title: "Round 6, held back until round 7 (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round7.jsonl", title: "Round 7, held back until round 8 as held-back-7.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round8.jsonl", title: "Round 8, held back until round 9 as held-back-8.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round9.jsonl", title: "Round 9, held back until round 10 as held-back-9.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round10.jsonl", title: "Round 10, held back until round 11 as held-back-10.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round11.jsonl", title: "Round 11, held back until round 12 as held-back-11.jsonl (round 12's rules were written from its cross-validated misses; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round12.jsonl", title: "Round 12, held back until round 13 as held-back-12.jsonl (round 13's rules were written from its cross-validated misses; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round13.jsonl", title: "Round 13, held back until round 14 as held-back-13.jsonl (round 14's rules were written from its cross-validated misses; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round14.jsonl", title: "Round 14, held back until round 15 as held-back-14.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round15.jsonl", title: "Round 15, held back until round 16 as held-back-15.jsonl (measured before and after round 15's rules, which were written from the training writers' misses; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/round16.jsonl", title: "Round 16, held back until round 17 as held-back-16.jsonl (no rule was tuned on it; the trained model learns from it since)" },
  { file: "tests/fixtures/safety/held-back-17.jsonl", title: "Held-back part, round 17 (no rule was tuned on it, the model never trained on it)" },
  { file: "tests/fixtures/safety/held-back-18.jsonl", title: "Held-back part, round 18 (no rule was tuned on it, the model never trained on it)" },
  { file: "tests/fixtures/safety/held-back-19.jsonl", title: "Held-back part, round 19 (no rule was tuned on it, the model never trained on it)" },
  { file: "tests/fixtures/safety/held-back-20.jsonl", title: "Held-back part, round 20 (no rule was tuned on it, the model never trained on it)" },
  { file: "tests/fixtures/safety/held-back-21.jsonl", title: "Held-back part, round 21 (measured untouched in round 21; round 22's vocabulary was written with its misses in view; the model never trained on it)" },
  { file: "tests/fixtures/safety/held-back-22.jsonl", title: "Held-back part, round 22 (no rule was tuned on it, the model never trained on it)" },
];
const date = process.env.SAFETY_REPORT_DATE ?? new Date().toISOString().slice(0, 10);
const words = Object.values(lexicon).reduce((n, entries) => n + entries.length, 0);
const sections = [`Measured ${date} with ${ruleSpecs.length} rules over ${Object.keys(lexicon).length} concepts (${words} lexicon entries), rules alone (no language model).`];
for (const part of parts) {
  const file = path.join(root, part.file);
  if (!existsSync(file)) {
    sections.push(`### ${part.title}\n\nNot present in this checkout (\`${part.file}\`).`);
    continue;
  }
  const { rows, errors } = parseLabelled(readFileSync(file, "utf8"));
  if (errors.length) throw new Error(`${part.file}: lines ${errors.join(", ")} are not labelled messages`);
  sections.push(formatEvaluation(`${part.title}: \`${part.file}\``, evaluate(rows, screenMessage)));
}
const target = path.join(root, "SAFETY.md");
const current = readFileSync(target, "utf8");
const start = "<!-- figures:start (npm run safety:report) -->";
const end = "<!-- figures:end -->";
const [before, rest] = current.split(start);
const after = rest?.split(end)[1];
if (before === undefined || after === undefined) throw new Error("SAFETY.md lacks the figures markers");
writeFileSync(target, `${before}${start}\n${sections.join("\n\n")}\n${end}${after}`);
process.stdout.write(`${sections.join("\n\n")}\n`);
