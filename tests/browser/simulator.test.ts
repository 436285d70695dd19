import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("the SMS simulator in a real browser", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("texts Tillit as a phone number and shows the replies live, markup as plain text", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(8000);
    await page.goto(`${h.baseUrl}/simulator`);
    await page.getByLabel("Ditt mobilnummer").fill("070-555 12 34");
    await page.getByRole("button", { name: "Byt nummer" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("+46705551234");

    const box = page.getByLabel("Meddelande", { exact: true });
    await box.fill("Hej!");
    await box.press("Enter");
    await page.getByText("om du ber om det. Okej?", { exact: false }).waitFor();
    await expect.poll(() => page.locator(".msg.out").count()).toBe(2);
    expect(await page.locator(".msg.out").nth(1).textContent()).toContain("1. Ja");

    await box.fill('ja <img src=x onerror="window.pwned=1">');
    await page.getByRole("button", { name: "Skicka" }).click();
    await page.getByText("Vad vill du att jag ska kalla dig?").waitFor();
    expect(await page.locator(".msg.in img").count()).toBe(0);
    expect(await page.locator(".msg.in").nth(1).textContent()).toBe('ja <img src=x onerror="window.pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.screenshot({ path: path.join(artifactsDir, "simulator.png"), fullPage: true });

    // The same conversation, with its history, after a reload.
    await page.reload();
    expect(await page.getByLabel("Ditt mobilnummer").inputValue()).toBe("070-555 12 34");
    await page.getByText("Vad vill du att jag ska kalla dig?").waitFor();
    expect(await page.locator(".msg").count()).toBe(5);
  });

  it("a reply stored while the page is still reading the history is shown, once, in its place", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(8000);
    await page.goto(`${h.baseUrl}/simulator`);
    // The history request is held while a text arrives and is answered: the replies can only come
    // through the stream (a page that starts listening after the history has arrived never sees
    // them); then the history arrives with the same messages, which must not show twice.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const historyAsked = new Promise<void>((r) => (asked = r));
    // Only the first reading is held: if the stream reconnects meanwhile (a loaded machine), the page
    // reads the history again to fill the gap, as it should, and that reading is let through.
    let readings = 0;
    await page.route("**/simulator/api/history*", async (route) => {
      if (readings++ === 0) {
        asked();
        await held;
      }
      await route.continue();
    });
    await page.getByLabel("Ditt mobilnummer").fill("070-555 98 76");
    await page.getByRole("button", { name: "Byt nummer" }).click();
    await historyAsked;
    await fetch(`${h.baseUrl}/simulator/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ from: "070-555 98 76", body: "hej", clientId: crypto.randomUUID() }),
    });
    await page.getByText("om du ber om det. Okej?", { exact: false }).waitFor();
    await expect.poll(() => page.locator(".msg").count()).toBe(3);
    release();
    await page.locator("#status", { hasText: "Du skriver som" }).waitFor();
    expect(await page.locator(".msg").evaluateAll((all) => all.map((b) => b.className))).toEqual(["msg in", "msg out", "msg out"]);
    const ids = await page.locator(".msg").evaluateAll((all) => all.map((b) => Number((b as HTMLElement).dataset.id)));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    await page.close();
  });

  it("labels every control and can be used with the keyboard alone", async () => {
    const page = await browser.newPage();
    await page.goto(`${h.baseUrl}/simulator`);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, textarea, button")].filter((el) => {
        const id = el.getAttribute("id");
        const label = id ? document.querySelector(`label[for="${id}"]`) : null;
        return !label && !el.getAttribute("aria-label") && !(el.textContent ?? "").trim();
      }).length,
    );
    expect(unlabelled).toBe(0);
    await page.keyboard.press("Tab"); // phone number
    await page.keyboard.press("Tab"); // change number
    await page.keyboard.press("Tab"); // message box
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("body");
    await page.keyboard.type("hej");
    await page.keyboard.press("Enter");
    await page.getByText("digital assistent", { exact: false }).waitFor();
  });
});
