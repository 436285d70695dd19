// The words the staff inbox puts on the profile's charts: each self-rating statement as the
// participant read it (from the Swedish locale file), never the code name it is stored under.
import { loadLocales, type Locales } from "../infrastructure/i18n.js";

let cached: Locales | undefined;

/** Statement key → the Swedish statement, for every statement the locale file has. */
export function selfRatingLabels(locales: Locales = (cached ??= loadLocales())): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of locales.sv) {
    const statement = /^selfRating\.statements\.(\w+)$/.exec(key)?.[1];
    if (statement) labels[statement] = value[0]!;
  }
  return labels;
}
