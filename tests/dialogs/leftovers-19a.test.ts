// What was left of the eleventh young tester's crisis side (session 18, texter18) for session 19:
// - a place, a method, the means at hand or a countdown told in the very message that raises a crisis ("står på bron
//   nu", "har repet här", "im on the roof of my building", "har 40 alvedon framför mig") got the ordinary first reply,
//   "Tack för att du berättar … Är du i fara just nu, ring 112", though the same words in a crisis wait already got
//   "ring 112 nu": the first reply now says 112 now, first and plainly, and the other numbers as before.
// - "vad händer nu" two days after Kim phoned (Saima, 20) got "Den frågan är för Kim, inte för mig": what happens now
//   is answered from the record, in a crisis wait, in a wait for a person and after a crisis Kim answered.
// - Selma, 15, asked "måste ni anmäla nu" ten minutes after Maja's last words in a takeover and heard nothing: someone
//   known to be under 18 gets the one receipt after ten minutes of the coordinator's silence (not thirty), and for
//   something heavy as well as a question; still once (and, since session 20, once in the takeover while the
//   coordinator has just written: leftovers-20a).
// - "vet du om komvux är gratis" fell to not-understood or to how to apply: what komvux, sfi and a folkhögskola cost
//   is answered truthfully (the tuition is free; books, material, board may cost; CSN), briefly, with the team offered.
// Each case is a transcript of what the person wrote and what Tillit must and must not answer, said in a few ways.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { recordOutcome } from "../../bot/plans/meeting-outcomes.js";

const suite = transcriptSuite(751900000, { clock: "none", staff: true });
const { conversationOf } = suite;

const URGENT_FIRST = /^(Ring 112 nu|Call 112 now|Det du skriver låter allvarligt\.[^.]*112 nu|What you're writing sounds serious\.[^.]*112 now|Snälla, ring 112 nu|Please call 112 now)/;
const ASKS_IF_DANGER = /Är du i fara just nu|If you are in danger right now/;
const AWAY = /därifrån|away from there/i;
const PUT_DOWN = /Lägg (det )?ifrån dig|lägg undan|Put (it )?down|put away/i;
const OTHERS = /1177/;

/** Someone on team Nord at Friday 02:50 (nobody in until Monday), or someone who has never written. */
async function atNight(language: "sv" | "en", newcomer = false): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = newcomer ? suite.newcomer() : await suite.onTeam(language);
  suite.h.clock.ms = Date.parse("2026-11-27T01:50:00Z");
  return p;
}

describe("danger in motion in the first message of a crisis: 112 now, first and plainly", () => {
  it("a place, a height or the means at hand, in Swedish, English and texting spellings: the first line says 112 now and what to do, the second the other numbers", async () => {
    const cases: [sv: "sv" | "en", text: string, what: RegExp][] = [
      ["sv", "står på bron nu", AWAY],
      ["sv", "star pa bron nu o ska hoppa", AWAY],
      ["sv", "sitter på taket vill inte leva", AWAY],
      ["en", "im on the roof of my building", AWAY],
      ["en", "standing on the bridge rn i want to die", AWAY],
      ["sv", "har repet här", PUT_DOWN],
      ["sv", "har 40 alvedon framför mig", PUT_DOWN],
      ["en", "ive got 30 pills in front of me", PUT_DOWN],
    ];
    for (const [language, text, what] of cases) {
      const p = await atNight(language);
      const lines = await p.say(text);
      expect((await conversationOf(p)).priority, text).toBe("crisis");
      expect(lines[0], text).toMatch(URGENT_FIRST);
      expect(lines[0], text).toMatch(what);
      expect(lines[0], text).not.toMatch(ASKS_IF_DANGER);
      expect(lines.join(" "), text).toMatch(OTHERS);
      expect(lines, text).toHaveLength(2);
    }
  });

  it("someone who has never written: 112 now first, then the other numbers, and who Tillit is inside the two", async () => {
    const p = await atNight("sv", true);
    const lines = await p.say("står på bron nu");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(URGENT_FIRST);
    expect(lines[1]).toMatch(OTHERS);
    expect(lines.join(" ")).toMatch(/Jag är Tillit, ett program/);
  });

  it("a crisis told without a place or means keeps the ordinary first reply, and pills already taken keep theirs", async () => {
    const p = await atNight("sv");
    const lines = await p.say("jag vill inte leva längre");
    expect(lines[0]).toMatch(/^Är du i fara just nu: ring 112\..*Tack för att du berättar/);
    const q = await atNight("sv");
    expect((await q.say("har tagit typ alla mina tabletter"))[0]).toMatch(/ring 112 nu\. Vänta inte/);
  });
});

const WHAT_NOW = {
  sv: ["vad händer nu", "o nu då?", "vad hander nu da", "men vad händer nu asså", "och nu?", "hur går vi vidare", "vad händer härnäst"],
  en: ["what happens now", "so what now?", "what happens next", "wat happens now", "now what", "whats next"],
};
const FOR_KIM_NOT_ME = /inte för mig|för Kim|not for me|for Kim rather/;
const NOT_UNDERSTOOD = /förstår inte|hänger inte|don't understand|not quite following/;
const NOT_YET = /ingen har (hunnit )?svara|nobody has (had time to )?answer/;

/** Saima's week: a crisis at night, Kim writes in the morning and hands back; two days on, "hej". */
async function handledByKim(language: "sv" | "en"): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, language === "sv" ? "Saima" : "Sam");
  suite.h.clock.ms = Date.parse("2026-11-25T00:40:00Z");
  await p.say(language === "sv" ? "vill inte leva längre" : "i dont want to live anymore");
  expect((await conversationOf(p)).priority).toBe("crisis");
  suite.h.clock.ms = Date.parse("2026-11-25T07:10:00Z");
  await suite.answeredAndHandedBack(p, language === "sv" ? "Hej, det är Kim. Jag ringer dig nu." : "Hi, this is Kim. I'm calling you now.");
  suite.h.clock.ms = Date.parse("2026-11-27T13:00:00Z");
  await p.say(language === "sv" ? "hej" : "hi");
  return p;
}

describe("what happens now, answered from the record (texter18 #2, Saima)", () => {
  it("after a crisis Kim answered: Kim has read it and answered, the question goes to Kim, and when someone reads; never 'not for me', in words that vary", async () => {
    for (const language of ["sv", "en"] as const) {
      for (const q of WHAT_NOW[language]) {
        const p = await handledByKim(language);
        const reply = await p.sayLater(q);
        expect(reply, q).toMatch(/Kim (har läst|has read)|har Kim läst/);
        expect(reply, q).toMatch(/läser|reads|gäller|stands/);
        expect(reply, q).not.toMatch(FOR_KIM_NOT_ME);
        expect(reply, q).not.toMatch(NOT_YET);
        expect(reply, q).not.toMatch(NOT_UNDERSTOOD);
        // The question is with Kim: the conversation waits for a person.
        expect((await conversationOf(p)).status, q).toBe("waiting");
      }
    }
  });

  it("'och sen', 'men nu', 'och nu' with no question mark begin a story, not the question: nothing goes to Kim", async () => {
    for (const said of ["och sen", "men nu", "och nu", "and now"]) {
      const p = await handledByKim("sv");
      const reply = await p.sayLater(said);
      expect(reply, said).not.toMatch(/Kim (har läst|has read)|har Kim läst/);
      expect((await conversationOf(p)).status, said).not.toBe("waiting");
    }
  });

  it("met since the crisis but not written to, by someone other than who last wrote before it: nobody is said to have read and answered", async () => {
    suite.h.clock.ms = Date.parse("2026-11-20T10:00:00Z");
    const p = await suite.onTeam("sv", "Tove");
    const id = (await conversationOf(p)).id;
    const deps = suite.staffDeps();
    const before = suite.w.accounts.coordA.actor;
    await takeOver(deps, before, id);
    await replyAsCoordinator(deps, before, id, "Hej! Hör av dig om du vill ses nån gång.");
    await handBack(deps, before, id);
    await p.received();
    suite.h.clock.ms = Date.parse("2026-11-25T00:40:00Z");
    await p.say("vill inte leva längre");
    expect((await conversationOf(p)).priority).toBe("crisis");
    // Kim meets Tove the next day, and writes nothing in the chat.
    const kim = suite.w.accounts.coordA2.actor;
    suite.h.clock.ms = Date.parse("2026-11-25T08:00:00Z");
    await takeOver(deps, kim, id);
    const { meetingId } = await addMeeting(deps, kim, id, { startsAt: "2026-11-25T13:00:00+01:00", location: "Kontoret", alreadyAgreed: true });
    suite.h.clock.ms = Date.parse("2026-11-25T14:00:00Z");
    await recordOutcome(deps, kim, id, meetingId, { outcome: "attended" });
    await handBack(deps, kim, id);
    await p.received();
    suite.h.clock.ms = Date.parse("2026-11-26T16:00:00Z");
    const reply = await p.sayLater("vad händer nu");
    expect(reply).not.toMatch(/har läst det du skrev förut och svarat|har (\p{L}+ )?läst.*svarat dig/u);
    expect(reply).not.toMatch(NOT_YET);
  });

  it("Saima's own words: 'har kim svarat' then 'vad händer nu', two different truthful answers", async () => {
    const p = await handledByKim("sv");
    const answered = await p.sayLater("har kim svarat på det jag skrev");
    expect(answered).toMatch(/^Ja/);
    const now = await p.sayLater("vad händer nu");
    expect(now).toMatch(/Kim har läst det du skrev förut/);
    expect(now).not.toBe(answered);
    const again = await p.sayLater("o nu då?");
    expect(again).not.toBe(now);
    expect(again).not.toMatch(FOR_KIM_NOT_ME);
    // The first question left the conversation with Kim (a message for the team): the second is still answered.
    expect(again).toMatch(/förut har Kim läst/);
  });

  it("in a crisis wait at night: the team knows, nobody has answered yet, when someone reads, and what to do if it cannot wait", async () => {
    for (const language of ["sv", "en"] as const) {
      const p = await atNight(language);
      await p.say(language === "sv" ? "vill inte leva längre" : "i dont want to live anymore");
      let previous = "";
      for (const q of WHAT_NOW[language].slice(0, 4)) {
        const reply = await p.sayLater(q);
        expect(reply, q).toMatch(NOT_YET);
        expect(reply, q).toMatch(/08:00/);
        expect(reply, q).not.toMatch(/Du är inte ensam|Jag hör dig|not alone|I hear you|Skriv gärna mer om du vill\.$|Write more if you like\.$/);
        expect(reply, q).not.toBe(previous);
        previous = reply;
      }
    }
  });

  it("waiting for a person asked for: it waits for them, nobody has answered it yet, and when someone reads", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam("sv");
    await p.sayLater("prata med en människa");
    const reply = await p.sayLater("vad händer nu då");
    expect(reply).toMatch(NOT_YET);
    expect(reply).toMatch(/läser under dagen/);
    const q = await suite.onTeam("en");
    await q.sayLater("talk to a person");
    expect(await q.sayLater("so what happens now")).toMatch(NOT_YET);
  });
});

describe("a minor writing while the coordinator who has the chat is quiet (texter18 #15, Selma)", () => {
  const MIN = 60_000;
  /** Saturday 09:11: Maja has taken over and written to someone of 15 (or 20). */
  async function majaHasTheChat(birthYear: number, language: "sv" | "en" = "sv"): Promise<Participant> {
    suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
    const p = await suite.onTeam(language, "Selma");
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear } });
    suite.h.clock.ms = Date.parse("2026-11-28T08:11:00Z");
    const maja = suite.w.accounts.coordA.actor;
    const id = (await conversationOf(p)).id;
    await takeOver(suite.staffDeps(), maja, id);
    await replyAsCoordinator(suite.staffDeps(), maja, id, language === "sv" ? "Bra att du är hos din kompis. Jag ringer dig kl 11 om det är ok?" : "Good that you're at your friend's. I'll call you at 11 if that's ok?");
    await p.received();
    return p;
  }

  it("a question ten minutes after Maja's words gets one short receipt naming her, no promise; then silence again", async () => {
    for (const q of ["måste ni anmäla nu", "ska ni anmäla till soc nu?", "kmr jag få bo nån annanstans", "vad händer med mamma?"]) {
      const p = await majaHasTheChat(2011);
      const seen = await p.sayLater(q, 10 * MIN);
      expect(seen, q).toMatch(/Maja/);
      expect(seen, q).toMatch(/syns|ser det/);
      expect(seen, q).not.toMatch(/hör av sig|svarar snart|i morgon|idag|förstår inte|ringer/);
      expect(await p.sayLater("hallå?", 5 * MIN), q).toBe("");
      expect((await conversationOf(p)).status).toBe("human");
    }
    const e = await majaHasTheChat(2011, "en");
    expect(await e.sayLater("do you have to report it now?", 12 * MIN)).toMatch(/Maja/);
  });

  it("something heavy without a question is heard too, in words that are not the question's", async () => {
    const p = await majaHasTheChat(2011);
    const heavy = await p.sayLater("mår så dåligt av allt det här", 15 * MIN);
    expect(heavy).toMatch(/Maja/);
    expect(heavy).toMatch(/berättar|hör dig/);
  });

  it("while Maja has just written, once and never again in the talk; for someone of 20 the half hour stands", async () => {
    // Session 20: a minor is never left with nothing at all, so four minutes after Maja's words the receipt comes
    // too, once in the takeover (leftovers-20a.test.ts); what follows it in the talk gets nothing more.
    const p = await majaHasTheChat(2011);
    expect(await p.sayLater("måste ni anmäla nu", 4 * MIN)).toMatch(/Maja/);
    expect(await p.sayLater("hallå?", 2 * MIN)).toBe("");
    const adult = await majaHasTheChat(2006);
    expect(await adult.sayLater("måste ni anmäla nu", 10 * MIN)).toBe("");
    expect(await adult.sayLater("mår så dåligt av allt det här", 5 * MIN)).toBe("");
    expect(await adult.sayLater("hallå?", 20 * MIN)).toMatch(/Maja/);
  });
});

describe("what komvux, sfi and folkhögskola cost (texter18 #8)", () => {
  const cases: [language: "sv" | "en", text: string, answer: RegExp][] = [
    ["sv", "vet du om komvux är gratis", /komvux (är gratis|kostar inget)/i],
    ["sv", "kostar komvux nåt", /komvux (är gratis|kostar inget)/i],
    ["sv", "e komvux gratis?", /komvux (är gratis|kostar inget)/i],
    ["sv", "kostar det att plugga på komvux", /komvux (är gratis|kostar inget)/i],
    ["sv", "kostar böckerna på komvux", /(Böcker|Kurslitteratur)/],
    ["sv", "vet du om komvux e gratis", /komvux (är gratis|kostar inget)/i],
    ["sv", "måste man betala för sfi", /sfi (är gratis|kostar inget)/i],
    ["sv", "ar sfi gratis", /sfi (är gratis|kostar inget)/i],
    ["sv", "är folkhögskola gratis", /(Undervisningen på folkhögskola är gratis|ingen avgift för undervisningen)/],
    ["sv", "vad kostar folkhögskolan", /(Undervisningen på folkhögskola är gratis|ingen avgift för undervisningen)/],
    ["en", "is komvux free", /komvux (is free|costs nothing)/i],
    ["en", "does sfi cost anything", /sfi (is free|costs nothing)/i],
    ["en", "how much does folkhögskola cost", /(is free|charges nothing for the teaching)/],
  ];

  it("the tuition is free and what may cost is said, with CSN and the team offered; never 'förstår inte' or only how to apply", async () => {
    const people = { sv: await suite.onboarded("sv"), en: await suite.onboarded("en") };
    for (const [language, text, answer] of cases) {
      const reply = await people[language].sayLater(text, 10 * 60_000);
      expect(reply, text).toMatch(answer);
      expect(reply, text).toMatch(/CSN/);
      expect(reply, text).toMatch(/teamet|team|hör av sig|get in touch/);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).not.toMatch(/^(Komvux söker du|Till komvux ansöker|You apply)/);
    }
  });

  it("told, not asked, is no cost question: 'komvux kostar ju inget', 'sfi är gratis'", async () => {
    const p = await suite.onboarded("sv");
    for (const t of ["komvux kostar ju inget", "sfi är gratis"]) expect(await p.sayLater(t, 10 * 60_000), t).not.toMatch(/CSN/);
  });
});
