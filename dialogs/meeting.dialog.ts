// A coordinator has proposed a time. The participant confirms, cancels or asks for another time.
// A cancellation is met with a welcome and the offer of a new time, never with reproach.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askText, say, takeAnswer } from "./shared/ask.js";
import { coordinatorInSentence, coordinatorName, services, type TurnServices } from "./turn-services.js";
import { formatMeetingTime } from "../bot/domain/format-time.js";

export const MEETING_DIALOG = "meeting" satisfies StartableDialog;

export interface MeetingOptions {
  meetingId: number;
  /** ISO time. */
  startsAt: string;
  location?: string;
  timeZone?: string;
}

type Status = "confirmed" | "cancelled" | "reschedule-requested";

export class MeetingDialog extends TillitDialog {
  constructor() {
    super(MEETING_DIALOG, [(step) => this.propose(step), (step) => this.afterAnswer(step), (step) => this.afterFollowUp(step)]);
  }

  private meeting(step: WaterfallStepContext): MeetingOptions {
    return step.options as MeetingOptions;
  }

  private when(s: TurnServices, m: MeetingOptions): string {
    return formatMeetingTime(new Date(m.startsAt), s.participant.language, m.timeZone);
  }

  private record(s: TurnServices, m: MeetingOptions, status: Status, requestedTime?: string): void {
    s.effects.push({ kind: "update-meeting", meetingId: m.meetingId, status, ...(requestedTime ? { requestedTime } : {}) });
  }

  private async propose(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const vars = { coordinator: coordinatorName(s), when: this.when(s, m), where: m.location ?? "" };
    return askChoice(step, m.location ? "meeting.proposeAt" : "meeting.propose", "meetingAnswer", vars);
  }

  private async afterAnswer(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "skipped") {
      await say(step, "meeting.noAnswerYet", { coordinator: coordinatorInSentence(s) });
      return step.endDialog();
    }
    (step.values as { answer: string }).answer = answer.value;
    if (answer.value === "confirm") {
      this.record(s, m, "confirmed");
      await say(step, "meeting.confirmed", { when: this.when(s, m) });
      return step.endDialog();
    }
    if (answer.value === "cancel") {
      this.record(s, m, "cancelled");
      return askChoice(step, "meeting.cancelledOfferNew", "yesNo", { coordinator: coordinatorInSentence(s) });
    }
    return askText(step, "meeting.askOtherTime", undefined, 200);
  }

  private async afterFollowUp(step: WaterfallStepContext) {
    const s = services(step.context);
    const m = this.meeting(step);
    const answer = takeAnswer<string>(step);
    const { answer: first } = step.values as { answer: string };
    if (first === "other") {
      this.record(s, m, "reschedule-requested", answer.kind === "answer" ? answer.value : undefined);
      await say(step, "meeting.otherTimeNoted", { coordinator: coordinatorInSentence(s) });
      return step.endDialog();
    }
    if (answer.kind === "answer" && answer.value !== "no") {
      this.record(s, m, "reschedule-requested");
      await say(step, "meeting.newTimeComing", { coordinator: coordinatorInSentence(s) });
    } else {
      await say(step, "meeting.doorOpen");
    }
    return step.endDialog();
  }
}
