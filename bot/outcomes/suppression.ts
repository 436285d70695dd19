// Small-cell suppression for figures that leave the team (the CSV export for funders): a cell that
// counts, or rests on, fewer than five people is not shown, so no one can be picked out. A count of
// zero is shown (it identifies no one). Where a breakdown (by gender, by age band) has exactly one
// hidden count while its total is shown, the next smallest count is hidden too, so the hidden one
// cannot be worked out by subtraction.
import type { Cell, Figure } from "./figures.js";
import { GROUPS } from "./tally.js";

export const MIN_CELL = 5;

const small = (n: number | undefined) => n !== undefined && n > 0 && n < MIN_CELL;

export function suppressedCell(kind: Figure["kind"], cell: Cell): boolean {
  if (cell.people !== undefined && small(cell.people)) return true;
  if (kind === "share") return small(cell.denominator) || small(cell.count);
  if (kind === "events") return false;
  return small(cell.count);
}

/** The keys of the cells to hide in one figure. */
export function suppressedKeys(figure: Figure): Set<string> {
  const hidden = new Set(GROUPS.filter((g) => suppressedCell(figure.kind, figure.cells[g.key]!)).map((g) => g.key));
  if (figure.kind !== "count" || hidden.has("all")) return hidden;
  for (const breakdown of ["gender", "age-band"] as const) {
    const keys = GROUPS.filter((g) => g.breakdown === breakdown).map((g) => g.key);
    if (keys.filter((k) => hidden.has(k)).length !== 1) continue;
    const next = keys.filter((k) => !hidden.has(k) && figure.cells[k]!.count > 0).sort((a, b) => figure.cells[a]!.count - figure.cells[b]!.count)[0];
    if (next) hidden.add(next);
  }
  return hidden;
}
