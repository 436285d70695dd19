// Session 25's meeting leftovers through the staff API (fix25h; tester25 finding 12): a time the young person asked
// to move ("vill ha en annan tid") can be closed, by either side, whenever; nothing is said to them then.
import { describe, expect, it } from "vitest";
import { MONDAY_10_STOCKHOLM, transcriptSuite } from "../helpers/office-hours-suite.js";

const suite = transcriptSuite(725590000, { staff: true });
const TUESDAY_14 = "2026-11-24T14:00:00+01:00";
const THURSDAY_13 = "2026-11-26T13:00:00+01:00";

/** Someone past onboarding on team Nord, and their conversation's id. */
async function onTeam() {
  const p = await suite.onboarded();
  return { p, ...(await suite.joinTeam(p)) };
}

describe("12. an old 'vill ha en annan tid' can be closed", () => {
  it("superseded by a newer proposal, and after its time: 'Vi ställde in' / 'Ungdomen ställde in' are offered and taken, nothing is sent", async () => {
    let maja = await suite.w.client("coordA");
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
    suite.h.clock.ms = MONDAY_10_STOCKHOLM + 7 * 24 * 3_600_000;
    maja = await suite.w.client("coordA");
    expect((await listed(moved)).actionsFromStart ?? (await listed(moved)).actions).toContain("cancelled:coordinator");
    const res = await maja.post(`/conversations/${conversationId}/meetings/${moved}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" });
    expect(res.status).toBe(200);
    expect((await res.json()).told ?? "not-needed").toBe("not-needed");
    expect(await p.received()).toEqual([]);
    expect(await listed(moved)).toMatchObject({ outcome: "cancelled", actions: [] });
  });
});
