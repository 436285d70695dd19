// The Team screen (#/team): a team lead's own team, or any team for an admin (who also creates teams):
// its name, members, office hours and quiet hours here; follow-up cadences and canned replies in
// team-lists.js. Each section saves on its own and says so in its own status line.
import { t } from "./i18n.js";
import { mountTeamLists } from "./team-lists.js";

export function mountTeamAdmin({ api, el, me, teams, onTeamsChanged }) {
  let body = null;
  let teamId = null;
  const lists = mountTeamLists({ api, el });

  /** A section with a heading, help text, a form and its status line; `save` returns the success text. */
  function section(key, help, fields, save, extra = []) {
    const status = el("p", { class: "muted", role: "status" });
    const form = el("form", { class: "compose", "aria-labelledby": `${key}-title` }, ...fields, el("button", { type: "submit", text: t("team.save") }), ...extra, status);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      status.className = "muted";
      status.setAttribute("role", "status");
      try {
        status.textContent = await save(form);
      } catch (err) {
        status.className = "error";
        status.setAttribute("role", "alert");
        status.textContent = err.message;
      }
    });
    return el("section", { class: "o-section", "aria-labelledby": `${key}-title` }, el("h3", { id: `${key}-title`, text: t(`team.${key}.title`) }), help ? el("p", { class: "muted", text: help }) : null, form);
  }
  /** A button that puts back the default (the setting stored as null) and shows the team again. */
  function backToDefault(textKey, path, body) {
    const button = el("button", { type: "button", class: "quiet", text: t(textKey) });
    button.addEventListener("click", async () => {
      await api(`/teams/${teamId}/${path}`, { method: "PUT", body }).catch(() => undefined);
      await show(teamId);
    });
    return button;
  }
  const refused = (key) => (err) => {
    throw new Error(err.status === 400 ? t(key) : t("team.error.generic"));
  };

  function nameSection(team) {
    return section("name", null, [el("label", { for: "team-name", text: t("team.name.label") }), el("input", { id: "team-name", value: team.name, maxlength: 80, required: true })], async (f) => {
      await api(`/teams/${teamId}/name`, { method: "PUT", body: { name: f.querySelector("#team-name").value } }).catch(refused("team.error.generic"));
      await onTeamsChanged();
      return t("team.saved");
    });
  }

  function officeSection(hours) {
    const days = el("fieldset", { class: "goal" }, el("legend", { text: t("team.office.days") }),
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => el("span", { class: "check" }, el("input", { id: `office-day-${d}`, type: "checkbox", value: d, checked: hours.days.includes(d) }), el("label", { for: `office-day-${d}`, text: t(`weekday.${d}`) }))));
    return section("office", t("team.office.help"), [days,
      el("label", { for: "office-open", text: t("team.office.open") }), el("input", { id: "office-open", type: "time", value: hours.open, required: true }),
      el("label", { for: "office-close", text: t("team.office.close") }), el("input", { id: "office-close", type: "time", value: hours.close, required: true })], async (f) => {
      const chosen = [...f.querySelectorAll('fieldset input:checked')].map((c) => Number(c.value));
      await api(`/teams/${teamId}/office-hours`, { method: "PUT", body: { officeHours: { days: chosen, open: f.querySelector("#office-open").value, close: f.querySelector("#office-close").value } } }).catch(refused("team.office.error"));
      return t("team.saved");
    }, [backToDefault("team.office.default", "office-hours", { officeHours: null })]);
  }

  function quietSection(quiet) {
    const [from, to] = quiet ? quiet.split("-") : ["", ""];
    return section("quiet", t("team.quiet.help"), [
      el("label", { for: "quiet-from", text: t("team.quiet.from") }), el("input", { id: "quiet-from", type: "time", value: from, required: true }),
      el("label", { for: "quiet-to", text: t("team.quiet.to") }), el("input", { id: "quiet-to", type: "time", value: to, required: true })], async (f) => {
      await api(`/teams/${teamId}/quiet-hours`, { method: "PUT", body: { quietHours: `${f.querySelector("#quiet-from").value}-${f.querySelector("#quiet-to").value}` } }).catch(refused("team.quiet.error"));
      return t("team.saved");
    }, [backToDefault("team.quiet.none", "quiet-hours", { quietHours: null })]);
  }

  function membersSection(members) {
    return el("section", { class: "o-section", "aria-labelledby": "members-title" }, el("h3", { id: "members-title", text: t("team.members.title") }),
      members.length ? el("ul", {}, ...members.map((m) => el("li", { text: `${m.displayName} (${t(`staff.role.${m.role}`)})` }))) : el("p", { class: "muted", text: t("team.members.none") }));
  }

  function newTeamSection() {
    return section("new", null, [
      el("label", { for: "new-team-name", text: t("team.new.name") }), el("input", { id: "new-team-name", maxlength: 80, required: true }),
      el("label", { for: "new-team-slug", text: t("team.new.slug") }), el("input", { id: "new-team-slug", maxlength: 40, required: true, pattern: "[a-z0-9][a-z0-9\\-]{1,39}" })], async (f) => {
      const name = f.querySelector("#new-team-name").value.trim();
      const made = await api("/admin/teams", { method: "POST", body: { name, slug: f.querySelector("#new-team-slug").value } }).catch(() => {
        throw new Error(t("team.new.error"));
      });
      await onTeamsChanged();
      await show(made.id);
      return t("team.new.created", { name });
    });
  }

  function picker() {
    const select = el("select", { id: "team-pick" }, ...teams().map((tm) => el("option", { value: tm.id, text: tm.name, selected: tm.id === teamId })));
    select.addEventListener("change", () => show(Number(select.value)));
    return el("p", { class: "team-pick" }, el("label", { for: "team-pick", text: t("team.pick") }), select);
  }

  async function show(id) {
    teamId = id;
    const team = teams().find((tm) => tm.id === id);
    if (!team) {
      body.replaceChildren(...(me().role === "admin" ? [newTeamSection()] : []));
      return;
    }
    try {
      const [settings, members, canned] = await Promise.all([api(`/teams/${id}/nudge-settings`), api(`/team-members?teamId=${id}`), api(`/teams/${id}/canned-replies`)]);
      body.replaceChildren(
        teams().length > 1 ? picker() : el("p", { class: "muted", text: team.name }),
        nameSection(team), membersSection(members.members), officeSection(settings.officeHours), quietSection(settings.quietHours),
        lists.cadences(id, settings.cadences, () => show(id)), lists.canned(id, canned.replies, () => show(id)),
        ...(me().role === "admin" ? [newTeamSection()] : []));
    } catch {
      body.replaceChildren(el("p", { class: "error", role: "alert", text: t("team.error.load") }));
    }
  }

  return {
    open(target) {
      body = target;
      return show(teams().some((tm) => tm.id === teamId) ? teamId : teams()[0]?.id ?? null);
    },
  };
}
