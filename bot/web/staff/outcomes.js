// The outcome dashboard in the inbox (#/utfall): a team lead's (or admin's) view of the team, a
// coordinator's of their own caseload. A period selector, then participants by gender and age band,
// steps now and over time, each enrolment cohort against the team's targets, exit self-ratings
// against the 80 % goals and the contact figures; charts with their numbers as tables, and the same
// figures as CSV. Team leads set the team's targets and guardian routine here.
import { barChart, figureTable, stackedColumns } from "./outcome-charts.js";
import { mountOutcomeSettings } from "./outcome-settings.js";

const GENDERS = { woman: "Kvinna", man: "Man", other: "Annat", undisclosed: "Vill inte uppge", unknown: "Ej angivet" };
const BANDS = { u18: "Under 18", "18-20": "18–20", "21-24": "21–24", "25+": "25 och äldre", unknown: "Ej angiven" };
const OUTCOMES = { work: "Arbete", studies: "Studier", "other-activity": "Annan aktivitet", moved: "Flyttat", "no-contact": "Ingen kontakt", unknown: "Ej angivet" };
const ZONE = "Europe/Stockholm";

const iso = (d) => d.toLocaleDateString("sv-SE", { timeZone: ZONE });
const fmt = (v, unit = "") => (v === null || v === undefined ? "–" : `${String(v).replace(".", ",")}${unit}`);

/** The period choices: [value, label, () => [from, to]]. */
function presets() {
  const today = new Date();
  const [y, m] = iso(today).split("-").map(Number);
  const first = (yy, mm) => `${yy + Math.floor((mm - 1) / 12)}-${String((((mm - 1) % 12) + 12) % 12 + 1).padStart(2, "0")}-01`;
  const half = m <= 6 ? 1 : 2;
  return [
    ["12m", "Senaste 12 månaderna", () => [first(y, m - 11), iso(today)]],
    ["6m", "Senaste 6 månaderna", () => [first(y, m - 5), iso(today)]],
    ["half", "Detta halvår", () => [half === 1 ? `${y}-01-01` : `${y}-07-01`, iso(today)]],
    ["prev-half", "Förra halvåret", () => (half === 1 ? [`${y - 1}-07-01`, `${y - 1}-12-31`] : [`${y}-01-01`, `${y}-06-30`])],
    ["year", "I år", () => [`${y}-01-01`, iso(today)]],
    ["prev-year", "Förra året", () => [`${y - 1}-01-01`, `${y - 1}-12-31`]],
  ];
}

export function mountOutcomes({ api, el, $, me, teams }) {
  const pane = $("outcomes-pane");
  const body = $("o-body");
  const settings = mountOutcomeSettings({ api, el, onSaved: () => load() });
  const choices = presets();
  $("o-preset").replaceChildren(...choices.map(([v, label]) => el("option", { value: v, text: label })), el("option", { value: "custom", text: "Eget datumintervall" }));
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
      $("o-error").textContent = /period/.test(err.message) ? "Välj ett datumintervall som slutar senast i dag och är högst tre år långt." : "Siffrorna kunde inte hämtas.";
    }
  }

  function render(data) {
    const f = Object.fromEntries(data.figures.map((x) => [x.measure, x]));
    const all = (m) => f[m]?.cells.all ?? { count: 0 };
    $("o-title").textContent = `Utfall · ${data.team.name}`;
    $("o-scope").textContent = data.scope === "caseload" ? "Dina egna deltagare (din ärendelista)." : "Hela teamet.";
    body.replaceChildren(
      participants(f, all, data), steps(f, data), cohorts(f, data), exits(all, data), contact(all),
      (me().role === "teamlead" || me().role === "admin") ? settings.form(teamId(), data) : null,
    );
  }

  function participants(f, all, data) {
    const active = f.active.cells;
    const genderBars = Object.entries(GENDERS).map(([k, label]) => ({ label, value: active[`gender:${k}`].count, text: String(active[`gender:${k}`].count) }));
    const bandBars = Object.entries(BANDS).map(([k, label]) => ({ label, value: active[`age-band:${k}`].count, text: String(active[`age-band:${k}`].count) }));
    const row = (m, key) => String(f[m].cells[key].count);
    return el("section", { class: "o-section", "aria-labelledby": "o-h-people" },
      el("h3", { id: "o-h-people", text: "Deltagare" }),
      el("p", { class: "o-keys", text: `${all("active").count} aktiva ${data.period.to} · ${all("enrolled").count} nya under perioden · ${all("discharged").count} avslutade under perioden` }),
      el("div", { class: "o-charts" },
        el("figure", {}, el("figcaption", { text: "Aktiva efter kön" }), barChart({ bars: genderBars })),
        el("figure", {}, el("figcaption", { text: "Aktiva efter ålder" }), barChart({ bars: bandBars }))),
      figureTable(el, {
        caption: "Deltagare efter kön och ålder",
        head: ["Grupp", "Aktiva vid periodens slut", "Nya under perioden", "Avslutade under perioden"],
        rows: [["Alla", row("active", "all"), row("enrolled", "all"), row("discharged", "all")],
          ...Object.entries(GENDERS).map(([k, l]) => [l, row("active", `gender:${k}`), row("enrolled", `gender:${k}`), row("discharged", `gender:${k}`)]),
          ...Object.entries(BANDS).map(([k, l]) => [`Ålder: ${l}`, row("active", `age-band:${k}`), row("enrolled", `age-band:${k}`), row("discharged", `age-band:${k}`)])],
      }),
      figureTable(el, { caption: "Avslutade under perioden efter utfall", head: ["Utfall", "Antal"], rows: Object.entries(OUTCOMES).map(([k, l]) => [l, String(all(`discharged:${k}`).count)]) }));
  }

  function steps(f, data) {
    const now = [0, 1, 2, 3, 4, 5].map((s) => f[`step-now:${s}`].cells.all.count);
    const columns = data.period.points.map((p) => ({ label: p.slice(2, 7), counts: [0, 1, 2, 3, 4, 5].map((s) => f[`step-at:${p}:${s}`].cells.all.count) }));
    const label = (s) => (s === 0 ? "Inget steg än" : `Steg ${s}`);
    return el("section", { class: "o-section", "aria-labelledby": "o-h-steps" },
      el("h3", { id: "o-h-steps", text: "Steg 1–5" }),
      el("div", { class: "o-charts" },
        el("figure", {}, el("figcaption", { text: `Aktiva efter steg ${data.period.to}` }), barChart({ bars: now.map((n, s) => ({ label: label(s), value: n, text: String(n) })) })),
        el("figure", {}, el("figcaption", { text: "Aktiva efter steg vid varje månadsskifte" }), stackedColumns({ columns }))),
      figureTable(el, { caption: "Aktiva efter steg över tid", head: ["Datum", ...[0, 1, 2, 3, 4, 5].map(label)], rows: columns.map((c, i) => [data.period.points[i], ...c.counts.map(String)]) }));
  }

  function cohorts(f, data) {
    const parts = [el("h3", { id: "o-h-cohorts", text: "Kohorter mot teamets mål" }),
      el("p", { class: "muted", text: "Andelen av dem som skrevs in en viss månad som nått steget inom tiden. Bara de vars tid har gått räknas." })];
    for (const t of data.targets) {
      const key = (c) => `cohort:${c}:${t.months}m:step${t.step}`;
      const cell = (c) => f[key(c)].cells.all;
      const bar = (c, label) => ({ label, value: cell(c).value, met: cell(c).value === null ? undefined : cell(c).value >= t.percent, text: cell(c).value === null ? "ingen än" : `${fmt(cell(c).value, " %")} (${cell(c).count}/${cell(c).denominator})` });
      parts.push(el("figure", {}, el("figcaption", { text: `Steg ${t.step}${t.step < 5 ? " eller högre" : ""} inom ${t.months} månader, mål ${t.percent} %` }),
        barChart({ scale: 100, target: t.percent, bars: [bar("all", "Alla kohorter"), ...data.period.cohorts.map((c) => bar(c, c))] })));
    }
    parts.push(figureTable(el, {
      caption: "Kohorter: andel på steget efter antal månader, mot mål",
      head: ["Inskrivna", ...data.targets.map((t) => `Steg ≥ ${t.step} inom ${t.months} mån (mål ${t.percent} %)`)],
      rows: ["all", ...data.period.cohorts].map((c) => [c === "all" ? "Alla kohorter" : c, ...data.targets.map((t) => {
        const cell = f[`cohort:${c}:${t.months}m:step${t.step}`].cells.all;
        return cell.value === null ? "ingen än" : `${fmt(cell.value, " %")} (${cell.count} av ${cell.denominator})`;
      })]),
    }));
    return el("section", { class: "o-section", "aria-labelledby": "o-h-cohorts" }, ...parts);
  }

  function exits(all, data) {
    const bar = (m, label) => ({ label, value: all(m).value, met: all(m).value === null ? undefined : all(m).value >= data.exitGoalPercent, text: all(m).value === null ? "inga svar" : `${fmt(all(m).value, " %")} (${all(m).count}/${all(m).denominator})` });
    return el("section", { class: "o-section", "aria-labelledby": "o-h-exit" },
      el("h3", { id: "o-h-exit", text: "Skattning vid avslut" }),
      el("p", { class: "muted", text: `${all("exit:rated").count} av ${all("exit:rated").denominator} avslutade har skattat sig efter avslutet. Instämmer = 7 eller mer av 10.` }),
      el("figure", {}, el("figcaption", { text: `Mot målen ${data.exitGoalPercent} %` }),
        barChart({ scale: 100, target: data.exitGoalPercent, bars: [bar("exit:ready", "Redo för jobb/studier"), bar("exit:good-health", "Mår bra (kropp och psyke)")] })),
      figureTable(el, { caption: "Skattning vid avslut", head: ["Påstående", "Andel", "Antal", "Av", "Mål"], rows: [["Redo för jobb eller studier", "exit:ready"], ["God fysisk och psykisk hälsa", "exit:good-health"]].map(([l, m]) => [l, fmt(all(m).value, " %"), String(all(m).count), String(all(m).denominator), `${data.exitGoalPercent} %`]) }));
  }

  function contact(all) {
    const hours = (minutes) => (minutes === null || minutes === undefined ? "–" : minutes < 60 ? `${fmt(minutes)} min` : `${fmt(Math.round(minutes / 6) / 10)} h`);
    const rows = [
      ["Dagar från inskrivning till första kontakt (median)", fmt(all("first-contact:days-median").value), `${all("first-contact:days-median").count} kontaktade`],
      ["Kontaktade inom 14 dagar", fmt(all("first-contact:within-14-days").value, " %"), `${all("first-contact:within-14-days").count} av ${all("first-contact:within-14-days").denominator}`],
      ["Ännu inte kontaktade", String(all("first-contact:not-yet").count), ""],
      ["Tid till första svar från en människa när någon bett om det (median)", hours(all("human-reply:minutes-median").value), `${all("human-reply:requests").count} förfrågningar, ${all("human-reply:unanswered").count} utan svar`],
      ["Påminnelser besvarade inom 3 dagar", fmt(all("nudges:answered").value, " %"), `${all("nudges:answered").count} av ${all("nudges:sent").count}`],
      ["Möten föreslagna", String(all("meetings:proposed").count), ""],
      ["Möten som blev av", String(all("meetings:attended").count), ""],
      ["Möten där deltagaren inte kom", String(all("meetings:no-show").count), ""],
      ["Möten inställda", String(all("meetings:cancelled").count), ""],
      ["Månader till första mötet som blev av (median)", fmt(all("first-meeting:months-median").value), `${all("first-meeting:months-median").count} personer`],
    ];
    const meetingBars = ["proposed", "attended", "no-show", "cancelled"].map((k, i) => ({ label: ["Föreslagna", "Blev av", "Kom inte", "Inställda"][i], value: all(`meetings:${k}`).count, text: String(all(`meetings:${k}`).count) }));
    return el("section", { class: "o-section", "aria-labelledby": "o-h-contact" },
      el("h3", { id: "o-h-contact", text: "Kontakt" }),
      el("figure", {}, el("figcaption", { text: "Möten under perioden" }), barChart({ bars: meetingBars })),
      figureTable(el, { caption: "Kontakt under perioden", head: ["Mått", "Värde", "Underlag"], rows }));
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
      $("o-team").replaceChildren(...teams().map((t) => el("option", { value: t.id, text: t.name })));
      $("o-team-wrap").hidden = teams().length < 2;
      pane.hidden = false;
      await load();
    },
    close() {
      pane.hidden = true;
    },
  };
}
