// The participant's plan in a real browser (Debian's Chromium): a coordinator writes an action plan
// with two sub-goals (one for the young person, one for another agency) and a follow-up date, sets
// step 2 and proposes a meeting from the inbox; on the SMS simulator the participant confirms the
// meeting, reads the plan and marks their sub-goal done; the inbox shows both live, and the coordinator
// records the meeting attended. Each section passes axe-core's WCAG 2.1 AA rules. Screenshots go to
// test-artifacts/.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable, simulatorPage, textFromSimulator } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("the plan in the staff inbox, in a real browser", () => {
  const inbox = inboxInBrowser("2026-11-23T09:00:00Z", 701740661);
  const staffPage = (conversationId: number): Promise<Page> => inbox.staffPage(conversationId, { waitFor: "#c-plan h3", height: 1100 });

  const participantPage = (phone: string): Promise<Page> => simulatorPage(inbox.browser, inbox.h.baseUrl, phone);

  const text = textFromSimulator;

  it("plan with two sub-goals, step 2, a meeting confirmed in chat and recorded attended; the participant marks a sub-goal done and the inbox shows it live", async () => {
    const phone = "+46701740661";
    const sara = await inbox.someone("Sara");
    const { conversations } = await sara.record();
    const staff = await staffPage(conversations[0]!.id);

    const plan = staff.locator("#c-plan");
    await plan.getByLabel("Huvudsaklig aktivitet").fill("praktik på biblioteket");
    await plan.getByLabel("Veckoschema").fill("tisdagar 9-12");
    await plan.getByRole("button", { name: "Nytt delmål" }).click();
    await plan.getByLabel("Vad (med ungdomens ord)").nth(0).fill("åka buss dit själv");
    await plan.getByRole("button", { name: "Nytt delmål" }).click();
    await plan.getByLabel("Vad (med ungdomens ord)").nth(1).fill("skicka info om praktiken");
    await plan.getByLabel("Vem gör det").nth(1).selectOption("agency");
    await plan.getByLabel("Vilken aktör").nth(1).fill("Arbetsförmedlingen");
    await plan.getByLabel("Valfritt i planen", { exact: false }).fill("promenad, ett CV");
    await plan.getByLabel("Nästa uppföljning").fill("2026-12-07T10:00");
    // An empty agency is refused with a message, and nothing is stored.
    await plan.getByLabel("Vilken aktör").nth(1).fill("");
    await plan.getByRole("button", { name: "Spara planen" }).click();
    await expect.poll(() => plan.getByRole("alert").textContent()).toBe("Skriv vilken aktör som gör delmålet.");
    expect(await inbox.h.tillit.db.actionPlan.count({ where: { participant: { phone } } })).toBe(0);
    await plan.getByLabel("Vilken aktör").nth(1).fill("Arbetsförmedlingen");
    await plan.getByRole("button", { name: "Spara planen" }).click();
    await plan.getByText("Planen är sparad.").waitFor();
    await plan.getByText("åka buss dit själv · Ungdomen · öppet").waitFor();
    await plan.getByText("skicka info om praktiken · Arbetsförmedlingen · öppet").waitFor();
    const stored = await inbox.h.tillit.db.actionPlan.findFirstOrThrow({ where: { participant: { phone } } });
    expect(stored.nextFollowUpAt?.toISOString()).toBe("2026-12-07T09:00:00.000Z");
    expect(await axeViolations(staff, "#c-plan")).toEqual([]);

    // Step 2, with the day and a short reason; shown with the team's meaning of the step.
    const step = staff.locator("#c-step");
    await step.getByText("Inget steg satt än.").waitFor();
    await step.getByLabel("Steg", { exact: true }).selectOption({ label: "Steg 2: Kartläggning och plan" });
    await step.getByLabel("Nått den").fill("2026-11-23");
    await step.getByRole("button", { name: "Sätt steg" }).click();
    await expect.poll(() => step.getByRole("alert").textContent()).toBe("Skriv en kort motivering.");
    await step.getByLabel("Kort motivering").fill("Planen gjord ihop");
    await step.getByRole("button", { name: "Sätt steg" }).click();
    await step.getByText("Steg 2 av 5: Kartläggning och plan").waitFor();
    await step.getByText("Nått 2026-11-23 · Planen gjord ihop", { exact: false }).waitFor();
    expect(await inbox.h.tillit.db.participantStep.findFirstOrThrow({ where: { participant: { phone } } })).toMatchObject({ step: 2, note: "Planen gjord ihop" });
    expect(await axeViolations(staff, "#c-step")).toEqual([]);

    // A meeting proposed from the inbox; the participant confirms it in the simulator (below).
    const meetings = staff.locator("#c-meetings");
    await meetings.getByText("Inga möten än.").waitFor();
    await meetings.getByLabel("Nytt möte, när").fill("2026-11-23T11:00");
    await meetings.getByLabel("Plats (valfri)").fill("Ungdomsporten");
    await meetings.getByRole("button", { name: "Föreslå mötet" }).click();
    await meetings.getByText("Förslaget är skickat; svaret syns här.").waitFor();
    await meetings.getByText("Ungdomsporten · föreslaget, väntar på svar", { exact: false }).waitFor();

    const youth = await participantPage("070-174 06 61");
    await youth.getByText(/föreslår att ni ses .*11:00, Ungdomsporten/).waitFor();
    await text(youth, "ja det passar");
    await youth.getByText("Toppen! Då ses ni", { exact: false }).waitFor();
    await meetings.getByText("Ungdomsporten · bekräftat", { exact: false }).waitFor();

    await text(youth, "min plan");
    await youth.getByText("Din plan: praktik på biblioteket.", { exact: false }).waitFor();
    const summary = await youth.locator(".msg.out", { hasText: "Din plan:" }).last().textContent();
    expect(summary).toContain("Att göra för Arbetsförmedlingen: skicka info om praktiken.");
    await youth.getByText("Hur går det med: åka buss dit själv?", { exact: false }).waitFor();
    await text(youth, "klart!");
    await youth.getByText("Starkt jobbat med åka buss dit själv", { exact: false }).waitFor();

    // Live: no reload on the coordinator's side.
    await plan.getByText("åka buss dit själv · Ungdomen · klart").waitFor();
    await staff.screenshot({ path: path.join(artifactsDir, "staff-inbox-plan.png"), fullPage: true });

    // After the meeting: it took place. (Before its time, the server would refuse "attended".)
    inbox.h.clock.ms = Date.parse("2026-11-23T10:05:00Z");
    await meetings.getByRole("button", { name: /^Blev av: mötet/ }).click();
    await meetings.getByText("Ungdomsporten · blev av", { exact: false }).waitFor();
    expect(await inbox.h.tillit.db.meeting.findFirstOrThrow({ where: { participant: { phone } } })).toMatchObject({ status: "confirmed", outcome: "attended" });
    expect(await axeViolations(staff, "#c-meetings")).toEqual([]);

    // Editing keeps the done sub-goal done; the first version is history.
    await plan.getByText("Ändra planen").click();
    await plan.getByLabel("Huvudsaklig aktivitet").fill("praktik på biblioteket, två dagar");
    await plan.getByRole("button", { name: "Spara ny version av planen" }).click();
    await plan.getByText("praktik på biblioteket, två dagar").first().waitFor();
    await plan.getByText("Tidigare versioner (1)").waitFor();
    await plan.getByText("åka buss dit själv · Ungdomen · klart").first().waitFor();
    await youth.close();
    await staff.close();
  }, 90_000); // one long story in two browser pages; under a loaded machine it outlasts the default

  it("a meeting proposed while the coordinator has the conversation goes out as her words; she records the yes", async () => {
    const phone = "+46701740662";
    const leo = await inbox.someone("Sara");
    const { conversations } = await leo.record();
    const staff = await staffPage(conversations[0]!.id);
    await staff.getByRole("button", { name: "Ta över" }).click();
    const meetings = staff.locator("#c-meetings");
    await meetings.getByText("Inga möten än.").waitFor();
    // After both the test's clock and the browser's, so the page offers the yes.
    await meetings.getByLabel("Nytt möte, när").fill("2027-01-12T11:00");
    await meetings.getByRole("button", { name: "Föreslå mötet" }).click();
    await meetings.getByText("Du har samtalet, så förslaget gick som ditt eget meddelande.", { exact: false }).waitFor();
    const youth = await participantPage("070-174 06 62");
    await youth.getByText(/^Ska vi ses tisdag 12 januari kl\. 11:00\? Svara här, så ser jag det\./).waitFor();
    await text(youth, "ja funkar");
    await meetings.getByRole("button", { name: /^Ungdomen sa ja: mötet/ }).click();
    await meetings.getByText("Mötet är bekräftat med påminnelser.").waitFor();
    await meetings.getByText("· bekräftat", { exact: false }).waitFor();
    expect(await inbox.h.tillit.db.meeting.findFirstOrThrow({ where: { participant: { phone } } })).toMatchObject({ status: "confirmed" });
    expect(await axeViolations(staff, "#c-meetings")).toEqual([]);
    await youth.close();
    await staff.close();
  }, 60_000);
});
