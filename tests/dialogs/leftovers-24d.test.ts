// Session 24's leftovers in the conversation (fix24d), found by tester24 (FINDINGS.md 4, 5, 8 and 10):
// 1. After a coordinator marked "dödstrött idag" a missed concern, Noah's next message, "hej igen, fick ett brev från
//    csn", got the suicide line and paused the bot. The mark was not the cause (it raises a concern and the bot goes on,
//    kept below): the burst screen read the message with "blev sparkad från jobbet på max lol, de skar ner" (cut-backs)
//    two minutes before it, and the greeting's "igen" as self-harm done again. The same messages unmarked did the same;
//    the tester's comparison persona never wrote the cut-backs. An opening greeting now carries nothing into a burst
//    (bot/safety/screen-in-context.ts withoutOpeningGreeting). And the check-in's pause after a crisis said "så gör vi
//    efter något sånt här", which read garbled; it now says "Efter det du skrev…".
// 4. In a check-in, "mamma sa att jag inte är välkommen hem längre. sover i trapphuset" got the offer of the team and
//    then "Hur har du sovit?". It now gets what to do tonight (112 and socialjouren) with the offer, and the check-in
//    ends there, as outside one (dialogs/main.dialog.ts). The screen's category (the trained screen's "home-conflict")
//    is the screen's; the flag now carries housing too (out-tonight.ts).
// 2. Handed back with the coordinator's question last ("…socialjouren idag, eller en matkasse via kyrkan i morgon. Vad
//    passar?"), Sami's "kyrkan i morgon funkar" was deflected ("skriv 'prata med en människa'") and nobody saw it. An
//    answer taking up the coordinator's own question now goes to them and is said to (dialogs/handed-back.ts), as a yes
//    or no already did. The crisis kind on the inbox row after a hand-back is left for a product decision (report).
// 3. Out of hours, "can I talk to someone about getting a job?" got Självmordslinjen 90101 under the wait (and
//    "kan jag prata med en riktig människa?" the same). A person asked for about a subject the team helps with is an
//    ordinary wait: when someone reads, no numbers. For no reason given, 112 for danger only (dialogs/wishes.ts).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { screenInContext } from "../../bot/safety/screen-in-context.js";

const suite = transcriptSuite(724440000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
const DAY = 24 * 60 * MIN;
/** Sunday 13:47 in Stockholm (the tester's afternoon): nobody from the team in until Monday 08:00. */
const SUNDAY = Date.parse("2026-12-06T12:47:00Z");

const NOAH = ["dödstrött idag", "skjuter upp csn-ansökan till nästa vecka", "tog två alvedon för huvudvärken, nu bättre", "blev sparkad från jobbet på max lol, de skar ner"];
const NEXT = "hej igen, fick ett brev från csn";
const NUMBERS = /90101|112|BRIS|Jourhavande/;

/** Noah on team Nord, onboarded a week before, who wrote the tester's four ordinary lines five seconds apart. */
async function noah(): Promise<Participant> {
  suite.h.clock.ms = SUNDAY - 7 * DAY;
  const p = await suite.onTeam("sv", "Noah");
  suite.h.clock.ms = SUNDAY;
  for (const m of NOAH) await p.sayLater(m, 5 * SEC);
  return p;
}

/** Maja marks `told` a missed concern in the inbox; what the page is told back. */
async function markedMissedConcern(p: Participant, told: string): Promise<{ raised?: string; conversation?: { status: string } }> {
  const record = await p.record();
  const message = await suite.h.tillit.db.message.findFirstOrThrow({ where: { participantId: record.id, direction: "in", body: told }, orderBy: { id: "desc" } });
  const id = (await suite.conversationOf(p)).id;
  const maja = await suite.w.client("coordA");
  const res = await maja.post(`/conversations/${id}/messages/${message.id}/safety-label`, { label: "missed-concern" });
  return (await res.json()) as { raised?: string; conversation?: { status: string } };
}

describe("1. a missed concern marked, then an ordinary message: no crisis", () => {
  it("Noah: the mark raises a concern, the bot goes on, and the CSN letter gets no numbers and no pause", async () => {
    const p = await noah();
    suite.h.clock.advance(2 * MIN);
    const marked = await markedMissedConcern(p, "dödstrött idag");
    expect(marked.raised).toBe("concern");
    expect(marked.conversation?.status).toBe("bot");
    suite.h.clock.advance(2 * SEC);
    const got = await p.say(NEXT);
    expect(got.join(" | ")).not.toMatch(NUMBERS);
    const c = await suite.conversationOf(p);
    expect(c.status).toBe("bot");
    expect(c.priority).toBe("concern");
    // The check-in is not refused: the bot carries on as the page promised.
    const checkIn = await p.say("kolla läget");
    expect(checkIn.join(" ")).not.toMatch(/väntar tills någon i teamet/);
  });

  it("the same lines unmarked: no crisis either (the burst, not the mark, read the letter as self-harm)", async () => {
    const p = await noah();
    suite.h.clock.advance(2 * MIN);
    const got = await p.say(NEXT);
    expect(got.join(" | ")).not.toMatch(NUMBERS);
    expect((await suite.conversationOf(p)).status).toBe("bot");
  });

  it("an opening greeting carries nothing into a burst; what follows it still does", () => {
    const before = NOAH.slice(1);
    expect(screenInContext(NEXT, before).level).not.toBe("crisis");
    expect(screenInContext("hallå, har tagit dom nu", ["har sparat alla mina tabletter i en burk"]).level).toBe("crisis");
    expect(screenInContext("hej igen", ["har sparat alla mina tabletter i en burk"]).level).not.toBe("crisis");
  });

  it("after a crisis, the paused check-in says why in plain words", async () => {
    const { loadLocales } = await import("../../bot/infrastructure/i18n.js");
    const lines = [...loadLocales().sv.entries()].filter(([key]) => key.includes("checkInAfterCrisis")).map(([, v]) => JSON.stringify(v));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join(" ")).not.toMatch(/så gör vi efter något sånt här/);
  });
});

describe("3. out of hours, a person asked for: when someone reads, no helpline for a crisis nobody spoke of", () => {
  for (const [language, asked] of [["en", "hey can I talk to someone about getting a job? i have no idea where to start"], ["sv", "kan jag prata med någon om att hitta jobb?"]] as const) {
    it(`${language}: "${asked}" gets no numbers`, async () => {
      suite.h.clock.ms = SUNDAY - 7 * DAY;
      const p = await suite.onTeam(language, "Alex");
      suite.h.clock.ms = SUNDAY;
      const got = (await p.say(asked)).join(" | ");
      expect(got).toMatch(/08:00/);
      expect(got).not.toMatch(/90101|112/);
    });
  }
  it('"kan jag prata med en riktig människa?", no reason given: 112 for danger, no Självmordslinjen', async () => {
    suite.h.clock.ms = SUNDAY - 7 * DAY;
    const p = await suite.onTeam("sv", "Jonna");
    suite.h.clock.ms = SUNDAY;
    const got = (await p.say("kan jag prata med en riktig människa?")).join(" | ");
    expect(got).toMatch(/08:00/);
    expect(got).toMatch(/112/);
    expect(got).not.toMatch(/90101/);
  });
});

describe("4. sleeping in the stairwell told in a check-in", () => {
  it("what to do tonight with the offer, and no question about sleep after it", async () => {
    suite.h.clock.ms = SUNDAY - 7 * DAY;
    const p = await suite.onTeam("sv", "Ida");
    suite.h.clock.ms = SUNDAY;
    expect((await p.say("kolla läget")).join(" ")).toMatch(/skala/);
    await p.sayLater("4", 20 * SEC);
    const told = await p.sayLater("mamma sa att jag inte är välkommen hem längre. sover i trapphuset", 20 * SEC);
    expect(told).toMatch(/socialjouren/);
    expect(told).not.toMatch(/sovit/);
    const after = await p.sayLater("nej", 20 * SEC);
    expect(after).not.toMatch(/Hur har du sovit|sovit/);
    const c = await suite.conversationOf(p);
    expect(c.priority).toBe("concern");
  });
});

describe("2. handed back with the coordinator's question last", () => {
  it("Sami's answer to it goes to the coordinator and is said to", async () => {
    suite.h.clock.ms = SUNDAY - 7 * DAY;
    const p = await suite.onTeam("sv", "Sami");
    suite.h.clock.ms = SUNDAY;
    await p.sayLater("har inga pengar till mat, kylen e tom", 20 * SEC);
    await suite.answeredAndHandedBack(p, "Hej Sami, det är Kim. Jag kan hjälpa dig att kontakta socialjouren idag, eller så fixar vi en matkasse via kyrkan i morgon. Vad passar?");
    suite.h.clock.advance(3 * MIN);
    const got = (await p.say("kyrkan i morgon funkar")).join(" | ");
    expect(got).toMatch(/skickat ditt svar till Kim/);
    expect(got).not.toMatch(/prata med en människa/);
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });
});
