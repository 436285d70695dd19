// "Nej tack" to the six months of follow-up after discharge, the way young people write it: "nej tack",
// "nä tack", "nej tck", "vill inte", "behövs inte", "no thanks", "no thx", "nah im good". Read only where
// the follow-up was just offered or is running (dialogs/discharge.dialog.ts), never as a general "no":
// a bare "nej" answers the question it follows. STOPP stays the way to stop everything.
import { fold } from "./fold.js";

const swedish = [
  String.raw`(?:nej|neej|nae|na|naa|ne|nej nej|nope|nix)(?: men)? (?:tack|tck|tak|tacksam|tack ändå|tack anda)`,
  String.raw`(?:jag )?(?:vill|orkar) (?:inte|int|ej|inge)(?: det| de| ha (?:det|de|nan|nagon|nagot|mer|uppfoljning(?:en)?))?`,
  String.raw`(?:det )?(?:behovs|behovs inte|beho?ver) (?:inte|ej|int)`,
  String.raw`(?:det )?behovs (?:inte|ej|int)`,
  String.raw`(?:ingen|inga) (?:uppfoljning|uppfoljningar|fler sms|mer kontakt)(?: tack)?`,
  String.raw`(?:jag )?avstar(?: tack)?`,
  String.raw`(?:jag )?klarar mig(?: sjalv)?(?: tack)?`,
];
const english = [
  String.raw`(?:no|nah|nope|naw)(?: thanks| thank you| thx| ty| tnx| thnx)`,
  String.raw`(?:nah|no) (?:im|i am|i m) (?:good|ok|okay|fine)`,
  String.raw`(?:i )?(?:dont|do not|don t) (?:want|need)(?: (?:it|that|them|any|follow ?ups?|check ?ins?))*`,
  String.raw`(?:im|i am|i m) (?:good|ok|okay|fine)(?: thanks| thx)?`,
  String.raw`no (?:follow ?ups?|check ?ins?)(?: please| thanks)?`,
];
const clause = `(?:${[...swedish, ...english].join("|")})`;
// One or two of them ("nej tack jag klarar mig"), perhaps with a thanks or please after.
const decline = new RegExp(String.raw`^${clause}(?: ${clause})?(?: (?:tack|thanks|thx|ty|pls|please|snalla))?$`);

/** The whole message declines the follow-up (short messages only: a longer one is about something else). */
export function isFollowUpDecline(text: string): boolean {
  const said = fold(text);
  return said.length > 0 && said.length <= 60 && decline.test(said);
}
