// Canned replies in the reply box (issue 19.5): the team's ready-made texts, with the young person's
// first name already in place, picked from a list. Picking only fills the box — the coordinator reads,
// changes and sends it as their own; nothing goes out by itself.
export function mountCanned({ api, el, $ }) {
  const box = $("canned-box");
  const select = $("canned-select");
  let replies = [];
  let showing = null;

  select.addEventListener("change", () => {
    const picked = replies.find((r) => String(r.id) === select.value);
    select.value = "";
    if (!picked) return;
    const text = $("reply-text");
    text.value = text.value.trim() ? `${text.value.trimEnd()}\n${picked.text}` : picked.text;
    // The drafts listen for input: a picked reply is kept with this conversation like typed text.
    text.dispatchEvent(new Event("input", { bubbles: true }));
    text.focus();
  });

  return {
    async show(conversationId) {
      showing = conversationId;
      const data = await api(`/conversations/${conversationId}/canned-replies`).catch(() => ({ replies: [] }));
      if (showing !== conversationId) return; // another conversation was opened meanwhile
      replies = data.replies;
      select.replaceChildren(el("option", { value: "", text: "Välj ett färdigt svar …" }), ...replies.map((r) => el("option", { value: String(r.id), text: r.title })));
      box.hidden = replies.length === 0;
    },
  };
}
