// Short answers to the questions Tillit asks, read the way young people text them: yes/no, good /
// so-so / bad, and the answer to a proposed meeting (a 1–10 scale: understand-scale.ts). Each returns
// exactly the labels of the recognition corpus (tests/fixtures/conversation/), and the dialogs use
// these same functions.
// Negation is read first: "funkar inte" is a no, whatever word of yes it contains.
import { asksSomething, fold, hasWordLike, visible } from "./fold.js";
import { VERBS } from "./texting-spellings.js";

export type YesNo = "yes" | "no" | "skip" | "unclear";

// "kanske vi kan försöka igen", "kan vi testa igen?", "maybe we can try again": a yes, tentative, to an
// offer that someone gets in touch or proposes a new time.
const TRIES_AGAIN = /\b((vi|man) (kan|kanske kan|far|kunde|skulle kunna)|kan (vi|man)|ska (vi|man)) (kanske )?(forsoka|testa|prova|ta det|ses) igen\b|\b(try|trying) (it )?again\b|\bgive it another (try|go|shot)\b/;
// A place not wanted, or another wished: "men inte biblioteket. för mycket folk", "inte på af", "nån annanstans".
const PLACES = "(biblioteket|bibliotek|biblan|bibblan|bibbla|kontoret|af|arbetsformedlingen|stan|centrum|kafet|kafeet|fiket|fik|cafet|cafeet|cafe|kafe|skolan|traffen|traffpunkten|motesplatsen|the library|library|the office|the cafe|town)";
const OTHER_PLACE = new RegExp(`\\b(inte|int|ej|not)( (pa|i|vid|at|in))? ${PLACES}\\b|\\b(nan|nagon|nagot) annan(stans| plats| stans)\\b|\\b(nat|nagot) annat stalle\\b|\\bfor (mycket|manga) (folk|manniskor)\\b|\\b(somewhere|someplace) else\\b|\\b(another|a different) place\\b|\\btoo (many|much) people\\b`);

/** A wish about where to meet, told with or instead of an answer to an offer ("men inte biblioteket"). */
export function wishesOtherPlace(text: string): boolean {
  return OTHER_PLACE.test(fold(text));
}

/**
 * An answer to an offer that a person gets in touch or proposes a new time: "kanske vi kan försöka igen" is a
 * yes, and so is a wish about the place ("men inte biblioteket. för mycket folk": yes, somewhere else; it
 * was taken as a no for its "inte"); otherwise read as any yes or no.
 */
export function understandOfferAnswer(text: string): YesNo {
  const said = fold(text);
  if (TRIES_AGAIN.test(said) || OTHER_PLACE.test(said)) return "yes";
  return understandYesNo(text);
}
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

// "inget", "ingenting alls", "nothing really": nothing, as the whole answer (not "inget speciellt idag men…").
const NOTHING = /^(nej |na |no |nah |hmm |ah |eh )?(inget|ingenting|inte nagot|inte nat|inget alls|ingenting alls|inget direkt|inget sarskilt|inget speciellt|nada|noll|nothing|nothing really|nothing much|not much|nothing at all)( (alls|direkt|typ|really|tbh|lol|haha|tror jag|i guess|i think))*$/;

/** The whole answer is "nothing" ("inget", "ingenting", "nothing really"). */
export function saysNothing(text: string): boolean {
  return NOTHING.test(fold(text));
}

// Said with a bare yes: "ja", "ok då", "aa kör", "yes sure", "👍" (not "ja fotboll", which answers).
const WITH_BARE_YES = new Set(["da", "tack", "kor", "garna", "then", "lets", "go", "sure"]);

/** A yes and nothing else: no answer to a question that asks what or how. */
export function saysOnlyYes(text: string): boolean {
  const words = fold(text).split(" ").filter(Boolean);
  if (words.length === 0) return yesEmoji.test(visible(text));
  return words.length <= 3 && YES_WORDS.has(words[0]!) && words.every((w) => YES_WORDS.has(w) || WITH_BARE_YES.has(w));
}

/** The message is an "I'd rather not answer / don't know". */
export function isSkip(said: string): boolean {
  return SKIP.test(said);
}

// Hedges and fillers before the answer do not change it: "typ ja", "asså ja", "well yeah", "hmm ok", and a
// shrug ("whatever ja", "spelar ingen roll ok": a yes, said with attitude).
const LEADING_FILLER = /^((typ|assa|alltsa|eh|ehm|hmm|hm|um|umm|uh|well|like|haha|lol|men|ba|bara|i guess|jag antar|antar|eller|whatever|whatevs|watever|wateva|wtv|spelar ingen roll|samma for mig|who cares) )+/;

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

// What keeps an offer of a person open though it sounds like a no (concern-offer.dialog.ts): the need played
// down ("e inte hungrig ändå typ", "orkar inte med nåt", "spelar ingen roll", "not that bad"), and the fear
// of what social services would do ("jag vill inte att soc tar mina syskon"). Neither answers the offer.
const PLAYS_DOWN =
  /\b(e|ar|är|e ju|ar ju|im|i m|i am) (inte|int|ej|not)( sa| sa jatte| that| so| really)? (hungrig|hungriga|sugen|hungry)\b|\b(inte|int|ej|not)( sa| so| that)? (farligt|viktigt|big deal|bad|a big deal)\b|\bspelar (ingen|inte nan|inte nagon) roll\b|\b(bryr mig inte|skiter i det|whatever|doesnt matter|does not matter|dont care|don t care)\b|\borkar (inte|int|ej) (med )?(nat|nagot|nagonting|nanting|nat alls|nagot alls|allt|nanting alls)\b|\b(det|de) (gar|loser sig|ordnar sig) (val|nog)\b|\bdet (e|ar) (val|nog) inget\b|\b(its|it s|it is|det ar|det e|de e|de ar) (fine|ok|okay|okej|lugnt) (tho|though|anyway|anyways|anda)\b/;
const SOCIAL_SERVICES = /\b(soc|socen|socialen|socialtjansten|socialtjanst|socialsekreterare\w*|social services|social worker|cps)\b/;
const WHAT_SOC_WOULD_DO = /\b(tar|ta|tas|tog|tagit|omhanderta\w*|placera\w*|placerar|lvu|fosterhem\w*|hamtar|hamta|splittra\w*|skilja|skiljer|take|takes|taking|took|split)\b|\b(radd|radda|vagar (inte|int|ej)|orolig|oroar|scared|afraid|worried)\b|\bvill (inte|int|ej) (att|ha)\b/;

/** Fear of what social services would do, told: never an answer to an offer of a person. */
export function fearsSocialServices(text: string): boolean {
  const said = fold(text);
  return SOCIAL_SERVICES.test(said) && WHAT_SOC_WOULD_DO.test(said);
}

/** The need played down, told instead of a clear no ("nej", "nej tack", "behövs inte" start with one). */
export function playsDown(text: string): boolean {
  const said = fold(text).replace(LEADING_FILLER, "");
  return PLAYS_DOWN.test(said) && !NO_WORDS.has(said.split(" ")[0]!);
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
  // "ja kan inte", "jag orkar nog inte prata nu": a no. With any other verb the no is the whole answer, give or
  // take a filler ("jag har inte det"): "like jag har inte pratat med nån irl på typ två veckor" is news, not a
  // no (an offer of a person was closed on it).
  if (/\b(inte|aldrig)\b/.test(said)) {
    if (!/^jag [a-z]+( (nog|val|tyvarr|nog tyvarr))? (inte|aldrig)\b/.test(said)) return undefined;
    return WILLING.test(said) || /^jag [a-z]+( (nog|val|tyvarr|nog tyvarr))? (inte|aldrig)( (det|den|de|dom|nu|just nu|idag|tack|heller|riktigt|direkt|alls|sa garna))*$/.test(said) ? "no" : undefined;
  }
  // "ja ska till affären", "ja kommer hem sent": where one is going is news, not the answer.
  if (/^jag [a-z]+ (till|hem|ut|pa|i|hos|fran|dit|bort)\b/.test(said) && !ECHO_FILLER.test(said)) return undefined;
  return WILLING.test(said) || ECHO_FILLER.test(said) ? "yes" : undefined;
}

const SLEPT_OK = /\b(sadar|sa dar|sadar typ|mja|meh|halvbra|lagom|mittemellan|mitt emellan|so so|soso|helt ok|helt okej|okej|ok|okay|kinda ok|alright|halvdant|halvdaligt|inget speciellt|inget sarskilt|varken bra eller daligt|inte sa bra inte sa daligt|medel|hyfsat|hyfsad|typ ok|sisadar)\b/;
const SLEPT_BAD = /\b(\w*daligt|dalig|inget vidare|inge vidare|inte vidare|(kunde|kan|kunnat|lyckades|gick) (inte|int|ej) (att )?(sova|somna)|(couldnt|could not|cant|can t|could t) (sleep|fall asleep)|svart att (sova|somna)|somnade (sent|inte)|vaken hela natten|vaknar (hela tiden|ofta|varannan timme|flera ganger|typ \d+|\d+)|vaknat (hela tiden|flera ganger)|varannan timme|(och|o) grater|grater hela|grat hela|keep waking|woke up every|waking up every|crying all night|and crying|skit|skitdaligt|kasst|kass|uselt|usel|piss|pissigt|vardelost|knappt|vaknade|somnlos|somnade inte|sov inte|inte alls|mardrommar|bad|badly|terrible|awful|shit|crap|horrible|not good|didnt sleep|barely|trott|jobbigt|risigt|katastrof)\b/;
// "sov som en död 💀", "slept like the dead": slept very well (a young tester's met "Jag förstod inte riktigt").
const SLEPT_GOOD = /\b(bra|\w*gott|asbra|jattebra|superbra|riktigt bra|fint|nice|najs|good|great|well|som en (stock|sten|bebis|baby|prinsessa|dod|docka)|like a (log|rock|baby|dead person)|like the dead|utvilad|grymt|toppen|perfekt|amazing|kanon|underbart|skont)\b/;
const NOT_GOOD = /\binte (sa |sarskilt |speciellt |jatte|sa jatte|sa himla |alls )?(bra|gott|okej|ok|fint|good|well)\b|\bnot (so |very |that )?(good|well|great)\b/;
// Neither good nor bad, in either order: "inte bra inte dåligt", "not great not terrible", "varken eller".
const NOT_ = String.raw`(inte|not|nor|int)( sa| so| that| too| jatte| super| direkt)?`;
const GOODISH = String.raw`(bra|gott|fint|good|great|amazing|well)`;
const BADISH = String.raw`(daligt|kasst|uselt|skit|bad|terrible|awful|horrible|shit)`;
const NEITHER = new RegExp(String.raw`\b${NOT_} ${GOODISH}( och| and| but| men| eller| or| fast)? ${NOT_} ${BADISH}\b|\b${NOT_} ${BADISH}( och| and| but| men| eller| or| fast)? ${NOT_} ${GOODISH}\b|\bvarken (bra|gott) eller (daligt|kasst)\b|\bneither good nor bad\b|^varken eller\b`);
// Not "😴" alone: it says sleepy as often as slept (a tester sent it after "sov typ inte" and got "Skönt!"),
// so it is asked about; "asgott 😴" is read by its words.
const goodEmoji = /😊|😀|😃|😄|😁|👍|💪|🥰|😍|🙂|😌/u;
// 🥲 too: smiling through it (a tester's 🥲 to "Hur har du sovit?" was taken as a skip).
const okEmoji = /😐|😑|😶|🤷|🙃|🥲/u;
// "👎" to "Hur har du sovit?" is Dåligt (a tester's met "Jag förstod inte riktigt").
const badEmoji = /😭|😢|😞|☹|🙁|😣|😖|😩|😫|😔|💀|🥱|👎/u;

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
  if (/\bskit ?bra\b|\bsjukt bra\b|\bgrymt bra\b|\bvakna\w* (utvilad|pigg)\b|\bwoke up (rested|refreshed)\b/.test(said)) return "good";
  if (NOT_GOOD.test(said) || /\binte sovit\b/.test(said)) return "bad";
  if (SLEPT_OK.test(said)) return "ok";
  if (SLEPT_BAD.test(said)) return "bad";
  if (SLEPT_GOOD.test(said)) return "good";
  for (const [label, words] of [["bad", ["daligt", "kasst", "uselt"]], ["good", ["jattebra"]], ["ok", ["sadar", "halvbra"]]] as const) {
    if (words.some((w) => hasWordLike(said, w))) return label;
  }
  return "unclear";
}

// Sleep told in passing, before the sleep question ("vad gör att det är en 3:a" answered "sov typ inte"):
// asking "Hur har du sovit?" next says the answer was not read. Only a night's sleep said plainly counts;
// "sover hela dagarna" or "trött" are not an answer to how the night was.
const SLEEP_WORD = String.raw`(sov|sovit|sover|sova|somnat|somnade|somna|slept|sleep|sleeping)`;
const TOLD_SLEPT_BADLY = new RegExp(
  String.raw`\b${SLEEP_WORD}( typ| knappt| nastan| ju| liksom| alls| fan| nt| inget)? (inte|int|ej|nada|noll|knappt|nt|skit|kasst|daligt|dalit|uselt|piss)\b` +
    String.raw`|\b(har|hade|ha) (inte|int|ej|knappt)( typ| ens| riktigt)? (sovit|somnat)\b|\b(ingen|noll|nada|knappt nan|knappt nagon) somn\b` +
    String.raw`|\b(kan|kunde|kunnat|lyckas|lyckades) (inte|int|ej)( typ| ens)? (sova|somna)\b|\bsomnlos\b|\bvaken (hela|typ hela) (natten|natterna)\b` +
    String.raw`|\b(didnt|did not|havent|have not|hasnt|cant|couldnt|could not|cannot|barely|never) (sleep|slept|fall asleep)\b|\bno sleep\b|\binsomnia\b|\bup all night\b` +
    // "slept like crap", "sov som skit": a bad night said as young people say it ("sov skit bra" is read as good above).
    String.raw`|\b(slept|sleep|sleeping)( so| really| pretty)? (badly|bad|terribly|terrible|awful|awfully|poorly|horribly|like (crap|shit|garbage|trash|hell))\b|\b(sov|sovit)( typ)? som (skit|fan|en kratta|ett as)\b`,
);
const SLEPT_WORD = new RegExp(String.raw`\b${SLEEP_WORD}\b`);
const SLEPT_NOT_HERE = new RegExp(String.raw`\b${SLEEP_WORD} (inte|int|ej) (hemma|hos|dar|har|pa|i|med|over)\b`);
const TOLD_SLEPT_WELL = new RegExp(String.raw`\b(sov|sovit|slept)( typ| faktiskt| ratt| riktigt| ganska| sjukt| as)? (bra|gott|skont|well|good|great|som en (stock|sten|bebis|baby|prinsessa|dod|docka)|like a (log|rock|baby|dead person)|like the dead)\b`);

// The night in hours: "sov typ 3h", "sov bara 4 timmar", "slept like 2 hrs", "sovit fem timmar" (texter17 #13:
// "sov typ 3h" was asked "Hur har du sovit?" right after). Five hours or fewer is a bad night, eight or more a good one.
const HOUR_WORDS: Record<string, number> = { en: 1, ett: 1, one: 1, tva: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4, fem: 5, five: 5, sex: 6, six: 6, sju: 7, seven: 7, atta: 8, eight: 8, nio: 9, nine: 9, tio: 10, ten: 10 };
const SLEPT_HOURS = new RegExp(
  String.raw`\b${SLEEP_WORD}( typ| bara| ba| knappt| nastan| max| kanske| runt| ca| like| only| about| maybe| barely| around| i| for)* (\d{1,2}|${Object.keys(HOUR_WORDS).join("|")}) ?(h|t|tim|timme|timmar|timmer|hours?|hrs?)\b`,
);

function sleptHours(said: string): "good" | "bad" | undefined {
  const m = SLEPT_HOURS.exec(said);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[3]!) ? Number(m[3]) : HOUR_WORDS[m[3]!]!;
  return n <= 5 ? "bad" : n >= 8 && n <= 14 ? "good" : undefined;
}

/** A night's sleep said plainly in an answer to another question, or undefined. */
export function sleepToldInPassing(text: string): "good" | "bad" | undefined {
  const said = fold(text);
  const hours = sleptHours(said);
  if (hours) return hours;
  // "sov skit bra" (skit as "very"), "sov inte så dåligt", "sover inte hemma": not a bad night said.
  if (/\b(skit|sjukt|as|fett|grymt) ?(bra|gott)\b/.test(said) && SLEPT_WORD.test(said)) return "good";
  if (/\b(inte|int|ej) (sa |speciellt |jatte )?(daligt|illa|kasst)\b/.test(said) || SLEPT_NOT_HERE.test(said)) return undefined;
  if (TOLD_SLEPT_BADLY.test(said)) return "bad";
  if (TOLD_SLEPT_WELL.test(said) && !NOT_GOOD.test(said)) return "good";
  return undefined;
}

// What was eaten, said in words to "Har du ätit något ordentligt idag?": "pizza haha", "åt frukost
// faktiskt" and "ate cereal" are a yes, "at lite" and "bara en banan" a little, "inget", "har inte ätit"
// a no. Only for the food question: to "Har du rört på dig?" a pizza says nothing.
const ATE_NOTHING = /\b(inget|ingenting|ingen mat|nada|noll|nothing|not yet|inte an|int an|skippade|skippat|skipped|hoppade over|hoppat over|missed)\b|\b(inte|int|ej|havent|haven t|didnt|didn t|not)( \w+)? (atit|at|ata|kakat|kakade|eaten|ate|eat)\b/;
const ATE_LITTLE = /\b(lite|bara|ba|only|a bit|a little|nagot litet|nat litet|en (banan|macka|smorgas|kex|yoghurt|frukt)|a (banana|snack|sandwich)|chips|godis|snacks|energidryck|monster|kaffe|coffee)\b/;
const LIGHT_FOOD = /\b(banan|macka|smorgas|kex|yoghurt|frukt|banana|snack|snacks|sandwich|chips|godis|energidryck|monster|kaffe|coffee)\b/;
const ATE = /\b(at|atit|kakat|kakade|kaka|ate|eaten|frukost|lunch|middag|mat|pizza|macka|mackor|smorgas|pasta|nudlar|ris|kyckling|kebab|burgare|hamburgare|tacos|sallad|soppa|grot|flingor|fil|agg|breakfast|dinner|cereal|sandwich|noodles|burger|food|meal)\b/;

/** How much was eaten, read from words; "unclear" when the words say nothing of it. */
export function understandAte(text: string): "yes" | "little" | "no" | "unclear" {
  const said = fold(text);
  if (!said) return "unclear";
  // "pizza och inget mer", "ate pizza, nothing else": something was eaten.
  const nothingElse = /\b(inget|ingenting|nothing) (mer|annat|else)\b/.test(said);
  if (ATE_NOTHING.test(said) && !nothingElse) return "no";
  if (nothingElse) return "little";
  if (!ATE.test(said) && !LIGHT_FOOD.test(said)) return "unclear";
  return ATE_LITTLE.test(said) ? "little" : "yes";
}

const OTHER_TIME = /\b(annan (tid|dag|gang|vecka)|andra (tider|dagar)|nagon annan|nan annan|ny tid|nytt forslag|ny dag|nasta vecka|senare i veckan|senare idag|flytta|flyttar|istallet|hellre|another|other time|other day|different (time|day)|reschedule|move it|later in the week|next week|en annan|instead|tidigare|earlier)\b/;
// Asking to meet later than proposed: "can we do later?", "kan vi ta det lite senare", "senare istället?"
// (not "ses senare" / "see you later", which confirms).
const LATER_TIME = /\b(kan|kunde|could|can|shall|ska|maybe|kanske) (vi|we) (ta|ses|do|meet|kora|gora|have|make|traffas|flytta|move|push|hora|hitta)( det| it| den| motet| that| the meeting| this| up)?( lite| a bit| a little| nagot| nat)? (senare|sen|later)\b|\b(senare|later) (istallet|instead)\b|^(lite |a bit |a little |kanske lite )(senare|later)( kanske| maybe| pls| snalla| tack)?$|\b(gar|funkar|passar|works|work) (det|it|that)( lite| a bit| nagot)? (senare|later)\b|\b(later|senare) (pa dagen|in the day|that day|samma dag|on)\b/;
// Another day said to suit, with or after a no: "kan inte tisdag men torsdag funkar", "torsdag passar bättre", "but
// thursday works" (a counter-proposal read as a plain no was a cancellation the young person never meant).
const DAY_NAME = String.raw`(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|i morgon|nasta vecka|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week)`;
const OTHER_DAY_SUITS = new RegExp(String.raw`\b(men|fast|but)( (pa|on|kanske|maybe))? ${DAY_NAME}( \w+)? (funkar|passar|gar|works|is fine|suits)\b|\b${DAY_NAME} (funkar|passar|gar|works|suits me|is) (battre|better)\b`);
// A no to the day with another day asked for, without "istället": "funkar inte tisdag, kan vi ta torsdag?", "cant do
// wednesday, could we do thursday?" (a tester's got "Vill du att Demo föreslår en ny tid?", the day she named unheard).
const ASKS_FOR_DAY = new RegExp(String.raw`\b(kan|kunde|could|can|shall) (vi|we) (ta|ses|do|meet|traffas|kora|gora|have|make it|flytta (det|den|motet) till|move it to)( (det|it|den))?( (pa|on))? ${DAY_NAME}\b`);
const DECLINE = /\b(passar|funkar|fungerar|gar|works|suits)( (mig|me|for mig|for me))? (daligt|illa|kasst|skit|badly|poorly)\b|\b(funkar|passar|gar|kan|hinner|orkar|kommer|fixar|klarar|blir|ska)( nog| tyvarr| nog tyvarr)? (inte|int|ej|inge)\b|\bkan ej\b|\b(har|har ju) (inte|ingen) tid\b|\bjobba[r]?\b|\bplugga[r]?\b|\bmaste (jobba|plugga|vara|ga|aka|hamta|passa|till)\b|\bhar (skola|lektion|jobb|tid hos|annat|nat annat|nagot annat|ett mote|plugg|traning|tvatt)\b|\btandlakar|\bdoktorn?\b|\bsjuk\b|\bcant\b|\bcan t\b|\bcannot\b|\bwont\b|\bbusy\b|\bupptagen\b|\bstall in\b|\bavboka|\bdont think so\b|\bnot (going|coming)\b|\b(doesnt|doesn t|does not|dont|don t|do not) (work|suit)\b/;
const CONFIRM = /\b(funkar|passar|gar bra|det gar|later bra|ses|vi ses|jag kommer|kommer dit|kommer|works|sounds good|see you|see u|see ya|cya|ses snart|perfekt|toppen|kanon|fine|deal|bra)\b/;

/** The answer to "X suggests meeting on … Does that work?". */
export function understandMeeting(text: string): MeetingAnswer {
  const said = fold(text);
  const shown = visible(text);
  if (!said) return yesEmoji.test(shown) ? "confirm" : noEmoji.test(shown) ? "decline" : "unclear";
  if (said === "1") return "confirm";
  if (said === "2") return "decline";
  if (said === "3") return "other-time";
  if (OTHER_TIME.test(said) || LATER_TIME.test(said) || OTHER_DAY_SUITS.test(said)) return "other-time";
  // "var ska vi ses?", "när då?": asking where, when or who is neither yes nor no.
  if (/^(var|vart|nar|vem|vilka|hur dags|where|when|who|what time)\b/.test(said) && text.includes("?")) return "unclear";
  // "går det senare?", "later?": a time asked about, not a goodbye ("ses senare" confirms).
  if (text.includes("?") && /\b(senare|later)\b/.test(said) && !/\b(ses|see you|see ya|cya)\b/.test(said)) return "other-time";
  const words = said.split(" ");
  if (NO_MEETINGS.test(said)) return "decline";
  if (DECLINE.test(said) && ASKS_FOR_DAY.test(said)) return "other-time";
  if (DECLINE.test(said) || words.some((w) => NO_WORDS.has(w)) || NO_PHRASES.test(said)) return "decline";
  if (echoAnswer(said) === "yes") return "confirm";
  if (YES_WORDS.has(words[0]!) || YES_PHRASES.test(said) || CONFIRM.test(said) || yesEmoji.test(shown)) return "confirm";
  return "unclear";
}

// The time they would rather have, said with the wish for another ("funkar inte tisdag, kan vi ta torsdag istället?",
// "nästa vecka istället?", "could we do thursday instead?"): a counter-proposal, not a yes or a no, and nothing to ask
// again (a tester's "kan vi ta torsdag" got "Vilken dag eller tid skulle passa bättre?"). The weekday is the last one
// named: the first is usually the one that does not work.
const WEEKDAYS = ["mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag"];
const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEKDAY_NAMED = /\b(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(en|ar|s)?\b/g;
const TIME_NAMED = /\b(imorgon|i morgon|imorn|imon|i overmorgon|nasta vecka|veckan efter|helgen|formiddag(en)?|eftermiddag(en)?|efter lunch|fore lunch|pa morgonen|pa kvallen|kl ?\d{1,2}|\d{1,2}[:.]\d{2}|tomorrow|next week|the weekend|morning|afternoon|evening|after lunch|at \d{1,2}|\d{1,2} ?(am|pm))\b/;

/** A day or a time of day named ("ja, torsdag efter lunch typ"): what follows a wish for another time adds to it. */
export function namesMeetingTime(text: string): boolean {
  const said = fold(text);
  return new RegExp(WEEKDAY_NAMED.source).test(said) || TIME_NAMED.test(said);
}

// A day named as the one that does not work is the day refused, never the day wished (a tester's "tisdag funkar inte
// ändå, kan vi ta en annan dag?" got "Okej, tisdag i stället"): "funkar inte tisdag", "kan inte på tisdag", "inte
// tisdag utan torsdag", "tisdag funkar inte", "tisdag kan jag inte", "tisdag e kasst", "tuesday doesnt work", "cant do
// tuesday", "istället för tisdag". Read within a clause ("," "." "men", "but"), so the next clause's day is free. A
// negation asked as a wish is none: "varför inte torsdag?", "kan vi inte ta torsdag?".
const NOT = String.raw`(?<!\b(varfor|why|vi|we|man) )\b(inte|int|ej|inge|cant|can t|cannot|dont|don t|doesnt|doesn t|wont|won t|not|aldrig|never)`;
const DAY_SAID = String.raw`(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(en|ar|s)?`;
const BEFORE_FILL = String.raw`(pa|on|till|for|do|make|gora|ta|kan|jag|ja|nog|tyvarr|heller|anda|den|the|this|that|nasta|next|riktigt|really|sa|so)`;
const AFTER_FILL = String.raw`(funkar|funka|funkade|fungerar|gar|passar|kan|kunde|hinner|orkar|klarar|fixar|blir|har|jag|ja|i|vi|we|works|work|does|do|is|e|ar|nog|tyvarr|sorry|forlat|for|mig|me|anda|heller|den|det|pa|it|tid|just|typ|assa|ju|really|tbh|lol|va|var|was|sadly|unfortunately)`;
const REFUSED_AFTER_NOT = new RegExp(String.raw`${NOT}( ${BEFORE_FILL}){0,3} ${DAY_SAID}\b|\b(istallet for|i stallet for|instead of|utom|except|not on|inte pa) ${DAY_SAID}\b`, "g");
const REFUSED_BEFORE_NOT = new RegExp(String.raw`\b${DAY_SAID}( ${AFTER_FILL}){0,3} ((inte|int|ej|inge|cant|can t|cannot|dont|don t|doesnt|doesn t|wont|won t|not|aldrig|never)\b|(daligt|illa|kasst|skit|svart|bad|badly|no good|out|sucks)\b)`, "g");
const CLAUSE_BREAK = /[,.;:!?\n]+/;
const CLAUSE_WORD = / (men|but|fast|utan|although|though) /;

/** The weekdays said not to work, folded ("tisdag"), as the clauses of `text` name them. */
function refusedDays(text: string): Set<string> {
  const refused = new Set<string>();
  for (const piece of text.split(CLAUSE_BREAK)) {
    for (const clause of ` ${fold(piece)} `.split(CLAUSE_WORD)) {
      for (const m of clause.matchAll(REFUSED_AFTER_NOT)) for (const d of m[0].matchAll(WEEKDAY_NAMED)) refused.add(d[1]!);
      for (const m of clause.matchAll(REFUSED_BEFORE_NOT)) for (const d of m[0].matchAll(WEEKDAY_NAMED)) refused.add(d[1]!);
    }
  }
  return refused;
}

/**
 * The time wished for instead, when a counter-proposal names one (the weekday, 1 = Monday, when a day is named as
 * wished: the last named that is not refused); else undefined.
 */
export function wishedMeetingTime(text: string): { weekday?: number } | undefined {
  const said = fold(text);
  if (understandMeeting(text) !== "other-time") return undefined;
  const refused = refusedDays(text);
  const days = [...said.matchAll(WEEKDAY_NAMED)].map((m) => m[1]!).filter((d) => !refused.has(d));
  const last = days.at(-1);
  if (last) return { weekday: weekdayNumber(last) };
  return TIME_NAMED.test(said) ? {} : undefined;
}

// A no to meeting at all, not to this time (a tester's Ida, "jag klarar inte av att träffas alls just nu", was offered a
// new time): "orkar inte träffa nån just nu", "vill inte ses alls", "inga möten på ett tag", "i cant meet at all right
// now", "no meetings for now".
const NO_MEETING = /\b(inte|int|ej|cant|can t|cannot|dont|don t|not)\b( \w+){0,3} (traffas|traffa|ses|mota|motas|meet|meeting|see anyone|see anybody)\b/;
const AT_ALL = /\b(alls|overhuvudtaget|over huvud taget|just nu|pa ett tag|pa ett tag till|nagon mer|at all|right now|for now|rn|for a while|anymore|any more)\b/;
const NO_MEETINGS = /\b(inga|no) (fler |more )?(moten|meetings)\b/;

/** No meeting at all for now, whatever the time: respected, no new time offered. */
export function declinesMeetingsForNow(text: string): boolean {
  const said = fold(text);
  return (NO_MEETING.test(said) && AT_ALL.test(said)) || NO_MEETINGS.test(said);
}

const weekdayNumber = (day: string) => (WEEKDAYS.includes(day) ? WEEKDAYS.indexOf(day) : WEEKDAYS_EN.indexOf(day)) + 1;

/**
 * Another time asked for with a day said not to work and none wished ("tisdag funkar inte ändå, kan vi ta en annan
 * dag?"): the day refused (1 = Monday, the last one named); else undefined. Said back as refused, not as wished.
 */
export function refusedMeetingDay(text: string): number | undefined {
  if (understandMeeting(text) !== "other-time") return undefined;
  const refused = [...refusedDays(text)];
  return refused.length ? weekdayNumber(refused.at(-1)!) : undefined;
}

/**
 * An agreed meeting's day said not to work, with another time wished for: "funkar inte onsdag ändå, kan vi ta torsdag?"
 * about a meeting on Wednesday (the weekday, 1 = Monday, in the meeting's own time zone). The meeting's day must be
 * named: "jag har tandläkaren på torsdag" moves nothing. The time wished for, as wishedMeetingTime; else undefined.
 */
export function movesMeetingDay(text: string, meetingWeekday: number): { weekday?: number } | undefined {
  const days = [...fold(text).matchAll(WEEKDAY_NAMED)].map((m) => m[1]!);
  const named = days.some((d) => WEEKDAYS.indexOf(d) + 1 === meetingWeekday || WEEKDAYS_EN.indexOf(d) + 1 === meetingWeekday);
  if (!named) return undefined;
  const wish = wishedMeetingTime(text);
  if (wish && wish.weekday !== meetingWeekday) return wish;
  // The meeting's day refused, another asked for and none named: another time, the day still to be found.
  return !wish && refusedMeetingDay(text) === meetingWeekday ? {} : undefined;
}

// Said back to a meeting reminder ("Svara om något har ändrats"), the time called off or moved in the
// words young people use: "kan inte imorgon", "orkar inte imorgon", "kan inte komma", "avboka", "kan vi ta
// nästa vecka", "kan vi ta det en annan gång". Whole short messages only ("kan inte sova" is no meeting).
const WHEN = String.raw`(imorgon|imorn|imon|i morgon|i morn|idag|i dag|ikvall|i kvall|da|dit|den dagen|den tiden|pa (mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|tomorrow|tmrw|tmr|today|tonight|then|that day)`;
// What is met: the meeting by any name they give it ("fikan", "kaffet", "the coffee").
const MEETING_NAME = String.raw`(motet|traffen|fikan|fikat|fika|kaffet|kaffe|promenaden|promenad|tiden|the meeting|our meeting|the coffee|coffee|the walk)`;
const ON_IT = String.raw`( (pa|till|to|on) (${MEETING_NAME}|det|den|it|that))`;
const SOFT = String.raw`( (tyvarr|sorry|forlat|typ|assa|lol|anda|heller|nog|alls|iaf|i alla fall|ju|then|tho|unfortunately|after all|anyway|haha|sry|istallet|instead|for mig|for me))*`;
const LEAD = String.raw`^((assa|nej|nae|sorry|sry|forlat|shit|hmm|fan|men|ah|aa|ok|okej|hej|hallo|du|hey|hi|jag|ja|i|vi|we) )*`;
const CANNOT = String.raw`((kan|kommer|kmr|hinner|fixar|klarar|gar|funkar|passar)( nog| tyvarr| nog tyvarr| nog inte)? (inte|int|ej|inge)|cant|can t|cannot|can not|wont|won t|couldnt|cannot)`;
// "klarar inte av att komma", "kommer inte kunna komma", "fixar inte att komma" (texter16 #9).
const COME = String.raw`( (av att |att |kunna |orka |lyckas )?(komma|komma dit|ga|ga dit|vara med|ses|make it|come|go|make|attend|be there))`;
const CALLS_OFF = new RegExp(`${LEAD}${CANNOT}${COME}?${ON_IT}?( ${WHEN})?${SOFT}$`);
// Doubt said of managing it, with the day or "it" (texter17 #5): "asså jag tror inte jag kmr fixa det idag", "tror inte
// jag hinner idag", "jag kommer nog inte kunna idag", "i dont think i can make it today". ("tror inte jag orkar" alone
// may be a heavy day: with orka, the day or the coming is needed, as NO_ENERGY_FOR_IT.)
const MANAGE = String.raw`((kommer|kmr|ska|will|can|could|ll)( nog| att)? )?(kan|kunna|hinner|hinna|fixar|fixa|klarar|klara|gar|ga|komma|kommer|make it|make|come|go|manage|be there)`;
const DOUBTS_IT = new RegExp(
  `${LEAD}((tror|tror nog) (inte|int|ej) (att )?(jag|ja|vi)|(dont|don t|do not) think (i|we)) (${MANAGE}( (det|den|it|dit|there|att komma|komma))?${ON_IT}?( ${WHEN})?|(orkar|orka|pallar|palla)(${COME}|( (det|den|it))?( ${WHEN})))${SOFT}$`,
);
// "jag kommer nog inte kunna idag", "kmr inte hinna": not managing, said in the future.
const WONT_MANAGE = new RegExp(`${LEAD}(kommer|kmr)( nog| tyvarr)? (inte|int|ej) (att )?(kunna|hinna|fixa|klara|orka)( (det|den|dit|komma))?${ON_IT}?( ${WHEN})${SOFT}$`);
// "orkar inte" and "pallar inte" alone can be a heavy day: a day or a coming is needed with them.
const NO_ENERGY_FOR_IT = new RegExp(`${LEAD}(orkar|pallar|orka|palla)( nog| tyvarr)? (inte|int|ej|inge)?(${COME}${ON_IT}?( ${WHEN})?| ${WHEN}|${ON_IT})${SOFT}$`);
// Called off in casual words on the day (texter18 #9): "blir nog ingen bibblan idag 😬", "det blir ingen fika idag", "jag
// skippar idag", "måste skippa bibblan idag", "idag funkar inte", "not gonna make it today", "no library for me today".
// The place goes by the names young people give the usual meeting places (MEETING_PLACE); a day is needed unless the
// meeting or its place is named ("skippar frukosten" and "blir ingen middag idag" call nothing off).
// (School, town and AF are places of their own: "skippar skolan idag" calls no meeting off.)
const MEETING_PLACE = String.raw`(?!(skolan|stan|centrum|town|af|arbetsformedlingen)\b)${PLACES}`;
function casualCallsOff(said: string): boolean {
  const at = String.raw`(${MEETING_NAME}|${MEETING_PLACE})`;
  const none = String.raw`(det )?(blir|blev)( (nog|typ|tyvarr|nog tyvarr|val|asså|assa))* (ingen|inget|inte nan|inte nagon|inte nat|inte nagot)`;
  const skip = String.raw`((maste|far|kommer|kmr|ska|behover|gonna|going to|got to|gotta|have to|ll have to|need to|will have to|gonna have to|going to have to)( (nog|typ|tyvarr|just))* )?(skippa|skippar|skita i|skiter i|stryka|stryker|hoppa over|hoppar over|skip|skipping|bail|bail on|ditch|ditching)`;
  const res = [
    new RegExp(`${LEAD}${none}( (med|av|pa))?( ${at})?( ${WHEN})${SOFT}$`),
    new RegExp(`${LEAD}${none}( (med|av|pa))? ${at}${SOFT}$`),
    new RegExp(`${LEAD}${skip}( ${at}| (det|den|it))?( ${WHEN})${SOFT}$`),
    new RegExp(`${LEAD}${skip} ${at}${SOFT}$`),
    new RegExp(`${LEAD}${WHEN} (funkar|gar|passar|blir|funkar det|gar det)( (nog|tyvarr|nog tyvarr|typ))* (inte|int|ej|inge|svart|daligt|kass)${SOFT}$`),
    new RegExp(`${LEAD}(not|im not|i m not|i am not) (gonna|going to) (make it|come|be there|go|manage|be able to (make it|come))( ${WHEN})?${SOFT}$`),
    new RegExp(`${LEAD}(no|nope|ingen|inget) ${at}( (for me|for med|for mig|idag))?( ${WHEN})?${SOFT}$`),
  ];
  return res.some((re) => re.test(said));
}
// "ta nästa vecka istället?", "ses nästa vecka istället": another week asked for without "kan vi" (texter18 #9).
const MOVE_TAKE = new RegExp(`${LEAD}((kan|kunde|ska) (vi|we) )?(ta|kora|ses|traffas|gora|do|meet)( (det|den|it|that))? (pa |on )?(nasta vecka|en annan (gang|dag)|annan (gang|dag)|next week|another (day|time))${SOFT}$`);

const CANCEL_WORD = /\b(avboka\w*|avbokar|boka av|stall in|stalla in|staller in|cancel (it|the meeting|motet)|call it off)\b/;
const MOVE_ASKED = new RegExp(
  String.raw`\b(kan|kunde|could|can|ska|shall) (vi|we) (ta|ses|do|meet|kora|gora|traffas|flytta|move|push|byta)( det| den| it| that| ${MEETING_NAME})?( (pa|till|on|to))? (nasta vecka|en annan (gang|dag|tid)|annan (gang|dag|tid)|(nagon|nan|ngn) annan (gang|dag|tid)|senare|sen|later|next week|another (day|time)|some other (day|time))\b`,
);
// The meeting itself asked to be moved, by its name (texter17 #5): "kan vi flytta fikan", "går det att byta tid",
// "kan vi skjuta på fikan", "can we move the coffee".
const MOVE_IT = new RegExp(
  String.raw`^((assa|men|ok|okej|hej|sorry|forlat|du|hey|hi) )*((kan|kunde|ska|could|can|shall) (vi|we|jag|i)|(gar|funkar) det (att)?|is it ok (to|if we)|(vill|would like to|want to|wanna) (jag|vi|i|we)?) ?(flytta|byta|skjuta upp|skjuta pa|move|reschedule|push|postpone|change)( (pa|fram))? (${MEETING_NAME}|det|den|it|that|tid|tiden|the time)\b`,
);
const MOVE_ALONE = new RegExp(`${LEAD}((nagon|nan|ngn) annan (gang|dag|tid)|en annan gang|annan gang|en annan dag|annan dag|nasta vecka|another time|another day|next week|senare|later|flytta( det| den| motet)?|byta tid|ny tid|reschedule|postpone|skjuta upp( det)?)${SOFT}$`);

/**
 * A meeting reminder answered by calling the time off ("cancel") or asking for another ("move"), or
 * undefined. Read only while a reminder of an agreed meeting has gone out (meeting.dialog.ts).
 */
export function changesRemindedMeeting(text: string): "cancel" | "move" | undefined {
  const said = fold(text).replace(/\s+/g, " ").trim();
  if (!said) return undefined;
  if (MOVE_ASKED.test(said) || MOVE_IT.test(said) || MOVE_ALONE.test(said) || MOVE_TAKE.test(said) || LATER_TIME.test(said)) return "move";
  if (CALLS_OFF.test(said) || NO_ENERGY_FOR_IT.test(said) || DOUBTS_IT.test(said) || WONT_MANAGE.test(said) || CANCEL_WORD.test(said)) return "cancel";
  if (casualCallsOff(said)) return "cancel";
  return undefined;
}

export type TimeOfDay = "morning" | "afternoon" | "evening" | "any" | "unclear";

// The time of day that suits them, in their words: "sent", "late evenings tbh", "natt typ😂", "tidigt",
// "efter lunch". Night is read as the evening (the latest time Tillit writes). Fillers around it do not
// change it; "sen" alone is "later" (recognize.ts), never a time.
const TIME_FILLERS = /\b(typ|tbh|lol|haha|hehe|assa|alltsa|nog|kanske|val|ju|mest|helst|oftast|brukar|bast|funkar|passar|on|in|the|at|maybe|probably|prob|mostly|usually|like|idk|kinda|ish|da|then|tack|thanks|pls|plz|i guess|i think|for mig|for me|is best|are best|works|work)\b/g;
const MORNING = /^(pa )?(tidig|tidigt|tidiga|early|morgon|morgonen|morgnar|morgnarna|morning|mornings|formiddag|formiddagen|formiddagar|forenoon|early mornings?)( (pa )?(morgonen|morgnarna|mornings?))?$/;
const AFTERNOON = /^(pa )?(eftermiddag|eftermiddagen|eftermiddagar|afternoon|afternoons|dagtid|pa dagen|dagen|mitt pa dagen|lunch|efter lunch|after lunch|efter skolan|after school|daytime|during the day)$/;
const EVENING = /^(pa )?((sen|sena|sent|late|lite sent|ganska sent|rather late|pretty late)( (pa )?(kvall|kvallen|kvallar|kvallarna|evening|evenings|night|nights|natt|natten|natter|natterna|nattetid))?|kvall|kvallen|kvallar|kvallarna|evening|evenings|natt|natten|natter|natterna|nattetid|night|nights|at night|late at night|tonight|ikvall)$/;
const ANY_TIME = /^(whenever|nar som helst|nar som|spelar ingen roll|vilken som|vilken som helst|alla|any ?time|any|doesnt matter|dont care|all of them|hela dagen|all day)$/;

export function understandTimeOfDay(text: string): TimeOfDay {
  const said = fold(text).replace(TIME_FILLERS, " ").replace(/\s+/g, " ").trim();
  // "sen" alone is "later" (recognize.ts, LATER), not late.
  if (!said || said === "sen") return "unclear";
  return timeOf(said) ?? timesThatAgree(said.split(" ")) ?? "unclear";
}

function timeOf(said: string): Exclude<TimeOfDay, "unclear"> | undefined {
  if (MORNING.test(said)) return "morning";
  if (AFTERNOON.test(said)) return "afternoon";
  if (EVENING.test(said)) return "evening";
  return ANY_TIME.test(said) ? "any" : undefined;
}

/**
 * "efter skolan alltså eftermiddag", "kväll, sent typ": the time said twice in other words, every word of it
 * a time and all of them the same one (a young tester's met "Jag förstod inte riktigt", then the question
 * skipped). Two different times ("morgon eller kväll") stay unclear.
 */
function timesThatAgree(words: string[]): Exclude<TimeOfDay, "unclear"> | undefined {
  // found[i]: the times read in some split of words[0..i) into time phrases (null: no such split).
  const found: (Set<string> | null)[] = [new Set()];
  for (let end = 1; end <= words.length; end++) {
    found[end] = null;
    for (let start = Math.max(0, end - 4); start < end; start++) {
      const before = found[start];
      const time = before ? timeOf(words.slice(start, end).join(" ")) : undefined;
      if (!before || !time) continue;
      found[end] = new Set([...(found[end] ?? []), ...before, time]);
    }
  }
  const all = found[words.length];
  return all && all.size === 1 ? ([...all][0] as Exclude<TimeOfDay, "unclear">) : undefined;
}

// What an offer of a person takes as its answer (concern-offer.dialog.ts, small-talk.ts): only a plain one. A
// tester's "nej inte så. vill inte dö. bara trött o ensam" answered the worry she guessed the offer had, not the
// offer; "nej jag vet inte, kanske" is no no; "jag vill plugga svenska mer. kan jag få csn…" was a yes.

// "nej inte så", "inte det", "no not like that": a guess corrected, in the first sentence.
const CORRECTS = /^((nej|nejj|na|nae|naa|no|nah|nope|asså|assa|alltsa|eh|ah|men) )*(inte|int|not) (sa|sa dar|sant|sant dar|det|like that|that|som du tror|pa det sattet)( (menade jag|i meant|alltsa|assa|typ|heller|lol|haha))*$/;
// Unsure in the same breath as the no or yes: "nej jag vet inte, kanske", "ja kanske", "maybe idk".
const UNSURE_OF_IT = /\b(kanske|mja|mjae|osaker|maybe|perhaps|not sure|unsure)\b/;

function sentencesOf(text: string): string[] {
  return text.split(/[.!?\n;,]+/).map((t) => t.trim()).filter((t) => /\p{L}|\p{N}/u.test(t));
}

/** "nej inte så", "no not like that": the no corrects a guess about what is wrong; it does not answer the offer. */
export function correctsGuess(text: string): boolean {
  const first = sentencesOf(text)[0];
  return first !== undefined && CORRECTS.test(fold(first));
}

/** "nej jag vet inte, kanske", "kanske": unsure, neither yes nor no. */
export function unsureOfOffer(text: string): boolean {
  const said = fold(text);
  // "kanske vi kan försöka igen" is a yes (understandOfferAnswer).
  return UNSURE_OF_IT.test(said) && !TRIES_AGAIN.test(said) && !OTHER_PLACE.test(said) && !/^(kanske senare|maybe later|kanske sen)$/.test(said);
}

/**
 * The yes or no is the whole answer: it stands first and alone ("ja", "nej tack. orkar inte", "ja, kan hon ringa
 * ikväll?"), or nothing is asked besides it. "jag vill plugga svenska mer. kan jag få csn om jag läser sfi" read as a
 * yes (its "jag vill"), and the question was never answered.
 */
export function answersPlainly(text: string): boolean {
  const parts = sentencesOf(text);
  const first = fold(parts[0] ?? "").split(" ").filter(Boolean);
  const bare = first.length > 0 && first.length <= 3 && (YES_WORDS.has(first[0]!) || NO_WORDS.has(first[0]!) || /^\d$/.test(first[0]!));
  if (bare) return true;
  return !text.includes("?") && !parts.slice(1).some((p) => asksSomething(p, fold(p)));
}

// An amount said alone: "a bit", "lite", "not much" (to "Have you eaten?" or "moved?", asked or only expected).
const AMOUNT_ALONE = /^(a bit|a little|a lot|lots|not much|not really|kinda|sort of|lite|lite grann|litegrann|lite typ|mycket|jattemycket|inte mycket|inte sa mycket|ganska mycket)$/;

/**
 * A short answer that stands on its own, as to one of the check-in's questions: a no, a good / so-so / bad, an amount
 * ("nej", "badly", "a bit"). Not a yes or a nod (read as such elsewhere), nor anything asked.
 */
export function answersOnItsOwn(text: string): boolean {
  const said = fold(text);
  if (!said || text.includes("?") || said.split(" ").length > 3) return false;
  if (AMOUNT_ALONE.test(said)) return true;
  if (understandYesNo(text) === "no") return true;
  const reading = understandGoodOkBad(text);
  return reading === "good" || reading === "ok" || reading === "bad";
}
