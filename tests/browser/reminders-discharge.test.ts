// Reminders and discharge in the staff inbox, in a real browser (Debian's Chromium): a coordinator adds
// a check-in every three days and a weekly message (each listed once, with its next occurrence), is
// told plainly what is wrong with a bad number of days, stops a schedule; then records a discharge
// (an outcome is required), the young person gets the farewell in the SMS simulator, texts "nej tack",
// and the inbox shows the follow-up declined, live. axe-core clean; a screenshot is kept in
// test-artifacts/.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("reminders and discharge in the staff inbox, in a real browser", () => {
  const inbox = inboxInBrowser("2026-11-23T09:00:00Z", 701740663); // Monday 10:00 in Stockholm
  const staffPage = (conversationId: number): Promise<Page> => inbox.staffPage(conversationId, { waitFor: "#nudge-form", height: 1300, acceptDialogs: true });

  it("every N days and weekly, each shown once; a bad number is explained; discharge with an outcome, declined in chat, shown live", async () => {
    // +46701740663, the suite's first number: the simulator page below is opened on it.
    const sara = await inbox.someone("Sara");
    const { id: participantId, conversations } = await sara.record();
    const staff = await staffPage(conversations[0]!.id);
    const box = staff.locator("#c-nudges");
    const list = box.locator("#c-nudge-list");

    await box.getByLabel("Var N:e dag").check();
    await expect.poll(() => box.getByLabel("När", { exact: true }).isHidden()).toBe(true);
    await box.getByLabel("Vad", { exact: true }).selectOption("check-in");
    await box.getByLabel("Antal dagar mellan gångerna (1-120)").fill("0");
    await box.getByRole("button", { name: "Lägg till" }).click();
    await expect.poll(() => box.locator("#nudge-error").textContent()).toBe("Antal dagar ska vara 1-120.");
    await box.getByLabel("Antal dagar mellan gångerna (1-120)").fill("2.5");
    await box.getByRole("button", { name: "Lägg till" }).click();
    await expect.poll(() => box.locator("#nudge-error").textContent()).toBe("Skriv antal dagar som ett heltal, 1-120.");
    expect(await inbox.h.tillit.db.nudgeSchedule.count({ where: { participantId } })).toBe(0);
    await box.getByLabel("Antal dagar mellan gångerna (1-120)").fill("3");
    await box.getByRole("button", { name: "Lägg till" }).click();
    await list.getByText(/Återkommande: Incheckning, var 3:e dag · nästa 2026-11-26/).waitFor();

    await box.getByLabel("Varje vecka").check();
    await box.getByLabel("Vad", { exact: true }).selectOption("text");
    await box.getByLabel("Första gången (sedan samma veckodag och tid)").fill("2026-11-27T15:30");
    await box.getByLabel("Meddelande (skickas med ditt förnamn)").fill("");
    await box.getByRole("button", { name: "Lägg till" }).click();
    await expect.poll(() => box.locator("#nudge-error").textContent()).toBe("Skriv meddelandet.");
    await box.getByLabel("Meddelande (skickas med ditt förnamn)").fill("Hej! Hur har veckan varit?");
    await box.getByRole("button", { name: "Lägg till" }).click();
    await list.getByText("varje vecka, fredagar kl. 15:30 · nästa 2026-11-27 15:30", { exact: false }).waitFor();
    // Each schedule once: two lines, no one-off copies of their next occurrences.
    expect(await list.locator("li").count()).toBe(2);
    expect(await axeViolations(staff, "#c-nudges")).toEqual([]);

    await box.getByRole("button", { name: /^Stoppa: Incheckning, var 3:e dag/ }).click();
    await expect.poll(() => list.locator("li").count()).toBe(1);
    expect(await inbox.h.tillit.db.nudgeSchedule.findMany({ where: { participantId }, orderBy: { id: "asc" }, select: { status: true } })).toEqual([{ status: "stopped" }, { status: "active" }]);

    // Discharge: the outcome is required, then the farewell goes out and the follow-up is listed.
    const discharge = box.locator("#discharge");
    await discharge.getByRole("button", { name: "Avsluta insatsen" }).click();
    await expect.poll(() => discharge.getByRole("alert").textContent()).toBe("Välj hur kontakten slutade.");
    expect((await sara.record()).dischargedAt).toBeNull();
    await discharge.getByLabel("Hur slutade kontakten?").selectOption({ label: "studier" });
    await discharge.getByRole("button", { name: "Avsluta insatsen" }).click();
    await discharge.getByText(/^Avslutad 2026-11-23 10:00: studier\. Uppföljning en gång i månaden i sex månader\.$/).waitFor();
    await list.getByText("uppföljning efter avslut, en gång i månaden", { exact: false }).waitFor();
    expect(await list.getByText("fredagar").count()).toBe(0); // what was planned ended
    expect(await sara.record()).toMatchObject({ status: "discharged", dischargeOutcome: "studies" });

    const youth = await inbox.browser.newPage({ viewport: { width: 390, height: 844 } });
    youth.setDefaultTimeout(8000);
    await youth.goto(`${inbox.h.baseUrl}/simulator`);
    await youth.getByLabel("Ditt mobilnummer").fill("070-174 06 63");
    await youth.getByRole("button", { name: "Byt nummer" }).click();
    await youth.getByText("Vi hör av oss en gång i månaden i ett halvår för att höra hur det går. Vill du inte det, svara nej tack.", { exact: false }).waitFor();
    const box2 = youth.getByLabel("Meddelande", { exact: true });
    await box2.fill("nej tack");
    await box2.press("Enter");
    await youth.getByText("Ta hand om dig, Sara!", { exact: false }).waitFor();

    // Live in the inbox, no reload.
    await discharge.getByText(/Uppföljning avböjd av ungdomen 2026-11-23 10:00\./).waitFor();
    await expect.poll(() => list.getByText("uppföljning efter avslut").count()).toBe(0);
    expect(await axeViolations(staff, "#c-nudges")).toEqual([]);
    await box.screenshot({ path: path.join(artifactsDir, "staff-inbox-reminders-discharge.png") });
    await youth.close();
    await staff.close();
  }, 90_000);
});
