import { describe, expect, it } from "vitest";
import { detectKeyword } from "../../bot/domain/keywords.js";
import { guessLanguage } from "../../bot/domain/language.js";

describe("keywords", () => {
  it.each(["STOPP", "stopp", " Stop ", "STOP.", "sluta!", "Avsluta", "avregistrera", "UNSUBSCRIBE", "cancel", "End", "QUIT", "«stopp»", "stopp 🙏"])(
    "%j is an opt-out",
    (text) => expect(detectKeyword(text)).toBe("opt-out"),
  );
  it.each(["ＳＴＯＰＰ", "S\u200BT\u200BO\u200BP", "\u200Dstopp\uFEFF", "STO\u00ADPP", "ｓｔｏｐ", "STOPP\n"])(
    "%j (fullwidth or with invisible characters) is an opt-out",
    (text) => expect(detectKeyword(text)).toBe("opt-out"),
  );
  it.each(["START", "starta", "Börja", "BÖRJA!", "borja"])("%j is an opt-in", (text) => expect(detectKeyword(text)).toBe("opt-in"));
  it.each(["HJÄLP", "hjälp?", "Help", "hjalp"])("%j asks for help", (text) => expect(detectKeyword(text)).toBe("help"));
  it.each(["stoppa", "stop it please", "jag vill sluta röka", "sluta skicka på morgonen", "", "   ", "help me with my CV"])(
    "%j is not a keyword",
    (text) => expect(detectKeyword(text)).toBeUndefined(),
  );
});

describe("first-message language guess", () => {
  it.each([
    ["Hi, who is this?", "en"],
    ["hello", "en"],
    ["Hej vem är det här?", "sv"],
    ["tjena", "sv"],
    ["👍", undefined],
    ["Ｈｉ, ｗｈｏ ｉｓ ｔｈｉｓ?", "en"],
    ["h\u200Bi \u200Bwho is this", "en"],
    // A first message with none of the greetings: an overdose in English was answered in Swedish.
    ["took a bunch of pills", "en"],
    ["my bf hit me again", "en"],
    ["im gonna end it tonight", "en"],
    ["tog typ 20 alvedon", "sv"],
    ["farsan slår mig när han e full", "sv"],
    ["det står nån utanför min dörr med kniv", "sv"],
    ["jag e 15 o pappa slår mig", "sv"],
  ])("%j → %s", (text, lang) => expect(guessLanguage(text)).toBe(lang));
});
