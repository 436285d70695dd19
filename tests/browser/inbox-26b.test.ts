// Session 26's inbox leftovers (fix26b) in a real browser (Debian's Chromium, axe-core), from tester25
// (/work/notes/s25/tester25/FINDINGS.md); the server's side is tests/staff/inbox-26b.test.ts and
// tests/dialogs/leftovers-26b.test.ts:
// 2. (#2) A crisis row quotes the words that raised it, the latest words second, as text.
// 3. (#4) An agreed meeting's row says whether a confirmation went, from what is stored.
// 4. (#11) "Vi ställde in" shows what will be sent and asks; Cancel sends nothing.
// 5. (#16) A date field is said back in the page's words beside it.
// 5. (#13) After "Falsklarm" the header's "Lämna tillbaka till boten" is on without a reload.
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { browserAvailable } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("the staff inbox after tester25 (fix26b)", () => {
  const inbox = inboxInBrowser("2026-12-06T15:30:00Z", 701742700);
  const { someone, conversationId, serious, staffPage } = inbox;

  it("Sara: her row quotes her plan, not 'hallå?', which comes second; markup in it stays text", async () => {
    const sara = await someone("Sara");
    const plan = "jag tänker ta mitt liv ikväll. har tabletterna här <img src=x onerror=alert(1)>";
    await sara.say(plan);
    inbox.h.clock.advance(60_000);
    await sara.say("hallå?");
    const page = await staffPage(await conversationId(sara));
    const row = page.locator("#conversation-list li", { hasText: "Sara" });
    await expect.poll(() => row.locator(".preview").first().textContent()).toBe(`”${plan}”`);
    expect(await row.locator(".preview.latest").textContent()).toBe("Senast: ”hallå?”");
    expect(await page.locator("#conversation-list img").count()).toBe(0);
    expect(JSON.stringify(await serious(page, "#conversation-list"))).toBe("[]");
    await page.close();
  });

  it("Hanna: after 'Falsklarm' on a crisis nobody took over, the header's hand-back is on at once", async () => {
    const hanna = await someone("Hanna");
    const said = "haha den här mattekursen tar livet av mig asså";
    await hanna.say(said);
    const page = await staffPage(await conversationId(hanna));
    const handBack = page.locator("#c-handback");
    await expect.poll(() => handBack.isDisabled()).toBe(true);
    const message = page.locator("#c-history li.in", { hasText: said });
    await message.locator("summary").click();
    await message.getByRole("button", { name: "Falsklarm: skärmen läste fel" }).click();
    await expect.poll(() => message.locator(".label-note").textContent()).toContain("Märkt som falsklarm");
    await expect.poll(() => handBack.isDisabled()).toBe(false);
    expect(await page.locator("#c-handback-why").isHidden()).toBe(true);
    // The note's own button is still there beside what was marked.
    expect(await message.locator(".label-note").getByRole("button", { name: "Lämna tillbaka till boten" }).count()).toBe(1);
    await page.close();
  });

  it("Ida: 'Vi ställde in' shows the message and asks; Cancel sends nothing, OK sends those words", async () => {
    const ida = await someone("Ida");
    const id = await conversationId(ida);
    const page = await staffPage(id, { waitFor: "#meeting-form" });
    const meetings = page.locator("#c-meetings");
    await meetings.getByLabel("Nytt möte, när").fill("2026-12-10T14:00");
    await meetings.getByLabel("Redan överenskommet", { exact: false }).check();
    await meetings.getByRole("button", { name: "Spara mötet" }).click();
    const row = meetings.locator("#meeting-list li").first();
    await row.getByRole("button", { name: /Vi ställde in/ }).waitFor();
    // 3. (#4) What the young person was told of it, from what is stored: read again after a reload too.
    await page.reload();
    await row.getByText("ingen bekräftelse från Tillit behövdes", { exact: false }).waitFor();
    await ida.received();
    const asked: string[] = [];
    page.once("dialog", (d) => { asked.push(d.message()); void d.dismiss(); });
    await row.getByRole("button", { name: /Vi ställde in/ }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("Ungdomen får det här meddelandet");
    expect(asked[0]).toContain("inställt");
    const record = await ida.record();
    expect(await inbox.h.tillit.db.meeting.findFirstOrThrow({ where: { participantId: record.id } })).toMatchObject({ status: "confirmed", outcome: null });
    page.once("dialog", (d) => { asked.push(d.message()); void d.accept(); });
    await row.getByRole("button", { name: /Vi ställde in/ }).click();
    await meetings.getByText("Meddelandet om att mötet är inställt skickades.").waitFor();
    const got = await ida.received();
    expect(got).toHaveLength(1);
    expect(asked[1]).toContain(got[0]);
    await page.close();
  });
});

describe.skipIf(!browserAvailable)("date fields said back in the page's words (fix26b, tester25 #16)", () => {
  const inbox = inboxInBrowser("2026-12-06T15:30:00Z", 701742750);

  it("in an English browser, which draws the field its own way (mm/dd/yyyy), the time picked is said beside it in Swedish", async () => {
    const tove = await inbox.someone("Tove");
    const page = await inbox.staffPage(await inbox.conversationId(tove), { waitFor: "#meeting-form", locale: "en-US" });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    await page.locator("#meeting-at").fill("2026-12-08T14:00");
    await expect.poll(() => page.locator("#meeting-at-said").textContent()).toBe("tisdag 8 december 2026 kl. 14:00");
    expect(await page.locator("#meeting-at").getAttribute("aria-describedby")).toContain("meeting-at-said");
    expect(JSON.stringify(await inbox.serious(page, "#c-meetings"))).toBe("[]");
    await page.close();
  });
});
