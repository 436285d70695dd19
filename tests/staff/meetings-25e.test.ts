// Session 25's meeting leftovers through the staff API (fix25e; tester24 findings 6 and 7):
// 3. Only the actions the meeting's state leaves open are offered (each meeting in the list carries them), and the
//    server refuses the rest with 409: a refused, cancelled or superseded row keeps no "Ungdomen ställde in / Vi
//    ställde in".
// 2, 4. What the page asks before a proposal (409 takes-over, refused-before). 5. Reminders with their time and words.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { scheduler } from "../helpers/nudges.js";
import { loadLocales, translate } from "../../bot/infrastructure/i18n.js";

const suite = transcriptSuite(725560000, { staff: true });
const TUESDAY_14 = "2026-11-24T14:00:00+01:00";
const THURSDAY_13 = "2026-11-26T13:00:00+01:00";

/** Someone past onboarding on team Nord, and their conversation's id. */
async function onTeam() {
  const p = await suite.onboarded();
  return { p, ...(await suite.joinTeam(p)) };
}

const every = [
  ["agreed", undefined],
  ["reschedule", undefined],
  ["cancel", undefined],
  ["outcome", { outcome: "cancelled", cancelledBy: "participant" }],
  ["outcome", { outcome: "cancelled", cancelledBy: "coordinator" }],
] as const;

describe("3. a meeting's actions follow its state", () => {
  it("a time they refused in chat, one called off and one superseded by a newer proposal: no actions listed, and every change refused with 409", async () => {
    const maja = await suite.w.client("coordA");
    const { p, conversationId } = await onTeam();
    const refused = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14 })).json()).meetingId as number;
    await p.received();
    await p.say("funkar inte tisdag, kan vi ta torsdag?");
    const cancelled = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: THURSDAY_13, alreadyAgreed: true })).json()).meetingId as number;
    expect((await maja.post(`/conversations/${conversationId}/meetings/${cancelled}/outcome`, { outcome: "cancelled", cancelledBy: "coordinator" })).status).toBe(200);
    await p.received();
    const older = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-27T10:00:00+01:00" })).json()).meetingId as number;
    const newer = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-27T11:00:00+01:00" })).json()).meetingId as number;
    const { meetings } = await maja.json(`/conversations/${conversationId}/meetings`);
    const actions = (id: number) => meetings.find((m: { id: number }) => m.id === id).actions;
    // A time they asked to move can only be closed (fix25h, tester25 #12: it stayed open for ever).
    expect(actions(refused)).toEqual(["cancelled:participant", "cancelled:coordinator"]);
    expect(actions(cancelled)).toEqual([]);
    expect(actions(older)).toEqual([]);
    expect(actions(newer)).toEqual(["agreed", "reschedule", "cancelled:participant", "cancelled:coordinator"]);
    for (const id of [refused, cancelled, older]) {
      for (const [path, body] of every.filter(([path]) => id !== refused || path === "agreed" || path === "reschedule")) {
        const res = await maja.post(`/conversations/${conversationId}/meetings/${id}/${path}`, body);
        expect([id, path, res.status, (await res.json()).error]).toEqual([id, path, 409, "not-for-this-meeting"]);
      }
    }
    const before = await suite.h.tillit.db.meeting.findMany({ where: { id: { in: [refused, cancelled, older] } }, orderBy: { id: "asc" } });
    expect(before.map((m) => [m.status, m.outcome])).toEqual([["reschedule-requested", null], ["cancelled", "cancelled"], ["proposed", null]]);
  });

  it("an agreed meeting: moved or called off before its time; after it, whether it took place", async () => {
    let maja = await suite.w.client("coordA");
    const { conversationId } = await suite.w.participant("A", suite.phone());
    const id = (await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14, alreadyAgreed: true })).json()).meetingId as number;
    const listed = async () => (await maja.json(`/conversations/${conversationId}/meetings`)).meetings[0].actions;
    expect(await listed()).toEqual(["reschedule", "cancelled:participant", "cancelled:coordinator"]);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${id}/agreed`)).status).toBe(409);
    suite.h.clock.ms = Date.parse("2026-11-24T14:00:00Z");
    // A day on, signed in again (the session has run out).
    maja = await suite.w.client("coordA");
    expect(await listed()).toEqual(["attended", "no-show", "cancelled:participant", "cancelled:coordinator"]);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${id}/reschedule`)).status).toBe(409);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${id}/outcome`, { outcome: "attended" })).status).toBe(200);
    expect(await listed()).toEqual([]);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${id}/outcome`, { outcome: "no-show" })).status).toBe(409);
  });
});

describe("2 and 4. what the page asks before a proposal, over HTTP", () => {
  it("a time the young person just refused: 409 refused-before, nothing sent; with despiteRefusal it goes", async () => {
    const maja = await suite.w.client("coordA");
    const { p, conversationId } = await onTeam();
    await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14 });
    await p.received();
    await p.say("funkar inte tisdag, kan vi ta torsdag?");
    const asked = await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14 });
    expect([asked.status, await asked.json()]).toEqual([409, { error: "refused-before" }]);
    expect(await p.received()).toEqual([]);
    const again = await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: TUESDAY_14, despiteRefusal: true });
    expect(again.status).toBe(200);
    expect((await p.received()).join(" ")).toContain("tisdag 24 november");
  });
});

describe("5. a meeting's reminders show when they go and what they say", () => {
  it("each reminder in the list carries the words the young person gets, rendered from the locale; the one sent is the same", async () => {
    const maja = await suite.w.client("coordA");
    const { p, conversationId } = await onTeam();
    expect((await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: THURSDAY_13, location: "Ungdomsporten", alreadyAgreed: true })).status).toBe(200);
    await p.received();
    const { nudges } = await maja.json(`/conversations/${conversationId}/nudges`);
    const reminders = nudges.filter((n: { kind: string }) => n.kind === "meeting-reminder");
    expect(reminders).toHaveLength(2);
    const locales = loadLocales();
    const vars = { coordinator: "Maja", when: "torsdag 26 november kl. 13:00, Ungdomsporten" };
    expect(reminders.map((n: { says: string }) => n.says)).toEqual([translate(locales, "sv", "nudge.meetingTomorrow", vars), translate(locales, "sv", "nudge.meetingSoon", vars)]);
    // The day before it goes, and says just that.
    suite.h.clock.ms = Date.parse(reminders[0].dueAt);
    await scheduler(suite.h).tick();
    expect(await p.received()).toEqual([reminders[0].says]);
  });
});
