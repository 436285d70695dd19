// Session 23's coordinator-side findings (fix23c) in a real browser (Debian's Chromium, axe-core):
// 1. A missed crisis marked on a message raises the conversation (top of the list, the bot paused), and the page
//    says in words what happened and that nothing was sent: the coordinator writes themself.
// 2. A false alarm says what it did and offers the one act that clears the flag, right there. The message that
//    raised a crisis says "Kris (skärmen)", not "Säkerhet: ingen märkning"; the other messages carry one small,
//    quiet "Märk" control (a disclosure, keyboard-operable), no select under every "hej".
// 3. A crisis shows its kind in the header and the list; under 18 and harmed by someone else, a reminder of the duty
//    to report.
// 4. No "null" in the profile column; the reply box is off, and says why, for someone who wrote STOPP; the
//    method's step names in the English interface; "Sammanfatta (språkmodell)" only when a model is configured.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inboxInBrowser } from "../helpers/inbox-browser.js";
import { artifactsDir, browserAvailable } from "../helpers/browser.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("signals and the thread in the staff inbox (fix23c)", () => {
  const inbox = inboxInBrowser("2026-11-23T09:00:00Z", 701741100);
  const { someone, conversationId, serious } = inbox;
  const { staffPage } = inbox;

  it("a missed crisis marked from the keyboard: confirmed in words, nothing sent, the conversation at the top as a crisis; axe finds nothing serious", async () => {
    const vera = await someone("Vera");
    await vera.say("kolla läget");
    const told = "6 typ. han var här igen igår";
    await vera.say(told);
    const id = await conversationId(vera);
    const page = await staffPage(id);
    const message = page.locator("#c-history li.in", { hasText: told });
    // One small control, no select under the message.
    expect(await page.locator("#c-history select").count()).toBe(0);
    const menu = message.locator("summary");
    expect(await menu.textContent()).toBe("Märk");
    await menu.focus();
    await page.keyboard.press("Enter");
    expect(await message.locator(".label-menu").getAttribute("open")).not.toBeNull();
    expect(await message.getByRole("button").allTextContents()).toEqual(["Missad kris: flagga samtalet som kris", "Missad oro: flagga samtalet som oro"]);
    expect(await message.textContent()).toContain("automatiska läsning");
    const sentBefore = await inbox.h.tillit.db.message.count({ where: { conversationId: id, direction: "out" } });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const note = message.locator(".label-note");
    await expect.poll(() => note.textContent()).toContain("flaggat som kris och ligger bland kriserna överst i listan");
    expect(await note.textContent()).toContain("Inget skickades till Vera, inte heller hjälpnummer: skriv till hen själv.");
    await expect.poll(() => page.locator("#c-state").textContent()).toContain("KRIS");
    expect(await page.locator("#c-state").textContent()).toContain("markerad av Demo");
    await expect.poll(() => page.locator("#conversation-list li").first().textContent()).toContain("Vera");
    expect(await page.locator("#conversation-list li").first().textContent()).toContain("Kris: markerad av Demo");
    // The message now says what raised the flag, and what it is marked as.
    await expect.poll(() => message.locator(".flag-tag").textContent()).toBe("Kris (markerad av Demo)");
    expect(await message.locator("summary").textContent()).toBe("Märkt: Missad krissignal");
    expect(await note.textContent()).toContain("flaggat som kris");
    expect(await inbox.h.tillit.db.message.count({ where: { conversationId: id, direction: "out" } })).toBe(sentBefore);
    expect(JSON.stringify(await serious(page, "#conversation-pane"))).toBe("[]");
    // The thread with its label controls: clean of every WCAG 2.1 AA rule, not only the serious ones.
    expect(JSON.stringify(await axeViolations(page, "#c-history"))).toBe("[]");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-missed-crisis-23c.png") });
    await page.close();
  });

  it("a false alarm on the screen's crisis: the message says 'Kris (skärmen)' with its kind, only the false alarm is offered, and hand-back is offered right there", async () => {
    const hanna = await someone("Hanna");
    const said = "haha den här mattekursen tar livet av mig asså";
    await hanna.say(said);
    const id = await conversationId(hanna);
    const page = await staffPage(id);
    const message = page.locator("#c-history li.in", { hasText: said });
    await message.locator(".flag-tag").waitFor();
    expect(await message.locator(".flag-tag").textContent()).toMatch(/^Kris \(skärmen\): \S/);
    expect(await page.locator("#c-history").textContent()).not.toContain("ingen märkning");
    // The header and the list name the kind of crisis, not "kan vara i fara".
    expect(await page.locator("#c-state").textContent()).toMatch(/^KRIS · Väntar på människa · (självmordstankar|självskada|överdos)/);
    expect(await page.locator("#conversation-list li", { hasText: "Hanna" }).locator(".why").textContent()).toMatch(/^Kris: (självmordstankar|självskada|överdos)/);
    // An ordinary message before it ("Hanna", her name at onboarding) has the quiet control only.
    expect(await page.locator("#c-history li.in", { hasText: /^Hanna/ }).locator(".flag-tag").count()).toBe(0);
    await message.locator("summary").click();
    expect(await message.getByRole("button").allTextContents()).toEqual(["Falsklarm: skärmen läste fel"]);
    await message.getByRole("button", { name: "Falsklarm: skärmen läste fel" }).click();
    const note = message.locator(".label-note");
    await expect.poll(() => note.textContent()).toContain("Märkt som falsklarm. Flaggan ligger kvar tills någon lämnar tillbaka samtalet till boten.");
    // It does not clear itself.
    expect(await page.locator("#c-state").textContent()).toContain("KRIS");
    expect(JSON.stringify(await serious(page, "#conversation-pane"))).toBe("[]");
    await note.getByRole("button", { name: "Lämna tillbaka till boten" }).click();
    await expect.poll(() => note.textContent()).toContain("Tillbaka hos boten, flaggan är borttagen.");
    await expect.poll(() => page.locator("#c-state").textContent()).toMatch(/^Hos boten/);
    await page.close();
  });

  it("under 18 and harmed at home: the header names it and reminds staff of the duty to report; not for an adult", async () => {
    const tindra = await someone("Tindra");
    const { id: participantId } = await tindra.record();
    await inbox.h.tillit.db.participant.update({ where: { id: participantId }, data: { birthYear: 2010 } });
    await tindra.say("min pappa slår mig när han är full");
    const id = await conversationId(tindra);
    const page = await staffPage(id);
    await expect.poll(() => page.locator("#c-state").textContent()).toContain("KRIS");
    await expect.poll(() => page.locator("#c-duty").isVisible()).toBe(true);
    expect(await page.locator("#c-duty").textContent()).toContain("anmälningsplikten");

    const adult = await someone("Kim");
    await inbox.h.tillit.db.participant.update({ where: { id: (await adult.record()).id }, data: { birthYear: 1998 } });
    await adult.say("min pappa slår mig när han är full");
    await page.evaluate((c) => { location.hash = `#/c/${c}`; }, await conversationId(adult));
    await expect.poll(() => page.locator("#c-name").textContent()).toBe("Kim");
    expect(await page.locator("#c-duty").isVisible()).toBe(false);
    await page.close();
  });

  it("no 'null' in the profile column (steps, plan, meetings); no summary button without a language model", async () => {
    const sam = await someone("Sam");
    const id = await conversationId(sam);
    await inbox.h.tillit.db.meeting.create({ data: { participantId: (await sam.record()).id, startsAt: new Date("2026-11-25T09:00:00Z"), location: "biblioteket" } });
    const page = await staffPage(id);
    await page.locator("#meeting-list li").first().waitFor();
    await page.locator("#c-step h3").waitFor();
    expect(await page.locator("aside.profile").textContent()).not.toContain("null");
    expect(await page.locator("#c-summarize").isVisible()).toBe(false);
    await page.close();
  });

  it("someone who wrote STOPP: the reply box says so before anything is typed, and sending is off", async () => {
    const p = await someone("Noa");
    await p.say("STOPP");
    const page = await staffPage(await conversationId(p));
    await expect.poll(() => page.locator("#reply-stopped").textContent()).toBe("Noa har skrivit STOPP. Inget kan skickas härifrån förrän hen skriver START.");
    expect(await page.locator("#reply-text").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Skicka", exact: true }).isDisabled()).toBe(true);
    // Someone else's box is open again.
    const other = await someone("Ebba");
    await page.evaluate((c) => { location.hash = `#/c/${c}`; }, await conversationId(other));
    await expect.poll(() => page.locator("#reply-text").isDisabled()).toBe(false);
    expect(await page.locator("#reply-stopped").isVisible()).toBe(false);
    await page.close();
  });

  it("in the English interface the method's step names are English", async () => {
    const p = await someone("Jay");
    const page = await staffPage(await conversationId(p));
    await page.locator("#language").selectOption("en");
    await page.waitForLoadState("load");
    await page.locator("#c-step h3").waitFor();
    await expect.poll(() => page.locator("#step-value option").allTextContents()).toContain("Step 2: Mapping and plan");
    expect(await page.locator("#c-step").textContent()).not.toContain("Kartläggning");
    await page.locator("#language").selectOption("sv");
    await page.close();
  });
  it("the thread: tall enough to read at 1400×900, opened at its newest message, and what the coordinator sends is in view; the takeover shows before the words that caused it", async () => {
    const p = await someone("Mira");
    for (let i = 1; i <= 14; i++) await p.say(`meddelande nummer ${i} om hur veckan varit`);
    const id = await conversationId(p);
    const page = await staffPage(id);
    const thread = page.locator("#c-thread");
    const last = page.locator("#c-history > li").last();
    const inView = async () => {
      const [box, item] = await Promise.all([thread.boundingBox(), last.boundingBox()]);
      return Boolean(box && item && item.y >= box.y - 1 && item.y + item.height <= box.y + box.height + 1);
    };
    expect((await thread.boundingBox())!.height).toBeGreaterThanOrEqual(440);
    // Opened at the newest, after the label controls have been drawn.
    await page.locator("#c-history li.in .label-box").last().waitFor();
    await expect.poll(inView).toBe(true);
    // Scrolled up to read, then a reply: the reply is in view.
    await thread.evaluate((el) => { el.scrollTop = 0; });
    await page.getByLabel("Svar till deltagaren", { exact: false }).fill("Hej Mira, jag läser med nu.");
    await page.getByRole("button", { name: "Skicka", exact: true }).click();
    await expect.poll(() => last.textContent()).toContain("Hej Mira, jag läser med nu.");
    await expect.poll(inView).toBe(true);
    // "Övertaget" before the coordinator's words that took the conversation over.
    const items = await page.locator("#c-history > li").allTextContents();
    const taken = items.findIndex((t) => t.startsWith("Övertaget"));
    expect(taken).toBeGreaterThan(-1);
    expect(items[taken + 1]).toContain("Hej Mira, jag läser med nu.");
    await page.screenshot({ path: path.join(artifactsDir, "inbox-thread-23c.png") });
    await page.close();
  });
});
