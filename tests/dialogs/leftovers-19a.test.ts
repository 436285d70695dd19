// What was left of the eleventh young tester's crisis side (session 18, texter18) for session 19:
// - a place, a method, the means at hand or a countdown told in the very message that raises a crisis ("står på bron
//   nu", "har repet här", "im on the roof of my building", "har 40 alvedon framför mig") got the ordinary first reply,
//   "Tack för att du berättar … Är du i fara just nu, ring 112", though the same words in a crisis wait already got
//   "ring 112 nu": the first reply now says 112 now, first and plainly, and the other numbers as before.
// Each case is a transcript of what the person wrote and what Tillit must and must not answer, said in a few ways.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(751900000, { clock: "none", staff: true });
const { conversationOf } = suite;

const URGENT_FIRST = /^(Ring 112 nu|Call 112 now|Det du skriver låter allvarligt\.[^.]*112 nu|What you're writing sounds serious\.[^.]*112 now|Snälla, ring 112 nu|Please call 112 now)/;
const ASKS_IF_DANGER = /Är du i fara just nu|If you are in danger right now/;
const AWAY = /därifrån|away from there/i;
const PUT_DOWN = /Lägg (det )?ifrån dig|lägg undan|Put (it )?down|put away/i;
const OTHERS = /1177/;

/** Someone on team Nord at Friday 02:50 (nobody in until Monday), or someone who has never written. */
async function atNight(language: "sv" | "en", newcomer = false): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = newcomer ? suite.newcomer() : await suite.onTeam(language);
  suite.h.clock.ms = Date.parse("2026-11-27T01:50:00Z");
  return p;
}

describe("danger in motion in the first message of a crisis: 112 now, first and plainly", () => {
  it("a place, a height or the means at hand, in Swedish, English and texting spellings: the first line says 112 now and what to do, the second the other numbers", async () => {
    const cases: [sv: "sv" | "en", text: string, what: RegExp][] = [
      ["sv", "står på bron nu", AWAY],
      ["sv", "star pa bron nu o ska hoppa", AWAY],
      ["sv", "sitter på taket vill inte leva", AWAY],
      ["en", "im on the roof of my building", AWAY],
      ["en", "standing on the bridge rn i want to die", AWAY],
      ["sv", "har repet här", PUT_DOWN],
      ["sv", "har 40 alvedon framför mig", PUT_DOWN],
      ["en", "ive got 30 pills in front of me", PUT_DOWN],
    ];
    for (const [language, text, what] of cases) {
      const p = await atNight(language);
      const lines = await p.say(text);
      expect((await conversationOf(p)).priority, text).toBe("crisis");
      expect(lines[0], text).toMatch(URGENT_FIRST);
      expect(lines[0], text).toMatch(what);
      expect(lines[0], text).not.toMatch(ASKS_IF_DANGER);
      expect(lines.join(" "), text).toMatch(OTHERS);
      expect(lines, text).toHaveLength(2);
    }
  });

  it("someone who has never written: 112 now first, then the other numbers, then who Tillit is", async () => {
    const p = await atNight("sv", true);
    const lines = await p.say("står på bron nu");
    expect(lines[0]).toMatch(URGENT_FIRST);
    expect(lines[1]).toMatch(OTHERS);
    expect(lines[2]).toMatch(/digital assistent/);
  });

  it("a crisis told without a place or means keeps the ordinary first reply, and pills already taken keep theirs", async () => {
    const p = await atNight("sv");
    const lines = await p.say("jag vill inte leva längre");
    expect(lines[0]).toMatch(/^Tack för att du berättar/);
    const q = await atNight("sv");
    expect((await q.say("har tagit typ alla mina tabletter"))[0]).toMatch(/ring 112 nu\. Vänta inte/);
  });
});
