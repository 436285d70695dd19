// The staff inbox in a real browser (Debian's Chromium): a coordinator signs in with the zero-config
// demo login, sees who waits longest at the top, takes over and answers; the participant (on the SMS
// simulator page) gets the reply live; hand back and the bot answers again. A participant's HTML
// stays text. Screenshots go to test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser, signInToInbox, simulatorPage, textFromSimulator } from "../helpers/browser.js";

describe.skipIf(!browserAvailable)("the staff inbox in a real browser", () => {
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

  async function signIn(page: Page): Promise<void> {
    await signInToInbox(page, h.baseUrl, h.demoLogin!);
  }

  const participantPage = (phone: string): Promise<Page> => simulatorPage(browser, h.baseUrl, phone);

  const text = textFromSimulator;

  it("zero-config mode created a demo login and a living demo inbox", async () => {
    expect(h.demoLogin).toMatchObject({ email: "demo@tillit.local" });
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await signIn(page);
    expect(await page.locator("#conversation-list .badge.demo").count()).toBe(3);
    await page.close();
  });

  it("sign in, the longest-waiting conversation at the top, take over, reply, the participant gets it live, hand back, the bot answers again", async () => {
    const youth = await participantPage("070-174 06 50");
    // This participant has waited longer than any demo conversation.
    h.clock.advance(-3 * 3_600_000);
    await text(youth, "Hej");
    await youth.getByText("om du ber om det. Okej?", { exact: false }).waitFor();
    await text(youth, "kan jag prata med en människa?");
    await youth.getByText("koordinator", { exact: false }).last().waitFor();
    // The welcome already says "koordinator": wait for the handoff itself before the clock moves on.
    await expect.poll(() => h.tillit.db.conversation.count({ where: { status: "waiting", participant: { phone: "+46701740650" } } })).toBe(1);
    h.clock.advance(3 * 3_600_000);

    const staff = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    staff.setDefaultTimeout(8000);
    await signIn(staff);
    const top = staff.locator("#conversation-list li").first();
    expect(await top.textContent()).toContain("+46701740650");
    expect(await top.locator(".badge.waiting").textContent()).toMatch(/^Väntar/);
    await staff.screenshot({ path: path.join(artifactsDir, "staff-inbox-list.png"), fullPage: true });

    await top.locator("a").click();
    await staff.locator("#c-history").getByText("kan jag prata med en människa?").waitFor();
    expect(await staff.locator("#c-state").textContent()).toContain("Väntar på människa");
    await staff.getByRole("button", { name: "Ta över" }).click();
    await expect.poll(() => staff.locator("#c-state").textContent()).toContain("Hos koordinator");

    await staff.getByLabel("Svar till deltagaren", { exact: false }).fill("Hej! Jag heter Demo och läser med. Vill du berätta mer?");
    await staff.getByRole("button", { name: "Skicka", exact: true }).click();
    // The participant's phone shows it, signed with the coordinator's first name.
    await youth.getByText("Jag heter Demo och läser med", { exact: false }).waitFor();
    expect(await youth.locator(".msg.out").last().textContent()).toMatch(/Vill du berätta mer\?\s*\/Demo$/);

    // While the coordinator has it, the bot is silent; the participant's answer appears in the inbox live.
    const botMessagesBefore = await h.tillit.db.message.count({ where: { authorKind: "bot", participant: { phone: "+46701740650" } } });
    await text(youth, 'det gäller praktiken <img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
    await staff.locator("#c-history").getByText("det gäller praktiken", { exact: false }).waitFor();
    const shown = staff.locator("#c-history li.in").last();
    expect(await shown.textContent()).toContain('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>');
    expect(await staff.locator("#c-history img, #c-history script").count()).toBe(0);
    expect(await staff.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await h.tillit.db.message.count({ where: { authorKind: "bot", participant: { phone: "+46701740650" } } })).toBe(botMessagesBefore);
    // A coordinator marks a message for the safety screen; the label is kept for the team's labelled set.
    await shown.getByLabel("Märk meddelandet för säkerhetsskärmen").click();
    await shown.getByRole("button", { name: "Missad oro: flagga samtalet som oro" }).click();
    await expect.poll(async () => (await h.tillit.db.safetyLabel.findFirst({ where: { redactedText: { contains: "det gäller praktiken" } } }))?.label).toBe("missed-concern");
    await staff.screenshot({ path: path.join(artifactsDir, "staff-inbox-conversation.png"), fullPage: true });

    await staff.getByRole("button", { name: "Lämna tillbaka till boten" }).click();
    // Her answer came after the coordinator's message and nobody from the team has answered it: the page asks
    // first, quoting her words (fix25j), and the coordinator goes ahead.
    const ask = staff.getByRole("dialog", { name: /Ungdomens senaste meddelande är obesvarat: "det gäller praktiken/ });
    await ask.getByRole("button", { name: "Lämna tillbaka ändå" }).click();
    // She is told at once that Tillit answers again and that her words went on to the team (fix26a), so the
    // conversation waits for a person again, with the bot answering meanwhile; the page says so beside the button.
    await youth.getByText("hann inte svara på det du skrev sist", { exact: false }).waitFor();
    await expect.poll(() => staff.locator("#c-state").textContent()).toContain("Väntar på människa");
    await expect.poll(() => staff.locator("#c-handback-why").textContent()).toMatch(/det hen skrev sist ligger kvar hos teamet/);
    const outBefore = await youth.locator(".msg.out").count();
    await text(youth, "checka in");
    await expect.poll(() => youth.locator(".msg.out").count()).toBeGreaterThan(outBefore);
    expect(await youth.locator(".msg.out").last().textContent()).not.toContain("/Demo");
    await youth.close();
    await staff.close();
  });

  it("a wrong password says so and keeps the form; every control is labelled; the inbox works from the keyboard", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${h.baseUrl}/staff`);
    await page.getByLabel("E-post").fill(h.demoLogin!.email);
    await page.getByLabel("Lösenord").fill("fel lösenord");
    await page.getByLabel("Lösenord").press("Enter");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("Fel e-post eller lösenord");

    // Keyboard only: focus the fields, type, submit with Enter.
    await page.getByLabel("E-post").focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(h.demoLogin!.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(h.demoLogin!.password);
    await page.keyboard.press("Enter");
    await page.locator("#conversation-list li").first().waitFor();
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, textarea, select, button")].filter((el) => {
        const id = el.getAttribute("id");
        const label = id ? document.querySelector(`label[for="${id}"]`) : null;
        return !label && !el.getAttribute("aria-label") && !(el.textContent ?? "").trim();
      }).length,
    );
    expect(unlabelled).toBe(0);
    // Tab reaches a conversation link and Enter opens it.
    await page.locator("#conversation-list a").first().focus();
    await page.keyboard.press("Enter");
    await page.locator("#conversation-pane:not([hidden])").waitFor();
    expect(await page.locator("#c-name").textContent()).not.toBe("");
    await page.close();
  });
  it("reminders on the participant's page: one in quiet hours moves to the morning and can be removed; an outreach list is checked line by line, then imported", async () => {
    const page = await browser.newPage({ timezoneId: "Europe/Stockholm", viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(8000);
    await signIn(page);
    await page.locator("#conversation-list a").first().click();
    await page.locator("#c-nudge-list li").first().waitFor();

    await page.locator("#c-nudges").getByLabel("När", { exact: true }).fill("2026-11-30T22:30");
    await page.getByLabel("Vad", { exact: true }).selectOption("text");
    await page.getByLabel("Meddelande (skickas med ditt förnamn)").fill("Hej! Hur går det med ansökan?");
    await page.getByRole("button", { name: "Lägg till" }).click();
    await expect.poll(() => page.locator("#nudge-note").textContent()).toContain("flyttades till 2026-12-01 09:00");
    await page.locator("#c-nudge-list").getByText("Hej! Hur går det med ansökan?").waitFor();
    await page.screenshot({ path: path.join(artifactsDir, "staff-inbox-reminders.png"), fullPage: true });
    await page.getByRole("button", { name: /^Ta bort Hej! Hur går det med ansökan\?/ }).click();
    await page.locator("#c-nudge-list").getByText("Inget planerat.").waitFor();

    await page.getByText("Kontakta en lista (CSV)").click();
    await page.getByLabel("Fil", { exact: true }).setInputFiles({ name: "lista.csv", mimeType: "text/csv", buffer: Buffer.from("telefon;namn\n0701234001;Nora\n070-12;Kort\n0701234001;Nora igen\n") });
    await page.getByRole("button", { name: "Kontrollera" }).click();
    await page.getByText("Rad 3: ogiltigt nummer (070-12)").waitFor();
    await page.getByText("Rad 4: finns redan i filen (samma som rad 2)").waitFor();
    await page.getByRole("button", { name: "Importera 1 (hoppa över raderna med fel)" }).click();
    await page.getByText("1 importerade", { exact: false }).waitFor();
    const imported = await h.tillit.db.participant.findUniqueOrThrow({ where: { phone: "+46701234001" }, include: { team: true } });
    expect(imported).toMatchObject({ preferredName: "Nora", status: "new", team: { slug: "demo" } });
    expect(await h.tillit.db.nudge.count({ where: { participantId: imported.id } })).toBe(3);
    await page.close();
  });
});
