// The answer to a 1-10 question, read as the person meant it. A number is a rating only when it is one:
// "sov typ 3h", "kl 3", "3 dagar", "åt 2 mackor" are hours, times and counts; "inte 2 i alla fall" and
// "bättre än 5" say what it is not; "10 av 10 skit" says the opposite of its number; "igår en 3a" is
// another day. Those are asked about again, each with a line that answers what was said (the reason
// is in `why`). A range ("typ 4 eller 5", "mellan 4 och 5", "4-5", "4/5", "4,5") is a range, not a
// refusal; "4/10" is a 4 and "1-10" is the scale itself. An emoji is a feeling: it is read as the
// corpus format fixes it (sad 2, neutral 5, slight smile 7, big smile 9), marked as such, so that
// whoever stores it can say so. Moods in words ("skit", "sisådär") are read by understandMood.
import { readableText } from "../../bot/domain/normalize-text.js";
import { fold, visible } from "./fold.js";
import { isSkip } from "./understand-answers.js";

type N = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
/** The corpus label: a number, a range ("4-5"), skip, or unclear. An emoji's reading is its number. */
export type Scale = `${N}` | `${N}-${N}` | "skip" | "unclear";

/** Why a number was not taken as the rating (the line that asks again answers this). */
export type ScaleWhy = "elsewhere" | "negated" | "compared" | "below" | "above" | "wide" | "mixed" | "earlier" | "same";

export type ScaleReading =
  | { kind: "number"; value: number }
  | { kind: "range"; low: number; high: number }
  | { kind: "emoji"; value: number }
  | { kind: "skip" }
  | { kind: "unclear"; why?: ScaleWhy; number?: number };

const numberWords: Record<string, number> = {
  etta: 1, ettan: 1, one: 1, tva: 2, tvaa: 2, tvaan: 2, two: 2, tre: 3, trea: 3, trean: 3, three: 3, fyra: 4, fyran: 4, four: 4,
  fem: 5, femma: 5, femman: 5, five: 5, sex: 6, sexa: 6, sexan: 6, six: 6, sju: 7, sjua: 7, sjuan: 7, seven: 7,
  atta: 8, attan: 8, eight: 8, nio: 9, nia: 9, nian: 9, nine: 9, tio: 10, tia: 10, tian: 10, ten: 10,
  // Off the scale, so that "noll" or "tusen" is asked about as such rather than not heard.
  noll: 0, nolla: 0, nollan: 0, zero: 0, elva: 11, elvan: 11, eleven: 11, tolv: 12, twelve: 12, hundra: 100, hundred: 100, tusen: 1000, thousand: 1000, miljon: 1e6, million: 1e6,
};

// "sjuuu", "femmaa": a last letter drawn out is the same number.
const numberWord = (w: string): number | undefined => numberWords[w] ?? numberWords[w.replace(/(\p{L})\1+$/u, "$1")];

// Only these, as the corpus format fixes them: sad → 2, neutral → 5, slight smile → 7, big smile → 9.
const emojiScores: [RegExp, number][] = [
  // 😵 (and 😵‍💫) too: knocked out, overwhelmed (a burst ending "3 dygn" / "😵" met "Jag förstod inte riktigt").
  [/😭|😢|😞|☹|🙁|😣|😖|😩|😫|😔|😟|😵/u, 2],
  // 🙃 too: "meh, fine-ish", as young people send it (a tester's 🙃 to "Hur är det idag?" was not read).
  // 🫠 and 😮‍💨 too: melting, sighing, so-so (a tester's 🫠 alone met "hänger inte riktigt med"); 🥲, smiling through it.
  [/😐|😑|😶|🤷|😕|🫤|🙃|🫠|😮‍💨|🥲/u, 5],
  [/🙂|😌/u, 7],
  [/😊|😀|😃|😄|😁|👍|💪|🥰|😍/u, 9],
];

// The ending of a number said as a word: "5a", "3:an", "6ish". Any other letters make it a unit ("3h", "4am", "3:e").
const ORDINAL = new Set(["a", "an", "or", "ish"]);
// What a count or a time is counted in, right after the number (folded; "år" and "dar" are matched as typed).
const UNITS = new Set([
  "h", "hr", "hrs", "hour", "hours", "t", "tim", "timme", "timmar", "timmars", "timmen", "min", "mins", "minut", "minuter", "minute", "minutes", "sek", "sekunder", "sec", "secs", "seconds",
  "dygn", "dygnet", "dag", "dagar", "dagars", "day", "days", "natt", "natter", "night", "nights", "vecka", "veckor", "veckors", "week", "weeks", "wk", "wks", "manad", "manader", "manaders", "month", "months",
  "years", "year", "yrs", "yr", "ggr", "gang", "ganger", "times", "kr", "kronor", "spann", "st", "styck", "stycken", "pers", "personer", "people", "kompisar", "vanner", "friends",
  "kopp", "koppar", "cups", "glas", "ol", "beers", "macka", "mackor", "meals", "maltid", "maltider", "sidor", "pages", "km", "kg", "kilo", "mil", "steg", "steps", "sms", "meddelanden", "messages",
  "texts", "samtal", "calls", "lektioner", "prov", "avsnitt", "episodes", "procent", "percent", "grader", "degrees", "am", "pm",
]);
const UNITS_AS_TYPED = new Set(["år", "dar", "mån"]);
// Nouns counted in the same plural as singular, or with another ending than the rule below reads.
const COUNTED = new Set(["jobb", "jobben", "proven", "mote", "moten", "svar", "mail", "mejl", "brev", "barn", "syskon", "ord", "spel", "cigg", "snus", "kaffe"]);
// Words after a number that do not count anything, though they end like a plural ("5 eller 6",
// "3 tror jag", "5 sådär", "7 tops"): a rating can stand before them.
const FOLLOWS_RATING = new Set([
  "igar", "forrgar", "eller", "efter", "under", "over", "tror", "ungefar", "kanner", "tycker", "tanker", "sager", "gissar", "antar", "menar", "sadar", "sisadar", "super", "alls", "annars", "tills",
  "is", "was", "has", "its", "this", "thats", "yes", "less", "thanks", "tops", "plus", "perhaps", "anyways", "sometimes", "always", "guess",
  // Words of how one is that end like a plural: "4 kass idag", "3 piss", "8 funkar", "7 duger".
  "kass", "piss", "mys", "funkar", "duger", "racker", "orkar",
]);
// After a number put first, Swedish puts the verb before its subject: "4 ligger jag på", "6 verkar
// det som". A word ending like a plural with a subject right after it is that verb, not a count.
const SUBJECT = new Set(["jag", "ja", "det", "de", "dom", "man", "vi", "du"]);
/** A plural noun ("kompisar", "lektioner", "veckor", "möten", "interviews"): a number right before it counts it. */
function counted(t: Tok | undefined, next: Tok | undefined): boolean {
  if (t?.k !== "word" || FOLLOWS_RATING.has(t.w)) return false;
  if (UNITS.has(t.w) || UNITS_AS_TYPED.has(t.raw) || COUNTED.has(t.w)) return true;
  return (/^\p{L}{2,}(ar|or|er)$/u.test(t.w) || /^[a-z]{3,}s$/.test(t.w)) && !(next?.k === "word" && SUBJECT.has(next.w));
}
// Words before a number that make it a time, an amount slept or eaten, or a name ("kl 3", "sov typ 3", "buss 4").
const ABOUT_ELSE = new Set([
  "sov", "sovit", "sova", "sover", "slept", "sleep", "sleeping", "somnade", "somna", "somnat", "vaknade", "vakna", "vaknat", "woke", "wake", "waking", "vaken", "awake", "uppe", "up",
  "ate", "eaten", "jobbade", "jobbat", "worked", "pluggade", "kl", "klockan", "klockslag", "halv", "kvart", "nummer", "nr", "buss", "bussen", "bus", "linje", "line",
  "avsnitt", "episode", "ep", "sasong", "season", "sida", "page", "level", "lvl", "rum", "room",
]);
const ABOUT_ELSE_AS_TYPED = new Set(["åt"]);
// Words before a number that say it is the rating: "mår typ 4", "im a 7", "i'd say 8".
const ABOUT_MOOD = new Set(["mar", "mor", "matt", "feel", "feels", "feeling", "im", "kanns", "kanner", "dagen", "idag", "today", "skala", "scale", "ger", "give", "say", "saga", "sager", "rate", "betyg", "siffra"]);
// Skipped when looking back from a number.
const FILLER = new Set(["en", "ett", "a", "an", "typ", "like", "kanske", "maybe", "prob", "probably", "ca", "cirka", "ungefar", "runt", "about", "around", "bara", "ba", "just", "only", "nastan", "almost", "knappt", "barely", "som", "nog", "val", "ju", "liksom", "i", "in", "pa", "on", "till", "until", "til", "for", "sen", "since", "ens", "even", "de", "det", "it", "its", "is", "ar", "e", "was", "va", "var", "har", "have", "had", "hade"]);
const NEGATION = new Set(["inte", "int", "ej", "not", "aldrig", "never", "knappast", "inge", "nt"]);
const COMPARED = new Set(["than", "over", "under", "above", "below"]);
const COMPARATIVE = new Set(["battre", "samre", "mer", "mera", "mindre", "hogre", "lagre", "better", "worse", "more", "less", "higher", "lower"]);
// "4 - 5", "4 till 5", "typ 4 eller 5": a range whatever the distance; the soft ones ("4 och 5", "4 kanske 5", "4, 5", "fyra fem") only between near numbers.
const RANGE_WORDS = new Set(["till", "to", "eller", "elr", "el", "ellr", "or", "à"]);
const SOFT_RANGE_WORDS = new Set(["och", "o", "and", "kanske", "maybe", "mby"]);
const CLAUSE_WORDS = new Set(["men", "but", "och", "o", "and", "fast", "medan", "while"]);
const NOW = new Set(["idag", "today", "nu", "now", "ikvall", "tonight", "rn", "currently", "atm"]);
const BEFORE = new Set(["igar", "yesterday", "forut", "innan", "before", "forra", "last", "forrgar", "earlier", "tidigare", "imorse", "morse", "var", "was"]);
// Another day, said of the only number: "igår en 3a", "yesterday was a 2".
const OTHER_DAY = new Set(["igar", "yesterday", "forrgar"]);
// A number said against words that say the opposite: "10 av 10 skit", "1/10 skitbra".
const LOW_WORDS = new Set(["skit", "kass", "kasst", "piss", "pissigt", "vardelost", "horribelt", "hemskt", "uselt", "daligt", "dalig", "shit", "sucks", "awful", "terrible", "horrible", "worst", "crap", "trash", "tragiskt"]);
const HIGH_WORDS = new Set(["skitbra", "asbra", "grymt", "grym", "toppen", "perfekt", "bast", "amazing", "awesome", "best", "fantastiskt", "underbart", "jattebra", "superbra"]);
const SKIT_AS_INTENSIFIER = new Set(["bra", "gott", "kul", "najs", "nice", "fint", "roligt", "skont"]);

type Num = { k: "num"; raw: string; w: string; n: number; suffix: string; frac: string };
type Word = { k: "word"; raw: string; w: string };
type Sym = { k: "sym"; raw: string; w: string };
type Brk = { k: "brk"; raw: string; w: string };
type Range = { k: "range"; raw: string; w: string; low: number; high: number; suffix: string };
type Tok = Num | Word | Sym | Brk | Range;
type Value = Num | Range;

const TOKEN = /(\d+)(?:([.,])(\d+))?(?::?(\p{L}+))?|\p{L}+|[-/+%&]|[,;.!?:]/gu;

const foldWord = (raw: string) => raw.normalize("NFKD").replace(/\p{M}/gu, "").replace(/(\p{L})\1{2,}/gu, "$1$1");

function tokenize(text: string): Tok[] {
  const s = readableText(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’`´]/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    // A time of day is no number to rate: "vaknade 04:30", "kl 15.00".
    .replace(/\b\d{1,2}[:.]\d{2}\b/g, " klockslag ");
  const toks: Tok[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const raw = m[0];
    if (m[1] !== undefined) {
      // "1.000" is a thousand, not a decimal.
      const thousands = m[3]?.length === 3;
      const n = thousands ? Number(m[1] + m[3]) : Number(m[1]);
      toks.push({ k: "num", raw, w: raw, n, suffix: foldWord(m[4] ?? ""), frac: thousands ? "" : (m[3] ?? "") });
    } else if (/^\p{L}/u.test(raw)) {
      const w = foldWord(raw);
      const n = numberWord(w);
      toks.push(n === undefined ? { k: "word", raw, w } : { k: "num", raw, w, n, suffix: "", frac: "" });
    } else toks.push({ k: /[,;.!?:]/.test(raw) ? "brk" : "sym", raw, w: raw });
  }
  return toks;
}

const isNum = (t: Tok | undefined): t is Num => t?.k === "num";
const isWord = (t: Tok | undefined, ...ws: string[]): boolean => (t?.k === "word" || t?.k === "sym" || t?.k === "brk") && ws.includes(t.w);
const unitSuffix = (t: Num) => t.suffix !== "" && !ORDINAL.has(t.suffix);

/** Joins the scale's own ten, ranges and halves into single values; "1-10" (the scale) is dropped. */
function joinValues(toks: Tok[]): { toks: Tok[]; otherScale: boolean } {
  const out: Tok[] = [];
  let otherScale = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isNum(t)) {
      out.push(t);
      continue;
    }
    // "-5", "minus 10": under the scale.
    const sign = out[out.length - 1];
    if (sign && (sign.w === "-" || sign.w === "minus") && !(out[out.length - 2]?.k === "num" || out[out.length - 2]?.k === "range")) {
      out.pop();
      out.push({ ...t, n: -t.n });
      continue;
    }
    // "4/10", "4 av 10", "four out of ten": the ten is the scale's.
    const ofLen = isWord(toks[i + 1], "/", "av", "of") ? 1 : isWord(toks[i + 1], "out") && isWord(toks[i + 2], "of") ? 2 : 0;
    const over = toks[i + 1 + ofLen];
    if (ofLen && isNum(over) && !over.frac) {
      if (over.n === 10) {
        out.push({ ...t, suffix: t.suffix || over.suffix });
        i += 1 + ofLen;
        continue;
      }
      if (toks[i + 1]!.w === "/") {
        // "4/5" to a 1-10 question is four or five; "3/5" is another scale, asked about again.
        if (over.n === t.n + 1 && t.n >= 1 && !t.frac) out.push(range(t, over));
        else otherScale = true;
        i += 2;
        continue;
      }
      // "3 av 4 prov": a count, or another scale; asked about again.
      otherScale = true;
      i += 1 + ofLen;
      continue;
    }
    // "sju och en halv", "7 and a half".
    if (isWord(toks[i + 1], "och", "and", "o") && isWord(toks[i + 2], "en", "a", "ett") && isWord(toks[i + 3], "halv", "half")) {
      out.push({ k: "range", raw: t.raw, w: t.w, low: t.n, high: t.n + 1, suffix: "" });
      i += 3;
      continue;
    }
    // "4,5", "7.5": between two numbers.
    if (t.frac && !/^0+$/.test(t.frac)) {
      out.push({ k: "range", raw: t.raw, w: t.w, low: t.n, high: t.n + 1, suffix: t.suffix });
      continue;
    }
    const between = out.length > 0 && isWord(out[out.length - 1], "mellan", "between");
    const sep = toks[i + 1];
    const next = toks[i + 2];
    if (sep && isNum(next) && !next.frac && !unitSuffix(t)) {
      const explicit = sep.w === "-" || RANGE_WORDS.has(sep.w) || (between && (SOFT_RANGE_WORDS.has(sep.w) || sep.w === "&"));
      const soft = SOFT_RANGE_WORDS.has(sep.w) || sep.w === "&" || sep.w === ",";
      if (explicit || (soft && Math.abs(next.n - t.n) <= 2)) {
        // "1-10", "1 till 10": the scale itself, not an answer.
        if (t.n === 1 && next.n === 10 && (sep.w === "-" || sep.w === "till" || sep.w === "to")) {
          i += 2;
          continue;
        }
        out.push(range(t, next));
        i += 2;
        continue;
      }
    }
    // "fyra fem", "4 5": two numbers next to each other, one apart.
    if (isNum(sep) && !sep.frac && Math.abs(sep.n - t.n) === 1 && !unitSuffix(t)) {
      out.push(range(t, sep));
      i += 1;
      continue;
    }
    out.push(t);
  }
  return { toks: out, otherScale };
}

function range(a: Num, b: Num): Range {
  return { k: "range", raw: `${a.raw}-${b.raw}`, w: `${a.w}-${b.w}`, low: Math.min(a.n, b.n), high: Math.max(a.n, b.n), suffix: b.suffix };
}

type Role = "rating" | "elsewhere" | "negated" | "compared";

/** What a number in the message is: the rating, or a time, a count, a number denied or compared. */
function roleOf(toks: Tok[], i: number): Role {
  const t = toks[i] as Value;
  const after = toks[i + 1];
  if (t.suffix && !ORDINAL.has(t.suffix)) return "elsewhere";
  if (after?.w === "%" || counted(after, toks[i + 2])) return "elsewhere";
  // "3 nya ansökningar", "4 bra dagar": a word between the number and what it counts.
  if (after?.k === "word" && !CLAUSE_WORDS.has(after.w) && !FOLLOWS_RATING.has(after.w) && !FILLER.has(after.w) && counted(toks[i + 2], toks[i + 3])) return "elsewhere";
  if (t.k === "num" && t.n >= 1900 && t.n <= 2100) return "elsewhere";
  const before = toks[i - 1];
  // "one of those days", "this one", "no one".
  if (t.k === "num" && t.w === "one" && (isWord(after, "of") || isWord(before, "this", "that", "the", "no", "any", "which", "every", "each"))) return "elsewhere";
  // The nearest words before, within the clause: "inte 2", "bättre än 5", "sov typ 3", "kl 3".
  let nearest: Tok | undefined;
  let nearestAt = -1;
  for (let j = i - 1; j >= 0; j--) {
    const p = toks[j]!;
    if (p.k === "brk") break;
    // "än" (than) is no article, even typed "an" after "bättre".
    if (p.raw === "än" || (p.w === "an" && toks[j - 1]?.k === "word" && COMPARATIVE.has(toks[j - 1]!.w))) return "compared";
    if (p.k === "word" && ["en", "ett", "a", "an", "ens", "even", "typ", "like"].includes(p.w)) continue;
    nearest = p;
    nearestAt = j;
    break;
  }
  if (nearest?.k === "word") {
    // "vet ej typ 4", "vet inte, 5 kanske", "dont know maybe 6": not knowing is a hedge, not "not 4".
    if (NEGATION.has(nearest.w) && !isWord(toks[nearestAt - 1], "vet", "know")) return "negated";
    if (COMPARED.has(nearest.w)) return "compared";
  }
  let words = 0;
  for (let j = i - 1; j >= 0 && words < 3; j--) {
    const p = toks[j]!;
    if (p.k === "brk" || (p.k === "word" && CLAUSE_WORDS.has(p.w))) break;
    if (p.k !== "word") continue;
    if (ABOUT_MOOD.has(p.w)) break;
    if (ABOUT_ELSE.has(p.w) || ABOUT_ELSE_AS_TYPED.has(p.raw)) return "elsewhere";
    if (!FILLER.has(p.w)) words++;
  }
  return "rating";
}

const low = (v: Value) => (v.k === "range" ? v.low : v.n);
const high = (v: Value) => (v.k === "range" ? v.high : v.n);

/** The reading of an answer to a 1-10 question (see the file's head). */
export function readScale(text: string): ScaleReading {
  const said = fold(text);
  if (said && isSkip(said)) return { kind: "skip" };
  const { toks, otherScale } = joinValues(tokenize(text));
  const clauseOf: number[] = [];
  let clause = 0;
  for (const t of toks) {
    if (t.k === "brk" || (t.k === "word" && CLAUSE_WORDS.has(t.w))) clause++;
    clauseOf.push(clause);
  }
  const values: { v: Value; at: number; role: Role }[] = [];
  toks.forEach((t, at) => {
    if (t.k === "num" || t.k === "range") values.push({ v: t, at, role: roleOf(toks, at) });
  });
  const ratings = values.filter((x) => x.role === "rating");
  if (ratings.length === 0) {
    const emoji = emojiReading(text);
    if (emoji !== undefined) return emoji;
    if (otherScale) return { kind: "unclear" };
    for (const why of ["negated", "compared", "elsewhere"] as const) {
      const x = values.find((v) => v.role === why);
      if (x) return { kind: "unclear", why, number: low(x.v) };
    }
    // "same as igår", "samma som sist": the number given last time, which only the check-in knows.
    if (saysSameAsBefore(text)) return { kind: "unclear", why: "same" };
    // "sämre än igår", "worse than yesterday", "bättre": compared, with no number to go by.
    if (/\b(samre|battre|worse|better|lagre|hogre) (an|than)\b|^(lite |a bit |much |mycket )?(samre|battre|worse|better)( idag| today| an igar| than yesterday)?$/.test(said)) return { kind: "unclear", why: "compared" };
    return { kind: "unclear" };
  }
  const distinct = new Set(ratings.map((x) => `${low(x.v)}-${high(x.v)}`));
  let chosen: (typeof ratings)[number] | undefined = distinct.size === 1 ? ratings[0] : undefined;
  if (!chosen) {
    chosen = todays(ratings, toks, clauseOf);
    if (!chosen) return { kind: "unclear" };
  } else if (saysAnotherDay(toks, clauseOf, clauseOf[chosen.at]!)) return { kind: "unclear", why: "earlier", number: low(chosen.v) };
  const v = chosen.v;
  if (low(v) < 1) return { kind: "unclear", why: "below", number: low(v) };
  if (high(v) > 10) return { kind: "unclear", why: "above", number: high(v) };
  if (saysOpposite(toks, clauseOf, clauseOf[chosen.at]!, low(v), high(v))) return { kind: "unclear", why: "mixed", number: low(v) };
  if (v.k === "num" || v.low === v.high) return { kind: "number", value: low(v) };
  if (v.high - v.low > 2) return { kind: "unclear", why: "wide", number: v.low };
  return { kind: "range", low: v.low, high: v.high };
}

// Two numbers, one of them said to be today's: "igår 3 men idag 6", "6 today, was a 3 yesterday".
// Read clause by clause (commas, "men", "but"): the one number in a clause about now counts, when
// every other number stands in a clause about earlier. With no clause about now, the one clause that
// names no time is today's when every other is about earlier ("jag är typ på en 4 men igår var det
// 7"). Anything else is unclear and asked again.
function todays<T extends { at: number }>(ratings: T[], toks: Tok[], clauseOf: number[]): T | undefined {
  let today: T | undefined;
  const unmarked: T[] = [];
  for (const c of new Set(ratings.map((x) => clauseOf[x.at]!))) {
    const inClause = ratings.filter((x) => clauseOf[x.at] === c);
    const words = toks.filter((t, i) => clauseOf[i] === c && t.k === "word").map((t) => t.w);
    const now = words.some((w) => NOW.has(w));
    const before = words.some((w) => BEFORE.has(w));
    if (inClause.length > 1 || (now && before)) return undefined;
    if (!now && !before) unmarked.push(inClause[0]!);
    if (now) {
      if (today) return undefined;
      today = inClause[0];
    }
  }
  if (today) return unmarked.length === 0 ? today : undefined;
  return unmarked.length === 1 ? unmarked[0] : undefined;
}

function clauseWords(toks: Tok[], clauseOf: number[], c: number): string[] {
  return toks.filter((t, i) => clauseOf[i] === c && t.k === "word").map((t) => t.w);
}

/** The only number stands with another day and nothing about today ("igår var det en 3a"); "bättre än igår" compares. */
function saysAnotherDay(toks: Tok[], clauseOf: number[], c: number): boolean {
  const words = clauseWords(toks, clauseOf, c);
  if (!words.some((w) => OTHER_DAY.has(w)) || words.some((w) => NOW.has(w))) return false;
  return !words.some((w, i) => COMPARATIVE.has(w) && (words[i + 1] === "an" || words[i + 1] === "than"));
}

/** A high number with words of a bad day in the same breath, or a low one with words of a great day. */
function saysOpposite(toks: Tok[], clauseOf: number[], c: number, lo: number, hi: number): boolean {
  const words = clauseWords(toks, clauseOf, c);
  const negated = (i: number) => i > 0 && NEGATION.has(words[i - 1]!);
  const bad = words.some((w, i) => LOW_WORDS.has(w) && !negated(i) && !(w === "skit" && SKIT_AS_INTENSIFIER.has(words[i + 1] ?? "")));
  const great = words.some((w, i) => (HIGH_WORDS.has(w) || (w === "skit" && SKIT_AS_INTENSIFIER.has(words[i + 1] ?? ""))) && !negated(i));
  const wouldNot = /\b(would not|wouldnt|not) recommend\b|\brekommenderar (inte|int|ej)\b/.test(words.join(" "));
  return (lo >= 8 && (bad || wouldNot)) || (hi <= 3 && great);
}

function emojiReading(text: string): ScaleReading | undefined {
  const shown = visible(text);
  const bands = emojiScores.filter(([re]) => re.test(shown)).map(([, score]) => score);
  if (bands.length === 0) return undefined;
  // "😔😊" says two things: asked again.
  return bands.length === 1 ? { kind: "emoji", value: bands[0]! } : { kind: "unclear" };
}

/** The corpus label of a reading (tests/fixtures/conversation/recognition*.jsonl, context scale). */
export function understandScale(text: string): Scale {
  const r = readScale(text);
  switch (r.kind) {
    case "number":
    case "emoji":
      return String(r.value) as Scale;
    case "range":
      return `${r.low}-${r.high}` as Scale;
    case "skip":
      return "skip";
    case "unclear":
      return "unclear";
  }
}

// How one is, said in words to "how is it today, 1-10?": "skit", "mår inte bra", "sådär". Read only
// on the mood question (a self-rating's "bra" means something else), and only as the whole answer,
// so "ok" agreeing to a check-in is no score. Rough, like the emoji: the person said it, not a number,
// so whoever stores it says so.
const MOOD_WORDS: [RegExp, number][] = [
  [/^(skit|piss|kass|pissigt|skitdaligt|jattedaligt|sjukt daligt|horribelt|vardelost|as|like shit|shit|awful|terrible|horrible|really bad|super bad)$/, 2],
  [/^(daligt|inte bra|inte sa bra|inte sa bra alls|tungt|jobbigt|bad|not good|not great|not so good|pretty bad)$/, 3],
  // Anxiety said instead of a number ("har ångest", "ångest asså", "anxious af"): a heavy day, met as one.
  [/^(har |haft |kanner )?((sa|sjukt|mycket|as|jatte|san) )*(angest|angestig|panik|panikangest|stressad|anxious|anxiety|panicking)( af| as| asf)?$/, 3],
  [/^(sadar|sisadar|sisadar typ|mittemellan|helt ok|helt okej|sa dar|si sa dar|meh|so so|soso|okay ish|ok ish)$/, 5],
  // "medel", "inte bra inte dåligt": the middle, said as such (a tester's were asked again, then skipped).
  [/^(medel|medelbra|lagom|mitt emellan|i mitten|average|middle|in the middle|mid)$/, 5],
  [/^(inte|int|not)( sa)? (bra|good)( (och|men|eller|but|and|or|fast))? (inte|int|not)( sa)? (daligt|bad)$|^(inte|int|not)( sa)? (daligt|bad)( (och|men|eller|but|and|or|fast))? (inte|int|not)( sa)? (bra|good)$|^varken bra eller daligt$|^neither good nor bad$/, 5],
  [/^(bra|fint|good|pretty good|nice|ratt bra|ganska bra)$/, 7],
  [/^(jattebra|superbra|grymt|toppen|skitbra|great|amazing|awesome|really good)$/, 9],
];
// "idk typ mitt emellan": not knowing said before the answer is no part of it (a tester's met "förstår inte allt").
const MOOD_FILLER = /\b(jag |ja |i )?(mar|mor|feel|feeling|im|i m|kanner mig)\b|\b(typ|assa|alltsa|ngl|tbh|idag|today|rn|just nu|nu|lol|faktiskt|honestly|arligt|idk|dunno|iunno|vetej|vet ej|like|kinda|liksom)\b/g;

// "same as igår", "samma som sist", "likadant som igår", "same as yesterday": the number given last time.
const SAME_AS_BEFORE =
  /^((typ|ungefar|nog|asså|assa|pretty much|about|prob|probably) )*(samma|same|likadant|likadan|same thing)( (som|as|like))? (igar|i gar|forra gangen|forra|sist|senast|forut|innan|yesterday|last time|before|vanligt|usual)( (typ|lol|ish|ungefar|tror jag|i guess|haha))*$/;

/** The answer is "the same as last time", with no number of its own. */
export function saysSameAsBefore(text: string): boolean {
  return SAME_AS_BEFORE.test(fold(text));
}

/** A mood said in words, as a rough 1-10; undefined when the answer is not one of them. */
export function understandMood(text: string): number | undefined {
  const said = fold(text).replace(MOOD_FILLER, " ").replace(/\s+/g, " ").trim();
  return MOOD_WORDS.find(([re]) => re.test(said))?.[1];
}

// After a reading was said back ("Jag skriver det som en 2:a, skriv en annan siffra om det inte
// stämmer"), the next answer may correct it: a number, perhaps with a no or a hedge ("4", "nej typ 5",
// "mer en 3a", "more like 6"). Only such short answers count: "för att jag åt 2 mackor" is an answer.
const CORRECTION_WORDS = new Set([
  "nej", "na", "nae", "naa", "no", "nope", "nah", "fel", "wrong", "snarare", "hellre", "mer", "mera", "more", "like", "typ", "kanske", "maybe", "en", "ett", "a", "an",
  "det", "de", "den", "its", "it", "is", "ar", "e", "egentligen", "actually", "faktiskt", "nog", "mest", "rather", "closer", "narmare", "ungefar", "runt", "around", "about",
  "ish", "idag", "today", "ba", "bara", "sorry", "haha", "lol", "hmm", "eh", "assa", "alltsa", "jag", "ja", "i", "id", "say", "saga", "sager", "skulle", "would", "va", "var",
  "som", "val", "ju", "nu", "mar", "feel", "im", "kanns", "satt", "skriv", "write", "put", "ge", "give", "istallet", "instead", "stallet", "i", "pa", "riktigt", "really", "tbh", "then", "da",
  "menade", "menar", "meant", "mean", "oj", "oops", "ops", "sorri", "forlat", "skrev", "typo", "felskrev", "felskrivning",
  // "nej vänta jag menade 6", "wait i ment 6" (tester25 #7).
  "vanta", "vant", "wait", "ment",
]);
const SAYS_WRONG = /^(nej |na |no |nope |nah )?(det |de |that |thats |its |it s |it )?(ar |e |is |s )?(fel|inte ratt|stammer inte|stammer int|stammer ej|wrong|not right|not true|inte sant|not it)( alls| sorry| tbh)?$/;

/** The number that corrects a reading said back; "wrong" when it is said to be wrong with no number; else undefined. */
export function readCorrection(text: string): { value: number } | "wrong" | undefined {
  if (SAYS_WRONG.test(fold(text))) return "wrong";
  const { toks } = joinValues(tokenize(text));
  const values = toks.filter((t): t is Value => t.k === "num" || t.k === "range");
  if (values.length !== 1 || values[0]!.suffix && !ORDINAL.has(values[0]!.suffix)) return undefined;
  if (!toks.every((t) => t.k === "num" || t.k === "range" || t.k === "brk" || (t.k === "word" && CORRECTION_WORDS.has(t.w)))) return undefined;
  const v = values[0]!;
  return low(v) >= 1 && high(v) <= 10 ? { value: low(v) } : undefined;
}

// A number written, then put right in the next answer ("3", then "nej 6 menade jag", "sorry 6*", "menade 6"): a
// correction only with a word that says so, or a bare other number (tester24 #9: it was taken as the answer to
// "Vad gör att det är en 3:a och inte lägre?"). Tester25 #7: "nej vänta jag menade 6", "asså 6", "ment 6" too.
const SAYS_CORRECTED = /\b(nej|na|no|nope|fel|wrong|menade|menar|meant|ment|mean|oj|oops|ops|sorry|sorri|forlat|typo|felskrev|istallet|instead|actually|egentligen|vanta|vant|wait|assa|alltsa)\b|\*/;

/** The number that corrects a number just written (`written`), if the answer is such a correction. */
export function correctsNumber(text: string, written: number): number | undefined {
  const read = readCorrection(text);
  if (read === undefined || read === "wrong" || read.value === written) return undefined;
  return SAYS_CORRECTED.test(fold(text)) || /\*/.test(text) || /^\s*\d{1,2}\s*$/.test(text) ? read.value : undefined;
}

// The scale itself asked about while it is asked: "hur menar du skala?", "vad menas med skala", "what do
// u mean scale", "skala?", "är 10 bäst?", "is 1 good or bad". Answered by explaining it, not read as an
// answer that failed (a young tester got the stock retry, then "vi hoppar över den").
const SCALE_NAMED = /\b(skala|skalan|skalor|scale|siffra|siffran|siffror|siffrorna|number|numbers|the numbers|1 10|1 till 10|ett till tio|1 to 10|one to ten)\b/;
const ASKS_MEANING =
  /\b(hur menar|vad menar|va menar|vad menas|va menas|vad betyder|va betyder|vad ar|va ar|vadan|vilken|vilket|hur funkar|hur fungerar|hur ska|fattar inte|forstar inte|fattade inte|forstod inte|menar du|mean|means|meaning|what is|whats|what s|which|how does|how do|dont get|don t get|dont understand|don t understand|confused|of what|av vad|pa vad|what|vad|va|hur|betyda)\b/;
const WHAT_DO_YOU_MEAN = /^(hur menar du|vad menar du|va menar du|vad menas|va menas|vad betyder det|va betyder det|what do you mean|what does that mean|what does it mean|wdym)( (med det|by that|lol|typ|nu|da))*$/;
const END = String.raw`(bast|bra|samst|daligt|dalig|best|good|worst|bad|hogst|lagst|highest|lowest|high|low|hogt|lagt|top|botten|bottom)`;
const WHICH_END = new RegExp(String.raw`^(ar|is|betyder|means|does)? ?(1|10|ett|tio|one|ten|etta|ettan|tia|tian)( (ar|is|betyder|means|mean|som))?( the)? ${END}( (eller|elr|or) ${END})?$`);

/** A question about the 1-10 scale itself, asked while it waits for an answer. */
export function asksAboutScale(text: string): boolean {
  const said = fold(text);
  // "är 10 bäst?", "1 bra eller dåligt": which end is which, though a number is in it.
  if (WHICH_END.test(said) && (text.includes("?") || /\b(eller|elr|or)\b/.test(said))) return true;
  const r = readScale(text);
  if (r.kind === "number" || r.kind === "range" || r.kind === "emoji") return false;
  if (SCALE_NAMED.test(said) && ASKS_MEANING.test(said)) return true;
  if (/^(skala|skalan|scale|the scale|1 10)$/.test(said) && text.includes("?")) return true;
  return WHAT_DO_YOU_MEAN.test(said);
}
