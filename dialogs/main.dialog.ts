// The root of every turn. What applies anywhere is handled here once, before the active dialog sees
// the message: asking for a person, wishes about reminders or fewer messages, questions back (answered,
// then the question is asked again), skip and later. A choice the active question itself offered is
// always its answer, never a global command. While a person is awaited, no dialog runs; Tillit answers
// questions and acknowledges honestly (waiting.ts). With nothing active, the message is routed:
// onboarding first (continued where it stopped, never re-run), then what the person asked for.
import { ComponentDialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from "botbuilder-dialogs";
import { detectInterruption, detectReminderRequest, fold, namedOption, recognizeChoice, saysReadyNow } from "./shared/recognize.js";
import { fewerAlone } from "./shared/reminder-words.js";
import { ASKED_AGAIN, SKIPPED, isDecision, message, recognizeScaleAnswer, type AskedAs, type ChoiceSpec, type ScaleAnswer, type ScaleSpec } from "./shared/prompts.js";
import { PROMPTS, choiceReading, type TextSpec } from "./shared/ask.js";
import { choiceSets } from "./shared/choice-sets.js";
import { ageFitsKey, asksIfAgeFits } from "./shared/age-words.js";
import { alsoAsksForPerson, asksForLanguage, asksForLanguageFirst, asksToChangeMeeting, declinesCall, toldHowTheyAre, understandFree, type FreeIntent, type QuestionKind } from "./shared/understand-free.js";
import { nameAlone, understandName } from "./shared/understand-name.js";
import type { Language } from "../bot/domain/vocabulary.js";
import { changesName } from "./name-change.js";
import { asksAboutScale, readScale, understandMood } from "./shared/understand-scale.js";
import { readFreeMessage } from "./shared/next-steps.js";
import { ONBOARDING_DIALOG, OnboardingDialog, awaitsConsentAnswer, consentWaitsAfterPerson, keepNameForLater, nameSaidAgain, rememberLanguage } from "./onboarding.dialog.js";
import { CHECK_IN_DIALOG, CheckInDialog, type CheckInOptions } from "./check-in.dialog.js";
import { SELF_RATING_DIALOG, SelfRatingDialog } from "./self-rating.dialog.js";
import { MAPPING_DIALOG, MappingDialog } from "./mapping.dialog.js";
import { MEETING_DIALOG, MeetingDialog, answersMeetingChange, greetsArrival, type MeetingOptions } from "./meeting.dialog.js";
import { ACTION_PLAN_DIALOG, ActionPlanDialog, sayRestOfPlan } from "./action-plan.dialog.js";
import { LESS_CONTACT_DIALOG, LessContactDialog } from "./less-contact.dialog.js";
import { ASK_FIRST_DIALOG, AskFirstDialog } from "./ask-first.dialog.js";
import { beginNamedDialog } from "./begin-dialog.js";
import { answeredWhoIsTeamMember, answerQuestion, answerWhileStopped, questionInContext, stillThereStaff } from "./answer-question.js";
import { answerAtConsent } from "./consent-questions.js";
import { acknowledge, greet, welcomeBackPreface } from "./free-message.js";
import { answerNight, answerSmallTalk } from "./small-talk.js";
import { aboutProgram, asksIfCounts, asksOtherLanguage, asksSimpler, asksWhyAsked, doneForNow, faceAlone, lightAboutTillit, stopsAsking, toldAge, toldBirthday, waves } from "./shared/understand-small-talk.js";
import { isSkip, saysOnlyYes, understandYesNo } from "./shared/understand-answers.js";
import { takesBackRequest } from "./shared/understand-take-back.js";
import { goodNewsIn } from "./shared/reflect.js";
import { replyWhileWaiting, sayStaffRaiseFirst } from "./waiting.js";
import { outTonightLine } from "./out-tonight.js";
import { BURST_PAUSE_DIALOG, endBurst, holdForMore, readBurst, readBurstWhileWaiting, readPausedBurst, takeHeld } from "./burst.js";
import { acknowledgeAfterCrisis, answerAfterCrisis, answersPerson, answersWhatNow, answersWhetherAnswered, HANDED_BACK_DIALOG, passesOnUnanswered, sayBotIsBack, sayHandedBack } from "./handed-back.js";
import { ERASURE_REQUEST_DIALOG, ErasureRequestDialog } from "./erasure-request.dialog.js";
import { awaitsConsentGate, CONSENT_DIALOG, CONSENT_TEXT_VERSION, ConsentDialog } from "./consent.dialog.js";
import { changesMindOnStorage } from "./shared/storage-consent-words.js";
import { scornsTillit } from "./shared/understand-trust-questions.js";
import { detectModelOptOut } from "./shared/model-consent-words.js";
import { answerNobodyAnswered, askForSamePerson, asksToStopKeeping, concernReasonsOf, feelsForgotten, numbersSinceHandBack, needsNumbers, beginWithdrawal, changeReminders, handToHuman, handToHumanKeepingQuestion, passOn, passOnErasureOfSome, passOnQuestion, answersTopicWish, answersCheckInPace, answersPaceAsked, answersStopAsking } from "./wishes.js";
import { asksToEraseSome } from "./shared/erasure-words.js";
import { asksSamePerson } from "./shared/understand-contact-wishes.js";
import { asksSomething } from "./shared/fold.js";
import { apologises, complainsNobodyAnswered } from "./shared/clearly-asks.js";
import { passesOnMessage } from "./shared/pass-on-words.js";
import { changesBack } from "./shared/understand-take-back.js";
import { WITHDRAW_CONSENT_DIALOG, WithdrawConsentDialog } from "./withdraw-consent.dialog.js";
import { coordinatorInSentence, coordinatorName, coordinatorNames, isAfterCrisis, justTookRequestBack, nextReadingFor, services, type TurnServices } from "./turn-services.js";
import type { DialogStart, StartableDialog } from "../bot/runtime/turn-types.js";
import { DISCHARGE_DIALOG, DischargeDialog, declineFollowUp, declinesFollowUp } from "./discharge.dialog.js";
import { personOfferOpen, rememberOffer } from "./offers.js";
import { worriesAboutSomeoneElse } from "./shared/someone-else-words.js";
import { acknowledge as acknowledgeConcern, CONCERN_OFFER_DIALOG, ConcernOfferDialog, type ConcernOfferOptions, offerHuman, raiseConcern, readsAsNewMessage, saidGently } from "./concern-offer.dialog.js";

export { nextMappingTopic } from "./mapping.dialog.js";

export const MAIN_DIALOG = "main";
/**
 * An open question left this long is stale (DIALOG_RESUME_AFTER_HOURS): six hours, so that a check-in
 * paused for lunch or a bus ride goes on, an evening's check-in still takes an answer after midnight, and
 * the next morning, or a night's "I cannot sleep", is read for what it is, never as yesterday's answer.
 */
export const DEFAULT_STALE_AFTER_MS = 6 * 60 * 60 * 1000;
/**
 * Past the stale time, a clear answer to the open question still counts (a "dåligt" to "Hur har du sovit?"
 * the next day); a question asked days ago does not wait for one any more: the message is read as a new
 * one (Felicia's "ibland känns det som att jag e en dålig mamma" on Tuesday night was taken as her answer
 * to Friday's "Hur har du sovit?"). Never shorter than the stale time itself.
 */
export const ANSWER_KEPT_MS = 2 * 24 * 60 * 60 * 1000;

const startedBy: Partial<Record<FreeIntent, StartableDialog>> = {
  "check-in": CHECK_IN_DIALOG,
  mapping: MAPPING_DIALOG,
  rating: SELF_RATING_DIALOG,
  plan: ACTION_PLAN_DIALOG,
};

interface MainState {
  lastTurnAt?: number;
}

const question = (intent: FreeIntent): QuestionKind | undefined => (intent.startsWith("question:") ? (intent.slice("question:".length) as QuestionKind) : undefined);

/** Questions in a first message that the greeting answers by itself (what Tillit is, a program). */
const GREETING_ANSWERS: QuestionKind[] = ["is-bot", "what-can-you-do"];

/** Screen concerns that a practical question's own words raise (a housing queue, support asked about). */
const PRACTICAL_CONCERNS: ReadonlySet<string> = new Set(["housing", "money"]);

/** The concern reason of a message not understood after a crisis was handed back (labels: inbox, Slack). */
const AFTER_CRISIS = "after-crisis";

export class MainDialog extends ComponentDialog {
  constructor(private readonly staleAfterMs = DEFAULT_STALE_AFTER_MS) {
    super(MAIN_DIALOG);
    const children = [new OnboardingDialog(), new CheckInDialog(), new SelfRatingDialog(), new MappingDialog(), new MeetingDialog(), new ActionPlanDialog(), new LessContactDialog(), new AskFirstDialog(), new ConcernOfferDialog(), new ErasureRequestDialog(), new ConsentDialog(), new WithdrawConsentDialog(), new DischargeDialog()];
    for (const d of children) this.addDialog(d);
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.route`, [(step) => this.route(step)]));
    this.initialDialogId = `${MAIN_DIALOG}.route`;
  }

  override async beginDialog(outer: DialogContext, options?: object): Promise<DialogTurnResult> {
    (outer.activeDialog!.state as MainState).lastTurnAt = services(outer.context).now.getTime();
    return super.beginDialog(outer, options);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const result = await this.continueActive(inner);
    const raised = services(inner.context).concernRaised;
    if (!raised) return result;
    // Concern in the message or noticed by a dialog: the offer of a human comes instead of the next question.
    return offerHuman(inner, raised.reasons);
  }

  private async continueActive(inner: DialogContext): Promise<DialogTurnResult> {
    const s = services(inner.context);
    if (s.conversation.waiting) await sayStaffRaiseFirst(inner);
    // A question of a dialog's is open: what comes next answers it, not a burst before it.
    await endBurst(s);
    const state = mainState(inner);
    const idleFor = state.lastTurnAt === undefined ? 0 : s.now.getTime() - state.lastTurnAt;
    state.lastTurnAt = s.now.getTime();
    const text = inner.context.activity.text ?? "";
    // Messages stopped (the dialogs were ended with the STOPP): nothing half-asked goes on; the question is read fresh.
    if (s.participant.status === "opted-out") {
      await inner.cancelAllDialogs();
      return inner.beginDialog(`${MAIN_DIALOG}.route`);
    }
    if (await switchesLanguage(inner, text)) {
      // In the language already in use, the question that was waiting comes again (in another language
      // its stored wording would be the old one, so it waits for the next message as before).
      // Not while a person is awaited: then nothing is asked again of them.
      if (isActive(inner, ONBOARDING_DIALOG) && !s.conversation.waiting && asksForLanguage(text) === s.participant.language) {
        inner.context.turnState.set(ASKED_AGAIN, true);
        await inner.repromptDialog();
      }
      return { status: DialogTurnStatus.waiting };
    }
    // "4" to "Vilket språk vill du skriva på?" (two choices), right after the time question's four: the time, said a
    // step late ("natt lol", then "4" meant "spelar ingen roll"); kept, said back, and the language asked again (texter17 #17).
    const late = timeSaidLate(inner, text);
    if (late) {
      s.effects.push({ kind: "set-preferred-times", times: late === "any" ? ["morning", "afternoon", "evening"] : [late] });
      s.preface(s.t(`onboarding.timeSaidLate.${late}`));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // Taking back the yes to keeping answers is asked about at once, even while a person is awaited.
    if (asksToStopKeeping(s, text)) return beginWithdrawal(inner);
    // "nej jag menar sluta fråga saker, inte sluta helt": no more questions, the contact goes on; what was being asked
    // ends (also while a person is awaited: the check-in kept for after them would ask again).
    if (await answersStopAsking(inner, text)) return inner.cancelAllDialogs();
    // A person asked for at the consent, and then "Noah", "Jag prata lite svenska" or "I prefer Ukrainian, is
    // possible?": a name or a language, answered as at the consent (they got "Tack, teamet får se det här."
    // or "Jag är kvar här…" as if they were notes for the team).
    if (s.conversation.waiting && !s.conversation.takenOver && !s.concern && s.flagged !== "crisis" && awaitsConsentAnswer(inner) && !goesOnWhileWaiting(inner, text)) {
      if ((await givesNameAtConsent(inner, text)) || (await answersLanguageAtConsent(inner, text))) return { status: DialogTurnStatus.waiting };
    }
    // A meeting's reminder answered while something else is open: the change is heard, what was open stays.
    if (!isActive(inner, MEETING_DIALOG) && !answersWaitingQuestion(inner, text) && (await answersMeetingChange(inner, text))) return { status: DialogTurnStatus.waiting };
    // A person is awaited: the open dialog is kept as it is, for after the hand-back (a withdrawal being
    // asked about is answered first).
    if (s.conversation.waiting && !isActive(inner, WITHDRAW_CONSENT_DIALOG) && !goesOnWhileWaiting(inner, text)) {
      await replyWhileWaiting(inner);
      return { status: DialogTurnStatus.waiting };
    }
    // Handed back by a coordinator who talked with them while the consent waited: not back into the form,
    // the message is read fresh (onboarding.dialog.ts, consentWaitsAfterPerson).
    if (isActive(inner, ONBOARDING_DIALOG) && (await consentWaitsAfterPerson(s))) {
      await inner.cancelAllDialogs();
      return inner.beginDialog(`${MAIN_DIALOG}.route`);
    }
    // Left unanswered for hours, the open question is stale: the message is read fresh, as if nothing were
    // open ("avboka mötet på torsdag" the next day was met with "Hur har du sovit?"), and what was
    // answered is kept (TillitDialog.keepPartial). A clear answer to the question still counts, for two
    // days (ANSWER_KEPT_MS); a question asked days ago is over.
    // A meeting proposal whose time has passed is over, answered or not: never asked again, and no "ja"
    // confirms a meeting already gone (a tester's "yo lever" three weeks later got the proposal again).
    if (this.leftStale(inner, idleFor, text) || proposedMeetingPassed(inner, s.now)) {
      await inner.cancelAllDialogs();
      return inner.beginDialog(`${MAIN_DIALOG}.route`);
    }
    const intent = questionInContext(s, text, understandFree(text));
    // "hej" / "typ 6" sent together to "Hur är det idag, 1-10?": the question is not asked again for the greeting, its
    // answer is on the way (burst.ts holdForMore; the next message answers it, read alone).
    if (intent === "greeting" && !answersWaitingQuestion(inner, text) && (await holdForMore(inner, ""))) return { status: DialogTurnStatus.waiting };
    if (!s.concern && !awaitsConsentAnswer(inner) && asksSamePerson(fold(text))) return askForSamePerson(inner);
    // "ringa någon" on the small-step menu is the step, "ringa någon?? nej tack haha" a no to it: the words of a choice
    // on screen, never a person asked for (a tester's joke got the team told and Självmordslinjen).
    if (intent === "human" && !namesOfferedChoice(inner, text)) return awaitsConsentAnswer(inner) ? askForPersonAtConsent(inner) : handToHuman(inner);
    if (complainsNobodyAnswered(text) && !feelsForgotten(s, text)) return answerNobodyAnswered(inner);
    if (passesOnMessage(text, coordinatorNames(s))) return passOn(inner);
    if (await answersCheckInPace(inner, text)) return inner.cancelAllDialogs();
    if ((await passesOnUnanswered(inner)) || (await answersPerson(inner))) return inner.cancelAllDialogs();
    await sayBotIsBack(inner);
    const reminder = detectReminderRequest(text);
    if (reminder) return changeReminders(inner, reminder);
    // "orkar inte svara", "sluta fråga", "orka" in the middle of a check-in: the rest is skipped at once,
    // kindly, what was answered kept (not the next question, nor the menu of how often to write). Also
    // when it answers the offer of a person that a low check-in brought up: the check-in underneath
    // would otherwise take up again with "Hur har du sovit?". When the screen read something heavy in it
    // ("2" / "allt" / "orkar inte svara", exhaustion to the burst screen), that is heard first and the door to a
    // person named, but no offer asked: they have just said they cannot take another question.
    // "e klar nu", "klar för idag": done for now, the same (not to how the small step went, whose "klar nu" is its answer).
    // The getting-to-know questions too, now that they go on from topic to topic (mapping.dialog.ts).
    const asking = [CHECK_IN_DIALOG, MAPPING_DIALOG].some((id) => isActive(inner, id) || inner.stack.some((d) => d.id === id));
    if (asking && (stopsAsking(text) || (doneForNow(text) && !asksHowStepWent(inner)))) {
      const heard = s.concern && inner.activeDialog?.id !== CONCERN_OFFER_DIALOG ? acknowledgeConcern(s, s.concern.reasons, text) : undefined;
      await inner.context.sendActivity(message(heard ? `${heard} ${s.t("talk.stopAsking")} ${s.t("concern.door")}` : s.t("talk.stopAsking")));
      return inner.cancelAllDialogs();
    }
    // "jag e orolig för min kompis" to a question open (the check-in's): no answer to it, but the worry, heard with the
    // offer of a person; the question waits underneath and comes again after the offer (it was asked again at once,
    // tester22 full08). Not at the consent, which takes no offer before it is answered.
    if (isPrompt(leafOf(inner)) && !awaitsConsentAnswer(inner) && worriesAboutSomeoneElse(text)) return offerHuman(inner, concernReasonsOf(s, text, s.concern?.reasons ?? []));
    // "sover i trapphuset" as the answer to a check-in's question: what to do tonight (112 and socialjouren) with the
    // offer of the team, as outside a check-in, and the check-in ends there: it went on with "Hur har du sovit?" after
    // "mamma sa att jag inte är välkommen hem längre. sover i trapphuset" (tester24 #8).
    if (asking && !awaitsConsentAnswer(inner)) {
      const tonight = await outTonightLine(inner, text);
      if (tonight !== undefined) {
        await inner.cancelAllDialogs();
        return inner.beginDialog(CONCERN_OFFER_DIALOG, { reasons: s.concern?.reasons ?? ["housing"], resumes: false, said: tonight } satisfies ConcernOfferOptions);
      }
    }
    // "menade berätta om mig" after a menu's number was read as another choice (or as a mood): the choice corrected,
    // nothing of the one begun kept (it was kept as what makes the day not lower, and the check-in went on).
    const meant = meantInstead(text);
    if (meant && !s.concern && startedFromMenu(inner, meant.intent)) {
      // Off the stack without keeping anything (a cancel would keep what the wrong dialog was told, TillitDialog).
      inner.stack.splice(0);
      inner.context.activity.text = meant.said;
      return inner.beginDialog(`${MAIN_DIALOG}.route`);
    }
    // "menade berätta om mig" when that is what was begun (the menu's "2" read right): no answer to its question, which
    // is asked again (it was kept as what they like doing, tester22 full12).
    if (meant && !s.concern && isPrompt(leafOf(inner)) && inner.stack.some((d) => d.id === startedBy[meant.intent])) {
      s.preface(s.t("common.alreadyOnIt"));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "skattning" to a question with choices (the getting-to-know "Vill du ta några frågor till?", how they slept):
    // what they ask for is begun, what was answered kept. It was taken as a "not now" and nothing began. Not at the
    // consent, which takes nothing else before it is answered, nor when the words are one of the choices shown, nor for
    // what is already under way ("visa hela planen" in the plan's own question shows the rest, below).
    const begins = startedBy[intent];
    if (begins && !isActive(inner, begins) && !s.concern && leafOf(inner).activeDialog?.id === PROMPTS.option && !awaitsConsentAnswer(inner) && !namesOfferedChoice(inner, text)) {
      await inner.cancelAllDialogs();
      return inner.beginDialog(`${MAIN_DIALOG}.route`);
    }
    // A heavy message: the dialog still takes the answer, but what it would say next waits for the offer.
    if (s.concern && inner.activeDialog?.id !== CONCERN_OFFER_DIALOG) raiseConcern(inner.context, s.concern.reasons);
    // "Nej tack" to the farewell's offer, or to a follow-up check-in's "passar det nu?", declines the
    // follow-up, as the farewell said it would.
    if ((isActive(inner, DISCHARGE_DIALOG) || isActive(inner, ASK_FIRST_DIALOG)) && declinesFollowUp(inner, text)) {
      await declineFollowUp(inner);
      return inner.cancelAllDialogs();
    }
    // "👋" in the middle of a check-in's questions: a goodbye, what was answered kept (it got "Jag förstod inte
    // riktigt. Hur har du sovit?").
    if (isActive(inner, CHECK_IN_DIALOG) && isPrompt(leafOf(inner)) && waves(text)) {
      await inner.context.sendActivity(message(s.t("conversation.bye")));
      return inner.cancelAllDialogs();
    }
    // "nej", "nej det e lugnt" to a statement of the self-rating: a way out, kindly, what was rated kept (it
    // got "Svara gärna med en siffra"). After a discharge, the farewell's words ("vi hörs om en månad").
    if (isActive(inner, SELF_RATING_DIALOG) && declinesRating(inner, text)) {
      await inner.context.sendActivity(message(s.t(s.participant.status === "discharged" ? "discharge.ratingStopped" : "talk.stopAsking")));
      return inner.cancelAllDialogs();
    }
    // "varför vill du veta de" to a check-in's question: why, and the question again in other words (it was kept as the answer).
    if (await answersWhyAsked(inner, text)) return { status: DialogTurnStatus.waiting };
    // "hur menar du skala?", "är 10 bäst?" while a 1-10 question waits: the scale explained in a line that
    // asks again, and no try used up (a young tester got the stock retry, then the question skipped).
    if (await explainsScale(inner, text)) return { status: DialogTurnStatus.waiting };
    // "ja" to "Vad tycker du om att göra?" right after "Jag skulle vilja lära känna dig lite": a yes to the
    // talk, not what they like doing (a young tester's was kept as the answer). Asked again warmly, once.
    if (await welcomesBareYes(inner, text)) return { status: DialogTurnStatus.waiting };
    // Read before the consent's own answers: "jag förstår inte bra svenska" was taken as "3", and "jag vill
    // sluta med det här" or "jag vill jobb" as a yes.
    if (awaitsConsentAnswer(inner) && (await answersBesideConsent(inner, text, intent))) return { status: DialogTurnStatus.waiting };
    // The offer of a person takes only a plain answer: anything else said or asked is a new message, read as one,
    // and the offer stands (a later "ja" still answers it: small-talk.ts reads it as the offer just made).
    if (leafOf(inner).activeDialog?.id === CONCERN_OFFER_DIALOG && readsAsNewMessage(inner.context, leafOf(inner).activeDialog)) return readBesideOffer(inner);
    // "sådär" to "Hur har du sovit?", after a gentle word for the heavy answer given to it first: the answer, taken.
    if (answersBeneathGentleWord(inner, text)) return inner.continueDialog();
    // "chips räknas?" to "Har du ätit något ordentligt idag?": yes, lightly, and the question again (it was read as an answer and skipped past).
    const thing = isActive(inner, CHECK_IN_DIALOG) && leafOf(inner).activeDialog?.id === PROMPTS.option ? asksIfCounts(text) : undefined;
    if (thing) {
      s.preface(s.t("checkIn.counts", { thing }));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (answersWaitingQuestion(inner, text)) {
      // Good news inside the answer ("sorry kan inte, har fått jobbet på lidl och börjar då" to a meeting's time): the
      // joy first, then the answer goes on (tester24 #9: the job met only "Helt okej, tack för att du säger till!").
      if (leafOf(inner).activeDialog?.id === PROMPTS.option && !s.concern && goodNewsIn(text)) s.preface(s.t("reflect.goodNews"));
      return inner.continueDialog();
    }
    // "💀", "😭" alone to a question that cannot read it: a warm word, and the question again (no try used up).
    if (await meetsFaceMidQuestion(inner, text)) return { status: DialogTurnStatus.waiting };
    // "Samir" again to the times question, the name just taken: heard, and the times asked again (no try used up).
    const nameAgain = nameSaidAgain(inner, text);
    if (nameAgain) {
      s.preface(s.t("onboarding.nameSaidAgain", { name: nameAgain }));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "ja jag e 16 e det ok?" to a question open (the name, the times): answered, and the question again (it was
    // asked again as if nothing was said).
    if (isPrompt(leafOf(inner)) && asksIfAgeFits(text) !== undefined) {
      s.preface(ageFitsLine(s, text));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "sorry missed this" to a question open: no need to apologise, and the question again (not "förstod inte").
    if (isPrompt(leafOf(inner)) && apologises(text)) {
      s.preface(s.t("waiting.noNeedToApologise"));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "haha du e rolig för en robot" to a question open: a light word back, and the question again (no try used up).
    if (isPrompt(leafOf(inner)) && !s.concern && lightAboutTillit(text)) {
      s.preface(s.t("talk.lightAboutMeShort"));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "vet ej typ 4" to "Har du tid för en kort incheckning nu?": the 4 answers the check-in's first question,
    // which is not asked again (a tester's was lost as a "not now", then asked for).
    const moodNow = moodToAskFirst(inner, text);
    if (moodNow) {
      await inner.cancelAllDialogs();
      const options: CheckInOptions = "offScale" in moodNow ? { offScale: moodNow.offScale, followUp: null } : { mood: moodNow, followUp: null };
      return inner.beginDialog(CHECK_IN_DIALOG, options);
    }
    // Good news alone to a question of choices ("fick jobbet!!" to "Vill du att Maja föreslår en ny tid?", "äntligen!!"
    // in a check-in): a glad word back, and the question again, not "Jag förstod inte riktigt" (tester24 #9).
    if (leafOf(inner).activeDialog?.id === PROMPTS.option && !s.concern && goodNewsIn(text)) {
      s.preface(s.t(isActive(inner, CHECK_IN_DIALOG) ? "talk.goodNewsMore" : "reflect.goodNews"));
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "kalla mig Mo istället" in the middle of something: the name changes, the question comes again.
    if (await changesName(inner, text)) {
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (isActive(inner, ACTION_PLAN_DIALOG) && asksRestOfPlan(text)) {
      await sayRestOfPlan(inner);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "kan du sluta fråga om skolan" in the middle of something: a wish about the topic, not about how often.
    if (await answersTopicWish(inner, text)) return inner.cancelAllDialogs();
    if (intent === "less-contact") {
      await inner.cancelAllDialogs();
      return inner.beginDialog(LESS_CONTACT_DIALOG);
    }
    // "radera mina uppgifter" anywhere: whatever was going on stops and the request is confirmed first.
    if (asksToEraseSome(text)) return passOnErasureOfSome(inner);
    if (intent === "delete-data" && !isActive(inner, ERASURE_REQUEST_DIALOG)) {
      await inner.cancelAllDialogs();
      return inner.beginDialog(ERASURE_REQUEST_DIALOG);
    }
    if (s.modelAvailable && detectModelOptOut(text)) return stopModel(inner);
    const asked = question(intent);
    // The team recorded the consent (staff inbox) while onboarding still waited for it: not asked
    // again, a question back answered first. An answer to the question itself is still theirs to give
    // and was taken above (the latest answer decides).
    if (s.participant.dataConsent !== null && awaitsConsentAnswer(inner)) {
      if (asked) await answerQuestion(inner, asked);
      await inner.cancelAllDialogs();
      return inner.beginDialog(ONBOARDING_DIALOG, { greet: false });
    }
    if (asked && alsoAsksForPerson(text)) return answerAndHandOver(inner, asked);
    // At the consent (onboarding's, or the gate's before answers are kept), answered with its choices kept, and the
    // consent itself not put after every answer (the gate's was put again after each, a reviewer).
    if (asked && (awaitsConsentAnswer(inner) || awaitsConsentGate(inner))) return answerAtConsent(inner, asked);
    if (asked) {
      await answerQuestion(inner, asked);
      inner.context.turnState.set(ASKED_AGAIN, true);
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // Any reply to the farewell's news of the follow-up is its answer: "not now" and "vet inte" too, which
    // say no more questions now (discharge.dialog.ts), never "let's do it another time".
    if (isActive(inner, DISCHARGE_DIALOG) && leafOf(inner).activeDialog?.id === PROMPTS.text) return inner.continueDialog();
    const interruption = detectInterruption(text);
    if (interruption === "later") {
      await inner.context.sendActivity(message(s.t("common.later")));
      return inner.cancelAllDialogs();
    }
    // The offer of a person answers "vet inte" itself (not now, and where the door is): ending it
    // here as a skipped question left the young person without a word.
    if (interruption === "skip" && leafOf(inner).activeDialog?.id !== CONCERN_OFFER_DIALOG) return leafOf(inner).endDialog(SKIPPED);
    return inner.continueDialog();
  }

  /** The open question is stale: left for hours and not clearly answered, or left for days (ANSWER_KEPT_MS). */
  private leftStale(inner: DialogContext, idleFor: number, text: string): boolean {
    if (idleFor <= this.staleAfterMs || !goesStale(inner)) return false;
    return idleFor > Math.max(this.staleAfterMs, ANSWER_KEPT_MS) || !answersWaitingQuestion(inner, text);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = services(step.context);
    // After a coordinator raised a missed crisis: told first, whatever answers this message (a question too).
    if (s.conversation.waiting) await sayStaffRaiseFirst(step);
    const start = (step.options as { start?: DialogStart } | undefined)?.start;
    // A burst paused on a small word that got no line: what it said as a whole is answered now (burst.ts).
    if (start?.dialog === BURST_PAUSE_DIALOG) {
      const burst = await readPausedBurst(step);
      return burst === undefined ? step.endDialog() : this.routeFree(step, burst);
    }
    // Handed back: told at once that Tillit answers again (handed-back.ts).
    if (start?.dialog === HANDED_BACK_DIALOG) {
      await sayHandedBack(step);
      return step.endDialog();
    }
    // A meeting proposal and the farewell at discharge are one question that can be answered whenever;
    // everything else asks first.
    if (start) return start.dialog === MEETING_DIALOG || start.dialog === DISCHARGE_DIALOG ? step.replaceDialog(start.dialog, start.options) : step.replaceDialog(ASK_FIRST_DIALOG, start);
    const text = step.context.activity.text ?? "";
    // Lines sent together with this one and held for it (burst.ts holdForMore): read with it where it needs them.
    await takeHeld(step);
    // Messages stopped: the core lets only a real question through (bot/core/opt-out.ts), answered and nothing more.
    if (s.participant.status === "opted-out") {
      await answerWhileStopped(step, questionInContext(s, text, readFreeMessage(s, text)));
      return step.endDialog();
    }
    // "hi do you speak english" as the very first message: the yes, then who Tillit is and the consent, in one
    // turn (it got "We're already writing in English" alone: no introduction, no coordinator named).
    const firstContact = !s.participant.onboarded && s.participant.dataConsent === null && !s.conversation.spokenBefore && !s.conversation.waiting;
    // The language chosen so is kept: onboarding does not ask for it again (tester23 #2: "english obviously lol").
    if (await switchesLanguage(step, text, firstContact)) return firstContact ? this.continueOnboarding(step, "none", s.participant.language) : step.endDialog();
    if (asksToStopKeeping(s, text)) return step.replaceDialog(WITHDRAW_CONSENT_DIALOG);
    // "kan inte imorgon" after a meeting's reminder, "kan vi ta nästa vecka" right after: the meeting's
    // change, heard while a person is awaited too (the first change asks for one).
    if ((await answersMeetingChange(step, text)) || (await greetsArrival(step, text))) return step.endDialog();
    if (s.conversation.waiting) {
      // A burst while a person is awaited is read as one message: one receipt for it, not one per word (burst.ts).
      if ((await readBurstWhileWaiting(step, text)) !== "handled") await replyWhileWaiting(step);
      return step.endDialog();
    }
    // Handed back with their last messages unanswered: those go to a person again, and the notice says so.
    if ((await passesOnUnanswered(step)) || (await answersPerson(step))) return step.endDialog();
    // Thrown out, in the stairwell, outdoors: what to do now comes first, and the offer of the team with it, as for
    // any concern (out-tonight.ts; tester23 #3: Nora, thrown out, was never offered the team the flag said was offered).
    const tonight = await outTonightLine(step, text);
    if (tonight !== undefined) return step.replaceDialog(CONCERN_OFFER_DIALOG, { reasons: s.concern?.reasons ?? ["housing"], resumes: false, said: tonight });
    // "asså" / "jag" / "har" / "inte" / "sovit": a burst is read as the sentence it is, "3" in it no mood score (burst.ts).
    if (s.participant.onboarded) {
      const read = await readBurst(step, text);
      if (read === "handled") return step.endDialog();
      if (read === "joined") return this.routeFree(step, step.context.activity.text ?? "");
    }
    return this.routeFree(step, text);
  }

  /** A message read for what it asks, when nothing else took it first (a burst read together comes here as one text). */
  private async routeFree(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const s = services(step.context);
    const intent = questionInContext(s, text, readFreeMessage(s, text));
    // "kan jag få samma person som förut", "can i talk to the same person as before": who cannot be promised;
    // the wish goes to the team, nothing paused (read before a request for a person, which it is not).
    if (!s.concern && asksSamePerson(fold(text))) return askForSamePerson(step);
    // "can i talk to a real person? my mum keeps yelling at me": handed over at once, and what else was told is heard in
    // the same words (tester23 #2: the request was turned into an offer of the team, to be said yes to again).
    if (intent === "human" || (justTookRequestBack(s) && changesBack(text))) return handToHuman(step, s.concern ? acknowledgeConcern(s, s.concern.reasons, text) : undefined);
    if (passesOnMessage(text, coordinatorNames(s))) return passOn(step);
    if (await answersCheckInPace(step, text)) return step.endDialog();
    // "no dont call me", "text is fine": a wish about how the team gets in touch, passed on to the
    // coordinator and said to be (a tester's was "I don't understand everything" and lost).
    if (declinesCall(text) && !s.concern) return passOn(step, "waiting.noCall");
    // "vad händer nu" after a crisis: where things stand, from the record, who has read and answered (handed-back.ts).
    if (await answersWhatNow(step, text)) return step.endDialog();
    await sayBotIsBack(step);
    const reminder = detectReminderRequest(text);
    if (reminder) return changeReminders(step, reminder);
    // "inte varje dag", "1 gång i veckan" with nothing asked (after START, or the menu of how often gone): fewer
    // messages, at the pace said or the nearest to it, confirmed (they met "förstår inte allt").
    const fewer = fewerAlone(text);
    if (fewer) return changeReminders(step, "weekly", fewer === "not-daily" ? "reminders.notDaily" : undefined);
    // "sluta fråga saker, inte sluta helt" (read before a concern: the screen may take "sluta" for one; its flag still
    // goes to the team), "vad valde jag förra gången", "?" right after a word about the pace (tester22 full04).
    if ((await answersStopAsking(step, text)) || (await answersPaceAsked(step, text))) return step.endDialog();
    // A heavy message gets an acknowledgment and the offer of a human before anything else; a question in
    // it is answered first ("kan handläggaren på soc se att jag skrivit om skulder här" was met with the
    // acknowledgment alone, the question left unanswered).
    // "vill inte ha mer sms från er", and nothing else said: the wish for fewer messages is what was
    // asked (the screen may read "vill inte … mer" as heavy; its concern is still flagged for the team).
    if (s.concern && intent === "less-contact" && onlyThis(text)) return step.replaceDialog(LESS_CONTACT_DIALOG);
    // "varför svarar ingen" is a complaint: sorry, the team asked to get back, and when. "ingen har skrivit på
    // typ 2 veckor", which the screen reads as lonely, is loneliness: the offer below, and nothing paused.
    if (complainsNobodyAnswered(text) && !feelsForgotten(s, text)) return answerNobodyAnswered(step);
    // "hur ställer man sig i bostadskö": a practical question, not a worry about housing to be met as one
    // (the screen's flag still goes to the team; only a screen rule can tell the two apart there).
    if (s.concern && intent === "question:practical" && s.concern.reasons.every((r) => PRACTICAL_CONCERNS.has(r))) {
      await answerQuestion(step, "practical", { endsTurn: true });
      return step.endDialog();
    }
    if (s.concern) {
      const askedToo = question(intent);
      if (askedToo) await answerQuestion(step, askedToo);
      return step.replaceDialog(CONCERN_OFFER_DIALOG, { reasons: concernReasonsOf(s, text, s.concern.reasons), resumes: false });
    }
    // "jag e orolig för min kompis": heard, with the offer of a person, not a check-in begun on the writer's own mood
    // ("Om du sätter en siffra på det…", tester22 full08). Not flagged: the worry is for someone else.
    if (worriesAboutSomeoneElse(text)) return step.replaceDialog(CONCERN_OFFER_DIALOG, { reasons: concernReasonsOf(s, text, []), resumes: false });
    // Before consent too: a request to erase is confirmed and goes to the team.
    if (intent === "delete-data") return step.replaceDialog(ERASURE_REQUEST_DIALOG);
    // "radera allt jag skrivit om pappa": part of it, which only a person can talk about.
    if (asksToEraseSome(text)) return passOnErasureOfSome(step);
    if (s.modelAvailable && detectModelOptOut(text)) return stopModel(step);
    if (declinesFollowUp(step, text)) {
      await declineFollowUp(step);
      return step.endDialog();
    }
    // "e du en bot? vill prata med en person", before onboarding too.
    const asked = question(intent);
    if (asked && alsoAsksForPerson(text)) return answerAndHandOver(step, asked);
    if (!s.participant.onboarded) {
      // After a coordinator talked with them and handed back, the consent is not asked of its own: the message
      // is answered for what it is, and the consent comes when something that keeps answers is asked for.
      if (s.participant.dataConsent === null && !(await consentWaitsAfterPerson(s))) return this.continueOnboarding(step, intent);
      // Interrupted after consent (a person was asked for, a pause): the rest is optional, go on from here.
      if (s.participant.dataConsent !== null) s.effects.push({ kind: "complete-onboarding" }, { kind: "set-status", status: "active" });
    }
    // "när var mötet nu? måste flytta det": the change goes to a person before the question is answered.
    if (asksToChangeMeeting(text)) return askPerson(step, "meeting");
    // "ni får spara mina svar" after a no: the consent question again, with what it means.
    if (s.participant.dataConsent === false && changesMindOnStorage(text)) return step.replaceDialog(CONSENT_DIALOG, {});
    // Right after the no at onboarding: "varför?" gets why Tillit asks, and "okej ja då" the way back to yes.
    if (!asked && (await answersAfterConsentNo(step, text))) return step.endDialog();
    if (!asked && s.participant.dataConsent === false && justDeclined(s) && /\p{L}/u.test(text) && understandYesNo(text) === "yes") return step.replaceDialog(CONSENT_DIALOG, { short: true });
    // The night and a plea for an answer ("kass natt", "vill bara att nån svarar", "hallå?" just after an answer,
    // "kan jag skriva här om det blir dåligt igen på natten"), after a crisis too (small-talk.ts).
    if (await answerNight(step, text)) return step.endDialog();
    if (asked) {
      await answerQuestion(step, asked, { endsTurn: true });
      return step.endDialog();
    }
    if (await changesName(step, text)) return step.endDialog();
    if (await answersTopicWish(step, text)) return step.endDialog();
    // Handed back after a crisis: thanks, relief, good news, a hello or a nod answered as such (handed-back.ts).
    if (isAfterCrisis(s) && (await answerAfterCrisis(step, text))) return step.endDialog();
    // "nu" after "senare" to a check-in's offer: ready now, so it begins (a 15-year-old's "nu" got
    // "jag förstår inte allt", and the check-in came again the next morning).
    if (saysReadyNow(text)) {
      const putOff = await s.lookups.postponedDialog();
      if (putOff) return beginNamedDialog(step, { dialog: putOff });
    }
    // "8!!", or "4" to a menu of two: a number alone that picks nothing offered is how they are on the scale
    // Tillit asks about, told (a tester's "8!!" and "4" met "hänger inte riktigt med"); the check-in begins
    // with it, not asked again.
    const moodTold = moodAlone(s, text);
    if (moodTold) {
      welcomeBackPreface(s);
      return step.replaceDialog(CHECK_IN_DIALOG, { mood: moodTold, followUp: null } satisfies CheckInOptions);
    }
    // A bad day, a nod, "nvm", effort and good news, what the team helps with: answered as what it is.
    const talked = await answerSmallTalk(step, text);
    if (talked === "handed") return { status: DialogTurnStatus.cancelled };
    if (talked === "mapping") return beginNamedDialog(step, { dialog: MAPPING_DIALOG });
    if (talked) return step.endDialog();
    if (intent === "greeting") {
      await greet(step);
      return step.endDialog();
    }
    const dialog = startedBy[intent];
    if (dialog) {
      welcomeBackPreface(s);
      // "hela planen": the rest of a plan too long for one message (action-plan.dialog.ts).
      if (dialog === ACTION_PLAN_DIALOG && asksRestOfPlan(text)) return beginNamedDialog(step, { dialog, options: { rest: true } });
      // "mår sådär idag": told already, so the check-in does not open by asking it.
      if (dialog === CHECK_IN_DIALOG && toldHowTheyAre(text)) {
        return isAfterCrisis(s) ? acknowledgeAfterCrisis(step, text) : beginNamedDialog(step, { dialog, options: { told: true } });
      }
      return beginNamedDialog(step, { dialog });
    }
    if (intent === "less-contact") return step.replaceDialog(LESS_CONTACT_DIALOG);
    // The model's own reply is waited for (within its timeout); its reading of the intent only if it has come by then.
    if (s.freeTextReply) await s.freeTextReply(text);
    return (await this.actOnModelIntent(step)) ?? this.acknowledgeFreeText(step, text);
  }

  /**
   * Onboarding goes on where it stopped: the greeting only once, a question back answered first. A
   * question in the first answer to Tillit's own first SMS (an outreach list's "Hej! Det här är Tillit…")
   * is answered before the consent, without a second introduction ("hur fick ni mitt nr" was met with
   * the greeting again and no answer).
   */
  private async continueOnboarding(step: WaterfallStepContext, intent: FreeIntent, language?: Language): Promise<DialogTurnResult> {
    const s = services(step.context);
    const text = step.context.activity.text ?? "";
    const asked = await whoWroteFirstAsked(s, question(intent), text);
    // "ja" or "1" after "Ingen brådska. Skriv när du vill fortsätta.": the consent asked before is answered
    // now, taken as such (it was met with the whole consent paragraph again, word for word).
    if (s.memory.consentAskedAt && !asked) {
      const spec = choiceReading(s, "consent");
      const answer = consentBeside(text) ? undefined : recognizeChoice(text, spec.options, spec.labels, spec.reader, true);
      // A no is taken only right after the consent question, read as its answer: "lol nej" after "Ingen
      // brådska" may answer anything else (a seventeen-year-old's joke was recorded as refusing consent);
      // the consent is then asked again in its short line, and a no to that is a no.
      if (answer && answer !== "no") return step.replaceDialog(ONBOARDING_DIALOG, { greet: false, answer });
    }
    const introduced = s.conversation.spokenBefore || (asked !== undefined && (await s.lookups.firstContact()) !== "participant");
    // "jag vill sluta med det här": what leaving means, and no consent asked after it.
    if (asked === "leave" && introduced) {
      await answerQuestion(step, asked);
      return step.endDialog();
    }
    // "jag inte förstå" to the consent asked before: simpler words or English offered in front of it.
    if (!asked && introduced && (asksOtherLanguage(text) || asksSimpler(text))) s.preface(s.t(asksOtherLanguage(text) ? "language.otherLanguage" : "language.simpler"));
    if (asked && introduced) await answerQuestion(step, asked);
    // A question in the very first message ("hej, säljer ni min data?") is answered too, before the
    // consent, with a short hello in front of the answer (a third message would be held back, and it
    // could be the consent). "Vem är du?" and "är du en bot?" are what the greeting itself answers.
    if (asked && !introduced && !GREETING_ANSWERS.includes(asked)) {
      s.preface(s.t("onboarding.greetingBeforeAnswer"));
      await answerQuestion(step, asked);
      return step.replaceDialog(ONBOARDING_DIALOG, { greet: false });
    }
    // "I prefer Ukrainian, is possible?" as the very first message: the same short hello and which languages
    // Tillit writes, before the consent (it got the greeting and the consent, the question unanswered).
    if (!introduced && asksOtherLanguage(text)) {
      s.preface(s.t("onboarding.greetingBeforeAnswer"));
      await step.context.sendActivity(message(s.t("language.otherLanguage")));
      return step.replaceDialog(ONBOARDING_DIALOG, { greet: false });
    }
    return step.replaceDialog(ONBOARDING_DIALOG, { greet: !introduced, language });
  }

  private async acknowledgeFreeText(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const s = services(step.context);
    // A question no rule understands, from someone a person from the team has been writing with ("är maja
    // arg på mig", "kan jag bo nån annanstans typ"): passed to that person, and said so. After a crisis it is
    // raised for a person as below. A language model's own reply (with its consent) still answers outside one.
    // "e kim kvar" about the person from the team who wrote last: yes, from the record (it was passed on, with 112).
    if (await stillThereStaff(s, text)) {
      await answerQuestion(step, "still-mine");
      return step.endDialog();
    }
    // "vem är demo förresten?": someone on their team, named (tester24 #9).
    if (await answeredWhoIsTeamMember(step, text)) return step.endDialog();
    // "har kim svarat på det jag skrev", after a crisis a person answered: yes, truthfully (handed-back.ts).
    if (await answersWhetherAnswered(step, text)) return step.endDialog();
    const composed = isAfterCrisis(s) ? undefined : await s.freeTextReply?.(text);
    if (!composed && asksSomething(text, fold(text)) && (await s.lookups.lastStaffWriter())) {
      if (isAfterCrisis(s)) s.effects.push({ kind: "flag-concern", reasons: [AFTER_CRISIS] });
      return passOnQuestion(step);
    }
    if (isAfterCrisis(s)) {
      // Handed back after a crisis, a message no rule understands ("men om jag inte klarar det", "har dom
      // fortfarande kvar") may be the crisis going on: a young tester holding pills got "Jag hänger inte
      // riktigt med" and dropped out of sight in the inbox. It is raised for a person (a concern flag, top
      // of the inbox below crisis) and answered with where help is now.
      s.effects.push({ kind: "flag-concern", reasons: [AFTER_CRISIS] });
      const { reading } = nextReadingFor(s);
      // The numbers with the first such reply after the hand-back, and again only when it cannot wait or they
      // are asked for (numbersGivenSince); never "jag förstår inte" ("idag har jag bara kollat serier" got it).
      const given = !needsNumbers(s, text) && (await numbersSinceHandBack(s));
      const key = given || s.memory.numbersDeclined ? "conversation.afterCrisisRaised" : "conversation.afterCrisisUnclear";
      await step.context.sendActivity(message(s.t(key, { coordinator: coordinatorInSentence(s), reading })));
      return step.endDialog();
    }
    // The model was asked above (outside a crisis): its answer is used, not asked for a second time.
    await acknowledge(step, text, { composed });
    return step.endDialog();
  }

  // What a language model understood free text to want. It never acts on its own behalf: a person
  // is asked to decide (meetings, reminders), and stopping is offered, never done.
  private async actOnModelIntent(step: WaterfallStepContext): Promise<DialogTurnResult | undefined> {
    const s = services(step.context);
    const intent = s.modelIntent?.();
    switch (intent) {
      case "human":
        return handToHuman(step);
      case "opt-out":
        return step.replaceDialog(LESS_CONTACT_DIALOG);
      case "cancel-meeting":
      case "move-meeting":
      case "stop-reminders":
        return askPerson(step, intent === "stop-reminders" ? "reminders" : "meeting");
      default:
        return undefined;
    }
  }
}

/**
 * "vem e detta", "who is this" to Tillit's own first SMS (an outreach list's, or the team's): who sent it, the team
 * by name (fix22a: "vem e detta? fick ett sms" got the introduction with no sender). Asked by someone who wrote
 * first, it stays what Tillit is and does.
 */
async function whoWroteFirstAsked(s: TurnServices, asked: QuestionKind | undefined, text: string): Promise<QuestionKind | undefined> {
  if (asked !== "what-can-you-do" || !/^(vem|vilka|who|whos)\b/.test(fold(text))) return asked;
  return (await s.lookups.firstContact()) === "participant" ? asked : "who-we-are";
}

/**
 * What goes stale after hours: the check-ins, questions, offers and confirmations Tillit asked in the
 * flow of a talk, and onboarding's questions after the consent (the name, the times, the language: a day
 * later "check in" met "No worries, let's skip that one", and a question about SFI "Vilken tid på dagen
 * passar bäst?"; the rest of onboarding is optional once the consent is answered, main.dialog.ts route).
 * Not the consent itself (it goes on where it stopped), a meeting proposal (answerable until its time:
 * proposedMeetingPassed) or the farewell at discharge (answerable whenever), nor taking back the yes to
 * keeping answers.
 */
function goesStale(inner: DialogContext): boolean {
  if (isActive(inner, ONBOARDING_DIALOG) && (awaitsConsentAnswer(inner) || services(inner.context).participant.dataConsent === null)) return false;
  return ![MEETING_DIALOG, DISCHARGE_DIALOG, WITHDRAW_CONSENT_DIALOG].some((id) => isActive(inner, id));
}

/** The open meeting proposal's time has come or passed (the proposal dialog's options carry it). */
function proposedMeetingPassed(inner: DialogContext, now: Date): boolean {
  for (let dc: DialogContext | undefined = inner; dc; dc = dc.child) {
    if (dc.activeDialog?.id !== MEETING_DIALOG) continue;
    // The proposal's own waterfall, inside the meeting component, was begun with the meeting's options.
    const stack = (dc.activeDialog.state as { dialogs?: { dialogStack?: { id: string; state?: { options?: Partial<MeetingOptions> } }[] } }).dialogs?.dialogStack ?? [];
    const startsAt = stack.find((d) => d.id === `${MEETING_DIALOG}.steps`)?.state?.options?.startsAt;
    return startsAt !== undefined && Date.parse(startsAt) <= now.getTime();
  }
  return false;
}

/**
 * Onboarding kept open while a person is awaited (only after questions about the consent): a clear
 * answer to its question (the consent, then a name or a time) is taken and the setup goes on;
 * anything else is answered as while waiting. Once a coordinator has taken the conversation, what is
 * written is meant for them ("ja" to "Vill du att jag ringer dig?" is no consent), so nothing is taken.
 */
function goesOnWhileWaiting(inner: DialogContext, text: string): boolean {
  if (!isActive(inner, ONBOARDING_DIALOG) || services(inner.context).conversation.takenOver) return false;
  // "ok" to "Bra att du frågar! … hör av sig" acknowledges the answer coming; it is no yes. "nej vänta,
  // behövs inte" takes back the request for a person (waiting.ts hears it), not a no to the consent.
  return answersWaitingQuestion(inner, text) && !ACKNOWLEDGES.test(fold(text)) && takesBackRequest(text) !== "clear";
}
const ACKNOWLEDGES = /^(ok|okej|okey|oki|okay|k|aa|mm|mhm|jaha|aha)( tack| thanks)?$/;

/**
 * A new message while the offer of a person waits: what was open is closed (what was answered kept), the message
 * is read fresh, and the offer stands for a while as one just made (small-talk.ts), unless the reading made another.
 */
async function readBesideOffer(inner: DialogContext): Promise<DialogTurnResult> {
  const s = services(inner.context);
  await inner.cancelAllDialogs();
  const before = s.memory.talkedOf;
  const result = await inner.beginDialog(`${MAIN_DIALOG}.route`);
  if (s.memory.talkedOf === before && !s.effects.some((e) => e.kind === "request-human")) await rememberOffer(s, "distress");
  return result;
}

/** "e du en bot? vill prata med en person": the question answered, then the person asked for. */
async function answerAndHandOver(dc: DialogContext, asked: QuestionKind): Promise<DialogTurnResult> {
  await answerQuestion(dc, asked);
  return handToHuman(dc);
}

/** Meetings and reminders are a person's decision: the coordinator is asked, and the young person told so. */
async function askPerson(step: WaterfallStepContext, reason: "meeting" | "reminders"): Promise<DialogTurnResult> {
  const s = services(step.context);
  s.effects.push({ kind: "request-human", reason });
  await step.context.sendActivity(message(s.t(`intent.${reason}`, { coordinator: coordinatorName(s) })));
  return step.endDialog();
}

const REST_OF_PLAN = /\b(hela (min )?planen|resten av (min |mina )?plan(en)?|rest of (my |the )?plan|(my )?whole plan|(my )?full plan)\b/;
/** "hela planen": the rest of a plan too long for one message. */
export function asksRestOfPlan(text: string): boolean {
  return REST_OF_PLAN.test(fold(text));
}

/** One short sentence, nothing else said with it. */
function onlyThis(text: string): boolean {
  return text.split(/[.!?\n,;]+/).filter((t) => t.trim()).length === 1 && fold(text).split(" ").length <= 10;
}

function mainState(inner: DialogContext): MainState {
  return (inner.parent!.activeDialog as DialogInstance<MainState>).state;
}

/** "ingen AI": the language model's consent is taken back as easily as it was given. */
async function stopModel(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "record-consent", consent: "language-model", granted: false, textVersion: CONSENT_TEXT_VERSION });
  await dc.context.sendActivity(message(s.t("consent.modelOff")));
  return dc.cancelAllDialogs();
}

function isActive(inner: DialogContext, id: string): boolean {
  for (let dc: DialogContext | undefined = inner; dc; dc = dc.child) if (dc.activeDialog?.id === id) return true;
  return false;
}

function isPrompt(dc: DialogContext): boolean {
  const id = dc.activeDialog?.id;
  return id !== undefined && (Object.values(PROMPTS) as string[]).includes(id);
}

/** The question open is how the small step chosen last time went (the check-in's first, choiceSets.stepFollowUp). */
function asksHowStepWent(inner: DialogContext): boolean {
  const leaf = leafOf(inner);
  if (leaf.activeDialog?.id !== PROMPTS.option) return false;
  const spec = (leaf.activeDialog.state as { options?: { validations?: ChoiceSpec } }).options?.validations;
  const values = (options: readonly { value: string }[] | undefined) => options?.map((o) => o.value).join(",");
  return values(spec?.options) === values(choiceSets.stepFollowUp.options);
}

/** "3" or "4" to onboarding's language question, whose choices are two: the time question's third or fourth choice. */
function timeSaidLate(inner: DialogContext, text: string): "evening" | "any" | undefined {
  if (!isActive(inner, ONBOARDING_DIALOG)) return undefined;
  const leaf = leafOf(inner);
  if (leaf.activeDialog?.id !== PROMPTS.option) return undefined;
  const spec = (leaf.activeDialog.state as { options?: { validations?: ChoiceSpec } }).options?.validations;
  const values = spec?.options.map((o) => o.value).join(",");
  if (values !== "sv,en") return undefined;
  const m = /^\s*([34])\s*[.!]*\s*$/.exec(text);
  return m ? (m[1] === "3" ? "evening" : "any") : undefined;
}

function leafOf(dc: DialogContext): DialogContext {
  let leaf = dc;
  while (leaf.child) leaf = leaf.child;
  return leaf;
}

/**
 * "can u speak english", "svenska tack": from this message on, in the language asked for (a person
 * awaited or not), unless the message answers a choice on screen (onboarding's "Svenska / English").
 * Asked for the language already in use, it says so rather than not understanding.
 */
async function switchesLanguage(dc: DialogContext, text: string, firstContact = false): Promise<boolean> {
  const s = services(dc.context);
  // A question that takes any text is waiting ("Vad är du bra på?"): "engelska" alone is its answer.
  const language = asksForLanguage(text, leafOf(dc).activeDialog?.id === PROMPTS.text);
  if (!language) {
    switchesBeforeTheRest(s, text);
    return false;
  }
  if (leafOf(dc).activeDialog?.id === PROMPTS.option && answersWaitingQuestion(dc, text)) return false;
  if (language !== s.participant.language) s.effects.push({ kind: "set-language", language });
  // Said while onboarding asks something else: the choice sticks, its language question is not asked.
  rememberLanguage(dc, language);
  // Before anything else was said, a short yes in front of the greeting (the turn goes on in that language).
  if (firstContact) {
    const key = language === s.participant.language ? "language.alreadyFirst" : "language.switchedFirst";
    s.participant = { ...s.participant, language };
    s.t = s.tIn(language);
    s.preface(s.t(key));
    return true;
  }
  await dc.context.sendActivity(message(s.tIn(language)(language === s.participant.language ? "language.already" : "language.switched")));
  return true;
}

/**
 * "english again pls. my mom is yelling at me": the language changes at once, said in front of the answer
 * to the rest of the message, which this turn gives in the new language.
 */
function switchesBeforeTheRest(s: TurnServices, text: string): void {
  const language = asksForLanguageFirst(text);
  if (!language || language === s.participant.language) return;
  s.effects.push({ kind: "set-language", language });
  s.participant = { ...s.participant, language };
  s.t = s.tIn(language);
  s.preface(s.t("language.switched"));
}

/** The 1-10 scale asked about while it waits for an answer: explained, and asked again in the same line. */
async function explainsScale(inner: DialogContext, text: string): Promise<boolean> {
  const active = leafOf(inner).activeDialog;
  if (!asksAboutScale(text)) return false;
  const s = services(inner.context);
  // "vet inte vad siffra betyder" to the check-in's "Har du tid…?": what the check-in asks, in a line, and the
  // offer again (it was taken for a no: "Ingen fara, vi hoppar över den").
  if (active?.id === PROMPTS.option && offersCheckIn(inner)) {
    s.preface(s.t("askFirst.scaleExplained"));
    inner.context.turnState.set(ASKED_AGAIN, true);
    await inner.repromptDialog();
    return true;
  }
  if (active?.id !== PROMPTS.scale) return false;
  const spec = (active.state as { options: { validations: ScaleSpec } }).options.validations;
  await inner.context.sendActivity(message(spec.mood ? s.t("checkIn.scaleExplained") : s.t("selfRating.scaleExplained", { question: spec.text })));
  return true;
}

/**
 * A crying or laughing face alone ("😭", "💀", "😂😂") to a choice or a 1-10 question that does not read it (the
 * mood question reads "😭" as a low day, and says so): a short warm word and the question again, without a
 * try used up, once per question. It met "Svara gärna med en siffra…" and then the question skipped.
 */
async function meetsFaceMidQuestion(inner: DialogContext, text: string): Promise<boolean> {
  const face = faceAlone(text);
  const active = leafOf(inner).activeDialog;
  if (!face || (active?.id !== PROMPTS.option && active?.id !== PROMPTS.scale)) return false;
  // Once per question: a second face is left to the question's own retry (never "Haha!" for ever).
  const own = (active.state as { state: { faceHeard?: boolean } }).state;
  if (own.faceHeard) return false;
  own.faceHeard = true;
  const s = services(inner.context);
  // The check-in's "Hej Sara! Hur är det idag…" is not greeted twice: the day asked about in a line of its own.
  if (active.id === PROMPTS.scale && (active.state as { options: { validations: ScaleSpec } }).options.validations.mood && face === "laughing") {
    await inner.context.sendActivity(message(s.t("talk.laughingAtMood")));
    return true;
  }
  s.preface(s.t(face === "crying" ? "talk.cryingMidQuestion" : "talk.laughingMidQuestion"));
  inner.context.turnState.set(ASKED_AGAIN, true);
  await inner.repromptDialog();
  return true;
}

/**
 * "varför vill du veta de", "why do you wanna know" to a check-in's question: why it is asked (so the team can follow how
 * things go), that no answer is needed (the skip words move on), and the same question in its other phrasing, with its
 * choices; no try used up. Once per question: asked again, it is read as any answer is.
 */
async function answersWhyAsked(inner: DialogContext, text: string): Promise<boolean> {
  const leaf = leafOf(inner);
  if (!isPrompt(leaf) || !asksWhyAsked(text)) return false;
  // To onboarding's name question: only so Tillit has something to call them; no need (it got the question again).
  if (leaf.activeDialog?.id === PROMPTS.name) return answersWhyName(inner, leaf);
  if (!isActive(inner, CHECK_IN_DIALOG)) return false;
  const state = leaf.activeDialog!.state as { options: { validations: { text: string; labels?: string[]; askedAs?: AskedAs } }; state: { whyHeard?: boolean } };
  if (state.state.whyHeard) return false;
  state.state.whyHeard = true;
  const s = services(inner.context);
  const spec = state.options.validations;
  const question = spec.askedAs ? s.t(spec.askedAs.key, spec.askedAs.vars) : spec.text;
  await inner.context.sendActivity(message(`${s.t("checkIn.whyAsked")} ${question}`, spec.labels));
  return true;
}

/** "varför vill du veta det" to the name question: why, and the question in its other words (with "hoppa över"), once. */
async function answersWhyName(inner: DialogContext, leaf: DialogContext): Promise<boolean> {
  const state = leaf.activeDialog!.state as { state: { whyHeard?: boolean } };
  if (state.state.whyHeard) return false;
  state.state.whyHeard = true;
  const s = services(inner.context);
  await inner.context.sendActivity(message(`${s.t("onboarding.whyName")} ${s.t("onboarding.askNameAgain")}`));
  return true;
}

/** A bare yes to an open free-text question: the question again, warmly, once per question (TextSpec.open). */
async function welcomesBareYes(inner: DialogContext, text: string): Promise<boolean> {
  const active = leafOf(inner).activeDialog;
  if (active?.id !== PROMPTS.text) return false;
  const state = active.state as { options: { validations: TextSpec }; state: { yesHeard?: boolean } };
  const spec = state.options.validations;
  if (!spec.open || state.state.yesHeard || !saysOnlyYes(text)) return false;
  state.state.yesHeard = true;
  const s = services(inner.context);
  await inner.context.sendActivity(message(s.t("mapping.yesToOpen", { question: spec.question ?? spec.text })));
  return true;
}

/** No, or enough, to a 1-10 statement, with no rating in it ("nej typ 3" is a 3). */
function declinesRating(inner: DialogContext, text: string): boolean {
  const active = leafOf(inner).activeDialog;
  if (active?.id !== PROMPTS.scale) return false;
  const spec = (active.state as { options?: { validations?: unknown } }).options?.validations;
  return recognizeScaleAnswer(text, spec) === undefined && (stopsAsking(text) || understandYesNo(text) === "no");
}

/** A mood number written to the question before a check-in ("vet ej typ 4", "typ 6 ish"). */
function moodToAskFirst(inner: DialogContext, text: string): ScaleAnswer | { offScale: "above" | "below" } | undefined {
  if (!offersCheckIn(inner) || services(inner.context).participant.dataConsent !== true) return undefined;
  const r = readScale(text);
  if (r.kind === "number") return { value: r.value, reading: "number" };
  // "typ 11", "0 lol": how they are, past the scale; a yes to the check-in, not the skip it was (texter17 #13).
  if (r.kind === "unclear" && (r.why === "above" || r.why === "below")) return { offScale: r.why };
  // "idk typ mitt emellan": the mood in words, said back as such by the check-in (a tester's met "förstår inte allt").
  const said = understandMood(text);
  return said === undefined ? undefined : { value: said, reading: "words" };
}

/** The check-in is what "Har du tid för en kort incheckning nu?" is asking about right now. */
function offersCheckIn(inner: DialogContext): boolean {
  const instance = inner.stack.find((d) => d.id === ASK_FIRST_DIALOG);
  const stack = (instance?.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack ?? [];
  const start = (stack.find((d) => d.id === `${ASK_FIRST_DIALOG}.steps`)?.state as { options?: DialogStart } | undefined)?.options;
  return start?.dialog === CHECK_IN_DIALOG;
}

/**
 * A number from 1 to 10 and nothing else ("8!!", "4."), when no choice offered has that number, with the
 * yes to keeping answers (a check-in keeps the mood) and not after a crisis (its own care answers).
 */
function moodAlone(s: TurnServices, text: string): ScaleAnswer | undefined {
  if (s.participant.dataConsent !== true || isAfterCrisis(s) || !/^\s*\d{1,2}\s*[!.]*\s*$/.test(text)) return undefined;
  const r = readScale(text);
  if (r.kind !== "number" || r.value < 1 || r.value > 10 || r.value <= (s.conversation.lastChoices?.length ?? 0)) return undefined;
  // An offer of a person stands ("1. Ja 2. Nej" a message or two back, the door said since): "1" answers it.
  if (r.value <= 2 && personOfferOpen(s)) return undefined;
  return { value: r.value, reading: "number" };
}

/** The open choice question's own words are what the text says (an option, alone or turned down: recognize.ts namedOption). */
function namesOfferedChoice(inner: DialogContext, text: string): boolean {
  const active = leafOf(inner).activeDialog;
  if (active?.id !== PROMPTS.option) return false;
  const choice = (active.state as { options?: { validations?: unknown } } | undefined)?.options?.validations as ChoiceSpec | undefined;
  return choice !== undefined && namedOption(text, choice.options, choice.labels) !== undefined;
}

/**
 * A gentle word about something heavy (the team knew already, nothing asked) stands over a question of a dialog's,
 * and the message answers that question: the word steps aside without the question being asked again, and the
 * answer is the question's ("har legat i sängen hela dan", then "sådär", met "Hur har du sovit?" again, and "lite"
 * after it skipped the question). False, with nothing changed, otherwise.
 */
function answersBeneathGentleWord(inner: DialogContext, text: string): boolean {
  const top = inner.activeDialog;
  if (top?.id !== CONCERN_OFFER_DIALOG || !saidGently(top) || services(inner.context).concern) return false;
  // "ok" to the gentle word is heard as said to it, not as the answer to the question under it (concern-flow: "ok"
  // after "Att känna sig ensam är tungt…" was kept as how they slept).
  if (ACKNOWLEDGES.test(fold(text))) return false;
  // Off the stack without resuming what is under it (resuming asks its question again).
  inner.stack.pop();
  if (answersWaitingQuestion(inner, text)) return true;
  inner.stack.push(top);
  return false;
}

// "menade berätta om mig", "nej jag menade kolla läget", "i meant talk to a person": a choice corrected.
const MEANT = /^((nej|na|nae|oj|oops|sorry|forlat|assa|ah|eh|no) )*(jag |i )?(menade|meant|ville) (.+)$/;

/** What was meant instead, when it names one of the next steps Tillit offers (the words after "menade"). */
function meantInstead(text: string): { said: string; intent: FreeIntent } | undefined {
  const said = MEANT.exec(fold(text))?.[5];
  if (!said) return undefined;
  const intent = understandFree(said);
  return startedBy[intent] || intent === "human" ? { said, intent } : undefined;
}

/** A dialog the next steps begin is open and was not the one meant (so the choice was read wrong). */
function startedFromMenu(inner: DialogContext, meant: FreeIntent): boolean {
  const open = Object.values(startedBy).find((id) => inner.stack.some((d) => d.id === id));
  return open !== undefined && open !== startedBy[meant];
}

/** The text answers the question now waiting: one of its offered choices, a score, a name. */
function answersWaitingQuestion(inner: DialogContext, text: string): boolean {
  const active = leafOf(inner).activeDialog;
  const spec = (active?.state as { options?: { validations?: unknown } } | undefined)?.options?.validations;
  switch (active?.id) {
    case PROMPTS.option: {
      const choice = spec as ChoiceSpec;
      return recognizeChoice(text, choice.options, choice.labels, choice.reader, isDecision(choice)) !== undefined;
    }
    case PROMPTS.scale:
      return recognizeScaleAnswer(text, spec) !== undefined;
    case PROMPTS.name:
      return understandName(text) !== "not-a-name";
    // An offer of a person stays an offer: "nej" or "ja" to it the next day is still its answer, read as
    // the offer reads it (concern-offer.dialog.ts).
    case CONCERN_OFFER_DIALOG: {
      const offer = choiceReading(services(inner.context), "offer");
      return recognizeChoice(text, offer.options, offer.labels, offer.reader) !== undefined;
    }
    default:
      return false;
  }
}

/**
 * A person asked for while the consent waits (at night too): the team is told, and the consent stays
 * open, said so in the same message, so that a "ja" or a name after it goes on with the setup
 * (goesOnWhileWaiting) instead of "Tack, teamet får se det här".
 */
async function askForPersonAtConsent(inner: DialogContext): Promise<DialogTurnResult> {
  const s = services(inner.context);
  return handToHumanKeepingQuestion(inner, s.t("onboarding.consentWhileHuman"), [s.t("choices.yesNo.yes"), s.t("choices.yesNo.no")]);
}

// Unsure, in a word: "kanske", "mja", "hmm", "maybe" ("vet inte" and "idk" are the skip words).
const UNSURE = /^(kanske|kanske det|typ kanske|mja|mjae|hmm|hm|osaker|maybe|not sure|unsure|i guess)( (typ|assa|lol|haha|idk|da|then))*$/;
// Work, school or the employment service named while the consent waits ("jag vill jobb", "vad är komvux").
const PROGRAM_WORD = /\b(jobb|jobba|jobbet|arbete|arbeta|skola|skolan|plugga|komvux|sfi|praktik|cv|arbetsformedlingen|af|work|job|school)\b/;

/** Something beside the consent's own answer: more simply, another language, leaving, unsure, a topic. */
function consentBeside(text: string): boolean {
  const said = fold(text);
  return asksOtherLanguage(text) || asksSimpler(text) || understandFree(text) === "question:leave" || isSkip(said) || UNSURE.test(said) || Boolean(aboutProgram(text)) || PROGRAM_WORD.test(said) || faceAlone(text) !== undefined || toldAge(text) || asksIfAgeFits(text) !== undefined;
}

/**
 * While the consent waits, what is said beside it is answered, and the question stays open without a try
 * used up: simpler Swedish or English offered ("jag inte förstå", "Jag prata lite svenska"), which languages
 * there are ("arabiska?"), what leaving means ("jag vill sluta med det här"), the choices explained to
 * someone unsure ("idk", "kanske": it was "Ingen brådska", as if they had left), and work or school said to
 * come after ("jag vill jobb" was recorded as a yes), and scorn at Tillit answered in a line that does not ask
 * again. The consent line is never the one just sent.
 */
async function answersBesideConsent(inner: DialogContext, text: string, intent: FreeIntent): Promise<boolean> {
  // A question back is answered for what it asks, the consent after it (continueActive): "får skolan veta vad
  // jag skriver" and "how do i register at arbetsförmedlingen" named school or work, and met "det tar vi när vi
  // är igång" with the question unanswered (a fifteen-year-old then said yes without her answer).
  if (question(intent) && intent !== "question:leave") return false;
  const spec = (leafOf(inner).activeDialog!.state as { options: { validations: ChoiceSpec } }).options.validations;
  // After "Jag har frågor" the question is yes or no, and its own lines say so; "ok" to "Fråga på!" is a nod, no yes.
  const questionsAsked = spec.options.length === 2;
  const nods = questionsAsked && ACKNOWLEDGES.test(fold(text));
  const scorns = scornsTillit(fold(text));
  if (!nods && !scorns && (await givesNameAtConsent(inner, text))) return true;
  if (!nods && !scorns && !consentBeside(text)) return false;
  const s = services(inner.context);
  const send = (text: string) => inner.context.sendActivity(message(text, spec.labels));
  const again = () => consentInShort(s, spec);
  const said = fold(text);
  if (nods) {
    await send(again());
  } else if (scorns) {
    // "ni e så fejk", "du fattar ju inget": a short true answer, and the question left to wait (a young
    // tester got the consent in five rewordings for his scorn), no try used up.
    await inner.context.sendActivity(message(s.t("onboarding.consentScorned")));
  } else if (await answersLanguageAtConsent(inner, text)) {
    // Answered, with the consent after it in its short line.
  } else if (intent === "question:leave") {
    await answerQuestion(inner, "leave");
  } else if (isSkip(said) || UNSURE.test(said) || faceAlone(text) === "crying") {
    // "😭" may be it all feeling like a lot: met as someone unsure is (it got "Ingen brådska" as if they had left).
    await send(questionsAsked ? again() : s.t("onboarding.consentUnsure"));
  } else if (faceAlone(text) === "laughing") {
    await send(`${s.t("talk.laughingMidQuestion")} ${again()}`);
  } else if (asksIfAgeFits(text) !== undefined) {
    // "ja jag e 16 e det ok?": answered, and the consent in its short line (the "ja" was taken, the question left).
    await send(`${ageFitsLine(s, text)} ${again()}`);
  } else if (toldAge(text)) {
    // "jag e 17 btw", "fyllde 18 igår btw": heard, and the consent in its short line, once (it got "Fråga gärna mer…"
    // or the consent's retry, as if nothing was said).
    await send(`${s.t(toldBirthday(text) ? "talk.ageBirthday" : "talk.ageTold")} ${again()}`);
  } else {
    await send(s.t("onboarding.consentProgramFirst"));
  }
  return true;
}

/** Whether their age fits, asked with it: 15-24 is who Tillit is for (the brief), said as a yes or plainly. */
function ageFitsLine(s: TurnServices, text: string): string {
  return s.t(ageFitsKey(text) ?? "talk.ageOutside");
}

/** The consent asked again in a short line, never the one just sent (after "Jag har frågor", its yes-or-no line). */
function consentInShort(s: TurnServices, spec: ChoiceSpec): string {
  if (spec.options.length === 2) return s.t("onboarding.consentQuestionsRetry");
  const simple = s.t("onboarding.consentSimple");
  return s.conversation.recentTexts.some((t) => t.startsWith(simple)) ? s.t("onboarding.consentRetry") : simple;
}

/**
 * "Jag prata lite svenska", "I prefer Ukrainian, is possible?" while the consent waits, a person asked for at
 * it or not: which languages Tillit writes (Swedish and English, simply; no other in the chat, and the team
 * can be asked; no interpreter promised), then the consent in its short line, not the paragraph again.
 */
async function answersLanguageAtConsent(inner: DialogContext, text: string): Promise<boolean> {
  const other = asksOtherLanguage(text);
  if (!other && !asksSimpler(text)) return false;
  const s = services(inner.context);
  const spec = (leafOf(inner).activeDialog!.state as { options: { validations: ChoiceSpec } }).options.validations;
  // Waiting for the person they asked for, they are not told to write "människa" again.
  const key = `language.${other ? "otherLanguage" : "simpler"}${s.conversation.waiting ? "Waiting" : ""}`;
  await inner.context.sendActivity(message(s.t(key)));
  await inner.context.sendActivity(message(consentInShort(s, spec), spec.labels));
  return true;
}

/**
 * "Noah", "jag heter Sara" while the consent waits, and nothing the consent itself reads: a name, not a note
 * for the team nor an answer not understood. Said back warmly, kept for after the yes (a name is stored only
 * with it, onboarding.dialog.ts), and the consent asked in its short line: with the yes it is used.
 */
async function givesNameAtConsent(inner: DialogContext, text: string): Promise<boolean> {
  const spec = (leafOf(inner).activeDialog!.state as { options: { validations: ChoiceSpec } }).options.validations;
  if (recognizeChoice(text, spec.options, spec.labels, spec.reader, true) !== undefined) return false;
  const name = nameAlone(text);
  if (!name || !keepNameForLater(inner, name)) return false;
  const s = services(inner.context);
  await inner.context.sendActivity(message(s.t("onboarding.consentNameFirst", { name }), spec.labels.slice(0, 2)));
  return true;
}

/** How long after the consent's no "varför?" and "okej ja då" are read as about it. */
const AFTER_NO_MS = 30 * 60_000;

function justDeclined(s: TurnServices): boolean {
  const at = s.memory.consentDeclinedAt ? Date.parse(s.memory.consentDeclinedAt) : Number.NaN;
  return s.now.getTime() - at < AFTER_NO_MS;
}

const WHY = /^(men |okej |ok |hm |hmm |eh )?(varfor|varfor da|varfor det|why|why not|how come|vad ska ni ha det till|varfor fragar du|varfor fragar ni|why do you ask|why do you need it)( (da|det|then|tho|lol))*$/;

/** "varför?" right after the no at onboarding: why Tillit asks, and how to say yes after all. */
async function answersAfterConsentNo(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.participant.dataConsent !== false || !justDeclined(s) || !WHY.test(fold(text))) return false;
  await dc.context.sendActivity(message(s.t("consent.whyAsk")));
  return true;
}
