// Issue 19.3 in a real browser: the web chat speaks first, with a few things to tap, so a shy visitor
// need not write first; merely opening /chat (or reloading it) stores nothing and puts no one in the
// inbox; the first tap or message makes the participant, once.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("the web chat greets first", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  const stored = async () => ({
    participants: await h.tillit.db.participant.count(),
    conversations: await h.tillit.db.conversation.count(),
    web: await h.tillit.db.webConversation.count(),
  });
  const action = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).filter({ visible: true }).first();

  it("greets with suggested actions; opening and reloading store nothing; a tap makes the participant once", async () => {
    const before = await stored();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/chat`);
    await page.locator(".webchat__basic-transcript__activity").getByText("Hej och välkommen!", { exact: false }).first().waitFor();
    for (const name of ["Vad är Tillit?", "Prata med en människa", "Vem läser det jag skriver?"]) await action(page, name).waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "webchat-greeting.png"), fullPage: true });
    // No serious or critical accessibility problem on the greeted page.
    const problems = (await axeViolations(page, "body")).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(problems).toEqual([]);
    expect(await stored()).toEqual(before);
    await page.reload();
    await action(page, "Vad är Tillit?").waitFor();
    expect(await stored()).toEqual(before);

    await action(page, "Vad är Tillit?").click();
    await page.getByText("om du ber om det. Okej?", { exact: false }).first().waitFor();
    const after = await stored();
    expect(after).toEqual({ participants: before.participants + 1, conversations: before.conversations + 1, web: before.web + 1 });
    const mine = await h.tillit.db.message.findFirstOrThrow({ where: { direction: "in" }, orderBy: { id: "desc" } });
    expect(mine.body).toBe("Vad är Tillit?");
    // A reload continues this conversation (the browser kept its resume key) and makes nothing new.
    await page.reload();
    await page.locator(".webchat__basic-transcript__activity").getByText("Vad är Tillit?", { exact: true }).first().waitFor();
    await page.locator(".webchat__basic-transcript__activity").getByText("om du ber om det. Okej?", { exact: false }).first().waitFor();
    expect(await stored()).toEqual(after);
    await page.close();
  });

  it("in English, and \"talk to a person\" as the first word reaches the team", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/chat?lang=en`);
    await action(page, "What is Tillit?").waitFor();
    await action(page, "Talk to a person").click();
    await expect.poll(() => h.tillit.db.message.count({ where: { body: "Talk to a person", direction: "in" } })).toBe(1);
    const web = await h.tillit.db.message.findFirstOrThrow({ where: { body: "Talk to a person", direction: "in" } });
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id: web.participantId } })).language).toBe("en");
    await expect.poll(async () => (await h.tillit.db.message.count({ where: { participantId: web.participantId, direction: "out" } }))).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifactsDir, "webchat-greeting-en-person.png"), fullPage: true });
    await page.close();
  });
});
