// Ids that do not exist get 404 with a JSON error and change nothing, on every admin and team route
// that takes one (before, several answered 500, and saving a cadence for a missing team answered 200).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffClient, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
let admin: StaffClient;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
  admin = await w.client("admin");
});
afterAll(async () => h.stop());

const MISSING = 999_999;
const steps = [{ afterDays: 14, dialog: "check-in", times: 1 }];
const csv = "telefon,namn\n0701234567,Alex\n";

async function expect404(res: Promise<Response>, what: string): Promise<void> {
  const r = await res;
  expect(r.status, what).toBe(404);
  expect(r.headers.get("content-type"), what).toMatch(/^application\/json/);
  expect(await r.json(), what).toEqual({ error: "not_found" });
}

describe("missing ids", () => {
  it("admin routes: an unknown participant, team or staff member is 404 and nothing changes", async () => {
    const { participantId } = await w.participant("A", "+46701110001");
    await expect404(admin.post(`/admin/participants/${MISSING}/team`, { teamId: w.teamA }), "unknown participant");
    await expect404(admin.post(`/admin/participants/${participantId}/team`, { teamId: MISSING }), "unknown team");
    await expect404(admin.post(`/admin/staff/${MISSING}/disable`), "unknown staff");
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id: participantId } })).teamId).toBe(w.teamA);
    expect(await h.tillit.db.auditLog.count({ where: { action: { in: ["participant.team-changed", "staff.disabled"] } } })).toBe(0);
  });

  it("team routes: settings, cadences, office and quiet hours of a team that does not exist are 404, even for an admin", async () => {
    const lead = await w.client("leadA");
    for (const client of [admin, lead]) {
      await expect404(client.get(`/teams/${MISSING}/nudge-settings`), "settings");
      await expect404(client.put(`/teams/${MISSING}/cadences/action-plan`, { steps }), "cadence");
      await expect404(client.put(`/teams/${MISSING}/quiet-hours`, { quietHours: "20:00-09:30" }), "quiet hours");
      await expect404(client.put(`/teams/${MISSING}/office-hours`, { officeHours: null }), "office hours");
    }
    expect(await h.tillit.db.cadenceTemplate.count({ where: { teamId: MISSING } })).toBe(0);
  });

  it("outreach to a team that does not exist is 404 and imports nobody", async () => {
    await expect404(admin.post("/outreach/check", { teamId: MISSING, csv }), "check");
    await expect404(admin.post("/outreach/import", { teamId: MISSING, csv }), "import");
    expect(await h.tillit.db.participant.count({ where: { phone: "+46701234567" } })).toBe(0);
  });
});
