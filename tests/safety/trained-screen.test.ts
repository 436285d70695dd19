// The trained screen beside the rules (bot/safety/model/, bot/safety/screen-with-model.ts): it raises
// what no rule caught, never lowers a rule's flag, leaves figures of speech alone, and its weights are
// what `npm run safety:train` writes from the development data only.
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLabelled } from "../../bot/safety/evaluate.js";
import { createScreen, screenMessage } from "../../bot/safety/screen.js";
import { createCombinedScreen, concernReasons, screenWithModel, TRAINED_SCREEN } from "../../bot/safety/screen-with-model.js";
import { encodeHead, loadSafetyModel, safetyModelFrom, WEIGHTS_FILE, weightsFile, type WeightsFile } from "../../bot/safety/model/safety-model.js";
import { featuresOf } from "../../bot/safety/model/features.js";
import { predict, train } from "../../bot/safety/model/logistic.js";
import { chooseThresholds, combined, BUDGET, type Scored } from "../../bot/safety/model/cross-validate.js";
import { trainingFiles } from "../../bot/safety/model/training-data.js";
import { featureConcepts, lexiconFingerprint } from "../../bot/safety/model/lexicon-fingerprint.js";
import { tokenize } from "../../bot/safety/text-tokens.js";
import { modelReading, questionsAboutAnswering } from "../../bot/safety/model/reading.js";
import { screenInContext } from "../../bot/safety/screen-in-context.js";

const rank = { none: 0, concern: 1, crisis: 2 } as const;

describe("the trained screen beside the rules", () => {
  it("raises a crisis no rule catches, and names itself with its score and a category", () => {
    // A passive wish to be gone, in words no rule was written for.
    const text = "vill bara somna och aldrig mer vakna upp";
    expect(screenMessage(text).level).toBe("none");
    const result = screenWithModel(text);
    expect(result.level).toBe("crisis");
    expect(result.crisisCategories).toEqual(["suicide"]);
    const finding = result.findings.find((f) => f.rule === TRAINED_SCREEN);
    expect(finding).toMatchObject({ level: "crisis", category: "suicide" });
    expect(finding!.score).toBeGreaterThanOrEqual(loadSafetyModel()!.thresholds.crisis);
  });

  it("raises a concern no rule catches, and the conversation's reason says the trained screen raised it", () => {
    const text = "känns som att allt är slut för mig";
    expect(screenMessage(text).level).toBe("none");
    const result = screenWithModel(text);
    expect(result.level).toBe("concern");
    expect(concernReasons(result)).toEqual([...result.concernCategories, TRAINED_SCREEN]);
    expect(concernReasons(screenWithModel("sover bort hela dagarna"))).toEqual(["sleep"]);
  });

  it("never lowers what the rules found, on every development line (and adds no finding to a rule's crisis)", () => {
    const screen = createCombinedScreen();
    for (const file of trainingFiles) {
      for (const row of parseLabelled(readFileSync(file, "utf8")).rows) {
        const rules = screen.rules(row.text);
        const both = screen.screen(row.text);
        expect(rank[both.level], row.text).toBeGreaterThanOrEqual(rank[rules.level]);
        expect(both.findings.slice(0, rules.findings.length)).toEqual(rules.findings);
        if (rules.level === "crisis") expect(both).toEqual(rules);
        if (rules.level === "concern" && both.level === "concern") expect(both.concernCategories).toEqual(rules.concernCategories);
      }
    }
    // About 8,000 lines, each screened twice: 32 s once in a loaded full run, past the default limit, so it
    // has its own (a limit, not a measurement; bench:safety measures the speed).
  }, 120_000);

  it("cannot lower even when its own reading is 'nothing at all', and raises anything when it reads 'crisis'", () => {
    const rules = createScreen();
    const silent = createCombinedScreen(rules, safetyModelFrom(constantModel(-20)));
    const loud = createCombinedScreen(rules, safetyModelFrom(constantModel(20)));
    for (const text of ["vill ej leva längre", "orkar inte längre", "hej"]) expect(silent.screen(text).level).toBe(rules.screen(text).level);
    expect(loud.screen("hej")).toMatchObject({ level: "crisis", findings: [{ rule: TRAINED_SCREEN, score: 1 }] });
    expect(createCombinedScreen(rules, null).screen("vill bara somna och aldrig mer vakna upp").level).toBe("none");
  });

  it("leaves figures of speech, games, films, jokes and talk about someone already helped unflagged", () => {
    for (const text of [
      "jag dör av skratt",
      "this game is killing me",
      "jag dog 5 gånger i fortnite",
      "killade honom i cs",
      "dödstrött efter jobbet",
      "såg en film om en tjej som tog livet av sig, den var bra",
      "that movie where he jumps off the bridge was sick",
      "vill inte dö, vill bara sova",
      "min kompis ville dö förra året men hon har fått hjälp nu",
      "tänker döda min lillebror om han tar min laddare igen haha",
      "skämtar bara, jag mår bra",
    ]) expect(screenWithModel(text).level, text).toBe("none");
  });

  it("does not read a question to us about not answering as a farewell (testers got the crisis reply for it)", () => {
    // The model alone raised these to a suicide crisis (≈0.88): "if I don't answer" is how farewells in its corpora begin.
    for (const text of [
      "what happens if i dont reply", "will i lose my benefits if i dont answer", "is it ok if i dont answer", "what if i dont reply to your messages",
      "vad händer om jag inte svarar", "e de lugnt om ja inte svarar", "vad händer om jag inte svarar på era sms", "får jag mindre pengar om jag inte svarar",
      "ok så vad händer om ja slutar svara lol",
    ]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
    // Not waking up, not existing tomorrow, and not answering ever again as a question of being missed: crisis as before.
    for (const text of ["what happens if i dont wake up", "vad händer om jag inte vaknar", "tänk om jag inte finns imorgon", "will anyone notice if i dont answer ever again", "om jag inte svarar imorgon så vet ni varför"]) {
      expect(screenWithModel(text).level, text).toBe("crisis");
    }
    // Only the question is set aside: the rest of the message is still read.
    const rest = screenWithModel("vad händer om jag inte svarar? vill bara somna och aldrig mer vakna upp");
    expect(rest).toMatchObject({ level: "crisis", findings: [{ rule: TRAINED_SCREEN }] });
    // In a burst (messages joined by line breaks, one clause running on across them) the question is its own line.
    expect(tokenize("Sara\nwhat happens if i dont reply").map((t) => [t.clause, t.line])).toEqual([[0, 0], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [0, 1]]);
    expect(screenInContext("what happens if i dont reply", ["Sara", "3"]).level).toBe("none");
    expect(screenInContext("ok", ["what happens if i dont reply"]).level).toBe("none");
    expect(screenInContext("vad händer om jag inte svarar", ["hej", "svenska"]).level).toBe("none");
  });

  it("does not read a question whether we keep a secret as a disclosure; what is told with it is read", () => {
    // A 15-year-old asked this before telling anything and got the crisis reply (the model alone, sexual abuse, 0.83).
    for (const text of ["om jag berättar nåt lovar du att inte säga till nån?", "kan du hålla det hemligt om jag berättar nåt?", "if i tell you something will you keep it a secret"]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
    expect(screenWithModel("lovar du att inte säga till nån att jag vill dö").level).toBe("crisis");
    expect(screenWithModel("han våldtog mig. lovar du att inte säga till nån?").level).toBe("crisis");
  });

  it("sets aside only a question that asks what follows, then 'if I don't answer', then nothing but to whom and small words", () => {
    const setAside = (text: string) => questionsAboutAnswering(tokenize(text)).size > 0;
    for (const text of ["what happens if i dont reply", "will i lose my benefits if i dont answer", "blir jag av med mitt aktivitetsstöd om jag inte svarar", "is it ok with you if i dont answer"]) {
      expect(setAside(text), text).toBe(true);
    }
    for (const text of [
      // A time, "ever again", "anymore": the farewell's own words stay with the model.
      "what happens if i dont answer tomorrow", "what happens if i dont answer ever again", "vad händer om jag inte svarar längre",
      // Being missed, or something done to one, is no question about the conversation.
      "will anyone notice if i dont answer ever again", "får jag stryk om jag inte svarar", "will i get hurt if i dont reply", "vad händer om jag inte svarar dom",
      // No question at all.
      "om jag inte svarar imorgon så vet ni varför", "if i dont answer you know why",
    ]) {
      expect(setAside(text), text).toBe(false);
    }
  });

  it("does not take the rules' glue for features ('snälla', 'kommer ni' are words to it, not concepts)", () => {
    const { tokens, concepts, hits } = createScreen().analyse("snälla säg inte till nån men kommer ni ringa polisen om jag har kollat upp höga hus");
    expect(concepts).toEqual(expect.arrayContaining(["PLEA", "ASKS_IF_WE_CALL"]));
    const read = modelReading(tokens, concepts, hits);
    expect(read.concepts).not.toContain("PLEA");
    expect(read.concepts).not.toContain("ASKS_IF_WE_CALL");
    expect(read.tokens).toBe(tokens);
  });

  it("leaves ordinary messages alone", () => {
    for (const text of ["Jag är här nu", "jag är på väg nu", "Påminn mig igen", "can someone call me pls", "ingen aning", "ok", "7", "hej hej"]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
  });
});

describe("the weights file", () => {
  const file = weightsFile.parse(JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")));

  it("was trained on development data only, is small, and holds thresholds within the budgets' reach", () => {
    expect(file.trainedOn).toEqual([...trainingFiles]);
    expect(file.trainedOn.some((f) => /held-back/.test(f))).toBe(false);
    expect(statSync(WEIGHTS_FILE).size).toBeLessThan(3 * 1024 * 1024);
    expect(file.thresholds.crisis).toBeGreaterThan(0.5);
    expect(file.thresholds.concern).toBeGreaterThan(0.5);
    expect(Object.keys(file.categories.crisis)).toContain("suicide");
  });

  it("was trained with the lexicon's current concepts (a concept added or removed moves the scores until retrained)", () => {
    const now = lexiconFingerprint();
    const then = file.lexicon;
    // Weights from before fingerprints (round 7's) have none: then the test can only warn. Round 8's have one.
    if (!then) {
      console.warn(`weights.json predates lexicon fingerprints; the lexicon now has ${now.concepts} concepts (${now.fingerprint})`);
      return;
    }
    if (then.fingerprint !== now.fingerprint) {
      expect.fail(
        `lexicon changed since training: run npm run safety:train (weights trained with ${then ? `${then.concepts} concepts, ${then.fingerprint}` : "no fingerprint"}; ` +
          `the lexicon now has ${now.concepts}, ${now.fingerprint})`,
      );
    }
    expect(then.concepts).toBe(featureConcepts().length);
  });

  it("tells a changed concept list apart, whatever the entries", () => {
    const base = lexiconFingerprint({ A: ["a"], B: ["b"] });
    expect(lexiconFingerprint({ B: ["x", "y"], A: ["z"] })).toEqual(base);
    expect(lexiconFingerprint({ A: ["a"], B: ["b"], C: ["c"] }).fingerprint).not.toBe(base.fingerprint);
    expect(lexiconFingerprint({ A: ["a"], C: ["b"] }).fingerprint).not.toBe(base.fingerprint);
    // The rules' glue is no feature: adding it changes nothing the model reads.
    expect(lexiconFingerprint({ A: ["a"], B: ["b"], PLEA: ["snälla"] })).toEqual(base);
  });
});

describe("training", () => {
  const options = { bits: 12, charMin: 3, charMax: 5, concepts: false };
  const x = (text: string) => featuresOf(tokenize(text), [], options);
  const texts = ["vill dö", "vill dö ikväll", "orkar inte leva", "hej", "hej hej", "ses imorgon", "tar alla piller", "kollar på film"];
  const labels = [true, true, true, false, false, false, true, false];

  it("is deterministic: the same data and seed give the same weights", () => {
    const a = train(texts.map(x), labels, 1 << options.bits, { lambda: 1e-4, epochs: 10, seed: 7 });
    const b = train(texts.map(x), labels, 1 << options.bits, { lambda: 1e-4, epochs: 10, seed: 7 });
    expect(Buffer.from(a.weights.buffer)).toEqual(Buffer.from(b.weights.buffer));
    expect(a.bias).toBe(b.bias);
  });

  it("learns: the training lines end on their side, and the weights survive the 16-bit encoding", () => {
    const model = train(texts.map(x), labels, 1 << options.bits, { lambda: 1e-4, epochs: 30, seed: 7 });
    texts.forEach((t, i) => expect(predict(model, x(t)) >= 0.5, t).toBe(labels[i]));
    const head = encodeHead(model);
    const decoded = safetyModelFrom({ ...constantModel(0), features: options, heads: { crisis: head, concern: head } } as WeightsFile);
    for (const t of texts) expect(decoded.score(tokenize(t), []).crisis).toBeCloseTo(predict(model, x(t)), 3);
  });

  it("chooses the lowest thresholds that keep false positives within the budgets", () => {
    // Crisis and concern lines score high on their heads; lines that are neither spread over 0..1 on both.
    const line = (label: "crisis" | "concern" | "neither", crisis: number, concern: number): Scored => ({
      example: {
        row: { text: "", crisis: label === "crisis", concern: label === "concern", writer: "w" },
        x: { index: new Int32Array(), value: new Float32Array() },
        rules: { level: "none", crisisCategories: [], concernCategories: [], findings: [] },
      },
      crisis,
      concern,
    });
    const scored = [
      ...Array.from({ length: 100 }, (_, i) => line("crisis", 0.6 + i * 0.0039, 0.9)),
      ...Array.from({ length: 100 }, (_, i) => line("concern", 0.1, 0.5 + i * 0.0049)),
      ...Array.from({ length: 200 }, (_, i) => line("neither", (i % 100) / 101, ((i * 37) % 200) / 201)),
    ];
    const t = chooseThresholds(scored);
    const nonCrisis = scored.filter((s) => !s.example.row.crisis);
    const neither = nonCrisis.filter((s) => !s.example.row.concern);
    const share = (list: Scored[], level: "crisis" | "any") => list.filter((s) => (level === "crisis" ? combined("none", s, t) === "crisis" : combined("none", s, t) !== "none")).length / list.length;
    expect(share(nonCrisis, "crisis")).toBeLessThanOrEqual(BUDGET.crisis);
    expect(share(neither, "any")).toBeLessThanOrEqual(BUDGET.any);
    // The budget is used, not left idle: a little lower and it would be exceeded.
    expect(share(neither, "any")).toBeGreaterThan(BUDGET.any - 0.01);
    expect(t.crisis).toBeLessThan(1);
  });
});

/** A model whose every weight is zero and whose bias is `bias`: it reads every message the same. */
function constantModel(bias: number): WeightsFile {
  const bits = 8;
  const zero = { bias, step: 1, weights: Buffer.alloc(2 << bits).toString("base64") };
  return {
    format: 1, trainedAt: "2026-12-02", trainedOn: ["x"], features: { bits, charMin: 3, charMax: 5, concepts: true },
    training: { lambda: 0, epochs: 0, seed: 0 }, thresholds: { crisis: 0.7, concern: 0.7 },
    heads: { crisis: zero, concern: zero },
    categories: { bits, crisis: { suicide: zero }, concern: { hopelessness: zero } },
  };
}
