// Applies the domain writes a dialog asked for, inside the turn's transaction.
import type { SqlExecutor } from "../db/sql.js";
import { insertCheckIn, insertMappingAnswer, insertSelfRating, setSmallStepFollowUp } from "../db/answers.js";
import { insertConsent, latestConsent } from "../db/consents.js";
import { answerMeeting, meetingOf } from "../db/meetings.js";
import { setParticipantField, setReminderPace, setStatusUnlessOptedOut, type ParticipantField } from "../db/participants.js";
import { recordSubGoalProgress } from "../db/plans.js";
import type { TurnEffect } from "../runtime/turn-types.js";
import { checkInConcerns } from "../safety/categories.js";
import { cancelNudges, scheduleBurstPause, scheduleMeetingReminders } from "../nudges/schedule-nudges.js";
import { postponeReminder, putOffDueReminders, retimeReminders, setReminders } from "../nudges/participant-wishes.js";
import { cancelPostponedDialog } from "../db/nudges.js";
import { flagConcern, optOut, requestHuman, withdrawHumanRequest, withdrawErasureRequest } from "../conversations/transitions.js";
import type { PendingEvent } from "../infrastructure/events.js";
import { recordErasureRequest } from "../privacy/erasure-requests.js";
import { declineFollowUp } from "../db/discharge.js";
import { openStuckSubGoalTask } from "../db/sub-goal-stuck.js";

// Answers are kept only with consent to data processing. The dialogs ask first; this is the guard
// that holds even if one did not.
const collectsAnswers = new Set<TurnEffect["kind"]>(["record-check-in", "record-small-step-follow-up", "record-mapping-answer", "record-self-rating", "record-sub-goal-progress"]);

async function hasDataConsent(tx: SqlExecutor, participantId: number): Promise<boolean> {
  return (await latestConsent(tx, participantId, "data-processing")) === true;
}

export interface EffectTarget {
  participantId: number;
  conversationId: number;
  now: Date;
  /** The message the turn answers, when there is one. */
  messageId?: number;
}

/** Returns the events the conversation's transitions decided, to emit once the turn has committed. */
export async function applyEffects(tx: SqlExecutor, target: EffectTarget, effects: TurnEffect[]): Promise<PendingEvent[]> {
  const { participantId, conversationId, now } = target;
  const events: PendingEvent[] = [];
  const setParticipant = (field: ParticipantField, value: string | Date | null) => setParticipantField(tx, participantId, field, value, now);
  let consented: boolean | undefined;
  for (const effect of effects) {
    if (collectsAnswers.has(effect.kind) && !(consented ??= await hasDataConsent(tx, participantId))) continue;
    switch (effect.kind) {
      case "set-preferred-name":
        await setParticipant("preferredName", effect.name);
        break;
      case "set-language":
        await setParticipant("language", effect.language);
        break;
      case "set-preferred-times":
        await setParticipant("preferredTimes", JSON.stringify(effect.times));
        await retimeReminders(tx, participantId, now);
        break;
      case "set-reminders":
        await setReminders(tx, participantId, effect.on, now);
        break;
      case "set-reminder-pace":
        await setReminderPace(tx, participantId, effect.pace, now);
        break;
      case "postpone-reminder":
        await postponeReminder(tx, participantId, now);
        break;
      case "put-off-due-reminders":
        await putOffDueReminders(tx, participantId, now);
        break;
      case "await-burst-pause":
        await scheduleBurstPause(tx, participantId, now);
        break;
      case "cancel-postponed":
        await cancelPostponedDialog(tx, participantId, effect.dialog, now);
        break;
      case "complete-onboarding":
        await setParticipant("onboardedAt", now);
        break;
      case "set-status":
        // Never overrides an opt-out: only START words reverse that.
        await setStatusUnlessOptedOut(tx, participantId, effect.status, now);
        break;
      case "record-consent":
        await insertConsent(tx, { participantId, kind: effect.consent, granted: effect.granted, method: "chat", textVersion: effect.textVersion, now });
        if (effect.consent === "data-processing") consented = effect.granted;
        break;
      case "request-erasure":
        events.push(...(await recordErasureRequest(tx, { participantId, conversationId, source: effect.confirmed ? "chat" : "chat-unconfirmed", now })).events);
        break;
      case "opt-out":
        events.push(...(await optOut(tx, { participantId, source: { kind: "participant" }, now })));
        break;
      case "record-small-step-follow-up":
        await setSmallStepFollowUp(tx, participantId, effect.checkInId, effect.outcome);
        break;
      case "record-check-in":
        await insertCheckIn(tx, { participantId, mood: effect.mood, betterBecause: effect.betterBecause, sleep: effect.sleep, food: effect.food, movement: effect.movement, smallStep: effect.smallStep, now });
        break;
      case "record-mapping-answer":
        await insertMappingAnswer(tx, { participantId, topic: effect.topic, question: effect.question, answer: effect.answer, now });
        break;
      case "record-self-rating":
        await insertSelfRating(tx, { participantId, batteryId: effect.batteryId, statement: effect.statement, score: effect.score, exit: effect.exit, now });
        break;
      case "record-sub-goal-progress": {
        // Done and stuck are what the participant marked; any other answer means it is under way again.
        const status = effect.progress === "done" ? "done" : effect.progress === "stuck" ? "stuck" : "open";
        const recorded = await recordSubGoalProgress(tx, { participantId, subGoalId: effect.subGoalId, progress: effect.progress, status, now });
        // Stuck: a person should offer help, so the team gets a task.
        if (recorded && status === "stuck") await openStuckSubGoalTask(tx, participantId, now);
        break;
      }
      case "decline-follow-up":
        await declineFollowUp(tx, participantId, now);
        break;
      case "update-meeting":
        await answerMeeting(tx, { meetingId: effect.meetingId, participantId, status: effect.status, requestedTime: effect.requestedTime ?? null, now });
        await meetingReminders(tx, effect.meetingId, participantId, effect.status, now);
        break;
      case "request-human":
        events.push(...(await requestHuman(tx, { conversationId, participantId, reason: effect.reason, now })));
        break;
      case "withdraw-request":
        events.push(...(await withdrawHumanRequest(tx, { conversationId, participantId, now })));
        break;
      case "withdraw-erasure":
        events.push(...(await withdrawErasureRequest(tx, { conversationId, participantId, now })));
        break;
      case "flag-concern": {
        const source = effect.reasons.some((r) => (checkInConcerns as readonly string[]).includes(r)) ? "check-in" : "rules";
        events.push(...(await flagConcern(tx, { conversationId, participantId, reasons: effect.reasons, source, messageId: target.messageId, now })));
        break;
      }
    }
  }
  return events;
}

/** A confirmed meeting gets its reminders; a cancelled or moved one loses them. */
async function meetingReminders(tx: SqlExecutor, meetingId: number, participantId: number, status: string, now: Date): Promise<void> {
  if (status !== "confirmed") return void (await cancelNudges(tx, { meetingId }, `meeting-${status}`, now));
  const m = await meetingOf(tx, meetingId, participantId);
  if (m) await scheduleMeetingReminders(tx, { id: meetingId, participantId, ...m }, now);
}
