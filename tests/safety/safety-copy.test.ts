// The help Tillit gives is complete in every case: whichever crisis, whichever language, in or out of
// office hours, the replies together name 112, Självmordslinjen 90101 and its chat at mind.se, BRIS
// 116 111 for under-18s, Jourhavande medmänniska and 1177. And every concern message fits in two SMS
// segments in GSM-7 with its choices. Every phrasing of every key is checked.
import { describe, expect, it } from "vitest";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { renderSmsBody, smsSize } from "../../bot/domain/sms-segments.js";

const locales = loadLocales();
const fill = (text: string) => text.replace("{coordinator}", "Maximiliane").replace("{reading}", "Someone on the team reads it on Wednesday from 08:00.");

describe("crisis copy", () => {
  for (const lang of ["sv", "en"] as const) {
    const t = (key: string) => locales[lang].get(key)!;
    // After a first reply that gives Självmordslinjen, the second names the others; after harm from
    // others, the second also names socialjouren (bot/core/flag-crisis.ts).
    for (const [first, variant] of [["suicide", "Others"], ["selfHarm", "Others"], ["overdose", ""], ["danger", ""], ["danger", "Harm"]] as const) {
      for (const second of ["inHours", "afterHours", "afterHoursOnCall"].map((k) => `${k}${variant}`)) {
        it(`${lang}: crisis.${first} + crisis.${second} name every number, Självmordslinjen once`, () => {
          for (const a of t(`crisis.${first}`)) {
            for (const b of t(`crisis.${second}`)) {
              const together = `${a} ${b}`;
              for (const needed of ["112", "Självmordslinjen", "90101", "mind.se", "BRIS 116 111", "Jourhavande medmänniska", "08-702 16 80", "1177"]) {
                expect(together, needed).toContain(needed);
              }
              expect(together).toMatch(/Under 18\? BRIS 116 111/);
              expect(together.match(/90101/g)).toHaveLength(1);
              for (const text of [a, fill(b)]) expect(smsSize(text).encoding).toBe("GSM-7");
            }
          }
        });
      }
    }
    it(`${lang}: after harm from others, the second reply says how to reach socialjouren`, () => {
      for (const key of ["inHoursHarm", "afterHoursHarm", "afterHoursOnCallHarm"]) {
        for (const text of t(`crisis.${key}`)) expect(text).toMatch(/112 (och be om|and ask for) socialjouren/);
      }
    });
    it(`${lang}: outside office hours the reply says when someone reads`, () => {
      for (const key of ["afterHours", "afterHoursOnCall", "afterHoursOthers", "afterHoursOnCallOthers", "afterHoursHarm", "afterHoursOnCallHarm"]) {
        for (const text of t(`crisis.${key}`)) expect(text).toContain("{reading}");
      }
      for (const text of t("concern.yesAfterHours")) expect(text).toMatch(/\{reading\}.*90101.*mind\.se/);
    });
  }
});

describe("concern copy", () => {
  it("every acknowledgment with the offer and its choices fits in two SMS segments, GSM-7 only", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = locales[lang];
      const acks = [...t.keys()].filter((k) => k.startsWith("concern.ack."));
      // One for each concern category and each check-in concern (the heavy answer in a check-in made it 12),
      // nobody getting in touch for long, told (13), and a row at home the screen read that was told as school (14), and a worry before a step (15);
      // an apology for silence read as exhaustion (welcome back, 16) and boredom read as low spirits (17); anxiety told
      // in answer to the offer of a person (18); a kind the trained screen alone guessed and the words do not say (19);
      // worry for someone close, told (20); no food at all told, not money (21).
      expect(acks).toHaveLength(21);
      const choices = [t.get("choices.yesNo.yes")![0]!, t.get("choices.yesNo.no")![0]!];
      for (const ack of acks) {
        for (const tail of [...t.get("concern.offer")!.map(fill), ...t.get("concern.door")!]) {
          for (const said of t.get(ack)!) {
            const shown = renderSmsBody(`${said} ${tail}`, tail.includes("?") ? choices : undefined);
            expect(smsSize(shown), `${lang} ${ack}`).toMatchObject({ encoding: "GSM-7" });
            expect(smsSize(shown).units, `${lang} ${ack}`).toBeLessThanOrEqual(306);
          }
        }
      }
    }
  });
});
