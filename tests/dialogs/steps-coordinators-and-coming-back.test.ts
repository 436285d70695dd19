// What the ninth young tester (texter16) found, as transcripts:
// - #6: the evening after a crisis was handed back, "hej" got "Det är Tillit, boten, som svarar nu igen. Vill du
//   nå Maja, skriv … Hej! Skönt att du skriver. Teamet vet om det du skrev. {reading}": a placeholder sent as
//   written, and two messages glued into one with a hello in the middle.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

// One harness for the file with the staff world; the clock Tuesday 14:00 in Stockholm before each test.
const suite = transcriptSuite(731616000, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});

const MINUTE = 60_000;
const NOT_UNDERSTOOD = /bara ett program|förstår inte allt|hänger inte riktigt med|förstod inte|only a program|don't understand everything|didn't quite get/i;

async function say(p: Participant, text: string, after = MINUTE): Promise<string> {
  h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

describe("a hello after a crisis was handed back (texter16 #6)", () => {
  it("Julia, Sunday evening: the notice and the hello read as one message, with when someone reads and no placeholder", async () => {
    for (const language of ["sv", "en"] as const) {
      const p = await suite.onTeam(language, "Julia");
      h.clock.ms = Date.parse("2026-11-28T01:51:00Z"); // Saturday 02:51
      const crisis = language === "sv" ? "har samlat ihop alla tabletter jag har typ. bara så jag vet att dom finns" : "i saved up all my pills. just so i know they're there";
      expect(await say(p, crisis)).toMatch(/90101/);
      h.clock.ms = Date.parse("2026-11-28T08:40:00Z");
      const id = (await suite.conversationOf(p)).id;
      const maja = w.accounts.coordA.actor;
      await takeOver(suite.staffDeps(), maja, id);
      await replyAsCoordinator(suite.staffDeps(), maja, id, language === "sv" ? "Hej Julia, det är Maja. Hur har du det nu?" : "Hi Julia, it's Maja. How are you now?");
      await p.received();
      await say(p, language === "sv" ? "lite bättre. sov lite" : "a bit better. slept a little", 30 * MINUTE);
      await replyAsCoordinator(suite.staffDeps(), maja, id, language === "sv" ? "Skönt. Jag ringer dig på måndag. Om det blir tungt: ring 90101 eller 112." : "Good. I'll call you on Monday. If it gets heavy: call 90101 or 112.");
      await p.received();
      await handBack(suite.staffDeps(), maja, id);
      h.clock.ms = Date.parse("2026-11-29T21:00:00Z"); // Sunday 22:00, the office closed
      const hello = await say(p, language === "sv" ? "hej" : "hi");
      expect(hello, hello).not.toMatch(/[{}]/);
      expect(hello, hello).toMatch(language === "sv" ? /^Hej( igen)?! Det är Tillit/ : /^Hi( again)?! This is Tillit/);
      expect(hello, hello).toMatch(language === "sv" ? /i morgon från kl 08:00/ : /tomorrow from 08:00/);
      expect(hello.match(/\b(Hej|Hi)\b/g), hello).toHaveLength(1);
      expect(hello, hello).not.toMatch(NOT_UNDERSTOOD);
    }
  });
});
