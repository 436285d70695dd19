// The eleventh young tester's concern replies, check-ins and hand-backs (texter18 #11, #13, #15, #17). A mother
// with no food on a Sunday night asked "vem kan hjälpa mig idag" and got "Ja." and the same offer a second time;
// her "ok tack" was taken as a yes, and the yes ended with Självmordslinjen. A 17-year-old's missed dinner got 112
// and the adult's route to försörjningsstöd.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { addMeeting } from "../../bot/staff/meetings.js";

const suite = transcriptSuite(781800000, { clock: "none", staff: true });
let h: Harness;
beforeAll(() => {
  h = suite.h;
});

const SUNDAY_2011 = Date.parse("2026-11-29T19:11:00Z");
const THURSDAY_2215 = Date.parse("2026-11-26T21:15:00Z");
const FOOD = "pengar slut och det finns bara välling kvar till min son, jag har inte ätit sen igår";

async function withFoodOffer(language: "sv" | "en" = "sv", name = "Aisha") {
  h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
  const p = await suite.onTeam(language, name);
  h.clock.ms = SUNDAY_2011;
  const first = (await p.say(language === "sv" ? FOOD : "the money is gone and there is only a little food for my son, i havent eaten since yesterday")).join(" ");
  expect(first).toMatch(/socialjour/);
  return p;
}

describe("no food on a Sunday night, the offer of a person open (texter18 #11)", () => {
  it("'vem kan hjälpa mig idag' is answered with who, not 'Ja.', and the offer is not asked a second time in a row", async () => {
    for (const q of ["vem kan hjälpa mig idag", "vart kan jag få hjälp ikväll", "hur får jag hjälp idag", "men vem ringer jag för hjälp nu"]) {
      const p = await withFoodOffer();
      const reply = (await p.say(q)).join(" ");
      expect(reply, q).not.toMatch(/^Ja\b/);
      expect(reply, q).toMatch(/socialjour/i);
      expect(reply, q).not.toMatch(/Ska jag be|Vill du att (Maja|teamet) hör av sig\?|hör av sig om det\?/);
    }
    for (const q of ["who can help me tonight", "where can i get help today"]) {
      const p = await withFoodOffer("en", "Sam");
      const reply = (await p.say(q)).join(" ");
      expect(reply, q).not.toMatch(/^Yes\b/);
      expect(reply, q).toMatch(/socialjouren/i);
      expect(reply, q).not.toMatch(/Should I ask|Would you like (Maja|the team) to get in touch\?/);
    }
  });

  it("'ok tack' after the answer is thanks, not a yes: no request made, the door named; a plain yes still is one", async () => {
    for (const thanks of ["ok tack", "okej tack så mycket", "tack", "tackar"]) {
      const p = await withFoodOffer();
      await p.say("vem kan hjälpa mig idag");
      const reply = (await p.say(thanks)).join(" ");
      expect(reply, thanks).not.toMatch(/Jag har bett/);
      expect(reply, thanks).toMatch(/prata med en människa/);
      expect((await suite.conversationOf(p)).status, thanks).not.toBe("waiting");
    }
    const en = await withFoodOffer("en", "Sam");
    await en.say("who can help me tonight");
    expect((await en.say("ok thanks")).join(" ")).not.toMatch(/I have asked/);
    const yes = await withFoodOffer();
    await yes.say("vem kan hjälpa mig idag");
    expect((await yes.say("ja")).join(" ")).toMatch(/Jag har bett (Maja|teamet)/);
  });

  it("a yes to the offer after hours for food ends with socialjouren, not Självmordslinjen", async () => {
    for (const yes of ["ja", "ja tack", "gärna"]) {
      const p = await withFoodOffer();
      const reply = (await p.say(yes)).join(" ");
      expect(reply, yes).toMatch(/Jag har bett (Maja|teamet)/);
      expect(reply, yes).not.toMatch(/Självmordslinjen|90101|för tungt/);
      expect(reply, yes).toMatch(/socialjouren/);
    }
    const en = await withFoodOffer("en", "Sam");
    const reply = (await en.say("yes")).join(" ");
    expect(reply).not.toMatch(/Självmordslinjen|90101/);
    expect(reply).toMatch(/socialjouren/);
  });
});

describe("a 17-year-old's missed dinner at night (texter18 #11)", () => {
  async function seventeen() {
    h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
    const p = await suite.onTeam("sv", "Noel");
    await p.say("jag e 17");
    h.clock.ms = THURSDAY_2215;
    return p;
  }

  it("gets no 112 and no adult's route to försörjningsstöd for a missed meal; a yes gets BRIS, not Självmordslinjen", async () => {
    for (const said of ["jag har inte ätit middag", "har inte ätit nån middag ikväll", "har int ätit lunch idag"]) {
      const p = await seventeen();
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(/112|nödprövning|försörjningsstöd/);
      const yes = (await p.say("ja")).join(" ");
      if (/Jag har bett/.test(yes)) {
        expect(yes, said).toMatch(/BRIS/);
        expect(yes, said).not.toMatch(/Självmordslinjen|försörjningsstöd/);
      }
    }
  });

  it("no food at home at all: the adults around first, socialjouren if home is not safe, BRIS; never försörjningsstöd", async () => {
    const p = await seventeen();
    const reply = (await p.say("det finns ingen mat hemma och jag har inte ätit idag")).join(" ");
    expect(reply).toMatch(/vuxen/);
    expect(reply).toMatch(/BRIS/);
    expect(reply).not.toMatch(/nödprövning|försörjningsstöd/);
  });
});

const DAY = 86_400_000;

/** Kim takes over, proposes a walk on Friday, books it and hands back; on the day it is called off. */
async function walkCalledOff(language: "sv" | "en" = "sv"): Promise<Participant> {
  h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
  const p = await suite.onTeam(language, language === "sv" ? "Hugo" : "Sam");
  const id = (await suite.conversationOf(p)).id;
  const kim = suite.w.accounts.coordA2.actor;
  const d = suite.staffDeps();
  h.clock.ms = Date.parse("2026-11-24T09:15:00Z");
  await assignConversation(d, kim, id, kim.id);
  await takeOver(d, kim, id);
  await replyAsCoordinator(d, kim, id, "Hej! Kim här från teamet. Vill du ta en promenad på fredag kl 13 vid stationen?");
  await p.received();
  await addMeeting(d, kim, id, { startsAt: "2026-11-27T13:00:00+01:00", location: "Stationen", alreadyAgreed: true });
  await handBack(d, kim, id);
  await p.received();
  h.clock.ms = Date.parse("2026-11-27T08:50:00Z"); // Friday 09:50
  await p.say(language === "sv" ? "hej sorry men kan inte komma idag" : "hey sorry cant make it today");
  return p;
}

describe("after a walk called off and a hand-back (texter18 #15)", () => {
  it("'säg till kim' after something told passes it on to Kim, said so; in other words and in English too", async () => {
    for (const said of ["säg till kim", "kan du säga det till kim", "berätta för henne", "skicka det vidare till kim tack"]) {
      const p = await walkCalledOff();
      await p.say("mår inte så bra");
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).toMatch(/skick\w* (det )?vidare till Kim/);
      expect(reply, said).not.toMatch(/förstår inte allt|hänger inte/);
    }
    const en = await walkCalledOff("en");
    await en.say("not feeling great");
    expect((await en.say("tell kim")).join(" ")).not.toMatch(/don't understand everything|not quite following/);
  });

  it("back weeks later: 'har inte svarat pga allt e bara jobbigt' is welcomed, never 'din fråga'; 'tror kim e sur på mig' gets a no", async () => {
    for (const [away, mad] of [
      ["har inte svarat pga allt e bara jobbigt", "tror kim e sur på mig"],
      ["sorry har inte svarat för allt har varit tungt", "kim e nog arg på mig"],
      ["har inte orkat svara eftersom jag mått dåligt", "undrar om kim blev sur"],
    ]) {
      const p = await walkCalledOff();
      h.clock.advance(16 * DAY);
      await p.say("e du kvar");
      const back = (await p.say(away!)).join(" ");
      expect(back, away).not.toMatch(/din fråga|Den frågan|förstår inte allt|hänger inte/);
      expect(back, away).toMatch(/okej|Inget konstigt|Inget att be om ursäkt/);
      const reply = (await p.say(mad!)).join(" ");
      expect(reply, mad).toMatch(/^Nej/);
      expect(reply, mad).not.toMatch(/Skriv gärna mer/);
    }
    const en = await walkCalledOff("en");
    h.clock.advance(16 * DAY);
    await en.say("u still there");
    expect((await en.say("havent answered cause everything is a lot")).join(" ")).not.toMatch(/your question|don't understand everything/);
    expect((await en.say("i think kim is mad at me")).join(" ")).toMatch(/^No/);
  });
});

describe("how often the check-in asks (texter18 #13)", () => {
  const WISHES = ["kan du fråga hur jag mår typ varannan vecka istället", "kan du kolla läget varannan vecka", "fråga mig typ en gång i månaden istället", "kan du fråga mer sällan"];
  const WHYS = ["varför du frågar samma varje vecka", "varför frågar du hela tiden", "varför frågar du samma sak igen"];

  it("a wish to be asked less often goes to the coordinator and is said to; never the 1-10 scale; in a check-in, while waiting, in English", async () => {
    for (const wish of WISHES) {
      const p = await suite.onTeam("sv", "Tove");
      const reply = (await p.say(wish)).join(" ");
      expect(reply, wish).not.toMatch(/skala|1-10|förstår inte allt|Tack för att du berättar/);
      expect(reply, wish).toMatch(/skickat/);
      expect((await suite.conversationOf(p)).status, wish).toBe("waiting");
    }
    const inCheckIn = await suite.onTeam("sv", "Tove");
    await inCheckIn.say("kolla läget");
    expect((await inCheckIn.say(WISHES[0]!)).join(" ")).not.toMatch(/skala|1-10/);
    const waiting = await suite.onTeam("sv", "Tove");
    await waiting.say("prata med en människa");
    expect((await waiting.say(WISHES[1]!)).join(" ")).toMatch(/skickat/);
    const en = await suite.onTeam("en", "Sam");
    const reply = (await en.say("can u ask every other week instead")).join(" ");
    expect(reply).toMatch(/passed/);
    expect(reply).not.toMatch(/scale|1-10/);
  });

  it("'varför du frågar samma varje vecka' is answered (so the team knows how they are) with how to ask for less; in English too", async () => {
    for (const why of WHYS) {
      const p = await suite.onTeam("sv", "Aisha");
      const reply = (await p.say(why)).join(" ");
      expect(reply, why).toMatch(/ska veta|vet hur du/);
      expect(reply, why).toMatch(/sällan/);
      expect(reply, why).not.toMatch(/får se det här|förstår inte allt/);
    }
    const waiting = await suite.onTeam("sv", "Aisha");
    await waiting.say("prata med en människa");
    expect((await waiting.say(WHYS[0]!)).join(" ")).toMatch(/ska veta|vet hur du/);
    const en = await suite.onTeam("en", "Sam");
    expect((await en.say("why do u ask the same every week")).join(" ")).toMatch(/knows how you/);
  });
});

describe("a coordinator's promise to call, then a hand-back on a Saturday (texter18 #15)", () => {
  /**
   * Maja takes over on Saturday morning, writes `promise`, hands back with a question of Selma's unanswered; `told`, what
   * she was told at the hand-back (fix26a: that Tillit answers again, and that her question went on).
   */
  async function handedBackAfter(promise: string, language: "sv" | "en" = "sv"): Promise<Participant & { told: string }> {
    h.clock.ms = Date.parse("2026-11-23T12:00:00Z");
    const p = await suite.onTeam(language, language === "sv" ? "Selma" : "Sam");
    await p.say(language === "sv" ? "jag e 15" : "im 15");
    const id = (await suite.conversationOf(p)).id;
    const maja = suite.w.accounts.coordA.actor;
    const d = suite.staffDeps();
    h.clock.ms = Date.parse("2026-11-28T07:30:00Z"); // Saturday 08:30
    await assignConversation(d, maja, id, maja.id);
    await takeOver(d, maja, id);
    await replyAsCoordinator(d, maja, id, language === "sv" ? "Hej, Maja här. Var är du nu och är du okej?" : "Hi, Maja here. Where are you now, are you okay?");
    await p.received();
    h.clock.advance(40 * 60_000);
    await p.say(language === "sv" ? "hos en kompis" : "at a friends");
    await replyAsCoordinator(d, maja, id, promise);
    await p.received();
    h.clock.advance(10 * 60_000);
    await p.say(language === "sv" ? "måste ni anmäla nu" : "do u have to report it now");
    await handBack(d, maja, id);
    const told = (await p.received()).join(" ");
    h.clock.advance(30 * 60_000);
    return Object.assign(p, { told });
  }

  it("the bot does not say 'på måndag' over 'Jag ringer dig kl 11', nor offer the contact already promised", async () => {
    for (const promise of ["Bra att du är hos din kompis. Jag ringer dig kl 11 om det är ok?", "Okej. Jag hör av mig i eftermiddag, vi behöver prata om det som hände.", "Jag ringer upp dig strax efter lunch."]) {
      const p = await handedBackAfter(promise);
      // Told at the hand-back (fix26a) that what Maja wrote stands, and never "på måndag" over it, then or after.
      expect(p.told, promise).not.toMatch(/måndag|08:00/);
      expect(p.told, promise).toMatch(/Maja skrev till dig senast gäller/);
      const back = (await p.say("kmr jag få bo nån annanstans nu")).join(" ");
      expect(back, promise).not.toMatch(/måndag|08:00/);
      const next = (await p.say("jag vill inte att mamma får problem")).join(" ");
      expect(next, promise).not.toMatch(/Vill du att Maja hör av sig|hör av sig till dig\?/);
      expect(next, promise).toMatch(/Maja/);
    }
    const en = await handedBackAfter("Good that you're at a friend's. I'll call you at 11, ok?", "en");
    expect(en.told).toMatch(/still stands/);
    expect(en.told).not.toMatch(/Monday|08:00/);
    const back = (await en.say("will i have to live somewhere else now")).join(" ");
    expect(back).not.toMatch(/Monday|08:00/);
  });

  it("without a promise in the coordinator's words, when someone reads is still said", async () => {
    const p = await handedBackAfter("Okej, ta hand om dig så länge.");
    // Said at the hand-back (fix26a), not again at once.
    expect(p.told).toMatch(/måndag/);
  });
});

describe("'??' after the consent question was put twice (texter18 #17)", () => {
  it("says again, in a line, what is asked; the yes after it is still taken; in English too", async () => {
    for (const puzzled of ["??", "?", "va?", "hä??", "what?"]) {
      h.clock.ms = Date.parse("2026-11-24T18:00:00Z");
      const p = suite.newcomer();
      await p.say("hej");
      await p.say("hallå");
      const reply = (await p.say(puzzled)).join(" ");
      expect(reply, puzzled).toMatch(/spara det du skriver/);
      expect(reply, puzzled).toMatch(/ja eller nej/);
      expect((await p.say("ok ja")).join(" "), puzzled).toMatch(/kalla dig/);
    }
    const en = suite.newcomer();
    await en.say("hello");
    await en.say("hi");
    expect((await en.say("??")).join(" ")).toMatch(/keep what you write/);
  });
});

describe("'har inte jobbat förut' after a first job's news (texter18 #17)", () => {
  it("is met as no drawback, never 'förstår inte allt'; other wordings and English too; the question is not", async () => {
    for (const said of ["har inte jobbat förut", "har aldrig jobbat innan", "har int jobbat förut lol", "det e mitt första jobb typ"]) {
      const p = await suite.onTeam("sv", "Melvin");
      await p.say("fick jobbet på ica!!!");
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).toMatch(/alla (börjar|har ett första)/);
      expect(reply, said).not.toMatch(/förstår inte allt|hänger inte/);
    }
    const en = await suite.onTeam("en", "Sam");
    await en.say("got the job!!!");
    expect((await en.say("never worked before")).join(" ")).toMatch(/everyone/);
    const q = await suite.onTeam("sv", "Melvin");
    expect((await q.say("har du jobbat förut?")).join(" ")).not.toMatch(/alla (börjar|har ett första)/);
  });
});
