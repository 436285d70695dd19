// Changing one's mind about keeping answers. After a no: "ni får spara mina svar", "ok spara då", "jag
// har ändrat mig", "you can save my answers" — read only for someone whose latest answer was no
// (dialogs/main.dialog.ts), it only brings the consent question back: the yes is theirs to give there,
// with what it means said again. After a yes: "jag vill inte att ni sparar mina svar", "ta tillbaka
// mitt samtycke" — one question, as the yes was one (dialogs/withdraw-consent.dialog.ts); a question
// about withdrawing is answered instead. Folded text (no åäö, repeated letters squeezed).
import { fold } from "./fold.js";

const SAVE = String.raw`(spara|sparar|lagra|lagrar|save|keep|store)`;
// What is kept here, or nothing after the verb; not money, a number or a seat ("du kan spara numret").
const KEPT = String.raw`( (mina svar|svaren|mina meddelanden|det jag skriver|det|allt|dem|my answers|my messages|it|them|everything))?`;
const POLITE = String.raw`( (da|anda|nu|then|anyway|now|tack|pls|please|istallet|instead))*`;
const WHAT_IS_KEPT = String.raw`${KEPT}${POLITE}$`;
const patterns = [
  // "ni får spara", "du kan spara mina svar", "you can save it now"
  new RegExp(String.raw`\b(ni|du|u|you|tillit) (far|kan|ska|may|can)( (ju|garna|nu|now|anda|anyway))? ${SAVE}${WHAT_IS_KEPT}`),
  // "ok spara då", "ja spara mina svar", "spara mina svar ändå", "okay keep my answers"
  new RegExp(String.raw`^(ok|okej|okey|okay|oki|ja|jo|aa|yes|yeah|ye|fine|sure)?( (da|then|nu|now))? ?${SAVE}( (mina|my|det|allt|it|them|svaren|answers|mina svar|my answers))*( (da|anda|then|anyway|istallet|instead|tack|pls|please))*$`),
  // "jag har ändrat mig", "ångrar mig", "i changed my mind" — as the whole message, or about keeping answers
  /^((ok|okej|asså|assa|typ|hmm|nej|men|jo|well|ok so) )*((jag|ja|i) )?(har |have )?(andrat mig|andrar mig|angrar mig|angrat mig|changed my mind|change my mind)( (nu|now|typ|lol|asså|assa))*$/,
  new RegExp(String.raw`\b(andrat mig|angrar mig|angrat mig|changed my mind)\b.*\b${SAVE}\b`),
  // "jag vill att ni sparar", "i want you to save my answers" (not "i dont want you to…"), "ja till att spara"
  new RegExp(String.raw`(?<!\b(inte|int|ej|dont|don t|not) )\b(vill att (ni|du)|want (you|u) to) ${SAVE}${WHAT_IS_KEPT}|\bja till (att spara|sparande|att lagra)\b`),
];

/** True when the message says the participant now wants their answers kept. */
export function changesMindOnStorage(text: string): boolean {
  const said = fold(text);
  return said.length > 0 && said.length <= 80 && patterns.some((re) => re.test(said));
}

const WITHDRAWS = [
  // "jag vill inte att ni sparar mina svar längre", "i dont want you to save my answers"
  new RegExp(String.raw`\b(vill (inte|int|ej)|vill inte langre) att (ni|du|tillit) ${SAVE}${KEPT}${POLITE}( (langre|mer|anymore))?$|\b(dont|don t|do not) want (you|u|tillit) to ${SAVE}${KEPT}${POLITE}( (anymore|any more))?$`),
  // Told as an instruction, about what is written here: "sluta spara mina svar", "spara inte mer",
  // "stop saving my answers" (not "jag ska sluta spara pengar", "jag sparar inte längre").
  /^(pls |please |snalla |men |okej |ok )?(sluta|slutar) (spara|lagra)( (mina svar|mina meddelanden|det jag skriver|det|detta|allt|mer|om mig|nagot|nat))*( (tack|pls|please|nu))?$/,
  /^(pls |please |snalla |men |okej |ok )?(spara|lagra) (inte|int|ej)( (mina svar|mina meddelanden|det jag skriver|det|detta|nagot|nat|allt))?( (mer|langre))?( (tack|pls|please))?$/,
  /^(pls |please |ok |okay )?(stop|dont|don t|do not) (saving|storing|keeping|save|store|keep) (my (answers|data|messages|stuff|info)|it|this|what i write|anything|everything)( (pls|please|anymore|any more))?$/,
  // "ta tillbaka mitt samtycke", "jag återkallar mitt ja" (not "mitt ja till mötet"), "withdraw my consent"
  /\b(ta tillbaka|tar tillbaka|dra tillbaka|drar tillbaka|aterkalla\w*) (mitt |mina )?(samtycke|godkannande|ja)( (till att (ni|du) sparar\w*|till att spara))?( (nu|tack|pls))?$|\b(ta tillbaka|tar tillbaka|dra tillbaka|drar tillbaka|aterkalla\w*) (mitt )?(samtycke|godkannande)\b|\b(withdraw|withdrawing|take back|revoke)( my)? consent\b/,
];

// Asked about rather than done: "vad händer om jag tar tillbaka mitt samtycke?", "kan jag dra tillbaka
// mitt samtycke sen", "how do i withdraw my consent" — answered, never acted on.
const ABOUT_WITHDRAWING = /\b(ta tillbaka|tar tillbaka|dra tillbaka|drar tillbaka|aterkalla\w*|withdraw|take back|revoke|sluta spara|stop saving)\b.*\b(samtycke|samtycket|godkannande|ja|consent|svar|answers)\b|\b(samtycke|consent)\b.*\b(ta tillbaka|dra tillbaka|aterkalla|withdraw|take back|revoke)\b/;
const ASKING = /^(vad|va|hur|kan|far|gar|maste|om|what|how|can|could|is it|may|if)\b|\b(vad hander|what happens|hur gor (jag|man)|how do i|kan jag|can i|far jag|gar det)\b/;

/** A question about withdrawing the yes (for the answer that explains it), not a withdrawal. */
export function asksAboutWithdrawing(text: string): boolean {
  const said = fold(text);
  return ABOUT_WITHDRAWING.test(said) && (text.includes("?") || ASKING.test(said));
}

/** True when the message takes back the yes to keeping answers (for someone who gave it). */
export function withdrawsStorageConsent(text: string): boolean {
  const said = fold(text);
  return said.length > 0 && said.length <= 120 && !asksAboutWithdrawing(text) && WITHDRAWS.some((re) => re.test(said));
}
