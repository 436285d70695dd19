// Small hand-written SVG charts for the profile (no library, nothing from a CDN): answers on their
// real scale inside the box, dates on the axis, a dot for every answer (so one answer is visible), and
// the latest answers as text for everyone, screen readers included.
import { t } from "./i18n.js";
import { formatDay } from "./team-time.js";
const NS = "http://www.w3.org/2000/svg";
const W = 320;
const H = 150;
const PAD = { left: 26, right: 10, top: 10, bottom: 24 };

const day = (iso) => formatDay(iso, { day: "numeric", month: "short" });

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A line chart of answers over time. points: [{ at: ISO time, value: number | null }] (null = skipped),
 * drawn on min..max with max at the top. Returns a figure with the chart and the latest answers as text.
 */
export function lineChart({ title, points, min = 1, max = 10, el }) {
  const answered = points.filter((p) => typeof p.value === "number");
  const svg = svgEl("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, "aria-hidden": "true", focusable: "false" });
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (v) => PAD.top + ((max - Math.min(max, Math.max(min, v))) / (max - min)) * plotH;
  svg.append(svgEl("rect", { class: "frame", x: PAD.left, y: PAD.top, width: plotW, height: plotH }));
  for (const tick of [min, Math.round((min + max) / 2), max]) {
    svg.append(svgEl("line", { class: "grid", x1: PAD.left, x2: W - PAD.right, y1: y(tick), y2: y(tick) }));
    svg.append(svgEl("text", { class: "tick", x: PAD.left - 5, y: y(tick) + 4, "text-anchor": "end" }, String(tick)));
  }
  // Dates: the first and the last answer, and the middle one when there are more than two.
  const dated = points.length <= 2 ? points.map((_, i) => i) : [0, Math.floor((points.length - 1) / 2), points.length - 1];
  for (const i of [...new Set(dated)]) {
    const anchor = points.length === 1 ? "middle" : i === 0 ? "start" : i === points.length - 1 ? "end" : "middle";
    svg.append(svgEl("text", { class: "tick date", x: x(i), y: H - 6, "text-anchor": anchor }, day(points[i].at)));
  }
  const coords = points.map((p, i) => (typeof p.value === "number" ? [x(i), y(p.value)] : null)).filter(Boolean);
  if (coords.length > 1) svg.append(svgEl("polyline", { points: coords.map((c) => c.join(",")).join(" ") }));
  for (const [cx, cy] of coords) svg.append(svgEl("circle", { cx, cy, r: 3.5 }));
  const latest = answered.slice(-3).reverse().map((p) => `${p.value} (${day(p.at)})`).join(", ");
  return el("figure", { class: "chart-figure" },
    el("figcaption", { text: title }),
    svg,
    el("p", { class: "muted chart-text", text: answered.length ? t("charts.latest", { max, latest }) : t("charts.none") }));
}
