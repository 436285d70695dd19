// Recording a consent given to a coordinator, in a real browser (Debian's Chromium): a young person
// said no to the bot, then yes to their coordinator face to face. The coordinator opens "Registrera
// samtycke", sees the bot's own consent text to read aloud, is stopped until they tick that they read
// it, and records the yes; the profile says a person recorded it and how. axe-core clean; a
// screenshot is kept in test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { PASSWORD, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { Participant } from "../helpers/conversation.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("recording a consent in the staff inbox, in a real browser", () => {
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

  it("a no in the chat becomes a yes given in person: the text is shown, reading it is required, the profile says who recorded it and how", async () => {
    const p = new Participant(h, "+46738600001");
    await p.say("Hej");
    await p.say("nej");
    const { id: participantId, conversations } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA, preferredName: "Noa" }, include: { conversations: true } });

    const page = await browser.newPage({ timezoneId: "Europe/Stockholm", viewport: { width: 1400, height: 1300 } });
    page.setDefaultTimeout(8000);
    await signInToInbox(page, h.baseUrl, { email: w.accounts.coordA.email, password: PASSWORD });
    await page.evaluate((id) => { location.hash = `#/c/${id}`; }, conversations[0]!.id);
    const box = page.locator("#c-consent");
    await box.getByText(/^Senaste svaret: nej \(/).waitFor();

    await box.getByText("Registrera samtycke").click();
    expect(await box.locator("blockquote").textContent()).toMatch(/^Jag sparar det du skriver och svarar\. Teamets koordinatorer och teamledare läser dem\..* 6 mån efter/);
    expect(await box.locator("blockquote").getAttribute("lang")).toBe("sv");
    expect(await axeViolations(page, "#c-consent")).toEqual([]);

    await box.getByLabel("Ja", { exact: true }).check();
    await box.getByRole("button", { name: "Registrera" }).click();
    await expect.poll(() => box.getByRole("alert").textContent()).toBe("Välj hur ungdomen gav svaret.");
    await box.getByLabel("Personligen").check();
    await box.getByRole("button", { name: "Registrera" }).click();
    await expect.poll(() => box.getByRole("alert").textContent()).toMatch(/^Läs texten för ungdomen och kryssa i rutan/);
    expect(await h.tillit.db.consent.count({ where: { participantId, method: { startsWith: "staff:" } } })).toBe(0);

    await box.getByLabel("Jag har läst texten ovan för ungdomen").check();
    await box.screenshot({ path: path.join(artifactsDir, "record-consent-form.png") });
    await box.getByRole("button", { name: "Registrera" }).click();
    await box.getByText("Registrerat: ja. Från och med nu sparar Tillit det ungdomen skriver och svarar.").waitFor();
    await box.getByText(/^Senaste svaret: ja \(/).waitFor();
    await page.locator("#c-profile dd", { hasText: "registrerat av personal, gavs personligen" }).waitFor();
    const rows = await h.tillit.db.consent.findMany({ where: { participantId, kind: "data-processing" }, orderBy: { id: "asc" } });
    expect(rows.map((k) => [k.granted, k.method])).toEqual([[false, "chat"], [true, "staff:in-person"]]);
    expect(await axeViolations(page, "#c-consent")).toEqual([]);
    await box.screenshot({ path: path.join(artifactsDir, "record-consent.png") });
    await page.close();
  });
});
