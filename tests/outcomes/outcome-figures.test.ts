// The outcome dashboard and its CSV on a team with known histories (tests/helpers/outcome-world.ts),
// on an injected clock (2026-11-24 12:00 UTC), for the second quarter of 2026. Every expected figure
// below was worked out by hand from that table; the comments say how.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { OUTCOME_NOW, seedOutcomeWorld } from "../helpers/outcome-world.js";

let h: Harness;
let w: StaffWorld;
const PERIOD = "from=2026-04-01&to=2026-06-30";

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = OUTCOME_NOW.getTime();
  w = await staffWorld(h);
  await seedOutcomeWorld(h.tillit.db, { A: w.teamA, B: w.teamB }, { coordA: w.accounts.coordA.id, coordA2: w.accounts.coordA2.id });
});
afterAll(async () => h.stop());

type Cell = { count: number; denominator?: number; value?: number | null; people?: number };
type Kind = "count" | "share" | "median" | "events";
const c = (count: number): [Kind, Cell] => ["count", { count }];
const share = (count: number, denominator: number, value: number | null, target?: number): [Kind, Cell, number?] => ["share", { count, denominator, value }, target];
const events = (count: number, people: number): [Kind, Cell] => ["events", { count, people }];

// The whole team A (p1-p12), period [2026-04-01, 2026-07-01) Stockholm.
const expectedAll: Record<string, [Kind, Cell, number?]> = {
  // Active on 30 June: p1 p2 p4 p5 p7 p8 p9 p10 p12 (p3, p6, p11 discharged before the end).
  active: c(9),
  // Enrolled in the quarter: p1-p9 and p12 (created 28 June, no enrolment date).
  enrolled: c(10),
  discharged: c(3), "discharged:work": c(1), "discharged:studies": c(1), "discharged:other-activity": c(0),
  "discharged:moved": c(0), "discharged:no-contact": c(1), "discharged:unknown": c(0),
  // Held on 30 June: p1 1, p2 0 (reached 15 July), p4 0, p5 2, p7 0, p8 1, p9 0, p10 2, p12 0.
  "step-now:0": c(5), "step-now:1": c(2), "step-now:2": c(2), "step-now:3": c(0), "step-now:4": c(0), "step-now:5": c(0),
  // 30 April: p1 (step 1 dated 1 May: not yet), p2 0; p3 1, p11 1; p10 2.
  "step-at:2026-04-30:0": c(2), "step-at:2026-04-30:1": c(2), "step-at:2026-04-30:2": c(1), "step-at:2026-04-30:3": c(0), "step-at:2026-04-30:4": c(0), "step-at:2026-04-30:5": c(0),
  // 31 May: p2 p4 p5 at 0; p1, p3 (step 3 dated 1 June: not yet), p6 at 1; p10 at 2 (p11 discharged 15 May).
  "step-at:2026-05-31:0": c(3), "step-at:2026-05-31:1": c(3), "step-at:2026-05-31:2": c(1), "step-at:2026-05-31:3": c(0), "step-at:2026-05-31:4": c(0), "step-at:2026-05-31:5": c(0),
  "step-at:2026-06-30:0": c(5), "step-at:2026-06-30:1": c(2), "step-at:2026-06-30:2": c(2), "step-at:2026-06-30:3": c(0), "step-at:2026-06-30:4": c(0), "step-at:2026-06-30:5": c(0),
  // Step >= 1 within 3 months: April p1 yes, p2 yes (on the day), p3 yes; May p4 no, p5 yes, p6 yes;
  // June p7 no (a day late), p8 yes, p9 no, p12 no.
  "cohort:all:3m:step1": share(6, 10, 60, 75), "cohort:2026-04:3m:step1": share(3, 3, 100, 75),
  "cohort:2026-05:3m:step1": share(2, 3, 66.7, 75), "cohort:2026-06:3m:step1": share(1, 4, 25, 75),
  // Step >= 2 within 6 months, due by 24 November for April and May only: p1 yes, p2 no, p3 yes; p4 no, p5 yes, p6 no.
  "cohort:all:6m:step2": share(3, 6, 50, 60), "cohort:2026-04:6m:step2": share(2, 3, 66.7, 60),
  "cohort:2026-05:6m:step2": share(1, 3, 33.3, 60), "cohort:2026-06:6m:step2": share(0, 0, null, 60),
  "cohort:all:9m:step3": share(0, 0, null, 35), "cohort:2026-04:9m:step3": share(0, 0, null, 35),
  "cohort:2026-05:9m:step3": share(0, 0, null, 35), "cohort:2026-06:9m:step3": share(0, 0, null, 35),
  "cohort:all:12m:step5": share(0, 0, null, 10), "cohort:2026-04:12m:step5": share(0, 0, null, 10),
  "cohort:2026-05:12m:step5": share(0, 0, null, 10), "cohort:2026-06:12m:step5": share(0, 0, null, 10),
  // Exit: p3's exit battery (8, 7, 6; its later follow-up battery 1, 1, 1 is not an exit rating): ready,
  // not in good health (mental 6); p6's exit battery (10, skipped, 8): ready, health unanswered; p11 none.
  "exit:rated": share(2, 3, 66.7), "exit:ready": share(2, 2, 100, 80), "exit:good-health": share(0, 1, 0, 80),
  // Days to first contact: p1 1, p2 15 (the failed SMS does not count), p3 0 (wrote first), p4 0, p6 3,
  // p7 7, p8 22, p12 0; p5 and p9 not yet. Median of 0 0 0 1 3 7 15 22 = 2; 6 of 10 within 14 days.
  "first-contact:days-median": ["median", { count: 8, value: 2 }], "first-contact:within-14-days": share(6, 10, 60), "first-contact:not-yet": c(2),
  // Requests: p1 at 10:00 (coordinator at 10:45; the bot's 10:05 is no human) and 12:00 (12:10), p3 (36.5 h = 2190 min), p8 unanswered.
  "human-reply:requests": events(4, 3), "human-reply:minutes-median": ["median", { count: 3, value: 45, people: 2 }], "human-reply:unanswered": events(1, 1),
  // Nudges: p1 answered next day, p2 never, p4 after 4 days (too late), p7 twice within 3 days; p10's task and skipped nudge do not count.
  "nudges:sent": events(5, 4), "nudges:answered": ["share", { count: 3, denominator: 5, value: 60, people: 4 }],
  // Proposed in the quarter: p1, p2 x2, p6, p7, p8, p10 (7 meetings, 6 people). Held in it: p1, p3, p8, p10;
  // p2 missed one; p2 (outcome) and p6 (status) cancelled.
  "meetings:proposed": events(7, 6), "meetings:attended": events(4, 4), "meetings:no-show": events(1, 1), "meetings:cancelled": events(2, 2),
  // First meeting that took place, in the quarter: p1 after 25 days, p3 0 (before enrolment), p8 7; median 7 days = 0.2 months.
  "first-meeting:months-median": ["median", { count: 3, value: 0.2 }],
};

describe("the outcome dashboard", () => {
  it("a team lead sees every figure for the whole team, as computed by hand", async () => {
    const lena = await w.client("leadA");
    const data = await lena.json(`/teams/${w.teamA}/outcomes?${PERIOD}`);
    expect(data.team).toEqual({ id: w.teamA, name: "Team Nord" });
    expect(data.scope).toBe("team");
    expect(data.period).toEqual({ from: "2026-04-01", to: "2026-06-30", points: ["2026-04-30", "2026-05-31", "2026-06-30"], cohorts: ["2026-04", "2026-05", "2026-06"] });
    expect(data.targets).toEqual([{ months: 3, step: 1, percent: 75 }, { months: 6, step: 2, percent: 60 }, { months: 9, step: 3, percent: 35 }, { months: 12, step: 5, percent: 10 }]);
    const got = Object.fromEntries(data.figures.map((f: { measure: string; kind: Kind; target?: number; cells: Record<string, Cell> }) => [f.measure, [f.kind, f.cells.all, f.target]]));
    const want = Object.fromEntries(Object.entries(expectedAll).map(([m, [kind, cell, target]]) => [m, [kind, cell, target]]));
    expect(got).toEqual(want);
  });

  it("breaks the participants down by gender and age band", async () => {
    const data = await (await w.client("leadA")).json(`/teams/${w.teamA}/outcomes?${PERIOD}`);
    const cells = (m: string) => Object.fromEntries(Object.entries(data.figures.find((f: { measure: string }) => f.measure === m).cells as Record<string, Cell>).map(([k, v]) => [k, v.count]));
    // Active: women p1 p2 p4 p5, men p7 p8 p9, other p10, gender not given p12. Ages in 2026: p2 16; p1 18, p7 19, p8 20;
    // p4 23, p5 (band 21-24), p10 21; p12 26; p9 unknown.
    expect(cells("active")).toEqual({
      all: 9, "gender:woman": 4, "gender:man": 3, "gender:other": 1, "gender:undisclosed": 0, "gender:unknown": 1,
      "age-band:u18": 1, "age-band:18-20": 3, "age-band:21-24": 3, "age-band:25+": 1, "age-band:unknown": 1,
    });
    expect(cells("enrolled")).toEqual({
      all: 10, "gender:woman": 6, "gender:man": 3, "gender:other": 0, "gender:undisclosed": 0, "gender:unknown": 1,
      "age-band:u18": 1, "age-band:18-20": 3, "age-band:21-24": 3, "age-band:25+": 2, "age-band:unknown": 1,
    });
    expect(cells("cohort:all:3m:step1")).toMatchObject({ "gender:woman": 5, "gender:man": 1, "gender:unknown": 0 });
  });

  it("a coordinator sees only their own caseload's figures", async () => {
    const maja = await w.client("coordA");
    const data = await maja.json(`/teams/${w.teamA}/outcomes?${PERIOD}`);
    expect(data.scope).toBe("caseload");
    const all = (m: string) => data.figures.find((f: { measure: string }) => f.measure === m).cells.all;
    // Maja's: p1 p2 p3 p6 p7 p10 p12. Active p1 p2 p7 p10 p12; enrolled p1 p2 p3 p6 p7 p12; discharged p3 p6.
    expect([all("active").count, all("enrolled").count, all("discharged").count]).toEqual([5, 6, 2]);
    expect([0, 1, 2, 3, 4, 5].map((s) => all(`step-now:${s}`).count)).toEqual([3, 1, 1, 0, 0, 0]);
    expect(all("human-reply:requests")).toEqual({ count: 3, people: 2 });
  });

  it("every look and every export is audited with ids only", async () => {
    const lena = await w.client("leadA");
    const before = await h.tillit.db.auditLog.count({ where: { actorId: w.accounts.leadA.id, action: { in: ["team.outcomes-viewed", "team.outcomes-exported"] } } });
    await lena.json(`/teams/${w.teamA}/outcomes?${PERIOD}`);
    expect((await lena.get(`/teams/${w.teamA}/outcomes.csv?${PERIOD}`)).status).toBe(200);
    const rows = await h.tillit.db.auditLog.findMany({ where: { actorId: w.accounts.leadA.id, action: { in: ["team.outcomes-viewed", "team.outcomes-exported"] } }, orderBy: { id: "asc" } });
    expect(rows.length - before).toBe(2);
    expect(rows.slice(-2).map((r) => [r.action, r.subjectType, r.subjectId, r.teamId, JSON.parse(r.details!)])).toEqual([
      ["team.outcomes-viewed", "team", String(w.teamA), w.teamA, { from: "2026-04-01", to: "2026-06-30", scope: "team" }],
      ["team.outcomes-exported", "team", String(w.teamA), w.teamA, { from: "2026-04-01", to: "2026-06-30", scope: "team" }],
    ]);
  });
});

/** The CSV line of a figure's everyone-group, small cells suppressed: what the funder's file must say. */
function csvAll(measure: string, [kind, cell, target]: [Kind, Cell, number?]): string {
  const small = (n?: number) => n !== undefined && n > 0 && n < 5;
  const hidden = small(cell.people) || (kind === "share" ? small(cell.denominator) || small(cell.count) : kind === "events" ? false : small(cell.count));
  const dec = (v?: number | null) => (v === null || v === undefined ? "" : String(v).replace(".", ","));
  const values = hidden
    ? ["..", kind === "share" ? ".." : "", kind === "count" || kind === "events" ? "" : ".."]
    : [String(cell.count), kind === "share" ? String(cell.denominator) : "", kind === "share" || kind === "median" ? dec(cell.value) : ""];
  return ["2026-04-01", "2026-06-30", "Team Nord", "team", measure, "all", "all", ...values, dec(target)].join(";");
}

describe("the CSV export", () => {
  it("holds every figure, each group's line, with cells under five people suppressed", async () => {
    const res = await (await w.client("leadA")).get(`/teams/${w.teamA}/outcomes.csv?${PERIOD}`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="tillit-utfall-team${w.teamA}-2026-04-01-2026-06-30.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a byte-order mark, so Excel reads UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("period_from;period_to;team;scope;measure;breakdown;group;count;denominator;value;target\r\n")).toBe(true);
    const lines = text.trimEnd().split("\r\n").slice(1);
    expect(lines).toHaveLength(Object.keys(expectedAll).length * 11);
    expect(lines.filter((l) => l.includes(";all;all;"))).toEqual(Object.entries(expectedAll).map(([m, e]) => csvAll(m, e)));
    const group = (measure: string) => lines.filter((l) => l.split(";")[4] === measure).map((l) => l.split(";").slice(5).join(";"));
    // Enrolled: women 6 shown; men 3 and gender unknown 1 hidden; no age band reaches five.
    expect(group("enrolled")).toEqual([
      "all;all;10;;;", "gender;woman;6;;;", "gender;man;..;;;", "gender;other;0;;;", "gender;undisclosed;0;;;", "gender;unknown;..;;;",
      "age-band;u18;..;;;", "age-band;18-20;..;;;", "age-band;21-24;..;;;", "age-band;25+;..;;;", "age-band;unknown;..;;;",
    ]);
    // Step 1 within 3 months: 6 of 10; women 5 of 6 (p1, p2, p3, p5, p6; not p4), men 1 of 3 (hidden).
    expect(group("cohort:all:3m:step1").slice(0, 3)).toEqual(["all;all;6;10;60;75", "gender;woman;5;6;83,3;75", "gender;man;..;..;..;75"]);
    expect(group("first-contact:days-median")[0]).toBe("all;all;8;;2;");
    expect(group("human-reply:requests")[0]).toBe("all;all;..;;;");
    expect(group("first-meeting:months-median")[0]).toBe("all;all;..;;..;");
  });
});
