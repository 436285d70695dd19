// Reminders and discharge on a participant's page. Reminders: what is coming (a recurring schedule
// once, with its next occurrence), move or remove one, stop a schedule, add one: once, every week or
// every N days. Discharge: how the contact ended; Tillit then offers a last self-rating and tells the
// young person about the six months of follow-up, which they may decline.
const labels = {
  dialog: { "check-in": "Incheckning", "self-rating": "Skattning", mapping: "Kartläggning", "action-plan": "Handlingsplanen", discharge: "Avslutningsmeddelandet" },
  kind: { "meeting-proposal": "Mötesförslag", "meeting-reminder": "Mötespåminnelse", outreach: "Första sms:et (lista)", "outreach-follow-up": "Andra sms:et (lista)", "outreach-task": "Uppgift om inget svar", postponed: "Uppskjuten", "follow-up": "Uppföljning", discharge: "Avslutningsmeddelandet" },
  weekday: ["", "måndagar", "tisdagar", "onsdagar", "torsdagar", "fredagar", "lördagar", "söndagar"],
  outcome: { work: "arbete", studies: "studier", "other-activity": "annan aktivitet", moved: "flyttat", "no-contact": "vill inte ha mer kontakt", unknown: "okänt" },
};
const serverErrors = {
  "in-the-past": "Tiden har redan passerat.",
  "opted-out": "Deltagaren har skrivit STOPP.",
  "already-discharged": "Insatsen är redan avslutad.",
};
const MAX_DAYS = 120;

const toLocalInput = (iso) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};

export function mountReminders({ api, el, $, when, onDischarged }) {
  let conversationId = null;
  const box = $("c-nudges");

  const rhythm = (s) => (s.kind === "weekly" ? `varje vecka, ${labels.weekday[s.weekday]} kl. ${s.timeOfDay}`
    : s.kind === "interval" ? (s.everyDays === 1 ? "varje dag" : `var ${s.everyDays}:e dag`)
    : s.cadenceKey === "discharge" ? "uppföljning efter avslut, en gång i månaden" : "uppföljning av handlingsplanen");
  const paused = (s) => (s.status === "quiet" ? " (pausad: inga svar)" : s.status === "off" ? " (pausad: deltagaren vill inte ha påminnelser)" : "");

  function oneOffItem(n) {
    const what = n.text ?? labels.dialog[n.dialog] ?? labels.kind[n.kind] ?? n.kind;
    const moveInput = el("input", { type: "datetime-local", value: toLocalInput(n.dueAt), "aria-label": `Ny tid för ${what}` });
    const move = el("button", { type: "button", class: "quiet", text: "Flytta" });
    move.addEventListener("click", () => api(`/conversations/${conversationId}/nudges/${n.id}/move`, { method: "POST", body: { at: new Date(moveInput.value).toISOString() } }).then(() => show(conversationId)).catch(() => undefined));
    const cancel = el("button", { type: "button", class: "quiet", text: "Ta bort", "aria-label": `Ta bort ${what} ${when(n.dueAt)}` });
    cancel.addEventListener("click", () => api(`/conversations/${conversationId}/nudges/${n.id}/cancel`, { method: "POST" }).then(() => show(conversationId)).catch(() => undefined));
    return el("li", { "data-nudge": n.id }, el("strong", { text: when(n.dueAt) }), document.createTextNode(` ${what}`), n.status === "scheduled" ? el("span", { class: "row-actions" }, moveInput, move, cancel) : null);
  }

  function scheduleItem(s) {
    const what = s.text ?? labels.dialog[s.dialog] ?? "Uppföljning";
    const stop = el("button", { type: "button", class: "quiet", text: "Stoppa", "aria-label": `Stoppa: ${what}, ${rhythm(s)}` });
    stop.addEventListener("click", () => api(`/conversations/${conversationId}/schedules/${s.id}/stop`, { method: "POST" }).then(() => show(conversationId)).catch(() => undefined));
    const next = s.next ? `nästa ${when(s.next.dueAt)}` : s.status === "active" ? "nästa planeras strax" : "ingen nästa just nu";
    return el("li", { class: "schedule", "data-schedule": s.id }, el("strong", { text: `Återkommande: ${what}` }), document.createTextNode(`, ${rhythm(s)}${paused(s)} · ${next} `), stop);
  }

  function form() {
    const f = el("form", { id: "nudge-form", class: "compose", novalidate: true });
    const often = el("fieldset", { class: "often" }, el("legend", { text: "Hur ofta" }));
    for (const [value, text] of [["once", "En gång"], ["weekly", "Varje vecka"], ["interval", "Var N:e dag"]]) {
      const radio = el("input", { type: "radio", name: "often", id: `nudge-often-${value}`, value, checked: value === "once" });
      often.append(el("span", { class: "check" }, radio, el("label", { for: radio.id, text })));
    }
    const at = el("input", { id: "nudge-at", type: "datetime-local" });
    const atLabel = el("label", { for: at.id, text: "När" });
    const days = el("input", { id: "nudge-days", type: "number", min: 1, max: MAX_DAYS, step: 1, inputmode: "numeric" });
    const daysLabel = el("label", { for: days.id, text: `Antal dagar mellan gångerna (1-${MAX_DAYS})` });
    const daysHint = el("p", { id: "nudge-days-hint", class: "muted", text: "Första gången om så många dagar, på en tid deltagaren har sagt passar." });
    days.setAttribute("aria-describedby", daysHint.id);
    const what = el("select", { id: "nudge-what" },
      el("option", { value: "text", text: "Eget meddelande" }),
      el("option", { value: "check-in", text: "Incheckning" }),
      el("option", { value: "self-rating", text: "Skattning" }),
      el("option", { value: "mapping", text: "Kartläggning" }));
    const text = el("textarea", { id: "nudge-text", rows: 2, maxlength: 280 });
    const note = el("p", { id: "nudge-note", class: "muted", "aria-live": "polite" });
    const error = el("p", { id: "nudge-error", class: "error", role: "alert" });
    f.append(often, atLabel, at, daysLabel, days, daysHint, el("label", { for: what.id, text: "Vad" }), what,
      el("label", { for: text.id, text: "Meddelande (skickas med ditt förnamn)" }), text,
      el("button", { type: "submit", class: "quiet", text: "Lägg till" }), note, error);

    const kind = () => f.querySelector("input[name=often]:checked").value;
    const arrange = () => {
      const k = kind();
      atLabel.textContent = k === "weekly" ? "Första gången (sedan samma veckodag och tid)" : "När";
      for (const node of [atLabel, at]) node.hidden = k === "interval";
      for (const node of [daysLabel, days, daysHint]) node.hidden = k !== "interval";
      text.disabled = what.value !== "text";
    };
    f.addEventListener("change", arrange);
    arrange();

    /** What is wrong with the form, in words a coordinator can act on; undefined when it can be sent. */
    const problem = () => {
      const k = kind();
      if (k !== "interval" && !at.value) return "Välj dag och tid.";
      if (k === "interval" && !/^\d+$/.test(days.value.trim())) return `Skriv antal dagar som ett heltal, 1-${MAX_DAYS}.`;
      if (k === "interval" && (Number(days.value) < 1 || Number(days.value) > MAX_DAYS)) return `Antal dagar ska vara 1-${MAX_DAYS}.`;
      if (what.value === "text" && !text.value.trim()) return "Skriv meddelandet.";
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
          const made = await api(`/conversations/${conversationId}/nudges`, { method: "POST", body: { at: new Date(at.value).toISOString(), ...content } });
          if (made.moved) note.textContent = `Tiden låg inom tysta timmar och flyttades till ${when(made.dueAt)}.`;
        } else if (k === "weekly") {
          const first = new Date(at.value);
          const weekday = ((first.getDay() + 6) % 7) + 1;
          const time = `${String(first.getHours()).padStart(2, "0")}:${String(first.getMinutes()).padStart(2, "0")}`;
          await api(`/conversations/${conversationId}/schedules`, { method: "POST", body: { kind: "weekly", weekday, time, ...content } });
        } else {
          await api(`/conversations/${conversationId}/schedules`, { method: "POST", body: { kind: "interval", everyDays: Number(days.value), ...content } });
        }
        text.value = "";
        await show(conversationId);
        if (!note.textContent) note.textContent = "Påminnelsen är sparad.";
      } catch (err) {
        error.textContent = serverErrors[err.message] ?? "Påminnelsen kunde inte sparas. Kontrollera tid, antal dagar och text.";
      }
    });
    return f;
  }

  function discharge(data) {
    const section = el("div", { id: "discharge" }, el("h3", { text: "Avsluta insatsen" }));
    const d = data.discharge;
    if (d) {
      const followUp = d.followUpDeclinedAt ? `Uppföljning avböjd av ungdomen ${when(d.followUpDeclinedAt)}.`
        : d.outcome === "no-contact" || data.participantStatus === "opted-out" ? "Ingen uppföljning (vill inte ha kontakt)."
        : "Uppföljning en gång i månaden i sex månader.";
      section.append(el("p", { id: "discharge-state", text: `Avslutad ${when(d.at)}: ${labels.outcome[d.outcome] ?? "okänt"}. ${followUp}` }));
      return section;
    }
    const outcome = el("select", { id: "discharge-outcome", required: true }, el("option", { value: "", text: "Välj" }), ...Object.entries(labels.outcome).map(([value, text]) => el("option", { value, text })));
    const error = el("p", { id: "discharge-error", class: "error", role: "alert" });
    const f = el("form", { id: "discharge-form", class: "compose", novalidate: true },
      el("label", { for: outcome.id, text: "Hur slutade kontakten?" }), outcome,
      el("p", { class: "muted", text: "Planerade påminnelser tas bort. Tillit tackar, ber om en sista skattning och berättar om uppföljningen en gång i månaden i sex månader, som ungdomen kan tacka nej till. Den som inte vill ha kontakt får inget meddelande." }),
      el("button", { type: "submit", class: "quiet", text: "Avsluta insatsen" }), error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      if (!outcome.value) return (error.textContent = "Välj hur kontakten slutade.");
      if (!confirm(`Avsluta insatsen (${labels.outcome[outcome.value]})?`)) return;
      try {
        await api(`/conversations/${conversationId}/discharge`, { method: "POST", body: { outcome: outcome.value } });
        await show(conversationId);
        onDischarged?.();
      } catch (err) {
        error.textContent = serverErrors[err.message] ?? "Det gick inte att avsluta. Försök igen.";
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
    const state = [data.remindersOff ? "Deltagaren har bett om inga påminnelser (mötespåminnelser går ut)." : "", data.unansweredNudges ? `${data.unansweredNudges} obesvarade påminnelser i rad.` : ""].filter(Boolean).join(" ");
    const items = [...data.schedules.map(scheduleItem), ...data.nudges.map(oneOffItem)];
    if (!items.length) items.push(el("li", { class: "muted", text: "Inget planerat." }));
    const list = el("ol", { id: "c-nudge-list", class: "nudges" }, ...items);
    const existing = box.querySelector("#nudge-form");
    if (same && existing) {
      // A refresh keeps what is being typed in the form.
      box.querySelector("#c-nudge-list").replaceWith(list);
      box.querySelector("#c-nudges-state").textContent = state;
      box.querySelector("#discharge").replaceWith(discharge(data));
      return;
    }
    box.replaceChildren(el("h3", { text: "Påminnelser" }), el("p", { id: "c-nudges-state", class: "muted", text: state }), list, form(), discharge(data));
  }

  return { show };
}
