// Every figure of the outcome dashboard and its CSV, for one scope (a team, or a coordinator's
// caseload) and one period, each for everyone, each gender and each age band. The database counts
// (bot/db/outcome-*.ts); this file names the figures and adds the groups up. A figure is a count of
// people, a share (count of denominator, with a target where the team has one), a median (of a
// duration, over `count` people or events) or a count of events (meetings, nudges) with the number of
// people behind it, which is what small-cell suppression looks at.
import { periodCounts } from "../db/outcome-participants.js";
import { stepFigures } from "../db/outcome-steps.js";
import { daysToFirstContact, daysToFirstMeeting, meetingCounts, minutesToHumanReply, nudgeAnswers, type Bucket, type People } from "../db/outcome-contact.js";
import { exitRatings } from "../db/outcome-exit.js";
import type { OutcomeScope } from "../db/outcome-sql.js";
import type { SqlExecutor } from "../db/sql.js";
import type { Period } from "./period.js";
import { EXIT_GOAL_PERCENT, type Target } from "./targets.js";
import { countOf, GROUPS, histograms, median, percent, tally } from "./tally.js";

export interface Cell {
  count: number;
  denominator?: number;
  value?: number | null;
  /** People behind an event count. */
  people?: number;
}

export interface Figure {
  measure: string;
  kind: "count" | "share" | "median" | "events";
  target?: number;
  cells: Record<string, Cell>;
}

export const DISCHARGE_OUTCOMES = ["work", "studies", "other-activity", "moved", "no-contact", "unknown"] as const;
/** Contact within two weeks of enrolment (Alingsås). */
export const FIRST_CONTACT_DAYS = 14;
const DAYS_PER_MONTH = 365.25 / 12;

const byGroup = (f: (key: string) => Cell) => Object.fromEntries(GROUPS.map((g) => [g.key, f(g.key)]));

function counts(measure: string, rows: { gender: string; band: string; count: number }[]): Figure {
  const t = tally(rows, { n: (r) => r.count });
  return { measure, kind: "count", cells: byGroup((k) => ({ count: t[k]!.n })) };
}

function share(measure: string, rows: { gender: string; band: string; part: number; whole: number }[], target?: number): Figure {
  const t = tally(rows, { part: (r) => r.part, whole: (r) => r.whole });
  return { measure, kind: "share", ...(target === undefined ? {} : { target }), cells: byGroup((k) => ({ count: t[k]!.part, denominator: t[k]!.whole, value: percent(t[k]!.part, t[k]!.whole) })) };
}

function medianOf(measure: string, buckets: Bucket[], scale: (v: number) => number = (v) => v): Figure {
  const h = histograms(buckets);
  return { measure, kind: "median", cells: byGroup((k) => {
    const m = median(h[k]!);
    return { count: countOf(h[k]!), value: m === null ? null : scale(m) };
  }) };
}

function events(measure: string, rows: { gender: string; band: string; count: number; people: number }[]): Figure {
  const t = tally(rows, { n: (r) => r.count, people: (r) => r.people });
  return { measure, kind: "events", cells: byGroup((k) => ({ count: t[k]!.n, people: t[k]!.people })) };
}

/** Event figures count events; small-cell suppression needs the people behind them. */
function withPeople(figure: Figure, people: People[], cls: People["cls"]): Figure {
  const t = tally(people.filter((p) => p.cls === cls), { people: (p) => p.people });
  for (const [k, cell] of Object.entries(figure.cells)) cell.people = t[k]!.people;
  return figure;
}

const eventCount = (measure: string, buckets: Bucket[], people: People[], cls: People["cls"]) =>
  withPeople(counts(measure, buckets), people, cls);

export async function computeFigures(sql: SqlExecutor, scope: OutcomeScope, period: Period, targets: Target[], now: Date): Promise<Figure[]> {
  const { start, end, ageYear } = period;
  const [people, { steps, cohorts }, exits, contact, replies, nudges, meetings, firstMeeting] = await Promise.all([
    periodCounts(sql, scope, start, end, ageYear),
    stepFigures(sql, scope, period.points.map((p) => p.at), period.cohorts, targets, now, ageYear),
    exitRatings(sql, scope, start, end, ageYear),
    daysToFirstContact(sql, scope, start, end, ageYear),
    minutesToHumanReply(sql, scope, start, end, ageYear),
    nudgeAnswers(sql, scope, start, end, ageYear),
    meetingCounts(sql, scope, start, end, ageYear),
    daysToFirstMeeting(sql, scope, start, end, ageYear),
  ]);
  const figures: Figure[] = [
    counts("active", people.active),
    counts("enrolled", people.enrolled),
    counts("discharged", people.discharged),
    ...DISCHARGE_OUTCOMES.map((o) => counts(`discharged:${o}`, people.discharged.filter((r) => r.outcome === o || (o === "unknown" && !(DISCHARGE_OUTCOMES as readonly string[]).includes(r.outcome))))),
  ];
  const last = period.points.length - 1;
  for (let s = 0; s <= 5; s++) figures.push(counts(`step-now:${s}`, steps.filter((r) => r.point === last && r.step === s)));
  period.points.forEach((p, i) => {
    for (let s = 0; s <= 5; s++) figures.push(counts(`step-at:${p.label}:${s}`, steps.filter((r) => r.point === i && r.step === s)));
  });
  targets.forEach((t, ti) => {
    const rowsOf = (c?: number) => cohorts.filter((r) => c === undefined || r.cohort === c).map((r) => ({ gender: r.gender, band: r.band, part: r.reached[ti]!, whole: r.due[ti]! }));
    figures.push(share(`cohort:all:${t.months}m:step${t.step}`, rowsOf(), t.percent));
    period.cohorts.forEach((c, ci) => figures.push(share(`cohort:${c.label}:${t.months}m:step${t.step}`, rowsOf(ci), t.percent)));
  });
  figures.push(
    share("exit:rated", exits.map((r) => ({ gender: r.gender, band: r.band, part: r.rated, whole: r.discharged }))),
    share("exit:ready", exits.map((r) => ({ gender: r.gender, band: r.band, part: r.ready, whole: r.readyAnswered })), EXIT_GOAL_PERCENT),
    share("exit:good-health", exits.map((r) => ({ gender: r.gender, band: r.band, part: r.healthGood, whole: r.healthAnswered })), EXIT_GOAL_PERCENT),
    medianOf("first-contact:days-median", contact),
    share("first-contact:within-14-days", contact.map((b) => ({ gender: b.gender, band: b.band, part: b.value >= 0 && b.value <= FIRST_CONTACT_DAYS ? b.count : 0, whole: b.count }))),
    counts("first-contact:not-yet", contact.filter((b) => b.value < 0)),
    { ...eventCount("human-reply:requests", replies.buckets, replies.people, "all"), kind: "events" },
    withPeople(medianOf("human-reply:minutes-median", replies.buckets), replies.people, "yes"),
    { ...eventCount("human-reply:unanswered", replies.buckets.filter((b) => b.value < 0), replies.people, "no"), kind: "events" },
    { ...eventCount("nudges:sent", nudges.buckets, nudges.people, "all"), kind: "events" },
    withPeople(share("nudges:answered", nudges.buckets.map((b) => ({ gender: b.gender, band: b.band, part: b.value === 1 ? b.count : 0, whole: b.count }))), nudges.people, "all"),
    ...(["proposed", "attended", "no-show", "cancelled"] as const).map((k) => events(`meetings:${k}`, meetings.filter((m) => m.kind === k))),
    medianOf("first-meeting:months-median", firstMeeting, (days) => Math.round((days / DAYS_PER_MONTH) * 10) / 10),
  );
  return figures;
}
