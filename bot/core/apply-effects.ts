// Applies the domain writes a dialog asked for, inside the turn's transaction.
import { date, type SqlExecutor } from "../db/sql.js";
import type { TurnEffect } from "../runtime/turn-types.js";
import { cancelNudges, scheduleMeetingReminders } from "../nudges/schedule-nudges.js";
import { postponeReminder, retimeReminders, setReminders } from "../nudges/participant-wishes.js";
import { flagConcern, optOut, requestHuman } from "../conversations/transitions.js";
import type { PendingEvent } from "../infrastructure/events.js";
import { recordErasureRequest } from "../privacy/erasure-requests.js";

// Answers are kept only with consent to data processing. The dialogs ask first; this is the guard
// that holds even if one did not.
const collectsAnswers = new Set<TurnEffect["kind"]>(["record-check-in", "record-small-step-follow-up", "record-mapping-answer", "record-self-rating", "record-sub-goal-progress"]);

async function hasDataConsent(tx: SqlExecutor, participantId: number): Promise<boolean> {
  const [k] = await tx.query(`SELECT "granted" FROM "Consent" WHERE "participantId" = ? AND "kind" = 'data-processing' ORDER BY "id" DESC LIMIT 1`, [participantId]);
  return k !== undefined && (k.granted === true || Number(k.granted) === 1);
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
  const setParticipant = (column: string, value: string | Date | null) =>
    tx.execute(`UPDATE "Participant" SET "${column}" = ?, "updatedAt" = ? WHERE "id" = ?`, [value, now, participantId]);
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
      case "postpone-reminder":
        await postponeReminder(tx, participantId, now);
        break;
      case "complete-onboarding":
        await setParticipant("onboardedAt", now);
        break;
      case "set-status":
        // Never overrides an opt-out: only START words reverse that.
        await tx.execute(`UPDATE "Participant" SET "status" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'opted-out'`, [effect.status, now, participantId]);
        break;
      case "record-consent":
        await tx.execute(`INSERT INTO "Consent" ("participantId", "kind", "granted", "method", "textVersion", "createdAt") VALUES (?, ?, ?, 'chat', ?, ?)`, [participantId, effect.consent, effect.granted, effect.textVersion, now]);
        if (effect.consent === "data-processing") consented = effect.granted;
        break;
      case "request-erasure":
        events.push(...(await recordErasureRequest(tx, { participantId, conversationId, source: effect.confirmed ? "chat" : "chat-unconfirmed", now })).events);
        break;
      case "opt-out":
        events.push(...(await optOut(tx, { participantId, source: { kind: "participant" }, now })));
        break;
      case "record-small-step-follow-up":
        await tx.execute(`UPDATE "CheckIn" SET "smallStepFollowUp" = ? WHERE "id" = ? AND "participantId" = ?`, [effect.outcome, effect.checkInId, participantId]);
        break;
      case "record-check-in":
        await tx.execute(
          `INSERT INTO "CheckIn" ("participantId", "mood", "betterBecause", "sleep", "food", "movement", "smallStep", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [participantId, effect.mood, effect.betterBecause, effect.sleep, effect.food, effect.movement, effect.smallStep, now],
        );
        break;
      case "record-mapping-answer":
        await tx.execute(`INSERT INTO "MappingAnswer" ("participantId", "topic", "question", "answer", "skipped", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, [participantId, effect.topic, effect.question, effect.answer, effect.answer === null, now]);
        break;
      case "record-self-rating":
        await tx.execute(`INSERT INTO "SelfRating" ("participantId", "batteryId", "statement", "score", "createdAt") VALUES (?, ?, ?, ?, ?)`, [participantId, effect.batteryId, effect.statement, effect.score, now]);
        break;
      case "record-sub-goal-progress": {
        // Only a sub-goal of this participant's own plan.
        const owned = `SELECT g."id" FROM "SubGoal" g JOIN "ActionPlan" a ON a."id" = g."planId" WHERE g."id" = ? AND a."participantId" = ?`;
        const inserted = await tx.execute(`INSERT INTO "SubGoalUpdate" ("subGoalId", "progress", "createdAt") SELECT "id", ?, ? FROM (${owned}) AS owned`, [effect.progress, now, effect.subGoalId, participantId]);
        // Done and stuck are what the participant marked; any other answer means it is under way again.
        const status = effect.progress === "done" ? "done" : effect.progress === "stuck" ? "stuck" : "open";
        if (inserted) await tx.execute(`UPDATE "SubGoal" SET "status" = ?, "updatedAt" = ? WHERE "id" = ?`, [status, now, effect.subGoalId]);
        break;
      }
      case "update-meeting":
        await tx.execute(
          // Cancelled in chat is the participant's own choice, recorded as such (bot/plans/meeting-outcomes.ts).
          `UPDATE "Meeting" SET "status" = ?, "requestedTime" = COALESCE(?, "requestedTime"), "respondedAt" = ?, "updatedAt" = ?,
                  "outcome" = CASE WHEN ? = 'cancelled' THEN 'cancelled' ELSE NULL END, "cancelledBy" = CASE WHEN ? = 'cancelled' THEN 'participant' ELSE NULL END
            WHERE "id" = ? AND "participantId" = ?`,
          [effect.status, effect.requestedTime ?? null, now, now, effect.status, effect.status, effect.meetingId, participantId],
        );
        await meetingReminders(tx, effect.meetingId, participantId, effect.status, now);
        break;
      case "request-human":
        events.push(...(await requestHuman(tx, { conversationId, participantId, reason: effect.reason, now })));
        break;
      case "flag-concern": {
        const source = effect.reasons.some((r) => r.startsWith("low-check-in")) ? "check-in" : "rules";
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
  const [m] = await tx.query(`SELECT "startsAt", "coordinatorId" FROM "Meeting" WHERE "id" = ? AND "participantId" = ?`, [meetingId, participantId]);
  if (m) await scheduleMeetingReminders(tx, { id: meetingId, participantId, startsAt: date(m.startsAt), coordinatorId: m.coordinatorId == null ? null : Number(m.coordinatorId) }, now);
}
