// Session 21's night leftovers after a crisis reply (fix21b), found by a young tester texting on a Saturday night with
// nobody from the team in until Monday 08:00:
// 1. Someone else in danger: "my friend took like 10 xanax and now she wont wake up" got the overdose reply addressed
//    to the writer ("If you have taken too much…"); "its not me its my friend!!" got the control acknowledgment; "what
//    do i do" a status report; "she is breathing weird" a generic line. The writer is now spoken to as the helper: 112
//    now for them, stay with them, on their side if breathing but not waking, check breathing
//    (dialogs/shared/someone-else-words.ts, bot/core/flag-crisis.ts, dialogs/waiting.ts answeredCrisisSteps).
// 2. A sixteen-year-old after the crisis reply for abuse at home: "jag kan inte ringa han hör ju" (a chat that is not
//    heard, 112 even whispering), "kan nån komma hit?" (nobody from the team can; 112 can send police or ambulance),
//    "ok han gick ut nu. lugnt" (no "Starkt! Hur kändes det?"), "ja sluta skriva först, han kollar ibland min mobil"
//    (reminders off, said in a line; not how to send STOPP).
// 3. "teamet vet om det" at night implied someone was there: the after-crisis lines say nobody is in, or when a person
//    reads. Every answer here is one message: nothing is added in a row.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(762110000, { clock: "none", staff: true });
const MIN = 60_000;
/** Saturday 23:30 in Stockholm: nobody from the team in until Monday 08:00. */
const SATURDAY_NIGHT = Date.parse("2026-11-28T22:30:00Z");

/** Someone on team Nord, born in `birthYear` if told, writing on Saturday night. */
async function atNight(language: "sv" | "en" = "sv", birthYear?: number): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, "Alex");
  if (birthYear) await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear } });
  suite.h.clock.ms = SATURDAY_NIGHT;
  return p;
}

/** One message for the turn, and that message. */
async function oneReply(p: Participant, text: string, after = MIN): Promise<string> {
  suite.h.clock.advance(after);
  const got = await p.say(text);
  expect(got, `${text} → ${got.join(" | ")}`).toHaveLength(1);
  return got[0]!;
}

const TO_THE_WRITER = /Har du tagit för mycket|If you have taken too much|Kvinnofridslinjen|status|Så här ser det ut nu|Here's where things are|ingen har hunnit svara|nobody has had time/;
const FIRST_AID = { sv: /112.*(hen|hens).*(sidan|andas)|112.*(sidan|andas).*hen/s, en: /112.*(them|they).*(side|breathing)/s };

describe("someone else in danger: the writer is spoken to as the helper", () => {
  it("the first crisis reply for a friend's pills, said in a few ways, is 112 for them, stay, and first aid", async () => {
    for (const [language, said] of [
      ["en", "my friend took like 10 xanax and now she wont wake up"],
      ["sv", "min kompis tog typ 10 xanax o nu vaknar hon inte"],
      ["sv", "min syster har tagit typ 20 alvedon och hon vaknar inte"],
      ["en", "my sister took a whole pack of pills and shes not waking up"],
    ] as const) {
      const p = await atNight(language);
      suite.h.clock.advance(MIN);
      const reply = await p.say(said);
      expect(reply.length, said).toBeLessThanOrEqual(2);
      expect(reply[0], said).toMatch(FIRST_AID[language]);
      expect(reply.join(" "), said).not.toMatch(/Har du tagit för mycket|If you have taken too much/);
    }
  });

  it("'its not me its my friend' after a reply to the writer is the correction: sorry, and the steps for the helper", async () => {
    for (const [language, first, correction] of [
      ["en", "i took like 10 xanax", "its not me its my friend!!"],
      ["sv", "har tagit 20 alvedon", "det är inte jag, det är min kompis"],
      ["sv", "har tagit 20 alvedon", "de e inte ja de e min kompis"],
      ["sv", "har tagit 20 alvedon", "inte jag, min syrra"],
      ["en", "i took like 10 xanax", "not me, my friend"],
    ] as const) {
      const p = await atNight(language);
      suite.h.clock.advance(MIN);
      expect((await p.say(first))[0], first).toMatch(/Har du tagit för mycket|If you have taken too much/);
      const fixed = await oneReply(p, correction);
      expect(fixed, correction).toMatch(language === "sv" ? /^(Förlåt|Okej, förlåt)/ : /^(Sorry|Okay, sorry)/);
      expect(fixed, correction).toMatch(FIRST_AID[language]);
      expect(fixed, correction).not.toMatch(TO_THE_WRITER);
      // What follows is read the same way: what to do is for the helper, in other words than just before.
      const steps = await oneReply(p, language === "sv" ? "vad ska jag göra" : "what do i do");
      expect(steps).toMatch(FIRST_AID[language]);
      expect(steps).not.toBe(fixed.replace(/^(Förlåt, då läste jag fel\.|Okej, förlåt att jag missförstod\.|Sorry, I read that wrong\.|Okay, sorry I misunderstood\.) /, ""));
    }
  });

  it("the tester's night: first aid each time, never the same line twice in a row, never addressed as if the writer took it", async () => {
    for (const [language, lines] of [
      ["en", ["my friend took like 10 xanax and now she wont wake up", "its not me its my friend!!", "what do i do", "she is breathing weird"]],
      ["sv", ["min kompis tog typ 10 xanax o nu vaknar hon inte", "det är inte jag, det är min kompis", "vad ska jag gora", "hon andas konstigt"]],
    ] as const) {
      const p = await atNight(language);
      const got: string[] = [];
      for (const line of lines) {
        suite.h.clock.advance(MIN);
        const reply = await p.say(line);
        expect(reply.length, line).toBeGreaterThan(0);
        expect(reply[0], line).toMatch(FIRST_AID[language]);
        expect(reply.join(" "), line).not.toMatch(TO_THE_WRITER);
        got.push(...reply);
      }
      for (let i = 1; i < got.length; i++) expect(got[i], got[i]).not.toBe(got[i - 1]);
    }
  });

  it("'what do i do' after a crisis of one's own gets the steps for that crisis, not where things stand", async () => {
    for (const [language, crisis, asked, steps] of [
      ["sv", "har tagit 20 alvedon", "vad ska jag göra", /112.*tagit/],
      ["sv", "har tagit 20 alvedon", "vad ska jag gora nu", /112.*tagit/],
      ["en", "i took like 10 xanax", "what do i do", /112.*took/],
      ["en", "i want to kill myself tonight", "wat do i do", /112.*(hurt yourself|Självmordslinjen)/],
      ["sv", "jag vill ta livet av mig", "vad gör jag nu", /112.*(skada dig|Självmordslinjen)/],
    ] as const) {
      const p = await atNight(language);
      suite.h.clock.advance(MIN);
      await p.say(crisis);
      const reply = await oneReply(p, asked);
      expect(reply, asked).toMatch(steps);
      expect(reply, asked).not.toMatch(/Så här ser det ut nu|Here's where things are|hunnit svara|had time to answer/);
    }
  });
});

describe("a sixteen-year-old at home after the crisis reply for abuse at home", () => {
  async function afterAbuse(language: "sv" | "en" = "sv", birthYear = 2010): Promise<Participant> {
    const p = await atNight(language, birthYear);
    suite.h.clock.advance(MIN);
    const first = await p.say(language === "sv" ? "pappa slår mig när han är full" : "my dad hits me when hes drunk");
    // A parent's harm: BRIS first, or to someone known to be 18 or over Brottsofferjouren (fix25c).
    expect(first.join(" ")).toMatch(/BRIS 116 111|Brottsofferjouren.*116 006/);
    return p;
  }

  it("calling is not possible: BRIS's chat at bris.se for under-18s, and 112 even whispering; never 'teamet vet om det'", async () => {
    for (const [language, said] of [
      ["sv", "jag kan inte ringa han hör ju"],
      ["sv", "kan inte ringa, han hor"],
      ["sv", "vågar int ringa"],
      ["en", "i cant call he'll hear"],
    ] as const) {
      const p = await afterAbuse(language);
      const reply = await oneReply(p, said);
      expect(reply, said).toMatch(/bris\.se/);
      expect(reply, said).toMatch(/112/);
      expect(reply, said).toMatch(/viska|whisper/);
      expect(reply, said).not.toMatch(/teamet vet om det|the team knows|sms.*112|text 112/i);
    }
    // An adult hit by a parent: 112 even whispering, and no Kvinnofridslinjen (fix25c; not mind.se's chat: leftovers-22b).
    const adult = await afterAbuse("sv", 2000);
    const cannot = await oneReply(adult, "jag kan inte ringa han hör ju");
    expect(cannot).toMatch(/112/);
    expect(cannot).not.toMatch(/Kvinnofridslinjen|mind\.se/);
  });

  it("'kan nån komma hit?': honestly nobody from the team can come now, and 112 can send police or an ambulance", async () => {
    for (const [language, said] of [
      ["sv", "kan nån komma hit?"],
      ["sv", "kan nan komma hit"],
      ["sv", "snälla kan ni komma"],
      ["en", "can someone come over?"],
    ] as const) {
      const p = await afterAbuse(language);
      const reply = await oneReply(p, said);
      expect(reply, said).toMatch(/Ingen från teamet kan komma|ingen i teamet kan komma|Nobody from the team can come|nobody on the team can come/);
      expect(reply, said).toMatch(/112.*(polis|police)/);
    }
  });

  it("'ok han gick ut nu. lugnt': someone else going out is no effort of theirs; a calm moment, 112 if it turns", async () => {
    for (const [language, said] of [
      ["sv", "ok han gick ut nu. lugnt"],
      ["sv", "han stack nu"],
      ["sv", "pappa har somnat nu"],
      ["en", "ok he left now. calm"],
    ] as const) {
      const p = await afterAbuse(language);
      const reply = await oneReply(p, said);
      expect(reply, said).not.toMatch(/Starkt|Hur kändes det|How did it feel|Well done/);
      expect(reply, said).toMatch(/lugn|calm|quiet/i);
      expect(reply, said).toMatch(/112/);
    }
  });

  it("'ja sluta skriva först, han kollar ibland min mobil': reminders off, said in a line, never how to send STOPP", async () => {
    for (const [language, said] of [
      ["sv", "ja sluta skriva först, han kollar ibland min mobil"],
      ["sv", "sluta skriva forst"],
      ["sv", "skriv inte först"],
      ["en", "yes dont text me first, he checks my phone sometimes"],
    ] as const) {
      const p = await afterAbuse(language);
      // A few messages after the offer, which is no longer the question just asked.
      await oneReply(p, language === "sv" ? "han e full nu o skriker" : "hes drunk and yelling now");
      const reply = await oneReply(p, said);
      expect(reply, said).toMatch(/hör inte av mig först|won't text first/);
      expect(reply, said).not.toMatch(/STOPP|STOP\b/);
      expect((await p.record()).remindersOff, said).toBe(true);
    }
  });
});

describe("at night, after a crisis: no line implies that someone from the team is there", () => {
  it("what the team knows comes with that nobody is in, or when someone reads, and every answer is one message", async () => {
    for (const [language, crisis, more] of [
      ["sv", "pappa slår mig när han är full", ["han e full nu o skriker", "jag vet inte", "hmm", "ok", "hej", "jag orkar inte"]],
      ["sv", "jag vill ta livet av mig", ["jag vet inte", "hmm", "hej igen", "ok"]],
      ["en", "i want to kill myself tonight", ["i dont know", "hmm", "hi again", "ok"]],
    ] as const) {
      const p = await atNight(language, 2010);
      suite.h.clock.advance(MIN);
      await p.say(crisis);
      for (const said of more) {
        suite.h.clock.advance(3 * MIN);
        const got = await p.say(said);
        expect(got.length, said).toBeLessThanOrEqual(1);
        const reply = got.join(" ");
        if (/teamet vet om det|[Tt]eamet har fått veta|[Tt]he team knows|team has been told/.test(reply)) {
          expect(reply, `${said} → ${reply}`).toMatch(/på plats|måndag|is in|Monday/);
        }
        expect(reply, said).not.toBe(language === "sv" ? "Du är inte ensam med det här, teamet vet om det." : "You're not alone with this, the team knows.");
      }
    }
  });
});
