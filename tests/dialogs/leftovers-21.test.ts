// Session 21, from a young tester who texted the product as a black box (sixteen findings; these are the ones the
// check-in and small talk own):
// - "som en bebis. vaknar varannan timme och gråter" to "Hur har du sovit?" got "Skönt!": the idiom read as good
//   sleep, the waking and the crying not read at all. Waking through the night and crying are a bad night.
// - "🥲" to the same question was taken as a skip, after the check-in had invited an emoji: smiling through it, so-so.
// - "har fatt en hund!!" got "Jag förstår inte allt": a new dog, a puppy, a kitten is good news, met as such.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = officeHoursSuite(762110000);
const { onboarded } = suite;

/** A check-in up to "Hur har du sovit?". */
async function atTheSleepQuestion(language: "sv" | "en" = "sv") {
  const p = await onboarded(language);
  await p.say(language === "sv" ? "kolla läget" : "check in");
  await p.say("6");
  const asked = (await p.say(language === "sv" ? "typ musik" : "music i guess")).join(" ");
  expect(asked).toMatch(language === "sv" ? /sovit/ : /slept|sleep/);
  return p;
}

describe("how they slept, told the way they tell it", () => {
  it("waking every other hour, crying: a bad night, whatever idiom comes first", async () => {
    for (const night of ["som en bebis. vaknar varannan timme och gråter", "som en bebis lol vaknar hela tiden", "like a baby, woke up every 2 hours crying"]) {
      const p = await atTheSleepQuestion(night.startsWith("like") ? "en" : "sv");
      const reply = (await p.say(night)).join(" ");
      expect(reply, night).not.toMatch(/Skönt|Vad bra|Nice|Good to hear|Glad/);
      expect(reply, night).toMatch(/tar på krafterna|låter jobbigt|sounds hard|wears you out/i);
    }
  });

  it("'🥲' is an answer (so-so), not a skip; 'vaknade utvilad' is a good night", async () => {
    const p = await atTheSleepQuestion();
    // The next question (food) follows at once, with no retry and no skip said.
    const after = (await p.say("🥲")).join(" ");
    expect(after).toMatch(/ätit/);
    expect(after).not.toMatch(/förstod inte|hoppar över|skippar/i);
    const q = await atTheSleepQuestion();
    expect((await q.say("vaknade utvilad faktiskt")).join(" ")).toMatch(/Skönt|Vad bra/);
  });
});

describe("good news about a new animal", () => {
  it("'har fatt en hund!!', 'fick en valp', 'we got a puppy' are met warmly, not with 'I don't understand'", async () => {
    for (const [language, news] of [["sv", "har fatt en hund!!"], ["sv", "fick en valp idag 🐶"], ["sv", "har skaffat en kattunge"], ["en", "we got a puppy!!"]] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(news)).join(" ");
      expect(reply, news).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, news).toMatch(/kul|roligt|härligt|grattis|fint|nice|great|congrat|lovely|wonderful|exciting/i);
    }
  });
});

describe("a concern whose kind the trained screen guessed: heard, not named", () => {
  it("'its not me its my friend!!' (the model: control, 0.88) is not told reminders stop nor given Kvinnofridslinjen; the team still sees it", async () => {
    const p = await onboarded("en");
    const reply = (await p.say("its not me its my friend!!")).join(" ");
    expect(reply).not.toMatch(/reminders|Kvinnofridslinjen|020-50 50 50/);
    expect(reply).toMatch(/a lot is going on|I hear you/);
    const record = await p.record();
    expect(record.remindersOff).toBe(false);
    expect(record.conversations[0]).toMatchObject({ priority: "concern", concernReason: expect.stringMatching(/trained-screen/) });
  });
});

// A reviewer read the session's new readers against ordinary and crisis messages they must not take (session 21).
describe("the session's readers, against what they must not take", () => {
  it("the writer's own crisis told with someone else named stays the writer's; a correction needs the other named", async () => {
    const { aboutSomeoneElse, correctsToSomeoneElse } = await import("../../dialogs/shared/someone-else-words.js");
    for (const own of ["hon tog slut med mig och jag vill inte leva längre", "min bror tog livet av sig i fjol och nu vill jag också dö", "he took everything from me i want to die", "jag och min kompis tog 20 alvedon", "me and my friend took 20 pills", "ive taken 20 and my bf took some too", "min kompis tog 20 alvedon och jag med"]) {
      expect(aboutSomeoneElse(own), own).toBe(false);
    }
    for (const other of ["my friend took like 10 xanax and now she wont wake up", "min syster har tagit en hel karta"]) expect(aboutSomeoneElse(other), other).toBe(true);
    for (const news of ["jag har inte tagit dom än", "jag tog inte mina mediciner idag", "jag har inte tagit nåt men jag vill"]) expect(correctsToSomeoneElse(news), news).toBe(false);
    expect(correctsToSomeoneElse("jag har inte tagit nåt, det är min syster")).toBe(true);
  });

  it("someone leaving is a calm moment only when the message ends with the leaving; odd feelings after pills only short or in the body", async () => {
    const { othersLeft, saysDrowsy } = await import("../../dialogs/shared/waiting-words.js");
    for (const calm of ["ok han gick ut nu. lugnt", "pappa har somnat", "he left"]) expect(othersLeft(calm), calm).toBe(true);
    for (const harm of ["han gick på mig", "de drog iväg med mig", "he left me alone at home", "she left a bruise"]) expect(othersLeft(harm), harm).toBe(false);
    for (const sign of ["känns konstigt i magen", "my stomach feels weird", "känns konstigt", "i feel weird"]) expect(saysDrowsy(sign), sign).toBe(true);
    for (const not of ["det känns konstigt att prata om det", "i feel weird about it", "har inte ont i magen", "nej inget konstigt i magen", "my stomach is fine"]) expect(saysDrowsy(not), not).toBe(false);
  });

  it("a good night with waking in it stays good; effort with 'dom' in it stays effort; a dog bite is no good news; a helpline's number is not the team's", async () => {
    const { understandGoodOkBad } = await import("../../dialogs/shared/understand-answers.js");
    const { toldEffort } = await import("../../dialogs/shared/understand-small-talk.js");
    const { isGoodNews } = await import("../../dialogs/shared/reflect.js");
    const { asksForTeamNumber } = await import("../../dialogs/shared/numbers-words.js");
    for (const good of ["sov bra, vaknat nu", "bra! vaknat av mig själv", "sov som en stock, vaknar alltid kl 7", "bra men bebisen grät lite"]) expect(understandGoodOkBad(good), good).toBe("good");
    expect(toldEffort("ringde AF idag, dom var snälla")).toBe(true);
    expect(toldEffort("ok han gick ut nu. lugnt")).toBe(false);
    for (const bad of ["got a dog bite today", "got a cat scratch", "fick en katt i halsen"]) expect(isGoodNews(bad), bad).toBe(false);
    for (const helpline of ["finns det nummer till nån jour", "vad har du för nummer till självmordslinjen"]) expect(asksForTeamNumber(helpline), helpline).toBe(false);
    expect(asksForTeamNumber("kan ja få ett nummer till nån då")).toBe(true);
  });
});
