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
import { CHECK_IN_DIALOG, type CheckInOptions } from "./check-in.dialog.js";
import { toldHowTheyAre } from "./shared/understand-free.js";
import { newsWithAnswer } from "./shared/news-words.js";

export const ASK_FIRST_DIALOG = "ask-first";

const questionKey: Record<Exclude<StartableDialog, "meeting" | "discharge" | "burst-pause" | "handed-back">, string> = {
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
    // "nej men jag fick jobbet!!", "not now, my mum is in hospital": the answer is taken, and the news with it heard
    // first, briefly, in its tone (a concern the screen read is the concern offer's to hear).
    const news = s.concern ? undefined : newsWithAnswer(step.context.activity.text ?? "");
    if (answer.kind === "answer" && answer.value === "yes") {
      const start = this.start(step);
      // "ja men fick jobbet!": glad for them (or sorry), then the first question without a second hello.
      if (news === "good" || news === "hard") {
        s.preface(s.t(`askFirst.heard.${news}`));
        if (start.dialog === CHECK_IN_DIALOG) return beginNamedDialog(step, { ...start, options: { ...start.options, midConversation: true } satisfies CheckInOptions });
      }
      if (start.dialog !== CHECK_IN_DIALOG) return beginNamedDialog(step, start);
      // The offer said hello already: the scale question comes without a second "Hej!", and after "nu han sover.
      // jag är trött men ok" it thanks them for what they told (texter17 #13: "Hej Yasmin! Hur är det idag?").
      const told = toldHowTheyAre(step.context.activity.text ?? "");
      return beginNamedDialog(step, { ...start, options: { ...start.options, ...(told ? { told: true } : { afterYes: true }) } satisfies CheckInOptions });
    }
    if (answer.kind === "answer" && answer.value === "later") {
      s.effects.push({ kind: "postpone-reminder" });
      if (news) s.preface(s.t(`askFirst.heard.${news}`));
      // "lite senare" only when it is still today; otherwise said as it is: tomorrow.
      await say(step, (await s.lookups.reminderLater())?.sameDay === false ? "reminders.laterTomorrow" : "reminders.later");
    } else {
      await say(step, news ? `askFirst.declinedNews.${news}` : "askFirst.declined");
    }
    return step.endDialog();
  }
}
