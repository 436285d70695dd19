// A message for the coordinator, given to Tillit to pass on: "kan du säga till henne att jag inte kan
// svara i telefon", "säg till maja att jag är sjuk", "tell my coordinator i cant make it". A tester's got
// "Jag hänger inte riktigt med"; it is practical news a person needs, so it goes to one.
import { fold } from "./fold.js";

const TO_WHOM = String.raw`(henne|honom|hen|dom|dem|min koordinator|koordinatorn|teamet|er|personalen|[a-z]{2,15}|her|him|them|my koordinator|the koordinator|the team)`;
const PASS_ON = new RegExp(
  String.raw`\b(kan du |kan ni |kunde du |snalla |pls |please |can you |could you |can u )?(saga|sag|saja|berat(ta)?|hals(a)?|meddela|framfor|skicka vidare( till)?|richta|tell|let|pass (it |this )?on to|inform)( till| at)? ${TO_WHOM}( know)?( att| that| i| im| jag| ja| my| mitt| min)\b`,
);
// "säg till om du behöver nåt", "berätta mer": talk addressed to Tillit, not a message to pass on.
const NOT_A_MESSAGE = /\b(sag till om|berat(ta)? mer|berat(ta)? om|tell me|tell you|let me|let s|lets|sag(er)? till mig|berattar (for|om))\b/;

export function passesOnMessage(text: string): boolean {
  const said = fold(text);
  return PASS_ON.test(said) && !NOT_A_MESSAGE.test(said);
}
