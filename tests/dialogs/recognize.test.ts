import { describe, expect, it } from "vitest";
import { detectInterruption, noWords, recognizeChoice, recognizeScale, yesWords } from "../../dialogs/shared/recognize.js";
import { understandName } from "../../dialogs/shared/understand-name.js";

const yesNo = [{ value: "yes", synonyms: yesWords }, { value: "no", synonyms: noWords }];

describe("choice recognition", () => {
  it.each(["ja", "Japp!", "jo", "JAAAA", "yes", "ja tack", "1", " okej "])("%j → yes", (t) => expect(recognizeChoice(t, yesNo, ["Ja", "Nej"])).toBe("yes"));
  it.each(["nej", "nä", "Na", "no", "2", "nej det vill jag inte", "nope"])("%j → no", (t) => expect(recognizeChoice(t, yesNo, ["Ja", "Nej"])).toBe("no"));
  it.each(["kanske", "3", "", "vad menar du?"])("%j → nothing", (t) => expect(recognizeChoice(t, yesNo, ["Ja", "Nej"])).toBeUndefined());
  it("matches option words with a small typo and without åäö", () => {
    const times = [{ value: "morning", synonyms: ["förmiddag"] }, { value: "evening", synonyms: ["kväll", "kvällar"] }];
    expect(recognizeChoice("morgn", times, ["Morgon", "Kväll"])).toBe("morning");
    expect(recognizeChoice("kvall", times, ["Morgon", "Kväll"])).toBe("evening");
    expect(recognizeChoice("forMIDdag", times, ["Morgon", "Kväll"])).toBe("morning");
  });
});

describe("scale recognition", () => {
  it.each([["7", 7], ["typ 6", 6], ["10/10", 10], ["kanske en 3:a", 3], ["😊", 9], ["😞", 2], ["sju", 7], ["ten?", 10], ["typ åtta", 8]])("%j → %d", (t, n) => expect(recognizeScale(t as string)).toBe(n));
  it.each(["bra", "0", "11", "hundra", "jag har en dålig dag", "ett tag sen"])("%j → nothing", (t) => expect(recognizeScale(t)).toBeUndefined());
});

describe("interruptions", () => {
  it.each(["prata med en människa", "vill prata med min koordinator", "Kan jag prata med nån person?", "can I talk to a human", "I want a real person"])("%j asks for a human", (t) =>
    expect(detectInterruption(t)).toBe("human"),
  );
  it.each(["hoppa över", "Skip", "vet inte", "pass"])("%j skips", (t) => expect(detectInterruption(t)).toBe("skip"));
  it.each(["senare", "Later", "inte nu", "not now"])("%j pauses", (t) => expect(detectInterruption(t)).toBe("later"));
  it.each(["call me", "can someone call me pls", "call me back", "call me tomorrow"])("%j asks for a call", (t) => expect(detectInterruption(t)).toBe("human"));
  it.each(["7", "ja", "jag gillar att rita", "passar bra på kvällen", "call me Jay", "u can call me jay from now on"])("%j is an answer", (t) => expect(detectInterruption(t)).toBeUndefined());
});

describe("a name changed in the same message", () => {
  it.each([
    ["kalla mig mollan eller nej Molly funkar", "name:Molly"],
    ["kalla mig Mo eller nej Momo", "name:Momo"],
    ["Mo, nej vänta, Mohammed", "name:Mohammed"],
    ["call me Jo, or actually Joanna", "name:Joanna"],
    // Nothing named after the correction: the first name stands.
    ["kalla mig Mo eller nej vet inte", "name:Mo"],
  ])("%j → %s", (text, name) => expect(understandName(text)).toBe(name));
});

describe("a name corrected with an apology", () => {
  it("'jag heter Sara eller nej sorry Sarah' is Sarah", () => expect(understandName("jag heter Sara eller nej sorry Sarah")).toBe("name:Sarah"));
});
