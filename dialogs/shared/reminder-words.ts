// A participant's wishes about reminders in their own words: "påminn mig inte", "påminn mig senare",
// "skicka på kvällen istället". Read on folded text (no åäö, lower case).
import { fold } from "./fold.js";

export type ReminderRequest = "off" | "on" | "later" | "weekly" | "as-planned" | "morning" | "afternoon" | "evening";

// Order matters: "påminn mig inte" before "påminn mig".
const reminderPatterns: [ReminderRequest, RegExp][] = [
  ["off", /\b(paminn(?:a)? mig (?:inte|aldrig)|inga (?:fler )?paminnelser|(?:vill|orkar|behover) inte ha (?:(?:fler|nagra|mer|mera|nagon|nagot) )*paminnelser|sluta skicka paminnelser|sluta (?:med att )?paminna|stang av paminnelser(?:na)?|(?:do not|dont|don t) remind me|no (?:more )?reminders|stop (?:the )?remind(?:ing|ers)|turn off reminders)\b/],
  ["later", /\b(paminn mig (?:senare|sen|lite senare|om en stund)|paminn senare|remind me (?:later|again later|in a bit))\b/],
  ["on", /^(paminn mig|paminn mig igen|paminnelser pa|sla pa paminnelser(?:na)?|remind me|remind me again|reminders on|turn on reminders|turn reminders on)$/],
  // Back to the pace as planned after "en gång i veckan": "skriv oftare igen", "text me more often".
  // "nu kan du skriva oftare igen", "kan du börja skriva lite oftare igen", "skriv som vanligt": a few words
  // may stand between the writing and how often.
  // Said to Tillit (the message starts with it, or with "kan du", "you can", "pls"): "i text my friends as
  // usual" is news.
  ["as-planned", /^(?:nu |ok |okej |men |asa |assa )?(?:(?:kan|kunde) (?:du|ni) |(?:du|ni) (?:kan|far) |(?:can|could) (?:you|u) |you can |pls |please |snalla )?(?:borja |start |go back to )?(skriv|skriva|skicka|hor av (?:dig|er)|hora av (?:dig|er)|sms a|smsa|messa|paminn|paminna|text|texting|message|write|send|remind)(?: \w+){0,3} (?:oftare|som vanligt|som forut igen|more often|as usual|like before)\b|^(?:oftare|more often)(?: igen| again)?(?: tack| pls| please)?$/],
];

// A week named as the pace, with a word about Tillit's messages or fewer of them: "mer sällan typ en gång
// i veckan", "skriv max 1 gång/veckan", "remind me once a week". Alone ("en gång i veckan") it answers
// the less-contact question (its choice reader) but is not read anywhere else: it can answer a question
// about the person's own week.
const WEEKLY = /\b(?:(?:en|1|ett|bara en|max en|hogst en|once|one) (?:gang|ggr|gng|time) (?:(?:i|per|om|a|each) )?(?:veckan|vecka|week)|once (?:a|per|each) week|(?:varje|var|every|each) (?:vecka|week)|veckovis|weekly)\b/;
// Asked of Tillit: fewer ("mer sällan", "max", "räcker"), or its writing told to it ("skriv", "kan du
// skicka", "remind me", "text me"). Not someone else's habit ("min kurator skriver varje vecka") nor a
// complaint ("sluta skriva varje vecka", "för mycket sms varje vecka"), which the less-contact question takes.
const ASKS_FEWER = /\b(mer sallan|max|hogst|racker|ar lagom|is enough|at most|tops)\b|\b(ni|du|you|u) (bara |only |just )?(skriver|skickar|smsar|messar|hor av (er|dig)|text|texts|message|messages|write|writes|contact)\b|^(?:ok |okej |men |nej |asa |assa |actually |pls |please |snalla )*(?:(?:kan|kunde) (?:du|ni) |(?:can|could) (?:you|u) |(?:du|ni) (?:kan|far) (?:typ |val |garna )?|you can )?(skriv|skicka|hor av (?:dig|er)|smsa|sms a|messa|paminn|text|message|write|send|remind|contact)\b|\b(text|message|remind|contact|skriv till|hor av dig till) (me|mig|mej)\b/;
// ...nor what someone else said of it ("mamma sa att ni skriver en gång i veckan": a reviewer; it set the pace).
const AGAINST = /\b(sluta|slutar|for mycket|for ofta|too much|too many|too often|inte|int|ej|not|dont|nej)\b|\b(sa|sade|sager|said|says|told me|heard) (att|that)\b/;

/** "en gång i veckan" as how often Tillit may write; `alone` (the less-contact question's answer) needs no more. */
export function namesWeekly(text: string, alone = false): boolean {
  const said = fold(text);
  return WEEKLY.test(said) && !AGAINST.test(said) && (alone || ASKS_FEWER.test(said));
}
// Fewer, said alone: "inte varje dag", "ok men typ inte varje dag", "inte så ofta" (a young tester's, right after START,
// met "förstår inte allt"). Read only with nothing open (main.dialog.ts routeFree): mid-question it may answer it.
const NOT_DAILY = /^((ok|okej|men|ja|jo|typ|assa|nej|fast|kanske|garna|bara|helst|but|yeah|maybe|just) )*(inte|int|ej|not) ((varje|var|every) (dag|day)|(sa|so|lika|that) ofta|(so|that) often|daily)( (tack|pls|typ|lol|haha|iaf|kanske|bara|ju|thanks|tho|though|please))*$/;
// The pace alone, as the less-contact question offers it ("1 gång i veckan", "en gång i veckan tack"), with nothing open.
const WEEKLY_ALONE = /^((ok|okej|men|ja|typ|assa|kanske|helst|bara|yeah|maybe|just) )*(en|1|ett|max en|hogst en|once|one) (gang|ggr|gng|time) (i|per|om|a|each) (veckan|vecka|week)( (tack|pls|typ|lol|racker|funkar|da|thanks|please|is enough|is fine))*$|^(once a week|weekly|veckovis)( (tack|pls|thanks|please))*$/;

/**
 * A wish for fewer messages said alone, with nothing asked ("inte varje dag", "1 gång i veckan"): "weekly" (the pace
 * named, or the nearest of the less-contact question's to "not every day"), which of the two it was said as.
 */
export function fewerAlone(text: string): "not-daily" | "weekly" | undefined {
  const said = fold(text);
  if (NOT_DAILY.test(said)) return "not-daily";
  return WEEKLY_ALONE.test(said) ? "weekly" : undefined;
}

const dayPartPatterns: [ReminderRequest, RegExp][] = [
  ["evening", /\b(pa kvall(?:en|arna)?|kvallstid|pa kvallstid|in the evenings?|evenings?)\b/],
  ["morning", /\b(pa (?:morgon(?:en)?|morgnarna|formiddag(?:en|arna)?)|in the mornings?|mornings?)\b/],
  ["afternoon", /\b(pa eftermiddag(?:en|arna)?|in the afternoons?|afternoons?)\b/],
];
// Asking for another time of day needs a word about sending or "instead", so "jag sover på morgonen" is not one.
const aboutSending = /\b(skick|skriv|paminn|hor av|sms|mess|istallet|hellre|send|text|write|remind|message|instead|rather)/;

/** A participant's wish about reminders, in their own words; undefined when the text is not one. */
export function detectReminderRequest(text: string): ReminderRequest | undefined {
  const said = fold(text);
  if (!said || said.length > 80) return undefined;
  if (namesWeekly(text)) return "weekly";
  for (const [kind, re] of reminderPatterns) if (re.test(said)) return kind;
  if (!aboutSending.test(said)) return undefined;
  for (const [kind, re] of dayPartPatterns) if (re.test(said)) return kind;
  return undefined;
}

// What was chosen about Tillit's messages, asked (tester22 full04: "vad valde jag förra gången" right after START met
// "förstår inte"): "vad valde jag förra gången", "vad har jag valt", "hur ofta skriver ni nu", "what did i choose last
// time". Answered from what is stored (wishes.ts answersPaceAsked). `paceJustSaid`: a bare "vad valde jag" is about
// it only right after a word about the pace.
const LEAD = String.raw`^((men|ok|okej|och|hm|hmm|eh|asa|assa|alltsa|typ|but|so|and|okay|wait) )*`;
const WHEN_BEFORE = String.raw`(forra gangen|sist|senast|innan|forut|da|last time|before|earlier|then)`;
const CHOSEN = new RegExp(String.raw`${LEAD}((vad|va|vilket) (valde|sa|svarade) (jag|ja)|(vad|va) har (jag|ja) (valt|sagt)|what did i (choose|chose|pick|say|select))( ${WHEN_BEFORE})*$`);
const CHOSEN_BEFORE = new RegExp(String.raw` ${WHEN_BEFORE}$`);
const HOW_OFTEN_NOW = new RegExp(String.raw`${LEAD}(hur ofta (skriver|hor|skickar|smsar|messar|paminner) (ni|du)( av (er|dig))?|how often (do|will|are|r) (you|u) (text|message|write|contact|remind)(ing)?)( (nu|till mig|mig|da|me|now|then))*$`);

/** What they chose about Tillit's messages, or how often it writes now, asked. */
export function asksPaceChosen(text: string, paceJustSaid: boolean): boolean {
  const said = fold(text);
  if (HOW_OFTEN_NOW.test(said)) return true;
  return CHOSEN.test(said) && (paceJustSaid || CHOSEN_BEFORE.test(said));
}
