// Small talk answered as what it is (shared/understand-small-talk.ts), when nothing is going on and no
// other reading took the message: a bad day is met before any question, with the choice of telling
// more, checking in or a person; a nod gets a nod; "nvm" gets "inga problem"; effort and good news are
// celebrated and what follows good news gets a warm word; and what the team helps with (work, school,
// SFI, CV, an AF kallelse) is said to be just that, with the offer that someone gets in touch (yes:
// the usual request for a person; no: fine).
import type { DialogContext } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { fold } from "./shared/fold.js";
import { aboutProgram, afraid, firstInALongTime, asksHowTillitIs, asksWhatTillitLikes, asksMustGo, asksOtherLanguage, asksSimpler, asksTillitName, faceAlone, lightAboutTillit, feelsBad, meh, missesHome, nervous, nevermind, nods, saysBored, feelsBored, saysFine, saysNotGood, stopsAsking, notUpToWriting, sorryForWhenWritten, toldBetter, toldEffort, toldMoreOfAppointment, waves, wishesToStart, sleepyFace, toldAge, toldBirthday, toldInterest, toldNeverWorked, dayAfter, toldRelief, worriesBeforeStep, asksWhatNow } from "./shared/understand-small-talk.js";
import { apologises, saysUrgent } from "./shared/clearly-asks.js";
import { asksIfMad, cancelledAgain } from "./shared/waiting-words.js";
import { answersPlainly, correctsGuess, saysOnlyYes, understandYesNo, unsureOfOffer } from "./shared/understand-answers.js";
import { gotAppointment, isBadNews, isGoodNews, moreOfGoodNews, toldOfDeath } from "./shared/reflect.js";
import { complainsOfTillit } from "./shared/understand-trust-questions.js";
import { newsAhead } from "./shared/news-words.js";
import { closes, explainsAway, toldHowTheyAre, understandFree } from "./shared/understand-free.js";
import { greet } from "./free-message.js";
import { nextStepLabels } from "./shared/next-steps.js";
import { handToHuman } from "./wishes.js";
import { stepReferred, whereKnown } from "./shared/chosen-step-words.js";
import { helpNumbers } from "./help-numbers.js";
import { personOfferAnswered, personOfferOpen, sayOffer, yesToStandingOffer, type PersonOfferTopic } from "./offers.js";
import { coordinatorInSentence, coordinatorNames, givesHelpNumbers, isAfterCrisis, nextReadingFor, services, tWhileRead, type TurnServices } from "./turn-services.js";
import { asksToWriteAtNight, callsOut, notLikeLastTime, pleadsForAnswer, saysHardNight, saysSleepless } from "./shared/waiting-words.js";

/** How long what was talked about is remembered for what follows ("på ica" after "fick jobb!"). */
const TALKED_OF_MS = 30 * 60_000;

function recently(s: TurnServices, ...topics: string[]): boolean {
  const t = s.memory.talkedOf;
  return t !== undefined && topics.includes(t.topic) && s.now.getTime() - Date.parse(t.at) < TALKED_OF_MS;
}

/** An offer that someone gets in touch, through the one guard of open offers (offers.ts). */
async function offer(dc: DialogContext, key: string, topic: PersonOfferTopic, heard?: string): Promise<true> {
  return sayOffer(dc, services(dc.context).t(key), topic, heard);
}

async function say(dc: DialogContext, key: string, labels?: string[]): Promise<true> {
  const s = services(dc.context);
  await dc.context.sendActivity(message(s.t(key, { coordinatorInSentence: coordinatorInSentence(s) }), labels));
  return true;
}

/** The yes or no to the offer just made ("1" picks the offer's first choice). */
function answerToOffer(s: TurnServices, text: string) {
  // Only a plain answer: "jag vill plugga mer. kan jag få csn" is a question, not a yes (understand-answers.ts).
  if (!answersPlainly(text) || correctsGuess(text) || unsureOfOffer(text)) return "unclear";
  const picked = /^\s*(\d)[.)]?\s*$/.exec(text)?.[1];
  // No choices on the last message (the door was said since): the offer's own were "1. Ja 2. Nej".
  const choices = s.conversation.lastChoices?.length ? s.conversation.lastChoices : [s.t("choices.yesNo.yes"), s.t("choices.yesNo.no")];
  return understandYesNo(picked ? (choices[Number(picked) - 1] ?? text) : text);
}

/**
 * A few more words after an interest ("typ manga", "mest anime"), asking nothing and saying nothing of
 * oneself ("jag är trött" is no interest), no other reading.
 */
function moreOfInterest(text: string): boolean {
  const said = fold(text);
  return (
    !text.includes("?") && /\p{L}/u.test(text) && said.split(" ").length <= 3 && !/\b(jag|ja|i|im|me|mig|du|det|de|han|hon|ar|mar|har|kan|vill|ska|orkar|inte|not)\b/.test(said) &&
    understandFree(text) === "none" && !nods(text) && !nevermind(text) && !feelsBad(text) && !saysBored(text) && understandYesNo(text) === "unclear"
  );
}

/** The interest kept as what they like (mapping's interests.likes; more of it added), and a warm word. */
async function keepInterest(dc: DialogContext, text: string, more: boolean): Promise<true> {
  const s = services(dc.context);
  const said = more && s.memory.interest?.said ? `${s.memory.interest.said}, ${text.trim()}` : text.trim();
  if (s.participant.dataConsent === true) s.effects.push({ kind: "record-mapping-answer", topic: "interests", question: "likes", answer: said });
  await s.remember({ interest: { said, at: s.now.toISOString() } });
  return say(dc, more ? "talk.interestMore" : "talk.interest");
}

const ITS_FINE = /^((men|but|nah|nej|ah|aa|ok|okej) )*(its|it s|it is|det ar|det e|de e|de ar) (fine|ok|okay|okej|lugnt)( (tho|though|anyway|anyways|anda|typ|egentligen|really|actually|lol|haha))*$/;

/** How soon after their last message a wave reads as a goodbye. */
const MID_TALK_MS = 30 * 60_000;

/**
 * They wrote a moment ago, Tillit has answered in this conversation, and what is open is not the menu of
 * what to do (right after onboarding's menu, "👋" is a hello).
 */
function inTheMiddleOfATalk(s: TurnServices): boolean {
  const before = s.conversation.previousInboundAt;
  const menu = nextStepLabels(s).join("\n") === (s.conversation.lastChoices ?? []).join("\n");
  return !menu && s.conversation.spokenBefore && before !== null && s.now.getTime() - before.getTime() < MID_TALK_MS;
}

/**
 * Answers `text` if it is small talk; false if it is not (the stock acknowledgment follows). `handed`
 * is set when a person was asked for (the dialogs are then cancelled); `mapping`, when the person said
 * yes to telling more about themselves (the caller starts it).
 */
export async function answerSmallTalk(dc: DialogContext, text: string): Promise<boolean | "handed" | "mapping"> {
  const s = services(dc.context);
  // Handed back after a crisis, what is said is answered by the after-crisis care (handed-back.ts).
  if (isAfterCrisis(s)) return false;
  if (await answersDayAfter(dc, text)) return true;
  // After "vad vet du om mig" offered to hear more: "ja" starts it, "nej" or "inget" is heard as such
  // (a young tester's "ja" was taken as a nod, and "inget" then met the same "inga problem" twice).
  if (recently(s, "about-me")) {
    const answer = answerToOffer(s, text);
    if (answer === "yes" || answer === "no" || nevermind(text)) await s.remember({ talkedOf: undefined });
    if (answer === "yes") return "mapping";
    if (answer === "no" || nevermind(text)) return say(dc, "talk.aboutMeNo");
  }
  // "ja", "ok" right after a question was passed on to the coordinator: a nod to it, heard (it met "förstår inte allt").
  if (recently(s, "passed-on") && (saysOnlyYes(text) || nods(text))) {
    await s.remember({ talkedOf: undefined });
    return say(dc, "talk.passedOnNod");
  }
  const offered = personOfferOpen(s);
  if (offered) {
    const answer = answerToOffer(s, text);
    if (answer === "yes") {
      await s.remember({ talkedOf: undefined });
      await handToHuman(dc);
      return "handed";
    }
    if (answer === "no") {
      await s.remember({ talkedOf: undefined });
      await personOfferAnswered(s);
      return say(dc, "talk.topicNo");
    }
    if (recently(s, "kallelse") && asksMustGo(text)) return offer(dc, "talk.mustGo", "kallelse");
    // What the letter says, or when the meeting is, told right after it: heard as more of the same, and the
    // offer stands (each line of a letter met a different "jag förstår inte").
    if (recently(s, "kallelse") && toldMoreOfAppointment(text)) return offer(dc, "talk.appointmentMore", "kallelse");
    if (afraid(text)) return offer(dc, "talk.afraid", "program");
  }
  // "ja" some replies after "Frågan står kvar: svara ja när du vill" (and no question asked since): the yes the copy
  // asked for, whenever it comes (a tester's met "Jag förstår inte allt, jag är bara ett program").
  if (!offered && yesToStandingOffer(s, text)) {
    await handToHuman(dc);
    return "handed";
  }
  // "kanske kan testa den där promenaden" weeks later: the step known for what it is (their small step, the plan,
  // a coordinator's words), said back in their words, and the coordinator offered to be told; a "ja" asks for them
  // (Tillit books nothing a person must agree to). Isak's walk met "förstår inte allt" (texter16 #9).
  if (await answersStepAgain(dc, text)) return true;
  // "måste jag gå på mötet på af?", "måste jag gå?" out of the blue: Tillit cannot decide that, a meeting at
  // AF can matter for their support, and a person is offered (it was once answered "Nej, Arbetsförmedlingen
  // kan inte läsa det här", heard as "no, you need not go").
  const mustGo = asksMustGo(text);
  if (mustGo) return offer(dc, mustGo === "af" ? "talk.mustGoAf" : "talk.mustGoAny", "kallelse");
  // "jag har en jobbintervju på fredag 😬", "börjar en kurs på måndag": something ahead, met warmly (tester22 full05).
  if (await answersNewsAhead(dc, text, false)) return true;
  // "du e så jävla dum asså", "varför svarar du alltid samma sak", "this bot is useless": sorry, a bot that does not
  // understand everything, and how a person answers; unbothered, in a line that varies (they met "Okej! Jag hänger
  // inte riktigt med…", tester24 #9).
  if (complainsOfTillit(fold(text))) return say(dc, "talk.scorned");
  // "min farmor dog i natt": a short warm line first, the door open (it got "Tack för att du berättar", tester25 #9).
  if (toldOfDeath(text)) return say(dc, "talk.grief");
  // "blev sparkad från jobbet på max lol": a brief honest word and an open door, not "Tack!" (tester24 #9).
  if (isBadNews(text)) return say(dc, "talk.badNews");
  // Said to Tillit as to anyone: "hur mår du" gets an honest, friendly answer and the question back (and
  // the "bra" that answers it a glad word); "vad e ditt namn" gets the name; a dull day and missing home
  // get a human word. Each met "jag förstår inte" or "jag är bara ett program".
  if (recently(s, "asked-back") && (nods(text) || saysFine(text))) {
    await s.remember({ talkedOf: undefined });
    return say(dc, "talk.gladToHear");
  }
  const notGoodToMe = recently(s, "asked-back") && saysNotGood(text);
  if (asksHowTillitIs(text)) {
    await s.remember({ talkedOf: { topic: "asked-back", at: s.now.toISOString() } });
    return say(dc, "talk.howAmI");
  }
  if (asksTillitName(text)) return say(dc, "talk.myName");
  // "haha du e rolig för en robot": a light word back, as light (tester22 full06: it met "förstår inte allt").
  if (lightAboutTillit(text)) return say(dc, "talk.lightAboutMe");
  // "typ vad gillar du", "what do you like": truthfully a program with no likes of its own, turned back warmly;
  // what they then tell in a few words ("spela fifa") is kept as what they like (moreOfInterest).
  if (asksWhatTillitLikes(text)) {
    await s.remember({ interest: { said: s.memory.interest?.said ?? "", at: s.now.toISOString() } });
    return say(dc, "talk.likes");
  }
  // "förlåt att jag skriver söndag": no need, and they may write any day, any time (texter18 #17).
  if (sorryForWhenWritten(text)) return say(dc, "talk.writeAnyTime");
  // "förlåt", "sorry", "förlåt för det där i fredags": the same "no need" as while waiting (one reader).
  if (apologises(text)) return say(dc, "waiting.noNeedToApologise");
  // "orkar inte skriva nu": a not-now, accepted warmly, the door left open (texter18 #17).
  if (notUpToWriting(text)) return say(dc, "talk.notNow");
  // "har inte svarat pga allt e bara jobbigt": not answering is okay, said as a welcome (texter18 #15).
  if (explainsAway(text)) return say(dc, "talk.awayExplained");
  // "blir du sur", "är kim arg" (after calling off a meeting): nobody is angry. A coordinator named outside a
  // meeting called off ("är maja arg på mig" after a talk with her) is hers to answer: it is passed on below.
  // A meeting called off is the one to ask about while its request waits in the inbox, too ("jag kan inte komma på
  // mötet imorgon", and a day later "kommer ni vara arga"): the bot talks through it (requestsTheBotTalksThrough).
  const meetingOff = Boolean(s.memory.meetingChanged) || s.conversation.request?.reason === "meeting";
  if (meetingOff ? asksIfMad(text, coordinatorNames(s)) : asksIfMad(text)) return say(dc, meetingOff ? "waiting.notMad" : "talk.notMad");
  // "har ställt in tre gånger nu": it happens, and saying so is right (never a count held against them).
  if (meetingOff && cancelledAgain(text)) {
    await dc.context.sendActivity(message(s.t("waiting.cancelledAgain", { coordinator: coordinatorInSentence(s) })));
    return true;
  }
  // "its just sooo boring och alla e fake": boredom in a longer sentence too (it met "förstår inte allt").
  if (feelsBored(text)) return say(dc, "talk.bored");
  // "har inte jobbat förut": no drawback, everyone starts somewhere (texter18 #17).
  if (toldNeverWorked(text)) return say(dc, "talk.neverWorked");
  if (missesHome(text)) return say(dc, "talk.missHome");
  // "arabiska?": which languages Tillit writes, said honestly, and that the team helps in other ways.
  if (asksOtherLanguage(text)) return say(dc, "language.otherLanguage");
  // "jag inte förstå", "kan du skriva enkel": simpler words or English offered (not "förstår inte allt").
  if (asksSimpler(text)) return say(dc, "language.simpler");
  const program = aboutProgram(text);
  // An appointment told ("fick brev från af om ett möte den 12e"): what is required only they can say, and the
  // team can help get ready for it; never a yes or no to going.
  if (program === "appointment") return offer(dc, "talk.appointment", "kallelse");
  // "fick svar från komvux jag kom in!!": joy first (good news is read below), not "sånt hjälper teamet till med".
  // An offer that someone gets in touch made just before still stands: not made again (a tester got it four times
  // in a row), its yes still counts; what was told is heard in the offer's words, "too" only for another subject
  // (offers.ts offerReply: "Sånt kan teamet också hjälpa dig med" met "cv" after "söker praktik").
  if (program === "kallelse" && !isGoodNews(text)) return offer(dc, "talk.kallelse", "kallelse");
  // "kommer ni kunna hjälpa mig hitta boende?": what the team can do, no place promised, and the offer.
  if (program === "housing") return offer(dc, "talk.housingHelp", "program");
  if (program && !isGoodNews(text)) return offer(dc, "talk.topic", "program");
  // "gillar att rita", then "typ manga": what they like, kept as the answer to mapping's first question
  // (with the yes to keeping answers), and met warmly.
  if (toldInterest(text)) return keepInterest(dc, text, false);
  // "its fine tho" right after heavy things were told and met (the conversation carries concern): played
  // down, heard, and the door left open (it met "förstår inte allt").
  const justWrote = s.conversation.previousInboundAt !== null && s.now.getTime() - s.conversation.previousInboundAt.getTime() < MID_TALK_MS;
  if (s.flagged === "concern" && justWrote && ITS_FINE.test(fold(text))) return say(dc, "talk.itsFine");
  // "jag e 16": heard, plainly (it met "förstår inte allt").
  if (toldAge(text)) return say(dc, toldBirthday(text) ? "talk.ageBirthday" : "talk.ageTold");
  if (s.memory.interest && s.now.getTime() - Date.parse(s.memory.interest.at) < TALKED_OF_MS && moreOfInterest(text)) return keepInterest(dc, text, true);
  // "jag vill fortfarande ha jobb", "vill börja plugga": a step wished for, met gladly, with the offer (it got "förstår inte allt").
  if (wishesToStart(text) && !text.includes("?")) return offer(dc, "talk.wishTopic", "program");
  // "what if i mess it up" the night before an interview: the worry before the step, met as nerves (after "kan inte
  // sova" it got the offer of a person for the sleep).
  if (worriesBeforeStep(text)) return say(dc, "talk.nerves");
  // "har ångest" after the bad day was met: heard, and the offer of a person in plain words.
  if (recently(s, "distress-told") && (feelsBad(text) || afraid(text) || nervous(text))) return offer(dc, "talk.heard", "distress");
  // "kan inte sova", at night too: a warm word, as while waiting (it got "förstår inte allt"), and when a
  // person reads when nobody is in; what follows ("har ångest") is heard as more of it.
  if (saysSleepless(text)) {
    await s.remember({ talkedOf: { topic: "distress-told", at: s.now.toISOString() } });
    await dc.context.sendActivity(message(tWhileRead(s, "talk.sleepless", { coordinator: coordinatorInSentence(s) })));
    return true;
  }
  if (feelsBad(text) || notGoodToMe) {
    await s.remember({ talkedOf: { topic: "distress-told", at: s.now.toISOString() } });
    return say(dc, "talk.distress", [s.t("choices.nextSteps.check-in"), s.t("choices.nextSteps.human")]);
  }
  if (nervous(text)) return say(dc, "talk.nerves");
  // "har varit ute o gått idag för första gången på länge": a first step in a long while, and what follows it
  // ("tänkte bara säga det") a warm word, as while waiting (celebratesWhileWaiting).
  if (toldEffort(text) || firstInALongTime(text)) {
    await s.remember({ talkedOf: { topic: "good-news", at: s.now.toISOString() } });
    return say(dc, "talk.effort");
  }
  // "det e lite lugnare hemma nu", "fick sova hos mormor", "fick matkort!!": relief, met as such (texter16 #11).
  if (toldRelief(text)) {
    await s.remember({ talkedOf: { topic: "good-news", at: s.now.toISOString() } });
    return say(dc, "talk.relief");
  }
  // "det e bättre nu": glad to hear it ("mår bättre" alone is the check-in told, main.dialog.ts).
  if (toldBetter(text) && !toldHowTheyAre(text)) return say(dc, "talk.better");
  // ("tack för hjälp" after good news is a thank-you, answered as one below: it got "Åh, så bra! Berätta gärna mer".)
  // "vad ska jag göra nu" after good news: the next step, which the team helps with, with the offer (not "Vad kul").
  if (recently(s, "good-news", "good-news-more") && asksWhatNow(text)) return offer(dc, "talk.whatNow", "program");
  if (recently(s, "good-news") && !closes(text) && !plainAnswer(text) && moreOfGoodNews(text)) return say(dc, "talk.goodNewsMore");
  if (waves(text)) {
    // "👋" in the middle of a talk (they wrote minutes ago) is a goodbye, not a hello with the menu again.
    if (inTheMiddleOfATalk(s)) return say(dc, "conversation.bye");
    await greet(dc);
    return true;
  }
  // "😴" alone: sleepy, or off to bed; a kind word, not "förstår inte allt".
  if (sleepyFace(text)) return say(dc, "talk.sleepy");
  if (nods(text)) return say(dc, "talk.nod");
  // "😐", "🙃" alone: a so-so day, met as one, with the choice of checking in or a person (not "förstår inte").
  if (meh(text)) return say(dc, "talk.meh", [s.t("choices.nextSteps.check-in"), s.t("choices.nextSteps.human")]);
  // "😭" alone is laughter or tears, so asked which, warmly; "💀", "😂" alone are laughter (both met the stock
  // "jag förstår inte allt", one after the other).
  const face = faceAlone(text);
  if (face) return say(dc, face === "crying" ? "talk.cryingFace" : "talk.laughingFace");
  // "orka" alone; "sluta fråga" out of the blue is a wish for fewer messages (main.dialog.ts).
  if (nevermind(text) || (stopsAsking(text) && understandFree(text) !== "less-contact")) return say(dc, "talk.nevermind");
  return false;
}

/** A step or activity referred to as one chosen or talked about before: said back, and the coordinator offered. */
async function answersStepAgain(dc: DialogContext, text: string): Promise<boolean> {
  const step = stepReferred(text);
  if (!step) return false;
  const s = services(dc.context);
  const known = whereKnown(step, await s.lookups.chosenEarlier());
  if (!known) return false;
  // (A coordinator named on the record is the one to tell; another who wrote is named as the one who offered it.)
  const vars = { step: step.said, coordinator: coordinatorInSentence(s), name: known.from === "staff" ? known.name : "" };
  return sayOffer(dc, s.t(`talk.stepAgain.${known.from === "small-step" ? "smallStep" : known.from}`, vars), "program");
}

/**
 * The day after a heavy night (the conversation carries a concern or crisis flag, or a crisis was handed back
 * not long ago): "sorry för igår natt" and "det e bättre nu" get a warm, brief word that it was good to write
 * and that what was written is still with the coordinator (the flag stands: the team still reads it), no
 * promise of who does what. A tester's apology met "förstår inte allt" and "Det ligger kvar åt Kim". Feeling
 * better after a crisis keeps its own answers (handed-back.ts, waiting.ts); not in a takeover (what is
 * written is then for the coordinator), nor when the message is heavy itself or cannot wait.
 */
export async function answersDayAfter(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || s.concern || saysUrgent(text)) return false;
  const crisis = s.flagged === "crisis" || isAfterCrisis(s);
  if (!crisis && s.flagged !== "concern") return false;
  const said = dayAfter(text);
  if (!said || (said === "better" && crisis)) return false;
  await dc.context.sendActivity(message(s.t(`talk.dayAfter.${said}`, { coordinator: coordinatorInSentence(s) })));
  return true;
}

/**
 * While a person is awaited (asked for, a message passed on, or after a crisis flag), good news, effort
 * and a step wished for ("FICK JOBBET", "fick en intervju!!!", "jag gick ut med hunden idag!!", "jag vill
 * gå skola igen") are met with warmth for what was said, not with the stock line or the crisis numbers
 * (a tester got "Du är inte ensam med det här" and 112 for good news, days after a crisis). What follows
 * good news gets a warm word once, nerves a word for the nerves. Not while the screen found concern in the
 * message or it says it cannot wait, and not in a takeover (what is written is then for the coordinator).
 * After a crisis, "mår bättre nu" keeps its own honest answer (waiting.ts).
 */
export async function celebratesWhileWaiting(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || s.concern || saysUrgent(text)) return false;
  const crisis = s.flagged === "crisis";
  const effort = toldEffort(text) || firstInALongTime(text);
  const news = isGoodNews(text) || effort || (!crisis && toldBetter(text));
  if (news) {
    await s.remember({ talkedOf: { topic: "good-news", at: s.now.toISOString() } });
    // "fick nån tid igen nästa vecka", the day after a crisis: glad of it, plainly (texter17 #16).
    if (gotAppointment(text)) return say(dc, "talk.newAppointment");
    return say(dc, effort ? "talk.effort" : toldRelief(text) && !isGoodNews(text) ? "talk.relief" : "talk.goodNewsMore");
  }
  // "en annan grej, jag har en jobbintervju på lager på fredag 😬" while a person is awaited (it got "Jag är kvar här").
  if (await answersNewsAhead(dc, text, true)) return true;
  if (wishesToStart(text)) {
    await dc.context.sendActivity(message(s.t("waiting.wishTold", { coordinator: coordinatorInSentence(s) })));
    return true;
  }
  if (recently(s, "good-news", "good-news-more") && nervous(text)) return say(dc, "talk.nerves");
  if (recently(s, "good-news", "good-news-more") && asksWhatNow(text)) {
    await dc.context.sendActivity(message(s.t("waiting.whatNow", { coordinator: coordinatorInSentence(s) })));
    return true;
  }
  // One warm word for what follows ("på ett kafe", "imorgon"), not the same joy on every message after.
  if (recently(s, "good-news") && text.trim().split(/\s+/).length <= 5 && moreOfGoodNews(text) && understandFree(text) === "none" && !closes(text) && !plainAnswer(text)) {
    await s.remember({ talkedOf: { topic: "good-news-more", at: s.now.toISOString() } });
    return say(dc, "talk.goodNewsMore");
  }
  return false;
}

/**
 * Something ahead told (news-words.ts newsAhead): good luck, with the day said back when it was told, and the nerves
 * met only when they were said; a course or a flat, a warm word that fits. For an interview with nothing awaited, the offer that someone
 * from the team helps prepare (its yes asks for a person; nothing promised only a person can keep). While a person is
 * awaited (`waiting`), no offer: the team sees it, and preparing is theirs to take up with them.
 */
async function answersNewsAhead(dc: DialogContext, text: string, waiting: boolean): Promise<boolean> {
  const ahead = newsAhead(text);
  if (!ahead) return false;
  const s = services(dc.context);
  if (ahead.kind !== "interview") {
    await dc.context.sendActivity(message(s.t(`talk.ahead.${ahead.kind}`)));
    return true;
  }
  const when: Record<string, string> = ahead.when ? { when: s.t(`talk.ahead.when.${ahead.when}`) } : {};
  const key = `talk.ahead.interview${waiting ? "Waiting" : ""}${ahead.when ? "When" : ""}`;
  // Nerves only when they said so ("ska på intervju imorgon, så nervös"): told "Lite nervös är helt normalt" unasked,
  // a tester who never said he was nervous was told what he felt (tester24 #9).
  const said = nervous(text) ? `${s.t("talk.nerves")} ${s.t(key, when)}` : s.t(key, when);
  if (!waiting) return sayOffer(dc, said, "program");
  await dc.context.sendActivity(message(said));
  return true;
}

/**
 * A bare yes or no ("ja", "nej", "1") is an answer to what was asked last, never more good news: a second "ja" after
 * the yes to a person getting in touch met "Vad kul, det låter riktigt bra!" (texter16 #5).
 */
function plainAnswer(text: string): boolean {
  return saysOnlyYes(text) || /^\s*\d\s*$/.test(text) || (fold(text).split(" ").length <= 2 && understandYesNo(text) !== "unclear" && !isGoodNews(text));
}

/** How long the 24/7 numbers, once given, stay in view for a night's messages. */
const NIGHT_MS = 6 * 3_600_000;

/** They wrote, and Tillit answered, within the last half hour: "hallå?" now waits for a reply. */
function answeredJustNow(s: TurnServices): boolean {
  const { previousInboundAt, lastAutomatedAt } = s.conversation;
  return previousInboundAt !== null && lastAutomatedAt !== null && s.now.getTime() - previousInboundAt.getTime() < MID_TALK_MS && s.now.getTime() - lastAutomatedAt.getTime() < MID_TALK_MS;
}

/** A crisis flag this recent still colours a hard night: the numbers once, and the team told. */
const RECENT_CRISIS_MS = 14 * 24 * 3_600_000;

async function crisisLately(s: TurnServices): Promise<boolean> {
  return isAfterCrisis(s) || (await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - RECENT_CRISIS_MS))).length > 0;
}

/**
 * The night, and the wish for an answer, heard for what they are, a crisis not long ago or not (a young woman a
 * week after a suicide crisis wrote "kass natt", "inte som förra gången dock", "vill bara att nån svarar" at 03:00
 * and got three "jag förstår inte" lines; "hallå?" then got the menu): a hard night gets a warm word; "vill bara
 * att nån svarar" is a plea, passed to the team with the truth that nobody is in at night and where to talk now;
 * "hallå?" minutes after Tillit answered is someone waiting for a reply, not a hello; and "kan jag skriva här om
 * det blir dåligt igen på natten" is answered by Tillit itself. After a crisis not long ago the 24/7 numbers come
 * once (not when a text just gave them, or they were declined) and a hard night is raised for the team.
 */
export async function answerNight(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.concern || saysUrgent(text)) return false;
  const { open, reading } = nextReadingFor(s);
  const vars = { coordinator: coordinatorInSentence(s), reading };
  // Once in a night: not when Tillit's last text or any message of the last hours gave them (or they were declined).
  // The word at a hand-back is dated (numbersAt): its numbers count for a night, not for the week it may stay the last
  // text (a hard night a week after a crisis got none, as they were "in view" in it).
  const lastGave = !s.conversation.handBackTold && givesHelpNumbers(s.conversation.recentTexts.at(-1) ?? "");
  const numbersInView = Boolean(s.memory.numbersDeclined) || lastGave || (s.memory.numbersAt !== undefined && s.now.getTime() - Date.parse(s.memory.numbersAt) < NIGHT_MS);
  if (asksToWriteAtNight(text)) {
    await dc.context.sendActivity(message(s.t(open ? "talk.writeAtNight" : "talk.writeAtNightNow", vars)));
    return true;
  }
  if (pleadsForAnswer(text)) {
    s.effects.push({ kind: "request-human", reason: "asked" });
    // Passed on now, so when someone reads is said with it (turn-services.ts nextReadingFor).
    const word = s.t(open ? "talk.plea" : "talk.pleaNight", { ...vars, reading: nextReadingFor(s).reading });
    await dc.context.sendActivity(message(open || numbersInView ? word : `${word} ${await helpNumbers(s, "waiting.sleeplessNumbers")}`));
    return true;
  }
  if (callsOut(text) && answeredJustNow(s)) {
    // "hallå?" asks whether anyone is there: when someone is, said every time.
    const asked = { ...vars, reading: nextReadingFor(s, { always: true }).reading };
    await dc.context.sendActivity(message(open ? s.t("talk.stillHere", asked) : s.t(numbersInView ? "common.nobodyInNowShort" : "common.nobodyInNow", asked)));
    return true;
  }
  const hard = saysHardNight(text);
  if (!hard && !(notLikeLastTime(text) && (recently(s, "distress-told") || (await crisisLately(s))))) return false;
  const lately = await crisisLately(s);
  if (hard) {
    await s.remember({ talkedOf: { topic: "distress-told", at: s.now.toISOString() } });
    if (lately) s.effects.push({ kind: "flag-concern", reasons: ["after-crisis"] });
  }
  const word = hard ? tWhileRead(s, "talk.hardNight", vars) : s.t("talk.notLikeLastTime", vars);
  await dc.context.sendActivity(message(hard && lately && !open && !numbersInView ? `${word} ${await helpNumbers(s, "waiting.sleeplessNumbers")}` : word));
  return true;
}
