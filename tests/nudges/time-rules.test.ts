import { describe, expect, it } from "vitest";
import { intoPreferredTimes, isQuiet, localTimeOn, nextWeekly, outOfQuietHours, parseQuietHours, plusLocalDays } from "../../bot/nudges/time-rules.js";
import { stockholm } from "../helpers/nudges.js";

const zone = "Europe/Stockholm";
const quiet = parseQuietHours("21:00-09:00")!;
const at = (iso: string) => new Date(iso);

describe("time rules for nudges (Europe/Stockholm)", () => {
  it("a weekly Monday 10:00 stays 10:00 local across the March change (clocks forward 28 March 2027)", () => {
    const first = nextWeekly(at("2027-03-20T12:00:00Z"), zone, 1, 10 * 60);
    expect(first.toISOString()).toBe("2027-03-22T09:00:00.000Z"); // CET, UTC+1
    const second = nextWeekly(first, zone, 1, 10 * 60);
    expect(second.toISOString()).toBe("2027-03-29T08:00:00.000Z"); // CEST, UTC+2
    expect([first, second].map(stockholm)).toEqual(["2027-03-22 10:00", "2027-03-29 10:00"]);
  });

  it("and across the October change (clocks back 31 October 2027)", () => {
    const first = nextWeekly(at("2027-10-23T12:00:00Z"), zone, 1, 10 * 60);
    const second = nextWeekly(first, zone, 1, 10 * 60);
    expect([first.toISOString(), second.toISOString()]).toEqual(["2027-10-25T08:00:00.000Z", "2027-11-01T09:00:00.000Z"]);
  });

  it("'every N days' counts calendar days, not 24-hour steps", () => {
    expect(plusLocalDays(at("2027-03-27T09:00:00Z"), zone, 1).toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(stockholm(plusLocalDays(at("2027-10-30T08:00:00Z"), zone, 14))).toBe("2027-11-13 10:00");
  });

  it("a local time that does not exist (02:30 on the spring-forward night) moves to the next real one", () => {
    expect(stockholm(localTimeOn(at("2027-03-28T00:00:00Z"), zone, 2 * 60 + 30))).toBe("2027-03-28 03:30");
  });

  it("quiet hours: evening moves to the next morning, early morning to nine, daytime is left alone", () => {
    expect(stockholm(outOfQuietHours(at("2026-11-24T21:30:00Z"), zone, quiet))).toBe("2026-11-25 09:00"); // 22:30 local
    expect(stockholm(outOfQuietHours(at("2026-11-24T06:15:00Z"), zone, quiet))).toBe("2026-11-24 09:00"); // 07:15 local
    expect(outOfQuietHours(at("2026-11-24T11:00:00Z"), zone, quiet).toISOString()).toBe("2026-11-24T11:00:00.000Z");
    // Exactly at the end of quiet hours is allowed; exactly at the start is not.
    expect(isQuiet(at("2026-11-24T08:00:00Z"), zone, quiet)).toBe(false);
    expect(isQuiet(at("2026-11-24T20:00:00Z"), zone, quiet)).toBe(true);
  });

  it("quiet hours that do not cross midnight, and ones that are not valid", () => {
    const lunch = parseQuietHours("12:00-13:00")!;
    expect(stockholm(outOfQuietHours(at("2026-11-24T11:30:00Z"), zone, lunch))).toBe("2026-11-24 13:00");
    expect(isQuiet(at("2026-11-24T22:00:00Z"), zone, lunch)).toBe(false);
    for (const bad of ["", "21-09", "25:00-09:00", "09:00-09:00", "9:00", "21:00-09:60"]) expect(parseQuietHours(bad)).toBeUndefined();
  });

  it("preferred parts of the day: later today if one is left, else the first one tomorrow", () => {
    expect(stockholm(intoPreferredTimes(at("2026-11-24T09:00:00Z"), zone, ["evening"]))).toBe("2026-11-24 17:00");
    expect(stockholm(intoPreferredTimes(at("2026-11-24T21:00:00Z"), zone, ["morning", "evening"]))).toBe("2026-11-25 09:00");
    expect(stockholm(intoPreferredTimes(at("2026-11-24T13:00:00Z"), zone, ["afternoon"]))).toBe("2026-11-24 14:00");
    expect(intoPreferredTimes(at("2026-11-24T13:00:00Z"), zone, []).toISOString()).toBe("2026-11-24T13:00:00.000Z");
  });

  it("another zone per participant", () => {
    expect(nextWeekly(at("2026-11-23T00:00:00Z"), "America/New_York", 1, 10 * 60).toISOString()).toBe("2026-11-23T15:00:00.000Z");
  });
});
