// Short answers to the questions Tillit asks, read the way young people text them: yes/no, a 1–10
// scale, good / so-so / bad, and the answer to a proposed meeting. Each returns exactly the labels of
// the recognition corpus (tests/fixtures/conversation/), and the dialogs use these same functions.
// Negation is read first: "funkar inte" is a no, whatever word of yes it contains.
import { fold, hasWordLike, visible } from "./fold.js";
import { VERBS } from "./texting-spellings.js";

export type YesNo = "yes" | "no" | "skip" | "unclear";
export type Scale = `${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}` | "skip" | "unclear";
export type GoodOkBad = "good" | "ok" | "bad" | "skip" | "unclear";
export type MeetingAnswer = "confirm" | "decline" | "other-time" | "unclear";

// Folded forms (no åäö): "nä" is "na", "jodå" is "joda".
export const YES_WORDS = new Set([
  "ja", "jaa", "japp", "japps", "jepp", "jep", "jo", "joo", "joda", "jada", "jaja", "javisst", "visst", "absolut", "okej", "okey", "okay", "ok", "okk", "okok", "oki",
  "k", "kk", "kor", "garna", "aa", "aaa", "mm", "mmm", "mhm", "mhmm", "yes", "yess", "yeah", "yea", "ye", "yep", "yup", "sure", "y", "j", "sjalvklart", "precis", "jajamen", "jajjemen", "jajamensan", "jajemen", "fine", "jes", "yees", "yeees", "yeah", "yas", "ya", "yah", "yh",
]);
export const NO_WORDS = new Set(["nej", "nejj", "na", "naa", "nae", "nah", "nope", "no", "nix", "napp", "icke", "n", "noo", "nejda", "neja", "nejtack", "nja", "naej"]);
const YES_PHRASES = /^((jag ar|im) (med|pa|in|down)( pa det| da| ju)?$|count me in|jag hanger pa|later bra|det later bra|det gar bra|gar bra|varfor inte|why not|kor pa|gor det|sounds good|of course|lets go|klart|sa klart)\b/;
const NO_PHRASES = /\b(helst inte|inte nu|inte idag|inte just nu|vill inte|orkar inte|no thanks|not now|not today|not really|inte direkt|inte riktigt|nej tack|no way|absolut inte|inte alls)\b/;
// The whole message, give or take a filler word: "vet inte, kanske rita" is an answer, not a skip.
// Asking to skip in a sentence counts too: "kan vi hoppa över den frågan", "can we skip this one", "jag skippar den".
const SKIP = /^((kan|far|ska) (vi|jag|man)( bara)? |(can|could) (we|i)( just)? |(jag|vi) |lets |i ll |ill )?(hoppar over|skippar|vet ej|vet inte|vet int|vete fan|vet ej riktigt|ingen aning|ingen aaning|hoppa over|hoppa over den|hoppa|hoppar over|skippa|skippa den|skip|skip it|pass|idk|dunno|i dont know|i don t know|no idea|not sure|vill inte svara|vill ej svara|vill inte saga|vill ej saga|vill inte beratta|ingen kommentar|nasta|next|pass pa den|orkar inte svara)( (riktigt|typ|assa|sorry|tbh|haha|lol|alls|heller|nu|just nu|idag|faktiskt|pa den|pa det|den|det|den har|fragan|pa den fragan|on that|that|that one|rn|today|this|this one|this question|the question|it|for now|sa lange))*$/;

const yesEmoji = /👍|👌|✅|✔|🙆|💯/u;
const noEmoji = /👎|❌|🙅|✖/u;

/** The message is an "I'd rather not answer / don't know". */
export function isSkip(said: string): boolean {
  return SKIP.test(said);
}

// Hedges and fillers before the answer do not change it: "typ ja", "asså ja", "well yeah", "hmm ok".
const LEADING_FILLER = /^((typ|assa|alltsa|eh|ehm|hmm|hm|um|umm|uh|well|like|haha|lol|men|ba|bara|i guess|jag antar|antar|eller) )+/;

export function understandYesNo(text: string): YesNo {
  const said = fold(text).replace(LEADING_FILLER, "");
  if (!said) return yesEmoji.test(visible(text)) ? "yes" : noEmoji.test(visible(text)) ? "no" : "unclear";
  if (said === "1") return "yes";
  if (said === "2") return "no";
  if (isSkip(said)) return "skip";
  if (NO_PHRASES.test(said)) return "no";
  const echo = echoAnswer(said);
  if (echo) return echo === "yes" ? "yes" : "no";
  const words = said.split(" ");
  const firstYes = YES_WORDS.has(words[0]!) || YES_PHRASES.test(said);
  // "ja fast nej" says both: ask again rather than guess.
  if (words.some((w) => NO_WORDS.has(w))) return firstYes ? "unclear" : "no";
  if (firstYes || yesEmoji.test(visible(text))) return "yes";
  return noEmoji.test(visible(text)) ? "no" : "unclear";
}

// The question's verb said back with "jag" ("ja kan", "jag vill gärna", "ja orkar nog inte"): "ja" before
// a verb is read as jag (texting-spellings.ts), so the answer is in the verb. Only verbs of will and
// ability say yes with words after them ("ja kan prata lite"); any other verb says yes only alone or with
// a filler ("ja har"), so "ja e på bussen nu" stays unclear.
const WILLING = /^jag (vill|kan|ska|orkar|hinner|fixar|klarar|tar|gor|kommer|testar|provar|kor|staller)\b/;
const ECHO_FILLER = /^jag [a-z]+( (det|den|de|dom|garna|nog|val|ju|absolut|tack|sa klart|sakert|gladeligen|okej|ok))*$/;

export function echoAnswer(said: string): "yes" | "no" | undefined {
  if (!said.startsWith("jag ")) return undefined;
  const verb = said.split(" ")[1]!;
  if (!VERBS.has(verb) && !WILLING.test(said)) return undefined;
  if (/\b(inte|aldrig)\b/.test(said)) return /^jag [a-z]+( (nog|val|tyvarr|nog tyvarr))? (inte|aldrig)\b/.test(said) ? "no" : undefined;
  // "ja ska till affären", "ja kommer hem sent": where one is going is news, not the answer.
  if (/^jag [a-z]+ (till|hem|ut|pa|i|hos|fran|dit|bort)\b/.test(said) && !ECHO_FILLER.test(said)) return undefined;
  return WILLING.test(said) || ECHO_FILLER.test(said) ? "yes" : undefined;
}

const numberWords: Record<string, number> = {
  etta: 1, ettan: 1, one: 1, tva: 2, tvaa: 2, tvaan: 2, two: 2, tre: 3, trea: 3, trean: 3, three: 3, fyra: 4, fyran: 4, four: 4,
  fem: 5, femma: 5, femman: 5, five: 5, sex: 6, sexa: 6, sexan: 6, six: 6, sju: 7, sjua: 7, sjuan: 7, seven: 7,
  atta: 8, attan: 8, eight: 8, nio: 9, nia: 9, nian: 9, nine: 9, tio: 10, tia: 10, tian: 10, ten: 10,
};

// Only these, as the corpus format fixes them: sad → 2, neutral → 5, slight smile → 7, big smile → 9.
const emojiScores: [RegExp, number][] = [
  [/😭|😢|😞|☹|🙁|😣|😖|😩|😫|😔/u, 2],
  [/😐|😑|😶|🤷/u, 5],
  [/🙂|😌/u, 7],
  [/😊|😀|😃|😄|😁|👍|💪|🥰|😍/u, 9],
];

const OUT_OF_TEN_G = /(\d+)\s*(?:\/|av|of|out of)\s*10\b/g;

// "sjuuu", "femmaa": a last letter drawn out is the same number.
const numberWord = (w: string): number | undefined => numberWords[w] ?? numberWords[w.replace(/(\p{L})\1+$/u, "$1")];

/** A score from "7", "3/10", "typ en sexa", "sju kanske", an emoji; a number out of 1–10 is unclear. */
export function understandScale(text: string): Scale {
  const said = fold(text);
  if (said && isSkip(said)) return "skip";
  const outOfTen = [...visible(text).toLowerCase().matchAll(OUT_OF_TEN_G)];
  const numbers = outOfTen.length ? [...new Set(outOfTen.map((m) => Number(m[1])))] : [...new Set((said.match(/\d+/g) ?? []).map(Number))];
  if (numbers.length === 1) return inRange(numbers[0]!);
  if (numbers.length > 1) return todaysNumber(text);
  // "nine out of ten", "sju av tio": the scale's own ten is not a second number.
  const words = [...new Set(said.replace(/ (out of|av|of) (ten|tio)\b/g, "").split(" ").map(numberWord).filter((n) => n !== undefined))];
  if (words.length === 1) return inRange(words[0]!);
  if (words.length > 1) return todaysNumber(text);
  const shown = visible(text);
  for (const [re, score] of emojiScores) if (re.test(shown)) return inRange(score);
  return "unclear";
}

const NOW = new Set(["idag", "today", "nu", "now", "ikvall", "tonight", "rn", "currently", "atm"]);
const BEFORE = new Set(["igar", "yesterday", "forut", "innan", "before", "forra", "last", "forrgar", "earlier", "tidigare", "imorse", "morse", "var", "was"]);

// Two numbers, one of them said to be today's: "igår 3 men idag 6", "6 today, was a 3 yesterday".
// Read clause by clause (commas, "men", "but"): the one number in a clause about now counts, when
// every other number stands in a clause about earlier; anything else is unclear and asked again.
function todaysNumber(text: string): Scale {
  const marked = visible(text).replace(OUT_OF_TEN_G, "$1").replace(/[,.;:!?]/g, " men ");
  const clauses = fold(marked).split(/\b(?:men|but|och|and|fast|medan|while)\b/).map((c) => c.trim());
  let today: number | undefined;
  for (const clause of clauses) {
    const words = clause.split(" ");
    // "en 5a", "3an": a digit with the ending of its number word.
    const ns = words.map((w) => (/^\d+(a|an|or)?$/.test(w) ? parseInt(w, 10) : numberWord(w))).filter((n) => n !== undefined);
    if (ns.length === 0) continue;
    const now = words.some((w) => NOW.has(w));
    const before = words.some((w) => BEFORE.has(w));
    if (ns.length > 1 || now === before) return "unclear";
    if (now) {
      if (today !== undefined) return "unclear";
      today = ns[0];
    }
  }
  return today === undefined ? "unclear" : inRange(today);
}

function inRange(n: number): Scale {
  return n >= 1 && n <= 10 ? (String(n) as Scale) : "unclear";
}

const SLEPT_OK = /\b(sadar|sa dar|sadar typ|mja|meh|halvbra|lagom|mittemellan|mitt emellan|so so|soso|helt ok|helt okej|okej|ok|okay|kinda ok|alright|halvdant|halvdaligt|inget speciellt|inget sarskilt|varken bra eller daligt|inte sa bra inte sa daligt|medel|hyfsat|hyfsad|typ ok|sisadar)\b/;
const SLEPT_BAD = /\b(\w*daligt|dalig|inget vidare|inge vidare|inte vidare|(kunde|kan|kunnat|lyckades|gick) (inte|int|ej) (att )?(sova|somna)|(couldnt|could not|cant|can t|could t) (sleep|fall asleep)|svart att (sova|somna)|somnade (sent|inte)|vaken hela natten|skit|skitdaligt|kasst|kass|uselt|usel|piss|pissigt|vardelost|knappt|vaknade|somnlos|somnade inte|sov inte|inte alls|mardrommar|bad|badly|terrible|awful|shit|crap|horrible|not good|didnt sleep|barely|trott|jobbigt|risigt|katastrof)\b/;
const SLEPT_GOOD = /\b(bra|\w*gott|asbra|jattebra|superbra|riktigt bra|fint|nice|najs|good|great|well|som en (stock|sten|bebis|baby|prinsessa)|utvilad|grymt|toppen|perfekt|amazing|kanon|underbart|skont)\b/;
const NOT_GOOD = /\binte (sa |sarskilt |speciellt |jatte|sa jatte|sa himla |alls )?(bra|gott|okej|ok|fint|good|well)\b|\bnot (so |very |that )?(good|well|great)\b/;
// Neither good nor bad, in either order: "inte bra inte dåligt", "not great not terrible", "varken eller".
const NOT_ = String.raw`(inte|not|nor|int)( sa| so| that| too| jatte| super| direkt)?`;
const GOODISH = String.raw`(bra|gott|fint|good|great|amazing|well)`;
const BADISH = String.raw`(daligt|kasst|uselt|skit|bad|terrible|awful|horrible|shit)`;
const NEITHER = new RegExp(String.raw`\b${NOT_} ${GOODISH}( och| and| but| men| eller| or| fast)? ${NOT_} ${BADISH}\b|\b${NOT_} ${BADISH}( och| and| but| men| eller| or| fast)? ${NOT_} ${GOODISH}\b|\bvarken (bra|gott) eller (daligt|kasst)\b|\bneither good nor bad\b|^varken eller\b`);
const goodEmoji = /😊|😀|😃|😄|😁|👍|💪|🥰|😍|🙂|😌|😴/u;
const okEmoji = /😐|😑|😶|🤷/u;
const badEmoji = /😭|😢|😞|☹|🙁|😣|😖|😩|😫|😔|💀|🥱/u;

/** How someone slept (or ate): good, so-so or bad; "sovit skit" is bad, "inte bra" is bad, "3 timmar" is bad. */
export function understandGoodOkBad(text: string): GoodOkBad {
  const said = fold(text);
  const shown = visible(text);
  if (!said) return goodEmoji.test(shown) ? "good" : okEmoji.test(shown) ? "ok" : badEmoji.test(shown) ? "bad" : "unclear";
  if (isSkip(said)) return "skip";
  const option = /^([123])$/.exec(said)?.[1];
  if (option) return (["good", "ok", "bad"] as const)[Number(option) - 1]!;
  const hours = /(\d+(?:[.,]\d)?)\s*(h|tim|timmar|timme|hours?|hrs?)\b/.exec(said);
  if (hours) {
    const h = Number(hours[1]!.replace(",", "."));
    return h < 5 ? "bad" : h < 7 ? "ok" : "good";
  }
  if (NEITHER.test(said)) return "ok";
  if (/\bskit ?bra\b|\bsjukt bra\b|\bgrymt bra\b/.test(said)) return "good";
  if (NOT_GOOD.test(said) || /\binte sovit\b/.test(said)) return "bad";
  if (SLEPT_OK.test(said)) return "ok";
  if (SLEPT_BAD.test(said)) return "bad";
  if (SLEPT_GOOD.test(said)) return "good";
  for (const [label, words] of [["bad", ["daligt", "kasst", "uselt"]], ["good", ["jattebra"]], ["ok", ["sadar", "halvbra"]]] as const) {
    if (words.some((w) => hasWordLike(said, w))) return label;
  }
  return "unclear";
}

const OTHER_TIME = /\b(annan (tid|dag|gang|vecka)|andra (tider|dagar)|nagon annan|nan annan|ny tid|nytt forslag|ny dag|nasta vecka|senare i veckan|senare idag|flytta|flyttar|istallet|hellre|another|other time|other day|different (time|day)|reschedule|move it|later in the week|next week|en annan|instead|tidigare|earlier)\b/;
// Asking to meet later than proposed: "can we do later?", "kan vi ta det lite senare", "senare istället?"
// (not "ses senare" / "see you later", which confirms).
const LATER_TIME = /\b(kan|kunde|could|can|shall|ska|maybe|kanske) (vi|we) (ta|ses|do|meet|kora|gora|have|make|traffas|flytta|move|push|hora|hitta)( det| it| den| motet| that| the meeting| this| up)?( lite| a bit| a little| nagot| nat)? (senare|sen|later)\b|\b(senare|later) (istallet|instead)\b|^(lite |a bit |a little |kanske lite )(senare|later)( kanske| maybe| pls| snalla| tack)?$|\b(gar|funkar|passar|works|work) (det|it|that)( lite| a bit| nagot)? (senare|later)\b|\b(later|senare) (pa dagen|in the day|that day|samma dag|on)\b/;
const DECLINE = /\b(passar|funkar|fungerar|gar|works|suits)( (mig|me|for mig|for me))? (daligt|illa|kasst|skit|badly|poorly)\b|\b(funkar|passar|gar|kan|hinner|orkar|kommer|fixar|klarar|blir|ska)( nog| tyvarr| nog tyvarr)? (inte|int|ej|inge)\b|\bkan ej\b|\b(har|har ju) (inte|ingen) tid\b|\bjobba[r]?\b|\bplugga[r]?\b|\bmaste (jobba|plugga|vara|ga|aka|hamta|passa|till)\b|\bhar (skola|lektion|jobb|tid hos|annat|nat annat|nagot annat|ett mote|plugg|traning|tvatt)\b|\btandlakar|\bdoktorn?\b|\bsjuk\b|\bcant\b|\bcan t\b|\bcannot\b|\bwont\b|\bbusy\b|\bupptagen\b|\bstall in\b|\bavboka|\bdont think so\b|\bnot (going|coming)\b/;
const CONFIRM = /\b(funkar|passar|gar bra|det gar|later bra|ses|vi ses|jag kommer|kommer dit|kommer|works|sounds good|see you|see u|see ya|cya|ses snart|perfekt|toppen|kanon|fine|deal|bra)\b/;

/** The answer to "X suggests meeting on … Does that work?". */
export function understandMeeting(text: string): MeetingAnswer {
  const said = fold(text);
  const shown = visible(text);
  if (!said) return yesEmoji.test(shown) ? "confirm" : noEmoji.test(shown) ? "decline" : "unclear";
  if (said === "1") return "confirm";
  if (said === "2") return "decline";
  if (said === "3") return "other-time";
  if (OTHER_TIME.test(said) || LATER_TIME.test(said)) return "other-time";
  // "var ska vi ses?", "när då?": asking where, when or who is neither yes nor no.
  if (/^(var|vart|nar|vem|vilka|hur dags|where|when|who|what time)\b/.test(said) && text.includes("?")) return "unclear";
  // "går det senare?", "later?": a time asked about, not a goodbye ("ses senare" confirms).
  if (text.includes("?") && /\b(senare|later)\b/.test(said) && !/\b(ses|see you|see ya|cya)\b/.test(said)) return "other-time";
  const words = said.split(" ");
  if (DECLINE.test(said) || words.some((w) => NO_WORDS.has(w)) || NO_PHRASES.test(said)) return "decline";
  if (echoAnswer(said) === "yes") return "confirm";
  if (YES_WORDS.has(words[0]!) || YES_PHRASES.test(said) || CONFIRM.test(said) || yesEmoji.test(shown)) return "confirm";
  return "unclear";
}

// How one is, said in words to "how is it today, 1-10?": "skit", "mår inte bra", "sådär". Read only
// on the mood question (a self-rating's "bra" means something else), and only as the whole answer,
// so "ok" agreeing to a check-in is no score. Rough, like the emoji: the person said it, not a number.
const MOOD_WORDS: [RegExp, number][] = [
  [/^(skit|piss|kass|pissigt|skitdaligt|jattedaligt|sjukt daligt|horribelt|vardelost|as|like shit|shit|awful|terrible|horrible|really bad|super bad)$/, 2],
  [/^(daligt|inte bra|inte sa bra|inte sa bra alls|tungt|jobbigt|bad|not good|not great|not so good|pretty bad)$/, 3],
  [/^(sadar|mittemellan|helt ok|helt okej|sa dar|meh|so so|soso|okay ish|ok ish)$/, 5],
  [/^(bra|fint|good|pretty good|nice|ratt bra|ganska bra)$/, 7],
  [/^(jattebra|superbra|grymt|toppen|skitbra|great|amazing|awesome|really good)$/, 9],
];
const MOOD_FILLER = /\b(jag |ja |i )?(mar|mor|feel|feeling|im|i m|kanner mig)\b|\b(typ|assa|alltsa|ngl|tbh|idag|today|rn|just nu|nu|lol|faktiskt|honestly|arligt)\b/g;

/** A mood said in words, as a rough 1-10; undefined when the answer is not one of them. */
export function understandMood(text: string): number | undefined {
  const said = fold(text).replace(MOOD_FILLER, " ").replace(/\s+/g, " ").trim();
  return MOOD_WORDS.find(([re]) => re.test(said))?.[1];
}
