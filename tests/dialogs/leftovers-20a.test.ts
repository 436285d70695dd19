// Session 20's leftovers about the time while a participant waits for a person or has just been answered by one
// (fix20a):
// - Selma, 15, wrote within ten minutes of Maja's own words in a takeover and got nothing back at all: someone known
//   to be under 18 is never left without a sign that their words reach someone. The receipt that what they write is
//   visible to the coordinator who has the chat, once in the takeover (not under every message of a live talk); the
//   coordinator gone quiet for ten minutes gives it again for a question or something heavy, as before.
// Each case is a transcript of what the person wrote and what Tillit must and must not answer, said in a few ways.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(762010000, { clock: "none", staff: true });
const { conversationOf } = suite;
const MIN = 60_000;

describe("a minor writing while the coordinator who has the chat has just written (Selma, 15)", () => {
  /** Saturday 09:11: Maja has taken over and written to someone born in `birthYear`. */
  async function majaHasTheChat(birthYear: number, language: "sv" | "en" = "sv"): Promise<Participant> {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam(language, "Selma");
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear } });
    suite.h.clock.ms = Date.parse("2026-11-28T08:11:00Z");
    await majaWrites(p, language === "sv" ? "Hej Selma, Maja här. Jag ringer dig kl 11 om det är ok?" : "Hi Selma, Maja here. I'll call you at 11 if that's ok?", true);
    return p;
  }

  async function majaWrites(p: Participant, words: string, first = false): Promise<void> {
    const maja = suite.w.accounts.coordA.actor;
    const id = (await conversationOf(p)).id;
    if (first) await takeOver(suite.staffDeps(), maja, id);
    await replyAsCoordinator(suite.staffDeps(), maja, id, words);
    await p.received();
  }

  const SEEN = /Maja/;
  const VISIBLE = /syns|ser det|visible|sees what/;
  const PROMISE = /hör av sig|svarar snart|i morgon|idag|ringer|förstår inte|gets in touch|answers soon|tomorrow|today|will call|don't understand/;

  it("whatever she writes in the first minutes after Maja's words gets one receipt naming Maja, with no promise; then nothing more", async () => {
    for (const [language, first, more] of [
      ["sv", "måste ni anmäla nu", "hallå?"],
      ["sv", "ok", "men vad händer sen"],
      ["sv", "vet inte om jag vågar", "asså"],
      ["sv", "kmr jag få bo nån annanstans", "svara"],
      ["en", "do u have to report it now", "hello?"],
      ["en", "ok", "so what happens"],
    ] as const) {
      for (const after of [MIN, 4 * MIN, 9 * MIN]) {
        const p = await majaHasTheChat(2011, language);
        const seen = await p.sayLater(first, after);
        expect(seen, `${first} after ${after / MIN} min`).toMatch(SEEN);
        expect(seen, first).toMatch(VISIBLE);
        expect(seen, first).not.toMatch(PROMISE);
        // Once: not under every message of the talk.
        expect(await p.sayLater(more, MIN), more).toBe("");
        expect((await conversationOf(p)).status).toBe("human");
      }
    }
  });

  it("once in the takeover: after Maja writes again and she answers at once, nothing; Maja quiet for ten minutes, a question gets it again", async () => {
    const p = await majaHasTheChat(2011);
    expect(await p.sayLater("ok", 2 * MIN)).toMatch(SEEN);
    suite.h.clock.advance(MIN);
    await majaWrites(p, "Bra. Jag ringer från ett dolt nummer.");
    expect(await p.sayLater("okej", MIN)).toBe("");
    expect(await p.sayLater("måste ni anmäla nu?", 12 * MIN)).toMatch(SEEN);
    expect(await p.sayLater("hallå", MIN)).toBe("");
  });

  it("something heavy in the first minutes is heard in the receipt's words for it", async () => {
    const p = await majaHasTheChat(2011);
    const heavy = await p.sayLater("mår så dåligt av allt det här", 3 * MIN);
    expect(heavy).toMatch(SEEN);
    expect(heavy).toMatch(/berättar|hör dig/);
  });

  it("someone of 20 talking with Maja: she answers herself, as before", async () => {
    const adult = await majaHasTheChat(2006);
    expect(await adult.sayLater("måste ni anmäla nu", 4 * MIN)).toBe("");
    expect(await adult.sayLater("ok", MIN)).toBe("");
  });
});
