// The root of every turn: a new participant is welcomed; afterwards a message with no dialog waiting
// for it is acknowledged (the richer dialogs hang off this router).
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from "botbuilder-dialogs";
import { WELCOME_DIALOG, WelcomeDialog } from "./welcome.dialog.js";
import { coordinatorName, services } from "./turn-services.js";

export const MAIN_DIALOG = "main";

export class MainDialog extends ComponentDialog {
  constructor() {
    super(MAIN_DIALOG);
    this.addDialog(new WelcomeDialog());
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.route`, [this.routeStep.bind(this)]));
    this.initialDialogId = `${MAIN_DIALOG}.route`;
  }

  private async routeStep(step: WaterfallStepContext) {
    const s = services(step.context);
    if (!s.participant.preferredName) return step.replaceDialog(WELCOME_DIALOG);
    await step.context.sendActivity(
      s.t("conversation.acknowledge", { name: s.participant.preferredName, coordinator: coordinatorName(s) }),
    );
    return step.endDialog();
  }
}
