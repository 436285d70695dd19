// Marking a participant's message for the safety screen: a missed crisis signal, a missed concern, or a false
// alarm. Labels are kept (redacted) as the team's own labelled set; a missed signal also raises the conversation
// (bot/staff/safety-labels.ts), and the page says in words what happened and what to do next. On the message the
// screen (or a colleague) flagged, it says so ("Kris (skärmen): självmord"), so a label beside it never reads as
// the screen's verdict. The choices sit behind one small, quiet control per message (a disclosure: keyboard and
// screen reader work as for any <details>), offered where they make sense: a false alarm only on a flagged
// message. Nothing from a message is put on the page here; only fixed texts, set as text.
import { t } from "./i18n.js";
import { concernText, crisisKinds, markedBy } from "./flag-words.js";

/** "Kris (skärmen): självmord" or "Oro (markerad av Maja)": what raised a flag on this message, in the list's words. */
function flagText(flag) {
  const head = t(`safety.flag.${flag.level}`, { by: flag.by === "staff" ? markedBy(flag.staffName) : t("safety.by-screen") });
  const about = flag.kinds.filter((k) => k !== "trained-screen" && k !== "raised-by-staff");
  const kinds = flag.level === "crisis" ? crisisKinds(about) : concernText(about);
  return kinds ? `${head}: ${kinds}` : head;
}

/** The choices that make sense on this message: a false alarm on a flagged one, a missed signal on one read as lower. */
function choicesFor(flag) {
  if (flag?.level === "crisis") return flag.by === "screen" ? ["false-alarm"] : [];
  if (flag?.level === "concern") return flag.by === "screen" ? ["missed-crisis", "false-alarm"] : ["missed-crisis"];
  return ["missed-crisis", "missed-concern"];
}

/** In words: what the mark did, and what to do next. */
function outcomeText(result, name) {
  const { label, raised, conversation } = result;
  if (label === null) return t("safety.done.removed");
  if (raised === "crisis") return t("safety.done.crisis", { name });
  if (raised === "concern") return t("safety.done.concern", { name });
  if (label === "false-alarm") return conversation.priority === "normal" && conversation.status !== "waiting" ? t("safety.done.false-alarm-clear") : t("safety.done.false-alarm");
  if (conversation.status === "closed") return t("safety.done.closed");
  return t("safety.done.already", { level: t(`safety.level.${conversation.priority}`) });
}

/**
 * Decorates the participant's messages in `list`. `name`: the participant as the page names them; `handBack`: the
 * one act that clears a flag (the header's "Lämna tillbaka till boten"); `changed`: the conversation is read again.
 */
export async function decorateSafetyLabels(conversationId, list, api, { name = "", handBack, changed } = {}) {
  const { labels, flags = [] } = await api(`/conversations/${conversationId}/safety-labels`);
  const current = new Map(labels.map((l) => [l.messageId, l.label]));
  // The first flag a message raised is the one it is known by (a later one on the same message adds nothing).
  const flagOf = new Map();
  for (const f of flags) if (!flagOf.has(f.messageId)) flagOf.set(f.messageId, f);
  for (const item of list.querySelectorAll("li.in[data-message-id]")) {
    const messageId = Number(item.dataset.messageId);
    const flag = flagOf.get(messageId);
    // Drawn again with every refresh (a flag raised since shows on its message); what the last mark did stays said.
    const old = item.querySelector(".label-box");
    const signature = JSON.stringify([current.get(messageId) ?? null, flag ?? null]);
    if (old?.dataset.signature === signature) continue;
    const kept = old?.querySelector(".label-note");
    const wasOpen = old?.querySelector(".label-menu")?.open;
    const hadFocus = old?.contains(document.activeElement);
    old?.remove();
    const box = document.createElement("div");
    box.className = "label-box";
    box.dataset.signature = signature;
    if (flag) {
      const tag = document.createElement("span");
      tag.className = `flag-tag ${flag.level}`;
      tag.textContent = flagText(flag);
      box.append(tag);
    }
    const menu = document.createElement("details");
    menu.className = "label-menu";
    const summary = document.createElement("summary");
    const note = kept ?? document.createElement("p");
    note.className = "label-note";
    note.setAttribute("role", "status");
    const draw = () => {
      const label = current.get(messageId);
      summary.textContent = label ? t("safety.marked", { label: t(`safety.${label}`) }) : t("safety.mark");
      summary.setAttribute("aria-label", label ? t("safety.marked-label", { label: t(`safety.${label}`) }) : t("safety.select"));
      const help = document.createElement("p");
      help.className = "muted";
      help.textContent = t("safety.help");
      const buttons = choicesFor(flag).filter((c) => c !== label).map((code) => button(code, t(`safety.choose.${code}`)));
      if (label) buttons.push(button(null, t("safety.choose.remove")));
      menu.replaceChildren(summary, help, ...buttons);
    };
    const button = (code, text) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "quiet";
      b.textContent = text;
      b.addEventListener("click", async () => {
        try {
          const result = await api(`/conversations/${conversationId}/messages/${messageId}/safety-label`, { method: "POST", body: { label: code } });
          const before = current.get(messageId);
          current.set(messageId, code ?? undefined);
          box.dataset.saved = code ?? "none";
          box.dataset.signature = JSON.stringify([code ?? null, flag ?? null]);
          menu.open = false;
          draw();
          note.replaceChildren(document.createTextNode(outcomeText(result, name)));
          // A false alarm clears nothing by itself: the one act that does is offered right here.
          const flagStands = result.conversation.priority !== "normal" || result.conversation.status === "waiting";
          if (code === "false-alarm" && flagStands && result.conversation.status !== "closed" && handBack) {
            const back = document.createElement("button");
            back.type = "button";
            back.textContent = t("safety.hand-back");
            back.addEventListener("click", async () => {
              // Asked first when something is unanswered (bot/web/staff/hand-back.js); kept, the note stays.
              if ((await handBack()) === false) return;
              note.replaceChildren(document.createTextNode(t("safety.handed-back", { name })));
            });
            note.append(" ", back);
          }
          summary.focus();
          // Read again when the flag rose, and when a false alarm is marked or taken back: the header's hand-back button
          // follows it (tester25 #13: after "Falsklarm" it stayed disabled, beside "Ta över först", until a reload).
          if (result.raised || code === "false-alarm" || before === "false-alarm") changed?.();
        } catch {
          note.textContent = t("safety.failed");
        }
      });
      return b;
    };
    draw();
    menu.open = Boolean(wasOpen);
    // A message with nothing to choose (a colleague's crisis on it) shows only what raised it.
    if (menu.childElementCount > 2 || current.get(messageId)) box.append(menu);
    box.append(note);
    item.append(box);
    if (hadFocus) summary.focus();
  }
}
