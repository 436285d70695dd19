// The Personal screen (#/personal, admins): every account with its role, teams and status; invite
// (the account gets no password, only a one-time link the admin copies and hands over: Tillit sends
// no e-mail), change role and teams, disable or enable, and a reset link. A link is shown once, in
// the answer that made it, and leaves the page when the admin says it is passed on.
import { t } from "./i18n.js";
import { formatWhen } from "./team-time.js";

const ROLES = ["coordinator", "teamlead", "admin"];

export function mountStaffAdmin({ api, el, teams }) {
  let body = null;
  let note = null;
  let linkBox = null;

  const when = (iso) => formatWhen(iso, "medium");
  const say = (text, alert = false) => {
    note.setAttribute("role", alert ? "alert" : "status");
    note.className = alert ? "error" : "muted";
    note.textContent = text;
  };
  // The API's conflicts in the staff member's own words (its detail is for API clients, in English).
  const conflicts = [[/e-mail/, "staff.conflict.email"], [/at least one team/, "staff.conflict.team-needed"], [/another admin/, "staff.conflict.self"], [/disabled/, "staff.conflict.disabled"]];
  const conflict = (detail = "") => t(conflicts.find(([pattern]) => pattern.test(detail))?.[1] ?? "staff.error.generic");
  const failure = (err) => (err.status === 400 ? t("staff.error.invalid") : err.status === 409 ? conflict(err.data?.detail) : t("staff.error.generic"));

  function roleSelect(id, value) {
    return el("select", { id }, ...ROLES.map((r) => el("option", { value: r, text: t(`staff.role.${r}`), selected: r === value })));
  }
  function teamChecks(prefix, chosen) {
    return el("fieldset", { class: "goal" }, el("legend", { text: t("staff.teams") }),
      ...teams().map((team) => el("span", { class: "check" },
        el("input", { id: `${prefix}-team-${team.id}`, type: "checkbox", value: team.slug, checked: chosen.includes(team.slug) }),
        el("label", { for: `${prefix}-team-${team.id}`, text: team.name }))));
  }
  const chosenTeams = (form) => [...form.querySelectorAll('input[type="checkbox"]:checked')].map((c) => c.value);

  function showLink(name, made) {
    const field = el("input", { id: "staff-link", type: "text", readonly: true, value: made.link });
    const copied = el("span", { class: "muted", role: "status" });
    const copy = el("button", { type: "button", class: "quiet", text: t("staff.link.copy") });
    copy.addEventListener("click", async () => {
      field.select();
      await navigator.clipboard?.writeText(made.link).catch(() => undefined);
      copied.textContent = t("staff.link.copied");
    });
    const done = el("button", { type: "button", text: t("staff.link.hide") });
    done.addEventListener("click", () => linkBox.replaceChildren());
    linkBox.replaceChildren(el("section", { class: "o-section link-box", "aria-labelledby": "staff-link-title" },
      el("h3", { id: "staff-link-title", text: t("staff.link.title", { name }) }),
      el("p", { text: t(made.purpose === "invite" ? "staff.link.invite" : "staff.link.reset", { until: when(made.expiresAt) }) }),
      el("label", { for: "staff-link", text: t("staff.link.label") }), field, copy, copied, done));
    field.focus();
    field.select();
  }

  function inviteForm() {
    const f = el("form", { id: "invite-form", class: "compose" },
      el("label", { for: "invite-name", text: t("staff.name") }), el("input", { id: "invite-name", required: true, maxlength: 80, autocomplete: "off" }),
      el("label", { for: "invite-email", text: t("staff.email") }), el("input", { id: "invite-email", type: "email", required: true, maxlength: 200, autocomplete: "off" }),
      el("label", { for: "invite-role", text: t("staff.role") }), roleSelect("invite-role", "coordinator"),
      teamChecks("invite", teams().length === 1 ? [teams()[0].slug] : []),
      el("button", { type: "submit", text: t("staff.invite.submit") }));
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      const name = f.querySelector("#invite-name").value.trim();
      try {
        const made = await api("/admin/staff/invitations", { method: "POST", body: { displayName: name, email: f.querySelector("#invite-email").value, role: f.querySelector("#invite-role").value, teamSlugs: chosenTeams(f) } });
        f.reset();
        say(t("staff.invited", { name }));
        await load();
        showLink(name, made);
      } catch (err) {
        say(failure(err), true);
      }
    });
    return el("section", { class: "o-section", "aria-labelledby": "invite-title" }, el("h3", { id: "invite-title", text: t("staff.invite.title") }), f);
  }

  async function act(promise, done) {
    try {
      const result = await promise;
      say(done);
      await load();
      return result;
    } catch (err) {
      say(failure(err), true);
      return undefined;
    }
  }

  function editRow(s, row) {
    const id = `edit-${s.id}`;
    const f = el("form", { class: "compose", "aria-label": t("staff.edit.of", { name: s.displayName }) },
      el("label", { for: `${id}-role`, text: t("staff.role") }), roleSelect(`${id}-role`, s.role),
      teamChecks(id, s.teams),
      el("button", { type: "submit", text: t("staff.save") }));
    const cancel = el("button", { type: "button", class: "quiet", text: t("staff.cancel") });
    cancel.addEventListener("click", () => load());
    f.append(cancel);
    f.addEventListener("submit", (e) => {
      e.preventDefault();
      act(api(`/admin/staff/${s.id}/role`, { method: "PUT", body: { role: f.querySelector(`#${id}-role`).value, teamSlugs: chosenTeams(f) } }), t("staff.saved", { name: s.displayName }));
    });
    row.replaceChildren(el("td", { colspan: 6 }, f));
    f.querySelector("select").focus();
  }

  function staffRow(s) {
    const status = s.disabled ? t("staff.status.disabled") : !s.hasPassword ? (s.linkOpen ? t("staff.status.invited") : t("staff.status.no-password")) : t("staff.status.active");
    const row = el("tr", { "data-staff": s.id });
    const button = (text, onClick, cls = "quiet") => {
      const b = el("button", { type: "button", class: cls, text, "aria-label": `${text}: ${s.displayName}` });
      b.addEventListener("click", onClick);
      return b;
    };
    const actions = [button(t("staff.edit"), () => editRow(s, row))];
    if (s.disabled) actions.push(button(t("staff.enable"), () => act(api(`/admin/staff/${s.id}/enable`, { method: "POST" }), t("staff.enabled", { name: s.displayName }))));
    else {
      actions.push(button(t("staff.disable"), () => {
        if (confirm(t("staff.disable.confirm", { name: s.displayName }))) act(api(`/admin/staff/${s.id}/disable`, { method: "POST" }), t("staff.disabled", { name: s.displayName }));
      }));
      actions.push(button(s.hasPassword ? t("staff.reset") : t("staff.new-invite-link"), async () => {
        if (s.hasPassword && !confirm(t("staff.reset.confirm", { name: s.displayName }))) return;
        const made = await act(api(`/admin/staff/${s.id}/password-link`, { method: "POST" }), "");
        if (made) showLink(s.displayName, made);
      }));
    }
    row.append(el("th", { scope: "row", text: s.displayName }), el("td", { text: s.email }), el("td", { text: t(`staff.role.${s.role}`) }),
      el("td", { text: s.teamNames.join(", ") || t("staff.no-team") }), el("td", { text: status }), el("td", { class: "row-actions" }, ...actions));
    return row;
  }

  async function load() {
    const table = body.querySelector("#staff-table tbody");
    try {
      const { staff } = await api("/admin/staff");
      table.replaceChildren(...staff.map(staffRow));
    } catch {
      say(t("staff.error.load"), true);
    }
  }

  return {
    async open(target) {
      body = target;
      note = el("p", { class: "muted", role: "status" });
      linkBox = el("div");
      const table = el("table", { id: "staff-table", class: "figures staff-table" },
        el("caption", { text: t("staff.list.title") }),
        el("thead", {}, el("tr", {}, ...["staff.name", "staff.email", "staff.role", "staff.teams", "staff.status", "staff.actions"].map((k) => el("th", { scope: "col", text: t(k) })))),
        el("tbody"));
      body.replaceChildren(el("p", { class: "notice", text: t("staff.no-mail") }), note, linkBox, inviteForm(), el("section", { class: "o-section table-wrap" }, table));
      await load();
    },
  };
}
