// While the conversation waits for a person (asked for, or flagged by the safety screen, or a
// coordinator's takeover gone quiet), Tillit runs no dialogs but never plays dead: questions get
// their answers (one it does not recognise, or "hallå?", an honest word of when a person reads),
// wishes are honoured, and every other message is acknowledged honestly (only a pure filler right after
// an answer may go unanswered, never twice in a row), with when a person will read it unless the text
// before just said so; good news and effort are met with warmth (small-talk.ts); the 24/7 numbers are
// never glued onto a light message, and after a crisis come when it is heavy, cannot wait or they are
// asked for, else only after a long while without them; hours after a crisis an ordinary message gets an ordinary reply; asking for a check-in or the like is told that Tillit's questions wait until the person
// has been in touch. "är det nån där" is answered (who is there, when the team reads, what if it is urgent), and
// "kan inte sova" heard, with that the person awaited still knows, never only the receipt.
import type { DialogContext } from "botbuilder-dialogs";
import { closes, declinesCall, explainsAway, signpostTopic, understandFree, type QuestionKind } from "./shared/understand-free.js";
import { detectReminderRequest } from "./shared/recognize.js";
import { message } from "./shared/prompts.js";
import { apologises, asksWhenAnswered, clearlyAsks, complainsOfWaiting, saysScared, saysUrgent } from "./shared/clearly-asks.js";
import { answeredWhoIsTeamMember, answerQuestion, questionInContext, stillThereStaff } from "./answer-question.js";
import { answersCheckInPace, answersPaceAsked, answersStopAsking, helplinesSaid, needsNumbers, numbersDueAgain, numbersInView, NUMBERS_AGAIN_MS, reminderEffects, reminderReplyKey, sayWithReading } from "./wishes.js";
import { coordinatorInSentence, coordinatorNames, nextReadingFor, services, type TurnServices } from "./turn-services.js";
import { heardInBurst, mayBeginBurstWhileWaiting, plainReceiptQuiet, readAsBurst, readLastAlone, saidEarlierInBurst } from "./burst.js";
import { routeErasureRequest } from "./erasure-route.js";
import { LOOSE_TAKE_BACK_MS, takesBackRequest } from "./shared/understand-take-back.js";
import { asksForTeamNumber, declinesNumbers } from "./shared/numbers-words.js";
import { describeOfficeHours } from "../bot/domain/office-hours.js";
import { passesOnMessage } from "./shared/pass-on-words.js";
import { ERASURE_HANDOFF_REASON, participantRequests, STAFF_RAISED_REASON } from "../bot/domain/vocabulary.js";
import { asksToEraseSome, takesBackErasure } from "./shared/erasure-words.js";
import { asksAnyoneThere, asksForCall, asksIfMad, asksPractical, asksQuickHelp, asksWhenInAWord, callsOut, cancelledAgain, closesOff, isFiller, isLight, planInMotion, pleadsInAWord, saysBetter, saysDrowsy, saysJoking, saysNoFood, saysOutdoors, quickFoodHelpKey, saysSleepless, afterPills, PILLS_MS, planInMotionKey, asksWhyNumbers, toldProtectiveStep, asksOpeningHours, asksWhoAnswers, asksQuietFirst, asksSomeoneToCome, cannotCall, othersLeft, crisisWaitKeys, asksForEnglishHelp, complainsNotAnswered, questionTopic, asksQuestion, saysWhenTheyCan, mentionsHelp } from "./shared/waiting-words.js";
import { fold } from "./shared/fold.js";
import { answersOnItsOwn, saysOnlyYes, understandYesNo, wishesOtherPlace } from "./shared/understand-answers.js";
import { readScale } from "./shared/understand-scale.js";
import { answersDayAfter, celebratesWhileWaiting } from "./small-talk.js";
import { faceAlone, feelsBad, lightAboutTillit, sorryForWhenWritten } from "./shared/understand-small-talk.js";
import { acknowledge as acknowledgeConcern, guessedByModel } from "./concern-offer.dialog.js";
import { helpNumbers, helpNumbersKey } from "./help-numbers.js";
import { answersWhatNow, answersWhetherAnswered } from "./handed-back.js";
import { isConcernCategory } from "../bot/safety/categories.js";
import { stepReferred, whereKnown } from "./shared/chosen-step-words.js";
import { answeredOutTonight, nobodyInTonight } from "./out-tonight.js";
import { asksWhatToDo, correctsToSomeoneElse, forSomeoneElseKey, stateOfSomeoneElse, toldElsewhere } from "./shared/someone-else-words.js";
import { harmFromOthers } from "./shared/harm-words.js";
import { firstCrisisKey } from "./shared/crisis-kind.js";
import { changesName } from "./name-change.js";

// Asking for one of Tillit's dialogs by name ("kolla läget", "berätta om mig"): they wait for the person.
const ASKS_FOR_DIALOG: ReadonlySet<string> = new Set(["check-in", "mapping", "rating", "plan"]);

export async function replyWhileWaiting(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  // Good news or effort told after good news was passed on ("har börjat träna" after "vill bara säga att
  // jag har det bättre nu"): celebrated, not acknowledged as a wait (it once met silence).
  // "sorry för igår natt", the day after a heavy night: a warm word, and what was written still with the coordinator.
  if ((await answersDayAfter(dc, dc.context.activity.text ?? "")) || (await celebratesWhileWaiting(dc, dc.context.activity.text ?? ""))) return;
  const text = dc.context.activity.text ?? "";
  // "stop giving me numbers": heard for the rest of the wait, not for one message (they stay in view above).
  if (declinesNumbers(text)) {
    await s.remember({ numbersDeclined: true });
    return sayWithReading(dc, "waiting.numbersDeclined");
  }
  // "its not me its my friend!!", "she is breathing weird", "what do i do": the steps for this crisis, to the helper
  // when it is someone else's (before drowsiness, which reads "you" as the one who took the pills).
  if (await answeredCrisisSteps(dc, text)) return;
  // "ingen slår mig", "kan jag ringa 112 fast jag inte vet om det e akut?", "ok jag ringer hennes mamma först", "hon
  // svarade!!": each has its own answer in a crisis wait (waiting-words.ts crisisWaitKeys; tester22 full08, full09).
  if (await answeredInCrisisWait(dc, text)) return;
  // "jag kan inte ringa han hör ju", "kan nån komma hit?", "ok han gick ut nu. lugnt" (texter21 #2).
  if ((await answeredCannotCall(dc, text)) || (await answeredSomeoneToCome(dc, text)) || (await answeredOthersLeft(dc, text))) return;
  // Drowsy, dizzy or sick after pills: an emergency, so 112 at once and every time (in words that vary).
  if (s.flagged === "crisis" && saysDrowsy(text) && afterPills(await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - PILLS_MS)))) {
    await dc.context.sendActivity(message(s.t("waiting.drowsyAfterPills")));
    return;
  }
  if (await answeredCrisisNow(dc, text)) return;
  // "sitter i trapphuset", "han slängde ut mig", "har 4% batteri": what to do now, in any wait (out-tonight.ts).
  if (await answeredOutTonight(dc, text)) return;
  if (await answeredFoodTonight(dc, text)) return;
  if (await answeredPhoneSafety(dc, text)) return;
  if (await answeredCallOut(dc, text)) return;
  // "vad händer nu", "o nu då?": where things stand, from the record (handed-back.ts).
  if (await answersWhatNow(dc, text)) return;
  // "kan du kalla mig J": a name is taken and confirmed while waiting too (it got "Jag är kvar här").
  if (!s.concern && (await changesName(dc, text))) return;
  // "can someone help in english tomorrow?": the team reads it, and whether someone can is theirs to say (it got "Got it.").
  if (!s.conversation.takenOver && s.flagged !== "crisis" && asksForEnglishHelp(text)) {
    await dc.context.sendActivity(message(s.t("waiting.languageAsked", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  const intent = questionInContext(s, text, understandFree(text));
  if (intent === "none" && (await stillThereStaff(s, text))) return answerQuestion(dc, "still-mine");
  if (intent === "none" && (await answeredWhoIsTeamMember(dc, text))) return;
  // "kan nån hjälpa mig läsa det?" after a letter, "can someone help me read them" (which reads as what is kept).
  if (await answeredQuestion(dc, text, "letter")) return;
  // "sluta fråga saker, inte sluta helt" is no wish to stop (it got how to send STOPP); "vad valde jag förra gången" is
  // answered from what is stored (tester22 full04).
  if ((await answersStopAsking(dc, text)) || (await answersPaceAsked(dc, text))) return;
  if (intent.startsWith("question:")) return answerQuestion(dc, intent.slice("question:".length) as QuestionKind);
  const reminder = detectReminderRequest(text);
  if (reminder) {
    reminderEffects(s, reminder);
    await dc.context.sendActivity(message(s.t(await reminderReplyKey(s, reminder))));
    return;
  }
  // A call turned down is heard and passed on, never answered with how to stop ("ring mig inte").
  if (declinesCall(text)) {
    await dc.context.sendActivity(message(s.t("waiting.noCall", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  if ((await tookErasureBack(dc, text)) || (await tookRequestBack(dc, text))) return;
  // "men inte biblioteket. för mycket folk" after a yes to a person getting in touch: a wish about where to
  // meet, which waits for them with the rest, and is said to (not "Jag är kvar här"). Not in a takeover.
  if (wishesOtherPlace(text) && !s.conversation.takenOver) {
    await dc.context.sendActivity(message(s.t("concern.placeWish", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // "kan du fråga varannan vecka istället", "varför frågar du samma varje vecka": how often the check-in asks (wishes.ts).
  if (await answersCheckInPace(dc, text)) return;
  // A message for the coordinator: it waits for them with everything else, and is said to.
  if (passesOnMessage(text, coordinatorNames(s))) return sayWithReading(dc, "common.passedOn", { light: !s.concern && !saysUrgent(text) });
  if (intent === "less-contact") return answerQuestion(dc, "stop");
  if (intent === "delete-data") return routeErasureRequest(dc);
  // A partner's control told while a person is awaited ("min kille kollar min mobil hela tiden"): what can be
  // done about the phone, reminders off and Kvinnofridslinjen, as when nobody is awaited, after a crisis too
  // (it got "Det låter tungt. Jag har markerat det som viktigt…" alone). Not twice in a row in the same words.
  if (await answeredControl(dc)) return;
  // "radera allt jag skrivit om pappa": part of it waits for the person too, and how to erase everything is said.
  if (asksToEraseSome(text)) return sayWithReading(dc, "erasure.partPassedOn");
  // After a crisis flag nothing goes unanswered ("när kommer nån?", "glöm det", "ingen svarar ju"):
  // every message gets when a person reads and the numbers that are open now, in words that vary.
  if (s.flagged === "crisis") return sayAfterCrisis(dc, text, intent);
  // "haha du e rolig för en robot": a light word back while they wait too (it got "Jag är kvar här"; tester22 full06).
  if (!s.concern && lightAboutTillit(text)) {
    await dc.context.sendActivity(message(s.t("talk.lightAboutMe")));
    return;
  }
  // "förlåt att jag skriver söndag", "sorry att jag skriver så sent": they may write any day, any time (texter18 #17).
  if (sorryForWhenWritten(text)) {
    await dc.context.sendActivity(message(s.t("talk.writeAnyTime")));
    return;
  }
  // "hej igen", "hej" back while the request is open: welcomed, with where it stands (a young tester back
  // after ten days got "Tack, Maja får se det här.", a filing receipt). Nothing heavy in it: no numbers.
  // "hallå?" is a call-out, answered as one below.
  if (intent === "greeting" && !callsOut(text) && !clearlyAsks(text) && !s.concern && !s.conversation.takenOver) return sayWithReading(dc, "waiting.hello", { light: true, fresh: true });
  // "kanske kan testa den där promenaden" while a person is awaited: the step known for what it is, said back, and
  // that it waits for the coordinator with the rest (the offer to tell them is answered already: they are awaited).
  if (await toldStepAgain(dc, text)) return;
  // "när har ni öppet", "vem e det som kommer svara", "kan ja få ett nummer till nån då": each asks something with a true
  // answer (a tester got only "Jag är kvar här" and "Tack, teamet får se det här" for them).
  if (await answeredAboutTheTeam(dc, text)) return;
  // "när svarar ni?": when a person next reads, and what to do if it cannot wait, in words that vary
  // (it got the every-second acknowledgment, which only said when someone reads).
  // "nu", "idag?", "asap" right after asking: a question about when, said in one word (it met silence).
  if (asksWhenAnswered(text) || asksWhenInAWord(text)) {
    if (saysUrgent(text)) s.effects.push({ kind: "flag-concern", reasons: ["urgent"] });
    return sayWhenAnswered(dc, asksWhenInAWord(text) && !saysUrgent(text));
  }
  // "kan hon ringa", "ring mig": a call asked for is passed on with the rest, and said to be.
  if (asksForCall(text)) return sayWithReading(dc, "waiting.callAsked", { fresh: true });
  if (intent === "human") return sayWithReading(dc, "waiting.alreadyAsked", { fresh: true });
  // "checka in", "berätta om mig": asked for by name, so said plainly why not now (never silence).
  // ("jag mår skit", "asså / jag / mår / typ / skit": how they are, told, not the check-in asked for: heard below.)
  if (ASKS_FOR_DIALOG.has(intent) && !feelsBad(text)) {
    await dc.context.sendActivity(message(s.t("waiting.paused", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // "har inte svarat pga allt e bara jobbigt" (heavy to the screen or not): a welcome, not answering is okay (texter18 #15).
  if (explainsAway(text)) {
    await dc.context.sendActivity(message(s.t("talk.awayExplained")));
    return;
  }
  // "kan inte sova": heard, and that the person awaited still knows (before the heavy line: the screen may read sleep as concern).
  if (await answeredSleepless(dc, text)) return;
  // Something heavy (the screen's concern) is answered every time, not only when an acknowledgment is
  // due: "vi blir vräkta nästa månad" once met silence because the message before had been answered.
  if (s.concern) return sayWithReading(dc, "waiting.heardHeavy");
  // "ibland känns det som att jag e en dålig mamma", "mår skit": a bad feeling told quietly, which the screen
  // did not take up, is met with a human word, not "Jag är kvar här" (nothing is said to be marked).
  if (feelsBad(text)) return sayWithReading(dc, "waiting.heardBad", { fresh: true, light: true });
  // "torsdag går bra", "fast jag kan inte imorgon": when they can, heard, for the team to settle with them (tester22 full11, full13).
  if (saysWhenTheyCan(text) && !s.conversation.takenOver) return sayWithReading(dc, "waiting.daysNoted", { fresh: true, light: true });
  // "kommer ni vara arga" after calling off a meeting: no, and that the team knows plans change.
  const mad = asksIfMad(text, coordinatorNames(s));
  if (mad || cancelledAgain(text)) {
    await dc.context.sendActivity(message(s.t(mad ? "waiting.notMad" : "waiting.cancelledAgain", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // "du svarar ju inte på nåt jag frågar": sorry, Tillit is a program, and the questions are kept for the team (session 22).
  if (complainsNotAnswered(text) && !s.conversation.takenOver) return sayQuestionKept(dc, "waiting.notAnswering");
  // A question nobody recognised, "hallå?" or "ingen har ringt": asked, so answered every time (never
  // silence). A takeover gone quiet says so, never "I'm still here" after "a person answers here now".
  if (complainsOfWaiting(text)) return sayWithReading(dc, "waiting.sorryForTheWait");
  if (saysUrgent(text)) {
    s.effects.push({ kind: "flag-concern", reasons: ["urgent"] });
    const { reading } = nextReadingFor(s);
    await dc.context.sendActivity(message(`${await helpNumbers(s, "waiting.urgentAsked")} ${reading}`));
    return;
  }
  // An apology is never urgent: no numbers glued to it, and no second "when someone reads" in a row.
  if (apologises(text)) return sayWithReading(dc, "waiting.noNeedToApologise", { light: true, fresh: true });
  // "ok gn": a good night back, and that what they wrote waits (it got "Tack, teamet får se det här.").
  if (closes(text) === "night") {
    await dc.context.sendActivity(message(s.t("waiting.goodNight", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // "😭" alone is no filler: laughter or tears, asked which, warmly (it met silence right after the request).
  if (faceAlone(text) === "crying") return sayWithReading(dc, "waiting.cryingFace", { fresh: true, light: true });
  // "finns det nån kurs typ truckkort man kan gå gratis?", "whats aktivitetsstöd": a question nothing above answers.
  // "can you help me with csn?", "behöver hjälp att söka csn": where to read and ask (the signpost), and that the team
  // helps too and has the question (tester24 #9: "That one is for the team", and "I'm still here" for the second).
  if (!s.conversation.takenOver && mentionsHelp(text) && signpostTopic(text) !== undefined) return answerQuestion(dc, "practical");
  if (await answeredQuestion(dc, text, "any")) return;
  // Never silence while a person is awaited, but for a pure filler ("ok", "👍") right after an answer in
  // the same minute, and never twice in a row ("nu" and "kan hon ringa" once went unanswered).
  if (mayStayQuiet(s, text) && !clearlyAsks(text)) return;
  // More of a burst whose first message got the receipt, the whole saying nothing that receipt does not cover: the
  // last message is read alone after all ("nu" still asks when), and otherwise the one receipt is the burst's.
  if (readAsBurst(dc) && !clearlyAsks(text)) {
    readLastAlone(dc);
    return replyWhileWaiting(dc);
  }
  if (plainReceiptQuiet(dc)) return;
  // A second bare "ja" after the yes to someone getting in touch (not a filler just after an answer, above): heard,
  // it is already on its way (it met "Vad kul, det låter riktigt bra!" or the stock line, texter16 #5).
  // ("okej" after an answer is a nod to it, acknowledged as such below.)
  if (saysOnlyYes(text) && !OK_NOD.test(fold(text)) && !s.conversation.takenOver && (s.conversation.request?.reason === "asked" || s.conversation.request?.reason === "concern")) {
    return sayWithReading(dc, "waiting.alreadyAsked", { fresh: true, light: true });
  }
  // "tack för hjälp": a thank-you back, and that what they wrote waits (it got "Jag är kvar här, och det du
  // skriver sparas", after his good news); the words said after a crisis fit any wait.
  if (closes(text) === "thanks" && !s.conversation.takenOver) {
    await dc.context.sendActivity(message(s.t("waiting.afterCrisisThanks", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // "badly", "a bit", "no" as if the check-in went on: its questions are paused, nothing needs answering (once; a
  // young tester's "a bit" and "no" got nothing at all, read as more of a burst its receipt covered).
  if (!s.conversation.takenOver && answersOnItsOwn(text) && !s.conversation.recentTexts.slice(-3).some((t) => QUESTIONS_PAUSED.test(t))) {
    return sayWithReading(dc, "waiting.answersPaused", { fresh: true, light: true });
  }
  await sayWithReading(dc, s.conversation.takenOver ? "waiting.ackTakenOver" : "waiting.ack", { fresh: true, light: isLight(text, intent), daily: true });
  // "asså", "hallå": the plain receipt, which is a burst's if more of it comes (burst.ts).
  await mayBeginBurstWhileWaiting(dc, text);
}

const OK_NOD = /^(k|kk|ok|okej|okey|oki|okay|okok|aight|fine|alright|mm|mmm|mhm)\b/;
/** Said lately that Tillit's questions are paused (waiting.answersPaused, waiting.paused). */
const QUESTIONS_PAUSED = /frågor (är )?pausade|pausat mina frågor|questions are paused/;

/** A step referred to as one chosen or talked about before (chosen-step-words.ts): said back, waiting for the coordinator. */
async function toldStepAgain(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const step = stepReferred(text);
  if (!step || s.conversation.takenOver || !whereKnown(step, await s.lookups.chosenEarlier())) return false;
  await sayWithReading(dc, "waiting.stepTold", { fresh: true, light: true, vars: { step: step.said } });
  return true;
}

/**
 * A question asked while a person is awaited, which Tillit cannot answer (session 22: "kan nån hjälpa mig läsa det?"
 * about a letter from Försäkringskassan and "finns det nån kurs typ truckkort man kan gå gratis?" got "Jag är kvar
 * här…" and "Uppfattat. Det ligger kvar åt teamet"): heard as a question, said honestly to be one for the team and kept
 * for them, in words that show what it asked (help with a letter: they can go through it together; a course: the team
 * knows what there is), with when they read unless just said. Nothing is made up. `which`: "letter" only (asked
 * before the recognised questions, as "read" reads as what is kept), or "any" question nothing before answered.
 * Not in a takeover, whose receipt names who has the chat.
 */
async function answeredQuestion(dc: DialogContext, text: string, which: "letter" | "any"): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || !asksQuestion(text)) return false;
  const topic = questionTopic(text);
  if (which === "letter" && topic !== "letter") return false;
  await sayQuestionKept(dc, topic === "letter" ? "waiting.questionLetter" : topic === "course" ? "waiting.questionCourse" : "waiting.questionWaits");
  return true;
}

/** `key` with the coordinator and when a person reads (left out when said in the last few texts, turn-services.ts). */
async function sayQuestionKept(dc: DialogContext, key: string): Promise<void> {
  const s = services(dc.context);
  const { reading } = nextReadingFor(s, { unlessJustSaid: true });
  await dc.context.sendActivity(message(s.t(key, { coordinator: coordinatorInSentence(s), reading })));
}

/** How long after a crisis flag its steps are what "what do i do" asks for, and a correction is heard: the night. */
const STEPS_MS = 24 * 3_600_000;

/**
 * Right after a crisis reply, what it is about and what to do, heard as such (a young tester at night, texter21 #1):
 * - "its not me its my friend!!", "det är inte jag, det är min kompis": the correction, said sorry for in a word and
 *   answered with the steps for the writer as the helper (it got the control acknowledgment, Kvinnofridslinjen);
 *   remembered for the night, so what follows is read the same way;
 * - "she is breathing weird", "hon vaknar inte", when the crisis is someone else's: the first-aid words again, in
 *   other words (a generic line before), whether or not the screen reads it as a crisis (bot/core/flag-crisis.ts);
 * - "what do i do", "vad ska jag göra": the concrete steps for that crisis (pills, one's own safety, harm at home,
 *   BRIS first to someone known to be under 18), not where things stand ("vad händer nu" still gets that).
 * One message each, never the same words twice in a row (the lists vary).
 */
async function answeredCrisisSteps(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.flagged !== "crisis" || s.conversation.takenOver) return false;
  const corrects = correctsToSomeoneElse(text);
  const state = !corrects && stateOfSomeoneElse(text);
  // "hon bor i malmö, jag i göteborg" after a friend's crisis: the steps from afar (it got "Du är inte ensam med det här").
  const elsewhere = !corrects && !state && toldElsewhere(text);
  if (!corrects && !state && !elsewhere && !asksWhatToDo(text)) return false;
  const flags = await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - STEPS_MS));
  const latest = flags.reduce<(typeof flags)[number] | undefined>((a, f) => (a && a.at >= f.at ? a : f), undefined);
  if (!latest) return false;
  // A correction only to a crisis that can be someone else's (pills, suicide, self-harm, a body in danger): "det är min
  // pappa" after harm at home names who did it, and is never answered with "stay with them" (a reviewer).
  if (corrects && forSomeoneElseKey(latest.categories) === undefined) return false;
  // Whose the latest crisis is: its own flag, or a correction made after it (the writer's own "jag vill också dö" after
  // a friend's pills is the writer's, however the night began).
  const correctedAt = s.memory.crisisAboutAnotherAt ? Date.parse(s.memory.crisisAboutAnotherAt) : Number.NaN;
  const another = corrects || Boolean(latest.aboutAnother) || correctedAt >= latest.at.getTime();
  // "han svarar inte"-like words of someone in a crisis that is the writer's own are read as everything else is.
  if ((state || elsewhere) && !another) return false;
  if (corrects) await s.remember({ crisisAboutAnotherAt: s.now.toISOString() });
  if (elsewhere) await s.remember({ crisisFromAfarAt: s.now.toISOString() });
  // Far away or only in writing (the flag's message, or told since): no "stay with them", no first aid at their side.
  const farAt = s.memory.crisisFromAfarAt ? Date.parse(s.memory.crisisFromAfarAt) : Number.NaN;
  const far = !state && (elsewhere || latest.fromAfar || farAt >= latest.at.getTime());
  const key = another ? (forSomeoneElseKey(latest.categories, far) ?? (far ? "waiting.whatToDoAnotherFar" : "waiting.whatToDoAnother")) : await stepsKey(s, latest.categories);
  const steps = s.t(key);
  await dc.context.sendActivity(message(corrects ? `${s.t("waiting.notYouSorry")} ${steps}` : steps));
  return true;
}

/**
 * In a crisis wait, what has an answer of its own whichever way it comes in (crisisWaitKeys, shared with the reply to a
 * message the screen flags again): a false alarm corrected (sorry, the team sees it and can clear it, no numbers; an age
 * question they had asked answered), whether to call 112 (yes), a step for someone else, or them reached and safe.
 * Not while a coordinator has the chat: what is said then is theirs to answer.
 */
async function answeredInCrisisWait(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.flagged !== "crisis" || s.conversation.takenOver) return false;
  const keys = crisisWaitKeys(text, await harmToldLately(s));
  if (!keys) return false;
  await dc.context.sendActivity(message(keys.map((k) => s.t(k)).join(" ")));
  return true;
}

/**
 * "jag kan inte ringa han hör ju", "i cant call he'll hear", in a crisis wait: what to do when calling is not possible
 * (it got "Du är inte ensam med det här, teamet vet om det."). A chat that is not heard: BRIS at bris.se under 18,
 * Självmordslinjen at mind.se for adults (BRIS named too when the age is not known); 112 can still be called and
 * whispered to, and from a smartphone the position goes with the call (AML, SOS Alarm: sosalarm.se/112). No SMS to
 * 112: in Sweden that is only for people registered beforehand as deaf or hard of hearing.
 * After harm from others the line for it, as the steps after harm name it (stepsKey): BRIS's chat for under-18s, and
 * Kvinnofridslinjen, free and not on the phone bill, for when a call can be made (a reviewer: mind.se's chat for
 * adults came after harm at home told).
 */
async function answeredCannotCall(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.flagged !== "crisis" || !cannotCall(text)) return false;
  const harm = (await harmToldLately(s)) ? ((await familyHarmLately(s)) ? "waiting.cannotCallHarmFamily" : "waiting.cannotCallHarm") : "waiting.cannotCall";
  const key = (await s.lookups.knownMinor()) ? "waiting.cannotCallMinor" : harm;
  await dc.context.sendActivity(message(s.t(key)));
  return true;
}

/** Harm from others is among the crisis flags of the night (STEPS_MS). */
async function harmToldLately(s: TurnServices): Promise<boolean> {
  const flags = await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - STEPS_MS));
  return flags.some((f) => harmFromOthers(f.categories));
}

/**
 * The harm of the night was told as a parent's or family's (dialogs/shared/crisis-kind.ts fromFamily): its lines name
 * BRIS first for anyone who may be under 18 and no Kvinnofridslinjen (a boy hit by his father was given it, tester24).
 */
async function familyHarmLately(s: TurnServices): Promise<boolean> {
  const flags = await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - STEPS_MS));
  return flags.some((f) => f.fromFamily);
}

/**
 * "kan nån komma hit?", "can someone come over" in a wait: honestly, nobody from the team can come now (and when
 * someone reads, at night), and 112 can send the police or an ambulance (it got the plain acknowledgment). Never a
 * promise that someone will come. Not while a coordinator has the chat: that is theirs to answer.
 */
async function answeredSomeoneToCome(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver || !asksSomeoneToCome(text)) return false;
  const { open, reading } = nextReadingFor(s);
  await dc.context.sendActivity(message(s.t(open ? "waiting.someoneToComeOpen" : "waiting.someoneToCome", { coordinator: coordinatorInSentence(s), reading })));
  return true;
}

/**
 * "ok han gick ut nu. lugnt", "pappa har somnat", after a crisis of harm from others: a calm moment, met as one, with
 * 112 if it turns again (it got "Starkt! Hur kändes det?": someone else going out is no effort of theirs).
 */
async function answeredOthersLeft(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.flagged !== "crisis" || s.conversation.takenOver || !othersLeft(text) || saysUrgent(text)) return false;
  if (!(await harmToldLately(s))) return false;
  await dc.context.sendActivity(message(s.t("waiting.calmerNow")));
  return true;
}

/** The steps for a crisis of the writer's own: pills, suicide or self-harm, harm from others (BRIS first under 18), or any other. */
async function stepsKey(s: TurnServices, categories: readonly string[]): Promise<string> {
  if (categories.includes("overdose")) return "waiting.whatToDoOverdose";
  if (categories.includes("suicide") || categories.includes("self-harm")) return "waiting.whatToDoSelf";
  if (!harmFromOthers(categories)) return "waiting.whatToDo";
  if (await s.lookups.knownMinor()) return "waiting.whatToDoHarmMinor";
  return (await familyHarmLately(s)) ? "waiting.whatToDoHarmFamily" : "waiting.whatToDoHarm";
}

/** How long "right after a crisis" lasts for going out now and closing off: the crisis flags of this while. */
const CRISIS_NIGHT_MS = 24 * 3_600_000;
/** How long being outdoors, told in a crisis wait, stays what a plea is answered with. */
const OUTDOORS_MS = 6 * 3_600_000;

/**
 * In a crisis wait, what a message says chooses the reply, not a rotation (texter17 #1, #2):
 * - a plan in motion ("ska bara ta en promenad ner till bron nu", "står på taket", "går ut nu", "det e dags",
 *   "ses aldrig mer") gets 112 now and to stay or go to people, as drowsiness after pills does, every time;
 *   going out now and "det e dags" only within a day of a crisis flag (a place or a farewell at any time of the wait);
 *   so does a method, a height, the means at hand or a countdown ("tåget kmr om 10 min", "står på kanten", "gör det
 *   om en kvart"), within a day of a crisis flag (texter18 #1);
 * - outdoors, locked out or cold ("jag e ute", "e kallt", "pappa har låst mig ute") gets practical help now:
 *   112 and socialjouren, a neighbour or a relative they trust, BRIS for someone under 18; never a helpline alone;
 * - closing off right after the crisis ("glöm det", "forget it", "spelar ingen roll") is met warmly: Tillit
 *   stays, and the numbers are there now (not "Skriv gärna mer om du vill.");
 * - a plea ("svara då", "hallå", "snälla svara") gets presence: I am here, who is in and when, and what to do
 *   now (for someone outdoors, the practical help again), not "Skriv gärna mer om du vill".
 * A new crisis signal never gets here (the screen answers it, bot/core/flag-crisis.ts); this is the wait's own reading.
 */
async function answeredCrisisNow(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.flagged !== "crisis") return false;
  const plan = planInMotion(text);
  const outdoors = !plan && saysOutdoors(text);
  const closing = !plan && !outdoors && closesOff(text);
  const plea = !plan && !outdoors && !closing && !s.conversation.takenOver && pleadsInAWord(text);
  if (!plan && !outdoors && !closing && !plea) return false;
  const recent = (await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - CRISIS_NIGHT_MS))).length > 0;
  // message() closes the gap a reading left out leaves.
  const send = (line: string) => dc.context.sendActivity(message(line));
  // A place or a farewell at any time of the wait; going out now, a method or a countdown within a day of a crisis flag.
  if (plan && (plan === "place" || plan === "at-place" || plan === "farewell" || recent)) {
    s.effects.push({ kind: "flag-concern", reasons: ["urgent"] });
    await send(s.t(planInMotionKey(plan)));
    return true;
  }
  const minor = await s.lookups.knownMinor();
  if (outdoors) {
    await s.remember({ outdoorsAt: s.now.toISOString() });
    s.effects.push({ kind: "flag-concern", reasons: ["urgent"] });
    await send(s.t(minor ? "waiting.outdoorsMinor" : "waiting.outdoors"));
    return true;
  }
  const declined = Boolean(s.memory.numbersDeclined);
  if (closing && recent) {
    await send(s.t(declined ? "waiting.closingOffQuiet" : await helpNumbersKey(s, "waiting.closingOff")));
    return true;
  }
  if (!plea) return false;
  // A plea asks whether anyone is there: when a person reads is said every time, however lately it was.
  const { open, reading } = nextReadingFor(s, { always: true });
  const here = s.t(open ? "waiting.presence" : "waiting.presenceClosed", { coordinator: coordinatorInSentence(s), reading });
  const outside = s.memory.outdoorsAt !== undefined && s.now.getTime() - Date.parse(s.memory.outdoorsAt) < OUTDOORS_MS;
  const now = outside ? `waiting.presenceOutdoors${minor ? "Minor" : ""}` : declined ? undefined : await helpNumbersKey(s, "waiting.presenceNow");
  await send(now ? `${here} ${s.t(now)}` : here);
  return true;
}

/** How long "kan man få hjälp snabb" is read as about the food told before. */
const FOOD_MS = 24 * 3_600_000;

/**
 * No food tonight, told in a wait ("pengar är slut och det finns bara lite mat till min son", texter17 #12: a young
 * mother on a Sunday night got three closing lines): marked for the team, and the honest route for food that
 * cannot wait, said at once: socialjouren (through the municipality's number or 112) and a nödprövning of
 * försörjningsstöd after hours, socialtjänsten the same day in office hours; never a food bank's hours made up.
 * "kan man få hjälp snabb" soon after is a question, answered yes with that route.
 */
async function answeredFoodTonight(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.conversation.takenOver) return false;
  const told = saysNoFood(text);
  const foodAt = s.memory.foodAt ? Date.parse(s.memory.foodAt) : Number.NaN;
  const asked = !told && asksQuickHelp(text) && s.now.getTime() - foodAt < FOOD_MS;
  if (!told && !asked) return false;
  const { open, reading } = nextReadingFor(s);
  const vars = { coordinator: coordinatorInSentence(s), reading };
  if (told) {
    await s.remember({ foodAt: s.now.toISOString() });
    if (!s.concern) s.effects.push({ kind: "flag-concern", reasons: ["food"] });
  }
  await dc.context.sendActivity(message(s.t(told ? `waiting.food${open ? "" : "Closed"}` : quickFoodHelpKey(text, open), vars)));
  return true;
}

/** The 24/7 numbers given this recently stay in view for a call-out at night. */
const CALL_OUT_NUMBERS_MS = 60 * 60_000;

/**
 * "e nån vaken där", "hallå??", "ingen?": at night, honestly that nobody is in until the morning and where
 * to talk now (a tester got "Jag förstod inte riktigt"); after a long wait, that nobody has had time yet
 * and what to do if it cannot wait. Soon after asking, in office hours, "e det nån där" gets who is there (Tillit,
 * a digital assistant), that the coordinator has it and when the team reads, and what to do if it is urgent: the
 * plain acknowledgment once answered it, and said none of that (session 20); "hallå?" alone, the acknowledgment.
 */
async function answeredCallOut(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!callsOut(text) || s.conversation.takenOver) return false;
  // "hallå?" asks whether anyone is there: who is, said every time; in office hours when someone reads, unless one of
  // the last few texts said it (session 22: said under a worry, then again under "hallå?" two texts later).
  const { open, reading } = nextReadingFor(s, { unlessJustSaid: true });
  if (!open) {
    // Out of hours nobody is there, and when someone will be is the answer to the call-out, said every time as the
    // crisis wait's plea says it (answeredCrisisNow; tester23 #5: "hello?? anyone" got "Nobody from the team is in
    // right now." alone, the time a text above).
    const { reading: always } = nextReadingFor(s, { always: true });
    // Where to talk now, unless the text before, or a message within the hour, gave the numbers (or they were
    // declined): a plea at 03:00 got them, and "hallå?" two messages later got them again. Given so lately, that
    // they hold (common.numbersAbove, no number in it, so the full numbers come again as before once these are no
    // longer the last thing said), never nothing about what to do if it cannot wait.
    const inView = numbersInView(s, 1, CALL_OUT_NUMBERS_MS);
    const short = s.memory.numbersDeclined || inView !== undefined;
    // Not known to be 18 or over, something heavy open ("e det nån vaken", a 15-year-old at 23:40): where to turn tonight, not only "på måndag".
    const minor = !s.memory.numbersDeclined && (await nobodyInTonight(s));
    const nobody = s.t(minor ? "common.nobodyInNowMinor" : short ? "common.nobodyInNowShort" : "common.nobodyInNow", { reading: always });
    // What was sent, said as it was: 112 alone is "112", not "the numbers I sent".
    const tail = s.t(s.memory.numbersDeclined ? "waiting.ifUrgentQuiet" : inView === "emergency" ? "common.emergencyAbove" : "common.numbersAbove");
    await dc.context.sendActivity(message(short && !minor ? `${nobody} ${tail}` : nobody));
    return true;
  }
  if (!waitedLong(s)) {
    // Soon after asking, "hallå e det nån där" still asks who is there (it got the plain receipt, session 20): Tillit,
    // a digital assistant; the coordinator has what they wrote, and when the team reads; what to do if it is urgent.
    // ("hallå?" alone is answered by the acknowledgment, "Jag är kvar här…", which says as much as it asks.)
    // Told with something heavy ("e det nån där? mår så dåligt"), the heavy is what is answered (below, with when the team reads).
    if (!asksAnyoneThere(text) || s.concern || feelsBad(text)) return false;
    const there = s.t("waiting.someoneThere", { coordinator: coordinatorInSentence(s), reading });
    await dc.context.sendActivity(message(`${there} ${await ifUrgent(s)}`));
    return true;
  }
  const sorry = s.t("waiting.noOneYet", { reading });
  await dc.context.sendActivity(message(s.memory.numbersDeclined ? sorry : `${sorry} ${await helpNumbers(s, "waiting.urgent")}`));
  return true;
}

/**
 * What to do if it is urgent, said to "is anyone there" in office hours: in a wait over something heavy (a crisis or
 * concern flag) the 24/7 numbers, or, when one of the last two texts gave them, that they hold around the clock; in
 * an ordinary wait to say so, and 112 if someone is in danger (no suicide line under an ordinary request, texter17
 * #8); with the numbers declined, only to say so.
 */
async function ifUrgent(s: TurnServices): Promise<string> {
  if (s.memory.numbersDeclined) return s.t("waiting.ifUrgentQuiet");
  if (!s.flagged) return s.t("waiting.ifUrgent");
  return numbersInView(s, 2) === "helplines" ? s.t("waiting.ifUrgentInView") : helpNumbers(s, "waiting.urgent");
}

/**
 * "kan inte sova", "ligger vaken", "cant sleep" in a wait for a person: heard in a short word, and that the person
 * awaited still knows they are waiting (it got the plain receipt, "Jag är kvar här, och det du skriver sparas",
 * session 20). Where to talk now follows after a crisis, and at night in a wait over a concern, unless given in
 * the last texts or declined; never under an ordinary request. Not when it says it cannot wait, nor when the
 * screen read more in it than the night (that is heard as heavy). After a crisis as much is heard as before.
 */
async function answeredSleepless(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  // Said already by the burst before this message, and answered then: not again for each word after it.
  if (saysUrgent(text) || !saysSleepless(text) || saidEarlierInBurst(dc, saysSleepless)) return false;
  const crisis = s.flagged === "crisis";
  const kinds = concernKinds(s);
  if (!crisis && kinds.some((r) => r !== "sleep" && r !== "exhaustion")) return false;
  // "kan inte sova, när kommer nån?": asked when, always said (a reviewer found the time left out).
  const { open, reading } = nextReadingFor(s, { always: asksWhen(text) });
  const word = s.t(crisis ? "waiting.afterCrisisSleepless" : "waiting.sleepless", { coordinator: coordinatorInSentence(s), reading });
  const numbers = !s.memory.numbersDeclined && !helplinesSaid(s, 3) && (crisis || (s.flagged === "concern" && !open));
  await dc.context.sendActivity(message(numbers ? `${word} ${await helpNumbers(s, "waiting.sleeplessNumbers")}` : word));
  await heardInBurst(dc, ["sleep"]);
  return true;
}

/**
 * "ja", "nej", "1" to the crisis reply's offer to stop writing first (after harm from someone close, who
 * may read the phone; bot/core/flag-crisis.ts): yes turns reminders off at once, as anywhere, and either
 * way 112 is named again, since a yes may as well have meant being in danger. Anything longer is not a
 * plain answer and is heard as everything else is.
 */
async function answeredPhoneSafety(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  // "ja sluta skriva först, han kollar ibland min mobil": the offer taken up in their own words, however many messages
  // later, is done as the yes is (it got how to send STOPP, which ends all contact, texter21 #2). Outside a flagged
  // wait it is the same wish, confirmed as reminders off.
  if (asksQuietFirst(text)) {
    reminderEffects(s, "off");
    await dc.context.sendActivity(message(s.t(s.flagged ? "crisis.phoneSafetyYes" : "reminders.off")));
    return true;
  }
  if (!s.conversation.crisisQuestionOpen || s.conversation.inboundSinceAutomated > 1 || fold(text).split(" ").length > 3) return false;
  const answer = understandYesNo(text);
  if (answer !== "yes" && answer !== "no") return false;
  if (answer === "yes") reminderEffects(s, "off");
  await dc.context.sendActivity(message(s.t(answer === "yes" ? "crisis.phoneSafetyYes" : "crisis.phoneSafetyNo")));
  return true;
}

const QUIET_WITHIN_MS = 60_000;

/**
 * A pure filler, the message before it answered less than a minute ago (so this is the first since). Never a thank-you:
 * "tack" is said to someone, and silence answers it with nobody (tester22 full01: "tack" right after "Då kallar jag dig J"
 * met nothing, the last word of the night). A coordinator at work in the chat answers it themself (bot/core/process-turn.ts).
 */
export function mayStayQuiet(s: TurnServices, text: string): boolean {
  const { lastAutomatedAt, inboundSinceAutomated } = s.conversation;
  return isFiller(text) && closes(text) !== "thanks" && inboundSinceAutomated <= 1 && lastAutomatedAt !== null && s.now.getTime() - lastAutomatedAt.getTime() < QUIET_WITHIN_MS;
}

/** "hallå??" after this long is a wait that has gone on, and is told so. */
const LONG_WAIT_MS = 20 * 60_000;

function waitedLong(s: TurnServices): boolean {
  const since = s.conversation.request?.since ?? s.conversation.lastAutomatedAt;
  return since !== undefined && since !== null && s.now.getTime() - since.getTime() >= LONG_WAIT_MS;
}

async function answeredControl(dc: DialogContext): Promise<boolean> {
  const s = services(dc.context);
  // Control guessed by the trained screen alone is heard as heavy below, never answered as control (reminders off).
  if (!s.concern?.reasons.includes("control") || guessedByModel(s.concern.reasons, dc.context.activity.text ?? "")) return false;
  const said = s.t("concern.ack.control");
  if (s.conversation.recentTexts.slice(-2).some((t) => t.startsWith(said))) return false;
  const { reading } = nextReadingFor(s);
  await dc.context.sendActivity(message(`${acknowledgeConcern(s, ["control"])} ${reading}`));
  return true;
}

/**
 * "nej vänta", "jag ångrar mig": the participant's own request for a person, taken back, is heard. A
 * crisis, an erasure request or a takeover is not theirs to take back (the guarded transition holds that too).
 */
async function tookRequestBack(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const request = s.conversation.request;
  if (!request || s.flagged === "crisis" || !(participantRequests as readonly string[]).includes(request.reason)) return false;
  const takeBack = takesBackRequest(text);
  if (!takeBack) return false;
  // Loose words in a heavy message ("glöm det, orkar inte längre") give up rather than change a mind: the
  // request stands. A clear take-back is theirs; the screen's concern flag stays for the team either way.
  if (takeBack === "loose" && (s.concern || s.now.getTime() - request.since.getTime() > LOOSE_TAKE_BACK_MS)) return false;
  s.effects.push({ kind: "withdraw-request" });
  await s.remember({ requestWithdrawnAt: s.now.toISOString() });
  await dc.context.sendActivity(message(s.t("waiting.withdrawn", { coordinator: coordinatorInSentence(s) })));
  return true;
}

/**
 * "ångrar mig, vill inte radera ändå": an erasure request not yet carried out is the participant's to take
 * back (a tester's was not heard). Naming the deletion takes it back at any time; "ångrar mig" alone only
 * soon after asking.
 */
async function tookErasureBack(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const request = s.conversation.request;
  // After a crisis flag the reason is the crisis's, so nothing here can undo one.
  if (request?.reason !== ERASURE_HANDOFF_REASON) return false;
  const takeBack = takesBackErasure(text);
  if (!takeBack || (takeBack === "changed-mind" && s.now.getTime() - request.since.getTime() > LOOSE_TAKE_BACK_MS)) return false;
  // A team lead may have decided it meanwhile: then there is nothing left to take back.
  if (!(await s.lookups.erasureRequested())) return false;
  s.effects.push({ kind: "withdraw-erasure" });
  await dc.context.sendActivity(message(s.t("deleteRequest.withdrawn")));
  return true;
}

// After a crisis every message is answered. The 24/7 numbers read the message: never on a light one ("tja",
// "ok", "nu", "när"), always on a heavy or urgent one or when asked for (needsNumbers, wishes.ts), and
// otherwise only after a long while without them, as a short reminder (the crisis reply gave them; they stay
// in view; a wait of days gave them again every day someone wrote). A tester waiting after a crisis got
// 112 and 90101 under "nu", "när" and "tja" some twenty times. And time passes: a few hours after the last
// crisis flag, with nothing new from the screen, an ordinary message gets an ordinary, warm reply that
// says the team knows and has not answered yet, not the crisis script. A new crisis signal never gets here:
// the screen runs on every message and answers it at once (bot/core/flag-crisis.ts).
const FRESH_CRISIS_MS = 3 * 3_600_000;

/** The kinds of concern the screen read in this message (its reasons may also name what raised it: "trained-screen", "burst"). */
function concernKinds(s: TurnServices): string[] {
  return (s.concern?.reasons ?? []).filter(isConcernCategory);
}

/** Asked when someone reads ("när kommer nån", "when", "tid?"): the time is said though said before. */
function asksWhen(said: string): boolean {
  return asksWhenAnswered(said) || asksWhenInAWord(said) || /\b(nar|when)\b/.test(fold(said));
}

async function sayAfterCrisis(dc: DialogContext, said: string, intent: string): Promise<void> {
  const s = services(dc.context);
  await s.remember({ crisisWaitedAt: s.now.toISOString() });
  if (dc.context.turnState.get(STAFF_RAISE_SAID)) return;
  // When a person reads is said once, not under every message of a night (turn-services.ts); asked when, always.
  const { open, reading, full: next } = nextReadingFor(s, { always: asksWhen(said) });
  const vars = { coordinator: coordinatorInSentence(s), reading };
  const send = (text: string) => dc.context.sendActivity(message(text));
  // "jag är rädd": a word for the fear, that the team knows, and where to talk now (unless declined);
  // no promise beyond that. A tester got the stock line.
  if (saysScared(said)) {
    // Fear is told when someone comes, though it was just said: that is what the fear asks.
    const word = s.t(open ? "waiting.scared" : "waiting.scaredLater", { ...vars, reading: next });
    const numbers = s.memory.numbersDeclined ? "" : ` ${await helpNumbers(s, "waiting.scaredNumbers")}`;
    await send(`${word}${numbers}`);
    return;
  }
  // "varför skickar du nummer till självmordslinjen": why, honestly in a line, not the numbers again (texter18 #10).
  if (asksWhyNumbers(said)) {
    await send(s.t("crisis.whyNumbers"));
    return;
  }
  // "i gave the pills to my sister like kim said": a protective step, met as the good step it is (texter18 #3).
  if (toldProtectiveStep(said)) {
    await send(s.t("crisis.protectiveStep", vars));
    return;
  }
  // "has kim answered": after a crisis a person answered, so yes (handed-back.ts), never "hasn't had time yet".
  if (await answersWhetherAnswered(dc, said)) return;
  // "everyone i know is out", three days after a crisis a person answered: the screen's loneliness alone is met as
  // loneliness, with Tillit staying and the coordinator named, not the crisis numbers (texter18 #2: Självmordslinjen
  // under a Friday night alone, days after Kim's call). Anything heavier, or urgent, goes on below.
  const kinds = concernKinds(s);
  const lonely = !saysUrgent(said) && kinds.length > 0 && kinds.every((r) => r === "loneliness");
  if (lonely && (await s.lookups.personSinceCrisis())) {
    const word = s.t("waiting.lonelyAfterCrisisMet", vars);
    await send(open ? word : `${word} ${reading}`);
    return;
  }
  const heavy = Boolean(s.concern) || saysUrgent(said);
  // A coordinator has written to or met them since the crisis: "nobody has answered yet" would be untrue
  // (a tester heard it the evening after his coordinator met him), and the numbers come only when heavy,
  // urgent or asked for, never as the daily reminder: a person is with them now.
  const met = !heavy && (await s.lookups.personSinceCrisis());
  // "mår bättre nu", "skojade", "av tristess alltså lol": met warmly and honestly (the team knows, and
  // someone may get in touch), never 112 again; a tester got the numbers three days later, after saying they felt better.
  if (!heavy && (saysBetter(said) || saysJoking(said))) {
    const word = s.t(saysJoking(said) ? "waiting.afterCrisisJoke" : met ? "waiting.afterCrisisBetterMet" : "waiting.afterCrisisBetter", vars);
    await send(open ? word : `${word} ${reading}`);
    return;
  }
  // "tack för idag", "tack": a warm word back, never the numbers (a tester got 90101 under his thanks).
  if (!heavy && closes(said) === "thanks") {
    const word = s.t("waiting.afterCrisisThanks", vars);
    await send(open ? word : `${word} ${reading}`);
    return;
  }
  // "anyway is there like a language cafe or something", after a false alarm was cleared: a practical question,
  // passed on with what they wrote, not a crisis tail (texter17 #16: "You're not alone with this").
  if (!heavy && asksPractical(said)) {
    await send(s.t("waiting.questionWaits", vars));
    return;
  }
  // "kolla läget", a score: the check-in waits until someone on the team has talked with them (never "Jag hör dig").
  const reading1to10 = fold(said).split(" ").length <= 3 ? readScale(said) : undefined;
  const score = reading1to10?.kind === "number" ? reading1to10.value : undefined;
  if (!heavy && (ASKS_FOR_DIALOG.has(intent) || score !== undefined)) {
    const word = s.t(score === undefined ? "waiting.checkInAfterCrisis" : "waiting.scoreAfterCrisis", vars);
    const low = score !== undefined && score <= 3 && !s.memory.numbersDeclined;
    await send(low ? `${word} ${await helpNumbers(s, "waiting.urgent")}` : word);
    return;
  }
  if (!heavy && intent === "greeting") {
    await send(s.t(open ? "waiting.afterCrisisHello" : "waiting.afterCrisisHelloLater", vars));
    return;
  }
  const declined = Boolean(s.memory.numbersDeclined);
  // "kan inte sova", "cant sleep" (which the screen may read as concern): a short caring word (answeredSleepless).
  if (await answeredSleepless(dc, said)) return;
  const light = isLight(said, intent);
  // Heavy, urgent or asked for: the numbers with the crisis reply's words (in words that vary).
  if (!declined && needsNumbers(s, said)) {
    await send(await helpNumbers(s, `waiting.${open ? "afterCrisis" : "afterCrisisLater"}`, vars));
    return;
  }
  // The crisis flags of the last while, read once: one within hours makes the crisis fresh; any gave the numbers.
  const flags = await s.lookups.crisisFlagsSince(new Date(s.now.getTime() - NUMBERS_AGAIN_MS));
  if (flags.some((f) => s.now.getTime() - f.at.getTime() < FRESH_CRISIS_MS)) {
    // Hours, not days, after the crisis reply: what it said stands (the numbers are in view above it).
    await send(s.t(`waiting.${open ? "afterCrisis" : "afterCrisisLater"}${declined ? "Quiet" : "Calm"}`, vars));
    return;
  }
  const word = s.t(`waiting.afterCrisisOrdinary${met ? "Met" : ""}${open ? "" : "Later"}`, vars);
  // Only after a long while without them (numbersDueAgain), the numbers as a short reminder, never on a
  // light message, and not once a person from the team has been with them since the crisis.
  const remind = !declined && !light && !met && numbersDueAgain(s, flags.length > 0);
  await send(remind ? `${word} ${await helpNumbers(s, "waiting.numbersReminder")}` : word);
}

/**
 * The first message after a coordinator marked a missed crisis (bot/staff/safety-labels.ts): nothing was sent then, so
 * no numbers are "still there" (a young tester's next words got "Numren finns kvar … Självmordslinjen 90101", for
 * violence told). Said once, first in the turn that answers their next message: that someone in the team has read it and will
 * write, and the help the crisis reply would have given (dialogs/shared/crisis-kind.ts; the label names no kind, so
 * the plain one: 112, and BRIS under 18). After it the wait goes on as after any crisis (the numbers now given).
 */
export async function sayStaffRaiseFirst(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  if (dc.context.turnState.get(STAFF_RAISE_SAID)) return;
  if (s.conversation.request?.reason !== `crisis:${STAFF_RAISED_REASON}`) return;
  const raised = await s.lookups.staffRaisedCrisis();
  if (!raised || raised.toldSince) return;
  const help = s.memory.numbersDeclined ? "" : ` ${s.t(firstCrisisKey([], "", await s.lookups.knownMinor()))}`;
  // Before whatever this turn answers, as a message of its own: "hallå?" got the plea's answer and the line was never
  // said (a reviewer). Not as a preface, which is left out when the two would pass two SMS segments together, but as a
  // lead: an answer of two messages after it takes it in front of its first, so the turn is still two (a reviewer: three
  // in a row). sayAfterCrisis adds nothing when this was all there was to say.
  await s.lead(`${s.t("waiting.staffRaised")}${help}`);
  dc.context.turnState.set(STAFF_RAISE_SAID, true);
}

const STAFF_RAISE_SAID = Symbol("staff raise said");

/**
 * The team's hours (the office hours the reading is told by), who answers (the coordinator if one is known, else
 * someone in the team, a person), and a number: the team writes back here and gives none, a call can be asked for,
 * and where to call now if it cannot wait (the help numbers, unless declined). Each with when a person next reads.
 */
async function answeredAboutTheTeam(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  // While a coordinator has the chat, who answers and when is theirs to say (the receipt names them).
  if (s.conversation.takenOver) return false;
  const hours = asksOpeningHours(text);
  const who = asksWhoAnswers(text);
  const number = asksForTeamNumber(text);
  if (!hours && !who && !number) return false;
  const { reading } = nextReadingFor(s, { always: true });
  const named = s.participant.coordinatorFirstName;
  let reply: string;
  if (number) {
    const line = s.t("waiting.numberAsked", { reading });
    reply = s.memory.numbersDeclined ? line : `${line} ${await helpNumbers(s, "waiting.urgent")}`;
  } else if (who) {
    reply = named ? s.t("waiting.whoAnswersNamed", { coordinator: named, reading }) : s.t("waiting.whoAnswers", { reading });
  } else {
    reply = s.t("waiting.openHours", { ...describeOfficeHours(s.t, s.participant.officeHours), reading });
  }
  await dc.context.sendActivity(message(reply));
  return true;
}

/** "när svarar ni?": the honest time a person next reads, and what to do if it cannot wait (unless the numbers were declined). */
async function sayWhenAnswered(dc: DialogContext, light: boolean): Promise<void> {
  const s = services(dc.context);
  // Asked when: always said, though said before.
  const { reading } = nextReadingFor(s, { always: true });
  // "nu", "när" in a word: when, without the numbers glued on (and not closing as the text before did);
  // "när svarar ni?" gets what to do meanwhile.
  const said = light && s.conversation.recentTexts.slice(-1).some((t) => t.includes(reading));
  const when = s.t(said ? "waiting.whenAnsweredSaid" : "waiting.whenAnswered", { reading, coordinator: coordinatorInSentence(s) });
  await dc.context.sendActivity(message(s.memory.numbersDeclined || light ? when : `${when} ${await helpNumbers(s, "waiting.urgent")}`));
}
