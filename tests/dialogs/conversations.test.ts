import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

let n = 720000000;
const onboarded = (language: "sv" | "en" = "sv", name?: string) => onboardedParticipant(h, `+46${n++}`, language, name);

const DAY = 24 * 60 * 60 * 1000;

describe("check-in", () => {
  it("Swedish: scale, what makes it not lower, sleep / food / movement, a small step offered, a warm word", async () => {
    const p = await onboarded();
    expect(await p.say("checka in")).toEqual(["Hej Sara! Hur är det idag, på en skala 1-10?"]);
    // Each answer gets a short reflection before the next question.
    expect(await p.say("typ 6")).toEqual(["Okej, tack. Vad gör att det är en 6:a och inte lägre?"]);
    expect(await p.say("var ute med hunden")).toEqual(["Tack för att du berättar. Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"]);
    expect(await p.say("sådär")).toEqual(["Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej"]);
    expect(await p.say("jo")).toEqual(["Har du rört på dig något idag?\n1. Ja\n2. Lite\n3. Nej"]);
    expect(await p.say("lite")).toEqual(["Vill du testa en liten sak innan vi hörs nästa gång? Helt okej att säga nej.\n1. En promenad\n2. En bussresa\n3. Ringa någon\n4. Inte nu"]);
    expect(await p.say("bussresa")).toEqual(["Vad fint! En bussresa låter som en bra grej. Starkt att du vill testa."]);
    expect((await p.record()).checkIns).toEqual([
      expect.objectContaining({ mood: 6, betterBecause: "var ute med hunden", sleep: "ok", food: "yes", movement: "little", smallStep: "bus" }),
    ]);
  });

  // Changed with issue 13: "not now" here is the small-step question's own option, so it answers that
  // question and the check-in is kept (it used to be taken as the global "later" and thrown away).
  // Changed with the check-in readings: an emoji is a feeling, so the 9 it is read as is said plainly
  // (it used to be stored without a word).
  it("English, with an emoji for the scale, skips, and 'not now' to the small step: kept, never pushed", async () => {
    const p = await onboarded("en", "Sam");
    expect(await p.say("check in")).toEqual(["Hi Sam! How are you today, on a scale of 1-10?"]);
    expect(await p.say("😊")).toEqual(["Great to hear! I'll write it down as 9 out of 10, send another number if that's not right. What makes it not lower?"]);
    expect(await p.say("skip")).toEqual(["How have you slept?\n1. Good\n2. So-so\n3. Badly"]);
    expect(await p.say("badly")).toEqual(["Oh, that wears you out. Have you had a proper meal today?\n1. Yes\n2. A little\n3. No"]);
    await p.say("skip");
    await p.say("no");
    expect(await p.say("not now")).toEqual(["Thanks for sharing, Sam. Good that you took the time."]);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 9, betterBecause: null, sleep: "bad", food: null, movement: "no", smallStep: null })]);
    // Changed with the fourth testers: a thank-you is answered as one (it was met with "I don't understand").
    expect(await p.say("thanks")).toEqual([expect.stringMatching(/^(You're welcome! Write whenever you like\.|No problem\. I'm here whenever you want to write\.|You're welcome, get in touch when it suits you\.)$/)]);
    expect(await p.say("hm ok")).toEqual(["Thanks for writing. I'm a digital assistant and don't understand everything, but the team reads along."]);
  });

  // Changed with the check-in readings: the rough number is said plainly, with how to change it (it
  // used to be stored without a word), so the reply now names a "siffra"; it is still not asked for.
  it("a mood said in words to the 1-10 question counts, roughly ('kass' is low and heard as low, and told so); 'ok' is no score, and a self-rating's 'bra' is still asked as a number", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const low = await p.say("kass");
    expect(low.join(" ")).not.toMatch(/förstod inte|Svara gärna med en siffra|En siffra 1-10 räcker/);
    expect(low.join(" ")).toMatch(/(skriver|noterar) det som en 2:a, skriv en annan siffra/);
    // Heard as low: not the follow-up a good score gets.
    expect(low.join(" ")).not.toMatch(/Skönt|Vad bra/);
    const q = await onboarded();
    await q.say("checka in");
    const middling = (await q.say("sådär")).join(" ");
    expect(middling).not.toMatch(/förstod inte|Svara gärna med en siffra|En siffra 1-10 räcker/);
    expect(middling).toMatch(/(skriver|noterar) det som en 5:a/);
    // "ok" agreeing to a check-in is no score.
    const r = await onboarded();
    await r.say("checka in");
    expect((await r.say("ok"))[0]).toMatch(/siffra/);
    const rating = await onboarded();
    await rating.say("skattning");
    expect((await rating.say("bra"))[0]).toMatch(/siffra/);
  });

  // Changed with issue 13: an answer not understood twice no longer hands the conversation to a
  // human (which left the participant in silence); the question is skipped and the check-in goes on.
  it("an answer not understood twice is kept, the question skipped kindly, and the conversation goes on", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    await p.say("hoppa över");
    expect(await p.say("banan")).toEqual(["Jag förstod inte riktigt. Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"]);
    expect(await p.say("äpple")).toEqual(["Ingen fara, vi hoppar över den. Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej"]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ status: "bot", handoffReason: null });
    // The retry's words vary from the last one said (the no-repeat guard knows a line whatever filled its slots).
    expect(await p.say("?")).toEqual([expect.stringMatching(/^(Jag förstod inte riktigt|Förlåt, jag hängde inte med)\. Har du ätit något ordentligt idag\?\n1\. Ja\n2\. Lite\n3\. Nej$/)]);
    expect(await h.tillit.db.message.count({ where: { participantId: r.id, body: "äpple" } })).toBe(1);
  });
});

describe("interruptions anywhere", () => {
  it.each([
    ["at a scale question", ["checka in"]],
    ["at a choice question", ["checka in", "4", "inget"]],
    ["at a free-text question", ["kartläggning"]],
    ["with no dialog running", []],
  ])("asking for a person %s hands over, says honestly when someone reads it, and the bot stops asking", async (_where, before) => {
    const p = await onboarded();
    for (const t of before) await p.say(t);
    // The harness clock is a Monday morning: the office is open.
    expect(await p.say("kan jag prata med en människa?")).toEqual(["Självklart, jag säger till teamet. Någon i teamet läser under dagen."]);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "asked" });
    // No more questions: each message is acknowledged (never silence but for a filler), the closing not at once again.
    expect(await p.say("5")).toEqual(["Jag är kvar här, och det du skriver sparas åt teamet."]);
    const hello = await p.say("hallå?");
    expect(hello).toHaveLength(1);
    expect(hello[0]).toMatch(/Någon i teamet läser under dagen\.$/);
    expect(hello[0]).not.toMatch(/skala|\?$/);
  });

  it("HJÄLP mid-dialog answers and leaves the dialog where it was", async () => {
    const p = await onboarded();
    await p.say("checka in");
    expect((await p.say("hjälp"))[0]).toMatch(/^Tillit är en digital assistent/);
    expect(await p.say("7")).toEqual(["Skönt att höra! Vad gör att det är en 7:a och inte lägre?"]);
  });

  it("STOPP mid-dialog opts out at once", async () => {
    const p = await onboarded();
    await p.say("checka in");
    expect(await p.say("STOPP")).toEqual(["Okej, nu skickar Tillit inga fler meddelanden till dig. Vill du höras igen? Skicka START när du vill."]);
    expect(await p.say("7")).toEqual([]);
  });
});

describe("later and skip at every kind of question", () => {
  it.each([
    ["a scale", ["checka in"]],
    ["a free-text question", ["checka in", "5"]],
    ["a choice", ["checka in", "5", "hoppa över"]],
  ])("'senare' at %s pauses without pushing, and the next message starts fresh", async (_kind, before) => {
    const p = await onboarded();
    for (const t of before) await p.say(t);
    expect(await p.say("senare")).toEqual(["Helt okej! Vi tar det en annan gång. Skriv när du vill."]);
    expect(await p.say("hej")).toEqual(["Hej Sara! Vad vill du göra?\n1. Kolla läget\n2. Berätta om mig\n3. Prata med en människa"]);
  });

  it.each([
    ["a scale", ["checka in"], "Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"],
    ["a free-text question", ["checka in", "5"], "Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"],
    ["a choice", ["checka in", "5", "hoppa över"], "Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej"],
  ])("'hoppa över' at %s moves on to the next question", async (_kind, before, next) => {
    const p = await onboarded();
    for (const t of before) await p.say(t);
    expect(await p.say("hoppa över")).toEqual([next]);
  });
});

describe("resuming after days", () => {
  it("a clear answer to the question left open still goes on the next day; days later the question is over", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("8");
    expect(await p.say("vet inte")).toEqual(["Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"]);
    h.clock.advance(DAY + DAY / 2);
    expect(await p.say("bra")).toEqual(["Skönt! Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej"]);
    h.clock.advance(4 * DAY);
    // "nej" four days later is no answer to "Har du ätit något ordentligt idag?".
    expect((await p.say("nej")).join(" ")).not.toMatch(/rör på dig|Hur har du/);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 8, sleep: "good", food: null })]);
  });

  it("anything else is read fresh and the old question dropped, what was answered kept; a shorter silence just continues", async () => {
    const p = await onboarded();
    await p.say("checka in");
    h.clock.advance(2 * DAY);
    expect(await p.say("3")).toEqual(["Tack för att du säger som det är. Vad gör att det är en 3:a och inte lägre?"]);
    h.clock.advance(5 * DAY);
    expect(await p.say("hallå")).toEqual(["Hej Sara! Vad vill du göra?\n1. Kolla läget\n2. Berätta om mig\n3. Prata med en människa"]);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 3 })]);
  });
});

describe("self-rating battery", () => {
  it("asks six statements 1-10, allows skipping, and stores a time series", async () => {
    const p = await onboarded();
    expect(await p.say("skattning")).toEqual([
      "Nu kommer sex korta påståenden. Svara 1-10, där 10 betyder att det stämmer helt. Du kan alltid skriva hoppa över.",
      "Jag känner mig redo för jobb eller studier.",
    ]);
    for (const answer of ["4", "7", "hoppa över", "6", "8"]) expect(await p.say(answer)).toHaveLength(1);
    expect(await p.say("5")).toEqual(["Tack! Det var alla. Svaren hjälper dig och teamet att se hur det går över tid."]);
    const ratings = (await p.record()).selfRatings;
    expect(ratings.map((r) => [r.statement, r.score])).toEqual([
      ["readiness", 4], ["physicalHealth", 7], ["mentalHealth", null], ["dailyRoutine", 6], ["socialContacts", 8], ["futureConfidence", 5],
    ]);
    expect(new Set(ratings.map((r) => r.batteryId)).size).toBe(1);
  });

  it("works in English", async () => {
    const p = await onboarded("en", "Sam");
    expect((await p.say("rating"))[1]).toBe("I feel ready for work or studies.");
    expect(await p.say("ten?")).toEqual(["My physical health is good."]);
  });
});

describe("mapping", () => {
  // One topic at a time, the next offered at its end (session 23: it ended there, leftovers-23b).
  it("one topic at a time, each question skippable, the next offered; 'inte nu' leaves it for the next time", async () => {
    const p = await onboarded();
    expect(await p.say("kartläggning")).toEqual([
      "Jag skulle vilja lära känna dig lite. Hoppa gärna över det du inte vill svara på.",
      "Vad tycker du om att göra?",
    ]);
    expect(await p.say("rita och spela gitarr")).toEqual(["Vad är du bra på, tycker du själv eller andra?"]);
    expect(await p.say("hoppa över")).toEqual([expect.stringMatching(/^Tack.*(Vill du ta några frågor till|Vill du fortsätta med något annat nu)[\s\S]*1\. Ja\n2\. Inte nu$/)]);
    expect(await p.say("inte nu")).toEqual([expect.stringMatching(/en annan gång|räcker för idag/)]);
    expect((await p.say("kartläggning"))[0]).toBe("Idag undrar jag lite om vad du har gjort tidigare.");
    const answers = (await p.record()).mapping;
    expect(answers.map((a) => [a.topic, a.question, a.answer, a.skipped])).toEqual([
      ["interests", "likes", "rita och spela gitarr", false],
      ["interests", "goodAt", null, true],
    ]);
  });
});

describe("mapping in English", () => {
  it("asks the topic's questions in English and stores the answers", async () => {
    const p = await onboarded("en", "Sam");
    expect(await p.say("mapping")).toEqual(["I'd like to get to know you a little. Feel free to skip anything you don't want to answer.", "What do you like doing?"]);
    expect(await p.say("gaming")).toEqual(["What are you good at, according to you or others?"]);
    expect(await p.say("fixing bikes")).toEqual([expect.stringMatching(/^Thanks.*(a few more questions|go on with something else)[\s\S]*1\. Yes\n2\. Not now$/)]);
    expect((await p.record()).mapping.map((a) => a.answer)).toEqual(["gaming", "fixing bikes"]);
  });
});

describe("never more than two bot messages in a row", () => {
  it("holds for every turn of every transcript above", async () => {
    const p = await onboarded();
    for (const t of ["checka in", "5", "hoppa över", "bra", "ja", "nej", "nej", "skattning", "kartläggning"]) {
      expect((await p.say(t)).length).toBeLessThanOrEqual(2);
    }
  });
});

// Runs last in this file: every conversation above, read from the database as a whole, never has
// more than two automated messages in a row without the participant answering in between.
describe("never more than two unanswered automated messages in a row, across every transcript", () => {
  it("holds for the whole history of every participant in this file", async () => {
    const messages = await h.tillit.db.message.findMany({ orderBy: { id: "asc" }, include: { outbox: { select: { purpose: true } } } });
    expect(new Set(messages.map((m) => m.conversationId)).size).toBeGreaterThan(10);
    const run = new Map<number, number>();
    let longest = 0;
    for (const m of messages) {
      if (m.direction === "in") run.set(m.conversationId, 0);
      else if (["reply", "nudge", "system"].includes(m.outbox?.purpose ?? "")) {
        const n = (run.get(m.conversationId) ?? 0) + 1;
        run.set(m.conversationId, n);
        longest = Math.max(longest, n);
      }
    }
    expect(longest).toBeLessThanOrEqual(2);
    expect(longest).toBe(2); // the welcome is two messages: the check sees real rows
  });
});
