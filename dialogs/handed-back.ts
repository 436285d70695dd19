// After a coordinator hands a conversation back. Over SMS the last words the young person got were a
// person's, signed with their name, and nothing says that the bot answers again (the web chat gets a
// line of its own at hand-back): the bot's first answer says so. And after a crisis, "jag mår bättre
// nu" is met with warmth rather than the check-in's 1-10 question: a check-in starts only when asked.
import type { DialogContext, DialogTurnResult } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { fold } from "./shared/fold.js";
import { coordinatorInSentence, services, tWhileRead } from "./turn-services.js";

const SAID = Symbol("tillit.botAgainSaid");
const BETTER = /\b(battre|bra|lugnare|lattare|okej|ok|better|good|fine|okay|calmer)\b/;
const NOT = /\b(inte|int|ej|aldrig|not|never|dont|isnt|no)\b/;

/** Once per turn, in front of the turn's first message: "Det är Tillit, boten, som svarar nu igen." */
export async function sayBotIsBack(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  if (!s.conversation.backFromPerson || dc.context.turnState.get(SAID)) return;
  dc.context.turnState.set(SAID, true);
  const name = await s.lookups.lastStaffWriter();
  s.preface(name ? s.t("handedBack.botAgain", { name }) : s.t("handedBack.botAgainNoName"));
}

/** How they are, told after a crisis was handed back: acknowledged, no scale, the door left open. */
export async function acknowledgeAfterCrisis(dc: DialogContext, text: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  // Without a coordinator on the record, the person who has just been writing is the one named.
  const coordinator = (!s.participant.coordinatorFirstName && (await s.lookups.lastStaffWriter())) || coordinatorInSentence(s);
  const said = fold(text);
  await dc.context.sendActivity(message(tWhileRead(s, BETTER.test(said) && !NOT.test(said) ? "handedBack.toldGood" : "handedBack.told", { coordinator })));
  return dc.endDialog();
}
