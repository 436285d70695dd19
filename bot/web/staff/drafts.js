// Unsent text belongs to one conversation: opening another puts the first one's draft away and brings
// back the other's, so "Skicka" can never send words meant for one young person to another. Drafts
// live in sessionStorage (gone when the tab closes), keyed by the staff member and the conversation.
export function mountDrafts({ $, fields, staffId }) {
  const key = () => `tillit.drafts.${staffId()}`;
  const load = () => {
    try {
      return JSON.parse(sessionStorage.getItem(key()) || "{}");
    } catch {
      return {};
    }
  };
  const save = (all) => sessionStorage.setItem(key(), JSON.stringify(all));
  let owner = null; // the conversation whose drafts the fields hold now

  function keep() {
    if (owner === null) return;
    const all = load();
    for (const field of fields) {
      const text = $(field).value;
      const slot = `${owner}:${field}`;
      if (text.trim()) all[slot] = text;
      else delete all[slot];
    }
    save(all);
  }

  return {
    /** Before another conversation shows: this one's text is kept, that one's comes back. */
    switchTo(conversationId) {
      if (owner === conversationId) return;
      keep();
      owner = conversationId;
      const all = load();
      for (const field of fields) $(field).value = all[`${conversationId}:${field}`] ?? "";
    },
    /** Kept as it is typed, so a reload or a live update loses nothing. */
    keep,
    /** Sent or saved: that conversation's draft is gone (whichever conversation shows now). */
    clear(conversationId, field) {
      const all = load();
      delete all[`${conversationId}:${field}`];
      save(all);
      if (owner === conversationId) $(field).value = "";
    },
    forgetAll() {
      sessionStorage.removeItem(key());
    },
  };
}
