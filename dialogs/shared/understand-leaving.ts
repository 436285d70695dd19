// Wanting out of the programme itself, in the person's own words (not the bare STOPP keyword, which
// stops at once): "jag vill sluta med det här", "vill inte vara med längre", "jag vill hoppa av",
// "i want out", "how do i leave this programme". Answered with what stopping means, how (STOPP) and
// that they can come back, with fewer messages offered instead (answer-question.ts). Read on folded text.
// "jag vill sluta röka" and "vill inte vara med på festen" are not about Tillit: the object must be
// this, the programme, Tillit, or nothing at all.
import { fold } from "./fold.js";

const THIS = String.raw`(det har|detta|det|allt|allt det har|programmet|projektet|tillit|er|dig|dej|this|it|the programme|the program|this programme|this program|the project|this thing|tillit)`;
const TAIL = String.raw`( (nu|langre|mer|mera|tack|pls|snalla|asså|assa|typ|helt|faktiskt|anymore|now|please|pls|lol|then|for good|for gott))*$`;
const LEAVING = [
  // "jag vill sluta med det här", "vill avsluta det här", "jag vill hoppa av", "kan jag gå ur programmet".
  new RegExp(String.raw`\b(vill|ska|tanker|kan jag|far jag|hur|hur gor jag for att|hur gor man for att) (sluta|avsluta|lamna|hoppa av|ga ur|kliva av|droppa) (med |fran |ur )?${THIS}${TAIL}`),
  new RegExp(String.raw`\b(vill|ska|tanker|kan jag|far jag) (hoppa av|ga ur|lamna|kliva av|avsluta|droppa)${TAIL}`),
  // "vill inte va med längre", "orkar inte vara med i det här mer": being part of it, not feeling.
  new RegExp(String.raw`\b(vill|orkar) (inte|int|ej) (vara|va) med( (i|pa) ${THIS})?( (langre|mer|mera|lang))+( (nu|tack|helt|faktiskt|asså|assa))*$`),
  new RegExp(String.raw`\b(vill|orkar) (inte|int|ej) (vara|va) med (i|pa) ${THIS}${TAIL}`),
  // "i want out", "i want to quit this", "how do i leave this programme", "can i drop out".
  new RegExp(String.raw`\bi (want|wanna|would like|d like|need) (out|to get out|to leave|to quit|to drop out|to stop)( (of )?${THIS})?${TAIL}`),
  new RegExp(String.raw`\b(how|can|could|may) (do |can |could )?(i|you|we) (leave|quit|drop out of|get out of|exit|stop|opt out of|unsubscribe from) ${THIS}${TAIL}`),
  new RegExp(String.raw`\b(i dont|i don t|dont|don t) want to (be (in|part of)|do) ${THIS}${TAIL}`),
];

/** The programme itself is what they want to leave (not the messages alone, not something else). */
export function wantsToLeave(text: string): boolean {
  const said = fold(text);
  return LEAVING.some((re) => re.test(said));
}
