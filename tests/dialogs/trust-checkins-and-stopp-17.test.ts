// What the tenth young tester (session 17) found around trust questions, turning 18, check-ins, STOPP and
// onboarding (texter17 #9, #10, #13, #14, #17, #15): each case is a transcript of what the person wrote and
// what Tillit must and must not answer.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = transcriptSuite(731617700, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
let h: Harness;
beforeAll(() => {
  ({ h } = suite);
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const say = (p: Participant, text: string, after = MINUTE) => p.sayLater(text, after);

// Since session 23 (fix23a, full04) a stopped person gets at most one answer a week, whatever they write: the one
// answer fits what was written (the team asked about, fewer messages wished), and what comes after it is quiet.
describe("after STOPP, the first text in a week gets one true answer and what follows is quiet (texter17 #14, changed in session 23)", () => {
  it("Filip: 'kan jag fortfarande prata med maja' and 'en gång i veckan' are answered as the one answer; then quiet", async () => {
    for (const [language, team, less] of [
      ["sv", "kan jag fortfarande prata med maja", "kan du skriva igen typ en gång i veckan inte mer"],
      ["sv", "går det att snacka med kim ändå?", "typ en gång i veckan max"],
      ["en", "can i still talk to maja", "could you text again like once a week, not more"],
    ] as const) {
      const sv = language === "sv";
      const p = await suite.onTeam(language, "Filip");
      await say(p, "STOPP"); // (STOP by SMS is the carrier's word: Twilio answers it, and blocks every later message)
      h.clock.advance(2 * DAY);
      const asked = await say(p, team);
      expect(asked, team).toMatch(sv ? /START.*koordinator/ : /START.*coordinator/);
      expect(asked, team).not.toMatch(NOT_UNDERSTOOD);
      expect(asked, team).toMatch(sv ? /stoppade|stoppat/ : /stopped/);
      // Then nothing more this week, whatever is written.
      expect(await say(p, less), less).toBe("");
      expect(await say(p, "ok"), "ok").toBe("");
      const q = await suite.onTeam(language, "Filip");
      await say(q, "STOPP");
      h.clock.advance(2 * DAY);
      const wish = await say(q, less);
      expect(wish, less).toMatch(sv ? /START.*"mer sällan".*en gång i veckan/ : /START.*"less often".*once a week/);
    }
  });
});

describe("just turned 18: trust answers for an adult (texter17 #10)", () => {
  it("Lucas: during consent 'gäller det där med soc fortfarande då' is answered, not read as 'later'", async () => {
    for (const [told, asked] of [
      ["fyllde 18 igår btw", "gäller det där med soc fortfarande då"],
      ["jag e 19", "gäller det fortfarande med anmälan till soc?"],
    ] as const) {
      const p = suite.newcomer();
      await say(p, "tjena fick en lapp från kommunen om detta");
      await say(p, told);
      const reply = await say(p, asked);
      expect(reply, asked).not.toMatch(/Ingen brådska/);
      expect(reply, asked).toMatch(/soc/i);
      expect(reply, asked).not.toMatch(/är du under 18/);
      expect(reply, asked).toMatch(/gäller (barn )?(den som är )?under 18|inte dig/);
      // The consent is still waiting for its answer.
      expect(await say(p, "ja"), "ja").toMatch(/kalla dig/);
    }
  });

  it("after saying they are 18 or over, the trust answers leave out 'är du under 18 …'", async () => {
    for (const [language, told, questions] of [
      ["sv", "fyllde 18 förra veckan", ["nu när jag e 18 kan morsan fortfarande få veta saker från er?", "kan soc fortfarande få veta saker?", "kommer skolan få veta", "e det här privat", "kan ni lova att inte säga nåt"]],
      ["sv", "jag är 22 btw", ["kan mina föräldrar se det här", "ser soc det jag skriver"]],
      ["en", "just turned 18 btw", ["can my parents see this now", "can social services see this?", "is this private"]],
    ] as const) {
      const p = await suite.onTeam(language, "Lucas");
      await say(p, told);
      for (const q of questions) {
        const reply = await say(p, q);
        expect(reply, q).not.toMatch(NOT_UNDERSTOOD);
        expect(reply, q).not.toMatch(/(är du|if you're) under 18/);
        expect(reply, q).not.toMatch(/under 18 och (kan fara|de tror|personalen)/);
      }
    }
    // Whoever's age is not known still hears the sentence.
    const unknown = await suite.onTeam("sv", "Okänd");
    expect(await say(unknown, "kan soc se det här")).toMatch(/är du under 18/);
    // A minor too.
    const minor = await suite.onTeam("sv", "Amanda");
    await say(minor, "e 15 btw");
    expect(await say(minor, "kan mina föräldrar se det här")).toMatch(/är du under 18/);
  });

  it("KAA after 18 and who pays for a driving licence: a true brief answer and the team", async () => {
    const p = await suite.onTeam("sv", "Lucas");
    await say(p, "fyllde 18 igår");
    for (const q of ["ni har väl inget med aktivitetsansvaret att göra längre eller", "gäller kaa fortfarande för mig"]) {
      const reply = await say(p, q);
      expect(reply, q).toMatch(/aktivitetsansvar/i);
      expect(reply, q).toMatch(/20/);
      // The answer comes first ("inget … längre" is flagged by the safety screen as loneliness: the screen's own).
      expect(reply, q).toMatch(/^(Kommunens aktivitetsansvar|Aktivitetsansvaret)/);
      expect(reply, q).not.toMatch(NOT_UNDERSTOOD);
    }
    for (const q of ["körkort då, kan kommunen betala", "kan soc betala körkortet", "could the council pay for my driving licence"]) {
      const reply = await say(p, q);
      expect(reply, q).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, q).toMatch(/inte svara säkert|inga säkra svar|hitta på|gissa|can't answer that for sure|don't want to guess|no sure answers/);
    }
  });
});

describe("a 15-year-old's own questions (texter17 #9)", () => {
  it("Amanda: 'måste mamma säga ja' after asking about living with her aunt is not the parents-can't-read line", async () => {
    for (const [first, then] of [
      ["får man bo hos sin moster om man e 15", "måste mamma säga ja"],
      ["kan man flytta till sin pappa om man e 16", "måste mina föräldrar ge lov"],
    ] as const) {
      const p = await suite.onTeam("sv", "Amanda");
      await say(p, "e 15 btw");
      await say(p, first);
      const reply = await say(p, then);
      expect(reply, then).not.toMatch(/kan inte läsa det här|kan se det här/);
      expect(reply, then).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, then).toMatch(/inte svara säkert|inga säkra svar|gissa|hitta på/);
    }
    // Before the consent is given, the same words still ask about Tillit: her own yes counts.
    const p = suite.newcomer();
    await say(p, "hej");
    expect(await say(p, "måste mamma säga ja")).toMatch(/ditt eget ja|du själv som bestämmer/);
  });

  it("'kan du radera allt jag skrev inatt' gets what can be erased and how, and that the team may have read it", async () => {
    for (const [language, asked] of [
      ["sv", "kan du radera allt jag skrev inatt"],
      ["sv", "snälla ta bort det jag skrev igår"],
      ["sv", "kan ni radera meddelandet jag skickade"],
      ["en", "can you delete what i wrote last night"],
      ["en", "pls remove the messages i sent yesterday"],
    ] as const) {
      const p = await suite.onTeam(language, "Amanda");
      const reply = await say(p, asked);
      const sv = language === "sv";
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, asked).toMatch(sv ? /redan ha (läst|sett)/ : /may already have (read|seen)/);
      expect(reply, asked).toMatch(sv ? /"radera mina uppgifter"/ : /"delete my data"/);
      // Nothing is erased and no erasure asked for by it.
      expect(await h.tillit.db.erasureRequest.count({ where: { participantId: (await p.record()).id } }), asked).toBe(0);
    }
    // While the team is awaited (a night message first), the question is still answered.
    const p = await suite.onTeam("sv", "Amanda");
    await say(p, "prata med en människa");
    const reply = await say(p, "kan du radera allt jag skrev inatt");
    expect(reply).toMatch(/redan ha (läst|sett)/);
  });
});

/** Malin, on team Nord; Kim's weekly check-in on Wednesday at 17:00, offered by the scheduler; `week` weeks into 2027. */
async function offered(week: number): Promise<Participant> {
  h.clock.ms = Date.parse("2027-01-05T12:00:00Z") + week * 7 * DAY; // a Tuesday, 13:00 in Stockholm
  const p = await onboardedParticipant(h, suite.phone());
  const r = await p.record();
  await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: suite.w.teamA } });
  const deps = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, nudges: h.tillit.nudges, now: h.clock.now };
  await addSchedule(deps, suite.w.accounts.coordA.actor, r.conversations[0]!.id, { kind: "weekly", weekday: 3, time: "17:00", dialog: "check-in" });
  await p.received();
  const got = await suite.liveUntil(p, new Date(h.clock.ms + 29 * 60 * MINUTE).toISOString()); // Wednesday 18:00
  expect(got.map((m) => m.text).join(" ")).toMatch(/incheckning/);
  return p;
}

describe("check-ins that listen (texter17 #13)", () => {
  it("Malin: 'typ 11' to 'Har du tid för en kort incheckning nu?' is a mood past the scale, not a skip; 'jk 7' answers it", async () => {
    let week = 0;
    for (const [over, then] of [["typ 11", "jk 7"], ["11", "ok 7"], ["elva lol", "7"]] as const) {
      const p = await offered(week++);
      const reply = await say(p, over);
      expect(reply, over).not.toMatch(/hoppar över|skip/i);
      expect(reply, over).toMatch(/Över skalan|Mer än skalan/);
      const next = await say(p, then);
      expect(next, then).not.toMatch(NOT_UNDERSTOOD);
      expect(next, then).toMatch(/7:a|inte lägre/);
    }
  });

  it("after a yes to the offer the scale question has no second 'Hej', and 'jag är trött men ok' is thanked for, not asked as if unsaid", async () => {
    const p = await offered(3);
    const yes = await say(p, "1");
    expect(yes).not.toMatch(/^Hej/);
    expect(yes).toMatch(/1-10/);
    const q = await offered(4);
    const told = await say(q, "nu han sover. jag är trött men ok");
    expect(told).not.toMatch(/^Hej/);
    expect(told).toMatch(/Tack för att du berättar|Okej, tack/);
  });

  it("'sov typ 3h' inside the check-in tells the night: 'Hur har du sovit?' is not asked after it", async () => {
    let week = 5;
    for (const slept of ["sov typ 3h", "sov bara 4 timmar", "sovit typ fem timmar"]) {
      const p = await offered(week++);
      await say(p, "1");
      await say(p, "6");
      const r1 = await say(p, slept);
      // The screen may offer a person for a short night; answered, the check-in goes on past the sleep question.
      const r2 = /Vill du att/.test(r1) ? await say(p, "nej") : r1;
      expect(`${r1} ${r2}`, slept).not.toMatch(/Hur har du sovit/);
      expect(`${r1} ${r2}`, slept).toMatch(/ätit|rört på dig/);
    }
  });
});

describe("onboarding answers said sideways (texter17 #17)", () => {
  /** A newcomer at the time question (consent yes, name given). */
  async function atTimeQuestion(name: string): Promise<Participant> {
    const p = suite.newcomer();
    await say(p, "hej");
    await say(p, "ja");
    expect(await say(p, name)).toMatch(/Vilken tid/);
    return p;
  }
  const timesOf = async (p: Participant) => JSON.parse((await p.record()).preferredTimes ?? "null") as string[] | null;

  it("Filip: 'whatever' / 'kvittar' / 'idc' to the time question is any time", async () => {
    for (const said of ["whatever", "kvittar", "idc", "wtv", "när som helst"]) {
      const p = await atTimeQuestion("Filip");
      const reply = await say(p, said);
      expect(reply, said).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, said).toMatch(/Vilket språk/);
      expect(await timesOf(p), said).toEqual(["morning", "afternoon", "evening"]);
    }
  });

  it("'typ' after a miss is asked again with the question alone, not taken as the skip", async () => {
    const p = await atTimeQuestion("Filip");
    expect(await say(p, "banan")).toMatch(/förstod inte riktigt/);
    const again = await say(p, "typ");
    expect(again).not.toMatch(/hoppar över/);
    expect(again).toMatch(/^Vilken tid/);
    expect(await say(p, "kväll")).toMatch(/Vilket språk/);
    expect(await timesOf(p)).toEqual(["evening"]);
  });

  it("Malin: '4' to the language question right after the time question is the time's fourth choice, said a step late", async () => {
    const p = await atTimeQuestion("Malin");
    expect(await say(p, "natt lol")).toMatch(/Vilket språk/);
    const reply = await say(p, "4");
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).toMatch(/vilken tid som helst/);
    expect(reply).toMatch(/Vilket språk/);
    expect(await timesOf(p)).toEqual(["morning", "afternoon", "evening"]);
    expect(await say(p, "svenska")).toMatch(/Vad vill du göra/);
  });
});

describe("'skriver sen' puts off a check-in due soon (texter17 #13)", () => {
  it("Yasmin: 'min son är sjuk, skriver sen' forty minutes before the check-in: it comes hours later, not at once", async () => {
    let week = 20;
    for (const said of ["min son är sjuk, feber. skriver sen", "hörs senare", "ttyl, busy rn"]) {
      h.clock.ms = Date.parse("2027-01-05T12:00:00Z") + week++ * 7 * DAY; // Tuesday 13:00
      const p = await onboardedParticipant(h, suite.phone());
      const r = await p.record();
      await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: suite.w.teamA } });
      const deps = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, nudges: h.tillit.nudges, now: h.clock.now };
      await addSchedule(deps, suite.w.accounts.coordA.actor, r.conversations[0]!.id, { kind: "weekly", weekday: 3, time: "17:00", dialog: "check-in" });
      await p.received();
      h.clock.ms += 27 * 60 * MINUTE + 20 * MINUTE; // Wednesday 16:20
      await say(p, said);
      const soon = await suite.liveUntil(p, new Date(h.clock.ms + 2 * 60 * MINUTE).toISOString()); // 18:20
      expect(soon.map((m) => m.text).join(" "), said).not.toMatch(/incheckning/);
      const later = await suite.liveUntil(p, new Date(h.clock.ms + 3 * 60 * MINUTE).toISOString()); // 21:20
      expect(later.map((m) => m.text).join(" "), said).toMatch(/incheckning/);
    }
  });
});

describe("a burst of fragments (texter17 #15)", () => {
  it("Amanda, Friday night: 'asså' / 'jag' / 'vet inte' get one not-understood line, then one short presence line", async () => {
    for (const [language, burst] of [
      ["sv", ["asså", "jag", "vet inte"]],
      ["sv", ["eh", "typ", "nä"]],
      ["en", ["like", "idk", "ugh"]],
    ] as const) {
      const p = await suite.onTeam(language, "Amanda");
      h.clock.advance(7 * DAY);
      const replies: string[] = [];
      for (const said of burst) replies.push(await say(p, said, 10_000));
      const notUnderstood = replies.filter((r) => NOT_UNDERSTOOD.test(r));
      expect(notUnderstood.length, replies.join(" | ")).toBeLessThanOrEqual(1);
      // The time the team reads is said at most once in the burst.
      expect(replies.filter((r) => /läser det|reads it|will read/.test(r)).length, replies.join(" | ")).toBeLessThanOrEqual(1);
      for (let i = 1; i < replies.length; i++) if (replies[i]) expect(replies[i], replies.join(" | ")).not.toBe(replies[i - 1]);
      // The burst is answered from its first message, with one line at most that Tillit is reading; a fragment after
      // it that says nothing new waits for the rest of the sentence (texter18 #5, nights-and-bursts-18).
      expect(replies[0], burst.join(" ")).not.toBe("");
      expect(replies.filter((r) => /Jag läser|Jag är med\. Ta den tid|I'm reading|I'm with you/.test(r)).length, replies.join(" | ")).toBeLessThanOrEqual(1);
    }
  });
});
