// Reminders and discharge on a participant's page. Reminders: what is coming (a recurring schedule
// once, with its next occurrence), move or remove one, stop a schedule, add one: once, every week or
// every N days. Discharge: how the contact ended; Tillit then offers a last self-rating and tells the
// young person about the six months of follow-up, which they may decline.
// The API's codes in words, from the staff member's dictionary (reminders.* keys).
import { lookup, t } from "./i18n.js";
import { fromInputValue, saidBack, toInputValue, weekdayAndTime, withZone } from "./team-time.js";
const label = (group, code) => lookup(`reminders.${group}.${code}`);
const outcomes = ["work", "studies", "other-activity", "moved", "no-contact", "unknown"];
const MAX_DAYS = 120;

export function mountReminders({ api, el, $, when, onDischarged }) {
  let conversationId = null;
  const box = $("c-nudges");

  const rhythm = (s) => (s.kind === "weekly" ? t("reminders.weekly", { day: label("weekday", s.weekday), time: s.timeOfDay })
    : s.kind === "interval" ? (s.everyDays === 1 ? t("reminders.daily") : t("reminders.every-n", { n: s.everyDays }))
    : s.cadenceKey === "discharge" ? t("reminders.after-discharge") : t("reminders.after-plan"));
  const paused = (s) => (s.status === "quiet" ? t("reminders.paused-quiet") : s.status === "off" ? t("reminders.paused-off") : "");

  function oneOffItem(n) {
    const what = n.text ?? label("dialog", n.dialog) ?? label("kind", n.kind) ?? n.kind;
    const moveInput = el("input", { type: "datetime-local", value: toInputValue(n.dueAt), "aria-label": t("reminders.new-time", { what }) });
    const move = el("button", { type: "button", class: "quiet", text: t("reminders.move") });
    move.addEventListener("click", () => api(`/conversations/${conversationId}/nudges/${n.id}/move`, { method: "POST", body: { at: fromInputValue(moveInput.value) } }).then(() => show(conversationId)).catch(() => undefined));
    const cancel = el("button", { type: "button", class: "quiet", text: t("reminders.remove"), "aria-label": `${t("reminders.remove")} ${what} ${when(n.dueAt)}` });
    cancel.addEventListener("click", () => api(`/conversations/${conversationId}/nudges/${n.id}/cancel`, { method: "POST" }).then(() => show(conversationId)).catch(() => undefined));
    // A meeting's reminder with the words it will say, as the young person gets them (rendered by the server from the locale).
    const says = n.says ? el("q", { class: "nudge-says", text: n.says }) : null;
    return el("li", { "data-nudge": n.id }, el("strong", { text: when(n.dueAt) }), document.createTextNode(` ${what}${says ? ": " : ""}`), says, n.status === "scheduled" ? el("span", { class: "row-actions" }, moveInput, move, cancel) : null);
  }

  function scheduleItem(s) {
    const what = s.text ?? label("dialog", s.dialog) ?? t("reminders.follow-up");
    const stop = el("button", { type: "button", class: "quiet", text: t("reminders.stop"), "aria-label": `${t("reminders.stop")}: ${what}, ${rhythm(s)}` });
    stop.addEventListener("click", () => api(`/conversations/${conversationId}/schedules/${s.id}/stop`, { method: "POST" }).then(() => show(conversationId)).catch(() => undefined));
    const next = s.next ? t("reminders.next", { when: when(s.next.dueAt) }) : s.status === "active" ? t("reminders.next-soon") : t("reminders.no-next");
    return el("li", { class: "schedule", "data-schedule": s.id }, el("strong", { text: t("reminders.recurring", { what }) }), document.createTextNode(`, ${rhythm(s)}${paused(s)} · ${next} `), stop);
  }

  function form() {
    const f = el("form", { id: "nudge-form", class: "compose", novalidate: true });
    const often = el("fieldset", { class: "often" }, el("legend", { text: t("reminders.how-often") }));
    for (const [value, text] of [["once", t("reminders.once")], ["weekly", t("reminders.every-week")], ["interval", t("reminders.every-nth")]]) {
      const radio = el("input", { type: "radio", name: "often", id: `nudge-often-${value}`, value, checked: value === "once" });
      often.append(el("span", { class: "check" }, radio, el("label", { for: radio.id, text })));
    }
    const at = el("input", { id: "nudge-at", type: "datetime-local" });
    const atLabel = el("label", { for: at.id, text: withZone(t("reminders.when")) });
    const days = el("input", { id: "nudge-days", type: "number", min: 1, max: MAX_DAYS, step: 1, inputmode: "numeric" });
    const daysLabel = el("label", { for: days.id, text: t("reminders.days", { max: MAX_DAYS }) });
    const daysHint = el("p", { id: "nudge-days-hint", class: "muted", text: t("reminders.days-hint") });
    days.setAttribute("aria-describedby", daysHint.id);
    const what = el("select", { id: "nudge-what" },
      el("option", { value: "text", text: t("reminders.own") }),
      ...["check-in", "self-rating", "mapping"].map((d) => el("option", { value: d, text: label("dialog", d) })));
    const text = el("textarea", { id: "nudge-text", rows: 2, maxlength: 280 });
    const note = el("p", { id: "nudge-note", class: "muted", "aria-live": "polite" });
    const error = el("p", { id: "nudge-error", class: "error", role: "alert" });
    const atSaid = saidBack(at, el);
    f.append(often, atLabel, at, atSaid, daysLabel, days, daysHint, el("label", { for: what.id, text: t("reminders.what") }), what,
      el("label", { for: text.id, text: t("reminders.message") }), text,
      el("button", { type: "submit", class: "quiet", text: t("reminders.add") }), note, error);

    const kind = () => f.querySelector("input[name=often]:checked").value;
    const arrange = () => {
      const k = kind();
      atLabel.textContent = k === "weekly" ? t("reminders.first-time") : t("reminders.when");
      for (const node of [atLabel, at, atSaid]) node.hidden = k === "interval";
      for (const node of [daysLabel, days, daysHint]) node.hidden = k !== "interval";
      text.disabled = what.value !== "text";
    };
    f.addEventListener("change", arrange);
    arrange();

    /** What is wrong with the form, in words a coordinator can act on; undefined when it can be sent. */
    const problem = () => {
      const k = kind();
      if (k !== "interval" && !at.value) return t("reminders.pick-time");
      if (k === "interval" && !/^\d+$/.test(days.value.trim())) return t("reminders.days-int", { max: MAX_DAYS });
      if (k === "interval" && (Number(days.value) < 1 || Number(days.value) > MAX_DAYS)) return t("reminders.days-range", { max: MAX_DAYS });
      if (what.value === "text" && !text.value.trim()) return t("reminders.write");
      return undefined;
    };

    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      note.textContent = "";
      const wrong = problem();
      if (wrong) return (error.textContent = wrong);
      const content = what.value === "text" ? { text: text.value.trim() } : { dialog: what.value };
      const k = kind();
      try {
        if (k === "once") {
          const made = await api(`/conversations/${conversationId}/nudges`, { method: "POST", body: { at: fromInputValue(at.value), ...content } });
          if (made.moved) note.textContent = t("reminders.moved", { when: when(made.dueAt) });
          if (made.remindersOff) note.textContent = t("reminders.saved-but-off");
        } else if (k === "weekly") {
          const { weekday, time } = weekdayAndTime(at.value);
          const made = await api(`/conversations/${conversationId}/schedules`, { method: "POST", body: { kind: "weekly", weekday, time, ...content } });
          if (made.remindersOff) note.textContent = t("reminders.saved-but-off");
        } else {
          const made = await api(`/conversations/${conversationId}/schedules`, { method: "POST", body: { kind: "interval", everyDays: Number(days.value), ...content } });
          if (made.remindersOff) note.textContent = t("reminders.saved-but-off");
        }
        text.value = "";
        await show(conversationId);
        if (!note.textContent) note.textContent = t("reminders.saved");
      } catch (err) {
        error.textContent = label("error", err.message) ?? t("reminders.save-failed");
      }
    });
    return f;
  }

  function discharge(data) {
    const section = el("div", { id: "discharge" }, el("h3", { text: t("reminders.end") }));
    const d = data.discharge;
    if (d) {
      const followUp = d.followUpDeclinedAt ? t("reminders.declined", { when: when(d.followUpDeclinedAt) })
        : d.outcome === "no-contact" || data.participantStatus === "opted-out" ? t("reminders.no-follow-up")
        : t("reminders.monthly");
      section.append(el("p", { id: "discharge-state", text: t("reminders.ended", { when: when(d.at), outcome: label("outcome", d.outcome) ?? label("outcome", "unknown"), followUp }) }));
      return section;
    }
    const outcome = el("select", { id: "discharge-outcome", required: true }, el("option", { value: "", text: t("reminders.choose") }), ...outcomes.map((value) => el("option", { value, text: label("outcome", value) })));
    const error = el("p", { id: "discharge-error", class: "error", role: "alert" });
    const f = el("form", { id: "discharge-form", class: "compose", novalidate: true },
      el("label", { for: outcome.id, text: t("reminders.how-ended") }), outcome,
      el("p", { class: "muted", text: t("reminders.discharge-help") }),
      el("button", { type: "submit", class: "quiet", text: t("reminders.end") }), error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      if (!outcome.value) return (error.textContent = t("reminders.pick-outcome"));
      if (!confirm(t("reminders.end-confirm", { outcome: label("outcome", outcome.value) }))) return;
      try {
        await api(`/conversations/${conversationId}/discharge`, { method: "POST", body: { outcome: outcome.value } });
        await show(conversationId);
        onDischarged?.();
      } catch (err) {
        error.textContent = label("error", err.message) ?? t("reminders.end-failed");
      }
    });
    section.append(f);
    return section;
  }

  // A refresh (live, or after a change) keeps the form's note: it says what just happened.
  async function show(id) {
    const same = conversationId === id;
    conversationId = id;
    const data = await api(`/conversations/${id}/nudges`);
    if (conversationId !== id) return;
    const state = [data.remindersOff ? t("reminders.off") : data.reminderPace === "weekly" ? t("reminders.pace-weekly") : "", data.unansweredNudges ? t("reminders.unanswered", { n: data.unansweredNudges }) : ""].filter(Boolean).join(" ");
    const items = [...data.schedules.map(scheduleItem), ...data.nudges.map(oneOffItem)];
    if (!items.length) items.push(el("li", { class: "muted", text: t("reminders.nothing") }));
    const list = el("ol", { id: "c-nudge-list", class: "nudges" }, ...items);
    const existing = box.querySelector("#nudge-form");
    if (same && existing) {
      // A refresh keeps what is being typed in the form.
      box.querySelector("#c-nudge-list").replaceWith(list);
      box.querySelector("#c-nudges-state").textContent = state;
      box.querySelector("#discharge").replaceWith(discharge(data));
      return;
    }
    box.replaceChildren(el("h3", { text: t("reminders.title") }), el("p", { id: "c-nudges-state", class: "muted", text: state }), list, form(), discharge(data));
  }

  return { show };
}
