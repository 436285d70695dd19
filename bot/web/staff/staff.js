// The staff inbox page. Everything a participant wrote is put on the page with textContent, never as
// HTML, so scripts and markup in messages stay inert text.
import { decorateSafetyLabels } from "./safety-labels.js";
import { mountPrivacy } from "./privacy.js";
import { mountPlan } from "./plan.js";
import { mountSteps } from "./steps.js";
import { mountMeetings } from "./meetings.js";
import { mountConsent } from "./consent.js";
import { lineChart } from "./charts.js";
import { mountReminders } from "./reminders.js";
import { mountFacts } from "./facts.js";
import { mountOutcomes } from "./outcomes.js";
import { mountDrafts } from "./drafts.js";
import { mountCanned } from "./canned.js";
import { mountShortcuts } from "./shortcuts.js";
import { reconcile } from "./reconcile.js";
import { rowItem } from "./rows.js";
import { handBackAsking, rememberTold, showHandBack } from "./hand-back.js";
import { concernText, crisisText, recentText } from "./flag-words.js";
import { mountPresence } from "./presence.js";
import { mountAttention } from "./attention.js";
import { mountStaffAdmin } from "./staff-admin.js";
import { mountTeamAdmin } from "./team-admin.js";
import { lookup, setLocale, t } from "./i18n.js";
import { formatWhen, setTeamZone } from "./team-time.js";

const $ = (id) => document.getElementById(id);
let privacy = null;
let csrfToken = "";
let me = null;
let teams = [];
let current = null; // the open conversation's id
let shownHistory = []; // its history as last drawn: whether the newest message is the coordinator's unanswered question
let oldestLoaded = null;
let summaries = false; // a language model is configured: "Sammanfatta" can do something

// The words for the API's codes, in the staff member's language: labels.status.waiting reads
// "label.status.waiting" from the dictionary; an unknown code reads as undefined (shown as the code).
const labels = new Proxy({}, { get: (_, group) => new Proxy({}, { get: (__, code) => lookup(`label.${String(group)}.${String(code)}`) }) });

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c) node.append(c);
  return node;
}

// Every time on the page is on the team's clock (team-time.js).
const when = (iso) => formatWhen(iso);
const since = (iso) => {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
  return minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} d`;
};

async function api(path, { method = "GET", body } = {}) {
  const res = await fetch(`/staff/api${path}`, {
    method,
    credentials: "same-origin",
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...(method !== "GET" ? { "x-csrf-token": csrfToken } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 401 && path !== "/login") {
    showLogin();
    throw new Error("not_signed_in");
  }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.error || `HTTP ${res.status}`), { status: res.status, data });
  return data;
}

const plan = mountPlan({ api, el, $, when });
const drafts = mountDrafts({ $, fields: ["reply-text", "note-text"], staffId: () => me?.id ?? 0 });
$("reply-text").addEventListener("input", () => drafts.keep());
$("note-text").addEventListener("input", () => drafts.keep());
const steps = mountSteps({ api, el, $, when, me: () => me });
const meetings = mountMeetings({ api, el, $, when });
const consentPanel = mountConsent({ api, el, $, when, onSaved: (id) => renderProfile(id) });
const canned = mountCanned({ api, el, $, current: () => current });
const reminders = mountReminders({ api, el, $, when, onDischarged: () => openConversation(current, { keepScroll: true }).catch(() => undefined) });
const factsPanel = mountFacts({ api, el, $, when });
const outcomes = mountOutcomes({ api, el, $, me: () => me, teams: () => teams });
const staffAdmin = mountStaffAdmin({ api, el, teams: () => teams });
const teamAdmin = mountTeamAdmin({ api, el, me: () => me, teams: () => teams, onTeamsChanged: async () => { teams = (await api("/me")).teams; } });
$("language").addEventListener("change", async (e) => {
  await api("/me/locale", { method: "PUT", body: { locale: e.target.value } }).catch(() => undefined);
  // The whole page is drawn again in the chosen language.
  location.reload();
});

function showLogin() {
  $("inbox-view").hidden = true;
  $("login-view").hidden = false;
  $("login-email").focus();
}

async function enter() {
  const data = await api("/me");
  csrfToken = data.csrfToken;
  me = data.me;
  teams = data.teams;
  summaries = Boolean(data.summaries);
  setTeamZone(data.timeZone);
  // Without a language model the button would do nothing visible: it is not offered.
  $("c-summarize").hidden = !summaries;
  setLocale(me.locale);
  document.title = t("page.tillit-inkorg");
  $("language").value = me.locale;
  $("me").textContent = `${me.displayName} · ${teams.map((team) => team.name).join(", ") || t("inbox.all-teams")}`;
  if (me.role === "admin" && !$("filter-scope").querySelector('[value="all"]')) $("filter-scope").append(el("option", { value: "all", text: t("inbox.scope.all") }));
  if (teams.length > 1) {
    $("filter-team").replaceChildren(el("option", { value: "", text: t("inbox.team.all-mine") }), ...teams.map((team) => el("option", { value: team.id, text: team.name })));
    $("filter-team").hidden = false;
    document.querySelector('label[for="filter-team"]').hidden = false;
  }
  $("outreach-team").replaceChildren(...teams.map((team) => el("option", { value: team.id, text: team.name })));
  $("outreach").hidden = teams.length === 0;
  $("open-outcomes").hidden = teams.length === 0;
  $("open-staff").hidden = me.role !== "admin";
  $("open-team").hidden = me.role === "coordinator";
  if (me.role === "admin" && !$("export-labels")) {
    $("logout").before(el("a", { id: "export-labels", class: "quiet", href: "/staff/api/admin/safety-labels", download: "tillit-safety-labels.jsonl", text: t("inbox.export-labels") }));
  }
  $("login-view").hidden = true;
  $("inbox-view").hidden = false;
  attention ??= mountAttention({ $, el });
  privacy = mountPrivacy({ api, el, $, when, me, onChange: () => { location.hash = ""; $("conversation-pane").hidden = true; scheduleListRefresh(); } });
  // Each look at these lists is audited, so they refresh on a slow timer, not with every inbox event.
  privacy.refresh().catch(() => undefined);
  setInterval(() => privacy.refresh().catch(() => undefined), 5 * 60_000);
  await refreshList();
  openFromHash();
  listen();
}

$("login-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("login-error").textContent = "";
  try {
    const data = await api("/login", { method: "POST", body: { email: $("login-email").value, password: $("login-password").value } });
    csrfToken = data.csrfToken;
    $("login-password").value = "";
    await enter();
  } catch (err) {
    $("login-error").textContent = err.status === 429 ? t("login.throttled") : t("login.wrong");
  }
});

$("logout").addEventListener("click", async () => {
  await api("/logout", { method: "POST" }).catch(() => undefined);
  drafts.forgetAll();
  location.hash = "";
  location.reload();
});

// The list.
let listTimer = null;
function scheduleListRefresh() {
  clearTimeout(listTimer);
  listTimer = setTimeout(() => refreshList().catch(() => undefined), 150);
}
$("filters").addEventListener("input", scheduleListRefresh);
$("filters").addEventListener("submit", (e) => e.preventDefault());

async function refreshList() {
  const params = new URLSearchParams({ scope: $("filter-scope").value, status: $("filter-status").value });
  if ($("filter-q").value.trim()) params.set("q", $("filter-q").value.trim());
  if ($("filter-team").value) params.set("teamId", $("filter-team").value);
  const data = await api(`/conversations?${params}`);
  $("queued").textContent = [data.outboxQueued ? t("inbox.queued", { n: data.outboxQueued }) : "", data.nudgesDue ? t("inbox.nudges-due", { n: data.nudgesDue }) : ""].filter(Boolean).join(" · ");
  refreshTasks().catch(() => undefined);
  lastRows = data.rows;
  const items = data.rows.map((row) => {
    const node = rowItem({ row, current, el, since });
    return { key: String(row.conversationId), node, signature: node.innerHTML };
  });
  reconcile($("conversation-list"), items);
  $("list-empty").hidden = data.rows.length > 0;
  onListRefreshed(data);
}
let lastRows = [];
let attention = null;
const onListRefreshed = (data) => attention?.waiting(data.needingHuman ?? 0);
const presence = mountPresence({ api, $, current: () => current });

// Alt+Shift+N: the next conversation that needs a human, in the list's order, after the open one.
const needsHuman = (row) => row.need !== "other";
function openNextWaiting() {
  const waiting = lastRows.filter(needsHuman);
  if (!waiting.length) return announce(t("inbox.none-waiting"));
  const at = waiting.findIndex((r) => r.conversationId === current);
  const next = waiting[(at + 1) % waiting.length];
  location.hash = `#/c/${next.conversationId}`;
}
function announce(text) {
  // Cleared first, so the same words said twice are read twice.
  $("announcer").textContent = "";
  setTimeout(() => ($("announcer").textContent = text), 50);
}

// One conversation.
window.addEventListener("hashchange", openFromHash);
function openFromHash() {
  const m = /^#\/c\/(\d+)$/.exec(location.hash);
  const admin = { "#/personal": me?.role === "admin" && staffAdmin, "#/team": me && me.role !== "coordinator" && teamAdmin }[location.hash];
  $("admin-pane").hidden = !admin;
  if (admin) {
    $("conversation-pane").hidden = true;
    outcomes.close();
    $("admin-title").textContent = t(location.hash === "#/personal" ? "staff.title" : "team.title");
    admin.open($("admin-body")).catch(() => undefined);
    $("admin-title").focus();
    return;
  }
  if (location.hash === "#/utfall" && teams.length) {
    $("conversation-pane").hidden = true;
    outcomes.open().catch(() => undefined);
    return;
  }
  outcomes.close();
  if (m) openConversation(Number(m[1])).catch(() => undefined);
  else $("inbox-view").classList.remove("reading");
}

async function openConversation(id, { keepScroll = false } = {}) {
  const changed = current !== id;
  if (location.hash === `#/c/${id}`) $("crisis-banner").hidden = true;
  // The drafts change hands before anything is awaited: no moment shows one young person's draft under another's name.
  if (changed) {
    drafts.switchTo(id);
    canned.clear();
    $("reply-error").textContent = "";
    $("reply-to").textContent = "";
  }
  current = id;
  const data = await api(`/conversations/${id}`);
  if (current !== id) return; // another conversation was opened meanwhile
  $("conversation-pane").hidden = false;
  $("inbox-view").classList.add("reading");
  const p = data.participant;
  const c = data.conversation;
  $("c-name").textContent = `${p.name || t("c.name-unknown")}${p.isDemo ? " (demo)" : ""}`;
  $("reply-to").textContent = t("c.reply-to", { name: p.name || p.phone || t("c.the-participant") });
  $("c-meta").textContent = [p.phone, p.team?.name, p.language === "en" ? t("c.lang.en") : t("c.lang.sv"), p.status === "opted-out" ? t("c.opted-out") : null].filter(Boolean).join(" · ");
  const reason = c.handoffReason ? (c.handoffReason.startsWith("crisis:") ? crisisText(c) : labels.reason[c.handoffReason] || c.handoffReason) : "";
  const flag = c.priority === "crisis" ? t("c.flag.crisis") : c.priority === "concern" ? t("c.flag.concern", { reasons: concernText(c.concernReason, c.raisedBy?.concern) }) : c.recent ? `${recentText(c.recent, c.raisedBy)} · ` : "";
  // The person's name goes with "Hos koordinator" or "Väntar på människa" only: "Hos boten (Demo Koordinator)" after a
  // hand-back read as if Demo still had it (tester23 #10). Who is responsible is under "Ansvarig" beside it.
  const holder = c.assignee && (c.status === "human" || c.status === "waiting") ? ` (${c.assignee.displayName})` : "";
  $("c-state").textContent = `${flag}${labels.status[c.status]}${holder}${reason ? ` · ${reason}` : ""}`;
  $("c-state").className = `state${c.priority === "crisis" ? " crisis" : c.priority === "concern" ? " concern" : c.recent ? " recent" : ""}`;
  // Harm from others to someone known to be under 18: the duty to report, for staff only.
  $("c-duty").hidden = !c.reportDuty;
  $("c-duty").textContent = c.reportDuty ? t("c.report-duty") : "";
  // Someone who wrote STOPP gets nothing from here: said before anything is typed, and sending is off.
  const stopped = p.status === "opted-out";
  $("reply-stopped").hidden = !stopped;
  $("reply-stopped").textContent = stopped ? t("c.reply.stopped", { name: p.name || t("c.the-participant") }) : "";
  $("reply-text").disabled = stopped;
  $("reply-form").querySelector('button[type="submit"]').disabled = stopped;
  $("c-takeover").disabled = c.status === "human" && c.assignee?.id === me.id;
  showHandBack($, c);
  shownHistory = data.history;
  // Opened, or read again while the coordinator was at the newest message: the thread follows to the newest.
  const follow = !keepScroll || changed || atThreadEnd();
  renderSummary(c.summary);
  oldestLoaded = data.history.find((h) => h.kind === "message")?.id ?? null;
  $("c-older").hidden = !data.hasOlder;
  showHistory(data.history, { fresh: changed, name: p.name || p.phone || "deltagaren" });
  if (follow) toThreadEnd();
  // The label controls make the messages taller once they are drawn: followed again, or it stops one message short.
  decorateSafetyLabels(id, $("c-history"), api, labelOptions(id, p)).then(() => follow && current === id && toThreadEnd(), () => undefined);
  $("c-notes").replaceChildren(...data.notes.map((n) => el("li", {}, el("strong", { text: `${n.author}, ${when(n.at)}: ` }), document.createTextNode(n.body))));
  document.querySelectorAll("#conversation-list a").forEach((a) => a.setAttribute("aria-current", String(Number(a.dataset.conversation) === id)));
  const snoozed = c.snoozedUntil && new Date(c.snoozedUntil) > new Date();
  $("c-wake").hidden = !snoozed;
  $("c-snooze").disabled = c.priority === "crisis" || c.status === "closed";
  $("c-close").disabled = c.status === "closed";
  $("c-resolve-note").textContent = c.status === "closed" ? t("c.closed-note") : snoozed ? t("c.snoozed-until", { when: when(c.snoozedUntil) }) : c.priority === "crisis" ? t("c.crisis-no-snooze") : "";
  // Read again after a takeover or a hand-back: "Ansvarig" follows (it was drawn only on opening, and said "Ingen"
  // beside a conversation the coordinator had just taken).
  if (!changed) $("c-assign").value = c.assignee ? String(c.assignee.id) : "";
  if (changed) {
    presence.opened();
    scheduleListRefresh(); // the unread count of this conversation is now zero
    privacy?.showParticipant(p);
    await Promise.all([renderAssign(p, c), renderProfile(id), reminders.show(id), plan.show(id), steps.show(id, p.team?.id), meetings.show(id), factsPanel.show(id), canned.show(id)]);
  }
}

/** The thread is scrolled to (within a few pixels of) its newest message. */
function atThreadEnd() {
  const thread = $("c-thread");
  return thread.scrollHeight - thread.scrollTop - thread.clientHeight < 48;
}
/** To the newest message: the thread's own scroll, and the page's where the thread is not a scroll box (a phone). */
function toThreadEnd() {
  const thread = $("c-thread");
  thread.scrollTop = thread.scrollHeight;
  if (thread.scrollHeight <= thread.clientHeight) $("c-history").lastElementChild?.scrollIntoView({ block: "nearest" });
}

/** What the label menu on the messages needs: the person's name, the hand-back, and a read again after a raise. */
function labelOptions(id, p) {
  return {
    name: p.name || t("c.the-participant"),
    handBack: () => handBackAsked(id),
    changed: () => Promise.all([current === id ? openConversation(id, { keepScroll: true }) : undefined, refreshList()]).catch(() => undefined),
  };
}


// A live update adds what is new and patches what changed (a delivery status); everything else stays,
// older pages included. Only the participant's new words are announced, never the whole history.
function showHistory(history, { fresh, name }) {
  const list = $("c-history");
  const items = history.map((h) => {
    const node = historyItem(h);
    node.dataset.key = `${h.kind}-${h.id}`;
    node.dataset.signature = node.innerHTML;
    return { h, node };
  });
  if (fresh) return list.replaceChildren(...items.map((i) => i.node));
  const byKey = new Map([...list.children].map((n) => [n.dataset.key, n]));
  for (const { h, node } of items) {
    const old = byKey.get(node.dataset.key);
    if (old) {
      if (old.dataset.signature !== node.dataset.signature) old.replaceWith(node);
      continue;
    }
    list.append(node);
    if (h.kind === "message" && h.direction === "in") announce(t("c.new-message", { name, body: h.body }));
  }
}

/** A system line: who did it named in the words ("Oro markerad av Maja") where the label has room for them, else after it. */
function eventText(h) {
  const label = labels.event[h.action];
  if (label?.includes("{name}")) return t(`label.event.${h.action}`, { name: h.staffName || t("c.someone-in-team") });
  return `${label || h.action}${h.staffName ? ` (${h.staffName})` : ""}`;
}

function historyItem(h) {
  if (h.kind === "message") {
    const who = h.author === "participant" ? "" : h.author === "coordinator" ? `${h.staffName ?? t("c.coordinator")}` : h.author === "bot" ? "Tillit" : t("c.system");
    const meta = [who, when(h.at), h.direction === "out" ? labels.delivery[h.status] : null, h.channel === "webchat" ? t("c.webchat") : null].filter(Boolean).join(" · ");
    const body = h.erasedAt ? t("c.erased", { when: when(h.erasedAt) }) : h.body;
    return el("li", { class: `${h.direction} ${h.author}`, "data-message-id": h.direction === "in" ? h.id : undefined }, document.createTextNode(body), h.choices ? el("span", { class: "meta", text: t("c.choices", { choices: h.choices.join(" / ") }) }) : null, el("span", { class: "meta", text: meta }));
  }
  if (h.kind === "event") return el("li", { class: "system", text: `${eventText(h)} · ${when(h.at)}` });
  return el("li", { class: "system", text: `${labels.consent[h.consentKind] || h.consentKind}: ${h.granted ? t("c.yes") : t("c.no")} · ${when(h.at)}` });
}

function renderSummary(summary) {
  const box = $("c-summary");
  box.hidden = !summary;
  if (!summary) return box.replaceChildren();
  box.replaceChildren(
    el("strong", { text: t("c.summary.title") }),
    el("p", { text: summary.summary }),
    el("p", { class: "muted", text: `${t("c.summary.mood", { mood: lookup(`c.mood.${summary.moodTrend}`) ?? t("c.mood.unknown") })}${summary.openQuestions?.length ? ` · ${t("c.summary.questions", { questions: summary.openQuestions.join("; ") })}` : ""}` }),
  );
}

async function renderAssign(p, c) {
  const select = $("c-assign");
  select.replaceChildren(el("option", { value: "", text: t("c.nobody") }));
  if (!p.team) return;
  const { members } = await api(`/team-members?teamId=${p.team.id}`);
  for (const m of members) select.append(el("option", { value: m.id, text: m.displayName }));
  select.value = c.assignee ? String(c.assignee.id) : "";
}

async function renderProfile(id) {
  const prof = await api(`/conversations/${id}/profile`);
  if (current !== id) return;
  const box = $("c-profile");
  // A consent a coordinator recorded says so, and how the young person gave it.
  const how = (v) => labels["consent-method"][v.method];
  const consent = Object.entries(prof.consent).map(([k, v]) => [labels.consent[k] || k, `${v.granted ? t("c.yes") : t("c.no")} (${[when(v.at), how(v)].filter(Boolean).join(", ")})`]);
  consentPanel.show(id, prof);
  const facts = el("dl", {}, ...consent.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  const phoneLink = $("c-phone-link");
  phoneLink.hidden = !prof.phoneLinkRequest;
  if (prof.phoneLinkRequest) {
    const confirmButton = el("button", { type: "button", text: t("c.phone.confirm") });
    confirmButton.addEventListener("click", async () => {
      const joined = await api(`/conversations/${id}/phone-link/confirm`, { method: "POST" }).catch((err) => ({ error: err.message }));
      if (joined.error) return (phoneLink.textContent = joined.error === "other-team" ? t("c.phone.other-team") : t("c.phone.failed"));
      location.hash = `#/c/${joined.conversationId}`;
    });
    phoneLink.replaceChildren(document.createTextNode(t("c.phone.left", { phone: prof.phoneLinkRequest.phone, when: when(prof.phoneLinkRequest.at) })), confirmButton);
  }
  $("c-web-link").textContent = "";
  const parts = [el("h3", { text: t("c.profile") }), facts];
  const L = prof.labels;
  if (prof.checkIns.length) parts.push(el("h3", { text: t("c.check-ins") }), lineChart({ el, title: L.moodChart, points: prof.checkIns.map((k) => ({ at: k.at, value: k.mood })) }));
  const ratings = Object.entries(prof.selfRatings);
  if (ratings.length) {
    parts.push(el("h3", { text: L.selfRatings }));
    for (const [statement, series] of ratings) {
      const exit = series.filter((s) => s.exit && typeof s.score === "number").at(-1);
      const figure = lineChart({ el, title: prof.selfRatingLabels[statement] ?? t("c.statement-gone"), points: series.map((s) => ({ at: s.at, value: s.score })) });
      if (exit) figure.append(el("p", { class: "muted chart-text", text: `${L.exitRating}: ${exit.score} (${when(exit.at)})` }));
      parts.push(figure);
    }
  }
  // Mapping answers grouped by topic, in the method's order, each question in the words it was asked.
  const known = Object.keys(L.topics);
  const topics = [...known.filter((topic) => prof.mapping[topic]), ...Object.keys(prof.mapping).filter((topic) => !known.includes(topic))];
  if (topics.length) {
    parts.push(el("h3", { text: L.mapping }));
    for (const topic of topics) {
      const answers = prof.mapping[topic];
      parts.push(el("section", { class: "mapping-topic", "aria-label": L.topics[topic] ?? topic },
        el("h4", { text: L.topics[topic] ?? topic }),
        el("dl", {}, ...answers.flatMap((a) => [el("dt", { text: L.questions[`${topic}.${a.question}`] ?? a.question }), el("dd", { text: a.skipped ? t("c.skipped") : a.answer ?? "" })]))));
    }
  }
  box.replaceChildren(...parts);
}

// The conversation is named by the caller: a reply goes where it was written, whatever is open when it lands.
async function act(path, body, id = current) {
  if (!id) return;
  await api(`/conversations/${id}/${path}`, { method: "POST", body });
  await redraw(id);
}

/** The conversation `id` (when it is the one open) and the list drawn again after an action. */
async function redraw(id) {
  await Promise.all([current === id ? openConversation(id, { keepScroll: true }) : undefined, refreshList()]);
}

$("c-takeover").addEventListener("click", () => act("takeover").catch(() => undefined));
/** Hands back, asking first when a question or the young person's words are unanswered; whether it was handed back. */
async function handBackAsked(id = current) {
  if (!id) return false;
  return handBackAsking(shownHistory, async (body) => {
    // What the young person was told, kept before the conversation is drawn again beside the button.
    rememberTold(id, (await api(`/conversations/${id}/handback`, { method: "POST", body }))?.told);
    await redraw(id);
  });
}
$("c-handback").addEventListener("click", () => handBackAsked().catch(() => undefined));
mountShortcuts({
  $,
  nextWaiting: openNextWaiting,
  takeOver: () => {
    if (!current || $("c-takeover").disabled) return;
    act("takeover").then(() => announce(t("c.taken-over")), () => undefined);
  },
  handBack: () => {
    if (!current || $("c-handback").disabled) return;
    handBackAsked().then((done) => done && announce(t("c.handed-back")), () => undefined);
  },
});
$("c-close").addEventListener("click", () => {
  if (!current || !confirm(t("c.close.confirm"))) return;
  act("close").then(() => announce(t("c.closed")), () => undefined);
});
$("c-snooze").addEventListener("click", () => {
  const choice = $("c-snooze-for").value;
  const until = new Date();
  if (choice === "tomorrow") {
    until.setDate(until.getDate() + 1);
    until.setHours(9, 0, 0, 0);
  } else until.setTime(until.getTime() + Number(choice) * 3_600_000);
  act("snooze", { until: until.toISOString() }).then(() => announce(t("c.snoozed-until", { when: when(until.toISOString()) })), () => undefined);
});
$("c-wake").addEventListener("click", () => act("snooze", { until: null }).catch(() => undefined));
$("c-back").addEventListener("click", () => {
  const id = current;
  $("inbox-view").classList.remove("reading");
  history.pushState(null, "", location.pathname);
  document.querySelector(`#conversation-list a[data-conversation="${id}"]`)?.focus();
});
$("c-assign").addEventListener("change", (e) => act("assign", { staffId: e.target.value ? Number(e.target.value) : null }).catch(() => undefined));
$("reply-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("reply-error").textContent = "";
  const id = current;
  const text = $("reply-text").value;
  if (!id || !text.trim()) return;
  try {
    await act("reply", { text }, id);
    drafts.clear(id, "reply-text");
    // What was just sent is in view, wherever the coordinator had scrolled to.
    if (current === id) toThreadEnd();
  } catch (err) {
    $("reply-error").textContent = err.message === "opted-out" ? t("c.reply.opted-out") : t("c.reply.failed");
  }
});
$("note-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const id = current;
  const text = $("note-text").value;
  if (!id || !text.trim()) return;
  await act("notes", { text }, id);
  drafts.clear(id, "note-text");
});
$("c-summarize").addEventListener("click", async () => {
  if (!current) return;
  const data = await api(`/conversations/${current}/summary`, { method: "POST" });
  if (!data.available) $("c-summary").replaceChildren(el("p", { class: "muted", text: t("c.no-model") }));
  else if (!data.summary) $("c-summary").replaceChildren(el("p", { class: "muted", text: t("c.summary.none") }));
  else renderSummary(data.summary);
  $("c-summary").hidden = false;
  // The summary sits at the top of the thread, out of view once it has scrolled: brought into view.
  $("c-summary").scrollIntoView({ block: "nearest" });
});
$("c-older").addEventListener("click", async () => {
  if (!current || !oldestLoaded) return;
  const data = await api(`/conversations/${current}?before=${oldestLoaded}`);
  oldestLoaded = data.history.find((h) => h.kind === "message")?.id ?? oldestLoaded;
  $("c-older").hidden = !data.hasOlder;
  $("c-history").prepend(...data.history.map((h) => {
    const node = historyItem(h);
    node.dataset.key = `${h.kind}-${h.id}`;
    node.dataset.signature = node.innerHTML;
    return node;
  }));
  decorateSafetyLabels(current, $("c-history"), api, labelOptions(current, { name: $("c-name").textContent })).catch(() => undefined);
});

// Live updates: the stream says what changed; the page fetches it.
let stream = null;
function listen() {
  stream?.close();
  const mine = new EventSource("/staff/api/events");
  stream = mine;
  // The browser reconnects a dropped stream by itself, but what changed while it was down was never
  // announced (a crisis among it): after a reconnect the list and the open conversation are read again.
  let connectedBefore = false;
  mine.addEventListener("open", () => {
    if (connectedBefore) {
      scheduleListRefresh();
      if (current) refreshCurrent();
    }
    connectedBefore = true;
  });
  stream.addEventListener("presence", (e) => presence.heard(JSON.parse(e.data)));
  stream.addEventListener("conversation", (e) => {
    const { conversationId, kind, status } = JSON.parse(e.data);
    scheduleListRefresh();
    if (kind === "crisis") attention?.alert("crisis", conversationId);
    else if (kind === "status" && status === "waiting") attention?.alert("waiting", conversationId);
    if (kind === "crisis") {
      const banner = $("crisis-banner");
      banner.replaceChildren(document.createTextNode(t("inbox.crisis-banner")), el("a", { href: `#/c/${conversationId}`, text: t("inbox.crisis-open") }));
      banner.hidden = false;
    }
    if (conversationId === current) refreshCurrent();
  });
}

/** The open conversation and its profile column, read again. */
function refreshCurrent() {
  openConversation(current, { keepScroll: true }).catch(() => undefined);
  reminders.show(current).catch(() => undefined);
  // What the participant marks in chat (a sub-goal done or stuck) shows at once.
  plan.show(current).catch(() => undefined);
  meetings.show(current).catch(() => undefined);
}

// Tasks a coordinator does by hand.
const taskLabels = labels.task;

$("c-web-invite").addEventListener("click", async () => {
  if (!current) return;
  const { url, expiresAt } = await api(`/conversations/${current}/web-invite`, { method: "POST" });
  $("c-web-link").replaceChildren(el("input", { type: "text", readonly: true, value: url, "aria-label": t("c.web.link-label") }), document.createTextNode(t("c.web.valid-until", { when: when(expiresAt) })));
});
// Tasks: what a coordinator should do by hand.
async function refreshTasks() {
  const { tasks } = await api("/tasks");
  $("tasks").hidden = tasks.length === 0;
  $("task-list").replaceChildren(...tasks.map((task) => {
    const done = el("button", { type: "button", class: "quiet", text: t("tasks.done") });
    done.addEventListener("click", () => api(`/tasks/${task.id}/done`, { method: "POST" }).then(refreshTasks).catch(() => undefined));
    const who = task.conversationId ? el("a", { href: `#/c/${task.conversationId}`, text: task.participantName || t("tasks.participant") }) : document.createTextNode(task.participantName || t("tasks.participant"));
    return el("li", {}, who, document.createTextNode(`: ${taskLabels[task.kind] || task.kind} `), done);
  }));
}

// Outreach to a list: check first, then import.
const problemLabels = labels.problem;
async function outreachBody() {
  const file = $("outreach-file").files?.[0];
  if (!file) throw new Error("no-file");
  return { teamId: Number($("outreach-team").value), csv: await file.text() };
}
function showOutreachReport(r, imported) {
  // The API names the earlier line of a duplicate as "line N"; the page says it in Swedish.
  const value = (p) => (p.problem === "duplicate-in-file" && /^line \d+$/.test(p.value ?? "") ? t("outreach.same-as-line", { n: p.value.slice(5) }) : p.value);
  const lines = [...r.errors, ...r.known].sort((a, b) => a.line - b.line).map((p) => el("li", { text: `${t("outreach.line", { n: p.line, problem: problemLabels[p.problem] || p.problem })}${value(p) ? ` (${value(p)})` : ""}` }));
  $("outreach-report").replaceChildren(
    el("p", { text: imported === undefined ? t("outreach.accepted", { n: r.accepted }) : t("outreach.imported", { n: imported }) }),
    lines.length ? el("ul", {}, ...lines) : "",
  );
}
$("outreach-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  try {
    const report = await api("/outreach/check", { method: "POST", body: await outreachBody() });
    showOutreachReport(report);
    $("outreach-import").hidden = report.accepted === 0;
    $("outreach-import").textContent = report.errors.length ? t("outreach.import-skip", { n: report.accepted }) : t("outreach.import-all", { n: report.accepted });
  } catch (err) {
    $("outreach-report").replaceChildren(el("p", { class: "error", text: err.message === "unreadable_file" ? t("outreach.unreadable") : t("outreach.check-failed") }));
  }
});
$("outreach-import").addEventListener("click", async () => {
  try {
    const result = await api("/outreach/import", { method: "POST", body: { ...(await outreachBody()), skipProblemLines: true } });
    showOutreachReport(result, result.imported);
    $("outreach-import").hidden = true;
    scheduleListRefresh();
  } catch {
    $("outreach-report").replaceChildren(el("p", { class: "error", text: t("outreach.import-failed") }));
  }
});

enter().catch(() => showLogin());
