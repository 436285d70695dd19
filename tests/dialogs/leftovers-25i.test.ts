// Session 25's leftovers found by a black-box tester on a Sunday evening (tester25 #5, #6, #7, #9, #10; fix25i):
// 1. Crisis numbers that fit who speaks: a partner's violence gets Kvinnofridslinjen first, BRIS after it; an adult
//    hit by a parent out of hours is given what answers now, Brottsofferjouren (daytime) only as for later; an age
//    said in the conversation ("är 20" after a question) is known to the numbers; the inbox label does not double
//    "våld" beside "våld eller övergrepp hemma", nor say "hemma" of a boyfriend.
// 2. A complaint about the service gets its apology and no helpline numbers.
// 3. A check-in number corrected ("nej vänta jag menade 6", "i meant 6", "*6") is taken; never the same line twice in a row.
// 4. A death of someone close gets a short warm line first, both languages.
// 5. "vad är CSN" says what CSN is; "förresten vem är Demo?" is understood as "vem är demo förresten?" is.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { crisisKinds } from "../../bot/web/staff/flag-words.js";

const suite = transcriptSuite(725259000, { staff: true });
const { onboarded } = suite;
/** Sunday 17:30 in Stockholm: nobody in until Monday 08:00. */
const SUNDAY_EVENING = Date.parse("2026-12-06T16:30:00Z");
const DAY = 24 * 3_600_000;

async function at(when: number, lang: "sv" | "en" = "sv") {
  suite.h.clock.ms = when - DAY;
  const p = await onboarded(lang);
  suite.h.clock.ms = when;
  return p;
}

describe("1. crisis numbers fit who is speaking", () => {
  it("a girl hit by her boyfriend: Kvinnofridslinjen before BRIS (sv, en)", async () => {
    for (const [lang, said] of [["sv", "min pojkvän slog mig igår, har blåmärken"], ["en", "my boyfriend hit me last night"]] as const) {
      const p = await at(SUNDAY_EVENING, lang);
      const [first = ""] = await p.say(said);
      expect(first, said).toMatch(/020-50 50 50/);
      expect(first.indexOf("020-50 50 50"), first).toBeLessThan(first.indexOf("116 111"));
    }
  });

  it("a 23-year-old hit by his mother on a Sunday evening: what answers now leads, Brottsofferjouren not as the answer now", async () => {
    const p = await at(SUNDAY_EVENING);
    await p.say("jag är 23");
    suite.h.clock.advance(60_000);
    const [first = ""] = await p.say("mamma slog mig ikväll");
    expect(first).toMatch(/^Är du i fara nu: ring 112/);
    expect(first).not.toMatch(/116 006 (stöttar dig som utsatts för brott, och )?svarar på dagen/);
    expect(first).toMatch(/socialjouren/);
    expect(first).not.toMatch(/BRIS/);
  });

  it("an age said after a question ('var kan jag sova inatt? är 20') is known: no BRIS for him", async () => {
    const p = await at(SUNDAY_EVENING);
    const got = (await p.say("var kan jag sova inatt? är 20")).join(" ");
    expect(got).toMatch(/socialjouren/);
    expect(got).not.toMatch(/BRIS/);
  });

  it("the inbox label says each kind once, and 'hemma' not of a partner", () => {
    const label = crisisKinds(["violence", "abuse-at-home"]);
    expect(label).not.toMatch(/våld, våld|violence, violence/);
    expect(label.match(/våld|violence/g) ?? []).toHaveLength(1);
    expect(label).not.toMatch(/hemma|at home/);
  });
});

describe("2. a complaint about the service gets no helpline numbers", () => {
  it("'jag vill klaga på er, ingen har ringt mig fast ni lovade': the apology, no 112, no 90101", async () => {
    for (const said of ["jag vill klaga på er, ingen har ringt mig fast ni lovade", "jag vill klaga på er, ingen har ringt mig"]) {
      const p = await at(SUNDAY_EVENING);
      const got = await p.say(said);
      expect(got.join(" | "), said).toMatch(/Förlåt|Ursäkta/);
      expect(got.join(" | "), said).not.toMatch(/112|90101/);
    }
  });

  it("after a check-in and scorn (the screen reads the complaint with them as hopelessness): still no numbers", async () => {
    suite.h.clock.ms = SUNDAY_EVENING - 3_600_000;
    const p = await suite.onTeam("sv", "Maja");
    suite.h.clock.ms = SUNDAY_EVENING;
    for (const said of ["checka in", "3", "nej vänta jag menade 6", "har vart ute lite", "du är så jävla dum alltså, fattar ingenting"]) await p.sayLater(said);
    const got = await p.sayLater("jag vill klaga på er, ingen har ringt mig fast ni lovade");
    expect(got).toMatch(/^Förlåt att ingen har hört av sig/);
    expect(got).toMatch(/i morgon från kl 08:00/);
    expect(got).not.toMatch(/112|90101/);
  });

  it("a complaint with something heavy said keeps the numbers", async () => {
    const p = await at(SUNDAY_EVENING);
    const got = (await p.say("ingen har ringt mig fast ni lovade och jag orkar inte mer, det är bråttom")).join(" | ");
    expect(got).toMatch(/112/);
  });
});

describe("3. a corrected check-in number is taken; never the same line twice in a row", () => {
  for (const correction of ["nej vänta jag menade 6", "asså 6", "jag menade 6", "ment 6", "i meant 6", "*6"]) {
    it(`'3' then '${correction}'`, async () => {
      const p = await suite.onTeam("sv", "Maja");
      await p.sayLater("checka in");
      expect(await p.sayLater("3")).toMatch(/3:a/);
      const got = await p.sayLater(correction);
      expect(got, correction).toMatch(/6:a/);
      await p.sayLater("har vart ute lite");
      for (const a of ["bra", "ja", "ja", "nej"]) await p.sayLater(a);
      expect((await p.record()).checkIns.at(-1)?.mood, correction).toBe(6);
    });
  }

  it("scorn after 'Hur har du sovit?' does not get the same question in the same words", async () => {
    const p = await suite.onTeam("sv", "Maja");
    await p.sayLater("checka in");
    await p.sayLater("3");
    await p.sayLater("nej vänta jag menade 6");
    expect(await p.sayLater("har vart ute lite")).toMatch(/Hur har du sovit\?/);
    const next = await p.sayLater("du är så jävla dum alltså, fattar ingenting");
    expect(next).not.toMatch(/Hur har du sovit\?/);
    expect(next).toMatch(/Förlåt.*bot.*människa/s);
    // The question still stands: its answer is taken, and the check-in goes on.
    expect(await p.sayLater("bra")).toMatch(/ätit/);
  });
});

describe("4. a death of someone close gets a short warm line first", () => {
  it("sv and en", async () => {
    for (const [lang, said, warm] of [
      ["sv", "min farmor dog i natt", /^(Jag beklagar|Åh, vad ledsamt)/],
      ["en", "my grandma died last night", /^(I'm|I am) (so |really )?sorry/],
      ["sv", "mormor gick bort igår", /^(Jag beklagar|Åh, vad ledsamt)/],
    ] as const) {
      const p = await suite.onTeam(lang);
      const got = await p.sayLater(said);
      expect(got, said).toMatch(warm);
      expect(got, said).not.toMatch(/grattis|congrat|112|90101|Tack för att du berättar\./i);
    }
  });
});

describe("5. practical questions answered whole", () => {
  it("'vad är CSN' says what CSN is (sv, en)", async () => {
    for (const [lang, said, what] of [
      ["sv", "vad är CSN och kan jag få pengar därifrån?", /myndighet.*studie/],
      ["sv", "vad är csn", /myndighet.*studie/],
      ["en", "what is csn", /agency.*stud/],
    ] as const) {
      const p = await suite.onTeam(lang);
      const got = await p.sayLater(said);
      expect(got, said).toMatch(what);
      expect(got, said).toMatch(/csn\.se/);
    }
  });

  it("'förresten vem är Demo?' is understood as 'vem är demo förresten?' is", async () => {
    // Maja is the coordinator; Kim is on her team.
    for (const name of ["Maja", "Kim"]) {
      const p = await suite.onTeam("sv", "Ella");
      const after = await p.sayLater(`vem är ${name.toLowerCase()} förresten?`);
      const before = await p.sayLater(`förresten vem är ${name}?`);
      expect(before, name).not.toMatch(/hänger inte|förstår inte/);
      expect(before, name).toMatch(new RegExp(name));
      expect(after, name).toMatch(new RegExp(name));
    }
  });
});
