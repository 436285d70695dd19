// Wishes about Tillit's messages in the person's own words, apart from the bare STOPP keyword (which
// opts out at once, bot/domain/keywords.ts): asking how to stop or get fewer ("hur stänger man av
// detta", "is there a way to turn this off") and wanting less contact ("skriv mindre", "ni messar
// alldeles för ofta", "chill med alla sms"). Both are read on folded text (fold.ts). Someone else
// who writes too much ("mamma skriver för ofta", "jag skriver för mycket") is news, not a wish.

// The messages, however they are called.
const MSGS = String.raw`(sms|smsen|sms en|mess|messen|msg|msgs|meddelanden|meddelandena|texter|texterna|texts|messages|notiser|notiserna|notifications)`;
// Tillit's writing, with no subject ("skriver för ofta") or Tillit as it ("ni", "you"), never "jag".
const BY_TILLIT = String.raw`(?<=^|\b(ni|du|u|you|guys|ju|verkligen|really|typ|assa|bara|ba|alltid|always|tillit|dom|de|lol|fan|pls|snalla|kan ni|can you|could you) )`;
const NOT_BY_ME = String.raw`(?<!\b(jag|ja|jg|i) )`;

// "kan jag få samma person som förut", "vill ha samma koordinator igen", "can i talk to the same person as
// before": a wish about who, not a request to talk now (and no question Tillit can answer by itself). Not
// "det var samma person som ringde" (news), nor "samma som förut" (how things are).
const SAME_PERSON = /\b(samma|same) (person|manniska|koordinator|kontakt|kontaktperson|handledare|coordinator|human|contact)\b/;
const AS_BEFORE = /\b(samma|same) \w+ (som|as) (forut|forr|innan|sist|forra gangen|before|last time)\b/;
const WISHES = /\b(kan jag|kan vi|far jag|vill|ville|onskar|gar det att|kan ni|can i|could i|can we|i want|i d like|id like|want|wanna|may i|is it possible)\b/;

/** A wish for the person from the team they had before ("kan jag få samma person som förut"). */
export function asksSamePerson(said: string): boolean {
  return SAME_PERSON.test(said) && (AS_BEFORE.test(said) || WISHES.test(said));
}

const STOP_WORDS = /\b(sluta|slutar|stopp\w*|stop|stang\w* (\w+ )?av|avslut\w*|avregistr\w*|unsubscribe|opt out|turn (\w+ )?off|pausa|pause|mute|farre|fewer|mindre|less|slippa|inga fler|bli(r)? (jag |man |vi )?av med|get rid of)\b/;
// Asking for the way to stop rather than stopping: "vad ska jag skriva för att ni ska sluta", "is there
// a way to turn this off", "kan man få färre sms?" (a question about the option; "kan ni skriva mer
// sällan" asks Tillit to do it, and is a wish).
// The stopping must be of Tillit's messages: the sentence ends there or goes on about them, so "vad
// ska jag göra för att sluta röka" is not one.
const STOPPING = String.raw`(sluta|slutar|stoppa|stoppar|stop|stops|avsluta|avregistrera|slippa|stang\w* av|unsubscribe|opt out|turn (\w+ )?off|pausa|pause|mute|bli(r)? (jag |man )?av med|get rid of)`;
const ABOUT_MESSAGES = String.raw`( (skicka|skriva|smsa|messa|texta|texting|messaging|sending|fa|fa sms|med sms|med allt|${MSGS}|it|this|det|detta|det har|these|them|er|dig|dej|you|u|helt|for gott|for good|lol|typ|assa|tack|pls|da|igen))*$`;
const ASKS_HOW_TO_STOP = [
  new RegExp(String.raw`\b(kan jag|kan man|gar det att|can i|is it possible to|is there a way to|any way to|how to) ${STOPPING}${ABOUT_MESSAGES}`),
  new RegExp(String.raw`\b(vad|va|what)\b.*\b(skriva|skriver|gora|gor|svara|type|write|say|text|do)\b.*\b${STOPPING}${ABOUT_MESSAGES}`),
  new RegExp(String.raw`\b(vilket ord|vilket kommando|which word|what word|what command)\b.*\b${STOPPING}${ABOUT_MESSAGES}`),
  new RegExp(String.raw`\b(finns det (en|ett|nan|nagon|nagot|nat) (satt|knapp|kommando|ord)|is there (a|any) (way|button|command|setting)|any way)\b.*\b${STOPPING}${ABOUT_MESSAGES}`),
  /\b(kan jag|kan man|gar det att|can i|can you|is it possible to) (fa|fa lite|get|receive|have) (farre|mindre|fewer|less)\b/,
];

/** "hur stänger man av detta", "vad skriver man för att slippa sms", "kan man få färre sms?". */
export function asksHowToStop(said: string): boolean {
  return (/\b(hur|how)\b/.test(said) && STOP_WORDS.test(said)) || ASKS_HOW_TO_STOP.some((re) => re.test(said));
}

// Stopping Tillit's messages said plainly, as the whole message: "sluta skicka sms till mig", "kan ni sluta messa mej",
// "stop texting me", "dont text me anymore". As clear as STOPP and done as it is (bot/core/opt-out.ts readStop): a
// tester's "sluta skicka sms till mig" got the menu of how often, and "sa ju sluta" the menu again. Only a verb of
// sending with nothing but the messages, "me" or a polite word after it: "sluta skicka påminnelser" (reminders off),
// "sluta skicka nummer" (the help numbers), "sluta skriva varje vecka" (how often) and "sluta spamma" (too much: the
// menu) are other wishes, and "orkar inte fler sms", "färre sms" still get the menu.
const ASKING_FIRST = String.raw`^((snalla|pls|please|plz|men|assa|alltsa|asa|ok|okej|nej|na|nah|jag sa|sa ju|ju|kan ni|kan du|ni kan|du kan|kan ni bara|could you|can you|just|bara|ba|seriost|seriously|fan|hallo|eh|ey|yo) )*`;
const THE_MESSAGES = String.raw`( (att|sms|smsen|sms en|mess|messen|meddelanden|meddelandena|texter|nagot|nat|nagra|fler|mer|mera|till|mig|nu|tack|pls|please|snalla|da|ju|igen|nagonsin|for gott|helt|alls|me|to|messages|texts|any|more|anymore|now|thanks|for good|ever|again|lol|typ|assa|fan|tack))*$`;
const PLAIN_STOP = [
  new RegExp(String.raw`${ASKING_FIRST}sluta (att )?(skicka|skriva|smsa|messa|texta|sms|mess)${THE_MESSAGES}`),
  new RegExp(String.raw`${ASKING_FIRST}(stop|quit) (texting|messaging|sending|writing|contacting|sms ing)${THE_MESSAGES}`),
  // "dont text me anymore", and with a polite word after it: "dont text me anymore pls" got the menu (session 22).
  new RegExp(String.raw`${ASKING_FIRST}(dont|don t|do not|never) (text|message|sms|write to|contact) me( (again|anymore|any more|ever again|ever|please|pls|thanks))*( (again|anymore|any more|ever))( (please|pls|plz|thanks|thx|ty|ok|okay|lol|tho))*$`),
];

/** Stopping Tillit's messages, said plainly as the whole message ("sluta skicka sms till mig", "stop texting me"). */
export function stopsPlainly(said: string): boolean {
  return PLAIN_STOP.some((re) => re.test(said));
}

// A STOPP word asked of Tillit, with nothing after it but small words: "kan ni inte bara sluta", "kan du sluta??",
// "men kan ni bara sluta då", "can you just stop". The word is the stop it is alone (a reviewer's "kan ni inte bara
// sluta" got the stock line): "sluta" and "avsluta" stop softly, asking whether fewer was meant. Not "kan ni sluta
// fråga om skolan" (a topic) nor "kan ni sluta skicka påminnelser" (reminders): nothing may follow but small words.
const ASKED_TO_STOP = new RegExp(
  String.raw`^((men|assa|alltsa|asa|nej|na|snalla|seriost|ok|okej|ey|eh|hallo|but|seriously|please|pls|omg) )*(kan|kunde|can|could) (ni|du|u|you|tillit)( (inte|int|ej|not|plz|pls|please|snalla|bara|ba|just|nu|fan))* (?<word>sluta|stoppa|avsluta|stop|quit)( (nu|da|tack|pls|please|snalla|ju|igen|redan|for fan|nangang|now|already|then|lol|ffs|tho))*$`,
);

/** A STOPP word asked of Tillit ("kan ni inte bara sluta"): the word, as the keyword would be, or undefined. */
export function asksToStop(said: string): string | undefined {
  return ASKED_TO_STOP.exec(said)?.groups?.word;
}

// A STOPP word said again in answer to the question of how often ("sa ju sluta", "så ni sparar ändå?? sluta",
// "stopp!!"): the answer is to stop (a tester got the question a second time, then nothing). Not "sluta fråga"
// (no questions: only when they write), nor a stop said not to happen ("nej sluta inte", "vill inte att du ska sluta").
const STOP_SAID = new RegExp(String.raw`(?<!\b(inte|int|ej|not|dont|aldrig|never)( \w+){0,3} )\b(sluta|stopp|stoppa|stop|avsluta)( (skicka|skriva|smsa|messa|texta|texting|messaging|sending))?${THE_MESSAGES}`);

/** A STOPP word, with only the messages or a polite word after it, not negated: the answer to the how-often question. */
export function saysStop(said: string): boolean {
  return STOP_SAID.test(said);
}

const LESS_CONTACT = [
  /\bsluta (skriva|skicka|sms a|smsa|sms|messa|mess|texta|spamma|hora av|kontakta|ringa|tjata|fraga)/,
  /\b(lamna|lat) mig (vara )?(i ?fred)\b|\blat mig vara\b/,
  // The messages named: "orkar inte mer" alone is being unable to go on, never a wish for fewer texts.
  /\borka(r)? (inte|int|ej) ((fler|mer|mera|alla) |(mer |mera )?med (alla |era |dina |dom har |de har )?)(sms|meddelanden|mess|paminnelser)/,
  new RegExp(String.raw`\b((alldeles |way |lite |sa |so )?(for|too)|sa|so) (manga|mycket|mkt|mycke|many|much) ${MSGS}\b`),
  new RegExp(String.raw`${NOT_BY_ME}\bskriv(er)? (for mycket|for ofta|mindre|inte sa ofta|mer sallan|sallan|inte lika ofta)\b`),
  /\b(mindre|farre) (sms|meddelanden|mess)\b|\bmer sallan\b|^(pls |please )?(less often|fewer (messages|texts))( pls| please| thanks)?$/,
  // "i want fewer messages", "id like less texts", "jag vill ha färre sms" (the Swedish is the line above).
  /\b(i want|i d like|id like|i would like|i need|i d rather have|i prefer|can i have|can i get|could i get) (fewer|less) (messages|texts|sms|reminders|notifications)\b/,
  /\bstop (texting|messaging|writing|sending|spamming)\b|\bleave me alone\b|\btoo many (messages|texts)\b|\b(text|message|write) (me )?less\b|\bdont (text|message|write)\b/,
  /\bsluta spamma\b|\bspamma inte\b|\bsms a inte\b|\bskriv inte till mig\b/,
  // Any verb of writing, told not to: "sms:a mej inte mer", "messa mig aldrig igen", "skicka inte fler".
  /\b(skriv|smsa|messa|texta|skicka|ring|kontakta|hor av (dig|er))( till)?( mig)? (inte|aldrig)( (mer|mera|nagot mer|fler|igen|till mig|nagot))?$/,
  /\b(vill inte ha|skicka inte|inga|no more|dont send|do not send) (fler|mer|mera|nagra|any|more)? ?(sms|meddelanden|mess|messages|texts)\b/,
  new RegExp(String.raw`${NOT_BY_ME}\b(skickar|skriver|messar|smsar|hor av er|hor ni av er) (for mycket|for ofta|sa mycket|sa javla mycket|sa ofta|hela tiden)\b|\bskriv (inte|int) (mer|mera|nat mer|nagot mer|till mig)\b`),
  // Less, asked for in any verb of writing: "texta mindre pls", "ni får gärna skriva mindre", "send me fewer texts".
  new RegExp(String.raw`(?<!\b(jag|ja|jg|i)( \w+)? )\b(skriv|skriva|skicka|texta|sms a|smsa|messa|hor av er|hora av er|text|message|send|write)( (mig|mej|me|oss|us))? (mindre|farre|mer sallan|less|fewer|less often)\b`),
  // A pause asked of Tillit ("kan ni pausa sms:en ett tag", "mute the texts for a while"); "kan man pausa?" asks how.
  new RegExp(String.raw`\b(pausa|pause|mute|tysta)( (alla|all|the|era|your|dom))? ${MSGS}|\b(pausa|pause) (er|dig|dej|allt|detta|det har|this|it|you)( (ett tag|en stund|a while|for a while|for now|a bit))`),
  // Tillit spamming: "ni spammar typ", "this is spam", "sluta tjata".
  /\b(ni|du|you|u|tillit|ni bara|you re|youre|u r|ur) (spammar|spamma|spam|spamming|tjatar)\b|^(det har|detta|this|this is|det har ar|det e)( bara| just| typ)? spam( \w+)?$/,
  // Too often, said with any intensifier, of Tillit: "du skriver alldeles för ofta", "u text way too much".
  new RegExp(String.raw`${BY_TILLIT}(skriv|skriver|skicka|skickar|messar|smsar|sms ar|texta|textar|spammar|text|texting|message|messaging|write|writing|send|sending)( (mig|mej|me|sa|sms|mess|texts|messages))? ((alldeles|lite|way|sa|pa tok|typ|javligt|sjukt|so|far|really|kinda|fan) ){0,2}(for|too) (ofta|mycket|mkt|often|much)\b`),
  // A limit on how often: "skriv typ en gång i veckan max", "text me once a month at most"; or said to be enough: "en gång i veckan räcker".
  /\b(en|1|ett par|bara en|once|twice|one) (gang|ggr|gng|ganger|time|times) (i|per|om|a|each|varannan) (veckan|vecka|manaden|manad|week|month) (racker|ar nog|ar lagom|max|is enough|is plenty|tops|at most)\b/,
  /\b(skriv|skicka|sms a|smsa|messa|hor(a|s)? av (er|dig)|text|message|write|send|contact)\b.*\b((en|1|ett par|nan|nagon|bara en|once|twice|one) (gang|ggr|gng|ganger|time|times) (i|per|om|a|each|varannan) (veckan|vecka|manaden|manad|week|month)|(max|hogst|at most) (en|ett|1|once|one)( gang| time| sms| mess| text| message)?|once a (week|month))\b/,
  // "chill med alla sms", "lugna ner er med messen", "chill with the texts".
  new RegExp(String.raw`\b(chill|chilla|chilla ner|lugna ner (er|dig|dej)|lugna (er|dig|dej)|ta det lugnt|calm down|slow down|relax|easy)( lite| a bit| pls| snalla)? (med|with|on) (alla |the |all |dom |de |era |your |sa manga |so many )?${MSGS}\b`),
  // A STOPP word with something around it is a wish, not the keyword: offer STOPP rather than act.
  /^(stopp|stop|stoppa|sluta|avsluta)( (tack|nu|please|pls|snalla|da|med det har|allt|skriva|med allt))*$/,
];

// Told off, as the whole message ("fuck off", "dra åt helvete", "håll käften bot"): thanking them for
// writing (the stock line) was the worst answer; a rebuff is heard as a wish to hear less. Not banter
// ("shut up lol", "lägg av 😂") nor frustration at something else ("fuck this").
const REBUFF = /^((fuck|fck|fuk|f|fucking) (off|you|u|dig|dej|er)|stfu|shut up|shut the fuck up|go away|piss off|get lost|dra( (at|till) (helvete|helvette|skogen|fanders|h))?|drag at helvete|stick|hall (kaften|kaft|truten|tyst|klaffen)|kaften|fan ta (dig|dej|er)|lagg av|ge (dig|dej|er))( (nu|da|bara|ba|jao|bror|bot|robot|botjavel|javla bot|javla robot|du|ni|pls|please|fan|then|man|bro|ffs|already|idiot|alltsa|assa))*$/;
const LAUGHING = /😂|🤣|😆|😅|😜|😝|😛|😹|\b(haha\w*|hehe\w*|lol|lmao|jk|skamt\w*|skoja\w*)\b/u;

/** A telling-off as the whole message, not said laughing. */
export function rebuffs(text: string, said: string): boolean {
  return REBUFF.test(said) && !LAUGHING.test(text.toLowerCase());
}

/** Fewer or no messages asked for in plain words (not the bare STOPP keyword); a wish about a topic is no such wish. */
export function wantsLessContact(said: string): boolean {
  return !wishAboutTopic(said) && LESS_CONTACT.some((re) => re.test(said));
}

// A wish about what to talk about, not how often: "kan du sluta fråga om skolan", "fråga inte om jobb", "jag
// vill inte prata om skolan", "stop asking about school"; "jag vill bara prata om annat ibland", "can we talk
// about something else". It met the menu of how often Tillit writes, twice (a fifteen-year-old's).
const STOP_ASKING_ABOUT = /\b((sluta|slutar|sluta att|stop|quit) (fraga|fraga mig|prata|snacka|tjata|asking|asking me|talking|bringing up)|(fraga|prata|snacka|tjata)( mig)? (inte|int|aldrig)( mer| mera)?|(dont|do not|don t|never) (ask|talk)( me)?|(vill|ville|orkar|pallar) (inte|int) (prata|snacka|svara pa fragor|fa fragor)|(dont|don t|do not) (want|wanna) (to )?talk) (om|about|kring|on) (\w+( \w+){0,3})$/;
const OTHER_THINGS = /\b(prata|snacka|talk|chat)( \w+)? (om|about) (annat|nat annat|nagot annat|nagot nytt|andra saker|other stuff|other things|something else|anything else)\b/;
// Topics Tillit itself asks about only in getting to know someone (mapping's "experience": "Hur var skolan för
// dig?", "Har du jobbat…?"), so a skipped answer there keeps the promise; the rest are asked in check-ins too.
const SCHOOL = /^(min |mitt |my )?(skola|skolan|plugg|plugget|pluggandet|gymnasiet|gymnasium|komvux|utbildning|studier|studierna|school|studies|college|uni)\b/;
const WORK = /^(mitt |min |my )?(jobb|jobbet|jobba|arbete|arbetet|praktik|praktiken|work|job|jobs|jobbsokande|jobbsok)\b/;
const NOT_A_TOPIC = /^(det|de|detta|det har|det dar|dom|den|that|it|this|them)\b/;

/** "sluta fråga om skolan" (school), "…om jobbet" (work), "…om mamma" (another), "prata om annat" (other). */
export function wishAboutTopic(said: string): "school" | "work" | "another" | "other" | undefined {
  const topic = STOP_ASKING_ABOUT.exec(said)?.at(-2);
  if (topic && !NOT_A_TOPIC.test(topic)) return SCHOOL.test(topic) ? "school" : WORK.test(topic) ? "work" : "another";
  return OTHER_THINGS.test(said) ? "other" : undefined;
}

// How often the check-in asks, as a wish or a question (texter18 #13): "kan du fråga hur jag mår typ varannan vecka
// istället" was taken as a check-in asked for and got the 1-10 scale; "varför du frågar samma varje vecka" got "Maja
// får se det här". Not the wish for fewer messages of every kind (LESS_CONTACT), which has its own menu.
const ASKING = String.raw`(fraga|fragar|fraga mig|kolla|kollar|kolla lage|checka|checkar|checka in|hora av|hor av|ask|asks|asking|check|checking)`;
const PACE = String.raw`(varannan vecka|varannan|var fjortonde dag|var 14 e dag|var tredje vecka|en gang i manaden|1 gang i manaden|varje manad|mer sallan|inte sa ofta|inte lika ofta|inte varje vecka|every other week|every two weeks|every 2 weeks|once a month|every month|less often|not so often|not every week)`;
const PACE_WISH = new RegExp(String.raw`\b${ASKING}\b.*\b${PACE}\b|\b${PACE}\b.*\b${ASKING}\b`);
const WHY_SAME = new RegExp(String.raw`\b(varfor|varfor da|why|how come)\b.*\b${ASKING}\b.*\b(samma|same|varje vecka|every week|hela tiden|all the time|sa ofta|so often|igen|again)\b`);

/** "kan du fråga varannan vecka istället" (a wish) or "varför frågar du samma varje vecka" (why). */
export function aboutCheckInPace(said: string): "wish" | "why" | undefined {
  if (WHY_SAME.test(said)) return "why";
  return PACE_WISH.test(said) ? "wish" : undefined;
}

// Stop the questions, not the contact (tester22 full04: "nej jag menar sluta fråga saker, inte sluta helt" met a worry
// line, and elsewhere the menu of how often or how to send STOPP): "sluta fråga saker, inte sluta helt", "bara sluta
// fråga", "i mean stop asking questions, not stop completely". The asking named, and the rest said to go on.
const STOP_ASKING_PART = /\b(sluta|slutar|sluta med att|stop|quit) (att )?(fraga|fragor|fragorna|asking)\b|\binga (fler |mer )?fragor\b|\bno more questions\b/;
// The rest said to go on, in words: "jag menar" alone says nothing of it (a reviewer: "sluta fråga, jag menar sluta skriva
// till mig" and "jag menar sluta fråga om pappa" turned the check-ins off and said messages go on).
const NOT_ALL =
  /\b(inte|int|ej|not|dont|don t) (sluta|slutar|stoppa|stop|stopping|quit)( (helt|skriva|prata|completely|texting|talking|writing))?\b|\b(inte|not) (helt|completely|everything|altogether|totally)\b|\b(bara|just|only) (sluta|stop) (att )?(fraga|asking)( (saker|fragor|questions|things))?$/;
// One topic named ("sluta fråga om pappa") or the writing itself ("sluta skriva till mig"): not the questions as such.
const NOT_QUESTIONS_AS_SUCH = /\b(fraga|fragor|asking)( mig| me)? (om|about) \w+|\b(sluta|stop|quit) (skriva|skicka|texting|messaging|writing)\b/;

/** The questions asked to stop, and the contact not: check-ins off, messages go on (wishes.ts answersStopAsking). */
export function stopsAskingOnly(said: string): boolean {
  return STOP_ASKING_PART.test(said) && NOT_ALL.test(said) && !NOT_QUESTIONS_AS_SUCH.test(said);
}
