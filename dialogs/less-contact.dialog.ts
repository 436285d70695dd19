// "Orkar inte fler sms", "lämna mig ifred": a wish to hear less, never a topic and never the stock
// line. Tillit offers the three ways it can honour it and does what is chosen at once: at most one
// reminder a week, only answers when the person writes (no reminders), or stops everything as STOPP
// does. "Mer sällan typ en gång i veckan" names the week already and is honoured without the question
// (main.dialog.ts reads it as a reminder wish).
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { askChoice, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";
import { reminderEffects } from "./wishes.js";
import { namesWeekly } from "./shared/reminder-words.js";
import { LESS_CONTACT_DIALOG_ID } from "../bot/runtime/turn-types.js";

export const LESS_CONTACT_DIALOG = LESS_CONTACT_DIALOG_ID;

export class LessContactDialog extends TillitDialog {
  constructor() {
    super(LESS_CONTACT_DIALOG, [(step) => this.offer(step), (step) => this.honour(step)]);
  }

  private async offer(step: WaterfallStepContext) {
    // "typ en gång i veckan räcker": the wish already names its answer, so it is not asked for again.
    if (namesWeekly(step.context.activity.text ?? "", true)) return step.next("weekly");
    // Not understood, asked in other words (a tester got the same four-choice menu again verbatim).
    return askChoice(step, "lessContact.ask", "lessContact", undefined, undefined, { retryKey: "lessContact.askOtherWords" });
  }

  private async honour(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    const choice = answer.kind === "answer" ? answer.value : "same";
    if (choice === "weekly") {
      reminderEffects(s, "weekly");
      await say(step, "lessContact.weekly");
    } else if (choice === "fewer") {
      s.effects.push({ kind: "set-reminders", on: false });
      await say(step, "lessContact.fewer");
    } else if (choice === "stop") {
      s.effects.push({ kind: "opt-out" });
      await say(step, "core.optedOut");
    } else {
      await say(step, "lessContact.same");
    }
    return step.endDialog();
  }
}
