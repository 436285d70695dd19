// Round 22's vocabulary (entries marked "Round 22" in bot/safety/lexicon): medicine names, weapons, burning done by
// another, aunts at home, methods said as acts, bridges by name, forced marriage, and the guards that came with them.
// Phrasings written for this test, not taken from any corpus. The rules alone (screenMessage) unless a line says why:
// each word must make a rule fire in the shape it belongs to, and never by its name alone.
import { describe, expect, it } from "vitest";
import { screenMessage } from "../../bot/safety/screen.js";

const level = (text: string) => screenMessage(text).level;

describe("round 22's vocabulary", () => {
  it("knows the medicines young people are prescribed, and flags an amount or all at once, not the name", () => {
    expect(level("har tagit alla mina antidepressiva på en gång")).toBe("crisis");
    expect(level("svalde hela kartan escitalopram för en timme sen")).toBe("crisis");
    expect(level("took all my lexapro at once")).toBe("crisis");
    expect(level("glömde ta min ritalin idag haha")).toBe("none");
    expect(level("hämtade ut mina antidepressiva på apoteket")).toBe("none");
    expect(level("took my lexapro this morning like always")).toBe("none");
  });

  it("knows firearms by name, and leaves a hunt alone", () => {
    expect(level("gonna bring my dads rifle to school tomorrow")).toBe("crisis");
    expect(level("han har en glock o sa att han ska skjuta mej")).toBe("crisis");
    expect(level("farsan tar med hagelgeväret på älgjakten i helgen, jag ska med som passkytt")).toBe("none");
  });

  it("reads burning done by another as violence, and an aunt one lives with as family", () => {
    expect(level("my aunt burns me with her lighter when im late")).toBe("crisis");
    expect(level("min moster slår mig när jag inte städar")).toBe("crisis");
    expect(level("min moster kommer på besök i helgen")).toBe("none");
  });

  it("reads methods said as acts, and bridges by name", () => {
    expect(level("ska ta bilen o köra in i ett träd")).toBe("crisis");
    expect(level("sitting in the car in the garage with the engine running in the garage")).toBe("crisis");
    expect(level("står på västerbron nu. det är så högt")).toBe("crisis");
    expect(level("vi cyklade över västerbron idag, så fin utsikt")).toBe("none");
    expect(level("satt i bilen på bron i kö i en timme")).toBe("none");
  });

  it("reads a forced marriage said as being sent away or married to a cousin", () => {
    expect(level("they're sending me to somalia this summer to get married")).toBe("crisis");
    expect(level("pappa säger att jag ska gifta mig med min kusin i sommar annars")).toBe("crisis");
    expect(level("min kusin ska gifta sig i sommar, vi åker till hemlandet")).toBe("none");
  });
});
