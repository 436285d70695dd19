// Times as a person says them, in the participant's language and time zone, e.g.
// "tisdag 1 december kl. 14:00" / "Tuesday 1 December at 14:00".
import { DateTime } from "luxon";
import type { Language } from "./vocabulary.js";

export function formatMeetingTime(at: Date, language: Language, timeZone = "Europe/Stockholm"): string {
  const locale = language === "sv" ? "sv-SE" : "en-GB";
  const day = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hour12: false, timeZone }).format(at);
  return language === "sv" ? `${day} kl. ${time}` : `${day} at ${time}`;
}

/** The weekday (1 = Monday) of an instant in a time zone. */
export function weekdayIn(at: Date, timeZone: string): number {
  return DateTime.fromJSDate(at, { zone: timeZone }).weekday;
}

/** A weekday's name in the participant's language ("torsdag", "Thursday"); 1 = Monday. */
export function weekdayName(isoWeekday: number, language: string): string {
  return DateTime.fromObject({ weekday: isoWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 }, { locale: language === "en" ? "en-GB" : "sv-SE" }).toFormat("cccc");
}
