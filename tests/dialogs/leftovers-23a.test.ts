// Session 23's leftovers (fix23a), found by a black-box tester texting through the SMS simulator (/work/notes/s23/t22):
// 1. The consent conversation with a suspicious young person (full01): every question asked before the yes or no was
//    answered and then followed by the consent question again, nine times in a row in rotating wordings. Questions
//    are answered, the choices stay on the answer, and only every few answers is a short "ask more, or answer ja or
//    nej when you're ready" said (dialogs/consent-questions.ts). Questions that got no answer at all are answered:
//    "vem e du ens", "men vad heter koordinatorn då" (no coordinator yet: the one from the team who writes says who
//    they are), "kan jag prata med er ändå om jag säger nej" (yes: what a no does, as onboarding does it), "vem e
//    teamledaren" (the one who leads the team, who reads along; names come with the messages of whoever writes).
// 2. After STOPP (full04), every text got a system reply. After the confirmation a later text gets one short answer,
//    then nothing for a week (bot/core/opt-out.ts), what they write still kept; a crisis still gets its crisis reply,
//    and START restarts at once. "ok men typ inte varje dag" right after START is a wish for fewer messages.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";
import { loadLocales, phrasings } from "../../bot/infrastructure/i18n.js";

const suite = transcriptSuite(723100000, { clock: "none" });
const SEC = 1_000;
const DAY = 24 * 60 * 60_000;
/** Sunday 05:18 in Stockholm, as the tester wrote: nobody from the team in until Monday 08:00. */
const SUNDAY_MORNING = Date.parse("2026-12-06T04:18:22Z");
const locales = loadLocales();

const CONSENT_MENU = { sv: "\n1. Ja\n2. Nej\n3. Jag har frågor", en: "\n1. Yes\n2. No\n3. I have questions" };

/** Every line that puts the consent question again (the paragraph's own, its short lines, its retries, the nudge). */
function consentAsks(language: "sv" | "en"): string[] {
  const keys = ["onboarding.consent", "onboarding.consentAgain", "onboarding.consentRetry", "onboarding.consentSimple", "onboarding.consentQuestionsRetry", "onboarding.consentAskMore"];
  return keys.flatMap((k) => phrasings(locales, language, k)).map((line) => line.replace(/\{[^}]+\}.*$/s, "").slice(0, 40));
}
const asksConsent = (language: "sv" | "en", text: string) => consentAsks(language).some((start) => text.includes(start));

/** What the turn got, joined; nothing sent is "". */
async function said(p: { say(t: string): Promise<string[]> }, text: string, after = 4 * SEC): Promise<string[]> {
  suite.h.clock.advance(after);
  return p.say(text);
}

describe("1. questions before the consent: answered, the consent not asked after every answer", () => {
  const FULL01 = [
    "vem e du ens",
    "ok men vem läser detta på riktigt? har ni namn",
    "kan mina föräldrar se det här",
    "hur fick ni mitt nummer??",
    "e du en robot eller",
    "kan soc läsa detta",
    "vad händer om jag säger nej",
    "men vad heter koordinatorn då",
    "kan jag prata med er ändå om jag säger nej",
    "vem e teamledaren",
  ];

  it("the tester's ten questions (full01): each answered, the consent put again at most every third answer, never two turns running", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = suite.newcomer();
    await said(p, "hej");
    let previous = "";
    const asked: boolean[] = [];
    for (const q of FULL01) {
      const reply = await said(p, q);
      const all = reply.join("\n");
      expect(reply.length, q).toBeGreaterThan(0);
      expect(reply.length, q).toBeLessThanOrEqual(2);
      expect(all, q).not.toMatch(NOT_UNDERSTOOD);
      expect(all, q).not.toMatch(/Ingen brådska|Jag menar: får jag spara|Enkelt sagt: får jag spara/);
      // The answer comes first, and is no consent line.
      expect(asksConsent("sv", reply[0]!.split("\n")[0]!.slice(0, 40)), `${q}: ${reply[0]}`).toBe(false);
      // The choices stay on the last message, so "1" or "ja" answers whenever they are ready.
      expect(reply.at(-1), q).toMatch(/\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
      expect(reply[0], q).not.toBe(previous);
      previous = reply.at(-1)!;
      asked.push(asksConsent("sv", all));
    }
    // Only now and then: never in two turns running, and at most every third.
    asked.forEach((a, i) => {
      if (a && i > 0) expect(asked.slice(Math.max(0, i - 2), i), `turn ${i}: ${FULL01[i]}`).not.toContain(true);
    });
    expect(asked.filter(Boolean).length).toBeGreaterThan(0);
    expect(asked.filter(Boolean).length).toBeLessThanOrEqual(Math.ceil(FULL01.length / 3));
    // Nothing recorded by the questions; the yes, whenever it comes, is taken.
    expect((await p.record()).consents).toEqual([]);
    expect(await said(p, "ok ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    expect((await p.record()).consents).toEqual([expect.objectContaining({ kind: "data-processing", granted: true })]);
  });

  it("the questions that got no answer are answered truthfully, in both languages", async () => {
    const cases: { language: "sv" | "en"; q: string; answer: RegExp }[] = [
      { language: "sv", q: "vem e du ens", answer: /digital assistent/ },
      { language: "en", q: "who even are you", answer: /digital assistant/ },
      // No coordinator on the record: no name to give; the one from the team who writes says who they are (answers.myCoordinatorWaitingNone).
      { language: "sv", q: "men vad heter koordinatorn då", answer: /något namn kan jag inte ge|berättar vem hen är/ },
      { language: "en", q: "whats the coordinators name then", answer: /no name I can give|tell(s)? you who they are/ },
      // What "Nej" does (onboarding.dialog.ts): the number, the no and the texts for 30 days, and they can still write; the team can answer.
      { language: "sv", q: "kan jag prata med er ändå om jag säger nej", answer: /^Ja\b.*skriva.*30 dagar/s },
      { language: "sv", q: "får jag skriva till er ändå om jag säger nej?", answer: /^Ja\b.*skriva.*30 dagar/s },
      { language: "en", q: "can i still talk to you if i say no", answer: /^Yes\b.*write.*30 days/s },
      { language: "sv", q: "vem e teamledaren", answer: /teamledare.*namn/is },
      { language: "en", q: "who is the team lead", answer: /team lead.*name/is },
    ];
    for (const { language, q, answer } of cases) {
      suite.h.clock.ms = SUNDAY_MORNING;
      const p = suite.newcomer();
      await said(p, language === "sv" ? "hej" : "hello");
      const reply = await said(p, q);
      expect(reply[0], q).toMatch(answer);
      expect(reply.join("\n"), q).not.toMatch(NOT_UNDERSTOOD);
      expect(reply.join("\n"), q).not.toMatch(/Ingen brådska|No rush/);
      expect(reply.at(-1), q).toMatch(new RegExp(`${CONSENT_MENU[language].replace(/[.?]/g, "\\$&")}$`));
      expect((await p.record()).consents, q).toEqual([]);
    }
  });

  it("what the answer about a no says holds: after 'nej' they can write, and 'människa' reaches the team", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = suite.newcomer();
    await said(p, "hej");
    await said(p, "kan jag prata med er ändå om jag säger nej");
    expect((await said(p, "nej"))[0]).toMatch(/^Okej, helt förståeligt\..*30 dagar/);
    expect((await said(p, "hallå")).length).toBeGreaterThan(0);
    expect((await said(p, "människa")).join(" ")).toMatch(/Självklart, jag säger till teamet/);
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("a yes or no with a question in it: the question answered, and the consent asked again at once (the yes was not taken)", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = suite.newcomer();
    await said(p, "hej");
    const reply = await said(p, "ja men kan soc se det?");
    expect(reply[0]).toMatch(/^Socialtjänsten \(soc\) kan inte läsa det här/);
    expect(asksConsent("sv", reply[1] ?? "")).toBe(true);
    expect((await p.record()).consents).toEqual([]);
  });
});

describe("2. after STOPP: one answer, then quiet; a crisis still answered; START at once", () => {
  const STOPPED = /(inga fler meddelanden|any more messages)[\s\S]*START/;

  it("the tester's stop (full04): 'ok' gets one line, then 'hmm', 'kan jag börja igen?' and a question get nothing, and are kept", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = await suite.onboarded("sv", "Alex");
    expect((await said(p, "orkar inte fler sms ärligt")).join(" ")).toMatch(/En gång i veckan[\s\S]*Sluta helt/);
    expect((await said(p, "sluta helt")).join(" ")).toMatch(STOPPED);
    expect(await said(p, "ok")).toEqual([expect.stringMatching(/START/)]);
    for (const later of ["hmm", "hej, kan jag börja igen?", "kan soc se det här?", "men inga påminnelser typ", "hallå??"]) {
      expect(await said(p, later), later).toEqual([]);
    }
    // A day on, still nothing; what they wrote is all kept for the team.
    expect(await said(p, "vänta nej", DAY)).toEqual([]);
    const id = (await p.record()).id;
    const kept = await suite.h.tillit.db.message.findMany({ where: { participantId: id, direction: "in" }, orderBy: { id: "desc" }, take: 6 });
    expect(kept.map((m) => m.body)).toContain("hej, kan jag börja igen?");
    expect(kept.map((m) => m.body)).toContain("vänta nej");
    // START, at once.
    expect((await said(p, "START"))[0]).toMatch(/^(Välkommen tillbaka|Kul att du är tillbaka)/);
    expect((await p.record()).status).toBe("active");
  });

  it("the one answer may be the one that fits (a question, coming back); a week on, one line again", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = await suite.onboarded();
    await said(p, "STOPP");
    const first = (await said(p, "e det för sent att börja igen?")).join(" ");
    expect(first).toMatch(/aldrig för sent.*START|komma tillbaka.*START/);
    expect(await said(p, "kan soc se det här?")).toEqual([]);
    const week = await said(p, "hej", 8 * DAY);
    expect(week).toEqual([expect.stringMatching(/START/)]);
    expect(await said(p, "hallå")).toEqual([]);
  });

  it("a crisis written after the one line still gets its crisis reply", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = await suite.onboarded();
    await said(p, "STOPP");
    expect((await said(p, "ok")).join(" ")).toMatch(/START/);
    expect((await said(p, "jag tänker ta livet av mig ikväll")).join(" ")).toMatch(/112|90101/);
    expect(await said(p, "spelade fifa hela dan")).toEqual([]);
  });

  it("'ok men typ inte varje dag' right after START is a wish for fewer messages, as 'orkar inte fler sms' is", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = await suite.onboarded("sv", "Alex");
    await said(p, "STOPP");
    await said(p, "START");
    const reply = (await said(p, "ok men typ inte varje dag")).join(" ");
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).toMatch(/en gång i veckan/);
  });
});
