// The words the staff inbox puts on the profile: each self-rating statement and mapping question as
// the participant read it, the charts' titles and the mapping's topics, all from the Swedish locale
// file, never the code names they are stored under.
import { loadLocales, type Locales } from "../infrastructure/i18n.js";

let cached: Locales | undefined;

/** Every Swedish text whose key matches, by the pattern's first group. */
function byPattern(locales: Locales, pattern: RegExp): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of locales.sv) {
    const name = pattern.exec(key)?.[1];
    if (name) labels[name] = value[0]!;
  }
  return labels;
}

/** Statement key → the Swedish statement, for every statement the locale file has. */
export function selfRatingLabels(locales: Locales = (cached ??= loadLocales())): Record<string, string> {
  return byPattern(locales, /^selfRating\.statements\.(\w+)$/);
}

export interface ProfileLabels {
  moodChart: string;
  selfRatings: string;
  exitRating: string;
  mapping: string;
  /** Topic → heading. */
  topics: Record<string, string>;
  /** "topic.question" → the question as asked. */
  questions: Record<string, string>;
}

export function profileLabels(locales: Locales = (cached ??= loadLocales())): ProfileLabels {
  const sv = (key: string) => locales.sv.get(key)?.[0] ?? key;
  return {
    moodChart: sv("profile.moodChart"),
    selfRatings: sv("profile.selfRatings"),
    exitRating: sv("profile.exitRating"),
    mapping: sv("profile.mapping"),
    topics: byPattern(locales, /^profile\.topics\.(\w+)$/),
    // The intro of a topic is not a question.
    questions: byPattern(locales, /^mapping\.(\w+\.(?!intro$)\w+)$/),
  };
}
