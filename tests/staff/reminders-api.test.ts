// The reminders list and form through the staff API: one-off, weekly and every N days; a recurring
// schedule listed once, with its next occurrence; stopping one; every role of the team may, another
// team gets 404 and changes nothing; bad input gets a clear message and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { stockholm } from "../helpers/nudges.js";

let h: Harness;
let w: StaffWorld;
let n = 733500000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const stored = async (participantId: number) => ({
  nudges: await h.tillit.db.nudge.count({ where: { participantId } }),
  schedules: await h.tillit.db.nudgeSchedule.count({ where: { participantId } }),
});

describe("reminders: one-off, weekly and every N days", () => {
  it("every N days: made by each role of the team, listed once with its next occurrence beside a weekly one and a one-off; stopped", async () => {
    const p = await w.participant("A", phone());
    const maja = await w.client("coordA");
    const every3 = await (await maja.post(`/conversations/${p.conversationId}/schedules`, { kind: "interval", everyDays: 3, dialog: "check-in" })).json();
    const weekly = await (await (await w.client("leadA")).post(`/conversations/${p.conversationId}/schedules`, { kind: "weekly", weekday: 5, time: "15:30", text: "Hej! Hur har veckan varit?" })).json();
    const oneOff = await (await (await w.client("admin")).post(`/conversations/${p.conversationId}/nudges`, { at: "2026-11-24T12:00:00+01:00", dialog: "mapping" })).json();
    const list = await maja.json(`/conversations/${p.conversationId}/nudges`);
    expect(list.nudges.map((x: { id: number }) => x.id)).toEqual([oneOff.id]);
    expect(list.schedules).toMatchObject([
      { id: every3.scheduleId, kind: "interval", everyDays: 3, dialog: "check-in", next: { id: every3.nudgeId, scheduleId: every3.scheduleId } },
      { id: weekly.scheduleId, kind: "weekly", weekday: 5, timeOfDay: "15:30", text: "Hej! Hur har veckan varit?", next: { id: weekly.nudgeId } },
    ]);
    // In three days (at a time of day the participant prefers, none here: the same time), and on Friday.
    expect(stockholm(new Date(list.schedules[0].next.dueAt)).slice(0, 10)).toBe("2026-11-26");
    expect(stockholm(new Date(list.schedules[1].next.dueAt))).toBe("2026-11-27 15:30");
    // Every occurrence id appears once in the whole answer.
    const ids = [...list.nudges.map((x: { id: number }) => x.id), ...list.schedules.map((s: { next: { id: number } }) => s.next.id)];
    expect(new Set(ids).size).toBe(3);

    expect((await maja.post(`/conversations/${p.conversationId}/schedules/${every3.scheduleId}/stop`)).status).toBe(200);
    const after = await maja.json(`/conversations/${p.conversationId}/nudges`);
    expect(after.schedules.map((s: { id: number }) => s.id)).toEqual([weekly.scheduleId]);
    expect(await h.tillit.db.nudge.findUniqueOrThrow({ where: { id: every3.nudgeId } })).toMatchObject({ status: "cancelled", outcome: "schedule-stopped" });
  });

  it("another team: 404 for the list, a new schedule and a stop; nothing changes", async () => {
    const p = await w.participant("A", phone());
    const made = await (await (await w.client("coordA")).post(`/conversations/${p.conversationId}/schedules`, { kind: "interval", everyDays: 14, dialog: "self-rating" })).json();
    const before = await stored(p.participantId);
    for (const who of ["coordB", "leadB"] as const) {
      const c = await w.client(who);
      expect((await c.get(`/conversations/${p.conversationId}/nudges`)).status).toBe(404);
      expect((await c.post(`/conversations/${p.conversationId}/schedules`, { kind: "interval", everyDays: 2, dialog: "check-in" })).status).toBe(404);
      expect((await c.post(`/conversations/${p.conversationId}/schedules/${made.scheduleId}/stop`)).status).toBe(404);
    }
    // A schedule of another participant through one's own conversation: not found either.
    const own = await w.participant("B", phone());
    expect((await (await w.client("coordB")).post(`/conversations/${own.conversationId}/schedules/${made.scheduleId}/stop`)).status).toBe(404);
    expect(await stored(p.participantId)).toEqual(before);
    expect(await h.tillit.db.nudgeSchedule.findUniqueOrThrow({ where: { id: made.scheduleId } })).toMatchObject({ status: "active" });
  });

  it("bad input: a message that says what is wrong, and nothing stored", async () => {
    const maja = await w.client("coordA");
    const p = await w.participant("A", phone());
    const cases: [unknown, RegExp][] = [
      [{ kind: "interval", everyDays: 0, dialog: "check-in" }, /everyDays must be a whole number of days, 1 to 120/],
      [{ kind: "interval", everyDays: 121, dialog: "check-in" }, /everyDays must be a whole number of days, 1 to 120/],
      [{ kind: "interval", everyDays: 2.5, dialog: "check-in" }, /everyDays must be a whole number of days, 1 to 120/],
      [{ kind: "interval", everyDays: "3", dialog: "check-in" }, /everyDays must be a whole number of days, 1 to 120/],
      [{ kind: "interval", dialog: "check-in" }, /everyDays/],
      [{ kind: "interval", everyDays: 3 }, /give either text or dialog/],
      [{ kind: "interval", everyDays: 3, text: "hej", dialog: "check-in" }, /give either text or dialog/],
      [{ kind: "interval", everyDays: 3, text: "x".repeat(281) }, /text/],
      [{ kind: "monthly", everyDays: 3, dialog: "check-in" }, /kind must be weekly or interval/],
      [{ kind: "weekly", weekday: 0, time: "10:00", dialog: "check-in" }, /weekday must be 1 \(Monday\) to 7 \(Sunday\)/],
      [{ kind: "weekly", weekday: 2, time: "7:5", dialog: "check-in" }, /time must be HH:MM/],
    ];
    for (const [body, detail] of cases) {
      const res = await maja.post(`/conversations/${p.conversationId}/schedules`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).detail, JSON.stringify(body)).toMatch(detail);
    }
    expect(await stored(p.participantId)).toEqual({ nudges: 0, schedules: 0 });
    expect((await maja.post(`/conversations/${p.conversationId}/schedules/99999999/stop`)).status).toBe(404);
  });
});
