// The tenth young tester's waits and nights (texter17 #12, #16, #18): "e kim kvar" after Kim handed back got
// "Det kan teamet svara bättre på än jag … Kan det inte vänta? Ring 112"; a practical question after a false
// alarm was cleared got "You're not alone with this"; a follow-up appointment the day after a crisis got the
// numbers as a new alarm; a young mother with no food for her son on a Sunday night got three closing lines.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";

const suite = transcriptSuite(741790000, { clock: "none", staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});

const locales = loadLocales();
const MIN = 60_000;
const HOUR = 60 * MIN;
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now, locales });
const NUMBERS = /112|90101|116 ?111/;

async function onTeam(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
  return suite.onTeam(language, name);
}

/** A crisis at night, Kim takes over in the morning, writes, and hands back. */
async function handedBackByKim(p: Participant, crisis: string): Promise<void> {
  h.clock.ms = Date.parse("2026-11-25T01:42:00Z"); // Wednesday 02:42
  await p.say(crisis);
  h.clock.ms = Date.parse("2026-11-25T07:05:00Z");
  const id = (await suite.conversationOf(p)).id;
  const kim = w.accounts.coordA2.actor;
  await takeOver(staffDeps(), kim, id);
  await replyAsCoordinator(staffDeps(), kim, id, "Hej, Kim här. Jag har läst vad du skrev i natt. Var är du nu?");
  await p.received();
  h.clock.advance(40 * MIN);
  await p.say("hemma");
  await replyAsCoordinator(staffDeps(), kim, id, "Okej. Jag har bokat en tid åt dig på psykiatriska akutmottagningen kl 13, jag följer med om du vill.");
  await p.received();
  await handBack(staffDeps(), kim, id);
  await p.received();
}

describe("'e kim kvar' after a hand-back (texter17 #18)", () => {
  it("is answered from the record: yes, Kim is still on the team and reads along; no 112 tail", async () => {
    const p = await onTeam("sv", "Rasmus");
    await handedBackByKim(p, "vill inte leva längre");
    h.clock.advance(3 * HOUR);
    const reply = (await p.say("e kim kvar")).join(" ");
    expect(reply).toMatch(/Ja, Kim (är|finns) kvar/);
    expect(reply).not.toMatch(/svara bättre på än jag|Kan det inte vänta|Om det inte kan vänta|112/);
    h.clock.advance(2 * HOUR);
    await p.say("va händer nu");
    const again = (await p.say("är kim fortfarande kvar")).join(" ");
    expect(again).toMatch(/Ja, Kim (är|finns) kvar/);
    expect(again).not.toMatch(/Kan det inte vänta|Om det inte kan vänta/);
  });

  it("in English, and a name nobody from the team has is not answered as if it were theirs", async () => {
    const p = await onTeam("en", "Dan");
    await handedBackByKim(p, "i dont want to live anymore");
    h.clock.advance(3 * HOUR);
    expect((await p.say("is kim still there")).join(" ")).toMatch(/Yes, Kim is still on the team/);
    expect((await p.say("is anna still there")).join(" ")).not.toMatch(/Yes, Anna/);
  });
});

describe("the day after a crisis (texter17 #16)", () => {
  it("a follow-up appointment is good news acknowledged, not a new alarm with the numbers", async () => {
    const p = await onTeam("sv", "Rasmus");
    await handedBackByKim(p, "vill inte leva längre");
    h.clock.ms = Date.parse("2026-11-26T21:30:00Z"); // Thursday 22:30
    await p.say("var där igår");
    const reply = (await p.say("fick nån tid igen nästa vecka")).join(" ");
    expect(reply).not.toMatch(NUMBERS);
    expect(reply).not.toMatch(/överst/);
    expect(reply).toMatch(/tid/);
    expect(reply).not.toMatch(/Vad kul/);
    const q = await onTeam("en", "Dan");
    await handedBackByKim(q, "i dont want to live anymore");
    h.clock.ms = Date.parse("2026-11-26T21:30:00Z");
    const en = (await q.say("got another appointment next week")).join(" ");
    expect(en).toMatch(/appointment|booked/);
    expect(en).not.toMatch(NUMBERS);
  });

  it("a practical question after a false alarm was cleared gets its answer or a pass-on, not a crisis tail", async () => {
    const p = await onTeam("en", "Dan");
    h.clock.ms = Date.parse("2026-12-04T20:00:00Z"); // Friday 21:00
    await p.say("swedish grammar is gonna kill me");
    await p.say("en ett en ett i want to die 😂");
    await p.say("relax its a joke");
    const reply = (await p.say("anyway is there like a language cafe or something")).join(" ");
    expect(reply).not.toMatch(/not alone with this|I hear you\. Everything you write|Write more if you like/);
    expect(reply).toMatch(/question|ask/i);
    const q = await onTeam("sv", "Sixten");
    h.clock.ms = Date.parse("2026-12-04T20:00:00Z");
    await q.say("vill inte leva längre lol");
    await q.say("skojade");
    const sv = (await q.say("asså finns det nåt språkcafé eller nån kurs i svenska")).join(" ");
    expect(sv).toMatch(/fråga/);
    expect(sv).not.toMatch(/inte ensam med det här|Skriv gärna mer/);
  });
});

describe("no food tonight, on a Sunday (texter17 #12)", () => {
  it("after hours: the honest route for food that cannot wait (socialjouren via 112 or the municipality, nödprövning); 'kan man få hjälp snabb' is answered", async () => {
    const p = await onTeam("sv", "Yasmin");
    h.clock.ms = Date.parse("2026-11-29T19:40:00Z"); // Sunday 20:40
    await p.say("prata med en människa");
    const first = (await p.say("pengar är slut och det finns bara lite mat till min son, jag äter inte idag")).join(" ");
    expect(first).toMatch(/socialjour/);
    expect(first).toMatch(/nödprövning/);
    expect(first).not.toMatch(/matbank\w* (har )?öppet|öppet (till|mellan)/);
    await p.say("barnbidrag kommer den 20 men det är långt");
    const quick = (await p.say("kan man få hjälp snabb")).join(" ");
    expect(quick).toMatch(/^Ja/);
    expect(quick).toMatch(/socialjour/);
    expect(quick).not.toMatch(/^Uppfattat/);
    expect(quick).not.toBe(first);
    // Said in other words: the same route.
    const q = await onTeam("sv", "Nour");
    h.clock.ms = Date.parse("2026-11-29T20:10:00Z");
    await q.say("prata med en människa");
    for (const t of ["har inget att ge barnen att äta ikväll", "maten e slut och har inga pengar"]) {
      expect((await q.say(t)).join(" "), t).toMatch(/socialjour/);
    }
  });

  it("with nobody awaited yet: the route comes with the offer of a person, and 'kan man få hjälp snabb' is answered while the offer stands", async () => {
    const p = await onTeam("sv", "Yasmin");
    h.clock.ms = Date.parse("2026-11-29T19:41:00Z"); // Sunday 20:41
    const first = (await p.say("pengar är slut och det finns bara lite mat till min son, jag äter inte idag")).join(" ");
    expect(first).toMatch(/socialjouren/);
    expect(first).toMatch(/hör av sig/);
    await p.say("barnbidrag kommer den 20 men det är långt");
    const quick = (await p.say("kan man få hjälp snabb")).join(" ");
    expect(quick).toMatch(/^Ja/);
    expect(quick).toMatch(/socialjour/);
    expect(quick).not.toMatch(/förstår inte allt|hänger inte riktigt med/);
  });

  it("in office hours the same day's route (socialtjänsten, nödprövning); in English too", async () => {
    const p = await onTeam("en", "Yasmin");
    h.clock.ms = Date.parse("2026-11-30T09:00:00Z"); // Monday 10:00
    await p.say("talk to a person");
    const first = (await p.say("the money is gone and there is only a little food for my son, i dont eat today")).join(" ");
    expect(first).toMatch(/social services/i);
    const quick = (await p.say("can i get help fast")).join(" ");
    expect(quick).toMatch(/^Yes/);
  });
});
