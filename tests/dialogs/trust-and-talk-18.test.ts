// What the eleventh young tester (session 18, texter18) found around trust questions and talk about the bot
// (#7, #8, #16, #17): whether Kim is a real person, a young parent asking whether soc takes her child, a question
// about changing schools met with the privacy answer, what the bot feels or does all day, "orkar inte skriva nu" and
// "förlåt att jag skriver söndag". Each shape is tested with a small corpus of ways of saying it (slang, typos,
// English), not one sentence. (A meeting called off in casual words, #9: casual-cancel-18.test.ts.)
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

const MINUTE = 60_000;
const suite = transcriptSuite(731818300, { staff: true });
const NOT_UNDERSTOOD = /bara ett program|förstår inte allt|hänger inte riktigt med|förstod inte|only a program|don't understand everything|didn't quite get|not quite following/i;

const say = (p: Participant, text: string, after = MINUTE) => p.sayLater(text, after);

/** Kim (on the team, not the named coordinator) takes over, writes, and hands back; ten minutes pass. */
async function kimWrote(p: Participant): Promise<void> {
  const d = suite.staffDeps();
  const kim = suite.w.accounts.coordA2.actor;
  const id = (await suite.conversationOf(p)).id;
  await assignConversation(d, kim, id, kim.id);
  await takeOver(d, kim, id);
  await replyAsCoordinator(d, kim, id, "Hej! Kim här, ville bara säga hej.");
  await handBack(d, kim, id);
  suite.h.clock.advance(10 * MINUTE);
  await p.received();
}

/** How many times one message tells the way to reach a person ('skriv "människa"', 'write "talk to a person"'). */
const howToReach = (reply: string) => (reply.match(/(skriv|write)[^."]*"(prata med en )?(människa|talk to a person)"/gi) ?? []).length;

describe("is Kim a real person (texter18 #7)", () => {
  it("asked in many words after Kim wrote and handed back: a yes, Kim named, never 'Självklart, jag säger till Kim'", async () => {
    for (const [language, asked] of [
      ["sv", "e kim en riktig person"],
      ["sv", "finns kim på riktigt"],
      ["sv", "är kim en människa?"],
      ["sv", "kim e väl en bot?"],
      ["sv", "e kim ens på riktigt"],
      ["en", "is kim a real person"],
      ["en", "is kim even real"],
      ["en", "is kim a bot?"],
    ] as const) {
      const p = await suite.onTeam(language, "Colin");
      await kimWrote(p);
      const reply = await say(p, asked);
      expect(reply, asked).toMatch(language === "sv" ? /\bJa\b/ : /\bYes\b/);
      expect(reply, asked).toMatch(/Kim/);
      expect(reply, asked).toMatch(language === "sv" ? /människa/ : /person/);
      expect(reply, asked).not.toMatch(/Självklart|Of course|säger till|I'll tell/);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
      expect(howToReach(reply), asked).toBeLessThanOrEqual(1);
      // Asked again a minute later: answered again, in other words.
      const again = await say(p, asked);
      expect(again, asked).toMatch(/Kim/);
      expect(again, asked).not.toBe(reply);
    }
  });

  it("'va det kim eller roboten som skrev' right after the hand-back: one answer, the way to a person said at most once", async () => {
    for (const [language, asked] of [
      ["sv", "va det kim eller roboten som skrev"],
      ["sv", "var det kim som skrev nyss?"],
      ["en", "was that kim or the bot"],
    ] as const) {
      const p = await suite.onTeam(language, "Vilma");
      await kimWrote(p);
      const reply = await say(p, asked);
      expect(reply, asked).toMatch(/Kim/);
      expect(howToReach(reply), asked).toBeLessThanOrEqual(1);
      expect(reply.match(/Tillit/g)?.length ?? 0, asked).toBeLessThanOrEqual(1);
    }
  });
});

describe("a young parent's trust questions (texter18 #8)", () => {
  it("'kan soc ta min dotter' is answered honestly and gently, not read as a mood, and promises nothing soc decides", async () => {
    for (const [language, asked] of [
      ["sv", "om jag säger att jag mår dåligt kan soc ta min dotter då"],
      ["sv", "kan soc ta mitt barn om jag säger att jag mår skit"],
      ["sv", "tar socialen min son om jag berättar att jag inte mår bra"],
      ["sv", "kommer soc ta min bebis då"],
      ["en", "if i say im not ok can social services take my daughter"],
      ["en", "will cps take my kid if i tell u im struggling"],
    ] as const) {
      const p = await suite.onTeam(language, "Fatima");
      const reply = await say(p, asked);
      expect(reply, asked).toMatch(language === "sv" ? /barn/ : /child/);
      expect(reply, asked).toMatch(language === "sv" ? /bestämmer/ : /decide/);
      expect(reply, asked).toMatch(language === "sv" ? /anmäla/ : /report/);
      expect(reply, asked).not.toMatch(/Tråkigt att höra|Sorry to hear/);
      expect(reply, asked).not.toMatch(/kommer inte ta|won't take|will not take|inget kommer hända|nothing will happen/i);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
    }
  });

  it("'skärmdumpar ni', 'hamnar det i nån journal': who sees and what is kept, answered", async () => {
    for (const [language, asked] of [
      ["sv", "skärmdumpar ni det jag skriver"],
      ["sv", "tar ni screenshots på det jag skriver?"],
      ["sv", "hamnar det i nån journal"],
      ["sv", "skrivs det här in i min journal?"],
      ["en", "do you screenshot what i write"],
      ["en", "does this go on my record?"],
    ] as const) {
      const p = await suite.onTeam(language, "Fatima");
      const reply = await say(p, asked);
      expect(reply, asked).toMatch(language === "sv" ? /sparas/ : /kept|saved/);
      expect(reply, asked).toMatch(language === "sv" ? /journal/ : /record/);
      expect(reply, asked).toMatch(language === "sv" ? /team/ : /team/);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
    }
  });

  it("'vet du om man kan byta skola' is a practical question, not the privacy answer ending in 'anmäla till soc'", async () => {
    for (const [language, asked] of [
      ["sv", "vet du om man kan byta skola mitt i terminen"],
      ["sv", "vet ni hur man byter skola?"],
      ["sv", "kan man byta skola mitt i året"],
      ["en", "do you know if i can switch schools mid term"],
    ] as const) {
      const p = await suite.onTeam(language, "Selma");
      const reply = await say(p, asked);
      expect(reply, asked).not.toMatch(/anmäla|soc\b|social services|report/i);
      expect(reply, asked).not.toMatch(/kan inte läsa|can't read|cannot read/);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
    }
    // Asked about the school seeing this, it is still the privacy answer.
    for (const [language, asked] of [
      ["sv", "kan skolan se det här?"],
      ["sv", "vet skolan om att jag skriver här?"],
      ["en", "does my school know about this?"],
    ] as const) {
      const p = await suite.onTeam(language, "Selma");
      expect(await say(p, asked), asked).toMatch(language === "sv" ? /[Ss]kolan/ : /school/);
    }
  });
});

describe("small talk about the bot itself (texter18 #16)", () => {
  it("'har du känslor', 'what do u even do all day': answered truthfully and warmly, with nothing going on and while a person is awaited", async () => {
    for (const [language, asked, about] of [
      ["sv", "har du känslor", /känn|känslor/],
      ["sv", "har du nån känsla typ", /känn|känslor/],
      ["sv", "kan du känna saker?", /känn|känslor/],
      ["en", "do u have feelings", /feel/],
      ["en", "can you feel anything", /feel/],
      ["sv", "vad gör du hela dagarna", /program/],
      ["sv", "vad gör du när ingen skriver", /program/],
      ["en", "what do u even do all day", /program/],
    ] as const) {
      const p = await suite.onTeam(language, "Ludvig");
      const free = await say(p, asked);
      expect(free, asked).toMatch(/program/);
      expect(free, asked).toMatch(about);
      expect(free, asked).not.toMatch(NOT_UNDERSTOOD);
      // While a person is awaited: the same kind of answer, not "Jag är kvar här".
      await say(p, language === "sv" ? "prata med en människa" : "talk to a person");
      const waiting = await say(p, asked);
      expect(waiting, asked).toMatch(/program/);
      expect(waiting, asked).not.toMatch(/Jag är kvar här|I'm still here/);
    }
  });
});

describe("not now, and sorry for the day (texter18 #17)", () => {
  // ("orkar inte skriva mer nu" and "too tired to write now" are read by the safety screen as heavy, and get the offer of a person.)
  it("'orkar inte skriva nu' is a not-now accepted warmly", async () => {
    for (const [language, said] of [
      ["sv", "orkar inte skriva nu"],
      ["sv", "orkar int skriva nu"],
      ["sv", "pallar inte skriva just nu"],
      ["en", "cant be bothered to text rn"],
      ["en", "dont feel like texting rn"],
    ] as const) {
      const p = await suite.onTeam(language, "Hugo");
      const reply = await say(p, said);
      expect(reply, said).toMatch(language === "sv" ? /okej|lugnt/i : /okay|fine/i);
      expect(reply, said).toMatch(language === "sv" ? /när du (orkar|vill)/ : /whenever|when you feel like/);
      expect(reply, said).not.toMatch(NOT_UNDERSTOOD);
    }
  });

  it("'förlåt att jag skriver söndag': they may write any day, any time", async () => {
    for (const [language, said] of [
      ["sv", "förlåt att jag skriver söndag"],
      ["sv", "sorry att jag skriver en söndag"],
      ["sv", "förlåt att jag skriver så sent"],
      ["sv", "ursäkta att jag skriver mitt i natten"],
      ["en", "sorry for texting on a sunday"],
    ] as const) {
      const p = await suite.onTeam(language, "Aisha");
      const reply = await say(p, said);
      expect(reply, said).toMatch(language === "sv" ? /när du vill|när som helst|vilken dag/ : /any time|anytime|whenever/);
      expect(reply, said).not.toMatch(NOT_UNDERSTOOD);
      // While a person is awaited too.
      await say(p, language === "sv" ? "prata med en människa" : "talk to a person");
      expect(await say(p, said), said).toMatch(language === "sv" ? /när du vill|när som helst|vilken dag/ : /any time|anytime|whenever/);
    }
  });
});
