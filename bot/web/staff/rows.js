// One row of the conversation list: who, why they wait (in words), and the young person's own last
// words. Built fresh on each update; reconcile.js patches the row that is already on the page.
import { lookup, t } from "./i18n.js";
import { formatWhen } from "./team-time.js";

const why = (code) => lookup(`row.why.${code}`);
const askedFor = (reason) => lookup(`row.asked.${reason}`);

export function rowItem({ row, current, el, since, concernText }) {
  const badges = [];
  if (row.priority === "crisis") badges.push(el("span", { class: "badge crisis", text: t("row.crisis") }));
  if (row.priority === "concern") badges.push(el("span", { class: "badge concern", text: t("row.concern"), title: concernText(row.concernReason) }));
  if (row.status === "waiting") badges.push(el("span", { class: "badge waiting", text: t("row.waiting", { since: since(row.waitingSince) }) }));
  if (row.need === "unanswered") badges.push(el("span", { class: "badge waiting", text: t("row.unanswered", { since: since(row.lastInboundAt) }) }));
  if (row.status === "human") badges.push(el("span", { class: "badge", text: t("row.human") }));
  if (row.status === "closed") badges.push(el("span", { class: "badge", text: t("row.closed") }));
  if (row.snoozedUntil) badges.push(el("span", { class: "badge snoozed", text: t("row.snoozed", { when: formatWhen(row.snoozedUntil) }) }));
  if (row.participantStatus === "opted-out") badges.push(el("span", { class: "badge", text: t("row.stop") }));
  if (row.isDemo) badges.push(el("span", { class: "badge demo", text: "Demo" }));
  if (row.unread) badges.push(el("span", { class: "badge unread", text: t("row.unread", { n: row.unread }), "aria-label": t("row.unread-label", { n: row.unread }) }));
  const reason = whyText(row, concernText);
  const link = el(
    "a",
    { href: `#/c/${row.conversationId}`, "aria-current": current === row.conversationId ? "true" : "false", "data-conversation": row.conversationId },
    el("span", { class: "name", text: row.name || row.phone || t("row.participant", { id: row.participantId }) }),
    ...badges,
    reason ? el("span", { class: "why", text: reason }) : null,
    el("div", { class: "preview", text: row.preview ? `”${row.preview.body}”` : "" }),
  );
  return el("li", {}, link);
}

/** Why this row waits, in words; nothing for a conversation the bot has in hand. */
export function whyText(row, concernText) {
  if (!row.why) return "";
  // The kind of crisis, as a concern shows its reasons ("Kris: självmord"); a coordinator's own raise says so.
  if (row.why === "crisis") {
    if (row.handoffReason === "crisis:raised-by-staff") return `${t("row.crisis")}: ${t("c.crisis-raised-by-staff")}`;
    const kinds = (row.crisisCategories ?? []).map((k) => lookup(`label.crisis.${k}`) ?? k).join(", ");
    if (kinds) return `${t("row.crisis")}: ${kinds}`;
  }
  if (row.why === "concern") return `${why("concern")}: ${concernText(row.concernReason) || t("row.an-assessment")}`;
  if (row.why === "asked" && askedFor(row.handoffReason)) return `${why("asked")}: ${askedFor(row.handoffReason)}`;
  return why(row.why) ?? "";
}
