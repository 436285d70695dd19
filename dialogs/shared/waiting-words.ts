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

export type PlanInMotion = "place" | "going-out" | "farewell";

/** A plan in motion told in a crisis wait, by shape: a place with now or going, going out now, a farewell. */
export function planInMotion(text: string): PlanInMotion | undefined {
  const said = fold(text);
  if (AT_PLACE.test(said) || (TO_PLACE.test(said) && NOW_OR_GOING.test(said) && !PAST_OR_OTHERS.test(said))) return "place";
  if (GOING_OUT_NOW.test(said) && !PAST_OR_OTHERS.test(said)) return "going-out";
  if (FAREWELL.test(said) && !NOT_FAREWELL.test(said)) return "farewell";
  return undefined;
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
const LEADING_FILLER = /^((anyway|anyways|btw|men|assa|ok|okej|aja|so|also|iaf|and|och|but|hursomhelst|hmm|lol|haha|aight|annars|forresten|by the way|oh|ah|like|typ)\s)+/;
const PRACTICAL_THING = /\b(cafe|kafe|kafé|sprakcafe|sprakkafe|language|sprak|svenska|swedish|sfi|komvux|kurs|kurser|course|courses|class|classes|jobb|job|jobs|praktik|internship|skola|school|plugga|study|studera|bibliotek|library|forening|club|aktivitet|aktiviteter|activity|activities|gym|trana|traning|sport|korkort|driving|csn|bostad|lagenhet|apartment|volontar|volunteer|fritidsgard|youth club|meetup|trafflokal|traffpunkt)\b/;

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
