// Begins one of the dialogs a participant (or a nudge) can start, with what it needs: the check-in
// the small step to ask about, the mapping its next topic. A dialog that collects answers begins only
// after a yes to data processing; without one, consent is asked first (consent.dialog.ts).
import { Dialog, type DialogContext, type DialogTurnResult } from "botbuilder-dialogs";
import { answerCollectingDialogs, type DialogStart } from "../bot/runtime/turn-types.js";
import { CONSENT_DIALOG } from "./consent.dialog.js";
import { MAPPING_DIALOG, nextMappingTopic } from "./mapping.dialog.js";
import { CHECK_IN_DIALOG } from "./check-in.dialog.js";
import { message } from "./shared/prompts.js";
import { services } from "./turn-services.js";

/** `consentGiven`: the yes was given in this very turn (the consent dialog), not yet in the participant's record. */
export async function beginNamedDialog(step: DialogContext, start: DialogStart, opts: { consentGiven?: boolean } = {}): Promise<DialogTurnResult> {
  const s = services(step.context);
  if (!opts.consentGiven && s.participant.dataConsent !== true && answerCollectingDialogs.includes(start.dialog)) return replaceWhereOwned(step, CONSENT_DIALOG, { asked: start });
  // Begun now: a reminder of it put off with "senare" does not come again the same evening.
  s.effects.push({ kind: "cancel-postponed", dialog: start.dialog });
  if (start.dialog === CHECK_IN_DIALOG) return replaceWhereOwned(step, CHECK_IN_DIALOG, { ...start.options, followUp: await s.lookups.openSmallStep() });
  if (start.dialog === MAPPING_DIALOG && !(start.options as { topic?: string } | undefined)?.topic) {
    const topic = nextMappingTopic(await s.lookups.mappedTopics());
    if (topic) return replaceWhereOwned(step, MAPPING_DIALOG, { topic });
    await step.context.sendActivity(message(s.t("mapping.allDone")));
    return step.endDialog();
  }
  return replaceWhereOwned(step, start.dialog, start.options);
}

/**
 * The dialog asked for takes the place of the one that asked (the check-in's offer, the consent, the
 * farewell) on the stack of the dialog set it belongs to (the main dialog's), never nested inside the
 * asker: a component asks its question again and cancels with only its own dialogs at hand, so a
 * check-in begun with "ja" to a reminder's offer failed the turn when asked again after an offer of a
 * person or a question back ("Can't find a dialog with an id of 'check-in'"), and lost its answers when
 * left. Begun further up, the asker's own turn ends there (what was begun has answered the turn).
 */
async function replaceWhereOwned(step: DialogContext, dialogId: string, options?: object): Promise<DialogTurnResult> {
  let owner = step;
  while (!owner.dialogs.find(dialogId) && owner.parent) owner = owner.parent;
  if (owner === step) return step.replaceDialog(dialogId, options);
  await owner.replaceDialog(dialogId, options);
  return Dialog.EndOfTurn;
}
