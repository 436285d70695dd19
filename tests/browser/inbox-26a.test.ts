// Session 26's hand-back leftovers (fix26a) in a real browser, from tester25 (FINDINGS.md 1): after "Lämna tillbaka
// till boten" the young person is told that Tillit answers again (tests/dialogs/leftovers-26a), and the page says
// beside the button what she was told, or that nothing was sent and why (two of Tillit's messages unanswered).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("what the young person is told at a hand-back (fix26a)", () => {
  const inbox = inboxInBrowser("2026-11-29T16:30:00Z", 701742610);
  const { someone, conversationId, serious, staffPage } = inbox;

  it("Sara, after a crisis, handed back over 'vad händer nu?': told with the numbers, and the page says so and that she waits", async () => {
    const { sara, page } = await inbox.saraAskingAfterCrisis();
    await sara.received();
    await page.getByRole("button", { name: "Lämna tillbaka till boten" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Lämna tillbaka ändå" }).click();
    const note = page.locator("#c-handback-why");
    await expect.poll(() => note.textContent()).toMatch(/fått veta att Tillit svarar igen, att det hen skrev sist ligger kvar hos teamet/);
    expect(await note.isVisible()).toBe(true);
    const told = (await sara.received()).join(" ");
    expect(told).toMatch(/Tillit, boten/);
    expect(told).toMatch(/90101/);
    expect(JSON.stringify(await serious(page, "#c-handback-why"))).toBe("[]");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-handback-told-26a.png") });
    await page.close();
  });

  it("Ida, two of Tillit's messages unanswered: nothing sent, and the page says why and when she hears it", async () => {
    const ida = await someone("Ida");
    const id = await conversationId(ida);
    // Onboarding's last message stands unanswered; one more of Tillit's makes two (a third is refused).
    expect(await inbox.h.tillit.core.sendProactive(id, { text: "Hej Ida! Hur är det idag?" })).toBe("started");
    expect(await inbox.h.tillit.core.sendProactive(id, { text: "Tänkte på dig." })).toBe("unanswered-limit");
    await ida.received();
    const page = await staffPage(id);
    await page.getByRole("button", { name: "Ta över", exact: true }).click();
    await expect.poll(() => page.locator("#c-state").textContent()).toContain("Hos koordinator");
    await page.getByRole("button", { name: "Lämna tillbaka till boten" }).click();
    await expect.poll(() => page.locator("#c-handback-why").textContent()).toMatch(/Inget skickades till ungdomen: två meddelanden från Tillit är redan obesvarade.*när hen skriver nästa gång/);
    expect(await ida.received()).toEqual([]);
    await page.close();
  });
});
