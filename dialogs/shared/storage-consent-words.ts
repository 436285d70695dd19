// Changing one's mind about keeping answers, after saying no: "ni får spara mina svar", "ok spara då",
// "jag har ändrat mig", "you can save my answers". Read only for someone whose latest answer was no
// (dialogs/main.dialog.ts), and it only brings the consent question back: the yes is theirs to give
// there, with what it means said again. Folded text (no åäö, repeated letters squeezed).
import { fold } from "./fold.js";

const SAVE = String.raw`(spara|sparar|lagra|lagrar|save|keep|store)`;
const patterns = [
  // "ni får spara", "du kan spara mina svar", "you can save it now"
  new RegExp(String.raw`\b(ni|du|u|you|tillit) (far|kan|ska|may|can)( (ju|garna|nu|now|anda|anyway))? ${SAVE}\b(?! (pengar|para|cash|money|up|till|for|on))`),
  // "ok spara då", "ja spara mina svar", "spara mina svar ändå", "okay keep my answers"
  new RegExp(String.raw`^(ok|okej|okey|okay|oki|ja|jo|aa|yes|yeah|ye|fine|sure)?( (da|then|nu|now))? ?${SAVE}( (mina|my|det|allt|it|them|svaren|answers|mina svar|my answers))*( (da|anda|then|anyway|istallet|instead|tack|pls|please))*$`),
  // "jag har ändrat mig", "ångrar mig", "i changed my mind"
  /\b(andrat mig|andrar mig|angrar mig|angrat mig|andra mig|changed my mind|change my mind)\b/,
  // "jag vill att ni sparar", "i want you to save my answers", "ja till att spara"
  new RegExp(String.raw`\b(vill att (ni|du)|want (you|u) to) ${SAVE}\b|\bja till (att spara|sparande|att lagra)\b`),
];

/** True when the message says the participant now wants their answers kept. */
export function changesMindOnStorage(text: string): boolean {
  const said = fold(text);
  return said.length > 0 && said.length <= 80 && patterns.some((re) => re.test(said));
}
