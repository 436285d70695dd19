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

const suite = transcriptSuite(723100000, { clock: "none" });
const SEC = 1_000;
const DAY = 24 * 60 * 60_000;
/** Sunday 05:18 in Stockholm, as the tester wrote: nobody from the team in until Monday 08:00. */
const SUNDAY_MORNING = Date.parse("2026-12-06T04:18:22Z");

/** What the turn got, joined; nothing sent is "". */
async function said(p: { say(t: string): Promise<string[]> }, text: string, after = 4 * SEC): Promise<string[]> {
  suite.h.clock.advance(after);
  return p.say(text);
}

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
