// Session 25's leftovers (fix25f): a burst sent by SMS within seconds (tester24 #9, "Tove"). All its messages are stored
// before the first of them has had its turn (turns run one at a time per conversation, and the screen takes a moment),
// and each once got a reply of its own: the menu for "hej", the offer of the team, two "förstår inte", the joy, five
// texts within a second. Now a message whose answer would only greet or say it did not understand, with later ones
// already waiting, sends nothing and is read with them (bot/core/process-turn.ts `more`, dialogs/burst.ts holdForMore);
// a crisis, a concern, a question and an answer to Tillit's question are answered as they come, and the last message
// of a burst always is. Typed slowly, each answered before the next, nothing changes.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { storeInbound } from "../../bot/core/store-inbound.js";

const suite = transcriptSuite(762592000, { staff: true });
const MIN = 60_000;

const JOY = /grattis|vad kul|så bra|vad roligt|congrat|great|so good/i;
const NOT_UNDERSTOOD = /förstår inte|hänger inte riktigt med|don't understand|not quite following|I don't follow/i;
const MENU = /Vad vill du göra|What would you like to do|What do you want to do/;

let n = 0;
/**
 * Texts that arrive together: all stored (as the webhook does) before their conversation's turns run, two seconds apart.
 * (core.receive in a test runs each turn before the next text is stored: that is typing slowly.)
 */
async function arriveTogether(p: Participant, lines: readonly string[]): Promise<string[]> {
  suite.h.clock.advance(MIN);
  let conversationId = 0;
  for (const body of lines) {
    suite.h.clock.advance(2_000);
    ({ conversationId } = await storeInbound(suite.h.tillit.sql, { channel: "sms", providerId: `B25f-${++n}`, from: p.phone, body, receivedAt: suite.h.clock.now() }));
  }
  await suite.h.tillit.core.schedule(conversationId);
  await suite.h.tillit.core.idle();
  // Exactly once: every message of the burst had its turn, answered or held.
  const participant = await suite.h.tillit.db.participant.findUniqueOrThrow({ where: { phone: p.phone } });
  expect(await suite.h.tillit.db.message.count({ where: { participantId: participant.id, direction: "in", processedAt: null } })).toBe(0);
  return p.received();
}

describe("a burst sent together gets what one reader would say: at most two messages, what matters answered", () => {
  it("Tove: hej / e typ helt slut / var på intervju idag / på ica / gick bra tror jag!! — the offer once, then joy", async () => {
    const p = await suite.onTeam("sv", "Tove");
    const got = await arriveTogether(p, ["hej", "e typ helt slut", "var på intervju idag", "på ica", "gick bra tror jag!!"]);
    const all = got.join(" | ");
    expect(got.length, all).toBeLessThanOrEqual(2);
    // The concern in the middle is never held back, and offered once.
    expect(got.filter((t) => /hör av sig/.test(t)), all).toHaveLength(1);
    expect(got.at(-1), all).toMatch(JOY);
    expect(all).not.toMatch(MENU);
    expect(all).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.record()).conversations.at(-1)?.priority).toBe("concern");
  });

  it("a question in the middle ('kan soc se detta?') is answered, and the good news at the end gets joy", async () => {
    const p = await suite.onTeam("sv", "Tove");
    const got = await arriveTogether(p, ["hej", "var på intervju idag", "kan soc se detta?", "på ica", "gick bra tror jag!!"]);
    const all = got.join(" | ");
    expect(got.length, all).toBeLessThanOrEqual(2);
    expect(got[0], all).toMatch(/soc/i);
    expect(got.at(-1), all).toMatch(JOY);
    expect(all).not.toMatch(MENU);
    expect(all).not.toMatch(NOT_UNDERSTOOD);
  });

  it("a crisis line in it gets the help at once; the line after it is still answered, nothing cold before it", async () => {
    const p = await suite.onTeam("sv", "Tove");
    const got = await arriveTogether(p, ["hej", "var på intervju idag", "vill inte leva längre", "på ica"]);
    const all = got.join(" | ");
    expect(got[0], all).toMatch(/90101|112/);
    expect((await p.record()).conversations.at(-1)?.priority).toBe("crisis");
    expect(all).not.toMatch(MENU);
    expect(all).not.toMatch(NOT_UNDERSTOOD);
    // "på ica", the last message, is answered too (never silent).
    expect(got.length, all).toBeGreaterThan(2);
  });

  it("'hej' / 'typ 6' / 'sov dåligt' to the check-in's first question: the 6 is taken, and the question about it is not asked with the night on its way", async () => {
    const p = await suite.onTeam("sv", "Tove");
    expect(await p.sayLater("checka in")).toMatch(/1-10/);
    const got = await arriveTogether(p, ["hej", "typ 6", "sov dåligt"]);
    const all = got.join(" | ");
    // One reply to the whole: the night heard, the next question (food); "Vad gör att det är en 6:a och inte
    // lägre?" would be asked after its answer had come (session 25's left item 4), and the sleep question is told.
    expect(got, all).toHaveLength(1);
    expect(all).not.toMatch(/inte lägre/);
    expect(all).not.toMatch(/Hur har du sovit/);
    expect(all).toMatch(/ätit|äta/);
    expect(all).not.toMatch(/Svara gärna med en siffra/);
    expect(all).not.toMatch(MENU);
    // The night is not stored as what makes it a 6: nobody asked that.
    await p.say("ja");
    await p.say("nej");
    await p.say("nej tack");
    const [checkIn] = (await p.record()).checkIns;
    expect(checkIn).toMatchObject({ mood: 6, sleep: "bad", betterBecause: null });
  });

  it("'typ 4' / 'jobbig dag' together: the question about the 4 is not asked, the day is heard, then the next question", async () => {
    const p = await suite.onTeam("sv", "Tove");
    expect(await p.sayLater("checka in")).toMatch(/1-10/);
    const got = await arriveTogether(p, ["typ 4", "jobbig dag"]);
    const all = got.join(" | ");
    expect(got, all).toHaveLength(1);
    expect(all).not.toMatch(/inte lägre/);
    expect(all).toMatch(/Hur har du sovit/);
  });

  it("in English: '6' / 'slept like crap' together get one reply, the night heard, no question about the 6", async () => {
    const p = await suite.onTeam("en", "Tove");
    expect(await p.sayLater("check in")).toMatch(/1-10/);
    const got = await arriveTogether(p, ["6", "slept like crap"]);
    const all = got.join(" | ");
    expect(got, all).toHaveLength(1);
    expect(all).not.toMatch(/not lower|and not a/i);
    expect(all).not.toMatch(/How have you slept|How did you sleep/i);
  });

  it("in English: hi / had an interview today / at lidl / went well i think!! — one reply, with joy", async () => {
    const p = await suite.onTeam("en", "Tove");
    const got = await arriveTogether(p, ["hi", "had an interview today", "at lidl", "went well i think!!"]);
    expect(got, got.join(" | ")).toHaveLength(1);
    expect(got[0]).toMatch(JOY);
  });

  it("lines not understood alone or together get one honest line at the end, not one each, and no menu", async () => {
    const p = await suite.onTeam("sv", "Tove");
    const got = await arriveTogether(p, ["hej", "var på intervju idag", "på ica"]);
    expect(got, got.join(" | ")).toHaveLength(1);
    expect(got[0]).not.toMatch(MENU);
  });

  it("'hej' alone, sent on its own, still gets the menu; typed slowly, each answered before the next, every line is answered as before", async () => {
    const p = await suite.onTeam("sv", "Tove");
    expect(await arriveTogether(p, ["hej"])).toEqual([expect.stringMatching(MENU)]);
    const got = await p.sayBurst(["hej", "e typ helt slut", "var på intervju idag", "på ica", "gick bra tror jag!!"], 3_000);
    expect(got[0]).toMatch(MENU);
    expect(got[1]).toMatch(/hör av sig/);
    expect(got.every((t) => t.length > 0)).toBe(true);
    expect(got.at(-1)).toMatch(JOY);
  });
});
