// What a young tester asked after a privacy answer ("kan nån se det här?", "kan soc se detta?"), and
// what it met: the stock line. Whether the phone bill gives it away ("min mamma betalar mitt abonnemang",
// "syns det på räkningen?"), another party in one word ("polisen?", "och skolan då"), and whether what
// they told is kept ("sparas det jag skrev om min pappa"). Each reads the folded text (fold.ts: no åäö,
// "e" is "ar", "u" is "you"). A statement about who pays, or a party alone, is a question only right after
// a privacy answer (answer-question.ts keeps which); "polisen tog min kompis", "mamma betalar mitt
// busskort" and "jag sparar till körkort" are no such questions.
import type { QuestionKind } from "./understand-free.js";

// The bill or the plan of a phone ("räkningen" asked about here is the phone's; not "fakturan från CSN").
const BILL = String.raw`(rakningen|telefonrakning\w*|mobilrakning\w*|abonnemang\w*|mobilabonnemang\w*|telefonabonnemang\w*|bill|phone bill|phone plan|itemised bill|itemized bill)`;
// What the bill would show: "syns det", "står det", "kommer det upp".
const SHOWS = String.raw`(syns|synas|synts|star|sta|visas|kommer upp|dyker upp|show|shows|showing|appear|appears|come up|comes up)`;
const ASKS_BILL = [
  // "syns det på räkningen", "kommer det upp på mobilräkningen?", "will it show on my phone bill"
  new RegExp(String.raw`\b${SHOWS}\b.*\b(pa|i|on|in) (min |mitt |mina |the |my |her |his |hennes |hans )?${BILL}\b`),
  // "kan den som betalar abonnemanget se det", "can whoever pays my bill see this"
  new RegExp(String.raw`\b(betalar|betala|pays|pay|paying)\b.*\b${BILL}\b.*\b(${SHOWS}|se|ser|see|sees|read|lasa|laser|veta|know)\b`),
];
// Who pays for the phone, told: "min mamma betalar mitt abonnemang", "pappa står för min mobil", "my mom
// pays my phone bill", "abonnemanget är på min mamma", "the plan is in my dads name".
const PAYS = [
  new RegExp(String.raw`\b(betalar|betalas av|star for|star pa|pays|pays for|paying for|pay for|pay)\b.*\b(${BILL}|min mobil|min telefon|mobilen|telefonen|my phone|the phone|my plan)\b`),
  new RegExp(String.raw`\b(${BILL}|my plan) (ar|star|is|s)( (ju|typ|val))? (pa|i|in|under) (min|mitt|mina|my|hennes|hans|her|his|mamma\w*|pappa\w*|morsan\w*|farsan\w*|foraldrar\w*|mom\w*|mum\w*|dad\w*|parents\w*)\b`),
];
// The writer pays ("jag betalar räkningen själv"): nobody else sees a bill.
const SELF_PAYS = /\b(jag|i) (betalar|betalade|pay|paid)\b/;

/** A question whether the phone bill shows the messages: asked in so many words, or told with a "?". */
export function asksAboutPhoneBill(text: string, said: string): boolean {
  if (ASKS_BILL.some((re) => re.test(said))) return true;
  return text.includes("?") && paysForPhone(said);
}

/** Someone else pays for the phone, told: after a privacy answer, the question whether they can see. */
export function paysForPhone(said: string): boolean {
  return !SELF_PAYS.test(said) && PAYS.some((re) => re.test(said));
}

// Kept, erased or still there: "sparas det", "finns det kvar", "raderas det", "is it saved".
const KEPT = String.raw`(sparas|sparat|sparats|sparar|lagras|lagrar|lagrat|kvar|raderas|tas bort|forsvinner|saved|stored|kept|keep|save|store|deleted|erased|stays|stay)`;
// Asked with the verb first: "sparas det…", "finns det jag skrev kvar", "is what i said saved".
const ASKED_FIRST = /^(men |och |assa |hmm |ok )?(sparas|sparar|lagras|lagrar|raderas|tas|finns|ligger|stannar|forsvinner|kommer|blir|ar|is|will|do|does|can|kan|har)\b/;
// What they told, in the past ("det jag skrev", "det jag berättade") or about someone ("det jag skriver om pappa").
const TOLD = String.raw`(det|allt|vad|nagot|nat|grejen|what|everything|the (stuff|thing)) (jag|ja|i) (har )?(skrev|skrivit|berattade|berattat|sa|sagt|wrote|written|said|told|texted)\b`;
const TOLD_ABOUT = String.raw`(det|allt|vad|what|everything) (jag|ja|i) (skriver|berattar|sager|write|say|tell) (om|about)\b`;
const ASKS_KEPT = [
  new RegExp(String.raw`\b${KEPT}\b.*\b(${TOLD}|${TOLD_ABOUT})`),
  new RegExp(String.raw`\b(${TOLD}|${TOLD_ABOUT}).*\b${KEPT}\b`),
];

/**
 * Whether what they told (about their dad, last night) is kept, who reads it and how it goes away:
 * "sparas det jag skrev om min pappa", "finns det jag berättade kvar?", "is what i said about my dad saved".
 * Asked with a question mark or the verb first ("sparas det…"); "jag sparade det jag skrev" is told.
 */
export function asksIfToldIsKept(text: string, said: string): boolean {
  if (!ASKS_KEPT.some((re) => re.test(said))) return false;
  if (/^(jag|ja|i) /.test(said) && !text.includes("?")) return false;
  return text.includes("?") || ASKED_FIRST.test(said);
}

// Another party, in a word or three, right after a privacy answer: "polisen?", "och soc", "skolan då?",
// "mamma?", "what about the cops". Read as the same question about them.
const LEAD = String.raw`^(och|men|eller|a|sa|and|but|or|what about|how about|vad med|hur (ar|e) det med)? ?`;
const TAIL = String.raw` ?(da|dan|ocksa|med|then|too|also|as well|lol)?$`;
const PARTIES: [QuestionKind, string][] = [
  ["police", String.raw`(polis|polisen|polisn|snuten|snutarna|aina|ainan|the police|police|the cops|cops|popo)`],
  ["social-services", String.raw`(soc|socen|socialen|soccen|socialtjansten|social services|my social worker|social worker)`],
  ["parents", String.raw`(mamma|mamman|pappa|pappan|morsan|farsan|mina foraldrar|foraldrarna|foraldrar|min mamma|min pappa|familjen|min familj|my mom|my mum|my dad|my parents|mom|mum|dad|parents|my family)`],
  ["school", String.raw`(skolan|skola|min skola|lararna|lararen|min mentor|mentorn|kuratorn|rektorn|school|my school|my teacher|teachers)`],
  ["employment-service", String.raw`(af|arbetsformedlingen|arbis|afs|my case worker at af|the job centre|the job center|employment service)`],
];

/** The party asked about in a word ("polisen?"), as the question kind that answers it; undefined for anything more. */
export function followUpParty(said: string): QuestionKind | undefined {
  for (const [kind, words] of PARTIES) if (new RegExp(`${LEAD}${words}${TAIL}`).test(said)) return kind;
  return undefined;
}
