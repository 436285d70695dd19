// When a person on the team reads messages. Participants are told this honestly ("someone reads it
// tomorrow from 08:00"), and outside these hours crisis and waiting replies add the 24/7 numbers.
// Pure functions over luxon; instants in and out are UTC, the hours are the team's local time.
import { DateTime } from "luxon";
import { z } from "zod";
import { parseClock } from "../nudges/time-rules.js";

export const OFFICE_ZONE = "Europe/Stockholm";

export interface OfficeHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Minutes after local midnight; `open` < `close` (office hours never cross midnight). */
  open: number;
  close: number;
  zone: string;
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

/** The stored and API shape: {"days":[1,2,3,4,5],"open":"08:00","close":"17:00"}. */
export const officeHoursInput = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: clock,
    close: clock,
  })
  .refine((v) => parseClock(v.open)! < parseClock(v.close)!, { message: "open must be before close", path: ["close"] })
  .transform((v) => ({ days: [...new Set(v.days)].sort((a, b) => a - b), open: v.open, close: v.close }));
export type OfficeHoursInput = z.output<typeof officeHoursInput>;

export const DEFAULT_OFFICE_HOURS: OfficeHoursInput = { days: [1, 2, 3, 4, 5], open: "08:00", close: "17:00" };

/** A team's stored office hours; anything missing or unreadable means the default. */
export function parseOfficeHours(stored: string | null | undefined, zone = OFFICE_ZONE): OfficeHours {
  let input = DEFAULT_OFFICE_HOURS;
  if (stored) {
    try {
      const parsed = officeHoursInput.safeParse(JSON.parse(stored));
      if (parsed.success) input = parsed.data;
    } catch {
      // Unreadable JSON falls back to the default: never leave a participant without an answer.
    }
  }
  return { days: input.days, open: parseClock(input.open)!, close: parseClock(input.close)!, zone };
}

const minuteOfDay = (t: DateTime) => t.hour * 60 + t.minute;

export function isOfficeOpen(at: Date, hours: OfficeHours): boolean {
  const local = DateTime.fromJSDate(at, { zone: hours.zone });
  const m = minuteOfDay(local);
  return hours.days.includes(local.weekday) && m >= hours.open && m < hours.close;
}

export interface NextReading {
  /** Someone on the team is at work now. */
  open: boolean;
  /** When the office next opens (now, when open). */
  at: Date;
  /** How to say it: later today, tomorrow, or on a weekday. */
  when: "now" | "today" | "tomorrow" | "weekday";
  /** ISO weekday of `at`, local. */
  weekday: number;
  /** Local opening time, "08:00". */
  clock: string;
}

/** Before this hour (local), the night is still the day before to someone awake: "tomorrow" is said as the weekday. */
const SMALL_HOURS_END = 5;

/** When a person will next read a message written at `at`. */
export function nextReading(at: Date, hours: OfficeHours): NextReading {
  const local = DateTime.fromJSDate(at, { zone: hours.zone });
  const clockText = `${String(Math.floor(hours.open / 60)).padStart(2, "0")}:${String(hours.open % 60).padStart(2, "0")}`;
  if (isOfficeOpen(at, hours)) return { open: true, at, when: "now", weekday: local.weekday, clock: clockText };
  for (let d = 0; d <= 7; d++) {
    const day = local.plus({ days: d });
    if (!hours.days.includes(day.weekday)) continue;
    const opening = day.set({ hour: Math.floor(hours.open / 60), minute: hours.open % 60, second: 0, millisecond: 0 });
    if (opening.toMillis() <= at.getTime()) continue;
    // After midnight, to someone still awake, "i morgon" means the day that has already begun ("i morgon"
    // said at 01:30 on a Sunday was heard as Sunday, and meant Monday): in the small hours the day is named.
    const when = d === 0 ? "today" : d === 1 && local.hour >= SMALL_HOURS_END ? "tomorrow" : "weekday";
    return { open: false, at: opening.toJSDate(), when, weekday: opening.weekday, clock: clockText };
  }
  // Unreachable with at least one office day; answer "tomorrow" rather than throw.
  return { open: false, at: local.plus({ days: 1 }).toJSDate(), when: "tomorrow", weekday: local.plus({ days: 1 }).weekday, clock: clockText };
}

/** "Someone reads it tomorrow from 08:00" in the participant's language (keys officeHours.* in the locale files). */
export function describeNextReading(t: (key: string, vars?: Record<string, string | number>) => string, r: NextReading): string {
  if (r.when === "weekday") return t("officeHours.weekday", { day: t(`officeHours.days.${r.weekday}`), clock: r.clock });
  return t(`officeHours.${r.when}`, { clock: r.clock });
}

const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The hours the team reads, in words, for "när har ni öppet": the days ("måndag–fredag" for a run, else listed) and
 * the clock they open and close (a tester asking while waiting got only "Tack, teamet får se det här").
 */
export function describeOfficeHours(t: (key: string, vars?: Record<string, string | number>) => string, hours: OfficeHours): { weekdays: string; open: string; close: string } {
  const days = [...hours.days].sort((a, b) => a - b);
  const name = (d: number) => t(`officeHours.days.${d}`);
  const run = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  // A hyphen, not an en dash: an SMS with one is sent in UCS-2 (twice the segments).
  return { weekdays: run ? `${name(days[0]!)}-${name(days.at(-1)!)}` : days.map(name).join(", "), open: clockOf(hours.open), close: clockOf(hours.close) };
}

/** How many of the last texts sent may already have said when a person reads, for it to be left out. */
const READING_SAID_WITHIN = 4;

/**
 * When a person reads, said once and not under every message of a night: empty when one of the last few texts
 * sent (`recent`, oldest first) said it already (a tester in a suicide night got "Någon i teamet läser det på
 * måndag från kl 08:00" at the end of six replies in a row). The copy's {reading} then leaves no gap (i18n fill).
 */
export function readingUnlessSaid(reading: string, recent: readonly string[]): string {
  return recent.slice(-READING_SAID_WITHIN).some((t) => t.includes(reading)) ? "" : reading;
}
