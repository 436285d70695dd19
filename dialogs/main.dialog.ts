// The root of every turn. Interruptions that apply anywhere (skip, later, asking for a person) are
// handled here once, before the active dialog sees the message. A dialog left unanswered for longer
// than the resume gap first asks whether to continue or start fresh. With nothing active, the
// message is routed: onboarding first, then the dialogs a participant can ask for by name.
import { ComponentDialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogInstance, type DialogTurnResult, type WaterfallStepContext } from "botbuilder-dialogs";
import { detectInterruption, detectReminderRequest, fold, recognizeChoice } from "./shared/recognize.js";
import { SKIPPED, message } from "./shared/prompts.js";
import { choiceSpec } from "./shared/ask.js";
import { ONBOARDING_DIALOG, OnboardingDialog } from "./onboarding.dialog.js";
import { CHECK_IN_DIALOG, CheckInDialog } from "./check-in.dialog.js";
import { SELF_RATING_DIALOG, SelfRatingDialog } from "./self-rating.dialog.js";
import { MAPPING_DIALOG, MAPPING_TOPICS, MappingDialog, type MappingTopic } from "./mapping.dialog.js";
import { coordinatorName, services, type TurnServices } from "./turn-services.js";
import { MeetingDialog } from "./meeting.dialog.js";
import { ACTION_PLAN_DIALOG, ActionPlanDialog } from "./action-plan.dialog.js";
import type { DialogStart } from "../bot/runtime/turn-types.js";

export const MAIN_DIALOG = "main";
export const DEFAULT_RESUME_GAP_MS = 3 * 24 * 60 * 60 * 1000;

const starters: [RegExp, string][] = [
  [/\b(checka in|incheckning|check in|checkin)\b/, CHECK_IN_DIALOG],
  [/\b(skattning|skatta|rating|ratings)\b/, SELF_RATING_DIALOG],
  [/\b(kartlaggning|om mig|mapping|about me)\b/, MAPPING_DIALOG],
  [/\b(min plan|planen|handlingsplan|my plan|action plan)\b/, ACTION_PLAN_DIALOG],
];

interface MainState {
  lastTurnAt?: number;
  askedToResume?: boolean;
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly resumeGapMs = DEFAULT_RESUME_GAP_MS) {
    super(MAIN_DIALOG);
    for (const d of [new OnboardingDialog(), new CheckInDialog(), new SelfRatingDialog(), new MappingDialog(), new MeetingDialog(), new ActionPlanDialog()]) this.addDialog(d);
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.route`, [(step) => this.route(step)]));
    this.initialDialogId = `${MAIN_DIALOG}.route`;
  }

  override async beginDialog(outer: DialogContext, options?: object): Promise<DialogTurnResult> {
    (outer.activeDialog!.state as MainState).lastTurnAt = services(outer.context).now.getTime();
    return super.beginDialog(outer, options);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const s = services(inner.context);
    const state = mainState(inner);
    const idleFor = state.lastTurnAt === undefined ? 0 : s.now.getTime() - state.lastTurnAt;
    state.lastTurnAt = s.now.getTime();
    const text = inner.context.activity.text ?? "";

    const interruption = detectInterruption(text);
    if (interruption === "human") return handToHuman(inner);
    if (detectReminderRequest(text)) return changeReminders(inner, text);
    if (interruption === "later") {
      await inner.context.sendActivity(message(s.t("common.later")));
      return inner.cancelAllDialogs();
    }
    if (state.askedToResume) {
      state.askedToResume = false;
      const spec = choiceSpec(s, "resume.ask", "resume");
      if (recognizeChoice(text, spec.options, spec.labels) === "continue") {
        await inner.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      await inner.context.sendActivity(message(s.t("resume.fresh")));
      return inner.cancelAllDialogs();
    }
    if (interruption === "skip") {
      let leaf = inner;
      while (leaf.child) leaf = leaf.child;
      return leaf.endDialog(SKIPPED);
    }
    if (idleFor > this.resumeGapMs) {
      state.askedToResume = true;
      const name = s.participant.preferredName;
      const spec = choiceSpec(s, name ? "resume.askNamed" : "resume.ask", "resume", name ? { name } : undefined);
      await inner.context.sendActivity(message(spec.text, spec.labels));
      return { status: DialogTurnStatus.waiting };
    }
    return inner.continueDialog();
  }

  private async route(step: WaterfallStepContext) {
    const s = services(step.context);
    const start = (step.options as { start?: DialogStart } | undefined)?.start;
    if (start) return step.replaceDialog(start.dialog, start.options);
    const text = step.context.activity.text ?? "";
    if (detectInterruption(text) === "human") return handToHuman(step);
    if (detectReminderRequest(text)) return changeReminders(step, text);
    if (!s.participant.onboarded) return step.replaceDialog(ONBOARDING_DIALOG);
    const started = starters.find(([re]) => re.test(fold(text)))?.[1];
    if (started === MAPPING_DIALOG) {
      const topic = nextMappingTopic(await s.lookups.mappedTopics());
      if (topic) return step.replaceDialog(MAPPING_DIALOG, { topic });
      await step.context.sendActivity(message(s.t("mapping.allDone")));
      return step.endDialog();
    }
    if (started) return step.replaceDialog(started);
    const byIntent = await this.actOnModelIntent(step);
    if (byIntent) return byIntent;
    const composed = await s.freeTextReply?.(text);
    await step.context.sendActivity(message(composed ?? acknowledgement(s)));
    return step.endDialog();
  }

  // What a language model understood free text to want. It never acts on its own behalf: a person
  // is asked to decide (meetings, reminders), and stopping still takes the participant's STOPP.
  private async actOnModelIntent(step: WaterfallStepContext): Promise<DialogTurnResult | undefined> {
    const s = services(step.context);
    switch (s.modelIntent) {
      case "human":
        return handToHuman(step);
      case "opt-out":
        await step.context.sendActivity(message(s.t("intent.optOutHow")));
        return step.endDialog();
      case "cancel-meeting":
      case "move-meeting":
      case "stop-reminders": {
        const reason = s.modelIntent === "stop-reminders" ? "reminders" : "meeting";
        s.effects.push({ kind: "request-human", reason });
        await step.context.sendActivity(message(s.t(`intent.${reason}`, { coordinator: coordinatorName(s) })));
        return step.endDialog();
      }
      default:
        return undefined;
    }
  }
}

function mainState(inner: DialogContext): MainState {
  return (inner.parent!.activeDialog as DialogInstance<MainState>).state;
}

async function handToHuman(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "asked" });
  await dc.context.sendActivity(message(s.t("common.humanComing", { coordinator: coordinatorName(s) })));
  return dc.cancelAllDialogs();
}

// "påminn mig inte", "skicka på kvällen istället", "remind me later": the participant decides how
// and when Tillit gets in touch. Whatever was going on stops; the change is confirmed in one message.
async function changeReminders(dc: DialogContext, text: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  const request = detectReminderRequest(text)!;
  if (request === "off" || request === "on") s.effects.push({ kind: "set-reminders", on: request === "on" });
  else if (request === "later") s.effects.push({ kind: "postpone-reminder" });
  else s.effects.push({ kind: "set-preferred-times", times: [request] }, { kind: "postpone-reminder" });
  await dc.context.sendActivity(message(s.t(`reminders.${request}`)));
  return dc.cancelAllDialogs();
}

function acknowledgement(s: TurnServices): string {
  const name = s.participant.preferredName;
  return s.t(name ? "conversation.acknowledgeNamed" : "conversation.acknowledge", { name: name ?? "", coordinator: coordinatorName(s) });
}

export function nextMappingTopic(done: string[]): MappingTopic | undefined {
  return (Object.keys(MAPPING_TOPICS) as MappingTopic[]).find((t) => !done.includes(t));
}
