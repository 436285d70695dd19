// Hand-written SVG charts for the outcome dashboard (no library, nothing from a CDN), drawn to read at
// a glance: horizontal bars with the number at the end of each bar and, for shares, the team's target
// as a marked line; columns stacked by step for the steps over time. Every chart is aria-hidden and
// comes with its numbers as a table (the screen reader's way in, and the exact figures for everyone).
import { t } from "./i18n.js";
const NS = "http://www.w3.org/2000/svg";
export const STEP_COLOURS = ["#c9c2b8", "#a9cfc4", "#72b3a2", "#3f8f7d", "#2f6f62", "#1d4a41"];

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The numbers as a table: caption, column heads, rows of cells (strings). */
export function figureTable(el, { caption, head, rows }) {
  return el("table", { class: "figures" },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, el("th", { scope: "row", text: r[0] }), ...r.slice(1).map((c) => el("td", { text: c }))))));
}

/**
 * Horizontal bars. bars: [{ label, value (number or null = no figure), text }]; scale: the value of a
 * full bar (100 for shares); target: a percentage drawn as a line (optional).
 */
export function barChart({ bars, scale, target }) {
  const rowH = 22;
  const W = 400;
  const left = 128;
  const right = 96;
  const H = bars.length * rowH + (target === undefined ? 6 : 20);
  const max = scale ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const x = (v) => left + (Math.max(0, v) / max) * (W - left - right);
  const svg = svgEl("svg", { class: "chart bars", viewBox: `0 0 ${W} ${H}`, "aria-hidden": "true", focusable: "false" });
  bars.forEach((b, i) => {
    const y = i * rowH + 3;
    svg.append(svgEl("text", { class: "tick", x: left - 6, y: y + 13, "text-anchor": "end" }, b.label));
    svg.append(svgEl("rect", { class: "track", x: left, y, width: W - left - right, height: rowH - 8 }));
    if (typeof b.value === "number") svg.append(svgEl("rect", { class: b.met === false ? "bar below" : "bar", x: left, y, width: Math.max(0, x(b.value) - left), height: rowH - 8 }));
    svg.append(svgEl("text", { class: "value", x: (typeof b.value === "number" ? x(b.value) : left) + 5, y: y + 12 }, b.text));
  });
  if (target !== undefined) {
    const tx = x(target);
    svg.append(svgEl("line", { class: "target", x1: tx, x2: tx, y1: 0, y2: bars.length * rowH }));
    svg.append(svgEl("text", { class: "tick", x: tx, y: H - 4, "text-anchor": "middle" }, t("charts.target", { n: target })));
  }
  return svg;
}

/** Columns stacked by step (0 = no step yet, then 1-5), one per point in time. columns: [{ label, counts: [6 numbers] }]. */
export function stackedColumns({ columns }) {
  const W = 360;
  const H = 170;
  const pad = { left: 30, right: 8, top: 8, bottom: 34 };
  const max = Math.max(1, ...columns.map((c) => c.counts.reduce((a, b) => a + b, 0)));
  const slot = (W - pad.left - pad.right) / Math.max(1, columns.length);
  const barW = Math.min(36, slot * 0.7);
  const y = (v) => pad.top + (H - pad.top - pad.bottom) * (1 - v / max);
  const svg = svgEl("svg", { class: "chart columns", viewBox: `0 0 ${W} ${H}`, "aria-hidden": "true", focusable: "false" });
  for (const tick of [0, max]) {
    svg.append(svgEl("line", { class: "grid", x1: pad.left, x2: W - pad.right, y1: y(tick), y2: y(tick) }));
    svg.append(svgEl("text", { class: "tick", x: pad.left - 4, y: y(tick) + 4, "text-anchor": "end" }, String(tick)));
  }
  columns.forEach((c, i) => {
    const cx = pad.left + slot * i + (slot - barW) / 2;
    let base = 0;
    c.counts.forEach((n, step) => {
      if (!n) return;
      svg.append(svgEl("rect", { x: cx, y: y(base + n), width: barW, height: y(base) - y(base + n), fill: STEP_COLOURS[step] }));
      base += n;
    });
    svg.append(svgEl("text", { class: "tick", x: cx + barW / 2, y: H - pad.bottom + 14, "text-anchor": "middle" }, c.label));
  });
  const legend = svgEl("g", {});
  STEP_COLOURS.forEach((colour, step) => {
    const lx = pad.left + step * 54;
    legend.append(svgEl("rect", { x: lx, y: H - 12, width: 10, height: 10, fill: colour }));
    legend.append(svgEl("text", { class: "tick", x: lx + 13, y: H - 3 }, step === 0 ? t("charts.no-step") : t("charts.step", { n: step })));
  });
  svg.append(legend);
  return svg;
}
