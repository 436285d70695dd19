// Steps 1-5 on a participant's page: the step now with the team's meaning of it, when it was reached
// and why, earlier steps, and a form to set a new one. Team leads also edit what each step means on
// their team. Text goes on the page with textContent only (see staff.js).
export function mountSteps({ api, el, $, when, me }) {
  let conversationId = null;
  const box = $("c-step");
  const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

  function stepForm(data) {
    const step = el("select", { id: "step-value" }, ...data.criteria.map((c, i) => el("option", { value: i + 1, text: `Steg ${i + 1}: ${c}` })));
    if (data.current) step.value = String(data.current.step);
    const day = el("input", { id: "step-day", type: "date", max: today(), value: today(), required: true });
    const reason = el("input", { id: "step-reason", maxlength: 200, required: true });
    const error = el("p", { id: "step-error", class: "error", role: "alert" });
    const f = el("form", { id: "step-form", class: "compose", novalidate: true },
      el("label", { for: step.id, text: "Steg" }), step,
      el("label", { for: day.id, text: "Nått den" }), day,
      el("label", { for: reason.id, text: "Kort motivering" }), reason,
      el("button", { type: "submit", class: "quiet", text: "Sätt steg" }), error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) return (error.textContent = "Skriv en kort motivering.");
      try {
        await api(`/conversations/${conversationId}/step`, { method: "POST", body: { step: Number(step.value), reachedOn: day.value, reason: reason.value.trim() } });
        await show(conversationId);
      } catch (err) {
        error.textContent = err.message === "in-the-future" ? "Datumet kan inte ligga framåt i tiden." : /reachedOn/.test(err.data?.detail ?? "") ? "Välj ett datum." : "Steget kunde inte sparas.";
      }
    });
    return f;
  }

  function criteriaForm(teamId, data) {
    const inputs = data.criteria.map((c, i) => el("input", { id: `criteria-${i + 1}`, maxlength: 200, value: c }));
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const f = el("form", { id: "criteria-form", class: "compose" }, ...inputs.flatMap((input, i) => [el("label", { for: input.id, text: `Steg ${i + 1}` }), input]),
      el("button", { type: "submit", class: "quiet", text: "Spara teamets kriterier" }), note);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await api(`/teams/${teamId}/step-criteria`, { method: "PUT", body: { criteria: inputs.map((i) => i.value.trim()) } });
        await show(conversationId, teamId);
      } catch {
        note.textContent = "Varje steg behöver en text (högst 200 tecken).";
      }
    });
    return el("details", {}, el("summary", { text: `Teamets kriterier för stegen${data.custom ? "" : " (metodens förval)"}` }), f);
  }

  async function show(id, teamId) {
    conversationId = id;
    const data = await api(`/conversations/${id}/step`);
    if (conversationId !== id) return;
    const c = data.current;
    const now = c
      ? [el("p", {}, el("strong", { text: `Steg ${c.step} av 5: ${data.criteria[c.step - 1]}` })),
        el("p", { class: "muted", text: `${c.reachedOn ? `Nått ${c.reachedOn}` : `Satt ${when(c.setAt)}`}${c.reason ? ` · ${c.reason}` : ""}${c.setBy ? ` (${c.setBy})` : ""}` })]
      : [el("p", { class: "muted", text: "Inget steg satt än." })];
    const history = data.history.length > 1
      ? el("details", {}, el("summary", { text: `Tidigare steg (${data.history.length - 1})` }),
        el("ol", {}, ...data.history.slice(1).map((s) => el("li", { text: `Steg ${s.step}${s.reachedOn ? `, nått ${s.reachedOn}` : ""}${s.reason ? ` · ${s.reason}` : ""}${s.setBy ? ` (${s.setBy})` : ""}` }))))
      : null;
    const lead = me()?.role === "teamlead" || me()?.role === "admin";
    box.replaceChildren(el("h3", { text: "Steg 1–5" }), ...now, history, stepForm(data), lead && teamId ? criteriaForm(teamId, data) : null);
  }

  return { show };
}
