// Begins one of the dialogs a participant (or a nudge) can start, with what it needs: the check-in
// the small step to ask about, the mapping its next topic. A dialog that collects answers begins only
// after a yes to data processing; without one, consent is asked first (consent.dialog.ts).
import type { DialogContext, DialogTurnResult } from "botbuilder-dialogs";
import { answerCollectingDialogs, type DialogStart } from "../bot/runtime/turn-types.js";
import { CONSENT_DIALOG } from "./consent.dialog.js";
import { MAPPING_DIALOG, MAPPING_TOPICS, type MappingTopic } from "./mapping.dialog.js";
import { CHECK_IN_DIALOG } from "./check-in.dialog.js";
import { message } from "./shared/prompts.js";
import { services } from "./turn-services.js";

export function nextMappingTopic(done: string[]): MappingTopic | undefined {
  return (Object.keys(MAPPING_TOPICS) as MappingTopic[]).find((t) => !done.includes(t));
}

/** `consentGiven`: the yes was given in this very turn (the consent dialog), not yet in the participant's record. */
export async function beginNamedDialog(step: DialogContext, start: DialogStart, opts: { consentGiven?: boolean } = {}): Promise<DialogTurnResult> {
  const s = services(step.context);
  if (!opts.consentGiven && s.participant.dataConsent !== true && answerCollectingDialogs.includes(start.dialog)) return step.replaceDialog(CONSENT_DIALOG, { asked: start });
  // Begun now: a reminder of it put off with "senare" does not come again the same evening.
  s.effects.push({ kind: "cancel-postponed", dialog: start.dialog });
  if (start.dialog === CHECK_IN_DIALOG) return step.replaceDialog(CHECK_IN_DIALOG, { ...start.options, followUp: await s.lookups.openSmallStep() });
  if (start.dialog === MAPPING_DIALOG && !(start.options as { topic?: string } | undefined)?.topic) {
    const topic = nextMappingTopic(await s.lookups.mappedTopics());
    if (topic) return step.replaceDialog(MAPPING_DIALOG, { topic });
    await step.context.sendActivity(message(s.t("mapping.allDone")));
    return step.endDialog();
  }
  return step.replaceDialog(start.dialog, start.options);
}
