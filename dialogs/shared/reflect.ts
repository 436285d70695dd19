// A short reflection of what was said, before the next question: good news is celebrated, a low
// score is met plainly, a bad night gets a word. Heavy answers (hopelessness, not eating, exhaustion)
// are the safety screen's concern turn, which pre-empts the next question; these cover the rest.
import { fold } from "./fold.js";
import { toldEffort } from "./understand-small-talk.js";
import type { TurnServices } from "../turn-services.js";

// Help that came, a place got, food for the family: "jag har fått samtalskontakt nu", "vi fick mat från kyrkan".
const GOT_HELP = String.raw`\b(fick|fatt|har fatt) (en |ett )?(samtalskontakt|samtalsstod|kurator|kuratorn|psykolog|terapeut|terapi|en tid hos \w+|tid hos \w+|bostad|boende|lagenhet|studiemedel|csn|mat|matkasse|matkassar|hjalp med \w+|svar fran \w+ (jag|och jag) kom in)\b`;
const GOOD_NEWS = /\b(fick|fatt|har fatt) (ett |en )?(jobb|jobbet|praktik|praktiken|praktikplats|praktikplatsen|plats|platsen|lagenhet|lagenheten|korkort|korkortet|komma in|ja|anstallning|intervju|jobbintervju|anstallningsintervju)\b|\bkom(mit)? in\b(?! (i|hit|hem|pa akuten|pa sjukhuset|pa psyk\w*|pa bup|till akuten|till sjukhuset|till psyk\w*))|\bblev antagen\b|\bantagen (till|pa)\b|\btog (mitt |ett )?korkort(et)?\b|\bklarade\b|\bklarat\b|\bfixade\b|\bfixat\b|\blyckades\b|\bvann\b|\bgodkand\b|\bborjat pa\b|\bborjade pa\b|\bantligen\b|\bjippi|\bwoho|\byay\b|\b(fick|fatt|har fatt) (ett |en |den |det )?(sommar|extra|helg|deltids|heltids|kvalls|natt)?(jobb|jobbet|jobbs|praktik|praktiken|praktikplats)(et|en)?\b|\bgot (a|an|the|my) (summer |part time |weekend |extra )?(job|place|spot|internship|license|licence|apartment|flat|interview|job interview|gig)|\bgot (in|into|accepted|hired)\b(?! (a |an )?(fight|trouble|argument|accident|debt|drugs|a mess))|\bpassed\b|\bi did it\b|\bfinally\b|\bproud\b|\bstolt\b|\b(fick|fatt|har fatt|skaffat|skaffade|har skaffat) (en |ett )?(ny |nytt |liten |litet )?(hund|hundvalp|valp|katt|kattunge|kanin|marsvin|hamster|hast)\b(?! (i halsen|bett|allergi))|\b(got|adopted) (a |an )?(new )?(dog|puppy|cat|kitten|bunny|rabbit|hamster|horse)\b(?! (bite|scratch|allergy|hair))/;
// What went as hoped, said in a few words ("det gick!!", "it worked"), and a step the first in a long time
// ("…för första gången på länge"): milestones told without a word for a job or a place (texter15).
const IT_WORKED = /^(det|de|it) (gick|funkade|funka|worked|went fine|went well)( (bra|fint|ju|faktiskt|typ|anda|anda till slut|till slut|tillslut|actually|tbh|ngl|after all|tror jag|i think))*$|^(gick|funkade|went) (bra|fint|superbra|jattebra|well|great|fine)( (tror jag|i think|faktiskt|typ|asa|assa|ju|tbh))*$/;
const FIRST_IN_A_LONG_TIME = /\b(forsta gangen pa (lange|lang tid|evigheter|manga manader|flera (ar|manader|veckor)|ett ar|ett halvar)|first time in (ages|a long time|forever|months|years|a while))\b/;
const NOT_GOOD_NEWS = /\b(inte|int|ej|aldrig|ingen|inget|sparken|misslyck\w*|underkand|not|didnt|never|failed)\b/;
// Disbelief is joy here: "fick jobb på ica!! kan inte fatta det", "got in, cant believe it".
const DISBELIEF = /\b(kan|kunde) (inte|int) (fatta|tro)\w*|\b(cant|can t|couldnt|couldn t) believe\b/g;

// An appointment got ("fick nån tid igen nästa vecka", "got another appointment"): good news, but no "Vad kul".
const APPOINTMENT = /\b(fick|fatt|har fatt|got|have got|booked|bokat|bokade)( (en|ett|nan|nagon|ngn|another|an|a))?( (ny|nytt|new|follow up|uppfoljnings))? (tid igen|ny tid|nan tid|nagon tid|ngn tid|aterbesok|nytt besok|uppfoljning|uppfoljningstid|appointment again|another appointment|new appointment|follow up( appointment)?)\b|\b(fick|fatt|har fatt|got|booked|bokat)( (en|ett|nan|nagon|ngn|another|an|a))?( (ny|nytt|new|follow up))? (tid|appointment|besok)( igen| again| till| hos| at| with)? (psyk\w*|bup|akuten|lakaren|lakarn|doktorn|vardcentralen|kuratorn|psykologen|terapeuten|the doctor|the clinic|psychiatry|the psychiatrist|the psychologist|counsell?or|therapist)\b/;
const NOT_APPOINTMENT = /\b(af|arbetsformedlingen|arbis|brev|kallelse|letter|mote|meeting|intervju|interview)\b/;

/** An appointment got (a follow-up, a new time), told as news: met warmly and plainly, never as an alarm. */
export function gotAppointment(text: string): boolean {
  const said = fold(text);
  return APPOINTMENT.test(said) && !NOT_GOOD_NEWS.test(said) && !NOT_APPOINTMENT.test(said) && !text.includes("?");
}

/** News worth joy: a job, a place, something managed. A "not" or "fired" nearby means it is not. */
export function isGoodNews(text: string): boolean {
  if (/🎉|🥳|🙌/u.test(text)) return true;
  const said = fold(text).replace(DISBELIEF, " ");
  return (GOOD_NEWS.test(said) || IT_WORKED.test(said) || FIRST_IN_A_LONG_TIME.test(said) || new RegExp(GOT_HELP).test(said) || gotAppointment(text)) && !NOT_GOOD_NEWS.test(said);
}

// Bad news, often said lightly ("blev sparkad från jobbet på max lol", "fick sparken", "got fired lol", "didnt get the
// job"): a brief honest word and an open door, never "Tack!" or joy (tester24 #9).
const BAD_NEWS = /\b(blev|har blivit|bli) (sparkad|sparkat|uppsagd|avskedad|av med (jobbet|praktiken|platsen))\b|\b(fick|fatt|har fatt) sparken\b|\b(fick|fatt|har fatt) (inte|int|ej) (jobbet|platsen|praktiken|praktikplatsen|lagenheten|komma in)\b|\bkom (inte|int|ej) in\b|\b(got|was|been|just got) (fired|sacked|laid off|let go)\b|\blost my (job|internship|place)\b|\b(didnt|did not|didn t) get (the|that|a) (job|place|internship|spot)\b/;

/** Bad news told (a job lost, a place not got), lightly or not. */
export function isBadNews(text: string): boolean {
  return BAD_NEWS.test(fold(text));
}

// A death of someone close told ("min farmor dog i natt", "my grandma passed away"): a short warm line first, not
// "Tack för att du berättar" (tester25 #9). Not "dog av skratt", not someone unnamed ("han dog i filmen").
const CLOSE = String.raw`(farmor|farfar|mormor|morfar|mamma|mams|morsan|pappa|farsan|bror|brorsan|syster|syrran|kusin|moster|faster|morbror|farbror|kompis|van|bastis|basta van|flickvan|pojkvan|hund|hunden|katt|katten|gammelmormor|gammelfarmor)`;
const CLOSE_EN = String.raw`(grandma|grandmother|grandpa|grandfather|granny|gran|nana|mom|mum|mother|dad|father|brother|sister|cousin|aunt|uncle|friend|best friend|bestie|boyfriend|girlfriend|dog|cat)`;
const DEATH = new RegExp(
  String.raw`\b${CLOSE} (har )?(dog|dott|gick bort|har gatt bort|somnade in|ar dod|e dod)\b(?! (av skratt|nastan))|\b(my|our) (\w+ )?${CLOSE_EN} (died|passed away|passed|is dead|has died)\b`,
);

/** A death of someone close told: met first with a short warm line. */
export function toldOfDeath(text: string): boolean {
  return DEATH.test(fold(text)) && !text.includes("?");
}

/**
 * Good news in one part of a message that also answers something else ("sorry kan inte, har fått jobbet på lidl och
 * börjar då"): a "not" in another clause does not take the joy away, as it does in isGoodNews.
 */
export function goodNewsIn(text: string): boolean {
  return isGoodNews(text) || text.split(/[,.;!?\n]+/).some((part) => part.trim() !== "" && isGoodNews(part) && !isBadNews(part));
}

// What follows good news that is more of it: the place, the day, the hours, the joy ("på ica", "börjar nästa
// lördag", "extra helger", "så glad!!"), or more good news. Not a question ("vad ska jag göra nu", "ska jag
// säga upp mig?"), a worry or a bad night ("kan inte sova igen", "men e nervös"), nor anything with a "not":
// those are answered for what they are (texter17 #6: "kan inte sova igen" after a crisis met "Vad kul").
const ASKS_SOMETHING = /^((och|men|but|and|so|sa|okej|ok|men asa|asa) )?(vad|vart|hur|nar|vem|vilken|vilket|vilka|varfor|vafan|vaf|what|whats|how|where|when|who|which|why|wat|wut|idk|vet ej)\b|\b(ska|kan|far|maste|borde|behover|bor) (jag|man|vi|ni|du)\b|^(should|can|could|do|does|did|is|are|will|would|must|shall) (i|we|you|they|it|that|this|he|she)\b|\b(vet (inte|int|ej)|dont know|no idea)\b|\b(eller|elr|or what|right)$/;
const NO_MORE_JOY = /\b(inte|int|ej|aldrig|ingen|inget|inga|not|no|never|cant|dont|wont|didnt|isnt|aint|men|fast|but|though|tho|tyvarr|ledsen|sad|trott|tired|ont|angest|anxiety|anxious|panik|panic|orkar|orka|sova|sov|somna|sleep|radd|scared|afraid|nervos|nervous|stress\w*|jobbig\w*|tung\w*|kass|dalig\w*|daligt|skit|sucks|hard|svart|ensam|alone|lonely|hjalp|help|igen|again|grat\w*|cry\w*|rad|worried|orolig)\b/;

const GREETING = /^(hej|hejsan|halla|halla|tja|tjena|tjenare|hi|hello|hey|yo|hejhej|hej hej)\b/;
const NOT_JOY = /\b(\w*trott|slut|dum|dumma|javla|jakla|fattar|useless|stupid|dumb|fired|sparkad|sparken|hate|hatar|fan|shit|kass)\b/;

/** More of the good news just told (or more good news): cheered as such; anything else is answered for what it is. */
export function moreOfGoodNews(text: string): boolean {
  if (isGoodNews(text)) return true;
  const said = fold(text);
  if (!said || text.includes("?") || ASKS_SOMETHING.test(said) || NO_MORE_JOY.test(said) || NOT_GOOD_NEWS.test(said)) return false;
  // A hello, bad news, scorn or a tired word after it is not more of it (each met "Vad kul, det låter riktigt bra!").
  if (GREETING.test(said) || isBadNews(text) || NOT_JOY.test(said)) return false;
  return said.split(" ").length <= 6;
}

/** A word on a 1–10 score, before the next question; a 10 has its own question. */
export function reflectMood(s: TurnServices, mood: number): void {
  if (mood >= 10) return;
  s.preface(s.t(mood <= 3 ? "reflect.moodLow" : mood <= 6 ? "reflect.moodMid" : "reflect.moodHigh"));
}

/** A word on something told in free text: joy for good news, thanks otherwise. */
export function reflectStatement(s: TurnServices, text: string): void {
  // "jag var i skolan en hel dag" as what makes it an 8: effort, met with joy (it got a plain thanks).
  s.preface(s.t(isGoodNews(text) || toldEffort(text) ? "reflect.goodNews" : "reflect.thanks"));
}

/** A word on a night's sleep; "so-so" needs none. */
export function reflectSleep(s: TurnServices, sleep: string | null): void {
  if (sleep === "good") s.preface(s.t("reflect.sleptWell"));
  if (sleep === "bad") s.preface(s.t("reflect.sleptBadly"));
}
