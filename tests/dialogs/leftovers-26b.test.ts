// Session 26's inbox leftovers (fix26b), from a black-box tester playing Ida and her coordinator
// (/work/notes/s25/tester25/FINDINGS.md). The list's order and quotes are tests/staff/inbox-26b.test.ts; the page's
// side is tests/browser/inbox-26b.test.ts.
// 4. (#11) After Ida's no to meeting at all, the team's "Vi ställde in" still told her "Maja hör av sig om en ny tid";
//    and what "Vi ställde in" sends is now shown before it goes (cancelNoticePreview, the same words).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { meetingRow, proposedTo } from "../helpers/meeting-steps.js";
import { addMeeting, cancelMeeting, cancelNoticePreview } from "../../bot/staff/meetings.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(726260000);
// The suite's clock is Monday 23 November 2026, 10:00 in Stockholm.
const TUESDAY_14 = new Date("2026-11-24T13:00:00Z");
const THURSDAY_14 = new Date("2026-11-26T13:00:00Z");

/** The team books a meeting agreed another way, and then calls it off: what the young person got. */
async function bookedAndCalledOff(p: Participant): Promise<{ preview: Awaited<ReturnType<typeof cancelNoticePreview>>; got: string[] }> {
  const c = await suite.conversationOf(p);
  const maja = suite.w.accounts.coordA.actor;
  const made = await addMeeting(suite.staffDeps(), maja, c.id, { startsAt: THURSDAY_14.toISOString(), alreadyAgreed: true });
  await p.received();
  suite.h.clock.advance(60_000);
  const preview = await cancelNoticePreview(suite.staffDeps(), maja, c.id, made.meetingId);
  expect(await cancelMeeting(suite.staffDeps(), maja, c.id, made.meetingId)).toMatchObject({ told: "sent" });
  return { preview, got: await p.received() };
}

describe("4. after a no to meeting at all, the team's cancellation promises no new time", () => {
  it("Ida (tester25 #11): 'jag klarar inte av att träffas alls just nu', then a meeting booked and called off by the team", async () => {
    const p = await suite.onTeam("sv", "Ida");
    await proposedTo(suite, p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    await p.say("jag klarar inte av att träffas alls just nu");
    const { preview, got } = await bookedAndCalledOff(p);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("inställt");
    expect(got[0]).not.toMatch(/ny tid|hör av sig/);
    expect(got[0]).toMatch(/skriva här|Hör av dig här/);
    // What the page showed before it went is what went.
    expect(preview).toEqual({ told: "sent", says: got[0] });
  });

  it("a cancellation and 'nej' to a new time: kept on the row in her words, and no new time promised after", async () => {
    const p = await suite.onTeam("sv", "Ida");
    const id = await proposedTo(suite, p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    expect((await p.say("kan inte")).join(" ")).toMatch(/ny tid/);
    suite.h.clock.advance(60_000);
    await p.say("nej");
    expect(await meetingRow(suite, id)).toMatchObject({ status: "cancelled", cancelledBy: "participant", requestedTime: "kan inte / nej" });
    const { got } = await bookedAndCalledOff(p);
    expect(got[0]).not.toMatch(/ny tid|hör av sig/);
  });

  it("otherwise (a yes, or a wish for another time) the cancellation still says who gets in touch about a new time; in English too", async () => {
    const p = await suite.onTeam("en", "Sam");
    await proposedTo(suite, p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    await p.say("could we do thursday instead?");
    const { preview, got } = await bookedAndCalledOff(p);
    expect(got[0]).toMatch(/Maja will get in touch about a new time/);
    expect(preview.says).toBe(got[0]);
  });
});

// 5. (#14) Elin chose "eftermiddag" and her meeting's reminder the day before went at 12:00. Decided and kept: each part
//    of the day's reminder goes at the part's first hour (morning 09:00, afternoon 12:00, evening 17:00, bot/nudges/
//    time-rules.ts dayParts), the span the reminder settings themselves name; the day-before reminder asks "Svara om
//    något har ändrats", and at 12:00 the team still has its afternoon in office hours to read a change and answer it
//    the same day, which a later hour (14, 15) would shorten. It is inside the time she chose, never before it.
describe("5. the day-before reminder for 'eftermiddag' goes at noon, the first hour of the afternoon", () => {
  it("Elin (tester25 #14): afternoon → 12:00 the day before; evening → 17:00", async () => {
    const at = (d: Date) => d.toLocaleString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 16);
    for (const [part, expected] of [["afternoon", "2026-11-25 12:00"], ["evening", "2026-11-25 17:00"]] as const) {
      const p = await suite.onTeam("sv", "Elin");
      const { id } = await p.record();
      await suite.h.tillit.db.participant.update({ where: { id }, data: { preferredTimes: JSON.stringify([part]) } });
      const c = await suite.conversationOf(p);
      await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, { startsAt: THURSDAY_14.toISOString(), alreadyAgreed: true });
      const reminders = await suite.h.tillit.db.nudge.findMany({ where: { participantId: id, kind: "meeting-reminder" }, orderBy: { dueAt: "asc" } });
      expect(at(reminders[0]!.dueAt)).toBe(expected);
    }
  });
});
