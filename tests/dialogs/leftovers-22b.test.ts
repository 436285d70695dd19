// Session 22's conversation leftovers (fix22b), found by a reviewer and a young tester:
// 1. Stops missed: "kan ni inte bara sluta" got the stock line and "dont text me anymore pls" the menu of how often.
//    Each is the stop it says (bot/core/opt-out.ts readStop): "kan ni inte bara sluta" as the word "sluta" alone is
//    (stopped, and asked whether fewer was meant), "dont text me anymore pls" as "dont text me anymore". ("sluta
//    skicka sms till mig" was already a plain stop, in every place tried: kept here as proof.)
// 2. Over-reading while waiting (dialogs/shared/waiting-words.ts): "kan inte prata med mamma om det nu" was read as
//    not being able to call ("nu" counted as being heard); "när slutar dom" got the team's hours and "vem svarar
//    inte" who answers. After harm at home, not being able to call named Självmordslinjen's chat at mind.se for
//    adults; it names BRIS's chat for under-18s and Kvinnofridslinjen, as the steps after harm do.
// 3. The check-in: "e klar nu" mid check-in ends it kindly; "typ -3 lol" is a very low mood (a 1, said back);
//    "svenksa" answers the language question; "ja jag e 16 e det ok?" in onboarding is answered (15–24 is who Tillit
//    is for); "varför vill du veta de" is answered (the team follows how things go; no need to answer) and the
//    question asked again in other words, or skipped when they say so.
// 4. The erasure receipt after STOPP went out as an "opt-out-confirmation"; it has its own purpose, which the
//    after-stop rule names (bot/domain/vocabulary.ts reachesAfterStop).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";
import { reachesAfterStop } from "../../bot/domain/vocabulary.js";

const suite = transcriptSuite(722220000);
const { onboarded, newcomer, conversationOf } = suite;

/** The STOPP confirmation, plain or soft, in either language: stopped, and START to come back. */
const STOPPED = /(inga fler meddelanden|any more messages)[\s\S]*START/;
/** The question of how often Tillit writes. */
const MENU = /En gång i veckan[\s\S]*Sluta helt|Once a week[\s\S]*Stop completely/;

describe("1. a stop said in other words is a stop", () => {
  it("'kan ni inte bara sluta' stops as 'sluta' alone does (asked whether fewer was meant), never the menu", async () => {
    for (const said of ["kan ni inte bara sluta", "kan ni inte bara sluta??", "men kan du inte bara sluta då", "kan ni bara sluta", "kan ni sluta"]) {
      const p = await onboarded();
      const reply = (await p.say(said)).join("\n");
      expect(reply, said).toMatch(STOPPED);
      expect(reply, said).toMatch(/tjatar mindre/);
      expect(reply, said).not.toMatch(MENU);
      expect((await p.record()).status, said).toBe("opted-out");
    }
    const en = await onboarded("en");
    expect((await en.say("can you just stop")).join("\n")).toMatch(STOPPED);
    expect((await en.record()).status).toBe("opted-out");
  });

  it("'dont text me anymore pls' stops plainly, as 'dont text me anymore' does", async () => {
    for (const said of ["dont text me anymore pls", "dont text me anymore please", "don't text me anymore thanks", "dont text me again pls"]) {
      const p = await onboarded("en");
      const reply = (await p.say(said)).join("\n");
      expect(reply, said).toMatch(STOPPED);
      expect(reply, said).not.toMatch(MENU);
      expect((await p.record()).status, said).toBe("opted-out");
    }
  });

  it("'sluta skicka sms till mig' stops in every place: onboarding, a check-in, a wait for a person, the menu, an offer", async () => {
    const consent = newcomer();
    await consent.say("Hej");
    expect((await consent.say("sluta skicka sms till mig")).join(" ")).toMatch(STOPPED);
    const checkIn = await onboarded();
    await checkIn.say("checka in");
    await checkIn.say("5");
    expect((await checkIn.say("sluta skicka sms till mig")).join(" ")).toMatch(STOPPED);
    const waiting = await onboarded();
    await waiting.say("vill prata med en människa");
    expect((await waiting.say("sluta skicka sms till mig")).join(" ")).toMatch(STOPPED);
    const menu = await onboarded();
    await menu.say("orkar inte fler sms");
    expect((await menu.say("sluta skicka sms till mig")).join(" ")).toMatch(STOPPED);
    const offer = await onboarded();
    await offer.say("allt känns meningslöst");
    expect((await offer.say("sluta skicka sms till mig")).join(" ")).toMatch(STOPPED);
    for (const p of [consent, checkIn, waiting, menu, offer]) expect((await p.record()).status).toBe("opted-out");
  });

  it("what is no stop stays none: 'stopp tack' gets the menu, 'kan ni inte sluta fråga om skolan' is a topic", async () => {
    const p = await onboarded();
    expect((await p.say("stopp tack")).join(" ")).toMatch(MENU);
    const q = await onboarded();
    expect((await q.say("kan ni inte sluta fråga om skolan")).join(" ")).not.toMatch(STOPPED);
    for (const x of [p, q]) expect((await x.record()).status).toBe("active");
  });
});

describe("2. while waiting: what is no question about the team, and not being able to call after harm at home", () => {
  async function waiting(language: "sv" | "en" = "sv"): Promise<Participant> {
    const p = await onboarded(language);
    await p.say(language === "sv" ? "vill prata med en människa" : "i want to talk to a person");
    expect((await conversationOf(p)).status).toBe("waiting");
    return p;
  }
  const HOURS = /måndag-fredag|Monday-Friday/;
  const WHO = /människa i teamet|person in the team/;

  it("'när slutar dom' is no question about the team's hours; 'när slutar ni' and 'när slutar dom jobba' are", async () => {
    for (const said of ["när slutar dom", "nar slutar de", "när slutar dom bråka"]) {
      const p = await waiting();
      expect(await p.sayLater(said), said).not.toMatch(HOURS);
    }
    for (const said of ["när slutar ni", "när slutar dom jobba idag", "när slutar teamet"]) {
      const p = await waiting();
      expect(await p.sayLater(said), said).toMatch(HOURS);
    }
  });

  it("'vem svarar inte' is no question about who answers; 'vem svarar' still is", async () => {
    const p = await waiting();
    expect(await p.sayLater("vem svarar inte")).not.toMatch(WHO);
    const q = await waiting();
    expect(await q.sayLater("vem svarar inte på sms liksom")).not.toMatch(WHO);
    const r = await waiting();
    expect(await r.sayLater("vem svarar")).toMatch(WHO);
  });

  /** Someone (born in `birthYear` if told) after the crisis reply for harm at home. */
  async function afterHarm(language: "sv" | "en" = "sv", birthYear?: number): Promise<Participant> {
    const p = await onboarded(language);
    if (birthYear) await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear } });
    const first = await p.say(language === "sv" ? "pappa slår mig när han är full" : "my dad hits me when hes drunk");
    // A parent's harm: BRIS first, or to someone known to be 18 or over Brottsofferjouren (fix25c).
    expect(first.join(" ")).toMatch(/BRIS 116 111|Brottsofferjouren.*116 006/);
    return p;
  }
  const CANNOT_CALL = /viska|whisper/;

  it("'kan inte prata med mamma om det nu' is not being unable to call; 'kan inte prata nu' still is", async () => {
    for (const said of ["kan inte prata med mamma om det nu", "kan inte prata med nån om det nu"]) {
      const p = await afterHarm();
      expect(await p.sayLater(said), said).not.toMatch(CANNOT_CALL);
    }
    for (const said of ["kan inte prata nu", "kan inte prata just nu", "kan inte prata han hör"]) {
      const p = await afterHarm();
      expect(await p.sayLater(said), said).toMatch(CANNOT_CALL);
    }
  });

  it("not able to call after a parent's harm: BRIS's chat for under-18s, never Kvinnofridslinjen (fix25c) nor mind.se", async () => {
    for (const [language, birthYear] of [["sv", undefined], ["sv", 2000], ["en", undefined], ["en", 2001]] as const) {
      const p = await afterHarm(language, birthYear);
      const reply = await p.sayLater(language === "sv" ? "jag kan inte ringa han hör ju" : "i cant call he'll hear");
      expect(reply, `${language} ${birthYear}`).toMatch(/bris\.se/);
      expect(reply, `${language} ${birthYear}`).not.toMatch(/Kvinnofridslinjen/);
      expect(reply, `${language} ${birthYear}`).toMatch(CANNOT_CALL);
      expect(reply, `${language} ${birthYear}`).not.toMatch(/mind\.se|Självmordslinjen/);
    }
    // Known to be under 18: BRIS alone, as before.
    const minor = await afterHarm("sv", 2010);
    const reply = await minor.sayLater("jag kan inte ringa han hör ju");
    expect(reply).toMatch(/bris\.se/);
    expect(reply).not.toMatch(/mind\.se|Kvinnofridslinjen/);
    // A crisis of one's own: Självmordslinjen's chat, as before.
    const own = await onboarded();
    await own.say("jag vill ta livet av mig");
    expect(await own.sayLater("jag kan inte ringa han hör ju")).toMatch(/mind\.se/);
  });
});

describe("3. the check-in and onboarding in the young person's words", () => {
  const STOP_ASKING = /vi hoppar över resten|we'll skip the rest/;

  it("'e klar nu' mid check-in ends it kindly, with no more questions, and keeps what was said", async () => {
    for (const said of ["e klar nu", "jag är klar nu", "klar för idag", "im done for now"]) {
      const p = await onboarded(said.startsWith("im") ? "en" : "sv");
      await p.say(said.startsWith("im") ? "check in" : "checka in");
      await p.say("5");
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).toMatch(STOP_ASKING);
      expect(reply, said).not.toMatch(/\?/);
      expect((await p.record()).checkIns, said).toEqual([expect.objectContaining({ mood: 5, betterBecause: null })]);
    }
  });

  it("'klar' to how the small step went is its answer, not the end of the check-in", async () => {
    const p = await onboarded();
    await p.say("checka in");
    for (const t of ["5", "kompisar", "1", "1", "1", "1"]) await p.say(t);
    suite.h.clock.advance(3 * 24 * 3_600_000);
    const [asked] = await p.say("checka in");
    expect(asked).toMatch(/Sist ville du/);
    expect((await p.say("klar nu")).join(" ")).not.toMatch(STOP_ASKING);
  });

  it("'typ -3 lol' to the mood is a very low day: written down as a 1 and said so, not asked for again", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const reply = (await p.say("typ -3 lol")).join(" ");
    expect(reply).toMatch(/1:a/);
    expect(reply).not.toMatch(/Under skalan|Skalan går från 1 till 10|vilken siffra/);
    // As a 1 written is: the question of what makes it not lower is not asked.
    expect(reply).not.toMatch(/inte lägre/);
  });

  it("'svenksa' answers the language question: onboarding goes on, the question is not asked again", async () => {
    const p = newcomer();
    for (const t of ["Hej", "ja", "Sara", "3"]) await p.say(t);
    const reply = (await p.say("svenksa")).join(" ");
    expect(reply).not.toMatch(/Vilket språk/);
    expect(reply).toMatch(/Tack, Sara!/);
    const r = await p.record();
    expect(r.language).toBe("sv");
    expect(r.onboardedAt).not.toBeNull();
    const q = newcomer();
    for (const t of ["Hej", "ja", "Sam", "3"]) await q.say(t);
    expect((await q.say("englsih")).join(" ")).toMatch(/Thanks, Sam!/);
    expect((await q.record()).language).toBe("en");
  });

  it("'ja jag e 16 e det ok?' in onboarding is answered: 15–24 is who Tillit is for; the question stays", async () => {
    const p = newcomer();
    await p.say("Hej");
    const [atConsent] = await p.say("ja jag e 16 e det ok?");
    expect(atConsent).toMatch(/15-24/);
    expect(atConsent).not.toMatch(/kalla dig/);
    expect((await p.record()).consents).toEqual([]);
    expect((await p.say("ja")).join(" ")).toMatch(/kalla dig/);
    const q = newcomer();
    await q.say("Hej");
    await q.say("ja");
    const [atName] = await q.say("ja jag e 16 e det ok?");
    expect(atName).toMatch(/15.24/);
    expect(atName).toMatch(/kalla dig/);
    expect((await q.say("Sara")).join(" ")).toMatch(/Kul, Sara!/);
    const en = newcomer();
    await en.say("Hello");
    expect((await en.say("im 16 is that ok?")).join(" ")).toMatch(/15.24/);
  });

  it("'varför vill du veta de' to a check-in question: why, briefly, and the question again in other words", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const [asked] = await p.say("5");
    const reply = (await p.say("varför vill du veta de")).join(" ");
    expect(reply).toMatch(/teamet/);
    expect(reply).toMatch(/behöver inte svara|Inget måste besvaras/);
    expect(reply).toMatch(/5:a och inte lägre\?/);
    expect(reply).not.toContain(asked!.replace(/^Okej, tack\. /, ""));
    expect(reply).not.toMatch(/Tack för att du berättar|Hur har du sovit/);
    // The answer after it is taken as the answer.
    expect((await p.say("kompisar")).join(" ")).toMatch(/sovit/);
    expect((await p.record()).checkIns).toEqual([]);
  });

  it("and moving on when they would rather not: the next question; to a choice, the choices shown again", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    await p.say("varför frågar du det");
    expect((await p.say("vill inte svara")).join(" ")).toMatch(/sovit/);
    const q = await onboarded("en");
    await q.say("check in");
    await q.say("5");
    await q.say("friends");
    const reply = (await q.say("why do you wanna know")).join(" ");
    expect(reply).toMatch(/team/);
    expect(reply).toMatch(/1\. Good/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
  });
});

describe("4. what reaches someone after STOPP", () => {
  it("the erasure receipt goes out with a purpose of its own, which the after-stop rule names", async () => {
    const p = await onboarded();
    await p.say("STOPP");
    const [receipt] = await p.say("och radera allt om mig");
    expect(receipt).toMatch(/radera allt om dig har gått till teamet/);
    const id = (await p.record()).id;
    const items = await suite.h.tillit.db.outboxItem.findMany({ where: { participantId: id }, orderBy: { id: "desc" }, take: 2 });
    expect(items.map((i) => i.purpose)).toEqual(["erasure-receipt", "opt-out-confirmation"]);
    expect(items.every((i) => i.status !== "refused")).toBe(true);
    expect(reachesAfterStop("erasure-receipt")).toBe(true);
    expect(reachesAfterStop("opt-out-confirmation")).toBe(true);
    expect(reachesAfterStop("crisis")).toBe(true);
    for (const purpose of ["reply", "nudge", "staff", "system", "receipt", "verification"]) expect(reachesAfterStop(purpose), purpose).toBe(false);
  });
});
