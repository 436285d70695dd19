// Meeting outcomes and history through the staff API: attended, no-show, cancelled by whom (the
// participant's own cancellation in chat is recorded as theirs); only after the time for attended or
// no-show; team bound, audited, bad input refused with nothing stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { staffWorld, type StaffClient, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
let n = 733300000;
const phone = () => `+46${n++}`;
const hour = 3_600_000;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());
// Each test starts on Monday morning.
beforeEach(() => {
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z");
});

async function agreedMeeting(conversationId: number, startsAt = "2026-11-24T14:00:00+01:00", client?: StaffClient): Promise<number> {
  const maja = client ?? (await w.client("coordA"));
  const res = await maja.post(`/conversations/${conversationId}/meetings`, { startsAt, location: "Ungdomsporten", alreadyAgreed: true });
  expect(res.status).toBe(200);
  return (await res.json()).meetingId;
}

describe("meeting outcomes and history", () => {
  it("attended is recorded after the time, not before; the history lists every meeting with its outcome; audited", async () => {
    let maja = await w.client("coordA");
    const { conversationId } = await w.participant("A", phone());
    const meetingId = await agreedMeeting(conversationId);
    const early = await maja.post(`/conversations/${conversationId}/meetings/${meetingId}/outcome`, { outcome: "attended" });
    expect([early.status, await early.json()]).toEqual([400, { error: "not-yet-held" }]);
    h.clock.advance(30 * hour);
    maja = await w.client("coordA"); // a day later: a new sign-in
    const res = await maja.post(`/conversations/${conversationId}/meetings/${meetingId}/outcome`, { outcome: "attended" });
    expect(res.status).toBe(200);
    expect((await res.json()).meetings).toMatchObject([{ id: meetingId, status: "confirmed", outcome: "attended", cancelledBy: null, location: "Ungdomsporten" }]);
    const later = await agreedMeeting(conversationId, "2026-12-01T14:00:00+01:00", maja);
    const history = await maja.json(`/conversations/${conversationId}/meetings`);
    expect(history.meetings.map((m: { id: number; outcome: string | null }) => [m.id, m.outcome])).toEqual([[later, null], [meetingId, "attended"]]);
    expect(await h.tillit.db.auditLog.count({ where: { action: "meeting.outcome-recorded", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(2);
    expect(await h.tillit.db.auditLog.count({ where: { action: "meetings.viewed", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(1);
  });

  it("cancelled says by whom and ends the reminders; a cancellation in chat is recorded as the participant's", async () => {
    const lena = await w.client("leadA");
    const { conversationId } = await w.participant("A", phone());
    const meetingId = await agreedMeeting(conversationId, "2026-11-25T14:00:00+01:00");
    expect(await h.tillit.db.nudge.count({ where: { meetingId, status: "scheduled" } })).toBe(2);
    const res = await lena.post(`/conversations/${conversationId}/meetings/${meetingId}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" });
    expect(res.status).toBe(200);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "cancelled", outcome: "cancelled", cancelledBy: "coordinator", outcomeById: w.accounts.leadA.id });
    expect(await h.tillit.db.nudge.count({ where: { meetingId, status: "scheduled" } })).toBe(0);

    // Proposed in chat to an onboarded participant, who says they cannot come.
    const sara = await onboardedParticipant(h, phone());
    const record = await sara.record();
    await h.tillit.db.participant.update({ where: { id: record.id }, data: { teamId: w.teamA } });
    const maja = await w.client("coordA");
    const proposed = await (await maja.post(`/conversations/${record.conversations[0]!.id}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00" })).json();
    expect(proposed.proposal).toBe("sent");
    expect((await sara.received())[0]).toMatch(/föreslår att ni ses/);
    expect((await sara.say("kan inte"))[0]).not.toMatch(/igen|gången|tyvärr|måste/);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: proposed.meetingId } })).toMatchObject({ status: "cancelled", outcome: "cancelled", cancelledBy: "participant" });
    expect((await sara.say("nej"))[0]).toMatch(/finns kvar/);
  });

  it("another team gets 404 and nothing changes; a meeting id of another participant is 404 too", async () => {
    const olle = await w.client("coordB");
    const { conversationId } = await w.participant("A", phone());
    const meetingId = await agreedMeeting(conversationId);
    expect((await olle.post(`/conversations/${conversationId}/meetings/${meetingId}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" })).status).toBe(404);
    expect((await olle.get(`/conversations/${conversationId}/meetings`)).status).toBe(404);
    const own = await w.participant("B", phone());
    expect((await olle.post(`/conversations/${own.conversationId}/meetings/${meetingId}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" })).status).toBe(404);
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${conversationId}/meetings/999999/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" })).status).toBe(404);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "confirmed", outcome: null });
    expect(await h.tillit.db.auditLog.count({ where: { action: "meeting.outcome-recorded.denied", actorId: w.accounts.coordB.id } })).toBe(1);
  });

  it("bad input is refused with a clear message and changes nothing", async () => {
    const maja = await w.client("coordA");
    const { conversationId } = await w.participant("A", phone());
    const meetingId = await agreedMeeting(conversationId);
    const cases: [unknown, RegExp][] = [
      [{}, /outcome/],
      [{ outcome: "skipped" }, /outcome/],
      [{ outcome: "cancelled" }, /cancelledBy/],
      [{ outcome: "cancelled", cancelledBy: "mamma" }, /cancelledBy/],
      [{ outcome: "attended", cancelledBy: "participant" }, /cancelledBy/],
    ];
    for (const [body, detail] of cases) {
      const res = await maja.post(`/conversations/${conversationId}/meetings/${meetingId}/outcome`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).detail, JSON.stringify(body)).toMatch(detail);
    }
    expect((await maja.post(`/conversations/${conversationId}/meetings/abc/outcome`, { outcome: "no-show" })).status).toBe(400);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status: "confirmed", outcome: null, outcomeAt: null });
  });
});
