// The staff inbox in English (issue 19.10): a staff member chooses English in the header, the choice is
// stored on the account, and the main screens (the list, a conversation, Personal and Team) then show
// no Swedish; choosing Swedish again shows no English. Checked against both dictionaries: no text of
// the other language's dictionary appears, and in English no å, ä or ö outside what people wrote.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { sv } from "../../bot/web/staff/strings-sv.js";
import { en } from "../../bot/web/staff/strings-en.js";

// The page regions that make up the main screens, without the thread (the bot and the participant
// write there in the participant's language) and without the profile column (not yet translated).
const CHROME = [".top", "#filters", "#conversation-list", ".conversation-head", "#reply-form", "#note-form"];

/** Texts of one dictionary that the other does not share (and that are long enough to mean something). */
function only(of: Record<string, string>, other: Record<string, string>): string[] {
  const theirs = new Set(Object.values(other));
  return [...new Set(Object.values(of))].map((v) => v.replace(/\{\w+\}/g, "").trim()).filter((v) => v.length >= 5 && !theirs.has(v) && !/^Tillit/.test(v));
}

async function visibleText(page: Page, selectors: string[]): Promise<string> {
  return page.evaluate((sels) => sels.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)].filter((n) => n.checkVisibility()).map((n) => n.innerText)).join("\n"), selectors);
}

function leftovers(text: string, texts: string[]): string[] {
  return texts.filter((v) => text.includes(v));
}

describe.skipIf(!browserAvailable)("the staff inbox in English", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    w = await staffWorld(h);
    await w.participant("A", "+46735550201", "Alva");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("switching to English leaves no Swedish on the main screens, is kept on the account, and back again", { timeout: 90_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(8000);
    await signInToInbox(page, h.baseUrl, { email: w.accounts.admin.email, password: PASSWORD });
    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect((await h.tillit.db.staffUser.findUniqueOrThrow({ where: { id: w.accounts.admin.id } })).locale).toBe("en");

    const swedish = only(sv, en);
    const check = async (selectors: string[], what: string) => {
      const text = await visibleText(page, selectors);
      expect(leftovers(text, swedish), what).toEqual([]);
      // {förnamn} is the canned replies' placeholder itself, the same in both languages.
      expect(text.replaceAll("{förnamn}", "").match(/[^\n]*[åäöÅÄÖ][^\n]*/g) ?? [], what).toEqual([]);
    };
    // The list.
    await check(CHROME, "list");
    // A conversation.
    await page.locator("#conversation-list a").first().click();
    await page.getByRole("button", { name: "Take over" }).waitFor();
    await check(CHROME, "conversation");
    // Personal and Team.
    await page.getByRole("link", { name: "Staff" }).click();
    await page.getByRole("table", { name: "Accounts" }).locator("tbody tr").first().waitFor();
    await check([".top", "#admin-pane"], "staff");
    await page.getByRole("link", { name: "Team", exact: true }).click();
    await page.getByRole("heading", { name: "Office hours" }).waitFor();
    await check([".top", "#admin-pane"], "team");

    // Signed in again elsewhere: still English.
    const again = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    again.setDefaultTimeout(8000);
    await again.goto(`${h.baseUrl}/staff`);
    await again.getByLabel("E-post").fill(w.accounts.admin.email);
    await again.getByLabel("Lösenord").fill(PASSWORD);
    await again.getByRole("button", { name: "Logga in" }).click();
    await again.getByRole("button", { name: "Sign out" }).waitFor();
    await again.close();

    // And back to Swedish: no English left.
    await page.getByLabel("Language").selectOption("sv");
    await page.getByRole("button", { name: "Logga ut" }).waitFor();
    const english = only(en, sv);
    await page.goto(`${h.baseUrl}/staff#/team`);
    await page.getByRole("heading", { name: "Kontorstid" }).waitFor();
    expect(leftovers(await visibleText(page, [".top", "#admin-pane"]), english)).toEqual([]);
    await page.goto(`${h.baseUrl}/staff#/personal`);
    await page.getByRole("table", { name: "Konton" }).locator("tbody tr").first().waitFor();
    expect(leftovers(await visibleText(page, [".top", "#admin-pane"]), english)).toEqual([]);
    await page.locator("#conversation-list a").first().click();
    await page.getByRole("button", { name: "Ta över" }).waitFor();
    expect(leftovers(await visibleText(page, CHROME), english)).toEqual([]);
    await page.close();
  });
});
