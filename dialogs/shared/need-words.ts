// A practical need said plainly, in words the safety screen's lexicon does not hold (bot/safety/ is retrained
// elsewhere): a bed on someone's sofa or floor ("sover på en polares soffa nu"), money that does not come until a
// date ("pengarna från af kommer inte förrän den 25e"). A young tester got "Det är lugnt" for both. The core reads
// them as the screen's concern (bot/core/process-turn.ts), so that they are met as any concern is: a warm word and
// a person offered (dialogs/concern-offer.dialog.ts), flagged for the team. Narrow on purpose: a sofa bought or a
// sleepover told is no need.
import { fold } from "./fold.js";

// Someone else's place, as young people name it: "en polares", "min kompis", "hos en polare", "my friends".
const SOMEONE = String.raw`(en |min |mitt |nan |nagon |ngn |polarens |kompisens )?(polares|polare|polarn|kompis|kompisens|kompisar|kompisars|vans|van|vanner|bekants|bekant|killes|tjejs|syrrans|brorsans|kusins|exets|friends|friend s|mates|mate s|buddys|buddy s|someone s|someones|a friend s)`;
const SOFA = String.raw`(soffa|soffan|soffor|golv|golvet|madrass|madrassen|luftmadrass|couch|sofa|floor|air mattress)`;
const STAYING = String.raw`(sover|sovit|bor|pennar|crashar|ligger|sleeping|sleep|crashing|crash|staying|stay|living|live)`;
const HOUSING = [
  // "sover på en polares soffa nu", "bor på en kompis soffa just nu", "im sleeping on my friends couch rn"
  new RegExp(String.raw`\b${STAYING} (pa|i|on|in) ${SOMEONE} ${SOFA}\b`),
  // "sover på golvet hos en polare", "sleeping on the floor at a friends"
  new RegExp(String.raw`\b${STAYING} (pa|on) (en |ett |the |a )?${SOFA} (hos|at|with) ${SOMEONE}`),
  // "sover på soffor", "sleeping on couches": place after place.
  /\b(sover|bor|sleeping|staying) (pa|on) (soffor|olika soffor|couches|peoples couches|friends couches)\b/,
];

const MONEY_WORD = String.raw`(pengarna|pengar|lonen|ersattningen|aktivitetsstodet|aktivitetsstod|csn|bidraget|forsorjningsstodet|utbetalningen|a kassan|akassan|money|payment|pay|paycheck|benefits)`;
const NOT = String.raw`(inte|int|ej|not|doesnt|doesn t|dont|don t|wont|won t|isnt|isn t|aint)`;
const UNTIL = String.raw`(forran|forrn|forens|forns|tills|until|till)`;
const MONEY = [
  // "pengarna från af kommer inte förrän den 25e", "csn kommer inte förrän nästa vecka", "my money doesnt come until the 25th"
  // (not "räcker inte till hyran": "till" is "until" only after "inga pengar", below).
  new RegExp(String.raw`\b${MONEY_WORD}\b.*\b${NOT}( (komma|come|coming|arrive|arriving|in|ut|here|get paid))? (forran|forrn|forens|forns|tills|until)\b`),
  // "får inga pengar förrän den 25e", "har inga pengar till den 25e", "no money until the 25th"
  new RegExp(String.raw`\b(inga|ingen|no) (pengar|money|cash|lon|ersattning)( (kvar|left|alls|at all))? ${UNTIL}\b`),
];

/** The concern a plainly said need raises ("housing", "money", the screen's own reasons), or undefined. */
export function needToldPlainly(text: string): "housing" | "money" | undefined {
  const said = fold(text);
  if (HOUSING.some((re) => re.test(said))) return "housing";
  if (MONEY.some((re) => re.test(said))) return "money";
  return undefined;
}
