// Issue 19.2 in a real browser: in the web chat a coordinator is a person — their first name and
// initial, "Maja (personal)", never the bot's avatar, and screen readers hear her name, not "Bot T
// said" — and the young person is told in one short line when a person joins and when the bot is
// back. Over SMS the reply keeps its "/Maja" signature and no extra line is sent.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

describe.skipIf(!browserAvailable)("a person in the web chat", () => {
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

  const sendBox = (page: Page) => page.locator("[data-id='webchat-sendbox-input']");
  async function say(page: Page, text: string): Promise<void> {
    await sendBox(page).fill(text);
    await sendBox(page).press("Enter");
  }
  /** What a screen reader hears for the transcript item that shows `text`. */
  const heard = (page: Page, text: string) =>
    page.evaluate((t) => {
      const items = [...document.querySelectorAll(".webchat__basic-transcript__activity")].filter((n) => n.textContent?.includes(t));
      const item = items[items.length - 1];
      if (!item) return "";
      const labelled = item.querySelector("[aria-labelledby]")?.getAttribute("aria-labelledby");
      const label = labelled ? labelled.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
      return `${label} ${item.querySelector("[aria-label]")?.getAttribute("aria-label") ?? ""}`;
    }, text);

  it("a coordinator takes over: one line says so, her words carry her name and initial, the bot's back is said too", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${h.baseUrl}/chat`);
    await sendBox(page).waitFor();
    await say(page, "Hej");
    await page.getByText("om du ber om det. Okej?", { exact: false }).first().waitFor();
    const web = await h.tillit.db.webConversation.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await h.tillit.db.participant.update({ where: { id: web.participantId }, data: { teamId: w.teamA } });
    const conversationId = (await h.tillit.db.conversation.findFirstOrThrow({ where: { participantId: web.participantId } })).id;

    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${conversationId}/takeover`)).status).toBe(200);
    await page.locator(".tillit-notice").getByText("Maja från personalen är med i chatten nu.").waitFor();
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "Hej! Maja här, jag läser med." })).status).toBe(200);
    const words = page.locator(".webchat__basic-transcript__activity").filter({ hasText: "Maja här, jag läser med." });
    await words.first().waitFor();
    // Her name beside the time, her initial as the avatar, no SMS signature in the bubble.
    await expect.poll(() => words.last().textContent()).toContain("Maja (personal)");
    expect(await words.last().locator(".tillit-avatar.person").textContent()).toBe("M");
    expect(await words.last().textContent()).not.toContain("/Maja");
    // A screen reader hears her name, never "Bot T said" / "Roboten T sade".
    const spoken = await heard(page, "Maja här, jag läser med.");
    expect(spoken).toContain("Maja (personal)");
    expect(spoken).not.toMatch(/robot|bot T|\bT sade/i);
    // The bot's own messages keep Tillit's T and say they are the assistant.
    const botWords = page.locator(".webchat__basic-transcript__activity").filter({ hasText: "om du ber om det. Okej?" }).last();
    expect(await botWords.locator(".tillit-avatar:not(.person)").textContent()).toBe("T");
    expect(await heard(page, "om du ber om det. Okej?")).toContain("Tillit (digital assistent)");
    await page.screenshot({ path: path.join(artifactsDir, "webchat-person-joined.png"), fullPage: true });

    expect((await maja.post(`/conversations/${conversationId}/handback`)).status).toBe(200);
    await page.locator(".tillit-notice").getByText("Nu svarar Tillit igen.", { exact: false }).waitFor();
    // Each line once, in order: joined, her words, the bot back.
    const stored = await h.tillit.db.message.findMany({ where: { participantId: web.participantId, authorKind: { in: ["system", "coordinator"] } }, orderBy: { id: "asc" } });
    expect(stored.map((m) => m.authorKind)).toEqual(["system", "coordinator", "system"]);
    expect(stored.map((m) => m.channel)).toEqual(["webchat", "webchat", "webchat"]);
    await page.screenshot({ path: path.join(artifactsDir, "webchat-bot-back.png"), fullPage: true });
    await page.close();
  });

  it("over SMS the reply is signed /Maja and no joined or back line is sent", async () => {
    const { conversationId, participantId } = await w.participant("A", "+46701740690", "Sara");
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${conversationId}/takeover`)).status).toBe(200);
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "Hej Sara!" })).status).toBe(200);
    expect((await maja.post(`/conversations/${conversationId}/handback`)).status).toBe(200);
    const out = await h.tillit.db.message.findMany({ where: { participantId, authorKind: { in: ["system", "coordinator"] } } });
    expect(out.map((m) => m.body)).toEqual(["Hej Sara!\n/Maja"]);
  });
});
