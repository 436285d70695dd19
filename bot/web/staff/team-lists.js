// The Team screen's two lists: the follow-up cadences (steps the team may replace and reset to the
// built-in ones) and the team's canned replies (add, change, delete).
import { t } from "./i18n.js";

const DIALOGS = ["check-in", "self-rating", "action-plan", "mapping"];

export function mountTeamLists({ api, el }) {
  function stepFields(key, step, n) {
    const id = (f) => `cad-${key}-${n}-${f}`;
    const number = (f, value, min, max, required = true) => el("input", { id: id(f), type: "number", min, max, value: value ?? "", required });
    const remove = el("button", { type: "button", class: "quiet", text: t("team.cadence.remove", { n: n + 1 }) });
    const set = el("fieldset", { class: "goal", "data-step": n }, el("legend", { text: t("team.cadence.step", { n: n + 1 }) }),
      el("label", { for: id("after"), text: t("team.cadence.after") }), number("after", step.afterDays, 1, 365),
      el("label", { for: id("max"), text: t("team.cadence.max") }), number("max", step.maxDays, 1, 365, false),
      el("label", { for: id("dialog"), text: t("team.cadence.dialog") }),
      el("select", { id: id("dialog") }, ...DIALOGS.map((d) => el("option", { value: d, text: t(`team.dialog.${d}`), selected: d === step.dialog }))),
      el("label", { for: id("times"), text: t("team.cadence.times") }), number("times", step.times, 1, 52, false), remove);
    remove.addEventListener("click", () => set.remove());
    return set;
  }

  function readSteps(form) {
    return [...form.querySelectorAll("fieldset[data-step]")].map((set) => {
      const value = (f) => set.querySelector(`[id$="-${f}"]`).value;
      const step = { afterDays: Number(value("after")), dialog: value("dialog"), times: value("times") === "" ? null : Number(value("times")) };
      return value("max") === "" ? step : { ...step, maxDays: Number(value("max")) };
    });
  }

  function cadenceForm(teamId, key, cadence, reload) {
    const status = el("p", { class: "muted", role: "status" });
    const steps = el("div", {}, ...cadence.steps.map((s, n) => stepFields(key, s, n)));
    // Ids stay unique when steps are removed and added: a new step takes the next number never used.
    let made = cadence.steps.length;
    const add = el("button", { type: "button", class: "quiet", text: t("team.cadence.add") });
    add.addEventListener("click", () => {
      const set = stepFields(key, { afterDays: 30, dialog: "check-in", times: 1 }, made++);
      steps.append(set);
      set.querySelector("input").focus();
    });
    const reset = el("button", { type: "button", class: "quiet", text: t("team.cadence.reset") });
    reset.addEventListener("click", async () => {
      await api(`/teams/${teamId}/cadences/${key}`, { method: "DELETE" }).catch(() => undefined);
      reload();
    });
    const heading = `${t(`team.cadence.${key}`)} (${t(cadence.custom ? "team.cadence.custom" : "team.cadence.built-in")})`;
    const form = el("form", { class: "compose", id: `cadence-${key}`, "aria-label": t(`team.cadence.${key}`) }, steps, add, el("button", { type: "submit", text: t("team.save") }), cadence.custom ? reset : null, status);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await api(`/teams/${teamId}/cadences/${key}`, { method: "PUT", body: { steps: readSteps(form) } });
        status.className = "muted";
        status.textContent = t("team.saved");
      } catch {
        status.className = "error";
        status.textContent = t("team.cadence.error");
      }
    });
    return el("details", { class: "o-section", open: true }, el("summary", { text: heading }), form);
  }

  function replyForm(teamId, reply, reload) {
    const id = reply ? `canned-${reply.id}` : "canned-new";
    const status = el("p", { class: "muted", role: "status" });
    const form = el("form", { class: "compose", id, "aria-label": reply ? t("team.canned.edit", { title: reply.title }) : t("team.canned.new") },
      el("label", { for: `${id}-title`, text: t("team.canned.heading") }), el("input", { id: `${id}-title`, maxlength: 60, required: true, value: reply?.title ?? "" }),
      el("label", { for: `${id}-body`, text: t("team.canned.body") }), el("textarea", { id: `${id}-body`, rows: 3, maxlength: 1000, required: true }),
      el("button", { type: "submit", text: reply ? t("team.save") : t("team.canned.add") }));
    form.querySelector("textarea").value = reply?.body ?? "";
    if (reply) {
      const del = el("button", { type: "button", class: "quiet", text: t("team.canned.delete"), "aria-label": `${t("team.canned.delete")}: ${reply.title}` });
      del.addEventListener("click", async () => {
        if (!confirm(t("team.canned.delete.confirm", { title: reply.title }))) return;
        await api(`/teams/${teamId}/canned-replies/${reply.id}`, { method: "DELETE" }).catch(() => undefined);
        reload();
      });
      form.append(del);
    }
    form.append(status);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const payload = { title: form.querySelector(`#${id}-title`).value, body: form.querySelector(`#${id}-body`).value };
      try {
        await api(`/teams/${teamId}/canned-replies${reply ? `/${reply.id}` : ""}`, { method: reply ? "PUT" : "POST", body: payload });
        if (reply) status.textContent = t("team.saved");
        else reload();
      } catch {
        status.className = "error";
        status.textContent = t("team.canned.error");
      }
    });
    return form;
  }

  return {
    cadences(teamId, cadences, reload) {
      return el("section", { class: "o-section", "aria-labelledby": "cadence-title" }, el("h3", { id: "cadence-title", text: t("team.cadence.title") }), el("p", { class: "muted", text: t("team.cadence.help") }),
        ...Object.entries(cadences).map(([key, c]) => cadenceForm(teamId, key, c, reload)));
    },
    canned(teamId, replies, reload) {
      return el("section", { class: "o-section", "aria-labelledby": "canned-title" }, el("h3", { id: "canned-title", text: t("team.canned.title") }), el("p", { class: "muted", text: t("team.canned.help") }),
        replies.length ? el("div", { class: "canned-list" }, ...replies.map((r) => replyForm(teamId, r, reload))) : el("p", { class: "muted", text: t("team.canned.none") }),
        el("h4", { text: t("team.canned.new") }), replyForm(teamId, null, reload));
    },
  };
}
