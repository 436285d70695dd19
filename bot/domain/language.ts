// A first guess at a new participant's language from their first message: English only when the
// message clearly reads as English; Swedish (the default) otherwise.
import type { Language } from "./vocabulary.js";
import { readableText } from "./normalize-text.js";

// Small words each language writes in nearly every sentence, and few of the other's: "took a bunch of pills" (no
// word of the first lists) was answered in Swedish, an overdose told in English and its help given in Swedish.
// Words both languages write ("in", "man", "de"/"the" folded, "for" for "för" without ö) are in neither.
const english = new Set([
  "hi", "hello", "hey", "yes", "no", "thanks", "thank", "you", "i", "im", "i'm", "my", "what", "is", "the", "how", "are", "who", "this", "please",
  "english", "want", "can", "talk", "to", "help", "me", "a", "an", "of", "it", "its", "and", "took", "gonna", "wanna", "dont", "don't", "cant",
  "can't", "just", "feel", "so", "he", "she", "they", "we", "was", "have", "had", "not", "all", "with", "that", "there", "do", "did", "know",
  "like", "get", "got", "anymore", "bunch", "pills", "again", "when", "where", "why", "been", "be", "your", "our", "u", "ur", "lol", "idk",
]);
const swedish = new Set([
  "hej", "hejsan", "tja", "tjena", "ja", "nej", "tack", "jag", "vad", "är", "ar", "hur", "det", "vem", "du", "mig", "vill", "kan", "prata", "med",
  "svenska", "och", "inte", "har", "en", "ett", "att", "som", "på", "pa", "min", "mitt", "mina", "han", "hon", "dom", "om", "så", "nu", "bara",
  "typ", "asså", "mej", "dej", "e", "från", "till", "av", "när", "nån", "ingen", "alla", "igen", "tog", "sover", "mår", "vet", "ska", "fick",
]);

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
