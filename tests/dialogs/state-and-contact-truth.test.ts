// What Tillit says must match what happened (texter14): a coordinator's reply refused after STOPP changes
// nothing, so the person coming back weeks later is not told about a coordinator who "hasn't written yet";
// lines about the coordinator are true; wishes about contact are heard; Tillit's own initiative stops after
// two unanswered messages; a meeting whose date has passed is not asked about again.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { HandoffError, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { addOneOff, addSchedule } from "../../bot/staff/nudge-admin.js";
import { recordOutcome } from "../../bot/plans/meeting-outcomes.js";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";

// Tuesday 14:00 in Stockholm before each test.
const suite = transcriptSuite(731400000, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
const { staffDeps, conversationOf } = suite;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** A participant of team Nord, whose coordinators may write to them. */
async function inTeamNord(language: "sv" | "en" = "sv"): Promise<Participant> {
  const p = await suite.onTeam(language);
  suite.h.clock.advance(MINUTE);
  return p;
}
async function say(p: Participant, text: string, after = MINUTE): Promise<string[]> {
  suite.h.clock.advance(after);
  return p.say(text);
}
const NUMBERS = /112|90101|1177|116 ?111/;
const NOT_YET = /inte hunnit svara|inte skrivit än|hasn't (written|answered)|not (written|answered) yet/i;

describe("a coordinator's reply refused after STOPP", () => {
  it("changes nothing: no takeover is left behind, and the reply is refused", async () => {
    const p = await inTeamNord();
    await say(p, "STOPP");
    suite.h.clock.advance(30 * MINUTE);
    const before = await conversationOf(p);
    await expect(replyAsCoordinator(staffDeps(), suite.w.accounts.coordA.actor, before.id, "Hej, Maja här. Du är alltid välkommen tillbaka.")).rejects.toMatchObject({ reason: "opted-out" });
    await expect(replyAsCoordinator(staffDeps(), suite.w.accounts.coordA.actor, before.id, "Hej igen")).rejects.toBeInstanceOf(HandoffError);
    const after = await conversationOf(p);
    expect(after).toMatchObject({ status: before.status, assigneeId: before.assigneeId, takenOverAt: before.takenOverAt });
    expect(after.status).toBe("bot");
    expect(await suite.h.tillit.db.message.count({ where: { conversationId: after.id, authorKind: "coordinator" } })).toBe(0);
  });

  it("weeks later the person who asks to come back is welcomed, and their questions about data and erasure are answered", async () => {
    const p = await inTeamNord();
    await say(p, "STOPP");
    suite.h.clock.advance(30 * MINUTE);
    await expect(replyAsCoordinator(staffDeps(), suite.w.accounts.coordA.actor, (await conversationOf(p)).id, "Hej, Maja här.")).rejects.toMatchObject({ reason: "opted-out" });
    suite.h.clock.advance(25 * DAY);
    // A question whether it is too late gets its answer, as the one answer after the stop (one a week since session 23,
    // fix23a); what is written after it this week is kept, unanswered.
    const tooLate = await say(p, "e det för sent att börja igen");
    expect(tooLate).toHaveLength(1);
    expect(tooLate[0]).toMatch(/aldrig för sent|välkommen tillbaka/);
    expect(tooLate[0]).toMatch(/START/);
    expect(await say(p, "hej")).toEqual([]);
    expect(await say(p, "START")).toEqual([expect.stringMatching(/Välkommen tillbaka/)]);
    const kept = await say(p, "vad har ni kvar om mig");
    expect(kept.join(" ")).toMatch(/sparar|Sparat/);
    expect(kept.join(" ")).not.toMatch(NOT_YET);
    expect(kept.join(" ")).not.toMatch(NUMBERS);
    const erase = await say(p, "radera allt om mig och börja om");
    expect(erase.join(" ")).toMatch(/radera/i);
    expect(erase.join(" ")).not.toMatch(NOT_YET);
    expect(await say(p, "nej vänta jag ångrar mig")).toEqual([expect.stringMatching(/inget raderas/i)]);
    expect((await conversationOf(p)).status).toBe("bot");
  });

  it("in English too", async () => {
    const p = await inTeamNord("en");
    await say(p, "STOPP"); // (Twilio itself answers its own STOP by SMS, and blocks the number)
    suite.h.clock.advance(3 * DAY);
    const back = await say(p, "is it too late to start again");
    expect(back).toEqual([expect.stringMatching(/never too late|come back/)]);
    expect(await say(p, "hi")).toEqual([]);
  });
});

describe("a meeting proposal whose time has passed", () => {
  async function proposed(p: Participant, startsAt: Date): Promise<number> {
    const { meetingId, outcome } = await proposeMeeting({ sql: suite.h.tillit.sql, nudges: suite.h.tillit.nudges, now: suite.h.clock.now }, { participantId: (await p.record()).id, startsAt });
    expect(outcome).toBe("sent");
    expect((await p.received()).join(" ")).toMatch(/föreslår att ni ses/);
    return meetingId;
  }

  it("is never asked again, and a later message is read for itself", async () => {
    const p = await inTeamNord();
    const meetingId = await proposed(p, new Date(suite.h.clock.ms + 2 * DAY));
    suite.h.clock.advance(3 * WEEK);
    const reply = await say(p, "yo lever");
    expect(reply.join(" ")).not.toMatch(/föreslår|Passar det/);
    // "ja" now answers nothing: no meeting three weeks ago is confirmed.
    const yes = await say(p, "ja");
    expect(yes.join(" ")).not.toMatch(/Toppen|ses ni/);
    expect(await suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "proposed" });
  });

  it("passed by an hour is over too, though the question is not six hours old", async () => {
    const p = await inTeamNord();
    const meetingId = await proposed(p, new Date(suite.h.clock.ms + 2 * HOUR));
    suite.h.clock.advance(3 * HOUR);
    expect((await say(p, "ja det passar")).join(" ")).not.toMatch(/Toppen|ses ni|Passar det/);
    expect(await suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "proposed" });
  });

  it("before its time it is still answered, however late", async () => {
    const p = await inTeamNord();
    const meetingId = await proposed(p, new Date(suite.h.clock.ms + 5 * DAY));
    suite.h.clock.advance(2 * DAY);
    expect(await say(p, "ja det passar")).toEqual([expect.stringMatching(/Toppen/)]);
    expect(await suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "confirmed" });
  });
});

describe("lines about the coordinator are true", () => {
  // Friday 23:40 in Stockholm: a crisis told late, nobody in until Monday.
  const FRIDAY_NIGHT = Date.parse("2026-11-27T22:40:00Z");

  it("the evening after the coordinator wrote and met them: no 'hasn't answered yet', no numbers under thanks or 'a bit better'", async () => {
    const p = await inTeamNord();
    suite.h.clock.ms = FRIDAY_NIGHT;
    expect((await say(p, "vill bara försvinna")).join(" ")).toMatch(/90101/);
    // Monday: Kim takes over, writes, they meet at 13:00 and Kim records it; Kim keeps the chat.
    suite.h.clock.ms = Date.parse("2026-11-30T07:05:00Z");
    const id = (await conversationOf(p)).id;
    const kim = suite.w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej, Kim här. Jag läste det du skrev i fredags. Kan vi ses idag kl 13?");
    await p.received();
    suite.h.clock.advance(30 * MINUTE);
    await say(p, "ok kontoret");
    const { meetingId } = await addMeeting(staffDeps(), kim, id, { startsAt: "2026-11-30T13:00:00+01:00", location: "Storgatan 4", alreadyAgreed: true });
    suite.h.clock.ms = Date.parse("2026-11-30T14:30:00Z");
    await recordOutcome(staffDeps(), kim, id, meetingId, { outcome: "attended" });
    await p.received();
    // 21:15 the same evening, Kim gone home.
    suite.h.clock.ms = Date.parse("2026-11-30T20:15:00Z");
    const thanks = (await say(p, "tack för idag")).join(" ");
    expect(thanks).not.toMatch(NOT_YET);
    expect(thanks).not.toMatch(NUMBERS);
    expect(thanks).toMatch(/Varsågod|fint/);
    const better = (await say(p, "e lite bättre")).join(" ");
    expect(better).not.toMatch(NOT_YET);
    expect(better).not.toMatch(NUMBERS);
    expect(better).toMatch(/skönt/i);
    const ordinary = (await say(p, "ska kolla på en film nu")).join(" ");
    expect(ordinary).not.toMatch(NOT_YET);
    expect(ordinary).not.toMatch(NUMBERS);
    // Heavy again: the numbers come, as always.
    expect((await say(p, "fast det känns tungt igen, orkar inte")).join(" ")).toMatch(NUMBERS);
    await handBack(staffDeps(), kim, id);
  });

  it("before anyone from the team has written, the wait is still said as it is", async () => {
    const p = await inTeamNord();
    suite.h.clock.ms = FRIDAY_NIGHT;
    await say(p, "vill bara försvinna");
    suite.h.clock.advance(DAY);
    expect((await say(p, "ska kolla på en film nu")).join(" ")).toMatch(NOT_YET);
  });

  it("a message for the coordinator on a Friday night gets no 24/7 numbers glued on", async () => {
    const p = await inTeamNord("en");
    suite.h.clock.ms = FRIDAY_NIGHT;
    const told = await say(p, "tell maja i might go next week");
    expect(told.join(" ")).toMatch(/pass (that|it) on/i);
    expect(told.join(" ")).not.toMatch(NUMBERS);
    const sv = await inTeamNord();
    suite.h.clock.ms = FRIDAY_NIGHT + HOUR;
    expect((await say(sv, "säg till maja att jag kanske kommer nästa vecka")).join(" ")).not.toMatch(NUMBERS);
  });
});

describe("wishes about contact are heard", () => {
  it("'ni kan skicka typ en gång i veckan igen' after 'sluta skicka påminnelser' turns reminders back on, weekly, and says so", async () => {
    const p = await inTeamNord();
    expect((await say(p, "sluta skicka påminnelser")).join(" ")).toMatch(/inga fler påminnelser|avstängda/);
    expect((await p.record()).remindersOff).toBe(true);
    suite.h.clock.advance(2 * WEEK);
    const back = (await say(p, "ni kan skicka typ en gång i veckan igen")).join(" ");
    expect(back).toMatch(/en gång i veckan/);
    expect(back).not.toMatch(/STOPP|påminn mig inte/);
    expect(await p.record()).toMatchObject({ remindersOff: false, reminderPace: "weekly" });
  });

  it("a coordinator who starts a weekly check-in for someone who turned reminders off is told so at once", async () => {
    const p = await inTeamNord();
    await say(p, "sluta skicka påminnelser");
    const id = (await conversationOf(p)).id;
    const deps = staffDeps();
    expect(await addSchedule(deps, suite.w.accounts.coordA.actor, id, { kind: "weekly", weekday: 4, time: "16:00", dialog: "check-in" })).toMatchObject({ remindersOff: true });
    expect(await addOneOff(deps, suite.w.accounts.coordA.actor, id, { at: new Date(suite.h.clock.ms + DAY).toISOString(), dialog: "check-in" })).toMatchObject({ remindersOff: true });
    // Asked back in the person's words: the next one is said without the warning.
    await say(p, "ni kan skicka typ en gång i veckan igen");
    expect(await addSchedule(deps, suite.w.accounts.coordA.actor, id, { kind: "weekly", weekday: 5, time: "16:00", dialog: "check-in" })).not.toHaveProperty("remindersOff");
  });

  it("'no dont call me' and 'text is fine' are passed on to the coordinator and said to be, not 'I don't understand'", async () => {
    const p = await inTeamNord("en");
    suite.h.clock.ms = Date.parse("2026-11-26T22:55:00Z"); // Thursday night
    const no = (await say(p, "no dont call me")).join(" ");
    expect(no).toMatch(/call/);
    expect(no).not.toMatch(/understand everything|not quite following/);
    expect(no).not.toMatch(NUMBERS);
    expect((await conversationOf(p)).handoffReason).toBe("message");
    const q = await inTeamNord();
    suite.h.clock.ms = Date.parse("2026-11-26T22:58:00Z");
    const sv = (await say(q, "sms räcker")).join(" ");
    expect(sv).toMatch(/uppringd|samtal/);
    expect(sv).not.toMatch(/förstår inte allt|hänger inte/);
  });
});

describe("never more than two unanswered messages of Tillit's own", () => {
  const deps = staffDeps;
  /** The scheduler runs every `every` until `until`; returns what reached the participant meanwhile. */
  async function live(p: Participant, until: number, every = 6 * HOUR): Promise<{ at: number; text: string }[]> {
    const got: { at: number; text: string }[] = [];
    while (suite.h.clock.ms + every <= until) {
      suite.h.clock.advance(every);
      await suite.h.tillit.nudges.tick();
      await suite.h.tillit.core.idle();
      for (const text of await p.received()) got.push({ at: suite.h.clock.ms, text });
    }
    return got;
  }

  it("ten silent weeks of a coordinator's weekly check-in: two messages, then nothing until they write, and the coordinator is told", async () => {
    const p = await inTeamNord("en");
    const id = (await conversationOf(p)).id;
    await addSchedule(deps(), suite.w.accounts.coordA.actor, id, { kind: "weekly", weekday: 1, time: "20:00", dialog: "check-in" });
    const got = await live(p, suite.h.clock.ms + 10 * WEEK);
    expect(got).toHaveLength(2);
    const tasks = await suite.h.tillit.db.staffTask.findMany({ where: { participantId: (await p.record()).id } });
    expect(tasks).toMatchObject([{ kind: "contact-quiet", status: "open" }]);
    // They write: the check-ins come back.
    await say(p, "hey sorry, been away");
    const after = await live(p, suite.h.clock.ms + 2 * WEEK);
    expect(after.length).toBeGreaterThan(0);
  });

  it("a coordinator's proposal held after two unanswered goes out when the office is open, never on a Sunday", async () => {
    const p = await inTeamNord();
    const id = (await conversationOf(p)).id;
    // Two unanswered messages on Thursday: a check-in in the morning, another in the afternoon.
    suite.h.clock.ms = Date.parse("2026-12-03T08:00:00Z");
    await addOneOff(deps(), suite.w.accounts.coordA2.actor, id, { at: "2026-12-03T10:00:00+01:00", dialog: "check-in" });
    await addOneOff(deps(), suite.w.accounts.coordA2.actor, id, { at: "2026-12-03T15:00:00+01:00", dialog: "check-in" });
    expect(await live(p, Date.parse("2026-12-04T08:00:00Z"), HOUR)).toHaveLength(2);
    expect(await suite.h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ unansweredCount: 2 });
    // Friday 09:30: Kim proposes a meeting on Tuesday.
    suite.h.clock.ms = Date.parse("2026-12-04T08:30:00Z");
    const proposal = await addMeeting(deps(), suite.w.accounts.coordA2.actor, id, { startsAt: "2026-12-08T14:00:00+01:00", location: "Storgatan 4" });
    expect(proposal).toMatchObject({ proposal: "held" });
    const got = (await live(p, Date.parse("2026-12-08T10:00:00Z"), 30 * MINUTE)).filter((m) => /föreslår/.test(m.text));
    expect(got).toHaveLength(1);
    const local = new Date(got[0]!.at).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", weekday: "long", hour: "2-digit", minute: "2-digit" });
    expect(local).toMatch(/^måndag (0[89]|1[0-6])/);
  });
});
