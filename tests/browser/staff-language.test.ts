// The staff inbox in English (issue 19.10): a staff member chooses English in the header, the choice is
// stored on the account, and the main screens (the list, a conversation, Personal and Team) then show
// no Swedish; choosing Swedish again shows no English. Checked against both dictionaries: no text of
// the other language's dictionary appears, and in English no å, ä or ö outside what people wrote.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { pathToFileURL } from "node:url";

// The page's own dictionaries (plain browser modules, loaded as they are).
const dictionary = async (lang: "sv" | "en") =>
  ((await import(pathToFileURL(path.resolve(import.meta.dirname, `../../bot/web/staff/strings-${lang}.js`)).href)) as Record<string, Record<string, string>>)[lang]!;
const sv = await dictionary("sv");
const en = await dictionary("en");

// The page regions that make up the main screens, without the thread (the bot and the participant
// write there in the participant's language).
const CHROME = [".top", ".list-pane", ".conversation-head", "#reply-form", ".profile"];

/**
 * Texts of one dictionary that the other does not have, not even inside a longer text (the Swedish
 * "Personal" is also the first word of the English "Personal data"), long enough to mean something.
 */
function only(of: Record<string, string>, other: Record<string, string>): string[] {
  const theirs = Object.values(other);
  return [...new Set(Object.values(of))].map((v) => v.replace(/\{\w+\}/g, "").trim()).filter((v) => v.length >= 5 && !theirs.some((o) => o.includes(v)) && !/^Tillit/.test(v));
}

// Team-written content, not the interface: the step criteria (a team's own words; until a team writes
// its own, the method's Swedish defaults from the server).
const CONTENT = ["#step-value option", "#c-step strong", "#criteria-form input"];

async function visibleText(page: Page, selectors: string[]): Promise<string> {
  // The rendered text (innerText) is what a staff member reads; textContent would include hidden parts.
  return page.evaluate(([sels, content]) => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    let text = sels.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)].filter((n) => n.checkVisibility()).map((n) => n.innerText)).join("\n");
    for (const n of content.flatMap((c) => [...document.querySelectorAll<HTMLElement>(c)])) {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
      const own = n.innerText;
      if (own) text = text.replaceAll(own, "");
    }
    return text;
  }, [selectors, CONTENT] as const);
}

/** The texts that appear as whole words (the Swedish "Profil" is not found inside the English "Profile"). */
function leftovers(text: string, texts: string[]): string[] {
  return texts.filter((v) => new RegExp(`(?<![\\p{L}])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(text));
}

describe("the staff inbox's dictionaries", () => {
  const dir = path.resolve(import.meta.dirname, "../../bot/web/staff");
  it("Swedish and English have the same keys, and every key the page and its scripts name exists", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    const named = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => /\.(js|html)$/.test(f) && !f.startsWith("strings-"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      for (const m of text.matchAll(/\bt\("([a-z0-9.-]+)"|data-i18n(?:-label|-title)?="([^"]+)"/g)) named.add(m[1] ?? m[2]!);
    }
    expect(named.size).toBeGreaterThan(300);
    expect([...named].filter((k) => !(k in sv))).toEqual([]);
  });
});

describe.skipIf(!browserAvailable)("the staff inbox in English", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    // The dashboard's period ends "today" by the browser's clock, which the server's must not be behind.
    h.clock.ms = Date.now();
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
    await page.getByRole("heading", { name: "Reminders" }).waitFor();
    await page.getByRole("heading", { name: "Meetings" }).waitFor();
    await check(CHROME, "conversation");
    // The outcome dashboard.
    await page.getByRole("link", { name: "Outcomes" }).click();
    await page.getByRole("heading", { name: "Participants" }).waitFor();
    await check([".top", "#outcomes-pane"], "outcomes");
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
