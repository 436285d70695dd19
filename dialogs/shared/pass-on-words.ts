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

// "säg till kim", "kan du säga det till henne", "let her know" as the whole message, after something told ("mår inte så
// bra"): what came before is for that person (texter18 #15: "säg till kim" met "förstår inte allt"). Only the team,
// a pronoun or the coordinator's name (`names`), so that "säg till då" is no message.
const BARE_TO = "henne|honom|hen|dom|dem|min koordinator|koordinatorn|teamet|personalen|her|him|them|my coordinator|the coordinator|the team";
const BARE = (who: string) =>
  new RegExp(
    String.raw`^(kan du |kan ni |kunde du |snalla |pls |please |can you |could you |can u )?(saga|sag|saj|saja|berat(ta)?|meddela|skicka|tell|let)( det| de| detta| this| that| it)?( vidare)?( till| for| to)? (${who})( det| de| that| this| it| know)?( tack| snalla| pls| please| thx)?$`,
  );

/** A message for the coordinator; with `names` (the coordinator's first name) a bare "säg till kim" too. */
export function passesOnMessage(text: string, names: readonly string[] = []): boolean {
  const said = fold(text);
  const named = names.map((n) => fold(n)).filter((n) => /^[a-z]+$/.test(n));
  if (BARE([BARE_TO, ...named].join("|")).test(said)) return true;
  return PASS_ON.test(said) && !NOT_A_MESSAGE.test(said);
}
