// A name given or corrected at any time, in a dialog, with nothing open, or while a person is awaited: "kalla mig
// Mo istället", "byt namn till Mo", "jag heter J sa jag ju", "kan du kalla mig J" (a young tester's last two were
// "Jag förstod inte riktigt" and "Jag är kvar här"). The name changes at once and is confirmed; "vad heter jag?" is told.
import type { DialogContext } from "botbuilder-dialogs";
import { asksMyName, namesSelf, renamesTo } from "./shared/understand-name.js";
import { message } from "./shared/prompts.js";
import { nameForOnboarding } from "./onboarding.dialog.js";
import { services } from "./turn-services.js";
import { fold } from "./shared/fold.js";

// "sa jag ju", "egentligen", "i said": a name said as a correction of what Tillit has.
const CORRECTION = /\b(sa jag ju|sa ju|sa jag|egentligen|faktiskt|menade|nej|inte|actually|i said|told you|really)\b/;

function correctsName(text: string): boolean {
  return CORRECTION.test(fold(text));
}

/**
 * The name said, taken and confirmed, or the name asked about, told: true when the message was one of them. A name
 * is kept only with the yes to keeping answers (onboarding asks it only then).
 */
export async function changesName(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.participant.dataConsent !== true) return false;
  // "asså jag heter typ mohammed men kalla mig mo": what to use, however it is said. "jag heter Mo" alone does not
  // put another name over one given (it may be told, not asked for); the same name said again is confirmed, and
  // another said as a correction ("jag heter J sa jag ju", "egentligen heter jag Mo") is taken.
  const said = namesSelf(text);
  const current = s.participant.preferredName;
  const name = renamesTo(text) ?? (said && (!current || fold(current) === fold(said) || correctsName(text)) ? said : undefined);
  if (name) {
    // Onboarding still running ends with the name said now ("Tack, J!").
    nameForOnboarding(dc, name);
    s.effects.push({ kind: "set-preferred-name", name });
    await dc.context.sendActivity(message(s.t("name.changed", { name })));
    return true;
  }
  if (!asksMyName(text)) return false;
  await dc.context.sendActivity(message(current ? s.t("name.told", { name: current }) : s.t("name.none")));
  return true;
}
