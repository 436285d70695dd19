// What may be done to a meeting in the inbox, from its state: one rule the page draws its buttons from (each meeting
// in the list carries its actions) and the server holds every change to (409 otherwise). A tester found "Ungdomen
// ställde in / Vi ställde in" on refused, cancelled and superseded rows, where they mean nothing.
import { DomainError } from "./domain-error.js";

export const meetingActions = ["agreed", "reschedule", "attended", "no-show", "cancelled:participant", "cancelled:coordinator"] as const;
export type MeetingAction = (typeof meetingActions)[number];

export interface MeetingState {
  startsAt: Date;
  status: string;
  outcome: string | null;
  /** A meeting was made after this one (a new time proposed after it). */
  superseded: boolean;
}

/**
 * Open: a proposal still to come that nothing newer replaced (agreed, another time asked for, or called off by either
 * side), or an agreed meeting (moved or called off before its time; afterwards, whether it took place). A time they
 * asked to move stays open until it is closed as called off, by either side, whenever that is (a tester's old "vill ha
 * en annan tid" had no buttons and could never be closed); nothing is said to them then (meetings.ts noticeOfCancelled).
 * One called off, one with its outcome recorded, a proposal overtaken by a newer one or whose time passed unanswered:
 * nothing is left to do with it (a new time is proposed in the form).
 */
export function actionsFor(m: MeetingState, now: Date): MeetingAction[] {
  if (m.outcome) return [];
  const ahead = m.startsAt > now;
  if (m.status === "proposed") return ahead && !m.superseded ? ["agreed", "reschedule", "cancelled:participant", "cancelled:coordinator"] : [];
  if (m.status === "reschedule-requested") return ["cancelled:participant", "cancelled:coordinator"];
  if (m.status === "confirmed") return ahead ? ["reschedule", "cancelled:participant", "cancelled:coordinator"] : ["attended", "no-show", "cancelled:participant", "cancelled:coordinator"];
  return [];
}

export class MeetingActionError extends DomainError {
  constructor(readonly action: MeetingAction) {
    super("conflict", "not-for-this-meeting", { detail: `${action} is not open for this meeting now` });
  }
}

/** Refuses an action the meeting's state does not allow (MeetingActionError, 409). */
export function assertMeetingAction(m: MeetingState, action: MeetingAction, now: Date): void {
  if (!actionsFor(m, now).includes(action)) throw new MeetingActionError(action);
}
