// The team's clock. Every time on the inbox page is shown and typed in the team's time zone (/me says which),
// never the browser's own: with a laptop on UTC a coordinator proposed 10:00, the page showed 10:00, and the
// young person's SMS said "kl. 11:00" (tester23 #11). Intl only, no library: the page loads no dependencies.
import { dateLocale, lookup } from "./i18n.js";

let zone = "Europe/Stockholm";

/** Set once from /me at sign-in. */
export function setTeamZone(next) {
  if (next) zone = next;
}

/** The zone itself ("Europe/Stockholm"). */
export const teamZone = () => zone;

/** The zone in words beside a time input: "svensk tid" for Stockholm, else the zone's own name. */
export const zoneName = () => lookup(`time.zone.${zone}`) ?? zone;

/** A time input's label with the zone named: "Nytt möte, när (svensk tid)". */
export const withZone = (label) => `${label} (${zoneName()})`;

/** A moment in words, in the team's zone ("2026-12-08 10:00"). */
export function formatWhen(iso, style = "short") {
  return iso ? new Date(iso).toLocaleString(dateLocale(), { dateStyle: style, timeStyle: "short", timeZone: zone }) : "";
}

/** A day in words, in the team's zone. */
export function formatDay(iso, options) {
  return new Date(iso).toLocaleDateString(dateLocale(), { ...options, timeZone: zone });
}

/** The wall clock in the team's zone at a moment, as numbers. */
function wall(ms) {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(ms));
  const n = Object.fromEntries(parts.filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
  return n;
}

/** A moment as a datetime-local input's value ("2026-12-08T10:00") on the team's clock. */
export function toInputValue(iso) {
  const w = wall(new Date(iso).getTime());
  const two = (v) => String(v).padStart(2, "0");
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/**
 * The moment a datetime-local value means on the team's clock, as ISO for the API. The zone's offset is
 * read at the guess and again at the result, so a time next to a change of summer time lands right.
 */
export function fromInputValue(value) {
  const [date, time] = value.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offset = (ms) => {
    const w = wall(ms);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
  };
  let at = asUtc - offset(asUtc);
  at = asUtc - offset(at);
  return new Date(at).toISOString();
}

/** The weekday (1 = Monday) and "HH:MM" of a datetime-local value: the team's clock, as typed. */
export function weekdayAndTime(value) {
  const [date, time] = value.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  return { weekday: ((new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 6) % 7) + 1, time: time.slice(0, 5) };
}

/** Today's date on the team's clock, as a date input's value. */
export const todayValue = () => toInputValue(new Date().toISOString()).slice(0, 10);

/**
 * A date or time field said back in the page's own words right after it ("tisdag 8 december 2026 14:00"), for the field
 * named by `describedBy`. The browser draws the field in its own locale, whatever the page's lang says (a Swedish page
 * in an English Chromium shows mm/dd/yyyy, tester25 #16), so what was picked is read here without guessing the order of
 * day and month. Returns the element to put after the field.
 */
export function saidBack(input, el) {
  const out = el("span", { id: `${input.id}-said`, class: "muted said-back", "aria-live": "polite" });
  const say = () => {
    const v = input.value;
    if (!v) return void (out.textContent = "");
    const iso = v.includes("T") ? fromInputValue(v) : fromInputValue(`${v}T12:00`);
    const options = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: zone, ...(v.includes("T") ? { hour: "2-digit", minute: "2-digit" } : {}) };
    out.textContent = new Date(iso).toLocaleString(dateLocale(), options);
  };
  input.addEventListener("input", say);
  input.addEventListener("change", say);
  input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), out.id].filter(Boolean).join(" "));
  say();
  return out;
}
