// What the sixth round of young testers left open (session 14): a name said while the consent waits, an
// emoji alone, an Arbetsförmedlingen letter told before "måste jag gå?", a partner's control told while a
// person is awaited, the 24/7 numbers recorded on every path that gives them, and questions about who
// Tillit is and which languages it writes during the consent.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { nameAlone } from "../../dialogs/shared/understand-name.js";

const suite = officeHoursSuite(795140000);
const { newcomer, conversationOf } = suite;

describe("a name alone while the consent waits", () => {
  it("after asking for a person at the consent: said back, kept for after the yes, never 'teamet får se det här'", async () => {
    for (const name of ["Noah", "Sara", "noah"]) {
      const p = newcomer();
      await p.say("hej vem e detta");
      expect((await p.say("jag vill prata med en riktig människa")).join(" ")).toMatch(/säger till teamet/);
      const reply = (await p.say(name)).join(" ");
      expect(reply, name).not.toMatch(/teamet får se|Jag är kvar här|Uppfattat/);
      expect(reply, name).toMatch(/Noah|Sara/);
      expect(reply, name).toMatch(/1 för ja, 2 för nej/);
      expect((await conversationOf(p)).status, name).toBe("waiting");
      // The yes uses the name: it is not asked for again.
      const afterYes = (await p.say("ja")).join(" ");
      expect(afterYes, name).toMatch(/(Noah|Sara)! Så kallar jag dig/);
      expect(afterYes, name).not.toMatch(/Vad vill du att jag ska kalla dig/);
      expect((await p.record()).preferredName, name).toBe(name === "noah" ? "Noah" : name);
    }
  });

  it("at night too, and in English; a no keeps no name", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T23:30:00Z"); // Wednesday 00:30 in Stockholm
    const p = newcomer();
    await p.say("hej");
    await p.say("kan jag prata med en människa");
    const reply = (await p.say("Noah")).join(" ");
    expect(reply).toMatch(/Noah/);
    expect(reply).not.toMatch(/teamet får se|sparas åt teamet/);
    await p.say("nej");
    expect((await p.record()).preferredName).toBeNull();

    const q = newcomer();
    await q.say("hi");
    await q.say("can i talk to a person");
    expect((await q.say("Sam")).join(" ")).toMatch(/Sam! I'll call you that once/);
  });

  it("at the consent without a person asked for: the name is said back, not 'Jag menar…' with a try used up", async () => {
    const p = newcomer();
    await p.say("hej");
    const reply = (await p.say("Sara")).join(" ");
    expect(reply).toMatch(/Hej Sara!/);
    expect(reply).not.toMatch(/Jag menar/);
    expect((await p.say("ja")).join(" ")).toMatch(/Sara! Så kallar jag dig/);
  });

  it("a word that only looks like a name is not taken for one; an answer to the consent stays its answer", async () => {
    for (const t of ["Noah", "Sara", "noah", "Yusuf", "jag heter Noah", "Noah här", "Mohammed Ali"]) expect(nameAlone(t), t).toBeDefined();
    for (const t of ["Jaha", "Vadå", "Kul", "öhh", "Äh", "ehm", "hä", "hahaha", "okej då", "Salam", "kväll", "Svenska", "english", "Ukrainian", "mkt", "Ursäkta", "ja", "nej", "Ok", "idk", "1", "Noah?", "😭"]) {
      expect(nameAlone(t), t).toBeUndefined();
    }
    const p = newcomer();
    await p.say("hej");
    await p.say("jag vill prata med en människa");
    expect((await p.say("okej då")).join(" ")).not.toMatch(/Hej Då/);
    expect((await p.record()).consents.at(-1)?.granted).toBe(true);
  });
});
