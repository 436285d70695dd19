// The eleventh young tester's crisis waits and the days after (texter18 #1, #2, #3, #10):
// - #1: Alexander, 20, at 02:56 after a farewell letter: "står vid spåret nu" got "Jag hör dig. Teamet vet redan" and
//   "tåget kmr om 10 min" got "Du är inte ensam med det här". A place, a method, a train, a height or a time told in
//   a crisis wait gets 112 now and what to do about where they are, whether the screen flags it again or not.
// - #3: Kevin, 21, the evening after Kim called him: "i gave the pills to my sister like kim said" got the whole
//   crisis block again. The flag is the screen's; the reply is to the good step it is.
// - #2: then, for two weeks, "the team hasn't had time to answer yet", though Kim had; Saima's "har kim svarat på
//   det jag skrev" was "sent on" to Kim. What is said after a handled crisis is true. And "is there like a group thing
//   i could join" gets an answer.
// - #10: Ludvig, 18, after "skojar ju lol": "varför skickar du nummer till självmordslinjen 😭" got the numbers again;
//   Bianca's "asså av skratt" got "Numren jag skickade gäller hela tiden".
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(741800000, { clock: "none", staff: true });
const { conversationOf } = suite;
const MIN = 60_000;

const URGENT_NOW = /(ring|call) 112 (nu|now)|112 (nu|now)\b/i;
const STAY_PUT = /Stanna där du är|stanna kvar|Stay where you are|stay put/;
const AWAY = /därifrån|bort därifrån|Lägg ifrån dig|lägg undan|away from there|Put down|put away|Put it down/i;
const MILD = /Jag hör dig\. (Teamet|Allt)|Du är inte ensam med det här|I hear you\. (The team|Everything)|You're not alone with this/;
const NUMBERS = /90101|112|116 ?111|1177/;
const NOT_YET = /inte hunnit svara|har inte svarat än|hasn't had time|has had time to answer yet|hasn't answered yet/;

/** Someone on team Nord, then a crisis flag at Friday 02:50 (nobody in until Monday). */
async function inCrisisAtNight(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  suite.h.clock.ms = Date.parse("2026-11-27T01:50:00Z");
  await p.say(language === "sv" ? "jag vill inte leva längre" : "i dont want to live anymore");
  expect((await conversationOf(p)).priority).toBe("crisis");
  return p;
}

async function say(p: Participant, text: string, after = MIN): Promise<string> {
  suite.h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

describe("a place, a method, a train, a height or a time told in a crisis wait (texter18 #1)", () => {
  it("Alexander's night: by the track, then the train in ten minutes: 112 now and to get away from there, never the mild line", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam("sv", "Alexander");
    suite.h.clock.ms = Date.parse("2026-11-27T01:55:00Z");
    const letter = await say(p, "har skrivit ett brev till mamma o lillebror", 0);
    expect(letter).toMatch(/90101/);
    expect((await conversationOf(p)).priority).toBe("crisis");
    const track = await say(p, "står vid spåret nu");
    expect(track).toMatch(URGENT_NOW);
    expect(track).toMatch(AWAY);
    expect(track).not.toMatch(STAY_PUT);
    expect(track).not.toMatch(MILD);
    const train = await say(p, "tåget kmr om 10 min");
    expect(train).toMatch(/112/);
    expect(train).toMatch(AWAY);
    expect(train).not.toMatch(MILD);
    expect(train).not.toBe(track);
  });

  it("read as shapes, in Swedish and English, texting spellings too: each gets 112, never the same line twice in a row", async () => {
    const sv = await inCrisisAtNight();
    let previous = "";
    for (const t of ["tåget kommer snart", "ska hoppa nu", "står på kanten", "sitter på räcket", "10 våningar upp", "har repet här", "har kniven i handen", "gör det om 10 min", "ska göra det inatt", "om en kvart e det över"]) {
      const reply = await say(sv, t);
      expect(reply, t).toMatch(/112/);
      expect(reply, t).not.toMatch(MILD);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await inCrisisAtNight("en");
    for (const t of ["the train is coming", "gonna jump", "im on the ledge", "holding the knife rn", "ill do it in an hour", "gonna do it tonight"]) {
      const reply = await say(en, t);
      expect(reply, t).toMatch(/112/);
      expect(reply, t).not.toMatch(MILD);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
  });

  it("an ordinary train, a skipped class or homework later is no emergency: no '112 now'", async () => {
    const p = await inCrisisAtNight();
    for (const t of ["tåget var sent igår", "ska hoppa över skolan imorgon", "ska göra läxan om 10 min", "missade tåget"]) {
      expect(await say(p, t), t).not.toMatch(URGENT_NOW);
    }
  });
});

/** Kevin's week: a crisis at night, Kim answers in the morning and hands back. */
async function handledByKim(language: "sv" | "en", name: string): Promise<{ p: Participant; id: number }> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  suite.h.clock.ms = Date.parse("2026-12-01T01:20:00Z");
  await p.say(language === "sv" ? "tror alla skulle ha det bättre utan mig" : "honestly i think everyone would be better off without me around");
  expect((await conversationOf(p)).priority).toBe("crisis");
  await say(p, language === "sv" ? "har sparat mina tabletter ett tag" : "ive been saving up my meds for a while");
  suite.h.clock.ms = Date.parse("2026-12-01T07:05:00Z");
  const id = await suite.answeredAndHandedBack(p, language === "sv" ? "Hej, det är Kim. Jag ringer dig kl 9." : "Hi, this is Kim from the team. I'll call you at 9.");
  return { p, id };
}

describe("a protective step after a crisis, and the days after a handled crisis (texter18 #2, #3)", () => {
  it("Kevin: 'i gave the pills to my sister like kim said' is met as a good step, and what follows for days says Kim answered, not 'hasn't had time yet'", async () => {
    const { p } = await handledByKim("en", "Kevin");
    suite.h.clock.ms = Date.parse("2026-12-01T20:30:00Z");
    await say(p, "hey", 0);
    const step = await say(p, "i gave the pills to my sister like kim said");
    expect(step).toMatch(/good step/i);
    expect(step).toMatch(/Kim/);
    expect(step).not.toMatch(NUMBERS);
    expect(step).not.toMatch(/takes courage/);
    const embarrassed = await say(p, "kinda embarrassed tbh");
    expect(embarrassed).not.toMatch(/numbers I sent/);
    expect(embarrassed).not.toMatch(NOT_YET);
    // Friday night, three days on: ordinary messages, never "hasn't had time to answer yet", never a bare reading.
    suite.h.clock.ms = Date.parse("2026-12-04T22:50:00Z");
    const friday = await say(p, "its friday and im alone again lol", 0);
    expect(friday).not.toMatch(NOT_YET);
    expect(friday).not.toMatch(/^Someone on the team reads/);
    // The step is no new crisis (the screen leaves "i gave the pills to my sister like kim said" alone since round
    // 16), so this Friday is more than three days after the last crisis reply: loneliness is met as any evening's,
    // never "not answered yet", never the numbers, and still with someone on the team named.
    const out = await say(p, "everyone i know is out");
    expect(out).not.toMatch(NOT_YET);
    expect(out).not.toMatch(/90101|Självmordslinjen/);
    // (When someone on the team reads, said in the reply just before, is not said again: fix22e 4.)
    expect(`${friday} ${out}`).toMatch(/Kim|[Ss]omeone on the team/);
    expect(await say(p, "has kim answered me")).toMatch(/^Yes, Kim/);
    // Two weeks on.
    suite.h.clock.ms = Date.parse("2026-12-15T17:00:00Z");
    const back = await say(p, "hey sorry was offline", 0);
    expect(back).not.toMatch(NOT_YET);
  });

  it("loneliness in other words, days after a handled crisis: never 'not answered yet', never the same line twice", async () => {
    for (const [language, name, words] of [
      ["sv", "Mira", ["känner mig så ensam ikväll", "alla e ute utom jag", "har ingen att va med"]],
      ["en", "Max", ["feel so lonely tonight", "everyone is out except me", "got nobody to hang with"]],
    ] as const) {
      const { p } = await handledByKim(language, name);
      suite.h.clock.ms = Date.parse("2026-12-04T21:00:00Z");
      let previous = "";
      for (const t of words) {
        const reply = await say(p, t);
        expect(reply, t).not.toMatch(NOT_YET);
        expect(reply, t).not.toBe(previous);
        previous = reply;
      }
    }
  });

  it("protective steps said in other ways, Swedish and English, get the good-step word, not the crisis block", async () => {
    const { p } = await handledByKim("sv", "Saga");
    suite.h.clock.ms = Date.parse("2026-12-01T18:00:00Z");
    let previous = "";
    for (const t of ["gav tabletterna till min syster som kim sa", "slängde rakbladen", "mamma har mina mediciner nu"]) {
      const reply = await say(p, t);
      expect(reply, t).toMatch(/bra steg|Vad bra/);
      expect(reply, t).not.toMatch(/modigt|Är du i fara/);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await handledByKim("en", "Sam");
    suite.h.clock.ms = Date.parse("2026-12-01T18:00:00Z");
    for (const t of ["flushed the pills", "my sister has my meds now", "threw away the blades"]) {
      const reply = await say(en.p, t);
      expect(reply, t).toMatch(/good step|Good that you did/);
      expect(reply, t).not.toMatch(/takes courage|If you are in danger/);
    }
  });

  it("a step nothing flagged says it stays here for Kim, never that Kim was told", async () => {
    for (const [language, name, text, kept, told] of [
      ["sv", "Liv", "mamma har mina mediciner nu", /ligger kvar här|kan läsa det här/, /berättat det för|får veta det/],
      ["en", "Ash", "my sister has my meds now", /stays here|can read it here/, /I've told|will hear about it/],
    ] as const) {
      const { p } = await handledByKim(language, name);
      suite.h.clock.ms = Date.parse("2026-12-01T18:00:00Z");
      const reply = await say(p, text);
      expect(reply, text).toMatch(/bra steg|Vad bra|good step|Good that you did/);
      expect(reply, text).toMatch(/Kim/);
      expect(reply, text).toMatch(kept);
      expect(reply, text).not.toMatch(told);
    }
  });

  it("a step that is denied or comes with more is the crisis it sounds like", async () => {
    const { p } = await handledByKim("en", "Noa");
    suite.h.clock.ms = Date.parse("2026-12-01T18:00:00Z");
    const more = await say(p, "gave the pills to my sister but i still want to die");
    expect(more).not.toMatch(/good step/i);
    expect(more).toMatch(/112/);
  });

  it("Saima, two days after Kim wrote: 'har kim svarat på det jag skrev' is yes, said truthfully, not sent on as a question", async () => {
    const { p } = await handledByKim("sv", "Saima");
    suite.h.clock.ms = Date.parse("2026-12-03T13:00:00Z");
    await say(p, "hej", 0);
    for (const t of ["har kim svarat på det jag skrev", "har nån svarat"]) {
      const reply = await say(p, t);
      expect(reply, t).toMatch(/^Ja, (Kim|det har Kim)/);
      expect(reply, t).not.toMatch(/skickat (din fråga|den vidare)|inte hunnit/);
    }
  });

  it("is there a group to join: an answer (youth centre, clubs, study associations), in a wait and out of one", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam("en", "Jo");
    for (const t of ["is there like a group thing or something i could join", "are there any groups i could join"]) {
      const reply = await say(p, t);
      expect(reply, t).toMatch(/youth centre|study association/);
      expect(reply, t).not.toMatch(/don't understand|not quite following/);
    }
    const q = await suite.onTeam("sv", "Elin");
    for (const t of ["finns det nån grupp man kan gå med i", "vad finns det för aktiviteter för unga"]) {
      expect(await say(q, t), t).toMatch(/fritidsgård|studieförbund/);
    }
  });
});

describe("a false alarm let go (texter18 #10)", () => {
  it("Ludvig: after 'skojar ju', 'varför skickar du nummer till självmordslinjen 😭' gets an honest line, not the numbers", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam("sv", "Ludvig");
    suite.h.clock.ms = Date.parse("2026-11-28T00:31:00Z");
    await say(p, "har dött typ 40 ggr på samma boss", 0);
    expect(await say(p, "jag ska ta livet av mig om jag dör en gång till 💀💀")).toMatch(/90101/);
    expect(await say(p, "skojar ju lol det e elden ring")).toMatch(/skämt|skoj|säger det/);
    const why = await say(p, "varför skickar du nummer till självmordslinjen 😭");
    expect(why).toMatch(/säkerhets skull|hellre en gång för mycket/);
    expect(why).not.toMatch(NUMBERS);
    const again = await say(p, "vafför självmordslinjen??");
    expect(again).not.toMatch(NUMBERS);
    expect(again).not.toBe(why);
    const en = await inCrisisAtNight("en", "Leo");
    const whyEn = await say(en, "why do u keep sending me the suicide line lol");
    expect(whyEn).toMatch(/to be safe|once too often/);
    expect(whyEn).not.toMatch(NUMBERS);
    // Asked with a wish to die in the same breath: the crisis it is, with the numbers.
    expect(await say(en, "why send me numbers i just want to die")).toMatch(/112|90101/);
  });

  it("Bianca: 'asså av skratt' at the end of a burst the screen raised is heard as the joke it was", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam("sv", "Bianca");
    suite.h.clock.ms = Date.parse("2026-11-26T19:00:00Z");
    for (const t of ["haha", "min bror", "satte ketchup", "på pizzan"]) await say(p, t, 20_000);
    expect(await say(p, "jag vill dö", 20_000)).toMatch(/90101/);
    await say(p, "💀💀", 20_000);
    const laugh = await say(p, "asså av skratt", 20_000);
    expect(laugh).not.toMatch(/Numren jag skickade|90101/);
    expect(laugh).toMatch(/skoj|säger det/);
  });
});
