// What the check-in stores for what young people actually text (tests/fixtures/conversation/
// check-in-answers.jsonl): every line runs through the recognisers the check-in's prompts use, in the
// order the dialogs do (a skip anywhere first, then the question's own reader). Labels: a number is
// kept as written; "4-5" is a range, kept as 4 and said so; "~2" is a feeling (an emoji, a mood in
// words) read roughly, kept and said so; "ask" is asked about once more ("ask:elsewhere" also names
// the line it is asked with: understand-scale.ts ScaleWhy); "skip" skips; a choice question's option
// value is the option stored ("typ 2" to "Ja / Lite / Nej" is Lite, never the yes/no reader's "2" = no).
// The lines were written by the same hand as the rules (development data: on main before this work,
// 114 of the 201 lines were read as labelled; RECOGNITION.md has the figures).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { choiceSets } from "../../dialogs/shared/choice-sets.js";
import { recognizeScaleAnswer } from "../../dialogs/shared/prompts.js";
import { detectInterruption, recognizeChoice } from "../../dialogs/shared/recognize.js";
import { readCorrection, readScale } from "../../dialogs/shared/understand-scale.js";

const file = path.resolve(import.meta.dirname, "../fixtures/conversation/check-in-answers.jsonl");
const question = z.enum(["mood", "sleep", "food", "smallStep", "stepFollowUp"]);
const line = z.object({ text: z.string(), question, lang: z.enum(["sv", "en"]), expect: z.string().min(1) });
const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => line.parse(JSON.parse(l)));
const locales = loadLocales();
const choiceSetOf = { sleep: "goodOkBad", food: "yesLittleNo", smallStep: "smallStep", stepFollowUp: "stepFollowUp" } as const;

/** What the check-in does with the text, as a label of the fixture. */
function heard(text: string, q: z.infer<typeof question>, lang: "sv" | "en"): string {
  if (detectInterruption(text) === "skip") return "skip";
  if (q === "mood") {
    const a = recognizeScaleAnswer(text, { mood: true });
    if (!a) {
      const r = readScale(text);
      return r.kind === "unclear" && r.why ? `ask:${r.why}` : "ask";
    }
    return a.reading === "number" ? String(a.value) : a.reading === "range" ? `${a.value}-${a.high}` : `~${a.value}`;
  }
  const set = choiceSets[choiceSetOf[q]];
  const labels = set.options.map((o) => locales[lang].get(`choices.${choiceSetOf[q]}.${o.value}`)![0]!);
  return recognizeChoice(text, set.options, labels, "reader" in set ? set.reader : undefined) ?? "ask";
}

describe("the check-in's answers corpus", () => {
  it("has at least 60 answers to the 1-10 question, in Swedish and English, and answers to sleep and food", () => {
    const mood = lines.filter((l) => l.question === "mood");
    expect(mood.length).toBeGreaterThanOrEqual(60);
    expect(mood.filter((l) => l.lang === "en").length).toBeGreaterThanOrEqual(15);
    for (const q of ["sleep", "food"] as const) expect(lines.filter((l) => l.question === q).length, q).toBeGreaterThanOrEqual(10);
  });

  it("every line is heard as labelled", () => {
    const misses = lines.map((l) => ({ ...l, got: heard(l.text, l.question, l.lang) })).filter((l) => l.got !== l.expect);
    const byQuestion = question.options.map((q) => `${q} ${lines.filter((l) => l.question === q).length}`).join(", ");
    console.log(`check-in answers: ${lines.length - misses.length}/${lines.length} as labelled (${byQuestion})`);
    expect(misses.map((m) => `[${m.question}] ${JSON.stringify(m.text)}: expected ${m.expect}, got ${m.got}`)).toEqual([]);
  });
});

describe("a correction after a reading was said back", () => {
  it.each([
    ["4", 4], ["nej 4", 4], ["nej typ 5", 5], ["mer en 3a", 3], ["snarare en sexa", 6], ["more like 6", 6], ["nah its a 7", 7], ["4/10", 4],
  ])("%j corrects it to %d", (text, value) => expect(readCorrection(text)).toEqual({ value }));
  it.each(["det stämmer inte", "fel", "nej det är fel", "that's wrong", "not right"])("%j says it is wrong, with no number", (text) => expect(readCorrection(text)).toBe("wrong"));
  it.each(["för att jag åt 2 mackor", "sov 3h", "min kompis ringde", "nej", "11", "att jag fick sova 8 timmar", "vet inte"])("%j is an answer, not a correction", (text) =>
    expect(readCorrection(text)).toBeUndefined(),
  );
});
