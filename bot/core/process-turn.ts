// One stored inbound message becomes one turn: the safety screen first, then STOPP/START/HJÄLP,
// then — unless a human has the conversation — the dialog runtime. Each path ends in the one
// transaction of message-turn.ts.
import type { SqlExecutor } from "../db/sql.js";
import { latestSmallStep, mappedTopics, recentMoods, toldTopics } from "../db/answers.js";
import { openErasureRequestId } from "../db/erasure-requests.js";
import { activePlan, type ActivePlanRow } from "../db/plans.js";
import { agreedMeetingOf, meetingCoordinatorName, nextMeetingOf } from "../db/meetings.js";
import { firstContact, lastStaffWriter, personKnown, staffWordsSince, storedAfter, writtenJustBefore, writtenSinceLastSent, writtenSinceStaff } from "../db/messages.js";
import { owedWords } from "../domain/owed-words.js";
import { crisisFlagsSince, lastHandBack, lastStaffRaisedCrisis, personSinceCrisis, staffWriterSinceCrisis } from "../db/audit.js";
import { knownAdult, knownMinor, MINOR_WITH_AN_ADULT, minorWithAnAdult } from "./known-age.js";
import { conversationForProactiveTurn } from "../db/turn-reads.js";
import { teamStaffNames } from "../db/participant-team.js";
import { recentFlagOf, sinceTakeover } from "../db/conversations.js";
import { AFTER_CRISIS_MS } from "../domain/after-crisis.js";
import { errorSummary } from "../infrastructure/log.js";
import { detectKeyword, normaliseKeyword, saysWritesLater, wantsContactAgain } from "../domain/keywords.js";
import { MAX_UNANSWERED_BOT_MESSAGES, replyChannel, unansweredInRow } from "../outbox/enqueue-outbound.js";
import { ETagConflictError } from "../runtime/dialog-state-storage.js";
import type { BotReply, DialogStart, StartableDialog, TurnLookups } from "../runtime/turn-types.js";
import { concernReasons, TRAINED_SCREEN } from "../safety/screen-with-model.js";
import { BURST, BURST_MESSAGES, BURST_WINDOW_MS, burstBefore, screenMessage } from "../safety/screen-in-context.js";
import { applyEffects } from "./apply-effects.js";
import { AbortTurnError, TurnTakenError, commit, coordinatorName, copy, copyVaried, type MessageContext, type PendingMessage, type TurnDeps } from "./message-turn.js";
import { flagCrisis } from "./flag-crisis.js";
import { answersMeantLess, answersWhileStopped, answersYesToLess, optIn, optOut, readStop } from "./opt-out.js";
import { coordinatorActive, loadConversationView, recentTexts } from "./conversation-so-far.js";
import { factsOf, nextPending, participantOf } from "./load-message.js";
import { commitWithConcern } from "./flag-concern.js";
import { askSecondOpinion } from "../language-model/second-opinion.js";
import { LOW_RUN_WINDOW_MS } from "../safety/check-in-concern.js";
import { answerCollectingDialogs, CONCERN_OFFER_DIALOG_ID } from "../runtime/turn-types.js";
import { recordErasureRequest } from "../privacy/erasure-requests.js";
import { postponedReminderTime } from "../nudges/participant-wishes.js";
import { postponedDialogOf } from "../db/nudges.js";
// The recognisers the core shares with the dialogs: an erasure request must reach the team even when no
// dialog runs (after STOPP, or while a human has the conversation), and a question is answered even then.
import { detectErasureRequest } from "../../dialogs/shared/erasure-words.js";
import { clearlyAsks, expectsAnAnswer } from "../../dialogs/shared/clearly-asks.js";
import { holdsTheBot } from "../domain/vocabulary.js";

export type { TurnDeps } from "./message-turn.js";

const MAX_TURN_ATTEMPTS = 3;

/** Processes every stored, unprocessed inbound message of one conversation, oldest first. */
export async function processPendingTurns(deps: TurnDeps, conversationId: number): Promise<number> {
  let handled = 0;
  for (let message = await nextPending(deps, conversationId); message; message = await nextPending(deps, conversationId)) {
    deps.events.emit("turn.started", { conversationId, participantId: message.participant.id });
    try {
      await processMessage(deps, message);
    } catch (err) {
      // Another instance answered it while this one worked on it: go on with what is left.
      if (err instanceof TurnTakenError) continue;
      throw err;
    }
    handled++;
  }
  return handled;
}

/** What some dialogs need beyond the participant row, read only when a dialog asks. */
function lookupsFor(deps: TurnDeps, participantId: number, conversationId: number, messageId: number): TurnLookups {
  return {
    mappedTopics: () => mappedTopics(deps.sql, participantId),
    toldTopics: () => toldTopics(deps.sql, participantId),
    async actionPlan() {
      const plan = await activePlan(deps.sql, participantId);
      if (!plan) return null;
      const own = (g: ActivePlanRow["subGoals"][number]) => g.owner == null || g.owner === "participant";
      return {
        mainActivity: plan.mainActivity,
        weeklySchedule: plan.weeklySchedule,
        nextFollowUpAt: plan.nextFollowUpAt?.toISOString() ?? null,
        optionalItems: plan.optionalItems,
        openSubGoals: plan.subGoals.filter(own).map((g) => ({ id: g.id, text: g.text })),
        othersSubGoals: plan.subGoals.filter((g) => !own(g)).map((g) => ({ text: g.text, owner: g.owner === "agency" ? "agency" as const : "coordinator" as const, agency: g.agency })),
      };
    },
    openSmallStep: () => openSmallStep(deps, participantId),
    async chosenEarlier() {
      const since = new Date(deps.now().getTime() - SMALL_STEP_FOLLOW_UP_MS);
      const [step, plan, staffWords] = await Promise.all([latestSmallStep(deps.sql, participantId), activePlan(deps.sql, participantId), staffWordsSince(deps.sql, participantId, since, STAFF_WORDS_READ)]);
      const own = plan ? plan.subGoals.filter((g) => g.owner == null || g.owner === "participant").map((g) => g.text) : [];
      return {
        smallStep: step && step.at.getTime() >= since.getTime() ? step.step : null,
        planItems: plan ? [plan.mainActivity, ...own, ...plan.optionalItems] : [],
        staffWords,
      };
    },
    recentMoods: () => recentMoods(deps.sql, participantId, new Date(deps.now().getTime() - LOW_RUN_WINDOW_MS), 5),
    erasureRequested: async () => (await openErasureRequestId(deps.sql, participantId)) !== undefined,
    lastStaffWriter: () => lastStaffWriter(deps.sql, conversationId),
    personKnown: () => personKnown(deps.sql, participantId),
    teamStaffNames: () => teamStaffNames(deps.sql, participantId),
    firstContact: () => firstContact(deps.sql, participantId),
    crisisFlagsSince: (since) => crisisFlagsSince(deps.sql, conversationId, since),
    personSinceCrisis: () => personSinceCrisis(deps.sql, conversationId, participantId),
    staffWriterSinceCrisis: () => staffWriterSinceCrisis(deps.sql, conversationId),
    staffRaisedCrisis: () => lastStaffRaisedCrisis(deps.sql, conversationId),
    knownMinor: () => knownMinor(deps.sql, participantId, deps.now()),
    knownAdult: () => knownAdult(deps.sql, participantId, deps.now()),
    async recentCrisis() {
      const recent = await recentFlagOf(deps.sql, conversationId);
      return recent !== null && recent.flag.startsWith("crisis") && deps.now().getTime() - recent.at.getTime() < AFTER_CRISIS_MS ? recent.flag : null;
    },
    handedBackAt: () => lastHandBack(deps.sql, conversationId),
    // A proactive turn (no message) answers nothing, so nothing is left unanswered before it.
    // A proactive turn (no message of its own: the word at a hand-back) reads everything written since the last message sent.
    writtenSinceLastSent: async () => writtenSinceLastSent(deps.sql, conversationId, messageId > 0 ? messageId : 2 ** 31 - 1, 5),
    owedToPerson: async () => owedWords(await writtenSinceStaff(deps.sql, conversationId, 20, messageId > 0 ? messageId : 2 ** 31 - 1)) !== null,
    async postponedDialog() {
      const dialog = await postponedDialogOf(deps.sql, participantId);
      return (answerCollectingDialogs as readonly string[]).includes(dialog ?? "") ? (dialog as StartableDialog) : null;
    },
    async reminderLater() {
      const later = await postponedReminderTime(deps.sql, participantId, deps.now());
      return later ? { at: later.at.toISOString(), sameDay: later.sameDay } : null;
    },
    async nextMeeting() {
      const m = await nextMeetingOf(deps.sql, participantId, deps.now());
      return m ? { ...m, startsAt: m.startsAt.toISOString() } : null;
    },
    meetingCoordinator: (meetingId) => meetingCoordinatorName(deps.sql, meetingId, participantId),
    async agreedMeeting() {
      const m = await agreedMeetingOf(deps.sql, participantId, deps.now());
      return m ? { meetingId: m.id, startsAt: m.startsAt.toISOString(), location: m.location, timeZone: m.timeZone, coordinatorFirstName: m.coordinatorFirstName, reminded: m.reminded } : null;
    },
  };
}

/** A small step is remembered (welcome back, next check-in) this long, and asked about once. */
const SMALL_STEP_FOLLOW_UP_MS = 90 * 24 * 3_600_000;

/** How many of the team's latest messages are read for an activity referred to ("den där promenaden"). */
const STAFF_WORDS_READ = 20;

async function openSmallStep(deps: TurnDeps, participantId: number) {
  const latest = await latestSmallStep(deps.sql, participantId);
  if (!latest || latest.followedUp || deps.now().getTime() - latest.at.getTime() > SMALL_STEP_FOLLOW_UP_MS) return null;
  return { checkInId: latest.checkInId, step: latest.step };
}

/** "offer-open": an offer of a person stands unanswered, and a question of Tillit's own waits for it (dialogs/offers.ts). */
export type StartOutcome = "started" | "opted-out" | "no-consent" | "held-for-human" | "offer-open" | "unanswered-limit" | "no-conversation" | "aborted" | "failed";

/** Runs inside the proactive turn's transaction; throwing AbortTurnError sends nothing and changes nothing. */
export type BeforeCommit = (tx: SqlExecutor) => Promise<void>;

/**
 * Begins a dialog without a participant message (a coordinator's proposal, a nudge). It goes out as
 * a nudge: never to an opted-out participant, held while a human has the conversation, and subject
 * to the two-unanswered-messages limit. The caller serialises it with the conversation's turns.
 */
export async function processDialogStart(deps: TurnDeps, conversationId: number, start: DialogStart, beforeCommit?: BeforeCommit): Promise<StartOutcome> {
  const row = await conversationForProactiveTurn(deps.sql, conversationId);
  if (!row) return "no-conversation";
  const participant = participantOf(deps, row);
  if (participant.status === "opted-out") return "opted-out";
  // A reminder never asks someone who declined for answers (nor for consent again: that would be pushy).
  if (answerCollectingDialogs.includes(start.dialog) && participant.dataConsent !== true) return "no-consent";
  if (holdsTheBot(row.conversationStatus, row.handoffReason)) return "held-for-human";
  // One question at a time: a question of Tillit's own (a reminder's check-in, which asks first) never comes on top of
  // an offer of a person standing unanswered; it waits, and comes as its own question once that offer is answered or
  // has lapsed. A person's own (a meeting proposed, the farewell) goes as before.
  if (answerCollectingDialogs.includes(start.dialog) && (await deps.runtime.ownQuestionsWait(conversationId, row.lastMessageAt, deps.now()))) return "offer-open";
  const allowance = MAX_UNANSWERED_BOT_MESSAGES - unansweredInRow(row.unansweredCount, row.lastMessageAt, deps.now());
  if (allowance <= 0) return "unanswered-limit";
  const message: PendingMessage = {
    id: 0,
    conversationId,
    channel: await replyChannel(deps.sql, conversationId, row.participantId),
    body: "",
    createdAt: deps.now(),
    conversationStatus: "bot",
    conversationPriority: row.conversationPriority,
    participant,
    facts: factsOf(deps, row, conversationId, 0, participant.officeHours),
  };
  try {
    await runDialogTurn({ deps, message }, { start, allowance, beforeCommit });
  } catch (err) {
    if (err instanceof AbortTurnError) return "aborted";
    throw err;
  }
  return "started";
}

async function processMessage(deps: TurnDeps, message: PendingMessage): Promise<void> {
  const ctx: MessageContext = { deps, message };
  // The safety screen comes before everything else, STOPP and a human's takeover included: the rules,
  // and the trained model that may raise what they found (bot/safety/screen-with-model.ts), on this
  // message and on it together with what the same person wrote just before (a burst). A question
  // whether we call the police ("kommer ni ringa polisen nu??") is no crisis to the screen itself
  // (ASKS_IF_WE_CALL, bot/safety/lexicon/context.ts): it is answered as a question, after a crisis too.
  let earlier: readonly string[] = [];
  const screen = await screenMessage(message.body, async () => {
    const before = await writtenJustBefore(deps.sql, message.conversationId, message.id, new Date(message.createdAt.getTime() - BURST_WINDOW_MS), BURST_MESSAGES);
    return (earlier = burstBefore(before, message.createdAt));
  });
  if (screen.level === "crisis") {
    const byModel = screen.findings.find((f) => f.rule === TRAINED_SCREEN);
    const raisedBy = screen.fromBurst || byModel ? { source: screen.fromBurst ? BURST : TRAINED_SCREEN, ...(byModel ? { score: byModel.score } : {}) } : undefined;
    return flagCrisis(ctx, screen.crisisCategories, raisedBy);
  }
  // Who writes, which the screen cannot know: someone under 18 with an adult (known-age.ts).
  if (await minorWithAnAdult(deps.sql, message.participant.id, earlier, message.body, deps.now())) {
    return flagCrisis(ctx, ["sexual-abuse"], { source: MINOR_WITH_AN_ADULT });
  }
  if (screen.level === "concern") ctx.concern = screen.fromBurst ? [...concernReasons(screen), BURST] : concernReasons(screen);
  // The model's second opinion may raise the level later; the reply below never waits for it.
  const opinion = await askSecondOpinion(deps, message, (task) => (deps.later ? deps.later(message.conversationId, task) : task()));
  if (opinion) {
    deps.track?.(opinion.done);
    ctx.modelIntent = opinion.intent;
  }
  const keyword = detectKeyword(message.body);
  const { participant } = message;
  // STOPP, or the stop said in words: bot/core/opt-out.ts readStop decides ("sluta" to the concern offer is the offer's).
  const stop = await readStop(ctx, keyword === "opt-out" && (await stopAnswersTheOffer(ctx)) ? undefined : keyword);
  if (stop) return optOut(ctx, stop);
  if (participant.status === "opted-out") {
    // A START word, or contact wished for again in words ("jag vill fortfarande ha kontakt"), brings someone
    // back; "menade sluta tjata" right after the stop gets one answer; anything else is kept for staff, unanswered.
    if (keyword === "opt-in" || wantsContactAgain(message.body)) return optIn(ctx);
    if (detectErasureRequest(message.body)) return recordUnconfirmedErasure(ctx);
    if (await answersMeantLess(ctx)) return;
    if (await answersYesToLess(ctx)) return;
    const whileStopped = await answersWhileStopped(ctx);
    if (whileStopped === "answered") return;
    // A real question is answered by the dialogs (dialogs/main.dialog.ts answerWhileStopped), nothing else run.
    if (whileStopped === "question") return runDialogTurn(ctx);
    return commitWithConcern(ctx);
  }
  if (keyword === "help") {
    const help = copyVaried(ctx, "core.help", await recentTexts(deps.sql, message.conversationId), { coordinator: coordinatorName(ctx) });
    return commitWithConcern(ctx, [{ text: help }], "system");
  }
  // A coordinator at work in the conversation answers themselves; otherwise nobody is left without an
  // answer (a conversation waiting for a person gets honest acknowledgements, see dialogs/waiting.ts).
  // A concern still raises the conversation in the inbox; an erasure request also goes on the team leads' list.
  if (coordinatorActive(message.facts)) {
    const seen = await questionSeen(ctx);
    // Recorded for the team lead unconfirmed (nobody to ask "are you sure?"), with the receipt when one is due: a minor
    // asking to be erased in the coordinator's chat got nothing back at all.
    if (detectErasureRequest(message.body)) return recordUnconfirmedErasure(ctx, seen);
    return seen.length ? commitWithConcern(ctx, seen, "receipt") : commitWithConcern(ctx, await toldWhoHasIt(ctx));
  }
  return runDialogTurn(ctx);
}

/**
 * A takeover with no word yet from the coordinator: the bot keeps out of the conversation, but the first
 * message after it is told that a person has the chat now, and a second that asks ("hallå??", "är det nån
 * där") that they have not written yet and what to do if it cannot wait. Nothing more: the coordinator
 * is about to write. A young tester wrote "hallå?" into ten minutes of silence, not knowing anyone had it.
 */
async function toldWhoHasIt(ctx: MessageContext): Promise<BotReply[]> {
  const { deps, message } = ctx;
  const { takenOverAt, lastStaffReplyAt } = message.facts;
  if (!takenOverAt) return [];
  if (lastStaffReplyAt && lastStaffReplyAt.getTime() >= takenOverAt.getTime()) return [];
  const { botMessages, takerFirstName } = await sinceTakeover(deps.sql, message.conversationId, takenOverAt);
  const asked = botMessages === 1 && clearlyAsks(message.body);
  // Not the numbers again to someone who asked for no more of them ("sluta skicka nummer").
  const key = botMessages === 0 ? "core.takenOver" : asked ? ((await deps.runtime.numbersDeclined(message.conversationId)) ? "core.takenOverNotYetQuiet" : "core.takenOverNotYet") : undefined;
  if (!key) return [];
  const recent = await recentTexts(deps.sql, message.conversationId);
  return [{ text: takerFirstName ? copyVaried(ctx, `${key}By`, recent, { taker: takerFirstName }) : copyVaried(ctx, key, recent) }];
}

/** How long after the coordinator's last words a question may get the receipt: sooner, they are mid-talk. */
const SEEN_AFTER_MS = 30 * 60_000;
/** The same for someone known to be under 18, who may not know that a quiet coordinator still sees it. */
const SEEN_AFTER_MINOR_MS = 10 * 60_000;

/**
 * A question while the coordinator who has the chat still counts as at work in it (an hour after their last
 * words, a working day in office hours) but has not written for half an hour ("när kommer maja tillbaka", "du
 * ska väl anmäla nu" went unanswered for hours): one short receipt that what they write is visible to that
 * person, nothing more (no when, no promise: that is the coordinator's to say), and once between the
 * coordinator's words. Never soon after the coordinator wrote (the bot would talk over them), and never to
 * what asks nothing ("ok", "tack"). Sent as a receipt: at the hand-back the question still counts as left
 * unanswered and is passed on (dialogs/handed-back.ts).
 *
 * Someone known to be under 18 gets it after ten minutes of the coordinator's silence, not thirty, and for
 * something heavy told (the screen's concern) as well as a question, in words that hear it (texter18: Selma, 15,
 * asked "måste ni anmäla nu" ten minutes after Maja's last words and heard nothing until Maja handed back).
 * And a minor is never left with nothing at all: whatever they write, however soon after the coordinator's words,
 * gets the receipt if nothing from Tillit has been said since the takeover began (session 20: Selma wrote within
 * ten minutes of Maja's words and got nothing back, not knowing whether anyone read it). Once in the takeover, so a
 * live talk with the coordinator is not interrupted under every message; the coordinator gone quiet for ten
 * minutes, a question or something heavy gets it again, at most every ten minutes. Tillit never writes into a
 * takeover of its own accord, only when written to.
 */
async function questionSeen(ctx: MessageContext): Promise<BotReply[]> {
  const { deps, message } = ctx;
  const { takenOverAt, lastStaffReplyAt: lastWords } = message.facts;
  if (!takenOverAt || !lastWords || lastWords.getTime() < takenOverAt.getTime()) return [];
  const now = message.facts.now.getTime();
  const quiet = now - lastWords.getTime();
  const asks = expectsAnAnswer(message.body);
  let since: Date;
  if (await knownMinor(deps.sql, message.participant.id, deps.now())) {
    // A minor: the coordinator quiet for ten minutes, a question or something heavy gets it at most every ten
    // minutes (an early "ok"'s receipt must not use up the one "måste ni anmäla?" gets at fifteen minutes, a
    // reviewer found); otherwise, in a live talk, once in the takeover.
    const quietDue = quiet >= SEEN_AFTER_MINOR_MS && (asks || Boolean(ctx.concern));
    since = quietDue ? new Date(Math.max(lastWords.getTime(), now - SEEN_AFTER_MINOR_MS)) : takenOverAt;
  } else {
    // An adult: a question after the coordinator's half hour of quiet, once between their words.
    if (!(quiet >= SEEN_AFTER_MS && asks)) return [];
    since = lastWords;
  }
  const { botMessages, takerFirstName } = await sinceTakeover(deps.sql, message.conversationId, since);
  if (botMessages > 0) return [];
  const recent = await recentTexts(deps.sql, message.conversationId);
  const key = ctx.concern ? "core.heavySeen" : "core.questionSeen";
  return [{ text: takerFirstName ? copyVaried(ctx, `${key}By`, recent, { taker: takerFirstName }) : copyVaried(ctx, key, recent) }];
}

/**
 * "sluta" in answer to the offer of a person ("Ska jag be Maja höra av sig?") says stop asking, not stop
 * everything: a young tester in a heavy moment was opted out by it, and with it out of every contact.
 * Only that soft word, only with the offer open: the offer hears it (and says how STOPP stops all);
 * STOPP, STOP and the other words stop everything at once, as always.
 */
async function stopAnswersTheOffer(ctx: MessageContext): Promise<boolean> {
  const { message, deps } = ctx;
  if (normaliseKeyword(message.body) !== "sluta" || message.conversationPriority !== "concern") return false;
  return (await deps.runtime.innermostDialog(message.conversationId)) === CONCERN_OFFER_DIALOG_ID;
}

/**
 * No bot is there to ask "are you sure?": the request is recorded as written, marked unconfirmed. `seen`: the receipt
 * that the coordinator who has the chat sees it (questionSeen), when one is due; otherwise nothing is sent.
 */
async function recordUnconfirmedErasure(ctx: MessageContext, seen: BotReply[] = []): Promise<void> {
  const { deps, message } = ctx;
  // After STOPP the request is said to have gone to the team, in a line (a tester's "och radera allt" met silence).
  const stopped = message.participant.status === "opted-out";
  const already = stopped && (await openErasureRequestId(deps.sql, message.participant.id)) !== undefined;
  const replies = stopped ? [{ text: copy(ctx, already ? "erasure.alreadyRequested" : "erasure.requestedWhileStopped") }] : seen;
  await commit(ctx, replies, stopped ? "erasure-receipt" : seen.length ? "receipt" : "reply", async (tx) =>
    (await recordErasureRequest(tx, { participantId: message.participant.id, conversationId: message.conversationId, source: "chat-unconfirmed", now: deps.now() })).events,
  );
}

async function runDialogTurn(ctx: MessageContext, proactive?: { start: DialogStart; allowance: number; beforeCommit?: BeforeCommit }): Promise<void> {
  const start = proactive?.start;
  const { deps, message } = ctx;
  // Texts sent within seconds ("hej" / "e typ helt slut" / "var på intervju idag" / "på ica" / "gick bra tror jag!!")
  // are all stored before the first one's turn has sent its reply; each once got its own (a menu, an offer, two
  // "förstår inte", the joy: five texts within a second, tester24 #9). One reader answers them as one: when later
  // messages already wait, a message whose answer would only greet or say it did not understand sends nothing and
  // is read with what follows (dialogs/burst.ts holdForMore), marked processed in this same turn's commit as always
  // (exactly once; nothing lost: the later message's turn reads it). What the person must hear now is never held: a
  // crisis (flagged above, before this), a concern (no `more` then), an answer to a question, anything understood.
  // The last message of a burst has no later one, so it is always answered. Read before the turn's transaction: a
  // message stored meanwhile only makes this turn answer as before; across instances the turns of a conversation still
  // run one at a time and oldest first (db/participant-locks.ts), so the later message is always answered after it.
  // Typed slowly, each answered before the next is stored, nothing changes. Asked only when a dialog would hold the
  // message (most turns answer something and never ask), once per turn.
  let later: Promise<boolean> | undefined;
  const laterStored = message.id && !start && !ctx.concern && !ctx.late ? () => (later ??= storedAfter(deps.sql, message.conversationId, message.id)) : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const input = {
        conversationId: message.conversationId,
        start,
        participant: message.participant,
        conversation: await loadConversationView(deps.sql, message.facts),
        text: message.body,
        channel: message.channel,
        messageId: message.id,
        receivedAt: message.createdAt,
        now: deps.now(),
        modelIntent: ctx.modelIntent,
        concern: ctx.concern ? { reasons: ctx.concern } : undefined,
        flagged: flagOf(message.conversationPriority),
        laterStored,
      };
      const outcome = await deps.runtime.runTurn(input, lookupsFor(deps, message.participant.id, message.conversationId, message.id));
      // The screen's concern is flagged whatever the dialogs made of the message.
      const flagged = ctx.concern && !outcome.effects.some((e) => e.kind === "flag-concern") ? [...outcome.effects, { kind: "flag-concern" as const, reasons: ctx.concern }] : outcome.effects;
      // "skriver sen" answered however the dialogs answer it: a reminder due soon waits (texter17 #13).
      const effects = !start && saysWritesLater(message.body) ? [...flagged, { kind: "put-off-due-reminders" as const }] : flagged;
      const replies = proactive ? outcome.replies.slice(-proactive.allowance) : outcome.replies;
      // Stopping everything from a dialog is STOPP's opt-out; its confirmation is the one message still allowed.
      // A question answered while stopped goes out as the stop's own lines do, and changes nothing but the screen's flag.
      const stopped = message.participant.status === "opted-out";
      const purpose = stopped || outcome.effects.some((e) => e.kind === "opt-out") ? "opt-out-confirmation" : start?.dialog === "handed-back" ? "hand-back" : start ? "nudge" : "reply";
      await commit(ctx, replies, purpose, async (tx) => {
        await proactive?.beforeCommit?.(tx);
        await outcome.saveState(tx);
        return applyEffects(tx, { participantId: message.participant.id, conversationId: message.conversationId, now: deps.now(), messageId: message.id || undefined }, stopped ? effects.filter((e) => e.kind === "flag-concern") : effects);
      });
      return;
    } catch (err) {
      if (err instanceof AbortTurnError) throw err;
      if (err instanceof ETagConflictError && attempt < MAX_TURN_ATTEMPTS) continue;
      deps.log.error({ err: errorSummary(err), conversationId: message.conversationId, messageId: message.id }, "turn failed");
      return commit(ctx, [{ text: copy(ctx, "core.turnError", { coordinator: coordinatorName(ctx) }) }], "system");
    }
  }
}

/** The conversation's standing flag, as the dialogs see it ("normal" is none). */
function flagOf(priority: string): "concern" | "crisis" | undefined {
  return priority === "concern" || priority === "crisis" ? priority : undefined;
}
