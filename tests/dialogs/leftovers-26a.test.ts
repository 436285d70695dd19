// Session 26's hand-back leftovers (fix26a, finishing fix25g's unmerged attempt), found by tester25 (FINDINGS.md 1). The
// server's side (the rule that asks before a hand-back) is tests/staff/handback-26a.test.ts.
// 1. Sara wrote she would take her life tonight; the coordinator took over, asked if she was safe, and handed back over
//    her unanswered "jag är hos mamma nu. ringde inte. vad händer nu?". Sara got nothing at all until her "hallå?", and
//    then no 112 and no 90101. Sam (English, no crisis) heard nothing either. The young person is now told at the
//    hand-back, through the one guarded path for what Tillit says on its own: that Tillit answers again, when a person
//    reads next, and after a crisis the 24/7 numbers; what they wrote last and nobody answered goes to a person again.
//    Held by the guards (two of Tillit's messages unanswered, STOPP), it is not sent, and the hand-back says so; the
//    next message then says it, once.
// 2. What she writes next does not hear "Tillit svarar nu igen" a second time.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(726010000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
/** Sunday 17:30 in Stockholm (the tester's evening): nobody from the team in until Monday 08:00. */
const SUNDAY = Date.parse("2026-12-06T16:30:00Z");

async function early(language: "sv" | "en", name: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  suite.h.clock.ms = SUNDAY;
  return p;
}

async function said(p: Participant, text: string, after = 20 * SEC): Promise<string> {
  suite.h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

/** Maja takes over, writes `words`, and the young person answers `answer`; the conversation's id. */
async function answeredBy(p: Participant, words: string, answer: string): Promise<number> {
  const id = await suite.takenOverAndWritten(p, words);
  await said(p, answer, 2 * MIN);
  return id;
}

async function handedBack(p: Participant, id: number, told = "sent"): Promise<string> {
  suite.h.clock.advance(MIN);
  expect(await handBack(suite.staffDeps(), suite.w.accounts.coordA.actor, id)).toEqual({ told });
  await suite.h.tillit.core.idle();
  return (await p.received()).join(" ");
}

const BACK_AGAIN = /Tillit, boten, som svarar|Tillit, the bot, answering/;

describe("1. the young person is told at the hand-back", () => {
  it("Sara, after a suicide crisis, her 'vad händer nu?' unanswered: told at once, with 90101 and 112, and it goes to a person again", async () => {
    const sara = await early("sv", "Sara");
    await said(sara, "jag tänker ta mitt liv ikväll. har tabletterna här");
    expect((await suite.conversationOf(sara)).priority).toBe("crisis");
    const id = await answeredBy(sara, "Hej Sara, Maja här. Är du säker just nu? Har du ringt 112?", "jag är hos mamma nu. ringde inte. vad händer nu?");
    const told = await handedBack(sara, id);
    expect(told).toMatch(/Tillit, boten/);
    expect(told).toMatch(/i morgon|måndag/);
    expect(told).toMatch(/90101/);
    expect(told).toMatch(/112/);
    // What she asked is with a person again: the conversation waits for one.
    expect(await suite.conversationOf(sara)).toMatchObject({ status: "waiting" });
    // "hallå?" after it does not say the same again.
    const hello = await said(sara, "hallå?", 3 * MIN);
    expect(hello).not.toBe("");
    expect(hello).not.toMatch(/Tillit, boten, som svarar nu igen/);
  });

  it("Sam, in English, no crisis, his question unanswered: told that Tillit answers again and when someone reads, no crisis numbers", async () => {
    const sam = await early("en", "Sam");
    await said(sam, "can i talk to a person about getting a job");
    const id = await answeredBy(sam, "Hi Sam, Maja here. What kind of job are you looking for?", "anything really, warehouse maybe? what do i do now");
    const told = await handedBack(sam, id);
    expect(told).toMatch(/Tillit, the bot/);
    expect(told).toMatch(/tomorrow|Monday/);
    expect(told).not.toMatch(/90101/);
    expect(await suite.conversationOf(sam)).toMatchObject({ status: "waiting" });
    const hello = await said(sam, "hello?", 3 * MIN);
    expect(hello).not.toBe("");
    expect(hello).not.toMatch(BACK_AGAIN);
  });

  it("Nora, answered and nothing left unanswered: told that Tillit answers again, with the numbers after her crisis; nothing waits", async () => {
    const nora = await early("sv", "Nora");
    await said(nora, "orkar inte mer, vill bara försvinna för alltid");
    const id = (await suite.conversationOf(nora)).id;
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await takeOver(deps, maja, id);
    await replyAsCoordinator(deps, maja, id, "Hej Nora, Maja här. Skönt att du är hos din syster i kväll. Jag ringer dig i morgon kl 10.");
    await nora.received();
    const told = await handedBack(nora, id);
    expect(told).toMatch(/Tillit, boten/);
    expect(told).toMatch(/90101/);
    expect(await suite.conversationOf(nora)).toMatchObject({ status: "bot" });
    // Her next words are answered as they are, without the notice again.
    expect(await said(nora, "okej tack", 5 * MIN)).not.toMatch(BACK_AGAIN);
    expect(await said(nora, "jag sov lite bättre i natt", 5 * MIN)).not.toMatch(BACK_AGAIN);
  });

  it("Leo, answered, nothing left unanswered and nothing promised: told Tillit answers again and how to reach a person, no reading promised for what nobody queued", async () => {
    const leo = await early("sv", "Leo");
    await said(leo, "kan jag prata med en människa?");
    const id = await answeredBy(leo, "Hej Leo, Maja här. Vad kul att du hör av dig! Säg till om du undrar något.", "ok");
    const told = await handedBack(leo, id);
    expect(told).toMatch(/Tillit, boten/);
    expect(told).toMatch(/prata med en människa/);
    // Nothing of his waits for a person (tester26 #2: Zoe was told "Someone on the team reads it tomorrow").
    expect(told).not.toMatch(/läser det|i morgon|måndag/);
    expect(await suite.conversationOf(leo)).toMatchObject({ status: "bot" });
  });

  it("Ida, two of Tillit's messages already unanswered: nothing sent (never a third), the hand-back says so, and her next message is told once", async () => {
    const ida = await early("sv", "Ida");
    const id = (await suite.conversationOf(ida)).id;
    for (const text of ["Hej Ida! Hur är det idag?", "Tänkte på dig. Ingen press, hör av dig när du vill."]) {
      expect(await suite.h.tillit.core.sendProactive(id, { text })).toBe("started");
      suite.h.clock.advance(60 * MIN);
    }
    await ida.received();
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await takeOver(deps, maja, id);
    await replyAsCoordinator(deps, maja, id, "Hej Ida, Maja här. Jag tittade bara in.");
    await ida.received();
    expect(await handedBack(ida, id, "unanswered-limit")).toBe("");
    // Dropped, not sent later: her own next message is told, once.
    suite.h.clock.advance(120 * MIN);
    await suite.h.tillit.nudges.tick();
    expect(await ida.received()).toEqual([]);
    const first = await said(ida, "hej");
    expect(first).toMatch(/Tillit, boten, som svarar nu igen/);
    expect(await said(ida, "jag vet inte vad jag ska skriva", 5 * MIN)).not.toMatch(BACK_AGAIN);
  });

  it("after STOPP nothing is planned or sent, and the hand-back says it was not", async () => {
    const leo = await early("sv", "Leo");
    const id = await answeredBy(leo, "Hej Leo, Maja här. Hur går det?", "inget bra");
    await said(leo, "STOPP");
    expect(await handedBack(leo, id, "not-sent")).toBe("");
  });
});
