// The profile's charts in a real browser (Debian's Chromium): self-ratings on their real 1-10 scale
// drawn inside the box (10 at the top, 1 at the bottom), Swedish statements from the locale file as
// labels (never code names), dates on the axis, a visible dot for a single answer, and the latest
// answers as text. Passes axe-core's WCAG 2.1 AA rules; the screenshot is kept in test-artifacts/.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { startHarness, type Harness } from "../helpers/harness.js";
import { artifactsDir, browserAvailable, launchBrowser, signInToInbox } from "../helpers/browser.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { axeViolations } from "../helpers/axe.js";

describe.skipIf(!browserAvailable)("profile charts in a real browser", () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
    h.clock.ms = Date.parse("2026-11-23T09:00:00Z");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("1-10 values inside the box with Swedish labels, dates, a dot for one answer and the latest answers as text", async () => {
    const sara = await onboardedParticipant(h, "+46701740662");
    const { id: participantId, conversations } = await sara.record();
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    const db = h.tillit.db;
    for (const [d, score] of [["2026-10-01", 1], ["2026-10-29", 8], ["2026-11-20", 10]] as const) {
      await db.selfRating.create({ data: { participantId, batteryId: `b-${d}`, statement: "readiness", score, createdAt: at(d) } });
    }
    await db.selfRating.create({ data: { participantId, batteryId: "b-2026-11-20", statement: "physicalHealth", score: 9, createdAt: at("2026-11-20") } });
    for (const [d, mood] of [["2026-11-10", 3], ["2026-11-17", 6]] as const) await db.checkIn.create({ data: { participantId, mood, createdAt: at(d) } });
    // Mapping answered out of the method's order; the profile groups it by topic, in that order.
    for (const [topic, question, answer] of [["health", "sleep", "sover dåligt typ"], ["interests", "likes", "gamea o rita"], ["health", "food", null], ["interests", "goodAt", "rita"]] as const) {
      await db.mappingAnswer.create({ data: { participantId, topic, question, answer, skipped: answer === null, createdAt: at("2026-11-12") } });
    }

    const page = await browser.newPage({ timezoneId: "Europe/Stockholm", viewport: { width: 1400, height: 1400 } });
    page.setDefaultTimeout(8000);
    await signInToInbox(page, h.baseUrl, h.demoLogin!);
    await page.evaluate((id) => { location.hash = `#/c/${id}`; }, conversations[0]!.id);
    const profile = page.locator("#c-profile");
    await profile.getByText("Skattningar (1-10, där 10 stämmer helt)").waitFor();

    const readiness = profile.locator("figure", { hasText: "Jag känner mig redo för jobb eller studier." });
    const health = profile.locator("figure", { hasText: "Min fysiska hälsa är bra." });
    expect(await profile.textContent()).not.toMatch(/readiness|physicalHealth/);
    expect(await readiness.locator("text.date").allTextContents()).toEqual(["1 okt.", "29 okt.", "20 nov."]);
    expect(await readiness.locator(".chart-text").textContent()).toBe("Senaste svar av 10: 10 (20 nov.), 8 (29 okt.), 1 (1 okt.)");
    expect(await health.locator("circle").count()).toBe(1);
    expect(await health.locator(".chart-text").textContent()).toBe("Senaste svar av 10: 9 (20 nov.)");

    // Every dot lies inside the frame; 10 on its top edge and 1 on its bottom edge.
    const geometry = await profile.locator("figure").evaluateAll((figures) => figures.map((f) => {
      const frame = f.querySelector("rect.frame")!;
      const top = Number(frame.getAttribute("y"));
      const bottom = top + Number(frame.getAttribute("height"));
      return { top, bottom, dots: [...f.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cy"))) };
    }));
    expect(geometry).toHaveLength(3); // mood, readiness, physical health
    for (const g of geometry) for (const cy of g.dots) expect(cy >= g.top && cy <= g.bottom).toBe(true);
    const [, readinessDots] = geometry;
    expect(readinessDots!.dots[0]).toBe(readinessDots!.bottom);
    expect(readinessDots!.dots[2]).toBe(readinessDots!.top);
    // The check-in chart's title comes from the locale file; mapping by topic in Swedish words.
    await profile.locator("figcaption", { hasText: "Mående (1-10)" }).waitFor();
    expect(await profile.locator(".mapping-topic h4").allTextContents()).toEqual(["Intressen och styrkor", "Vardagen: sömn, mat, rörelse"]);
    const interests = profile.locator(".mapping-topic", { hasText: "Intressen och styrkor" });
    expect(await interests.locator("dt").allTextContents()).toEqual(["Vad tycker du om att göra?", "Vad är du bra på, tycker du själv eller andra?"]);
    expect(await profile.locator(".mapping-topic", { hasText: "Vardagen" }).locator("dd").allTextContents()).toEqual(["sover dåligt typ", "(hoppade över)"]);
    expect(await axeViolations(page, "#c-profile")).toEqual([]);
    await profile.screenshot({ path: path.join(artifactsDir, "staff-profile-charts.png") });
    await page.close();
  }, 60_000);
});
