// A team's outcome targets and guardian routine, for team leads on the dashboard: the share of each
// cohort at step N or higher after M months (the method's defaults until the team writes its own).
import { t } from "./i18n.js";
export function mountOutcomeSettings({ api, el, onSaved }) {
  function form(teamId, data) {
    const rows = data.targets.map((target, i) => el("fieldset", { class: "goal" }, el("legend", { text: t("outcomes.goal-n", { n: i + 1 }) }),
      el("label", { for: `ot-months-${i}`, text: t("outcomes.months-after") }), el("input", { id: `ot-months-${i}`, type: "number", min: 1, max: 36, value: target.months }),
      el("label", { for: `ot-step-${i}`, text: t("outcomes.step-min") }), el("input", { id: `ot-step-${i}`, type: "number", min: 1, max: 5, value: target.step }),
      el("label", { for: `ot-percent-${i}`, text: t("outcomes.percent") }), el("input", { id: `ot-percent-${i}`, type: "number", min: 0, max: 100, step: "any", value: target.percent })));
    const guardian = el("input", { id: "ot-guardian", type: "checkbox" });
    const note = el("p", { class: "muted", "aria-live": "polite" });
    const restore = el("button", { type: "button", class: "quiet", text: t("outcomes.restore") });
    const f = el("form", { id: "outcome-settings", class: "compose" }, ...rows,
      el("span", { class: "check" }, guardian, el("label", { for: guardian.id, text: t("outcomes.guardian") })),
      el("button", { type: "submit", class: "quiet", text: t("outcomes.save-goals") }), restore, note);
    api(`/teams/${teamId}/outcome-settings`).then((s) => (guardian.checked = s.guardianContactRequired)).catch(() => undefined);
    const save = async (targets) => {
      try {
        await api(`/teams/${teamId}/outcome-settings`, { method: "PUT", body: { targets, guardianContactRequired: guardian.checked } });
        note.textContent = t("team.saved");
        onSaved();
      } catch {
        note.textContent = t("outcomes.goals-error");
      }
    };
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      save(data.targets.map((_, i) => ({ months: Number(f.querySelector(`#ot-months-${i}`).value), step: Number(f.querySelector(`#ot-step-${i}`).value), percent: Number(f.querySelector(`#ot-percent-${i}`).value) })));
    });
    restore.addEventListener("click", () => save(null));
    return el("details", { class: "o-section" }, el("summary", { text: `${t("outcomes.goals")}${data.customTargets ? "" : t("steps.method-default")}` }), f);
  }
  return { form };
}
