// Round 15's guards (bot/safety/guards.ts, bot/safety/screen.ts, bot/safety/text-tokens.ts), on phrasings
// written for this test, not taken from any corpus: another's words in quotes are not the writer's crisis
// (a quote said to the writer still is), "aldrig" after a match negates it as "inte" does, an all-clear said
// after a danger ends it (before it, it does not), and a context that shares a word with the match still
// counts. Each beside a crisis the guard must not end.
import { describe, expect, it } from "vitest";
import { screenMessage } from "../../bot/safety/screen.js";
import { withoutReportedQuotes } from "../../bot/safety/text-tokens.js";

const level = (text: string) => screenMessage(text).level;

describe("round 15's guards", () => {
  it("drops a quote someone else said or wrote, or that stood somewhere; keeps the writer's own and one said to the writer", () => {
    expect(withoutReportedQuotes("lol my cousin texted 'im gonna kms' when his team lost")).not.toContain("kms");
    expect(withoutReportedQuotes("'jag vill dö' stod det på insidan av skåpet i nian, nu e jag 20")).not.toContain("vill");
    // An apostrophe inside a word does not close the quote.
    expect(withoutReportedQuotes("my friend said 'i'll jump off the roof' about the exam lol")).not.toContain("roof");
    expect(withoutReportedQuotes("jag skrev 'förlåt för allt' till mamma")).toContain("förlåt");
    expect(withoutReportedQuotes("han skrev 'vi vet var du bor'")).toContain("vet var du bor");
  });

  it("reads another's quoted words as no crisis of the writer's, and keeps a concern they tell", () => {
    expect(level("lol my cousin texted 'im gonna kms' when his team lost")).toBe("none");
    expect(level("min syster skrev 'ring 112' när jag visade min frisyr haha")).toBe("none");
    expect(level("'jag vill dö' stod det på insidan av skåpet i nian, nu e jag 20 o mår bra")).toBe("none");
    // Still crisis: the writer's own words, a threat said to the writer.
    expect(level("jag vill dö. skrev 'förlåt' till mamma")).toBe("crisis");
    expect(level("nån skrev 'vi vet var du bor' till mig igår")).toBe("crisis");
  });

  it("reads 'aldrig' after the words as a negation, like 'inte'", () => {
    expect(level("min pojkvän slår mig aldrig, han e världens snällaste")).toBe("none");
    expect(level("min pojkvän slår mig när han e full")).toBe("crisis");
  });

  it("ends a danger with an all-clear said after it, not before it", () => {
    expect(level("my candle set the curtain on fire lol. its fine, i put it out with a towel")).toBe("none");
    expect(level("min lillebror svimmade på skolavslutningen av värmen, sjuksyrran kollade o han mår bra nu")).toBe("none");
    expect(level("allt lugnt nu? nej. en kille följer efter mig från bussen")).toBe("crisis");
  });

  it("counts a context that shares a word with the match: a dose as directed, 'om jag e där eller inte'", () => {
    expect(level("tog 2 alvedon som det står på förpackningen, feber igen")).toBe("none");
    expect(level("ingen märker om jag e där eller inte på lektionerna")).not.toBe("crisis");
    expect(level("tog en hel förpackning alvedon för en timme sen")).toBe("crisis");
  });
});
