// `npm run safety:cases`: regenerates tests/fixtures/safety/rule-cases.jsonl from the rules and the
// lexicon (bot/safety/rule-cases.ts). Run it after adding a rule or a word, and commit the file: the
// test holds every rule and every word to its case, so deleting one fails the suite. Prints the words
// no case could show at work (covered by another word, a stem or typo tolerance): remove those.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateRuleCases } from "../safety/rule-cases.js";
import { trainingFiles } from "../safety/model/training-data.js";
import { parseLabelled } from "../safety/evaluate.js";

const file = path.resolve(import.meta.dirname, "../../tests/fixtures/safety/rule-cases.jsonl");
const root = path.resolve(import.meta.dirname, "../..");
const realLines = trainingFiles.flatMap((f) => parseLabelled(readFileSync(path.join(root, f), "utf8")).rows.map((r) => r.text));
const { cases, dead } = generateRuleCases(undefined, undefined, realLines);
writeFileSync(file, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
process.stdout.write(`${cases.length} cases written to ${path.relative(process.cwd(), file)}\n`);
if (dead.length) {
  process.stdout.write(`${dead.length} lexicon entries change nothing; remove them or give them a rule:\n${dead.map((d) => `  ${d}`).join("\n")}\n`);
  process.exitCode = 1;
}
