// Round 21's guards (bot/safety/text-tokens.ts, lexicon/round21.ts and the entries marked "Round 21"), on
// phrasings written for this test: the rules' false flags on ordinary messages, each of which used up the
// false-positive budget for ordinary lines that holds the trained screen's thresholds. Each beside the crisis or
// concern the guard must not end.
import { describe, expect, it } from "vitest";
import { screenMessage } from "../../bot/safety/screen.js";
import { screenWithModel } from "../../bot/safety/screen-with-model.js";

const level = (text: string) => screenMessage(text).level;

describe("round 21's guards", () => {
  it("keeps the double letters that tell a word from another: a nose is no noose, English 'got' no 'gött'", () => {
    expect(level("caught a cold, my nose won't stop running lol")).toBe("none");
    expect(level("got the form from försäkringskassan, do i sign it myself?")).toBe("none");
    // Still crisis: a noose at hand, a wish to die told as a relief.
    expect(level("i've got a noose in my wardrobe")).toBe("crisis");
    expect(level("hade vart gött att bara dö ärligt")).toBe("crisis");
  });

  it("reads plasters for blisters from new shoes as no self-harm", () => {
    expect(level("nya skorna gav mig skavsår, har plåster överallt på hälarna")).toBe("none");
    expect(level("måste köpa plåster igen, hela lådan e slut. du vet varför")).toBe("crisis");
  });

  it("reads a phone's battery as the phone's, and a body's battery as exhaustion", () => {
    expect(level("min mobil har 3% batteri så skriver mer sen")).toBe("none");
    expect(level("känner mig som att ja har 2% batteri jämt")).toBe("concern");
  });

  it("reads a meeting moved to Friday as no home lost", () => {
    expect(level("går det att flytta mötet till fredag? har en tid hos tandläkaren")).toBe("none");
    expect(level("bor hos min moster men bara till fredag, sen vet jag inte")).toBe("concern");
  });

  it("reads 'rested' as rested, and six hours straight of sleep as good sleep", () => {
    expect(level("sov hela natten, feel properly rested")).toBe("none");
    expect(level("finally got 7 hours straight, baby slept through 🙌")).toBe("none");
    expect(level("been up for 30 hours and my head is pounding")).toBe("concern");
  });

  it("leaves a message without a word to the rules: the trained screen does not read emoji alone", () => {
    expect(screenWithModel("🩸").level).toBe("none");
    expect(screenWithModel("🩸🩸").level).toBe("none");
    expect(screenWithModel("🔪🩸").level).toBe("crisis");
    expect(screenWithModel("🩸🩸 sorry, igen").level).not.toBe("none");
  });
});
