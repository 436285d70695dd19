// Session 24's leftovers in the staff inbox and meetings (fix24a), from a black-box tester playing a coordinator
// (/work/helpers/tester23/FINDINGS.md, 11-12). The dialog side of one of them:
// 2. A counter-proposal to a proposed meeting ("funkar inte tisdag, kan vi ta torsdag istället?"), read by the bot:
//    neither a yes nor a no. The time they want is already said, so it is not asked for again: the meeting is marked
//    for another time in their words, they are told the team finds a new time, and the team is asked (the inbox
//    shows "vill ändra ett möte").
// (The staff side: tests/staff/inbox-24a.test.ts and tests/browser/inbox-24a.test.ts.)
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(724100000);
// Tuesday 24 November 2026, 14:00 in Stockholm; the suite's clock is Monday 10:00.
const TUESDAY_14 = new Date("2026-11-24T13:00:00Z");

async function proposed(p: Participant): Promise<number> {
  const { h } = suite;
  const { meetingId, outcome } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: (await p.record()).id, startsAt: TUESDAY_14 });
  expect(outcome).toBe("sent");
  await p.received();
  return meetingId;
}
const meeting = (id: number) => suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id } });

describe("2. a counter-proposal to a meeting, read by the bot", () => {
  it("'funkar inte tisdag, kan vi ta torsdag istället?': not a yes or a no, not asked again, marked in their words, and the team is asked", async () => {
    const p = await suite.onTeam("sv", "Sam");
    const id = await proposed(p);
    suite.h.clock.advance(60_000);
    const words = "funkar inte tisdag, kan vi ta torsdag istället?";
    const reply = (await p.say(words)).join(" ");
    expect(reply).not.toContain("Vilken dag eller tid");
    expect(reply).not.toMatch(/Toppen|Helt okej, tack för att du säger till/);
    expect(reply).toMatch(/teamet.*(ny tid|nytt förslag)/);
    expect(reply).toContain("torsdag");
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested", requestedTime: words, outcome: null });
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "meeting" });
  });

  it("in English: 'cant do tuesday, could we do thursday instead?' the same", async () => {
    const p = await suite.onTeam("en", "Jay");
    const id = await proposed(p);
    suite.h.clock.advance(60_000);
    const words = "cant do tuesday, could we do thursday instead?";
    const reply = (await p.say(words)).join(" ");
    expect(reply).not.toContain("Which day or time");
    expect(reply).toMatch(/team.*(new time|new suggestion)/);
    expect(reply).toContain("Thursday");
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested", requestedTime: words });
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "meeting" });
  });

  it("'kan inte tisdag men torsdag funkar' is the same: not a cancellation", async () => {
    const p = await suite.onTeam("sv", "Nora");
    const id = await proposed(p);
    suite.h.clock.advance(60_000);
    const reply = (await p.say("kan inte tisdag men torsdag funkar")).join(" ");
    expect(reply).not.toContain("Helt okej, tack för att du säger till");
    expect(reply).toContain("torsdag");
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested", requestedTime: "kan inte tisdag men torsdag funkar", outcome: null, cancelledBy: null });
  });

  it("'annan tid' without a time still asks which would suit, and the answer reaches the team too", async () => {
    const p = await suite.onTeam("sv", "Ebba");
    const id = await proposed(p);
    suite.h.clock.advance(60_000);
    expect(await p.say("annan tid")).toEqual(["Vilken dag eller tid skulle passa bättre?"]);
    suite.h.clock.advance(60_000);
    expect((await p.say("torsdag efter lunch")).join(" ")).toMatch(/teamet (hör av sig|återkommer) med en ny tid/);
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested", requestedTime: "torsdag efter lunch" });
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "meeting" });
  });
});
