// A colleague in the same conversation: "Kim läser också" / "Kim skriver ett svar". The page says it
// is here every few seconds while a conversation is open (and whether its reply box is being typed
// in); the server relays the others' presence on the event stream.
import { t } from "./i18n.js";
export function mountPresence({ api, $, current }) {
  let lastTyped = 0;
  let lastSent = { id: null, typing: null, at: 0 };
  const show = (people) => {
    const box = $("c-presence");
    const typing = people.filter((p) => p.typing).map((p) => p.name);
    const reading = people.filter((p) => !p.typing).map((p) => p.name);
    const parts = [];
    if (typing.length) parts.push(t("presence.typing", { names: typing.join(t("presence.and")) }));
    if (reading.length) parts.push(t("presence.reading", { names: reading.join(t("presence.and")) }));
    box.textContent = parts.join(" ");
    box.hidden = parts.length === 0;
  };
  async function say(force = false) {
    const id = current();
    if (!id || document.hidden) return;
    const typing = Date.now() - lastTyped < 6000;
    // Not more than once every few seconds, unless something changed.
    if (!force && lastSent.id === id && lastSent.typing === typing && Date.now() - lastSent.at < 10_000) return;
    lastSent = { id, typing, at: Date.now() };
    const { people } = await api(`/conversations/${id}/presence`, { method: "POST", body: { typing } });
    if (current() === id) show(people);
  }
  $("reply-text").addEventListener("input", () => {
    const was = Date.now() - lastTyped < 6000;
    lastTyped = Date.now();
    if (!was) say(true).catch(() => undefined);
  });
  setInterval(() => say().catch(() => undefined), 4000);
  return {
    opened: () => {
      show([]);
      say(true).catch(() => undefined);
    },
    /** From the event stream: who is in which conversation now. */
    heard: ({ conversationId, people }) => {
      if (conversationId === current()) show(people);
    },
  };
}
