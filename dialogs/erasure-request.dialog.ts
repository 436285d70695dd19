// "Radera mina uppgifter": asked once whether they are sure, then the request goes to the team at
// once (a team lead carries it out from the inbox). Nothing is erased on an unclear answer.
import type { WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { answerOf } from "./shared/prompts.js";
import { askChoice, say } from "./shared/ask.js";
import { coordinatorName, services } from "./turn-services.js";

export const ERASURE_REQUEST_DIALOG = "erasure-request";

export class ErasureRequestDialog extends TillitDialog {
  constructor() {
    super(ERASURE_REQUEST_DIALOG, [(step) => this.confirm(step), (step) => this.decide(step)]);
  }

  private async confirm(step: WaterfallStepContext) {
    if (await services(step.context).lookups.erasureRequested()) {
      await say(step, "erasure.alreadyRequested");
      return step.endDialog();
    }
    // A decision that cannot be undone: a question about it ("vänta va händer då") is no answer, and
    // it is asked again with what happens spelled out.
    return askChoice(step, "erasure.confirm", "yesNo", undefined, "erasure.again");
  }

  private async decide(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = answerOf<string>(step.result);
    if (answer.kind === "answer" && answer.value === "yes") {
      s.effects.push({ kind: "request-erasure", confirmed: true });
      await say(step, "erasure.requested", { coordinator: coordinatorName(s) });
    } else {
      await say(step, "erasure.kept");
    }
    return step.endDialog();
  }
}
