// After pills, drowsiness is an emergency ("e trött" → "Ring 112 nu"). Whether the crisis was about pills
// is read from what the safety screen flagged in the conversation (every flag is recorded with its
// categories), no longer from the words of Tillit's own overdose reply: a reworded reply, or pills told
// after another crisis (answered with the shorter "Jag hör dig…", no word of pills), lost it.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import type { Harness } from "../helpers/harness.js";

const suite = officeHoursSuite(739100000);
const { onboarded } = suite;
const HOUR = 3_600_000;

/** Rewords one copy key for the rest of the file, as an editor of the locale file might (the core's and the dialogs' copy are one map). */
function reword(h: Harness, lang: "sv" | "en", key: string, text: string): void {
  const locales = (h.tillit.core as unknown as { deps: { locales: Record<string, Map<string, string[]>> } }).deps.locales;
  locales[lang]!.set(key, [text]);
}

describe("drowsy after pills, read from the crisis flag", () => {
  it("pills told after another crisis: the reply never spoke of pills, and 'e trött' still gets 112 now", async () => {
    const p = await onboarded();
    await p.say("jag vill inte leva längre");
    const again = (await p.say("har tagit typ 20 tabletter")).join(" ");
    expect(again).not.toMatch(/tagit för mycket/);
    const reply = await p.say("e trött");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/Ring 112/);
    expect(reply[0]).toMatch(/tabletter/);
  });

  it("for a day after the flag, not after it, and never without pills", async () => {
    const p = await onboarded("en");
    await p.say("i took like 20 pills");
    suite.h.clock.advance(23 * HOUR);
    expect((await p.say("so sleepy"))[0]).toMatch(/Call 112/);
    suite.h.clock.advance(2 * HOUR);
    expect((await p.say("dizzy")).join(" ")).not.toMatch(/pills/);
    const q = await onboarded();
    await q.say("har skurit mig");
    expect((await q.say("e trött")).join(" ")).not.toMatch(/tabletter/);
  });

  // Last: the reworded reply stays for the rest of the file.
  it("a reworded overdose reply changes nothing", async () => {
    reword(suite.h, "sv", "crisis.overdose", "Ring 112 direkt om du fått i dig för mycket, vänta inte. 1177 Vårdguiden ger råd.");
    const p = await onboarded();
    expect((await p.say("tog typ 20 tabletter")).join(" ")).toMatch(/fått i dig för mycket/);
    for (const t of ["e trött", "somnar snart"]) expect((await p.say(t))[0], t).toMatch(/Ring 112/);
  });
});
