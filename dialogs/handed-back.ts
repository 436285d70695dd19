// After a coordinator hands a conversation back. Over SMS the last words the young person got were a
// person's, signed with their name, and nothing says that the bot answers again (the web chat gets a
// line of its own at hand-back): the bot's first answer says so. And after a crisis, "jag mår bättre
// nu" is met with warmth rather than the check-in's 1-10 question: a check-in starts only when asked.
import type { DialogContext, DialogTurnResult } from "botbuilder-dialogs";
import { message } from "./shared/prompts.js";
import { fold } from "./shared/fold.js";
import { closes } from "./shared/understand-free.js";
import { coordinatorInSentence, services, tWhileRead } from "./turn-services.js";

const SAID = Symbol("tillit.botAgainSaid");
const BETTER = /\b(battre|bra|lugnare|lattare|okej|ok|better|good|fine|okay|calmer)\b/;
const NOT = /\b(inte|int|ej|aldrig|not|never|dont|isnt|no)\b/;

const THANKED = Symbol("tillit.thankedAtHandBack");

/**
 * Once per turn, in front of the turn's first message: "Det är Tillit, boten, som svarar nu igen." A
 * thank-you to the person who wrote ("tack kim", "tack för idag") gets "Varsågod!" with it, and nothing
 * more is said (it got the notice and then "Tack för att du skriver. … förstår inte allt").
 */
export async function sayBotIsBack(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  if (!s.conversation.backFromPerson || dc.context.turnState.get(SAID)) return;
  dc.context.turnState.set(SAID, true);
  const name = await s.lookups.lastStaffWriter();
  if (closes(withoutNames(dc.context.activity.text ?? "", name ? [name] : [])) === "thanks") {
    dc.context.turnState.set(THANKED, true);
    s.preface(name ? s.t("handedBack.thanksBotAgain", { name }) : s.t("handedBack.thanksBotAgainNoName"));
    return;
  }
  s.preface(name ? s.t("handedBack.botAgain", { name }) : s.t("handedBack.botAgainNoName"));
}

/** The bot-is-back notice was said this turn: the stock acknowledgment does not follow it. */
export function botAgainSaid(dc: DialogContext): "thanked" | boolean {
  return dc.context.turnState.get(THANKED) ? "thanked" : Boolean(dc.context.turnState.get(SAID));
}

/** "tack kim" → "tack": the first names given, and "för idag"/"for today", taken out of a thank-you. */
function withoutNames(text: string, names: string[]): string {
  let said = fold(text).replace(/\b(for idag|for i dag|for allt|for samtalet|for today|for everything)\b/g, " ");
  for (const n of names.map((x) => fold(x)).filter(Boolean)) said = said.replace(new RegExp(`\\b${n}\\b`, "g"), " ");
  return said.replace(/\s+/g, " ").trim();
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
