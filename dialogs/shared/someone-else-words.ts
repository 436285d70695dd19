// Someone else as the subject of the crisis words: "my friend took like 10 xanax and now she wont wake up", "min
// syster har tagit en hel karta", "hon andas konstigt". The safety screen's result names the category (overdose) but
// not whose it is (bot/safety/screen.ts ScreenResult), and its rules may fire for anyone ("who": "anyone"), so a
// young tester whose friend would not wake got "If you have taken too much…", addressed to him. The crisis reply
// (bot/core/flag-crisis.ts) and the wait after it (dialogs/waiting.ts) read the message here, and then speak to the
// writer as the one who can help: 112 now for them, stay with them, and short first-aid words.
// Read on folded text (fold.ts: no åäö, lower case, "e" read as "är", "ja" may stay "ja").
import { fold } from "./fold.js";

// Someone close, named: a friend, a sibling, a parent, a partner ("min kompis", "my friend", "min lillasyster").
const CLOSE_ONE = String.raw`(min|mitt|mina|my|our|me) (basta |nya |gamla |best |old )?(kompis|kompisen|van|vannen|polare|polaren|bror|brorsa|brorsan|lillebror|storebror|syster|syrra|syrran|lillasyster|storasyster|mamma|pappa|morsan|farsan|flickvan|pojkvan|tjej|kille|sambo|kusin|rumskamrat|friend|mate|bestie|bff|sister|sis|brother|bro|mum|mom|mother|dad|father|girlfriend|boyfriend|gf|bf|cousin|roommate|flatmate)`;
// Someone else by a pronoun ("hon", "she's"): read only with the act or the state right after it.
const THEY = String.raw`(han|hon|hen|he|she|they|hes|shes|theyre|they re|he s|she s)`;
// What was taken or done to oneself, told of them.
// Not "tog slut (med mig)", "tog livet av sig", "took everything from me", "took my phone": taking that is no dose.
const TOOK = String.raw`(tog|tagit|har tagit|hade tagit|svalde|svalt|har svalt|overdoserade|overdoserat|took|has taken|had taken|swallowed|overdosed|popped|ate|drank)(?! (slut|livet|everything|all of it from|my|me|mig|min|mitt|mina|it out|off|over|away|care))`;
// A state that asks for first aid now: not waking, breathing oddly, unconscious, blue, seizing, vomiting, not answering.
const STATE = String.raw`(vaknar (inte|int|ej)|gar (inte|int) att vacka|andas (inte|int|knappt|konstigt|konstig|jattekonstigt|sjukt konstigt|sa konstigt|daligt|tungt|ryckigt|langsamt|typ inte|nastan inte)|reagerar (inte|int)|ar medvetslos|ar helt borta|ar bla|har kramper|krampar|spyr|kraks|(wont|will not|doesnt|does not|isnt|is not) (wake|waking|respond|responding|breathe|breathing)|not (waking|breathing|responding)|(is )?breathing (weird|weirdly|funny|strange|strangely|slow|slowly|really slow|badly)|is unconscious|passed out|is blue|turning blue|(is )?throwing up|having a seizure|is seizing)`;
// Waking them told as failing, with them as the object: "kan inte väcka henne", "får inte liv i honom", "cant wake her up".
const CANT_WAKE = String.raw`\b(kan (inte|int|ej) vacka|far (inte|int) liv i|cant wake|cannot wake|can not wake|couldnt wake) (henne|honom|hen|dem|dom|her|him|them)\b`;
// The writer as the one who took it ("jag tog", "i took"), with or without them: then it is the writer's own crisis too.
// ("i've" folds to "ive"; "jag och min kompis", "me and my friend"; "… och jag med", "and me too", "i did too".)
const SELF_TOOK = /\b(jag|ja|i|vi|we|ive|weve|jag och (min |mitt |mina )?\w+|me and (my )?\w+) (har |hade |have |had )?(tog|tagit|svalde|svalt|took|taken|swallowed|overdosed|overdoserade)\b|\b(och|and) (jag|ja|me|i) (med|ocksa|too|also|with)\b|\b(jag med|me too|i did too|so did i)\b/;
// The writer's own wish to die or to harm themselves, told with someone else ("min bror tog livet av sig i fjol och nu
// vill jag också dö", "hon tog slut med mig och jag vill inte leva längre"): the writer's crisis, whoever else is named.
const OWN_WISH = /\b(jag|ja|i|im)( \w+){0,3} (vill|want|wanna|tanker|planerar|ska|gonna|going to)( \w+){0,3} (do|doo|die|leva|live|ta livet|kill myself|end it|skada mig|hurt myself|skara mig|cut myself)\b|\bta livet av mig\b|\bkill myself\b|\b(skada|skara) mig\b|\b(hurt|cut) myself\b|\b(vill|want to|wanna) (inte |not )?(leva|live|do|die)\b/;

// Their wish to die, told by the writer as said or written by them ("min kompis har slutat svara o skrev typ att hon inte
// orkar mer", "my friend texted that she wants to die"): someone else's crisis (tester22 full08: the reply spoke to the
// writer, and "vad ska jag göra" got the steps for one's own safety).
const TOLD_WISH = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})( \w+){0,6} (skrev|skriver|sa|sager|har sagt|har skrivit|messade|snappade|said|says|texted|wrote|told me)( typ| like| asa| liksom)?( att| that)? ${THEY} ((inte|int) )?(orkar ((inte|int) )?(mer|leva|langre)|vill ((inte|int) )?(leva|do|doe|ta livet av sig)|ska ta livet av sig|tanker ta livet av sig|(doesnt|does not|dont|do not) want to (live|be here)|wants? to die|(is )?(gonna|going to) kill (herself|himself|themselves)|wants? to kill (herself|himself|themselves))`);
const OTHER_TOOK = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})( \w+){0,2} ${TOOK}\b`);
const OTHER_STATE = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})( \w+){0,2} ${STATE}|${CANT_WAKE}`);

/**
 * The crisis words are told of someone else (a friend who took something, a sister who will not wake) and not of the
 * writer too. "jag och min kompis tog 20 alvedon" is the writer's own: the reply to the writer stands.
 */
export function aboutSomeoneElse(text: string): boolean {
  const said = fold(text);
  // Their wish, told as theirs, is no wish of the writer's: read the rest for one.
  const told = TOLD_WISH.exec(said);
  const rest = told ? said.replace(told[0], " ") : said;
  if (SELF_TOOK.test(rest) || OWN_WISH.test(rest)) return false;
  return told !== null || OTHER_TOOK.test(said) || OTHER_STATE.test(said);
}

/** How someone else is now, told in a way that asks for first aid ("she is breathing weird", "hon vaknar inte"). */
export function stateOfSomeoneElse(text: string): boolean {
  return OTHER_STATE.test(fold(text));
}

// "its not me its my friend!!", "det är inte jag, det är min kompis", "inte jag, min syrra", "not me", "gäller inte mig".
const NOT_ME = /\b(det ar (inte|int) (jag|ja|mig|om mig)|inte (jag|ja|mig)( (det ar|det galler|utan|ju))?\b|galler (inte|int) mig|(its|it s|it is|thats|that s|that is) not (me|about me|mine)|not me\b)/;
// Not having taken anything oneself counts only with the one who did named ("jag har inte tagit nåt, det är min syster"):
// alone it is news of one's own ("jag har inte tagit dom än", "jag tog inte mina mediciner idag").
const NOT_I_TOOK = /\b(i didnt take|i did not take|i havent taken|jag har (inte|int) tagit|jag tog (inte|int))\b/;
const NAMES_ANOTHER = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})\b`);
const IT_IS_THEM = new RegExp(String.raw`\b(det ar|det galler|de e|its|it s|it is|i mean|jag menar) ${CLOSE_ONE}\b`);

/**
 * Right after a crisis reply to the writer, the correction that it is about someone else. A short "det är min kompis"
 * counts as much as "det är inte jag"; a long message that happens to say "its my friend" is read as what it says.
 */
export function correctsToSomeoneElse(text: string): boolean {
  const said = fold(text);
  return NOT_ME.test(said) || (NOT_I_TOOK.test(said) && NAMES_ANOTHER.test(said)) || (IT_IS_THEM.test(said) && said.split(" ").length <= 8);
}

// "vad ska jag göra", "vad gör jag", "hur gör jag nu", "what do i do", "what should i do", "wat do i do": what to do,
// asked of the writer's own part (not "vad händer nu", which asks where things stand: handed-back.ts answersWhatNow).
const WHAT_TO_DO = /^((ok|okej|men|och|asa|assa|hjalp|snalla|help|please|pls|omg|ok so|so|but|and) )*(vad (ska|skall|bor|borde|kan) (jag|ja|man|vi) (gora|ta mig till)|vad gor (jag|ja|man|vi)|hur gor (jag|ja|man|vi)|(what|wat|wt) (do|should|shall|can|must) (i|we) do|what am i (supposed|meant) to do|what do i do|wdid)( nu| da| nu da| typ| asa| alltsa| now| then| next| right now| rn| pls| please| snalla| hjalp| help)*$/;

/** What to do, asked in a few words: after a crisis, the steps for that crisis, not where things stand. */
export function asksWhatToDo(text: string): boolean {
  return WHAT_TO_DO.test(fold(text));
}

// Harm done by others (hit, abused, forced, left alone) has its own replies, which already ask "are you or someone
// else in danger" (bot/core/flag-crisis.ts harmKey): not read as someone else's crisis here.
const HARM_FROM_OTHERS: ReadonlySet<string> = new Set(["violence", "sexual-abuse", "abuse-at-home", "crime-coercion", "child-alone"]);

/**
 * The reply to the writer as the one who can help, for a crisis told of someone else: for suicide or self-harm, 112 if
 * they are in danger, stay, put away what could hurt, and a line for the worried friend; for pills, or a body in
 * danger ("acute-danger": not waking, breathing oddly), 112 now for them, stay with them, and short first-aid words
 * (on their side if breathing but not waking; check breathing). None for harm from others.
 */
export function forSomeoneElseKey(categories: readonly string[], fromAfar = false): string | undefined {
  if (categories.length === 0 || categories.some((c) => HARM_FROM_OTHERS.has(c))) return undefined;
  const key = !categories.includes("overdose") && (categories.includes("suicide") || categories.includes("self-harm")) ? "crisis.selfOther" : "crisis.overdoseOther";
  // Far away or only in writing: no "stay with them", no first aid at their side (fromAfar).
  return fromAfar ? `${key}Far` : key;
}

// Someone else's crisis told from a distance: they wrote it (a text, a snap, a chat), stopped answering, or are
// somewhere else ("hon bor i malmö, jag i göteborg", "she lives in another city"). Then "stanna hos hen" and "tryck
// hårt på såret" fit nobody (tester22 full08): the writer can call 112 for where they are, keep in touch, and ask
// someone near them to go there.
const IN_WRITING = /\b(skrev|har skrivit|messade|messar|smsade|smsar|snappade|snappar|dmade|texted|texts|has texted|wrote|messaged|dmed|dmd|posted|postade|la ut)\b|\bskriver (till mig|att|pa)\b|\b(i chatten|pa snap|pa discord|pa insta|i ett sms|i sms|online|over text|by text|on snap|on discord|on insta|in a text|in the chat)\b|\b(slutat svara|svarar (inte|int) (pa sms|i telefon|pa mobilen|nar jag ringer)|stopped (answering|replying|texting)|(isnt|is not|wont|not) (answering|replying) (my|the) (texts|calls|phone))\b/;
const ELSEWHERE = /\b(hon|han|hen|dom|de|she|he|they|kompisen|friend) (bor|lives|is living|live) (i|pa|in) [a-z]{3,}|\b(i en annan stad|en annan stad|pa en annan ort|langt (bort|harifran)|bor (inte|int) (nara|har))\b|\b(in another (city|town)|different (city|town)|far away|miles away|doesnt live (near|here)|other side of)\b/;
// With them, told ("hon ligger här bredvid mig", "next to me"): at their side, whatever else is said
// (a reviewer: "…ligger här bredvid mig och skriver inte" and "hon är inte här hon e i badrummet" got the steps from afar).
const AT_THEIR_SIDE = /\b(bredvid mig|bredvid mej|hos mig|hos mej|har hos (mig|mej)|med mig har|har med mig|next to me|is with me|s with me|here with me|beside me)\b|\b(ligger|sitter|star) har\b/;

/** Someone else's crisis told from afar: in writing, not answering, or somewhere else than the writer. */
export function toldFromAfar(text: string): boolean {
  const said = fold(text);
  return (IN_WRITING.test(said) || ELSEWHERE.test(said)) && !AT_THEIR_SIDE.test(said);
}

/** Where they are, told as somewhere else than the writer ("hon bor i malmö, jag i göteborg"): the message says only that. */
export function toldElsewhere(text: string): boolean {
  return ELSEWHERE.test(fold(text));
}

// Worried about someone close, told ("jag e orolig för min kompis", "jag är så orolig för min syster", "im worried about
// my friend"): about them, not how the writer is (tester22 full08: it began the check-in, "Om du sätter en siffra på det").
const WORRIED_FOR = new RegExp(String.raw`\b(orolig|oroliga|oroar mig|oroade mig|oroad|worried|worrying|concerned|anxious)( \w+)? (for|om|about|over) ${CLOSE_ONE}\b`);

/** Worry for someone close, told: heard as such (with the offer of a person), never read as the writer's own mood. */
export function worriesAboutSomeoneElse(text: string): boolean {
  const said = fold(text);
  return WORRIED_FOR.test(said) && !OWN_WISH.test(said);
}

// A step the writer takes for them, told in a crisis wait: calling, texting or going to them or their family ("ok jag
// ringer hennes mamma först", "jag ska ringa hans pappa", "ok ill call her mom first"). It was read as a question about
// the writer's own parents (tester22 full08). Not "jag kan inte ringa henne", "jag ska inte…".
const STEP_FOR_THEM = /^((ok|okej|okey|oki|aa|ja|jaa|men|da|sa|alright|okay|so|then|k|kk) )*(jag|ja|i|ill|i ll|im|i m|i am|i will|vi|we)( (ska|tanker|kommer att|kommer|gonna|going to|will|m gonna|m going to|also|ocksa|bara|just|forst|first|nu|now))* (ringer|ringa|ring|messar|messa|smsar|smsa|skriver|skriva|snackar|snacka|pratar|prata|aker|aka|gar|ga|springer|kollar|kolla|call|calling|text|texting|message|messaging|go|going|run|running|check|checking|talk|talking)( (till|med|hem till|over till|upp|to|over to|with|on))? (hennes|hans|hens|deras|henne|honom|hen|her|his|their|him)\b/;

/** A step for someone else, taken by the writer: calling or going to them or their family. */
export function stepForSomeoneElse(text: string): boolean {
  return STEP_FOR_THEM.test(fold(text));
}

// Them reached and safe, told: "hon svarade!! hon e hemma o mamman e där", "han har svarat", "she texted back", "shes
// home". Not with a "not" anywhere ("hon svarar inte"), nor how they are in a way that asks for first aid.
const REACHED = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})( har| has| just| precis)? (svarade|svarat|svarar|ringde|ringt|ringde tillbaka|skrev tillbaka|skrev|har skrivit|horde av sig|hort av sig|answered|replied|texted back|called back|wrote back|got back to me|picked up)\b`);
const SAFE_NOW = new RegExp(String.raw`\b(${CLOSE_ONE}|${THEY})( (ar|is|are|s))? (hemma|hos (sin|sina|hennes|hans|en|nan) \w+|safe|trygg|i sakerhet|home|with (her|his|their) \w+)\b`);
const NOT_SAID = /\b(inte|int|ej|inge|not|never|aldrig|no|dont|didnt|doesnt|hasnt|havent|isnt|wont|cant)\b/;
// What they wrote or how they are, told with the news, is no relief (a reviewer: "hon skrev att hon ska ta livet av sig
// ikväll", "hon svarade!! men hon har tagit typ 20 tabletter", "hon svarade, hon ligger på golvet o andas konstigt",
// "she texted back that she took all her pills" each got "Vad skönt att höra!").
const TELLS_MORE = /\b(men|but|fast|though|tho)\b|\b(skrev|sa|sade|svarade|texted|said|wrote|replied) (att|that)\b|\b(tog|tagit|svalde|svalt|took|taken|swallowed|tabletter|tabletterna|piller|pills|tablets|meds|ta livet|kill|killing|hoppa|jump|golvet|floor|andas|breath|breathing|vaknar|wake|blod|blood|bleeding|kniv|knife|rep|rope|bron|bridge|sjukhus|ambulans|hospital|ambulance)\b/;

/** Someone else reached and safe now, told with relief: only the news, nothing more told with it. */
export function someoneElseSafe(text: string): boolean {
  const said = fold(text);
  return (REACHED.test(said) || SAFE_NOW.test(said)) && !NOT_SAID.test(said) && !OTHER_STATE.test(said) && !TELLS_MORE.test(said);
}
