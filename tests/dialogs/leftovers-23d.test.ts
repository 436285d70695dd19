// Session 23's leftovers in what young people were told (fix23d), found by a black-box tester on a Sunday morning,
// nobody from the team in until Monday 08:00 (/work/helpers/tester23/FINDINGS.md, findings 2, 3, 5 and 8):
// 1. "can i talk to a real person? my mum keeps yelling at me…" was answered "No, your parents can't read this…", a
//    question never asked, and the person had to be asked for again with "yes please": a plain request for a person
//    is one (dialogs/shared/understand-free.ts reads a party asked about in the sentence that names it), handed over
//    as "människa" is, with what else was told heard in the same words (dialogs/wishes.ts handToHuman).
// 2. Nora, "morsan slängde ut mig igår efter ett jättebråk, sover hos en kompis nu": told to go to a neighbour though
//    she is at a friend's, flagged "urgent" (the inbox: "skrev att det är bråttom medan hen väntade på en person") and
//    never offered the team, which the flag's event says was done (dialogs/out-tonight.ts).
// 3. While a person is awaited: "ingen där?" got the stock line for questions; "hello?? anyone" got "Nobody from the
//    team is in right now." with no when and nothing about what to do if it cannot wait (dialogs/waiting.ts
//    answeredCallOut; waiting-words.ts callsOut).
// 4. After a crisis was handed back, "ja ring gärna" got "Det här har jag också lagt överst hos teamet", but the
//    conversation is a concern flag, neither at the top nor waiting: it says it is marked as important, which it is
//    (dialogs/locales: conversation.afterCrisisRaised, afterCrisisUnclear).
// 5. Crisis replies that do not answer what was said: pills saved, not taken, got "Har du tagit för mycket…"
//    (bot/core/flag-crisis.ts); two days without food got "Det är stressigt när pengarna inte räcker."
//    (dialogs/concern-offer.dialog.ts acknowledge).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(723450000, { clock: "none", staff: true });
const SEC = 1_000;
/** Sunday 08:48 in Stockholm (the tester's morning): nobody from the team in until Monday 08:00. */
const SUNDAY_MORNING = Date.parse("2026-12-06T07:48:00Z");
const READING = { sv: "i morgon från kl 08:00", en: "tomorrow from 08:00" };

/** Someone on team Nord, onboarded in the week, writing on Sunday morning. */
async function early(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  suite.h.clock.ms = SUNDAY_MORNING;
  return p;
}

/** What the turn got, joined; nothing sent is "". */
async function said(p: Participant, text: string, after = 20 * SEC): Promise<string> {
  suite.h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

describe("1. a request for a person, with more told, is a request", () => {
  it("Jay's words: handed over at once, no answer to a question never asked, and the rest heard", async () => {
    for (const [language, line] of [
      ["en", "can i talk to a real person? my mum keeps yelling at me and i havent slept in like 3 days"],
      ["sv", "kan jag prata med en riktig människa? morsan skriker på mig hela tiden och jag har inte sovit på 3 nätter"],
    ] as const) {
      const p = await early(language, language === "en" ? "Jay" : "Nora");
      const got = await said(p, line);
      expect(got, line).not.toMatch(/parents can't read|föräldrar kan inte läsa|^No,|^Nej,/);
      expect(got, line).toMatch(language === "en" ? /Of course|Sure|I'm on it/ : /Självklart|Absolut|Det fixar jag/);
      expect(got, line).not.toMatch(/Would you like the team to get in touch|Vill du att teamet hör av sig/);
      // What else was told is heard, not only the request.
      expect(got, line).toMatch(language === "en" ? /sleep|home/i : /sömn|hemma/i);
      expect(got, line).toContain(READING[language]);
      const c = await suite.conversationOf(p);
      expect(c.status, line).toBe("waiting");
      expect(c.handoffReason, line).toBe("asked");
    }
  });

  it("'do you speak english?' answered yes in the first message: onboarding does not ask for a language again", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = suite.newcomer();
    expect(await said(p, "hi, do you speak english?")).toMatch(/English works fine/);
    await said(p, "ok sure");
    await said(p, "Jay");
    const next = await said(p, "nights i guess");
    expect(next).not.toMatch(/Which language/);
    expect(next).toMatch(/Thanks, Jay!/);
    expect((await p.record()).language).toBe("en");
  });

  it("a question about the parents, asked, is still answered as one", async () => {
    const p = await early("en", "Jay");
    expect(await said(p, "can my mum read this?")).toMatch(/No, your parents can't read this/);
  });
});

describe("2. thrown out and staying at a friend's (Nora)", () => {
  it("the reply fits where she is, the team is offered, and the flag names what was told, not urgency while waiting", async () => {
    const p = await early("sv", "Nora");
    const got = await said(p, "morsan slängde ut mig igår efter ett jättebråk, sover hos en kompis nu");
    expect(got).not.toMatch(/granne/);
    expect(got).not.toMatch(/Kan du inte vara hemma i natt/);
    expect(got).toMatch(/(någonstans|ställe) att sova/);
    expect(got).toMatch(/socialjouren/);
    expect(got).toMatch(/Vill du att teamet hör av sig/);
    const c = await suite.conversationOf(p);
    expect(c.priority).toBe("concern");
    expect(c.concernReason).not.toMatch(/urgent/);
    expect(c.concernReason).toMatch(/housing/);
    // Her yes is the yes to the offer: the team is asked to get in touch.
    expect(await said(p, "ja")).toMatch(/Jag har bett teamet att höra av sig|teamet/);
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("thrown out with nowhere to be still gets what to do now, a neighbour or relative among it", async () => {
    const p = await early("sv", "Nora");
    const got = await said(p, "mamma slängde ut mig, sitter i trapphuset");
    expect(got).toMatch(/112/);
    expect(got).toMatch(/granne|släkting/);
    expect((await suite.conversationOf(p)).concernReason ?? "").not.toMatch(/urgent/);
  });
});

describe("3. 'is anyone there' while waiting says when, and what to do if it cannot wait", () => {
  it("'ingen där?' is a call-out, not a question for the team; 'hallå' says when, every time", async () => {
    suite.h.clock.ms = SUNDAY_MORNING;
    const p = suite.newcomer();
    expect(await said(p, "hej kan jag prata med en människa")).toMatch(/Självklart/);
    for (const line of ["hallå?", "ingen där?", "hallå"]) {
      const got = await said(p, line);
      expect(got, line).not.toMatch(/Bra fråga/);
      expect(got, line).toContain(READING.sv);
      // What to do if it cannot wait: the numbers, or that those just sent hold.
      expect(got, line).toMatch(/112|numren jag skickade/);
    }
  });

  it("Jay's 'hello?? anyone' after asking for the team: when, and what to do if it can't wait", async () => {
    const p = await early("en", "Jay");
    await said(p, "my mum keeps yelling at me and i havent slept in like 3 days");
    expect(await said(p, "yes please")).toMatch(/asked the team/);
    const got = await said(p, "hello?? anyone");
    expect(got).toContain(READING.en);
    expect(got).toMatch(/112|numbers I sent/);
  });
});

describe("4. after a crisis handed back, what Tillit says it did is what the inbox shows", () => {
  it("Mira's 'okej tack. ja ring gärna' after a promised call: marked as important (a concern flag), never 'överst'", async () => {
    const p = await early("sv", "Mira");
    await said(p, "ärligt vet inte varför jag ens håller på. alla hade haft det lättare om jag inte fanns");
    await suite.answeredAndHandedBack(p, "Ja, jag heter Kim och jobbar i teamet. Jag ringer dig i morgon kl 10 om det är okej? Om det blir tungt i natt: ring 90101.");
    const got = await said(p, "okej tack. ja ring gärna");
    expect(got).not.toMatch(/överst|at the top/);
    expect(got).toMatch(/markerat (det här )?som viktigt/);
    expect(await suite.conversationOf(p)).toMatchObject({ priority: "concern" });
  });
});

describe("5. crisis replies answer what was said", () => {
  it("pills saved, not taken: the suicide line first, never 'if you have taken too much'", async () => {
    for (const line of ["4. har sparat alla mina tabletter i en burk istället för att ta dom", "ive been saving up all my pills instead of taking them"]) {
      const p = await early(line.startsWith("4") ? "sv" : "en", "Ali");
      if (line.startsWith("4")) await said(p, "kolla läget");
      const got = await p.say(line);
      expect(got[0], line).not.toMatch(/Har du tagit för mycket|If you have taken too much/);
      expect(got[0], line).toMatch(/90101/);
    }
  });

  it("pills taken still get 112 now", async () => {
    const p = await early("sv", "Alex");
    expect((await p.say("jag har tagit en massa tabletter nu"))[0]).toMatch(/Har du tagit för mycket/);
  });

  it("two days without food is heard as that, not as money stress", async () => {
    const p = await early("sv", "Sam");
    await said(p, "kolla läget");
    const got = await said(p, "har inte ätit nåt sen i förrgår, finns ingen mat hemma och inga pengar");
    expect(got).not.toMatch(/stressigt när pengarna|Pengaoro/);
    expect(got).toMatch(/mat/);
    expect(got).toMatch(/socialjouren/);
    expect(got).toMatch(/Vill du att teamet hör av sig/);
  });
});
