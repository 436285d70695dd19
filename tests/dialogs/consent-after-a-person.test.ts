// The seventh tester (2026-12) texted as a frightened fifteen-year-old and a sarcastic seventeen-year-old,
// and found the consent form where a person was needed: "jag e 15 får jag va med här" met with the consent
// again, "whatever ja" not a yes, "vad tjänar ni på detta" and "betalar kommunen dig" (trust tests) and
// "ni e så fejk" (scorn) answered with the consent in five rewordings. Here each gets a short true answer
// and the consent question waits without being pushed.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { fill, loadLocales } from "../../bot/infrastructure/i18n.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";

const locales = loadLocales();
const lines = (lang: "sv" | "en", key: string, vars: Record<string, string> = {}) => locales[lang].get(key)!.map((t) => fill(t, { coordinatorInSentence: lang === "sv" ? "teamet" : "the team", months: "6", days: "30", ...vars }));
const CONSENT_MENU = "\n1. Ja\n2. Nej\n3. Jag har frågor";

const suite = transcriptSuite(731500000, { clock: { once: Date.parse("2026-11-24T10:00:00+01:00") }, staff: true });
const dataConsents = async (p: Participant) => (await p.record()).consents.filter((c) => c.kind === "data-processing").map((c) => c.granted);

async function atConsent(): Promise<Participant> {
  const p = suite.newcomer();
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

  // Since session 23 (fix23a, full01) the consent is not put after every answer: its choices stay on the answer.
  it("'jag e 15 får jag va med här' is answered (yes, and what it means under 18), with the consent's choices on it", async () => {
    const p = await atConsent();
    const reply = await p.say("jag e 15 får jag va med här");
    expect(reply).toHaveLength(1);
    expect(lines("sv", "answers.ageMinor").map((l) => l + CONSENT_MENU)).toContain(reply[0]);
    expect(reply[0]).toMatch(/föräldrar (kan inte läsa|ser inget)/);
    // She said she is 15: the duty to report is hers, not "if you are under 18".
    expect(reply[0]).toMatch(/eftersom du är under 18/);
    expect(reply[0]).not.toMatch(/är du under 18/i);
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
  });

  it("'vad tjänar ni på detta' and 'betalar kommunen dig' get a short true answer, never a second one word for word", async () => {
    const p = await atConsent();
    const first = await p.say("vad tjänar ni på detta");
    const second = await p.say("betalar kommunen dig");
    expect(lines("sv", "answers.whoPays").map((l) => l + CONSENT_MENU)).toContain(first[0]);
    expect(lines("sv", "answers.whoPays").map((l) => l + CONSENT_MENU)).toContain(second[0]);
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
    const p = suite.newcomer();
    await p.say("hello");
    const reply = await p.say("this is so fake");
    expect(lines("en", "onboarding.consentScorned")).toContain(reply[0]);
  });
});

describe("a hand-back into an unfinished consent", () => {
  const staff = suite.staffDeps;

  /** At the consent, then Maja (coordinator on team A) takes over, writes, and hands back. */
  async function handedBack(words: string[]): Promise<Participant> {
    suite.h.clock.ms = Date.parse("2026-11-30T08:00:00+01:00");
    const p = await atConsent();
    const { conversationId: id } = await suite.joinTeam(p);
    const maja = suite.w.accounts.coordA.actor;
    await assignConversation(staff(), maja, id, maja.id);
    await takeOver(staff(), maja, id);
    for (const text of words) await replyAsCoordinator(staff(), maja, id, text);
    suite.h.clock.ms += 2 * 3_600_000;
    await handBack(staff(), maja, id);
    await p.received();
    suite.h.clock.ms += 3 * 3_600_000;
    return p;
  }

  it("'hej' after the hand-back is a hello, not the consent form; a question only the coordinator can answer goes to her, and is said to", async () => {
    const p = await handedBack(["Hej, Maja här. Hur är det?"]);
    const hello = await p.say("hej");
    expect(hello.join("\n")).not.toMatch(/spara/);
    expect(hello.join("\n")).toMatch(/^Hej! .*Vad vill du göra\?/); // the hello first, the notice after it (texter16 #6)
    const asked = await p.say("är maja arg på mig");
    expect(asked).toHaveLength(1);
    expect(lines("sv", "conversation.questionPassedOn", { coordinator: "Maja" }).some((l) => asked[0]!.startsWith(l))).toBe(true);
    // No numbers for what cannot wait glued onto an ordinary question.
    expect(asked[0]).not.toMatch(/112|90101/);
    const conversation = (await p.record()).conversations[0]!;
    expect(conversation.status).toBe("waiting");
    expect(await dataConsents(p)).toEqual([]);
  });

  it("'lol nej' after the hand-back answers something else: no consent is refused", async () => {
    const p = await handedBack(["Hej! Maja här, en riktig människa."]);
    const first = await p.say("e det du maja?");
    expect(first.join("\n")).not.toMatch(/spara/);
    const reply = await p.say("lol nej");
    expect(reply.join("\n")).not.toMatch(/sparar jag ditt nummer och ditt nej/);
    expect(await dataConsents(p)).toEqual([]);
  });

  it("'radera allt jag skrivit om pappa' is heard: part of it goes to a person, and how to erase everything is said", async () => {
    const p = await handedBack(["Hej Ronja, Maja här."]);
    const reply = await p.say("radera allt jag skrivit om pappa");
    expect(lines("sv", "erasure.partPassedOn", { coordinator: "Maja" }).some((l) => reply[0]!.startsWith(l))).toBe(true);
    expect((await p.record()).conversations[0]!.status).toBe("waiting");
  });

  it("the consent comes once, in full, when something that keeps answers is asked for; only a yes is recorded there", async () => {
    const p = await handedBack(["Hej, Maja här."]);
    await p.say("hej");
    const asked = await p.say("kolla läget");
    expect(asked[0]).toMatch(/^För det behöver jag spara dina svar\..*Okej\?\n1\. Ja\n2\. Nej$/s);
    expect((await p.say("nej"))[0]).toMatch(/^Okej, då sparar jag inga svar\./);
    expect(await dataConsents(p)).toEqual([]);
    await p.say("kolla läget");
    expect((await p.say("ja"))[0]).toMatch(/på en skala 1-10\?$/);
    expect(await dataConsents(p)).toEqual([true]);
  });

  it("without a hand-back, a 'nej' after 'Ingen brådska' is not a no either: the consent is asked again in its short line", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T10:00:00+01:00");
    const p = await atConsent();
    await p.say("hä");
    // "va" is puzzled: what is asked is said again in a line (texter18 #17), still no consent taken.
    expect(await p.say("va")).toEqual(lines("sv", "onboarding.consentLaterPuzzled"));
    const again = await p.say("lol nej");
    expect(lines("sv", "onboarding.consentAgain").map((l) => l + CONSENT_MENU)).toContain(again.at(-1));
    expect(await dataConsents(p)).toEqual([]);
    expect((await p.say("nej"))[0]).toMatch(/^Okej, helt förståeligt\./);
    expect(await dataConsents(p)).toEqual([false]);
  });
});
