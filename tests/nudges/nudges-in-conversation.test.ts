// Nudges meeting the conversation: the participant's own words about reminders, meeting reminders
// after a confirmation in chat, the follow-up cadences after an action plan and after discharge, and
// the "never more than two unanswered messages in a row" rule.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { nudgesOf, participant, scheduler, sent, stockholm } from "../helpers/nudges.js";
import { insertNudge, startSchedule, type NewSchedule } from "../../bot/nudges/schedule-nudges.js";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";
import { saveActionPlan } from "../../bot/plans/write-action-plan.js";
import { detectReminderRequest } from "../../dialogs/shared/recognize.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness({}, { simulator: true });
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
});
afterEach(async () => h.stop());

const day = 86_400_000;
let phone = 701900000;
const schedule = (input: NewSchedule) => h.tillit.sql.transaction((tx) => startSchedule(tx, input, h.clock.now()));
const pending = async (participantId: number) => (await nudgesOf(h, participantId)).filter((n) => n.status === "scheduled");
const record = (id: number) => h.tillit.db.participant.findUniqueOrThrow({ where: { id } });

describe("the participant changes reminders in their own words", () => {
  it("recognises the wishes, and not ordinary sentences", () => {
    expect(["påminn mig inte", "Påminn mig inte!", "inga fler påminnelser tack", "sluta påminna mig", "don't remind me", "no more reminders"].map(detectReminderRequest)).toEqual(Array(6).fill("off"));
    expect(["påminn mig senare", "paminn mig sen", "remind me later"].map(detectReminderRequest)).toEqual(Array(3).fill("later"));
    expect(["påminn mig", "Påminn mig igen", "remind me"].map(detectReminderRequest)).toEqual(Array(3).fill("on"));
    expect(detectReminderRequest("skicka på kvällen istället")).toBe("evening");
    expect(detectReminderRequest("kan du skriva på förmiddagen")).toBe("morning");
    expect(detectReminderRequest("text me in the afternoon instead")).toBe("afternoon");
    for (const ordinary of ["jag sover på morgonen", "det var kväll när jag kom hem", "hej", "jag minns inte"]) expect(detectReminderRequest(ordinary)).toBeUndefined();
  });

  it("\"påminn mig inte\" stops reminders at once (meeting reminders still come), \"påminn mig\" turns them on again", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`);
    const { id } = await p.record();
    await schedule({ participantId: id, kind: "interval", everyDays: 7, dialog: "check-in" });
    expect(await pending(id)).toHaveLength(1);
    expect(await p.say("påminn mig inte")).toEqual(['Okej, inga fler påminnelser. Mötespåminnelser får du fortfarande. Skriv "påminn mig" om du vill ha dem igen.']);
    expect(await record(id)).toMatchObject({ remindersOff: true });
    expect(await pending(id)).toEqual([]);
    expect(await h.tillit.db.nudgeSchedule.findFirst({ where: { participantId: id } })).toMatchObject({ status: "off" });

    // A one-off reminder made meanwhile is skipped, not sent; a meeting reminder still goes out.
    await h.tillit.sql.transaction(async (tx) => {
      await insertNudge(tx, { participantId: id, kind: "message", dueAt: h.clock.now(), text: "Hej!" }, h.clock.now());
    });
    expect([...(await scheduler(h).tick()).values()]).toEqual(["skipped"]);

    expect(await p.say("påminn mig")).toEqual(["Toppen, då påminner jag dig igen ibland."]);
    expect(await record(id)).toMatchObject({ remindersOff: false });
    // The paused schedule is back, with its next occurrence.
    expect(await h.tillit.db.nudgeSchedule.findFirst({ where: { participantId: id } })).toMatchObject({ status: "active" });
    await scheduler(h).tick();
    expect((await pending(id)).map((n) => n.dialog)).toEqual(["check-in"]);
  });

  it("\"skicka på morgonen istället\" moves what is coming into the morning", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`); // chose evenings during onboarding
    const { id } = await p.record();
    await schedule({ participantId: id, kind: "interval", everyDays: 3, dialog: "check-in" });
    expect(stockholm((await pending(id))[0]!.dueAt)).toBe("2026-11-26 17:00");
    expect(await p.say("kan du skicka på morgonen istället?")).toEqual(["Okej, jag hör av mig på förmiddagen framöver."]);
    expect(JSON.parse((await record(id)).preferredTimes!)).toEqual(["morning"]);
    expect(stockholm((await pending(id))[0]!.dueAt)).toBe("2026-11-26 09:00");
  });

  it("\"remind me later\" brings the check-in back in a few hours, at an allowed time", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`, "en");
    const { id } = await p.record();
    await h.tillit.db.participant.update({ where: { id }, data: { preferredTimes: null } });
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: id, kind: "dialog", dialog: "check-in", dueAt: h.clock.now() }, h.clock.now()));
    const s = scheduler(h);
    expect([...(await s.tick()).values()]).toEqual(["sent"]);
    // A nudge's check-in first asks whether now is a good time (changed with issue 13).
    expect(await p.received()).toEqual(["Hi Sam! Do you have time for a short check-in now? It takes a minute.\n1. Yes, now\n2. Later\n3. Not today"]);
    expect(await p.say("remind me later")).toEqual(["Sure, I'll remind you a bit later."]);
    const [again] = await pending(id);
    expect(again).toMatchObject({ kind: "postponed", dialog: "check-in" });
    expect(again!.dueAt.getTime()).toBe(h.clock.ms + 3 * 3_600_000);
    h.clock.advance(3 * 3_600_000);
    expect([...(await s.tick()).values()]).toEqual(["sent"]);
    expect(await p.received()).toEqual(["Hi Sam! Is now a good time for a quick check-in?\n1. Yes, now\n2. Later\n3. Not today"]);
    // The offer greeted already: no second "Hi Sam!" (texter17 #13).
    expect(await p.say("yes")).toEqual(["Great! How are you today, on a scale of 1-10?"]);
  });
});

describe("meeting reminders", () => {
  it("a meeting confirmed in chat gets a reminder the day before at the preferred time and two hours before", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`); // evenings
    const { id } = await p.record();
    const startsAt = new Date("2026-12-01T13:00:00Z"); // Tuesday 14:00 local
    const { meetingId } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: id, startsAt, location: "Ungdomsporten" });
    await p.received();
    await p.say("ja");
    const reminders = await pending(id);
    expect(reminders.map((r) => [r.kind, stockholm(r.dueAt)])).toEqual([["meeting-reminder", "2026-11-30 17:00"], ["meeting-reminder", "2026-12-01 12:00"]]);
    const s = scheduler(h);
    h.clock.ms = reminders[0]!.dueAt.getTime();
    await s.tick();
    expect(await p.received()).toEqual(["Hej! En påminnelse: du och en koordinator ses tisdag 1 december kl. 14:00, Ungdomsporten. Svara om något har ändrats, det är helt okej."]);
    h.clock.ms = reminders[1]!.dueAt.getTime();
    await s.tick();
    expect(await p.received()).toEqual(["Snart dags: du och en koordinator ses tisdag 1 december kl. 14:00, Ungdomsporten. Vi ses!"]);
    expect(await h.tillit.db.meeting.findUnique({ where: { id: meetingId } })).toMatchObject({ status: "confirmed" });
  });

  it("a proposal is itself a nudge: written with its meeting, at night it waits for the morning", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`);
    const { id } = await p.record();
    h.clock.ms = Date.parse("2026-11-23T21:30:00Z"); // 22:30 in Stockholm
    const { meetingId, outcome } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: id, startsAt: new Date("2026-12-01T13:00:00Z") });
    expect(outcome).toBe("held");
    expect(await p.received()).toEqual([]);
    const [proposal] = await pending(id);
    expect(proposal).toMatchObject({ kind: "meeting-proposal", meetingId, dialog: "meeting" });
    expect(stockholm(proposal!.dueAt)).toBe("2026-11-24 09:00");
    h.clock.ms = proposal!.dueAt.getTime();
    expect([...(await scheduler(h).tick()).values()]).toEqual(["sent"]);
    expect((await p.received())[0]).toMatch(/^En koordinator föreslår att ni ses tisdag 1 december kl\. 14:00/);
  });

  it("a declined proposal gets no reminders", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`);
    const { id } = await p.record();
    await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: id, startsAt: new Date("2026-12-01T13:00:00Z") });
    await p.say("kan inte");
    expect(await pending(id)).toEqual([]);
  });
});

describe("cadences started by an event", () => {
  it("an action plan: the first follow-up after two weeks, then self-ratings every four to six weeks", async () => {
    const p = await participant(h);
    await saveActionPlan(h.tillit.sql, { participantId: p.participantId, mainActivity: "praktik på ett café" }, h.clock.now());
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    const steps: [string | null, number][] = [];
    let previous = h.clock.ms;
    for (let i = 0; i < 3; i++) {
      const [next] = await pending(p.participantId);
      steps.push([next!.dialog, Math.round((next!.dueAt.getTime() - previous) / day)]);
      previous = h.clock.ms = next!.dueAt.getTime();
      expect([...(await s.tick()).values()]).toEqual(["sent"]);
    }
    expect(steps[0]).toEqual(["action-plan", 14]);
    for (const [dialog, days] of steps.slice(1)) {
      expect(dialog).toBe("self-rating");
      expect(days).toBeGreaterThanOrEqual(28);
      expect(days).toBeLessThanOrEqual(43); // 42 days, moved past quiet hours at most into the next morning
    }
  });

  it("a team's own template replaces the built-in one", async () => {
    const team = await h.tillit.db.team.create({ data: { slug: "vast", name: "Väst" } });
    await h.tillit.db.cadenceTemplate.create({ data: { teamId: team.id, key: "action-plan", steps: JSON.stringify([{ afterDays: 10, dialog: "check-in", times: 2 }]) } });
    const p = await participant(h, { teamId: team.id });
    await saveActionPlan(h.tillit.sql, { participantId: p.participantId, mainActivity: "körkortsteori" }, h.clock.now());
    const [first] = await pending(p.participantId);
    expect(first).toMatchObject({ dialog: "check-in" });
    expect(Math.round((first!.dueAt.getTime() - h.clock.ms) / day)).toBe(10);
  });

  it("discharge: what was planned ends, and a monthly check-in follows for six months", async () => {
    const p = await participant(h);
    await schedule({ participantId: p.participantId, kind: "weekly", weekday: 3, timeOfDay: "10:00", dialog: "check-in" });
    const { discharge } = await import("../../bot/staff/discharge.js");
    const admin = await h.tillit.db.staffUser.create({ data: { email: "ada@kommun.se", displayName: "Ada", firstName: "Ada", role: "admin", passwordHash: "x" } });
    await discharge({ db: h.tillit.db, sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { id: admin.id, email: admin.email, displayName: "Ada", firstName: "Ada", role: "admin", teamIds: [] }, p.conversationId, { outcome: "studies" });
    expect(await record(p.participantId)).toMatchObject({ status: "discharged", dischargeOutcome: "studies" });
    const all = await nudgesOf(h, p.participantId);
    expect(all.filter((n) => n.status === "cancelled")).toHaveLength(1);
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    const gaps: number[] = [];
    for (let i = 0; i < 7; i++) {
      const [next] = await pending(p.participantId);
      if (!next) break;
      gaps.push(Math.round((next.dueAt.getTime() - h.clock.ms) / day));
      h.clock.ms = next.dueAt.getTime();
      await s.tick();
    }
    expect(gaps).toEqual([30, 30, 30, 30, 30, 30]);
    expect(await h.tillit.db.nudgeSchedule.findMany({ where: { participantId: p.participantId, cadenceKey: "discharge" } })).toMatchObject([{ status: "stopped" }]);
  });
});

describe("never more than two unanswered messages in a row", () => {
  it("Tillit's own third message after two unanswered is never sent: the row ends only when the participant writes", async () => {
    const p = await participant(h);
    for (const text of ["ett", "två", "tre"]) {
      await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text }, h.clock.now()));
    }
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    expect([...(await s.tick()).values()]).toEqual(["sent", "sent", "skipped"]);
    expect((await sent(h, p.participantId)).map((m) => m.body)).toEqual(["ett", "två"]);
    expect((await nudgesOf(h, p.participantId)).at(-1)).toMatchObject({ status: "skipped", outcome: "unanswered-limit" });
    h.clock.advance(30 * day);
    expect((await s.tick()).size).toBe(0);
  });

  it("an agreed follow-up after two unanswered waits for three quiet days and then for office hours", async () => {
    const p = await participant(h);
    h.clock.ms = Date.parse("2026-11-27T08:30:00Z"); // Friday 09:30 in Stockholm
    for (const text of ["ett", "två"]) {
      await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text }, h.clock.now()));
    }
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "follow-up", dueAt: h.clock.now(), text: "Hur går det med planen?" }, h.clock.now()));
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    expect([...(await s.tick()).values()]).toEqual(["sent", "sent", "held"]);
    // Three days later is Monday 09:30 (an office day): not the Sunday a pause ending on a weekend would give.
    const [waiting] = await pending(p.participantId);
    expect(waiting!.dueAt.toISOString()).toBe("2026-11-30T08:30:00.000Z");
    h.clock.ms = waiting!.dueAt.getTime();
    expect([...(await s.tick()).values()]).toEqual(["sent"]);
    expect((await sent(h, p.participantId)).map((m) => m.body).at(-1)).toMatch(/Hur går det med planen/);
  });

  it("a coordinator's own one-off words go out at the time they chose, as a third; Tillit's own next one waits (texter15 #15)", async () => {
    const p = await participant(h);
    h.clock.ms = Date.parse("2026-11-27T08:30:00Z"); // Friday 09:30 in Stockholm
    for (const text of ["ett", "två"]) {
      await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text }, h.clock.now()));
    }
    const coordinator = await h.tillit.db.staffUser.create({ data: { email: `kim${p.participantId}@example.se`, displayName: "Kim K", firstName: "Kim" } });
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text: "Hej, Kim här", createdById: coordinator.id }, h.clock.now()));
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    expect([...(await s.tick()).values()]).toEqual(["sent", "sent", "sent"]);
    expect((await sent(h, p.participantId)).map((m) => m.body).at(-1)).toMatch(/Hej, Kim här/);
    // Counted in the row: Tillit's own words after it do not go out.
    h.clock.advance(day / 24);
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text: "fyra" }, h.clock.now()));
    expect([...(await s.tick()).values()]).not.toContain("sent");
    expect((await sent(h, p.participantId)).map((m) => m.body)).not.toContain("fyra");
  });

  it("an agreed follow-up held over a weekend goes out when the office opens", async () => {
    const p = await participant(h);
    h.clock.ms = Date.parse("2026-11-26T08:30:00Z"); // Thursday 09:30: the pause ends on Sunday
    for (const text of ["ett", "två"]) {
      await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now(), text }, h.clock.now()));
    }
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "follow-up", dueAt: h.clock.now(), text: "Hur går det med planen?" }, h.clock.now()));
    const s = scheduler(h, { backoffAfter: 10, stopAfter: 10 });
    expect([...(await s.tick()).values()]).toEqual(["sent", "sent", "held"]);
    const [waiting] = await pending(p.participantId);
    expect(waiting!.dueAt.toISOString()).toBe("2026-11-30T08:00:00.000Z"); // Monday: the office opens at 08:00, the quiet hours end at 09:00
  });
});
