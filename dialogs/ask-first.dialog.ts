// A proactive dialog (a nudge's check-in, the self-rating battery, a mapping talk, the plan) never
// springs its first question: it first says what it is and asks whether now is a good time. "Senare"
// brings it back in a few hours (before the quiet hours, or tomorrow, said so); "nej" and "orka" are fine
// and change nothing else.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";
import type { DialogStart, StartableDialog } from "../bot/runtime/turn-types.js";
import { beginNamedDialog } from "./begin-dialog.js";

export const ASK_FIRST_DIALOG = "ask-first";

const questionKey: Record<Exclude<StartableDialog, "meeting" | "discharge">, string> = {
  "check-in": "askFirst.checkIn",
  "self-rating": "askFirst.selfRating",
  mapping: "askFirst.mapping",
  "action-plan": "askFirst.actionPlan",
};

export class AskFirstDialog extends TillitDialog {
  constructor() {
    super(ASK_FIRST_DIALOG, [(step) => this.ask(step), (step) => this.afterAnswer(step)]);
  }

  private start(step: WaterfallStepContext): DialogStart {
    return step.options as DialogStart;
  }

  private async ask(step: WaterfallStepContext) {
    const s = services(step.context);
    const key = questionKey[this.start(step).dialog as keyof typeof questionKey];
    const name = s.participant.preferredName;
    return askChoice(step, name ? `${key}Named` : key, "askFirst", name ? { name } : undefined);
  }

  private async afterAnswer(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "answer" && answer.value === "yes") return beginNamedDialog(step, this.start(step));
    if (answer.kind === "answer" && answer.value === "later") {
      s.effects.push({ kind: "postpone-reminder" });
      // "lite senare" only when it is still today; otherwise said as it is: tomorrow.
      await say(step, (await s.lookups.reminderLater())?.sameDay === false ? "reminders.laterTomorrow" : "reminders.later");
    } else {
      await say(step, "askFirst.declined");
    }
    return step.endDialog();
  }
}
