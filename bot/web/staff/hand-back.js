// The hand-back button, with what a one-click hand-back missed (tester24 #5, #11, tester25 #1): on a crisis nobody has
// taken over it is off, with the server's reason beside it (bot/staff/handoff.ts handBackRefusal; the route refuses the
// same), and it asks first, in a modal dialog (focus inside, Escape or "Avbryt" keeps the conversation, focus back on
// the button), when the coordinator's own last words asked a question nobody has answered, or when the young person's
// last words have no answer from the team (the server's rule, bot/staff/handoff.ts unansweredByStaff: the route refuses
// with 409 `unanswered` and the words, and the page asks with them).
import { t } from "./i18n.js";

/**
 * What the young person was told at a hand-back from this page, by conversation: the server's answer (bot/staff/handoff.ts
 * HandBackTold: told now; not, as two of Tillit's messages stand unanswered or after STOPP; or in a few minutes).
 */
const toldAt = new Map();

/** Keeps what the server said of the word to the young person at a hand-back of conversation `id`. */
export function rememberTold(id, told) {
  if (told) toldAt.set(id, told);
}

/**
 * The button as the conversation allows it: off while the bot has it, or with the reason the server gives; handed back
 * here, with what the young person was told (tester25 #1: Sara heard nothing, and the page did not say so).
 */
export function showHandBack($, c) {
  const button = $("c-handback");
  const why = $("c-handback-why");
  const refused = c.handBackRefused ? t(`c.handback.${c.handBackRefused}`) : "";
  // Told, with her unanswered words passed on to the team again by the same message, the conversation waits for a person.
  const said = toldAt.get(c.id) === "sent" && c.status === "waiting" ? "sent-passed-on" : toldAt.get(c.id);
  const told = c.status !== "human" && said ? t(`c.handback.told.${said}`) : "";
  if (c.status === "human") toldAt.delete(c.id);
  button.disabled = c.status === "bot" || Boolean(refused);
  why.textContent = refused || told;
  why.hidden = !(refused || told);
  if (refused || told) button.setAttribute("aria-describedby", "c-handback-why");
  else button.removeAttribute("aria-describedby");
}

/** The newest message is a coordinator's question ("Jag ringer dig kl 15 idag om det går bra?"): nobody has answered it. */
export function questionOpen(history) {
  const last = history.filter((h) => h.kind === "message").at(-1);
  return Boolean(last && last.direction === "out" && last.author === "coordinator" && last.body.includes("?"));
}

/**
 * Hands back through `post(body)` (the route), asking first as above; whether it was handed back. The server says
 * when the young person's words are unanswered; the page only asks about them and sends `anyway`.
 */
export async function handBackAsking(history, post) {
  if (questionOpen(history) && !(await confirmHandBack(t("c.handback.open-question")))) return false;
  try {
    await post(undefined);
  } catch (err) {
    if (err?.status !== 409 || err.data?.error !== "unanswered") throw err;
    if (!(await confirmHandBack(t("c.handback.unanswered", { quote: err.data.quote ?? "" })))) return false;
    await post({ anyway: true });
  }
  return true;
}

/** "Din sista fråga är obesvarad. Lämna tillbaka ändå?" (`question`): true when the coordinator hands back anyway. */
export function confirmHandBack(question) {
  return new Promise((resolve) => {
    const back = document.activeElement;
    const dialog = document.createElement("dialog");
    dialog.id = "handback-confirm";
    dialog.setAttribute("aria-labelledby", "handback-confirm-text");
    const text = document.createElement("p");
    text.id = "handback-confirm-text";
    text.textContent = question;
    const anyway = document.createElement("button");
    anyway.type = "button";
    anyway.textContent = t("c.handback.anyway");
    anyway.addEventListener("click", () => dialog.close("anyway"));
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "quiet";
    cancel.textContent = t("c.handback.cancel");
    cancel.addEventListener("click", () => dialog.close("cancel"));
    const buttons = document.createElement("div");
    buttons.className = "buttons";
    buttons.append(cancel, anyway);
    dialog.append(text, buttons);
    dialog.addEventListener("close", () => {
      const answer = dialog.returnValue === "anyway";
      dialog.remove();
      if (back instanceof HTMLElement) back.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    // Keeping the conversation is the safe default: Enter on the first focus does not hand back.
    cancel.focus();
  });
}
