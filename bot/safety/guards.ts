// The guards every rule passes through, proximity rules and scoring rules alike: a negation cancels
// what it negates ("vill inte dö"), someone else as the subject makes a wish or act theirs ("min kompis
// vill dö"), the writer as the subject makes an act done to someone their own ("jag rör mig mer nu"
// is exercise, not being touched), and contexts a rule lists cancel it (a film, a game, a joke…).
import type { Hit } from "./concept-index.js";
import type { Token } from "./text-tokens.js";

/** Whose act or wish a rule is about. */
export type Who = "self" | "anyone" | "other";

export class HitSet {
  readonly byConcept = new Map<string, Hit[]>();
  constructor(readonly tokens: Token[], hits: Hit[]) {
    for (const h of hits) {
      const list = this.byConcept.get(h.concept);
      if (list) list.push(h);
      else this.byConcept.set(h.concept, [h]);
    }
  }
  of(concept: string): Hit[] {
    return this.byConcept.get(concept) ?? [];
  }
}

const messageWide = new Set(["RECOVERED", "MITIGATED", "DEBT_SETTLED", "PROUD_PAST", "PAST_OVER"]);
const afterOnly = new Set(["IF_AFTER", "IF_I_TELL"]);
/**
 * An all-clear said after the match, anywhere later in the message ("i set my hair on fire… it's fine",
 * "hon svimmade … men hon e helt ok nu"): what was told is over. Before the match it proves nothing
 * ("allt lugnt nu, men han följer efter mig").
 */
const afterInMessage = new Set(["ALL_CLEAR"]);
/**
 * Contexts that cancel a rule only when they contain one of its words ("kicked me out" is no kick, "kl 8"
 * is no count of pills, "the fire alarm" no fire, "sälja min ps" no crime ordered, "crying like a baby" no baby crying, a brother who "vill va hemma själv" no child left).
 */
const overlapOnly = new Set(["SELL_OWN", "ALARM_ONLY", "THROWN_OUT", "LIVE_SOMEHOW", "LEAP_FIGURE", "REBUFF", "KVAR_PLACE", "ARRIVES_BY", "ALL_GOOD", "DOUBT_STILL", "CLOCK_TIME", "BABY_FIGURE", "WANTS_ALONE_TIME"]);
/**
 * Contexts that cancel a rule only when they stand right before its match, at most this many words
 * ahead ("kommer ni (att) ringa polisen"): a question whether we call is about the call words it asks
 * about, not about a danger told elsewhere in the sentence; a thing as the subject ("jobbet finns nog
 * inte kvar") is the subject of the words right after it, not of the whole sentence.
 */
/**
 * Contexts that count even when they share a word with the match: "tog 2 som det står på förpackningen"
 * (the package is also a count of pills), "ingen märker om ja e där eller int" (the "om" is also the rule's).
 */
const evenShared = new Set(["AS_DIRECTED", "THERE_OR_NOT", "GONE_A_WHILE"]);
// "varför skickar du (nummer till) självmordslinjen": the question is about the helpline named right after it, not
// about words later in the sentence ("varför skickar ni självmordslinjen, jag har självmordstankar" is a crisis).
const beforeOnly = new Map([["ASKS_IF_WE_CALL", 1], ["WOULD_YOU", 1], ["THING_SUBJ", 2], ["ASKS_WHY_SENT", 2]]);
// A person after a preposition is no subject: "skrev ett brev till mamma" is still the writer's act.
const prepositions = new Set(["till", "for", "med", "at", "pa", "av", "hos", "fran", "mot", "to", "with", "from", "about", "of"]);
const NEGATION_REACH = 2;
/** Negations that also negate the words right before them, in Swedish word order: "skär mig inte", "slår mig aldrig". */
const postVerbal = new Set(["inte", "ej", "aldrig"]);
const SUBJECT_REACH = 6;

/** Whether the hits [start, end) are cancelled by a negation or by whose act they are. */
export function guarded(hits: HitSet, start: number, end: number, own: (h: Hit) => boolean, who: Who, negation: boolean): boolean {
  const clause = hits.tokens[start]!.clause;
  if (negation && negated(hits, start, end, clause, own)) return true;
  if (who === "self") return someoneElse(hits, start, end, clause, own);
  if (who === "other") return nearestSubject(hits, start, clause, own)?.concept === "SELF_SUBJ";
  return false;
}

/**
 * Whether a context the rule lists is there: in the same clause as the match, anywhere in the message
 * for RECOVERED, MITIGATED, DEBT_SETTLED, PROUD_PAST and PAST_OVER (or for every context when `wide`), after the match for IF_AFTER and IF_I_TELL, right
 * before the match [start, end) for ASKS_IF_WE_CALL and its kind, and only as part of the match for THROWN_OUT and its kind.
 */
export function present(blocker: string, hits: HitSet, own: (h: Hit) => boolean, start: number, end: number, clause: number, wide = false): boolean {
  if (overlapOnly.has(blocker)) return hits.of(blocker).some(own);
  const found = hits.of(blocker).filter((h) => evenShared.has(blocker) || !own(h));
  const reach = beforeOnly.get(blocker);
  if (reach !== undefined) return found.some((h) => h.end <= start && start - h.end <= reach && inClause(hits, h, clause));
  if (afterInMessage.has(blocker)) return found.some((h) => h.start >= end);
  if (messageWide.has(blocker) || (wide && !afterOnly.has(blocker))) return found.length > 0;
  if (afterOnly.has(blocker)) return found.some((h) => h.start >= end && (wide || inClause(hits, h, clause)));
  return found.some((h) => inClause(hits, h, clause));
}

function negated(hits: HitSet, start: number, end: number, clause: number, own: (h: Hit) => boolean): boolean {
  const comma = hits.tokens[start]!.comma;
  return hits.of("NEG").some((h) => {
    if (own(h) || !inClause(hits, h, clause)) return false;
    if (h.start >= start && h.end <= end) return true;
    if (h.end <= start) return start - h.end <= NEGATION_REACH && hits.tokens[h.start]!.comma === comma;
    // Swedish puts "inte" after the verb: "jag skär mig inte längre", "han slår mig aldrig".
    // ", inte på perrongen" after a comma contrasts, it does not negate.
    return h.start === end && postVerbal.has(h.entry) && hits.tokens[h.start]!.comma === comma;
  });
}

/** For a scoring rule: whether the subject before its first signal makes it someone else's (or, for "other", the writer's). */
export function subjectGuard(hits: HitSet, first: Hit, own: (h: Hit) => boolean, who: Who): boolean {
  const subject = nearestSubject(hits, first.start, hits.tokens[first.start]!.clause, own)?.concept;
  return who === "self" ? subject === "OTHER_SUBJ" : who === "other" && subject === "SELF_SUBJ";
}

function subjects(hits: HitSet, clause: number, own: (h: Hit) => boolean): Hit[] {
  const others = hits.of("OTHER_SUBJ").filter((h) => !own(h) && inClause(hits, h, clause) && !prepositions.has(hits.tokens[h.start - 1]?.key ?? ""));
  return [...others, ...hits.of("SELF_SUBJ").filter((h) => !own(h) && inClause(hits, h, clause))];
}

function nearestSubject(hits: HitSet, start: number, clause: number, own: (h: Hit) => boolean): Hit | undefined {
  return subjects(hits, clause, own)
    .filter((h) => h.end <= start && start - h.end <= SUBJECT_REACH)
    .sort((a, b) => b.end - a.end)[0];
}

function someoneElse(hits: HitSet, start: number, end: number, clause: number, own: (h: Hit) => boolean): boolean {
  const others = hits.of("OTHER_SUBJ").filter((h) => !own(h) && inClause(hits, h, clause) && !prepositions.has(hits.tokens[h.start - 1]?.key ?? ""));
  if (others.some((h) => h.start > start && h.end < end)) return true;
  // "ifall jag inte finns": the writer is named inside the match itself.
  if (hits.of("SELF_SUBJ").some((h) => h.start >= start && h.end <= end)) return false;
  return nearestSubject(hits, start, clause, own)?.concept === "OTHER_SUBJ";
}

export function sameClause(hits: HitSet, a: Hit, b: Hit): boolean {
  return hits.tokens[a.start]!.clause === hits.tokens[b.start]!.clause;
}

export function inClause(hits: HitSet, h: Hit, clause: number): boolean {
  return hits.tokens[h.start]!.clause === clause;
}

export function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}
