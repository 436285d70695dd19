// What the eleventh young tester (session 18, texter18 #9) found: a meeting called off or moved on the day in casual
// words ("blir nog ingen bibblan idag 😬", "ta nästa vecka istället?") stayed confirmed, while the plain "kan inte komma
// idag" was heard. Each shape is tested with a small corpus of ways of saying it (slang, English), and the same words
// about something else leave the meeting as it is.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { addMeeting } from "../../bot/staff/meetings.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const suite = transcriptSuite(731818500, { staff: true });

const say = (p: Participant, text: string, after = MINUTE) => p.sayLater(text, after);

describe("a meeting called off or moved on the day in casual words (texter18 #9)", () => {
  /** A meeting agreed for today 14:00 at the library; it is 11:30. */
  async function meetingToday(language: "sv" | "en", location = "Biblioteket") {
    const p = await suite.onTeam(language, "Majken");
    const conversationId = (await suite.conversationOf(p)).id;
    const start = suite.h.clock.ms; // Monday 10:00 in Stockholm
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, conversationId, { startsAt: new Date(start + 4 * HOUR).toISOString(), location, alreadyAgreed: true });
    suite.h.clock.ms = start + 1.5 * HOUR;
    await p.received();
    return p;
  }
  const statusOf = async (p: Participant) => {
    const r = await p.record();
    const [m] = await suite.h.tillit.db.meeting.findMany({ where: { participantId: r.id } });
    return m?.status;
  };

  it("a cancellation said casually is heard like the plain one: the meeting is called off and the coordinator told", async () => {
    for (const [language, said, location] of [
      ["sv", "blir nog ingen bibblan idag 😬", "Biblioteket"],
      ["sv", "blir inget idag sorry", "Biblioteket"],
      ["sv", "det blir ingen fika idag", "Espresso House"],
      ["sv", "jag skippar idag", "Biblioteket"],
      ["sv", "måste skippa bibblan idag", "Biblioteket"],
      ["sv", "idag funkar inte tyvärr", "Biblioteket"],
      ["sv", "idag går inte", "Biblioteket"],
      ["sv", "blir nog inget med fiket idag", "Fiket vid torget"],
      ["en", "not gonna make it today", "Library"],
      ["en", "gonna have to skip today sorry", "Library"],
      ["en", "no library for me today 😬", "Library"],
    ] as const) {
      const p = await meetingToday(language, location);
      const reply = await say(p, said);
      expect(reply, said).toMatch(language === "sv" ? /Maja/ : /Maja/);
      expect(reply, said).toMatch(language === "sv" ? /påminnelse/ : /reminder/);
      expect(await statusOf(p), said).toBe("cancelled");
      // The move asked right after adds to it.
      const next = language === "sv" ? "ta nästa vecka istället?" : "next week instead?";
      expect(await say(p, next), next).toMatch(/Maja/);
      expect(await statusOf(p), next).toBe("reschedule-requested");
    }
  });

  it("a move said casually is heard: another time asked for", async () => {
    for (const [language, said] of [
      ["sv", "ta nästa vecka istället?"],
      ["sv", "nästa vecka istället?"],
      ["sv", "kan vi köra nästa vecka istället"],
      ["sv", "ses nästa vecka istället?"],
      ["en", "next week instead?"],
      ["en", "can we do next week instead"],
    ] as const) {
      const p = await meetingToday(language);
      const reply = await say(p, said);
      expect(reply, said).toMatch(/Maja/);
      expect(await statusOf(p), said).toBe("reschedule-requested");
    }
  });

  it("the same words about something else leave the meeting as it is", async () => {
    for (const said of ["blir ingen middag idag", "skippar frukosten idag", "blir inget gym idag"]) {
      const p = await meetingToday("sv");
      await say(p, said);
      expect(await statusOf(p), said).toBe("confirmed");
    }
  });
});
