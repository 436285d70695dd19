// The right help numbers for who it is and what happened (session 16, texter15 #4 and what session 15 left):
// the 24/7 numbers in a wait of days after a crisis come again only when a message needs them or after a long
// while, not every day someone writes; a known minor gets BRIS first for harm from others; bullying at school is
// not acknowledged as trouble at home.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { troubleAtSchool } from "../../dialogs/shared/harm-words.js";

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
    expect((await p.say("har sökt ett jobb nu")).join(" ")).toMatch(/90101/);
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
