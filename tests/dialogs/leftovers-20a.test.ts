// Session 20's leftovers about the time while a participant waits for a person or has just been answered by one
// (fix20a):
// - Selma, 15, wrote within ten minutes of Maja's own words in a takeover and got nothing back at all: someone known
//   to be under 18 is never left without a sign that their words reach someone. The receipt that what they write is
//   visible to the coordinator who has the chat, once in the takeover (not under every message of a live talk); the
//   coordinator gone quiet for ten minutes gives it again for a question or something heavy, as before. A wish to be
//   erased, written into the takeover, is recorded as before and gets that receipt too (it got nothing).
// - While a person is awaited, "hallå e det nån där" got the plain receipt: it asks whether anyone is there, so it
//   is answered (who is there: Tillit, a digital assistant; that the coordinator has it and when the team reads;
//   what to do if it is urgent; "hallå?" alone keeps the acknowledgment, never-alone.test.ts). "kan inte sova" got
//   the plain receipt too: it is heard, and that the person awaited still knows they are waiting is said.
// - A burst of six short messages whose first carries the signal ("har sparat alla mina" / "asså" / "typ" / "vet
//   inte" / "ja" / "ikväll") was screened only with the four messages before its last. The screen now reads the
//   burst by the pauses between messages, from wherever it starts (bot/safety/screen-in-context.ts burstBefore).
// Each case is a transcript of what the person wrote and what Tillit must and must not answer, said in a few ways.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { expectEachPairFits } from "../helpers/sms-fit.js";

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

  it("her early 'ok' got the receipt, and Maja then quiet: a question or something heavy after ten minutes gets it again (a reviewer)", async () => {
    for (const [later, heard] of [
      ["mår så dåligt av allt det här, måste ni anmäla?", /berättar|hör dig/],
      ["måste ni anmäla nu?", SEEN],
    ] as const) {
      const p = await majaHasTheChat(2011);
      expect(await p.sayLater("ok", MIN)).toMatch(SEEN);
      const seen = await p.sayLater(later, 13 * MIN);
      expect(seen, later).toMatch(SEEN);
      expect(seen, later).toMatch(heard);
      // Once in that quiet: not again under the next message.
      expect(await p.sayLater("hallå", MIN)).toBe("");
    }
  });

  it("something heavy in the first minutes is heard in the receipt's words for it", async () => {
    const p = await majaHasTheChat(2011);
    const heavy = await p.sayLater("mår så dåligt av allt det här", 3 * MIN);
    expect(heavy).toMatch(SEEN);
    expect(heavy).toMatch(/berättar|hör dig/);
  });

  it("a wish to erase everything, written to Maja's chat: recorded for the team lead as before, and not met with nothing", async () => {
    for (const [language, said] of [["sv", "radera allt om mig"], ["en", "delete all my data"]] as const) {
      const p = await majaHasTheChat(2011, language);
      const seen = await p.sayLater(said, 2 * MIN);
      expect(seen, said).toMatch(SEEN);
      expect(seen, said).toMatch(VISIBLE);
      const request = await suite.h.tillit.db.erasureRequest.findFirst({ where: { participantId: (await p.record()).id, status: "open" } });
      expect(request, said).toMatchObject({ source: "chat-unconfirmed" });
    }
    // Someone of 20 mid-talk: Maja answers it herself, as before.
    const adult = await majaHasTheChat(2006);
    expect(await adult.sayLater("radera allt om mig", 2 * MIN)).toBe("");
  });

  it("someone of 20 talking with Maja: she answers herself, as before", async () => {
    const adult = await majaHasTheChat(2006);
    expect(await adult.sayLater("måste ni anmäla nu", 4 * MIN)).toBe("");
    expect(await adult.sayLater("ok", MIN)).toBe("");
  });
});

/** Tuesday 10:00 (the team in) or 21:30 (nobody in until the morning). */
const DAY = "2026-11-24T09:00:00Z";
const NIGHT = "2026-11-24T20:30:00Z";
type Wait = "asked" | "concern" | "crisis";

/** Someone on team Nord waiting for a person: asked for one, said yes to the offer of one, or after a crisis. */
async function waitingFor(kind: Wait, at: string, language: "sv" | "en"): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
  const p = await suite.onTeam(language, language === "sv" ? "Nora" : "Nick");
  suite.h.clock.ms = Date.parse(at);
  const sv = language === "sv";
  if (kind === "asked") await p.say(sv ? "vill prata med en människa" : "i want to talk to a person");
  if (kind === "crisis") await p.say(sv ? "vill inte leva längre" : "i dont want to live anymore");
  if (kind === "concern") {
    await p.say(sv ? "allt känns meningslöst" : "everything feels pointless");
    suite.h.clock.advance(MIN);
    await p.say(sv ? "ja" : "yes");
  }
  const c = await conversationOf(p);
  expect(c.status, kind).toBe("waiting");
  expect(c.priority, kind).toBe(kind === "asked" ? "normal" : kind);
  return p;
}

const PLAIN_RECEIPT = /^(Jag är kvar här, och det du skriver sparas|Tack, \S+ får se det här|Uppfattat\. Det ligger kvar|I'm still here, and what you write is kept|Thanks, \S+ will see this|Got it\. It's kept)/;

describe("'hallå e det nån där' while a person is awaited: answered, not the plain receipt", () => {
  const ASKED = { sv: ["hallå e det nån där", "hallå e de nån där?", "e det nån där", "är det någon där?"], en: ["hello is anyone there", "anyone there?", "is anybody there"] };
  const WHO = /digital assistent|en bot|digital assistant|a bot/;
  const WHEN = /läser under dagen|reads it during the day/;
  const URGENT = /bråttom|112|urgent/;

  it("in the day, in every kind of wait: who is there, that the coordinator has it and when the team reads, and what to do if it is urgent", async () => {
    for (const kind of ["asked", "concern", "crisis"] as const) {
      for (const language of ["sv", "en"] as const) {
        for (const q of ASKED[language]) {
          const p = await waitingFor(kind, DAY, language);
          const reply = await p.sayLater(q, 3 * MIN);
          const all = `${kind}: ${q} → ${reply}`;
          expect(reply, all).not.toMatch(PLAIN_RECEIPT);
          expect(reply, all).toMatch(WHO);
          expect(reply, all).toMatch(WHEN);
          expect(reply, all).toMatch(URGENT);
          expect((await conversationOf(p)).status, all).toBe("waiting");
        }
      }
    }
  });

  it("an ordinary request gets no suicide line under it; a heavy wait gets the numbers, or a line that they are in view", async () => {
    const asked = await waitingFor("asked", DAY, "sv");
    expect(await asked.sayLater("hallå e det nån där", 3 * MIN)).not.toMatch(/90101/);
    const concern = await waitingFor("concern", DAY, "sv");
    expect(await concern.sayLater("hallå e det nån där", 3 * MIN)).toMatch(/112/);
  });

  it("'nån har …' tells something and is no call ('här' folds to 'har'); a call with something heavy is heard for the heavy (a reviewer)", async () => {
    for (const told of ["någon har tagit min mobil", "nån har ringt mig", "ngn har skrivit till mig på insta"]) {
      const p = await waitingFor("asked", DAY, "sv");
      expect(await p.sayLater(told, 3 * MIN), told).not.toMatch(WHO);
    }
    const p = await waitingFor("asked", DAY, "sv");
    const heavy = await p.sayLater("e det nån där? mår så dåligt", 3 * MIN);
    expect(heavy).not.toMatch(WHO);
    expect(heavy).not.toMatch(PLAIN_RECEIPT);
    expect(heavy).toMatch(WHEN);
  });

  it("asked twice, not the same words twice in a row", async () => {
    const p = await waitingFor("asked", DAY, "sv");
    const first = await p.sayLater("hallå e det nån där", 3 * MIN);
    const second = await p.sayLater("e det nån där?", MIN);
    expect(second).not.toBe(first);
    expect(second).toMatch(WHO);
  });

  it("at night, as before: nobody from the team is in, and when someone reads", async () => {
    for (const kind of ["asked", "concern"] as const) {
      const p = await waitingFor(kind, NIGHT, "sv");
      const reply = await p.sayLater("hallå e det nån där", 3 * MIN);
      expect(reply, kind).toMatch(/^(Ingen från teamet är på plats just nu|Teamet är inte på plats nu)/);
      // When someone reads: in the reply, or in one of the last few texts just before it, then not said again (fix22e 4.).
      expect(p.turns.flat().slice(-4).join(" "), kind).toMatch(/i morgon från kl 08:00/);
    }
  });
});

describe("'kan inte sova' while a person is awaited: heard, and the person is still coming", () => {
  const SLEEPLESS = { sv: ["kan inte sova", "ligger vaken", "har inte sovit"], en: ["cant sleep", "can't sleep", "still awake cant sleep"] };
  const HEARD = /sova|[Ss]ömn|vaken|[Ss]leep/;
  const STILL_COMING = /ligger kvar åt|vet om det du skrev|stays here for|knows what you wrote/;

  it("day and night, in every kind of wait, in Swedish and English", async () => {
    for (const kind of ["asked", "concern", "crisis"] as const) {
      for (const at of [DAY, NIGHT]) {
        for (const language of ["sv", "en"] as const) {
          for (const said of SLEEPLESS[language]) {
            const p = await waitingFor(kind, at, language);
            const reply = await p.sayLater(said, 20 * MIN);
            const all = `${kind} ${at}: ${said} → ${reply}`;
            expect(reply, all).not.toMatch(PLAIN_RECEIPT);
            expect(reply, all).toMatch(HEARD);
            expect(reply, all).toMatch(STILL_COMING);
            expect(reply, all).not.toMatch(/förstår inte|don't understand/);
          }
        }
      }
    }
  });

  it("at night, where to talk now in a heavy wait (in view, not again right after it); never the suicide line to an ordinary request", async () => {
    const concern = await waitingFor("concern", NIGHT, "sv");
    // The yes to the offer at night gave where to talk now; the sleepless night after it does not say it again.
    const yes = concern.turns.at(-1)!.join(" ");
    expect(yes).toMatch(/90101|mind\.se/);
    expect(await concern.sayLater("kan inte sova", 20 * MIN)).not.toMatch(/90101|mind\.se/);
    // Three replies on, it is no longer just above: said with the next sleepless night.
    for (const said of ["ok", "tack", "hmm"]) await concern.sayLater(said, MIN);
    expect(await concern.sayLater("ligger vaken fortfarande", 20 * MIN)).toMatch(/Jourhavande medmänniska|mind\.se|90101/);
    const asked = await waitingFor("asked", NIGHT, "sv");
    expect(await asked.sayLater("kan inte sova", 20 * MIN)).not.toMatch(/90101/);
  });

  it("asked when with it, the time is said though said before (a reviewer: the crisis wait left it out)", async () => {
    for (const kind of ["crisis", "concern", "asked"] as const) {
      const p = await waitingFor(kind, NIGHT, "sv");
      await p.sayLater("ok", 20 * MIN);
      const reply = await p.sayLater("kan inte sova, när kommer nån?", 20 * MIN);
      expect(reply, kind).toMatch(/i morgon från kl 08:00/);
    }
  });
});

describe("a burst of six short messages while a person is awaited is screened as a whole", () => {
  async function waitingInTheDay(): Promise<Participant> {
    return waitingFor("asked", DAY, "sv");
  }

  it("five messages, the signal in the first: the last one raises the crisis", async () => {
    const p = await waitingInTheDay();
    const replies = await p.sayBurst(["har sparat alla mina", "asså", "typ", "ja", "ikväll"]);
    expect((await conversationOf(p)).priority, replies.join(" | ")).toBe("crisis");
    expect(replies.at(-1)).toMatch(/112/);
  });

  // Read with the request for a person 20 seconds before it, the burst is only a concern to the trained screen; read
  // from its own first message it is a crisis (every run that ends with the last message is read).
  it("six messages, the signal in the first: the last one raises the crisis", async () => {
    const p = await waitingInTheDay();
    const replies = await p.sayBurst(["har sparat alla mina", "asså", "typ", "vet inte", "ja", "ikväll"]);
    expect((await conversationOf(p)).priority, replies.join(" | ")).toBe("crisis");
    expect(replies.at(-1)).toMatch(/112/);
  });
});

describe("the new answers with what follows them fit in two SMS segments, in GSM-7", () => {
  it("'is anyone there' with each way of saying what to do if it is urgent; 'kan inte sova' with where to talk now", () => {
    const locales = loadLocales();
    for (const lang of ["sv", "en"] as const) {
      const t = (k: string) => locales[lang].get(k)!;
      // The longest reading ("på måndag från kl 08:00"), and the longest name a coordinator goes by in the copy.
      const fill = (ws: string[]) => ws.flatMap((w) => t("officeHours.weekday").map((r) => w.replace("{reading}", r.replace(/\{\w+\}/g, "måndag 08:00")).replace("{coordinator}", "din koordinator")));
      const pairs: [string[], string[]][] = [
        [fill(t("waiting.someoneThere")), [...t("waiting.ifUrgent"), ...t("waiting.ifUrgentQuiet"), ...t("waiting.ifUrgentInView"), ...t("waiting.urgent"), ...t("waiting.urgentMinor")]],
        [fill(t("waiting.sleepless")), [...t("waiting.sleeplessNumbers"), ...t("waiting.sleeplessNumbersMinor")]],
        [fill(t("waiting.afterCrisisSleepless")), [...t("waiting.sleeplessNumbers"), ...t("waiting.sleeplessNumbersMinor")]],
      ];
      expectEachPairFits(pairs);
    }
  });
});
