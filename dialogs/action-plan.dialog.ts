// Talking the action plan through: what it says, then "how did it go with …?" for each open
// sub-goal. Effort is affirmed, never graded; every question can be skipped.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
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
  /** "hela planen": the parts that did not fit in the first message, then done (no questions). */
  rest?: boolean;
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
      // The plan in messages of two SMS segments. A turn sends at most two messages, and the first
      // turn also asks about a sub-goal: so the first message says when there is more, and
      // "hela planen" shows the rest (never cut off without a word).
      const pages = paginate(s, parts(s, plan));
      if (o.rest) return this.showRest(step, pages);
      await step.context.sendActivity(pages.length > 1 ? `${pages[0]} ${s.t("actionPlan.more")}` : pages[0]!);
      o.goals = plan.openSubGoals;
      o.index = 0;
      o.done = [];
      if (o.goals.length === 0) {
        await say(step, "actionPlan.allGoalsDone");
        return step.endDialog();
      }
    }
    // Asked again after a question back answered ("när är mitt nästa möte?"), in other words: the same line twice
    // reads as not listening (tester24 #9).
    return askChoice(step, "actionPlan.howDidItGo", "goalProgress", { goal: o.goals[o.index!]!.text }, "actionPlan.howDidItGoAgain");
  }

  private async showRest(step: WaterfallStepContext, pages: string[]) {
    for (const text of restOf(services(step.context), pages, 2)) await step.context.sendActivity(text);
    return step.endDialog();
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

/** The pages after the first, in at most `max` messages; past that, who can tell the rest. */
function restOf(s: TurnServices, pages: string[], max: number): string[] {
  const rest = pages.length > 1 ? pages.slice(1) : pages;
  const shown = rest.slice(0, max);
  if (rest.length > max) shown[max - 1] = `${shown[max - 1]} ${s.t("actionPlan.evenMore", { coordinator: coordinatorInSentence(s) })}`;
  return shown;
}

/** "hela planen" while a sub-goal question waits: one message of the rest; the question is asked again after it. */
export async function sayRestOfPlan(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  const plan = await s.lookups.actionPlan();
  if (!plan) return;
  const [text] = restOf(s, paginate(s, parts(s, plan)), 1);
  await dc.context.sendActivity(text!);
}

function parts(s: TurnServices, plan: ActionPlanView): string[] {
  const parts = [s.t("actionPlan.summary", { activity: plan.mainActivity })];
  if (plan.weeklySchedule) parts.push(s.t("actionPlan.schedule", { schedule: plan.weeklySchedule }));
  if (plan.nextFollowUpAt) parts.push(s.t("actionPlan.followUp", { when: formatMeetingTime(new Date(plan.nextFollowUpAt), s.participant.language) }));
  if (plan.optionalItems.length) parts.push(s.t("actionPlan.alsoOnPlan", { items: plan.optionalItems.join(", ") }));
  // What the coordinator and other agencies do: the participant sees the whole plan, not only their part.
  for (const g of plan.othersSubGoals) parts.push(s.t("actionPlan.theirPart", { who: g.owner === "agency" ? g.agency ?? "" : coordinatorInSentence(s), goal: g.text }));
  return parts;
}

/**
 * The parts packed into messages of at most two SMS segments, each leaving room for the line that
 * says there is more (each part is at most a few dozen characters, so a part never has to be cut).
 */
export function paginate(s: TurnServices, parts: string[]): string[] {
  const room = Math.max(smsSize(s.t("actionPlan.more")).units, smsSize(s.t("actionPlan.evenMore", { coordinator: coordinatorInSentence(s) })).units) + 1;
  const fits = (text: string) => smsSize(text).segments <= 2 && smsSize(text).units + room <= 306;
  const pages: string[] = [];
  for (const part of parts) {
    const last = pages.at(-1);
    if (last !== undefined && fits(`${last} ${part}`)) pages[pages.length - 1] = `${last} ${part}`;
    else pages.push(part);
  }
  return pages;
}
