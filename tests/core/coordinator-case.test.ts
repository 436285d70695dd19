// Issue 19.10: with no coordinator assigned, the stand-in "en koordinator" is lower case inside a
// sentence and capitalised only where it begins one, in every phrasing that names the coordinator.
import { describe, expect, it } from "vitest";
import { fill, loadLocales, phrasings, translate } from "../../bot/infrastructure/i18n.js";

const locales = loadLocales();

describe("the coordinator stand-in in the copy", () => {
  it("mid-sentence lower case, at a sentence's start capitalised; a name is left as it is", () => {
    const someone = translate(locales, "sv", "core.someoneFromTheTeam");
    expect(someone).toBe("en koordinator");
    expect(translate(locales, "sv", "crisis.inHours", { coordinator: someone })).toMatch(/^Jag har sagt till en koordinator direkt\./);
    expect(translate(locales, "sv", "onboarding.greeting", { coordinator: someone })).toContain("digital assistent. En koordinator läser med");
    expect(translate(locales, "en", "onboarding.greeting", { coordinator: translate(locales, "en", "core.someoneFromTheTeam") })).toContain("digital assistant. A coordinator reads along");
    expect(fill("{coordinator} läser med.", { coordinator: "Maja" })).toBe("Maja läser med.");
    // The coordinator's own words are never recased.
    expect(fill("{text}\n/{coordinator}", { text: "hej", coordinator: "Maja" })).toBe("hej\n/Maja");
  });

  it("no Swedish or English phrasing puts a capitalised stand-in mid-sentence", () => {
    for (const lang of ["sv", "en"] as const) {
      const someone = translate(locales, lang, "core.someoneFromTheTeam");
      const capital = someone.charAt(0).toUpperCase() + someone.slice(1);
      const texts = Object.keys(flatten(locales[lang])).flatMap((key) => phrasings(locales, lang, key).map((p) => fill(p, { coordinator: someone })));
      for (const text of texts) {
        const mid = text.split(capital).slice(1).length ? text.slice(0, text.indexOf(capital)) : null;
        if (mid !== null && mid !== "") expect(mid, text).toMatch(/(?:[.!?]\s+|\n\s*)$/);
      }
    }
  });
});

function flatten(obj: unknown, prefix = ""): Record<string, unknown> {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return { [prefix]: obj };
  return Object.assign({}, ...Object.entries(obj).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
