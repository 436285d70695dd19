// What pulls a coordinator back to the tab: the number of conversations that need a human in the tab
// title, and — only if they switch it on — a desktop notification and a short sound for a crisis and
// for a conversation that starts waiting. The notification says which kind, never a name or a word of
// the conversation (it may show on a locked screen).
import { t } from "./i18n.js";
const KEY = "tillit.staff.alerts";
// The page title in the staff member's language (read when it is shown, after the language is set).
const baseTitle = () => t("page.tillit-inkorg");

export function mountAttention({ $, el }) {
  const supported = "Notification" in window;
  const on = () => localStorage.getItem(KEY) === "on" && supported && Notification.permission === "granted";
  const button = el("button", { id: "alerts-toggle", type: "button", class: "quiet" });
  const status = el("span", { id: "alerts-status", class: "muted", role: "status" });
  const render = () => {
    button.textContent = on() ? t("alerts.off") : t("alerts.on");
    button.setAttribute("aria-pressed", String(on()));
    if (!supported) status.textContent = t("alerts.unsupported");
    else if (Notification.permission === "denied") status.textContent = t("alerts.blocked");
  };
  button.addEventListener("click", async () => {
    if (on()) {
      localStorage.setItem(KEY, "off");
      status.textContent = t("alerts.turned-off");
      return render();
    }
    if (!supported) return render();
    const permission = Notification.permission === "granted" ? "granted" : await Notification.requestPermission();
    localStorage.setItem(KEY, permission === "granted" ? "on" : "off");
    status.textContent = permission === "granted" ? t("alerts.turned-on") : t("alerts.denied");
    render();
  });
  $("logout").before(button, status);
  render();

  let audio;
  const recent = new Map();
  const chime = (urgent) => {
    try {
      audio ??= new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = urgent ? 880 : 660;
      gain.gain.setValueAtTime(0.15, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + (urgent ? 0.6 : 0.3));
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + (urgent ? 0.6 : 0.3));
    } catch {
      // No sound where audio is not allowed; the notification and the title still say it.
    }
  };

  return {
    /** The tab title: "(3) Tillit · Inkorg" while three conversations need a human. */
    waiting(count) {
      document.title = count > 0 ? `(${count}) ${baseTitle()}` : baseTitle();
    },
    /** A crisis, or a conversation that starts waiting for a person. */
    alert(kind, conversationId) {
      if (!on()) return;
      // A crisis also starts the conversation waiting: one alert, the crisis one.
      const last = recent.get(conversationId);
      if (kind === "waiting" && last && Date.now() - last < 10_000) return;
      recent.set(conversationId, Date.now());
      const body = kind === "crisis" ? t("alerts.crisis-body") : t("alerts.waiting-body");
      const note = new Notification(kind === "crisis" ? t("alerts.crisis-title") : t("alerts.waiting-title"), { body, tag: `tillit-${kind}-${conversationId}`, requireInteraction: kind === "crisis" });
      note.onclick = () => {
        window.focus();
        location.hash = `#/c/${conversationId}`;
        note.close();
      };
      chime(kind === "crisis");
    },
  };
}
