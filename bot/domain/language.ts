// A first guess at a new participant's language from their first message: English only when the
// message clearly reads as English; Swedish (the default) otherwise.
import type { Language } from "./vocabulary.js";
import { readableText } from "./normalize-text.js";

const english = new Set(["hi", "hello", "hey", "yes", "no", "thanks", "thank", "you", "i", "im", "i'm", "my", "what", "is", "the", "how", "are", "who", "this", "please", "english", "want", "can", "talk", "to", "help", "me"]);
const swedish = new Set(["hej", "hejsan", "tja", "tjena", "ja", "nej", "tack", "jag", "vad", "är", "ar", "hur", "det", "vem", "du", "mig", "vill", "kan", "prata", "med", "svenska", "och", "inte", "har"]);

export function guessLanguage(text: string): Language | undefined {
  const words = readableText(text).toLocaleLowerCase("sv-SE").match(/[\p{L}']+/gu) ?? [];
  let en = 0;
  let sv = 0;
  for (const w of words) {
    if (english.has(w)) en++;
    if (swedish.has(w)) sv++;
  }
  if (en > sv) return "en";
  if (sv > 0) return "sv";
  return undefined;
}
