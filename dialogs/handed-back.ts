// After a coordinator hands a conversation back. Over SMS the last words the young person got were a
// person's, signed with their name, and nothing says that the bot answers again (the web chat gets a
// line of its own at hand-back): the bot's first answer says so. And after a crisis, "jag mår bättre
// nu" is met with warmth rather than the check-in's 1-10 question: a check-in starts only when asked.
import type { DialogContext, DialogTurnResult } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { fold } from "./shared/fold.js";
import { closes, understandFree } from "./shared/understand-free.js";
import { isGoodNews } from "./shared/reflect.js";
import { asksWhatNow, nods, toldEffort } from "./shared/understand-small-talk.js";
import { saysUrgent } from "./shared/clearly-asks.js";
import { answersDayAfter, celebratesWhileWaiting } from "./small-talk.js";
import { asksIfAnswered, isFiller, toldProtectiveStep } from "./shared/waiting-words.js";
import { understandYesNo } from "./shared/understand-answers.js";
import { coordinatorInSentence, givesHelpNumbers, numbersSent, isAfterCrisis, nextReadingFor, promisedContact, services, tWhileRead, type TurnServices } from "./turn-services.js";
import { helpNumbers } from "./help-numbers.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";

const SAID = Symbol("tillit.botAgainSaid");
const BETTER = /\b(battre|bra|lugnare|lattare|okej|ok|better|good|fine|okay|calmer)\b/;
// Better told in words, without a bare "ok" (that answers a question rather than telling how one is).
const FEELS_BETTER = /\b(battre|bra|lugnare|lattare|better|good|fine|calmer)\b/;
// Relief told after a person answered: "det va skönt att nån svarade", "gott att prata", "nice that u wrote".
const RELIEF = /\b(skont|gott|lattad|lattnad|glad|nice|relieved|relief|helped|hjalpte)\b/;
const NOT = /\b(inte|int|ej|aldrig|not|never|dont|isnt|no)\b/;

const THANKED = Symbol("tillit.thankedAtHandBack");

/**
 * Once per turn, in front of the turn's first message: "Det är Tillit, boten, som svarar nu igen." A
 * thank-you to the person who wrote ("tack kim", "tack för idag") gets "Varsågod!" with it, and nothing
 * more is said (it got the notice and then "Tack för att du skriver. … förstår inte allt").
 */
export async function sayBotIsBack(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  if (!s.conversation.backFromPerson || dc.context.turnState.get(SAID)) return;
  // Said at the hand-back itself (sayHandedBack): not again. A thank-you to the person gets "Varsågod!" alone; anything
  // else is answered as it is.
  if (s.conversation.handBackTold) {
    if (closes(withoutNames(dc.context.activity.text ?? "", [(await s.lookups.lastStaffWriter()) ?? ""])) !== "thanks") return;
    dc.context.turnState.set(SAID, true);
    dc.context.turnState.set(THANKED, true);
    s.preface(s.t("handedBack.welcome"));
    return;
  }
  dc.context.turnState.set(SAID, true);
  // The coordinator's last words gave the 24/7 numbers ("ring 90101 eller 112"): they are in view, so what
  // follows need not give them again (turn-services.ts, numbersGivenSince).
  if (givesHelpNumbers(coordinatorsLastWords(s))) await s.remember({ numbersAt: s.now.toISOString() });
  // "va det kim eller roboten som skrev", "e kim en riktig person": the answer itself says which messages were the
  // person's and that this one is Tillit's, so the notice in front of it would say it twice, with two ways to reach a
  // person in one message (texter18 #7).
  if (understandFree(dc.context.activity.text ?? "") === "question:who-wrote") return;
  const name = await s.lookups.lastStaffWriter();
  if (closes(withoutNames(dc.context.activity.text ?? "", name ? [name] : [])) === "thanks") {
    dc.context.turnState.set(THANKED, true);
    s.preface(name ? s.t("handedBack.thanksBotAgain", { name }) : s.t("handedBack.thanksBotAgainNoName"));
    return;
  }
  s.preface(name ? s.t("handedBack.botAgain", { name }) : s.t("handedBack.botAgainNoName"));
}

/** The bot-is-back notice was said this turn: the stock acknowledgment does not follow it. */
export function botAgainSaid(dc: DialogContext): "thanked" | boolean {
  return dc.context.turnState.get(THANKED) ? "thanked" : Boolean(dc.context.turnState.get(SAID));
}

/** "tack kim" → "tack": the first names given, and "för idag"/"for today", taken out of a thank-you. */
function withoutNames(text: string, names: string[]): string {
  let said = fold(text).replace(/\b(for idag|for i dag|for allt|for samtalet|for today|for everything)\b/g, " ");
  for (const n of names.map((x) => fold(x)).filter(Boolean)) said = said.replace(new RegExp(`\\b${n}\\b`, "g"), " ");
  return said.replace(/\s+/g, " ").trim();
}

/** How they are, told after a crisis was handed back: acknowledged, no scale, the door left open. */
export async function acknowledgeAfterCrisis(dc: DialogContext, text: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  // Without a coordinator on the record, the person who has just been writing is the one named.
  const coordinator = (!s.participant.coordinatorFirstName && (await s.lookups.lastStaffWriter())) || coordinatorInSentence(s);
  const said = fold(text);
  await dc.context.sendActivity(message(tWhileRead(s, BETTER.test(said) && !NOT.test(said) ? "handedBack.toldGood" : "handedBack.told", { coordinator })));
  return dc.endDialog();
}

/**
 * The coordinator's last words, handed back: the last text sent, or the one before the word at the hand-back that
 * Tillit answers again (sayHandedBack), which answered nothing of theirs.
 */
function coordinatorsLastWords(s: TurnServices): string {
  return s.conversation.recentTexts.at(s.conversation.handBackTold ? -2 : -1) ?? "";
}

/** The person to name after a hand-back: the one who has just been writing, else the coordinator on record. */
async function whoWrote(s: TurnServices): Promise<string> {
  return (await s.lookups.lastStaffWriter()) ?? coordinatorInSentence(s);
}

/**
 * Handed back after a crisis, what is said as to anyone is answered as what it is, warmly and without the
 * 24/7 numbers or "jag förstår inte": a thank-you (the notice's "Varsågod!" is the whole answer), relief or
 * feeling better, good news, effort or a first in a long time, a hello (no menu: the night before was a
 * crisis), a nod. A tester got "Jag är bara ett program och förstår inte allt … Självmordslinjen 90101" under
 * "tack för idag", "det va skönt att nån svarade" and a first walk outside. A message that is heavy or cannot
 * wait is never answered here (the screen's concern, the offer; the unclear line with the numbers).
 */
export async function answerAfterCrisis(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (saysUrgent(text)) return false;
  // "gav tabletterna till min syster som kim sa": a step of the plan carried out, met as the good step it is
  // (texter18 #3), whatever the screen made of the word "tabletterna"; as the flag's reply says it (flag-crisis.ts).
  // "Jag har berättat det för Kim" only when a flag of the screen's tells the team; a step nothing flagged ("mamma har
  // mina mediciner nu") stays here for them to read, and is said to.
  if (toldProtectiveStep(text)) {
    await dc.context.sendActivity(message(s.t(s.concern ? "crisis.protectiveStep" : "crisis.protectiveStepKept", { coordinator: await whoWrote(s) })));
    return true;
  }
  if (s.concern) return false;
  if (botAgainSaid(dc) === "thanked") return true;
  const said = fold(text);
  const coordinator = await whoWrote(s);
  const { open, reading } = nextReadingFor(s);
  if (closes(text) === "thanks") {
    const word = s.t("waiting.afterCrisisThanks", { coordinator });
    await dc.context.sendActivity(message(open ? word : `${word} ${reading}`));
    return true;
  }
  // "sorry för igår natt": nothing to be sorry for, and what was written is still with the coordinator.
  if (await answersDayAfter(dc, text)) return true;
  // "okej ja" is no news of feeling better (it answers the coordinator: answersPerson).
  const good = (FEELS_BETTER.test(said) || RELIEF.test(said)) && !NOT.test(said);
  if (good && !isGoodNews(text) && !toldEffort(text)) {
    await dc.context.sendActivity(message(tWhileRead(s, "handedBack.toldGood", { coordinator })));
    return true;
  }
  if (await celebratesWhileWaiting(dc, text)) return true;
  if (understandFree(text) === "greeting") {
    await dc.context.sendActivity(message(s.t(open ? "waiting.afterCrisisHello" : "waiting.afterCrisisHelloLater", { coordinator, reading })));
    return true;
  }
  if (nods(text)) {
    await dc.context.sendActivity(message(tWhileRead(s, "handedBack.ack", { coordinator })));
    return true;
  }
  return false;
}

/**
 * The first message after a hand-back, when what they wrote after the coordinator's last words went
 * unanswered ("nej inte ringa", "skriv bara" to "Kan jag ringa dig kl 11?"; "när kommer maja tillbaka"): it
 * goes to a person again (a message for the team, as "säg till henne att…" does), and the notice says so,
 * never a menu or "jag förstår inte" (a tester, the morning after violence at home, got "Vad vill du göra?"
 * to "hallå?"). A nod or a thank-you left unanswered needs no answer.
 */
export async function passesOnUnanswered(dc: DialogContext): Promise<boolean> {
  const s = services(dc.context);
  // Told at the hand-back, what was left then went to a person with it (sayHandedBack).
  if (!s.conversation.backFromPerson || s.conversation.handBackTold || s.concern || dc.context.turnState.get(SAID)) return false;
  if (!(await leftForAPerson(s))) return false;
  await s.remember({ passedOn: { at: s.now.toISOString(), words: s.conversation.recentTexts.at(-1) ?? "" } });
  await passToPerson(dc, "handedBack.unansweredPassedOn");
  return true;
}

/**
 * They wrote after the last message sent to them and nobody answered it, and it is owed a person's answer by the rule a
 * hand-back asks by (bot/domain/owed-words.ts): a nod or a thanks is not, nor a request for a person they took back ("glöm
 * det" to the coordinator's takeover was passed on to the team again, and the conversation waited for nothing).
 */
async function leftForAPerson(s: TurnServices): Promise<boolean> {
  const left = (await s.lookups.writtenSinceLastSent()).filter((t) => !isFiller(t) && !closes(t));
  return left.length > 0 && (await s.lookups.owedToPerson());
}

/** The nudge's dialog that tells the young person, at the hand-back itself, that Tillit answers again (handoff.ts handBack). */
export const HANDED_BACK_DIALOG = "handed-back" satisfies StartableDialog;

/**
 * Said at the hand-back, before they write again (tester25 #1: Sara, after a suicide crisis, and Sam heard nothing until
 * their "hallå?"): that Tillit answers again and when a person reads next (or that the coordinator's promise stands);
 * what they wrote last and nobody answered goes to a person again, as it would at their next message
 * (passesOnUnanswered); and when a crisis stood at the hand-back or in the days before it (the recent flag the inbox
 * shows as "Kris nyligen"), the 24/7 numbers that fit it (help-numbers.ts). Sent as a nudge through the one guarded
 * path (bot/staff/handoff.ts handBack); the next message does not say it again (sayBotIsBack, handBackTold).
 */
export async function sayHandedBack(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  // After a crisis, the 24/7 numbers, unless the coordinator's last words gave them ("ring 90101 eller 112").
  const numbers = (await s.lookups.recentCrisis()) !== null && numbersSent(s.conversation.recentTexts.at(-1) ?? "") !== "helplines" ? await helpNumbers(s, "waiting.numbersReminder") : "";
  if (await leftForAPerson(s)) {
    await s.remember({ passedOn: { at: s.now.toISOString(), words: s.conversation.recentTexts.at(-1) ?? "" } });
    return passToPerson(dc, "handedBack.unansweredPassedOn", numbers);
  }
  const name = await s.lookups.lastStaffWriter();
  // Nothing of theirs waits for a person: "Någon i teamet läser det i morgon" would promise a reading nobody is queued
  // for (tester26 #2: Zoe, in no queue, was told so). What stands is the coordinator's promise, if any, and the way to
  // reach a person the line itself gives.
  const reading = promisedContact(s) ? s.t("handedBack.promiseStands", { name: name ?? coordinatorInSentence(s) }) : "";
  const said = webSaidBotBack(s) ? reading : name ? s.t("handedBack.backNow", { name, reading }) : s.t("handedBack.backNowNoName", { reading });
  const text = [said, numbers].filter(Boolean).join(" ");
  // On the web chat with nothing to add, its own line has said it all: no empty message.
  if (text) await dc.context.sendActivity(message(text));
}

/** The last thing said is the web chat's own line that Tillit answers again (bot/staff/web-notices.ts): not said twice in a row. */
function webSaidBotBack(s: TurnServices): boolean {
  return s.conversation.recentTexts.at(-1) === s.t("webchat.botBack");
}

/** Lines that begin by saying that Tillit answers again, with a variant without it (`${key}Web`) for after the web chat's line. */
const SAYS_BOT_BACK: ReadonlySet<string> = new Set(["handedBack.unansweredPassedOn", "handedBack.answerPassedOn"]);

/**
 * What the person wrote goes to a person (a message for the team, which pauses nothing), said with who last
 * wrote (`key`, or `key`NoName) and when someone reads; the notice of the bot being back is not said besides, nor
 * said right after the web chat's own line that says it (its `Web` variant).
 * `after`: the 24/7 numbers, when they belong to it.
 */
async function passToPerson(dc: DialogContext, line: string, after = ""): Promise<void> {
  const s = services(dc.context);
  const key = SAYS_BOT_BACK.has(line) && webSaidBotBack(s) ? `${line}Web` : line;
  dc.context.turnState.set(SAID, true);
  s.effects.push({ kind: "request-human", reason: "message" });
  const name = await s.lookups.lastStaffWriter();
  // "Jag ringer dig kl 11" in the coordinator's last words: that stands, and the bot does not say "på måndag" over it
  // (texter18 #15: a 15-year-old heard it 30 minutes after Maja promised to call at 11).
  const reading = promisedContact(s) ? s.t("handedBack.promiseStands", { name: name ?? coordinatorInSentence(s) }) : nextReadingFor(s).reading;
  const said = name ? s.t(key, { name, reading }) : s.t(`${key}NoName`, { reading });
  await dc.context.sendActivity(message(after ? `${said} ${after}` : said));
}

// A yes-or-no question or an offer in a coordinator's last words ("Vill du att jag…?", "Jag kan sitta med."),
// not "Hur har du det?", which a "ja" does not answer.
const OFFERED = /\b(vill du|kan jag|kan vi|ska jag|ska vi|passar det|funkar det|jag kan|vi kan|do you want|would you like|want me to|shall i|shall we|can i|can we|should i|i can|we can)\b/;
// A coordinator's plan asked about as a yes-or-no question ("Jag ringer dig kl 15 idag om det går bra?", "I'll call at
// 3 if that's ok?"): a bare "ok" to it is the yes (tester24 #5: Nora's "ok" got "skriv 'prata med en människa'").
const ASKS_OK = /\b(om det (gar bra|ar ok|ar okej|passar|funkar)|gar det bra|ar det (ok|okej)|(is|if) that s (ok|okay|alright|fine)|is that (ok|okay|alright|fine)|if that works|does that work|ok with you|okay with you)\b/;

/** How long after what was left unanswered was passed on a yes or no still answers the coordinator's last words. */
const PASSED_ON_ANSWER_MS = 2 * 24 * 3_600_000;

/**
 * A yes or no right after the coordinator's last words, at the first message after the hand-back ("okej ja" to
 * "Jag kan sitta med."), or as the first message after Tillit passed on what they left unanswered (Ida's "okej
 * ja" to Maja's offer of help with soc, after "hallå?" was passed on): an answer to them, so it goes to a
 * person (a message for the team) and is said to, as the yes or no it is, not "Vad skönt att höra" or "jag
 * förstår inte" (a tester's yes to help with soc got "Jag är bara ett program"). Who does what, and when, is
 * the team's to say: nothing is promised. A bare nod or a thank-you is no such answer.
 */
export async function answersPerson(dc: DialogContext): Promise<boolean> {
  const s = services(dc.context);
  if (s.concern || dc.context.turnState.get(SAID)) return false;
  const passed = s.memory.passedOn;
  const afterPassOn = !s.conversation.backFromPerson && passed !== undefined && s.conversation.inboundSinceAutomated === 1 && s.now.getTime() - Date.parse(passed.at) < PASSED_ON_ANSWER_MS;
  if (!s.conversation.backFromPerson && !afterPassOn) return false;
  const text = dc.context.activity.text ?? "";
  const said = fold(text);
  // The coordinator's own question taken up in its words, whatever the answer's form (Sami's "kyrkan i morgon funkar"
  // to "…socialjouren idag, eller en matkasse via kyrkan i morgon. Vad passar?" was met "Vill du nå Maja, skriv
  // 'prata med en människa'", and nobody saw the answer: tester24 #5). Goes to them as a yes or no does. Not to a
  // promise to call ("Jag ringer dig i morgon kl 10 om det är okej?"): what answers that is read after a crisis.
  if (!afterPassOn && !promisedContact(s) && takesUpQuestion(text, coordinatorsLastWords(s))) {
    await passToPerson(dc, "handedBack.answerPassedOn");
    return true;
  }
  const answer = understandYesNo(text);
  const asked = fold(afterPassOn ? passed.words : coordinatorsLastWords(s));
  // A bare nod is no answer to an offer ("Jag kan sitta med."), but it is the yes to a plan asked about as a question.
  const nodAnswers = !afterPassOn && ASKS_OK.test(asked) && nods(text);
  if ((answer !== "yes" && answer !== "no") || (isFiller(text) && !nodAnswers) || said.split(" ").length > 4 || /\b(tack|thanks|thank|thx)\b/.test(said)) return false;
  if (!OFFERED.test(asked) && !ASKS_OK.test(asked)) return false;
  if (!afterPassOn) {
    await passToPerson(dc, "handedBack.answerPassedOn");
    return true;
  }
  // The notice that the bot answers again was said with the pass-on: the answer is said to have gone on, once.
  await s.remember({ passedOn: undefined });
  await passToPerson(dc, answer === "yes" ? "handedBack.yesPassedOnAfter" : "handedBack.noPassedOnAfter");
  return true;
}

/** Words of four letters or more, folded: what an answer and a question can share. */
const contentWords = (text: string) => fold(text).split(/[^a-z0-9]+/).filter((w) => w.length >= 4);

/**
 * A short answer, no question of its own, that takes up a word of a question `lastWords` asked ("kyrkan i morgon
 * funkar" to "…eller en matkasse via kyrkan i morgon. Vad passar?"): an answer to whoever asked it.
 */
function takesUpQuestion(answer: string, lastWords: string): boolean {
  if (!lastWords.includes("?") || answer.includes("?") || fold(answer).split(" ").length > 8) return false;
  // Capitalised words (after any mark, as in the signature "/Maja") are left out: the coordinator's own name ("Hej,
  // Maja här. Hur går det?") is no content of the question, and "e maja kvar" asks about her rather than answering.
  const asked = new Set(contentWords(lastWords.split(/\s+/).filter((w) => !/^\P{L}*\p{Lu}/u.test(w)).join(" ")));
  return contentWords(answer).some((w) => asked.has(w));
}

/**
 * "har kim svarat på det jag skrev", "did kim answer": after a crisis a person from the team answered (their own
 * words went out since the last crisis flag), so yes, truthfully, naming them (texter18 #2: two days after Kim
 * wrote and phoned, the question was "sent on" to Kim, and the wait said nobody had had time to answer). Only
 * then: when nobody has, the question goes on as before.
 */
export async function answersWhetherAnswered(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!asksIfAnswered(text) || saysUrgent(text)) return false;
  const name = await s.lookups.lastStaffWriter();
  if (!name || !(await s.lookups.personSinceCrisis())) return false;
  dc.context.turnState.set(SAID, true);
  await dc.context.sendActivity(message(s.t("handedBack.answeredAlready", { name })));
  return true;
}

/** How long after a crisis flag "vad händer nu" is read as asked about it. */
const WHAT_NOW_AFTER_CRISIS_MS = 14 * 24 * 3_600_000;

/**
 * "vad händer nu", "o nu då?", "what happens now" (asksWhatNow), in a wait for a person or after a crisis: where
 * things stand, as the record says it, never what a person will do or when they will write (texter18 #2: two days
 * after Kim phoned, it got "Den frågan är för Kim, inte för mig"):
 * - someone from the team has written since a crisis of the last fortnight: they have read it and answered; what comes next is theirs
 *   to say, so the question goes to them (a message for the team), with when someone reads, or that what they
 *   promised last stands;
 * - a crisis flag stands and nobody has answered yet: the team knows, nobody has answered yet, when someone reads,
 *   that they may write meanwhile, and what to do if it cannot wait (unless the numbers were declined or just given);
 * - a wait for a person otherwise: it waits for them, nobody has answered yet, and when someone reads.
 * Not while a coordinator has the chat (the wait's own lines say that), nor for a heavy message or one that cannot
 * wait, nor handed back after a crisis nobody from the team wrote about (the question goes on as before).
 */
export async function answersWhatNow(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!asksWhatNow(text) || s.concern || saysUrgent(text) || s.conversation.takenOver) return false;
  // After a crisis: the flag stands, it was just handed back, or one was raised within the fortnight (a question
  // passed on since leaves the conversation with the team, no longer "just handed back").
  const crisis = s.flagged === "crisis" || isAfterCrisis(s) || (await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - WHAT_NOW_AFTER_CRISIS_MS))).length > 0;
  if (!crisis && !s.conversation.waiting) return false;
  // Who wrote since the crisis (not who last wrote before it): they have read it and answered.
  const name = crisis ? await s.lookups.staffWriterSinceCrisis() : null;
  const send = (line: string) => dc.context.sendActivity(message(line));
  // Met since the crisis but not written to: nobody "answered" here, and "nobody has answered yet" would be untrue;
  // the question goes on as before.
  if (!name && crisis && s.flagged !== "crisis" && (await s.lookups.personSinceCrisis())) return false;
  if (name) {
    dc.context.turnState.set(SAID, true);
    s.effects.push({ kind: "request-human", reason: "message" });
    // "ja" right after is a nod to it (small-talk.ts), as after any question passed on.
    await s.remember({ talkedOf: { topic: "passed-on", at: s.now.toISOString() } });
    const reading = promisedContact(s) ? s.t("handedBack.promiseStands", { name }) : nextReadingFor(s, { always: true }).reading;
    await send(s.t("handedBack.whatNowMet", { name, reading }));
    return true;
  }
  const { reading } = nextReadingFor(s, { always: true });
  const vars = { coordinator: coordinatorInSentence(s), reading };
  if (s.flagged === "crisis") {
    const word = s.t("waiting.whatNowCrisis", vars);
    const numbers = !s.memory.numbersDeclined && !givesHelpNumbers(s.conversation.recentTexts.at(-1) ?? "");
    await send(numbers ? `${word} ${await helpNumbers(s, "waiting.urgent")}` : word);
    return true;
  }
  if (!s.conversation.waiting) return false;
  await send(s.t("waiting.whatNowWaiting", vars));
  return true;
}
