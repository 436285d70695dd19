// Nudges, meetings, tasks, team settings and outreach through the staff API: every endpoint bound
// to the staff member's team, bad input refused with nothing changed, and outreach from a CSV list
// all the way to the participant's phone (through the Twilio SDK to the fake) and the coordinator's task.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { scheduler, stockholm } from "../helpers/nudges.js";
import { insertNudge } from "../../bot/nudges/schedule-nudges.js";

let h: Harness;
let w: StaffWorld;
let n = 732000000;
const phone = () => `+46${n++}`;
const day = 86_400_000;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const nudges = (participantId: number) => h.tillit.db.nudge.findMany({ where: { participantId }, orderBy: { id: "asc" } });
const delivered = () => eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);

describe("upcoming nudges on the participant's page", () => {
  it("a coordinator adds a one-off in quiet hours: it moves to the morning; moves and cancels it; another team sees nothing", async () => {
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    const { conversationId, participantId } = await w.participant("A", phone(), "Alex");

    const late = await maja.post(`/conversations/${conversationId}/nudges`, { at: "2026-11-24T22:30:00+01:00", text: "Hej Alex! Hur gick det i dag?" });
    expect(late.status).toBe(200);
    const made = await late.json();
    expect(made.moved).toBe(true);
    expect(stockholm(new Date(made.dueAt))).toBe("2026-11-25 09:00");

    const list = await maja.json(`/conversations/${conversationId}/nudges`);
    expect(list.nudges).toMatchObject([{ id: made.id, kind: "message", text: "Hej Alex! Hur gick det i dag?" }]);
    // The page says how often the participant wants reminders (a coordinator's one-offs are reminders too).
    expect(list).toMatchObject({ remindersOff: false, reminderPace: "as-planned" });
    await h.tillit.db.participant.update({ where: { id: participantId }, data: { reminderPace: "weekly" } });
    expect(await maja.json(`/conversations/${conversationId}/nudges`)).toMatchObject({ reminderPace: "weekly" });

    // Another team: neither reading nor changing, and nothing changed.
    expect((await olle.get(`/conversations/${conversationId}/nudges`)).status).toBe(404);
    expect((await olle.post(`/conversations/${conversationId}/nudges/${made.id}/cancel`)).status).toBe(404);
    expect((await olle.post(`/conversations/${conversationId}/nudges`, { at: "2026-11-25T12:00:00+01:00", text: "x" })).status).toBe(404);
    // Nor through a conversation of its own team with another team's nudge id.
    const own = await w.participant("B", phone());
    expect((await olle.post(`/conversations/${own.conversationId}/nudges/${made.id}/cancel`)).status).toBe(404);
    expect((await nudges(participantId))[0]).toMatchObject({ status: "scheduled" });
    expect(await h.tillit.db.auditLog.count({ where: { action: "nudges.viewed.denied", actorId: w.accounts.coordB.id } })).toBe(1);

    const moved = await (await maja.post(`/conversations/${conversationId}/nudges/${made.id}/move`, { at: "2026-11-25T14:00:00+01:00" })).json();
    expect(moved).toMatchObject({ moved: false, dueAt: "2026-11-25T13:00:00.000Z" });
    expect((await maja.post(`/conversations/${conversationId}/nudges/${made.id}/cancel`)).status).toBe(200);
    expect((await maja.post(`/conversations/${conversationId}/nudges/${made.id}/cancel`)).status).toBe(409);
    expect((await maja.json(`/conversations/${conversationId}/nudges`)).nudges).toEqual([]);
  });

  it("bad input is refused with a clear error and changes nothing", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const cases: [unknown, number][] = [
      [{ at: "2026-11-25T12:00:00+01:00" }, 400], // neither text nor dialog
      [{ at: "2026-11-25T12:00:00+01:00", text: "x", dialog: "check-in" }, 400], // both
      [{ at: "tomorrow", text: "x" }, 400],
      [{ at: "2026-11-25T12:00:00", text: "x" }, 400], // no offset: ambiguous
      [{ at: "2026-11-25T12:00:00+01:00", text: "x".repeat(281) }, 400],
      [{ at: "2026-11-25T12:00:00+01:00", dialog: "onboarding" }, 400],
      [{ at: "2020-01-01T12:00:00+01:00", text: "x" }, 400], // in the past
    ];
    for (const [body, status] of cases) expect((await maja.post(`/conversations/${conversationId}/nudges`, body)).status, JSON.stringify(body)).toBe(status);
    expect((await maja.post(`/conversations/${conversationId}/schedules`, { kind: "weekly", weekday: 8, time: "10:00", dialog: "check-in" })).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/schedules`, { kind: "weekly", weekday: 1, time: "25:00", dialog: "check-in" })).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/nudges`, { at: "2026-11-25T12:00:00+01:00", text: "x" }, { csrf: null })).status).toBe(403);
    expect(await nudges(participantId)).toEqual([]);
  });

  it("a weekly check-in from the inbox, then stopped", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const res = await maja.post(`/conversations/${conversationId}/schedules`, { kind: "weekly", weekday: 1, time: "10:00", dialog: "check-in" });
    expect(res.status).toBe(200);
    const { scheduleId } = await res.json();
    const list = await maja.json(`/conversations/${conversationId}/nudges`);
    // Shown once: as the schedule, with its next occurrence, not also as a one-off.
    expect(list.schedules).toMatchObject([{ id: scheduleId, kind: "weekly", weekday: 1, timeOfDay: "10:00", next: { scheduleId } }]);
    expect(list.nudges).toEqual([]);
    expect(stockholm(new Date(list.schedules[0].next.dueAt))).toBe("2026-11-30 10:00");
    // Removing one occurrence skips it: the schedule goes on from the week after.
    expect((await maja.post(`/conversations/${conversationId}/nudges/${list.schedules[0].next.id}/cancel`)).status).toBe(200);
    await scheduler(h).tick();
    const next = (await maja.json(`/conversations/${conversationId}/nudges`)).schedules;
    expect(next.map((x: { next: { dueAt: string } }) => stockholm(new Date(x.next.dueAt)))).toEqual(["2026-12-07 10:00"]);
    expect((await maja.post(`/conversations/${conversationId}/schedules/${scheduleId}/stop`)).status).toBe(200);
    expect((await nudges(participantId)).map((x) => x.status)).toEqual(["cancelled", "cancelled"]);
  });

  it("a meeting agreed by phone gets its reminders; cancelling it removes them", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const res = await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00", location: "Ungdomsporten", alreadyAgreed: true });
    const { meetingId, reminders } = await res.json();
    expect(reminders).toBe(2);
    expect((await nudges(participantId)).map((x) => stockholm(x.dueAt))).toEqual(["2026-11-25 10:00", "2026-11-26 12:00"]);
    const cancelled = await maja.post(`/conversations/${conversationId}/meetings/${meetingId}/cancel`);
    expect(cancelled.status).toBe(200);
    // The reminders go; the young person is told in one message of its own (fix24c), which the answer names.
    const after = await nudges(participantId);
    expect(after.filter((x) => x.kind === "meeting-reminder").map((x) => x.outcome)).toEqual(["meeting-cancelled", "meeting-cancelled"]);
    expect(after.filter((x) => x.kind === "meeting-cancelled")).toHaveLength(1);
    expect(await cancelled.json()).toHaveProperty("told");
  });
});

describe("a meeting proposed while a person has the conversation", () => {
  it("goes out as the coordinator's own words; she records the yes, and the reminders follow", async () => {
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    const p = phone();
    const { conversationId, participantId } = await w.participant("A", p);
    expect((await maja.post(`/conversations/${conversationId}/takeover`)).status).toBe(200);
    const before = h.fake.sentTo(p).length;
    const made = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00", location: "Ungdomsporten" })).json();
    expect(made.proposal).toBe("own-words");
    await delivered();
    expect(h.fake.sentTo(p).slice(before).map((m) => m.body)).toEqual(["Ska vi ses torsdag 26 november kl. 14:00, Ungdomsporten? Svara här, så ser jag det.\n/Maja"]);
    // The bot's meeting question is not queued behind her back: no proposal nudge, nothing held.
    expect(await nudges(participantId)).toEqual([]);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: made.meetingId } })).toMatchObject({ status: "proposed", coordinatorId: w.accounts.coordA.id });

    // Another team neither confirms it nor learns it exists.
    expect((await olle.post(`/conversations/${conversationId}/meetings/${made.meetingId}/agreed`)).status).toBe(404);
    const agreed = await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/agreed`);
    expect(agreed.status).toBe(200);
    expect((await agreed.json()).reminders).toBe(2);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: made.meetingId } })).toMatchObject({ status: "confirmed" });
    expect((await nudges(participantId)).map((x) => stockholm(x.dueAt))).toEqual(["2026-11-25 10:00", "2026-11-26 12:00"]);
    // Said once: a second yes is a conflict and plans no more reminders.
    expect((await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/agreed`)).status).toBe(409);
    expect(await nudges(participantId)).toHaveLength(2);
    expect(await h.tillit.db.auditLog.count({ where: { action: "meeting.confirmed", actorId: w.accounts.coordA.id } })).toBe(2);
  });

  it("while the young person waits for a person, the proposal is her answer, once she is told it takes the conversation (fix25e): she has it from then on", async () => {
    const maja = await w.client("coordA");
    const p = phone();
    const { conversationId } = await w.participant("A", p);
    await h.tillit.core.receive({ channel: "sms", providerId: `W-${p}-human`, from: p, body: "vill prata med en människa", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    expect(await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({ status: "waiting" });
    const asked = await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T15:30:00+01:00" });
    expect([asked.status, await asked.json()]).toEqual([409, { error: "takes-over" }]);
    expect(await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({ status: "waiting" });
    const made = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T15:30:00+01:00", takeOver: true })).json();
    expect(made.proposal).toBe("own-words");
    await delivered();
    expect(h.fake.sentTo(p).at(-1)?.body).toBe("Ska vi ses torsdag 26 november kl. 15:30? Svara här, så ser jag det.\n/Maja");
    expect(await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).toMatchObject({ status: "human", assigneeId: w.accounts.coordA.id });
  });

  it("a proposal Tillit may not send yet is held and said so; agreed by phone meanwhile, it is never sent, and the confirmation is", async () => {
    const maja = await w.client("coordA");
    const p = phone();
    const { conversationId, participantId } = await w.participant("A", p);
    const before = h.fake.sentTo(p).length;
    // The welcome and the consent question are two unanswered messages: a third waits.
    const made = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00" })).json();
    expect(made.proposal).toBe("held");
    expect((await maja.post(`/conversations/${conversationId}/meetings/999999/agreed`)).status).toBe(404);
    const agreed = await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/agreed`);
    expect(agreed.status).toBe(200);
    // The confirmation to the young person (fix25e) is the team's answer, not held back by the two unanswered as the
    // proposal was (fix25h, tester25 #4): it goes, the proposal never does.
    expect(await agreed.json()).toMatchObject({ told: "sent" });
    expect((await nudges(participantId)).map((x) => [x.kind, x.status, x.outcome])).toEqual([
      ["meeting-proposal", "cancelled", "meeting-confirmed"],
      ["meeting-reminder", "scheduled", null],
      ["meeting-reminder", "scheduled", null],
      ["meeting-confirmed", "sent", "sent"],
    ]);
    await scheduler(h).tick();
    await delivered();
    expect(h.fake.sentTo(p).length).toBe(before + 1);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/cancel`)).status).toBe(200);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/agreed`)).status).toBe(409);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: made.meetingId } })).toMatchObject({ status: "cancelled" });
  });
});

describe("team settings", () => {
  it("a team lead edits the team's cadence and quiet hours; a coordinator may read but not change them", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    const steps = [{ afterDays: 14, dialog: "check-in", times: 1 }, { afterDays: 30, maxDays: 40, dialog: "self-rating", times: null }];
    expect((await maja.put(`/teams/${w.teamA}/cadences/action-plan`, { steps })).status).toBe(403);
    expect((await olle.put(`/teams/${w.teamA}/cadences/action-plan`, { steps })).status).toBe(404);
    expect((await lena.put(`/teams/${w.teamA}/cadences/action-plan`, { steps: [{ afterDays: 0, dialog: "check-in" }] })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/cadences/whatever`, { steps })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/cadences/action-plan`, { steps })).status).toBe(200);
    expect((await lena.put(`/teams/${w.teamA}/quiet-hours`, { quietHours: "22:00-25:00" })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/quiet-hours`, { quietHours: "20:00-09:30" })).status).toBe(200);
    const settings = await maja.json(`/teams/${w.teamA}/nudge-settings`);
    expect(settings).toMatchObject({ quietHours: "20:00-09:30", cadences: { "action-plan": { custom: true, steps }, discharge: { custom: false } } });
    expect((await olle.get(`/teams/${w.teamA}/nudge-settings`)).status).toBe(404);
    await lena.put(`/teams/${w.teamA}/quiet-hours`, { quietHours: null });
  });

  it("a team lead sets office hours (what participants are told about when someone reads); bad hours change nothing", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    const hours = { days: [1, 2, 3, 4], open: "09:00", close: "16:00" };
    expect((await maja.json(`/teams/${w.teamA}/nudge-settings`)).officeHours).toEqual({ days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" });
    expect((await maja.put(`/teams/${w.teamA}/office-hours`, { officeHours: hours })).status).toBe(403);
    expect((await olle.put(`/teams/${w.teamA}/office-hours`, { officeHours: hours })).status).toBe(404);
    for (const bad of [{ ...hours, open: "17:00" }, { ...hours, days: [] }, { ...hours, days: [8] }, { ...hours, close: "24:00" }, "mon-fri"]) {
      expect((await lena.put(`/teams/${w.teamA}/office-hours`, { officeHours: bad })).status).toBe(400);
    }
    expect((await maja.json(`/teams/${w.teamA}/nudge-settings`)).officeHoursCustom).toBe(false);
    expect((await lena.put(`/teams/${w.teamA}/office-hours`, { officeHours: hours })).status).toBe(200);
    expect(await maja.json(`/teams/${w.teamA}/nudge-settings`)).toMatchObject({ officeHours: hours, officeHoursCustom: true });
    expect((await lena.put(`/teams/${w.teamA}/office-hours`, { officeHours: null })).status).toBe(200);
    expect((await maja.json(`/teams/${w.teamA}/nudge-settings`)).officeHoursCustom).toBe(false);
  });
});

describe("outreach to a list", () => {
  const csv = (lines: string[]) => lines.join("\n");

  it("problem lines are reported by line number and nothing is imported; fixed, the list goes out", async () => {
    let maja = await w.client("coordA");
    const known = phone();
    await w.participant("A", known);
    const fresh = [phone(), phone(), phone()];
    const file = csv([
      "telefon;namn",
      `${fresh[0]!.replace("+46", "0")};Nora`, // national format, Swedish default
      "070-12;Kort",
      `${fresh[1]};Elias`,
      `${fresh[0]};Nora igen`,
      `${known};Redan med`,
      `"${fresh[2]}";"<b>Sam</b>"`,
      "hej;på;dig",
    ]);
    const before = await h.tillit.db.participant.count();
    const checked = await (await maja.post("/outreach/check", { teamId: w.teamA, csv: file })).json();
    expect(checked).toMatchObject({ accepted: 3, imported: 0, known: [{ line: 6, problem: "already-known" }] });
    expect(checked.errors).toEqual([
      { line: 3, problem: "invalid-number", value: "070-12" },
      { line: 5, problem: "duplicate-in-file", value: "line 2" },
      { line: 8, problem: "malformed-line" },
    ]);
    const refused = await maja.post("/outreach/import", { teamId: w.teamA, csv: file });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toHaveLength(3);
    expect(await h.tillit.db.participant.count()).toBe(before);

    expect((await maja.post("/outreach/import", { teamId: w.teamB, csv: file, skipProblemLines: true })).status).toBe(404);
    const imported = await (await maja.post("/outreach/import", { teamId: w.teamA, csv: file, skipProblemLines: true })).json();
    expect(imported.imported).toBe(3);
    const people = await h.tillit.db.participant.findMany({ where: { phone: { in: fresh } }, orderBy: { phone: "asc" } });
    expect(people.map((p) => [p.teamId, p.status])).toEqual([[w.teamA, "new"], [w.teamA, "new"], [w.teamA, "new"]]);
    expect(people.map((p) => p.preferredName).sort()).toEqual(["Elias", "Nora", "bSam/b"]);
    // The known participant gets nothing from an import.
    const knownId = (await h.tillit.db.participant.findUniqueOrThrow({ where: { phone: known } })).id;
    expect(await nudges(knownId)).toEqual([]);

    // First message: low-pressure, introduces the service, says how to stop — through Twilio.
    const s = scheduler(h, { perSecond: 10 });
    await s.tick();
    await delivered();
    for (const p of fresh) {
      await eventually(() => h.fake.sentTo(p).length === 1);
      expect(h.fake.sentTo(p)[0]!.body).toMatch(/^Hej! Det här är Tillit.*STOPP/s);
    }
    h.clock.advance(60 * 60_000);
    // One of them answers; the other two get one gentle follow-up after a week, and nothing more.
    await h.tillit.core.receive({ channel: "sms", providerId: "SMoutreach1", from: fresh[1]!, body: "Hej, vad är det här?", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    h.clock.advance(7 * day);
    await s.tick();
    await delivered();
    await eventually(() => h.fake.sentTo(fresh[0]!).length === 2 && h.fake.sentTo(fresh[2]!).length === 2);
    expect(h.fake.sentTo(fresh[0]!)[1]!.body).toMatch(/^Hej igen!/);
    const answeredId = (await h.tillit.db.participant.findUniqueOrThrow({ where: { phone: fresh[1]! } })).id;
    expect((await nudges(answeredId)).map((x) => x.outcome)).toEqual(["sent", "answered", null]);
    expect(h.fake.sentTo(fresh[1]!).some((m) => /^Hej igen!/.test(m.body))).toBe(false);

    // Still no answer a week later: a task for a coordinator in the inbox, not a third message.
    h.clock.advance(7 * day);
    await s.tick();
    maja = await w.client("coordA"); // two weeks later: a new sign-in
    const tasks = (await maja.json(`/tasks?teamId=${w.teamA}`)).tasks;
    const names = tasks.filter((t: { kind: string }) => t.kind === "outreach-no-answer").map((t: { participantName: string }) => t.participantName).sort();
    expect(names).toEqual(["Nora", "bSam/b"]);
    expect(h.fake.sentTo(fresh[0]!)).toHaveLength(2);
    // Another team sees none of it; marking one done removes it.
    expect((await (await w.client("coordB")).json("/tasks")).tasks).toEqual([]);
    expect((await (await w.client("coordB")).post(`/tasks/${tasks[0].id}/done`)).status).toBe(404);
    expect((await maja.post(`/tasks/${tasks[0].id}/done`)).status).toBe(200);
    expect((await maja.json(`/tasks?teamId=${w.teamA}`)).tasks).toHaveLength(tasks.length - 1);
  });

  it("an unreadable or oversized file is refused whole", async () => {
    const maja = await w.client("coordA");
    const broken = await maja.post("/outreach/check", { teamId: w.teamA, csv: 'telefon\n"0701234567\n0701234568' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toBe("unreadable_file");
    const huge = await maja.post("/outreach/check", { teamId: w.teamA, csv: "0701234567\n".repeat(90_000) });
    expect(huge.status).toBe(413);
  });

  it("the inbox list shows what is queued: outbox and nudges due", async () => {
    const maja = await w.client("coordA");
    const before = (await maja.json("/conversations")).nudgesDue as number;
    const { participantId } = await w.participant("A", phone());
    await h.tillit.sql.transaction(async (tx) => {
      for (const text of ["ett", "två", "tre"]) await insertNudge(tx, { participantId, kind: "message", text, dueAt: h.clock.now() }, h.clock.now());
      await insertNudge(tx, { participantId, kind: "message", text: "senare", dueAt: new Date(h.clock.ms + day) }, h.clock.now());
    });
    const page = await maja.json("/conversations");
    expect(page.nudgesDue).toBe(before + 3);
    // The outbox's queued volume: replies held while the sender is stopped are counted, then gone once sent.
    expect(page.outboxQueued).toBe(0);
    await h.tillit.outbox.stop();
    try {
      for (const text of ["Hej", "ja", "Kim"]) await h.tillit.core.receive({ channel: "sms", providerId: `Q-${text}`, from: "+46739990001", body: text, receivedAt: h.clock.now() });
      await h.tillit.core.idle();
      const held = await h.tillit.db.outboxItem.count({ where: { status: "pending" } });
      expect(held).toBeGreaterThanOrEqual(3);
      expect((await maja.json("/conversations")).outboxQueued).toBe(held);
    } finally {
      h.tillit.outbox.start();
    }
    await eventually(async () => (await maja.json("/conversations")).outboxQueued === 0);
  });
});
