// Canned replies in the reply box (issue 19.5): the team's ready-made texts, with the young person's
// first name already in place, picked from a list. Picking only fills the box — the coordinator reads,
// changes and sends it as their own; nothing goes out by itself.
import { t } from "./i18n.js";
export function mountCanned({ api, el, $, current }) {
  const box = $("canned-box");
  const select = $("canned-select");
  let replies = [];
  let showing = null;

  select.addEventListener("change", () => {
    const picked = replies.find((r) => String(r.id) === select.value);
    select.value = "";
    // Only a list made for the conversation on screen: another young person's name never lands here.
    if (!picked || showing !== current()) return;
    const text = $("reply-text");
    text.value = text.value.trim() ? `${text.value.trimEnd()}\n${picked.text}` : picked.text;
    // The drafts listen for input: a picked reply is kept with this conversation like typed text.
    text.dispatchEvent(new Event("input", { bubbles: true }));
    text.focus();
  });

  function clear() {
    showing = null;
    replies = [];
    box.hidden = true;
    select.replaceChildren();
  }

  return {
    /** At the moment another conversation opens, before anything is awaited: the old list goes. */
    clear,
    async show(conversationId) {
      if (showing !== conversationId) clear();
      showing = conversationId;
      const data = await api(`/conversations/${conversationId}/canned-replies`).catch(() => ({ replies: [] }));
      if (showing !== conversationId) return; // another conversation was opened meanwhile
      replies = data.replies;
      select.replaceChildren(el("option", { value: "", text: t("canned.pick") }), ...replies.map((r) => el("option", { value: String(r.id), text: r.title })));
      box.hidden = replies.length === 0;
    },
  };
}
