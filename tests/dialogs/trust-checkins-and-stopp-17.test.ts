// What the tenth young tester (session 17) found around trust questions, turning 18, check-ins, STOPP and
// onboarding (texter17 #9, #10, #13, #14, #17, #15): each case is a transcript of what the person wrote and
// what Tillit must and must not answer.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(731617700, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
let h: Harness;
beforeAll(() => {
  ({ h } = suite);
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOT_UNDERSTOOD = /bara ett program|förstår inte allt|hänger inte riktigt med|förstod inte|only a program|don't understand everything|didn't quite get/i;

async function say(p: Participant, text: string, after = MINUTE): Promise<string> {
  h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

describe("after STOPP, a real question gets one true answer (texter17 #14)", () => {
  it("Filip: the day's stopped line just sent, 'kan jag fortfarande prata med maja' and 'en gång i veckan' are answered", async () => {
    for (const [language, hello, team, less] of [
      ["sv", "hej", "kan jag fortfarande prata med maja", "kan du skriva igen typ en gång i veckan inte mer"],
      ["sv", "hallå", "går det att snacka med kim ändå?", "typ en gång i veckan max"],
      ["en", "hey", "can i still talk to maja", "could you text again like once a week, not more"],
    ] as const) {
      const sv = language === "sv";
      const p = await suite.onTeam(language, "Filip");
      await say(p, "STOPP"); // (STOP by SMS is the carrier's word: Twilio answers it, and blocks every later message)
      h.clock.advance(2 * DAY);
      expect(await say(p, hello), hello).toMatch(/START/);
      const asked = await say(p, team);
      expect(asked, team).toMatch(sv ? /START.*koordinator/ : /START.*coordinator/);
      expect(asked, team).not.toMatch(NOT_UNDERSTOOD);
      expect(asked, team).toMatch(sv ? /stoppade|stoppat/ : /stopped/);
      const wish = await say(p, less);
      expect(wish, less).toMatch(sv ? /START.*"mer sällan".*en gång i veckan/ : /START.*"less often".*once a week/);
      // Asked again: answered again, never the same line twice in a row.
      const again = await say(p, team);
      expect(again, team).toMatch(/START/);
      // An ordinary message in the same day stays quiet (the day's line was sent).
      expect(await say(p, sv ? "ok" : "ok"), "ok").toBe("");
    }
  });
});
