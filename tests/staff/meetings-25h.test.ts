// Session 25's meeting leftovers through the staff API (fix25h; tester25 finding 12): a time the young person asked
// to move ("vill ha en annan tid") can be closed, by either side, whenever; nothing is said to them then.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
let n = 725590000;
const phone = () => `+46${n++}`;
const MONDAY_10 = Date.parse("2026-11-23T09:00:00Z");
const TUESDAY_14 = "2026-11-24T14:00:00+01:00";
const THURSDAY_13 = "2026-11-26T13:00:00+01:00";

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = MONDAY_10;
  w = await staffWorld(h);
});
afterAll(async () => h.stop());
beforeEach(() => {
  h.clock.ms = MONDAY_10;
});

async function onTeam() {
  const p = await onboardedParticipant(h, phone());
  const record = await p.record();
  await h.tillit.db.participant.update({ where: { id: record.id }, data: { teamId: w.teamA } });
  return { p, conversationId: record.conversations[0]!.id };
}

describe("12. an old 'vill ha en annan tid' can be closed", () => {
  it("superseded by a newer proposal, and after its time: 'Vi ställde in' / 'Ungdomen ställde in' are offered and taken, nothing is sent", async () => {
    let maja = await w.client("coordA");
    const { p, conversationId } = await onTeam();
    const moved = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14 })).json()).meetingId as number;
    await p.received();
    await p.say("funkar inte tisdag, kan vi ta torsdag?");
    await p.received();
    await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: THURSDAY_13 });
    await p.received();
    const listed = async (id: number) => (await maja.json(`/conversations/${conversationId}/meetings`)).meetings.find((m: { id: number }) => m.id === id);
    expect(await listed(moved)).toMatchObject({ status: "reschedule-requested", actions: ["cancelled:participant", "cancelled:coordinator"] });
    // A week later, its time long gone: still closable.
    h.clock.ms = MONDAY_10 + 7 * 24 * 3_600_000;
    maja = await w.client("coordA");
    expect((await listed(moved)).actionsFromStart ?? (await listed(moved)).actions).toContain("cancelled:coordinator");
    const res = await maja.post(`/conversations/${conversationId}/meetings/${moved}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" });
    expect(res.status).toBe(200);
    expect((await res.json()).told ?? "not-needed").toBe("not-needed");
    expect(await p.received()).toEqual([]);
    expect(await listed(moved)).toMatchObject({ outcome: "cancelled", actions: [] });
  });
});
