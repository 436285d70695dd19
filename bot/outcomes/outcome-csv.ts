// The outcome figures as CSV for funder reports: one line per figure and group (everyone, each gender,
// each age band), small cells suppressed ("..", as Statistics Sweden marks them). Semicolons and
// decimal commas, with a byte-order mark, so Excel in Swedish opens it in columns.
import type { Figure } from "./figures.js";
import { suppressedKeys } from "./suppression.js";
import { GROUPS } from "./tally.js";

export const CSV_HEADER = ["period_from", "period_to", "team", "scope", "measure", "breakdown", "group", "count", "denominator", "value", "target"];
export const SUPPRESSED = "..";

const decimal = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v).replace(".", ","));

/** A field as CSV: quoted when it holds a separator, a quote or a line break; a leading formula character defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvContext {
  from: string;
  to: string;
  team: string;
  scope: "team" | "caseload";
}

export function outcomeCsvText(ctx: CsvContext, figures: Figure[]): string {
  const lines = [CSV_HEADER.join(";")];
  for (const f of figures) {
    const hidden = suppressedKeys(f);
    for (const g of GROUPS) {
      const cell = f.cells[g.key]!;
      const masked = hidden.has(g.key);
      const values = masked
        ? [SUPPRESSED, f.kind === "share" ? SUPPRESSED : "", f.kind === "count" || f.kind === "events" ? "" : SUPPRESSED]
        : [String(cell.count), f.kind === "share" ? String(cell.denominator ?? 0) : "", f.kind === "share" || f.kind === "median" ? decimal(cell.value) : ""];
      lines.push([ctx.from, ctx.to, csvField(ctx.team), ctx.scope, f.measure, g.breakdown, g.group, ...values, decimal(f.target)].join(";"));
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
