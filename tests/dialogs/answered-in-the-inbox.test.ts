// A person is awaited only while a request for a person is open and nobody from the team has acted on
// it (texter15 #1): a coordinator who books a meeting or records an outcome in the inbox, without writing
// in the chat, has answered. The conversation is the bot's again, so the meeting's reminders and the
// check-ins the coordinator started go out, and "hej igen" is welcomed, not filed. A crisis is not
// answered this way: a person hands it back.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { addMeeting, cancelMeeting } from "../../bot/staff/meetings.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";
import { recordOutcome } from "../../bot/plans/meeting-outcomes.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts); the clock Tuesday 14:00 in Stockholm before each test.
const suite = transcriptSuite(731500000, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
/** What the participant got while time passed to `iso` (the scheduler every half hour). */
const liveUntil = async (p: Participant, iso: string) => (await suite.liveUntil(p, iso, 30 * MINUTE)).map((m) => m.text);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const staffDeps = () => suite.staffDeps();
const maja = () => w.accounts.coordA.actor;

/** Someone past onboarding on team Nord (the suite's onTeam), a minute on. */
async function inTeamNord(): Promise<Participant> {
  const p = await suite.onTeam();
  h.clock.advance(MINUTE);
  return p;
}
const conversationOf = (p: Participant) => suite.conversationOf(p);
async function say(p: Participant, text: string, after = MINUTE): Promise<string[]> {
  h.clock.advance(after);
  return p.say(text);
}
const RECEIPT = /sparas åt|ligger kvar åt|får se det här|läser det/;

describe("a request for a person answered in the inbox", () => {
  it("a meeting booked in the inbox ends the wait: its reminder and the check-in go out, and 'hej igen' is welcomed", async () => {
    const p = await inTeamNord();
    await say(p, "prata med en människa");
    expect((await conversationOf(p)).status).toBe("waiting");
    h.clock.ms = Date.parse("2026-11-25T08:00:00Z"); // Wednesday 09:00: Maja calls her, and books it in the inbox
    const c = await conversationOf(p);
    await addMeeting(staffDeps(), maja(), c.id, { startsAt: "2026-11-30T14:00:00Z", location: "på biblioteket", alreadyAgreed: true });
    await addSchedule(staffDeps(), maja(), c.id, { kind: "weekly", weekday: 5, time: "13:00", dialog: "check-in" });
    expect(await conversationOf(p)).toMatchObject({ status: "bot", waitingSince: null, handoffReason: null });
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.request-answered", subjectId: String(c.id) } })).toBe(1);

    // Friday's check-in goes out on Friday, not days later.
    const friday = await liveUntil(p, "2026-11-27T13:00:00Z");
    expect(friday.join(" ")).toMatch(/incheckning/);
    expect(await say(p, "inte idag")).toHaveLength(1);
    // The meeting's reminder comes before the meeting, not half an hour after it.
    const beforeMeeting = await liveUntil(p, "2026-11-30T13:30:00Z");
    expect(beforeMeeting.join(" ")).toMatch(/påminnelse/i);
    expect(beforeMeeting.join(" ")).toMatch(/biblioteket/);

    h.clock.ms = Date.parse("2026-12-06T22:30:00Z"); // a week later, Sunday 23:30
    const back = await say(p, "hej igen");
    expect(back.join(" ")).not.toMatch(RECEIPT);
    expect(back.join(" ")).toMatch(/Kul att du hör av dig|Välkommen|Hej/);
  });

  it("an outcome recorded in the inbox ends the wait, and the check-in she begins then goes out the next day", async () => {
    const p = await inTeamNord();
    const c = await conversationOf(p);
    const { meetingId } = await addMeeting(staffDeps(), maja(), c.id, { startsAt: "2026-11-26T14:00:00Z", location: "på biblioteket", alreadyAgreed: true });
    await say(p, "kan jag prata med maja");
    expect((await conversationOf(p)).status).toBe("waiting");
    h.clock.ms = Date.parse("2026-11-27T15:00:00Z"); // Friday 16:00: they met on Thursday
    await recordOutcome(staffDeps(), maja(), c.id, meetingId, { outcome: "attended" });
    await addSchedule(staffDeps(), maja(), c.id, { kind: "weekly", weekday: 6, time: "13:00", dialog: "check-in" });
    expect((await conversationOf(p)).status).toBe("bot");
    await p.received();
    expect((await liveUntil(p, "2026-11-28T12:30:00Z")).join(" ")).toMatch(/incheckning/);
  });

  it("a meeting cancelled in the inbox ends the wait too, and the inbox hears of it", async () => {
    const p = await inTeamNord();
    const c = await conversationOf(p);
    const { meetingId } = await addMeeting(staffDeps(), maja(), c.id, { startsAt: "2026-11-26T14:00:00Z", alreadyAgreed: true });
    await say(p, "prata med en människa");
    expect((await conversationOf(p)).status).toBe("waiting");
    const heard: unknown[] = [];
    const off = h.tillit.events.on("conversation.status-changed", (e) => heard.push(e));
    h.clock.advance(HOUR);
    await cancelMeeting(staffDeps(), maja(), c.id, meetingId);
    off();
    expect((await conversationOf(p)).status).toBe("bot");
    expect(await h.tillit.db.auditLog.findFirst({ where: { action: "conversation.request-answered", subjectId: String(c.id) } })).toMatchObject({ details: expect.stringContaining("meeting-cancelled") });
    expect(heard).toContainEqual(expect.objectContaining({ conversationId: c.id, status: "bot" }));
  });

  it("a crisis is not ended by a booked meeting: it waits for a person to hand it back", async () => {
    const p = await inTeamNord();
    await say(p, "jag vill inte leva längre");
    const c = await conversationOf(p);
    expect(c).toMatchObject({ status: "waiting", priority: "crisis" });
    h.clock.advance(HOUR);
    await addMeeting(staffDeps(), maja(), c.id, { startsAt: "2026-11-30T14:00:00Z", alreadyAgreed: true });
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", priority: "crisis" });
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.request-answered", subjectId: String(c.id) } })).toBe(0);
  });

  it("while the request is really open, 'hej igen' days later is welcomed, not filed", async () => {
    const p = await inTeamNord();
    await say(p, "prata med en människa");
    h.clock.ms = Date.parse("2026-12-06T22:30:00Z"); // twelve days later, Sunday 23:30
    const back = await say(p, "hej igen");
    expect((await conversationOf(p)).status).toBe("waiting");
    expect(back).toHaveLength(1);
    expect(back[0]).toMatch(/Hej igen, kul att du hör av dig|Skönt att höra från dig/);
    expect(back[0]).not.toMatch(/Tack, .* får se det här|112|90101/);
  });
});
