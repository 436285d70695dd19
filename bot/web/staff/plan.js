// The action plan on a participant's page: what it says now (who does what, and what the participant
// marked done or stuck in chat), a form to write or change it with them, and the earlier versions.
// Everything typed goes on the page with textContent only (see staff.js).
import { lookup, t } from "./i18n.js";
import { fromInputValue, saidBack, toInputValue, withZone } from "./team-time.js";
const OWNERS = ["participant", "coordinator", "agency"];
const owner = (code) => t(`plan.owner.${code}`);
const statuses = (code) => lookup(`plan.status.${code}`);
const progress = (code) => lookup(`plan.progress.${code}`);
const MAX_GOALS = 5;

export function mountPlan({ api, el, $, when }) {
  let conversationId = null;
  let current = null;
  const box = $("c-plan");

  const who = (g) => (g.owner === "agency" ? g.agency : owner(g.owner));

  function goalRow(g = { text: "", owner: "participant", agency: "", status: "open" }, index) {
    const n = index + 1;
    const text = el("input", { id: `plan-goal-${n}`, class: "goal-text", maxlength: 80, value: g.text });
    const ownerSelect = el("select", { id: `plan-goal-${n}-owner`, class: "goal-owner" }, ...OWNERS.map((v) => el("option", { value: v, text: owner(v) })));
    ownerSelect.value = g.owner;
    const agency = el("input", { id: `plan-goal-${n}-agency`, class: "goal-agency", maxlength: 40, value: g.agency ?? "" });
    const agencyLabel = el("label", { for: agency.id, text: t("plan.which-agency") });
    const showAgency = () => { agency.hidden = agencyLabel.hidden = ownerSelect.value !== "agency"; };
    ownerSelect.addEventListener("change", showAgency);
    showAgency();
    const row = el("fieldset", { class: "goal", "data-status": g.status },
      el("legend", { text: t("plan.sub-goal", { n }) }),
      el("label", { for: text.id, text: t("plan.what") }), text,
      el("label", { for: ownerSelect.id, text: t("plan.who") }), ownerSelect, agencyLabel, agency);
    return row;
  }

  function form() {
    const goals = el("div", { id: "plan-goals" });
    const addGoal = el("button", { type: "button", class: "quiet", text: t("plan.new-goal") });
    const renumber = () => { addGoal.disabled = goals.children.length >= MAX_GOALS; };
    for (const [i, g] of (current?.subGoals ?? []).entries()) goals.append(goalRow(g, i));
    addGoal.addEventListener("click", () => { goals.append(goalRow(undefined, goals.children.length)); renumber(); goals.lastElementChild.querySelector("input").focus(); });
    renumber();
    const main = el("input", { id: "plan-main", maxlength: 80, required: true, value: current?.mainActivity ?? "" });
    const week = el("input", { id: "plan-week", maxlength: 80, value: current?.weeklySchedule ?? "" });
    const items = el("input", { id: "plan-items", maxlength: 220, value: (current?.optionalItems ?? []).join(", ") });
    const follow = el("input", { id: "plan-follow-up", type: "datetime-local", value: current?.nextFollowUpAt ? toInputValue(current.nextFollowUpAt) : "" });
    const error = el("p", { id: "plan-error", class: "error", role: "alert" });
    const f = el("form", { id: "plan-form", class: "compose", novalidate: true },
      el("label", { for: main.id, text: t("plan.main") }), main,
      el("label", { for: week.id, text: t("plan.week") }), week,
      goals, addGoal,
      el("label", { for: items.id, text: t("plan.items") }), items,
      el("label", { for: follow.id, text: withZone(t("plan.next")) }), follow, saidBack(follow, el),
      el("button", { type: "submit", text: current ? t("plan.save-new") : t("plan.save") }), error);
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      const subGoals = [...goals.querySelectorAll("fieldset.goal")].map((row) => ({
        text: row.querySelector(".goal-text").value.trim(), owner: row.querySelector(".goal-owner").value,
        ...(row.querySelector(".goal-owner").value === "agency" ? { agency: row.querySelector(".goal-agency").value.trim() } : {}),
        status: row.dataset.status || "open",
      })).filter((g) => g.text);
      const body = {
        mainActivity: main.value.trim(), subGoals,
        ...(week.value.trim() ? { weeklySchedule: week.value.trim() } : {}),
        optionalItems: items.value.split(",").map((s) => s.trim()).filter(Boolean),
        ...(follow.value ? { nextFollowUpAt: fromInputValue(follow.value) } : {}),
      };
      try {
        await api(`/conversations/${conversationId}/action-plan`, { method: "POST", body });
        await show(conversationId, { closeForm: true });
        $("plan-saved").textContent = t("plan.saved");
      } catch (err) {
        error.textContent = explain(err);
      }
    });
    return f;
  }

  function explain(err) {
    if (err.message === "in-the-past") return t("plan.past");
    if (err.message === "opted-out") return t("plan.opted-out");
    const detail = err.data?.detail || "";
    if (/mainActivity/.test(detail)) return t("plan.need-main");
    if (/agency/.test(detail)) return t("plan.need-agency");
    if (/optionalItems/.test(detail)) return t("plan.items-long");
    return t("plan.failed");
  }

  function planText(p) {
    return [
      el("p", {}, el("strong", { text: p.mainActivity })),
      p.weeklySchedule ? el("p", { class: "muted", text: t("plan.week-is", { week: p.weeklySchedule }) }) : null,
      p.subGoals.length ? el("ul", { class: "plan-goals" }, ...p.subGoals.map((g) => el("li", { class: `goal-${g.status}`, text: `${g.text} · ${who(g)} · ${statuses(g.status) ?? g.status}${g.lastProgress && g.lastProgress !== g.status ? ` (${t("plan.latest", { progress: progress(g.lastProgress) ?? g.lastProgress, when: when(g.lastProgressAt) })})` : ""}` }))) : null,
      p.optionalItems.length ? el("p", { class: "muted", text: t("plan.optional", { items: p.optionalItems.join(", ") }) }) : null,
      p.nextFollowUpAt ? el("p", { class: "muted", text: t("plan.next-is", { when: when(p.nextFollowUpAt) }) }) : null,
    ];
  }

  async function show(id, { closeForm = false } = {}) {
    const sameParticipant = conversationId === id;
    conversationId = id;
    const data = await api(`/conversations/${id}/action-plan`);
    if (conversationId !== id) return;
    current = data.current;
    const now = el("div", { class: "plan-now" }, ...(current ? planText(current) : [el("p", { class: "muted", text: t("plan.none") })]));
    const history = el("div", { class: "plan-history-box" }, data.history.length
      ? el("details", { class: "plan-history" }, el("summary", { text: t("plan.versions", { n: data.history.length }) }),
        el("ol", {}, ...data.history.map((p) => el("li", {}, el("p", { class: "muted", text: t("plan.saved-at", { when: when(p.createdAt) }) }), ...planText(p)))))
      : null);
    const open = box.querySelector("details.plan-edit");
    if (sameParticipant && !closeForm && open?.open) {
      // A live refresh while the coordinator writes: the plan above changes, the form keeps what was typed.
      box.querySelector(".plan-now").replaceWith(now);
      box.querySelector(".plan-history-box").replaceWith(history);
      return;
    }
    const edit = el("details", { class: "plan-edit", open: !current && !closeForm }, el("summary", { text: current ? t("plan.change") : t("plan.write") }), form());
    box.replaceChildren(el("h3", { text: t("page.handlingsplan") }), now, el("p", { id: "plan-saved", class: "muted", "aria-live": "polite" }), edit, history);
  }

  return { show };
}
