// The outcome dashboard in the inbox (#/utfall): a team lead's (or admin's) view of the team, a
// coordinator's of their own caseload. A period selector, then participants by gender and age band,
// steps now and over time, each enrolment cohort against the team's targets, exit self-ratings
// against the 80 % goals and the contact figures; charts with their numbers as tables, and the same
// figures as CSV. Team leads set the team's targets and guardian routine here.
import { locale, t } from "./i18n.js";
import { barChart, figureTable, stackedColumns } from "./outcome-charts.js";
import { mountOutcomeSettings } from "./outcome-settings.js";
import { teamZone } from "./team-time.js";

// Each code with its words in the staff member's language, in the order shown.
const named = (group, codes) => () => Object.fromEntries(codes.map((c) => [c, t(`outcomes.${group}.${c}`)]));
const GENDERS = named("gender", ["woman", "man", "other", "undisclosed", "unknown"]);
const BANDS = named("band", ["u18", "18-20", "21-24", "25+", "unknown"]);
const OUTCOMES = named("outcome", ["work", "studies", "other-activity", "moved", "no-contact", "unknown"]);

// The period's days on the team's clock.
const iso = (d) => d.toLocaleDateString("sv-SE", { timeZone: teamZone() });
const fmt = (v, unit = "") => (v === null || v === undefined ? "–" : `${String(v).replace(".", locale() === "en" ? "." : ",")}${unit}`);

/** The period choices: [value, label, () => [from, to]]. */
function presets() {
  const today = new Date();
  const [y, m] = iso(today).split("-").map(Number);
  const first = (yy, mm) => `${yy + Math.floor((mm - 1) / 12)}-${String((((mm - 1) % 12) + 12) % 12 + 1).padStart(2, "0")}-01`;
  const half = m <= 6 ? 1 : 2;
  return [
    ["12m", t("outcomes.preset.12m"), () => [first(y, m - 11), iso(today)]],
    ["6m", t("outcomes.preset.6m"), () => [first(y, m - 5), iso(today)]],
    ["half", t("outcomes.preset.half"), () => [half === 1 ? `${y}-01-01` : `${y}-07-01`, iso(today)]],
    ["prev-half", t("outcomes.preset.prev-half"), () => (half === 1 ? [`${y - 1}-07-01`, `${y - 1}-12-31`] : [`${y}-01-01`, `${y}-06-30`])],
    ["year", t("outcomes.preset.year"), () => [`${y}-01-01`, iso(today)]],
    ["prev-year", t("outcomes.preset.prev-year"), () => [`${y - 1}-01-01`, `${y - 1}-12-31`]],
  ];
}

export function mountOutcomes({ api, el, $, me, teams }) {
  const pane = $("outcomes-pane");
  const body = $("o-body");
  const settings = mountOutcomeSettings({ api, el, onSaved: () => load() });
  const choices = presets();
  // The choices' words, in the staff member's language (mounted before the language is known, so again on open).
  const presetOptions = () => {
    const chosen = $("o-preset").value || choices[0][0];
    $("o-preset").replaceChildren(...presets().map(([v, label]) => el("option", { value: v, text: label })), el("option", { value: "custom", text: t("outcomes.custom") }));
    $("o-preset").value = chosen;
  };
  presetOptions();
  const setDates = () => {
    const choice = choices.find(([v]) => v === $("o-preset").value);
    if (choice) [$("o-from").value, $("o-to").value] = choice[2]();
  };
  setDates();

  const query = () => new URLSearchParams({ from: $("o-from").value, to: $("o-to").value }).toString();
  const teamId = () => Number($("o-team").value);

  async function load() {
    $("o-error").textContent = "";
    $("o-csv").href = `/staff/api/teams/${teamId()}/outcomes.csv?${query()}`;
    try {
      render(await api(`/teams/${teamId()}/outcomes?${query()}`));
    } catch (err) {
      body.replaceChildren();
      $("o-error").textContent = /period/.test(err.message) ? t("outcomes.bad-period") : t("outcomes.load-failed");
    }
  }

  function render(data) {
    const f = Object.fromEntries(data.figures.map((x) => [x.measure, x]));
    const all = (m) => f[m]?.cells.all ?? { count: 0 };
    $("o-title").textContent = t("outcomes.title", { team: data.team.name });
    $("o-scope").textContent = data.scope === "caseload" ? t("outcomes.caseload") : t("outcomes.team");
    body.replaceChildren(
      participants(f, all, data), steps(f, data), cohorts(f, data), exits(all, data), contact(all),
      (me().role === "teamlead" || me().role === "admin") ? settings.form(teamId(), data) : null,
    );
  }

  function participants(f, all, data) {
    const active = f.active.cells;
    const genderBars = Object.entries(GENDERS()).map(([k, label]) => ({ label, value: active[`gender:${k}`].count, text: String(active[`gender:${k}`].count) }));
    const bandBars = Object.entries(BANDS()).map(([k, label]) => ({ label, value: active[`age-band:${k}`].count, text: String(active[`age-band:${k}`].count) }));
    const row = (m, key) => String(f[m].cells[key].count);
    return el("section", { class: "o-section", "aria-labelledby": "o-h-people" },
      el("h3", { id: "o-h-people", text: t("outcomes.people") }),
      el("p", { class: "o-keys", text: t("outcomes.keys", { active: all("active").count, date: data.period.to, enrolled: all("enrolled").count, discharged: all("discharged").count }) }),
      el("div", { class: "o-charts" },
        el("figure", {}, el("figcaption", { text: t("outcomes.by-gender") }), barChart({ bars: genderBars })),
        el("figure", {}, el("figcaption", { text: t("outcomes.by-age") }), barChart({ bars: bandBars }))),
      figureTable(el, {
        caption: t("outcomes.people-table"),
        head: [t("outcomes.group"), t("outcomes.active-end"), t("outcomes.new"), t("outcomes.discharged")],
        rows: [[t("outcomes.all"), row("active", "all"), row("enrolled", "all"), row("discharged", "all")],
          ...Object.entries(GENDERS()).map(([k, l]) => [l, row("active", `gender:${k}`), row("enrolled", `gender:${k}`), row("discharged", `gender:${k}`)]),
          ...Object.entries(BANDS()).map(([k, l]) => [t("outcomes.age", { band: l }), row("active", `age-band:${k}`), row("enrolled", `age-band:${k}`), row("discharged", `age-band:${k}`)])],
      }),
      figureTable(el, { caption: t("outcomes.by-outcome"), head: [t("outcomes.outcome"), t("outcomes.count")], rows: Object.entries(OUTCOMES()).map(([k, l]) => [l, String(all(`discharged:${k}`).count)]) }));
  }

  function steps(f, data) {
    const now = [0, 1, 2, 3, 4, 5].map((s) => f[`step-now:${s}`].cells.all.count);
    const columns = data.period.points.map((p) => ({ label: p.slice(2, 7), counts: [0, 1, 2, 3, 4, 5].map((s) => f[`step-at:${p}:${s}`].cells.all.count) }));
    const label = (s) => (s === 0 ? t("outcomes.no-step") : t("steps.n", { n: s }));
    return el("section", { class: "o-section", "aria-labelledby": "o-h-steps" },
      el("h3", { id: "o-h-steps", text: t("steps.title") }),
      el("div", { class: "o-charts" },
        el("figure", {}, el("figcaption", { text: t("outcomes.by-step", { date: data.period.to }) }), barChart({ bars: now.map((n, s) => ({ label: label(s), value: n, text: String(n) })) })),
        el("figure", {}, el("figcaption", { text: t("outcomes.by-step-monthly") }), stackedColumns({ columns }))),
      figureTable(el, { caption: t("outcomes.by-step-time"), head: [t("outcomes.date"), ...[0, 1, 2, 3, 4, 5].map(label)], rows: columns.map((c, i) => [data.period.points[i], ...c.counts.map(String)]) }));
  }

  function cohorts(f, data) {
    const parts = [el("h3", { id: "o-h-cohorts", text: t("outcomes.cohorts") }),
      el("p", { class: "muted", text: t("outcomes.cohorts-help") })];
    for (const target of data.targets) {
      const key = (c) => `cohort:${c}:${target.months}m:step${target.step}`;
      const cell = (c) => f[key(c)].cells.all;
      const bar = (c, label) => ({ label, value: cell(c).value, met: cell(c).value === null ? undefined : cell(c).value >= target.percent, text: cell(c).value === null ? t("outcomes.none-yet") : `${fmt(cell(c).value, " %")} (${cell(c).count}/${cell(c).denominator})` });
      parts.push(el("figure", {}, el("figcaption", { text: t("outcomes.target", { step: target.step, higher: target.step < 5 ? t("outcomes.or-higher") : "", months: target.months, percent: target.percent }) }),
        barChart({ scale: 100, target: target.percent, bars: [bar("all", t("outcomes.all-cohorts")), ...data.period.cohorts.map((c) => bar(c, c))] })));
    }
    parts.push(figureTable(el, {
      caption: t("outcomes.cohort-table"),
      head: [t("outcomes.enrolled"), ...data.targets.map((target) => t("outcomes.target-col", { step: target.step, months: target.months, percent: target.percent }))],
      rows: ["all", ...data.period.cohorts].map((c) => [c === "all" ? t("outcomes.all-cohorts") : c, ...data.targets.map((target) => {
        const cell = f[`cohort:${c}:${target.months}m:step${target.step}`].cells.all;
        return cell.value === null ? t("outcomes.none-yet") : `${fmt(cell.value, " %")} (${t("outcomes.n-of", { n: cell.count, of: cell.denominator })})`;
      })]),
    }));
    return el("section", { class: "o-section", "aria-labelledby": "o-h-cohorts" }, ...parts);
  }

  function exits(all, data) {
    const bar = (m, label) => ({ label, value: all(m).value, met: all(m).value === null ? undefined : all(m).value >= data.exitGoalPercent, text: all(m).value === null ? t("outcomes.no-answers") : `${fmt(all(m).value, " %")} (${all(m).count}/${all(m).denominator})` });
    return el("section", { class: "o-section", "aria-labelledby": "o-h-exit" },
      el("h3", { id: "o-h-exit", text: t("outcomes.exit") }),
      el("p", { class: "muted", text: t("outcomes.exit-help", { n: all("exit:rated").count, of: all("exit:rated").denominator }) }),
      el("figure", {}, el("figcaption", { text: t("outcomes.against", { percent: data.exitGoalPercent }) }),
        barChart({ scale: 100, target: data.exitGoalPercent, bars: [bar("exit:ready", t("outcomes.ready-short")), bar("exit:good-health", t("outcomes.health-short"))] })),
      figureTable(el, { caption: t("outcomes.exit"), head: [t("outcomes.statement"), t("outcomes.share"), t("outcomes.count"), t("outcomes.of"), t("outcomes.goal")], rows: [[t("outcomes.ready"), "exit:ready"], [t("outcomes.health"), "exit:good-health"]].map(([l, m]) => [l, fmt(all(m).value, " %"), String(all(m).count), String(all(m).denominator), `${data.exitGoalPercent} %`]) }));
  }

  function contact(all) {
    const hours = (minutes) => (minutes === null || minutes === undefined ? "–" : minutes < 60 ? `${fmt(minutes)} min` : `${fmt(Math.round(minutes / 6) / 10)} h`);
    const rows = [
      [t("outcomes.m.first-contact"), fmt(all("first-contact:days-median").value), t("outcomes.contacted", { n: all("first-contact:days-median").count })],
      [t("outcomes.m.within-14"), fmt(all("first-contact:within-14-days").value, " %"), t("outcomes.n-of", { n: all("first-contact:within-14-days").count, of: all("first-contact:within-14-days").denominator })],
      [t("outcomes.m.not-yet"), String(all("first-contact:not-yet").count), ""],
      [t("outcomes.m.human-reply"), hours(all("human-reply:minutes-median").value), t("outcomes.requests", { n: all("human-reply:requests").count, unanswered: all("human-reply:unanswered").count })],
      [t("outcomes.m.nudges"), fmt(all("nudges:answered").value, " %"), t("outcomes.n-of", { n: all("nudges:answered").count, of: all("nudges:sent").count })],
      [t("outcomes.m.proposed"), String(all("meetings:proposed").count), ""],
      [t("outcomes.m.attended"), String(all("meetings:attended").count), ""],
      [t("outcomes.m.no-show"), String(all("meetings:no-show").count), ""],
      [t("outcomes.m.cancelled"), String(all("meetings:cancelled").count), ""],
      [t("outcomes.m.first-meeting"), fmt(all("first-meeting:months-median").value), t("outcomes.people-n", { n: all("first-meeting:months-median").count })],
    ];
    const meetingBars = ["proposed", "attended", "no-show", "cancelled"].map((k) => ({ label: t(`outcomes.bar.${k}`), value: all(`meetings:${k}`).count, text: String(all(`meetings:${k}`).count) }));
    return el("section", { class: "o-section", "aria-labelledby": "o-h-contact" },
      el("h3", { id: "o-h-contact", text: t("outcomes.contact") }),
      el("figure", {}, el("figcaption", { text: t("outcomes.meetings") }), barChart({ bars: meetingBars })),
      figureTable(el, { caption: t("outcomes.contact-table"), head: [t("outcomes.measure"), t("outcomes.value"), t("outcomes.basis")], rows }));
  }

  $("o-preset").addEventListener("change", () => {
    setDates();
    if ($("o-preset").value !== "custom") load();
  });
  $("o-period").addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
  $("o-team").addEventListener("change", () => load());

  return {
    async open() {
      presetOptions();
      $("o-team").replaceChildren(...teams().map((team) => el("option", { value: team.id, text: team.name })));
      $("o-team-wrap").hidden = teams().length < 2;
      pane.hidden = false;
      await load();
    },
    close() {
      pane.hidden = true;
    },
  };
}
