// The admin endpoints (issue 19.7) for each role (admin, team lead, coordinator) and team (own,
// other): staff accounts are an admin's alone (403 for everyone else, nothing changed); a team's
// name, hours and cadences are its team lead's or an admin's (a coordinator of the team 403, another
// team 404). Bad input is 400 and changes nothing, an unknown id 404, and every change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_URL, startHarness, type Harness } from "../helpers/harness.js";
import { PASSWORD, StaffClient, staffWorld, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z");
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const db = () => h.tillit.db;
const audits = (action: string) => db().auditLog.count({ where: { action } });
const snapshot = async () => JSON.stringify({
  staff: await db().staffUser.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true, disabledAt: true, passwordHash: true, memberships: { select: { teamId: true } } } }),
  tokens: await db().staffPasswordToken.count(),
  teams: await db().team.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, quietHours: true, officeHours: true } }),
  cadences: await db().cadenceTemplate.findMany({ orderBy: { id: "asc" }, select: { teamId: true, key: true, steps: true } }),
});
const tokenOf = (link: string) => new URL(link).hash.slice(1);
const steps = [{ afterDays: 10, dialog: "check-in", times: 2 }];
const hours = { days: [1, 2, 3, 4], open: "09:00", close: "16:00" };

describe("staff accounts: admins only", () => {
  it("a team lead and a coordinator get 403 on every staff endpoint, whichever team the account is on, and nothing changes", async () => {
    const before = await snapshot();
    for (const who of ["leadA", "coordA"] as const) {
      const c = await w.client(who);
      for (const target of [w.accounts.coordA.id, w.accounts.coordB.id]) {
        expect((await c.get("/admin/staff")).status).toBe(403);
        expect((await c.post("/admin/staff/invitations", { email: "ny@kommun.se", displayName: "Ny Person", role: "coordinator", teamSlugs: ["nord"] })).status).toBe(403);
        expect((await c.put(`/admin/staff/${target}/role`, { role: "admin", teamSlugs: [] })).status).toBe(403);
        expect((await c.post(`/admin/staff/${target}/disable`)).status).toBe(403);
        expect((await c.post(`/admin/staff/${target}/enable`)).status).toBe(403);
        expect((await c.post(`/admin/staff/${target}/password-link`)).status).toBe(403);
        expect((await c.post("/admin/teams", { slug: "ost", name: "Team Öst" })).status).toBe(403);
      }
    }
    expect(await snapshot()).toBe(before);
  });

  it("an admin invites: the account has no password, cannot sign in, and its one-time link sets one; the link then fails", async () => {
    const admin = await w.client("admin");
    const res = await admin.post("/admin/staff/invitations", { email: " Sofia.Nord@Kommun.se ", displayName: "Sofia Nord", role: "teamlead", teamSlugs: ["nord"] });
    expect(res.status).toBe(200);
    const invite = await res.json();
    expect(invite.link).toMatch(new RegExp(`^${PUBLIC_URL}/staff/set-password#[A-Za-z0-9_-]{43}$`));
    expect(invite.purpose).toBe("invite");
    expect(Date.parse(invite.expiresAt) - h.clock.ms).toBe(7 * 24 * 3_600_000);
    const row = await db().staffUser.findUniqueOrThrow({ where: { id: invite.id }, include: { memberships: true } });
    expect(row).toMatchObject({ email: "sofia.nord@kommun.se", role: "teamlead", passwordHash: null, firstName: "Sofia" });
    expect(row.memberships.map((m) => m.teamId)).toEqual([w.teamA]);
    // Only the hash is stored, and the token is nowhere in the logs.
    const token = tokenOf(invite.link);
    expect(JSON.stringify(await db().staffPasswordToken.findMany())).not.toContain(token);
    expect(h.logs.text).not.toContain(token);
    const list = await admin.json("/admin/staff");
    expect(list.staff.find((s: { id: number }) => s.id === invite.id)).toMatchObject({ hasPassword: false, linkOpen: true, disabled: false, teams: ["nord"], role: "teamlead" });
    expect(JSON.stringify(list)).not.toMatch(/passwordHash|\$argon2/);

    const sofia = new StaffClient(h.baseUrl);
    expect((await sofia.login("sofia.nord@kommun.se", "")).status).toBe(401);
    const check = await sofia.post("/password-link", { token });
    expect(await check.json()).toEqual({ email: "sofia.nord@kommun.se", displayName: "Sofia Nord", purpose: "invite", locale: "sv" });
    // Too short: 400, and the link still works.
    expect((await sofia.post("/password", { token, password: "kort" })).status).toBe(400);
    expect((await sofia.post("/password", { token, password: "sofias eget långa lösenord" })).status).toBe(200);
    expect((await sofia.login("sofia.nord@kommun.se", "sofias eget långa lösenord")).status).toBe(200);
    expect((await sofia.get("/me")).status).toBe(200);
    // Used once: a second use is refused and changes nothing.
    const again = await sofia.post("/password", { token, password: "ett helt annat lösenord" });
    expect(again.status).toBe(410);
    expect((await again.json()).error).toBe("link_not_valid");
    expect((await sofia.post("/password-link", { token })).status).toBe(410);
    expect((await new StaffClient(h.baseUrl).login("sofia.nord@kommun.se", "sofias eget långa lösenord")).status).toBe(200);
    expect(await db().auditLog.count({ where: { action: "staff.invited", subjectId: String(invite.id), actorId: w.accounts.admin.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "staff.password-set", subjectId: String(invite.id), actorId: invite.id } })).toBe(1);
  });

  it("a reset link: the old password works until the new one is set, then every session ends; an expired or wrong link changes nothing", async () => {
    const admin = await w.client("admin");
    const kim = await w.client("coordA2");
    const res = await admin.post(`/admin/staff/${w.accounts.coordA2.id}/password-link`);
    expect(res.status).toBe(200);
    const reset = await res.json();
    expect(reset.purpose).toBe("reset");
    expect(Date.parse(reset.expiresAt) - h.clock.ms).toBe(24 * 3_600_000);
    expect((await kim.get("/me")).status).toBe(200);
    // A second link replaces the first.
    const second = await (await admin.post(`/admin/staff/${w.accounts.coordA2.id}/password-link`)).json();
    expect((await kim.post("/password", { token: tokenOf(reset.link), password: "ett nytt långt lösenord" })).status).toBe(410);
    const hashBefore = (await db().staffUser.findUniqueOrThrow({ where: { id: w.accounts.coordA2.id } })).passwordHash;
    for (const token of ["", "x".repeat(43), "../../etc", 12345, null]) {
      expect((await kim.post("/password", { token, password: "ett nytt långt lösenord" })).status).toBe(410);
    }
    expect((await db().staffUser.findUniqueOrThrow({ where: { id: w.accounts.coordA2.id } })).passwordHash).toBe(hashBefore);
    expect((await kim.post("/password", { token: tokenOf(second.link), password: "ett nytt långt lösenord" })).status).toBe(200);
    expect((await kim.get("/me")).status).toBe(401);
    expect((await new StaffClient(h.baseUrl).login(w.accounts.coordA2.email)).status).toBe(401);
    expect((await new StaffClient(h.baseUrl).login(w.accounts.coordA2.email, "ett nytt långt lösenord")).status).toBe(200);

    const late = await (await admin.post(`/admin/staff/${w.accounts.coordA2.id}/password-link`)).json();
    h.clock.advance(24 * 3_600_000 + 1000);
    const expired = await kim.post("/password", { token: tokenOf(late.link), password: "ännu ett långt lösenord" });
    expect(expired.status).toBe(410);
    expect((await expired.json()).detail).toMatch(/ny/);
    expect((await new StaffClient(h.baseUrl).login(w.accounts.coordA2.email, "ett nytt långt lösenord")).status).toBe(200);
    expect(await db().auditLog.count({ where: { action: "staff.password-link-created", subjectId: String(w.accounts.coordA2.id) } })).toBe(3);
  });

  it("role and team change; disable ends the sessions at once and the links; enable lets the account back in", async () => {
    const admin = await w.client("admin");
    const created = await (await admin.post("/admin/staff/invitations", { email: "byte@kommun.se", displayName: "Bo Byte", role: "coordinator", teamSlugs: ["nord"] })).json();
    await new StaffClient(h.baseUrl).post("/password", { token: tokenOf(created.link), password: PASSWORD });
    const bo = new StaffClient(h.baseUrl);
    expect((await bo.login("byte@kommun.se")).status).toBe(200);
    const changed = await admin.put(`/admin/staff/${created.id}/role`, { role: "teamlead", teamSlugs: ["syd", "nord"] });
    expect(changed.status).toBe(200);
    const me = await bo.json("/me");
    expect(me.me.role).toBe("teamlead");
    expect(me.teams.map((t: { id: number }) => t.id).sort()).toEqual([w.teamA, w.teamB].sort());
    const link = await (await admin.post(`/admin/staff/${created.id}/password-link`)).json();
    expect((await admin.post(`/admin/staff/${created.id}/disable`)).status).toBe(200);
    expect((await bo.get("/me")).status).toBe(401);
    expect((await bo.login("byte@kommun.se")).status).toBe(401);
    expect((await bo.post("/password", { token: tokenOf(link.link), password: "lösenord för avstängd" })).status).toBe(410);
    expect((await admin.post(`/admin/staff/${created.id}/password-link`)).status).toBe(409);
    expect((await admin.post(`/admin/staff/${created.id}/enable`)).status).toBe(200);
    expect((await bo.login("byte@kommun.se")).status).toBe(200);
    const actions = (await db().auditLog.findMany({ where: { subjectType: "staff", subjectId: String(created.id), actorId: w.accounts.admin.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.invited", "staff.password-link-created", "staff.role-changed", "staff.password-link-created", "staff.disabled", "staff.enabled"]);
  });

  it("bad input is 400, a conflict 409, an unknown account 404, and nothing changes; an admin does not lock themselves out", async () => {
    const admin = await w.client("admin");
    const before = await snapshot();
    const bad = [
      { email: "inte-en-adress", displayName: "X", role: "coordinator", teamSlugs: ["nord"] },
      { email: "x@kommun.se", displayName: "", role: "coordinator", teamSlugs: ["nord"] },
      { email: "x@kommun.se", displayName: "X", role: "kung", teamSlugs: ["nord"] },
      { email: "x@kommun.se", displayName: "<script>".repeat(20), role: "coordinator", teamSlugs: ["nord"] },
    ];
    for (const body of bad) expect((await admin.post("/admin/staff/invitations", body)).status).toBe(400);
    expect((await admin.post("/admin/staff/invitations", { email: "x@kommun.se", displayName: "X", role: "coordinator", teamSlugs: [] })).status).toBe(409);
    expect((await admin.post("/admin/staff/invitations", { email: "x@kommun.se", displayName: "X", role: "coordinator", teamSlugs: ["finns-inte"] })).status).toBe(409);
    expect((await admin.post("/admin/staff/invitations", { email: w.accounts.coordA.email, displayName: "X", role: "coordinator", teamSlugs: ["nord"] })).status).toBe(409);
    expect((await admin.put(`/admin/staff/${w.accounts.coordA.id}/role`, { role: "boss", teamSlugs: ["nord"] })).status).toBe(400);
    expect((await admin.put(`/admin/staff/${w.accounts.coordA.id}/role`, { role: "coordinator", teamSlugs: ["nord"], extra: 1 })).status).toBe(400);
    expect((await admin.put(`/admin/staff/${w.accounts.coordA.id}/role`, { role: "coordinator", teamSlugs: [] })).status).toBe(409);
    expect((await admin.put(`/admin/staff/${w.accounts.admin.id}/role`, { role: "coordinator", teamSlugs: ["nord"] })).status).toBe(409);
    expect((await admin.post(`/admin/staff/${w.accounts.admin.id}/disable`)).status).toBe(409);
    for (const path of ["/admin/staff/99999/disable", "/admin/staff/99999/enable", "/admin/staff/99999/password-link"]) expect((await admin.post(path)).status).toBe(404);
    expect((await admin.put("/admin/staff/99999/role", { role: "coordinator", teamSlugs: ["nord"] })).status).toBe(404);
    expect((await admin.post("/admin/staff/abc/disable")).status).toBe(400);
    expect(await snapshot()).toBe(before);
  });
});

describe("a team's name, hours and cadences: its team lead or an admin", () => {
  const changes = (teamId: number) => [
    ["PUT", `/teams/${teamId}/name`, { name: "Team Nytt Namn" }],
    ["PUT", `/teams/${teamId}/quiet-hours`, { quietHours: "21:00-08:00" }],
    ["PUT", `/teams/${teamId}/office-hours`, { officeHours: hours }],
    ["PUT", `/teams/${teamId}/cadences/discharge`, { steps }],
    ["DELETE", `/teams/${teamId}/cadences/discharge`, undefined],
  ] as const;
  const send = (c: StaffClient, [method, path, body]: readonly [string, string, unknown]) => (method === "PUT" ? c.put(path, body) : c.delete(path));

  it("a coordinator reads the own team's settings but changes nothing (403); another team is 404 for coordinators and team leads", async () => {
    const before = await snapshot();
    const maja = await w.client("coordA");
    const lena = await w.client("leadA");
    expect((await maja.get(`/teams/${w.teamA}/nudge-settings`)).status).toBe(200);
    for (const change of changes(w.teamA)) expect((await send(maja, change)).status, change[1]).toBe(403);
    for (const c of [maja, lena]) {
      expect((await c.get(`/teams/${w.teamB}/nudge-settings`)).status).toBe(404);
      for (const change of changes(w.teamB)) expect((await send(c, change)).status, change[1]).toBe(404);
    }
    expect(await snapshot()).toBe(before);
  });

  it("the team lead changes the own team; an admin any team; each change audited with the team", async () => {
    for (const [who, teamId] of [["leadA", w.teamA], ["admin", w.teamB]] as const) {
      const c = await w.client(who);
      for (const change of changes(teamId)) expect((await send(c, change)).status, change[1]).toBe(200);
      const team = await db().team.findUniqueOrThrow({ where: { id: teamId } });
      expect(team).toMatchObject({ name: "Team Nytt Namn", quietHours: "21:00-08:00" });
      expect(JSON.parse(team.officeHours!)).toEqual(hours);
      const settings = await c.json(`/teams/${teamId}/nudge-settings`);
      expect(settings.cadences.discharge.custom).toBe(false); // saved, then reset to the built-in template
      const actions = (await db().auditLog.findMany({ where: { teamId, actorId: w.accounts[who].id, subjectType: "team" }, orderBy: { id: "asc" } })).map((a) => a.action);
      expect(actions).toEqual(["team.renamed", "team.quiet-hours-changed", "team.office-hours-changed", "cadence.saved", "cadence.reset"]);
    }
    // The lead's own team's name is what the inbox shows.
    expect((await (await w.client("coordA")).json("/me")).teams.map((t: { name: string }) => t.name)).toEqual(["Team Nytt Namn"]);
  });

  it("bad input is 400 and changes nothing; an unknown team is 404 even for an admin", async () => {
    const lena = await w.client("leadA");
    const admin = await w.client("admin");
    const before = await snapshot();
    for (const body of [{ name: "" }, { name: "x".repeat(81) }, { name: 5 }, {}, { name: "Ok", slug: "ny" }]) expect((await lena.put(`/teams/${w.teamA}/name`, body)).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/quiet-hours`, { quietHours: "25:00-08:00" })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/office-hours`, { officeHours: { days: [], open: "09:00", close: "16:00" } })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/cadences/discharge`, { steps: [] })).status).toBe(400);
    expect((await lena.delete(`/teams/${w.teamA}/cadences/okand`)).status).toBe(400);
    expect(await snapshot()).toBe(before);
    for (const change of changes(99999)) expect((await send(admin, change)).status).toBe(404);
    expect(await audits("team.renamed")).toBe(2);
  });
});

describe("the staff member's own language", () => {
  it("is Swedish until chosen, stored on the account, and only sv or en", async () => {
    const maja = await w.client("coordA");
    expect((await maja.json("/me")).me.locale).toBe("sv");
    expect((await maja.put("/me/locale", { locale: "de" })).status).toBe(400);
    expect((await maja.put("/me/locale", { locale: "en" })).status).toBe(200);
    expect((await maja.json("/me")).me.locale).toBe("en");
    expect((await (await w.client("coordA")).json("/me")).me.locale).toBe("en");
    expect((await (await w.client("coordB")).json("/me")).me.locale).toBe("sv");
    await maja.put("/me/locale", { locale: "sv" });
  });
});
