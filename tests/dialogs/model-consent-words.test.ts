import { describe, expect, it } from "vitest";
import { detectModelOptOut } from "../../dialogs/shared/model-consent-words.js";

describe("taking back the language model's consent", () => {
  it.each(["ingen AI", "Ingen AI tack", "stäng av AI:n", "stang av ai", "AI av", "sluta använda AI", "jag vill inte att AI läser mina meddelanden", "no AI please", "turn off the AI", "I don't want AI reading my messages", "stop using ai"])(
    "%j takes it back", (t) => expect(detectModelOptOut(t)).toBe(true),
  );
  it.each(["hej", "jag gillar ai-konst", "vad är ai?", "ingen aning", "aiai vad trött jag är", "inte nu", "jag vill inte", "stop"])("%j does not", (t) => expect(detectModelOptOut(t)).toBe(false));
});
