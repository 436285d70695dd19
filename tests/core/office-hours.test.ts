import { describe, expect, it } from "vitest";
import { describeNextReading, isOfficeOpen, nextReading, parseOfficeHours } from "../../bot/domain/office-hours.js";
import { loadLocales, translator } from "../../bot/infrastructure/i18n.js";

// Stockholm is UTC+1 in winter, UTC+2 in summer.
const at = (iso: string) => new Date(iso);
const defaults = parseOfficeHours(null);

describe("office hours", () => {
  it("default to weekdays 08:00–17:00 in Stockholm, also when the stored value is unreadable", () => {
    for (const stored of [null, "", "not json", '{"days":[],"open":"08:00","close":"17:00"}']) expect(parseOfficeHours(stored)).toEqual(defaults);
    expect(isOfficeOpen(at("2026-11-23T07:00:00Z"), defaults)).toBe(true); // Monday 08:00
    expect(isOfficeOpen(at("2026-11-23T06:59:00Z"), defaults)).toBe(false);
    expect(isOfficeOpen(at("2026-11-23T16:00:00Z"), defaults)).toBe(false); // Monday 17:00
    expect(isOfficeOpen(at("2026-11-28T10:00:00Z"), defaults)).toBe(false); // Saturday
    expect(isOfficeOpen(at("2026-06-01T06:30:00Z"), defaults)).toBe(true); // Monday 08:30 in summer time
  });

  it("say when someone next reads: now, later today, tomorrow, or on a weekday", () => {
    expect(nextReading(at("2026-11-23T10:00:00Z"), defaults)).toMatchObject({ open: true, when: "now" });
    expect(nextReading(at("2026-11-23T05:00:00Z"), defaults)).toMatchObject({ open: false, when: "today", clock: "08:00", at: at("2026-11-23T07:00:00Z") });
    expect(nextReading(at("2026-11-23T20:00:00Z"), defaults)).toMatchObject({ when: "tomorrow", weekday: 2, at: at("2026-11-24T07:00:00Z") });
    // Friday evening → Monday.
    expect(nextReading(at("2026-11-27T19:00:00Z"), defaults)).toMatchObject({ when: "weekday", weekday: 1, at: at("2026-11-30T07:00:00Z") });
    const custom = parseOfficeHours(JSON.stringify({ days: [3], open: "09:30", close: "12:00" }));
    expect(nextReading(at("2026-11-25T11:00:00Z"), custom)).toMatchObject({ when: "weekday", weekday: 3, clock: "09:30", at: at("2026-12-02T08:30:00Z") });
  });

  it("are described in the participant's language", () => {
    const locales = loadLocales();
    const sv = translator(locales, "sv");
    const en = translator(locales, "en");
    expect(describeNextReading(sv, nextReading(at("2026-11-27T19:00:00Z"), defaults))).toBe("Någon i teamet läser det på måndag från kl 08:00.");
    expect(describeNextReading(en, nextReading(at("2026-11-23T20:00:00Z"), defaults))).toBe("Someone on the team reads it tomorrow from 08:00.");
  });
});
