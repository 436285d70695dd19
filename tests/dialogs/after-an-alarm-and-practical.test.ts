// What the ninth young tester (texter16) found around a first message flagged as a crisis, and with practical
// questions:
// - #2: when the very first message is flagged, the crisis reply came instead of the introduction: she was never
//   told she was texting a digital assistant or who reads, and after the hand-back the consent question came
//   four times over two weeks at random moments, her questions about school left unanswered.
// - #8: the trust questions that matter: what soc will do ("kommer soc hem till oss"), a foster home or the staff
//   where one lives, "ingen kmr få veta va?", "syns det här hos af", turning 18.
// - #14: "vet inte vad siffra betyder" to the check-in's offer was taken for a no, "idk typ mitt emellan" was not
//   understood, and "👎" to the sleep question was asked again.
// - #10: "kan man få försörjningsstöd om man e föräldraledig" got a privacy disclaimer, "var på vårdcentralen"
//   "ring 1177", and förskola, övningsköra, gymnasiet igen and a CV got nothing: short, truthful signposts.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, handBack, replyAsCoordinator } from "../../bot/staff/handoff.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Sunday 11:00 in Stockholm before each test: the office closed, as when Vera first wrote.
const SUNDAY_11 = Date.parse("2026-11-29T10:00:00Z");
const suite = transcriptSuite(731616000, { clock: SUNDAY_11 });
const { conversationOf, staffDeps } = suite;

const say = async (p: Participant, text: string, after = MINUTE) => {
  suite.h.clock.advance(after);
  return (await p.say(text)).join("\n");
};
// Said inside the crisis reply's two messages (crisis.whoIAmShort; never a third in a row: crisis-two-messages.test.ts).
const INTRO_SV = /Jag är Tillit, ett program\. Personal läser här\./;
const INTRO_EN = /I'm Tillit, a program\. Staff read this\./;
const CONSENT = /får jag spara|spara dina svar|sparar det du skriver och svarar|okej att jag sparar|1 för ja|save your answers|keep what you write/i;

// First messages the screen flags as a crisis, in the ways a first message may come.
const FIRST_ALARMS: [string, "sv" | "en"][] = [
  ["har samlat ihop alla tabletter jag har typ. bara så jag vet att dom finns", "sv"],
  ["jag vill inte leva längre", "sv"],
  ["i want to kill myself", "en"],
];

describe("a very first message flagged as a crisis (texter16 #2)", () => {
  it("gets the help first, then once and briefly what Tillit is and who reads, and no consent", async () => {
    for (const [text, language] of FIRST_ALARMS) {
      const p = suite.newcomer();
      const replies = await p.say(text);
      const all = replies.join("\n");
      expect(all, text).toMatch(/112/);
      expect(all, text).toMatch(language === "sv" ? INTRO_SV : INTRO_EN);
      expect(all, text).not.toMatch(CONSENT);
      // The help comes first: the introduction is not the first thing they read.
      expect(replies[0], text).toMatch(/112/);
      expect((await conversationOf(p)).priority, text).toBe("crisis");
      // More that reads as a crisis is heard, with no second introduction.
      expect(await say(p, language === "sv" ? "jag vill dö" : "i want to die"), text).not.toMatch(language === "sv" ? INTRO_SV : INTRO_EN);
    }
  });

  it("after harm from someone close, the question about the phone still comes last", async () => {
    const p = suite.newcomer();
    const replies = await p.say("min pojkvän slog mig igår och han kollar min mobil");
    expect(replies).toHaveLength(2);
    expect(replies.join("\n")).toMatch(INTRO_SV);
    expect(replies.at(-1)).toMatch(/Ska jag bara svara när du skriver, och inte höra av mig först\?\n1\. Ja\n2\. Nej$/);
  });

  it("someone already introduced gets no introduction with a crisis", async () => {
    const p = await suite.onboarded();
    const all = await say(p, "jag vill inte leva längre");
    expect(all).toMatch(/90101/);
    expect(all).not.toMatch(INTRO_SV);
  });

  it("after the hand-back, what she says is answered, the consent is not pushed at random moments, and it comes once with a check-in", async () => {
    const p = suite.newcomer();
    await p.say("har samlat ihop alla tabletter jag har typ. bara så jag vet att dom finns");
    // Her questions while a person is awaited are answered.
    expect(await say(p, "kan man börja gymnasiet igen på ett annat program")).toMatch(/år man fyller 20/);
    expect(await say(p, "jag har typ aldrig jobbat kan jag ens skriva ett cv")).toMatch(/cv är/i);
    // Wednesday: Maja writes to her and hands back.
    suite.h.clock.ms = Date.parse("2026-12-02T08:30:00Z");
    const { conversationId } = await suite.joinTeam(p);
    const maja = suite.w.accounts.coordA.actor;
    await assignConversation(staffDeps(), maja, conversationId, maja.id);
    await replyAsCoordinator(staffDeps(), maja, conversationId, "Hej Vera! Maja här, jag är koordinator. Vi kan kolla på gymnasiet ihop. Vill du ses på biblioteket nästa vecka?");
    await handBack(staffDeps(), maja, conversationId);
    await p.received();
    const said: string[] = [];
    for (const text of ["ja kanske men jag e typ rädd för att gå ut", "kan vi bara skriva först"]) said.push(await say(p, text, 2 * HOUR));
    suite.h.clock.ms = Date.parse("2026-12-05T09:00:00Z");
    said.push(await say(p, "läser maja det här på helgen"));
    suite.h.clock.ms = Date.parse("2026-12-15T15:00:00Z");
    said.push(await say(p, "sorry har varit sjuk"));
    const late = await say(p, "e det försent att börja i januari");
    said.push(late);
    for (const reply of said) expect(reply).not.toMatch(CONSENT);
    expect(late).not.toMatch(/Ingen brådska/);
    // Something that keeps answers asks for the consent, in full, once.
    const checkIn = await say(p, "kolla läget");
    expect(checkIn).toMatch(/För det behöver jag spara dina svar/);
  });
});

describe("a first message that tells a lot (texter16 #18)", () => {
  it("gets a word for what was told with the introduction, then the consent; a plain hello does not", async () => {
    for (const [text, heard] of [
      ["hej jag heter vera och jag hoppade av gymnasiet i våras för att jag mådde så dåligt och nu sitter jag bara hemma", /Tack för att du berättar/],
      ["hi my name is sam and i dropped out of school last year and now i just stay at home all day and my mom is angry", /Thanks for telling me/],
    ] as const) {
      const p = suite.newcomer();
      const replies = await p.say(text);
      expect(replies[0], text).toMatch(/digital (assistent|assistant)/);
      expect(replies.join("\n"), text).toMatch(heard);
      expect(replies.at(-1), text).toMatch(/Okej\?|OK\?/);
    }
    const q = suite.newcomer();
    expect((await q.say("Hej")).join("\n")).not.toMatch(/Tack för att du berättar/);
  });
});

describe("practical questions (texter16 #10)", () => {
  // What is asked, and what the answer must say (a signpost, never a privacy disclaimer or "förstår inte").
  const ASKED: [string, RegExp, "sv" | "en"][] = [
    ["kan man få försörjningsstöd om man e föräldraledig", /socialtjänsten/, "sv"],
    ["kan jag få csn om jag e 19 o läser på gymnasiet", /csn/i, "sv"],
    ["dom sjukskrev mig 2 veckor fast jag inte har jobb?? hur funkar det", /Försäkringskassan/, "sv"],
    ["hur funkar förskola, när kan han börja", /kommunen.*fyra månader/s, "sv"],
    ["hur funkar dagis", /kommunen/, "sv"],
    ["när kan man börja övningsköra", /16.*körkortstillstånd/s, "sv"],
    ["när får man övningsköra", /16/, "sv"],
    ["how do i get a drivers license", /learner's permit/, "en"],
    ["kan man gå om gymnasiet", /fyller 20/, "sv"],
    ["kan man byta program på gymnasiet", /fyller 20/, "sv"],
    ["can i restart gymnasiet", /turn 20/, "en"],
    ["hur skriver man ett cv", /cv är/i, "sv"],
    ["jag har typ aldrig jobbat kan jag ens skriva ett cv", /aldrig jobbat/, "sv"],
    ["how do i write a cv", /CV is/, "en"],
    ["do i need a personnummer to go to vårdcentral", /without a personnummer/, "en"],
    ["behöver man personnummer för att gå till vårdcentralen", /utan personnummer/, "sv"],
    ["e det försent att börja i januari", /inte svara säkert|inga säkra svar/, "sv"],
    ["is it too late to apply", /can't answer that for sure|don't have a sure answer/, "en"],
  ];

  it("gets a short, truthful signpost, or an honest 'it depends' and the team", async () => {
    for (const [text, answer, language] of ASKED) {
      const p = await suite.onboarded(language);
      const reply = await say(p, text);
      expect(reply, text).toMatch(answer);
      expect(reply, text).not.toMatch(/frivilligt|voluntary|förstår inte allt|hänger inte riktigt med|don't understand everything/);
    }
  });

  it("'var på vårdcentralen' is news, not a question where to go", async () => {
    for (const text of ["var på vårdcentralen", "var hos läkaren idag", "var på vc igår"]) {
      const p = await suite.onboarded();
      expect(await say(p, text), text).not.toMatch(/ring 1177|Vet du inte vart du ska gå/);
    }
  });

  it("money asked as following from taking part still gets the privacy answer", async () => {
    const p = await suite.onboarded();
    expect(await say(p, "får jag mindre försörjningsstöd om jag e med i detta?")).toMatch(/frivilligt/);
  });
});

describe("check-ins answered oddly (texter16 #14)", () => {
  /** Someone onboarded on team Nord whose coordinator's check-in is offered on Wednesday at 09:00. */
  async function offered(language: "sv" | "en" = "sv"): Promise<Participant> {
    suite.h.clock.ms = Date.parse("2026-11-24T13:00:00Z"); // Tuesday 14:00 in Stockholm
    const p = await suite.onboarded(language);
    const { conversationId } = await suite.joinTeam(p);
    await addSchedule(staffDeps(), suite.w.accounts.coordA2.actor, conversationId, { kind: "weekly", weekday: 3, time: "09:00", dialog: "check-in" });
    await p.received();
    const got = await suite.liveUntil(p, "2026-11-25T08:20:00Z");
    expect(got.map((m) => m.text).join(" ")).toMatch(/incheckning|check-in/);
    return p;
  }

  it("'vet inte vad siffra betyder' at the offer: the scale in a line and the offer again; 'idk typ mitt emellan' is a 5", async () => {
    for (const [question, middle, language] of [
      ["vet inte vad siffra betyder", "idk typ mitt emellan", "sv"],
      ["vad betyder siffrorna?", "typ mitt emellan", "sv"],
      ["what do the numbers mean", "idk like in the middle", "en"],
    ] as const) {
      const p = await offered(language);
      const explained = await say(p, question);
      expect(explained, question).toMatch(language === "sv" ? /1 är riktigt dåligt och 10 riktigt bra/ : /1 is really bad and 10 really good/);
      expect(explained, question).toMatch(language === "sv" ? /incheckning/ : /check-in/);
      expect(explained, question).not.toMatch(/hoppar över|skip it|förstod inte|didn't quite/);
      const told = await say(p, middle);
      expect(told, middle).not.toMatch(/förstår inte allt|don't understand everything|hänger inte/);
      expect(told, middle).toMatch(/5/);
      expect((await p.record()).checkIns, middle).toHaveLength(0);
    }
  });

  it("'👎' to 'Hur har du sovit?' is Dåligt", async () => {
    const p = await suite.onboarded();
    await say(p, "kolla läget");
    await say(p, "6");
    const asked = await say(p, "idk");
    expect(asked).toMatch(/Hur har du sovit/);
    const next = await say(p, "👎");
    expect(next).not.toMatch(/förstod inte/);
  });
});

describe("trust questions that matter (texter16 #8)", () => {
  const ASKED: [string, RegExp, "sv" | "en"][] = [
    ["kommer soc hem till oss", /bestämmer soc.*skickat din fråga till en person|skickat till en person i teamet/s, "sv"],
    // (Linnea's "vad händer om jag säger det till soc då, tar dom mig härifrån", and "tar dom mig härifrån" alone,
    // are flagged as a crisis by the screen, which is not this file's.)
    ["vad händer om jag berättar det för soc", /bestämmer soc/, "sv"],
    ["blir jag placerad då", /bestämmer soc/, "sv"],
    ["will social services come to our house", /passed your question to a person/, "en"],
    ["personal läser detta också? min kontaktperson på boendet?", /personalen (där du bor|på ditt boende)/, "sv"],
    ["kan min familjehemsmamma läsa detta", /familjehem/, "sv"],
    ["kan personalen på hvb se det här", /där du bor|på ditt boende/, "sv"],
    ["can my foster parents read this", /foster home/, "en"],
    ["ingen kmr få veta va? 🙏", /anmäla|soc/, "sv"],
    ["syns det här hos af", /Arbetsförmedlingen|af/i, "sv"],
    ["om jag fyller 18 nästa månad, ändras nåt då", /15 och 24|upp till 24/, "sv"],
    ["what happens when i turn 18", /15 and 24|up to 24/, "en"],
  ];

  it("each gets its own truthful answer, never a word about parents for a foster home, nor 'Tillit skickar inget dit' about what soc does", async () => {
    for (const [text, answer, language] of ASKED) {
      const p = await suite.onboarded(language);
      const reply = await say(p, text);
      expect(reply, text).toMatch(answer);
      expect(reply, text).not.toMatch(/förstår inte allt|hänger inte riktigt med|don't understand everything|dina föräldrar|your parents|Jag är kvar här/);
      if (/soc|social services/.test(text)) expect(reply, text).not.toMatch(/skickar inget dit|sends nothing there/);
    }
  });

  it("'kommer soc hem till oss' after a crisis and a hand-back: honestly that soc decides, and the question goes to a person", async () => {
    const p = await suite.onboarded();
    await say(p, "mammas kille knuffade mig i trappan igår och jag vågar inte gå hem");
    expect((await conversationOf(p)).priority).toBe("crisis");
    const { conversationId } = await suite.joinTeam(p);
    const maja = suite.w.accounts.coordA.actor;
    suite.h.clock.advance(HOUR);
    await assignConversation(staffDeps(), maja, conversationId, maja.id);
    await replyAsCoordinator(staffDeps(), maja, conversationId, "Hej, Maja här. Jag vill att vi pratar tillsammans med din kurator. Går det bra att jag ringer henne?");
    await handBack(staffDeps(), maja, conversationId);
    await p.received();
    const reply = await say(p, "kommer soc hem till oss", 30 * MINUTE);
    expect(reply).toMatch(/bestämmer soc|vad soc gör/);
    expect(reply).not.toMatch(/skickar inget dit|kan inte läsa det här/);
    expect((await conversationOf(p)).status).toBe("waiting");
  });
});
