// Session 23's conversation leftovers (fix23b), from tester22's transcripts (/work/notes/s23/t22, full01–full14):
// 1. The getting-to-know questions ("Berätta om mig") ended after the first topic's two answers ("Vi pratar om
//    något annat en annan gång", full11, full12) although five topics were left: at the end of a topic the person
//    is asked whether to go on, and goes on at their own pace until all topics are done or they say stop.
// 2. A friend in crisis: the advice said "Stanna hos hen" and "Blöder det mycket: tryck hårt på såret" to someone
//    whose friend had only texted, and "hon bor i malmö, jag i göteborg" got "Du är inte ensam med det här"
//    (full08). When the friend is elsewhere or wrote by text, the advice fits: keep in touch by text or phone,
//    112 can send help to the friend's town, someone near her (her family) can go to her.
// 3. The check-in's greeting after a week away said the name twice ("Hi Sam! Great to hear from you, Sam!").
// 4. Other leftovers in the transcripts (see the commits).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";

/** Tuesday 04:20 in Stockholm: the tester's hour, the team not in. */
const NIGHT = Date.parse("2026-11-24T03:20:00Z");
const suite = transcriptSuite(723250000, { clock: NIGHT });
const { onboarded } = suite;
const DAY = 24 * 3_600_000;

describe("3. the name said once when a welcome back comes before the check-in", () => {
  it("'check in' after a week away: the welcome names them, the mood question does not again", async () => {
    for (const [language, said, name] of [["en", "check in", "Sam"], ["sv", "kolla läget", "Sara"]] as const) {
      const p = await onboarded(language, name);
      suite.h.clock.advance(8 * DAY);
      const [reply] = await p.say(said);
      expect(reply, language).toMatch(/1-10/);
      expect(reply!.split(name).length - 1, reply).toBe(1);
      expect(reply, reply).not.toMatch(/^(Hi|Hej) \w+! .*(hear from you|hör av dig)/);
    }
  });
});
