// How the inbox says what a crisis or concern flag is about and what raised it, in one wording everywhere (the row,
// the header, the mark on a message): the screen's flag says "skärmen", a missed signal marked by someone in the team
// names them as the timeline does ("markerad av Maja"), and what it is about is kept beside it ("Kris: markerad av
// Maja · Oro: boende"). Tester24 #11: the list said "någon i teamet" where the timeline said "Demo", and
// "Tillits automatiska bedömning av det hen skrev" where the messages said "(skärmen)".
import { lookup, t } from "./i18n.js";

/** Reasons that say what raised a flag rather than what it is about. */
const SOURCES = ["trained-screen", "raised-by-staff"];

/** "markerad av Maja"; "markerad av någon i teamet" when nobody is named. */
export const markedBy = (name) => (name ? t("c.marked-by", { name }) : t("c.crisis-raised-by-staff"));

/** "bråk hemma (skärmen)", "boende", "markerad av Maja": a concern's reasons, what raised it in brackets. */
export function concernText(reasons, raisedBy) {
  const all = (Array.isArray(reasons) ? reasons : (reasons || "").split(",")).filter(Boolean);
  const kinds = all.filter((r) => !SOURCES.includes(r)).map((r) => lookup(`label.concern.${r}`) ?? r).join(", ");
  const sources = all.filter((r) => SOURCES.includes(r)).map((r) => (r === "raised-by-staff" ? markedBy(raisedBy) : lookup(`label.concern.${r}`))).join(", ");
  return kinds && sources ? `${kinds} (${sources})` : kinds || sources;
}

/** "självmordstankar", "markerad av Maja": what a crisis flag is about, or who raised it; "" when neither is known. */
export function crisisKinds(reasons, raisedBy) {
  if (reasons.includes("raised-by-staff")) return markedBy(raisedBy);
  // Abuse from someone close is violence already: "våld, våld eller övergrepp …" said it twice (tester25 #5).
  const kinds = reasons.includes("abuse-at-home") ? reasons.filter((k) => k !== "violence") : reasons;
  return kinds.map((k) => lookup(`label.crisis.${k}`) ?? k).join(", ");
}

/**
 * A live crisis in words, with a concern it rose from kept ("markerad av Maja · Oro: boende"). `c`: a row or the
 * conversation, with handoffReason, crisisCategories, concernReason and raisedBy.
 */
export function crisisText(c) {
  const kinds = crisisKinds(c.handoffReason === "crisis:raised-by-staff" ? ["raised-by-staff"] : (c.crisisCategories ?? []), c.raisedBy?.crisis) || t("c.in-danger");
  const concern = c.concernReason ? concernText(c.concernReason, c.raisedBy?.concern) : "";
  return concern ? `${kinds} · ${t("row.concern")}: ${concern}` : kinds;
}

/** "Kris nyligen: självmordstankar", "Oro nyligen: pengar, mat": a flag a hand-back cleared in the last days. */
export function recentText(recent, raisedBy) {
  const kinds = recent.level === "crisis" ? crisisKinds(recent.kinds, raisedBy?.crisis) || t("c.in-danger") : concernText(recent.kinds, raisedBy?.concern);
  return kinds ? `${t(`row.recent.${recent.level}`)}: ${kinds}` : t(`row.recent.${recent.level}`);
}
