// The staff inbox in a real browser, as every inbox browser test sets it up: one harness with the SMS simulator,
// its clock at a fixed instant, one Chromium, and the coordinator's page opened on a conversation. Call it inside a
// `describe` (it registers the suite's beforeAll and afterAll).
import { afterAll, beforeAll, expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "./harness.js";
import { launchBrowser, signInToInbox } from "./browser.js";
import { onboardedParticipant, type Participant } from "./conversation.js";
import { axeViolations, type AxeViolation } from "./axe.js";

export interface InboxPageOptions {
  /** What the test needs on the page before it starts (the conversation's first inbound message by default). */
  waitFor?: string;
  /** The coordinator's laptop clock and language (a Swedish office's by default). */
  timezoneId?: string;
  locale?: string;
  height?: number;
  /** Accept every confirm() the page asks (for tests that are not about the question). */
  acceptDialogs?: boolean;
}

export interface InboxInBrowser {
  readonly h: Harness;
  readonly browser: Browser;
  /** A young person onboarded on a new number of this suite's own series. */
  someone(name: string, language?: "sv" | "en"): Promise<Participant>;
  conversationId(p: Participant): Promise<number>;
  /** The demo coordinator signed in, on the conversation's page. */
  staffPage(conversationId: number, opts?: InboxPageOptions): Promise<Page>;
  /** axe-core's serious and critical findings inside the selector. */
  serious(page: Page, selector: string): Promise<AxeViolation[]>;
  /**
   * Tester25's Sara (FINDINGS.md 1): a suicide crisis with the means at hand, the coordinator answers from the page
   * ("Är du säker just nu? Har du ringt 112?"), and she asks back (`said`, "vad händer nu?"), shown in the thread:
   * the moment a hand-back would leave her words unanswered.
   */
  saraAskingAfterCrisis(): Promise<{ sara: Participant; id: number; page: Page; said: string }>;
}

/** `clock`: the harness's time at the start (an ISO instant); `firstNumber`: the suite's phone numbers start here. */
export function inboxInBrowser(clock: string, firstNumber: number): InboxInBrowser {
  let h: Harness | undefined;
  let browser: Browser | undefined;
  let n = firstNumber;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
    h.clock.ms = Date.parse(clock);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });
  const started = <T>(x: T | undefined): T => {
    if (!x) throw new Error("inboxInBrowser: used before its beforeAll ran");
    return x;
  };
  return {
    get h() { return started(h); },
    get browser() { return started(browser); },
    someone: (name, language = "sv") => onboardedParticipant(started(h), `+46${n++}`, language, name),
    conversationId: async (p) => (await p.record()).conversations[0]!.id,
    async staffPage(id, opts = {}) {
      const page = await started(browser).newPage({
        timezoneId: opts.timezoneId ?? "Europe/Stockholm",
        ...(opts.locale ? { locale: opts.locale } : {}),
        viewport: { width: 1400, height: opts.height ?? 900 },
      });
      page.setDefaultTimeout(8000);
      if (opts.acceptDialogs) page.on("dialog", (d) => void d.accept());
      await signInToInbox(page, started(h).baseUrl, started(h).demoLogin!);
      await page.evaluate((c) => { location.hash = `#/c/${c}`; }, id);
      await page.locator(opts.waitFor ?? "#c-history li.in").first().waitFor();
      return page;
    },
    serious: async (page, selector) => (await axeViolations(page, selector)).filter((v) => v.impact === "serious" || v.impact === "critical"),
    async saraAskingAfterCrisis() {
      const sara = await this.someone("Sara");
      await sara.say("jag tänker ta mitt liv ikväll. har tabletterna här");
      const id = await this.conversationId(sara);
      const page = await this.staffPage(id);
      await page.getByLabel("Svar till deltagaren", { exact: false }).fill("Jag läser det du skrev. Är du säker just nu? Har du ringt 112?");
      await page.getByRole("button", { name: "Skicka", exact: true }).click();
      await expect.poll(() => page.locator("#c-state").textContent()).toContain("Hos koordinator");
      const said = "jag är hos mamma nu. ringde inte. vad händer nu?";
      await sara.say(said);
      await page.locator("#c-history li.in", { hasText: said }).waitFor();
      return { sara, id, page, said };
    },
  };
}
