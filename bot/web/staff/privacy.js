// The privacy side of the inbox: open erasure requests and what falls due for erasure (team leads and
// admins), and on a participant's page their registerutdrag and a way to register an erasure request.
// Participant text goes on the page with textContent only (see staff.js).
import { lookup, t } from "./i18n.js";
export function mountPrivacy({ api, el, $, when, me, onChange }) {
  const lead = me.role === "teamlead" || me.role === "admin";
  const reasons = (r) => lookup(`privacy.reason.${r}`);

  async function refresh() {
    if (!lead) return;
    const [{ requests }, { due, days }] = await Promise.all([api("/erasure-requests"), api("/retention/due?days=30")]);
    $("privacy").hidden = requests.length === 0 && due.length === 0;
    $("erasure-list").replaceChildren(...requests.map((r) => {
      const who = r.conversationId ? el("a", { href: `#/c/${r.conversationId}`, text: r.name || r.phone || t("privacy.participant", { id: r.participantId }) }) : document.createTextNode(r.name || t("tasks.participant"));
      const erase = el("button", { type: "button", text: t("privacy.erase"), disabled: r.held });
      erase.addEventListener("click", async () => {
        if (!confirm(t("privacy.erase-confirm"))) return;
        await api(`/erasure-requests/${r.id}/carry-out`, { method: "POST" }).then(onChange, (err) => alert(err.message === "held" ? t("privacy.held") : t("privacy.erase-failed")));
        await refresh();
      });
      const decline = el("button", { type: "button", class: "quiet", text: t("privacy.decline") });
      decline.addEventListener("click", async () => {
        const reason = prompt(t("privacy.why-not"));
        if (!reason) return;
        await api(`/erasure-requests/${r.id}/decline`, { method: "POST", body: { reason } }).catch(() => alert(t("privacy.save-failed")));
        await refresh();
      });
      const note = `: ${t("privacy.asked", { when: when(r.requestedAt) })}${r.source === "chat-unconfirmed" ? t("privacy.unconfirmed") : r.source === "staff" ? t("privacy.by-staff") : ""}${r.held ? ` · ${t("privacy.held-short")}` : ""} · `;
      // What the chat promised ("inom en månad"), so the oldest request is not forgotten.
      const deadline = el("span", { class: r.overdue ? "overdue" : undefined, text: t(r.overdue ? "privacy.overdue" : "privacy.answer-by", { when: when(r.answerBy) }) });
      return el("li", {}, who, document.createTextNode(note), deadline, document.createTextNode(" "), erase, decline);
    }));
    $("erasure-empty").hidden = requests.length > 0;
    $("due-heading").textContent = t("privacy.due-within", { days });
    $("due-list").replaceChildren(...due.map((r) => {
      const who = r.conversationId ? el("a", { href: `#/c/${r.conversationId}`, text: r.name || t("privacy.participant", { id: r.participantId }) }) : document.createTextNode(r.name || t("privacy.participant", { id: r.participantId }));
      const toggle = el("button", { type: "button", class: "quiet", text: r.hold ? t("privacy.release") : t("privacy.hold") });
      toggle.addEventListener("click", async () => {
        if (r.hold) await api(`/participants/${r.participantId}/retention-hold/release`, { method: "POST" }).catch(() => undefined);
        else {
          const reason = prompt(t("privacy.why-hold"));
          if (!reason) return;
          await api(`/participants/${r.participantId}/retention-hold`, { method: "POST", body: { reason } }).catch(() => alert(t("privacy.hold-failed")));
        }
        await refresh();
      });
      const note = `: ${when(r.dueAt)} (${reasons(r.reason) || r.reason})${r.hold ? ` · ${t("privacy.held-short")}: ${r.hold.reason}` : ""} `;
      return el("li", {}, who, document.createTextNode(note), toggle);
    }));
    $("due-empty").hidden = due.length > 0;
  }

  /** The participant's page: registerutdrag for leads, an erasure request for anyone on the team. */
  function showParticipant(participant) {
    const box = $("c-privacy");
    const parts = [el("h3", { text: t("page.personuppgifter") })];
    if (lead) {
      parts.push(el("p", {}, el("a", { href: `/staff/api/participants/${participant.id}/export.html`, target: "_blank", rel: "noopener", text: t("privacy.export") }),
        document.createTextNode(" · "), el("a", { href: `/staff/api/participants/${participant.id}/export.json`, download: "", text: "JSON" })));
    }
    const register = el("button", { type: "button", class: "quiet", text: t("privacy.register") });
    const result = el("p", { class: "muted", "aria-live": "polite" });
    register.addEventListener("click", async () => {
      if (!confirm(t("privacy.register-confirm"))) return;
      const r = await api(`/participants/${participant.id}/erasure-requests`, { method: "POST" }).catch(() => null);
      result.textContent = r ? (r.created ? t("privacy.registered") : t("privacy.exists")) : t("privacy.register-failed");
      await refresh().catch(() => undefined);
    });
    parts.push(register, result);
    box.replaceChildren(...parts);
  }

  return { refresh, showParticipant };
}
