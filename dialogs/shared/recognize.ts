// Understanding short answers the way young people text them: a number, the option's words, common
// Swedish and English synonyms, missing åäö, repeated letters and small typos. The readers of the
// recognition corpus (understand-*.ts) come first where a choice set names one.
import { meh, stopsAsking } from "./understand-small-talk.js";
import { editDistance, fold } from "./fold.js";
import { swappedOnce } from "./edit-distance.js";
import { isSkip, understandAte, understandGoodOkBad, understandMeeting, understandTimeOfDay, understandOfferAnswer, understandYesNo } from "./understand-answers.js";
import { understandScale } from "./understand-scale.js";
import { understandFree } from "./understand-free.js";
import { namesWeekly } from "./reminder-words.js";

export { editDistance, fold } from "./fold.js";
export { detectReminderRequest, type ReminderRequest } from "./reminder-words.js";

export interface ChoiceOption {
  value: string;
  /** Words that mean this option, in any of the supported languages (the label is added). */
  synonyms: string[];
}

/** "orka svara på frågor", "inga frågor tack", "orka": no questions wanted (how often to write: only when they write). */
function noQuestions(text: string): boolean {
  return stopsAsking(text) || /\b(inga|ingen|slippa|slipper|orka|orkar (inte|int|ej)|no|dont want|don t want)( (fler|mer|more|any))? (svara (pa )?)?((fler|mer|more|any) )?(fragor|fragorna|fragerna|questions)\b/.test(fold(text));
}

export interface ChoiceReader {
  kind: "yes-no" | "offer" | "good-ok-bad" | "meeting" | "pace" | "food" | "time-of-day";
  /** The reader's label → the option's value. */
  values: Record<string, string>;
}

const readers = { "yes-no": understandYesNo, offer: understandOfferAnswer, "good-ok-bad": understandGoodOkBad, meeting: understandMeeting, "time-of-day": understandTimeOfDay, pace: (text: string) => (namesWeekly(text, true) ? "weekly" : noQuestions(text) ? "no-questions" : "unclear"),
  // A yes or no first ("ja", "nej inget"), then what was eaten in words.
  food: (text: string) => { const yn = understandYesNo(text); return yn === "yes" || yn === "no" || yn === "skip" ? yn : understandAte(text); } } as const;

// On a weighty question, a question about the options is no pick: "vad händer om jag säger nej?" once
// recorded a no to keeping answers.
const ASKS_ABOUT_OPTIONS = /^(vad|va|what|whats|how|hur|varfor|why|maste jag|do i have to|must i|kan jag|can i)\b.*\b(om|if|when|nar|betyder|mean|means|menar|ar|e|is|sager|say|svarar|answer|trycker|press|valjer|choose|sagt|said)\b/;

// Not understanding is no pick either: "jag förstår inte" was read as a no ("jag … inte").
const CONFUSED = /\b(forstar|fattar|begriper) (inte|int|ej|noll)( (vad|ordet|orden|det har|detta|svenska))?\b(?! (att|om))|\b(dont|don t|do not) (understand|get it)\b|\bvad menar (du|ni)\b|\bwhat do you mean\b/;
// A question mark with a question word anywhere: "jag fattar inte, vad är anmäla?".
const QUESTION_WORD = /\b(vad|va|hur|varfor|vem|vilka|what|whats|how|why|who)\b/;

// A question or a condition after "men": "ja men kan soc se det", "ja, men bara om ingen annan ser".
const YES_BUT_ASKS = /\b(men|but)\b.*\b(vad|va|hur|varfor|vem|vilka|vilken|kan|far|what|how|why|who|can|will|do|bara|only|om|if|unless|inte|not|ingen|no one)\b/;

/** The options that stand for "so-so" in a three-way question. */
const MIDDLE_OPTIONS = new Set(["little", "ok", "partly"]);

// "typ 2", "nr 3", "2 tror jag": the option of that number, as the number alone, and never the reader's
// own reading of a digit (to a yes/no reader "2" is a no, but option 2 of "Ja / Lite / Nej" is Lite, and
// of the small steps a bus ride). Not on a weighty question: a hedged consent is no consent.
const HEDGED_NUMBER = /^(?:(?:typ|nog|nr|nummer|number|alt|alternativ|option|val|svar|like|ba|bara|jag tar|jag valjer|i pick|i take|ill take|i ll take|i choose) )+(\d{1,2})(?: (?:typ|nog|tror jag|i think|i guess|tack|thanks|pls|plz|snalla))*$|^(\d{1,2})(?: (?:typ|nog|tror jag|i think|i guess|tack|thanks|pls|plz|snalla))+$/;

// A no right after an option's words ("ringa någon?? nej tack haha", "call someone? no thanks lol"): that option turned
// down, a laugh or a thanks after it at most.
const TURNED_DOWN = /^(nej|nae|naa|na|nah|no|nope|nix)( (tack|tackar|thanks|thx|ty|typ|assa|lol|haha|hahaha|hehe|xd|da|then|dude|asså))*$/;

/**
 * An offered option named by its own words (the label or a synonym of three letters or more), alone or turned down
 * in the same breath: which, and whether it was turned down. The words of a choice on screen are that choice, never a
 * request read in them ("ringa någon" on the small-step menu once asked a person to get in touch).
 */
export function namedOption(text: string, options: ChoiceOption[], labels: string[]): { value: string; declined: boolean } | undefined {
  const said = fold(text);
  for (const [i, o] of options.entries()) {
    for (const w of [labels[i] ?? "", ...o.synonyms].map(fold).filter((x) => x.length >= 3)) {
      if (said === w) return { value: o.value, declined: false };
      if (said.startsWith(`${w} `) && TURNED_DOWN.test(said.slice(w.length + 1))) return { value: o.value, declined: true };
    }
  }
  return undefined;
}

/**
 * The chosen option's value, or undefined when the text does not clearly pick one. `weighty`: a
 * question whose answer is recorded as a decision (the consents): there a question about the options
 * or not understanding is no pick, and not understanding picks "questions" when that is offered.
 */
export function recognizeChoice(text: string, options: ChoiceOption[], labels: string[], reader?: ChoiceReader, weighty = false): string | undefined {
  const said = fold(text);
  if (weighty) {
    const confused = CONFUSED.test(said);
    const asksSomething = understandFree(text).startsWith("question:");
    // "jag förstår inte" twice once skipped the consent and asked nobody: a person explains instead
    // (unless what is not understood is asked, "vad är anmäla?", which gets its answer).
    if (confused && options.some((o) => o.value === "questions") && !asksSomething) return "questions";
    if (confused || (ASKS_ABOUT_OPTIONS.test(said) && said.split(" ").length >= 3) || (text.includes("?") && QUESTION_WORD.test(said))) return undefined;
    // A yes with a question or a condition in the same breath is not yet an informed yes ("ja men kan
    // soc se det?", "ok men vem läser", "okej men bara koordinatorn" were recorded as consents): the
    // question is answered, or the consent asked again in its short line.
    if (asksSomething || YES_BUT_ASKS.test(said)) return undefined;
  }
  // "ringa någon?? nej tack haha": a no to that option, which is the question's no where it has one (the small step's
  // "Inte nu"), else no pick (a tester's was taken as the option, and as asking for a person).
  const named = namedOption(text, options, labels);
  if (named?.declined) return named.value === "no" ? undefined : options.find((o) => o.value === "no")?.value;
  const number = /^(\d{1,2})$/.exec(said)?.[1] ?? (weighty ? undefined : HEDGED_NUMBER.exec(said)?.slice(1).find(Boolean));
  if (number) return options[Number(number) - 1]?.value;
  const candidates = options.map((o, i) => ({ value: o.value, words: [labels[i] ?? "", ...o.synonyms].map(fold).filter(Boolean) }));
  for (const c of candidates) if (c.words.includes(said)) return c.value;
  if (reader) {
    const read = reader.values[readers[reader.kind](text)];
    if (read) return read;
  }
  // "😐", "🙃" alone to "Ja / Lite / Nej" (or "Delvis"): the middle, as the mood question reads it (a 5);
  // it was met with "Jag förstod inte riktigt", then the question skipped.
  if (!weighty && meh(text)) {
    const middle = options.find((o) => MIDDLE_OPTIONS.has(o.value));
    if (middle) return middle.value;
  }
  if (!said) return undefined;
  // "ja tack", "nej det vill jag inte": the first word decides when it is a known word of one option.
  const first = said.split(" ")[0]!;
  const byFirst = candidates.filter((c) => c.words.includes(first));
  if (byFirst.length === 1) return byFirst[0]!.value;
  // One small typo in a word of four letters or more ("morgn", "kvall"), or two letters swapped ("svenksa": it got
  // "Vi skriver redan på svenska" and the language question again).
  if (said.length >= 4) {
    const near = candidates.filter((c) => c.words.some((w) => w.length >= 4 && (editDistance(w, said) <= 1 || swappedOnce(said, w))));
    if (near.length === 1) return near[0]!.value;
  }
  return undefined;
}

export const yesWords = ["ja", "japp", "jaa", "jo", "joo", "jepp", "absolut", "okej", "ok", "okay", "visst", "gärna", "yes", "yeah", "yep", "yup", "sure", "y", "j"];
export const noWords = ["nej", "nä", "näe", "nää", "nope", "nej tack", "no", "nah", "n", "no thanks"];

/** A 1–10 score from "7", "7/10", "typ 6", "sju", or an emoji; undefined otherwise. */
export function recognizeScale(text: string): number | undefined {
  const n = Number(understandScale(text));
  return Number.isInteger(n) ? n : undefined;
}

export type Interruption = "skip" | "later" | "human";

const LATER = /^(senare|sen|inte nu|en annan gang|later|not now|another time|maybe later|kanske senare|orkar inte nu|tar det sen|tar det senare|inte just nu|hinner inte nu|kan vi ta det sen|kan vi ta det senare)$/;

// "nu", "nu går det", "har tid nu", "now is fine": ready now for what was put off with "senare".
const READY_NOW = /^(ok |okej |ja |jaa |aa |nu )?(nu|nu da|nu gar det|nu gar de|nu funkar det|nu funkar de|nu passar det|nu passar de|nu har jag tid|har tid nu|kan nu|nu kan jag|nu kor vi|kor nu|now|now is fine|im ready|i m ready|ready now|ready)( (da|nu|pls|tack|then|now))*[!.]*$/;

/** Ready now, said alone (after "senare" to an offer). */
export function saysReadyNow(text: string): boolean {
  return READY_NOW.test(fold(text));
}

/** An interruption that applies anywhere in a dialog. */
export function detectInterruption(text: string): Interruption | undefined {
  const said = fold(text);
  if (understandFree(text) === "human") return "human";
  if (isSkip(said)) return "skip";
  if (LATER.test(said)) return "later";
  return undefined;
}
