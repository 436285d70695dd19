// Marking a participant's message for the safety screen: a missed crisis signal, a missed concern, or
// a false alarm. Labels are kept (redacted) as the team's own labelled set. Nothing from a message is
// put on the page here; only fixed texts, set as text.
import { t } from "./i18n.js";

const codes = ["", "missed-crisis", "missed-concern", "false-alarm"];

export async function decorateSafetyLabels(conversationId, list, api) {
  const { labels } = await api(`/conversations/${conversationId}/safety-labels`);
  const current = new Map(labels.map((l) => [l.messageId, l.label]));
  for (const item of list.querySelectorAll("li.in[data-message-id]")) {
    if (item.querySelector("select.safety-label")) continue;
    const messageId = Number(item.dataset.messageId);
    const select = document.createElement("select");
    select.className = "safety-label";
    select.setAttribute("aria-label", t("safety.select"));
    for (const [value, text] of codes.map((c) => [c, t(`safety.${c || "none"}`)])) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = text;
      select.append(option);
    }
    select.value = current.get(messageId) ?? "";
    select.addEventListener("change", async () => {
      try {
        await api(`/conversations/${conversationId}/messages/${messageId}/safety-label`, { method: "POST", body: { label: select.value || null } });
        current.set(messageId, select.value || undefined);
        select.dataset.saved = select.value || "none";
      } catch {
        select.value = current.get(messageId) ?? "";
      }
    });
    item.append(select);
  }
}
