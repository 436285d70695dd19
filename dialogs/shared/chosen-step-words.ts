// A step or an activity referred to as one chosen or talked about before: "kanske kan testa den där promenaden",
// "kör på bussresan", "i could try that walk". Read with what Tillit knows the person chose or was offered (the
// small step of a check-in, the plan, a coordinator's words: TurnLookups.chosenEarlier), so that it is said back
// in their words and known for what it is (Isak's walk, agreed with his coordinator, met "förstår inte allt" two
// weeks later; tone.md: remember what they chose last time).
import type { ChosenEarlierView } from "../../bot/runtime/turn-types.js";
import { fold } from "./fold.js";

export interface StepReferred {
  /** The step in their own words, as it can be said back ("promenaden", "en bussresa", "the walk"). */
  said: string;
  /** The folded stem it is known by ("promenad", "bussres", "walk"). */
  stem: string;
}

export type StepKnown = { from: "small-step" } | { from: "plan" } | { from: "staff"; name: string } | { from: "told" };

// Activities a small step often is (the check-in's own and what coordinators offer first: a walk, a bus ride,
// a coffee, the gym, the library): known even when nothing stored names them.
const ACTIVITIES = /^(promenad|promenaden|bussres|bussresan|bussresa|busstur|bussturen|buss|bussen|cykeltur|cykelturen|fika|fikat|fikan|traning|traningen|gym|gymmet|simning|simningen|simhallen|bibliotek|biblioteket|studiebesok|studiebesoket|walk|bus|bus ride|ride|coffee|gym session|swim|library|run|jog|samtal|samtalet|telefonsamtal|call)$/;
// The check-in's small steps, by the words that name them.
const SMALL_STEP_WORDS: Record<string, RegExp> = {
  walk: /^(promenad|ga ut|gaut|walk)/,
  bus: /^(buss|bus)/,
  call: /^(samtal|telefonsamtal|ringa|call)/,
};
// Never a step: a meeting (its own dialog hears it), a person, a thing said.
const NOT_A_STEP = /^(mote|motet|moten|meeting|kille|killen|tjej|tjejen|grej|grejen|saken|thing|guy|girl|person|personen|dag|dagen|day|tid|tiden|time|sms|smset|text|fragan|question|appen|app|boten|bot)$/;
const NEGATED = /\b(inte|int|ej|aldrig|not|dont|don t|cant|can t|cannot|wont|won t|never|orkar inte|vill inte|skippa|skip|strunta i|glom)\b/;
const SV_ARTICLES = new Set(["en", "ett"]);
const EN_ARTICLES = new Set(["a", "an", "the"]);

/**
 * The step or activity the message refers to ("den där promenaden", "testa en bussresa", "that walk"), or undefined.
 * A question about it ("var är promenaden?") or its refusal ("orkar inte den där promenaden") is none.
 */
export function stepReferred(text: string): StepReferred | undefined {
  const said = fold(text);
  if (NEGATED.test(said) || /\b(var|vart|nar|where|when)\b/.test(said)) return undefined;
  const words = said.split(" ");
  // "den där X", "det där X", "that X", "the X", "a X"; or a verb of trying and the activity ("testa promenaden").
  const ref = /\b(den dar|det dar|de dar|dom dar|that|the|this|en|ett|a)( (lilla|korta|little|short|lil))? ([a-z]{3,})( (ride|session|tur))?\b/.exec(said)
    ?? /\b(testa|prova|gora|ta|kora pa|kor pa|kora|borja med|fixa|try|do|take|go for|give)( (den dar|det dar|that|the|en|ett|a))?( (lilla|korta|little|short))? ([a-z]{3,})( (ride|session|tur))?\b/.exec(said);
  if (!ref) return undefined;
  const noun = ref[0].split(" ").filter((w) => !["den", "det", "de", "dom", "dar", "that", "this", "lilla", "korta", "little", "short", "lil", "testa", "prova", "gora", "ta", "kora", "kor", "pa", "borja", "med", "fixa", "try", "do", "take", "go", "for", "give"].includes(w));
  const article = noun[0] && (SV_ARTICLES.has(noun[0]) || EN_ARTICLES.has(noun[0])) ? noun.shift() : undefined;
  const name = noun.join(" ");
  if (!name || NOT_A_STEP.test(name) || words.length > 12) return undefined;
  const english = /\b(that|the|this|a|an|try|do|take|go for|give)\b/.test(ref[0]) && !/\b(den|det|en|ett|testa|prova)\b/.test(ref[0]);
  // Said back as they wrote it: "den där promenaden" → "promenaden"; "that walk" → "the walk"; "en bussresa" as is.
  const own = ownWords(text, name) ?? name;
  const sayArticle = english ? (article === "a" || article === "an" ? article : "the") : article;
  return { said: sayArticle ? `${sayArticle} ${own}` : own, stem: stemOf(name) };
}

/** Where the step is known from: the last small step, the plan, a coordinator's words, or only what they told now. */
export function whereKnown(step: StepReferred, chosen: ChosenEarlierView): StepKnown | undefined {
  const small = chosen.smallStep ? SMALL_STEP_WORDS[chosen.smallStep] : undefined;
  if (small?.test(step.stem)) return { from: "small-step" };
  const names = (item: string) => new RegExp(`\\b${step.stem}`).test(fold(item));
  if (chosen.planItems.some(names)) return { from: "plan" };
  const wrote = chosen.staffWords.find((w) => names(w.text));
  if (wrote) return { from: "staff", name: wrote.firstName };
  return ACTIVITIES.test(step.stem) || ACTIVITIES.test(step.said.split(" ").at(-1) ?? "") ? { from: "told" } : undefined;
}

/** "promenaden" → "promenad", "bussresan" → "bussres", "walks" → "walk": what an earlier mention starts with. */
function stemOf(name: string): string {
  const last = name.split(" ").at(-1)!;
  const stem = last.replace(/(arna|erna|orna|en|an|et|na|n|s)$/, "");
  return stem.length >= 3 ? stem : last;
}

/** The words of `name` as the person typed them (åäö kept), lower case. */
function ownWords(text: string, name: string): string | undefined {
  const tokens = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const want = name.split(" ");
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (want.every((w, j) => fold(tokens[i + j]!) === w)) return tokens.slice(i, i + want.length).join(" ");
  }
  return undefined;
}
