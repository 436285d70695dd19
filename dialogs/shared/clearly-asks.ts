// A message that asks or calls out ("hallå?", "är det nån där", "anyone there"), not every message that
// happens to begin with "har" or "e" ("har ont i magen idag" is news). Such a message is answered even
// where Tillit otherwise keeps quiet: while a person is awaited, and once during a silent takeover
// (bot/core/process-turn.ts).
import { fold } from "./fold.js";

const QUESTION_FIRST =
  /^(vad|va|hur|varfor|vem|vilka|vilken|nar|var|vart|what|how|why|who|when|where|which|hallo|halla|hello|hallaa|anyone|nagon dar|nan dar|ar det nagon|ar det nan|ar ni dar|e ni dar|e det nan|are you there|is anyone|is someone|anybody|(kan|kunde|far) (vi|ni|jag|man)|(can|could) (we|you|i))\b/;
// "ingen har ringt", "ni sa att ni skulle höra av er", "nobody called": a complaint that the wait has been
// broken, which must never meet silence.
const COMPLAINS = /\b(ingen har (ringt|hort av sig|svarat|skrivit)|ingen ringde|ingen horde av sig|ni sa att|du sa att|hon sa att|han sa att|nobody (called|answered|wrote|got back)|no one (called|answered|wrote|got back)|you said (you|u|someone)|still waiting|vantar fortfarande|vantat lange)\b/;

export function clearlyAsks(text: string): boolean {
  const said = fold(text);
  return text.includes("?") || QUESTION_FIRST.test(said) || COMPLAINS.test(said);
}

export function complainsOfWaiting(text: string): boolean {
  return COMPLAINS.test(fold(text));
}

// "det är bråttom typ", "akut!!", "its urgent", "kan inte vänta": urgency while a person is awaited is answered
// every time with what to do now (and raised in the inbox), never left to the every-second acknowledgment.
// Not "inte bråttom", "inget akut", "no rush", "ingen brådska".
const URGENT = /\b(bratt?om|akut|urgent|asap|emergency|nodlage|(kan|kann) (inte|int|ej) vanta)\b/;
const NOT_URGENT = /\b(inte|int|ej|inget|ingen|not|no|nothing|isnt|is not)( \w+)?( \w+)? (bratt?om|akut|urgent|brad?ska|rush|emergency|nodlage)\b|\bno rush\b|\bingen bradska\b/;
// Asked rather than said: "e de bråttom? nej".
const ASKED = /(br[åa]tt?om|akut|urgent|emergency|n[öo]dl[äa]ge)\s*\?/i;

export function saysUrgent(text: string): boolean {
  const said = fold(text);
  return URGENT.test(said) && !NOT_URGENT.test(said) && !ASKED.test(text);
}

// "förlåt", "sorry", "ursäkta att jag tjatar": an apology is met with "no need", every time.
const APOLOGY = /^(forlat|forlat mig|forlata|sorry|sorri|sry|soz|ursakta|ursakta mig|my bad|mb)( (for det|for that|att jag (tjatar|stor|skriver|spammar)( sa mycket)?|igen|again|assa|lol|typ|da|then|bro))*$/;

export function apologises(text: string): boolean {
  return APOLOGY.test(fold(text));
}
