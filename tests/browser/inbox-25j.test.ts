// Session 25's hand-back leftovers (fix25j) in a real browser (Debian's Chromium, axe-core), from tester25
// (FINDINGS.md 1); the server's side is tests/staff/handback-25j.test.ts:
// 1. Sara, in a crisis, answered the coordinator "jag är hos mamma nu. ringde inte. vad händer nu?": "Lämna tillbaka
//    till boten" (the button and Alt+Shift+B) asks first, with her words, in fix25d's modal dialog (focus on Avbryt,
//    Escape keeps the conversation); "Lämna tillbaka ändå" hands it back.
// 4. Afterwards she is still under the "Kris" filter, as "Kris nyligen", and the filter says so.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("hand-back over the young person's unanswered words (fix25j)", () => {
  const inbox = inboxInBrowser("2026-11-30T09:00:00Z", 701742590);
  const { serious } = inbox;

  it("Sara: the button and the shortcut ask with her words; Escape keeps her; 'Lämna tillbaka ändå' hands back; she stays under 'Kris'", async () => {
    const { id, page, said } = await inbox.saraAskingAfterCrisis();

    const handBack = page.getByRole("button", { name: "Lämna tillbaka till boten" });
    await handBack.click();
    const dialog = page.getByRole("dialog", { name: `Ungdomens senaste meddelande är obesvarat: "${said}". Lämna tillbaka ändå?` });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Avbryt");
    expect(JSON.stringify(await serious(page, "#handback-confirm"))).toBe("[]");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-handback-unanswered-25j.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("c-handback");
    expect((await inbox.h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).status).toBe("human");

    // The shortcut asks the same; "Avbryt" keeps her too.
    await page.keyboard.press("Alt+Shift+KeyB");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await inbox.h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).status).toBe("human");

    await page.keyboard.press("Alt+Shift+KeyB");
    await dialog.getByRole("button", { name: "Lämna tillbaka ändå" }).click();
    // Handed back; the word to her at once (fix26a) passes her question on to the team, so she waits for a person.
    await expect.poll(() => page.locator("#c-state").textContent()).toMatch(/^Kris nyligen: .* · Väntar på människa/);

    // 4. Under "Kris", as "Kris nyligen", and the filter says it lists them.
    const status = page.getByLabel("Status", { exact: true });
    expect(await status.locator("option[value=crisis]").textContent()).toBe("Kris (även Kris nyligen)");
    await status.selectOption("crisis");
    const row = page.locator("#conversation-list li", { hasText: "Sara" });
    await expect.poll(() => row.locator(".badge.recent").textContent()).toBe("Kris nyligen");
    await page.close();
  });
});
