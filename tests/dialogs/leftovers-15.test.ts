// Conversation leftovers after the seventh young tester (session 15): a lonely remark is loneliness, heard
// without pausing anything; a meeting called off never silences the bot; after STOPP and START, a wish for the
// same person as before is answered truthfully and put in front of the team.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";

const suite = officeHoursSuite(731515000);
const { onboarded, conversationOf } = suite;
const MINUTE = 60_000;
const say = async (p: Awaited<ReturnType<typeof onboarded>>, text: string) => {
  suite.h.clock.advance(MINUTE);
  return (await p.say(text)).join(" ");
};

describe("'ingen har skrivit på typ 2 veckor'", () => {
  it("is heard as loneliness: flagged, a warm word and a person offered, and nothing is paused", async () => {
    for (const [text, language] of [["ingen har skrivit på typ 2 veckor", "sv"], ["ingen har hört av sig på en vecka", "sv"], ["no one called", "en"]] as const) {
      const p = await onboarded(language);
      const reply = await say(p, text);
      expect(reply, text).toMatch(language === "sv" ? /ingen hör av sig|någon hör av sig/ : /gets in touch|getting in touch/);
      expect(reply, text).toMatch(language === "sv" ? /Vill du att teamet hör av sig/ : /like the team to get in touch/);
      expect(reply, text).not.toMatch(/väntar på svar|waiting for an answer|pausat|paused/);
      expect(await conversationOf(p), text).toMatchObject({ status: "bot", priority: "concern" });
      // They keep the conversation going: a check-in asked for is a check-in, not "my questions are paused".
      const checkIn = await say(p, language === "sv" ? "kolla läget" : "check in");
      expect(checkIn, text).toMatch(/1-10/);
      expect(checkIn, text).not.toMatch(/pausat|paused|väntar på|waiting for/);
      expect((await conversationOf(p)).status, text).toBe("bot");
    }
  });

  it("a yes to the offer asks for a person, as any yes to it does", async () => {
    const p = await onboarded();
    await say(p, "ingen har skrivit på typ 2 veckor");
    expect(await say(p, "ja")).toMatch(/höra av sig|hör av sig/);
    expect((await conversationOf(p)).status).toBe("waiting");
  });

  it("'varför svarar ingen' is still a wait broken: sorry, the team asked to get back", async () => {
    const p = await onboarded();
    expect(await say(p, "varför svarar ingen")).toMatch(/Förlåt.*sagt till teamet/);
    expect((await conversationOf(p)).status).toBe("waiting");
  });
});
