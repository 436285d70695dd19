// What was left of the tenth young tester's findings (session 17, texter17) for session 18: two offers of a person
// standing at once (#15), turning 18 told during the consent (#10), real questions after STOPP (#14), where a minor
// may live (#9), and the tests' own reading of "not understood". Each case is a transcript of what the person wrote
// and what Tillit must and must not answer, said in a few ways (slang, typos, English).
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { NOT_UNDERSTOOD, NOT_UNDERSTOOD_KEYS, notUnderstoodOr } from "../helpers/not-understood.js";
import { languages } from "../../bot/domain/vocabulary.js";
import { loadLocales, phrasings, placeholders, render } from "../../bot/infrastructure/i18n.js";

const suite = transcriptSuite(731618100, { staff: true });
let h: Harness;
beforeAll(() => {
  ({ h } = suite);
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const say = (p: Participant, text: string, after = MINUTE) => p.sayLater(text, after);

describe("the tests' not-understood reading is the product's own copy", () => {
  const locales = loadLocales();
  const sample: Record<string, string> = { coordinator: "Maja", reading: "Någon i teamet läser det i morgon från kl 08:00.", question: "Vilken tid passar?", name: "Sam" };

  it("every phrasing of every not-understood line, in both languages and filled in as sent, is caught", () => {
    for (const lang of languages) {
      for (const key of NOT_UNDERSTOOD_KEYS) {
        for (const p of phrasings(locales, lang, key)) {
          const sent = render(p, Object.fromEntries(placeholders(p).map((v) => [v, sample[v] ?? "x"])));
          expect(sent, `${lang} ${key}`).toMatch(NOT_UNDERSTOOD);
        }
      }
    }
  });

  it("answers that understood are not caught, and a file's own extra non-answers are added to it", () => {
    for (const answer of ["Socialtjänsten (soc) kan inte läsa det här, och Tillit skickar inget dit.", "Vad roligt, grattis!", "Tack! Vad vill du att jag ska kalla dig?", "Of course you can come back. Send START and we are up and running again."]) {
      expect(answer).not.toMatch(NOT_UNDERSTOOD);
    }
    const withScale = notUnderstoodOr({ keys: ["common.retryScale"], words: ["Jag är kvar här"] });
    for (const p of phrasings(locales, "sv", "common.retryScale")) expect(p).toMatch(withScale);
    expect("Jag är kvar här, skriv när du vill.").toMatch(withScale);
    expect("Jag är kvar här, skriv när du vill.").not.toMatch(NOT_UNDERSTOOD);
  });
});

// Since session 23 (fix23a, full04) a stopped person gets at most one answer a week, whatever they write: a real
// question that comes first is that answer, with how to start again; what comes after it is quiet.
describe("after STOPP, real questions are answered, each with how to start again (texter17 #14)", () => {
  it("Filip: a question as the one answer gets a true brief answer and START; after the stopped line, questions, 'ok' and 'hallå?' stay quiet", async () => {
    for (const [language, hello, questions, quiet] of [
      ["sv", "hej", ["kan soc se det här", "vem läser det här?", "va e aktivitetsansvaret", "kan man få hjälp med körkort?"], ["ok", "hallå?"]],
      ["sv", "tja", ["vem har gjort dig", "sparar ni allt för alltid?", "vad händer med det jag skrev"], ["okej", "hallå??"]],
      ["en", "hey", ["who reads this?", "can social services see this", "who made you"], ["ok", "anyone there?"]],
    ] as const) {
      const sv = language === "sv";
      for (const q of questions) {
        const p = await suite.onTeam(language, "Filip");
        await say(p, "STOPP");
        h.clock.advance(2 * DAY);
        const reply = await say(p, q, 5 * MINUTE);
        expect(reply, q).toMatch(/START/);
        expect(reply, q).not.toMatch(NOT_UNDERSTOOD);
        // Stopped is said with it: the answer is no way back in by itself.
        expect(reply, q).toMatch(sv ? /stoppade|stoppat/ : /stopped/);
      }
      const p = await suite.onTeam(language, "Filip");
      await say(p, "STOPP");
      h.clock.advance(2 * DAY);
      expect(await say(p, hello), hello).toMatch(/START/);
      for (const q of [...questions, ...quiet]) expect(await say(p, q, 5 * MINUTE), q).toBe("");
      // Nothing else changed: still stopped, nothing asked of the team by an answer.
      const r = await p.record();
      expect(r.status, language).toBe("opted-out");
      expect((await suite.conversationOf(p)).status, language).toBe("bot");
      // And never a nudge: a week on the calendar brings nothing.
      const got = await suite.liveUntil(p, new Date(h.clock.ms + 7 * DAY).toISOString(), 6 * 60 * MINUTE);
      expect(got, language).toEqual([]);
    }
  });

  it("the first message after the stop being a question gets its answer, not only the stopped line", async () => {
    const p = await suite.onTeam("sv", "Filip");
    await say(p, "STOPP");
    h.clock.advance(DAY);
    const reply = await say(p, "kan mina föräldrar se det här?");
    expect(reply).toMatch(/föräldrar/);
    expect(reply).toMatch(/START/);
    // How to start again, asked first: START, not "I can't answer that".
    for (const [language, q] of [["sv", "hur startar jag igen"], ["sv", "hur gör man för att komma igång igen?"], ["en", "how do i start again"]] as const) {
      const asking = await suite.onTeam(language, "Dan");
      await say(asking, "STOPP");
      h.clock.advance(DAY);
      const how = await say(asking, q);
      expect(how, q).toMatch(/START/);
      expect(how, q).not.toMatch(/inte svara säkert|inget säkert svar|can't answer that|sure answer/);
    }
  });
});

describe("turning 18 told during the consent is heard, and the consent still stands, asked once (texter17 #10)", () => {
  it("Lucas: 'fyllde 18 igår btw', 'turned 18 yesterday', 'e 18 nu' get a short word back and the consent in its short line", async () => {
    for (const [told, heard] of [
      ["fyllde 18 igår btw", /^Grattis/],
      ["turned 18 yesterday", /^Grattis/],
      ["fyllt 18 nu lol", /^Grattis/],
      ["e 18 nu", /^(Tack|Okej)/],
      ["jag e 17 btw", /^(Tack|Okej)/],
    ] as const) {
      const p = suite.newcomer();
      await say(p, "tjena fick en lapp från kommunen om detta");
      const reply = await say(p, told);
      expect(reply, told).toMatch(heard);
      expect(reply, told).not.toMatch(NOT_UNDERSTOOD);
      // The consent question is there, once.
      expect(reply.match(/får jag spara/g)?.length, reply).toBe(1);
      expect(await say(p, "ja"), told).toMatch(/kalla dig/);
    }
  });

  it("told outside the consent, the age is heard too, not 'förstår inte allt'", async () => {
    for (const [language, told, heard] of [
      ["sv", "e 18 nu", /^(Tack|Okej)/],
      ["sv", "fyllde 18 igår btw", /^Grattis/],
      ["en", "turned 18 last week", /^Happy/],
      ["en", "im 16 btw", /^(Thanks|Okay)/],
    ] as const) {
      const p = await suite.onTeam(language, "Lucas");
      const reply = await say(p, told);
      expect(reply, told).toMatch(heard);
      expect(reply, told).not.toMatch(NOT_UNDERSTOOD);
    }
  });
});

describe("where a minor may live (texter17 #9)", () => {
  it("Amanda, 15: a true brief answer that promises nothing (it depends; socialtjänsten can tell), and a person offered", async () => {
    for (const [language, asked] of [
      ["sv", "får man bo hos sin moster om man e 15"],
      ["sv", "kan jag flytta hemifrån när jag e 16"],
      ["sv", "kan soc tvinga mig flytta hem"],
      ["sv", "får ja flytta ut om ja e 17?"],
      ["sv", "kan jag bo hos min farmor istället"],
      ["sv", "vem bestämmer var jag ska bo"],
      ["en", "can i move out at 16"],
      ["en", "am i allowed to live with my aunt at 15"],
    ] as const) {
      const sv = language === "sv";
      const p = await suite.onTeam(language, "Amanda");
      await say(p, sv ? "e 15 btw" : "im 15 btw");
      const reply = await say(p, asked);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, asked).toMatch(sv ? /beror på/ : /depends/);
      expect(reply, asked).toMatch(sv ? /socialtjänsten/ : /[Ss]ocial services/);
      expect(reply, asked).not.toMatch(/kan inte läsa det här|can't read this/);
      // A person offered.
      expect(reply, asked).toMatch(sv ? /Vill du att/ : /Would you like/);
    }
    // The yes to it asks the team.
    const p = await suite.onTeam("sv", "Amanda");
    await say(p, "får man bo hos sin moster om man e 15");
    await say(p, "ja");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("a meeting moved or a bed for tonight is no question of where to live", async () => {
    const p = await suite.onTeam("sv", "Amanda");
    for (const said of ["kan vi flytta fikan", "kan jag sova hos en kompis inatt"]) expect(await say(p, said), said).not.toMatch(/vårdnadshavar/);
  });
});

describe("never two offers of a person standing at once (texter17 #15)", () => {
  /** The replies with the offer's yes/no choices, and those that ask whether the team should get in touch. */
  const asksOffer = (r: string) => /\n1\. (Ja|Yes)\n2\. (Nej|No)/.test(r) || /(hör av sig|höra av sig|get in touch)[^.]*\?/.test(r);

  it("Nils, Saturday night: more told while the offer stands is heard, and the offer stands; it is not put again; a later yes answers it", async () => {
    h.clock.ms = Date.parse("2026-11-28T18:00:00Z"); // Saturday 19:00
    for (const [language, burst, yes] of [
      ["sv", ["har inga pengar alls", "ätit nudlar hela veckan", "hyran"], "ja"],
      ["sv", ["har inga pengar alls", "käkat nudlar hela veckan typ", "hyran också"], "1"],
      ["sv", ["allt känns meningslöst", "har inte ätit på två dagar"], "jaa"],
      ["en", ["i have no money at all", "been eating noodles all week", "cant pay rent either"], "yes"],
    ] as const) {
      const p = await suite.onTeam(language, "Nils");
      const first = await say(p, burst[0]);
      expect(asksOffer(first), first).toBe(true);
      for (const more of burst.slice(1)) {
        const reply = await say(p, more);
        expect(asksOffer(reply), `${more} → ${reply}`).toBe(false);
        expect(reply, more).not.toMatch(NOT_UNDERSTOOD);
        // Said to stand: a yes is enough. A second heavy message (as the screen reads the burst) is met with where the
        // door is instead (concern-offer.dialog.ts); the yes after it still answers the offer.
        expect(reply, more).toMatch(language === "sv" ? /står kvar|går inte ut|prata med en människa/ : /offer stands|doesn't run out|talk to a human/);
      }
      expect(await say(p, yes), yes).toMatch(language === "sv" ? /Jag har bett teamet|jag säger till teamet/ : /I have asked the team|I'll tell the team/);
      expect((await suite.conversationOf(p)).status).toBe("waiting");
    }
  });
});
