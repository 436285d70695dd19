// Privacy in a real browser (Debian's Chromium): a team lead sees the open erasure request in the
// inbox, opens the participant's registerutdrag (a readable Swedish document where a participant's
// HTML stays text), then erases everything; a web visitor proves their phone with the code the SMS
// brought. Screenshots go to test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { onboardedParticipant } from "../helpers/conversation.js";

describe.skipIf(!browserAvailable)("privacy pages in a real browser", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    w = await staffWorld(h);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(`${h.baseUrl}/staff`);
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
  }

  it("a team lead sees the request, reads the registerutdrag, and erases everything", async () => {
    const p = await onboardedParticipant(h, "+46738500001", "sv", "Elvira");
    const { id } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA } });
    await p.say('<img src=x onerror="window.pwned=1"> min dag');
    await p.say("radera mina uppgifter");
    await p.say("ja");
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(8000);
    await signIn(page, w.accounts.leadA.email);
    const request = page.locator("#erasure-list li", { hasText: "Elvira" });
    await request.waitFor();
    await request.getByRole("link", { name: "Elvira" }).click();
    await page.locator("#c-privacy").getByRole("link", { name: "Registerutdrag (läsbart)" }).waitFor();

    const [doc] = await Promise.all([page.waitForEvent("popup"), page.locator("#c-privacy").getByRole("link", { name: "Registerutdrag (läsbart)" }).click()]);
    await doc.getByRole("heading", { level: 1, name: "Registerutdrag från Tillit" }).waitFor();
    expect(await doc.locator("html").getAttribute("lang")).toBe("sv");
    for (const name of ["Om dig", "Samtycken", "Meddelanden", "Vem i personalen har läst"]) await doc.getByRole("heading", { level: 2, name, exact: true }).waitFor();
    await doc.getByRole("cell", { name: '<img src=x onerror="window.pwned=1"> min dag' }).waitFor();
    expect(await doc.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await doc.locator("img, script").count()).toBe(0);
    // Readable structure: every table has column headers; who read the record is named.
    expect(await doc.evaluate(() => [...document.querySelectorAll("table")].every((t) => t.querySelectorAll("thead th[scope=col]").length > 0))).toBe(true);
    await doc.getByRole("cell", { name: "Lena Ek" }).first().waitFor();
    await doc.screenshot({ path: path.join(artifactsDir, "registerutdrag.png"), fullPage: true });
    await doc.close();

    page.on("dialog", (d) => void d.accept());
    await request.getByRole("button", { name: "Radera allt nu" }).click();
    await eventually(async () => (await h.tillit.db.participant.count({ where: { id } })) === 0);
    await page.locator("#erasure-list li", { hasText: "Elvira" }).waitFor({ state: "detached" });
    await page.screenshot({ path: path.join(artifactsDir, "staff-after-erasure.png"), fullPage: true });
    await page.close();
  });

  it("a web visitor proves the phone with the code from the SMS before anyone joins the two", async () => {
    const phone = "+46738500002";
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(8000);
    await page.goto(`${h.baseUrl}/chat`);
    await page.locator("#phone").waitFor();
    await page.locator("#phone summary").click();
    await page.getByLabel("Vill du kunna fortsätta via sms?", { exact: false }).fill("073-850 00 02");
    await page.getByRole("button", { name: "Skicka numret" }).click();
    await page.getByText("Om numret kan ta emot sms får du en kod nu", { exact: false }).waitFor();
    const sms = await eventually(() => h.fake.sentTo(phone).find((m) => /Tillits webbchatt: \d{6}/.test(m.body)));
    const code = /(\d{6})/.exec(sms.body)![1]!;
    const input = page.getByLabel("Koden från sms:et");
    await input.fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await page.getByRole("button", { name: "Bekräfta koden" }).click();
    await page.getByText("Koden stämmer inte. Prova igen.").waitFor();
    await input.fill(code);
    await page.getByRole("button", { name: "Bekräfta koden" }).click();
    await page.getByText("Tack! En koordinator kopplar ihop chatten med ditt nummer.").waitFor();
    expect(await h.tillit.db.phoneLinkRequest.findFirst({ where: { phone }, orderBy: { id: "desc" } })).toMatchObject({ status: "pending" });
    await page.screenshot({ path: path.join(artifactsDir, "webchat-phone-code.png"), fullPage: true });
    await page.close();
  });
});
