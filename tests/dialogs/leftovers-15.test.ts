// Conversation leftovers after the seventh young tester (session 15): a lonely remark is loneliness, heard
// without pausing anything; a meeting called off never silences the bot; after STOPP and START, a wish for the
// same person as before is answered truthfully and put in front of the team.
import { beforeEach, describe, expect, it } from "vitest";
import { MONDAY_10_STOCKHOLM, transcriptSuite } from "../helpers/office-hours-suite.js";
import type { StaffWorld } from "../helpers/staff.js";
import type { Participant } from "../helpers/conversation.js";
import { eventually } from "../helpers/harness.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { assignConversation, handBack, replyAsCoordinator } from "../../bot/staff/handoff.js";
import { recordOutcome } from "../../bot/plans/meeting-outcomes.js";
import { listConversations } from "../../bot/staff/inbox-list.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Each test starts on a Monday at 10:00 five weeks after the last one's: the outbox and the scheduler never
// see time go back.
const suite = transcriptSuite(731515000, { clock: "none" });
const { onboarded, conversationOf, staffDeps } = suite;
let monday = 0;
beforeEach(() => {
  suite.h.clock.ms = MONDAY_10_STOCKHOLM + monday++ * 5 * 7 * DAY;
});
/** Someone onboarded on team Nord, whose coordinators are Maja and Kim. */
async function onTeam(language: "sv" | "en" = "sv"): Promise<{ p: Participant; w: StaffWorld; conversationId: number }> {
  const p = await suite.onTeam(language);
  return { p, w: suite.w, conversationId: (await conversationOf(p)).id };
}
const say = async (p: Participant, text: string) => {
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

describe("a meeting called off in answer to its reminder", () => {
  /** Kim records a meeting agreed for Wednesday 15:00; the day before's reminder goes out on Tuesday. */
  async function reminded(language: "sv" | "en" = "sv") {
    const monday = suite.h.clock.ms;
    const t = await onTeam(language);
    await addMeeting(staffDeps(), t.w.accounts.coordA2.actor, t.conversationId, { startsAt: new Date(monday + 2 * DAY + 5 * HOUR).toISOString(), location: "Storgatan 4", alreadyAgreed: true });
    suite.h.clock.ms = monday + DAY + 7.5 * HOUR;
    await suite.h.tillit.nudges.tick();
    await suite.h.tillit.core.idle();
    // The reminder is written as the tick sends it; read it once it is there.
    expect(await eventually(async () => (await t.p.received()).join(" "))).toMatch(/påminnelse|reminder/);
    return t;
  }

  it("is met kindly, Kim can suggest a new time, the team sees it in the inbox, and the bot goes on as usual", async () => {
    const { p, w, conversationId } = await reminded();
    const off = await say(p, "kan inte imorgon");
    expect(off).toMatch(/^Helt okej, det händer! Jag har sagt till Kim, som ser det och kan föreslå en ny tid/);
    expect(off).not.toMatch(/tredje|igen/);
    // The request is in the inbox, with its reason.
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "meeting" });
    const { rows } = await listConversations(suite.h.tillit.sql, w.accounts.coordA2.actor, { scope: "all", status: "waiting", limit: 50, offset: 0 } as never, suite.h.clock.now(), 24 * HOUR);
    expect(rows.find((r) => r.conversationId === conversationId)).toMatchObject({ handoffReason: "meeting", why: "asked" });
    // Not silenced: "måste ställa in" gets a word, a check-in asked for begins, its answer is taken.
    expect(await say(p, "sorry")).toMatch(/ursäkt/);
    const checkIn = await say(p, "kolla läget");
    expect(checkIn).toMatch(/1-10/);
    expect(checkIn).not.toMatch(/pausat|väntar på/);
    expect(await say(p, "6")).not.toMatch(/pausat|sparas åt|får se det här/);
    // A coordinator's hand-back clears the request; nothing else changes for the young person.
    await handBack(staffDeps(), w.accounts.coordA2.actor, conversationId);
    expect((await conversationOf(p)).status).toBe("bot");
  });

  it("'måste ställa in' too; asking for a person afterwards waits for one as always", async () => {
    const { p } = await reminded();
    expect(await say(p, "måste ställa in")).toMatch(/^(Helt okej|Det är helt okej)/);
    expect(await say(p, "vad kan du göra")).not.toMatch(/pausat|väntar på/);
    expect(await say(p, "jag vill prata med en människa")).toMatch(/teamet|Kim/);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "asked" });
    expect(await say(p, "kolla läget")).toMatch(/pausat|väntar/);
  });

  it("in English too", async () => {
    const e = await reminded("en");
    expect(await say(e.p, "cant make it tmrw")).toMatch(/^That's completely fine, it happens! I've told Kim, who will see it and can suggest a new time/);
    expect(await say(e.p, "check in")).toMatch(/1-10/);
  });
});

describe("'kan jag få samma person som förut' after STOPP and START", () => {
  /** Away three weeks with STOPP, then back with START. */
  async function backAfterStop(p: Participant): Promise<void> {
    await say(p, "STOPP");
    suite.h.clock.advance(20 * DAY);
    expect(await say(p, "START")).toMatch(/Välkommen tillbaka|Welcome back/);
  }
  const inbox = async (w: StaffWorld, conversationId: number) => {
    const { rows } = await listConversations(suite.h.tillit.sql, w.accounts.coordA.actor, { scope: "all", status: "waiting", limit: 50, offset: 0 } as never, suite.h.clock.now(), 24 * HOUR);
    return rows.find((r) => r.conversationId === conversationId);
  };

  it("names Maja, who wrote to her before, promises nothing, puts the wish in the inbox, and pauses nothing", async () => {
    const { p, w, conversationId } = await onTeam();
    await replyAsCoordinator(staffDeps(), w.accounts.coordA.actor, conversationId, "Hej Sara, Maja här! Skriv när du vill.");
    // Her words have gone out (not still queued when STOPP comes, which refuses them).
    const participantId = (await p.record()).id;
    await eventually(async () => (await suite.h.tillit.db.outboxItem.count({ where: { participantId, status: { in: ["pending", "sending"] } } })) === 0);
    await p.received();
    await handBack(staffDeps(), w.accounts.coordA.actor, conversationId);
    suite.h.clock.advance(DAY);
    await backAfterStop(p);
    const reply = await say(p, "kan jag få samma person som förut");
    expect(reply).toMatch(/inte lova/);
    expect(reply).toMatch(/Maja/);
    expect(reply).not.toMatch(/förstår inte|hänger inte|kan Maja svara bättre/);
    expect(await inbox(w, conversationId)).toMatchObject({ handoffReason: "same-person", why: "asked" });
    // The conversation goes on: a check-in asked for begins.
    const checkIn = await say(p, "kolla läget");
    expect(checkIn).toMatch(/1-10/);
    expect(checkIn).not.toMatch(/pausat|väntar på/);
  });

  it("names nobody when nobody from the team wrote to or met them; an assigned coordinator never met is not named", async () => {
    const { p, w, conversationId } = await onTeam();
    await assignConversation(staffDeps(), w.accounts.coordA.actor, conversationId, w.accounts.coordA.id);
    await backAfterStop(p);
    const reply = await say(p, "kan jag få samma person som förut");
    expect(reply).toMatch(/inte lova/);
    expect(reply).toMatch(/samma person som förut/);
    expect(reply).not.toMatch(/Maja|Kim|förstår inte|hänger inte/);
    expect(await inbox(w, conversationId)).toMatchObject({ handoffReason: "same-person" });
  });

  it("names Kim, whom they met; in English too", async () => {
    const { p, w, conversationId } = await onTeam("en");
    const { meetingId } = await addMeeting(staffDeps(), w.accounts.coordA2.actor, conversationId, { startsAt: new Date(suite.h.clock.ms + HOUR).toISOString(), location: "Storgatan 4", alreadyAgreed: true });
    suite.h.clock.advance(2 * HOUR);
    await recordOutcome(staffDeps(), w.accounts.coordA2.actor, conversationId, meetingId, { outcome: "attended" });
    await p.received();
    await backAfterStop(p);
    const reply = await say(p, "can I talk to the same person as before");
    expect(reply).toMatch(/can't promise/);
    expect(reply).toMatch(/Kim/);
    expect(await inbox(w, conversationId)).toMatchObject({ handoffReason: "same-person" });
  });
});
