// What a fifth young tester found while a person was awaited: 112 on every message days after a crisis,
// even "mår bättre nu" and "skojade"; drowsiness after pills met with the stock line; "nu" and "kan hon
// ringa" met with silence; the same closing on five messages in a row; "e nån vaken där" at night met
// with "Jag förstod inte riktigt"; and "kommer ni vara arga" after a cancelled meeting met with the stock line.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { asksAnyoneThere, asksForCall, asksIfMad, asksWhenInAWord, callsOut, cancelledAgain, isFiller, saysBetter, saysDrowsy, saysJoking } from "../../dialogs/shared/waiting-words.js";

const suite = officeHoursSuite(726000000);
const { onboarded } = suite;
const MINUTE = 60_000;
const NUMBERS = /112|90101/;
const OPEN = "Någon i teamet läser under dagen.";

/** No reply is the same as the one before it. */
function noRepeats(replies: string[]): void {
  for (let i = 1; i < replies.length; i++) expect(replies[i], replies[i]).not.toBe(replies[i - 1]);
}

describe("after a crisis, while a person is awaited", () => {
  it("'mår bättre nu' and 'skojade' are met warmly and honestly, without 112", async () => {
    for (const [t, language] of [["mår bättre nu faktiskt", "sv"], ["mar battre nu", "sv"], ["känns mycket bättre nu 🙂", "sv"], ["feeling better now", "en"]] as const) {
      const p = await onboarded(language);
      await p.say(language === "sv" ? "har skurit mig" : "i cut myself");
      suite.h.clock.advance(3 * 24 * 60 * MINUTE);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(language === "sv" ? /^(Skönt att höra|Vad bra att det känns bättre)/ : /^(Good to hear|Glad it feels better)/);
      // Honest about what the team may do, never a promise a person must keep.
      expect(reply, t).toMatch(language === "sv" ? /någon kanske hör av sig/ : /someone may still get in touch/);
      expect(reply, t).not.toMatch(NUMBERS);
    }
    for (const [t, language] of [["skojade", "sv"], ["det var ett skämt", "sv"], ["av tristess alltså lol", "sv"], ["jk lol", "sv"], ["just kidding 😅", "en"]] as const) {
      const p = await onboarded(language);
      await p.say(language === "sv" ? "vill dö" : "i want to die");
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(language === "sv" ? /hör av sig/ : /get in touch/);
      expect(reply, t).not.toMatch(NUMBERS);
    }
  });

  it("not 'mår inte bättre' or 'det är inget skämt', which keep the numbers near", async () => {
    const p = await onboarded();
    await p.say("vill dö");
    for (const t of ["mår inte bättre", "det är inget skämt", "skojar inte"]) expect((await p.say(t)).join(" "), t).not.toMatch(/Skönt|kanske hör av sig|på skoj/);
  });

  it("'kolla läget' or a score: the check-in waits until someone from the team has talked with them", async () => {
    const p = await onboarded();
    await p.say("har skurit mig");
    suite.h.clock.advance(3 * 24 * 60 * MINUTE);
    const hello = (await p.say("hej"))[0]!;
    expect(hello).toMatch(/^Hej/);
    expect(hello).not.toMatch(NUMBERS);
    const check = (await p.say("kolla läget"))[0]!;
    expect(check).toMatch(/(väntar|vänta|pausade) tills någon i teamet har pratat med dig/);
    expect(check).not.toMatch(/Jag hör dig/);
    const score = (await p.say("6"))[0]!;
    expect(score).toMatch(/(väntar|pausat) tills någon i teamet har pratat med dig/);
    expect(score).not.toMatch(NUMBERS);
    expect((await p.say("typ 2")).join(" ")).not.toMatch(/^Tack\. Skalan/);
    expect((await p.say("2")).join(" ")).toMatch(/112/);
    const q = await onboarded("en");
    await q.say("i cut myself");
    expect((await q.say("can we do a check in"))[0]).toMatch(/(waits|paused) until someone on the team has talked with you/);
  });

  it("the numbers only every few messages, or when it is heavy or cannot wait; never the same line twice", async () => {
    const p = await onboarded();
    await p.say("har skurit mig");
    const replies: string[] = [];
    for (const t of ["idk", "tänker bara", "mm okej", "vet inte vad jag ska göra", "aa", "hmm"]) replies.push(...(await p.say(t)));
    expect(replies).toHaveLength(6);
    noRepeats(replies);
    expect(replies.filter((r) => NUMBERS.test(r)).length).toBeLessThanOrEqual(2);
    expect(replies.slice(0, 3).some((r) => NUMBERS.test(r))).toBe(false);
    expect((await p.say("det kan inte vänta")).join(" ")).toMatch(NUMBERS);
  });
});

describe("drowsiness after pills", () => {
  it("gets 'call 112 now' at once, every time, in words that vary", async () => {
    const p = await onboarded();
    expect((await p.say("tog typ 20 tabletter")).join(" ")).toMatch(/112/);
    const replies: string[] = [];
    for (const t of ["e trött", "så trött", "somnar snart", "mår illa", "kan inte hålla ögonen öppna", "ja e yr 😵"]) {
      const reply = await p.say(t);
      expect(reply, t).toHaveLength(1);
      expect(reply[0], t).toMatch(/Ring 112/);
      expect(reply[0], t).toMatch(/tabletter/);
      replies.push(reply[0]!);
    }
    noRepeats(replies);
    const q = await onboarded("en");
    await q.say("i took like 20 pills");
    for (const t of ["so sleepy", "dizzy", "cant keep my eyes open"]) expect((await q.say(t))[0], t).toMatch(/Call 112/);
  });

  it("not after a crisis without pills, and not 'trött på att vänta'", async () => {
    const p = await onboarded();
    await p.say("har skurit mig");
    expect((await p.say("e trött")).join(" ")).not.toMatch(/tabletter/);
    for (const t of ["e trött", "so sleepy", "dizzy", "mår illa", "somnar snart", "kan int hålla ögonen öppna"]) expect(saysDrowsy(t), t).toBe(true);
    for (const t of ["trött på att vänta", "inte trött", "tankarna snurrar", "not tired", "tired of this"]) expect(saysDrowsy(t), t).toBe(false);
  });
});

describe("never silence while a person is awaited", () => {
  it("'nu', 'idag?', 'asap' right after asking is answered with when someone reads, not the same line", async () => {
    for (const t of ["nu", "nu?", "idag?", "asap", "nu tack 🙏"]) {
      const p = await onboarded();
      const asked = (await p.say("prata med en människa"))[0]!;
      const reply = await p.say(t);
      expect(reply, t).toHaveLength(1);
      expect(reply[0], t).toMatch(/läser under dagen/);
      expect(reply[0], t).not.toBe(asked);
    }
    const q = await onboarded("en");
    await q.say("i want to talk to a person");
    expect((await q.say("now?"))[0]).toMatch(/Someone on the team reads/);
  });

  it("a filler right after an answer may go unanswered, never twice in a row; 'kan hon ringa' is passed on", async () => {
    const p = await onboarded();
    await p.say("prata med en människa");
    expect(await p.say("ok")).toEqual([]);
    expect(await p.say("👍")).toHaveLength(1);
    expect(await p.say("idk")).toHaveLength(1);
    for (const t of ["kan hon ringa", "kan ni ringa mig?", "ring mig pls"]) expect((await p.say(t))[0], t).toMatch(/vill bli uppringd|att någon ringer/);
    const q = await onboarded();
    await q.say("prata med en människa");
    suite.h.clock.advance(2 * MINUTE);
    expect(await q.say("ok")).toHaveLength(1);
    for (const t of ["ok", "okej", "👍", "tack", "k"]) expect(isFiller(t), t).toBe(true);
    for (const t of ["nu", "kan hon ringa", "idk", "ok?", "ok men när"]) expect(isFiller(t), t).toBe(false);
  });

  it("the closing is not said on message after message; 'hallå??' after a long wait is told nobody has answered yet", async () => {
    const p = await onboarded();
    const replies = [...(await p.say("kan jag prata med en riktig människa"))];
    for (const t of ["nu", "ring mig", "hallå?"]) replies.push(...(await p.say(t)));
    suite.h.clock.advance(30 * MINUTE);
    const late = await p.say("hallå??");
    suite.h.clock.advance(120 * MINUTE);
    const later = await p.say("ingen?");
    replies.push(...late, ...later);
    expect(replies).toHaveLength(6);
    for (let i = 1; i < replies.length; i++) expect(replies[i - 1]!.endsWith(OPEN) && replies[i]!.endsWith(OPEN), replies[i]).toBe(false);
    for (const r of [late[0]!, later[0]!]) {
      expect(r).toMatch(/^(Ingen har hunnit svara än, förlåt för väntan|Förlåt, ingen i teamet har hunnit läsa än)/);
      expect(r).toMatch(/112/);
    }
    expect(later[0]).not.toBe(late[0]);
  });
});

describe("'e nån vaken där' at night", () => {
  it("is told honestly nobody from the team is in until the morning, and where to talk now", async () => {
    for (const t of ["e nån vaken där", "är det nån där?", "nån vaken??", "e ngn där"]) {
      const p = await onboarded();
      suite.h.clock.ms = Date.parse("2026-11-24T02:00:00Z"); // Tuesday 03:00
      await p.say("kan inte sova");
      await p.say("klockan e 3");
      // The offer of a person stands (said to, not put again: leftovers-18).
      expect((await p.say("tankarna snurrar")).join(" ")).toMatch(/hör(a)? av sig (till dig|om det här)\?|står kvar|går inte ut/);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/förstod inte/);
      expect(reply, t).toMatch(/^(Ingen från teamet är på plats just nu|Teamet är inte på plats nu)/);
      expect(reply, t).toMatch(/i dag från kl 08:00/);
      expect(reply, t).toMatch(/mind\.se/);
      expect(reply, t).toMatch(/Jourhavande medmänniska/);
    }
    const q = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-24T02:00:00Z");
    await q.say("prata med en människa");
    expect((await q.say("e nån vaken där"))[0]).toMatch(/^(Ingen från teamet är på plats just nu|Teamet är inte på plats nu)/);
    for (const t of ["e nån vaken där", "is anyone there", "anyone awake?", "är det nån där"]) expect(asksAnyoneThere(t), t).toBe(true);
    for (const t of ["nån annan gång", "ingen aning", "vaknade nyss", "där är det kallt"]) expect(asksAnyoneThere(t), t).toBe(false);
    for (const t of ["hallå??", "ingen?", "hello?"]) expect(callsOut(t), t).toBe(true);
    for (const t of ["ingen aning", "hallå jag heter sara"]) expect(callsOut(t), t).toBe(false);
  });
});

describe("a meeting called off", () => {
  it("'kommer ni vara arga' gets 'Nej, inte alls'; 'har ställt in tre gånger nu' gets warmth, not the stock line", async () => {
    for (const t of ["kommer ni vara arga", "är ni sura?", "kommer hon bli arg?", "kommer ni bli sura"]) {
      const p = await onboarded();
      await p.say("jag kan inte komma på mötet imorgon");
      suite.h.clock.advance(24 * 60 * MINUTE);
      const mad = await p.say(t);
      expect(mad, t).toHaveLength(1);
      expect(mad[0], t).toMatch(/^Nej, (inte alls|ingen är arg)/);
      expect(mad[0], t).toMatch(/planer ändras|Planer ändras/);
      expect(mad[0], t).not.toMatch(NUMBERS);
      const again = await p.say("har ställt in tre gånger nu");
      expect(again, t).toHaveLength(1);
      expect(again[0], t).toMatch(/^(Det är okej, det händer|Det gör inget)/);
    }
    for (const t of ["will you be mad", "are u mad at me?", "kommer ni va arga", "e ni sura"]) expect(asksIfMad(t), t).toBe(true);
    for (const t of ["jag är arg", "mamma blir arg", "arga fåglar", "har ställt in mötet"]) expect(asksIfMad(t), t).toBe(false);
    for (const t of ["har ställt in tre gånger nu", "ställde in igen sorry", "cancelled again 😬", "har missat två gånger"]) expect(cancelledAgain(t), t).toBe(true);
    for (const t of ["har ställt in mötet", "kan vi ses igen", "tre gånger i veckan"]) expect(cancelledAgain(t), t).toBe(false);
  });
});

describe("the readings", () => {
  it("read feeling better, joking, when in a word and a call asked for, with their near misses", () => {
    for (const t of ["mår bättre nu faktiskt", "mar lite battre", "e bra nu", "im ok now", "feeling better"]) expect(saysBetter(t), t).toBe(true);
    for (const t of ["mår inte bättre", "not better", "bättre än igår men ändå skit", "ok"]) expect(saysBetter(t), t).toBe(false);
    for (const t of ["skojade", "det var ett skämt", "av tristess alltså lol", "jk", "just kidding"]) expect(saysJoking(t), t).toBe(true);
    for (const t of ["det är inget skämt", "skojar inte", "not joking", "no joke"]) expect(saysJoking(t), t).toBe(false);
    for (const t of ["nu", "nu?", "idag?", "asap", "now", "när då?"]) expect(asksWhenInAWord(t), t).toBe(true);
    for (const t of ["nu mår jag bra", "idag var det kallt", "now what"]) expect(asksWhenInAWord(t), t).toBe(false);
    for (const t of ["kan hon ringa", "ring mig", "can she call me", "kan ni ringa mig?"]) expect(asksForCall(t), t).toBe(true);
    for (const t of ["ring mig inte", "dont call me", "ska ringa mamma", "hon ringde igår"]) expect(asksForCall(t), t).toBe(false);
  });
});
