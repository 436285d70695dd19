// A request for a person taken back ("nej vänta", "jag ångrar mig", "never mind"). A young tester asked
// for a person, changed their mind at once, and could not say so: every try was acknowledged as one
// more message for the coordinator. Two strengths, because the same words can mean giving up: "glöm
// det" a minute after asking is a change of mind, an hour after with nobody there it may be "forget it,
// nobody comes", and then a person should still get in touch (dialogs/waiting.ts decides with the time).
import { fold } from "./fold.js";

export type TakeBack = "clear" | "loose";

// "jag vill inte prata med nån ändå", "i dont want to talk anymore": no person wanted (not "vill inte
// prata om det": a topic, not the request).
const NO_PERSON_WANTED =
  /\b(vill|behover|orkar) (inte|int|ej) (prata|snacka|tala|chatta|traffa nagon|bli ringd)( med (nagon|nan|ngn|er|en manniska|en person|personal|min koordinator|koordinatorn))?( anda| nu| langre| i alla fall| iaf)*$|\b(dont|don t|do not) (want|need) to (talk|speak|chat)( to anyone| to someone| to a person)?( anymore| now| after all)*$/;

/** Folded text that says no person is wanted: never read as asking for one. */
export function wantsNoPerson(said: string): boolean {
  return NO_PERSON_WANTED.test(said);
}

// Said only when a mind has changed: taken back at any time.
const CLEAR = [
  // "nej vänta", "vänta nej", "no wait" (not "vänta lite", which asks for time).
  /^(nej|nae|nah|na|no|nope|oj|oops|asch) (vanta|wait)\b|^(vanta|wait) (nej|no)\b/,
  /\b(angrar mig|angrade mig|har angrat mig|andrat mig|andrade mig|changed my mind)\b/,
  /\b(det )?(behovs|behovdes) (inte|int|ej)( langre| nu| anda| iaf| i alla fall)?( tack)?$|\bno need( anymore| now| thanks| thx)?$|\b(dont|don t|do not) need (it|that|anyone|to talk)( anymore| now)?$/,
  /\b(det )?(har )?(lost|loste|ordnat|ordnade) sig\b|\b(it s|its|all) sorted\b/,
  /\b(fel knapp|tryckte fel|rakade (skriva|trycka|skicka)|menade (inte|int|ej)( att skriva| det)?$|wrong button|(didn t|didnt) mean (to|it|that)$)/,
  /\b(jag )?(tar|ta) tillbaka (det|fragan)$|^(avbryt|cancel)( det| that| it)?( tack| pls| please)?$|^(nej|nah|na) forresten\b/,
  NO_PERSON_WANTED,
];

// Could be a change of mind, or giving up on being answered: taken back only soon after asking.
const LOOSE = [/\b(glom det|glom vad jag sa|skit i det|skit samma|strunta i det|struntar i det|forget it|nvm|never ?mind)\b/];

// Said out of waiting too long, or hurt: never read as taking the request back.
const GIVING_UP = /\b(ingen svarar|ingen bryr|svarar (ju )?aldrig|svarar (ju )?inte|ingen kommer|no one (answers|cares|comes)|nobody (answers|cares|comes)|ni bryr|you dont care|you don t care)\b/;

/** "glöm det" soon after asking is a change of mind; later it may be giving up on us (dialogs/waiting.ts, bot/staff/handoff.ts). */
export const LOOSE_TAKE_BACK_MS = 30 * 60_000;

/** `text`, written at `at`, takes back a request for a person made at `askedAt`: clearly, or in loose words soon after. */
export function takesBackRequestMadeAt(text: string, askedAt: Date, at: Date): boolean {
  const takeBack = takesBackRequest(text);
  return takeBack === "clear" || (takeBack === "loose" && at.getTime() - askedAt.getTime() <= LOOSE_TAKE_BACK_MS);
}

export function takesBackRequest(text: string): TakeBack | undefined {
  const said = fold(text);
  if (!said || GIVING_UP.test(said)) return undefined;
  if (CLEAR.some((re) => re.test(said))) return "clear";
  if (LOOSE.some((re) => re.test(said))) return "loose";
  return undefined;
}

// Right after taking a request back, changing the mind back: "eller jo förresten", "jo ändå", "asså jo",
// "actually yes", "wait yes i do". Only ever read right after a take-back (dialogs/main.dialog.ts).
const CHANGED_BACK = /^((eller|assa|nej|nae|fast|hmm|hm|ok|okej) )*(jo( (forresten|anda|i alla fall|iaf|ju|tack|garna|det vill jag|vill jag))*|(ja|yes|yeah) (forresten|anda|i alla fall|iaf|after all|i do)( tack| please| pls)?)$|^(actually|wait|ok wait)( yes| yeah| i do| i want to| pls| please)+$|\b(vill (prata|snacka) (med nan|med nagon|med en manniska) anda|vill anda prata)\b/;

export function changesBack(text: string): boolean {
  return CHANGED_BACK.test(fold(text));
}
