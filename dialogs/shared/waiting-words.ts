// Readings for the wait for a person (dialogs/waiting.ts) that a young tester found answered with the
// stock line, or not at all: feeling better or "it was a joke" after a crisis, drowsiness after pills,
// "nu?" (when), "kan hon ringa" (a call asked for), "hallå??" / "e nån vaken där" (anyone there),
// "kommer ni vara arga" (will you be mad) and "har ställt in tre gånger nu" (cancelled again), and the
// pure fillers ("ok", "👍") that alone may go unanswered right after an answer. All read on fold().
import { fold, onlySymbols } from "./fold.js";
import { nods } from "./understand-small-talk.js";
import { correctsGuess } from "./understand-answers.js";
import { saysScared } from "./clearly-asks.js";
import { ageFitsKey } from "./age-words.js";
import { correctsToSomeoneElse, someoneElseSafe, stepForSomeoneElse } from "./someone-else-words.js";
import { asksAnyoneThere, asksSomethingReal } from "./clearly-asks.js";
import { screenMessage } from "../../bot/safety/screen.js";

const NEGATED = /\b(inte|int|ej|inge|aldrig|not|never|no|dont|isnt|aint|nt)( \w+)?( \w+)? (battre|bra|okej|ok|better|good|fine|okay|skamt|skoj|skojade|skojar|skamtade|joke|joking|kidding|skratt)\b/;
const BETTER = /\b(mar|ma|kanns|kanner mig|e|ar|jag ar|jag e|im|i m|i feel|feeling|doing|feel|its|det ar|det e|allt ar|allt e)( (lite|mycket|mkt|typ|nog|ju|faktiskt|assa|okej|mycke|a bit|a lot|much|way|actually|kinda|alot))* (battre|bra|okej|ok|lugnare|lattare|better|fine|okay|ok|calmer|good)( nu| now| igen| again)?\b/;
const JOKING = /\b(skojade|skojar|skamtade|skamtar|skamt|bara skoj|pa skoj|for skoj|jk|jkjk|just kidding|kidding|joking|joked|a joke|was joking|not serious|inte (pa )?allvar|menade (inte|int) (sa|allvar)|av tristess|of boredom|lol nej|nej lol|av skratt|skrattar ihjal|of laughter|from laughing|lmao|lmfao|rofl)\b/;

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
// waiting), "inte trött", "tankarna snurrar" (racing thoughts). The stomach or the body feeling strange too
// ("känns konstigt i magen" after "tog några nu" met the general "again" words, a tester).
const DROWSY = /\b(konstigt i (magen|kroppen)|ont i magen|hjartat slar (snabbt|konstigt)|hjartat rusar|stomach hurts|my stomach (hurts|feels)|stomach ache|stomachache|heart racing|trott|trot|trottt|somnig|somnar|somna|sover snart|yr|yrsel|yrr|mar illa|illamaende|spyr|spytt|kraks|kraker|svimmar|svimma|domnad|slo|kan (inte|int|ej) halla (ogonen|ogona) (oppna|uppe)|ogonen (faller|stangs|aker) (ihop|igen)|rummet snurrar|allt snurrar|det snurrar|tired|tierd|sleepy|sleepey|drowsy|dizzy|dizy|nauseous|nausea|feel sick|throwing up|puking|passing out|pass out|falling asleep|fall asleep|cant keep my eyes open|cant stay awake|eyes closing)\b/;
const NOT_DROWSY = /\b(inte|int|ej|not|no|inge|aldrig|never|inget)( \w+)? (trott|somnig|yr|tired|sleepy|dizzy|illa|ont i magen|konstigt i magen)\b|\b(trott|tired) (pa|of)\b|\bstomach (is fine|is ok|doesnt hurt)\b/;
// Feeling odd said in a few words ("känns konstigt", "i feel weird"): a sign after pills; in a longer message it is
// about something else ("det känns konstigt att prata om det", a reviewer).
const FEELS_ODD = /\b(mar|kanns|kanner mig|feel|feels|feeling) (konstigt|konstig|skumt|skum|weird|strange|off)\b/;

export function saysDrowsy(text: string): boolean {
  const said = fold(text);
  if (NOT_DROWSY.test(said)) return false;
  return DROWSY.test(said) || (FEELS_ODD.test(said) && said.split(" ").length <= 4);
}

// Pills taken, as the safety screen flagged it in this conversation within the last day: then drowsiness
// is a sign to call 112. Read from the flags themselves (every one is recorded with its categories), not
// from the words of Tillit's own reply, which a rewording, a later crisis message or a chatty wait would lose.
export const PILLS_MS = 24 * 3_600_000;

/**
 * Pills among the crisis flags since `PILLS_MS` ago: with saysDrowsy, 112 at once. One reading for the wait
 * (dialogs/waiting.ts) and for a message the screen flags again with the pills before it
 * (bot/core/flag-crisis.ts), which never reaches the wait (and there, with pills not yet flagged, tells pills taken now apart).
 */
export function afterPills(flags: readonly { categories: readonly string[] }[]): boolean {
  return flags.some((f) => f.categories.includes("overdose"));
}

// Pills kept, not taken ("har sparat alla mina tabletter i en burk istället för att ta dom", "been saving up my pills"):
// a stockpile is a plan, to be met with the suicide line first, not "if you have taken too much" (tester23 #8).
const PILLS = String.raw`(tabletter|tabletterna|tabbar|piller|pillren|mediciner|medicinerna|medicin|medicinen|somntabletter|somntabletterna|sovtabletter|alvedon|citodon|pills|meds|medication|tablets|sleeping pills|painkillers)`;
const KEEPS_PILLS = new RegExp(String.raw`\b(sparat|sparar|sparade|spara|samlat|samlar|samlade|samla|gomt|gommer|gomde|lagt undan|lagger undan|saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|collecting|collected|keeping|kept)( upp| up| pa| on)?( (alla|mina|massa|en massa|typ|all|my|some|a lot of|lots of|of|up))* ${PILLS}\b`);
const NOT_TAKING = /\b(istallet for att ta|utan att ta|instead of taking|not taking|without taking)\b/;
// Any word of taking or eating them, with or without "har" ("har sparat tabletter och tagit hälften nu", "been saving my
// meds and i ate them all", "popped like 15"): then the screen's overdose reply stands (a reviewer).
const TAKEN = /\b(tog|tagit|tar|svalde|svalt|svaljer|kakat|kakade|at|atit|poppat|poppade|took|taken|taking|take|swallowed|ate|eaten|popped|downed)\b/;

/** Pills told kept or saved up, and nothing told taken (when in doubt, the screen's overdose reply stands). */
export function keepsPills(text: string): boolean {
  const said = fold(text);
  return (KEEPS_PILLS.test(said) || (NOT_TAKING.test(said) && new RegExp(String.raw`\b${PILLS}\b`).test(said))) && !TAKEN.test(said.replace(NOT_TAKING, " "));
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

// "ingen där?" is one too (tester23 #5: it got the stock line for a question kept for the team).
const CALL_OUT = /^(hallo|halla|hallaa|halloo|hello|helloo|helo|ingen|ingen alls|ingen da|ingen dar|ingen dar da|ingen har|ingen alls dar|nagon|nan|ngn|anyone|anybody|nobody|nobody there|no one there|noone there|nobody here|hallo ingen|hallo nan|hallo ingen dar|hello anyone|hello nobody|ingen svarar|nobody answers|ingen som svarar)$/;

export { asksAnyoneThere };

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
  // "tror kim e sur på mig", "kim e nog arg på mig": the fear told, no question mark needed (texter18 #15 got "Skriv gärna mer").
  const fears = [
    new RegExp(String.raw`\b(tror|think|undrar om|wonder if|ar radd att|e radd att|scared|afraid|worried|kanns som|feels like)( du| ni| u| you)?( att| that)? ${who}( (is|are|r|ar|e|blir|blev|blivit|kommer|will|gonna|ska|var|was|got))${FILL} ${MAD}\b`),
    new RegExp(String.raw`\b${who}( (is|are|r|ar|e|blir|blev|kommer|will|var|was|got))${FILL} ${MAD} (pa mig|at me|on me|with me)\b`),
  ];
  return (asks[0]!.test(said) || (text.includes("?") && asks[1]!.test(said)) || fears.some((f) => f.test(said))) && !/\b(jag|ja|i|im|i m) (ar|e|am)?( sa| so)? (arg|sur|mad|angry)\b/.test(said);
}

// "har ställt in tre gånger nu", "cancelled again": a meeting called off more than once.
const CANCELLED = /\b(stallt in|stallde in|staller in|installt|avbokat|avbokade|avbokar|skippat|skippade|missat|missade|cancelled|canceled|cancel|cancelling|bailed|skipped|missed)\b/;
const AGAIN = /\b(igen|en gang till|tre ganger|3 ganger|2 ganger|tva ganger|fyra ganger|flera ganger|manga ganger|ggr|gnr|again|twice|times|every time|varje gang)\b/;

export function cancelledAgain(text: string): boolean {
  const said = fold(text);
  return CANCELLED.test(said) && AGAIN.test(said);
}

// "ok", "okej", "👍", "tack": a pure filler, a nod (small talk's reading) or a thanks. A nod right after an answer
// needs none; a thanks is still answered in a wait (dialogs/waiting.ts mayStayQuiet).
const THANKS_OR_NOD = /^(okk|ok tack|okej tack|tack|tackar|tack tack|thx|thanks|ty|aight|fint|ok cool|toppen|japp|jepp)$/;

export function isFiller(text: string): boolean {
  if (text.includes("?")) return false;
  return onlySymbols(text) ? text.trim().length > 0 : nods(text) || THANKS_OR_NOD.test(fold(text));
}

// "kan inte sova", "ligger vaken", "cant sleep": a sleepless night told. After a crisis it is heavy-ish: a
// short caring word (with where to talk at night), not the stock line.
const SLEEPLESS = /\b(kan|kunde|lyckas|orkar) (inte|int|ej) (sova|somna)\b|\b(sover|somnar) (inte|int|ej)( alls)?\b|\bligger (bara |fortfarande |typ )?vaken\b|\b(cant|can t|cannot|can not|couldnt|couldn t) (sleep|fall asleep)\b|\b(no|not) (sleeping|able to sleep)\b|\b(har|ha|hade) (inte|int|ej|knappt|typ inte|inte typ) (sovit|sovit nat|fatt sova)\b|\b(havent|haven t|have not|hasnt|hadnt|barely|not) slept\b/;

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

// A plan in motion, told in a crisis wait (texter17 #1: "ska bara ta en promenad ner till bron nu" after giving
// things away and a letter got "Jag hör dig"). Three shapes: a place one could die at, with now or going there
// ("ner till bron nu", "står på taket", "heading to the tracks"); going out now ("går ut nu", "drar nu",
// "going out now"); and a farewell ("det e dags", "ses aldrig mer", "this is goodbye"). Not "vi tog en
// promenad till sjön igår", "det e dags att sova", "its time to eat".
const PLACE = String.raw`(bron|bro|broen|bridge|the bridge|sparet|sparen|ralsen|tagrälsen|tagralsen|tagsparet|tracks|train tracks|railway|rails|stupet|klippan|klipporna|cliff|the cliff|taket|hustaket|roof|the roof|rooftop|vattnet|sjon|havet|alven|kajen|hamnen|the water|the lake|the river|the sea|the pier|parkeringshuset|parking garage|motorvagen|motorway|highway|the highway)`;
const AT_PLACE = new RegExp(String.raw`\b(star|sitter|ar|e|befinner mig|ligger|im|i m|am|standing|sitting) (pa|vid|uppe pa|nere vid|ute pa|on|at|by|near)( the)? ${PLACE}\b`);
const TO_PLACE = new RegExp(String.raw`\b(till|mot|ner till|ner mot|upp pa|upp till|ut till|ut pa|bort till|pa vag till|to|towards|toward|down to|up to|over to|on my way to|heading to|going to|gonna go to)( the)? ${PLACE}\b`);
const NOW_OR_GOING = /\b(nu|direkt|ikvall|i kvall|inatt|i natt|snart|now|rn|right now|tonight|soon|ska|tanker|gar|drar|tar|promenad|cyklar|akar|going|gonna|heading|head|walking|walk|on my way|pa vag)\b/;
const PAST_OR_OTHERS = /\b(igar|i gar|forra|forut|tidigare|yesterday|last (week|time|night)|var|gick|tog|went|was|were|did|brukar|usually|used to)\b/;
const GOING_OUT_NOW = /\b(gar ut|ska ut|ska ga ut|drar ut|drar|sticker|ger mig ut|ger mig av|lamnar|going out|heading out|im out|im leaving|leaving now|going now|im going|gonna go)( (nu|nu da|direkt|nu ba|nu bara|now|rn|right now))\b|\b(nu|now) (gar|drar|sticker) jag\b/;
const FAREWELL = /\b(det (e|ar) dags|de e dags|(it s|its|it is) time)( nu| now)?$|\bdags nu$|\b(ses|hors|snackas) (aldrig|inte) (mer|igen|nagonsin)\b|\b(hejda|hej da|adjo|farval|bye|goodbye) (for alltid|forever|for ever|for good)\b|\bfarval\b|\bthis is goodbye\b|\b(sista|last) (gangen|meddelandet|time|message)( jag skriver| (i|ill) (write|text))?\b|\b(ni|du) (kommer (inte|aldrig) (hora|se) (fran|av) mig|hor aldrig (fran|av) mig)( igen| mer)?\b|\byou (wont|will not|will never|ll never) (hear from|see) me (again|anymore)\b|\bwont be (here|around) (tomorrow|anymore|much longer)\b|\b(finns|ar|e) (inte|int) (kvar|har) (imorgon|i morgon|sen)\b/;
const NOT_FAREWELL = /\b(dags|time) (att|for|to)\b/;

// A method, a height or a time, told in a crisis wait (texter18 #1: "tåget kmr om 10 min" at 02:57, after "står vid
// spåret nu", got "Du är inte ensam med det här"): the train coming ("tåget kommer", "the train is coming"), jumping
// now ("ska hoppa nu", "gonna jump"), a height ("på kanten", "10 våningar upp", "on the ledge", "utanför räcket"),
// the means in hand ("har repet här", "kniven i handen", "holding the knife"), and a countdown to doing it ("gör det
// om 10 min", "i'll do it tonight"). Not "hoppa över", "hoppa av skolan", "tåget gick", "det kommer ett tåg imorgon".
const TRAIN_COMING = /\b(taget|tagen|pendeln|pendeltaget|tunnelbanan|t banan|the train|a train|train|trains|the subway|the tube)( (som|that))? (kommer|ar pa vag|e pa vag|narmar sig|syns|hors|comes|is coming|s coming|coming|arrives|is here|passes|will pass)\b/;
const JUMP_NOW = /\b(hoppar|hoppa|jumpar|jump|jumping)( (nu|ner|ned|fran|off|now|rn|snart|ikvall|i kvall|inatt|i natt|soon|tonight|down|in front))\b|\b(hoppar|jumping)$|\b(ska|tanker|kommer|vill|gonna|going to|will|ill|about to|want to|wanna) (hoppa|jump)$/;
const HEIGHT = /\b(pa kanten|vid kanten|ute pa kanten|utanfor racket|over racket|pa racket|pa fonsterblecket|hogt upp|on the edge|on the ledge|over the railing|on the railing|outside the railing|on the window ?sill|so high up|really high up|high up)\b|\b(\d+|tio|fem|sex|sju|atta|nio|tolv|femton|tjugo|ten|five|six|seven|eight|nine|twelve|fifteen|twenty) (vaningar|vaning|floors|stories|storeys|meter|metres|meters|m) (upp|ner|hogt|high|up|down)\b/;
const MEANS_IN_HAND = /\b(har|haller|holding|hold|got|have|i have|ive got)( (i|ett|en|the|a|my|mitt|min))? (repet|snaran|rope|the rope|noose|kniven|kniv|knife|rakbladet|rakbladen|rakblad|blade|blades|razor|pistolen|vapnet|gun|tabletterna|pillren|pills|pillerburken)( (har|redo|framfor mig|i handen|i hand|here|ready|in my hand|in front of me|right here|nu|now|rn))\b/;
// Pills counted or by the box, laid out ("har 40 alvedon framför mig", "ive got 30 pills here", "har en burk sömntabletter
// redo"): the means at hand too. Not "tar 2 alvedon om dagen", "har alvedon hemma".
// Pills named without a count, where they are: "jag har tabletter framför mig", "har massa piller här", "i have pills in
// front of me" (tester22 full14: it got the general "again" words). Where they are is what makes them the means at
// hand: not "har tabletter hemma", "har medicin nu".
const PILLS_AT_HAND = /\b(har|haller|holding|have|i have|ive got|got)( (typ|massa|en massa|manga|lots of|a lot of|some|a bunch of|all|alla|mina|my))? (tabletter|tabletterna|tabbar|piller|pillren|mediciner|medicinerna|somntabletter|sovtabletter|lugnande|pills|tablets|meds|painkillers|sleeping pills)( (framfor mig|framme|har framme|har(?! hemma)|i handen|i hand|pa bordet|redo|in front of me|right here|here(?! at home)|out|in my hand|on the table|ready))\b/;
const PILLS_LAID_OUT = /\b(har|haller|holding|have|i have|ive got|got)( (typ|ca|runt|like|about|around))? (\d+|tjugo|trettio|fyrtio|femtio|hundra|twenty|thirty|forty|fifty|a hundred|en (hel )?burk|en (hel )?kartong|ett (helt )?paket|flera (burkar|kartor|paket)|a (whole )?(bottle|box|pack|packet) of) (alvedon|panodil|ipren|paracetamol|treo|ibuprofen|tabletter|tabletterna|tabbar|piller|pillren|sommedel|somntabletter|sovtabletter|lugnande|medicin|mediciner|pills|tablets|meds|painkillers|sleeping pills)( (framfor mig|har|har framme|framme|redo|i handen|pa bordet|in front of me|here|right here|out|ready|in my hand|on the table))\b/;
const COUNTDOWN = /\b(om|in) (\d+|en|ett|fem|tio|tjugo|trettio|nagra|par|a|an|one|five|ten|twenty|thirty|few|couple of|a few) (min|mins|minuter|minuten|minutes|minute|sek|sekunder|secs|seconds|timme|timmar|timmen|hour|hours|kvart|halvtimme)\b|\bom en (kvart|halvtimme)\b/;
const DOING_IT = /\b((ska|kommer|tanker|vill) (att )?(gora|gor) det|gor det|(gonna|going to|will|ill|i ll|about to) do it|doing it|det (ar|e) over|(ar|e) det over|its over|it ll be over|itll be over|allt (ar|e) slut)\b/;
const DOING_IT_WHEN = /\b((ska|kommer|tanker) (att )?(gora|gor) det|gor det) (nu|ikvall|i kvall|inatt|i natt|snart|idag|i dag)\b|\b(gonna|going to|will|ill|i ll|about to) do it (now|tonight|soon|today|rn)\b|\bdoing it (now|tonight|rn)\b/;
// A time later than now said with a jump ("ska hoppa från bron ikväll", "gonna jump off the bridge tonight", "imorgon"):
// a plan for later, not being at the place now. Told with now ("nu", "rn") it is still now.
const LATER_ON = /\b(ikvall|i kvall|inatt|i natt|imorgon|i morgon|imorn|i morn|senare|i helgen|tonight|tomorrow|later|this evening|this weekend)\b/;
const NOW = /\b(nu|direkt|now|rn|right now)\b/;
// Being there already, with the plan for later ("ska hoppa ikväll, står redan på bron", "already on the bridge"):
// the place now, not the plan. A reviewer found the later reading said "Stanna där du är" to someone on the bridge;
// any word of being there keeps the answer for the place (getting away from it is never wrong said to someone home).
const THERE_ALREADY = /\b(redan|already|star|sitter|here|up here|im (on|at|by)|i m (on|at|by)|i am (on|at|by))\b/;

export type PlanInMotion = "place" | "at-place" | "going-out" | "farewell" | "method" | "means" | "countdown";

/**
 * A plan in motion told in a crisis wait, by shape: a place with now or going, going out now, a farewell; a
 * method, a height or the means at hand; a countdown to doing it. One reading for the wait (dialogs/waiting.ts)
 * and for a message the screen flags again (bot/core/flag-crisis.ts), which never reaches the wait.
 */
export function planInMotion(text: string): PlanInMotion | undefined {
  const said = fold(text);
  if (AT_PLACE.test(said)) return "at-place";
  if (TO_PLACE.test(said) && NOW_OR_GOING.test(said) && !PAST_OR_OTHERS.test(said)) return "place";
  if (GOING_OUT_NOW.test(said) && !PAST_OR_OTHERS.test(said)) return "going-out";
  if (FAREWELL.test(said) && !NOT_FAREWELL.test(said)) return "farewell";
  const past = PAST_OR_OTHERS.test(said) || /\b(hoppa|hoppar) (over|av|in|pa|upp|runt)\b|\b(jump|jumping) (in|into|on|around|rope|the queue)\b|\b(trott pa|tired of|trott av)\b/.test(said);
  // A jump planned for later ("gonna jump off the bridge tonight") is a time set to do it, as "i'll do it tonight" is:
  // 112 and not to be alone, never "get away from there", said to someone at the place (a tester's plan for tonight got it).
  if (!past && JUMP_NOW.test(said) && LATER_ON.test(said) && !NOW.test(said) && !THERE_ALREADY.test(said) && !TRAIN_COMING.test(said) && !HEIGHT.test(said)) return "countdown";
  if (!past && (TRAIN_COMING.test(said) || JUMP_NOW.test(said) || HEIGHT.test(said))) return "method";
  if (!past && (MEANS_IN_HAND.test(said) || PILLS_LAID_OUT.test(said) || PILLS_AT_HAND.test(said))) return "means";
  if (!past && ((COUNTDOWN.test(said) && DOING_IT.test(said)) || DOING_IT_WHEN.test(said))) return "countdown";
  return undefined;
}

/**
 * What a plan in motion is answered with, in both places that read it: 112 now, and then what to do about where
 * they are. Going somewhere, out, a farewell or a countdown: stay, or go to people ("Stanna där du är"). Being at
 * the place, by the track, on an edge ("står vid spåret nu"): get away from there, never "stay where you are".
 * The means in hand: put it down.
 */
export function planInMotionKey(plan: PlanInMotion): string {
  if (plan === "at-place" || plan === "method") return "waiting.stepAway";
  if (plan === "means") return "waiting.putDown";
  return "waiting.planInMotion";
}

// "glöm det", "forget it", "spelar ingen roll", "skit samma", "never mind": closing off right after a crisis is a
// signal, not a change of mind (texter17 #1: it got "Skriv gärna mer om du vill."). Only the words alone, or with a
// small word around them: "glöm det jag sa om mötet" is a change of plan.
const CLOSES_OFF = /^((assa|asså|ah|aa|nah|nej|nä|na|men|ba|bara|och|eh|meh|ok|okej|lol|haha|whatever|just|oh)\s)*(glom det|glom allt|glom de|glom allt jag sagt|glom vad jag sa|strunta i det|strunt i det|skit i det|skit samma|spelar ingen roll|spelar inte nan roll|spelar inte nagon roll|de spelar ingen roll|det spelar ingen roll|inget spelar nan roll|ingenting spelar nagon roll|bryr mig inte|det e lugnt|det ar lugnt|va inte orolig|ingen fara|forget it|forget about it|forget i said anything|nvm|never mind|nevermind|doesnt matter|it doesnt matter|nothing matters|dont worry about it|dont bother|whatever)(\s(ba|bara|da|lol|nu|asa|assa|anyway|anyways|then))*$/;

export function closesOff(text: string): boolean {
  return CLOSES_OFF.test(fold(text));
}

// Outdoors, locked out, cold, nowhere to sleep (texter17 #2: a fifteen-year-old locked out at 03:00 got
// "Du är inte ensam med det här" and "Jag hör dig"): practical help now, not a helpline alone.
const OUTDOORS = /\b(jag (e|ar|star|sitter) (ute|utanfor|utomhus|pa gatan|i trapphuset)|(lasts?|stangts?) (ute|utanfor)|utelast|(har )?last mig ute|kommer (inte|int) in|far (inte|int) komma in|ingenstans att (sova|ta vagen|vara|ga)|inget stalle att sova|locked out|locked me out|im outside|i m outside|sitting outside|standing outside|cant get in|can t get in|nowhere to (sleep|go|stay))\b|^((jag )?(ar|star|sitter) (ute|utomhus|utanfor)( nu| i natt| inatt)?)$/;
// Cold, said in a few words ("e kallt", "fryser", "so cold"): not "det e kallt i rummet", "kallt ute idag, bra promenad".
const COLD = /\b(fryser|frysa|kallt|iskallt|minusgrader|freezing|cold)\b/;
const INDOORS = /\b(inne|hemma|rummet|lagenheten|sangen|inside|in here|room|bed|idag|today)\b/;

/** Outdoors, locked out or nowhere to sleep; or cold, said in a few words. */
export function saysOutdoors(text: string): boolean {
  const said = fold(text);
  return OUTDOORS.test(said) || (COLD.test(said) && said.split(" ").length <= 4 && !INDOORS.test(said));
}

// "svara då", "snälla svara", "hallå?", "answer me": a plea for someone to answer (pleadsForAnswer, and a
// word said alone).
const PLEA_SHORT = /^(svara|svara da|svara nu|svara pls|svara snalla|snalla svara|snalla|snälla|men svara|svara mig|svara ba|hallo|halla|hallaa|halloo|hello|helloo|helo|hallo svara|hallå svara|nan|ngn|nagon|ingen|answer|answer me|reply|reply pls|reply please|pls answer|please answer|please reply|pls|please|u there|you there|are you there|r u there|hello\?)$/;

export function pleadsInAWord(text: string): boolean {
  return PLEA_SHORT.test(fold(text).replace(/[?!.]+/g, "").trim()) || pleadsForAnswer(text);
}

// A practical question in a wait ("anyway is there like a language cafe or something", "finns det nån kurs i
// svenska?"): answered or passed on, never a crisis tail (texter17 #16). A question, once leading fillers are
// dropped, about a practical thing.
const LEADING_FILLER = /^((anyway|anyways|whatever|btw|men|assa|ok|okej|aja|so|also|iaf|and|och|but|hursomhelst|hmm|lol|haha|aight|annars|forresten|by the way|oh|ah|like|typ)\s)+/;
const PRACTICAL_THING = /\b(cafe|kafe|kafé|sprakcafe|sprakkafe|language|sprak|svenska|swedish|sfi|komvux|kurs|kurser|course|courses|class|classes|jobb|job|jobs|praktik|internship|skola|school|plugga|study|studera|bibliotek|library|forening|club|aktivitet|aktiviteter|activity|activities|gym|trana|traning|sport|korkort|driving|csn|bostad|lagenhet|apartment|volontar|volunteer|fritidsgard|youth club|meetup|trafflokal|traffpunkt|grupp|grupper|group|groups|club|clubs)\b/;

export function asksPractical(text: string): boolean {
  const said = fold(text);
  const rest = said.replace(LEADING_FILLER, "");
  const asks = text.includes("?") || /^(hur|vad|vem|vilka|vilken|var|vart|kan|far|finns|ar|e|har|ska|vet|how|what|who|where|can|could|do|does|are|is|should|any)\b/.test(rest);
  return asks && PRACTICAL_THING.test(said);
}

// No food tonight ("pengar är slut och det finns bara lite mat till min son, jag äter inte idag", texter17 #12): food
// that cannot wait has an honest route after hours (socialjouren), said at once; and "kan man få hjälp snabb"
// soon after is a question about it.
const NO_FOOD = /\b(ingen mat|inte (nan|nagon|ngn) mat|bara lite mat|lite mat kvar|maten (ar |e )?slut|maten tar slut|inget att ata|inget att ge (honom|henne|barnet|barnen|min son|min dotter)|har (inte|int) atit(?! (nan |ngn |nagon )?(middag|lunch|frukost|mellanmal)\b)|ater (inte|int) (idag|i dag|ikvall|i kvall)|kan (inte|int) kopa mat|har (inte|int) rad med mat|no food|nothing to eat|out of food|only a little food|little food left|(cant|can t|cannot) (afford|buy) food|(havent|haven t) eaten(?! (dinner|lunch|breakfast)\b)|(dont|don t|not) eat(ing)? today)\b/;

export function saysNoFood(text: string): boolean {
  return NO_FOOD.test(fold(text));
}

// "vem kan hjälpa mig idag", "where can i get help tonight": who, where or how, which "Ja." answers nothing (texter18
// #11: a mother's "vem kan hjälpa mig idag" got "Ja. När socialtjänsten är stängd …").
const ASKS_WHO = /^((men|och|ok|okej|sa|asa|assa|but|and|so|ok so) )*(vem|vilka|vilken|var|vart|hur|vad|who|where|how|what)\b/;

/** The copy key of the answer to help with food asked soon (asksQuickHelp): yes and the route, or to who or where, the route. */
export function quickFoodHelpKey(text: string, open: boolean): string {
  return `waiting.${ASKS_WHO.test(fold(text)) ? "foodWho" : "foodQuick"}${open ? "" : "Closed"}`;
}

const QUICK_HELP = /\b(hjalp|hjalpa|help)\b.*\b(snabb|snabbt|fort|idag|i dag|ikvall|i kvall|inatt|i natt|nu|direkt|akut|fast|quick|quickly|now|today|tonight|asap)\b|\b(akut|snabb|snabbt|quick|fast|emergency|urgent) (hjalp|help)\b/;

/** "kan man få hjälp snabb", "can i get help fast": help that cannot wait, asked. */
export function asksQuickHelp(text: string): boolean {
  return QUICK_HELP.test(fold(text));
}

// A protective step told after a crisis (texter18 #3: "i gave the pills to my sister like kim said" got the whole
// crisis block again, word for word): the means given away, thrown out or locked away, or kept by someone else now
// ("gav tabletterna till min syster", "slängde rakbladen", "mamma har mina mediciner nu", "flushed the pills", "my
// sister has my meds now"). Not when it is denied ("gav inte bort dem"), received ("gave the pills to me"), or comes
// with more ("men jag har kvar några", "but i still want to", "took", "vill dö"): then it is the crisis it sounds like.
const MEANS = String.raw`(tabletterna|tabletter|tabletten|pillren|piller|medicinen|mediciner|medicinerna|medicin|sömntabletterna|somntabletterna|sovtabletterna|burken|burkarna|kniven|knivarna|rakbladen|rakbladet|rakblad|repet|pills|meds|medication|medications|medicine|tablets|sleeping pills|the knife|knife|knives|blades|razor|razors|the rope|rope|(them|dom|dem)(?= (till|to|bort|away)\b))`;
const DET = String.raw`( (alla|mina|min|mitt|de|dom|all|my|the|all my|all the|all of my|all of the|resten av|the rest of))*`;
const GAVE_AWAY = new RegExp(String.raw`\b(gav|gett|gav bort|gett bort|lamnade|lamnat|lamnade over|lamnat over|lamnade bort|lamnade in|lamnat in|slangde|slangt|kastade|kastat|spolade|spolat|last in|laste in|gave|given|gave away|handed|handed over|threw|thrown|threw away|threw out|got rid of|gotten rid of|flushed|locked|locked up|locked away|dumped|returned)${DET} ${MEANS}\b`);
const KEEPS_THEM = new RegExp(String.raw`\b(mamma|mamman|pappa|syster|systern|syrran|bror|brorsan|kompisen|polaren|flickvannen|pojkvannen|hon|han|hen|mum|mom|mother|dad|father|sister|brother|friend|girlfriend|boyfriend|partner|she|he|they) (har|tar hand om|haller i|forvarar|has|keeps|is keeping|is holding|looks after|took)${DET} ${MEANS}\b`);
const NOT_PROTECTIVE = /\b(inte|int|ej|aldrig|not|never|dont|didnt|havent|hasnt|wont|cant|no)\b|\b(till mig|to me|me the|mig (tabletterna|pillren|medicinen))\b|\b(men|but|still|fortfarande|kvar|fler|more|andra|other|tog|tagit|took|taken|svalde|swallowed|skar|cut|do|doda|die|dead|dod|livet|kill|end it|sparat|saving|saved|kopt|bought)\b/;

// Put away, the particle before the means or "them" ("ok jag la undan dom. mamma e hemma", "har lagt bort tabletterna",
// "i put them away", tester22 full14: it got "Du är inte ensam med det här").
const PUT_AWAY = new RegExp(String.raw`\b(la|lade|lagt|lagger|stoppade|stoppat|gomde|gomt|gommer|stallde|stallt|gav|gett|slangde|slangt|kastade|kastat) (undan|bort|ifran mig|ivag)${DET} (${MEANS}|dom|dem|de|det|allt)\b|\b(put|hid|threw|thrown|gave|given|locked|moved) (them|it|all of them|the pills|the meds|my pills|my meds|the knife|the blades) (away|somewhere else)\b`);

export function toldProtectiveStep(text: string): boolean {
  const said = fold(text);
  return (GAVE_AWAY.test(said) || KEEPS_THEM.test(said) || PUT_AWAY.test(said)) && !NOT_PROTECTIVE.test(said);
}

// "varför skickar du nummer till självmordslinjen 😭", "why do u keep sending me the suicide line": why the numbers
// came, asked (texter18 #10: after a false alarm was taken back, it got the numbers again). Answered honestly in a
// line: for safety's sake, better once too often; and that they can be declined.
const LINES = String.raw`(nummer|numren|numret|numrena|nr|sjalvmordslinjen|sjalvmordslinje|90101|112|bris|hjalplinjen|hjalplinjer|linjen|number|numbers|hotline|hotlines|suicide line|suicide hotline|helpline|helplines|crisis line|lines)`;
const WHY_NUMBERS = [
  new RegExp(String.raw`\b(varfor|vafor|vaffor|varfo|how come|why)\b.*\b(skickar|skickade|skicka|ger|gav|sager|sa|skriver|tjatar om|sends|send|sending|sent|give|giving|gave|keep sending|keep giving|telling|tell)\b.*\b${LINES}\b`),
  new RegExp(String.raw`^(varfor|vafor|vaffor|varfo|why)( (the|all|alla|med|de|dom|all the|alla dom))? ${LINES}\b`),
  new RegExp(String.raw`\b(vad (e|ar) (det|de) (dar |har )?for (nummer|numren)|what (are|r) (those|these|all these|all those) numbers)\b`),
];

// Asked with a crisis in the same breath ("varför skickar du nummer, jag vill ju dö"): the crisis it is, not this. The
// lines' own names are not a crisis told ("vafför självmordslinjen??"), so the screen reads the message without them.
const NAMED_LINES = new RegExp(String.raw`\b${LINES}\b`, "g");
export function asksWhyNumbers(text: string): boolean {
  const said = fold(text);
  return WHY_NUMBERS.some((re) => re.test(said)) && !toldCrisis(said.replace(NAMED_LINES, " "));
}

/**
 * Whether a message tells of a crisis as the safety screen's rules read it: the one reader of danger (bot/safety), asked
 * here only to choose between replies, never to flag. The rules alone, not the trained layer: they read a negation ("ingen
 * slår mig") as one, where the trained layer hears the words "slår mig".
 */
function toldCrisis(text: string): boolean {
  return screenMessage(text).level === "crisis";
}

// "har kim svarat på det jag skrev", "har nån svarat", "did kim answer", "has anyone replied": whether the person
// from the team answered (texter18 #2: two days after Kim wrote and phoned, it was "sent on" as a question for Kim).
const ANSWERED_Q = [
  /^((men|och|assa|ok|okej|hej|btw|so|and|but) )*(har|hat|ha|has|have) (\w+ ){1,2}(svarat|svarade|skrivit tillbaka|hort av sig|answered|replied|responded|written back|wrote back|got back|gotten back)\b/,
  /^((men|och|assa|ok|okej|hej|btw|so|and|but) )*did (\w+ ){1,2}(answer|reply|respond|write back|get back|text back)\b/,
];

export function asksIfAnswered(text: string): boolean {
  const said = fold(text);
  return ANSWERED_Q.some((re) => re.test(said));
}

// Calling cannot be done where they are: "jag kan inte ringa han hör ju", "vågar inte ringa", "i cant call he'll hear",
// "kan inte prata nu". Talking ("prata", "talk") only with being heard, or with "now" right after it: "kan inte prata
// med mamma om det (nu)" is another thing (a reviewer: "nu" anywhere made it one). (texter21 #2: it got "Du är inte
// ensam med det här, teamet vet om det.")
const CANNOT_RING = /\b((kan|vagar|far) (inte|int|ej) (ringa|ring)|(cant|can t|cannot|can not|dont dare|dare not|darent|daren t) (call|phone|ring)( anyone| anybody| 112| nobody)?)\b/;
const CANNOT_TALK = /\b((kan|vagar|far) (inte|int|ej) (prata|snacka)|(cant|can t|cannot|can not) (talk|speak))\b/;
const CANNOT_TALK_NOW = /\b((kan|vagar|far) (inte|int|ej) (prata|snacka)|(cant|can t|cannot|can not) (talk|speak))( (just|right))? (nu|now|hogt|out loud)\b/;
const HEARD = /\b(hor|horer|horde|lyssnar|hear|hears|ll hear|will hear|would hear|listening)\b/;

/** A call said to be impossible where they are (heard, not safe): what to do instead. */
export function cannotCall(text: string): boolean {
  const said = fold(text);
  return CANNOT_RING.test(said) || CANNOT_TALK_NOW.test(said) || (CANNOT_TALK.test(said) && HEARD.test(said));
}

// Someone asked to come to them: "kan nån komma hit?", "kan ni komma", "can someone come over", "skicka nån hit".
const COME =
  /^((men|snalla|ok|okej|hallo|please|pls|so|but|asa|assa) )*(kan|kommer|could|can|will|would) (nagon|nan|ngn|ni|du|someone|somebody|anyone|anybody|you|u) (komma|come)( (hit|hem|hem till mig|over|dit|here|over here|to me|to my place|home))?( nu| now| snalla| pls| please| asap)*$|\bskicka (nagon|nan|hjalp|nagon hit) hit\b|\bsend (someone|somebody|help) (here|over)\b/;

/** Someone from the team asked to come to where they are. */
export function asksSomeoneToCome(text: string): boolean {
  return COME.test(fold(text));
}

// Someone else gone out or asleep, told as a calm moment: "ok han gick ut nu. lugnt", "pappa har somnat", "he left".
// Someone else's going out is no effort of theirs (it got "Starkt! Hur kändes det?", texter21 #2).
const OTHER_LEFT =
  /\b(han|hon|hen|dom|de|pappa|mamma|farsan|morsan|styvpappa|styvmamma|killen|he|she|they|dad|mum|mom|stepdad|stepmum|stepmom)( \w+)? ((gick|har gatt|stack|har stuckit|drog|har dragit|akte|har akt)( (ut|ivag|hemifran|harifran|darifran|till \w+|till jobbet|och la sig))?|somnade|har somnat|sover nu|left|has left|s left|went out|is gone|s gone|fell asleep|is asleep|s asleep)( (nu|precis|just|now|just now|finally|till slut|tillslut|iaf|typ))*( (lugnt|skont|phew|puh|ok|okej))?$/;
// Not "han gick på mig", "de drog iväg med mig", "he left me alone", "she left a bruise": the message ends with the
// leaving (a reviewer found those read as a calm moment). Read per sentence, so "ok han gick ut nu. lugnt" is one.

/** Someone else has gone out or fallen asleep: a calm moment, not the writer's effort. */
export function othersLeft(text: string): boolean {
  return text.split(/[.!?\n]+/).some((sentence) => OTHER_LEFT.test(fold(sentence).replace(/^(ok|okej|nu|men|asa|assa|so|ok so) /, "")));
}

// Asked not to be written to first: "ja sluta skriva först, han kollar ibland min mobil", "skriv inte först", "dont text
// me first". What the crisis reply after harm from someone close offers ("Ska jag sluta höra av mig först?"), asked in
// their words after other messages (it got how to send STOPP, texter21 #2): reminders off, said so in a line.
const QUIET_FIRST =
  /\b(sluta|slutar|sluta att) (skriva|hora av dig|hora av er|smsa|sms a|messa|skicka sms|skicka) (till mig )?forst\b|\b(skriv|hor|smsa|sms a|messa) (inte|int|aldrig) (av dig |till mig )?forst\b|\b(dont|do not|stop|pls dont|please dont) (text|texting|message|messaging|write|writing|contact|contacting) (me )?first\b|\bonly (answer|reply|write|text) when i (write|text)\b|\bsvara bara nar jag skriver\b/;

/** Asked that Tillit only answers, never writes first. */
export function asksQuietFirst(text: string): boolean {
  return QUIET_FIRST.test(fold(text));
}

// While a person is awaited, what a young tester asked and got only the receipt for (fix21a): the team's hours, who
// will answer, and a number to call. Each is a question with a true answer (waiting.ts).
// "när har ni öppet", "vilka tider jobbar ni", "nar ar ni pa jobbet", "when are you open", "what are your hours".
// Starting or ending is about the team only said of it ("när slutar ni", "när börjar teamet") or of work ("när slutar
// dom jobba"): "när slutar dom" is about anyone ending anything (a reviewer; it got the team's hours).
const OPENING_HOURS =
  /\bnar (har|haller) (ni|teamet|dom|de|personalen) oppet\b|\b(har|haller) (ni|teamet) oppet\b|\bnar (ar|e) (ni|teamet|dom|de|personalen) (oppna|oppet|pa plats|pa jobbet|inne|pa kontoret|pa jobb)\b|\b(nar|vilka tider|vilken tid) (jobbar|oppnar|stanger) (ni|teamet|dom|de|personalen|koordinatorn)\b|\b(nar|vilka tider|vilken tid) (borjar|slutar) (ni|teamet|personalen|koordinatorn|(dom|de) (jobba|jobbet|pa jobbet|for dagen))\b|\bvilka tider (laser|svarar|har|ar|e) (ni|teamet|dom|de)\b|\boppet ?tider\w*\b|\bwhen (are|r|is) (you|u|the team|you guys|they) (open|in the office|at work|working)\b|\bwhat (are|r) (your|the|ur) (hours|opening hours|office hours|working hours)\b|\b(opening|office|working) hours\b|\bwhat time do (you|u|they) (open|close|start|finish)\b/;

/** "när har ni öppet", "what are your hours": the team's reading hours asked. */
export function asksOpeningHours(text: string): boolean {
  return OPENING_HOURS.test(fold(text));
}

// "vem e det som kommer svara", "vem svarar", "vem är det jag pratar med sen", "who will answer", "who's gonna text me".
// Not "vem svarar inte (på sms liksom)": who does not answer is no question about who will (a reviewer).
const WHO_WILL_ANSWER =
  /\bvem (ar|e|blir)( det)?( som)? (kommer (att )?|ska )?(svara|svarar|skriva|skriver|hora av sig|hor av sig|ringa|ringer|lasa|laser|ta det|tar det)\b(?! (inte|int|ej|aldrig)\b)|\bvem (kommer|ska) (att )?(svara|skriva|hora av sig|ringa|lasa)\b(?! (inte|int|ej|aldrig)\b)|\bvem svarar\b(?! (inte|int|ej|aldrig)\b)|\bwho (will|s gonna|is gonna|is going to|s going to|ll|would|is) (answer|reply|respond|text|write|call|read|get back)\b|\bwho answers\b/;

/** "vem e det som kommer svara", "who will answer": who is to answer, asked. */
export function asksWhoAnswers(text: string): boolean {
  return WHO_WILL_ANSWER.test(fold(text));
}

// A false alarm corrected while a crisis flag stands (tester22 full09: "va?? jag frågade bara om man får vara med när man
// e 15. ingen slår mig" got socialjouren again): "ingen slår mig", "det var inte så jag menade", "nej jag är inte i
// fara", "i'm not in danger lol", "misunderstood", and the guess corrected as the concern offer hears it ("nej inte så",
// understand-answers.ts correctsGuess). "misunderstood" only as said of Tillit's reading, in a few words: "i feel so
// misunderstood" is a feeling.
const ALARM_CORRECTED = /\b(ingen|inte nan|inte nagon|nobody|no one|noone) (slar|har slagit|slog|gor illa|skadar|hotar|hits|is hitting|hurts|is hurting|beats|threatens) (mig|mej|me)\b|\b(det|de) (var|ar|va) (inte|int) (sa|sant|det) (jag|ja) (menade|menar|mena)\b|\b(inte|int) (sa|sant) (jag|ja) (menade|menar)\b|\b(jag|ja) (menade|menar) (inte|int) (sa|sant|sa dar)\b|\b(thats|that s|that is|that was|its|it s|it was) not what i (meant|mean|said)\b|\bnot what i meant\b|\bi (didnt|did not|dont|do not) mean (it )?(like that|that)\b|\b(jag|ja) (ar|e) (inte|int) i (nan |nagon )?fara\b|\b(im|i m|i am) not in (any )?danger\b/;
const MISREAD = /^((nej|na|nae|no|nah|haha|lol|omg|va|vad|what|ah|oh|men|but|ok|okej|asa|assa) )*((du|ni|tillit|you|u) (har |have |)?(missforstod|missforstatt|misunderstood|misunderstand|got it wrong|read it wrong|lasa fel|laste fel|lasta fel)( (mig|me|det|it|that))?|(ett |a |nan |some )?(missforstand|misunderstanding)|misunderstood|missforstod)( (lol|haha|xd|typ|asa|assa|bara|just|da|then|ju))*$/;
// What still tells of danger in a correction keeps the crisis handling: a "but" with more after it, a crisis the screen
// reads in it (a wish to die, harm told of someone, pills taken), fear, a plan in motion, drowsiness (a correction that
// tells of danger is no correction).
const BUT_MORE = /\b(men|but|fast|though|tho|although|utom|except)\b \w+/;

// What a correction may go on with: that it was a quote, a film, a song, a game or a joke ("ingen slår mig, det var ett
// citat från en film"); the guards below still read the whole message.
const TOLD_AS_FICTION = /\b(film|filmen|serie|serien|citat|skamt|skamtade|skojade|joke|joking|kidding|quote|movie|show|lat|laten|song|lyrics|spel|spelet|game)\b/;

/** A plain correction that nothing is wrong, after a crisis reply: no danger told with it. */
export function correctsAlarm(text: string): boolean {
  const said = fold(text);
  const match = ALARM_CORRECTED.exec(said) ?? (MISREAD.test(said) ? { index: 0, 0: said } : correctsGuess(text) ? { index: 0, 0: "" } : null);
  if (!match) return false;
  const after = said.slice(match.index + match[0].length);
  // The correction ends the message (a "lol" may follow): anything told after it is more, and more is read as such (a
  // reviewer: "det var inte så jag menade, jag ska hoppa ikväll", "ingen slår mig. han stryper mig bara", "im not in
  // danger lol. just tired of living" were taken as false alarms).
  if (after.split(" ").filter(Boolean).length > 2 && !TOLD_AS_FICTION.test(after)) return false;
  return !BUT_MORE.test(after) && !toldCrisis(text) && !saysScared(text) && !saysDrowsy(text) && !planInMotion(text) && !correctsToSomeoneElse(text);
}

// "kan jag ringa 112 fast jag inte vet om det e akut?", "ska jag ringa 112??", "can i call 112 even if im not sure":
// whether to call, asked (tester22 full08: it got the general "again" words). The plain answer is yes.
const MAY_CALL_112 = /\b(kan|far|ska|borde|bor|maste|skulle) (jag|ja|man|vi) (ringa|ring|ringa till) (112|ambulans|ambulansen|polisen)\b|\b(can|should|could|may|do|shall|must) (i|we|you|u) (call|ring|phone|dial) (112|an ambulance|the police|911)\b|\b(is it|its|it s) (ok|okay|fine|alright) (to|if i) (call|ring) 112\b|\bringa 112 (fast|aven om|trots att|om)\b/;

function asksIfMayCall112(text: string): boolean {
  return MAY_CALL_112.test(fold(text));
}

// "kan jag skriva nånstans istället", "finns det nån chatt", "can i text someone instead": somewhere to write rather than
// call, asked in a crisis wait (tester22 full07, after "jag vill inte ringa nån": it got "Jag hör dig. Allt du skriver
// ligger kvar", which answers nothing). The chats that answer are the answer, and that here is read too.
const WRITE_INSTEAD = /\b(kan|far|gar det att) (jag|ja|man) (skriva|chatta|smsa|messa)( \w+)?( (nanstans|nagonstans|nangonstans|nan annanstans|till nan|till nagon|med nan|med nagon|istallet|ist|i stallet))+\b|\b(finns det|finns de|har ni) (nan|nagon|en) (chatt|chat)\b|\b(var|vart) kan (jag|ja|man) (skriva|chatta)\b|\b(can|could) (i|we|u|you) (text|write|chat|message)( to)? (somewhere|someone|somebody|anyone|instead)\b|\b(is there|theres|is there like) (a|any) (chat|text line|number i can text)\b|\bwhere can i (text|write|chat)\b/;

/** Somewhere to write instead of calling, asked in a crisis wait. */
export function asksWhereToWrite(text: string): boolean {
  return WRITE_INSTEAD.test(fold(text));
}

/**
 * What a message in a crisis wait tells that has an answer of its own, whichever way it comes in (the wait,
 * dialogs/waiting.ts, or a message the screen flags again, bot/core/flag-crisis.ts): the copy keys to say, in order,
 * or undefined.
 * - a false alarm corrected: sorry for the misunderstanding, the team sees it and can clear it, no numbers again; and
 *   what they had asked, when it was whether their age fits ("får man vara med om man e 15");
 * - whether to call 112: yes, unsure is reason enough, they ask and help;
 * - somewhere to write instead of calling: the chats (mind.se, BRIS for under 18), and that this thread is read;
 * - a step for someone else ("jag ringer hennes mamma först"): a good step, and 112 if they are in danger now;
 * - someone else reached and safe ("hon svarade!!"): good to hear, and the team still reads it.
 * `harm`: harm from others is among the flags of the night: then "han är hemma" is no relief, nor calling "him" a step.
 */
export function crisisWaitKeys(text: string, harm: boolean): string[] | undefined {
  if (correctsAlarm(text)) {
    const age = ageFitsKey(text);
    return age ? ["crisis.falseAlarm", age] : ["crisis.falseAlarm"];
  }
  if (asksIfMayCall112(text)) return ["waiting.call112Yes"];
  if (harm) return undefined;
  if (asksWhereToWrite(text)) return ["waiting.writeInstead"];
  if (stepForSomeoneElse(text)) return ["waiting.stepForOther"];
  if (someoneElseSafe(text)) return ["waiting.otherSafe"];
  return undefined;
}

// "can someone help in english tomorrow?", "kan nån i teamet prata engelska?": whether a person can help in English,
// asked (it got "Got it. It's waiting for the team."). Asked of a person, not of Tillit ("do you speak english").
const IN_ENGLISH = /\b(english|engelska|engelsk)\b/;
const SOMEONE_CAN = /\b(someone|somebody|anyone|anybody|any of you|a person|the team|teamet|nan|nagon|ngn|nan i teamet|koordinatorn|the coordinator)\b.*\b(help|write|speak|talk|text|answer|explain|hjalpa|skriva|prata|snacka|tala|svara|forklara)\b/;

/** Whether someone on the team can help in English, asked. */
export function asksForEnglishHelp(text: string): boolean {
  const said = fold(text);
  return text.includes("?") && IN_ENGLISH.test(said) && SOMEONE_CAN.test(said);
}

// "du svarar ju inte på nåt jag frågar", "you dont answer anything i ask" (session 22, full05): Tillit not answering
// their questions, complained of; not "ingen svarar" (nobody from the team yet: complainsOfWaiting).
const NOT_ANSWERING =
  /\b(du|ni) (svarar|svara|svarade)( ju| ba| bara| typ| ju typ)? (inte|int|aldrig|ej)( pa| ens pa| ens)? (nat|nagot|nagonting|nanting|mina fragor|det jag fragar|nan fraga|nagon fraga|fragorna|fragan|mig)\b|\b(you|u) (dont|don t|do not|never|didnt|didn t|arent|aren t|are not|re not|r not|re never|are never) (answer|answering|respond|responding|reply|replying)( to)? (anything|any of|my|what i|the question|questions|me)\b|\b(ur|youre|you re) (not|never) (answering|responding|replying)\b/;

/** Tillit not answering their questions, complained of: "du svarar ju inte på nåt jag frågar", "ur not answering my questions". */
export function complainsNotAnswered(text: string): boolean {
  return NOT_ANSWERING.test(fold(text));
}

// What a question asked while waiting is about, said back in the answer so it is heard (session 22, full05): help to
// read or understand a letter or a paper ("kan nån hjälpa mig läsa det?" after a letter from Försäkringskassan, "can
// someone help me read them"), or a course ("finns det nån kurs typ truckkort man kan gå gratis?").
const HELP = /\b(hjalp|hjalpa|hjalpe|help|helps)\b/;
// Reading asked for by itself ("hjälpa mig läsa det"); understanding or going through only with the paper named.
const READ = /\b(lasa|las|oversatta|read|translate)\b/;
const LETTER = /\b(brev|brevet|breven|papper|pappret|papperet|blankett|blanketten|letter|letters|paper|papers|form|forms)\b/;
const COURSE = /\b(kurs|kurser|kursen|utbildning|utbildningar|truckkort|truck|korkort|yrkesutbildning|course|courses|training|forklift)\b/;

/** Help asked for or with, in a word: "kan du hjälpa mig med csn?", "i need help applying for csn". */
export function mentionsHelp(text: string): boolean {
  return HELP.test(fold(text));
}

/**
 * Something asked, not only whether anyone is there (clearly-asks.ts asksSomethingReal), after a word to begin
 * with too ("whatever. whats aktivitetsstöd", which met silence) and with "whats" for "what is".
 */
export function asksQuestion(text: string): boolean {
  const rest = fold(text).replace(LEADING_FILLER, "").replace(/^(whats|wats|what s) /, "what is ");
  return asksSomethingReal(text) || asksSomethingReal(rest);
}

/** A question's topic the wait's answer can name: help with a letter, or a course. */
export function questionTopic(text: string): "letter" | "course" | undefined {
  const said = fold(text);
  if (HELP.test(said) && (READ.test(said) || LETTER.test(said))) return "letter";
  if (COURSE.test(said)) return "course";
  return undefined;
}

// A day or time that suits them or not, said while a person is awaited ("torsdag går bra" after asking when they can
// meet their coordinator, "fast jag kan inte imorgon" after asking to meet outside the office; tester22 full11, full13:
// they got "mina frågor är pausade" and "Jag är kvar här"). Heard as what it is: the team sees it; the time is theirs
// to settle together, never promised by Tillit.
const DAY = String.raw`(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|i morgon|imorrn|imon|idag|ikvall|nasta vecka|helgen|pa helgen|eftermiddagar|formiddagar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|next week|the weekend|weekends|mornings|afternoons)(ar|s|en)?`;
const DAY_SUITS = new RegExp(String.raw`^((men|fast|och|ok|okej|ja|aa|but|and|ok so|yeah) )*(${DAY}|pa ${DAY}|on ${DAY})( \w+)? (gar bra|funkar|funkar bra|passar|passar bra|gar inte|funkar inte|funkar int|passar inte|ar bra|e bra|ar battre|e battre|works|works for me|is fine|is good|is better|suits me|doesnt work|does not work|is bad|is no good)\b|^((men|fast|och|ok|okej|but|and) )*(jag|ja|i)( \w+)? (kan|kan inte|kan int|kan ej|kan bara|cant|can t|cannot|can only|can do|could do)( pa| on)? ${DAY}\b`);

/** A day or time that suits them, or does not, said: "torsdag går bra", "fast jag kan inte imorgon", "thursday works". */
export function saysWhenTheyCan(text: string): boolean {
  return DAY_SUITS.test(fold(text));
}
