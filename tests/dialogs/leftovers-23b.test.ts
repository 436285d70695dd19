// Session 23's conversation leftovers (fix23b), from tester22's transcripts (/work/notes/s23/t22, full01–full14):
// 1. The getting-to-know questions ("Berätta om mig") ended after the first topic's two answers ("Vi pratar om
//    något annat en annan gång", full11, full12) although five topics were left: at the end of a topic the person
//    is asked whether to go on, and goes on at their own pace until all topics are done or they say stop.
// 2. A friend in crisis: the advice said "Stanna hos hen" and "Blöder det mycket: tryck hårt på såret" to someone
//    whose friend had only texted, and "hon bor i malmö, jag i göteborg" got "Du är inte ensam med det här"
//    (full08). When the friend is elsewhere or wrote by text, the advice fits: keep in touch by text or phone,
//    112 can send help to the friend's town, someone near her (her family) can go to her.
// 3. The check-in's greeting after a week away said the name twice ("Hi Sam! Great to hear from you, Sam!").
// 4. Other leftovers in the transcripts (see the commits).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

/** Tuesday 04:20 in Stockholm: the tester's hour, the team not in. */
const NIGHT = Date.parse("2026-11-24T03:20:00Z");
const suite = transcriptSuite(723250000, { clock: NIGHT });
const { onboarded } = suite;
const DAY = 24 * 3_600_000;

describe("3. the name said once when a welcome back comes before the check-in", () => {
  it("'check in' after a week away: the welcome names them, the mood question does not again", async () => {
    for (const [language, said, name] of [["en", "check in", "Sam"], ["sv", "kolla läget", "Sara"]] as const) {
      const p = await onboarded(language, name);
      suite.h.clock.advance(8 * DAY);
      const [reply] = await p.say(said);
      expect(reply, language).toMatch(/1-10/);
      expect(reply!.split(name).length - 1, reply).toBe(1);
      expect(reply, reply).not.toMatch(/^(Hi|Hej) \w+! .*(hear from you|hör av dig)/);
    }
  });
});

describe("1. the getting-to-know questions go on at the person's pace", () => {
  const MORE = /Vill du ta några frågor till|Vill du fortsätta med något annat nu/;
  it("full11: after the first topic's two answers the next topic is offered, and 'ja' goes on to it", async () => {
    const p = await onboarded("sv", "Ahmad");
    expect(await p.say("berätta om mig")).toEqual(["Jag skulle vilja lära känna dig lite. Hoppa gärna över det du inte vill svara på.", "Vad tycker du om att göra?"]);
    expect(await p.say("jag var elektriker i mitt land. här jag har inget jobb")).toEqual(["Vad är du bra på, tycker du själv eller andra?"]);
    const [more] = await p.say("jag gillar fotboll och laga bilar");
    expect(more).toMatch(MORE);
    expect(more).toMatch(/1\. Ja\n2\. Inte nu$/);
    expect(more).not.toMatch(/en annan gång\.$|Nästa gång tar vi/);
    expect(await p.say("ja")).toEqual(["Idag undrar jag lite om vad du har gjort tidigare.", "Hur var skolan för dig?"]);
    expect(await p.say("bra i mitt land")).toEqual(["Har du jobbat eller praktiserat någon gång? Var då?"]);
    expect(await p.say("elektriker 5 år")).toEqual(["Finns det något du har gjort som du är nöjd med?"]);
    expect((await p.say("mitt jobb"))[0]).toMatch(MORE);
    const mapped = (await p.record()).mapping.map((m) => [m.topic, m.question]);
    expect(mapped).toEqual([["interests", "likes"], ["interests", "goodAt"], ["experience", "school"], ["experience", "work"], ["experience", "proudOf"]]);
  });

  it("'inte nu' to more: the rest another time, and 'berätta om mig' later takes the next topic", async () => {
    const p = await onboarded("sv", "Noa");
    await p.say("berätta om mig");
    await p.say("gaming");
    expect((await p.say("hoppa över"))[0]).toMatch(MORE);
    expect(await p.say("inte nu")).toEqual([expect.stringMatching(/en annan gång|räcker för idag/)]);
    expect(await p.sayLater("berätta om mig", 3_600_000)).toMatch(/^Idag undrar jag lite om vad du har gjort tidigare\./);
  });

  it("'sluta fråga' in the middle stops the questions, what was told kept; in English too", async () => {
    const p = await onboarded("sv", "Mo");
    await p.say("berätta om mig");
    await p.say("fotboll");
    expect(await p.say("sluta fråga")).toEqual([expect.stringMatching(/hoppar över resten/)]);
    expect((await p.record()).mapping.map((m) => m.answer)).toEqual(["fotboll"]);
    const en = await onboarded("en", "Sam");
    await en.say("about me");
    await en.say("gaming");
    const [more] = await en.say("fixing bikes");
    expect(more).toMatch(/a few more questions|go on with something else/);
    expect(more).toMatch(/1\. Yes\n2\. Not now$/);
    expect((await en.say("yes"))[1]).toBe("What was school like for you?");
  });

  it("all six topics in one go when they want: each offered, then the whole mapping done", async () => {
    const p = await onboarded("sv", "Lo");
    let reply = await p.say("berätta om mig");
    for (let topic = 0; topic < 6; topic++) {
      for (let n = 0; n < 5 && !MORE.test(reply.join(" ")) && !/Vi har (pratat om allt|gått igenom hela)/.test(reply.join(" ")); n++) reply = await p.say("svar");
      if (topic < 5) reply = await p.say("ja");
    }
    expect(reply.join(" ")).toMatch(/Vi har (pratat om allt i|gått igenom hela) kartläggningen/);
    expect(new Set((await p.record()).mapping.map((m) => m.topic)).size).toBe(6);
  });
});

/** Says each line a few seconds apart, as the tester typed: what each got, joined. */
async function says(p: Participant, lines: readonly string[]): Promise<string[]> {
  const got: string[] = [];
  for (const l of lines) got.push(await p.sayLater(l, 4_000));
  return got;
}

describe("2. a friend in crisis, far away or only in writing", () => {
  const AT_THEIR_SIDE = /Stanna (kvar )?hos hen|lämna inte hen ensam|tryck hårt på såret|lägg hen på sidan|Stay with them|don't leave them alone|press hard|on their side/i;
  it("full08: a friend who texted she can't go on, in another city: the steps from afar, never 'stay with her'", async () => {
    const p = await onboarded("sv", "Linus");
    const [, told, whatToDo, where] = await says(p, [
      "jag e orolig för min kompis",
      "nej asså det handlar inte om mig. min kompis har slutat svara o skrev typ att hon inte orkar mer",
      "vad ska jag göra",
      "hon bor i malmö, jag i göteborg",
    ]);
    expect(told).toMatch(/112/);
    expect(told).not.toMatch(AT_THEIR_SIDE);
    expect(told).toMatch(/sms eller telefon|ring eller skriv/);
    expect(whatToDo).toMatch(/112/);
    expect(whatToDo).not.toMatch(AT_THEIR_SIDE);
    expect(whatToDo).not.toBe(told);
    expect(where).toMatch(/112.*(var hen|dit)/);
    expect(where).not.toMatch(/^Du är inte ensam med det här/);
    expect(where).not.toMatch(AT_THEIR_SIDE);
  });

  it("a friend in the same room still gets 'stay with them'; 'she lives in another city' later turns the steps to the ones from afar (English)", async () => {
    const p = await onboarded("en", "Sam");
    const [told] = await says(p, ["my friend took like 10 xanax and now she wont wake up"]);
    expect(told).toMatch(/Stay with them|Stay with them|on their side|recovery position/);
    const [where, whatToDo] = await says(p, ["she lives in another city, we were on facetime", "what do i do"]);
    expect(where).toMatch(/112/);
    expect(where).not.toMatch(AT_THEIR_SIDE);
    expect(whatToDo).not.toMatch(AT_THEIR_SIDE);
  });
});

describe("4. other leftovers in the transcripts", () => {
  it("full07: 'kan jag skriva nånstans istället' in a crisis wait is answered with the chats, not 'Allt du skriver ligger kvar'", async () => {
    for (const [language, lines, asked] of [
      ["sv", ["kolla läget", "5 typ", "vet inte. har börjat ge bort mina grejer typ, behöver dom inte längre", "jag vill inte ringa nån"], "kan jag skriva nånstans istället"],
      ["en", ["i dont want to live anymore", "i cant call anyone"], "can i text someone instead?"],
    ] as const) {
      const p = await onboarded(language, "Noor");
      await says(p, lines);
      const [reply] = await says(p, [asked]);
      expect(reply, asked).toMatch(/mind\.se/);
      expect(reply, asked).toMatch(/chatt|chat/);
      expect(reply, asked).not.toMatch(/^(Jag hör dig|I hear you)/);
    }
  });

  it("full11, full13: a day said while a person is awaited ('torsdag går bra', 'fast jag kan inte imorgon') is heard, not 'mina frågor är pausade'", async () => {
    for (const [language, ask, day] of [
      ["sv", "ok. när kan jag träffa min koordinator?", "torsdag går bra"],
      ["sv", "jag vill träffa nån men inte på kontoret, typ ta en promenad", "fast jag kan inte imorgon"],
      ["en", "talk to a person", "thursday works for me"],
    ] as const) {
      const p = await onboarded(language, "Ahmad");
      await says(p, [ask]);
      const [reply] = await says(p, [day]);
      expect(reply, day).toMatch(/Teamet|team/);
      expect(reply, day).toMatch(/passar|funkar|suits|work/);
      expect(reply, day).not.toMatch(/pausade|paused|Jag är kvar här|I'm still here/);
    }
  });

  it("full12: 'menade berätta om mig' when the getting-to-know questions are what began: the question again, nothing kept", async () => {
    const p = await onboarded("sv", "Kim");
    expect((await p.say("2")).at(-1)).toBe("Vad tycker du om att göra?");
    const [again] = await p.say("menade berätta om mig");
    expect(again).toMatch(/det är det vi (håller på med|gör) nu!.*Vad tycker du om att göra\?$/);
    expect((await p.record()).mapping).toEqual([]);
    expect(await p.say("gaming")).toEqual(["Vad är du bra på, tycker du själv eller andra?"]);
  });
});
