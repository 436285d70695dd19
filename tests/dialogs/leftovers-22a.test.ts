// Session 22's conversation leftovers (fix22a), found by a young tester texting the product as a black box:
// 1. Practical needs said plainly got a dismissive line: "sover på en polares soffa nu" (a housing worry) and "pengarna
//    från af kommer inte förrän den 25e" (money until the 25th) are heard as the screen's concern is (the concern
//    offer: a warm word and a person offered); "finns det nåt ställe man kan få mat" is answered truthfully (the team
//    helps find it, no address made up) with the offer; "kommer ni kunna hjälpa mig hitta boende?" asks whether the
//    team helps with housing, not who reads this where they live.
// 2. Who is behind the service: "e ni från kommunen?", "men vem är teamet", "who is my team? i dont have a team lol"
//    (at the consent), "is this going to my handläggare??", "vem e detta? fick ett sms" (after an outreach SMS) are
//    answered from what the product knows (answer-question.ts), the consent asked again after it.
// 3. A minor told of harm at home and then pleaded "men säg inget": no promise of secrecy; the team reads it, staff
//    may have to make an orosanmälan to soc, they talk with them first when they can, and they are not in trouble.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";
import { Participant } from "../helpers/conversation.js";
import { importOutreach } from "../../bot/nudges/outreach-import.js";

const suite = transcriptSuite(722100000, { staff: true });
const { onboarded, newcomer, conversationOf } = suite;
const MIN = 60_000;

/** The lines of someone who did not take it in: "Det är lugnt", "Okej! Jag hänger inte riktigt med", "förstår inte allt". */
const DISMISSIVE = new RegExp(`${NOT_UNDERSTOOD.source}|^Det är lugnt|^Okej!|hänger inte riktigt med|It's fine\\.`);
/** An offer that someone from the team gets in touch. */
const OFFER = /hör av sig|hjälper dig med det|hjälp med det av|get in touch|help you with it|help with it from/;

describe("practical needs said plainly are heard, and a person offered", () => {
  it("a bed on someone's sofa: the worry about where to live heard, a person offered, flagged for the team; a yes asks for them", async () => {
    for (const [language, said] of [
      ["sv", "sover på en polares soffa nu"],
      ["sv", "sover pa en polares soffa nu"],
      ["sv", "bor på en kompis soffa just nu"],
      ["sv", "sover på golvet hos en polare"],
      ["en", "im sleeping on my friends couch rn"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(DISMISSIVE);
      expect(reply, said).toMatch(/var man ska bo|where to live/);
      expect(reply, said).toMatch(OFFER);
      expect((await conversationOf(p)).priority, said).toBe("concern");
      await p.sayLater(language === "sv" ? "ja" : "yes");
      expect((await conversationOf(p)).status, said).toBe("waiting");
    }
  });

  it("money that does not come until a date: the money worry heard, a person offered", async () => {
    for (const [language, said] of [
      ["sv", "pengarna från af kommer inte förrän den 25e"],
      ["sv", "pengarna fran af kommer inte forran den 25e"],
      ["sv", "får inga pengar förrän den 25e"],
      ["sv", "csn kommer inte förrän nästa vecka"],
      ["en", "my money doesnt come until the 25th"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(DISMISSIVE);
      expect(reply, said).toMatch(/pengar|Pengaoro|money/i);
      expect(reply, said).toMatch(OFFER);
      expect((await conversationOf(p)).priority, said).toBe("concern");
    }
  });

  it("not a need: a sofa bought, a sleepover told, money that came", async () => {
    for (const said of ["köpte en ny soffa idag", "sov över hos en kompis igår, va kul", "pengarna kom idag!!"]) {
      const p = await onboarded();
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(/var man ska bo|Pengaoro|pengarna inte räcker/);
      expect((await conversationOf(p)).priority, said).toBe("normal");
    }
  });

  it("where to get food: the team helps find it (no address made up), a person offered, and the yes asks for them", async () => {
    for (const [language, said] of [
      ["sv", "finns det nåt ställe man kan få mat"],
      ["sv", "finns det nat stalle man kan fa mat"],
      ["sv", "vet du var man kan få mat gratis?"],
      ["en", "is there anywhere i can get food"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(DISMISSIVE);
      expect(reply, said).toMatch(/mat|food/);
      expect(reply, said).toMatch(/teamet|team/);
      expect(reply, said).toMatch(OFFER);
      expect(reply, said).not.toMatch(/\d+ ?(gatan|vägen|street)|kl \d/);
      await p.sayLater(language === "sv" ? "ja" : "yes");
      expect((await conversationOf(p)).status, said).toBe("waiting");
    }
  });

  it("whether the team can help find housing: yes, what the team can do, never a promise of a flat, and the offer", async () => {
    for (const [language, said] of [
      ["sv", "kommer ni kunna hjälpa mig hitta boende?"],
      ["sv", "kan ni hjälpa mig med bostad?"],
      ["sv", "kan ni hjälpa mig att hitta en lägenhet"],
      ["en", "can you help me find a place to live?"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(/familjehem|personalen där du bor|foster home|staff where you live/);
      expect(reply, said).not.toMatch(DISMISSIVE);
      expect(reply, said).toMatch(/bostad|bo\b|housing|place to live/);
      expect(reply, said).toMatch(/inte lova|can't promise/);
      expect(reply, said).toMatch(OFFER);
    }
    // Those who look after someone where they live are still asked about as before.
    const q = await onboarded();
    expect((await q.say("kan personalen på boendet läsa det här?")).join(" ")).toMatch(/personalen där du bor|personalen på ditt boende/);
  });
});

describe("who is behind the service is answered from what the product knows", () => {
  it("'e ni från kommunen?', 'men vem är teamet': the municipality's youth team, the team by name when known, who reads", async () => {
    const p = await onboarded();
    const municipality = (await p.say("e ni från kommunen?")).join(" ");
    expect(municipality).not.toMatch(DISMISSIVE);
    expect(municipality).toMatch(/kommunens ungdomsteam/);
    const team = await p.sayLater("men vem är teamet");
    expect(team).not.toMatch(DISMISSIVE);
    expect(team).toMatch(/koordinator/);
    expect(team).toMatch(/teamledare/);
    // On a team: its name.
    const q = await suite.onTeam();
    expect((await q.say("men vem är teamet")).join(" ")).toMatch(/Team Nord/);
    const en = await onboarded("en");
    expect((await en.say("are you from the kommun?")).join(" ")).toMatch(/municipality's youth team/);
  });

  it("'who is my team? i dont have a team lol' at the consent: answered, then the consent again in other words", async () => {
    for (const [hello, asked] of [["Hello", "who is my team? i dont have a team lol"], ["Hej", "vem e mitt team? har inget team lol"], ["Hej", "e ni från kommunen?"]] as const) {
      const p = newcomer();
      const first = await p.say(hello);
      const reply = await p.say(asked);
      const all = reply.join(" ");
      expect(all, asked).toMatch(/ungdomsteam|youth team/);
      expect(all, asked).toMatch(/[Kk]oordinator|[Cc]oordinator/);
      // The consent's choices stay on the answer (since session 23 it is not put again after every answer), never its words again.
      expect(reply.at(-1), asked).toMatch(/\n1\. (Ja|Yes)\n2\. (Nej|No)\n3\. (Jag har frågor|I have questions)$/);
      expect(reply.at(-1), asked).not.toBe(first.at(-1));
      expect((await p.record()).consents, asked).toHaveLength(0);
    }
  });

  it("'is this going to my handläggare??': no, nothing is sent to a caseworker, the team reads, and when staff must report", async () => {
    for (const [language, said] of [["en", "is this going to my handläggare??"], ["sv", "går det här till min handläggare?"], ["sv", "kan min handläggare se det här"], ["en", "does my caseworker see this"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(DISMISSIVE);
      expect(reply, said).toMatch(/handläggare|caseworker/);
      expect(reply, said).toMatch(/team/);
      expect(reply, said).toMatch(/under 18/);
    }
  });

  it("'vem e detta? fick ett sms' after an outreach SMS: Tillit, the municipality's youth team, who reads; then the consent", async () => {
    for (const said of ["vem e detta? fick ett sms", "vem är det här? fick sms från er", "vem e detta"]) {
      const phone = suite.phone();
      // The scheduler sends at the provider's pace: each list's SMS a minute after the last.
      suite.h.clock.advance(MIN);
      await importOutreach(suite.h.tillit.sql, [{ line: 1, phone, name: null }], { teamId: suite.w.teamA, createdById: suite.w.accounts.coordA.id, followUpDays: 3 }, suite.h.clock.now());
      await suite.h.tillit.nudges.tick();
      const p = new Participant(suite.h, phone);
      expect((await p.received())[0], said).toMatch(/^Hej! Det här är Tillit/);
      const reply = await p.say(said);
      const all = reply.join(" ");
      expect(all, said).toMatch(/Tillit/);
      expect(all, said).toMatch(/kommunens ungdomsteam/);
      expect(all, said).toMatch(/Team Nord/);
      expect(all, said).toMatch(/läser/);
      expect(reply.at(-1), said).toMatch(/spara/);
      expect(reply.length, said).toBeLessThanOrEqual(2);
    }
  });
});

describe("a minor's plea not to tell after harm at home gets the honest line", () => {
  async function sixteen(language: "sv" | "en" = "sv", birthYear = 2010): Promise<Participant> {
    const p = await suite.onTeam(language, "Alex");
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear } });
    return p;
  }
  const HONEST = {
    sv: [/[Tt]eamet/, /orosanmälan/, /prata med dig först/, /inte i trubbel|inte gjort något fel/],
    en: [/team/, /report/, /talk (with|to) you first/, /not in trouble|haven't done anything wrong/],
  };

  it("after harm told: the team reads it, an orosanmälan may be needed, talked with first, not in trouble; no promise", async () => {
    for (const [language, harm, plea] of [
      ["sv", "pappa slår mig när han är full", "men säg inget"],
      ["sv", "mamma slår mig", "snälla säg inget till soc"],
      ["sv", "pappa slår mig när han är full", "säg inget till nån"],
      ["en", "my dad hits me when hes drunk", "pls dont tell anyone"],
    ] as const) {
      const p = await sixteen(language);
      await p.say(harm);
      const reply = await p.sayLater(plea);
      for (const re of HONEST[language]) expect(reply, `${plea} → ${reply}`).toMatch(re);
      expect(reply, plea).not.toMatch(/beror på vad du berättar|depends on what you tell|lovar|I promise/);
    }
  });

  it("the plea that comes in the burst that first raises the crisis is answered with the help, not left under it", async () => {
    const p = await sixteen();
    await p.say("han e full nu o skriker");
    const reply = await p.sayLater("men säg inget", 20_000);
    expect(reply).toMatch(/BRIS 116 111/);
    // Inside the crisis reply, in one short line (nothing the reply says is dropped for it: the phone, socialjouren).
    const SHORT = [/Hemligt kan jag inte lova/, /anmäla till soc/, /pratar med dig först/];
    for (const re of SHORT) expect(reply, reply).toMatch(re);
    expect(reply).toMatch(/socialjouren[\s\S]*mobil/);
    // Told again with the flag standing, and the plea with it: the one reply says both.
    const again = await p.sayLater("han slog mig igen nu. säg inget till nån");
    for (const re of SHORT) expect(again, again).toMatch(re);
    // Asked again on its own: the whole answer.
    const asked = await p.sayLater("men snälla säg inget till nån");
    for (const re of HONEST.sv) expect(asked, asked).toMatch(re);
    // The plea not in the message: the first reply as before, nothing about secrecy.
    const q = await sixteen();
    expect(await q.sayLater("pappa slår mig när han är full")).not.toMatch(/orosanmälan/);
  });

  it("an adult after harm: no under-18 duty, still no promise of secrecy", async () => {
    const p = await sixteen("sv", 2000);
    await p.say("pappa slår mig när han är full");
    const reply = await p.sayLater("men säg inget");
    expect(reply).not.toMatch(/orosanmälan|måste de anmäla/);
    expect(reply).toMatch(/[Tt]eamet/);
  });
});

