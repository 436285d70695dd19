// Steps 1-5 through the staff API: each team's criteria (the method's defaults until a team lead
// writes their own), a step set with the day it was reached and a short reason, history kept; team
// bound, audited, and bad input refused with a clear message and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { DEFAULT_STEP_CRITERIA } from "../../bot/plans/steps.js";

let h: Harness;
let w: StaffWorld;
let n = 733200000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z");
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const ownCriteria = ["Svarar på sms", "Har en plan", "Går till en aktivitet varje vecka", "Praktik med handledare", "Jobb eller studier på heltid"];

describe("steps 1-5", () => {
  it("a coordinator sets step 1 then 2 with a day and a reason; history is kept newest first, with who set it; audited", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone());
    expect(await maja.json(`/conversations/${conversationId}/step`)).toMatchObject({ current: null, history: [], criteria: [...DEFAULT_STEP_CRITERIA], custom: false });
    expect((await maja.post(`/conversations/${conversationId}/step`, { step: 1, reachedOn: "2026-11-02", reason: "Svarar på sms varje vecka" })).status).toBe(200);
    h.clock.advance(60_000);
    const res = await maja.post(`/conversations/${conversationId}/step`, { step: 2, reachedOn: "2026-11-23", reason: "Planen gjord ihop" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.current).toMatchObject({ step: 2, reachedOn: "2026-11-23", reason: "Planen gjord ihop", setBy: "Maja Lind" });
    expect(body.history.map((s: { step: number; reachedOn: string }) => [s.step, s.reachedOn])).toEqual([[2, "2026-11-23"], [1, "2026-11-02"]]);
    const stored = await h.tillit.db.participantStep.findMany({ where: { participantId }, orderBy: { id: "asc" } });
    expect(stored.map((s) => [s.step, s.note, s.reachedAt?.toISOString(), s.setById])).toEqual([
      [1, "Svarar på sms varje vecka", "2026-11-01T23:00:00.000Z", w.accounts.coordA.id],
      [2, "Planen gjord ihop", "2026-11-22T23:00:00.000Z", w.accounts.coordA.id],
    ]);
    expect((await maja.json(`/conversations/${conversationId}/profile`)).steps.at(-1)).toMatchObject({ step: 2, note: "Planen gjord ihop" });
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.step-set", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(2);
  });

  it("another team gets 404 on a participant's step and on the team's criteria; nothing stored; denial audited", async () => {
    const olle = await w.client("coordB");
    const britt = await w.client("leadB");
    const { conversationId, participantId } = await w.participant("A", phone());
    expect((await olle.post(`/conversations/${conversationId}/step`, { step: 2, reachedOn: "2026-11-20", reason: "x" })).status).toBe(404);
    expect((await olle.get(`/conversations/${conversationId}/step`)).status).toBe(404);
    expect((await britt.get(`/teams/${w.teamA}/step-criteria`)).status).toBe(404);
    expect((await britt.put(`/teams/${w.teamA}/step-criteria`, { criteria: ownCriteria })).status).toBe(404);
    expect(await h.tillit.db.participantStep.count({ where: { participantId } })).toBe(0);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.step-set.denied", actorId: w.accounts.coordB.id } })).toBe(1);
    expect((await h.tillit.db.team.findUniqueOrThrow({ where: { id: w.teamA } })).stepCriteria).toBeNull();
  });

  it("a team lead writes the team's criteria (a coordinator may read, not change them); null restores the defaults", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    expect((await maja.put(`/teams/${w.teamA}/step-criteria`, { criteria: ownCriteria })).status).toBe(403);
    expect((await lena.put(`/teams/${w.teamA}/step-criteria`, { criteria: ownCriteria })).status).toBe(200);
    expect(await maja.json(`/teams/${w.teamA}/step-criteria`)).toEqual({ criteria: ownCriteria, custom: true });
    const { conversationId } = await w.participant("A", phone());
    expect((await maja.json(`/conversations/${conversationId}/step`)).criteria).toEqual(ownCriteria);
    // Team B's participants keep the defaults.
    const other = await w.participant("B", phone());
    expect((await (await w.client("coordB")).json(`/conversations/${other.conversationId}/step`)).criteria).toEqual([...DEFAULT_STEP_CRITERIA]);
    expect(await h.tillit.db.auditLog.count({ where: { action: "team.step-criteria-changed", actorId: w.accounts.leadA.id } })).toBe(1);
    expect((await lena.put(`/teams/${w.teamA}/step-criteria`, { criteria: null })).status).toBe(200);
    expect(await maja.json(`/teams/${w.teamA}/step-criteria`)).toEqual({ criteria: [...DEFAULT_STEP_CRITERIA], custom: false });
    expect((await (await w.client("admin")).get(`/teams/999999/step-criteria`)).status).toBe(404);
  });

  it("bad input is refused with a clear message and stores nothing", async () => {
    const maja = await w.client("coordA");
    const lena = await w.client("leadA");
    const { conversationId, participantId } = await w.participant("A", phone());
    const cases: [unknown, RegExp][] = [
      [{ step: 6, reachedOn: "2026-11-20", reason: "x" }, /step/],
      [{ step: 0, reachedOn: "2026-11-20", reason: "x" }, /step/],
      [{ step: "2", reachedOn: "2026-11-20", reason: "x" }, /step/],
      [{ step: 2, reachedOn: "20 nov", reason: "x" }, /reachedOn/],
      [{ step: 2, reachedOn: "2026-02-30", reason: "x" }, /reachedOn/],
      [{ step: 2, reachedOn: "2026-11-20" }, /reason/],
      [{ step: 2, reachedOn: "2026-11-20", reason: "x".repeat(201) }, /reason/],
      [{ step: 2, reachedOn: "2026-11-20", reason: "x", setById: 1 }, /setById/],
    ];
    for (const [body, detail] of cases) {
      const res = await maja.post(`/conversations/${conversationId}/step`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).detail, JSON.stringify(body)).toMatch(detail);
    }
    const future = await maja.post(`/conversations/${conversationId}/step`, { step: 2, reachedOn: "2026-11-24", reason: "x" });
    expect([future.status, await future.json()]).toEqual([400, { error: "in-the-future" }]);
    expect(await h.tillit.db.participantStep.count({ where: { participantId } })).toBe(0);
    for (const criteria of [ownCriteria.slice(0, 4), [...ownCriteria, "sex"], ["", ...ownCriteria.slice(1)], "steg"]) {
      expect((await lena.put(`/teams/${w.teamA}/step-criteria`, { criteria })).status, JSON.stringify(criteria)).toBe(400);
    }
    expect((await h.tillit.db.team.findUniqueOrThrow({ where: { id: w.teamA } })).stepCriteria).toBeNull();
  });
});
