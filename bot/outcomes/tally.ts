// Adds rows counted per gender and age band up into the groups every figure is shown for: everyone,
// each gender, each age band. Pure; the database has already done the counting.

export const GENDER_GROUPS = ["woman", "man", "other", "undisclosed", "unknown"] as const;
export const BAND_GROUPS = ["u18", "18-20", "21-24", "25+", "unknown"] as const;

export interface Group {
  breakdown: "all" | "gender" | "age-band";
  group: string;
  key: string;
}

export const GROUPS: readonly Group[] = [
  { breakdown: "all", group: "all", key: "all" },
  ...GENDER_GROUPS.map((g) => ({ breakdown: "gender" as const, group: g, key: `gender:${g}` })),
  ...BAND_GROUPS.map((b) => ({ breakdown: "age-band" as const, group: b, key: `age-band:${b}` })),
];

/** The group keys one row belongs to (an unexpected stored value counts as unknown). */
export function keysOf(row: { gender: string; band: string }): string[] {
  const gender = (GENDER_GROUPS as readonly string[]).includes(row.gender) ? row.gender : "unknown";
  const band = (BAND_GROUPS as readonly string[]).includes(row.band) ? row.band : "unknown";
  return ["all", `gender:${gender}`, `age-band:${band}`];
}

/** Sums fields of rows per group; every group is present (zero when no row is in it). */
export function tally<T extends { gender: string; band: string }, K extends string>(rows: T[], fields: Record<K, (row: T) => number>): Record<string, Record<K, number>> {
  const out: Record<string, Record<K, number>> = {};
  const names = Object.keys(fields) as K[];
  for (const g of GROUPS) out[g.key] = Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>;
  for (const row of rows) {
    for (const key of keysOf(row)) for (const n of names) out[key]![n] += fields[n](row);
  }
  return out;
}

/** Histograms (value → count) per group, values below 0 (not yet) left out. */
export function histograms<T extends { gender: string; band: string; value: number; count: number }>(rows: T[]): Record<string, Map<number, number>> {
  const out: Record<string, Map<number, number>> = {};
  for (const g of GROUPS) out[g.key] = new Map();
  for (const row of rows) {
    if (row.value < 0) continue;
    for (const key of keysOf(row)) out[key]!.set(row.value, (out[key]!.get(row.value) ?? 0) + row.count);
  }
  return out;
}

/** The median of a histogram (the mean of the two middle values when the count is even); null when empty. */
export function median(histogram: Map<number, number>): number | null {
  const values = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const n = values.reduce((s, [, c]) => s + c, 0);
  if (n === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const [v, c] of values) {
      seen += c;
      if (position < seen) return v;
    }
    return values.at(-1)![0];
  };
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

export const countOf = (histogram: Map<number, number>, test: (v: number) => boolean = () => true) =>
  [...histogram.entries()].reduce((s, [v, c]) => s + (test(v) ? c : 0), 0);

/** A percentage with one decimal; null without a denominator. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
