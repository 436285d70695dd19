// The admin screens (issue 19.7) in a real browser: an admin invites a colleague, who sets a password
// through the one-time link and signs in; a reset link ends the old sessions; role, team, disable and
// enable from the Personal screen; a team lead sets the team's name, hours, cadence and canned replies
// on the Team screen. axe-core reports nothing serious or critical on each screen; screenshots are kept.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { artifactsDir, browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

const serious = async (page: Page, selector: string) => (await axeViolations(page, selector)).filter((v) => v.impact === "serious" || v.impact === "critical");

describe.skipIf(!browserAvailable)("admin screens in the staff inbox", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    w = await staffWorld(h);
    await w.participant("A", "+46735550101", "Alva");
    await w.participant("B", "+46735550102", "Bea");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  /** A fresh browser profile (its own cookies) signed in as this account. */
  async function signedIn(email: string, password = PASSWORD) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    page.on("dialog", (d) => void d.accept());
    await signInToInbox(page, h.baseUrl, { email, password });
    return page;
  }
  const local = (link: string) => `${h.baseUrl}${new URL(link).pathname}${new URL(link).hash}`;

  it("invite -> the link -> set a password -> sign in; the link then says it no longer works", async () => {
    const admin = await signedIn(w.accounts.admin.email);
    await admin.getByRole("link", { name: "Personal" }).click();
    await admin.getByRole("heading", { name: "Personal" }).waitFor();
    await expect.poll(() => admin.locator("#staff-table tbody tr").count()).toBe(6);
    expect(await admin.getByText("Tillit skickar ingen e-post").isVisible()).toBe(true);
    expect(await serious(admin, "#admin-pane")).toEqual([]);
    await admin.screenshot({ path: path.join(artifactsDir, "staff-admin-personal.png"), fullPage: true });

    const invite = admin.locator("#invite-form");
    await invite.getByLabel("Namn").fill("Nora Ny");
    await invite.getByLabel("E-post").fill("nora@kommun.se");
    await invite.getByLabel("Roll").selectOption("teamlead");
    await invite.getByLabel("Team Nord").check();
    await invite.getByRole("button", { name: "Bjud in" }).click();
    const linkField = admin.getByLabel("Länken (kopiera och ge till personen)");
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/staff\/set-password#[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => admin.locator("#staff-table").textContent()).toContain("Inbjuden, inget lösenord än");
    expect(await serious(admin, "#admin-pane")).toEqual([]);
    await admin.screenshot({ path: path.join(artifactsDir, "staff-admin-invite-link.png"), fullPage: true });
    await admin.getByRole("button", { name: "Jag har gett den vidare" }).click();
    expect(await admin.locator("#staff-link").count()).toBe(0);

    const nora = await (await browser.newContext()).newPage();
    nora.setDefaultTimeout(8000);
    await nora.goto(local(link));
    await expect.poll(() => nora.locator("#sp-who").textContent()).toContain("Nora Ny (nora@kommun.se)");
    // The token leaves the address bar at once.
    expect(nora.url()).not.toContain("#");
    expect(await serious(nora, "main")).toEqual([]);
    await nora.screenshot({ path: path.join(artifactsDir, "staff-set-password.png") });
    await nora.getByLabel("Nytt lösenord").fill("noras eget långa lösenord");
    await nora.getByLabel("Samma lösenord igen").fill("noras eget långa lösenord");
    await nora.getByRole("button", { name: "Spara lösenordet" }).click();
    await expect.poll(() => nora.locator("#sp-done").textContent()).toContain("Logga in med nora@kommun.se");
    await signInToInbox(nora, h.baseUrl, { email: "nora@kommun.se", password: "noras eget långa lösenord" });
    expect(await nora.getByRole("link", { name: "Team", exact: true }).isVisible()).toBe(true);
    expect(await nora.getByRole("link", { name: "Personal" }).isVisible()).toBe(false);

    // The same link again: a clear message, nothing changed.
    const again = await (await browser.newContext()).newPage();
    await again.goto(local(link));
    await expect.poll(() => again.locator("#sp-error").textContent()).toContain("Länken fungerar inte");
    expect(await again.locator("#sp-form").isVisible()).toBe(false);
    expect(await serious(again, "main")).toEqual([]);
    const forged = await (await browser.newContext()).newPage();
    await forged.goto(`${h.baseUrl}/staff/set-password#${"A".repeat(43)}`);
    await expect.poll(() => forged.locator("#sp-error").textContent()).toContain("Inget har ändrats");
  });

  it("a reset link signs the person out everywhere once the new password is set; role, team, disable and enable", { timeout: 60_000 }, async () => {
    const admin = await signedIn(w.accounts.admin.email);
    const maja = await signedIn(w.accounts.coordA.email);
    await admin.goto(`${h.baseUrl}/staff#/personal`);
    const row = admin.locator(`#staff-table tr[data-staff="${w.accounts.coordA.id}"]`);
    await row.getByRole("button", { name: "Återställ lösenord: Maja Lind" }).click();
    const link = await admin.locator("#staff-link").inputValue();
    expect(await admin.locator(".link-box").textContent()).toContain("Det gamla lösenordet fungerar tills det nya är valt");

    const page = await (await browser.newContext()).newPage();
    await page.goto(local(link));
    await page.getByLabel("Nytt lösenord").fill("majas nya långa lösenord");
    await page.getByLabel("Samma lösenord igen").fill("majas andra långa lösenord");
    await page.getByRole("button", { name: "Spara lösenordet" }).click();
    await expect.poll(() => page.locator("#sp-error").textContent()).toBe("Lösenorden är inte lika.");
    await page.getByLabel("Samma lösenord igen").fill("majas nya långa lösenord");
    await page.getByRole("button", { name: "Spara lösenordet" }).click();
    await expect.poll(() => page.locator("#sp-done").textContent()).toContain("Klart");
    // Maja's old session has ended: her next request shows the sign-in form.
    await maja.reload();
    await maja.locator("#login-view").waitFor({ state: "visible" });
    await signInToInbox(maja, h.baseUrl, { email: w.accounts.coordA.email, password: "majas nya långa lösenord" });

    const kim = admin.locator(`#staff-table tr[data-staff="${w.accounts.coordA2.id}"]`);
    await kim.getByRole("button", { name: "Ändra roll och team: Kim Berg" }).click();
    await admin.getByLabel("Roll", { exact: true }).last().selectOption("teamlead");
    const edit = admin.getByRole("form", { name: "Roll och team för Kim Berg" });
    await edit.getByLabel("Team Nord").uncheck();
    await edit.getByLabel("Team Syd").check();
    await edit.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => kim.textContent()).toContain("TeamledareTeam Syd");
    // A team lead without a team is refused in words, and nothing changes.
    await kim.getByRole("button", { name: "Ändra roll och team: Kim Berg" }).click();
    await admin.getByRole("form", { name: "Roll och team för Kim Berg" }).getByLabel("Team Syd").uncheck();
    await admin.getByRole("form", { name: "Roll och team för Kim Berg" }).getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => admin.locator("#admin-pane [role=alert]").textContent()).toBe("En koordinator eller teamledare behöver minst ett team.");
    await admin.getByRole("form", { name: "Roll och team för Kim Berg" }).getByRole("button", { name: "Avbryt" }).click();
    await expect.poll(() => kim.textContent()).toContain("TeamledareTeam Syd");
    expect(await serious(admin, "#admin-pane")).toEqual([]);
    await kim.getByRole("button", { name: "Stäng av: Kim Berg" }).click();
    await expect.poll(() => kim.textContent()).toContain("Avstängd");
    expect((await h.tillit.db.staffUser.findUniqueOrThrow({ where: { id: w.accounts.coordA2.id } })).disabledAt).not.toBeNull();
    await kim.getByRole("button", { name: "Aktivera: Kim Berg" }).click();
    // Not a text poll for "Aktiv": the disabled row's own "Aktivera" button contains it, so that
    // passed before the request was done (and the audit read below raced it on PostgreSQL).
    await kim.getByRole("button", { name: "Stäng av: Kim Berg" }).waitFor();
    expect(await kim.textContent()).not.toContain("Avstängd");
    await expect.poll(async () => (await h.tillit.db.staffUser.findUniqueOrThrow({ where: { id: w.accounts.coordA2.id } })).disabledAt).toBeNull();
    const actions = (await h.tillit.db.auditLog.findMany({ where: { actorId: w.accounts.admin.id, subjectId: String(w.accounts.coordA2.id) }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.role-changed", "staff.disabled", "staff.enabled"]);
  });

  it("a team lead sets the team's name, office hours, quiet hours, a cadence and canned replies; a coordinator sees no admin screens", async () => {
    const lena = await signedIn(w.accounts.leadA.email);
    await lena.getByRole("link", { name: "Team", exact: true }).click();
    await lena.getByRole("heading", { name: "Kontorstid" }).waitFor();
    expect(await serious(lena, "#admin-pane")).toEqual([]);
    await lena.screenshot({ path: path.join(artifactsDir, "staff-admin-team.png"), fullPage: true });

    const nameForm = lena.getByRole("form", { name: "Teamets namn" });
    await nameForm.getByLabel("Namn").fill("Team Norr");
    await nameForm.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => nameForm.getByRole("status").textContent()).toBe("Sparat.");

    const office = lena.getByRole("form", { name: "Kontorstid" });
    await office.getByLabel("fredag").uncheck();
    await office.getByLabel("Stänger").fill("16:30");
    await office.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => office.getByRole("status").textContent()).toBe("Sparat.");
    // Closing before opening is refused with a clear message and stores nothing.
    await office.getByLabel("Stänger").fill("07:00");
    await office.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => office.getByRole("alert").textContent()).toContain("öppningstid före stängningstiden");

    const quiet = lena.getByRole("form", { name: "Tysta timmar" });
    await quiet.getByLabel("Från").fill("21:00");
    await quiet.getByLabel("Till").fill("08:30");
    await quiet.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => quiet.getByRole("status").textContent()).toBe("Sparat.");

    const cadence = lena.getByRole("form", { name: "Efter avslut" });
    await cadence.getByLabel("Efter dagar").fill("21");
    await cadence.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => cadence.getByRole("status").textContent()).toBe("Sparat.");

    const fresh = lena.getByRole("form", { name: "Nytt färdigt svar" });
    await fresh.getByLabel("Rubrik").fill("Hälsning");
    await fresh.getByLabel("Text").fill("Hej {förnamn}! Lena här.");
    await fresh.getByRole("button", { name: "Lägg till" }).click();
    const edit = lena.getByRole("form", { name: "Ändra Hälsning" });
    await edit.getByLabel("Text").fill("Hej {förnamn}! Det är Lena.");
    await edit.getByRole("button", { name: "Spara" }).click();
    await expect.poll(() => edit.getByRole("status").textContent()).toBe("Sparat.");
    expect(await serious(lena, "#admin-pane")).toEqual([]);

    const team = await h.tillit.db.team.findUniqueOrThrow({ where: { id: w.teamA } });
    expect(team.name).toBe("Team Norr");
    expect(JSON.parse(team.officeHours!)).toEqual({ days: [1, 2, 3, 4], open: "08:00", close: "16:30" });
    expect(team.quietHours).toBe("21:00-08:30");
    expect(JSON.parse((await h.tillit.db.cadenceTemplate.findFirstOrThrow({ where: { teamId: w.teamA, key: "discharge" } })).steps)).toEqual([{ afterDays: 21, dialog: "check-in", times: 6 }]);
    expect((await h.tillit.db.cannedReply.findMany({ where: { teamId: w.teamA } })).map((r) => r.body)).toEqual(["Hej {förnamn}! Det är Lena."]);
    await edit.getByRole("button", { name: "Ta bort: Hälsning" }).click();
    await expect.poll(() => h.tillit.db.cannedReply.count({ where: { teamId: w.teamA } })).toBe(0);
    await lena.getByText("Inga färdiga svar än.").waitFor();
    // Back to the defaults: quiet hours and office hours stored as null again.
    await lena.getByRole("button", { name: "Använd tjänstens förval" }).click();
    await expect.poll(async () => (await h.tillit.db.team.findUniqueOrThrow({ where: { id: w.teamA } })).quietHours).toBeNull();
    await lena.getByRole("button", { name: "Återställ förval (vardagar 08–17)" }).click();
    await expect.poll(async () => (await h.tillit.db.team.findUniqueOrThrow({ where: { id: w.teamA } })).officeHours).toBeNull();
    await expect.poll(() => lena.getByRole("form", { name: "Kontorstid" }).getByLabel("fredag").isChecked()).toBe(true);

    const olle = await signedIn(w.accounts.coordB.email);
    expect(await olle.locator("#open-team").isVisible()).toBe(false);
    expect(await olle.locator("#open-staff").isVisible()).toBe(false);
    await olle.goto(`${h.baseUrl}/staff#/personal`);
    await olle.locator("#conversation-list li").first().waitFor();
    expect(await olle.locator("#admin-pane").isVisible()).toBe(false);
  });
});
