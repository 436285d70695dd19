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
const DAY = 24 * 3_600_000;

/** Where the first number stands in a text, and where the warm words and who reads begin. */
const NUMBER = /112|90101|116 111|116 006|114 14|020-50 50 50/;
const WARM = /Tack för att du|Jag hör dig|Bra att du|Thank you for telling|Thanks for telling|I hear you|Good that you/;
function numbersFirst(text: string): void {
  expect(text.search(NUMBER), text).toBeGreaterThanOrEqual(0);
  expect(text.search(WARM), text).toBeGreaterThan(text.search(NUMBER));
}

/** Someone onboarded the day before `at`, whose first and further crisis messages are `told` at `at`. */
async function told(lang: "sv" | "en", at: number, ...texts: string[]): Promise<string[][]> {
  suite.h.clock.ms = at - DAY;
  const p = await onboarded(lang);
  suite.h.clock.ms = at;
  const replies: string[][] = [];
  for (const text of texts) {
    replies.push(await p.say(text));
    suite.h.clock.advance(60_000);
  }
  return replies;
}

describe("1. every crisis reply gives the numbers first, then the warm words and who reads", () => {
  const CASES: [string, "sv" | "en", string, string][] = [
    ["suicide", "sv", "vill inte leva längre", "jag orkar inte mer, vill dö"],
    ["self-harm", "sv", "jag skär mig igen", "skar mig igen nu"],
    ["a partner's violence", "sv", "min kille slog mig igår", "han slog mig igen nyss"],
    ["a father's violence", "sv", "pappa slog mig igår och jag har blåmärken", "han slog mig igen nyss"],
    ["violence outside", "sv", "några killar slog mig i parken", "de slog mig igen"],
    ["suicide", "en", "i want to die", "i really want to kill myself"],
    ["a father's violence", "en", "my dad hit me again last night", "he hit me again just now"],
    ["a partner's violence", "en", "my boyfriend hit me", "he hit me again just now"],
  ];
  for (const [kind, lang, first, more] of CASES) {
    for (const [when, at] of [["in office hours", TUESDAY_DAY], ["at night", TUESDAY_NIGHT]] as const) {
      it(`${kind} (${lang}, ${when}): the first reply and the two after it`, async () => {
        const [reply = [], again = [], again2 = []] = await told(lang, at, first, more, `${more}!!`);
        expect(reply[0]).not.toMatch(/^(Tack|Thank)/);
        numbersFirst(reply[0] ?? "");
        for (const r of [again, again2]) {
          expect(r, kind).toHaveLength(1);
          numbersFirst(r[0] ?? "");
        }
        // Told more twice: the words vary, never the same line twice in a row.
        expect(again2[0]).not.toBe(again[0]);
      });
    }
  }

  it("a known minor's reply gives BRIS first, then 112, then the warm words", async () => {
    suite.h.clock.ms = TUESDAY_NIGHT - DAY;
    const p = await onboarded();
    await p.say("jag e 16");
    suite.h.clock.ms = TUESDAY_NIGHT;
    const [first] = await p.say("pappa slår mig när han är full");
    expect(first).toMatch(/^BRIS 116 111/);
    numbersFirst(first ?? "");
    suite.h.clock.advance(60_000);
    const [again] = await p.say("han slog mig igen nyss");
    expect(again).toMatch(/^BRIS 116 111/);
    numbersFirst(again ?? "");
  });
});

describe("2. harm from a parent or family: BRIS first, no Kvinnofridslinjen; a partner's: Kvinnofridslinjen", () => {
  it("a boy hit by his father, age not known: BRIS leads, 112, Brottsofferjouren for adults, socialjouren; never Kvinnofridslinjen", async () => {
    const [first = [], again = [], again2 = []] = await told("sv", TUESDAY_NIGHT, "pappa slog mig igår och jag har blåmärken", "han slog mig igen nyss", "han slog mig igen nyss!!");
    const all = [...first, ...again, ...again2].join(" ");
    expect(all).not.toMatch(/Kvinnofrid/);
    expect(first[0]).toMatch(/^Under 18\? BRIS 116 111/);
    expect(first[0]).toMatch(/112/);
    expect(first[0]).toMatch(/Brottsofferjouren 116 006/);
    // Brottsofferjouren's line is open in the daytime, not around the clock: never "dygnet runt" for it.
    expect(first[0]).not.toMatch(/116 006[^.]*dygnet runt/);
    expect(first[1]).toMatch(/socialjouren/);
    expect(again[0]).toMatch(/BRIS 116 111/);
  });

  it("in English, the same; and what to do when he can't call names BRIS's chat, not Kvinnofridslinjen", async () => {
    const [first = [], again = []] = await told("en", TUESDAY_NIGHT, "my dad hit me again last night", "he hit me again just now");
    expect([...first, ...again].join(" ")).not.toMatch(/Kvinnofrid/);
    expect(first[0]).toMatch(/^Under 18\? BRIS 116 111/);
    const p = await onboarded();
    suite.h.clock.advance(60_000);
    await p.say("pappa slår mig, han är full");
    suite.h.clock.advance(60_000);
    const cannot = (await p.say("jag kan inte ringa han hör ju")).join(" ");
    expect(cannot).toMatch(/bris\.se/);
    expect(cannot).not.toMatch(/Kvinnofrid/);
  });

  it("a partner's violence keeps Kvinnofridslinjen, after 112 and before BRIS (tester25 #5); it claims no more than it is (24/7, free, not on the bill)", async () => {
    const [first = [], again = []] = await told("sv", TUESDAY_NIGHT, "min kille slog mig igår", "han slog mig igen nyss");
    expect(first[0]).toMatch(/^Är du i fara nu: ring 112\. .*Kvinnofridslinjen 020-50 50 50.*Under 18\? BRIS 116 111/);
    expect(again[0]).toMatch(/Kvinnofridslinjen/);
    const [en = []] = await told("en", TUESDAY_NIGHT, "my boyfriend hit me");
    expect(en[0]).toMatch(/Kvinnofridslinjen 020-50 50 50/);
    expect(en[0]).not.toMatch(/answers anyone/);
  });
});

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
