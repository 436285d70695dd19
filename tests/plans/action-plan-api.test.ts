// The action plan through the staff API: written with the young person in their own words (who does
// what, optional items, the next follow-up date that drives the follow-up nudge), edited as new
// versions with the earlier ones kept; every role of the team may, another team sees nothing; bad
// input is refused with a clear message and nothing stored; every look and change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { stockholm } from "../helpers/nudges.js";

let h: Harness;
let w: StaffWorld;
let n = 733100000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const plan = {
  mainActivity: "praktik på biblioteket",
  weeklySchedule: "tisdagar och torsdagar 9-12",
  subGoals: [
    { text: "åka buss dit själv en gång", owner: "participant" },
    { text: "fråga om språkkurs", owner: "agency", agency: "Arbetsförmedlingen" },
  ],
  optionalItems: ["promenad", "ett CV"],
  nextFollowUpAt: "2026-12-07T23:30:00+01:00", // in quiet hours: the nudge moves to the morning
};

describe("action plan API", () => {
  it("a coordinator saves a plan: stored with owners and items; the follow-up date is kept and drives the follow-up nudge", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const res = await maja.post(`/conversations/${conversationId}/action-plan`, plan);
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(stockholm(new Date(saved.followUpAt))).toBe("2026-12-08 09:00");

    const stored = await h.tillit.db.actionPlan.findFirstOrThrow({ where: { participantId }, include: { subGoals: { orderBy: { position: "asc" } } } });
    expect(stored.nextFollowUpAt?.toISOString()).toBe("2026-12-07T22:30:00.000Z");
    expect(stored.subGoals.map((g) => [g.text, g.owner, g.agency])).toEqual([["åka buss dit själv en gång", "participant", null], ["fråga om språkkurs", "agency", "Arbetsförmedlingen"]]);
    const followUp = await h.tillit.db.nudge.findFirstOrThrow({ where: { participantId, status: "scheduled", kind: "follow-up" } });
    expect(followUp.dueAt.toISOString()).toBe(saved.followUpAt);
    expect(followUp.dialog).toBe("action-plan");

    const got = await maja.json(`/conversations/${conversationId}/action-plan`);
    expect(got.current).toMatchObject({ mainActivity: plan.mainActivity, optionalItems: ["promenad", "ett CV"], nextFollowUpAt: "2026-12-07T22:30:00.000Z", subGoals: [{ owner: "participant", status: "open" }, { owner: "agency", agency: "Arbetsförmedlingen" }] });
    expect(got.history).toEqual([]);
    const profile = await maja.json(`/conversations/${conversationId}/profile`);
    expect(profile.actionPlan).toMatchObject({ id: saved.planId, optionalItems: ["promenad", "ett CV"] });
    expect(await h.tillit.db.auditLog.count({ where: { action: "action-plan.saved", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(1);
    expect(await h.tillit.db.auditLog.count({ where: { action: "action-plan.viewed", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(1);
  });

  it("without a date the first follow-up comes after two weeks; an edit is a new version and the old one is history", async () => {
    const lena = await w.client("leadA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const first = await (await lena.post(`/conversations/${conversationId}/action-plan`, { mainActivity: "komma igång", subGoals: [{ text: "sova före 24" }] })).json();
    expect(stockholm(new Date(first.followUpAt))).toBe("2026-12-07 10:00");
    const second = await lena.post(`/conversations/${conversationId}/action-plan`, { mainActivity: "komma igång, steg två", subGoals: [{ text: "sova före 24", status: "done" }, { text: "ringa vårdcentralen", owner: "coordinator" }] });
    expect(second.status).toBe(200);
    const got = await lena.json(`/conversations/${conversationId}/action-plan`);
    expect(got.current.mainActivity).toBe("komma igång, steg två");
    expect(got.current.subGoals.map((g: { status: string; owner: string }) => [g.status, g.owner])).toEqual([["done", "participant"], ["open", "coordinator"]]);
    expect(got.history.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([[first.planId, "closed"]]);
    // One follow-up cadence: the earlier one ended with the earlier plan.
    expect(await h.tillit.db.nudge.count({ where: { participantId, status: "scheduled" } })).toBe(1);
  });

  it("an admin may; another team's coordinator or team lead gets 404, nothing stored, and the denial is audited", async () => {
    const { conversationId, participantId } = await w.participant("A", phone());
    for (const who of ["coordB", "leadB"] as const) {
      const other = await w.client(who);
      expect((await other.post(`/conversations/${conversationId}/action-plan`, plan)).status).toBe(404);
      expect((await other.get(`/conversations/${conversationId}/action-plan`)).status).toBe(404);
      expect(await h.tillit.db.auditLog.count({ where: { action: "action-plan.saved.denied", actorId: w.accounts[who].id } })).toBeGreaterThan(0);
    }
    expect(await h.tillit.db.actionPlan.count({ where: { participantId } })).toBe(0);
    const admin = await w.client("admin");
    expect((await admin.post(`/conversations/${conversationId}/action-plan`, plan)).status).toBe(200);
    expect((await admin.get(`/conversations/999999/action-plan`)).status).toBe(404);
  });

  it("bad input is refused with a clear message and stores nothing", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const goal = (g: object) => ({ mainActivity: "x", subGoals: [g] });
    const cases: [unknown, RegExp][] = [
      [{}, /mainActivity/],
      [{ mainActivity: "   " }, /mainActivity/],
      [{ mainActivity: "x".repeat(81) }, /mainActivity/],
      [{ mainActivity: "x", subGoals: Array(6).fill({ text: "y" }) }, /subGoals/],
      [goal({ text: "y", owner: "agency" }), /subGoals\.0\.agency: name the agency/],
      [goal({ text: "y", owner: "mamma" }), /subGoals\.0\.owner/],
      [goal({ text: "" }), /subGoals\.0\.text/],
      [{ mainActivity: "x", optionalItems: ["y".repeat(41)] }, /optionalItems\.0/],
      [{ mainActivity: "x", nextFollowUpAt: "2026-12-07T10:00:00" }, /nextFollowUpAt/], // no offset: ambiguous
      [{ mainActivity: "x", nextFollowUpAt: "nästa vecka" }, /nextFollowUpAt/],
      [{ mainActivity: "x", status: "closed" }, /status/], // unknown fields are refused, not ignored
      [[plan], /expected object/],
    ];
    for (const [body, detail] of cases) {
      const res = await maja.post(`/conversations/${conversationId}/action-plan`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = await res.json();
      expect(error.error).toBe("invalid_request");
      expect(error.detail, JSON.stringify(body)).toMatch(detail);
    }
    const past = await maja.post(`/conversations/${conversationId}/action-plan`, { mainActivity: "x", nextFollowUpAt: "2026-11-01T10:00:00+01:00" });
    expect([past.status, await past.json()]).toEqual([400, { error: "in-the-past" }]);
    expect((await maja.post(`/conversations/${conversationId}/action-plan`, plan, { csrf: null })).status).toBe(403);
    expect(await h.tillit.db.actionPlan.count({ where: { participantId } })).toBe(0);
    expect(await h.tillit.db.nudge.count({ where: { participantId } })).toBe(0);
  });

  it("a participant who wrote STOPP gets no plan nudges: saving is refused", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    await h.tillit.db.participant.update({ where: { id: participantId }, data: { status: "opted-out" } });
    expect((await maja.post(`/conversations/${conversationId}/action-plan`, plan)).status).toBe(409);
    expect(await h.tillit.db.actionPlan.count({ where: { participantId } })).toBe(0);
  });
});
