// The seventh tester (2026-12) texted as a frightened fifteen-year-old and a sarcastic seventeen-year-old,
// and found the consent form where a person was needed: "jag e 15 får jag va med här" met with the consent
// again, "whatever ja" not a yes, "vad tjänar ni på detta" and "betalar kommunen dig" (trust tests) and
// "ni e så fejk" (scorn) answered with the consent in five rewordings. Here each gets a short true answer
// and the consent question waits without being pushed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant } from "../helpers/conversation.js";
import { fill, loadLocales } from "../../bot/infrastructure/i18n.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";

const locales = loadLocales();
const lines = (lang: "sv" | "en", key: string, vars: Record<string, string> = {}) => locales[lang].get(key)!.map((t) => fill(t, { coordinatorInSentence: lang === "sv" ? "teamet" : "the team", months: "6", days: "30", ...vars }));
const CONSENT_MENU = "\n1. Ja\n2. Nej\n3. Jag har frågor";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  h.clock.ms = Date.parse("2026-11-24T10:00:00+01:00");
});
afterAll(async () => h.stop());
let n = 731500000;
const dataConsents = async (p: Participant) => (await p.record()).consents.filter((c) => c.kind === "data-processing").map((c) => c.granted);

async function atConsent(): Promise<Participant> {
  const p = new Participant(h, `+46${n++}`);
  const first = await p.say("hej");
  expect(first.at(-1)).toMatch(/Okej\?\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
  return p;
}

describe("trust tests and scorn at the consent", () => {
  it.each(["vad tjänar ni på detta", "betalar kommunen dig", "vem betalar er?", "tjänar ni pengar på mig", "who pays you", "whats in it for you"])("who pays: %s", (text) => {
    expect(understandFree(text)).toBe("question:who-pays");
  });
  it.each(["min mamma betalar hyran", "jag betalar själv", "vad tjänar du i timmen på jobbet"])("not who pays: %s", (text) => {
    expect(understandFree(text)).not.toBe("question:who-pays");
  });
  it.each(["jag e 15 får jag va med här", "är 16 för ungt?", "hur gammal måste man va", "im 16 can i join", "jag är 19 kan jag va med"])("age: %s", (text) => {
    expect(understandFree(text)).toBe("question:age");
  });
  it.each(["jag är 15", "fick 15 i betyg", "min lillebror är 12"])("not age: %s", (text) => {
    expect(understandFree(text)).not.toBe("question:age");
  });

  it("'whatever ja' is a yes to the consent", async () => {
    const p = await atConsent();
    expect(await p.say("whatever ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    expect(await dataConsents(p)).toEqual([true]);
  });

  it("'jag e 15 får jag va med här' is answered (yes, and what it means under 18), then the consent in its short line", async () => {
    const p = await atConsent();
    const reply = await p.say("jag e 15 får jag va med här");
    expect(reply).toHaveLength(2);
    expect(lines("sv", "answers.ageMinor")).toContain(reply[0]);
    expect(reply[0]).toMatch(/föräldrar kan inte läsa/);
    expect(lines("sv", "onboarding.consentAgain").map((l) => l + CONSENT_MENU)).toContain(reply[1]);
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
  });

  it("'vad tjänar ni på detta' and 'betalar kommunen dig' get a short true answer, never a second one word for word", async () => {
    const p = await atConsent();
    const first = await p.say("vad tjänar ni på detta");
    const second = await p.say("betalar kommunen dig");
    expect(lines("sv", "answers.whoPays")).toContain(first[0]);
    expect(lines("sv", "answers.whoPays")).toContain(second[0]);
    expect(first[0]).not.toBe(second[0]);
    expect(await dataConsents(p)).toEqual([]);
  });

  it("scorn ('ni e så fejk', 'du fattar ju inget') is answered shortly, without the consent again; the question still takes its yes", async () => {
    const p = await atConsent();
    const first = await p.say("ni e så fejk");
    const second = await p.say("du fattar ju inget");
    expect(first).toHaveLength(1);
    expect(lines("sv", "onboarding.consentScorned")).toContain(first[0]);
    expect(lines("sv", "onboarding.consentScorned")).toContain(second[0]);
    expect(second[0]).not.toBe(first[0]);
    expect(first[0]).not.toMatch(/1\. Ja/);
    expect(await p.say("ok ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
  });

  it("in English too", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("hello");
    const reply = await p.say("this is so fake");
    expect(lines("en", "onboarding.consentScorned")).toContain(reply[0]);
  });
});
