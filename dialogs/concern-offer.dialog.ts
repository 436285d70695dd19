// What Tillit says on a concern (issue 12): a warm acknowledgment and the offer of a human, never the
// next scripted question in that same turn. Pushed on top of whatever dialog was active, so that an
// interrupted check-in resumes afterwards with the question it was about to ask. Yes: a coordinator
// is asked to get in touch (the request-human effect), with when a person reads and, outside office
// hours, where help is around the clock. An answer that is neither is asked about once more; no, or
// still neither: accepted warmly, and on we go. A heavy answer is never taken as a no.
// Concern comes from the safety screen (services.concern) or from a dialog (raiseConcern, e.g. a low
// check-in), which holds back the dialog's own next question until the offer is answered.
import { asksAnyoneThere, asksIfMad, asksQuickHelp, quickFoodHelpKey, saysNoFood, saysSleepless } from "./shared/waiting-words.js";
import { TRAINED_SCREEN } from "../bot/safety/screen-with-model.js";
import { isConcernCategory } from "../bot/safety/categories.js";
import { troubleAtSchool } from "./shared/harm-words.js";
import { Dialog, DialogTurnStatus, type DialogContext, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from "botbuilder-dialogs";
import { CONCERN_OFFER_DIALOG_ID } from "../bot/runtime/turn-types.js";
import { detectKeyword } from "../bot/domain/keywords.js";
import type { TurnContext } from "botbuilder";
import { message } from "./shared/prompts.js";
import { recognizeChoice } from "./shared/recognize.js";
import { answersPlainly, correctsGuess, fearsSocialServices, playsDown, understandYesNo, unsureOfOffer, wishesOtherPlace } from "./shared/understand-answers.js";
import { asksSomething, fold } from "./shared/fold.js";
import type { ChoiceSpec } from "./shared/prompts.js";
import { apologisesForAway, asksForCheckIn, closes, explainsAway, tellsNoContactLately, understandFree } from "./shared/understand-free.js";
import { feelsBad, feelsBored, lowFace, toldAnxiety, toldOwnSituation } from "./shared/understand-small-talk.js";
import { apologises } from "./shared/clearly-asks.js";
import { choiceReading, choiceSpec } from "./shared/ask.js";
import { coordinatorInSentence, coordinatorName, coordinatorNames, nextReadingFor, services, type TurnServices, tWhileRead } from "./turn-services.js";
import { describeNextReading, nextReading } from "../bot/domain/office-hours.js";
import { checkInConcern, LOW_MOOD, type CheckInSoFar } from "../bot/safety/check-in-concern.js";
import { CHECK_IN_DIALOG, type CheckInOptions } from "./check-in.dialog.js";
import { beginNamedDialog } from "./begin-dialog.js";
import { helpNumbersKey } from "./help-numbers.js";
import { promisedContact } from "./turn-services.js";
import { personOfferAnswered, personOfferOpen, rememberOffer, rememberPersonOffered } from "./offers.js";

export const CONCERN_OFFER_DIALOG = CONCERN_OFFER_DIALOG_ID;

export interface ConcernOfferOptions {
  reasons: string[];
  /** A dialog waits underneath and re-asks its question afterwards. */
  resumes: boolean;
  /** What was said to the message already, in place of the acknowledgment (out-tonight.ts: what to do now). */
  said?: string;
}

interface OfferState extends ConcernOfferOptions {
  /** The conversation was already flagged: acknowledge and remind of the door, without asking again. */
  gentle: boolean;
  /** An answer that was neither yes nor no has been asked about once. */
  askedAgain?: boolean;
  /** A heavy answer has been heard and the offer asked once more, in other words. */
  heardHeavy?: boolean;
  /** How often the need was played down ("e inte hungrig ändå") with the offer kept open (twice at most). */
  playedDown?: number;
  /** The row at home the screen read was told as school (troubleAtSchool): no words of home after a yes either. */
  atSchool?: boolean;
  /** Said to stand once already (after a guess corrected or "kanske"): the next such answer ends the offer kindly. */
  stood?: boolean;
  /** Asked again after a question back was answered (once at most, and never right after it was asked). */
  repromptedOnce?: boolean;
  /** No food was told (saysNoFood): "kan man få hjälp snabb" while the offer is open asks about it. */
  food?: boolean;
  /** A question of theirs was answered while the offer stood: "ok tack" after it thanks for the answer, it is no yes. */
  answered?: boolean;
}

const ackKeys: Record<string, string> = {
  hopelessness: "hopelessness", exhaustion: "exhaustion", sleep: "sleep", food: "food", "home-conflict": "homeConflict",
  loneliness: "loneliness", housing: "housing", money: "money", control: "control", "low-check-in": "lowCheckIn", "low-check-ins": "lowCheckIns", "heavy-check-in": "heavyCheckIn",
  // Not a flag of its own (the screen's loneliness is): nobody has got in touch for long (dialogs/wishes.ts).
  "nobody-wrote": "nobodyWrote",
  // Nor is this: a worry before a step ("what if i mess it up"; dialogs/wishes.ts).
  nerves: "nerves",
  // Nor this: worry for someone close ("jag e orolig för min kompis"; dialogs/wishes.ts).
  "worried-for-other": "worriedForOther",
};

const HELD = Symbol("tillit.heldForConcern");

/** A dialog noticed concern: flag it, and hold back what the dialog says next until the offer is answered. */
export function raiseConcern(context: TurnContext, reasons: string[]): void {
  const s = services(context);
  if (s.concernRaised) return;
  s.concernRaised = { reasons };
  s.effects.push({ kind: "flag-concern", reasons });
  context.turnState.set(HELD, true);
  context.onSendActivities(async (ctx, activities, next) => (ctx.turnState.get(HELD) ? activities.map(() => ({ id: "" })) : next()));
}

/** After each check-in answer: a very low day with no sleep or food, or a run of low days, raises concern once. */
export async function noticeCheckIn(step: WaterfallStepContext, values: CheckInSoFar & { concern?: string }): Promise<void> {
  if (values.concern || values.mood === null || values.mood === undefined) return;
  const s = services(step.context);
  // Earlier moods matter only for the run of low days, judged once, right after the mood.
  const earlier = values.sleep === undefined && values.mood <= LOW_MOOD ? await s.lookups.recentMoods() : [];
  const reason = checkInConcern(values, earlier);
  if (!reason) return;
  values.concern = reason;
  raiseConcern(step.context, [reason]);
}

/** Pushes the offer on top of the dialog stack of `dc` (or begins it when the stack is empty). */
export async function offerHuman(dc: DialogContext, reasons: string[]): Promise<DialogTurnResult> {
  dc.context.turnState.set(HELD, false);
  return dc.beginDialog(CONCERN_OFFER_DIALOG, { reasons, resumes: dc.activeDialog !== undefined } satisfies ConcernOfferOptions);
}

export class ConcernOfferDialog extends Dialog<ConcernOfferOptions> {
  constructor() {
    super(CONCERN_OFFER_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: ConcernOfferOptions): Promise<DialogTurnResult> {
    const s = services(dc.context);
    const state: OfferState = { reasons: options?.reasons ?? [], resumes: options?.resumes ?? false, gentle: s.flagged === "concern" };
    dc.activeDialog!.state = state;
    // A first message that raises concern gets the greeting first; one in the middle of onboarding
    // (an answer to the consent question) does not get it a second time.
    if (!s.participant.onboarded && !s.conversation.spokenBefore) await dc.context.sendActivity(message(tWhileRead(s, "onboarding.greeting", { coordinator: coordinatorName(s) })));
    const ack = options?.said ?? acknowledge(s, state.reasons, dc.context.activity.text ?? "");
    if (atSchool(state.reasons[0], dc.context.activity.text ?? "")) state.atSchool = true;
    // The coordinator has just said they will call ("Jag ringer dig kl 11"): no offer of what is already on its way
    // (texter18 #15 offered a contact already booked); heard, and passed on to them with the flag.
    if (!state.gentle && promisedContact(s)) {
      state.gentle = true;
      await dc.context.sendActivity(message(`${ack} ${s.t("concern.promised", { coordinator: (await s.lookups.lastStaffWriter()) ?? coordinatorInSentence(s) })}`));
      return state.resumes ? Dialog.EndOfTurn : dc.endDialog();
    }
    if (state.gentle) {
      // The team already knows; asking again every time would be pushy.
      await dc.context.sendActivity(message(`${ack} ${tWhileRead(s, "concern.door")}`));
      return state.resumes ? Dialog.EndOfTurn : dc.endDialog();
    }
    const spec = choiceSpec(s, "concern.offer", "offer", { coordinator: coordinatorInSentence(s) });
    // No food tonight, after hours ("pengar är slut och det finns bara lite mat till min son", texter17 #12): the
    // honest route for food that cannot wait comes with the offer, not only the team in the morning.
    state.food = saysNoFood(dc.context.activity.text ?? "");
    // Not the adult's route (a nödprövning of försörjningsstöd, 112) to someone known to be under 18: the adults
    // around them first, socialjouren if home is not safe, and BRIS (texter18 #11; a 17-year-old got the adult's).
    const food = state.food && !nextReadingFor(s).open ? ` ${s.t((await s.lookups.knownMinor()) ? "concern.foodTonightMinor" : "concern.foodTonight")}` : "";
    // An offer that someone gets in touch was just made and stands unanswered ("vill börja plugga", then "har ångest
    // typ hela tiden"): heard, and that offer said to stand, never a second one on top of it (offers.ts). This
    // dialog reads its yes from here on.
    // Made or said to stand, its yes answers it whenever, also after this dialog has ended (offers.ts personOfferStands).
    await rememberPersonOffered(s);
    if (personOfferOpen(s)) {
      await s.remember({ talkedOf: undefined });
      await dc.context.sendActivity(message(`${ack}${food} ${s.t("concern.stands", { coordinator: coordinatorInSentence(s) })}`));
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(message(`${ack}${food} ${spec.text}`, spec.labels));
    return Dialog.EndOfTurn;
  }

  /** A question back was answered while the offer was open: the offer is asked again, in other words, so it is not left hanging. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as OfferState;
    if (state.gentle) return;
    const s = services(context);
    state.answered = true;
    // Once more at most (a tester got it after each of three questions in a row); after that it stands unsaid.
    if (state.repromptedOnce) return;
    state.repromptedOnce = true;
    const again = choiceSpec(s, "concern.offerAgain", "offer", { coordinator: coordinatorInSentence(s) });
    await context.sendActivity(message(again.text, again.labels));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as OfferState;
    // After a gentle word, the next message takes the dialog underneath back up.
    if (state.gentle) return dc.endDialog();
    const s = services(dc.context);
    // "sluta": the core lets the soft stop word through only to this offer (bot/core/process-turn.ts).
    // Asking stops, nothing underneath comes back this turn, and STOPP is named for stopping everything.
    if (detectKeyword(dc.context.activity.text ?? "") === "opt-out") {
      await personOfferAnswered(s);
      await dc.context.sendActivity(message(s.t("concern.stopAsking")));
      await dc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    // "jag vill inte att soc tar mina syskon": the fear is answered truthfully (support is what soc is for;
    // no promise of what soc decides; a person can explain and go along), and the offer stays open. "e inte
    // hungrig ändå typ", "orkar inte med nåt": the need played down keeps the door open warmly. Neither is a
    // no (a tester's fear and a 16-year-old's "inte hungrig ändå" closed the offer); only a clear no closes it.
    if (await keepsOfferOpen(dc, state, s)) return Dialog.EndOfTurn;
    // "ok tack" after a question of theirs was answered: thanks for the answer, not a yes to the offer (texter18 #11:
    // a mother's "ok tack" after the route for food tonight was taken as one). Heard, and where the door is.
    if (state.answered && closes(dc.context.activity.text ?? "") === "thanks") {
      await dc.context.sendActivity(message(s.t("concern.thanksAfterAnswer", { coordinator: coordinatorInSentence(s) })));
      return dc.endDialog();
    }
    // "kan man få hjälp snabb", "vem kan hjälpa mig idag" after no food was told: a question, answered with the route
    // ("Ja." only to a yes-or-no question), and the offer said to stand, not asked a second time in a row (texter18 #11).
    if (state.food && asksQuickHelp(dc.context.activity.text ?? "")) {
      const { open, reading } = nextReadingFor(s);
      const text = dc.context.activity.text ?? "";
      const answer = s.t(quickFoodHelpKey(text, open), { coordinator: coordinatorInSentence(s), reading });
      state.answered = true;
      if (state.askedAgain) {
        await dc.context.sendActivity(message(`${answer} ${tWhileRead(s, "concern.door")}`));
        return dc.endDialog();
      }
      state.askedAgain = true;
      const labels = choiceReading(s, "offer").labels;
      await dc.context.sendActivity(message(`${answer} ${s.t("concern.stands", { coordinator: coordinatorInSentence(s) })}`, labels));
      return Dialog.EndOfTurn;
    }
    const spec = choiceReading(s, "offer");
    // "nej inte så. vill inte dö. bara trött o ensam", "nej jag vet inte, kanske": no answer to the offer, which
    // stands (said so, not asked again in the same words); a second time, where the door is.
    if (correctsGuess(dc.context.activity.text ?? "") || (!s.concern && unsureOfOffer(dc.context.activity.text ?? ""))) return standsOpen(dc, state, s, spec);
    const answer = recognizeChoice(dc.context.activity.text ?? "", spec.options, spec.labels, spec.reader);
    // "kolla läget", "kan vi köra check in" to the offer: not now, said plainly (the door named), and the
    // check-in they asked for begins (a tester got "Jag förstod inte riktigt" and the offer again).
    if (answer === undefined && !s.concern && asksForCheckIn(dc.context.activity.text ?? "")) return checkInInstead(dc, s);
    // "har ingenstans att sova inatt" in answer to the offer is news, not a no: it is heard, and the
    // offer stays open (asked once more in other words; after that, where the door is).
    if (answer === undefined && s.concern) return hearHeavyAnswer(dc, state, acknowledge(s, s.concern.reasons, dc.context.activity.text ?? ""));
    // "har ångest", "ångest", "i have anxiety", "mår skit" to the offer: how they feel, told, which the screen let pass.
    // No answer to the offer, and no reason not to understand: heard (anxiety by its name), and the offer said to
    // stand, a yes still answers it (a tester's met "Jag förstod inte riktigt" and the offer again).
    // "e nån vaken där", "is anyone there" at night: honestly, nobody from the team is in until the
    // morning, and where to talk now; then the offer once more (a tester got "Jag förstod inte riktigt").
    // Before a feeling told with it: "har ångest, är det nån vaken?" at night asks who is there now.
    if (answer === undefined && asksAnyoneThere(dc.context.activity.text ?? "")) {
      const { open, reading } = nextReadingFor(s, { always: true });
      if (!open) {
        const again = choiceSpec(s, "concern.offerAgain", "offer", { coordinator: coordinatorInSentence(s) });
        await dc.context.sendActivity(message(`${s.t("common.nobodyInNow", { reading })} ${again.text}`, again.labels));
        state.askedAgain = true;
        return Dialog.EndOfTurn;
      }
    }
    // Told again (a feeling or something heavy), heard, and where the door is: not that the offer stands under every
    // message (a reviewer's "har ångest" / "ångest typ hela tiden" / "så mycket ångest" got it three times).
    if (answer === undefined && toldFeeling(dc.context.activity.text ?? "")) return hearHeavyAnswer(dc, state, heardFeeling(s, dc.context.activity.text ?? ""));
    // "sorry for writing so late", "förlåt att jag skriver så sent": nothing to be sorry about, then the
    // offer once more (a tester got "I didn't quite get that" for the apology).
    if (answer === undefined && !state.askedAgain && (apologisesForAway(dc.context.activity.text ?? "") || apologises(dc.context.activity.text ?? ""))) {
      const again = choiceSpec(s, "concern.offerAgain", "offer", { coordinator: coordinatorInSentence(s) });
      await dc.context.sendActivity(message(`${s.t("concern.noSorry")} ${again.text}`, again.labels));
      state.askedAgain = true;
      return Dialog.EndOfTurn;
    }
    // "idk", "vet inte" is an answer (not now); anything else that is neither yes nor no is asked about once more.
    // "godnatt", "tack hejdå": a goodbye is an answer too (not now), never "I didn't understand" and the offer
    // again. Not "tack" alone: to an offer it often means yes please, so it is asked about.
    if (answer === undefined && !state.askedAgain && understandYesNo(dc.context.activity.text ?? "") !== "skip" && !["bye", "night"].includes(closes(dc.context.activity.text ?? "") ?? "")) {
      // "ya sure", "kanske?": an offer of a person is never turned down on the young person's behalf.
      state.askedAgain = true;
      const again = choiceSpec(s, "concern.offer", "offer", { coordinator: coordinatorInSentence(s) });
      // "havent talked to a real person in like 9 days", which the screen let pass: loneliness told, met as such
      // with the offer said to stand, not "I didn't quite get that" (texter17 #8). "ätit nudlar hela veckan": more
      // told, heard, and the offer stands; not asked again (texter17 #15: the offer put twice more in a row).
      const text = dc.context.activity.text ?? "";
      if (tellsNoContactLately(text)) return heardOfferStands(dc, s, s.t("concern.ack.loneliness"));
      if (tellsMore(text)) return heardOfferStands(dc, s, s.t("concern.heardMore"));
      await dc.context.sendActivity(message(again.retryText, again.labels));
      return Dialog.EndOfTurn;
    }
    if (answer === "yes") {
      s.effects.push({ kind: "request-human", reason: "concern" });
      // "men inte biblioteket. för mycket folk": a yes with a wish about the place, which goes along (the
      // coordinator reads it with the request) and is said to.
      const place = wishesOtherPlace(dc.context.activity.text ?? "") ? ` ${s.t("concern.placeWish", { coordinator: coordinatorInSentence(s) })}` : "";
      await dc.context.sendActivity(message(`${await yesReply(s, state.reasons, state.atSchool === true)}${place}`));
      await dc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete };
    }
    // "nej har inte ätit ngt idag": the no is theirs, and what came with it is not passed over (it is
    // flagged for the team like any heavy message; a tester's got a plain "okay").
    const key = answer === "no" ? (s.concern ? "concern.noButHeard" : "concern.no") : "concern.noAnswer";
    // A no answers the offer; "vet inte" is not now, and the offer said to stand still takes a yes later.
    if (answer === "no") await personOfferAnswered(s);
    // "nej har ångest": the no is theirs, and the feeling told with it is heard first.
    const felt = answer === "no" && toldFeeling(dc.context.activity.text ?? "") ? `${heardFeeling(s, dc.context.activity.text ?? "")} ` : "";
    await dc.context.sendActivity(message(`${felt}${s.t(key, { coordinator: coordinatorInSentence(s) })}`));
    return dc.endDialog();
  }
}

/** Loneliness or tiredness in a guess corrected ("bara trött o ensam"): heard in its own words. */
const LONELY = /\b(ensam|ensamt|ensamma|lonely|alone|ingen att prata med)\b/;
const TIRED = /\b(trott|slut|utmattad|tired|exhausted)\b/;

async function standsOpen(dc: DialogContext, state: OfferState, s: TurnServices, spec: Pick<ChoiceSpec, "labels">): Promise<DialogTurnResult> {
  const text = dc.context.activity.text ?? "";
  const said = fold(text);
  const vars = { coordinator: coordinatorInSentence(s) };
  // A guess corrected in their own words ("bara trött o ensam"): loneliness or tiredness, as they named it, first;
  // then what the screen heard in it (it is flagged for the team as any heavy message). A retrained screen read
  // "trött o ensam" as exhaustion, and "ensam" went unheard.
  const worded = LONELY.test(said) ? ["loneliness"] : TIRED.test(said) ? ["exhaustion"] : [];
  const reasons = [...worded, ...(s.concern?.reasons ?? [])];
  const heard = reasons.length ? ` ${acknowledge(s, reasons, text)}` : "";
  const corrects = correctsGuess(text);
  const first = corrects ? s.t("concern.notThat") : s.t("concern.unsure");
  if (state.stood) {
    await dc.context.sendActivity(message(`${first}${heard} ${tWhileRead(s, "concern.door")}`));
    return dc.endDialog();
  }
  state.stood = true;
  state.askedAgain = true;
  // A guess corrected: the offer is said to stand. Unsure: the question once more, simply.
  const after = corrects ? s.t("concern.stands", vars) : s.t("concern.offer", vars);
  await dc.context.sendActivity(message(`${first}${heard} ${after}`, spec.labels));
  return Dialog.EndOfTurn;
}

/**
 * While the offer waits, a message that is no plain answer to it is a new message, read as one (main.dialog.ts)
 * and the offer stands: something told or asked ("när kan man börja övningsköra", "han e så jävla otrevlig mot
 * mig"), or a yes or no with a question after it ("jag vill plugga svenska mer. kan jag få csn…"). Not what the
 * offer hears itself: something heavy (the screen's concern), the need played down, fear of soc, a check-in
 * asked for, "is anyone there", sorry, not now, goodbye, a guess corrected or "kanske"; and a word or two that is
 * neither ("tack", "hm"), which is asked about once.
 */
/** The offer was a gentle word only (the team knew already): nothing was asked of the person. */
export function saidGently(instance: DialogInstance | undefined): boolean {
  return (instance?.state as OfferState | undefined)?.gentle === true;
}

export function readsAsNewMessage(context: TurnContext, instance: DialogInstance | undefined): boolean {
  const state = instance?.state as OfferState | undefined;
  if (!state || state.gentle) return false;
  const s = services(context);
  const text = context.activity.text ?? "";
  const said = fold(text);
  if (s.concern || !/\p{L}/u.test(text) || detectKeyword(text) === "opt-out" || fearsSocialServices(text) || playsDown(text)) return false;
  if (asksForCheckIn(text) || asksAnyoneThere(text) || apologisesForAway(text) || apologises(text) || closes(text) || understandYesNo(text) === "skip") return false;
  if (correctsGuess(text) || unsureOfOffer(text)) return false;
  // "tror kim e sur på mig": the fear is answered (small-talk.ts), and the offer stands (texter18 #15).
  if (asksIfMad(text, coordinatorNames(s))) return true;
  // "kan man få hjälp snabb" after no food was told is the offer's own to answer (the route, and the offer stands).
  if (state.food && asksQuickHelp(text)) return false;
  const spec = choiceReading(s, "offer");
  if (recognizeChoice(text, spec.options, spec.labels, spec.reader) !== undefined) return !answersPlainly(text);
  // "har sån ångest", "i have anxiety": a feeling told is the offer's own to hear (read as a new message, it got another
  // question, a check-in or a person, in place of the offer).
  if (toldFeeling(text)) return false;
  // "hur funkar check in?" is about the check-in it may start, and the offer's own to answer.
  // A question back ("får jag försörjningsstöd om jag e med i detta") is answered with the offer asked once more (main.dialog.ts).
  const intent = understandFree(text);
  if (STARTS_DIALOG.has(intent) || intent.startsWith("question:")) return false;
  // Something asked, or told about their own life; "asså inte akut" says something of the offer, which asks again.
  // "va?", "hur då?" alone ask about the offer itself, which asks again.
  return (said.split(" ").length >= 3 && (asksSomething(text, said) || ASKS.test(said))) || toldOwnSituation(text);
}

const STARTS_DIALOG: ReadonlySet<string> = new Set(["check-in", "mapping", "rating", "plan"]);
// A question without a question mark, by its first word ("när kan man börja övningsköra").
const ASKS = /^(nar|hur|vad|vart|vem|vilken|vilka|varfor|finns|how|what|when|where|who|why|which)\b/;

/**
 * Acknowledges what was said, and acts on it where the words promise something: when someone reads the
 * young person's phone, that comes first and reminders stop at once, as the words say (a check-in
 * reminder can give them away; booked meetings keep theirs, which the words also say). While a person is
 * awaited, control told is answered with the same words (waiting.ts).
 */
export function acknowledge(s: TurnServices, reasons: string[], text = ""): string {
  // Control guessed by the trained screen alone is not acted on (below: heard, not named).
  if (reasons.includes("control") && !guessedByModel(reasons, text)) {
    s.effects.push({ kind: "set-reminders", on: false });
    return s.t("concern.ack.control");
  }
  // A row at home, as the screen reads it, told as school (classmates, bullying) and not home: the words
  // say school (a tester's "de tar mina grejer i skolan och säger saker om min mamma" got "jobbigt hemma").
  if (atSchool(reasons[0], text)) return s.t("concern.ack.school");
  // "sorry har inte orkat svara" weeks later, "its just sooo boring och alla e fake", which the screen reads as
  // exhaustion or hopelessness: a welcome back with no guilt, and boredom as boredom (both got "Det låter som att
  // du är helt slut, och det är tungt att bära", texter16 #13). The flag still goes to the team.
  if (apologisesForAway(text)) return s.t("concern.ack.backNoSorry");
  if (explainsAway(text)) return s.t("talk.awayExplained");
  if (MOOD_REASONS.has(reasons[0] ?? "") && feelsBored(text)) return s.t("concern.ack.bored");
  // "har ångest typ hela tiden", read as low spirits: anxiety, named as such.
  if (MOOD_REASONS.has(reasons[0] ?? "") && toldAnxiety(text)) return s.t("concern.ack.anxiety");
  // "havent talked to a real person in like 9 days" right after "cant sleep again", flagged for the night before
  // it: what this message tells is loneliness, and it is met as such (texter17 #8 got the sleep line again).
  if (text && tellsNoContactLately(text) && reasons[0] !== "loneliness") return s.t("concern.ack.loneliness");
  // The trained screen alone raised it, and the message says nothing of the kind it guessed: heard, not named. Its
  // guess of the kind is right nine times in ten, and the tenth is said to someone who never said it ("its not me
  // its my friend!!" after a friend's overdose was told got "I'll stop sending reminders here… Kvinnofridslinjen", a
  // tester; a young parent's "nu han sover. jag är trött men ok" was told the worry of where to live).
  if (guessedByModel(reasons, text)) return s.t("concern.ack.general");
  // "har inte ätit nåt sen i förrgår, finns ingen mat hemma och inga pengar", read as money first: being without food
  // is what is heard (tester23 #8: it got "Det är stressigt när pengarna inte räcker").
  if (reasons.includes("food") && saysNoFood(text)) return s.t("concern.ack.noFood");
  return s.t(`concern.ack.${ackKeys[reasons[0] ?? ""] ?? "hopelessness"}`);
}

/**
 * The concern's kind came from the trained screen alone (its reason TRAINED_SCREEN beside the kind) and the words of
 * that kind are not in the message. Kinds the dialogs can read in words are confirmed by them (not sleeping, no
 * food, nobody lately); low spirits are named in words general enough to fit whatever was heavy.
 */
export function guessedByModel(reasons: readonly string[], text: string): boolean {
  if (!reasons.includes(TRAINED_SCREEN)) return false;
  // The kind acknowledged is the first reason; one a dialog decided ("nerves", "nobody-wrote") is no guess.
  const kind = reasons[0];
  if (kind === undefined || !isConcernCategory(kind) || kind === "hopelessness") return false;
  if (kind === "sleep") return !saysSleepless(text);
  if (kind === "food") return !saysNoFood(text);
  if (kind === "loneliness") return !tellsNoContactLately(text) && !LONELY.test(fold(text));
  return true;
}

/** What the screen calls low spirits, which boredom told may be read as. */
const MOOD_REASONS: ReadonlySet<string> = new Set(["exhaustion", "hopelessness", "loneliness", "sleep"]);

async function keepsOfferOpen(dc: DialogContext, state: OfferState, s: TurnServices): Promise<boolean> {
  const text = dc.context.activity.text ?? "";
  const fear = fearsSocialServices(text);
  const played = state.playedDown ?? 0;
  // A third time it is read like any other answer (not the same line again).
  if (!fear && (!playsDown(text) || played >= 2)) return false;
  const vars = { coordinator: coordinatorInSentence(s) };
  const labels = choiceReading(s, "offer").labels;
  state.askedAgain = true;
  if (fear) {
    await dc.context.sendActivity(message(s.t("concern.socFear", vars), labels));
    return true;
  }
  // Once with the question, then where the door is; the offer stays open either way (a later "ja" is its answer).
  await dc.context.sendActivity(message(played ? s.t("concern.playedDownAgain") : s.t("concern.playedDown", vars), played ? undefined : labels));
  state.playedDown = played + 1;
  return true;
}

/**
 * Something heavy or a feeling told in answer to the offer (`ack`: its acknowledgment): the first time, heard and
 * the offer said to stand; after that, heard with the door named.
 */
async function hearHeavyAnswer(dc: DialogContext, state: OfferState, ack: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  if (state.heardHeavy) {
    // Heard, with the door named; no scripted question after it in this turn (a check-in underneath
    // takes up again with the next message, as after any gentle word).
    await dc.context.sendActivity(message(`${ack} ${tWhileRead(s, "concern.door")}`));
    state.gentle = true;
    // The offer was never answered, and a "yes" right after the door still answers it (small-talk.ts, an offer made
    // lately): a burst of money worries ended "cant pay rent either", "yes", and the yes got "Okay!" and nobody asked.
    await rememberOffer(s, "distress");
    return state.resumes ? Dialog.EndOfTurn : dc.endDialog();
  }
  state.heardHeavy = true;
  state.askedAgain = true;
  // Heard, and the offer said to stand, not asked again: two offers in a row, the first unanswered, read as a second
  // offer about the new thing (texter17 #15: "ätit nudlar", then "hyran", each got "Ska jag be teamet höra av sig om
  // det här?"). A yes, now or later, still answers it.
  return heardOfferStands(dc, s, ack);
}

/**
 * While the offer of a person stands unanswered, never a second one: what was told is heard, and the offer is said to
 * stand, without a question or choices (a "ja" or "1" still answers it). As "never more than two unanswered bot
 * messages" is guarded in one place (the outbox), an offer is never put again to someone who has not answered it
 * but told more: this is the one place the offer hears more told.
 */
async function heardOfferStands(dc: DialogContext, s: TurnServices, heard: string): Promise<DialogTurnResult> {
  await dc.context.sendActivity(message(`${heard} ${s.t("concern.stands", { coordinator: coordinatorInSentence(s) })}`));
  return Dialog.EndOfTurn;
}

/** Anxiety or a bad feeling that was, and is better now ("hade ångest igår men idag är det lugnt"): not told as now. */
const PAST_OR_BETTER = /\b(hade|had)\b|\b(battre|lugnt|lugn|okej|ok|bra|better|fine|calm) (nu|idag|i dag|now|today)\b/;

/**
 * How they feel, told as now: a bad day or anxiety ("mår skit", "har ångest", "i have anxiety"). Not with a question
 * ("jag mår skit. när ringer maja?"): the question is what is answered, further on.
 */
function toldFeeling(text: string): boolean {
  if (text.includes("?") || PAST_OR_BETTER.test(fold(text))) return false;
  // "😵" right after the offer, the end of the burst it answered ("har inte sovit" / "på typ 3 dygn" / "😵"): shown, not said.
  return feelsBad(text) || toldAnxiety(text) || lowFace(text);
}

/** A feeling told, heard: anxiety by its name, anything else as heavy. */
function heardFeeling(s: TurnServices, text: string): string {
  return s.t(toldAnxiety(text) ? "concern.ack.anxiety" : "concern.heardFeeling");
}

/** More of their own told, in a sentence, not a word or two about the offer ("ätit nudlar hela veckan", "hyran också"). */
function tellsMore(text: string): boolean {
  const said = fold(text);
  return !text.includes("?") && said.split(" ").length >= 3 && understandYesNo(text) === "unclear";
}

/** The check-in asked for instead of an answer: one interrupted underneath goes on, otherwise one begins. */
async function checkInInstead(dc: DialogContext, s: TurnServices): Promise<DialogTurnResult> {
  s.preface(s.t("concern.notNowCheckIn"));
  if (dc.stack[1]?.id === CHECK_IN_DIALOG) return dc.endDialog();
  await dc.cancelAllDialogs();
  return beginNamedDialog(dc, { dialog: CHECK_IN_DIALOG, options: { midConversation: true } satisfies CheckInOptions });
}

/**
 * Who gets in touch and when a person reads; outside office hours, where help is around the clock for what
 * was told: a row at home gets 112 with socialjouren and BRIS for under-18s, not Självmordslinjen alone; told
 * as school (`atSchool`), no words of a row at home. To someone known to be under 18 (bot/core/known-age.ts),
 * a row at home or trouble at school gets BRIS first (a seventeen-year-old got it last).
 */
async function yesReply(s: TurnServices, reasons: string[], atSchool: boolean): Promise<string> {
  const reading = nextReading(s.now, s.participant.officeHours);
  const vars = { coordinator: coordinatorInSentence(s), reading: describeNextReading(s.t, reading) };
  if (reading.open) return s.t("concern.yes", vars);
  // Food, money or a roof only: where help is meanwhile is socialjouren, not Självmordslinjen (texter18 #11: a food
  // problem ended with it, to a mother afraid soc is watching); for a known minor, BRIS first (help-numbers.ts).
  if (reasons.length && reasons.every((r) => PRACTICAL_REASONS.has(r))) return s.t(await helpNumbersKey(s, "concern.yesAfterHoursPractical", reasons), vars);
  // The numbers for who they are, chosen where every line's are (help-numbers.ts).
  return s.t(await helpNumbersKey(s, reasons.includes("home-conflict") && !atSchool ? "concern.yesAfterHoursHome" : "concern.yesAfterHours", reasons), vars);
}

/** Needs that socialjouren meets after hours, with no word of feeling too heavy. */
const PRACTICAL_REASONS: ReadonlySet<string> = new Set(["food", "money", "housing"]);

/** A row at home or loneliness the screen read, told as school, classmates or bullying (the rules call bullying loneliness). */
function atSchool(reason: string | undefined, text: string): boolean {
  return (reason === "home-conflict" || reason === "loneliness") && troubleAtSchool(text);
}
