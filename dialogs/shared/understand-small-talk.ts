// Small talk no other reading takes, heard by what it is rather than met with "jag förstår inte": a
// bad day said out of the blue ("mår inte så bra", "not doing great tbh"), a wave or a nod ("👋",
// "👍", "k", "mm"), a "nvm", effort or good news and what follows it ("har börjat träna", "på ica",
// "äntligen", "jag e så nervös"), and what the team is there for (job search, CV, praktik, school,
// SFI, körkort, a kallelse from Arbetsförmedlingen, getting there). Read only when nothing else did.
import { asksSomething, fold, onlySymbols, visible } from "./fold.js";
import { saysScared } from "./clearly-asks.js";
import { readScale } from "./understand-scale.js";
import { ageTold } from "./age-words.js";

// "mår inte så bra", "mår skit", "mår dåligt typ", "har det jobbigt", "im not doing great tbh", "feel like shit".
const FEELS_BAD = [
  /\b(mar|mor|madde|kanner mig)( (typ|assa|ganska|lite|rätt|ratt|inte|int|ej|sa|sjukt|as|skit|jatte|riktigt|verkligen|faktiskt))* (skit|kass|piss|daligt|dalig|inte bra|int bra|ej bra|inte sa bra|int sa bra|inte sa jatte bra|inte alls bra|inget bra|deppig|ledsen|nere|trott och nere|tungt|jobbigt|as)\b/,
  /^(jag |ja )?(har det|har haft det) (skit|kass|tungt|jobbigt|daligt|svart)\b/,
  // "jobbigt med allt", "allt e så tungt", "orkar inte med nåt": everything heavy, said in a few words.
  /^((det|de) (e|ar) |allt (e|ar) |sa |sjukt |bara |typ |as )*(jobbigt|tungt|kampigt|skit|kass|svart) med allt\b|^allt (e|ar|kanns)( typ| bara| sa| sjukt| as)* (jobbigt|tungt|skit|kass|svart|for mycket|meningslost)\b|^(jag )?orkar (inte|int|ej) (med )?(nat|nagot|nagonting|nanting|allt)( alls| langre| mer)?$/,
  /^(jag |ja )?(har|har haft|kanner) (sa |sjukt |mycket |as |san |jatte |typ )?(angest|panik|panikangest)\b|^(angest|panik)( idag| nu)?$/,
  // "i have anxiety", "anxiety", "having panic attacks": the same told in English (it met "I didn't quite get that").
  /^(i |i ve |ive |i m |im )?(have |got |get |having |feel |feeling |am |m )?(so much |such |such bad |bad |really bad |terrible |a lot of |lots of |some |like |so |really |super )?(anxiety|panic attacks?|anxious)( (rn|right now|today|again|af|atm|all the time|tbh|lately))*$/,
  // "ibland känns det som att jag e en dålig mamma", "känner mig värdelös", "jag är så misslyckad": a hard
  // word about oneself, said quietly (at 03:20 it met "Jag är kvar här").
  /\b(kanns|kanns det|kanner jag|kanner mig) (typ |ofta |bara |sa )?(som )?(att )?(jag ar |jag )?(typ |sa |bara |en sa |ju )?(en |ett )?(dalig|daliga|kass|vardelos|vardelost|misslyckad|misslyckat|usel|samst|varldens samsta|vardelosa)( (mamma|pappa|mamma|forelder|kompis|dotter|son|syster|bror|manniska|person|flickvan|pojkvan))?\b|^(jag ar|jag kanner mig) (sa |typ |bara |en sa |ju )?(en |ett )?(vardelos|misslyckad|usel|kass|dalig) (mamma|pappa|forelder|manniska|person)\b|\b(i feel|feels like i m|feel like i m|feel like im|i m such|im such) (a )?(bad|terrible|useless|worthless|failure|awful) ?(mom|mum|dad|parent|person|friend)?\b/,
  /\b(not|n t|nt) (doing |feeling )?(great|good|well|ok|okay|too good|so good)\b|\b(feel|feeling|doing|been) (like )?(shit|crap|awful|terrible|bad|down|low|horrible)\b|\b(im|i m|i am) (not ok|not okay|sad|down|struggling)\b|\bstruggling\b/,
];
// "mår inte dåligt" is no bad day.
const NOT_BAD = /\b(inte|int|ej|not) (sa |so |that |too )?(daligt|dalig|skit|kass|piss|bad|terrible|awful)\b/;
const NOT_ME = /\b(han|hon|hen|dom|de|min (mamma|pappa|kompis|bror|syster)|my (mom|dad|friend|brother|sister)|he|she|they)\s+(mar|mor|is|isnt|feels?)\b/;

// Anxiety or panic named, about oneself ("har ångest", "ångest typ hela tiden", "i have so much anxiety"): heard by its
// name. Not "ingen ångest", "not anxious", a question, or someone else's ("min mamma har ångest").
const ANXIETY = /\b(angest|angesten|angestig|panikangest|panik|panikattack\w*|anxiety|panic attacks?|anxious)\b/;
const NO_ANXIETY = /\b(ingen|inte|int|ej|utan|mindre|no|not|less|without|never)( (nan|nagon|sa|sa mycket|lika mycket|lika|any|so|that|as|much))? (angest|panik|anxiety|anxious|panic)\b/;
const OTHERS_ANXIETY = /\b(han|hon|hen|dom|de|min (mamma|pappa|kompis|bror|syster)|my (mom|mum|dad|friend|brother|sister)|he|she|they)\s+(har|hade|kanner|has|had|gets|feels)\b/;

/** Anxiety or panic told about oneself (feelsBad reads it too, in a few words). */
export function toldAnxiety(text: string): boolean {
  const said = fold(text);
  return ANXIETY.test(said) && !NO_ANXIETY.test(said) && !OTHERS_ANXIETY.test(said) && !text.includes("?");
}

/** A bad day told out of the blue, about oneself. */
export function feelsBad(text: string): boolean {
  const said = fold(text);
  return FEELS_BAD.some((re) => re.test(said)) && !NOT_BAD.test(said) && !NOT_ME.test(said) && !/\b(du|ni|you|u)\b.*\?/.test(text);
}

// "orkar inte svara", "sluta fråga", "orka", "inga fler frågor", "stop asking", "cant be bothered"; "orkar inte, sluta",
// "sluta orkar inte" (a young tester's got "Hur har du sovit?"): "sluta" with them is stop asking, not STOPP.
const STOPS_ASKING =
  /^(men |nej |asså |assa |ah |aa |ok )?(sluta (nu )?)?(orka|orkar (inte|int|ej) (svara|mer|med (det har|detta|fler fragor|fragor|det))|orkar (inte|int|ej)|sluta (fraga|fraga mig|fraga sa mycket|med (fragorna|fragor))|inga (fler |mer )?fragor|jag (vill|orkar) (inte|int) (svara|svara pa (fler|mer|fragor))( mer)?|(stop|quit) asking( me)?( questions)?|no more questions|(cant|can t|cannot) be bothered|(dont|don t) want to answer)( (mer|nu|pls|tack|snalla|now|anymore|lol|idag|sluta|stop|stopp))*$/;

/** Asked to stop a run of questions (a check-in) now. */
export function stopsAsking(text: string): boolean {
  return STOPS_ASKING.test(fold(text));
}

// Why a question is asked, asked back to it: "varför vill du veta de", "varför frågar du det", "vad ska du med det till",
// "why do you wanna know", "why do u ask" (a young tester's "varför vill du veta de" was kept as the answer).
const WHY_ASKED =
  /^((men|okej|ok|hm|hmm|eh|assa|alltsa|asa|och|but|um|uh) )*((varfor|vafor|varfo|why|how come)( (da|de|det|then|tho))?( (vill|ska|behover|maste|undrar|fragar|fraga|wanna|want to|do|does|need to|would|did))?( (du|ni|u|you|tillit|dom|de|they))?( (wanna|want to|need to|have to|vill|behover|maste))?( (veta|fraga|ha|ha reda pa|hora|know|ask|find out|asking|need))?( (det|de|det dar|that|this|it|om det|about that|about it|sant|sana saker|den|den fragan|that question))?|vad ska (du|ni) (med|ha) (det|de|den) till)( (da|lol|tho|then|asa|assa|egentligen|really))*$/;

/** Why a question is asked, asked as the whole message ("varför vill du veta de"; not "vet inte varför"). */
export function asksWhyAsked(text: string): boolean {
  return WHY_ASKED.test(fold(text));
}

// Done for now, mid check-in: "e klar nu", "jag är klar", "klar för idag", "det räcker nu", "im done for now" (a
// young tester's "e klar nu" was taken as what makes the day not lower, and the next question came). "klar" alone
// is too short to tell; and to how the small step went, "klar nu" is its answer (main.dialog.ts).
const DONE_FOR_NOW =
  /^((ok|okej|men|nej|assa|alltsa|ah|aa|asa|sa) )*(((jag|ja|jg) )?(e|ar) (klar|fardig)|klar|fardig|(det )?racker( sa)?|(im|i m|i am) (done|finished)|done|thats it|that s it|thats enough|that s enough)( (nu|for nu|for idag|for i dag|med det|med detta|tack|pls|lol|now|for now|for today|thanks))*$/;

/** Done with a run of questions for now, said alone ("e klar nu"); "klar" with nothing after it is not enough. */
export function doneForNow(text: string): boolean {
  const said = fold(text);
  return DONE_FOR_NOW.test(said) && !/^((ok|okej|men|nej|assa|alltsa|ah|aa|asa|sa) )*(klar|fardig|done)$/.test(said);
}

// A nod: "👍", "k", "ok", "okej", "mm", "aa", "jaha", "👌".
const NOD = /^(k|kk|ok|okej|okey|oki|okay|okok|mm|mmm|mhm|aa|ah|jaha|aha|ja ok|a|ye|yep|yup|yes|sure|fine|alright|bra|nice|najs|fett|coolt|cool|schysst)$/;
const NOD_EMOJI = /^(👍|👌|🙂|😊|✅|🆗|💯|🤝|🫡|👊|👍🏻|👍🏼|👍🏽|👍🏾|👍🏿|\s)+$/u;
/** A nod that asks for nothing. */
export function nods(text: string): boolean {
  const shown = visible(text);
  return NOD_EMOJI.test(shown) || NOD.test(fold(text));
}

/**
 * A so-so face and nothing else ("😐", "🙃", "😶", "🤷"): the scale's own emoji reading, its middle. Sad and
 * glad faces keep their readings elsewhere (a 😭 is not "meh").
 */
export function meh(text: string): boolean {
  if (!onlySymbols(text)) return false;
  const r = readScale(text);
  return r.kind === "emoji" && r.value === 5;
}

/**
 * A sad or worn-out face and nothing else ("😔", "😩", "😵"): how they feel, shown. Not "😭" alone, which is tears from
 * laughter as often as from sadness (faceAlone).
 */
export function lowFace(text: string): boolean {
  if (!onlySymbols(text) || faceAlone(text) !== undefined) return false;
  const r = readScale(text);
  return r.kind === "emoji" && r.value <= 2;
}

// "😭" alone (or "😭😭😭"): tears, from laughter as often as from sadness, so never read as one of them here.
// "💀" ("I'm dead": it was that funny), "😂", "🤣" alone: laughter, almost always; with "😭" too ("😭💀").
const CRYING_FACE = /^(😭|\s)+$/u;
const LAUGHING_FACES = /^(💀|☠|😂|🤣|😭|\u{FE0F}|\s)+$/u;

/** A crying or laughing face and nothing else: "crying" for 😭 alone, "laughing" with 💀, 😂 or 🤣. */
export function faceAlone(text: string): "crying" | "laughing" | undefined {
  const shown = visible(text);
  if (!shown) return undefined;
  if (CRYING_FACE.test(shown)) return "crying";
  return LAUGHING_FACES.test(shown) ? "laughing" : undefined;
}

const WAVE = /^(👋|🙋|🙋‍♀️|🙋‍♂️|✌️|🤙|👋🏻|👋🏼|👋🏽|👋🏾|👋🏿|\s)+$/u;
/** A wave instead of a hello (or, in the middle of a talk, a goodbye: small-talk.ts). */
export function waves(text: string): boolean {
  return WAVE.test(visible(text));
}

// "😴", "🥱", "💤" alone: sleepy, or off to sleep (at 01:12 it met "förstår inte allt").
const SLEEPY = /^(😴|🥱|💤|🛌|\u{FE0F}|\s)+$/u;
/** A sleepy face and nothing else. */
export function sleepyFace(text: string): boolean {
  const shown = visible(text);
  return shown !== "" && SLEEPY.test(shown);
}

const NEVER_MIND = /^(nvm|nevermind|never mind|glom det|glom de|strunta i det|strunt i det|skit i det|skit samma|asch|ah glom det|det var inget|de va inget|inget|inget viktigt|forget it|forget about it|doesnt matter|nothing)( (da|dock|lol|haha|bara|sorry|forlat|nu))*$/;
/** Taking back what one began to say. */
export function nevermind(text: string): boolean {
  return NEVER_MIND.test(fold(text));
}

// Effort and things getting better: "jag gick faktiskt ut", "har börjat träna", "sover bättre", "har det bättre nu".
const EFFORT =
  /\b(gick (faktiskt |typ |ju )?ut|har (faktiskt |typ )?(borjat|kommit igang med) (trana|ga ut|plugga|jogga|springa|ga promenader|promenera|gymma|laga mat|sova battre)|borjat (trana|gymma|jogga|springa|plugga)|sover battre|fick (nagot|nat|mycket) gjort|went (out|for a walk|to the gym)|started (working out|training|going out|running)|sleeping better)\b|^(jag |ja )?(har )?(at|atit) (frukost|lunch|middag|mat|en riktig frukost)( (idag|i dag|ida|i morse|ikvall|faktiskt|typ|med \w+))*$|^(ate|had) (breakfast|lunch|dinner)( (today|this morning|tonight|actually))*$|^(det |de |it )?(va|var|gick|was|went) (ok|okej|okey|bra|fint|najs|nice|skont|fine|good|okay)( (faktiskt|anda|ju|typ|actually|tbh|ngl))*( (faktiskt|anda|actually|tbh|ngl))$/;
// Being there, told: "jag var i skolan en hel dag", "jag va där", "har varit ute o gått idag", "went to
// school today". A step taken to school, a meeting or outdoors is effort, the step-1 outcome the method is
// built for; only the step and when, so that "jag var i skolan och dom…" is left to other readings.
const BEEN_THERE = new RegExp(
  String.raw`^((hej|hallo|tja|tjena|yo|hey|hi|men|och|assa|gissa vad|guess what) )*(jag |i )?(var|har varit|gick|har gatt|kom|tog mig|went|was|made it|have been|ve been)` +
    String.raw` (dit|dar|ut|ute( och (gick|gatt|promenerade|gick en promenad|gick en sva))?|(i|pa|till) (skolan|skola|plugget|lektionen|lektionerna|alla lektioner|motet|mote|jobbet|praktiken|komvux|sfi|gymmet|gym|traningen|intervjun|biblioteket|vardcentralen|tandlakaren|af|arbetsformedlingen)|there|out|outside|(to|at|in) (school|class|the meeting|work|the gym|the interview|the library))` +
    String.raw`( (idag|i dag|ida|igar|en hel dag|hela dagen|alla lektioner|hela veckan|faktiskt|ju|typ|anda|igen|sjalv|i tid|today|all day|the whole day|actually|again|on time|myself))*( (for forsta gangen pa (lange|lang tid|evigheter)|for the first time in (ages|a long time|forever|months)))?$`,
);
// Feeling better, told: glad news when passed on, but how one is, not an effort ("Hur kändes det?" fits
// no "mår bättre"); alone it is the check-in told (main.dialog.ts), or after a crisis, warmth.
const BETTER = /\b(mar battre|mor battre|har det battre|kanner mig battre|feeling better|doing better|feel better)\b|^(men |och |nu |ah |aa )?(det|de|allt|it s|its|things are) (ar|blev|kanns|gar|is|got|are) (lite |mycket |typ |nog |faktiskt |a bit |much |a little )*(battre|better)( (nu|idag|i dag|faktiskt|anda|tack|now|today|actually))*$/;

// Someone else as the one who went out or started ("ok han gick ut nu. lugnt" after a crisis at home): no effort of
// the writer's (it got "Starkt! Hur kändes det?", texter21 #2).
// Only the going out itself: "ringde AF idag, dom var snälla" is the writer's effort, and "dom" in it is no actor (a reviewer).
const OTHERS_ACT = /\b(han|hon|hen|dom|de|pappa|mamma|farsan|morsan|styvpappa|styvmamma|he|she|they|dad|mum|mom|stepdad)( \w+)? (gick|har gatt|went|has gone|har gått) (ut|out)\b/;

/** Effort or things getting better, told. */
export function toldEffort(text: string): boolean {
  const said = fold(text);
  return (EFFORT.test(said) || BEEN_THERE.test(said) || toldSmallStep(text)) && !/\b(inte|int|ej|not|didnt|never|aldrig)\b/.test(said) && !OTHERS_ACT.test(said);
}

/** Effort, or feeling better: glad news when passed on to the team. */
export function toldBetter(text: string): boolean {
  const said = fold(text);
  return toldEffort(text) || toldRelief(text) || (BETTER.test(said) && !/\b(inte|int|ej|not|never|aldrig)\b/.test(said));
}

// A small step, told as done (texter16 #11): an everyday thing that is not everyday for them, a form sent, a
// queue joined, a place gone to alone. "jag har ställt mig i bostadskön nu!!", "gick till affären själv idag",
// "jag lagade mat idag", "skickade mitt cv till ica", "ringde vårdcentralen", "cooked dinner", "went to the shop
// by myself". Said by them of themselves, at the start ("gissa vad", "idag", "jag har faktiskt"), and done: a
// wish, a plan or a question ("ska", "vill", "?") is no step told.
const STEP_OPENING = String.raw`^((gissa vad|guess what|hej|hallo|tja|tjena|yo|hey|hi|men|och|assa|ass|btw|omg|idag|i dag|ida|igar|today|yesterday|nu|sa|so|okej|ok) )*((jag|ja|i|vi|we) )?((har|hade|have|ve|has|had) )?((faktiskt|typ|ju|aven|ocksa|antligen|aentligen|sjalv|precis|nyss|idag|i dag|ida|actually|finally|just|also|today) )*`;
const STEP_DONE = [
  String.raw`(stallt|stallde|stalla) (mig|oss) i (\w+ )?\w*ko(n|er|erna)?`,
  String.raw`(anmalt|anmalde|registrerat|registrerade|skrivit in|skrev in) (mig|oss)\b`,
  String.raw`(sokt|sokte|skickat|skickade|lamnat in|lamnade in|fyllt i|fyllde i|bokat|bokade|ringt|ringde|mejlat|mejlade|mailat|mailade|kollat upp|kollade upp)( in| iva| till| pa| upp)? ((en|ett|min|mitt|mina|tva|tre|fyra|fem|\d+|nagra|nan|nat|typ) )*(jobb\w*|ansokan|ansokningar|ansokningen|cv|cvt|cv t|personligt brev|tid|tiden|blanketten|pappren|papperna|komvux|folkhogskola\w*|gymnasiet|praktik\w*|af|arbetsformedlingen|vardcentralen|vc|kuratorn|kurator|csn|tandlakaren|\w*lagenhet\w*|bostad\w*|\w*kon|sfi|utbildning\w*|kurs\w*|\w*programmet)\b`,
  String.raw`(lagade|lagat|gjorde|gjort|fixade|fixat) (mat|middag|lunch|frukost|egen mat|mat sjalv|nagot att ata|nat att ata)\b`,
  String.raw`(stadade|stadat|diskade|diskat|tvattade|tvattat|duschade|duschat|handlade|handlat|baddade|baddat|dammsog|dammsugit|plockade undan|rensade|tog hand om) ?`,
  String.raw`(gick|gatt|tog) (en )?(promenad|promenix|sva|runda)\b`,
  String.raw`(gick|gatt|akte|akt|tog mig|var|varit|handlade|cyklade|tog bussen|tog tuben|tog pendeln) (till|pa|i|ner till|ut till|in till|ut|in|ner)( \w+){0,3} (sjalv|ensam|utan (mamma|pappa|\w+))\b`,
  String.raw`(cooked|made (dinner|lunch|breakfast|food|a meal)|cleaned|tidied|did (the )?(dishes|laundry|washing|shopping)|showered|took a shower|went (for a walk|shopping|grocery shopping|to the (shop|store|shops|supermarket))|applied (for|to)|sent (off )?(my|a|an) (cv|application|resume)|called (af|the doctor|the clinic|the school)|booked (an|a) (appointment|time)|signed up|registered|joined the (\w+ )?queue|got in the (\w+ )?queue|put my name (down|on))\b`,
];
const SMALL_STEP = new RegExp(`${STEP_OPENING}(${STEP_DONE.join("|")})`);
// A step only hoped for or asked about: "ska ställa mig i kön", "vill laga mat", "kan jag…?".
const NOT_DONE = /\b(ska|skall|vill|borde|maste|kanske|hoppas|tanker|planerar|will|want|wanna|should|gonna|going to|maybe|hope|how|hur|kan jag|can i)\b/;

/** A small step told as done, never one wished for or asked about. */
export function toldSmallStep(text: string): boolean {
  const said = fold(text);
  return SMALL_STEP.test(said) && !NOT_DONE.test(said) && !text.includes("?") && !/\b(inte|int|ej|not|didnt|never|aldrig)\b/.test(said);
}

// Relief told (texter16 #11): things calmer, a good night, a break somewhere safe, help with money for food.
// "det e lite lugnare hemma nu", "fick sova hos mormor i helgen", "fick matkort!!", "sov gott inatt",
// "its calmer at home now", "got to stay at my nan's". Not a wish ("hoppas det blir lugnare") nor a question.
const RELIEF = [
  /\b(lugnare|lattare|skonare|tystare|calmer|easier|quieter)\b/,
  /\bfick (sova|vara|bo|hanga|vila|aka|komma|stanna|sitta) (hos|med|hemma hos|till|over hos)\b/,
  /\bgot to (stay|sleep|be|hang out|spend (the|a) (night|weekend|day)) (at|with)\b/,
  /\b(fick|fatt|har fatt|got) (ett |en |nagra |lite |a |some )?(matkort|matkortet|matkuponger|matkupong|matkasse|matkassar|presentkort|busskort|sl kort|bidrag|bidraget|forsorjningsstod|forsorjningsstodet|pengar till mat|food card|food vouchers|food voucher|food bank|a bus card|benefits)\b/,
  /^((jag|ja|i) )?(sov|har sovit|slept|have slept) (faktiskt |typ |ju |actually )?(bra|gott|okej|ok|hela natten|well|ok|okay|through the night|all night)( (inatt|i natt|natt|idag|last night|tonight|faktiskt|actually|for once|for en gangs skull))*$/,
];
const NOT_RELIEF = /\b(ska|skall|vill|borde|kanske|hoppas|onskar|om|nar blir|will|want|wish|hope|if|maybe|inte|int|ej|not|never|aldrig|ingen|inget)\b/;

/** Relief or a good thing that came, told: never hoped for, asked about, or denied. */
export function toldRelief(text: string): boolean {
  const said = fold(text);
  return RELIEF.some((re) => re.test(said)) && !NOT_RELIEF.test(said) && !text.includes("?");
}

// An interest told, unasked: "gillar att rita", "älskar manga", "i like gaming". What they like is the first
// question of getting to know them (mapping's "Vad tycker du om att göra?"); told freely, it met "förstår inte".
const INTEREST = /^((jag|ja|i|men|och|typ) )*(gillar|alskar|tycker om|diggar|haller pa med|sysslar med|like|love|enjoy|am into|m into|im into|i m into)( (att|to|typ|verkligen|mest|sjukt|really|mostly|kinda))* ([a-z]+( [a-z]+){0,4})$/;
const NOT_AN_INTEREST = /\b(inte|int|ej|not|dont|aldrig|never|hatar|hate)\b|\b(dig|dej|er|det|den|detta|you|u|it|this|that|er)$/;
/** What they like doing, told in a few words (not "gillar inte…", nor "gillar dig"). */
export function toldInterest(text: string): boolean {
  const said = fold(text);
  return !text.includes("?") && INTEREST.test(said) && !NOT_AN_INTEREST.test(said);
}

// Their age told, unasked: "jag e 16", "jag är 17 btw", "im 19".
const AGE_TOLD = /^(jag ar|jag|i m|im|i am) (1[3-9]|2[0-9])( ar| ar gammal| years old| yo| btw| typ| bara| forresten| asa| assa)*$/;
/** Few enough words that the age is what the message tells ("fyllde 18 igår btw", "e 18 nu", "turned 18 yesterday"). */
const AGE_TOLD_WORDS = 6;
/**
 * Their age, told in a few words (13–29): read as the help numbers read it (age-words.ts), so "fyllde 18 igår btw",
 * "turned 18 yesterday" and "e 18 nu" are heard as "jag e 16" is (texter17 #10: during the consent they got the
 * consent's retry, as if nothing was said). Not a question ("e man 18 då?").
 */
export function toldAge(text: string): boolean {
  const said = fold(text);
  if (AGE_TOLD.test(said)) return true;
  return !text.includes("?") && said.split(" ").length <= AGE_TOLD_WORDS && ageTold(text) !== undefined;
}

/** A birthday just passed, in the age told: "fyllde 18 igår", "just turned 18". */
export function toldBirthday(text: string): boolean {
  return toldAge(text) && /\b(fyllde|fyllt|turned)\b/.test(fold(text));
}

// A worry before a step, in the step's own words: "what if i mess it up", "tänk om jag klantar mig", "tänk om det
// går åt skogen" (before an interview, a tester's "what if i mess it up" was met with the line for his sleep).
const WORRY_BEFORE = /\b(what if|what if i|tank om|tank om jag|tank om det|va om|vad om|tanker om) .*\b(mess|screw|fuck|fail|blow|ruin|klantar|klanta|sabbar|sabba|misslyckas|failar|faila|fuckar|fucka|sumpar|gar daligt|gar at skogen|gar at helvete|inte klarar|int klarar|inte fixar|blir fel|tycker (inte|int) om mig|inte gillar mig|dont like me|hate me|say no|sager nej)\b/;

/** A worry before a step: "what if i mess it up", "tänk om jag klantar mig". */
export function worriesBeforeStep(text: string): boolean {
  return WORRY_BEFORE.test(fold(text));
}

// What now, asked right after good news ("vad ska jag göra nu", "vad händer nu", "och nu då", "what do i do now"):
// the next step, which is the team's to talk through (it met "Vad kul, det låter riktigt bra!", texter17 #6). Asked
// in a wait or after a crisis ("o nu då?", "vad händer härnäst", "hur går vi vidare", "wat happens now"), where things
// stand (handed-back.ts answersWhatNow; texter18 #2). Only the question, with small words around it: not "vad händer
// nu med skolan", "vad hände nu i helgen", "och nu är jag trött".
const WHAT_NOW = /^((ok|okej|oki|okey|okay|men|och|asa|assa|aa|ja|so|ok so|okay so|and|but|alright|hmm|eh|um|well|lol) )*(vad (ska|skall|bor|borde) (jag|man|vi) (gora|ta mig till|gora nu|gora sen|gora da|gora harnast)|vad (gor|hander) (jag|man|vi )?(nu|sen|da|harnast)|vad (gor|hander|hanner|sker|blir det|ska handa|kommer (att )?handa) (ni )?(nu|sen|sedan|harnast)|(och|o|men) (nu|sen) (da|then|vad hander)|what (do|should|shall|can) (i|we) do( now| next| then)?|what now|(what|wat|wht|wut) (happens|happends|will happen|is going to happen|s going to happen|s gonna happen) (now|next)|whats (next|gonna happen)|what next|(so )?now what|hur (gor|gar|blir) (jag|man|vi|det) (nu|vidare)|vad blir nasta steg|vad (ar|e) nasta steg|nasta steg)( nu| da| typ| lol| haha| then| now| tho| asa| assa| alltsa| eller| igen)*$/;

// "och sen" / "men nu" alone begin a story as often as they ask: only with a question mark are they the question.
const BARE_WHAT_NOW = /^(och|o|men|and) (nu|sen)$/;

/** What now, asked in a few words: "vad ska jag göra nu", "vad händer nu", "what do i do now", "och nu?". */
export function asksWhatNow(text: string): boolean {
  const said = fold(text);
  return WHAT_NOW.test(said) || (text.includes("?") && BARE_WHAT_NOW.test(said));
}

/** Nerves told: "jag e så nervös", "känner mig nervös", "im so nervous", "what if i mess it up", a "😬" or "😰". */
export function nervous(text: string): boolean {
  const said = fold(text);
  return /😬|😰|😟/u.test(text) || /\b(nervos|nervosa|pirrigt|pirrig|nojig|nervous|anxious about|scared about)\b/.test(said) || WORRY_BEFORE.test(said);
}

// Oneself, or one's own people and places, named: what a statement about one's situation speaks of.
const OWN = /\b(jag|mig|min|mitt|mina|vi|oss|im|i m|me|my|we|our|us|bebisen|bebis|barnet|barnen|bebben|dottern|sonen|mamma|pappa|morsan|farsan|syster|systern|bror|brorsan|familjen|handlaggare|handlaggaren|soc|socialsekreterare|skolan|jobbet|kuratorn|kurator|lakaren|boendet|familjehemmet|baby|kid|kids|mom|mum|dad|school|job)\b/;

/**
 * Something told about one's own situation, in a sentence that no reading takes: "jag går typ inte till skolan sen
 * oktober", "bebisen har feber så vet ej", "min soc handläggare sa att jag borde" (each met "Jag är en digital
 * assistent och förstår inte allt"). Not a question, not a word or two.
 */
export function toldOwnSituation(text: string): boolean {
  const said = fold(text);
  // "jag dör av skratt", "lol jag e så dum": a laugh, not something told about one's life.
  return said.split(" ").length >= 3 && !text.includes("?") && !asksSomething(text, said) && (OWN.test(said) || /^i /.test(said)) && !/\b(skratt|skrattar|haha\w*|lol|lmao|xd)\b/.test(said);
}

/** "honestly vet inte varför jag e här lol", "idk why im here": not knowing yet what Tillit is for them. */
export function unsureWhyHere(text: string): boolean {
  return /\bvet (inte|int|ej) (riktigt |ens |typ )?(varfor (jag|ja) (ar|e)( typ| ens)? har|vad (jag|ja) (gor|ska gora|ar|e)( typ| ens)? har)\b|\b(dont|don t|do not) (really )?know (why|what) (i m|im|i am) (doing )?(here|doing here)\b|\bidk (why|what) (i m|im) (doing )?here\b/.test(fold(text));
}

/** Fear told, short: "jag vågar inte", "är rädd", "im scared" (not "inte rädd": saysScared reads the fear). */
export function afraid(text: string): boolean {
  return /\bvagar (inte|int|ej)\b/.test(fold(text)) || saysScared(text);
}

// What the team is there for: work, school, SFI, CV, praktik, körkort, an AF kallelse, getting there.
const PROGRAM = [
  /\b(soka|hitta|skaffa|fa|search|find|get|looking for|look for|apply for|soker)( (ett|en|a))? (jobb|jobbet|arbete|praktik|praktikplats|sommarjobb|extrajobb|job|jobs|work|internship)\b/,
  /\b(hjalp|hjalpa|help)\b.*\b(jobb|arbete|praktik|cv|skola|skolan|plugga|studier|komvux|sfi|korkort|job|work|school|studies)\b/,
  // Help with applying for support ("behöver hjälp med försörjningsstöd"): the team helps find the way to it.
  /\b(hjalp|hjalpa|help)\b.*\b(forsorjningsstod\w*|ekonomiskt bistand|socialbidrag\w*|aktivitetsstod\w*|bostadsbidrag\w*|a kassa\w*|akassa\w*|csn|social assistance|benefits|welfare)\b/,
  /^(ett |mitt |my |a )?(cv|cvt|cv t|personligt brev|ansokan|praktik|komvux|sfi|folkhogskola|gymnasiet|korkort|korkortet|jobb|resume|internship)( (da|typ|eller|or|pls|tack|\?))*$/,
  /\b(skriva|gora|fixa|write|make)( (ett|mitt|en|my|a))? (cv|personligt brev|cover letter|resume)\b/,
  /\b(lara mig|lara|plugga|lasa|learn|study)( mig)? (svenska|swedish|engelska|matte)\b|\bsfi\b|\bkomvux\b|\bfolkhogskola\w*/,
  /\b(gar|gick|kommer) (inte|int|ej) (i|till) skol\w*|\bhoppat av (skolan|gymnasiet|plugget)|\b(ingen|inte nagon) skola\b|\b(not in|dropped out of|quit) school\b/,
  /\b(ta|fa|ta mitt|borja ovningskora|ovningskora|get my|get a) (korkort|korkortet|driving licen[cs]e|license)\b/,
  /\bkallelse\w*\b|\bkallad (till|pa)\b/,
  /\b(inga|ingen|finns inga|finns ingen|gar inga|gar ingen|no) (bussar|buss|busslinje|kollektivtrafik|tag|transport|bus|buses)\b|\b(tar mig|komma) (inte )?(dit|fram|dit ut)\b.*\b(buss|bil|tag|langt)\b|\b(kan|kommer) (inte|int) ta mig (dit|till)\b/,
];

// Help with housing asked for ("kommer ni kunna hjälpa mig hitta boende?", "can you help me find a place to live"):
// what the team can do, and that nobody can promise a place (fix22a: it was answered as a privacy question).
// Help asked for finding or getting a place ("kommer ni kunna hjälpa mig hitta boende?"), not help and a flat in one
// message ("kan ni hjälpa mig med cv, jag bor i lägenhet med mamma", "help i feel so flat": a reviewer).
const HOUSING_HELP =
  /\b(hjalp|hjalpa|help)\b( \w+){0,4} (hitta|fa|skaffa|soka|ordna|med|find|get|finding|getting|with)( (en|ett|nytt|ny|eget|egen|a|an|my own|a new))? (boende|bostad\w*|lagenhet\w*|lya|(nagonstans|nanstans|nastans|stalle|plats) att bo|housing|place to (live|stay)|somewhere to (live|stay)|apartment|flat)\b/;

/** What the team helps with (work, school, SFI, CV, körkort, an AF kallelse, getting there, housing), told or asked. */
export function aboutProgram(text: string): "kallelse" | "appointment" | "topic" | "housing" | undefined {
  const said = fold(text);
  if (HOUSING_HELP.test(said)) return "housing";
  if (!PROGRAM.some((re) => re.test(said))) return toldAppointment(text) ? "appointment" : undefined;
  return /\bkallelse\w*\b|\bkallad\b/.test(said) ? "kallelse" : "topic";
}

// A step wished for, told: "jag vill gå skola igen", "vill börja plugga", "i want to go back to school",
// "want to start working again". Hope worth a warm word, not "vill" of anything ("vill inte gå till skolan").
const WISH = /\b(vill|villl|skulle vilja|want to|wanna|would like to|i d like to)( (typ|nog|faktiskt|verkligen|asa|assa|kanske|fortfarande|garna|still|really|actually|kinda))* ((ha|fa|hitta|skaffa) (ett |en )?(jobb|arbete|praktik|praktikplats|utbildning|sommarjobb|extrajobb)|ga (i |pa |till )?(skola|skolan|gymnasiet|gymnasium|komvux|sfi|folkhogskola)|borja (i |pa )?(skola|skolan|gymnasiet|plugga|studera|jobba|komvux|sfi)|plugga|studera|jobba|borja jobba|soka jobb|go back to (school|college|work)|start (school|studying|working|work)|study|get a job|work again)( igen| again)?\b/;

/** A step toward school or work wished for: "jag vill gå skola igen", "i want to go back to school" (not "vill inte …"). */
export function wishesToStart(text: string): boolean {
  const said = fold(text);
  return WISH.test(said) && !/\b(vill|want to|wanna) (inte|int|ej|not|never|aldrig)\b|\b(dont|don t|do not) (want|wanna)\b/.test(said);
}

// "måste jag gå?", "måste jag gå på mötet på af?", "e jag tvungen att komma dit", "do i have to go to the
// meeting at the job centre": whether a meeting must be gone to, nothing else after it ("måste jag gå och
// lägga mig" is no meeting). An obligation Tillit cannot decide; never "can AF read this" (understand-free.ts).
const EMPLOYMENT_PLACE = String.raw`(af|afs|arbetsformedlingen|arbetsformedling|arbis|the job cent(re|er)|job cent(re|er)|the employment (service|office)|employment (service|office))`;
const MUST_GO = new RegExp(
  String.raw`^((men|assa|ok|okej|och|sa|but|so|wait|vanta) )*` +
    String.raw`(maste|behover|maste man|ar jag tvungen att|e jag tvungen att|ar jag tvungen a|e ja tvungen att|do i have to|do i need to|do i really have to|must i|have i got to|is it mandatory to)( (jag|ja|man|verkligen|ens))*` +
    String.raw` (ga|komma|infinna mig|ga dit|komma dit|dit|folja|go|attend|show up|go there|come)` +
    String.raw`( (pa|till|to|at|hos|med|with)( (det|den|dit|motet|mote|traffen|kallelsen|it|that|the|a|meeting|appointment|${EMPLOYMENT_PLACE}))+)*` +
    String.raw`( (da|ens|verkligen|eller|or|lol|typ|really|tho|though|nu|now))*$`,
);

// An appointment told, not asked about, as a letter is summed up: "fick brev från af om ett möte den 12e kl 10",
// "arbetsförmedlingen säger jag måste komma möte", "got a letter from arbetsförmedlingen about a meeting", "de
// skriver att jag ska komma på möte annars kan ersättningen påverkas". Four different "I don't understand"
// lines met such a letter, line by line, before "måste jag gå?".
const APPOINTMENT_WORD = String.raw`(brev|brevet|mote|motet|moten|mott|traff|traffen|(en|ny|min|nan) tid|inbjudan|kallelse\w*|letter|meeting|appointment)`;
const APPOINTMENT_TOLD = [
  new RegExp(String.raw`\b${EMPLOYMENT_PLACE}\b.*\b(${APPOINTMENT_WORD}|(ska|maste|behover|should|must|have to|has to) (komma|ga|infinna mig|dyka upp|come|go|attend|show up))\b`),
  new RegExp(String.raw`\b(brev|brevet|letter|mejl|mail|sms)\b.*\b(fran|from|av) ${EMPLOYMENT_PLACE}\b`),
  new RegExp(String.raw`\b${APPOINTMENT_WORD} (hos|pa|med|at|with) ${EMPLOYMENT_PLACE}\b`),
  /\b(brev|brevet|letter)\b.*\b(mote|motet|traff|traffen|meeting|appointment)\b/,
  /\b(mote|motet|traff|traffen|meeting|appointment)\b.*\b(ersattning\w*|aktivitetsstod\w*|a kassa\w*|akassa\w*|benefits?|payments?|allowance)\b/,
  /\b(ersattning\w*|aktivitetsstod\w*|benefits?|allowance)\b.*\b(paverka\w*|dras in|drar in|stoppas|forsvinner|affected|stopped|cut|lose)\b/,
];
// What more an appointment letter says, right after one was told: the day and time ("det är på tisdag kl 10").
const APPOINTMENT_WHEN = /\b(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|imorn|nasta vecka|kl|klockan|den \d{1,2}\w*|\d{1,2} ?(e|te|a)|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|at \d{1,2})\b/;

/** An appointment (with the employment service, or one that their money hangs on) told, not asked about. */
export function toldAppointment(text: string): boolean {
  const said = fold(text);
  return !text.includes("?") && !asksMustGo(text) && APPOINTMENT_TOLD.some((re) => re.test(said));
}

/** More about an appointment just told: what it says, or when it is. */
export function toldMoreOfAppointment(text: string): boolean {
  return !text.includes("?") && !asksMustGo(text) && (toldAppointment(text) || /\bkallelse\w*\b/.test(fold(text)) || APPOINTMENT_WHEN.test(fold(text)));
}

/** Whether a meeting must be gone to: "af" when the employment service is named, "any" when not. */
export function asksMustGo(text: string): "af" | "any" | undefined {
  const said = fold(text);
  if (!MUST_GO.test(said)) return undefined;
  return new RegExp(String.raw`\b${EMPLOYMENT_PLACE}\b`).test(said) ? "af" : "any";
}

// Another language asked for, or Swedish not understood: "arabiska?", "kan du arabiska", "somali pls",
// "jag inte forsta bra svenska", "min svenska är dålig". Tillit writes Swedish and English only.
const OTHER_LANGUAGE = String.raw`(arabiska|arabic|arabi|somaliska|somali|tigrinja|tigrinya|dari|persiska|farsi|persian|kurdiska|kurdish|sorani|turkiska|turkish|ukrainska|ukrainian|ryska|russian|polska|polish|spanska|spanish|franska|french|tyska|german|bosniska|bosnian|albanska|albanian|pashto|amhariska|amharic|thai|vietnamesiska|annat sprak|another language|other language|mitt sprak|my language)`;
const ASKS_OTHER_LANGUAGE = [
  new RegExp(String.raw`^((pa|in|pratar|prata|skriv|skriva|kan|kan du|kan ni|finns|finns det|har ni|do you|can you|can u|speak|write|du|ni|you|u|speak|talk) )*${OTHER_LANGUAGE}( (pls|please|tack|snalla|finns|ok|istallet|instead))*$`),
  /\b(inte|int|ej|dalig|daligt|lite|not|no|bad|little) (forsta|forstar|fattar|kan|prata|pratar)?( (bra|sa bra|mycket))? (svenska|swedish)\b|\b(min|my) (svenska|swedish) (ar|e|is) (dalig|inte bra|bad|not good)\b|\b(forsta|forstar|fattar|understand|speak) (inte|int|ej|not|no) (bra |good |much )?(svenska|swedish)\b/,
];

// "I prefer Ukrainian, is possible?", "helst arabiska om det går": another language preferred, in any order.
const PREFERS_OTHER = new RegExp(String.raw`\b(prefer|rather|would like|want|wanna|helst|hellre|foredrar|vill ha|vill skriva|vill prata)\b.*\b${OTHER_LANGUAGE}\b|\b${OTHER_LANGUAGE} (is|ar|e) (possible|ok|okay|mojligt|mojlig)\b|\bcan (we|you|u|i) (speak|write|talk|text) (in )?${OTHER_LANGUAGE}\b`);

/** Another language than Swedish and English asked for, or Swedish said not understood. */
export function asksOtherLanguage(text: string): boolean {
  const said = fold(text);
  return ASKS_OTHER_LANGUAGE.some((re) => re.test(said)) || PREFERS_OTHER.test(said);
}

// Swedish hard to follow, said in the words of someone learning it: "jag inte förstå", "kan du skriva
// enkel", "Jag prata lite svenska", "förstår inte så mycket svenska", "simple swedish pls". Answered with
// simpler Swedish or English offered (not "förstår inte allt", nor the question again unanswered).
const ASKS_SIMPLER = [
  /^(jag|ja|jg)? ?(inte|int|ej) (forsta|forstar|fatta|fattar)( (du|dig|dej|vad du skriver|vad du sager|det|allt|mycket|sa mycket|svenska))?( (sorry|forlat|tyvarr|pls|snalla))*$/,
  /\b(skriv|skriva|skriver|prata|pratar|forklara|sag|saga|write|talk|explain|say)( (du|ni|mer|lite))? (enkel|enkelt|enklare|latt|lattare|langsamt|langsammare|simple|simpler|easier|easy)( (svenska|ord|swedish|words))?\b/,
  /\b(enkel|enklare|latt|lattare|simple|simpler|easy) (svenska|swedish)\b/,
  /^(jag|ja|jg|i) (prata|pratar|kan|talar|snacka|forsta|forstar|speak|understand|know) (bara )?(lite|lite grann|inte sa mycket|inte mycket|lite bara|only a little|a little|little|some) (svenska|swedish)\b/,
  /^(jag|ja|jg) (ar|e) ny (i sverige|pa svenska)\b|^(jag|ja|jg) (laser|lar mig|lara) (svenska|sfi)\b(?!.*\b(var|hur|vad|where|how)\b)/,
];

/** Swedish hard to follow: simpler words or English wished for (not another language named). */
export function asksSimpler(text: string): boolean {
  const said = fold(text);
  return ASKS_SIMPLER.some((re) => re.test(said)) && !asksOtherLanguage(text);
}

// Asked of Tillit how it is: "hur mår du", "hur e läget med dig", "how are you", "hbu". Not "hur mår du
// när…" about the person, nor the check-in ("hur mår jag").
const HOW_ARE_YOU =
  /^((hej|hejsan|tja|tjena|hey|hi|hello|yo|ok|okej|men|och|sa|so|and|but) )*(hur (mar|mor|ar|e) (du|ni)( (sjalv|da|idag|nu|bot|tillit))*|hur (ar|e) (det|de|laget|lage) med (dig|dej|er)( (sjalv|da|idag))*|hur har du (det|haft det)( (idag|da))*|och du|o du|sjalv da|how (are|r) (you|u|ya)( (doing|today|tillit|bot))*|how you doing|hows it going with (you|u)|how about you|hbu|wbu|and you|u good)$/;
/** How Tillit is, asked of it. */
export function asksHowTillitIs(text: string): boolean {
  return HOW_ARE_YOU.test(fold(text));
}

// Tillit's name asked: "vad e ditt namn", "vad heter du", "har du ett namn", "whats your name".
const YOUR_NAME =
  /^((hej|tja|ok|okej|men|och|sa|so|and|but|btw) )*(vad|va|what|whats|what s|what is)( (e|ar|is))? (ditt|ditt namn|your|ur|yo) ?(namn|name)?( (da|then|lol|btw|bot))*$|^((hej|tja|ok|okej|men|och|sa|so|and|but|btw) )*(vad|va) heter (du|ni|boten|botten|den har boten)( (da|egentligen|lol))*$|^(har du|do you have|have you got) (ett |a )?(namn|name)( (da|lol))*$|^(vad|va) (ska|kan) jag kalla (dig|dej)$|^what (should|can|do) i call (you|u)$/;
/** Tillit's own name, asked. */
export function asksTillitName(text: string): boolean {
  return YOUR_NAME.test(fold(text)) && !/\b(namn|name)\b.*\b(mitt|min|my)\b/.test(fold(text));
}

// A light word about Tillit itself: "haha du e rolig för en robot", "du är ju rolig lol", "bästa boten", "lol ur funny for
// a bot" (tester22 full06: it met "förstår inte allt"). The whole message, laughter around it; never said with "inte".
const LAUGH = String.raw`(haha\w*|hah|hehe\w*|lol|lmao|xd|asa|assa|alltsa|typ|men|ah|aa|ok|okej|omg|wow|ngl|tbh)`;
const KIND_WORD = String.raw`(rolig|kul|skon|sot|gullig|go|bast|najs|smart|fin|trevlig|snall|funny|hilarious|cute|sweet|the best|nice|cool|lovely|kind)`;
const LIGHT_ABOUT_TILLIT = new RegExp(
  String.raw`^(${LAUGH} )*((du|ni|you|tillit) (ar|is|are|re) |(youre|ur|u r|your) )((ju|sa|typ|faktiskt|anda|anda lite|lite|rakt|really|so|kinda|pretty|actually|quite|lowkey) )*${KIND_WORD}` +
    String.raw`( (for en|for att vara en|for a|for being a|for an) (robot|bot|ai|dator|program|maskin|machine|computer))?( (${LAUGH}|anda|tho|though|faktiskt|ju|da))*$` +
    String.raw`|^(${LAUGH} )*(basta|bast|bra|smart|rolig|roligaste|sot|gullig|najs|best|good|funny|funniest|cute|nice|smart) (bot|boten|robot|roboten|ai|program|programmet)( (${LAUGH}|ever|nagonsin|i varlden))*$`,
);
/** A light, kind word about Tillit itself, said alone ("haha du e rolig för en robot"). */
export function lightAboutTillit(text: string): boolean {
  return LIGHT_ABOUT_TILLIT.test(fold(text));
}

// "?" alone, "va?", "hur menar du": what Tillit just said was not clear (read on the text as shown: folding drops "?").
const WHAT_MEANT = /^(\?+|(va|vad|vadå|hä|hää|ha|huh|what|hm+|eh+)\s*\?+|(hur|vad|va) menar du\s*\?*|what do (you|u) mean\s*\?*|wdym\s*\?*)$/;
/** What Tillit just said asked about, in a mark or a word ("?", "va?"). */
export function asksWhatMeant(text: string): boolean {
  return WHAT_MEANT.test(visible(text).toLowerCase().replace(/[？]/g, "?").replace(/\s+/g, " "));
}

// What Tillit likes, asked of it as of anyone: "typ vad gillar du", "vad gillar du att göra", "har du några intressen",
// "gillar du musik?", "what do you like", "what do u like doing", "do you have hobbies" (each met "förstår inte allt").
const ASKS_WHAT_IT_LIKES = new RegExp(
  String.raw`^((hej|tja|ok|okej|men|och|sa|so|and|but|btw|typ|asså|assa|alltsa|lol|haha|du|u|you|then|da|nu|well) )*(` +
    String.raw`(vad|va) (gillar|alskar|digger) (du|ni|du sjalv|boten)( (att gora|att hitta pa|a gora|da|sjalv|typ|mest|egentligen|for nat|for nagot|pa fritiden|lol|haha))*` +
    String.raw`|(vad|va) tycker (du|ni) om (att gora|att hitta pa|a gora)( (da|sjalv|typ|mest|egentligen|pa fritiden|lol|haha))*` +
    String.raw`|(har du|do you have|do u have|got)( (nagra|nagot|ett|nan|any|a))? (intressen|intresse|hobbies|hobby|fritidsintressen)( (da|then|lol))*` +
    String.raw`|(vad|va) har du for (intressen|hobbies|hobby|intresse)( (da|lol))*` +
    String.raw`|(gillar|alskar|tycker) (du|u) (om )?[a-z]+( [a-z]+)?( (da|then|lol|ocksa|too))*` +
    String.raw`|what (do|d) (you|u|ya) (like|love|enjoy)( (to do|doing|then|tho|lol|for fun|yourself))*` +
    String.raw`|what (are|r) (your|ur) (hobbies|interests|hobby)( (then|lol))*` +
    String.raw`|what do (you|u) do for fun( (then|lol))*` +
    String.raw`|(do|d) (you|u) (like|love|enjoy) [a-z]+( [a-z]+)?( (then|too|lol))*` +
    String.raw`|(whats|what s|what is|vad ar|va e|vad e) (your|ur|din|ditt) (favorite|favourite|fav|favo|favoritgrej|favoritsak)( [a-z]+)?` +
    String.raw`)$`,
);
/** What Tillit likes doing, asked (never about the person: "vad gillar jag", "gillar du mig?" is something else). */
export function asksWhatTillitLikes(text: string): boolean {
  const said = fold(text).replace(/\?/g, "").trim();
  return ASKS_WHAT_IT_LIKES.test(said) && !/\b(mig|mej|me|jag|oss|us|it|det|den|detta|this|that|att prata|talking)$/.test(said);
}

// Not up to writing now (texter18 #17): "orkar inte skriva nu", "pallar inte skriva just nu", "cant be bothered to text
// rn", "too tired to write now". A not-now, accepted warmly (it met "förstår inte allt"). Whole short messages only.
const NOT_NOW_WRITING = [
  /^((assa|alltsa|sorry|forlat|ah|nah|nej|men|typ|ok|okej|hmm|ugh|orka) )*((jag|ja|i) )?(orkar|orka|pallar|palla|hinner|kan|vill) (inte|int|ej|inge) (skriva|prata|snacka|svara|chatta|texta|smsa)( (mer|sa mycket|nu|just nu|idag|ikvall|typ|assa|rn|sorry|lol|haha|heller|nat mer))*$/,
  /^((sorry|ugh|nah|tbh|ok|man) )*((i|im|i m) )?(cant|can t|cannot|dont|don t|do not) (be bothered|have the energy|feel like) (to )?(text|texting|write|writing|talk|talking|chat|chatting|reply|replying)( (rn|now|right now|today|tonight|sorry|tbh|lol|anymore|more))*$/,
  /^((sorry|ugh|nah|tbh|ok|man) )*((i m|im|i am) )?(too|to|so) (tired|exhausted|drained|done) (to )?(text|write|talk|chat|reply)( (rn|now|right now|today|tonight|sorry|tbh|lol|anymore|more))*$/,
];
/** Not up to writing now, said: accepted, the door left open. */
export function notUpToWriting(text: string): boolean {
  const said = fold(text);
  return NOT_NOW_WRITING.some((re) => re.test(said));
}

// Sorry for the day or hour they write (texter18 #17): "förlåt att jag skriver söndag", "sorry att jag skriver så sent",
// "ursäkta att jag skriver mitt i natten", "sorry for texting on a sunday". They may write any time (it met "Okej, tack
// för att du säger det").
const WHEN_WRITTEN = String.raw`(sa |so |this |en |pa en |on a |a |at |mitt i |in the middle of the |i |pa |pa |en |the )*(sent|late|tidigt|early|sondag|sondagen|lordag|lordagen|helg|helgen|kvall|kvallen|ikvall|natt|natten|inatt|nu|sondagskvall|fredagskvall|lordagskvall|sunday|saturday|weekend|evening|night|middle of the night|now|this late|so late|this early|at night)`;
const SORRY_FOR_WHEN = new RegExp(
  String.raw`^((hej|hejsan|tja|hey|hi|hello) )*(forlat|forlat mig|sorry|sorri|sry|soz|ursakta|ursakta mig|my bad)( (att|for att|for|that|to|om))?( (jag|ja|i))? (skriver|skriva|skrev|stor|writing|texting|messaging|text|write|bother you|bothering you|bugging you)( (er|dig|dej|you|u))?( ${WHEN_WRITTEN})+( (igen|again|lol|typ|haha|asså|assa))*$`,
);
/** Sorry for writing on a Sunday, late, at night: they may write any time. */
export function sorryForWhenWritten(text: string): boolean {
  return SORRY_FOR_WHEN.test(fold(text));
}

// A dull day, said: "tråkigt idag", "har så tråkigt", "e uttråkad", "so bored", "boring day".
const BORED =
  /^((assa|ah|aa|ugh|ba|bara|typ|men|so|lol|man) )*((jag |ja |i )?(har|e|ar|am|m|im|i m)? ?(sa |sjukt |as |typ |so |really |super |mega )?(trakigt|trakig|uttrakad|uttrakat|trist|bored|boring)|(en )?(trakig|trist|boring) (dag|day|kvall|evening)|(det ar|det e|de e|its|it s) (sa |so |sjukt )?(trakigt|trist|boring))( (idag|nu|hemma|today|rn|right now|lol|asf|af|as|typ|haha))*$/;
/** A dull day told, nothing more. */
export function saysBored(text: string): boolean {
  return BORED.test(fold(text));
}

// Boredom said in a longer sentence ("its just sooo boring och alla e fake", "allt e så jävla tråkigt"), not
// denied ("inte tråkigt", "not boring") nor about something else that is ("tråkigt att höra").
const BORED_WORD = /\b(tra+ki+gt?|uttrakad|uttrakat|trist|bo+red|bo+ri+ng|bo+o+ring)\b/;
const NOT_BORED = /\b(inte|int|ej|aldrig|not|never|isnt|isn t|wasnt|wasn t|nt)( (sa|so|sarskilt|that|very|alls))? (tra+ki+gt?|trist|bo+red|bo+ri+ng)\b|\btrakigt (att|med att) (hora|hora det|hora att)\b/;
/** Boredom told, alone or with a little more ("och alla e fake"): a dull stretch, not exhaustion. */
export function feelsBored(text: string): boolean {
  const said = fold(text);
  return saysBored(text) || (BORED_WORD.test(said) && !NOT_BORED.test(said) && said.split(" ").length <= 14);
}

// Homesick: "saknar hemma", "jag saknar mitt land", "längtar hem", "I miss home", "homesick". Not missing a
// person ("saknar min pappa" may be a loss, not homesickness).
const MISSES_HOME =
  /\b(saknar|saknade|miss|missing)( (sa|so|sjukt|verkligen|really|typ))? (hemma|hem|mitt hem|mitt land|mitt hemland|hemlandet|min stad hemma|mina kompisar hemma|home|my home|my country|my home country|my hometown|my friends back home|everyone back home)\b|\b(langtar|langta) hem\b|\bhemlangtan\b|\bhomesick\b/;
/** Missing home told. */
export function missesHome(text: string): boolean {
  const said = fold(text);
  return MISSES_HOME.test(said) && !/\b(inte|int|ej|not|dont|don t|never)\b/.test(said);
}

// How one is, said in a word or two, as an answer to Tillit's own "Hur är det med dig?".
const FINE = /^((jo|ja|aa|men|assa|well|yeah|yh) )?(bra|fint|bra tack|ganska bra|ratt bra|helt ok|helt okej|okej|ok|inte daligt|de e bra|det e bra|det ar bra|allt bra|good|fine|great|ok|okay|not bad|pretty good|all good|good thanks|fine thanks|im good|im fine|i m good|i m fine)( (tack|thanks|thx|du|you|u|haha|lol))*$/;
const NOT_GOOD = /^((assa|men|well|honestly|ah|aa) )?(daligt|skit|kass|inte (sa |sa jatte )?bra|inte sa kul|sadar|sisadar|not (so |too )?(good|great)|bad|shit|meh|not great|could be better|tungt|jobbigt)( (tbh|ass|typ|idag|today|haha|lol))*$/;
/** "bra", "good thanks": fine, said back. */
export function saysFine(text: string): boolean {
  return FINE.test(fold(text));
}
/** "dåligt", "not great": not fine, said back. */
export function saysNotGood(text: string): boolean {
  return NOT_GOOD.test(fold(text));
}

// A first in a long time: "har varit ute o gått idag för första gången på länge", "first time in ages".
const FIRST_IN_LONG = /\b(forsta gangen pa (lange|lang tid|flera (veckor|manader|ar)|manader|veckor|ar)|first time in (ages|a while|a long time|months|weeks|years))\b/;

/** A step taken for the first time in a long while: effort, met with warmth (a tester's first walk in months got "Jag är kvar här"). */
export function firstInALongTime(text: string): boolean {
  return FIRST_IN_LONG.test(fold(text)) && !/\b(inte|int|ej|not|never|aldrig)\b/.test(fold(text));
}

// The day after a heavy night: sorry for it ("sorry för igår natt", "förlåt för det jag skrev inatt", "sorry
// om jag skrämde er", "sorry about last night"), and it is better now ("det e bättre nu", "im ok now"). An
// apology word first, then the night, yesterday, or what was written or how it worried someone.
const SORRY_START = /^((hej|hey|hi|tja|assa|och|men|ah|aa|ok|okej) )*(forlat|forlat mig|forlata|sorry|sorri|sry|soz|ursakta|ursakta mig|my bad|mb|jag ber om ursakt|im sorry|i m sorry|so sorry)\b/;
const THE_NIGHT = /\b(inatt|i natt|inna?tt|igar ?natt|i gar natt|igar ?kvall|i gar kvall|ikvall|natten|igar|i gar|forrgar|last ?night|last ?nite|yesterday|tonight|the other night)\b/;
const WHAT_WAS_WRITTEN = /\b(det|de|allt|dom|det dar|grejerna) (jag|ja) (skrev|sa|skrivit|sagt)\b|\b(jag|ja) (skrev|skrivit) (sa |sa mycket |sant |konstigt|sa konstigt|sant dar|massa)|\b(skramde|skramt|skrammde|oroade|orolig|oroa|spammade|spammat|tjatade|var (sa )?(deppig|jobbig|konstig|ledsen|knas))\b|\b(scared|worried|freaked) (you|u|ya|y all|everyone)\b|\b(all (the|those|my) (texts|messages|msgs)|what i (said|wrote|texted)|the texts|being (weird|dramatic|a mess|so much)|was (weird|dramatic|a mess))\b/;
const BETTER_NOW = /\b(battre|better|lugnare|calmer)\b|\b(okej|ok|okey|okay|lugnt|bra|fine|good|alright|oki)( (nu|idag|i dag|igen|now|today|again))+\b/;
const NOT_BETTER = /\b(inte|int|ej|not|never|aldrig|no|nt|samre|worse)\b/;

/**
 * "sorry för igår natt", "det e bättre nu", or both in one ("sorry för inatt, mår bättre nu"): said the day
 * after a heavy night. A question is no such message, nor "inte bättre".
 */
export function dayAfter(text: string): "sorry" | "better" | "both" | undefined {
  if (text.includes("?")) return undefined;
  const said = fold(text);
  if (said.split(" ").length > 16) return undefined;
  const sorry = SORRY_START.test(said) && (THE_NIGHT.test(said) || WHAT_WAS_WRITTEN.test(said));
  // Feeling better, not effort ("har varit ute idag" is glad news of its own, small-talk.ts).
  const better = !NOT_BETTER.test(said) && (BETTER.test(said) || (BETTER_NOW.test(said) && (sorry || said.split(" ").length <= 7)));
  return sorry && better ? "both" : sorry ? "sorry" : better ? "better" : undefined;
}

// Never had a job, told ("har inte jobbat förut", "aldrig haft ett jobb", "never worked before", "its my first job"),
// often right after a first job's news and nerves: no drawback, everyone starts somewhere (texter18 #17: it met
// "förstår inte allt" between two good replies). Not a question ("har du jobbat förut?").
const NEVER_WORKED = /^((men|och|asa|assa|alltsa|typ|ja|jag|ja har|i|but|and|like|tbh|lol) )*((jag |ja )?(har )?(inte|int|aldrig|never|not) (jobbat|arbetat|haft (ett |nat |nagot |nan )?(riktigt )?jobb|worked|had a job)( (forut|innan|nagonsin|nan gang|before|ever|typ|lol|asa|alls))*|(det e|det ar|its|it s|this is|my)( mitt| my)? (forsta|first) (jobb|job)( (typ|lol|asa|ever))*)$/;

export function toldNeverWorked(text: string): boolean {
  return !text.includes("?") && NEVER_WORKED.test(fold(text));
}

// Whether something counts, asked back to a check-in's question: "chips räknas?", "nudlar räknas väl?", "does pizza
// count?" (a young tester's "chips räknas?" was skipped past to the next question). The thing asked about, as written.
const COUNTS_AFTER = /^(?:(?:men|typ|asså|assa|ok|okej|eh|hmm|haha|lol|but|like|so|does|do)\s+)*(\p{L}[\p{L}\s'-]{0,30}?)\s+(?:räknas|raknas|räknas det|raknas det|counts|count)(?:\s+(?:väl|val|ju|typ|lol|haha|då|da|or|too|also|också|ocksa))*\s*\?+\s*$/iu;
const COUNTS_BEFORE = /^(?:does|do|räknas|raknas)\s+(\p{L}[\p{L}\s'-]{0,30}?)(?:\s+(?:count|counts))?(?:\s+(?:too|also|också|ocksa|lol|haha))*\s*\?+\s*$/iu;

/** "chips räknas?": the thing asked about ("chips"), or undefined. At most three words. */
export function asksIfCounts(text: string): string | undefined {
  const trimmed = text.trim();
  const thing = (COUNTS_AFTER.exec(trimmed) ?? COUNTS_BEFORE.exec(trimmed))?.[1]?.trim();
  if (!thing || thing.split(/\s+/).length > 3) return undefined;
  // "det räknas?", "vad räknas?": nothing named.
  if (/^(det|de|detta|this|that|it|vad|va|vem|vilket|vilka|hur|what|which|who|how)$/i.test(thing)) return undefined;
  return thing;
}
