// Keyboard shortcuts, listed in the page's "Kortkommandon". Alt+Shift with a letter: screen readers
// keep their own keys (Insert or Caps Lock, Ctrl+Alt, single letters in browse mode), and the browser
// keeps Ctrl/Cmd combinations. e.code, not e.key, so Option on a Mac (which types ˜ and †) still works.
export function mountShortcuts({ $, nextWaiting, takeOver, handBack }) {
  document.addEventListener("keydown", (e) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    const action = { KeyN: nextWaiting, KeyT: takeOver, KeyB: handBack }[e.code];
    if (!action) return;
    e.preventDefault();
    action();
  });
  // Ctrl+Enter (Cmd+Enter on a Mac) sends the reply; Enter alone makes a new line.
  $("reply-text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      $("reply-form").requestSubmit();
    }
  });
}
