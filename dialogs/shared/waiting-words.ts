// Readings for the wait for a person (dialogs/waiting.ts) that a young tester found answered with the
// stock line, or not at all: feeling better or "it was a joke" after a crisis, drowsiness after pills,
// "nu?" (when), "kan hon ringa" (a call asked for), "hallå??" / "e nån vaken där" (anyone there),
// "kommer ni vara arga" (will you be mad) and "har ställt in tre gånger nu" (cancelled again), and the
// pure fillers ("ok", "👍") that alone may go unanswered right after an answer. All read on fold().
import { fold, onlySymbols } from "./fold.js";
import { nods } from "./understand-small-talk.js";

const NEGATED = /\b(inte|int|ej|inge|aldrig|not|never|no|dont|isnt|aint|nt)( \w+)?( \w+)? (battre|bra|okej|ok|better|good|fine|okay|skamt|skoj|skojade|skojar|skamtade|joke|joking|kidding)\b/;
const BETTER = /\b(mar|ma|kanns|kanner mig|e|ar|jag ar|jag e|im|i m|i feel|feeling|doing|feel|its|det ar|det e|allt ar|allt e)( (lite|mycket|mkt|typ|nog|ju|faktiskt|assa|okej|mycke|a bit|a lot|much|way|actually|kinda|alot))* (battre|bra|okej|ok|lugnare|lattare|better|fine|okay|ok|calmer|good)( nu| now| igen| again)?\b/;
const JOKING = /\b(skojade|skojar|skamtade|skamtar|skamt|bara skoj|pa skoj|for skoj|jk|jkjk|just kidding|kidding|joking|joked|a joke|was joking|not serious|inte (pa )?allvar|menade (inte|int) (sa|allvar)|av tristess|of boredom|lol nej|nej lol)\b/;

/** "mår bättre nu faktiskt", "feeling better", not "mår inte bättre", "not better". */
export function saysBetter(text: string): boolean {
  const said = fold(text);
  return BETTER.test(said) && !NEGATED.test(said);
}

/** "skojade", "det var ett skämt", "av tristess alltså lol", "jk"; not "det är inget skämt", "not joking". */
export function saysJoking(text: string): boolean {
  const said = fold(text);
  return JOKING.test(said) && !NEGATED.test(said) && !/\b(inget|ingen|no) (skamt|joke)\b|\b(skojar|skojade|skamtar|skamtade) (inte|int|ej)\b/.test(said);
}

// Drowsy, dizzy, sick or fading after pills: an emergency sign. Not "trött på att vänta" (tired of
// waiting), "inte trött", "tankarna snurrar" (racing thoughts).
const DROWSY = /\b(trott|trot|trottt|somnig|somnar|somna|sover snart|yr|yrsel|yrr|mar illa|illamaende|spyr|spytt|kraks|kraker|svimmar|svimma|domnad|slo|kan (inte|int|ej) halla (ogonen|ogona) (oppna|uppe)|ogonen (faller|stangs|aker) (ihop|igen)|rummet snurrar|allt snurrar|det snurrar|tired|tierd|sleepy|sleepey|drowsy|dizzy|dizy|nauseous|nausea|feel sick|throwing up|puking|passing out|pass out|falling asleep|fall asleep|cant keep my eyes open|cant stay awake|eyes closing)\b/;
const NOT_DROWSY = /\b(inte|int|ej|not|no|inge|aldrig|never)( \w+)? (trott|somnig|yr|tired|sleepy|dizzy|illa)\b|\b(trott|tired) (pa|of)\b/;

export function saysDrowsy(text: string): boolean {
  const said = fold(text);
  return DROWSY.test(said) && !NOT_DROWSY.test(said);
}

// Pills taken, as the safety screen flagged it in this conversation within the last day: then drowsiness
// is a sign to call 112. Read from the flags themselves (every one is recorded with its categories), not
// from the words of Tillit's own reply, which a rewording, a later crisis message or a chatty wait would lose.
export const PILLS_MS = 24 * 3_600_000;

/**
 * Pills among the crisis flags since `PILLS_MS` ago: with saysDrowsy, 112 at once. One reading for the wait
 * (dialogs/waiting.ts) and for a message the screen flags again with the pills before it
 * (bot/core/flag-crisis.ts), which never reaches the wait. Callers ask saysDrowsy first and read the flags only then.
 */
export function afterPills(flags: readonly { categories: readonly string[] }[]): boolean {
  return flags.some((f) => f.categories.includes("overdose"));
}

// "nu", "nu?", "idag?", "asap", "now?": a question about when, said in one word.
const WHEN_SHORT = /^(nu|nu da|nu tack|nu pls|nu snalla|idag|i dag|ikvall|i kvall|snart|imorgon|i morgon|nar|nar da|nar typ|nar ungefar|asap|when|when then|now|now pls|now please|today|tonight|soon|tomorrow)$/;

export function asksWhenInAWord(text: string): boolean {
  return WHEN_SHORT.test(fold(text));
}

// "kan hon ringa", "ring mig", "can she call me": a call asked for (a call declined is read before, by declinesCall).
const WHO = String.raw`(hon|han|hen|ni|du|nan|nagon|ngn|dom|de|koordinatorn|min koordinator|teamet|she|he|they|you|u|someone|somebody|anyone|my coordinator|the coordinator)`;
const CALL = [
  new RegExp(String.raw`\b(kan|kunde|far|ska|vill|orkar|hinner) ${WHO} (inte )?(ringa|ring|sla en signal)\b`),
  /\bring(a)? (mig|upp mig|upp)\b|\bvill (bli uppringd|ha ett samtal|prata i telefon)\b|\bkan vi (ta det pa telefon|ringas)\b/,
  new RegExp(String.raw`\b(can|could|will|would) ${WHO} (call|ring|phone)\b|\bcall me\b|\bphone me\b|\bwant a call\b`),
];

export function asksForCall(text: string): boolean {
  const said = fold(text);
  return CALL.some((re) => re.test(said)) && !/\bring(a)? (mig|upp mig) (inte|int|ej)\b|\b(dont|do not) call\b/.test(said);
}

// "e nån vaken där", "är det nån där?", "hallå??", "ingen?", "is anyone there": asking whether anyone is there.
const ANYONE_THERE = /\b(e|ar) ni (dar|kvar|vakna|online|pa plats)\b|\b((e|ar|finns) (det |de )?)?(nan|nagon|ngn|nagn) (vaken|dar|har|kvar|online|pa plats)\b|\b(is|are) (any|some)(one|body) (there|awake|here|around|online|up)\b|\b(any|some)(one|body) (there|awake|here|around|up|home)\b/;
const CALL_OUT = /^(hallo|halla|hallaa|halloo|hello|helloo|helo|ingen|ingen alls|ingen da|nagon|nan|ngn|anyone|anybody|nobody|hallo ingen|hallo nan|hello anyone|ingen svarar|nobody answers|ingen som svarar)$/;

export function asksAnyoneThere(text: string): boolean {
  return ANYONE_THERE.test(fold(text));
}

/** "hallå??", "ingen?", "hello?", or "e nån där": calling out for someone. */
export function callsOut(text: string): boolean {
  const said = fold(text);
  return asksAnyoneThere(text) || CALL_OUT.test(said);
}

// "kommer ni vara arga", "är ni sura", "will you be mad": whether the team is angry.
const WHO_MAD = String.raw`(ni|du|hon|han|hen|dom|de|teamet|koordinatorn|min koordinator|nan|you|u|she|he|they|the team|my coordinator|ppl|people)`;
const MAD = String.raw`(arg|arga|sur|sura|besviken|besvikna|irriterad|irriterade|less pa mig|mad|angry|upset|pissed|annoyed|disappointed)`;
const FILL = String.raw`( (att|to|be|bli|vara|va|var|get|sa|so|jatte|typ|gonna|going to|inte|not|val|nog|liksom))*`;

/** "kommer ni vara arga", "blir du sur", and with `names` (the coordinator's first name) "är kim arg". */
export function asksIfMad(text: string, names: readonly string[] = []): boolean {
  const said = fold(text);
  const named = names.map((n) => fold(n)).filter((n) => /^[a-z]+$/.test(n));
  const who = named.length ? `(${WHO_MAD.slice(1, -1)}|${named.join("|")})` : WHO_MAD;
  if (!new RegExp(`\\b${who}\\b`).test(said)) return false;
  const asks = [
    new RegExp(String.raw`\b(kommer|blir|ar|e|ble|will|are|r|is|gonna|would|wont|isnt|arent)( ${who})${FILL} ${MAD}\b`),
    new RegExp(String.raw`\b${who}( (is|are|r|ar|e|kommer|will|blir))${FILL} ${MAD}\b`),
  ];
  return (asks[0]!.test(said) || (text.includes("?") && asks[1]!.test(said))) && !/\b(jag|ja|i|im|i m) (ar|e|am)?( sa| so)? (arg|sur|mad|angry)\b/.test(said);
}

// "har ställt in tre gånger nu", "cancelled again": a meeting called off more than once.
const CANCELLED = /\b(stallt in|stallde in|staller in|installt|avbokat|avbokade|avbokar|skippat|skippade|missat|missade|cancelled|canceled|cancel|cancelling|bailed|skipped|missed)\b/;
const AGAIN = /\b(igen|en gang till|tre ganger|3 ganger|2 ganger|tva ganger|fyra ganger|flera ganger|manga ganger|ggr|gnr|again|twice|times|every time|varje gang)\b/;

export function cancelledAgain(text: string): boolean {
  const said = fold(text);
  return CANCELLED.test(said) && AGAIN.test(said);
}

// "ok", "okej", "👍", "tack": a pure filler that needs no answer right after one — a nod (small talk's
// reading), or a thanks.
const THANKS_OR_NOD = /^(okk|ok tack|okej tack|tack|tackar|tack tack|thx|thanks|ty|aight|fint|ok cool|toppen|japp|jepp)$/;

export function isFiller(text: string): boolean {
  if (text.includes("?")) return false;
  return onlySymbols(text) ? text.trim().length > 0 : nods(text) || THANKS_OR_NOD.test(fold(text));
}

// "kan inte sova", "ligger vaken", "cant sleep": a sleepless night told. After a crisis it is heavy-ish: a
// short caring word (with where to talk at night), not the stock line.
const SLEEPLESS = /\b(kan|kunde|lyckas|orkar) (inte|int|ej) (sova|somna)\b|\b(sover|somnar) (inte|int|ej)( alls)?\b|\bligger (bara |fortfarande |typ )?vaken\b|\b(cant|can t|cannot|can not|couldnt|couldn t) (sleep|fall asleep)\b|\b(no|not) (sleeping|able to sleep)\b/;

export function saysSleepless(text: string): boolean {
  return SLEEPLESS.test(fold(text));
}

/**
 * "tja", "ok", "nu", "när", "now pls": a light message, a greeting, a nod or a when in a word. While a person
 * is awaited it is answered, never with the 24/7 numbers glued on (a tester waiting after a crisis got 112
 * and 90101 under "nu", "när" and "tja" some twenty times).
 */
export function isLight(text: string, intent: string): boolean {
  // "hallå?" is calling out for someone, answered as such (with where to talk when nobody is in).
  if (callsOut(text)) return false;
  return intent === "greeting" || isFiller(text) || asksWhenInAWord(text);
}

// "vill bara att nån svarar", "snälla svara", "i just want someone to answer": a plea for a person to answer.
const PLEA = /\b(vill|behover|onskar|vill bara|behover bara)( bara)? (att )?(nan|nagon|ngn|nagn|nagon alls|en manniska) (ska )?(svarar|svara|lyssnar|lyssna|pratar med mig|prata med mig|skriver tillbaka|bryr sig)\b|\bsnalla (svara|nan svara|nagon svara)\b|\b(svara|svara nu|svara da) snalla\b|\b(want|need|wish)( just)? (someone|somebody|anyone|a person) to (answer|reply|talk to me|listen|write back)\b|\bplease (answer|reply|someone answer)\b/;

export function pleadsForAnswer(text: string): boolean {
  return PLEA.test(fold(text));
}

// "kass natt", "jobbig natt igen", "natten e skit", "rough night": a hard night told in a few words.
const HARD_NIGHT = /\b(kass|dalig|jobbig|tung|skit|hemsk|kassig|javla|sjukt jobbig|svar|orolig|lang|rough|bad|hard|shit|awful|terrible|long) (natt|natten|night)\b|\bnatten (e|ar|var|va) (kass|skit|jobbig|tung|hemsk|lang)\b/;

export function saysHardNight(text: string): boolean {
  return HARD_NIGHT.test(fold(text));
}

// "inte som förra gången dock", "not like last time": better than the last time things were bad.
const NOT_LIKE_LAST = /\b(inte|int|ej) (lika (illa|daligt|jobbigt) )?som (forra gangen|forra ganger|sist|forra veckan|da|den gangen)\b|\bnot (as bad )?(like|as) (last time|before|that time)\b/;

export function notLikeLastTime(text: string): boolean {
  return NOT_LIKE_LAST.test(fold(text));
}

// "kan jag skriva här om det blir dåligt igen på natten", "can i text here at night if it gets bad": may they
// write at night, and who reads it then.
const WRITE_AT_NIGHT = /\b(kan|far|ska|gar det att) (jag|man) (skriva|hora av mig|hora av sig|sms a|smsa|hora av mej|hora av)( (hit|har))?\b.*\b(natt|natten|nattetid|pa natten|mitt i natten|sent|helg|helgen|kvall|kvallen|nar som helst)\b|\b(can|may) i (text|write|message)( (here|you))?\b.*\b(night|at night|late|weekend|any time|anytime)\b/;

export function asksToWriteAtNight(text: string): boolean {
  return WRITE_AT_NIGHT.test(fold(text));
}
