// The period a report covers: whole Stockholm days from `from` to `to` (both included), never past
// now, at most three years; by default the last twelve calendar months (this month included). The
// points in time the step chart shows (each month's end, and the period's end) and the monthly
// enrolment cohorts come from here, as UTC instants, so the SQL needs no time-zone arithmetic.
import { DateTime } from "luxon";
import { z } from "zod";
import { OutcomeError } from "./outcome-error.js";

const ZONE = "Europe/Stockholm";
const MAX_MONTHS = 36;

export const periodQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export interface Period {
  /** The days as asked (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  /** [start, end): end is the midnight after `to`, or now when `to` is today. */
  start: Date;
  end: Date;
  /** The year ages are counted in (the age reached in the period's last year). */
  ageYear: number;
  /** Month ends inside the period and the period's end: where the step chart has a point. */
  points: { label: string; at: Date }[];
  /** Calendar months enrolled in, clipped to the period. */
  cohorts: { label: string; start: Date; end: Date }[];
}

export function parsePeriod(query: unknown, now: Date): Period {
  const q = periodQuery.parse(query ?? {});
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf("day");
  const to = q.to ? DateTime.fromISO(q.to, { zone: ZONE }) : today;
  const from = q.from ? DateTime.fromISO(q.from, { zone: ZONE }) : to.startOf("month").minus({ months: 11 });
  if (to > today) throw new OutcomeError("period-in-the-future");
  if (from > to) throw new OutcomeError("period-reversed");
  if (from < to.minus({ months: MAX_MONTHS })) throw new OutcomeError("period-too-long");
  const endDay = to.plus({ days: 1 });
  const end = endDay.toMillis() > now.getTime() ? DateTime.fromJSDate(now, { zone: ZONE }) : endDay;
  const points: Period["points"] = [];
  for (let m = from.startOf("month").plus({ months: 1 }); m < end; m = m.plus({ months: 1 })) {
    points.push({ label: m.minus({ days: 1 }).toISODate()!, at: m.toJSDate() });
  }
  if (!points.length || points.at(-1)!.at.getTime() !== end.toMillis()) points.push({ label: to.toISODate()!, at: end.toJSDate() });
  const cohorts: Period["cohorts"] = [];
  for (let m = from.startOf("month"); m < end; m = m.plus({ months: 1 })) {
    const start = m < from ? from : m;
    const stop = m.plus({ months: 1 }) < end ? m.plus({ months: 1 }) : end;
    cohorts.push({ label: m.toFormat("yyyy-MM"), start: start.toJSDate(), end: stop.toJSDate() });
  }
  return { from: from.toISODate()!, to: to.toISODate()!, start: from.toJSDate(), end: end.toJSDate(), ageYear: to.year, points, cohorts };
}
