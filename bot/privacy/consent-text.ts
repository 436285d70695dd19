// The consent to data processing in the very words the bot asks it (dialogs/locales, onboarding.consent),
// so a coordinator who records a yes given face to face or by phone can read the same text aloud, and
// the version stored with every answer, whoever recorded it. One place, so the two cannot drift.
import { translate, type Locales } from "../infrastructure/i18n.js";
import { isLanguage } from "../domain/vocabulary.js";

/** Bump when the consent texts in the locale files change meaning; stored with each consent. */
export const CONSENT_TEXT_VERSION = "2026-12-v3";

/** The numbers the consent text quotes (the retention settings the copy promises). */
export interface ConsentTextNumbers {
  afterDischargeMonths: number;
  unconsentedMessageDays: number;
  noContactMonths: number;
}

/** The consent question in the participant's language (Swedish when theirs is unknown). */
export function consentText(locales: Locales, language: string, numbers: ConsentTextNumbers): { language: string; version: string; text: string } {
  const lang = isLanguage(language) ? language : "sv";
  const vars = { months: numbers.afterDischargeMonths, days: numbers.unconsentedMessageDays, noContactMonths: numbers.noContactMonths };
  return { language: lang, version: CONSENT_TEXT_VERSION, text: translate(locales, lang, "onboarding.consent", vars) };
}
