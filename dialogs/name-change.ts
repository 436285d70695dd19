// A name given or corrected at any time, in a dialog, with nothing open, or while a person is awaited: "kalla mig
// Mo istället", "byt namn till Mo", "jag heter J sa jag ju", "kan du kalla mig J" (a young tester's last two were
// "Jag förstod inte riktigt" and "Jag är kvar här"). The name changes at once and is confirmed; "vad heter jag?" is told.
import type { DialogContext } from "botbuilder-dialogs";
import { asksMyName, namesSelf, renamesTo } from "./shared/understand-name.js";
import { message } from "./shared/prompts.js";
import { nameForOnboarding } from "./onboarding.dialog.js";
import { services } from "./turn-services.js";

/**
 * The name said, taken and confirmed, or the name asked about, told: true when the message was one of them. A name
 * is kept only with the yes to keeping answers (onboarding asks it only then).
 */
export async function changesName(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.participant.dataConsent !== true) return false;
  // "asså jag heter typ mohammed men kalla mig mo": what to use, however it is said.
  const name = renamesTo(text) ?? namesSelf(text);
  if (name) {
    // Onboarding still running ends with the name said now ("Tack, J!").
    nameForOnboarding(dc, name);
    s.effects.push({ kind: "set-preferred-name", name });
    await dc.context.sendActivity(message(s.t("name.changed", { name })));
    return true;
  }
  if (!asksMyName(text)) return false;
  const current = s.participant.preferredName;
  await dc.context.sendActivity(message(current ? s.t("name.told", { name: current }) : s.t("name.none")));
  return true;
}
