// Discharge through the staff API: the outcome is required and stored, the farewell goes out at once
// (only the follow-up told when there is no consent to keep a rating), the six months of follow-up
// start; roles of the team may discharge, another team sees "not found" and changes nothing; bad input
// gets a clear error and stores nothing; discharging twice is a conflict.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { scheduler } from "../helpers/nudges.js";

let h: Harness;
let w: StaffWorld;
let n = 733400000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const record = (id: number) => h.tillit.db.participant.findUniqueOrThrow({ where: { id } });
const schedules = (participantId: number) => h.tillit.db.nudgeSchedule.findMany({ where: { participantId } });

describe("discharge from the inbox", () => {
  it("a coordinator records the outcome; the participant is told about the follow-up; the reminders list shows it", async () => {
    let maja = await w.client("coordA");
    const p = await w.participant("A", phone(), "Alex");
    await maja.post(`/conversations/${p.conversationId}/schedules`, { kind: "interval", everyDays: 3, dialog: "check-in" });
    const res = await maja.post(`/conversations/${p.conversationId}/discharge`, { outcome: "other-activity" });
    expect(res.status).toBe(200);
    // The welcome's two messages are still unanswered: the farewell waits until that row has ended.
    expect(await res.json()).toMatchObject({ outcome: "other-activity", cancelled: 1, farewell: "held" });
    expect(await record(p.participantId)).toMatchObject({ status: "discharged", dischargeOutcome: "other-activity", dischargedAt: h.clock.now(), followUpDeclinedAt: null });
    h.clock.advance(3 * 86_400_000 + 3_600_000);
    expect([...(await scheduler(h).tick()).values()]).toContain("sent");
    maja = await w.client("coordA"); // days later: a new sign-in
    // No consent to keep answers (they only said hej): no rating is asked, only the follow-up told.
    const out = await h.tillit.db.message.findMany({ where: { participantId: p.participantId, direction: "out" }, orderBy: { id: "asc" } });
    expect(out.at(-1)!.body).toBe("Hej! Tack för tiden med oss. Vi hör av oss en gång i månaden i ett halvår för att höra hur det går. Vill du inte det, svara nej tack.");
    const list = await maja.json(`/conversations/${p.conversationId}/nudges`);
    expect(list.discharge).toMatchObject({ outcome: "other-activity", followUpDeclinedAt: null });
    expect(list.schedules).toMatchObject([{ kind: "cadence", cadenceKey: "discharge", next: { kind: "follow-up" } }]);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.discharged", actorId: w.accounts.coordA.id, subjectId: String(p.conversationId) } })).toBe(1);
    // Twice is a conflict, and changes nothing.
    const again = await maja.post(`/conversations/${p.conversationId}/discharge`, { outcome: "work" });
    expect([again.status, await again.json()]).toEqual([409, { error: "already-discharged" }]);
    expect((await record(p.participantId)).dischargeOutcome).toBe("other-activity");
  });

  it("the team lead and an admin may discharge; another team's coordinator and team lead get 404 and change nothing (audited)", async () => {
    const a = await w.participant("A", phone());
    const b = await w.participant("B", phone());
    for (const who of ["coordB", "leadB"] as const) {
      const res = await (await w.client(who)).post(`/conversations/${a.conversationId}/discharge`, { outcome: "work" });
      expect(res.status, who).toBe(404);
    }
    expect(await record(a.participantId)).toMatchObject({ status: "new", dischargedAt: null, dischargeOutcome: null });
    expect(await schedules(a.participantId)).toEqual([]);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.discharged.denied", subjectId: String(a.conversationId) } })).toBe(2);
    expect((await (await w.client("leadA")).post(`/conversations/${a.conversationId}/discharge`, { outcome: "work" })).status).toBe(200);
    expect((await (await w.client("admin")).post(`/conversations/${b.conversationId}/discharge`, { outcome: "moved" })).status).toBe(200);
    expect((await record(b.participantId)).dischargeOutcome).toBe("moved");
  });

  it("no longer wants contact: recorded, with no follow-up and no message", async () => {
    const maja = await w.client("coordA");
    const p = await w.participant("A", phone());
    const before = await h.tillit.db.message.count({ where: { participantId: p.participantId, direction: "out" } });
    const res = await maja.post(`/conversations/${p.conversationId}/discharge`, { outcome: "no-contact" });
    expect(await res.json()).toMatchObject({ farewell: "none", followUpScheduleId: null });
    expect(await h.tillit.db.message.count({ where: { participantId: p.participantId, direction: "out" } })).toBe(before);
    expect(await schedules(p.participantId)).toEqual([]);
  });

  it("bad input: a clear error and nothing stored; unknown ids are 404, a missing CSRF token 403", async () => {
    const maja = await w.client("coordA");
    const p = await w.participant("A", phone());
    const cases: [unknown, RegExp][] = [
      [undefined, /outcome/],
      [{}, /outcome must be one of: work, studies, other-activity, moved, no-contact, unknown/],
      [{ outcome: "jobb" }, /outcome must be one of/],
      [{ outcome: "<b>work</b>" }, /outcome must be one of/],
      [{ outcome: ["work"] }, /outcome must be one of/],
    ];
    for (const [body, detail] of cases) {
      const res = await maja.post(`/conversations/${p.conversationId}/discharge`, body);
      const json = await res.json();
      expect([res.status, json.error], JSON.stringify(body)).toEqual([400, body === undefined ? expect.any(String) : "invalid_request"]);
      if (body !== undefined) expect(json.detail).toMatch(detail);
    }
    const raw = await fetch(`${h.baseUrl}/staff/api/conversations/${p.conversationId}/discharge`, { method: "POST", headers: { cookie: maja.cookie, "x-csrf-token": maja.csrfToken, "content-type": "application/json" }, body: "{outcome" });
    expect(raw.status).toBe(400);
    expect((await maja.post(`/conversations/${p.conversationId}/discharge`, { outcome: "work" }, { csrf: null })).status).toBe(403);
    expect((await maja.post(`/conversations/99999999/discharge`, { outcome: "work" })).status).toBe(404);
    expect((await maja.post(`/conversations/abc/discharge`, { outcome: "work" })).status).toBe(400);
    expect(await record(p.participantId)).toMatchObject({ status: "new", dischargedAt: null, dischargeOutcome: null });
    expect(await schedules(p.participantId)).toEqual([]);
  });
});
