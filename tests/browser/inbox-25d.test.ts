// Session 25's inbox leftovers around crisis, concern and hand-back (fix25d) in a real browser (Debian's Chromium,
// axe-core), from tester24 (FINDINGS.md 5 and 11); the server's side is tests/staff/handback-25d.test.ts:
// 1. After a hand-back the row keeps "Kris nyligen: självmordstankar", and the header says it too.
// 2. Handing back with the coordinator's question unanswered asks first, in a modal dialog: Escape keeps the
//    conversation, "Lämna tillbaka ändå" hands it back.
// 3. On a crisis nobody has taken over "Lämna tillbaka till boten" is off, with the reason beside it.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("crisis, concern and hand-back in the staff inbox (fix25d)", () => {
  const inbox = inboxInBrowser("2026-11-30T09:00:00Z", 701742500);
  const { someone, conversationId, serious } = inbox;
  const { staffPage } = inbox;

  it("Nora: the hand-back is off on her crisis until someone takes over; then her unanswered question is asked about; afterwards the row keeps 'Kris nyligen'", async () => {
    const nora = await someone("Nora");
    await nora.say("orkar inte mer, vill bara försvinna för alltid");
    const id = await conversationId(nora);
    const page = await staffPage(id);
    const handBack = page.getByRole("button", { name: "Lämna tillbaka till boten" });
    // 3. Off, with the reason beside it, read with the button.
    await expect.poll(() => handBack.isDisabled()).toBe(true);
    expect(await page.locator("#c-handback-why").textContent()).toContain("Ingen har tagit över krissamtalet än");
    expect(await handBack.getAttribute("aria-describedby")).toBe("c-handback-why");
    expect(JSON.stringify(await serious(page, "#conversation-pane"))).toBe("[]");

    // The coordinator answers (which takes it over) with a question.
    await page.getByLabel("Svar till deltagaren", { exact: false }).fill("Hej Nora. Jag ringer dig kl 15 idag om det går bra?");
    await page.getByRole("button", { name: "Skicka", exact: true }).click();
    await expect.poll(() => page.locator("#c-state").textContent()).toContain("Hos koordinator");
    await expect.poll(() => handBack.isDisabled()).toBe(false);
    expect(await page.locator("#c-handback-why").isHidden()).toBe(true);

    // 2. Asked first; Escape keeps it.
    await handBack.click();
    const dialog = page.getByRole("dialog", { name: "Din sista fråga är obesvarad. Lämna tillbaka ändå?" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Avbryt");
    expect(JSON.stringify(await serious(page, "#handback-confirm"))).toBe("[]");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-handback-question-25d.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("c-handback");
    expect((await inbox.h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).status).toBe("human");
    // "Lämna tillbaka ändå" hands it back.
    await handBack.click();
    await dialog.getByRole("button", { name: "Lämna tillbaka ändå" }).click();
    await expect.poll(() => page.locator("#c-state").textContent()).toMatch(/^Kris nyligen: självmordstankar · Hos boten/);

    // 1. The row keeps it, below nothing live, as "Kris nyligen".
    const row = page.locator("#conversation-list li", { hasText: "Nora" });
    await expect.poll(() => row.locator(".why").textContent()).toBe("Kris nyligen: självmordstankar");
    expect(await row.locator(".badge.recent").textContent()).toBe("Kris nyligen");
    expect(JSON.stringify(await serious(page, "#conversation-list"))).toBe("[]");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-recent-crisis-25d.png") });
    await page.close();
  });
});
