// Steps 1-5 on a participant's page: the step now with the team's meaning of it, when it was reached
// and why, earlier steps, and a form to set a new one. Team leads also edit what each step means on
// their team. Text goes on the page with textContent only (see staff.js).
import { lookup, t } from "./i18n.js";
import { todayValue } from "./team-time.js";
export function mountSteps({ api, el, $, when, me }) {
  let conversationId = null;
  const box = $("c-step");
  const today = todayValue;

  function stepForm(data) {
    const step = el("select", { id: "step-value" }, ...data.criteria.map((c, i) => el("option", { value: i + 1, text: t("steps.option", { n: i + 1, text: c }) })));
    if (data.current) step.value = String(data.current.step);
    const day = el("input", { id: "step-day", type: "date", max: today(), value: today(), required: true });
    const reason = el("input", { id: "step-reason", maxlength: 200, required: true });
    const error = el("p", { id: "step-error", class: "error", role: "alert" });
    const f = el("form", { id: "step-form", class: "compose", novalidate: true },
      el("label", { for: step.id, text: t("page.steg") }), step,
      el("label", { for: day.id, text: t("steps.reached") }), day,
      el("label", { for: reason.id, text: t("steps.reason") }), reason,
      el("button", { type: "submit", class: "quiet", text: t("steps.set") }), error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!reason.value.trim()) return (error.textContent = t("steps.need-reason"));
      try {
        await api(`/conversations/${conversationId}/step`, { method: "POST", body: { step: Number(step.value), reachedOn: day.value, reason: reason.value.trim() } });
        await show(conversationId);
      } catch (err) {
        error.textContent = err.message === "in-the-future" ? t("steps.future") : /reachedOn/.test(err.data?.detail ?? "") ? t("steps.pick-date") : t("steps.failed");
      }
    });
    return f;
  }

  function criteriaForm(teamId, data) {
    const inputs = data.criteria.map((c, i) => el("input", { id: `criteria-${i + 1}`, maxlength: 200, value: c }));
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const f = el("form", { id: "criteria-form", class: "compose" }, ...inputs.flatMap((input, i) => [el("label", { for: input.id, text: t("steps.n", { n: i + 1 }) }), input]),
      el("button", { type: "submit", class: "quiet", text: t("steps.save-criteria") }), note);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await api(`/teams/${teamId}/step-criteria`, { method: "PUT", body: { criteria: inputs.map((i) => i.value.trim()) } });
        await show(conversationId, teamId);
      } catch {
        note.textContent = t("steps.criteria-error");
      }
    });
    return el("details", {}, el("summary", { text: `${t("steps.criteria")}${data.custom ? "" : t("steps.method-default")}` }), f);
  }

  // The method's default names are the interface's words, shown in the staff member's language; a team's own are theirs, as written.
  const withNames = (data) => (data.custom ? data : { ...data, criteria: data.criteria.map((c, i) => lookup(`steps.default.${i + 1}`) ?? c) });

  async function show(id, teamId) {
    conversationId = id;
    const data = withNames(await api(`/conversations/${id}/step`));
    if (conversationId !== id) return;
    const c = data.current;
    const now = c
      ? [el("p", {}, el("strong", { text: t("steps.of-five", { n: c.step, text: data.criteria[c.step - 1] }) })),
        el("p", { class: "muted", text: `${c.reachedOn ? t("steps.reached-on", { date: c.reachedOn }) : t("steps.set-at", { when: when(c.setAt) })}${c.reason ? ` · ${c.reason}` : ""}${c.setBy ? ` (${c.setBy})` : ""}` })]
      : [el("p", { class: "muted", text: t("steps.none") })];
    const history = data.history.length > 1
      ? el("details", {}, el("summary", { text: t("steps.earlier", { n: data.history.length - 1 }) }),
        el("ol", {}, ...data.history.slice(1).map((s) => el("li", { text: `${t("steps.n", { n: s.step })}${s.reachedOn ? `, ${t("steps.reached-lower", { date: s.reachedOn })}` : ""}${s.reason ? ` · ${s.reason}` : ""}${s.setBy ? ` (${s.setBy})` : ""}` }))))
      : null;
    const lead = me()?.role === "teamlead" || me()?.role === "admin";
    // replaceChildren writes a null as the text "null" (a tester saw it under "Steg 1–5"): only what is there.
    box.replaceChildren(...[el("h3", { text: t("steps.title") }), ...now, history, stepForm(data), lead && teamId ? criteriaForm(teamId, data) : null].filter(Boolean));
  }

  return { show };
}
