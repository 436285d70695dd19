// Session 23's merge of the helpers' fixes, read together (the whole suite on the merged change):
// - the getting-to-know questions now end a topic with "Vill du ta några frågor till?" (fix23b), and "skattning"
//   written to it was taken as a "not now": nothing began, and the ratings that followed were lost as answers to
//   nothing. What a person asks to begin, written to a question with choices, is begun.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";

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
