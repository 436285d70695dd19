// When a nudge may go out, in the participant's own time zone: never in quiet hours, preferably in
// the parts of the day they chose, at the same local time on both sides of a daylight-saving change.
// Pure functions over luxon; every instant in and out is UTC.
import { DateTime } from "luxon";

export interface QuietHours {
  /** Minutes after local midnight. Quiet from `start` until `end` (wrapping past midnight). */
  start: number;
  end: number;
}

export const DEFAULT_QUIET_HOURS = "21:00-09:00";

// The parts of the day a participant can choose, as local [from, to) minutes.
export const dayParts = { morning: [9 * 60, 12 * 60], afternoon: [12 * 60, 17 * 60], evening: [17 * 60, 21 * 60] } as const;
export type DayPart = keyof typeof dayParts;

export function parseClock(text: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function parseQuietHours(text: string): QuietHours | undefined {
  const [a, b] = text.split("-");
  const start = a === undefined ? undefined : parseClock(a);
  const end = b === undefined ? undefined : parseClock(b);
  return start === undefined || end === undefined || start === end ? undefined : { start, end };
}

const minuteOfDay = (t: DateTime) => t.hour * 60 + t.minute;

export function isQuiet(at: Date, zone: string, quiet: QuietHours): boolean {
  const m = minuteOfDay(DateTime.fromJSDate(at, { zone }));
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** The instant itself, or, if it falls in quiet hours, the end of those quiet hours (local). */
export function outOfQuietHours(at: Date, zone: string, quiet: QuietHours): Date {
  if (!isQuiet(at, zone, quiet)) return at;
  let t = DateTime.fromJSDate(at, { zone });
  // Quiet hours that wrap midnight end tomorrow when we are in the evening part.
  if (quiet.start > quiet.end && minuteOfDay(t) >= quiet.start) t = t.plus({ days: 1 });
  return atLocalMinute(t, quiet.end).toJSDate();
}

/** The same local date at hh:mm; a time that does not exist (spring forward) moves to the next valid one. */
function atLocalMinute(day: DateTime, minute: number): DateTime {
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 });
}

/** A local date (from `at`) at a local clock time, as an instant. */
export function localTimeOn(at: Date, zone: string, clock: number, plusDays = 0): Date {
  return atLocalMinute(DateTime.fromJSDate(at, { zone }).plus({ days: plusDays }), clock).toJSDate();
}

/** The next instant strictly after `after` that is weekday (1 = Monday) at the local clock time. */
export function nextWeekly(after: Date, zone: string, weekday: number, clock: number): Date {
  const from = DateTime.fromJSDate(after, { zone });
  for (let d = 0; d <= 7; d++) {
    const candidate = atLocalMinute(from.plus({ days: d }), clock);
    if (candidate.weekday === weekday && candidate.toMillis() > after.getTime()) return candidate.toJSDate();
  }
  return atLocalMinute(from.plus({ days: 14 }), clock).toJSDate();
}

/** `days` calendar days later at the same local clock time (not 24-hour steps: DST-safe). */
export function plusLocalDays(at: Date, zone: string, days: number): Date {
  return DateTime.fromJSDate(at, { zone }).plus({ days }).toJSDate();
}

/** The first preferred part of the day on the local date of `at`, or `fallback` minutes. */
export function preferredClock(preferred: string[], fallback = 10 * 60): number {
  const first = (Object.keys(dayParts) as DayPart[]).find((p) => preferred.includes(p));
  return first ? dayParts[first][0] : fallback;
}

/** Moves an instant into one of the participant's preferred parts of the day (same day or later). */
export function intoPreferredTimes(at: Date, zone: string, preferred: string[]): Date {
  const parts = (Object.keys(dayParts) as DayPart[]).filter((p) => preferred.includes(p));
  if (!parts.length) return at;
  const local = DateTime.fromJSDate(at, { zone });
  const m = minuteOfDay(local);
  if (parts.some((p) => m >= dayParts[p][0] && m < dayParts[p][1])) return at;
  const later = parts.map((p) => dayParts[p][0]).filter((start) => start > m).sort((a, b) => a - b)[0];
  if (later !== undefined) return atLocalMinute(local, later).toJSDate();
  return atLocalMinute(local.plus({ days: 1 }), dayParts[parts[0]!][0]).toJSDate();
}
