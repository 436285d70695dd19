// The participants' web chat in a real browser (Debian's Chromium): Microsoft's Web Chat served by
// Tillit against Tillit's own Direct Line endpoint. Welcome, a suggested action, a coordinator's
// reply live, the history after a reload, an invitation link that opens the SMS history, and basic
// accessibility. Screenshots go to test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

describe.skipIf(!browserAvailable)("the web chat in a real browser", () => {
  let h: Harness;
  let w: StaffWorld;
  let browser: Browser;
  const requests: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    w = await staffWorld(h);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(10_000);
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url);
    return page;
  }
  const sendBox = (page: Page) => page.locator("[data-id='webchat-sendbox-input']");
  async function say(page: Page, text: string): Promise<void> {
    await sendBox(page).fill(text);
    await sendBox(page).press("Enter");
  }

  it("welcome, a suggested action, a coordinator's reply live, and the history after a reload", async () => {
    const page = await open(`${h.baseUrl}/chat`);
    await expect.poll(() => page.locator("#disclosure").textContent()).toContain("digital assistent");
    await sendBox(page).waitFor();
    await say(page, "Hej");
    await page.getByText("om du ber om det. Okej?", { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "webchat-welcome.png"), fullPage: true });
    // Choices are buttons here (numbered lines over SMS).
    await page.getByRole("button", { name: "Ja", exact: true }).filter({ visible: true }).first().click();
    await page.getByText("Vad vill du att jag ska kalla dig?").first().waitFor();

    // A coordinator takes over and answers: it appears without a reload.
    const web = await h.tillit.db.webConversation.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    await h.tillit.db.participant.update({ where: { id: web.participantId }, data: { teamId: w.teamA } });
    const conversationId = (await h.tillit.db.conversation.findFirstOrThrow({ where: { participantId: web.participantId } })).id;
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "Hej! Maja här, jag läser med." })).status).toBe(200);
    await page.getByText("Hej! Maja här, jag läser med.", { exact: false }).first().waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "webchat-coordinator.png"), fullPage: true });

    // A reload in the same browser continues the same conversation with its history.
    await page.reload();
    await page.getByText("Hej! Maja här, jag läser med.", { exact: false }).first().waitFor();
    await page.getByText("Vad vill du att jag ska kalla dig?").first().waitFor();
    expect(await h.tillit.db.webConversation.count({ where: { participantId: web.participantId } })).toBe(1);
    await page.close();
  });

  it("an invitation link opens the participant's SMS history; HTML in a message is text", async () => {
    const { conversationId } = await w.participant("A", "+46733100001", "Nora");
    await h.tillit.core.receive({ channel: "sms", providerId: "SMhtml1", from: "+46733100001", body: '<img src=x onerror="window.pwned=1"> hejsan', receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const maja = await w.client("coordA");
    const { url } = await (await maja.post(`/conversations/${conversationId}/web-invite`)).json();
    const page = await open(url.replace("https://tillit.example.org", h.baseUrl));
    await page.getByText('<img src=x onerror="window.pwned=1"> hejsan').first().waitFor();
    await page.getByText("Hej! Jag är Tillit, en digital assistent.", { exact: false }).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // The invitation left the address bar at once; with a number already, no form asks for one.
    expect(page.url()).toBe(`${h.baseUrl}/chat`);
    expect(await page.locator("#phone").isHidden()).toBe(true);
    await page.screenshot({ path: path.join(artifactsDir, "webchat-invitation.png"), fullPage: true });
    await page.close();
  });

  it("every control is labelled, the chat works from the keyboard, and no third-party host is contacted", async () => {
    const page = await open(`${h.baseUrl}/chat?lang=en`);
    await sendBox(page).waitFor();
    await expect.poll(() => page.locator("#disclosure").textContent()).toContain("digital assistant");
    // An anonymous visitor is offered to continue by text message.
    await page.locator("#phone").waitFor();
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input:not([type=hidden]), textarea, select, button")].filter((el) => {
        const id = el.getAttribute("id");
        const label = id ? document.querySelector(`label[for="${id}"]`) : null;
        const visible = (el as HTMLElement).offsetParent !== null;
        return visible && !label && !el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby") && !el.getAttribute("title") && !(el.textContent ?? "").trim();
      }).map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    await sendBox(page).focus();
    await page.keyboard.type("Hello");
    await page.keyboard.press("Enter");
    await page.getByText("or within a month if you ask. OK?", { exact: false }).first().waitFor();
    const hosts = new Set(requests.map((u) => new URL(u).host));
    expect([...hosts].filter((host) => host !== new URL(h.baseUrl).host && host !== "")).toEqual([]);
    await page.close();
  });
});
