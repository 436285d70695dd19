// Who sees the outcome figures (team leads and admins the team, a coordinator their own caseload,
// anyone else "not found"), the team's targets (team leads only), the participant's facts on the
// profile (team-bound, audited by field name, never the values), and bad input refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { OUTCOME_NOW, seedOutcomeWorld } from "../helpers/outcome-world.js";

let h: Harness;
let w: StaffWorld;
let ids: Awaited<ReturnType<typeof seedOutcomeWorld>>;
const PERIOD = "from=2026-04-01&to=2026-06-30";

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = OUTCOME_NOW.getTime();
  w = await staffWorld(h);
  ids = await seedOutcomeWorld(h.tillit.db, { A: w.teamA, B: w.teamB }, { coordA: w.accounts.coordA.id, coordA2: w.accounts.coordA2.id });
});
afterAll(async () => h.stop());

const active = (data: { figures: { measure: string; cells: { all: { count: number } } }[] }) => data.figures.find((f) => f.measure === "active")!.cells.all.count;

describe("access to the outcome figures, per role and team", () => {
  it("team lead and admin: the whole team; coordinators: their own caseload; team B: 404 with the denial audited", async () => {
    expect(active(await (await w.client("leadA")).json(`/teams/${w.teamA}/outcomes?${PERIOD}`))).toBe(9);
    expect(active(await (await w.client("admin")).json(`/teams/${w.teamA}/outcomes?${PERIOD}`))).toBe(9);
    // Maja: p1 p2 p7 p10 p12 active; Kim: p4 p5 p8 p9.
    expect(active(await (await w.client("coordA")).json(`/teams/${w.teamA}/outcomes?${PERIOD}`))).toBe(5);
    expect(active(await (await w.client("coordA2")).json(`/teams/${w.teamA}/outcomes?${PERIOD}`))).toBe(4);
    // Team B's one participant (pB) is theirs alone.
    expect(active(await (await w.client("leadB")).json(`/teams/${w.teamB}/outcomes?${PERIOD}`))).toBe(1);
    for (const who of ["leadB", "coordB"] as const) {
      const client = await w.client(who);
      expect((await client.get(`/teams/${w.teamA}/outcomes?${PERIOD}`)).status).toBe(404);
      expect((await client.get(`/teams/${w.teamA}/outcomes.csv?${PERIOD}`)).status).toBe(404);
      expect((await client.get(`/teams/${w.teamA}/outcome-settings`)).status).toBe(404);
    }
    expect(await h.tillit.db.auditLog.count({ where: { action: "team.outcomes-viewed.denied", actorId: w.accounts.leadB.id, subjectId: String(w.teamA) } })).toBe(1);
    expect((await (await w.client("admin")).get(`/teams/999999/outcomes`)).status).toBe(404);
    expect((await (await w.client("leadA")).get(`/teams/abc/outcomes`)).status).toBe(400);
  });

  it("a coordinator's CSV holds their caseload only, marked as such", async () => {
    const text = await (await (await w.client("coordA")).get(`/teams/${w.teamA}/outcomes.csv?${PERIOD}`)).text();
    expect(text.split("\r\n").find((l) => l.includes(";active;all;all;"))).toBe("2026-04-01;2026-06-30;Team Nord;caseload;active;all;all;5;;;");
  });

  it("a bad period is refused with a clear error", async () => {
    const lena = await w.client("leadA");
    for (const [query, error] of [["from=2026-07-01&to=2026-06-30", "period-reversed"], ["to=2026-12-01", "period-in-the-future"], ["from=2020-01-01&to=2026-06-30", "period-too-long"]]) {
      const res = await lena.get(`/teams/${w.teamA}/outcomes?${query}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe(error);
    }
    expect((await lena.get(`/teams/${w.teamA}/outcomes?from=2026-13-01`)).status).toBe(400);
  });
});

describe("the team's targets", () => {
  it("team leads set them (the dashboard follows); coordinators may not; null restores the method's", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    const own = [{ months: 3, step: 1, percent: 80 }, { months: 6, step: 2, percent: 50 }];
    expect((await maja.put(`/teams/${w.teamA}/outcome-settings`, { targets: own })).status).toBe(403);
    expect((await (await w.client("leadB")).put(`/teams/${w.teamA}/outcome-settings`, { targets: own })).status).toBe(404);
    const saved = await lena.put(`/teams/${w.teamA}/outcome-settings`, { targets: [own[1], own[0]], guardianContactRequired: true });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ targets: own, customTargets: true, guardianContactRequired: true });
    const data = await lena.json(`/teams/${w.teamA}/outcomes?${PERIOD}`);
    expect(data.targets).toEqual(own);
    expect(data.figures.find((f: { measure: string }) => f.measure === "cohort:all:3m:step1")).toMatchObject({ target: 80, cells: { all: { count: 6, denominator: 10, value: 60 } } });
    expect(data.figures.some((f: { measure: string }) => f.measure.includes(":9m:"))).toBe(false);
    for (const bad of [{ targets: [] }, { targets: [{ months: 0, step: 1, percent: 10 }] }, { targets: [{ months: 3, step: 6, percent: 10 }] }, { targets: [{ months: 3, step: 1, percent: 101 }] },
      { targets: [own[0], own[0]] }, { targets: own, extra: 1 }, { guardianContactRequired: "yes" }]) {
      expect((await lena.put(`/teams/${w.teamA}/outcome-settings`, bad)).status).toBe(400);
    }
    expect((await lena.put(`/teams/${w.teamA}/outcome-settings`, { targets: null, guardianContactRequired: false })).status).toBe(200);
    expect((await lena.json(`/teams/${w.teamA}/outcomes?${PERIOD}`)).targets).toHaveLength(4);
    const audits = await h.tillit.db.auditLog.findMany({ where: { action: "team.outcome-settings-changed", actorId: w.accounts.leadA.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => JSON.parse(a.details!))).toEqual([{ targets: "custom", guardianContactRequired: true }, { targets: "defaults", guardianContactRequired: false }]);
  });
});

describe("a participant's facts on the profile", () => {
  it("a coordinator reads and edits them; each is optional; the audit names fields, never values", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = ids.p9!;
    expect(await maja.json(`/conversations/${conversationId}/facts`)).toEqual({
      birthYear: null, ageBand: null, gender: "man", enrolledOn: "2026-06-15", enrolledOnDefault: "2026-06-15", referralSource: null,
      guardianContact: null, guardianContactAsked: false, dischargedAt: null, dischargeOutcome: null,
    });
    const res = await maja.put(`/conversations/${conversationId}/facts`, { birthYear: 2010, gender: "undisclosed", referralSource: "kaa", enrolledOn: "2026-06-01" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ birthYear: 2010, gender: "undisclosed", referralSource: "kaa", enrolledOn: "2026-06-01" });
    const stored = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: participantId } });
    expect([stored.birthYear, stored.gender, stored.referralSource, stored.enrolledAt?.toISOString()]).toEqual([2010, "undisclosed", "kaa", "2026-05-31T22:00:00.000Z"]);
    // Cleared again: null for each.
    expect((await maja.put(`/conversations/${conversationId}/facts`, { gender: null })).status).toBe(200);
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id: participantId } })).gender).toBeNull();
    const audits = await h.tillit.db.auditLog.findMany({ where: { action: "participant.facts-changed", subjectId: String(participantId) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => JSON.parse(a.details!))).toEqual([{ fields: ["birthYear", "gender", "enrolledAt", "referralSource"] }, { fields: ["gender"] }]);
    expect(audits.every((a) => !a.details!.includes("2010") && !a.details!.includes("kaa"))).toBe(true);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.facts-viewed", actorId: w.accounts.coordA.id } })).toBe(1);
  });

  it("a minor's guardian contact is asked for where the team's routine requires it", async () => {
    const lena = await w.client("leadA");
    const { conversationId } = ids.p2!; // born 2010: 16
    expect((await lena.json(`/conversations/${conversationId}/facts`)).guardianContactAsked).toBe(false);
    await lena.put(`/teams/${w.teamA}/outcome-settings`, { guardianContactRequired: true });
    expect((await lena.json(`/conversations/${conversationId}/facts`)).guardianContactAsked).toBe(true);
    expect((await lena.json(`/conversations/${ids.p1!.conversationId}/facts`)).guardianContactAsked).toBe(false); // 18
    const saved = await (await lena.put(`/conversations/${conversationId}/facts`, { guardianContact: "Mamma Eva, 070-123 45 67" })).json();
    expect(saved.guardianContact).toBe("Mamma Eva, 070-123 45 67");
    await lena.put(`/teams/${w.teamA}/outcome-settings`, { guardianContactRequired: false });
  });

  it("shows the discharge the discharge form recorded, read-only", async () => {
    const facts = await (await w.client("coordA")).json(`/conversations/${ids.p3!.conversationId}/facts`);
    expect([facts.dischargedAt, facts.dischargeOutcome]).toEqual(["2026-06-10T09:00:00.000Z", "work"]);
    expect((await (await w.client("coordA")).put(`/conversations/${ids.p3!.conversationId}/facts`, { dischargeOutcome: "studies" })).status).toBe(400);
  });

  it("another team gets 404 and nothing changes; bad input is refused and stores nothing", async () => {
    const { conversationId, participantId } = ids.p4!;
    const olle = await w.client("coordB");
    expect((await olle.get(`/conversations/${conversationId}/facts`)).status).toBe(404);
    expect((await olle.put(`/conversations/${conversationId}/facts`, { gender: "man" })).status).toBe(404);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.facts-changed.denied", actorId: w.accounts.coordB.id } })).toBe(1);
    const maja = await w.client("coordA");
    const cases: [unknown, string][] = [
      [{ gender: "kvinna" }, "invalid_request"], [{ birthYear: 1900 }, "birth-year-out-of-range"], [{ birthYear: 2030 }, "birth-year-out-of-range"],
      [{ birthYear: 2001.5 }, "invalid_request"], [{ enrolledOn: "2026-12-24" }, "in-the-future"], [{ enrolledOn: "24/12/2026" }, "invalid_request"],
      [{ referralSource: "<script>" }, "invalid_request"], [{ guardianContact: "x".repeat(201) }, "invalid_request"], [{ phone: "+46700000000" }, "invalid_request"],
      [[], "invalid_request"],
    ];
    for (const [body, error] of cases) {
      const res = await maja.put(`/conversations/${conversationId}/facts`, body);
      expect([res.status, (await res.json()).error]).toEqual([400, error]);
    }
    expect((await maja.put(`/conversations/999999/facts`, { gender: "man" })).status).toBe(404);
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: participantId } });
    expect([p.gender, p.birthYear, p.enrolledAt?.toISOString(), p.referralSource, p.guardianContact]).toEqual(["woman", 2003, "2026-05-04T22:00:00.000Z", null, null]);
  });
});
