// Meetings on a participant's page: propose a time (the participant answers in chat) or record one
// agreed another way, and afterwards say what happened. Cancelling is part of the method: the words
// here say who cancelled so the right person suggests a new time, never that it counts against anyone.
import { lookup, t } from "./i18n.js";
import { formatDay, fromInputValue, saidBack, withZone } from "./team-time.js";
const state = (code) => lookup(`meetings.state.${code}`);
const outcome = (code) => lookup(`meetings.outcome.${code}`);

export function mountMeetings({ api, el, $, when }) {
  let conversationId = null;
  const box = $("c-meetings");

  // A notice held (quiet hours): when it goes, as the server planned it ("går ut måndag 08:00").
  const heldAt = (result) => ({ at: result?.heldUntil ? `${formatDay(result.heldUntil, { weekday: "long" })} ${when(result.heldUntil)}` : "" });

  const label = (m) => (m.outcome ? outcome(m.outcome === "cancelled" ? `cancelled:${m.cancelledBy ?? "participant"}` : m.outcome) : state(m.status) ?? m.status);

  // A change the server refused: the meeting changed meanwhile (another tab, the young person's answer): the list is
  // shown as it is now, and said so.
  function refused(err) {
    if (err.message === "not-for-this-meeting") void show(conversationId);
    $("meeting-error").textContent = err.message === "not-yet-held" ? t("meetings.not-yet") : err.message === "not-for-this-meeting" ? t("meetings.changed-meanwhile") : t("meetings.save-failed");
  }

  // An agreed meeting says, from what is stored, whether the young person got the confirmation: sent, waiting (until
  // when, and why) or not needed; so it is still said after a reload (tester25 #4).
  function confirmationText(c) {
    if (!c) return "";
    const at = c.at ? `${formatDay(c.at, { weekday: "long" })} ${when(c.at)}` : "";
    const key = c.state === "held" ? `meetings.confirmation.held.${c.why ?? "later"}` : c.state === "sent" && !at ? "meetings.confirmation.sent-now" : `meetings.confirmation.${c.state}`;
    return ` · ${t(key, { at })}`;
  }

  function item(m) {
    // With the weekday, as the young person's texts say it ("torsdag 10 december"): "funkar inte tisdag" is checked at a glance.
    const at = `${formatDay(m.startsAt, { weekday: "long" })} ${when(m.startsAt)}`;
    const text = `${at}${m.location ? ` · ${m.location}` : ""} · ${label(m)}${(m.status === "reschedule-requested" || m.status === "cancelled") && m.requestedTime ? ` ("${m.requestedTime}")` : ""}${confirmationText(m.confirmation)}`;
    const actions = el("span", { class: "row-actions" });
    const record = (name, body, ask) => {
      const b = el("button", { type: "button", class: "quiet", text: name, "aria-label": t("meetings.the-meeting", { name, at }) });
      b.addEventListener("click", async () => {
        // Asked first when it tells the young person something (tester25 #11: "Vi ställde in" sent an SMS at once).
        try { if (ask && !(await ask())) return; } catch (err) { return refused(err); }
        return recordNow(body);
      });
      actions.append(b);
    };
    const recordNow = (body) =>
      api(`/conversations/${conversationId}/meetings/${m.id}/outcome`, { method: "POST", body }).then(async (result) => {
        await show(conversationId);
        // Cancelled by us before its time: what the young person was told, or that nothing was (then write yourself).
        if (result?.told && result.told !== "not-needed") $("meeting-note").textContent = t(`meetings.told.${result.told}`, heldAt(result));
      }).catch((err) => refused(err));
    // "Vi ställde in": the words the young person would get, as the server would write them now, or that nothing goes.
    const askCancel = async () => {
      const notice = await api(`/conversations/${conversationId}/meetings/${m.id}/cancel-notice`);
      return confirm(notice.says ? t("meetings.ask.we-cancel", { says: notice.says }) : t(`meetings.ask.we-cancel-${notice.told === "yours" ? "yours" : "silent"}`));
    };
    // Only what the meeting's state leaves open, as the server says (bot/domain/meeting-actions.ts): a refused,
    // cancelled or superseded row has no buttons, and "Blev av / Blev inte av" wait for the meeting's time.
    const open = new Set((new Date(m.startsAt) <= new Date() ? m.actionsFromStart : m.actions) ?? []);
    if (open.has("agreed")) {
      // A proposal answered to a person (their own conversation, or by phone): recorded here.
      const b = el("button", { type: "button", class: "quiet", text: t("meetings.they-agreed"), "aria-label": t("meetings.the-meeting", { name: t("meetings.they-agreed"), at }) });
      b.addEventListener("click", () => api(`/conversations/${conversationId}/meetings/${m.id}/agreed`, { method: "POST" }).then(async (result) => {
        await show(conversationId);
        // Confirmed, and what the young person was told of it (day, time and place), or that you write it yourself.
        $("meeting-note").textContent = t(result?.told ? `meetings.confirmed.${result.told}` : "meetings.confirmed", heldAt(result));
      }).catch((err) => refused(err)));
      actions.append(b);
    }
    if (open.has("reschedule")) {
      // "funkar inte tisdag, kan vi ta torsdag istället?" said to a person: marked, its reminders gone, and the
      // new time typed straight into the form below.
      const b = el("button", { type: "button", class: "quiet", text: t("meetings.they-want-another"), "aria-label": t("meetings.the-meeting", { name: t("meetings.they-want-another"), at }) });
      b.addEventListener("click", () => api(`/conversations/${conversationId}/meetings/${m.id}/reschedule`, { method: "POST" }).then(async () => {
        await show(conversationId);
        $("meeting-note").textContent = t("meetings.marked-another");
        $("meeting-at").focus();
      }).catch((err) => refused(err)));
      actions.append(b);
    }
    if (open.has("attended")) record(t("meetings.attended"), { outcome: "attended" });
    if (open.has("no-show")) record(t("meetings.no-show"), { outcome: "no-show" });
    if (open.has("cancelled:participant")) record(t("meetings.they-cancelled"), { outcome: "cancelled", cancelledBy: "participant" });
    if (open.has("cancelled:coordinator")) record(t("meetings.we-cancelled"), { outcome: "cancelled", cancelledBy: "coordinator" }, askCancel);
    return el("li", { "data-meeting": m.id }, document.createTextNode(text), actions);
  }

  function form() {
    const at = el("input", { id: "meeting-at", type: "datetime-local", required: true });
    const where = el("input", { id: "meeting-where", maxlength: 60 });
    const agreed = el("input", { id: "meeting-agreed", type: "checkbox" });
    const note = el("p", { id: "meeting-note", class: "muted", "aria-live": "polite" });
    const error = el("p", { id: "meeting-error", class: "error", role: "alert" });
    const f = el("form", { id: "meeting-form", class: "compose", novalidate: true },
      el("label", { for: at.id, text: withZone(t("meetings.when")) }), at, saidBack(at, el),
      el("label", { for: where.id, text: t("meetings.where") }), where,
      el("span", { class: "check" }, agreed, el("label", { for: agreed.id, text: t("meetings.agreed") })),
      el("button", { type: "submit", class: "quiet", text: t("meetings.propose") }), note, error);
    agreed.addEventListener("change", () => { f.querySelector("button[type=submit]").textContent = agreed.checked ? t("meetings.save") : t("meetings.propose"); });
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      if (!at.value) return (error.textContent = t("meetings.pick-time"));
      try {
        const body = { startsAt: fromInputValue(at.value), alreadyAgreed: agreed.checked, ...(where.value.trim() ? { location: where.value.trim() } : {}) };
        const made = await proposeAsking(body);
        // Not sent: the coordinator chose to change the time, or not to take the conversation; the form keeps what was typed.
        if (!made) return;
        await show(conversationId);
        // Said as it went: sent by Tillit, sent as the coordinator's own words, or waiting until Tillit may write.
        const said = agreed.checked ? "meetings.saved" : made.proposal === "sent" ? "meetings.sent" : made.proposal === "own-words" ? "meetings.sent-own-words" : "meetings.held";
        $("meeting-note").textContent = t(said);
      } catch (err) {
        error.textContent = err.message === "in-the-past" ? t("meetings.past") : err.message === "opted-out" ? t("reminders.error.opted-out") : t("meetings.failed");
      }
    });
    return f;
  }

  /**
   * Sends the meeting; what the server asks first (bot/staff/meetings.ts AskFirstError) is asked here, and sent again
   * once the coordinator goes ahead: a time the young person has just refused, and a proposal that would take the
   * conversation from a young person waiting for a person. Undefined when the coordinator stops.
   */
  async function proposeAsking(body) {
    const asked = {};
    for (;;) {
      try {
        return await api(`/conversations/${conversationId}/meetings`, { method: "POST", body: { ...body, ...asked } });
      } catch (err) {
        if (err.message === "refused-before" && !asked.despiteRefusal) {
          if (!confirm(t("meetings.ask.refused-before", { at: `${formatDay(body.startsAt, { weekday: "long" })} ${when(body.startsAt)}` }))) return undefined;
          asked.despiteRefusal = true;
        } else if (err.message === "takes-over" && !asked.takeOver) {
          if (!confirm(t("meetings.ask.takes-over"))) return undefined;
          asked.takeOver = true;
        } else throw err;
      }
    }
  }

  async function show(id) {
    const same = conversationId === id;
    conversationId = id;
    const { meetings } = await api(`/conversations/${id}/meetings`);
    if (conversationId !== id) return;
    const list = el("ol", { id: "meeting-list", class: "nudges" }, ...meetings.map(item));
    const empty = meetings.length ? null : el("p", { class: "muted", text: t("meetings.none") });
    const existing = box.querySelector("#meeting-form");
    if (same && existing) {
      // A live refresh keeps what is being typed in the form.
      box.querySelector("#meeting-list").replaceWith(list);
      box.querySelector(".meetings-empty")?.remove();
      if (empty) list.before(Object.assign(empty, { className: "muted meetings-empty" }));
      return;
    }
    if (empty) empty.className = "muted meetings-empty";
    // No "null" on the page when there are meetings (replaceChildren writes it as text).
    box.replaceChildren(...[el("h3", { text: t("page.moten") }), empty, list, form()].filter(Boolean));
  }

  return { show };
}
