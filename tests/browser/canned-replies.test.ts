// Canned replies in the reply box (issue 19.5), in a real browser: the team's ready-made texts are
// listed with the young person's first name already in place; picking one fills the box (it is never
// sent by itself), it stays with that conversation's draft, and the picker passes axe-core.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("canned replies in the staff inbox", () => {
  let h: Harness;
  let browser: Browser;
  let ids: Record<string, number>;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
    browser = await launchBrowser();
    const rows = await h.tillit.db.conversation.findMany({ include: { participant: true } });
    ids = Object.fromEntries(rows.map((r) => [r.participant.preferredName ?? "", r.id]));
    const teamId = rows[0]!.participant.teamId!;
    await h.tillit.db.cannedReply.createMany({
      data: [
        { teamId, title: "Hälsning", body: "Hej {förnamn}! Det är jag som läser dina sms. Hur är det?", updatedAt: h.clock.now() },
        { teamId, title: "Ses vi?", body: "Vill du ses en stund nästa vecka? Du väljer var.", updatedAt: h.clock.now() },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("picking a reply fills the box with the first name in place; nothing is sent; it stays with its conversation", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(8000);
    await signInToInbox(page, h.baseUrl, h.demoLogin!);
    const sentBefore = await h.tillit.db.message.count({ where: { authorKind: "coordinator" } });

    await page.locator(`#conversation-list a[data-conversation="${ids.Alex}"]`).click();
    await expect.poll(() => page.locator("#c-name").textContent()).toContain("Alex");
    const picker = page.getByLabel("Färdiga svar");
    await expect.poll(() => picker.locator("option").allTextContents()).toEqual(["Välj ett färdigt svar …", "Hälsning", "Ses vi?"]);
    await picker.selectOption({ label: "Hälsning" });
    const box = page.getByLabel("Svar till deltagaren", { exact: false });
    expect(await box.inputValue()).toBe("Hej Alex! Det är jag som läser dina sms. Hur är det?");
    // A second pick adds to what is there rather than replacing the coordinator's words.
    await picker.selectOption({ label: "Ses vi?" });
    expect(await box.inputValue()).toBe("Hej Alex! Det är jag som läser dina sms. Hur är det?\nVill du ses en stund nästa vecka? Du väljer var.");
    expect(await picker.inputValue()).toBe("");
    expect(await axeViolations(page, "#reply-form")).toEqual([]);
    await page.screenshot({ path: path.join(artifactsDir, "staff-canned-replies.png") });

    // Another young person: an empty box, the name filled in for them.
    await page.locator(`#conversation-list a[data-conversation="${ids.Robin}"]`).click();
    await expect.poll(() => page.locator("#c-name").textContent()).toContain("Robin");
    expect(await box.inputValue()).toBe("");
    await picker.selectOption({ label: "Hälsning" });
    expect(await box.inputValue()).toBe("Hej Robin! Det är jag som läser dina sms. Hur är det?");
    // Back to Alex: the picked text is Alex's draft.
    await page.locator(`#conversation-list a[data-conversation="${ids.Alex}"]`).click();
    await expect.poll(() => box.inputValue()).toContain("Hej Alex!");
    expect(await h.tillit.db.message.count({ where: { authorKind: "coordinator" } })).toBe(sentBefore);
    await page.close();
  });
});
