// A team's outcome targets and guardian routine, for team leads on the dashboard: the share of each
// cohort at step N or higher after M months (the method's defaults until the team writes its own).
export function mountOutcomeSettings({ api, el, onSaved }) {
  function form(teamId, data) {
    const rows = data.targets.map((t, i) => el("fieldset", { class: "goal" }, el("legend", { text: `Mål ${i + 1}` }),
      el("label", { for: `ot-months-${i}`, text: "Månader efter inskrivning" }), el("input", { id: `ot-months-${i}`, type: "number", min: 1, max: 36, value: t.months }),
      el("label", { for: `ot-step-${i}`, text: "Steg (lägst)" }), el("input", { id: `ot-step-${i}`, type: "number", min: 1, max: 5, value: t.step }),
      el("label", { for: `ot-percent-${i}`, text: "Andel, procent" }), el("input", { id: `ot-percent-${i}`, type: "number", min: 0, max: 100, step: "any", value: t.percent })));
    const guardian = el("input", { id: "ot-guardian", type: "checkbox" });
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const restore = el("button", { type: "button", class: "quiet", text: "Återställ metodens mål" });
    const f = el("form", { id: "outcome-settings", class: "compose" }, ...rows,
      el("span", { class: "check" }, guardian, el("label", { for: guardian.id, text: "Vår rutin: vårdnadshavares kontakt för deltagare under 18" })),
      el("button", { type: "submit", class: "quiet", text: "Spara teamets mål" }), restore, note);
    api(`/teams/${teamId}/outcome-settings`).then((s) => (guardian.checked = s.guardianContactRequired)).catch(() => undefined);
    const save = async (targets) => {
      try {
        await api(`/teams/${teamId}/outcome-settings`, { method: "PUT", body: { targets, guardianContactRequired: guardian.checked } });
        note.textContent = "Sparat.";
        onSaved();
      } catch {
        note.textContent = "Målen kunde inte sparas: månader 1–36, steg 1–5, andel 0–100, varje kombination en gång.";
      }
    };
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      save(data.targets.map((_, i) => ({ months: Number(f.querySelector(`#ot-months-${i}`).value), step: Number(f.querySelector(`#ot-step-${i}`).value), percent: Number(f.querySelector(`#ot-percent-${i}`).value) })));
    });
    restore.addEventListener("click", () => save(null));
    return el("details", { class: "o-section" }, el("summary", { text: `Teamets mål${data.customTargets ? "" : " (metodens förval)"}` }), f);
  }
  return { form };
}
