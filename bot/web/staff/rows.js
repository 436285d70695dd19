// One row of the conversation list: who, why they wait (in words), and the young person's own last
// words. Built fresh on each update; reconcile.js patches the row that is already on the page.
const why = {
  crisis: "Kris: kan vara i fara",
  concern: "Oro",
  asked: "Bad om en person",
  unclear: "Blev inte förstådd",
  quiet: "Tyst kontakt: hör av dig?",
  unanswered: "Har skrivit, inget svar än",
};
const askedFor = { "consent-questions": "har frågor om samtycket", meeting: "vill ändra ett möte", reminders: "vill ändra påminnelser", concern: "vill att någon hör av sig", "erasure-request": "vill att allt om hen raderas" };

export function rowItem({ row, current, el, since, concernText }) {
  const badges = [];
  if (row.priority === "crisis") badges.push(el("span", { class: "badge crisis", text: "Kris" }));
  if (row.priority === "concern") badges.push(el("span", { class: "badge concern", text: "Oro", title: concernText(row.concernReason) }));
  if (row.status === "waiting") badges.push(el("span", { class: "badge waiting", text: `Väntar ${since(row.waitingSince)}` }));
  if (row.need === "unanswered") badges.push(el("span", { class: "badge waiting", text: `Obesvarat ${since(row.lastInboundAt)}` }));
  if (row.status === "human") badges.push(el("span", { class: "badge", text: "Hos koordinator" }));
  if (row.status === "closed") badges.push(el("span", { class: "badge", text: "Avslutat" }));
  if (row.snoozedUntil) badges.push(el("span", { class: "badge snoozed", text: `Pausat till ${new Date(row.snoozedUntil).toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" })}` }));
  if (row.participantStatus === "opted-out") badges.push(el("span", { class: "badge", text: "STOPP" }));
  if (row.isDemo) badges.push(el("span", { class: "badge demo", text: "Demo" }));
  if (row.unread) badges.push(el("span", { class: "badge unread", text: `${row.unread} olästa`, "aria-label": `${row.unread} olästa meddelanden` }));
  const reason = whyText(row, concernText);
  const link = el(
    "a",
    { href: `#/c/${row.conversationId}`, "aria-current": current === row.conversationId ? "true" : "false", "data-conversation": row.conversationId },
    el("span", { class: "name", text: row.name || row.phone || `Deltagare ${row.participantId}` }),
    ...badges,
    reason ? el("span", { class: "why", text: reason }) : null,
    el("div", { class: "preview", text: row.preview ? `”${row.preview.body}”` : "" }),
  );
  return el("li", {}, link);
}

/** Why this row waits, in words; nothing for a conversation the bot has in hand. */
export function whyText(row, concernText) {
  if (!row.why) return "";
  if (row.why === "concern") return `${why.concern}: ${concernText(row.concernReason) || "en bedömning"}`;
  if (row.why === "asked" && askedFor[row.handoffReason]) return `${why.asked}: ${askedFor[row.handoffReason]}`;
  return why[row.why] ?? "";
}
