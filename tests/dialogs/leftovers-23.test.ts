// Session 23's merge of the helpers' fixes, read together (the whole suite on the merged change):
// - the getting-to-know questions now end a topic with "Vill du ta några frågor till?" (fix23b), and "skattning"
//   written to it was taken as a "not now": nothing began, and the ratings that followed were lost as answers to
//   nothing. What a person asks to begin, written to a question with choices, is begun.
// - session 23's reviewer: a friend lying beside the writer read as far away (the steps from afar, no "stay with
//   them"), pills saved and then taken read as only kept (the suicide reply, not the overdose one), and "jag menar"
//   alone read as "stop the questions, not the contact".
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { toldFromAfar } from "../../dialogs/shared/someone-else-words.js";
import { keepsPills } from "../../dialogs/shared/waiting-words.js";
import { stopsAskingOnly } from "../../dialogs/shared/understand-contact-wishes.js";
import { fold } from "../../dialogs/shared/fold.js";
import { newsAhead } from "../../dialogs/shared/news-words.js";
import { namesWeekly } from "../../dialogs/shared/reminder-words.js";

const suite = transcriptSuite(723260000, { clock: Date.parse("2026-11-24T09:20:00Z") });
const { onboarded } = suite;

describe("what is asked for at a question with choices is begun", () => {
  it("'skattning' to the getting-to-know 'more?' begins the self-rating; its numbers are kept as ratings", async () => {
    const p = await onboarded("sv", "Zlatana");
    await p.say("kartläggning");
    await p.say("jag ritar serier");
    expect((await p.say("hoppa över"))[0]).toMatch(/Vill du ta några frågor till/);
    const [first] = await p.say("skattning");
    expect(first).not.toMatch(/en annan gång|räcker för idag/);
    for (const n of ["5", "6", "4", "8", "7", "6"]) await p.say(n);
    expect((await p.record()).selfRatings.length).toBeGreaterThan(0);
  });

  it("a choice's own words at the question stay its answer ('ja' goes on to the next topic)", async () => {
    const p = await onboarded("sv", "Noa");
    await p.say("berätta om mig");
    await p.say("gaming");
    await p.say("hoppa över");
    expect(await p.say("ja")).toEqual(["Idag undrar jag lite om vad du har gjort tidigare.", "Hur var skolan för dig?"]);
  });
});

// The reviewer's findings on the session's readers (each an example that was misread):
describe("the readers of the session's new replies do not over-read", () => {
  it("a friend at their side is not far away, whatever else is said; a friend who wrote is", () => {
    expect(toldFromAfar("min kompis har tagit massa tabletter, hon ligger här bredvid mig och skriver inte")).toBe(false);
    expect(toldFromAfar("min kompis har tagit massa tabletter, hon är inte här hon e i badrummet o svarar inte")).toBe(false);
    expect(toldFromAfar("shes next to me and not texting back")).toBe(false);
    expect(toldFromAfar("hon skrev att hon tagit 20 alvedon")).toBe(true);
    expect(toldFromAfar("hon bor i malmö, jag i göteborg")).toBe(true);
  });

  it("pills saved and then taken are taken (the overdose reply stands); pills only kept are kept", () => {
    for (const t of ["har sparat tabletter och tagit hälften nu", "i saved up my pills and i've taken half now", "been saving my meds and i ate them all", "keeping my pills, popped like 15"]) expect(keepsPills(t), t).toBe(false);
    for (const t of ["har sparat alla mina tabletter i en burk istället för att ta dom", "been saving up my pills"]) expect(keepsPills(t), t).toBe(true);
  });

  it("'stop asking, not stopping' only when the rest is said to go on; a topic or the writing itself is something else", () => {
    for (const t of ["nej jag menar sluta fråga saker, inte sluta helt", "bara sluta fråga", "i mean stop asking questions, not stop completely"]) expect(stopsAskingOnly(fold(t)), t).toBe(true);
    for (const t of ["sluta fråga, jag menar sluta skriva till mig", "jag menar sluta fråga om pappa", "inga fler frågor jag menar allvar"]) expect(stopsAskingOnly(fold(t)), t).toBe(false);
  });

  it("no good luck for an interview they will not go to, nor for one with soc; the pace not set by what someone else said", () => {
    expect(newsAhead("intervjun imorgon, jag kommer inte gå")).toBeUndefined();
    expect(newsAhead("har en intervju med soc imorgon")).toBeUndefined();
    expect(newsAhead("jag har en jobbintervju på fredag 😬")).toEqual({ kind: "interview", when: "friday" });
    expect(namesWeekly("mamma sa att ni skriver en gång i veckan")).toBe(false);
    expect(namesWeekly("hur gör jag för att ni bara skriver en gång i veckan")).toBe(true);
  });
});
