// "stop giving me numbers", "jag vet numren": after a crisis reply the help numbers come back with
// every second answer, and a young tester who asked for them to stop was heard for one message only.
// Read here, honoured in dialogs/waiting.ts for as long as the conversation remembers it.
import { fold } from "./fold.js";

const NUMBERS = String.raw`(nummer|numren|numret|nr|siffror|siffrorna|112|90101|telefonnummer|hjalplinjer|hjalplinjerna|jourer|jourerna|numbers|number|hotlines?|helplines?|phone numbers)`;
const THE_NUMBERS = String.raw`(alla |de |dom |era |dina |the |those |all |your |these )?(numren|numret|nummer|siffrorna|numbers|hotlines|helplines)`;

const DECLINES_NUMBERS = new RegExp(
  [
    // sv: "sluta skicka nummer", "sluta ge mig numren hela tiden", "sluta tjata om 112"
    String.raw`\bsluta (att )?(skicka|ge|skriva|tjata om|med|spamma)( mig)?(?: \w+){0,2} ${NUMBERS}\b`,
    // "inga fler nummer", "inte fler nummer tack", "skit i numren", "orkar inte med fler nummer"
    String.raw`\b(inga|inte) (fler|mer|flera|nagra fler) ${NUMBERS}\b`,
    String.raw`\b(skit i|strunta i|behover inte|vill inte ha|vill int ha|orkar inte med|orkar inte)( fler| nagra| mer| era| dina)? ${NUMBERS}\b`,
    // "jag vet numren", "jag har redan numret", "har sparat numren" (not "jag har numret till soc")
    String.raw`\b(vet|kan) (redan )?(om )?${THE_NUMBERS}\b`,
    String.raw`\bhar (redan|sparat|redan sparat|fatt|redan fatt) ${THE_NUMBERS}\b`,
    // en: "stop giving me numbers", "stop sending the hotlines", "quit with the numbers"
    String.raw`\b(stop|quit|stahp|pls stop|please stop) (giving|sending|texting|spamming|with|posting)( me)?( the| those| all| these| your)? ${NUMBERS}\b`,
    String.raw`\b(enough|enough with the|no more|not more|no) (more )?(numbers|hotlines|helplines)\b`,
    String.raw`\bi (already (know|have|got|saved)|know|saved|ve saved|have saved) ${THE_NUMBERS}\b`,
    String.raw`\b(dont|don t|do not) (need|want|send|give)( me)?( the| any| more| those| your)? ${NUMBERS}\b`,
  ].join("|"),
);

export function declinesNumbers(text: string): boolean {
  return DECLINES_NUMBERS.test(fold(text));
}

// "vilket nummer kan jag ringa", "ge mig numren igen", "vem kan jag prata med nu", "what number do i call":
// the numbers asked for, which always get them (unless they were declined and not asked for again).
const ASKS_FOR_NUMBERS = new RegExp(
  [
    String.raw`\b(vilket|vilka|vad (ar|e|var)|var (ar|e)|ge mig|skicka|skriv|har du|har ni)( mig| igen| da)? ${THE_NUMBERS}( igen)?\b`,
    String.raw`\b(vilket|vilka) (nummer|nr)\b`,
    String.raw`\b(vem|vart|var|vilka) (kan|ska|borde) (jag|ja) (ringa|prata med|chatta med|vanda mig till)( nu| ikvall| inatt)?$`,
    String.raw`\b(what|which) (number|numbers|helpline|hotline)\b|\b(send|give) me ${THE_NUMBERS}( again)?\b|\bwho (can|should) i (call|talk to)( now| tonight)?$`,
  ].join("|"),
);

/** The numbers asked for: "vilket nummer ska jag ringa", "ge mig numren igen", "who can i call now". */
export function asksForNumbers(text: string): boolean {
  return ASKS_FOR_NUMBERS.test(fold(text)) && !declinesNumbers(text);
}

// A number to reach the team by, asked while a person is awaited (fix21a): "kan ja få ett nummer till nån då", "har ni
// ett nummer jag kan ringa", "vad har ni för nummer", "what's your number", "can i get a number to call". Not the help
// numbers asked for (ASKS_FOR_NUMBERS: "vilket nummer ska jag ringa", "give me the numbers"), which always get them.
const ASKS_FOR_TEAM_NUMBER = new RegExp(
  [
    String.raw`\b(kan|far) (jag|ja|man|vi) (fa|ha)( ett| en| nat| nagot| ert| era| ditt)? (nummer|nr|telefonnummer|tel nr|mobilnummer)\b`,
    String.raw`\b(har|finns) (ni|du|teamet|det)( nat| nagot| ett| en)? (nummer|nr|telefonnummer|mobilnummer)\b`,
    String.raw`\bvad (har|ar|e) (ni|du|teamet|ert|koordinatorns|maja)( for| s)? (nummer|nr|telefonnummer)\b|\b(ert|era|teamets|koordinatorns) (nummer|nr|telefonnummer)\b`,
    String.raw`\b(what s|whats|what is|can i (get|have)|could i (get|have)|do you have|is there)( a| your| the team s| the)? (number|phone number)\b|\byour (phone )?number\b`,
  ].join("|"),
);

/** "kan ja få ett nummer till nån då": a number to reach the team by, not the help numbers. */
// A number to something other than the team ("finns det nummer till nån jour", "vad har du för nummer till
// självmordslinjen"): the help numbers asked for, not the team's (a reviewer).
const TO_A_HELPLINE = /\bnummer (till|for|to|for the) (\w+ )?(jour\w*|linje\w*|sjalvmordslinjen|bris|kvinnofridslinjen|1177|vardcentral\w*|akut\w*|polis\w*|soc\w*|hotline|helpline|crisis line|line)\b/;

export function asksForTeamNumber(text: string): boolean {
  const said = fold(text);
  return ASKS_FOR_TEAM_NUMBER.test(said) && !ASKS_FOR_NUMBERS.test(said) && !TO_A_HELPLINE.test(said);
}
