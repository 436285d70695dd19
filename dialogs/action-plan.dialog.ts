// Talking the action plan through: what it says, then "how did it go with …?" for each open
// sub-goal. Effort is affirmed, never graded; every question can be skipped.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { coordinatorInSentence, services, type TurnServices } from "./turn-services.js";
import { smsSize } from "../bot/domain/sms-segments.js";
import { formatMeetingTime } from "../bot/domain/format-time.js";
import type { ActionPlanView } from "../bot/runtime/turn-types.js";

export const ACTION_PLAN_DIALOG = "action-plan" satisfies StartableDialog;
const LOOP = `${ACTION_PLAN_DIALOG}.steps`;

interface LoopOptions {
  goals?: { id: number; text: string }[];
  index?: number;
  done?: string[];
}

export class ActionPlanDialog extends TillitDialog {
  constructor() {
    super(ACTION_PLAN_DIALOG, [(step) => this.ask(step), (step) => this.record(step)]);
  }

  private async ask(step: WaterfallStepContext) {
    const s = services(step.context);
    const o = step.options as LoopOptions;
    if (o.goals === undefined) {
      const plan = await s.lookups.actionPlan();
      if (!plan) {
        await say(step, "actionPlan.none", { coordinator: coordinatorInSentence(s) });
        return step.endDialog();
      }
      // One message (a turn sends at most two): the plan, then what others do, as much as fits.
      await step.context.sendActivity(summary(s, plan));
      o.goals = plan.openSubGoals;
      o.index = 0;
      o.done = [];
      if (o.goals.length === 0) {
        await say(step, "actionPlan.allGoalsDone");
        return step.endDialog();
      }
    }
    return askChoice(step, "actionPlan.howDidItGo", "goalProgress", { goal: o.goals[o.index!]!.text });
  }

  private async record(step: WaterfallStepContext) {
    const s = services(step.context);
    const o = step.options as Required<LoopOptions>;
    const answer = takeAnswer<"done" | "partly" | "stuck" | "not-yet">(step);
    const goal = o.goals[o.index]!;
    if (answer.kind === "answer") {
      s.effects.push({ kind: "record-sub-goal-progress", subGoalId: goal.id, progress: answer.value });
      if (answer.value === "done") o.done.push(goal.text);
      // Stuck is answered at once, not after the last question: it deserves more than a "thanks".
      if (answer.value === "stuck") await say(step, "actionPlan.stuck", { coordinator: coordinatorInSentence(s) });
    }
    if (o.index + 1 < o.goals.length) return step.replaceDialog(LOOP, { ...o, index: o.index + 1 });
    if (o.done.length > 0) await say(step, "actionPlan.wellDone", { goal: o.done[0]! });
    else await say(step, "actionPlan.thanks", { coordinator: coordinatorInSentence(s) });
    return step.endDialog();
  }
}

function summary(s: TurnServices, plan: ActionPlanView): string {
  const parts = [s.t("actionPlan.summary", { activity: plan.mainActivity })];
  if (plan.weeklySchedule) parts.push(s.t("actionPlan.schedule", { schedule: plan.weeklySchedule }));
  if (plan.nextFollowUpAt) parts.push(s.t("actionPlan.followUp", { when: formatMeetingTime(new Date(plan.nextFollowUpAt), s.participant.language) }));
  if (plan.optionalItems.length) parts.push(s.t("actionPlan.alsoOnPlan", { items: plan.optionalItems.join(", ") }));
  // What the coordinator and other agencies do: the participant sees the whole plan, not only their part.
  for (const g of plan.othersSubGoals) parts.push(s.t("actionPlan.theirPart", { who: g.owner === "agency" ? g.agency ?? "" : coordinatorInSentence(s), goal: g.text }));
  return fitted(parts);
}

/** As many parts as fit in two SMS segments (each part is at most a few dozen characters). */
function fitted(parts: string[]): string {
  let text = parts[0]!;
  for (const part of parts.slice(1)) {
    const longer = `${text} ${part}`;
    if (smsSize(longer).segments > 2) break;
    text = longer;
  }
  return text;
}
