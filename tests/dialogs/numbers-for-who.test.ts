// The right help numbers for who it is and what happened (session 16, texter15 #4 and what session 15 left):
// the 24/7 numbers in a wait of days after a crisis come again only when a message needs them or after a long
// while, not every day someone writes; a known minor gets BRIS first for harm from others; bullying at school is
// not acknowledged as trouble at home.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { troubleAtSchool } from "../../dialogs/shared/harm-words.js";
import { ageTold } from "../../dialogs/shared/age-words.js";
import { minorFrom } from "../../bot/core/known-age.js";

const suite = transcriptSuite(716160000);
const { onboarded } = suite;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NUMBERS = /112|90101|1177|116 ?111/;

describe("a wait of days with a crisis flag open", () => {
  it("does not give the 24/7 numbers again every day they write; heavy, a question for them, or a week on does", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-24T21:30:00Z"); // Tuesday 22:30
    expect((await p.say("vill inte leva längre")).join(" ")).toMatch(/90101/);
    // Each day after, an ordinary message in the evening: warm, no numbers glued on.
    for (const [day, text] of ["har tänkt på jobb idag", "vet inte var jag ska börja", "var ute en sväng idag", "kollade på komvux"].entries()) {
      suite.h.clock.advance(DAY);
      const reply = (await p.say(text)).join(" ");
      expect(reply, `day ${day + 1}: ${text}`).not.toMatch(NUMBERS);
      expect(reply.length, text).toBeGreaterThan(0);
    }
    // A question for them, or a message that cannot wait, gets them at once.
    suite.h.clock.advance(2 * HOUR);
    expect((await p.say("vilket nummer kan jag ringa")).join(" ")).toMatch(/90101/);
    suite.h.clock.advance(HOUR);
    expect((await p.say("det kan inte vänta")).join(" ")).toMatch(/112/);
    // A week and more without them: once more, as a short reminder, then not the next day.
    suite.h.clock.advance(8 * DAY);
    // (Not news of a step taken: "har sökt ett jobb nu" is celebrated on its own, steps-coordinators-and-coming-back.)
    expect((await p.say("inget nytt här direkt")).join(" ")).toMatch(/90101/);
    suite.h.clock.advance(DAY);
    expect((await p.say("inget svar än från dom")).join(" ")).not.toMatch(NUMBERS);
  });
});

describe("bullying at school, read by the screen as a row at home", () => {
  it("is acknowledged as school, never 'hemma'; a row at home keeps its words; in English too", async () => {
    const p = await onboarded();
    await p.say("jag e 16");
    const school = (await p.say("de tar mina grejer i skolan och säger saker om min mamma varje dag")).join(" ");
    expect(school).toMatch(/skolan/);
    expect(school).toMatch(/inte ditt fel/);
    expect(school).not.toMatch(/hemma/);
    expect(school).toMatch(/hör av sig/);
    const home = await onboarded();
    expect((await home.say("bråkar med mamma hela tiden hemma")).join(" ")).toMatch(/jobbigt hemma/);
    const q = await onboarded("en");
    const en = (await q.say("they take my stuff at school and say things about my mom every day")).join(" ");
    expect(en).toMatch(/at school/);
    expect(en).not.toMatch(/at home/);
  });

  it("a yes to the offer after hours gets no words of a row at home", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-24T21:30:00Z"); // Tuesday 22:30
    await p.say("de tar mina grejer i skolan och säger saker om min mamma varje dag");
    const yes = (await p.say("ja")).join(" ");
    expect(yes).not.toMatch(/bråk|socialjouren/);
  });

  it("reads school, classmates and bullying told without home", () => {
    for (const t of ["de tar mina grejer i skolan och säger saker om min mamma varje dag", "dom mobbar mig", "i klassen säger dom saker om min mamma", "they take my stuff at school", "getting bullied every day"]) expect(troubleAtSchool(t), t).toBe(true);
    for (const t of ["bråkar med mamma hela tiden hemma", "pappa skriker när jag kommer hem från skolan", "det e bråk hemma igen", "my mom yells at me at home"]) expect(troubleAtSchool(t), t).toBe(false);
  });
});

/** The first text's numbers, in the order given. */
function order(text: string): string[] {
  return [...text.matchAll(/BRIS|112|Kvinnofridslinjen|Självmordslinjen|polisen 114 14|the police on 114 14/g)].map((m) => m[0]);
}

describe("help numbers for someone known to be under 18", () => {
  it("an age told ('jag e 17 btw'): harm at home gets BRIS first, then 112; the second text does not name BRIS again", async () => {
    const p = await onboarded();
    await p.say("jag e 17 btw");
    suite.h.clock.ms = Date.parse("2026-11-24T23:40:00Z"); // Wednesday 00:40
    // Two messages: the phone is asked in the second (crisis-two-messages.test.ts).
    const [first, second, ...more] = await p.say("min pappa slår mig");
    expect(more).toEqual([]);
    expect(order(first!)).toEqual(["BRIS", "112"]);
    expect(first).toMatch(/inte ditt fel/);
    expect(second).not.toMatch(/BRIS/);
    expect(second).toMatch(/socialjouren/);
    expect(second).toMatch(/mobil/);
    // More told while the flag stands: BRIS first again, in other words than a script.
    const again = (await p.say("han slog mig igen nyss")).join(" ");
    expect(order(again)[0]).toBe("BRIS");
    expect(again).not.toMatch(/Kvinnofridslinjen/);
  });

  it("under 18 told without a number ('jag är minderårig', 'im underage'): BRIS first as well", async () => {
    const p = await onboarded();
    await p.say("jag är minderårig");
    expect(order((await p.say("min pappa slår mig"))[0]!)).toEqual(["BRIS", "112"]);
    const q = await onboarded("en", "Sam");
    await q.say("im underage btw");
    expect(order((await q.say("my dad hits me"))[0]!)).toEqual(["BRIS", "112"]);
  });

  it("a birth year on the profile: a knife in the park gets 112 and BRIS, then the police; never Kvinnofridslinjen", async () => {
    const p = await onboarded("sv", "Jamal");
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear: 2010 } });
    const [first] = await p.say("de sa saker igen i parken idag och en av dem hade kniv");
    expect(order(first!)).toEqual(["112", "BRIS", "polisen 114 14"]);
    expect(first).not.toMatch(/Under 18\?/);
    const q = await onboarded("en", "Sam");
    await suite.h.tillit.db.participant.update({ where: { id: (await q.record()).id }, data: { ageBand: "u18" } });
    const [en] = await q.say("my dad hits me");
    expect(order(en!)).toEqual(["BRIS", "112"]);
  });

  it("an adult, or nobody's age known: a partner's harm 112 first, Kvinnofridslinjen, then 'Under 18? BRIS' (tester25 #5); a parent's, to an adult, 112 and Brottsofferjouren", async () => {
    const p = await onboarded();
    await p.say("jag e 22");
    const [first] = await p.say("min pappa slår mig");
    // Known to be 18 or over, from a parent (fix25c): 112 and Brottsofferjouren, no BRIS and no Kvinnofridslinjen.
    expect(order(first!)).toEqual(["112"]);
    expect(first).toMatch(/Brottsofferjouren 116 006/);
    const q = await onboarded();
    await suite.h.tillit.db.participant.update({ where: { id: (await q.record()).id }, data: { birthYear: 2001 } });
    await q.say("jag e 16"); // the profile, a coordinator's, comes first
    expect(order((await q.say("min kille slår mig"))[0]!)).toEqual(["112", "Kvinnofridslinjen", "BRIS"]);
    // Nobody's age known, from a parent: BRIS leads (they may be under 18), then 112.
    const r = await onboarded();
    expect(order((await r.say("min pappa slår mig"))[0]!)).toEqual(["BRIS", "112"]);
  });

  it("a row at home at night, a yes to a person: BRIS first for a known minor", async () => {
    const p = await onboarded();
    await p.say("jag e 16");
    suite.h.clock.ms = Date.parse("2026-11-24T23:40:00Z");
    await p.say("det e bråk hemma igen");
    const yes = (await p.say("ja")).join(" ");
    expect(order(yes)).toEqual(["BRIS", "112"]);
    const q = await onboarded();
    await q.say("det e bråk hemma igen");
    expect(order((await q.say("ja")).join(" "))).toEqual(["112", "BRIS"]);
  });

  it("waiting for a person, a row at home at night: what cannot wait names BRIS first for a known minor", async () => {
    const p = await onboarded();
    await p.say("jag e 15");
    await p.say("kan jag prata med en människa");
    suite.h.clock.ms = Date.parse("2026-11-24T23:40:00Z");
    const row = (await p.say("det e bråk hemma igen")).join(" ");
    expect(order(row), row).toEqual(["BRIS", "112"]);
    suite.h.clock.ms = Date.parse("2026-11-25T09:00:00Z");
    const q = await onboarded();
    await q.say("kan jag prata med en människa");
    suite.h.clock.ms = Date.parse("2026-11-25T23:40:00Z");
    const adult = (await q.say("det e bråk hemma igen")).join(" ");
    expect(order(adult), adult).toEqual(["112", "BRIS"]);
  });

  it("waiting after harm: what cannot wait and fear get BRIS first for a known minor; Självmordslinjen for an adult", async () => {
    const p = await onboarded();
    await p.say("jag e 16");
    suite.h.clock.ms = Date.parse("2026-11-24T23:40:00Z");
    await p.say("min pappa slår mig");
    suite.h.clock.advance(10 * 60_000);
    const urgent = (await p.say("det kan inte vänta")).join(" ");
    expect(order(urgent), urgent).toEqual(["BRIS", "112"]);
    suite.h.clock.advance(10 * 60_000);
    const scared = (await p.say("jag är rädd")).join(" ");
    expect(order(scared), scared).toEqual(["BRIS", "112"]);
    const q = await onboarded();
    await q.say("min pappa slår mig");
    suite.h.clock.advance(10 * 60_000);
    expect((await q.say("det kan inte vänta")).join(" ")).toMatch(/90101/);
  });

  it("reads the writer's own age, and only that", () => {
    const cases: [string, number | undefined][] = [
      ["jag e 16", 16], ["jag är 17 btw", 17], ["im 16", 16], ["i'm 15", 15], ["ja e 16 o min pappa slår mig", 16], ["jag e bara 15", 15],
      ["fyllde 17 igår", 17], ["jag är 16 år gammal", 16], ["I am 17 years old", 17], ["fyller 18 i maj", 17], ["jag är under 18", 17], ["jag e 22", 22],
      ["min bror e 8", undefined], ["har bott här i 16 år", undefined], ["jag är 20 minuter sen", undefined], ["jag har 16 kr kvar", undefined], ["vi var 15 st", undefined],
    ];
    for (const [t, age] of cases) expect(ageTold(t), t).toBe(age);
  });

  it("knows a minor from the profile first, then the age last told, grown by the time since", () => {
    const now = new Date("2026-12-03T00:00:00Z");
    const told = (body: string, at = "2026-11-01T00:00:00Z") => [{ body, at: new Date(at) }];
    expect(minorFrom({ birthYear: 2010, ageBand: null, written: [] }, now)).toBe(true);
    expect(minorFrom({ birthYear: 2001, ageBand: null, written: told("jag e 16") }, now)).toBe(false);
    expect(minorFrom({ birthYear: null, ageBand: "u18", written: [] }, now)).toBe(true);
    expect(minorFrom({ birthYear: null, ageBand: "18-20", written: told("jag e 16") }, now)).toBe(false);
    // Born 2008: 17 or 18 this year, so the age told decides.
    expect(minorFrom({ birthYear: 2008, ageBand: null, written: told("jag e 17") }, now)).toBe(true);
    expect(minorFrom({ birthYear: null, ageBand: null, written: told("jag e 17", "2025-06-01T00:00:00Z") }, now)).toBe(false);
    expect(minorFrom({ birthYear: null, ageBand: null, written: [{ body: "jag e 19", at: new Date("2026-11-30T00:00:00Z") }, ...told("jag e 16")] }, now)).toBe(false);
    expect(minorFrom({ birthYear: null, ageBand: null, written: [] }, now)).toBe(false);
    // An age band recorded as "unknown" says nothing: the age they told decides (it stopped the reading before).
    expect(minorFrom({ birthYear: null, ageBand: "unknown", written: told("jag e 16") }, now)).toBe(true);
  });
});
