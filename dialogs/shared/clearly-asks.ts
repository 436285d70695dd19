// A message that asks or calls out ("hallå?", "är det nån där", "anyone there"), not every message that
// happens to begin with "har" or "e" ("har ont i magen idag" is news). Such a message is answered even
// where Tillit otherwise keeps quiet: while a person is awaited, and once during a silent takeover
// (bot/core/process-turn.ts).
import { fold } from "./fold.js";

const QUESTION_FIRST =
  /^(vad|va|hur|varfor|vem|vilka|vilken|nar|var|vart|what|how|why|who|when|where|which|hallo|halla|hello|hallaa|anyone|nagon dar|nan dar|ar det nagon|ar det nan|ar ni dar|e ni dar|e det nan|are you there|is anyone|is someone|anybody|(kan|kunde|far) (vi|ni|jag|man)|(can|could) (we|you|i))\b/;
// "ingen har ringt", "ni sa att ni skulle höra av er", "nobody called": a complaint that the wait has been
// broken, which must never meet silence.
// "varför svarar ingen", "ingen svarar", "why does nobody answer": nobody answering, complained of.
const NOBODY_ANSWERED =
  /\b(ingen har (ringt|hort av sig|svarat|skrivit)|ingen ringde|ingen horde av sig|ingen svarar|varfor (svarar|ringer|hor) (ingen|inte nagon|ni inte|du inte|ni aldrig|nan inte|ingen av er)|nobody (called|answered|wrote|got back|answers|replies|calls)|no one (called|answered|wrote|got back|answers|replies|calls)|why (does|do|is|isnt|doesnt|dont|won t|wont) (nobody|no one|anyone|anybody|you|u|someone)( ever)? (answer|reply|respond|call|get back|answering|replying)|still waiting|vantar fortfarande|vantat lange)\b/;
const COMPLAINS = /\b(ni sa att|du sa att|hon sa att|han sa att|you said (you|u|someone))\b/;

export function clearlyAsks(text: string): boolean {
  const said = fold(text);
  return text.includes("?") || QUESTION_FIRST.test(said) || ANYONE_THERE.test(said) || complainsOfWaiting(text);
}

// "e nån vaken där", "är nån där", "är det nån där?", "is anyone there": asking whether anyone is there, with or without
// a question mark ("är nån där" in a takeover met silence, not read as asking: fix23e). "här" folds to "har": "nån här"
// only as a question ("e det nån här", "nån här?"), never "nån har ringt mig" (a reviewer).
const ANYONE_THERE = /\b(e|ar) ni (dar|kvar|vakna|online|pa plats)\b|\b((e|ar|finns) (det |de )?)?(nan|nagon|ngn|nagn) (vaken|dar|kvar|online|pa plats)\b|\b(e|ar|finns) (det |de )?(nan|nagon|ngn|nagn) har\b|\b(nan|nagon|ngn|nagn) har\s*\?*$|\b(is|are) (any|some)(one|body) (there|awake|here|around|online|up)\b|\b(any|some)(one|body) (there|awake|here|around|up|home)\b/;

/** Whether anyone is there, asked ("är nån där", "e ni kvar", "anyone there"). */
export function asksAnyoneThere(text: string): boolean {
  return ANYONE_THERE.test(fold(text));
}

// "du ska väl anmäla nu", "hon kommer väl tillbaka": a question asked with "väl", expecting a yes.
const ASKS_WITH_VAL = /\b(du|ni|hon|han|hen|dom|de|man|det|maja|kim) (ska|kommer|maste|far|tanker|kan|har|ar|e|blir|vet) val\b|\b(ska|kommer|maste|far|tanker|kan|har|ar|e|blir) (du|ni|hon|han|hen|dom|de|man|det) val\b/;

// "måste ni anmäla nu", "ska ni ringa soc", "kmr jag få bo nån annanstans", "do you have to report it": a yes-or-no
// question told by its word order alone, the verb first and then who, without a question mark. Not "har ont i magen"
// or "e trött" (no one named after the verb).
const VERB_FIRST = /^((men|och|asa|assa|sa|ok|okej|but|so|and) )*(maste|ska|skall|kommer|far|kan|har|ar|e|vill|tanker|blir|behover|borde|do|does|did|will|would|should|must|have|has|are|is|am) (ni|du|jag|man|hon|han|hen|dom|de|det|vi|maja|kim|you|u|i|we|they|she|he|it|someone|anyone)( (inte|int|typ|verkligen|really|not))? \w+/;

/**
 * A question, a question asked with "väl" ("du ska väl anmäla nu") or by its word order ("måste ni anmäla nu"):
 * something that expects an answer.
 */
export function expectsAnAnswer(text: string): boolean {
  const said = fold(text);
  return clearlyAsks(text) || ASKS_WITH_VAL.test(said) || VERB_FIRST.test(said);
}

// Whether anyone is there, or a greeting, asked: "hallå?", "hej?", "anyone there?", "e ni där".
const ONLY_PINGS = /^(hallo+|halla+|hallaa|hello+|hej+|hey+|hi+|yo|eh|va|vad|what|huh|hm+|anyone|anybody|someone|nagon|nan|nagon dar|nan dar|ar det nagon( dar)?|ar det nan( dar)?|e det nan( dar)?|ar ni dar|e ni dar|ar du dar|e du dar|are you there|r u there|is anyone there|anyone there|is someone there|you there|u there)( (dar|da|there|nu|now|igen|again|eller|or|lol|assa|typ))*$/;

/**
 * A question that asks something ("kan soc se det här?", "vad är aktivitetsansvaret", "who reads this"), not only
 * whether anyone is there or a greeting with a question mark ("hallå?", "hej?", "anyone there?").
 */
export function asksSomethingReal(text: string): boolean {
  const said = fold(text);
  if (!expectsAnAnswer(text) || !said || ONLY_PINGS.test(said)) return false;
  return said.split(" ").length >= 2;
}

/** Nobody answering complained of, or a promise to get in touch said to be broken. */
export function complainsOfWaiting(text: string): boolean {
  const said = fold(text);
  return NOBODY_ANSWERED.test(said) || COMPLAINS.test(said);
}

/** Nobody answering, complained of ("varför svarar ingen", "ingen har hört av sig på en vecka"). */
export function complainsNobodyAnswered(text: string): boolean {
  return NOBODY_ANSWERED.test(fold(text));
}

// "ingen har skrivit på typ 2 veckor", "ingen har hört av sig på länge", "nobody called": nobody reaching out,
// told, not a question why nobody answers ("varför svarar ingen", "ingen har svarat", "why does nobody answer").
const NOBODY_REACHED_OUT = /\b(ingen har (hort av sig|skrivit|ringt|messat|smsat)|ingen (horde av sig|ringde|skrev)|(nobody|no one) (has |have |ever )?(called|wrote|written|texted|got back|gotten back))\b/;
const ASKS_WHY = /\b(varfor|vafor|why|how come)\b/;

/** Nobody getting in touch, told as how things are (which may be loneliness), not asked why. */
export function tellsNobodyReachedOut(text: string): boolean {
  const said = fold(text);
  return NOBODY_REACHED_OUT.test(said) && !ASKS_WHY.test(said);
}

// "det är bråttom typ", "akut!!", "its urgent", "kan inte vänta": urgency while a person is awaited is answered
// every time with what to do now (and raised in the inbox), never left to the every-second acknowledgment.
// Not "inte bråttom", "inget akut", "no rush", "ingen brådska".
const URGENT = /\b(bratt?om|akut|urgent|asap|emergency|nodlage|(kan|kann) (inte|int|ej) vanta)\b/;
const NOT_URGENT = /\b(inte|int|ej|inget|ingen|not|no|nothing|isnt|is not)( \w+)?( \w+)? (bratt?om|akut|urgent|brad?ska|rush|emergency|nodlage)\b|\bno rush\b|\bingen bradska\b/;
// Asked rather than said: "e de bråttom? nej".
const ASKED = /(br[åa]tt?om|akut|urgent|emergency|n[öo]dl[äa]ge)\s*\?/i;

export function saysUrgent(text: string): boolean {
  const said = fold(text);
  return URGENT.test(said) && !NOT_URGENT.test(said) && !ASKED.test(text);
}

// "förlåt", "sorry", "ursäkta att jag tjatar", "förlåt för det där i fredags", "sorry missed this": an
// apology is met with "no need", every time, wherever it comes (waiting, bot mode, a question open).
const DAY_AGO = String.raw`(igar|i gar|forrgar|fredags|lordags|sondags|mandags|tisdags|onsdags|torsdags|helgen|veckan|forra veckan|yesterday|last week|the other day|on friday|on saturday)`;
const APOLOGY = new RegExp(
  String.raw`^(forlat|forlat mig|forlata|sorry|sorri|sry|soz|ursakta|ursakta mig|my bad|mb)( (for det|for that|for det dar|for de dar|for det dar (i |pa )?${DAY_AGO}|for ${DAY_AGO}|about (that|yesterday|last week|the other day)|att jag (tjatar|stor|skriver|spammar|inte svarade|inte svarat|var sur|var dum|var otrevlig|blev arg)( sa mycket)?|(i )?(missed|didnt see|didn t see|forgot) (this|that|it|your message|ur msg|ur message|the message)|for (the )?(late|sent) (svar|reply|answer)|igen|again|assa|lol|typ|da|then|bro|verkligen|really|so much|sa mycket))*$`,
);

export function apologises(text: string): boolean {
  return APOLOGY.test(fold(text));
}

// "jag är rädd", "jag e så rädd", "im scared", "so scared rn 😢": fear, said while a person is awaited
// after a crisis, gets a word for the fear rather than the stock line. Not "inte rädd (längre)", "not
// scared", "var rädd om dig" (take care), "i'm afraid i can't".
const SCARED = /\b(radd|raddare|livradd|skitradd|jatteradd|skraj|skrammd|skramd|skrackslagen|scared|scarred|afraid|terrified|frightened|petrified)\b|\bhar (sa |sjuk |sån |san )?panik\b|\bfreaking out\b/;
const NOT_SCARED = /\b(inte|int|ej|not|never|aldrig|no longer|inte langre|dont be|isnt|arent|nt)( (sa|so|that|alls|lika|as|mer|more|very|jatte|too))?( (radd|scared|afraid|terrified|skraj))\b|\b(hon|han|hen|dom|de|she|he|they|it|mamma|pappa)( ar| e| is| s| are| r| blir)?( sa| so| jatte)? (radd|scared|afraid)\b|\bradd om\b|\bafraid (i|not|so|that|it|we|you|this)\b/;

export function saysScared(text: string): boolean {
  const said = fold(text).replace(/\bi m\b/g, "im");
  return SCARED.test(said) && !NOT_SCARED.test(said);
}

// "när svarar ni", "nar svarar nån", "hur länge dröjer det", "when will someone answer": asked when a
// person answers, it gets that answer and what to do if it cannot wait. Someone else must be the one
// answering: not "när ska jag svara", "när ni svarar, säg hej", "när kommer bussen".
const WHO_ANSWERS = "(ni|nan|nagon|ngn|nagn|du|dom|de|hon|han|hen|teamet|koordinatorn|min koordinator|personen|en manniska|nagon manniska)";
const WHO_ANSWERS_EN = "(you|u|someone|somebody|anyone|anybody|they|the team|a person|my (coordinator|koordinator)|the (coordinator|koordinator)|a human|she|he)";
const WHEN_ANSWERED = [
  new RegExp(`\\bnar (svarar|ringer|skriver|laser|hor|horer|kommer) ${WHO_ANSWERS}\\b`),
  new RegExp(`\\bnar (kommer|ska|kan|tanker) ${WHO_ANSWERS} (att |och )?(svara|ringa|skriva|lasa|hora av sig|hora av er|hora av|hora)\\b`),
  /\bnar (far|kommer) jag (nat |ngt |nagot |ett )?svar\b|\bnar kommer (svaret|ett svar|svar)\b/,
  /\bhur lange (drojer|tar|ska jag vanta|maste jag vanta|dröjer) (det|de|svaret|innan|tills|till)?\b/,
  new RegExp(`\\bwhen (will|do|does|is|are|can|r) ${WHO_ANSWERS_EN} (going to |gonna |be )?(answer|reply|respond|get back|call|text|write|read|see|answering|replying)\\b`),
  /\bwhen (will|do|can) i (get|hear) (an? )?(answer|reply|response|back)\b|\bhow long (until|till|til|before|will it take|will this take|do i (have to|need to) wait|does it take)\b/,
];

export function asksWhenAnswered(text: string): boolean {
  const said = fold(text);
  return WHEN_ANSWERED.some((re) => re.test(said));
}
