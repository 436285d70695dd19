// What the sixth round of young testers left open (session 14): a name said while the consent waits, an
// emoji alone, an Arbetsförmedlingen letter told before "måste jag gå?", a partner's control told while a
// person is awaited, the 24/7 numbers recorded on every path that gives them, and questions about who
// Tillit is and which languages it writes during the consent.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { nameAlone } from "../../dialogs/shared/understand-name.js";
import { aboutProgram, faceAlone } from "../../dialogs/shared/understand-small-talk.js";
import { notUnderstoodOr } from "../helpers/not-understood.js";

const suite = officeHoursSuite(795140000);
const { onboarded, newcomer, conversationOf } = suite;

describe("a name alone while the consent waits", () => {
  it("after asking for a person at the consent: said back, kept for after the yes, never 'teamet får se det här'", async () => {
    for (const name of ["Noah", "Sara", "noah"]) {
      const p = newcomer();
      await p.say("hej vem e detta");
      expect((await p.say("jag vill prata med en riktig människa")).join(" ")).toMatch(/säger till teamet/);
      const reply = (await p.say(name)).join(" ");
      expect(reply, name).not.toMatch(/teamet får se|Jag är kvar här|Uppfattat/);
      expect(reply, name).toMatch(/Noah|Sara/);
      expect(reply, name).toMatch(/1 för ja, 2 för nej/);
      expect((await conversationOf(p)).status, name).toBe("waiting");
      // The yes uses the name: it is not asked for again.
      const afterYes = (await p.say("ja")).join(" ");
      expect(afterYes, name).toMatch(/(Noah|Sara)! Så kallar jag dig/);
      expect(afterYes, name).not.toMatch(/Vad vill du att jag ska kalla dig/);
      expect((await p.record()).preferredName, name).toBe(name === "noah" ? "Noah" : name);
    }
  });

  it("at night too, and in English; a no keeps no name", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T23:30:00Z"); // Wednesday 00:30 in Stockholm
    const p = newcomer();
    await p.say("hej");
    await p.say("kan jag prata med en människa");
    const reply = (await p.say("Noah")).join(" ");
    expect(reply).toMatch(/Noah/);
    expect(reply).not.toMatch(/teamet får se|sparas åt teamet/);
    await p.say("nej");
    expect((await p.record()).preferredName).toBeNull();

    const q = newcomer();
    await q.say("hi");
    await q.say("can i talk to a person");
    expect((await q.say("Sam")).join(" ")).toMatch(/Sam! I'll call you that once/);
  });

  it("at the consent without a person asked for: the name is said back, not 'Jag menar…' with a try used up", async () => {
    const p = newcomer();
    await p.say("hej");
    const reply = (await p.say("Sara")).join(" ");
    expect(reply).toMatch(/Hej Sara!/);
    expect(reply).not.toMatch(/Jag menar/);
    expect((await p.say("ja")).join(" ")).toMatch(/Sara! Så kallar jag dig/);
  });

  it("a word that only looks like a name is not taken for one; an answer to the consent stays its answer", async () => {
    for (const t of ["Noah", "Sara", "noah", "Yusuf", "jag heter Noah", "Noah här", "Mohammed Ali"]) expect(nameAlone(t), t).toBeDefined();
    for (const t of ["Jaha", "Vadå", "Kul", "öhh", "Äh", "ehm", "hä", "hahaha", "okej då", "Salam", "kväll", "Svenska", "english", "Ukrainian", "mkt", "Ursäkta", "ja", "nej", "Ok", "idk", "1", "Noah?", "😭"]) {
      expect(nameAlone(t), t).toBeUndefined();
    }
    const p = newcomer();
    await p.say("hej");
    await p.say("jag vill prata med en människa");
    expect((await p.say("okej då")).join(" ")).not.toMatch(/Hej Då/);
    expect((await p.record()).consents.at(-1)?.granted).toBe(true);
  });
});

describe("an emoji alone", () => {
  const NOT_UNDERSTOOD = notUnderstoodOr({ keys: ["common.retryScale"] });

  it("out of the blue after onboarding: '😭' asks laughter or tears, '💀' laughs along; never the stock line, never a flag", async () => {
    const p = await onboarded();
    suite.h.clock.advance(3_600_000);
    const replies: string[] = [];
    for (const t of ["😭", "💀", "😭😭😭", "💀💀", "😂"]) {
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, t).not.toMatch(/112|90101/);
      expect(reply, t).toMatch(t.includes("😭") ? /Skratt eller tårar|Av skratt|Gråter du av skratt/ : /Haha/);
      replies.push(reply);
    }
    expect(replies[2]).not.toBe(replies[0]);
    expect(replies[3]).not.toBe(replies[1]);
    expect((await conversationOf(p)).priority).toBe("normal");
    const q = await onboarded("en");
    expect((await q.say("😭")).join(" ")).toMatch(/Laughing or crying/);
    expect((await q.say("💀")).join(" ")).toMatch(/Haha/);
  });

  it("mid check-in: '💀' to the 1-10 question gets a laugh and the question again, no try used up; '😭' to a choice too", async () => {
    const p = await onboarded();
    suite.h.clock.advance(3_600_000);
    await p.say("kolla läget");
    const skull = (await p.say("💀")).join(" ");
    expect(skull).toMatch(/Haha/);
    expect(skull).toMatch(/skala 1-10/);
    expect(skull).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.say("6")).join(" ")).toMatch(/6:a och inte lägre/);
    await p.say("bra dag");
    expect((await p.say("2")).join(" ")).toMatch(/ätit/);
    const crying = (await p.say("😭")).join(" ");
    expect(crying).toMatch(/Skratt eller tårar|Ta det i din egen takt/);
    expect(crying).toMatch(/ätit/);
    expect(crying).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.say("ja")).join(" ")).not.toMatch(NOT_UNDERSTOOD);
    // '😭' to the 1-10 question is read as a low day, said so, with a way to correct it.
    const q = await onboarded();
    suite.h.clock.advance(3_600_000);
    await q.say("kolla läget");
    expect((await q.say("😭")).join(" ")).toMatch(/2:a, skriv en annan siffra om det inte stämmer/);
  });

  it("at the consent, and while a person is awaited, after a crisis too: a warm line, never 'Ingen brådska', never a new crisis", async () => {
    const p = newcomer();
    await p.say("hej");
    expect((await p.say("💀")).join(" ")).toMatch(/Haha! .*får jag spara/);
    const crying = (await p.say("😭")).join(" ");
    expect(crying).not.toMatch(/Ingen brådska/);
    expect(crying).toMatch(/får jag spara/);
    expect((await p.say("ja")).join(" ")).toMatch(/kalla dig/);

    const w = await onboarded();
    await w.say("prata med en människa");
    expect((await w.say("😭")).join(" ")).toMatch(/Skratt eller tårar\? Jag är kvar här/);

    const c = await onboarded();
    await c.say("vill inte leva längre");
    const flags = () => suite.h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged" } });
    const before = await flags();
    for (const t of ["😭", "💀", "😭😭😭", "💀💀"]) {
      const reply = await c.say(t);
      expect(reply, t).toHaveLength(1);
      expect(reply[0], t).not.toMatch(NOT_UNDERSTOOD);
      expect(reply[0], t).not.toMatch(/Haha/);
    }
    expect(before).toBeGreaterThan(0);
    expect(await flags()).toBe(before);
  });

  it("reads which face is which", () => {
    expect(faceAlone("😭")).toBe("crying");
    expect(faceAlone("😭😭😭")).toBe("crying");
    for (const t of ["💀", "💀💀", "😂", "🤣", "😭💀", "☠️"]) expect(faceAlone(t), t).toBe("laughing");
    for (const t of ["😐", "👍", "😭 idag", "💀 lol", "", "ok"]) expect(faceAlone(t), t).toBeUndefined();
  });
});

describe("an Arbetsförmedlingen letter told before 'måste jag gå?'", () => {
  const NOT_UNDERSTOOD = notUnderstoodOr({ words: ["teamet får se det här"] });

  it("each line is heard as news of an appointment: only they know what is required, the team can help prepare; never 'nej'", async () => {
    for (const lines of [
      ["fick brev från af om ett möte den 12e kl 10", "de skriver att jag ska komma på möte annars kan ersättningen påverkas"],
      ["fick ett brev från arbetsförmedlingen", "det står att jag har ett möte på tisdag"],
      ["arbetsförmedlingen säger jag måste komma möte", "det är på fredag kl 9"],
    ]) {
      const p = await onboarded();
      suite.h.clock.advance(3_600_000);
      const replies: string[] = [];
      for (const t of lines) {
        const reply = (await p.say(t)).join(" ");
        expect(reply, t).not.toMatch(NOT_UNDERSTOOD);
        expect(reply, t).toMatch(/bara (de som skrivit till dig|de) svara på|kan inte jag (svara på|avgöra)/);
        expect(reply, t).toMatch(/teamet kan hjälpa dig/);
        // Offered once; after that the offer is said to stand, never put a second time on top (leftovers-19b).
        expect(reply, t).toMatch(replies.length === 0 ? /hör av sig\?/ : /hör av sig/);
        replies.push(reply);
      }
      expect(replies[1]).not.toBe(replies[0]);
      const must = (await p.say("måste jag gå?")).join(" ");
      expect(must).toMatch(/kan inte jag avgöra|kan jag inte bestämma/);
      expect(must).toMatch(/ersättningen/);
      expect(must).not.toMatch(/^Nej\b/);
      expect((await p.say("ja")).join(" ")).toMatch(/säger till teamet/);
      expect((await conversationOf(p)).status).toBe("waiting");
    }
  });

  it("in English; a no to the offer is fine; a question about AF reading along is no appointment", async () => {
    const p = await onboarded("en");
    suite.h.clock.advance(3_600_000);
    const reply = (await p.say("got a letter from arbetsförmedlingen about a meeting on the 12th")).join(" ");
    expect(reply).toMatch(/only those who wrote to you can say/);
    expect((await p.say("no")).join(" ")).toMatch(/no problem|later/i);
    for (const t of ["fick brev från af om ett möte den 12e kl 10", "de skriver att jag ska komma på möte annars kan ersättningen påverkas", "jag har en tid hos af på fredag", "fick ett brev från arbetsförmedlingen"]) {
      expect(aboutProgram(t), t).toBe("appointment");
    }
    expect(aboutProgram("jag fick en kallelse från arbetsförmedlingen")).toBe("kallelse");
    for (const t of ["måste jag gå på mötet på af?", "kan af se det här?", "af är slöseri med tid", "min mamma fick ett brev", "vi hade möte på skolan"]) expect(aboutProgram(t), t).toBeUndefined();
  });
});

describe("a partner's control told while a person is awaited", () => {
  it("gets what can be done about the phone, Kvinnofridslinjen and reminders off, not only 'it waits for the team'", async () => {
    for (const [ask, t] of [["prata med en människa", "min kille kollar min mobil hela tiden"], ["kan jag prata med nån", "han brukar kolla min tel"]] as const) {
      const p = await onboarded();
      suite.h.clock.advance(3_600_000);
      await p.say(ask);
      expect((await conversationOf(p)).status).toBe("waiting");
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(/Kvinnofridslinjen 020-50 50 50/);
      expect(reply, t).toMatch(/slutar skicka påminnelser/);
      expect(reply, t).toMatch(/Någon i teamet läser/);
      expect((await p.record()).remindersOff, t).toBe(true);
      // Told again at once: heard, in other words (never the same line twice in a row).
      const again = (await p.say("han kollar min mobil varje kväll")).join(" ");
      expect(again).not.toBe(reply);
    }
  });

  it("at night, and in English", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T21:30:00Z"); // Tuesday 22:30 in Stockholm
    const p = await onboarded("en");
    await p.say("can i talk to a person");
    const reply = (await p.say("my boyfriend checks my phone all the time")).join(" ");
    expect(reply).toMatch(/Kvinnofridslinjen/);
    expect(reply).toMatch(/stop sending reminders/);
    // After a crisis flag too: the crisis reply did not say it.
    const c = await onboarded();
    await c.say("vill inte leva längre");
    expect((await c.say("min kille kollar min mobil hela tiden")).join(" ")).toMatch(/Kvinnofridslinjen[\s\S]*Akut fara: 112/);
  });
});

describe("the 24/7 numbers, given on any path, are remembered as given", () => {
  const NUMBERS = /\b(112|90101)\b/;

  it("'hallå' at night while waiting gives them; an ordinary message after, the same night, does not repeat them", async () => {
    const p = await onboarded();
    await p.say("prata med en människa");
    suite.h.clock.ms = Date.parse("2026-11-23T22:00:00Z"); // Monday 23:00 in Stockholm
    expect((await p.say("hallå")).join(" ")).toMatch(/90101/);
    for (const t of ["ok", "tja", "spelar lite fifa", "kollar på en film nu"]) {
      suite.h.clock.advance(60_000);
      expect((await p.say(t)).join(" "), t).not.toMatch(NUMBERS);
    }
  });

  it("an urgent word at night gives them; an ordinary message after does not repeat them", async () => {
    const p = await onboarded();
    await p.say("prata med en människa");
    suite.h.clock.ms = Date.parse("2026-11-23T22:30:00Z");
    expect((await p.say("det är bråttom")).join(" ")).toMatch(/90101/);
    for (const t of ["ok", "tja", "spelar lite fifa", "kollar på en film nu"]) {
      suite.h.clock.advance(60_000);
      expect((await p.say(t)).join(" "), t).not.toMatch(NUMBERS);
    }
  });

  it("drowsy after pills gets 112 every time it is said, and a light message after does not", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T00:30:00Z");
    const p = await onboarded();
    await p.say("tog en massa tabletter");
    expect((await p.say("känner mig så trött")).join(" ")).toMatch(/112/);
    for (const t of ["ok", "tja"]) expect((await p.say(t)).join(" "), t).not.toMatch(NUMBERS);
  });
});

describe("who Tillit is and which languages it writes, asked during the consent", () => {
  const FULL_CONSENT = /Är du under 18 och kan fara illa|If you are under 18 and may be at risk/;
  const INTERPRETER = /tolk|interpret/i;

  it("each question is answered and the consent kept short (its choices on an answer, its short line after a language), never the paragraph again", async () => {
    const p = newcomer();
    await p.say("Hej jag fick sms från er");
    const answers: [string, RegExp][] = [
      ["vad ni är", /digital assistent/],
      ["vem är detta nummer", /digital assistent/],
      ["Jag prata lite svenska", /english/],
      ["I prefer Ukrainian, is possible?", /bara skriva på svenska och engelska.*Swedish and English only.*fråga teamet/],
    ];
    for (const [t, answer] of answers) {
      const reply = await p.say(t);
      expect(reply[0], t).toMatch(answer);
      // A question about Tillit keeps the consent's choices on its answer (session 23, fix23a: not the consent after every
      // answer); a language wished for gets the consent in its short line, in simpler words.
      if (/digital assistent/.test(answer.source)) {
        expect(reply, t).toHaveLength(1);
        expect(reply[0], t).toMatch(/\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
      } else {
        expect(reply, t).toHaveLength(2);
        expect(reply[1], t).toMatch(/spara/);
      }
      expect(reply.join(" "), t).not.toMatch(FULL_CONSENT);
      expect(reply.join(" "), t).not.toMatch(INTERPRETER);
    }
    expect((await p.say("ja")).join(" ")).toMatch(/kalla dig/);
  });

  it("after asking for a person at the consent: answered too, with the consent short, not 'teamet får se det här'", async () => {
    const p = newcomer();
    await p.say("hej");
    await p.say("jag vill prata med en människa");
    for (const [t, answer] of [["Jag prata lite svenska", /english/], ["I prefer Ukrainian, is possible?", /svenska och engelska.*Swedish and English only.*fråga teamet om det när de hör av sig/]] as const) {
      const reply = await p.say(t);
      expect(reply.join(" "), t).not.toMatch(/teamet får se det här|Jag är kvar här|Uppfattat/);
      expect(reply[0], t).toMatch(answer);
      expect(reply[0], t).not.toMatch(/människa/);
      expect(reply[1], t).toMatch(/spara/);
      expect(reply.join(" "), t).not.toMatch(FULL_CONSENT);
      expect(reply.join(" "), t).not.toMatch(INTERPRETER);
    }
    expect((await conversationOf(p)).status).toBe("waiting");
    expect((await p.say("ja")).join(" ")).toMatch(/kalla dig/);
  });

  it("as the very first message, another language is answered before the consent", async () => {
    const p = newcomer();
    const reply = await p.say("I prefer Ukrainian, is possible?");
    expect(reply[0]).toMatch(/only write in Swedish and English.*aren.t available in this chat.*ask the team/);
    expect(reply[0]).not.toMatch(INTERPRETER);
    expect(reply.join(" ")).toMatch(/OK\?/);
  });
});
