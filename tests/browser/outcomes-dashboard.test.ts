// The outcome dashboard in a real browser (Debian's Chromium): a team lead picks a period and reads
// the team's figures as charts and as tables (the same numbers the API test works out by hand), the
// CSV link follows the period, and a coordinator's page edits a participant's facts. axe-core's WCAG
// 2.1 AA rules find nothing serious or critical; the screenshot is kept in test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { OUTCOME_NOW, seedOutcomeWorld } from "../helpers/outcome-world.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("the outcome dashboard in a real browser", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof seedOutcomeWorld>>;
  beforeAll(async () => {
    h = await startHarness();
    h.clock.ms = OUTCOME_NOW.getTime();
    w = await staffWorld(h);
    ids = await seedOutcomeWorld(h.tillit.db, { A: w.teamA, B: w.teamB }, { coordA: w.accounts.coordA.id, coordA2: w.accounts.coordA2.id });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function signIn(email: string): Promise<Page> {
    const page = await browser.newPage({ timezoneId: "Europe/Stockholm", viewport: { width: 1400, height: 1800 } });
    page.setDefaultTimeout(10_000);
    // The page's own clock agrees with the server's injected one, so "today" is the same day.
    await page.clock.setFixedTime(OUTCOME_NOW);
    await page.goto(`${h.baseUrl}/staff`);
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.locator("#inbox-view").waitFor();
    return page;
  }

  it("a team lead reads the quarter's figures at a glance and as tables, and downloads them", async () => {
    const page = await signIn(w.accounts.leadA.email);
    await page.getByRole("link", { name: "Utfall" }).click();
    await page.locator("#o-title", { hasText: "Team Nord" }).waitFor();
    await page.getByLabel("Period", { exact: true }).selectOption("custom");
    await page.getByLabel("Från", { exact: true }).fill("2026-04-01");
    await page.getByLabel("Till", { exact: true }).fill("2026-06-30");
    await page.getByRole("button", { name: "Visa" }).click();
    const pane = page.locator("#outcomes-pane");
    await pane.getByText("9 aktiva 2026-06-30 · 10 nya under perioden · 3 avslutade under perioden").waitFor();
    expect(await page.locator("#o-scope").textContent()).toBe("Hela teamet.");

    const rowOf = async (caption: string, header: string) =>
      pane.locator("table", { has: page.locator("caption", { hasText: caption }) }).locator("tr", { has: page.locator("th", { hasText: new RegExp(`^${header.replace(/[()]/g, "\\$&")}$`) }) }).locator("td").allTextContents();
    expect(await rowOf("Deltagare efter kön och ålder", "Kvinna")).toEqual(["4", "6", "2"]);
    expect(await rowOf("Aktiva efter steg över tid", "2026-05-31")).toEqual(["3", "3", "1", "0", "0", "0"]);
    expect(await rowOf("Kohorter: andel på steget", "Alla kohorter")).toEqual(["60 % (6 av 10)", "50 % (3 av 6)", "ingen än", "ingen än"]);
    expect(await rowOf("Skattning vid avslut", "Redo för jobb eller studier")).toEqual(["100 %", "2", "2", "80 %"]);
    expect(await rowOf("Kontakt under perioden", "Dagar från inskrivning till första kontakt (median)")).toEqual(["2", "8 kontaktade"]);
    expect(await rowOf("Kontakt under perioden", "Påminnelser besvarade inom 3 dagar")).toEqual(["60 %", "3 av 5"]);

    // The charts: every one hidden from screen readers (the tables carry the numbers), the cohort
    // bars with the target drawn, the share below target marked.
    const charts = pane.locator("svg.chart");
    expect(await charts.count()).toBeGreaterThanOrEqual(9);
    expect(await charts.evaluateAll((svgs) => svgs.every((s) => s.getAttribute("aria-hidden") === "true"))).toBe(true);
    const firstCohort = pane.locator("figure", { hasText: "Steg 1 eller högre inom 3 månader, mål 75 %" });
    expect(await firstCohort.locator("line.target").count()).toBe(1);
    expect(await firstCohort.locator("rect.bar.below").count()).toBe(3); // all cohorts 60 %, May 66.7 %, June 25 %; April 100 % meets it
    expect(await page.locator("#o-csv").getAttribute("href")).toBe(`/staff/api/teams/${w.teamA}/outcomes.csv?from=2026-04-01&to=2026-06-30`);

    const serious = (await axeViolations(page, "#outcomes-pane")).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await pane.screenshot({ path: path.join(artifactsDir, "staff-outcomes-dashboard.png") });
    await page.close();
  }, 90_000);

  it("a coordinator sees their caseload, and records a participant's facts on the profile", async () => {
    const page = await signIn(w.accounts.coordA.email);
    await page.getByRole("link", { name: "Utfall" }).click();
    await page.locator("#o-scope", { hasText: "Dina egna deltagare" }).waitFor();
    await page.evaluate((id) => { location.hash = `#/c/${id}`; }, ids.p9!.conversationId);
    const facts = page.locator("#c-facts");
    await facts.getByText("Uppgifter för uppföljning").waitFor();
    await facts.getByLabel("Födelseår", { exact: true }).fill("2007");
    await facts.getByLabel("Kom till oss via").selectOption("school");
    await facts.getByRole("button", { name: "Spara uppgifterna" }).click();
    await facts.getByText("Sparat.").waitFor();
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: ids.p9!.participantId } });
    expect([p.birthYear, p.referralSource, p.gender]).toEqual([2007, "school", "man"]);
    const serious = (await axeViolations(page, "#c-facts")).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.close();
  }, 90_000);
});
