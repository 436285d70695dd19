// Session 25's leftovers in the crisis and danger replies (fix25c), found by tester24 (#11) and the brief:
// 1. The crisis reply opened "Tack för att du berättar, det är modigt." before the numbers; tone.md: crisis messages
//    give the numbers first. Every crisis reply (each kind, both languages, in and out of office hours, the replies to
//    more told) now gives the acute number and its line first, then the warm words and who reads.
// 2. Kvinnofridslinjen was offered to a boy hit by his father. Harm from a parent or family now gets BRIS first (for
//    anyone under 18, known or not), 112 for danger now, Brottsofferjouren 116 006 for adults and socialjouren for a
//    safe place tonight; Kvinnofridslinjen stays for harm from a partner or sexual harm. No gender is guessed.
// 3. After a bare request for a person out of hours only 112 is sent (waiting.urgentDanger), yet "hallå?" after it
//    said "numren jag skickade". What Tillit says of what it sent now counts what was sent (wishes.ts numbersInView).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";

const suite = transcriptSuite(725253000);
const { onboarded } = suite;
/** Friday 19:00 in Stockholm: nobody from the team in until Monday. */
const FRIDAY_EVENING = Date.parse("2026-11-27T18:00:00Z");
/** Tuesday 22:30 in Stockholm. */
const TUESDAY_NIGHT = Date.parse("2026-11-24T21:30:00Z");
/** Tuesday 11:30 in Stockholm: the team is in. */
const TUESDAY_DAY = Date.parse("2026-11-24T10:30:00Z");

describe("3. what Tillit says it sent is what it sent", () => {
  it("after 112 alone, 'hallå?' speaks of 112, not of 'the numbers I sent'; in English too", async () => {
    for (const [lang, ask, hello, numbers] of [
      ["sv", "jag vill snacka med nån på riktigt", "hallå?", /numren/i],
      ["en", "i want to talk to a real person", "hello?", /the numbers/i],
    ] as const) {
      suite.h.clock.ms = FRIDAY_EVENING;
      const p = await onboarded(lang);
      const handoff = await p.say(ask);
      expect(handoff.at(-1)).toMatch(/112/);
      expect(handoff.join(" ")).not.toMatch(/90101|116 111/);
      suite.h.clock.advance(20 * 60_000);
      const reply = (await p.say(hello)).join(" ");
      expect(reply, lang).toMatch(/112/);
      expect(reply, lang).not.toMatch(numbers);
      // 112 alone is no line to talk to: something heavy told after it still gets them.
      suite.h.clock.advance(5 * 60_000);
      expect((await p.say(lang === "sv" ? "mår skit" : "i feel like shit")).join(" "), lang).toMatch(/90101/);
    }
  });
});
