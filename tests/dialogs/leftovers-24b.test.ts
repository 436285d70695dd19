// Session 24's leftovers in the conversation (fix24b), found by testers and a reviewer:
// 1. After a coordinator marks a missed crisis, the next message gets the staff-raise line first as a message of its own;
//    an answer of two messages under it would make three in a row (the rule: never more than two without an answer).
//    The line is now a lead (bot/runtime/dialog-runtime.ts foldLead): its own message when one follows it, in front of
//    the first when two do. No answer of two messages was found under it today (the cases below); the guard keeps it so.
// 2. The week's reminder of the numbers after a crisis a coordinator raised, no kind recorded, named Självmordslinjen.
//    It now gives what fits any crisis: 112, and BRIS (to a known minor first; to anyone else, if under 18).
// 3. The coordinator by name: onboarding already names one assigned before the first message (kept by a test); a meeting
//    proposal named the assigned coordinator whoever proposed it ("Maja föreslår…" for Kim's), or "En koordinator" when
//    none was assigned though Kim proposed it. It now names the person the meeting is with, first name only.
// 4. A meeting proposed while "Vill du att teamet hör av sig?" stood unanswered: "aa" confirmed the meeting and the offer
//    was silently dropped. "aa" still answers the meeting (the question asked last; a yes to both would ask for a person
//    on her behalf), and the offer comes back once after it.
// 5. "har ni namn" inside a who-reads question was not answered: with nobody assigned, that no name can be given yet and
//    whoever gets in touch says who they are; with a coordinator assigned, her first name (already so, kept by a test).
// 6. The consent gate (consent.dialog.ts: asked when someone who said no asks for a check-in) put its question again
//    after every question back; onboarding's consent (fix23a) keeps its choices on the answer and says "ask more, or
//    answer yes or no" only every third answer. The gate now does the same (consent-questions.ts).
import { describe, expect, it } from "vitest";
import { markedMissedByMaja, transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { Participant as Phone } from "../helpers/conversation.js";
import { foldLead } from "../../bot/runtime/dialog-runtime.js";
import { assignConversation } from "../../bot/staff/handoff.js";
import { addMeeting } from "../../bot/staff/meetings.js";

const suite = transcriptSuite(724240000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
const DAY = 24 * 60 * MIN;
/** Monday 10:00 in Stockholm: the team is in. */
const MONDAY = Date.parse("2026-11-23T09:00:00Z");
/** Sunday 08:48 in Stockholm: nobody from the team in until Monday 08:00. */
const SUNDAY_MORNING = Date.parse("2026-12-06T07:48:00Z");

/** Replies the two-unanswered rule held back so far (a turn that tried to send three). */
const heldBack = () => suite.h.logs.lines.filter((l) => l.includes("reply not queued")).length;


/** Someone on team Nord, onboarded a week before `at`, whose `told` at `at` a coordinator marked as a missed crisis. */
async function raised(told: string, at: number, name = "Vera"): Promise<Participant> {
  suite.h.clock.ms = at - 7 * DAY;
  const p = await suite.onTeam("sv", name);
  suite.h.clock.ms = at;
  await p.sayLater("kolla läget", 20 * SEC);
  await p.sayLater(told, 20 * SEC);
  await markedMissedByMaja(suite, p, told);
  return p;
}

const VIOLENCE = "6. fick blåmärken igen, får inte träffa mina kompisar av honom";

describe("1. after a staff raise, the turn that answers the next message is at most two messages", () => {
  const NEXT = ["hallå?", "vem läser det här", "hur funkar det här", "e du en bot? vill prata med en person", "kan vi skriva på engelska? vem läser detta", "har 4% batteri", "min kille kollar min mobil hela tiden", "radera allt", "kalla mig J och ring mig inte", "jag vill ha färre sms"];
  for (const [when, at] of [["Sunday morning", SUNDAY_MORNING], ["Monday, the team in", MONDAY]] as const) {
    it(`${when}: the line first, the answer after it, nothing held back`, async () => {
      for (const next of NEXT) {
        const p = await raised(VIOLENCE, at);
        const before = heldBack();
        suite.h.clock.advance(20 * SEC);
        const got = await p.say(next);
        expect(got.length, `${next}: ${got.join(" | ")}`).toBeLessThanOrEqual(2);
        expect(got[0], next).toMatch(/^(Någon i teamet har läst|Det du skrev förut har någon i teamet läst)/);
        expect(heldBack(), next).toBe(before);
      }
    });
  }

  it("an answer of two messages under the line takes it in front of its first: two messages, the question last", () => {
    const lead = { text: "Någon i teamet har läst det du skrev förut och kommer att skriva till dig här." };
    const answer = { text: "Socialtjänsten kan inte läsa det här." };
    const question = { text: "Så, är det okej att jag sparar det du skriver?", choices: ["Ja", "Nej"] };
    expect(foldLead([lead, answer, question], 0)).toEqual([{ text: `${lead.text} ${answer.text}` }, question]);
    // One message after it: the line stays a message of its own.
    expect(foldLead([lead, answer], 0)).toEqual([lead, answer]);
    // No lead this turn: nothing changes.
    expect(foldLead([answer, question], undefined)).toEqual([answer, question]);
  });
});

describe("2. the week's reminder of the numbers after a staff raise with no kind names no Självmordslinjen", () => {
  /** The line said on the next message, then over a week later, something told that is neither light nor heavy. */
  async function aWeekOn(p: Participant): Promise<string> {
    expect(await p.sayLater("hej", 20 * SEC)).toMatch(/112/);
    suite.h.clock.advance(8 * DAY);
    return p.sayLater("sitter hemma och tänker på allt som hänt");
  }

  it("an adult, age not known: the reminder gives 112, and BRIS for under 18, never Självmordslinjen", async () => {
    const got = await aWeekOn(await raised(VIOLENCE, MONDAY - 8 * DAY));
    expect(got).toMatch(/112/);
    expect(got).not.toMatch(/90101|Självmordslinjen/);
  });

  it("someone who told they are sixteen: BRIS first, and 112", async () => {
    suite.h.clock.ms = MONDAY - 15 * DAY;
    const p = await suite.onTeam("sv", "Nora");
    suite.h.clock.ms = MONDAY - 8 * DAY;
    await p.sayLater("jag är 16", 20 * SEC);
    await p.sayLater("det var bråk hemma igen igår", 20 * SEC);
    await markedMissedByMaja(suite, p, "det var bråk hemma igen igår");
    const got = await aWeekOn(p);
    expect(got).toMatch(/BRIS 116 111/);
    expect(got).not.toMatch(/90101|Självmordslinjen/);
  });

  it("'hallå?' on a Sunday, right after the line: what to do now names 112 and BRIS, not Självmordslinjen", async () => {
    const p = await raised(VIOLENCE, SUNDAY_MORNING);
    const got = await p.sayLater("hallå?", 20 * SEC);
    expect(got).toMatch(/BRIS 116 111/);
    expect(got).not.toMatch(/90101|Självmordslinjen/);
  });

  it("a kind the screen read in the wait whose own line is Självmordslinjen keeps it", async () => {
    const p = await raised(VIOLENCE, MONDAY - 8 * DAY);
    await p.sayLater("hej", 20 * SEC);
    await p.sayLater("jag vill inte leva längre", 20 * SEC);
    suite.h.clock.advance(8 * DAY);
    expect(await p.sayLater("sitter hemma och tänker på allt som hänt")).toMatch(/Självmordslinjen 90101/);
  });
});

describe("3. the coordinator by name, first name only; the team's words when nobody is named", () => {
  it("onboarding, a coordinator assigned before the first message: the greeting names her", async () => {
    suite.h.clock.ms = MONDAY;
    const phone = suite.phone();
    await suite.h.tillit.db.participant.create({ data: { phone, teamId: suite.w.teamA, coordinatorId: suite.w.accounts.coordA.id } });
    const got = (await new Phone(suite.h, phone).say("hej")).join(" ");
    expect(got).toMatch(/Maja läser med/);
    expect(got).not.toMatch(/Lind|En koordinator läser/);
  });

  it("onboarding with nobody assigned keeps the team's words", async () => {
    suite.h.clock.ms = MONDAY;
    expect((await suite.newcomer().say("hej")).join(" ")).toMatch(/En koordinator läser med/);
  });

  async function proposedBy(who: "coordA" | "coordA2", assigned?: "coordA") {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("sv", "Vera");
    const id = (await suite.conversationOf(p)).id;
    const deps = suite.staffDeps();
    if (assigned) await assignConversation(deps, suite.w.accounts[assigned].actor, id, suite.w.accounts[assigned].id);
    await addMeeting(deps, suite.w.accounts[who].actor, id, { startsAt: "2026-11-26T13:00:00+01:00" });
    return { p, proposal: (await p.received()).join(" ") };
  }

  it("Kim proposes to someone with nobody assigned: 'Kim föreslår', and a no offers a new time from Kim", async () => {
    const { p, proposal } = await proposedBy("coordA2");
    expect(proposal).toMatch(/^Kim föreslår att ni ses/);
    expect(await p.sayLater("2")).toMatch(/Kim/);
  });

  it("Kim proposes to someone whose coordinator is Maja: it is Kim's proposal, not Maja's", async () => {
    const { proposal } = await proposedBy("coordA2", "coordA");
    expect(proposal).toMatch(/^Kim föreslår/);
  });

  it("Maja, the assigned coordinator, proposes: 'Maja föreslår', first name only", async () => {
    const { proposal } = await proposedBy("coordA", "coordA");
    expect(proposal).toMatch(/^Maja föreslår/);
    expect(proposal).not.toMatch(/Lind/);
  });
});

describe("4. an offer of a person standing when a meeting is proposed comes back after the meeting's answer", () => {
  async function offeredThenProposed(): Promise<Participant> {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("sv", "Vera");
    const id = (await suite.conversationOf(p)).id;
    await p.sayLater("kolla läget");
    expect(await p.sayLater("6 typ. allt e skit hemma")).toMatch(/Vill du att teamet hör av sig/);
    suite.h.clock.advance(2 * MIN);
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, id, { startsAt: "2026-11-26T13:00:00+01:00" });
    expect((await p.received()).join(" ")).toMatch(/^Maja föreslår att ni ses/);
    return p;
  }

  it("'aa' confirms the meeting, and the offer is asked again in the same turn: two messages", async () => {
    const p = await offeredThenProposed();
    suite.h.clock.advance(MIN);
    const got = await p.say("aa");
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/Då ses ni torsdag 26 november/);
    expect(got[1]).toMatch(/från innan.*hör av sig/);
    // A yes to it now asks for a person.
    await p.sayLater("ja");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("a no to the meeting's time: the new time asked for first, then the offer again", async () => {
    const p = await offeredThenProposed();
    expect(await p.sayLater("3")).not.toMatch(/från innan/);
    expect(await p.sayLater("fredag efter lunch")).toMatch(/från innan.*hör av sig/);
  });

  it("with no offer standing, the meeting's answer is all that is said", async () => {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("sv", "Vera");
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, (await suite.conversationOf(p)).id, { startsAt: "2026-11-26T13:00:00+01:00" });
    await p.received();
    suite.h.clock.advance(MIN);
    expect(await p.say("aa")).toHaveLength(1);
  });
});

describe("5. 'har ni namn' asked with who reads is answered from what is stored", () => {
  it("at the consent, nobody assigned (full01): no name yet, and whoever gets in touch says who they are", async () => {
    suite.h.clock.ms = MONDAY;
    const p = suite.newcomer();
    await p.say("hej");
    const got = await p.sayLater("ok men vem läser detta på riktigt? har ni namn");
    expect(got).toMatch(/[Kk]oordinatorerna/);
    expect(got).toMatch(/[Nn]amn kan jag inte ge|[Nn]ågot namn kan jag inte ge/);
    expect(got).toMatch(/berättar vem hen är|säger vem hen är/);
  });

  it("onboarded, in English, nobody assigned", async () => {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("en", "Sam");
    expect(await p.sayLater("who reads this? do you have names")).toMatch(/can't give a name/);
  });

  it("without asking for names, the who-reads answer is as before", async () => {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("sv", "Vera");
    expect(await p.sayLater("vem läser det här")).not.toMatch(/namn/i);
  });

  it("Maja assigned: her first name", async () => {
    suite.h.clock.ms = MONDAY;
    const p = await suite.onTeam("sv", "Vera");
    await assignConversation(suite.staffDeps(), suite.w.accounts.coordA.actor, (await suite.conversationOf(p)).id, suite.w.accounts.coordA.id);
    const got = await p.sayLater("vem läser detta? har ni namn");
    expect(got).toMatch(/Maja/);
    expect(got).not.toMatch(/Lind/);
  });
});

describe("6. questions at the consent gate: answered, the consent not put again after every answer", () => {
  it("someone who said no asks for a check-in, then three questions: no consent line after the first two, the nudge with the third; a yes then begins it", async () => {
    suite.h.clock.ms = MONDAY;
    const p = suite.newcomer();
    for (const t of ["hej", "nej"]) await p.sayLater(t);
    expect(await p.sayLater("kolla läget")).toMatch(/spara dina svar/);
    const answers: string[] = [];
    for (const q of ["vem läser det?", "kan soc se det?", "vad sparas?"]) {
      const got = await p.say(q);
      suite.h.clock.advance(MIN);
      expect(got, q).toHaveLength(1);
      answers.push(got[0]!);
    }
    for (const a of answers.slice(0, 2)) expect(a).not.toMatch(/Okej\?|Vill du att jag sparar|svara ja eller nej|ja eller nej när/);
    expect(answers[2]).toMatch(/ja eller nej/);
    expect(await p.sayLater("ja")).toMatch(/skala 1-10|1-10/);
  });
});
