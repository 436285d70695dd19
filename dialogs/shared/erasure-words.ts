// Recognises a participant asking to have everything about them erased ("radera mina uppgifter",
// "ta bort allt om mig", "delete my data", "glöm mig"), written the way young people write: no åäö,
// typos, "tabort", "pls". A request to remove one message ("radera det jag skrev nyss?") or one
// reminder ("ta bort påminnelsen") is not one. The dialog that follows always asks the participant to
// confirm, so a rare false positive costs one question; a missed request costs trust.
import { editDistance, fold } from "./recognize.js";

// Long words that are often misspelt, mapped back so that the patterns below stay readable.
const spellings = ["radera", "raderar", "raderas", "uppgifter", "personuppgifter", "information", "allting", "delete", "everything", "remove", "forget", "historik", "meddelanden"];

function spelled(word: string): string {
  if (word.length < 5 || spellings.includes(word)) return word;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const s of spellings) {
    const d = editDistance(word, s);
    if (d < bestDistance) [best, bestDistance] = [s, d];
  }
  return best ?? word;
}

const verb = String.raw`(?:radera|raderar|ta bort|tar bort|ta bara bort|sudda ut|rensa|glom(?: bort)?|glomm|deleta|delete|remove|erase|wipe|forget(?: about)?|clear)`;
const passive = String.raw`(?:raderas|tas bort|deletas|be deleted|be removed|be erased|deleted|removed|erased)`;
// What is to be erased: everything about the participant, never a single message or reminder.
const whole = String.raw`(?:(?:alla |all )?(?:mina|min|mitt) (?:person)?(?:uppgifter|data|info|information|meddelanden|historik|konto|nummer|grejer)` +
  String.raw`|(?:alla )?mina (?:svar|sms|texter|chattar)|(?:all )?my (?:answers|texts|chats)` +
  String.raw`|all (?:min )?(?:data|info|information)|allt|alt|allting|alltihop|alltihopa|hela (?:chatten|konversationen)|mig|mej` +
  String.raw`|(?:all )?my (?:personal )?(?:data|info|information|details|messages|history|account|number|stuff)|all (?:the )?data|everything|me)`;
// Words that may follow the object without changing what is asked ("... om mig tack", "... from your system",
// "allt jag har skrivit": everything written, unlike "allt jag skrev nyss").
const trailing = new Set(("om pa mig mej me about on of from ni du u har sparat sparar vet you have stored saved know jag ja i skrivit sagt written said " +
  "tack tacks pls plz please snalla nu direkt asap sa mycket med en gang helt for alltid forever completely totally thanks thx " +
  "fran systemet listan lista er era ert system tillit databasen your the list database som " +
  // "ta bort allt vi skrivit", "delete everything we wrote": the whole conversation, still everything.
  "vi we pratat chattat skrev wrote talked " +
  // "… och allt annat ni sparat", "… and everything else": more of the same, still everything.
  "och and allt annat annan info else everything all other " +
  // "… och börja om", "and start over": erased to begin again (a tester back after STOPP).
  "borja starta fran borjan igen start over again fresh").split(" "));
const negation = /\b(?:inte|int|ej|aldrig|not|dont|don t|never|no)\b/;

const active = new RegExp(String.raw`(?:^|\s)${verb}(?: (?:bort|ut|typ|ba|bara|all|alla|hela|precis))? ${whole}((?: [\p{L}\p{N}]+)*)$`, "u");
const asPassive = new RegExp(String.raw`(?:^|\s)${whole}(?: (?:ska|kan|should|to|will|must|maste))? ${passive}((?: [\p{L}\p{N}]+)*)$`, "u");

function onlyTrailing(rest: string | undefined): boolean {
  return (rest ?? "").split(" ").filter(Boolean).every((w) => trailing.has(w));
}

/** True when the text asks for all of the participant's data to be erased. */
export function detectErasureRequest(text: string): boolean {
  const said = fold(text).replace(/\btabort\b/g, "ta bort").replace(/\bdeleat\b/g, "delete").split(" ").map(spelled).join(" ");
  if (!said || said.length > 140) return false;
  for (const re of [active, asPassive]) {
    const m = re.exec(said);
    if (!m || !onlyTrailing(m[1])) continue;
    // "jag vill inte att ni raderar mina uppgifter": a wish the other way round.
    if (negation.test(said.slice(0, m.index + 1))) continue;
    return true;
  }
  return false;
}

// An open request taken back: "ångrar mig, vill inte radera ändå", "radera inte", "behåll allt", "dont
// delete it". The deletion is named, so a plain "nej vänta" (said of anything) does not take it back.
const KEEPS = new RegExp(
  String.raw`\b(vill|ska|behover) (inte|int|ej) (att (ni|du|dom|de) )?(radera|raderar|raderas|ta bort|tar bort|tas bort|deleta|deletar)\b|` +
    String.raw`\b(radera|ta|deleta) (inte|int|ej|ingenting|inget)( bort)?\b|\bbehall (allt|det|alltihop|mina|mig)\b|` +
    String.raw`\b(dont|don t|do not|pls dont|please dont) (delete|remove|erase|wipe)\b|\bkeep (it|everything|my|all|me)\b|` +
    String.raw`\bnever ?mind (the |about (the )?)?(delet|eras)\w*|\b(cancel|avbryt|stoppa) (the |min |mitt )?(delet|eras|radering)\w*`,
);
// A change of mind that names nothing: right after the request it can only be about it.
const CHANGED_MIND = /\b(angrar mig|angrade mig|har angrat mig|andrat mig|andrade mig|changed my mind)\b/;

/** "keeps": the deletion is named and taken back; "changed-mind": a change of mind that names nothing. */
export function takesBackErasure(text: string): "keeps" | "changed-mind" | undefined {
  const said = fold(text);
  if (KEEPS.test(said)) return "keeps";
  return CHANGED_MIND.test(said) ? "changed-mind" : undefined;
}

// Part of what was written asked to be erased: "radera allt jag skrivit om pappa", "ta bort det jag skrev om
// min kille", "delete what i said about my dad". Tillit erases everything or nothing (a team lead carries it
// out), so this is no erasure request: it goes to a person, and how to erase everything is said.
const SOME_OF_IT = new RegExp(
  String.raw`(?:^|\s)${verb}(?: (?:bort|ut|typ|ba|bara))? (?:allt|alt|det|de|grejen|sakerna|everything|what|the stuff|all the stuff)(?: som)? (?:jag|ja|i|vi|we)(?: (?:har|hade|have|had|just))? (?:skrivit|skrev|skriver|sagt|sa|berattat|berattade|wrote|written|said|told you|texted)(?: (?:har|here|till dig|to you|nyss))? (?:om|about|kring) [\p{L}\p{N} ]+$`,
  "u",
);

/** A wish to erase part of what was written ("radera allt jag skrivit om pappa"), not everything about them. */
export function asksToEraseSome(text: string): boolean {
  const said = fold(text).replace(/\btabort\b/g, "ta bort");
  if (!said || said.length > 140 || detectErasureRequest(text)) return false;
  const m = SOME_OF_IT.exec(said);
  return m !== null && !negation.test(said.slice(0, m.index + 1));
}
