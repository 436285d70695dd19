// What a sixth young tester found (session 13): a check-in or an offer left open for hours took the next
// day's message as its answer ("avboka mötet på torsdag" met "Hur har du sovit?"), "måste jag gå på mötet
// på af?" was answered "Nej, Arbetsförmedlingen kan inte läsa det här", and small talk got cold lines.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";

const suite = officeHoursSuite(793400000);
const { onboarded } = suite;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("a question left open for hours", () => {
  it("does not take the next day's message as its answer: a meeting cancelled is heard as that", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    expect((await p.say("vet inte")).join(" ")).toMatch(/Hur har du sovit\?/);
    suite.h.clock.advance(DAY);
    const reply = (await p.say("avboka mötet på torsdag")).join(" ");
    expect(reply).not.toMatch(/sovit|förstod inte/);
    expect(reply).toMatch(/hör av sig om tiden/);
    // What was answered is kept.
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 5 })]);
  });

  it("a greeting the next day is a greeting, and good news after it is good news, never the old question", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    suite.h.clock.advance(DAY + 3 * HOUR);
    const hello = (await p.say("hej")).join(" ");
    expect(hello).toMatch(/^Hej Sara!/);
    expect(hello).not.toMatch(/sovit|inte lägre/);
    const news = (await p.say("fick jobb!!")).join(" ");
    expect(news).not.toMatch(/sovit/);
    expect(news).toMatch(/kul|roligt|grattis/i);
  });

  it("at night, in English, 'I cannot sleep' is not taken for yesterday's question, nor skips it", async () => {
    const p = await onboarded("en");
    await p.say("check in");
    await p.say("6");
    await p.say("okay");
    expect((await p.say("not so good")).join(" ")).toMatch(/proper meal/);
    suite.h.clock.ms = Date.parse("2026-11-27T00:15:00Z");
    const reply = (await p.say("I cannot sleep")).join(" ");
    expect(reply).not.toMatch(/skip that one|moved around|proper meal|didn't quite get/);
    expect((await p.say("sorry for writing so late")).join(" ")).toMatch(/no need to apologise|nothing to be sorry about/i);
  });

  it("a yes/no offer left open from the day before does not swallow 'behöver hjälp med försörjningsstöd'", async () => {
    const p = await onboarded();
    expect((await p.say("har inga pengar förrän den 25e")).join(" ")).toMatch(/hör av sig till dig\?/);
    // Heard, the offer standing (said to, not put again: leftovers-18).
    expect((await p.say("asså inte akut")).join(" ")).toMatch(/hör av sig till dig\?|står kvar|går inte ut/);
    suite.h.clock.advance(DAY);
    const reply = (await p.say("behöver hjälp med försörjningsstöd")).join(" ");
    expect(reply).not.toMatch(/Det är lugnt\. Skriv "prata med en människa"|förstår inte|hänger inte/);
    expect(reply).toMatch(/Vill du att någon (i teamet )?hör av sig/);
  });

  it("a clear answer still counts, and a few hours' pause just goes on", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    await p.say("vet inte");
    suite.h.clock.advance(5 * HOUR);
    expect((await p.say("avboka mötet på torsdag")).join(" ")).toMatch(/sovit/);
    suite.h.clock.advance(DAY);
    expect((await p.say("dåligt")).join(" ")).toMatch(/ätit/);
  });
});

describe("'måste jag gå på mötet på af?'", () => {
  it("is a question about an obligation: Tillit cannot decide it, a meeting at AF can matter, a person is offered; never 'Nej'", async () => {
    for (const [t, language] of [
      ["måste jag gå på mötet på af?", "sv"],
      ["måste jag gå?", "sv"],
      ["e jag tvungen att gå dit", "sv"],
      ["do i have to go to the meeting at the job centre?", "en"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/^Nej|kan inte läsa|can't read|doesn't see/);
      expect(reply, t).toMatch(language === "sv" ? /kan (inte jag avgöra|jag inte bestämma)/ : /can't decide|not mine to decide/);
      expect(reply, t).toMatch(/Arbetsförmedlingen/);
      expect(reply, t).toMatch(language === "sv" ? /Vill du att (jag ber )?någon i teamet hör/ : /someone on the team/);
      expect((await p.say(language === "sv" ? "ja" : "yes")).join(" "), t).toMatch(language === "sv" ? /teamet/ : /team/);
      expect((await suite.conversationOf(p)).status, t).toBe("waiting");
    }
  });

  it("'kan af läsa det här?' is still answered as who can read, and 'måste jag gå och lägga mig' is no meeting", async () => {
    const p = await onboarded();
    expect((await p.say("kan af läsa det här?")).join(" ")).toMatch(/Arbetsförmedlingen (kan inte läsa|ser inte)/);
    expect((await p.say("måste jag gå och lägga mig")).join(" ")).not.toMatch(/avgöra|bestämma/);
  });
});

describe("small talk said to Tillit", () => {
  it("'hur mår du' gets a friendly, honest answer and the question back; 'bra' to it a glad word", async () => {
    for (const [t, language] of [["hur mår du", "sv"], ["hej hur mår du?", "sv"], ["how are you", "en"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(language === "sv" ? /program.*(Hur är det med dig|hur mår du)\?$/ : /program.*(How are you|How about you)\?$/);
      expect(reply, t).not.toMatch(/förstår inte|don't understand/);
      expect((await p.say(language === "sv" ? "bra" : "good")).join(" "), t).toMatch(/Skönt att höra|Vad bra|Good to hear|Glad to hear/);
    }
    const q = await onboarded();
    await q.say("hur mår du");
    expect((await q.say("dåligt")).join(" ")).toMatch(/Tråkigt att höra/);
  });

  it("'vad e ditt namn' gets the name the product uses for itself", async () => {
    for (const [t, language] of [["vad e ditt namn", "sv"], ["vad heter du", "sv"], ["whats your name", "en"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(/Tillit/);
      expect(reply, t).not.toMatch(/Vill du något särskilt|not quite following/);
    }
  });

  // "ingen har hört av sig på en vecka", which the screen hears as lonely, is loneliness: leftovers-15.test.ts.
  it("'varför svarar ingen' and 'ingen har svarat på en vecka' get a truthful answer: sorry, passed on, when, what if urgent", async () => {
    for (const [t, language] of [["varför svarar ingen", "sv"], ["ingen har svarat på en vecka", "sv"], ["why does nobody answer", "en"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/ensam är tungt|hänger inte|lonely/);
      expect(reply, t).toMatch(language === "sv" ? /Förlåt.*sagt till teamet|Förlåt.*vet teamet/ : /Sorry.*told the team|Sorry.*the team knows/);
      expect(reply, t).toMatch(language === "sv" ? /bråttom.*läser/ : /urgent.*reads/);
      expect((await suite.conversationOf(p)).status, t).toBe("waiting");
    }
  });

  it("'ok gn' and 'god natt' get a good night, never the same line twice in a row, waiting or not", async () => {
    const p = await onboarded();
    const first = (await p.say("ok gn")).join(" ");
    expect(first).toMatch(/natt|Sov gott/);
    const second = (await p.say("god natt")).join(" ");
    expect(second).toMatch(/natt|Sov gott/);
    expect(second).not.toBe(first);
    const q = await onboarded();
    await q.say("kan jag prata med nån");
    const waiting = (await q.say("ok gn")).join(" ");
    expect(waiting).toMatch(/God natt|Sov gott/);
    expect(waiting).not.toMatch(/får se det här/);
  });

  it("'tråkigt idag' gets a short human reply; 'I miss home' a warm acknowledgement", async () => {
    for (const [t, language] of [["tråkigt idag", "sv"], ["har så tråkigt", "sv"], ["bored", "en"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(/sega|drag|slow days/);
      expect(reply, t).not.toMatch(/bara ett program|just a program/);
    }
    for (const [t, language] of [["I miss home", "en"], ["saknar hemma", "sv"], ["längtar hem", "sv"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(/hemma|Hemlängtan|home|Homesickness/);
      expect(reply, t).not.toMatch(/didn't quite get|Vill du något särskilt|förstår inte/);
    }
  });

  it("back after eleven days, 'förlåt har varit dålig på att svara' is welcomed back without blame", async () => {
    const p = await onboarded();
    await p.say("hej");
    suite.h.clock.advance(11 * DAY);
    const reply = (await p.say("förlåt har varit dålig på att svara")).join(" ");
    expect(reply).toMatch(/Kul att du hör av dig|Välkommen tillbaka/);
    expect(reply).toMatch(/(Inget att|behöver inte) be om ursäkt/);
  });
});

describe("onboarding and 'vem e du'", () => {
  it("'That's what I'll call you.' never follows 'I didn't quite get that.'", async () => {
    const p = suite.newcomer();
    await p.say("Hello, I am Daria");
    await p.say("can we speak english");
    expect((await p.say("yes")).join(" ")).toMatch(/That's what I'll call you/);
    const retry = (await p.say("Daria")).join(" ");
    expect(retry).toMatch(/What time of day/);
    expect(retry).not.toMatch(/call you/);
  });

  it("'vem e du' while the consent is asked gets one question at most", async () => {
    const p = suite.newcomer();
    await p.say("👋");
    const reply = (await p.say("vem e du")).join(" ");
    expect(reply).toMatch(/Tillit/);
    // Since session 23 (fix23a) the consent's choices stay on the answer, the consent not put after every answer.
    expect(reply).toMatch(/\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
    expect(reply.split("?").length - 1).toBeLessThanOrEqual(1);
  });
});
