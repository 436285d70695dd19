// The privacy side of the inbox: open erasure requests and what falls due for erasure (team leads and
// admins), and on a participant's page their registerutdrag and a way to register an erasure request.
// Participant text goes on the page with textContent only (see staff.js).
export function mountPrivacy({ api, el, $, when, me, onChange }) {
  const lead = me.role === "teamlead" || me.role === "admin";
  const reasons = { discharged: "insatsen avslutad", "no-contact": "ingen kontakt" };

  async function refresh() {
    if (!lead) return;
    const [{ requests }, { due, days }] = await Promise.all([api("/erasure-requests"), api("/retention/due?days=30")]);
    $("privacy").hidden = requests.length === 0 && due.length === 0;
    $("erasure-list").replaceChildren(...requests.map((r) => {
      const who = r.conversationId ? el("a", { href: `#/c/${r.conversationId}`, text: r.name || r.phone || `Deltagare ${r.participantId}` }) : document.createTextNode(r.name || "Deltagare");
      const erase = el("button", { type: "button", text: "Radera allt nu", disabled: r.held });
      erase.addEventListener("click", async () => {
        if (!confirm("Radera allt om deltagaren? Meddelanden, svar, plan, anteckningar och numret tas bort för gott (och i Slack). Det går inte att ångra.")) return;
        await api(`/erasure-requests/${r.id}/carry-out`, { method: "POST" }).then(onChange, (err) => alert(err.message === "held" ? "Posten är spärrad mot gallring. Häv spärren först." : "Raderingen misslyckades; inget raderades."));
        await refresh();
      });
      const decline = el("button", { type: "button", class: "quiet", text: "Avslå" });
      decline.addEventListener("click", async () => {
        const reason = prompt("Varför kan uppgifterna inte raderas? (t.ex. en pågående anmälan)");
        if (!reason) return;
        await api(`/erasure-requests/${r.id}/decline`, { method: "POST", body: { reason } }).catch(() => alert("Det gick inte att spara."));
        await refresh();
      });
      const note = `: bad om radering ${when(r.requestedAt)}${r.source === "chat-unconfirmed" ? " (ej bekräftat i chatten)" : r.source === "staff" ? " (registrerat av personal)" : ""}${r.held ? " · spärrad" : ""} `;
      return el("li", {}, who, document.createTextNode(note), erase, decline);
    }));
    $("erasure-empty").hidden = requests.length > 0;
    $("due-heading").textContent = `Gallras inom ${days} dagar`;
    $("due-list").replaceChildren(...due.map((r) => {
      const who = r.conversationId ? el("a", { href: `#/c/${r.conversationId}`, text: r.name || `Deltagare ${r.participantId}` }) : document.createTextNode(r.name || `Deltagare ${r.participantId}`);
      const toggle = el("button", { type: "button", class: "quiet", text: r.hold ? "Häv spärren" : "Spärra" });
      toggle.addEventListener("click", async () => {
        if (r.hold) await api(`/participants/${r.participantId}/retention-hold/release`, { method: "POST" }).catch(() => undefined);
        else {
          const reason = prompt("Varför ska posten sparas längre? (t.ex. pågående anmälan)");
          if (!reason) return;
          await api(`/participants/${r.participantId}/retention-hold`, { method: "POST", body: { reason } }).catch(() => alert("Det gick inte att spärra."));
        }
        await refresh();
      });
      const note = `: ${when(r.dueAt)} (${reasons[r.reason] || r.reason})${r.hold ? ` · spärrad: ${r.hold.reason}` : ""} `;
      return el("li", {}, who, document.createTextNode(note), toggle);
    }));
    $("due-empty").hidden = due.length > 0;
  }

  /** The participant's page: registerutdrag for leads, an erasure request for anyone on the team. */
  function showParticipant(participant) {
    const box = $("c-privacy");
    const parts = [el("h3", { text: "Personuppgifter" })];
    if (lead) {
      parts.push(el("p", {}, el("a", { href: `/staff/api/participants/${participant.id}/export.html`, target: "_blank", rel: "noopener", text: "Registerutdrag (läsbart)" }),
        document.createTextNode(" · "), el("a", { href: `/staff/api/participants/${participant.id}/export.json`, download: "", text: "JSON" })));
    }
    const register = el("button", { type: "button", class: "quiet", text: "Registrera begäran om radering" });
    const result = el("p", { class: "muted", "aria-live": "polite" });
    register.addEventListener("click", async () => {
      if (!confirm("Har deltagaren bett om att allt raderas (t.ex. i telefon)? Begäran går till teamledaren.")) return;
      const r = await api(`/participants/${participant.id}/erasure-requests`, { method: "POST" }).catch(() => null);
      result.textContent = r ? (r.created ? "Begäran registrerad. En teamledare raderar från inkorgen." : "En begäran finns redan.") : "Det gick inte att registrera.";
      await refresh().catch(() => undefined);
    });
    parts.push(register, result);
    box.replaceChildren(...parts);
  }

  return { refresh, showParticipant };
}
