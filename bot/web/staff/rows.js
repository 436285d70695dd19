// One row of the conversation list: who, why they wait (in words), and the young person's own last
// words. Built fresh on each update; reconcile.js patches the row that is already on the page.
import { lookup, t } from "./i18n.js";
import { formatWhen } from "./team-time.js";
import { concernText, crisisText, recentText } from "./flag-words.js";

const why = (code) => lookup(`row.why.${code}`);
const askedFor = (reason) => lookup(`row.asked.${reason}`);

export function rowItem({ row, current, el, since }) {
  const badges = [];
  if (row.priority === "crisis") badges.push(el("span", { class: "badge crisis", text: t("row.crisis") }));
  if (row.priority === "concern") badges.push(el("span", { class: "badge concern", text: t("row.concern"), title: concernText(row.concernReason, row.raisedBy?.concern) }));
  if (row.recent) badges.push(el("span", { class: `badge recent ${row.recent.level}`, text: t(`row.recent.${row.recent.level}`) }));
  if (row.status === "waiting") badges.push(el("span", { class: "badge waiting", text: t("row.waiting", { since: since(row.waitingSince) }) }));
  if (row.need === "unanswered") badges.push(el("span", { class: "badge waiting", text: t("row.unanswered", { since: since(row.lastInboundAt) }) }));
  if (row.status === "human") badges.push(el("span", { class: "badge", text: t("row.human") }));
  if (row.status === "closed") badges.push(el("span", { class: "badge", text: t("row.closed") }));
  if (row.snoozedUntil) badges.push(el("span", { class: "badge snoozed", text: t("row.snoozed", { when: formatWhen(row.snoozedUntil) }) }));
  if (row.participantStatus === "opted-out") badges.push(el("span", { class: "badge", text: t("row.stop") }));
  if (row.isDemo) badges.push(el("span", { class: "badge demo", text: "Demo" }));
  if (row.unread) badges.push(el("span", { class: "badge unread", text: t("row.unread", { n: row.unread }), "aria-label": t("row.unread-label", { n: row.unread }) }));
  const reason = whyText(row);
  const link = el(
    "a",
    { href: `#/c/${row.conversationId}`, "aria-current": current === row.conversationId ? "true" : "false", "data-conversation": row.conversationId },
    el("span", { class: "name", text: row.name || row.phone || t("row.participant", { id: row.participantId }) }),
    ...badges,
    reason ? el("span", { class: "why", text: reason }) : null,
    el("div", { class: "preview", text: row.preview ? `”${row.preview.body}”` : "" }),
    // A flagged row quotes the words that raised the flag; what they wrote last comes second, when it is other words.
    row.latest ? el("div", { class: "preview latest", text: t("row.latest", { body: row.latest }) }) : null,
  );
  return el("li", {}, link);
}

/** Why this row waits, in words; nothing for a conversation the bot has in hand. */
export function whyText(row) {
  if (!row.why) return "";
  // The kind of crisis, as a concern shows its reasons ("Kris: självmord"); a mark names who made it ("markerad av
  // Maja") and keeps the concern it rose from.
  if (row.why === "crisis") return `${t("row.crisis")}: ${crisisText(row)}`;
  if (row.why === "concern") return `${why("concern")}: ${concernText(row.concernReason, row.raisedBy?.concern) || t("row.an-assessment")}`;
  // A crisis or concern a hand-back cleared in the last days stays said, above what the row waits for now.
  if (row.recent && row.why.startsWith("recent-")) return recentText(row.recent, row.raisedBy);
  if (row.why === "asked" && askedFor(row.handoffReason)) return `${why("asked")}: ${askedFor(row.handoffReason)}`;
  return why(row.why) ?? "";
}
