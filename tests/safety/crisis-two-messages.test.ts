// The brief: never more than two of Tillit's messages in a row before the young person can answer. The crisis
// reply was three after harm from someone close (what to do now, who was told, then the phone as a question of its
// own) and, on a first message ever, one more to say who writes: four in a row for a young tester (texter21 #9).
// Now the phone is asked in the second message, and who writes is said inside the two, wherever it fits two SMS
// segments (bot/core/flag-crisis.ts introduceIn).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { fitsTwoSegments, smsSize } from "../../bot/domain/sms-segments.js";

let h: Harness;
let n = 46731200000;
beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-30T09:00:00Z"); // Monday 10:00 in Stockholm
});
afterAll(async () => h?.stop());

const FIRST_MESSAGES: { language: "sv" | "en"; text: string }[] = [
  { language: "sv", text: "vill inte leva längre" },
  { language: "sv", text: "skär mej igen" },
  { language: "sv", text: "har tagit 20 alvedon" },
  { language: "sv", text: "farsan slår mig när han e full" },
  { language: "sv", text: "jag e 15 o pappa slår mig" },
  { language: "sv", text: "det står nån utanför min dörr med kniv" },
  { language: "sv", text: "dom tvingar mig sälja åt dom" },
  { language: "en", text: "im gonna end it tonight" },
  { language: "en", text: "my bf hit me again" },
  { language: "en", text: "took a bunch of pills" },
];
const PROGRAM = /Jag är Tillit, ett program|I'm Tillit, a program/;

describe("a crisis reply is at most two messages in a row", () => {
  for (const [when, ms] of [["in office hours", 0], ["at night", 15 * 3_600_000]] as const) {
    it(`a first message ever, ${when}: the help, who was told, and who writes, in two messages`, async () => {
      const at = h.clock.ms;
      h.clock.ms += ms;
      try {
        for (const { language, text } of FIRST_MESSAGES) {
          const p = new Participant(h, `+${n++}`);
          const reply = await p.say(text);
          expect(reply, text).toHaveLength(2);
          // In the language they wrote in (a first message in English is answered in English).
          expect(reply.join(" "), text).toMatch(language === "sv" ? /Jag är Tillit, ett program/ : /I'm Tillit, a program/);
          expect(reply.join(" "), text).toMatch(/112/);
          expect((await p.record()).conversations[0]?.priority, text).toBe("crisis");
        }
      } finally {
        h.clock.ms = at;
      }
    });
  }

  it("someone onboarded: two messages, and no introduction again", async () => {
    for (const { language, text } of FIRST_MESSAGES) {
      const p = await onboardedParticipant(h, `+${n++}`, language);
      const reply = await p.say(text);
      expect(reply, text).toHaveLength(2);
      expect(reply.join(" "), text).not.toMatch(PROGRAM);
    }
  });
});

describe("a plea not to tell in the message that raises the crisis", () => {
  it("is answered honestly inside the two messages, each within two SMS segments, the question (if any) last", async () => {
    for (const text of ["min kille slog mig igår. säg inget till nån", "pappa slår mig. men säg inget", "vill inte leva längre. säg inget"]) {
      const p = await onboardedParticipant(h, `+${n++}`, "sv");
      const reply = await p.say(text);
      expect(reply, text).toHaveLength(2);
      expect(reply.join(" "), text).toMatch(/inte lova|hemligt/);
      for (const m of reply) expect(smsSize(m).segments, m).toBeLessThanOrEqual(2);
    }
  });
});

describe("the copy", () => {
  it("who writes fits in front of every second reply or after every first one, in both languages", () => {
    const locales = loadLocales();
    for (const lang of ["sv", "en"] as const) {
      const t = (key: string) => locales[lang].get(key)!;
      const short = t("crisis.whoIAmShort")[0]!;
      const choices = [t("choices.yesNo.yes")[0]!, t("choices.yesNo.no")[0]!];
      const reading = lang === "sv" ? "Någon i teamet läser det på onsdag från kl 08:00." : "Someone on the team reads it on Wednesday from 08:00.";
      // Each first reply with the second replies it can go with (flag-crisis.ts secondVariant, and HarmPhone after harm close).
      const pairs: [string, string[]][] = [
        ["suicide", ["Others"]], ["selfHarm", ["Others"]], ["overdose", [""]], ["danger", ["", "Harm"]], ["harmOutside", ["Harm"]],
        ["harmClose", ["HarmPhone"]], ["harmFamily", ["HarmPhone"]], ["harmFamilyAdult", ["HarmPhone"]], ["harmCloseMinor", ["HarmPhone"]], ["dangerMinor", ["HarmMinor"]], ["harmOutsideMinor", ["HarmMinor"]],
        ["withAnAdult", [""]], ["withAnAdultMinor", ["HarmMinor"]],
      ];
      for (const [first, variants] of pairs) {
        for (const a of t(`crisis.${first}`)) {
          for (const second of variants.flatMap((v) => ["inHours", "afterHours", "afterHoursOnCall"].map((w) => `crisis.${w}${v}`))) {
            const withChoices = second.endsWith("HarmPhone") ? choices : undefined;
            for (const b of t(second)) {
              const filled = b.replace("{coordinator}", "Maximiliane").replace("{reading}", reading);
              const fits = fitsTwoSegments(`${short} ${filled}`, withChoices) || fitsTwoSegments(`${a} ${short}`, undefined);
              expect(fits, `${lang} ${first} + ${second}`).toBe(true);
            }
          }
        }
      }
    }
  });
});
