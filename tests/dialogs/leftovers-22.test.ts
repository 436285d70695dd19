// Session 22's leftovers found by a young tester (tester22), the ones the engineer fixed:
// - A check-in answered with dark jokes, seconds apart ("4, måndag vill döda mig haha", "sov som en död 💀", "nej, jag
//   e i princip ett lik i soffan 😂", "en promenad kanske om jag inte dör på vägen lol"), then "haha du e rolig för en
//   robot": the last was read with the ones before it as a crisis, and the conversation was locked. A message the
//   trained screen reads nothing in carries no burst on (bot/safety/screen-in-context.ts carriesBurst).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { correctsAlarm, planInMotion, toldProtectiveStep } from "../../dialogs/shared/waiting-words.js";
import { someoneElseSafe, worriesAboutSomeoneElse } from "../../dialogs/shared/someone-else-words.js";
import { screenMessage } from "../../bot/safety/screen.js";
import { asksIfAgeFits } from "../../dialogs/shared/age-words.js";
import { aboutProgram } from "../../dialogs/shared/understand-small-talk.js";

const suite = transcriptSuite(722200000);
const { onboarded, conversationOf } = suite;

describe("dark jokes in a check-in, then a joke about the robot", () => {
  it("no crisis for the joke about the robot, nor for anything before it", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    for (const text of [
      "4, måndag vill döda mig haha",
      "nej asså det e ett skämt, måndagar suger bara",
      "sov som en död 💀",
      "bra",
      "nej, jag e i princip ett lik i soffan 😂",
      "en promenad kanske om jag inte dör på vägen lol",
      "nej",
      "en promenad",
      "haha du e rolig för en robot",
    ]) {
      const reply = (await p.say(text)).join(" ");
      expect(reply, text).not.toMatch(/90101|ring 112/);
      expect((await conversationOf(p)).priority, text).not.toBe("crisis");
    }
  });
});

// A reviewer's findings on the session's readers (each example was answered wrongly before).
describe("the wait's readers do not take danger for relief, correction or a step", () => {
  it("someone else safe: only the news, nothing more told with it", () => {
    for (const t of ["hon skrev att hon ska ta livet av sig ikväll", "hon svarade!! men hon har tagit typ 20 tabletter", "hon svarade, hon ligger på golvet o andas konstigt", "she texted back that she took all her pills"]) {
      expect(someoneElseSafe(t), t).toBe(false);
    }
    for (const t of ["hon svarade!!", "she texted back", "han har svarat nu"]) expect(someoneElseSafe(t), t).toBe(true);
  });

  it("a false alarm corrected: only when the correction ends the message, or goes on with a film or a joke", () => {
    for (const t of ["det var inte så jag menade, jag ska hoppa ikväll", "det var inte så jag menade. jag vill bara försvinna", "nej jag är inte i fara. jag är hemma ensam med tabletterna", "im not in danger lol. just tired of living", "ingen slår mig. han stryper mig bara", "ingen slår mig nu, han sover"]) {
      expect(correctsAlarm(t), t).toBe(false);
    }
    for (const t of ["ingen slår mig", "va?? jag frågade bara om man får vara med när man e 15. ingen slår mig", "nej nej ingen slår mig, det var ett citat från en film", "im not in danger lol"]) expect(correctsAlarm(t), t).toBe(true);
  });

  it("a protective step is putting away, not throwing up or posting", () => {
    for (const t of ["i threw them up", "jag la ut det på snap", "i put it up on my story"]) expect(toldProtectiveStep(t), t).toBe(false);
    for (const t of ["ok jag la undan dom", "i put them away"]) expect(toldProtectiveStep(t), t).toBe(true);
  });

  it("afraid of someone is not worry for them; medicine at home is not pills in hand", () => {
    expect(worriesAboutSomeoneElse("jag är rädd för min kille")).toBe(false);
    expect(worriesAboutSomeoneElse("jag e orolig för min kompis")).toBe(true);
    expect(planInMotion("jag har mediciner här hemma")).toBeUndefined();
    expect(planInMotion("jag har tabletter framför mig")).toBe("means");
  });

  it("'min partner slår mig' is harm from someone close", () => {
    expect(screenMessage("min partner slår mig").level).toBe("crisis");
    expect(screenMessage("min partner slog mig igen").level).toBe("crisis");
  });
});

describe("the conversation's readers do not take another question for theirs (a reviewer)", () => {
  it("moving a meeting is not whether an age fits; help with a CV is not help with housing", () => {
    expect(asksIfAgeFits("jag fyller 18 nästa vecka, går det att flytta mötet?")).toBeUndefined();
    expect(asksIfAgeFits("ja jag e 16 e det ok?")).toBe(16);
    expect(asksIfAgeFits("jag e 16 går det?")).toBe(16);
    expect(aboutProgram("help i feel so flat")).not.toBe("housing");
    expect(aboutProgram("kan ni hjälpa mig med cv, jag bor i lägenhet med mamma")).not.toBe("housing");
    expect(aboutProgram("kommer ni kunna hjälpa mig hitta boende?")).toBe("housing");
    expect(aboutProgram("can you help me find a place to live")).toBe("housing");
  });
});
