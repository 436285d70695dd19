// Common texting spellings read as the words the recognisers know, once, before any of them looks:
// "mej" is mig, "int" is inte, "e" is är, "nån" is någon, "o" is och, "sms:a" is smsa, "don't" is dont.
// Words with two readings are changed only where the reading is safe: "ja" is jag before a verb or
// after one ("ja e på bussen", "kan ja"), and stays ja (yes) otherwise ("ja tack", "ja kör"); "me" is
// med only in a Swedish sentence ("pratar ja me en AI", not "call me Jay"); "de" is det before a verb;
// "va" is var after a subject and vad before a question's verb. Long words that matter to the
// recognisers are mended when one letter is dropped, doubled or swapped ("kordinator", "paminelser").
import { editDistance } from "./edit-distance.js";

// Always the same word, whatever is around them (folded forms: no åäö, lower case).
const ALWAYS: Record<string, string> = {
  mej: "mig", dej: "dig", sej: "sig", jg: "jag", int: "inte", ej: "inte", e: "ar", ne: "nej", o: "och",
  nan: "nagon", ngn: "nagon", ngon: "nagon", nat: "nagot", ngt: "nagot", nanting: "nagonting", ngra: "nagra", ngr: "nagra",
  nanstans: "nagonstans", ngnstans: "nagonstans", elr: "eller", mkt: "mycket", mycke: "mycket",
  ba: "bara", vrf: "varfor", varfo: "varfor", tbx: "tillbaka", tbka: "tillbaka", kmr: "kommer", oxa: "ocksa",
  dan: "dagen", eftermiddan: "eftermiddagen", formiddan: "formiddagen", imorn: "imorgon", imorrn: "imorgon", imorron: "imorgon",
  imoron: "imorgon", u: "you", r: "are", wanna: "want to", gonna: "going to",
};

// Finite verbs after which "ja" is the subject ("ja vill", "ja e", "ja har det") and after which a
// following "ja" is it ("kan ja", "heter ja"). Not "kor": "ja kör" is yes, let's go.
export const VERBS = new Set(("ar var va har hade vill ville kan kunde ska skulle maste mar madde kanner kande tror trodde tycker tyckte " +
  "vet visste heter gillar alskar hatar skriver skrev sager behover orkar hinner kommer kom blir blev brukar jobbar pluggar sitter " +
  "satt ligger sover sov gar gick bor far fick gor gjorde slutar borjar borjade glommer glomde minns forstar menar undrar saknar " +
  "hoppas onskar ringer ringde traffar traffade laser ser sag tanker tankte tar tog aker akte provar testar letar soker sokte " +
  "vaknade somnade pratar pratade snackar fixar klarar klarade lovar lovade staller").split(" "));
// Supines after "ja" ("allt ja skrivit"): the subject of a perfect with "har" dropped.
const SUPINES = new Set("skrivit sagt gjort varit haft tankt sett hort fatt glomt berattat provat testat".split(" "));
// Words after which "ja" starts a clause when an adverb comes next ("att ja inte söker jobb").
const BEFORE_SUBJECT = new Set("att som det allt om nar innan eftersom fast tills hur varfor vart vad".split(" "));
const ADVERBS = new Set("inte aldrig bara ocksa nog ju typ redan just alltid".split(" "));
// After these, "va" is the past of är ("det va längesen", "idag va skit").
const SUBJECTS = new Set("det de dom jag hon han hen vi ni du allt dagen idag igar helgen veckan kvallen natten it".split(" "));
// A question that starts "va" + one of these asks what ("va ska man ha dej till", "va menar du").
const WHAT_VERBS = new Set("ska kan gor menar tycker heter hander hande hade sager sa vill far for skulle betyder".split(" "));
// "de" before these is det ("de e", "de funkar").
const IT_VERBS = new Set("ar var va gar gick funkar fungerar kanns kandes blir blev finns fanns hander hande passar spelar".split(" "));

// What may follow "de här" when it means this thing rather than "they have".
const THIS_ENDS = new Set("for da typ assa lol nu eller ens egentligen ju va".split(" "));

const SV = new Set(("jag ja du det de dom inte och ar en ett att som pa har kan vill ska min mitt mina dig mig nu typ assa bara for " +
  "till om vad hur nar vem man nagon lite sen idag igen tack snalla eller er ni vi oss hej tja prata pratar snacka snackar fortsatta " +
  "med kor gar funkar ses").split(" "));
const EN = new Set(("i you the a an to is are it this that my can do dont im what how with and not please call text stop want talk " +
  "so much just send get your tell love hit message see").split(" "));

// Long words the recognisers act on, with their inflections, so a near miss is mended to the nearest.
const VOCABULARY = ("manniska manniskan manniskor koordinator koordinatorn koordinatorer kontaktperson kontaktpersonen handledare handledaren " +
  "paminnelse paminnelsen paminnelser paminnelserna meddelande meddelandet meddelanden meddelandena kartlaggning kartlaggningen " +
  "skattning skattningen skattningar sjalvskattning sjalvskattningen handlingsplan handlingsplanen socialtjansten socialsekreterare " +
  "arbetsformedlingen foralder foraldrar foraldrarna uppgifter tillbaka incheckning automatisk automatiserad personalen").split(" ");
const KNOWN = new Set(VOCABULARY);

function mended(word: string): string {
  if (word.length < 6 || KNOWN.has(word) || /\d/.test(word)) return word;
  const allowed = word.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const v of VOCABULARY) {
    if (Math.abs(v.length - word.length) > allowed) continue;
    const d = editDistance(word, v);
    if (d < bestDistance) [best, bestDistance, tie] = [v, d, false];
    else if (d === bestDistance) tie = true;
  }
  return best && !tie ? best : word;
}

/** Standalone words whose åäö tell them apart from another word once folded ("nåt" from "nät", "ä" from "a"). */
export function accentedSpellings(lowerCased: string): string {
  return lowerCased
    .replace(/(?<!\p{L})ä(?!\p{L})/gu, "är")
    .replace(/(?<!\p{L})(nått|nåt)(?!\p{L})/gu, "något")
    .replace(/(?<!\p{L})nåra(?!\p{L})/gu, "några");
}

/**
 * A letter joined to a word by a hyphen is part of that word ("e-post", "e-mail", "o-lycklig"): kept
 * as one word, so that folding the hyphen away never leaves a lone "e" or "o" to be read as är or och.
 */
export function hyphenatedLetters(lowerCased: string): string {
  return lowerCased.replace(/(?<![\p{L}\p{N}])(\p{L})-(?=\p{L})/gu, "$1");
}

/** Folded text (fold.ts) with texting spellings read as the standard words. */
export function standardSpelling(folded: string): string {
  if (!folded) return folded;
  const joined = folded
    // "sms:a", "sms:en" fold to "sms a", "sms en": one word, as they are said.
    .replace(/\bsms (a|ar|ade|at|en|et|er|ens|ets)\b/g, "sms$1")
    // English contractions the way they are typed without the apostrophe: "don t" → "dont", "i m" → "im".
    .replace(/\b(\p{L}+n) t\b/gu, "$1t")
    .replace(/\b(\p{L}{2,}) s\b/gu, "$1s")
    .replace(/\bi m\b/g, "im")
    .replace(/\b(you|they) re\b/g, "$1re")
    .replace(/\b(i|you|we|they) ve\b/g, "$1ve");
  const words = joined.split(" ").map((w) => ALWAYS[w] ?? mended(w));
  const swedish = words.filter((w) => SV.has(w)).length > words.filter((w) => EN.has(w)).length;
  // Left to right, so that a word read anew counts for the next ("ja va" → "jag var").
  const read: string[] = [];
  words.forEach((w, i) => {
    const prev = read[i - 1];
    const next = words[i + 1];
    read.push(inContext(w, prev, next, words[i + 2], i === 0, swedish));
  });
  return read.join(" ");
}

function inContext(w: string, prev: string | undefined, next: string | undefined, afterNext: string | undefined, first: boolean, swedish: boolean): string {
  const nextIs = (set: Set<string>) => next !== undefined && set.has(next);
  const prevIs = (set: Set<string>) => prev !== undefined && set.has(prev);
  if (w === "ja" && (nextIs(VERBS) || nextIs(SUPINES) || prevIs(VERBS) || (prevIs(BEFORE_SUBJECT) && nextIs(ADVERBS)))) return "jag";
  if (w === "me" && swedish) return "med";
  if (w === "de" && nextIs(IT_VERBS)) return "det";
  // "de här", "de där" said of a thing: "vad e de här för nåt", "kan soc se de här" (not "de har inte svarat").
  if (w === "de" && next === "dar") return "det";
  if (w === "de" && next === "har" && (afterNext === undefined || THIS_ENDS.has(afterNext))) return "det";
  if (w === "va" && prevIs(SUBJECTS)) return "var";
  if (w === "va" && first && nextIs(WHAT_VERBS)) return "vad";
  return w;
}
