// What the eighth young tester (texter15) found after a crisis, and at a hand-back:
// - #3: after a crisis a coordinator talked with her and handed back; then "tack för idag", "det va skönt att
//   nån svarade", "idag har jag bara kollat serier" and, nine days later, a first walk outside, each got "Jag är
//   bara ett program och förstår inte allt" and Självmordslinjen 90101 with 112, day after day. The numbers
//   belong to a heavy message or to the first reply after the hand-back, not to every message after it.
// - #4: the help numbers follow what happened: a home conflict at night gets BRIS for under-18s with 112, not
//   Självmordslinjen alone; a knife in a park is no violence "from someone close" (Kvinnofridslinjen).
// - #9: at a hand-back, messages the coordinator left unanswered ("nej inte ringa", "skriv bara", "när kommer
//   maja tillbaka") are passed on and said to be; "hallå?" after a night of violence gets no cheerful menu.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts); the clock Tuesday 14:00 in Stockholm before each test.
const suite = transcriptSuite(731590000, { clock: Date.parse("2026-11-24T13:00:00Z"), staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});

const locales = loadLocales();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now, locales });
const NUMBERS = /112|90101|1177|116 ?111/;

/** Someone past onboarding on team Nord (the suite's onTeam), a minute on. */
async function inTeamNord(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  const p = await suite.onTeam(language, name);
  h.clock.advance(MINUTE);
  return p;
}
const conversationOf = (p: Participant) => suite.conversationOf(p);
async function say(p: Participant, text: string, after = MINUTE): Promise<string[]> {
  h.clock.advance(after);
  return p.say(text);
}

describe("after a crisis was handed back (texter15 #3)", () => {
  it("Saga: thanks, relief, an ordinary day and a first walk get no 'only a program' and no numbers; the first unclear message after the hand-back still gets them", async () => {
    const p = await inTeamNord("sv", "Saga");
    // Saturday 02:51: the pills; the crisis reply gives every number.
    h.clock.ms = Date.parse("2026-11-28T01:51:00Z");
    expect((await say(p, "har samlat ihop alla tabletter jag har typ. bara så jag vet att dom finns")).join(" ")).toMatch(/90101/);
    // Saturday morning: Kim takes over, talks with her, hands back.
    h.clock.ms = Date.parse("2026-11-28T08:40:00Z");
    const id = (await conversationOf(p)).id;
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej Saga, det är Kim. Jag läste det du skrev i natt. Hur har du det nu?");
    await p.received();
    await say(p, "jag mår bättre nu. sov lite", 50 * MINUTE);
    await say(p, "jag gav dom till min syster");
    await replyAsCoordinator(staffDeps(), kim, id, "Vad bra att du gav dem till din syster. Jag hör av mig på måndag. Om det blir tungt igen: ring 90101 eller 112.");
    await p.received();
    await handBack(staffDeps(), kim, id);
    // Saturday 21:30.
    h.clock.ms = Date.parse("2026-11-28T20:30:00Z");
    const said: string[] = [];
    for (const text of ["tack för idag", "det va skönt att nån svarade"]) said.push((await say(p, text)).join(" "));
    h.clock.ms = Date.parse("2026-11-29T16:00:00Z"); // Sunday 17:00
    said.push((await say(p, "idag har jag bara kollat serier")).join(" "));
    // A question for Kim is passed on (the conversation now waits for a person), with no numbers glued on.
    said.push((await say(p, "e kim där imorgon")).join(" "));
    h.clock.ms = Date.parse("2026-12-06T22:30:00Z"); // a week later, Sunday 23:30
    for (const text of ["hej! har varit ute o gått idag för första gången på länge", "tänkte bara säga det"]) said.push((await say(p, text)).join(" "));
    for (const r of said) {
      expect(r, r).not.toMatch(NUMBERS);
      expect(r, r).not.toMatch(NOT_UNDERSTOOD);
      expect(r.length, r).toBeGreaterThan(0);
    }
    expect(said[0]).toMatch(/Varsågod|fint/);
    for (let i = 1; i < said.length; i++) expect(said[i], said[i]).not.toBe(said[i - 1]);
  });

  it("a message no rule reads, first after the hand-back: raised for the team with the numbers once; the next one is raised without them", async () => {
    const p = await inTeamNord();
    h.clock.ms = Date.parse("2026-11-28T01:51:00Z");
    await say(p, "vill bara försvinna");
    h.clock.ms = Date.parse("2026-11-28T08:40:00Z");
    const id = (await conversationOf(p)).id;
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej, Kim här. Jag läste det du skrev. Hur är det nu?");
    await p.received();
    await say(p, "lite bättre", 20 * MINUTE);
    await replyAsCoordinator(staffDeps(), kim, id, "Skönt att höra. Jag hör av mig på måndag.");
    await p.received();
    await handBack(staffDeps(), kim, id);
    h.clock.ms = Date.parse("2026-11-28T21:00:00Z");
    const first = (await say(p, "men om jag inte klarar det")).join(" ");
    expect(first).toMatch(/90101/);
    expect((await conversationOf(p)).priority).toBe("concern");
    const second = (await say(p, "har dom fortfarande kvar", 2 * MINUTE)).join(" ");
    expect(second).not.toMatch(NUMBERS);
    expect(second.length).toBeGreaterThan(0);
    // Heavy again: the numbers, as always.
    expect((await say(p, "orkar inte mer, vill bara försvinna", 2 * MINUTE)).join(" ")).toMatch(/90101|112/);
  });
});

describe("at a hand-back, what the coordinator left unanswered (texter15 #9)", () => {
  it("Alva: 'nej inte ringa', 'skriv bara' after Maja's question, then the hand-back: 'hallå?' gets no menu; her messages go to a person again, and she is told", async () => {
    const p = await inTeamNord("sv", "Alva");
    h.clock.ms = Date.parse("2026-12-02T23:42:00Z"); // Thursday 00:42
    expect((await say(p, "nej han slår inte mig. inte idag iaf")).join(" ")).toMatch(/112/);
    h.clock.ms = Date.parse("2026-12-03T07:20:00Z"); // 08:20
    const id = (await conversationOf(p)).id;
    const maja = w.accounts.coordA.actor;
    await takeOver(staffDeps(), maja, id);
    await replyAsCoordinator(staffDeps(), maja, id, "God morgon Alva. Jag såg vad du skrev i natt. Hur är det nu? Är du hemma?");
    await p.received();
    expect(await say(p, "ja. han har gått till jobbet", 2 * HOUR)).toEqual([]);
    h.clock.advance(20 * MINUTE);
    await replyAsCoordinator(staffDeps(), maja, id, "Jag vill prata med dig först, innan något annat. Kan jag ringa dig kl 11?");
    await p.received();
    expect(await say(p, "nej inte ringa", 10 * MINUTE)).toEqual([]);
    expect(await say(p, "skriv bara")).toEqual([]);
    await handBack(staffDeps(), maja, id);
    const [reply, ...more] = await say(p, "hallå?", 3 * HOUR);
    expect(more).toEqual([]);
    expect(reply).toMatch(/^Det är Tillit, boten/);
    expect(reply).toMatch(/Maja hann inte svara på det du skrev sist/);
    expect(reply).not.toMatch(/Vad vill du göra|Kolla läget|förstår inte/);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting" });
  });

  it("Jamal: Kim hands back with 'när kommer maja tillbaka' unanswered; 'okej' names Kim alone, with no 'only a program' and no numbers", async () => {
    const p = await inTeamNord("sv", "Jamal");
    const id = (await conversationOf(p)).id;
    await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { coordinatorId: w.accounts.coordA.id } });
    h.clock.ms = Date.parse("2026-12-07T16:31:00Z");
    await say(p, "de sa saker igen i parken idag och en av dem hade kniv");
    h.clock.ms = Date.parse("2026-12-08T07:15:00Z");
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej Jamal, jag heter Kim och jobbar med Maja. Hon är sjuk idag. Är du säker nu?");
    await p.received();
    await say(p, "ja jag är hemma", HOUR);
    await say(p, "när kommer maja tillbaka");
    await handBack(staffDeps(), kim, id);
    const reply = (await say(p, "okej", 2 * HOUR)).join(" ");
    expect(reply).toMatch(/Kim hann inte svara/);
    expect(reply).not.toMatch(/Maja/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).not.toMatch(NUMBERS);
  });

  it("a nod or thanks left unanswered is no message to pass on: 'tack kim' still gets the one warm line", async () => {
    const p = await inTeamNord();
    const id = (await conversationOf(p)).id;
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej, Kim här. Vi ses på tisdag!");
    await p.received();
    expect(await say(p, "ok")).toEqual([]);
    await handBack(staffDeps(), kim, id);
    expect(await say(p, "tack kim", HOUR)).toEqual(['Varsågod! Nu är det jag, Tillit, boten, som svarar igen. Vill du nå Kim, skriv "prata med en människa".']);
    expect(await conversationOf(p)).toMatchObject({ status: "bot" });
  });
});

describe("help numbers that fit what happened (texter15 #4)", () => {
  const KVINNOFRID = /Kvinnofridslinjen|020-50 50 50/;

  it("a knife shown in the park, told while a crisis flag stands: 112, the police and BRIS, not Kvinnofridslinjen", async () => {
    const p = await inTeamNord("sv", "Jamal");
    h.clock.ms = Date.parse("2026-12-07T16:30:00Z"); // Monday 17:30
    await say(p, "vill bara försvinna");
    const [reply, ...more] = await say(p, "de sa saker igen i parken idag och en av dem hade kniv");
    expect(more).toEqual([]);
    expect(reply).not.toMatch(KVINNOFRID);
    expect(reply).toMatch(/112/);
    expect(reply).toMatch(/114 14/);
    expect(reply).toMatch(/BRIS 116 111/);
  });

  it("threatened with a knife at school, first told: no Kvinnofridslinjen and no question about who reads the phone; in English too", async () => {
    const p = await inTeamNord();
    const replies = await say(p, "de hotade mig med kniv i skolan");
    expect(replies).toHaveLength(2);
    expect(replies.join(" ")).not.toMatch(KVINNOFRID);
    expect(replies.join(" ")).not.toMatch(/\n1\. Ja/);
    expect(replies[0]).toMatch(/^Är du i fara nu: ring 112\. .*BRIS 116 111.*polisen 114 14.*Tack för att du berättar, det är inte ditt fel\.$/);
    const q = await inTeamNord("en");
    const [first] = await say(q, "some guys beat me up in the park");
    expect(first).not.toMatch(KVINNOFRID);
    expect(first).toMatch(/police on 114 14/);
  });

  it("violence from someone close keeps Kvinnofridslinjen and the phone question", async () => {
    const p = await inTeamNord();
    const replies = await say(p, "min pojkvän slog mig igår");
    expect(replies[0]).toMatch(KVINNOFRID);
    expect(replies.at(-1)).toMatch(/\n1\. Ja\n2\. Nej$/);
  });

  it("a row at home at night, told while waiting for a person: 112 with socialjouren and BRIS, not Självmordslinjen", async () => {
    const p = await inTeamNord("sv", "Alva");
    h.clock.ms = Date.parse("2026-12-02T14:00:00Z"); // Wednesday 15:00
    await say(p, "kan jag prata med en människa");
    h.clock.ms = Date.parse("2026-12-02T23:40:00Z"); // Thursday 00:40
    const reply = (await say(p, "det e bråk hemma igen")).join(" ");
    expect(reply).toMatch(/112/);
    expect(reply).toMatch(/BRIS 116 111/);
    expect(reply).not.toMatch(/90101|Självmordslinjen/);
  });

  it("a row at home at night, then yes to the offer of a person: where help is meanwhile is 112, socialjouren and BRIS, not Självmordslinjen", async () => {
    const p = await inTeamNord();
    h.clock.ms = Date.parse("2026-12-02T23:40:00Z"); // Thursday 00:40
    expect((await say(p, "det e bråk hemma igen")).join(" ")).toMatch(/\n1\. Ja/);
    const yes = (await say(p, "ja")).join(" ");
    expect(yes).toMatch(/112/);
    expect(yes).toMatch(/socialjouren/);
    expect(yes).toMatch(/BRIS 116 111/);
    expect(yes).not.toMatch(/90101|Självmordslinjen/);
  });
});

describe("a yes to the coordinator's last words, after a false alarm was handed back (texter15 #3, Ida)", () => {
  it("'okej ja' to 'Jag kan sitta med.' goes to Maja and is said to, not 'Vad skönt att höra' or 'only a program'", async () => {
    const p = await inTeamNord("sv", "Ida");
    const id = (await conversationOf(p)).id;
    await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { coordinatorId: w.accounts.coordA.id } });
    h.clock.ms = Date.parse("2026-11-26T12:30:00Z"); // Thursday 13:30
    await say(p, "vill bara försvinna");
    const maja = w.accounts.coordA.actor;
    await takeOver(staffDeps(), maja, id);
    await replyAsCoordinator(staffDeps(), maja, id, "Du ansöker om försörjningsstöd, och det finns nödprövning om det är akut. Jag kan sitta med.");
    await p.received();
    await handBack(staffDeps(), maja, id);
    const reply = (await say(p, "okej ja", 30 * MINUTE)).join(" ");
    expect(reply).toMatch(/ditt svar till Maja/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).not.toMatch(/skönt att höra|90101/);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting" });
  });
});
