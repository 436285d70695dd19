// The sixth young tester's consent, leaving and STOPP transcripts (session 13, items 2, 3, 7, 8, 11):
// "idk" at the consent, a later "ja" taken as the answer, "Jag har frågor" answered rather than parked,
// a person asked for while the consent waits, simpler Swedish or another language asked for, wanting out
// of the programme, "varför?" after a no, and what a stopped person hears when they write.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";

const suite = officeHoursSuite(793100000);

describe("after STOPP", () => {
  it("a message afterwards gets one short line, how to start again, at most once a day; never a nudge", async () => {
    const p = await suite.onboarded();
    suite.h.clock.advance(3_600_000);
    await p.say("sluta");
    const told = await p.say("ni e värdelösa");
    expect(told).toEqual([expect.stringMatching(/stoppa.*START/s)]);
    expect(await p.say("jag bad om en människa för 3 dagar sen")).toEqual([]);
    suite.h.clock.advance(25 * 3_600_000);
    const nextDay = await p.say("vänta nej");
    expect(nextDay).toEqual([expect.stringMatching(/stoppa.*START/s)]);
    expect(nextDay[0]).not.toBe(told[0]);
    for (let day = 0; day < 3; day++) {
      suite.h.clock.advance(24 * 3_600_000);
      await suite.h.tillit.nudges.tick();
      await suite.h.tillit.core.idle();
      expect(await p.received()).toEqual([]);
    }
    expect((await p.say("start"))[0]).toMatch(/^(Välkommen tillbaka|Kul att du är tillbaka)/);
  });

  it("after Twilio's own STOP word by SMS nothing is sent (Twilio blocks it and has told them about START)", async () => {
    const p = await suite.onboarded("en");
    suite.h.clock.advance(3_600_000);
    await p.say("stop");
    expect(await p.say("wait no")).toEqual([]);
    expect((await p.say("start"))[0]).toMatch(/^(Welcome back|Great to have you back)/);
  });
});
