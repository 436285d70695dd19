// The eleventh young tester's nights and bursts (texter18 #4, #5, #14). Selma, 15, thrown out on a Friday night:
// "e det nån vaken" got "på måndag", "sitter i trapphuset" was not heard, "han slängde ut mig typ" got
// Självmordslinjen and "har 4% batteri" got "Du är inte ensam". Tove, 17, wrote "asså / jag / har / inte / sovit / på
// / typ / 3 / dygn" and got a line for every word, "3" read as a mood and "dygn" as a sleep answer; at 03:10,
// lonely, "kan du bara skriva nåt" got "Jag hänger inte riktigt med".
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(741800000, { clock: "none" });
const { onboarded, conversationOf } = suite;
const MIN = 60_000;

/** Friday 23:40 in Stockholm: nobody in until Monday. */
const FRIDAY_NIGHT = Date.parse("2026-11-27T22:40:00Z");

/** Onboarded on a weekday, then a home crisis told on Friday night (the screen flags it; the wait is what is tested). */
async function homeCrisisFridayNight(language: "sv" | "en" = "sv", age?: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-25T12:00:00Z");
  const p = await onboarded(language);
  if (age) await p.say(age);
  suite.h.clock.ms = FRIDAY_NIGHT;
  await p.say(language === "sv" ? "mammas kille slår mig" : "my moms boyfriend hits me");
  expect((await conversationOf(p)).priority).toBe("crisis");
  suite.h.clock.advance(MIN);
  return p;
}

const TONIGHT = /socialjouren/;
const WRONG_SERVICE = /90101|Självmordslinjen|Suicide/;

describe("thrown out at night (texter18 #4)", () => {
  it("Selma's Friday night: a call-out says where to turn tonight, the stairwell and being thrown out get socialjouren at once, the battery the one line", async () => {
    const p = await homeCrisisFridayNight("sv", "jag e 15");
    const awake = (await p.say("e det nån vaken")).join(" ");
    expect(awake).toMatch(TONIGHT);
    expect(awake).toMatch(/BRIS 116 111/);
    suite.h.clock.advance(MIN);
    const stairs = (await p.say("sitter i trapphuset")).join(" ");
    expect(stairs).toMatch(/112/);
    expect(stairs).toMatch(TONIGHT);
    expect(stairs).not.toMatch(WRONG_SERVICE);
    const out = (await p.say("han slängde ut mig typ")).join(" ");
    expect(out).toMatch(TONIGHT);
    expect(out).not.toMatch(WRONG_SERVICE);
    expect(out).not.toBe(stairs);
    suite.h.clock.advance(MIN);
    await p.say("mamma svarar inte");
    const battery = (await p.say("har 4% batteri")).join(" ");
    expect(battery).toMatch(/112 nu/);
    expect(battery).toMatch(TONIGHT);
    expect(battery).not.toMatch(/inte ensam/);
    expect((await conversationOf(p)).priority).toBe("crisis");
  });

  it("thrown out or in a stairwell, said in other words and in English, in a crisis wait: what to do tonight, never a suicide line alone", async () => {
    const sv = await homeCrisisFridayNight();
    let previous = "";
    for (const t of ["mamma kasta ut mej", "blev utslängd hemifrån", "får inte komma hem inatt", "sover ute inatt", "e på gatan", "sitter i trappan nu"]) {
      const reply = (await sv.say(t)).join(" ");
      expect(reply, t).toMatch(TONIGHT);
      expect(reply, t).not.toMatch(WRONG_SERVICE);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await homeCrisisFridayNight("en");
    for (const t of ["my mum kicked me out", "got kicked out lol", "dad threw me out", "sitting in the stairwell rn"]) {
      const reply = (await en.say(t)).join(" ");
      expect(reply, t).toMatch(TONIGHT);
      expect(reply, t).not.toMatch(WRONG_SERVICE);
    }
    for (const t of ["my battery is at 2%", "phone's on 3%"]) expect((await en.say(t)).join(" "), t).toMatch(/112 now/);
  });

  it("thrown out told outside any wait gets the same at once; thrown out of a lesson or a server is not that", async () => {
    suite.h.clock.ms = Date.parse("2026-11-25T12:00:00Z");
    const p = await onboarded("sv");
    suite.h.clock.ms = FRIDAY_NIGHT;
    expect((await p.say("pappa slängde ut mig")).join(" ")).toMatch(TONIGHT);
    const q = await onboarded("sv");
    for (const t of ["läraren slängde ut mig från lektionen", "blev utkastad från discord lol"]) expect((await q.say(t)).join(" "), t).not.toMatch(TONIGHT);
  });

  it("a low battery with nothing going on is no emergency", async () => {
    suite.h.clock.ms = Date.parse("2026-11-25T12:00:00Z");
    const p = await onboarded("sv");
    expect((await p.say("har 4% batteri")).join(" ")).not.toMatch(/112/);
  });

  it("'vill inte va hemma' right after onboarding is heard, and out of hours someone not known to be an adult gets where to turn tonight", async () => {
    suite.h.clock.ms = Date.parse("2026-11-25T20:55:00Z");
    for (const t of ["vill inte va hemma", "orkar inte vara hemma", "pallar inte va hemma asså", "hatar att va hemma"]) {
      const reply = (await (await onboarded("sv")).say(t)).join(" ");
      expect(reply, t).not.toMatch(/förstår inte allt|hänger inte/);
      expect(reply, t).toMatch(/hemma/);
    }
    const first = (await (await onboarded("sv")).say("vill inte va hemma")).join(" ");
    expect(first).toMatch(/BRIS 116 111/);
    const en = await onboarded("en");
    expect((await en.say("dont wanna be home")).join(" ")).toMatch(/home/);
    suite.h.clock.ms = Date.parse("2026-11-25T10:00:00Z");
    const day = (await (await onboarded("sv")).say("vill inte va hemma")).join(" ");
    expect(day).not.toMatch(/112/);
  });
});

/** Saturday 03:10 in Stockholm. */
const SATURDAY_NIGHT = Date.parse("2026-11-28T02:10:00Z");

describe("lonely at night (texter18 #14)", () => {
  it("Tove at 03:10: 'prata med en människa' says when someone would, and 'kan du bara skriva nåt' gets a little company, truthfully a bot's", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await onboarded("sv", "Tove");
    suite.h.clock.ms = SATURDAY_NIGHT;
    await p.say("har ingen att prata med");
    await p.say("nej");
    suite.h.clock.advance(MIN);
    // The team already knows: the door is named, and at night when someone would answer it.
    const door = (await p.say("känner mig så ensam")).join(" ");
    expect(door).toMatch(/prata med en människa/);
    expect(door).toMatch(/måndag/);
    suite.h.clock.advance(MIN);
    await p.say("alla i klassen har glömt mig");
    suite.h.clock.advance(MIN);
    const company = (await p.say("kan du bara skriva nåt")).join(" ");
    expect(company).not.toMatch(/hänger inte|förstår inte/);
    expect(company).toMatch(/bot|program/);
    expect(company).toMatch(/\?/);
    let previous = company;
    for (const t of ["säg nåt", "prata med mig", "håll mig sällskap"]) {
      suite.h.clock.advance(MIN);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/hänger inte|förstår inte/);
      expect(reply, t).not.toBe(previous);
      previous = reply;
    }
    const en = await onboarded("en");
    for (const t of ["can u just text me something", "just talk to me", "keep me company"]) {
      const reply = (await en.say(t)).join(" ");
      expect(reply, t).not.toMatch(/not following|don't understand/);
      expect(reply, t).toMatch(/bot|program/);
    }
  });
});

const PRESENCE = /Jag läser, skriv klart|Jag är med\. Ta den tid|I'm reading, take your time|I'm with you\. Take the time/;

describe("a burst read as the sentence it is (texter18 #5)", () => {
  it("Tove's 'asså / jag / har / inte / sovit / på / typ / 3 / dygn / 😵': no line for every word, '3' no mood score, 'dygn' no sleep answer", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T18:00:00Z");
    const p = await onboarded("sv", "Tove");
    suite.h.clock.advance(10 * MIN);
    const words = ["asså", "jag", "har", "inte", "sovit", "på", "typ", "3", "dygn", "😵"];
    const replies = await p.sayBurst(words);
    const all = replies.join(" | ");
    expect(replies[0], all).not.toBe("");
    expect(replies.filter((r) => PRESENCE.test(r)).length, all).toBeLessThanOrEqual(1);
    expect(replies.filter(Boolean).length, all).toBeLessThanOrEqual(5);
    for (let i = 1; i < replies.length; i++) if (replies[i]) expect(replies[i], all).not.toBe(replies[i - 1]);
    expect(all).not.toMatch(/3:a|Hur har du sovit|Jag förstod inte riktigt/);
    // The sentence is heard when it is said: not sleeping, by "sovit" and by "dygn".
    expect(replies[4], all).toMatch(/sova|Sömn/);
    expect(replies[8], all).toMatch(/sova|Sömn/);
    expect(replies[8], all).not.toBe(replies[4]);
    expect((await p.record()).checkIns).toHaveLength(0);
  });

  it("in English and in other words: the burst's sentence is answered, one presence line at most, a question in it answered", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T18:00:00Z");
    const en = await onboarded("en");
    suite.h.clock.advance(10 * MIN);
    const replies = await en.sayBurst(["so", "i", "havent", "slept", "in", "like", "3", "days"]);
    const all = replies.join(" | ");
    expect(replies[0], all).not.toBe("");
    expect(replies.filter((r) => PRESENCE.test(r)).length, all).toBeLessThanOrEqual(1);
    expect(all).toMatch(/sleep/i);
    expect(all).not.toMatch(/How did you sleep|What makes it a 3/);
    const sv = await onboarded("sv");
    suite.h.clock.advance(10 * MIN);
    const asked = await sv.sayBurst(["asså", "jag", "e du en bot?"]);
    expect(asked[2], asked.join(" | ")).toMatch(/program|assistent|bot/);
    const nonsense = await (await onboarded("sv")).sayBurst(["eh", "min bror", "satte ketchup", "på pizzan"]);
    expect(nonsense[0]).not.toBe("");
    expect(nonsense.filter((r) => PRESENCE.test(r)).length, nonsense.join(" | ")).toBeLessThanOrEqual(1);
    expect(nonsense.filter((r) => /förstår inte|hänger inte/.test(r)).length, nonsense.join(" | ")).toBeLessThanOrEqual(1);
  });

  it("a number right after Tillit's own question is its answer, not part of a burst; and a pause ends a burst", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T18:00:00Z");
    const p = await onboarded("sv");
    suite.h.clock.advance(10 * MIN);
    await p.say("asså");
    suite.h.clock.advance(20_000);
    const asked = (await p.say("kolla läget")).join(" ");
    expect(asked).toMatch(/\?/);
    suite.h.clock.advance(20_000);
    expect((await p.say("4")).join(" ")).not.toBe("");
    const q = await onboarded("sv");
    suite.h.clock.advance(10 * MIN);
    await q.say("asså");
    suite.h.clock.advance(10 * MIN);
    // Ten minutes later "jag" is a message of its own, answered.
    expect((await q.say("jag")).join(" ")).not.toBe("");
  });
});
