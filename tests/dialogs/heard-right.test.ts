// What a young person texting the product found (a helper playing ten young people, 2026-12-02), each
// answered the way they meant it: "ya sure" to the offer of a person is a yes, and an unclear answer is
// asked about again rather than taken for a no; "jag vill inte att nån ringer" while a person is awaited
// is heard as a no to a call; "can u speak english" switches language anywhere; "är det en människa som
// svarar?" is not answered with "Ja, jag är ett datorprogram"; "i want to delete everything" is a
// request to erase, not distress; "vad har ni sparat om mig?" is told what is kept; a meeting to cancel
// in words reaches the coordinator; asking for a check-in while a person is awaited gets an answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

let n = 753100000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

describe("the offer of a person", () => {
  it.each([
    ["en", "everything sucks", "ya sure"],
    ["en", "everything sucks", "yeah ok"],
    ["sv", "allt känns meningslöst", "yes"],
    ["sv", "allt känns meningslöst", "jaa gärna"],
  ] as const)("%s: %j, then %j, is a yes", async (language, heavy, yes) => {
    const p = await onboarded(language);
    expect((await p.say(heavy)).join(" ")).toMatch(language === "sv" ? /hör av sig till dig\?/ : /get in touch/);
    await p.say(yes);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "concern" });
  });

  it("an answer that is neither yes nor no is asked about once more, and is never taken for a no", async () => {
    const p = await onboarded();
    expect((await p.say("allt känns meningslöst")).join(" ")).toContain("Vill du att teamet hör av sig till dig?");
    const again = await p.say("kanske? vet inte vad det innebär");
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(/Vill du att teamet hör av sig till dig\?/);
    expect(again[0]).toMatch(/\n1\. Ja\n2\. Nej$/);
    expect((await p.record()).conversations[0]!.status).toBe("bot");
    await p.say("ja");
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "concern" });
  });
});

describe("while a person is awaited", () => {
  it.each(["nej jag vill inte att nån ringer", "ingen får ringa mig", "dont call me pls"])("%j is heard as no call, never as wanting to talk", async (text) => {
    const english = text.startsWith("dont");
    const p = await onboarded(english ? "en" : "sv");
    await p.say(english ? "talk to a person" : "prata med en människa");
    expect((await p.record()).conversations[0]!.status).toBe("waiting");
    const reply = await p.say(text);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^(Okej, jag säger till .* helst inte vill bli uppringd|Uppfattat. Jag för vidare att du inte vill ha något samtal|Okay, I'll tell .* rather not get a call|Got it. I'll pass on that you don't want a call)/);
    expect(reply[0]).not.toMatch(/vill prata|want to talk/);
  });
});

describe("asking for a check-in while a person is awaited", () => {
  it.each([["sv", "prata med en människa", "checka in"], ["en", "talk to a person", "check in"], ["sv", "prata med en människa", "berätta om mig"]] as const)(
    "%s: after %j, %j is told the questions wait, every time",
    async (language, human, command) => {
      const p = await onboarded(language);
      await p.say(human);
      for (let i = 0; i < 2; i++) {
        const reply = await p.say(command);
        expect(reply).toHaveLength(1);
        expect(reply[0]).toMatch(language === "sv" ? /pausat mina frågor|frågor är pausade/ : /questions are paused/);
      }
      expect((await p.record()).conversations[0]!.status).toBe("waiting");
    },
  );
});

describe("the language, whenever it is asked for", () => {
  it("'can u speak english' in the middle of a Swedish conversation switches, and the next reply is English", async () => {
    const p = await onboarded("sv");
    expect(await p.say("can u speak english")).toEqual([expect.stringMatching(/^(Sure, I'll write in English from now on\.|Of course, English from now on\.)$/)]);
    expect((await p.record()).language).toBe("en");
    expect((await p.say("hi"))[0]).toMatch(/^Hi Sara! What would you like to do\?/);
    expect(await p.say("svenska tack")).toEqual([expect.stringMatching(/svenska från och med nu\.$/)]);
    expect((await p.record()).language).toBe("sv");
  });

  it("asked for the language already in use, it says so instead of not understanding", async () => {
    const p = await onboarded("en");
    expect(await p.say("english pls")).toEqual([expect.stringMatching(/^(We're already writing in English, and we'll keep to it\.|English it is, just as now\.)$/)]);
    expect((await p.record()).language).toBe("en");
  });

  it("words about a language that ask for nothing change nothing", async () => {
    const p = await onboarded("sv");
    await p.say("jag pluggar engelska idag");
    expect((await p.record()).language).toBe("sv");
    for (const text of ["my english is bad", "engelska är svårt", "kan du hjälpa mig med engelskan"]) {
      expect((await p.say(text))[0], text).not.toMatch(/English|engelska/);
      expect((await p.record()).language, text).toBe("sv");
    }
  });

  it("the ways a tester asked, both directions and with typos: 'can we speak english instead', 'kan vi köra engelska', 'på svenska tack', 'svenska?'", async () => {
    const p = await onboarded("sv");
    const toEnglish = /^(Sure, I'll write in English from now on\.|Of course, English from now on\.)$/;
    const toSwedish = /^(Okej, jag skriver på svenska från och med nu\.|Absolut, svenska från och med nu\.)$/;
    for (const [text, language, reply] of [
      ["can we speak english instead", "en", toEnglish],
      ["på svenska tack", "sv", toSwedish],
      ["kan vi köra engelska", "en", toEnglish],
      ["svenska?", "sv", toSwedish],
      ["englsh plz", "en", toEnglish],
      ["kan vi byta språk till svneska", "sv", toSwedish],
      ["sorry i dont speak swedish", "en", toEnglish],
    ] as const) {
      expect(await p.say(text), text).toEqual([expect.stringMatching(reply)]);
      expect((await p.record()).language, text).toBe(language);
    }
  });

  it("the name alone answers a question that takes any text ('Vad gör att det är en 6:a…?' 'engelska'); asked with 'tack' or '?', it is a request", async () => {
    const p = await onboarded("sv");
    await p.say("checka in");
    expect((await p.say("6"))[0]).toMatch(/inte lägre\?$/);
    expect((await p.say("engelska"))[0]).toMatch(/Hur har du sovit\?/);
    expect((await p.record()).language).toBe("sv");
    const q = await onboarded("sv");
    await q.say("checka in");
    await q.say("6");
    expect(await q.say("engelska tack")).toEqual([expect.stringMatching(/^(Sure, I'll write in English from now on\.|Of course, English from now on\.)$/)]);
    expect((await q.record()).language).toBe("en");
  });
});

describe("a meeting to cancel or move, in words", () => {
  it.each([["sv", "jag vill avboka mötet"], ["sv", "kan int komma till mötet idag sorry"], ["en", "cant make the meeting tmrw"]] as const)(
    "%s: %j asks the coordinator and says so",
    async (language, text) => {
      const p = await onboarded(language);
      const reply = await p.say(text);
      expect(reply).toEqual([expect.stringMatching(language === "sv" ? /hör av sig om tiden/ : /will get in touch about the time/)]);
      expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "meeting" });
    },
  );

  it("'kan inte komma på nåt' is no meeting", async () => {
    const p = await onboarded();
    await p.say("kan inte komma på nåt");
    expect((await p.record()).conversations[0]!.status).toBe("bot");
  });
});

describe("plain questions", () => {
  it("'vad har ni sparat om mig?' is told what is kept, not only for how long, and how to see it all", async () => {
    const p = await onboarded();
    const [answer] = await p.say("vad har ni sparat om mig?");
    expect(answer).toMatch(/nummer/);
    expect(answer).toMatch(/skriver och svarar|meddelanden och svar/);
    expect(answer).toMatch(/raderas 6 mån efter att kontakten slutat/);
    expect(answer).toMatch(/registerutdrag/);
  });

  it("'är det en människa som svarar nu?' is told it is a program, without a 'Ja' in front", async () => {
    const p = await onboarded();
    const [answer] = await p.say("är det en människa som svarar nu?");
    expect(answer).toMatch(/^Jag är (ett datorprogram|en digital assistent)/);
  });

  it("'i want to delete everything' is a request to erase (confirmed first), not a heavy message", async () => {
    const p = await onboarded("en");
    const reply = (await p.say("i want to delete everything")).join(" ");
    expect(reply).toMatch(/^Do you want us to delete everything about you: messages, answers and your number\? It can't be undone\./);
    expect(reply).not.toMatch(/get in touch with you\?/);
    expect((await p.record()).conversations[0]!.priority).toBe("normal");
  });
});

describe("a check-in begun by saying how one is", () => {
  it("'mår sådär idag' is thanked and asked for a number, not asked how it is; 'checka in' still opens with the question", async () => {
    const told = await onboarded();
    const [reply] = await told.say("mår sådär idag");
    expect(reply).toMatch(/^(Tack för att du berättar\. Om du sätter en siffra på det|Okej, tack\. Vilken siffra)/);
    expect(reply).not.toMatch(/Hur är det idag/);
    expect((await told.say("5"))[0]).toBeTruthy();
    expect((await told.record()).checkIns).toEqual([]); // stored at the end of the check-in, as always
    const asked = await onboarded();
    expect((await asked.say("checka in"))[0]).toMatch(/^Hej( Sara)?! (Hur är det idag|Var är du idag)/);
    const english = await onboarded("en");
    expect((await english.say("im so tired today"))[0]).toMatch(/^(Thanks for telling me|Okay, thanks)/);
  });
});

describe("a question about the options is no pick only where the answer is a decision", () => {
  it("the offer of a person: 'ja, vem ringer?' is a yes; a meeting: 'kan jag komma om en timme istället' asks for another time", async () => {
    const { recognizeChoice } = await import("../../dialogs/shared/recognize.js");
    const { choiceSets } = await import("../../dialogs/shared/choice-sets.js");
    const yesNo = choiceSets.yesNo;
    expect(recognizeChoice("ja, vem ringer?", yesNo.options, ["Ja", "Nej"], yesNo.reader)).toBe("yes");
    expect(recognizeChoice("ja vem då?", yesNo.options, ["Ja", "Nej"], yesNo.reader)).toBe("yes");
    // The consents (weighty): the same words are asked about, not taken.
    expect(recognizeChoice("vad händer om jag säger nej", yesNo.options, ["Ja", "Nej"], yesNo.reader, true)).toBeUndefined();
    const meeting = choiceSets.meetingAnswer;
    const labels = ["Ja, det passar", "Kan inte", "Annan tid"];
    expect(recognizeChoice("kan jag komma om en timme istället", meeting.options, labels, meeting.reader)).toBe("other");
    expect(recognizeChoice("kan inte, vad gör jag nu?", meeting.options, labels, meeting.reader)).toBe("cancel");
  });
});
