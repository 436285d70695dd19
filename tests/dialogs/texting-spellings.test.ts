// The spelling layer every recogniser reads through (dialogs/shared/texting-spellings.ts via fold):
// texting spellings become the standard word, and words with two readings change only where the
// reading is safe.
import { describe, expect, it } from "vitest";
import { fold, foldLetters } from "../../dialogs/shared/fold.js";

describe("texting spellings read as the standard word", () => {
  it.each([
    ["lamna mej ifred", "lamna mig ifred"],
    ["vill ha tag på nån personal", "vill ha tag pa nagon personal"],
    ["skriv int nåt mer", "skriv inte nagot mer"],
    ["vet ej", "vet inte"],
    ["e du en bot", "ar du en bot"],
    ["ä du en bot", "ar du en bot"],
    ["mina intressen o sånt", "mina intressen och sant"],
    ["ne", "nej"],
    ["sms:a mej inte", "smsa mig inte"],
    ["i don't know", "i dont know"],
    ["what's this", "whats this"],
    ["i'm back", "im back"],
    ["r u real", "are you real"],
    ["kordinatorn får ringa", "koordinatorn far ringa"],
    ["inga fler paminelser", "inga fler paminnelser"],
    ["hela dan", "hela dagen"],
    // A letter hyphened to a word stays part of it: "e-post" is not "är post".
    ["sparar ni min e-post?", "sparar ni min epost"],
    ["E-mail", "email"],
  ])("%j → %j", (typed, read) => expect(fold(typed)).toBe(read));
});

describe("words with two readings", () => {
  it.each([
    // "ja" is jag before or after a verb, and yes otherwise.
    ["ja e på bussen nu", "jag ar pa bussen nu"],
    ["kan ja prata med nån", "kan jag prata med nagon"],
    ["det ja skriver", "det jag skriver"],
    ["allt ja skrivit", "allt jag skrivit"],
    ["om ja inte söker jobb", "om jag inte soker jobb"],
    ["Dennis heter ja", "dennis heter jag"],
    ["ja tack", "ja tack"],
    ["ja kör", "ja kor"],
    ["ja absolut", "ja absolut"],
    ["ja", "ja"],
    ["typ ja", "typ ja"],
    // "me" is med in a Swedish sentence only.
    ["pratar ja me en AI nu", "pratar jag med en ai nu"],
    ["call me Jay", "call me jay"],
    ["pls text me less", "pls text me less"],
    // "de" is det before a verb; "va" is var after a subject, vad before a question's verb.
    ["de e lugnt", "det ar lugnt"],
    ["kan soc se de", "kan soc se de"],
    ["det va längesen", "det var langesen"],
    ["ja va på bio", "jag var pa bio"],
    ["va ska man ha dej till", "vad ska man ha dig till"],
    ["va?", "va"],
    ["vad e de här för nåt", "vad ar det har for nagot"],
    ["de har inte svarat", "de har inte svarat"],
  ])("%j → %j", (typed, read) => expect(fold(typed)).toBe(read));

  it("a real word near a long word is not mended into it, and foldLetters keeps every word as typed", () => {
    expect(fold("meddelande")).toBe("meddelande");
    expect(fold("paminnelsen")).toBe("paminnelsen");
    expect(foldLetters("Lämna MEJ ifred!!")).toBe("lamna mej ifred");
  });
});
