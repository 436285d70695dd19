// Measures the screen on a labelled corpus (tests/fixtures/safety/*.jsonl, one
// {"text", "crisis", "concern", "category", "lang"} per line, or a burst {"messages": [...], …}): recall per level and category, and
// false positives among messages that are not crisis (for the crisis level) and among messages that
// are neither (for any flag). Used by `npm run classify -- --evaluate`, the corpus test and SAFETY.md.
import { z } from "zod";
import { concernCategories, crisisCategories } from "./categories.js";
import type { ScreenResult } from "./screen.js";
import { screenBurst } from "./screen-in-context.js";

export const labelledLine = z
  .object({
    text: z.string().min(1).optional(),
    /** A burst: one person's messages in a row, read as the screen reads them when they come (screen-in-context.ts). */
    messages: z.array(z.string().min(1)).min(1).max(20).optional(),
    crisis: z.boolean(),
    concern: z.boolean(),
    category: z.enum([...crisisCategories, ...concernCategories]).nullable().optional(),
    lang: z.enum(["sv", "en"]).optional(),
    hard: z.boolean().optional(),
  })
  .refine((l) => !(l.crisis && l.concern), "crisis and concern cannot both be true")
  .refine((l) => (l.text === undefined) !== (l.messages === undefined), "a line is a text or a burst of messages")
  // A burst is shown (missed, false alarms) as its messages joined by " / ".
  .transform((l) => ({ ...l, text: l.text ?? l.messages!.join(" / ") }));
export type Labelled = z.infer<typeof labelledLine>;

/** Every line of a JSONL corpus, or the numbers of the lines that are not valid. */
export function parseLabelled(content: string): { rows: Labelled[]; errors: number[] } {
  const rows: Labelled[] = [];
  const errors: number[] = [];
  content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = labelledLine.safeParse(JSON.parse(line));
      if (parsed.success) rows.push(parsed.data);
      else errors.push(i + 1);
    } catch {
      errors.push(i + 1);
    }
  });
  return { rows, errors };
}

export interface Rate {
  hits: number;
  of: number;
  /** hits / of, 0..1 (0 when there is nothing to count). */
  rate: number;
}

export interface Evaluation {
  size: { total: number; crisis: number; concern: number; neither: number; hardNegatives: number; sv: number; en: number };
  /** Crisis messages flagged as crisis. */
  crisisRecall: Rate;
  /** Concern messages flagged (concern, or crisis: a human sees them either way). */
  concernRecall: Rate;
  /** Concern messages flagged as crisis: not missed, but louder than needed. */
  concernRaisedToCrisis: Rate;
  /** Non-crisis messages flagged as crisis. */
  crisisFalsePositives: Rate;
  /** Messages that are neither, flagged at any level. */
  anyFalsePositives: Rate;
  /** Hard negatives (figures of speech, games, films…) flagged at any level. */
  hardNegativeFalsePositives: Rate;
  perCategory: { category: string; level: "crisis" | "concern"; recall: Rate }[];
  missed: { text: string; label: string; got: string }[];
  falseAlarms: { text: string; got: string }[];
}

const rate = (hits: number, of: number): Rate => ({ hits, of, rate: of === 0 ? 0 : hits / of });

export function evaluate(rows: Labelled[], screen: (text: string) => ScreenResult): Evaluation {
  const results = rows.map((row) => ({ row, result: row.messages ? screenBurst(row.messages, screen) : screen(row.text) }));
  const crisis = results.filter(({ row }) => row.crisis);
  const concern = results.filter(({ row }) => row.concern);
  const neither = results.filter(({ row }) => !row.crisis && !row.concern);
  const hard = neither.filter(({ row }) => row.hard);
  const got = (r: ScreenResult) => (r.level === "none" ? "none" : `${r.level}:${[...r.crisisCategories, ...r.concernCategories].join(",")}`);
  const caught = (x: (typeof results)[number]) => (x.row.crisis ? x.result.level === "crisis" : x.result.level !== "none");
  const categories = [...crisisCategories.map((c) => ["crisis", c] as const), ...concernCategories.map((c) => ["concern", c] as const)];
  return {
    size: {
      total: rows.length, crisis: crisis.length, concern: concern.length, neither: neither.length, hardNegatives: hard.length,
      sv: rows.filter((r) => r.lang === "sv").length, en: rows.filter((r) => r.lang === "en").length,
    },
    crisisRecall: rate(crisis.filter(caught).length, crisis.length),
    concernRecall: rate(concern.filter(caught).length, concern.length),
    concernRaisedToCrisis: rate(concern.filter((x) => x.result.level === "crisis").length, concern.length),
    crisisFalsePositives: rate([...concern, ...neither].filter((x) => x.result.level === "crisis").length, concern.length + neither.length),
    anyFalsePositives: rate(neither.filter((x) => x.result.level !== "none").length, neither.length),
    hardNegativeFalsePositives: rate(hard.filter((x) => x.result.level !== "none").length, hard.length),
    perCategory: categories
      .map(([level, category]) => {
        const labelled = results.filter(({ row }) => row.category === category && (level === "crisis" ? row.crisis : row.concern));
        return { category, level, recall: rate(labelled.filter(caught).length, labelled.length) };
      })
      .filter((c) => c.recall.of > 0),
    missed: [...crisis, ...concern].filter((x) => !caught(x)).map((x) => ({ text: x.row.text, label: `${x.row.crisis ? "crisis" : "concern"}:${x.row.category ?? ""}`, got: got(x.result) })),
    falseAlarms: [...concern, ...neither].filter((x) => (x.row.concern ? x.result.level === "crisis" : x.result.level !== "none")).map((x) => ({ text: x.row.text, got: got(x.result) })),
  };
}

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1)} % (${r.hits}/${r.of})`;

/** The figures as a Markdown section (SAFETY.md and the CLI print the same). */
export function formatEvaluation(title: string, e: Evaluation): string {
  const s = e.size;
  const lines = [
    `### ${title}`,
    "",
    `${s.total} messages (${s.sv} Swedish, ${s.en} English): ${s.crisis} crisis, ${s.concern} concern, ${s.neither} neither, of which ${s.hardNegatives} hard negatives.`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| crisis recall | ${pct(e.crisisRecall)} |`,
    `| concern recall (flagged at concern or crisis) | ${pct(e.concernRecall)} |`,
    `| concern messages raised to crisis | ${pct(e.concernRaisedToCrisis)} |`,
    `| false crisis flags among non-crisis messages | ${pct(e.crisisFalsePositives)} |`,
    `| any flag among messages that are neither | ${pct(e.anyFalsePositives)} |`,
    `| any flag among hard negatives | ${pct(e.hardNegativeFalsePositives)} |`,
    "",
    "| level | category | recall |",
    "| --- | --- | --- |",
    ...e.perCategory.map((c) => `| ${c.level} | ${c.category} | ${pct(c.recall)} |`),
  ];
  return lines.join("\n");
}
