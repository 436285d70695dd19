// Carrier-style keywords, recognised only as the whole message (any case; surrounding spaces and
// punctuation ignored) so that "stoppa inte" or "help me with my CV" never trigger them.
import { readableText } from "./normalize-text.js";

export type Keyword = "opt-out" | "opt-in" | "help";

const words: Record<Keyword, string[]> = {
  "opt-out": ["stopp", "stop", "sluta", "avsluta", "avregistrera", "unsubscribe", "cancel", "end", "quit", "stopall"],
  "opt-in": ["start", "starta", "börja", "borja", "unstop"],
  help: ["hjälp", "hjalp", "help", "info"],
};

const lookup = new Map<string, Keyword>(
  Object.entries(words).flatMap(([kw, list]) => list.map((w) => [w, kw as Keyword] as const)),
);

export function normaliseKeyword(text: string): string {
  return readableText(text)
    .normalize("NFC")
    .toLocaleLowerCase("sv-SE")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}

export function detectKeyword(text: string): Keyword | undefined {
  return lookup.get(normaliseKeyword(text));
}

// "sluta" and "avsluta" stop everything, but young people also write them meaning "stop nagging": their
// confirmation says how to have fewer messages instead. STOPP, STOP and the carriers' words are plain stops.
const SOFT_STOPS = new Set(["sluta", "avsluta"]);

export function isSoftStop(text: string): boolean {
  return SOFT_STOPS.has(normaliseKeyword(text));
}

// Right after a stop, a message that says it was meant as less, not nothing: "menade sluta tjata", "inte
// allt", "bara färre", "i meant less". Read with åäö folded (normaliseKeyword keeps them).
const MEANT_LESS =
  /\b(menade|mente|meant)\b|\bsluta tjata\b|\b(inte|int|ej) (allt|sa|helt)\b|\bbara (farre|mindre|lite|inte sa ofta)\b|\bmer sallan\b|\b(less|fewer|not so) (often|messages|much)\b|\bnot (everything|all|completely)\b|\bdid ?n ?t mean\b/;

/** The message as the readers below see it: lower case, åäö and accents folded, punctuation as spaces. */
function plainWords(text: string): string {
  return normaliseKeyword(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ");
}

export function meansLessNotNothing(text: string): boolean {
  return MEANT_LESS.test(plainWords(text));
}

// After a stop, contact wished for again in words rather than START: "asså jag vill fortfarande ha kontakt",
// "vill höras igen", "i still want to hear from you". As clear as START, so treated as it (a tester's went
// unanswered). Negated wishes ("vill inte ha kontakt") do not match.
const WANTS_CONTACT =
  /\bvill (fortfarande |fortfarnde |anda |faktiskt |ju )?(ha kontakt(?! med (?!(er|dig|dej|tillit|teamet|koordinatorn)\b))|horas( igen)?|(fa|ha) (sms|meddelanden)( igen)?|att (du|ni) (skriver|hor av dig|hor av er)( igen)?|borja igen|fortsatta)\b|\b(still |do )?want to (keep|stay|be) in touch\b|\bstill want (contact|to hear from (you|u)|messages|texts)\b|\bwant (messages|texts|contact) again\b/;

export function wantsContactAgain(text: string): boolean {
  return WANTS_CONTACT.test(plainWords(text));
}

// While stopped, asking whether one may come back, not yet saying so: "e det för sent att börja igen",
// "kan jag börja om", "får man komma tillbaka", "is it too late to start again", "can i come back", "hur startar jag
// igen", "how do i start again". A
// question, so not a START; it is answered (a tester's got silence, the day's stopped line just sent).
const ASKS_TO_COME_BACK =
  /\b(for sent|too late)\b.*\b(borja|komma|horas|hora|starta|skriva|start|come|begin|join|get back|write)\b|\b(kan|far|gar det att|ar det ok att|ar det okej att) (jag|man|ja|vi) (borja|komma|starta|horas|fa komma|skriva)( (tillbaka|igen|om|med igen|har igen))\b|\bcan (i|we) (come back|start again|start over|rejoin|still come back|write again)\b|\bhur (gor|startar|borjar|kommer) (jag|man|ja|vi)( for att)?( (komma|borja|starta))?( igang| tillbaka)?( igen| om| tillbaka| igang)\b|\bhow (do|can|would) (i|we|u|you) (start|begin|come back|get back|restart|turn it on)( again| over| back)?\b/;

export function asksToComeBack(text: string): boolean {
  return ASKS_TO_COME_BACK.test(plainWords(text));
}

// While stopped, how contact would be on their terms (texter16 #15): "men inga påminnelser typ", "bara om jag
// skriver själv", "inte så ofta", "no reminders tho", "only when i text". A wish about coming back, answered
// with how (START, then "inga påminnelser"); it met silence, the day's stopped line just sent.
const ON_THEIR_TERMS =
  /\b(inga|utan|no|without) (paminnelser|paminnelse|reminders|reminder|sms|utskick|meddelanden|messages|texts)\b|\bbara (om|nar) (jag|ja) (skriver|hor av mig|vill)\b|\bonly (if|when) i (write|text|message|want)\b|\b(inte|int|not) (sa|lika|so) (ofta|mycket|often|much)\b|\b(farre|mindre|fewer|less) (sms|meddelanden|paminnelser|messages|texts|reminders)\b|\bmer sallan\b|\bless often\b/;

export function wishesTermsForComingBack(text: string): boolean {
  return ON_THEIR_TERMS.test(plainWords(text));
}

// While stopped, a wish to come back less often (texter17 #14): "kan du skriva igen typ en gång i veckan inte
// mer", "once a week max", "varannan vecka". Answered with how: START, then "mer sällan" (it met silence).
const LESS_OFTEN =
  /\b(en|1|nan|ngn|nagon) gang (i|per|om|varje) (veckan|vecka|manaden|manad)\b|\bvarannan vecka\b|\b(once|one time|1 time) (a|per|every) (week|fortnight|month|two weeks)\b|\bevery other week\b/;

export function wishesLessOften(text: string): boolean {
  return LESS_OFTEN.test(plainWords(text));
}

// While stopped, whether the coordinator or the team can still be reached (texter17 #14): "kan jag fortfarande
// prata med maja", "går det att snacka med kim ändå", "can i still talk to maja". A question with a true
// answer (not here while stopped; START opens it again); it met silence.
const ASKS_ABOUT_THE_TEAM =
  /\b((kan|far) (jag|ja|man)|(gar|funkar) det att) (fortfarande |fortfarnde |anda |fast |anna |)(prata|snacka|skriva|ha kontakt|hora av mig|halla kontakten|traffa|ringa|messa)( till| med)\b|\b(kan|far) (jag|ja|man) (fortfarande |anda )?ha kvar (min |mina |)(koordinator|kontakt|handlaggare)\b|\bcan (i|we) still (talk|speak|write|text|message|chat|reach|contact|see)\b|\bcan (i|we) (talk|speak|write|text) (to|with) .*\b(still|anyway|though|tho)\b/;

export function asksAboutTheTeamWhileStopped(text: string): boolean {
  return ASKS_ABOUT_THE_TEAM.test(plainWords(text));
}

// "skriver sen", "min son är sjuk, skriver sen", "hörs senare", "talk later", "ttyl": they will write later, so a
// reminder due within the next hours waits (texter17 #13: a check-in came an hour after "skriver sen").
const WRITES_LATER =
  /\b(skriver|skriva|svarar|hor av mig|horrs|hors|snackas|pratar|tar det|aterkommer)( till dig| till er| dig| er| pa det)?( lite| igen)? (sen|senare|sedan|ikvall|i kvall|imorgon|i morgon|efter)\b|\b(hors|snackas|horrs) (sen|senare)\b|\b(text|write|talk|speak|get back to you|reply|answer)( to you| you| u| to u)?( back)? (later|tomorrow|tonight)\b|\b(ttyl|brb|talk soon)\b/;

export function saysWritesLater(text: string): boolean {
  return WRITES_LATER.test(plainWords(text));
}
