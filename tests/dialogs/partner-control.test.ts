// A young tester wrote what a controlling or violent partner does: "min kille kollar min mobil hela tiden
// och bestämmer vem jag får träffa", "han blir sjukt arg om jag inte svarar direkt", "my bf takes my phone
// and reads everything", "han slog mig igår". She got Självmordslinjen-type numbers, never Kvinnofridslinjen
// (020-50 50 50: free, around the clock, not shown on the phone bill), nothing about the phone, and the
// first message was answered as "how did you get my number" ("min mobil … vem"). What the screen found is
// unchanged; what is said for control, violence, abuse at home and sexual abuse now fits: Kvinnofridslinjen,
// 112 if in danger now, BRIS for under-18s (as every crisis reply asks it), and the phone: the thread can be
// deleted, and Tillit offers to stop writing first (reminders off, which the code really does).
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { renderSmsBody, smsSize } from "../../bot/domain/sms-segments.js";

const suite = officeHoursSuite(739200000);
const { onboarded, conversationOf } = suite;
const HOUR = 3_600_000;
const KVINNOFRID = /Kvinnofridslinjen 020-50 50 50/;
const YES_NO_SV = "\n1. Ja\n2. Nej";

describe("control by a partner (the screen's concern)", () => {
  it("'min kille kollar min mobil … vem jag får träffa': one message, no answer about the number; Kvinnofridslinjen, 112, the thread, reminders off, the offer", async () => {
    const p = await onboarded();
    const reply = await p.say("min kille kollar min mobil hela tiden och bestämmer vem jag får träffa");
    expect(reply).toHaveLength(1);
    expect(reply[0]).not.toMatch(/numret|nummer/);
    expect(reply[0]).toMatch(KVINNOFRID);
    expect(reply[0]).toMatch(/gratis och dygnet runt/);
    expect(reply[0]).toMatch(/112/);
    expect(reply[0]).toMatch(/radera tråden/);
    expect(reply[0]).toMatch(/hör av sig till dig\?[\s\S]*1\. Ja/);
    const after = await p.record();
    expect(after.remindersOff).toBe(true);
    expect(after.conversations[0]).toMatchObject({ priority: "concern", concernReason: "control" });
  });

  it("in English: 'my bf takes my phone and reads everything'", async () => {
    const p = await onboarded("en");
    const [reply] = await p.say("my bf takes my phone and reads everything");
    expect(reply).toMatch(KVINNOFRID);
    expect(reply).toMatch(/free, 24\/7/);
    expect(reply).toMatch(/Danger: 112/);
    expect(reply).toMatch(/delete this thread/);
    expect((await p.record()).remindersOff).toBe(true);
  });

  it("control told by its mood ('han blir sjukt arg om jag inte svarar direkt', the sixth tester's 'min kille blir sur när jag skriver med folk') is control too", async () => {
    for (const text of ["han blir sjukt arg om jag inte svarar direkt", "min kille blir sur när jag skriver med folk"]) {
      const p = await onboarded();
      const [reply] = await p.say(text);
      expect(reply, text).toMatch(KVINNOFRID);
      expect((await p.record()).remindersOff, text).toBe(true);
    }
  });

  it("the phone itself is about the number only when someone got it", () => {
    for (const t of ["min kille kollar min mobil hela tiden och bestämmer vem jag får träffa", "han tar min mobil och kollar vem jag pratar med"]) {
      expect(understandFree(t), t).not.toBe("question:number");
    }
    for (const t of ["hur fick ni min mobil", "vem gav er min tel", "hur fick ni mitt nummer", "who gave you my number"]) expect(understandFree(t), t).toBe("question:number");
  });
});

describe("violence or threats from someone close (the screen's crisis)", () => {
  it("'han slog mig igår för att jag inte svarade direkt': 112 and Kvinnofridslinjen first, then the team told, socialjouren and the phone with the offer as a question: two messages, not three in a row", async () => {
    const p = await onboarded();
    const [now, told, ...rest] = await p.say("han slog mig igår för att jag inte svarade direkt");
    expect(rest).toEqual([]);
    expect(now).toMatch(/ring 112/);
    expect(now).toMatch(KVINNOFRID);
    expect(now).toMatch(/dygnet runt, är gratis och syns inte på telefonräkningen/);
    // The crisis's own guarantees: the team told, who protects tonight, the bot paused; BRIS came first.
    expect(now).toContain("Under 18? BRIS 116 111");
    expect(told).toMatch(/^Jag har sagt till teamet direkt/);
    for (const n of ["112", "socialjouren"]) expect(told, n).toContain(n);
    expect(told).toMatch(/radera tråden/);
    expect(told).toMatch(/\?\n1\. Ja\n2\. Nej$/);
    expect(await conversationOf(p)).toMatchObject({ priority: "crisis", status: "waiting" });
    // "ja": reminders off at once, 112 named again (a yes may also have meant being in danger).
    const [yes, ...more] = await p.say("ja");
    expect(more).toEqual([]);
    expect(yes).toMatch(/hör inte av mig först/);
    expect(yes).toMatch(/112/);
    const after = await p.record();
    expect(after.remindersOff).toBe(true);
    expect(after.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting" });
  });

  it("'han slog mig igår' then 'nej': nothing changes and the person hears so; more told gets Kvinnofridslinjen again, in one message", async () => {
    const p = await onboarded();
    await p.say("han slog mig igår");
    expect(await p.say("2")).toEqual(["Okej, då blir det som förut. Teamet har fått veta det du skrev. Är du i fara: ring 112."]);
    expect((await p.record()).remindersOff).toBe(false);
    const again = await p.say("min kille slog mig igen idag");
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(KVINNOFRID);
    expect(again[0]).toMatch(/Under 18\? BRIS 116 111/);
  });

  it("an answer that is more than yes or no is heard as everything else, not as the offer's", async () => {
    const p = await onboarded();
    await p.say("min pojkvän slog mig");
    const reply = (await p.say("ja han är hemma nu")).join(" ");
    expect(reply).not.toMatch(/hör inte av mig först|som förut/);
    expect((await p.record()).remindersOff).toBe(false);
    // Asked once: a later "ja" is not taken as its answer.
    expect((await p.say("ja")).join(" ")).not.toMatch(/hör inte av mig först/);
  });

  it("at night: when someone reads, and the same help; in English too", async () => {
    suite.h.clock.advance(15 * HOUR);
    const p = await onboarded("en");
    const [now, told, ...rest] = await p.say("he hit me yesterday");
    expect(rest).toEqual([]);
    expect(now).toMatch(KVINNOFRID);
    expect(now).toMatch(/not shown on the phone bill/);
    expect(now).toMatch(/Under 18\? BRIS 116 111/);
    expect(told).toMatch(/reads it/);
    expect(told).toMatch(/Shall I only answer when you write[\s\S]*\n1\. Yes\n2\. No$/);
    expect((await p.say("yes")).join(" ")).toMatch(/won't text first/);
    expect((await p.record()).remindersOff).toBe(true);
  });

  it("other crises keep their replies: no Kvinnofridslinjen, no question about the phone", async () => {
    const p = await onboarded();
    const replies = await p.say("jag vill inte leva längre");
    expect(replies).toHaveLength(2);
    expect(replies.join(" ")).not.toMatch(/Kvinnofridslinjen|\n1\. Ja/);
  });
});

describe("the copy", () => {
  const locales = loadLocales();
  const fill = (text: string) => text.replace("{coordinator}", "Maximiliane").replace("{reading}", "Someone on the team reads it on Wednesday from 08:00.");
  it("after harm from someone close, the two messages: 112, Kvinnofridslinjen, BRIS for under-18s, socialjouren, and the phone asked in the second; each in two GSM-7 segments", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = (key: string) => locales[lang].get(key)!;
      const choices = [t("choices.yesNo.yes")[0]!, t("choices.yesNo.no")[0]!];
      for (const second of ["inHoursHarmPhone", "afterHoursHarmPhone", "afterHoursOnCallHarmPhone"]) {
        for (const a of t("crisis.harmClose")) {
          for (const b of t(`crisis.${second}`)) {
            const together = `${a} ${b}`;
            for (const needed of ["112", "020-50 50 50", "Under 18? BRIS 116 111", "socialjouren"]) expect(together, needed).toContain(needed);
            // Självmordslinjen is for thoughts of suicide; the screen raises those on their own when they are told.
            expect(together).not.toMatch(/90101/);
            expect(renderSmsBody(fill(b), choices)).toMatch(lang === "sv" ? new RegExp(`\\?${YES_NO_SV.replace(/\./g, "\\.")}$`) : /\?\n1\. Yes\n2\. No$/);
          }
        }
      }
      for (const key of ["harmClose", "inHoursHarmPhone", "afterHoursHarmPhone", "afterHoursOnCallHarmPhone", "phoneSafetyYes", "phoneSafetyNo", "againClose", "againAfterHoursClose"]) {
        for (const text of t(`crisis.${key}`)) {
          const shown = renderSmsBody(fill(text), key.endsWith("HarmPhone") ? choices : undefined);
          expect(smsSize(shown), `${lang} ${key}`).toMatchObject({ encoding: "GSM-7" });
          expect(smsSize(shown).units, `${lang} ${key}`).toBeLessThanOrEqual(306);
        }
      }
      for (const text of t("crisis.againClose")) expect(text).toMatch(/112.*020-50 50 50.*BRIS 116 111/);
    }
  });
});
