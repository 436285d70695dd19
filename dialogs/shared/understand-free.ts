// A message when no question is waiting: what does the person want? Commands in their own words
// ("kolla läget", "skatting"), a person, fewer messages, a deletion, a greeting, or one of the
// questions young people ask to test whether Tillit can be trusted. The order matters: a question
// about how to stop is not a wish to stop, "är du en riktig människa" asks about the bot rather than
// for a person, and only a bare STOPP-type keyword opts out.
import { detectKeyword } from "../../bot/domain/keywords.js";
import { asksSomething, editDistance, fold, hasWordLike } from "./fold.js";
import { detectReminderRequest } from "./reminder-words.js";
import { detectErasureRequest } from "./erasure-words.js";
import { asksHowToStop, rebuffs, wantsLessContact } from "./understand-contact-wishes.js";
import { asksAboutWithdrawing } from "./storage-consent-words.js";
import { wantsNoPerson } from "./understand-take-back.js";
import { asksAboutAge, asksAboutAi, asksAboutAiTraining, asksIfSold, asksIfTillitBored, asksIfTillitFeels, asksWhatAtRiskMeans, asksWhatTillitDoesAllDay, asksWhoMadeTillit, asksWhoPays } from "./understand-trust-questions.js";
import { asksAboutPhoneBill, asksIfToldIsKept } from "./understand-privacy-follow-ups.js";
import { asksMustGo } from "./understand-small-talk.js";
import { asksWhyNumbers } from "./waiting-words.js";
import { wantsToLeave } from "./understand-leaving.js";

export const QUESTION_KINDS = [
  "is-bot", "who-reads", "social-services", "parents", "employment-service", "police", "storage", "delete", "number", "stop", "what-can-you-do",
  "my-coordinator", "next-meeting", "report-meaning", "withdraw", "must-answer", "money", "school", "dealing", "secrecy", "ai", "sold", "at-risk-meaning",
  "about-me", "phone-bill", "kept-told", "leave", "who-pays", "age", "practical", "parents-approve", "who-wrote", "private",
  "soc-acts", "carers", "turning-18", "still-mine", "who-made", "ai-training", "bot-bored", "kaa", "delete-part", "bot-feelings", "bot-day",
  "why-numbers", "who-we-are", "caseworker", "talk-if-no", "team-lead",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type FreeIntent =
  | "check-in" | "mapping" | "rating" | "plan" | "human" | "opt-out" | "less-contact" | "reminders-off" | "delete-data" | "greeting" | "none"
  | `question:${QuestionKind}`;

const DELETE_WORDS = /\b(radera\w*|ta(r|s)? (\w+ )?bort|sudda|delet\w*|eras\w*|remov\w*|rensa|glomma)\b/;
// Some of what was written, not everything about them: "det jag skrev inatt", "what i said yesterday", "meddelandet".
const PART_WRITTEN =
  /\b(det|de|allt|alla|what|everything|all|the (stuff|things|messages?)|that|sakerna|grejerna)( som| that)? (jag|ja|i) (skrev|skrivit|sa|sagt|skickade|skickat|wrote|said|sent|typed)\b|\b(meddelandet|meddelandena|sms et|smset|the message|that message|those messages|my last message|my last messages)\b/;
const HOW_OR_MAY_I = /\b(hur|kan jag|kan man|gar det|far jag|maste jag|how|can i|could i|is it possible|am i able)\b/;
const IS_BOT = [
  /\b(ar|e|are|r|is)\s+(du|u|you|detta|det|de|det har|this|it|ni)\s+(ens\s+|even\s+)?(en\s+|a\s+|an\s+)?(robot|bot|botten|ai|chatbot|chattbot|manniska|human|riktig|pa riktigt|real|person|maskin|automatisk|program|dator|datorprogram|chatgpt)\b/,
  /\bprata(r)? jag med (en )?(robot|bot|manniska|maskin|dator|ai|riktig)\b/,
  /\b(ar det|e det|ar de|e de|is it|is this) (en |a )?(manniska|person|robot|bot|human) som (svarar|skriver|answers|writes)\b/,
  /^(bot|robot|ai|chatgpt|en bot|en robot|human)$/,
  /\b(automatisk\w*|automatiser\w*|automated|automatic)\b/,
];
// "bot eller människa?": a question that names a bot is about Tillit, not a wish for a person.
const NAMES_A_BOT = /\b(bot|botten|robot|roboten|chatbot|chattbot|ai|chatgpt)\b/;
// What may end "call me …" when it is still a call asked for, not a name.
const CALL_ME_TAIL = "(back|now|asap|pls|please|plz|later|soon|today|tonight|tomorrow|idag|imorgon|nu|snalla|tack|sometime|again|maybe|when|then|thanks|tho|if|on|at|after|before|in|i|asap|quick|right)";
const HUMAN = [
  /\b(prata|snacka|tala|chatta|ringa|traffa|traffas|skriva|fa kontakt)\b.*\b(manniska|manniskor|person|koordinator|koordinatorn|handledare|handledaren|coach|coachen|kontaktperson|kontaktpersonen|nagon|nan|vuxen|riktig|personal)\b/,
  // Asked for by naming them, not told about ("min coach sa att…" is news).
  // Not someone said to be one: "demo e en människa men du e inte det" is news, not a wish.
  /(?<!\b(e|ar|is|var|va|was|are|r|som|blir|blev) (en |a )?(riktig |real |vanlig |normal )?)\b(manniska|riktig person|en vuxen)\b|^(min |en |a |my )?(koordinator|coach|kontaktperson|vuxen|human|real person)( tack| pls| please| snalla| nu| now| asap)*$|\b(vill ha|behover|want|need|ge mig|give me)( min| en| my| a)? (koordinator|coach|kontaktperson|vuxen)\b/,
  // Staff asked to get in touch: "kan du be min koordinator ringa", "could my coach call me".
  /\b(be|ask|kan|could|can|lat|fa)\b.*\b(koordinator\w*|coach\w*|kontaktperson\w*|handledare\w*|coordinator)\b.*\b(ringa|ring|kontakta|hora av sig|call|contact|text me|reach out)\b/,
  // The person first, the talking after: "finns det nån vuxen ja kan snacka me", "is there someone i can talk to".
  /\b(finns det|finns de|har ni|is there|are there|do you have|do u have|behover|need|vill ha|want)\b.*\b(vuxen|vuxna|manniska|person|nagon|nan|ngn|coach|koordinator|someone|somebody|anyone|adult|human)\b(?! (aning|ide|idea|clue)).*\b(prata|snacka|tala|chatta|ringa|messa|smsa|talk|speak|chat|call|text)\b/,
  // Asking to be contacted: "vill bli kontaktad av personal", "kan jag bli uppringd", "i want to be called".
  /\b(bli|be|get) (kontaktad\w*|uppringd\w*|ringd|contacted|called back|called)( (av|by) (personal|personalen|nagon|nagon av er|er|en manniska|en vuxen|min \w+|my \w+|koordinator\w*|coach\w*|kontaktperson\w*|handledare\w*|you|someone|staff|a person|a human))?( (tack|pls|snalla|asap|nu|idag|imorgon|please))*$/,
  // "vill prata med Maja": a name on its own after "prata med" (not "min mamma", "en kompis", "dig").
  /^(jag )?(vill|kan jag|kan jag fa|far jag|behover) (prata|snacka|tala|traffa) (med|m|me) (?!(dig|dej|er|mig|en|ett|min|mitt|mina|din|hen|honom|henne|dem|dom|nan|nagon|mamma|pappa|kompis|alla)\b)\p{L}+( nu| tack| snalla| igen| asap| idag| imorgon)?$/u,
  // "can i talk to kim", "i wanna speak with maja": a name on its own after "talk to" (not "you", "my mom").
  /^(i )?(want to|wanna|can i|could i|may i|need to|id like to|i d like to) (talk|speak|chat) (to|with) (?!(you|u|ya|it|this|them|him|her|my|me|a|an|the|someone|somebody|anyone|mom|mum|dad)\b)\p{L}+( now| please| pls| today| again)?$/u,
  // Someone asked to get in touch: "ok ja vill att nån hör av sig om pengarna", "kan nån höra av sig"
  // (a young tester's wish was taken for a message nobody understood).
  // The team named too: "??? ja jag vill att teamet hör av sig" met "Jag är en digital assistent och förstår inte allt"
  // (fix21a), "be teamet höra av sig", "låt nån i teamet höra av sig".
  /\b(vill|onskar|skulle vilja|kan|kunde|far|be|lat)( att)? (nagon|nan|ngn|ni|nagon av er|min koordinator|koordinatorn|personal|personalen|teamet|ert team|nagon i teamet|nan i teamet|ngn i teamet|nagon fran teamet|nan fran teamet|ni i teamet)( snalla| idag| imorgon| nu)? (hor|hora|hoer) av (sig|er)\b/,
  // "i want the team to get in touch", "can someone from the team contact me", "id like my coordinator to reach out".
  /(?<!\b(dont|don t|do not|didnt|did not|never|not|doesnt|does not)( really| even)? )\b(want|wanna|need|would like|d like|like|can|could|let|have|ask)( for)? (the team|your team|someone|somebody|someone from the team|somebody from the team|someone on the team|my coordinator|the coordinator|a person|you guys|you)( from the team)? (to )?(get in touch|get in contact|contact me|reach out|call me|text me|message me|get back to me)\b/,
  // Asked to get in touch: "kan ni kontakta mig", "could you text me".
  /\b(kan|kunde|could|can|will|would) (ni|du|you|u|nagon|nan|someone|somebody) (kontakta|contact|texta|smsa|messa|text|hora av (er|dig|sig) till) (mig|mej|me)\b/,
  /\bring(a)? (mig|upp mig)\b|\b(nagon|nan) (ringa|ringer)\b|\bkoppla mig\b|\b(fa|ha|boka) (ett )?samtal\b/,
  /\b(talk|speak|chat)\b.*\b(human|person|someone|somebody|coordinator|real)\b|\b(human|real person)\b/,
  // "call me" asks for a phone call ("call me", "can someone call me pls", "call me back"), but "call
  // me Jay" gives a name: the name prompt's answer must not be taken as a wish for a person.
  new RegExp(String.raw`\bcall me\b(?! (just )?(?!${CALL_ME_TAIL}\b)[a-z]+( pls| please| plz| thanks| tho| lol| instead| now| from now on| bara| tack)*$)`),
  // Reaching staff rather than talking: "hur får ja kontakt med min kontaktperson", "vill ha tag på nån
  // personal", "kan jag kontakta min coach", "how do i get hold of my coordinator" (not "fick kontakt
  // med…", which is news, nor "få tag på nån som kan skjutsa mig").
  new RegExp(String.raw`\b((fa|far|ha|ta|komma i|kommer i)( jag| man| vi)? (kontakt med|tag pa|tag i)|kontakta|kontaktar (jag|man)|get (in touch|hold of|ahold of)|reach|contact)( (med|with|of))? ` +
    String.raw`(min |mitt |mina |en |nagon |nagra |er |era |my |a |the |someone |somebody |anyone )?(manniska|person|personal|personalen|koordinator\w*|handledare\w*|coach\w*|kontaktperson\w*|vuxen|staff|coordinator|human|youth worker|nagon (av er|fran er|som jobbar (har|hos er|med (det har|detta|tillit)))|er|you guys)\b`),
];

// Told, not asked: no contact with people for a while ("havent talked to a real person in like 9 days", "har inte
// pratat med en människa på en vecka", "never see a real person"): loneliness told, which a wish for a person is
// not (texter17 #8: in English it was taken as a yes to the offer standing, and met the 112 line). A wish said
// with it ("… can someone call me") still asks.
const NO_CONTACT_TOLD = /\b(havent|haven t|have not|hadnt|hasnt|didnt|did not|never|not|no|aint|inte|int|aldrig|ingen|inget)\b( \w+){0,3} (talked|spoken|spoke|seen|saw|met|chatted|texted|hung out|been around|pratat|snackat|traffat|sett|chattat|umgatts|haft kontakt)\b|\b(no|ingen|inget) (human|real|manskl\w*|riktig)\w* (contact|kontakt)\b/;
const WISH_WITH_IT = /\b(want|wanna|need|can (i|someone|somebody|you)|could (i|someone|somebody|you)|please|pls|vill|behover|kan (jag|nagon|nan|ni|du)|snalla)\b/;
function toldNoContact(said: string): boolean {
  return NO_CONTACT_TOLD.test(said) && !WISH_WITH_IT.test(said);
}

/** No contact with people for a while, told ("havent talked to a real person in like 9 days"): loneliness in their words. */
export function tellsNoContactLately(text: string): boolean {
  return toldNoContact(fold(text));
}

// Swedish drops the subject in news: "har möte med AF imorgon", "ska till soc", "sparar till körkort"
// are statements. Starting with such a verb asks only when who or what is asked about comes next
// ("har ni…", "ska soc…", "sparas allt…", "vet af om…"), or with a question mark.
const STATEMENT_VERB = /^(har|ska|ar|e|sparar|sparas|vet)$/;
const ASKED_ABOUT = /^(ni|du|dom|de|nagon|nan|ngn|man|det|detta|mina|min|mitt|allt|era|you|u|they|anyone|someone|my)$/;

function asks(text: string, said: string, entity?: RegExp): boolean {
  if (text.includes("?")) return true;
  const [first = "", second = ""] = said.split(" ");
  if (STATEMENT_VERB.test(first)) return ASKED_ABOUT.test(second) || (entity?.test(second) ?? false);
  // A present-tense verb first and "ni"/"du" after it asks, in Swedish: "snackar ni me soc", "jobbar ni med af".
  if (/^\p{L}+r$/u.test(first) && /^(ni|du)$/.test(second)) return true;
  return asksSomething(text, said);
}

function about(said: string, text: string, entity: RegExp): boolean {
  if (!entity.test(said)) return false;
  // "syns det här hos af": shown there, asked as seeing is.
  if (/\b(se|ser|lasa|laser|veta|beratta|berattar|skicka|skickar|tillgang|kopplat|kontakt|ringer|anmala|anmaler|syns|synas|visas|see|read|know|tell|send|access|find out|show|shows|shown|visible)\b/.test(said)) return true;
  // Asked in the sentence that names them: "can i talk to a real person? my mum keeps yelling at me" asks for a person
  // and tells of mum (tester23 #2: it was answered "No, your parents can't read this").
  return sentencesOf(text).some((t) => entity.test(fold(t)) && asks(t, fold(t), entity));
}

/** The sentences of a message, each with the mark that ends it ("kan jag prata med nån?", "mamma skriker"). */
function sentencesOf(text: string): string[] {
  return (text.match(/[^?!.\n]+[?!.]*/g) ?? []).map((t) => t.trim()).filter(Boolean);
}

// Those who look after someone where they live, not their parents: a foster home, the staff at an HVB or
// supported housing ("kan min familjehemsmamma läsa detta", "min kontaktperson på boendet?"). A foster
// mother got "Nej, dina föräldrar kan inte läsa det här … då pratar soc oftast med dina föräldrar".
// "boende" is the place where they live only with whose or where ("mitt boende", "på boendet"): "kommer ni kunna
// hjälpa mig hitta boende?" asks for help with housing (fix22a; it was answered as whether a foster home reads this).
const CARERS = /\b(familjehem\w*|fosterfamilj\w*|fosterforald\w*|fostermamma|fosterpappa|fostermorsan|jourhem\w*|hvb\w*|boendet|(?:mitt|ditt|vart|ert|pa|pa mitt|pa ert) boende|stodboende\w*|gruppboende\w*|foster (parents?|mom|mum|dad|family|home|carer)|care home|group home|residential home)\b/;
// What soc will do, asked after telling something ("kommer soc hem till oss", "vad händer om jag säger det till
// soc, tar dom mig härifrån"): nobody here can answer that for soc, and "Tillit skickar inget dit" may already
// be untrue once staff must report. A person talks it through; the question goes to the team.
const SOC_WORD = String.raw`(soc|socen|socialen|soccen|socialtjansten|socialsekreterare\w*|social services|social worker|cps)`;
// A parent asking whether soc takes their child ("om jag säger att jag mår dåligt kan soc ta min dotter då", "will cps
// take my kid"): the question that decides whether a young parent tells the truth (texter18 #8: it was read as a mood).
const CHILD = String.raw`(min dotter|min son|mitt barn|mina barn|barnen|barnet|min bebis|bebisen|min baby|min bebbe|min unge|ungen|mina ungar|ungarna|min lilla|min lille|my (daughter|son|kid|kids|child|children|baby)|the (kids|baby|children))`;
const SOC_TAKES_CHILD = [
  new RegExp(String.raw`\b${SOC_WORD}\b.*\b(ta|tar|tas|ta ifran mig|hamta|hamtar|omhanderta|omhandertar|placera|placerar|flytta|take|takes|taking|took|remove|removes)( (bort|ifran mig|away))? ${CHILD}\b`),
  new RegExp(String.raw`\b${CHILD} (tas|tagen|tagna|blir (omhandertagen|omhandertagna|omhandertaget|placerad|placerat|tagen|taget)|(gets?|be|being) (taken|removed|placed))\b.*\b${SOC_WORD}\b`),
  new RegExp(String.raw`\b(tar|hamtar|omhandertar|placerar|flyttar|takes|removes) ${SOC_WORD}( (bort|away))? ${CHILD}\b`),
  /\b(forlora|forlorar|mista|mister|lose|losing) (vardnaden|custody|min dotter|min son|mitt barn|mina barn|my (daughter|son|kid|kids|child|children|baby))\b/,
];

/** Whether soc takes their child, asked by a parent: an answer of its own (answer-question.ts). */
export function asksIfSocTakesChild(said: string): boolean {
  return SOC_TAKES_CHILD.some((re) => re.test(said));
}

const SOC_ACTS = [
  new RegExp(String.raw`\b(kommer|kmr|ska|tanker|will|are|is|gonna)( (nagon|nan|ngn|folk) (fran|fra|from))? ${SOC_WORD} (hem|komma|come|coming|ta|take|hamta|placera|flytta|hit|here)\b`),
  /\b(tar|ta|tas|hamtar|placerar|flyttar|omhandertar|take|takes|taking) (dom|de|dem|soc|socen|socialen|ni|they|them)? ?(mig|mej|oss|bort mig|me|us)( (harifran|hemifran|harfran|bort|away|from here|from home|from my (mom|mum|dad|parents|family)))\b/,
  new RegExp(String.raw`\b(vad hander|va hander|what happens)( (om|nar|sen|if|when))?( (jag|ja|man|i|ni|you))? (sager|berattar|anmaler|pratar|tell|say|report|talk)( (det|allt|it|that|this))?( (till|for|med|to|with))? ${SOC_WORD}\b`),
  /\b(blir|bli|kommer) (jag|ja) (placerad|omhandertagen|flyttad|tvangsomhandertagen)\b|\b(will|would) i (be|get) (placed|taken away|taken into care|moved)\b/,
];
// Turning 18 asked about ("om jag fyller 18 nästa månad, ändras nåt då", "what happens when i turn 18").
const TURNING_18 = /\b(fyller|fyllt|blir|turn|turning|turned) (18|arton|eighteen)\b.*\b(andras|andra|forandras|hander|blir det|maste|far jag|far man|kan jag|kan man|fortsatt|fortsatter|kvar|change|changes|happens|happen|still|keep|stay|vad|va|what)\b|\b(andras|hander|vad hander|what happens|what changes|does anything change)\b.*\b(fyller|blir|turn|turning) (18|arton|eighteen)\b/;
// Whether something still applies: "gäller det fortfarande", "gäller det där med soc nu då", "does it still apply".
const STILL_APPLIES = /\b(galler|gaeller|galla|gall)\b.*\b(fortfarande|fortfarnde|anda|kvar|langre|nu|da|still|anymore)\b|\b(still (apply|applies|count|counts)|apply (anymore|any more|now))\b/;
// The municipality's duty to follow up those under 20 outside upper-secondary school (kommunalt aktivitetsansvar).
const KAA = /\b(aktivitetsansvar\w*|kaa|kommunala aktivitets\w*)\b/;
const SOCIAL = /\b(soc|socen|socialen|soccen|socialtjansten|socialtjanst|socialsekreterare\w*|social services|social worker|cps|orosanmal\w*|anmalningsplikt\w*|anmalningsskyldig\w*)\b/;
const PARENTS = /\b(foraldrar\w*|foralder|mamma\w*|mam|morsan|morsa|pappa\w*|farsan|farsa|vardnadshavare\w*|familj\w*|parents?|mom|mum|dad|mother|father|family|guardian)\b/;
const EMPLOYMENT = /\b(arbetsformedlingen|arbetsformedling|arbetsformedl\w*|arbis|af|afs|employment (service|office|agency)|public employment|job ?cent(re|er)s?|unemployment office)\b/;
// The police, or being reported, asked of Tillit and its staff: "kommer ni anmäla mig?", "snackar ni
// med aina", "do u tell the cops", "kan polisen läsa det här". Not someone asking how to report
// ("ska jag anmäla honom till polisen?"), nor news of the police ("polisen ser mig som kriminell").
const POLICE_WORD = String.raw`(polis|polisen|polisn|polise|snut|snuten|snutar|snutarna|aina|ainan|ainas|gittan|police|cop|cops|popo|feds)`;
// Reporting needs no police word ("kommer ni anmäla mig", "golar ni"); telling and calling do ("ringer
// ni polisen", "snackar ni med aina"): "kan du ringa mig imorgon?" asks for a call, not about the police.
const REPORTING = String.raw`(anmala|anmaler|anmal|polisanmala|polisanmaler|gola|golar|tjalla|tjallar|snitcha|snitchar|report|snitch|rat)`;
const TELLING = String.raw`(beratta for|berattar for|snacka med|snackar med|prata med|pratar med|ringa|ringer|kontakta|kontaktar|skicka till|skickar till|tell|call|contact|talk to)`;
const US = String.raw`(ni|du|personalen|tillit|you|u|ya|you guys|staff)`;
// Asked of Tillit and its staff in so many words: a question whatever its punctuation.
const POLICE_ASKED_OF_US = [
  // "kommer ni anmäla mig", "ni ringer väl inte polisen", "will you report me", "do u tell the cops"
  new RegExp(String.raw`\b${US}( (kommer|ska|skulle|kan|maste|will|would|gonna|going to|do|does|dont|wont|never))?( (att|to|inte|not|val|ju))* (${REPORTING}\b|${TELLING}\b.*\b${POLICE_WORD}\b)`),
  // Swedish puts the verb first in a question: "anmäler ni", "golar ni", "ringer ni polisen", "snackar ni med aina"
  new RegExp(String.raw`\b((anmaler|polisanmaler|golar|tjallar|snitchar) ${US}\b|(berattar|snackar|pratar|ringer|kontaktar|skickar) ${US}\b.*\b${POLICE_WORD}\b)`),
  // The police reading: "kan polisen läsa det här", "can the cops see this", "får aina veta"
  new RegExp(String.raw`\b${POLICE_WORD} (se|ser|lasa|laser|fa veta|far veta|komma at|kommer at|see|read|access|find out|know)( (det har|detta|det|allt|mina|vad|det jag skriver|this|it|my|what i write|everything))?$|\b${POLICE_WORD} (se|ser|lasa|laser|see|read|access) (det har|detta|det jag skriver|allt|mina (sms|meddelanden|svar)|this|what i write|my (texts|messages))\b`),
];
// The police and Tillit in one sentence, a question only when asked (POLICE_ASKED): "jobbar ni ihop med
// aina eller", "kan snuten ringa er och fråga om mig", "e detta kopplat till polisen".
const POLICE_AND_US = new RegExp(
  String.raw`^(?=.*\b${POLICE_WORD}\b)(?=.*\b(ni|er|du|dig|dej|tillit|personalen|you|u|ya|you guys|detta|det har|den har chatten|chatten|chat|this chat|these messages|my messages|this|vad jag (skriver|skrivit|skrev)|det jag (skriver|skrivit|skrev)|what i write|kopplat|connected|ihop med)\b)`,
);
// Reported oneself: "blir jag anmäld?", "will i get reported"
const REPORTED_MYSELF = /\b(blir|kommer) (jag|ja) (att )?(bli )?(anmald|polisanmald)\b|\b(will|would|could) i (get|be) reported\b/;
// Asked, for POLICE_AND_US: a question mark, a question word first, or "… eller" / "or nah".
const POLICE_ASKED = /^(kan|kommer|far|ar|e|ska|maste|har|jobbar|samarbetar|sager|berattar|ringer|snackar|gor|is|are|r|can|do|does|will|would|could|did|have|should)\b|\b(eller|or not|or nah|or what|gor ni det)$|\b(e|ar|is) (detta|det har|this|it|ni|you)\b/;
// Someone asking for help with the police is no question about Tillit: "polisen ringde, kan ni hjälpa mig?".
const WANTS_HELP = /\b(hjalp|hjalpa|help|helping)\b/;
const ASKS_HOW_TO_REPORT = /\b(ska jag|ska ja|kan jag|kan ja|borde jag|hur (gor|anmaler|polisanmaler) (man|jag)|should i|can i|how (do|can) i|how to)\b/;

function asksAboutPolice(text: string, said: string): boolean {
  if (REPORTED_MYSELF.test(said)) return true;
  if (ASKS_HOW_TO_REPORT.test(said)) return false;
  if (POLICE_ASKED_OF_US.some((re) => re.test(said))) return true;
  return POLICE_AND_US.test(said) && (text.includes("?") || POLICE_ASKED.test(said)) && !WANTS_HELP.test(said);
}

// Whether Tillit or its staff call the police, an ambulance or 112 now: "kommer ni ringa polisen nu??",
// "ska ni ringa 112?", "ringer ni polisen", "ni ringer väl inte polisen?", "are you gonna call the cops".
// A worry about what happens, not a call for help: asking us to call ("kan ni ringa polisen", "ring
// polisen!!", "can you call the police", "snälla ring") or a plea in the same breath ("hjälp") is not one.
const EMERGENCY = String.raw`(polisen|polis|snuten|snutarna|aina|112|ambulans|ambulansen|police|the police|cops|the cops|popo|911|an ambulance|ambulance)`;
const CALLING = String.raw`(ringa|ringer|ringt|kontakta|kontaktar|kontaktat|larma|larmar|larmat|skicka|skickar|skickat|tillkalla|call|calling|called|contact|contacting|send|sending|sent)`;
const WHETHER_WE_CALL = [
  // "kommer ni (att) ringa polisen", "ska ni ringa 112", "tänker du ringa polisen", "har ni ringt polisen"
  new RegExp(String.raw`\b(kommer|ska|skall|skulle|tanker|maste|behover|har) (ni|du|personalen|teamet|koordinatorn|nagon|nan|dom|de|tillit)( (att|val|inte|int|ju|nu|typ))* ${CALLING} ${EMERGENCY}\b`),
  // Verb first: "ringer ni polisen", "larmar du 112"; or stated and asked: "ni ringer väl inte polisen?"
  new RegExp(String.raw`\b(ringer|kontaktar|larmar|skickar) (ni|du|personalen|nagon|nan|dom|de)( (val|inte|int|ju|nu|typ))* ${EMERGENCY}\b|\b(ni|du) (ringer|kontaktar|larmar|skickar) (val|val inte|inte|ju|ju inte) ${EMERGENCY}\b`),
  // "will you call the police", "are you gonna call the cops", "r u calling 911", "did u call the police",
  // "you're not calling the cops right?"
  new RegExp(String.raw`\b(will|would|are|r|did|have|do|you re|youre|u re|ur|is (someone|anyone|somebody)|are (they|you guys))( (you|u|ya|they|you guys))?( (gonna|going to|not|not gonna|not going to|never))* ${CALLING} ${EMERGENCY}\b`),
  // The police coming: "kommer polisen hit nu?", "are the cops coming"
  new RegExp(String.raw`\b(kommer|skickas) ${EMERGENCY} (hit|hem|hem till mig|komma|att komma)\b|\b(are|is|r) ${EMERGENCY} (coming|on (their|the) way)\b`),
];
const PLEADS = /\b(kan|kunde|can|could) (ni|du|you|u) (snalla |please |pls )?(ringa|ring|call|kontakta|contact|larma)\b|\b(snalla|please|pls|plz|hjalp|help|asap|nu direkt|right now|skynda|hurry)\b|^(ring|call|larma|kontakta)\b/;

/**
 * A question whether we call the police, an ambulance or 112 (see WHETHER_WE_CALL), answered as the
 * police question. The safety screen leaves such a question unflagged on its own (ASKS_IF_WE_CALL in
 * bot/safety/lexicon/context.ts), and reads a plea beside it as a call for help.
 */
function asksWhetherWeCall(text: string): boolean {
  const said = fold(text);
  return WHETHER_WE_CALL.some((re) => re.test(said)) && !PLEADS.test(said);
}

// What reporting means, asked by someone the consent text's word is new to: "vad är anmäla?", "vad
// betyder orosanmälan", "what does report mean".
const REPORT_WORD = /\b(anmala|anmalan|anmaler|anmalt|anmal|orosanmalan|orosanmala|report|reporting)\b/;
const MEANING_ASKED = /\b(betyder|betyda|menas|menar|innebar|vad (ar|e) det|va (e|ar) det|vad e|vad ar|va e|what is|whats|what s|what does|mean|means|meaning|in english|pa engelska|pa latt svenska|ordet|the word|for nat|for nagot|for nagonting|vad ar en|vad e en)\b/;
// Not a report someone received ("vad är det för anmälan jag fick?", "jag fick ett brev om anmälan"),
// which the answer about staff telling soc would misread.
const REPORT_RECEIVED = /\b(fick|fatt|got|received|brev|brevet|letter|forsakringskassan|polisanmalan|polisanmalt)\b/;
const REPORTS_ONESELF = /\b(hur|how|var|where|kan jag|can i|ska jag)\b.*\b(anmaler|anmala|report) (jag|ja|man|i|mig)\b/;
function asksWhatReportingMeans(said: string): boolean {
  return REPORT_WORD.test(said) && MEANING_ASKED.test(said) && !REPORT_RECEIVED.test(said) && !REPORTS_ONESELF.test(said);
}

// Who one's coordinator is: "vem e min koordinator", "vad heter min coach", "who is my coordinator",
// "har jag nån kontaktperson?" (not "min coach sa att…", which is news; not a person at another place:
// "vem är min kontaktperson på soc?").
// "handläggare" too ("har jag nån egen handläggare här"), as young people call whoever handles them; one
// at soc, AF or Försäkringskassan is another place's (AT_ANOTHER_PLACE).
const STAFF_WORD = String.raw`(koordinator|koordinatorn|koordinatorer|coach|coachen|kontaktperson|kontaktpersonen|handledare|handledaren|handlaggare|handlaggaren|coordinator|youth worker|contact person|case worker|caseworker)`;
const MY_COORDINATOR = [
  // Without "my": "ok men vem e koordinator", "who's the coordinator".
  new RegExp(String.raw`\b(vem|who|whos|who s)( (e|ar|is|blir))? (${STAFF_WORD})\b`),
  // The name asked of "the" coordinator: "men vad heter koordinatorn då", "whats the coordinators name then" (session 22).
  new RegExp(String.raw`\b(vad|va) heter (${STAFF_WORD})\b|\b(whats|what s|what is|whos|who s) (the|my|your) (${STAFF_WORD})( s|s)? name\b`),
  new RegExp(
    String.raw`\b(vem|vilken|vilka|vad heter|va heter|who|whos|who s|what s the name of|whats the name of|what is the name of)\b.*\b(min|mitt|mina|my|the)( (egen|egna|own|nya|new))? (${STAFF_WORD}|kontakt|person)\b`,
  ),
  new RegExp(
    String.raw`\b(have i been (assigned|given)|har jag (blivit tilldelad|fatt))( (ens|redan|nu|already|even|fortfarande|still))*( (en|ett|nan|nagon|ngn|a|an|any|anyone|someone))?( (egen|own))?( (${STAFF_WORD}|person|anyone|someone))?( (an|yet|har|here|hos er|pa tillit|at tillit|eller|or))*$|` +
      String.raw`\b(har jag|ha jag|do i have|have i got)( (ens|fatt|redan|nu|already|even))*( (en|ett|nan|nagon|ngn|a|an|any))?( (egen|own))? ${STAFF_WORD}\b`,
  ),
  /^(?=.*\b(vem|who)\b)(?=.*\b(ansvarar for mig|ansvarig for mig|in charge of me|responsible for me|ska jag prata med har|ska jag prata med hos er|jag ska prata med har|am i supposed to talk to|im supposed to talk to|i m supposed to talk to)\b)/,
  // The name asked after: "glömt vad min handledare hos er heter, vem var det", "min person här vem är det".
  new RegExp(String.raw`\b(min|my)( (egen|own))? (${STAFF_WORD}|person|kontakt)( (hos er|har|here|pa tillit|at tillit))?\b.*\b(heter|vem|who|name)\b`),
  // Wondering aloud: "ba undrar om jag har en egen coach".
  new RegExp(String.raw`\b(undrar|wonder|wondering|fragar)\b.*\b(jag har|i have|i got)( (en|ett|nan|a|an))?( (egen|own))? ${STAFF_WORD}\b`),
  // "har jag nån egen person", "do i have my own contact": one's own, asked.
  new RegExp(String.raw`\b(har jag|ha jag|do i have|have i got)( (ens|redan|already|even))?( (en|ett|nan|nagon|ngn|a|an|any|my))? (egen|own) (person|kontakt|${STAFF_WORD})\b`),
  new RegExp(String.raw`\b(har ni|have you|did you)( (gett|gav|tilldelat|assigned|given|gett mig))( mig| me)? (en |nan |nagon |a |any )?(${STAFF_WORD}|kontakt|person|anyone)\b`),
  /\b(vilken av er|which of you|which one of you)\b.*\b(min|my)\b/,
  new RegExp(String.raw`\b(samma|same) (${STAFF_WORD})\b`),
];
// Asked though said without a question mark: who, which, "undrar", "… eller", or "har jag …" first
// ("har jag nån egen handläggare här": the verb first asks, in Swedish).
const COORDINATOR_ASKED = /\b(vem|vad heter|va heter|who|whos|who s|whats|what s|what is|vilken|which|undrar|wonder|eller|or)\b|^(har jag|ha jag|do i have|have i got)\b/;
// A call or a message asked for with it: "har jag en koordinator som kan ringa mig?" wants the call.
const ASKS_FOR_CONTACT = /\b(ringa|ringer|ring|call|kontakta|hora av (sig|dig)|hor av (sig|dig)|contact me|reach out|text me|prata med|talk to)\b(?! (har|here|hos er))/;
// Another place's staff: "min handledare på praktiken", "my contact person at social services".
const AT_ANOTHER_PLACE = /\b(pa|hos|at|from|fran|in) (praktik\w*|jobbet|jobb|work|skolan|school|soc\w*|af|arbetsformedlingen|social services|kommunen|bup|vc|vardcentralen|forsakringskassan|fk|csn|migrationsverket)\b/;

// Whether Tillit and its people go away, asked (texter17 #11): "försvinner ni då eller", "försvinner ni när jag får
// jobb", "släpper ni mig då", "do you guys disappear when i get a job", "will you drop me if i start working".
const DISAPPEARS = [
  new RegExp(String.raw`\b(forsvinner|forsvinna|forsvann|lamnar|slapper|slappa|dumpar|droppar|overger) (ni|du|teamet|tillit|dom|de|min ${STAFF_WORD}|${STAFF_WORD}|ni mig|du mig|ni oss)\b`),
  new RegExp(String.raw`\b(kommer|ska) (ni|du|teamet|tillit|min ${STAFF_WORD}) (att )?(forsvinna|slappa mig|lamna mig|dumpa mig|droppa mig|ga)( (da|sen|nar|om))\b`),
  /\b(do|will|would|does|are|r) (you|u|ya|you guys|u guys|yall|the team|tillit|my coordinator)( (all|just|then|like))* (disappear|vanish|go away|leave me|drop me|ditch me|dump me|stop helping|stop talking to me|be gone|gonna disappear|going to disappear|gonna leave|going to leave)\b/,
];
/** Whether Tillit and its people go away (after a job, school): asked, and answered no. */
export function asksIfGone(said: string): boolean {
  return DISAPPEARS.some((re) => re.test(said));
}

// Whether the contact stays theirs (texter16 #12): after a job, a break, STOPP. "får jag fortfarande prata med er
// om jag får jobb", "kan jag fortfarande skriva hit", "har jag kvar min koordinator", "e ni kvar", "do i still get
// to talk to kim", "can i still text you if i start working", "do i keep my coordinator". A name ("e maja kvar")
// is read where the coordinator's name is known (answer-question.ts, stillThereNamed).
const STILL_THEIRS = [
  /\b(far|kan|ska|maste|fa) (jag|man|vi) (fortfarande|anda|fortsatta|fortsatta att|fortsatt|anda fortsatta|forsatt) (prata|snacka|skriva|hora av mig|ha kontakt|traffa|ha|fa hjalp|fa prata|chatta|fa stod|hora)\b/,
  new RegExp(String.raw`\b(har (jag|man|vi) kvar|(far|kan) (jag|man|vi) (ha kvar|behalla)|behaller (jag|man|vi)|forlorar (jag|man|vi)|tappar (jag|man|vi)) (min |mitt |mina |er |era |en )?(${STAFF_WORD}|kontakt|kontakten|plats|platsen|er|tillit)\b`),
  new RegExp(String.raw`^(men |och |hej |hallo |ok |okej )*(e|ar|finns)( (min|mitt|er|era))? (ni|du|${STAFF_WORD}|teamet|tillit)( (fortfarande|still|anda))? kvar( (da|nu|hos er|pa tillit|for mig|eller|typ|lol|fortfarande|annu))*$`),
  /\b(do|can|will|would|could|may) (i|we) (still|stay|keep)( (get to|be able to|be allowed to|have|be))? (talk|speak|chat|text|write|message|have|see|meet|keep|contact|be in touch|get help)\b/,
  new RegExp(String.raw`\b(do|will|would|can) (i|we) (keep|lose) (my |our |the )?(${STAFF_WORD}|contact|access|you|u|tillit|place|spot)\b`),
  new RegExp(String.raw`\b(is|are) (my |the )?(\p{L}+) still (my|our|the) (${STAFF_WORD})\b`, "u"),
  ...DISAPPEARS,
];

/** Whether the contact stays theirs, asked (never told: "jag har kvar min koordinator" has no question in it). */
export function asksIfStillTheirs(text: string, said = fold(text)): boolean {
  return STILL_THEIRS.some((re) => re.test(said)) && (asks(text, said) || /^(far|kan|har|e|ar|finns|behaller|forlorar|tappar|do|can|will|would|could|may|is|are)\b/.test(said) || /\b(far|kan|har|behaller|forlorar) (jag|man|vi)\b/.test(said) || /^(forsvinner|lamnar|slapper|dumpar|kommer|ska)\b|\b(eller|elr)$/.test(said));
}

/** "e maja kvar", "is kim still there": the name asked about, when the message is only that. */
export function stillThereName(text: string): string | undefined {
  const said = fold(text);
  const m = /^(men |och |hej |hallo |ok |okej )*(e|ar|finns|is|are) (\p{L}+)( (fortfarande|still|anda))? (kvar|there|here|around)( (da|nu|fortfarande|annu|typ|lol|still|or what|eller))*$/u.exec(said);
  if (m) return m[3];
  // "har jag kvar kim om jag börjar jobba", "får jag behålla maja", "will i lose kim".
  return /\b(har (jag|man|vi) kvar|(far|kan) (jag|man|vi) (ha kvar|behalla)|behaller (jag|man|vi)|forlorar (jag|man|vi)|(do|will|would) (i|we) (keep|lose)) (?<who>\p{L}+)\b/u.exec(said)?.groups?.who;
}

// Who is behind the service, asked (fix22a): the municipality ("e ni från kommunen?", "are you from the kommun"), the
// team ("men vem är teamet", "who is my team? i dont have a team lol", "vilket team"), or who sent the SMS they got
// ("vem e detta? fick ett sms", "who is this, i got a text"). "vem i teamet läser" is who reads; "vem e min koordinator"
// the coordinator.
const MUNICIPALITY = /\b(kommunen|kommun|kommunens|municipality|the municipality|council|the council|the kommun)\b/;
const WHO_WE_ARE = [
  new RegExp(String.raw`^((men|och|ok|okej|so|but|wait|hej|tja|hi|hey) )*(ar|e|is|are|r|jobbar|kommer) (ni|du|detta|det har|det|de|dom|this|you|u|it|you guys|ya|tillit)( (alltsa|typ|verkligen|really|actually|like))? (fran|ifran|pa|hos|at|from|with|part of|run by|in)( (the|en))? ${MUNICIPALITY.source}`),
  /^((men|och|ok|okej|so|but|wait) )*(ar|e|is) (detta|det har|this|it)( (alltsa|typ|really|actually|like))? (the )?(kommunen|municipality|the municipality|the council|the kommun)\b/,
  /\b(vem|vilka|vilket|who|whos|who s|what|which)( (ar|e|is|are|s|var|was))? (mitt |ert |vart |ditt |the |my |your |this |our )?(team|teamet)\b(?! (som )?(laser|ser|reads|sees|can see|can read))/,
  /\b(vem|vilka|who|whos|who s)( (ar|e|is|are|s|var|was))? (detta|det har|det|ni|du|this|it|you|u)\b.*\b(fick|fatt|got|received|smsade|sms ade|messade|texted|skrev till mig|wrote to me|texted me|messaged me)\b.*\b(sms|sms et|smset|meddelande|text|message|mig|me)\b/,
];

// Whether the contact stays if they say no to the consent: "kan jag prata med er ändå om jag säger nej", "can i still
// talk to you if i say no" (session 23, full01: it met only the consent question again). What a no does is onboarding's.
const SAYS_NO = /\b(om (jag|man) (sager|svarar|sa|valjer|skriver) nej|(fast|aven om|trots att) (jag|man) (sager|sa|sagt|svarar|svarat) nej|utan att (saga|svara) ja|om (jag|man) inte (sager|svarar|vill saga) ja|if i (say|said|answer|pick|choose) no|(even if|even though) i (say|said) no|without saying yes|if i (dont|don t|do not) (say yes|agree))\b/;
const KEEPS_CONTACT = /\b(prata|snacka|skriva|skriv|hora av mig|ha kontakt|chatta|messa|smsa|fa hjalp|fa svar|na er|na teamet|talk|speak|write|text|chat|message|reach|contact|get help|hear from)\b/;

function asksIfTalkAfterNo(text: string, said: string): boolean {
  return SAYS_NO.test(said) && KEEPS_CONTACT.test(said) && (asks(text, said) || /^(kan|far|gar|funkar|can|could|may|do|will|would)\b/.test(said));
}

// "vem e teamledaren", "who is the team lead": the one who leads the team, asked about (before "who is the team").
const TEAM_LEAD = /\b(vem|vilka|vad heter|who|whos|who s|whats the name of)\b.*\b(teamledare|teamledaren|teamledarn|teamledarna|er chef|chefen for (teamet|er)|team ?lead|team ?leader|the team s (lead|leader|boss)|your boss)\b/;

function asksWhoWeAre(text: string, said: string): boolean {
  return WHO_WE_ARE.some((re) => re.test(said)) && (asks(text, said) || /^(vem|vilka|vilket|who|whos|which|what|men vem|och vem)\b/.test(said));
}

// A caseworker ("handläggare", at soc, AF or Försäkringskassan) seeing or getting this: "is this going to my handläggare??",
// "kan min handläggare se det här", "does my caseworker see this" (fix22a: it met "förstår inte allt").
const CASEWORKER = /\b(handlaggare|handlaggaren|handlaggarna|case ?workers?|case ?worker s)\b/;
const REACHES = /\b(se|ser|lasa|laser|veta|skicka|skickar|skickas|gar|hamnar|delar|delas|berattar|tillgang|see|sees|read|reads|know|knows|tell|told|send|sent|sending|going|goes|go|share|shared|access|forwarded)\b/;

function asksAboutCaseworker(text: string, said: string): boolean {
  // One at soc or AF named ("kan handläggaren på soc se…"): that agency's own answer.
  if (SOCIAL.test(said) || EMPLOYMENT.test(said)) return false;
  return CASEWORKER.test(said) && REACHES.test(said) && asks(text, said, CASEWORKER);
}

// When the next meeting is: "när är mitt nästa möte", "när ses vi?", "whens my appointment", "har vi
// möte idag?". Not another agency's or a doctor's meeting, which Tillit knows nothing about, and not
// "when i meet new people…" or "när vi ses nästa gång vill jag…", which only mention meeting.
// As a noun only ("när jag träffar nya människor" is a verb); with "träffar", the plural, where meetings are changed.
const MEETING_NOUN = String.raw`(mote|motet|moten|motena|traff|traffen|meeting|meetings|appointment|appt)`;
const MEETING_WORD = String.raw`(${MEETING_NOUN}|traffar)`;
const NEXT_MEETING = [
  // Only small words between the asking and the meeting: "när är mitt nästa möte", not "när jag vaknade var mötet…".
  new RegExp(String.raw`\b(nar|when|whens|vilken dag|vilken tid|hur dags|what time|what day)( (ar|e|blir|ska|skulle|har|var|is|s|was|will|do|does|are|am|r|shall|borjar|starts))?( (jag|ja|i|vi|we|det|de|the|mitt|vart|min|my|our|nasta|next|new|nya))* ${MEETING_NOUN}\b`),
  // Meeting as a verb, with "we" and at the end: "när ses vi", "när ska vi träffas", "what time do we meet".
  /\b(nar|when|whens|vilken dag|vilken tid|hur dags|what time|what day)( (ska|skulle|kan|do|will|are|shall|should|can))? (ses vi|vi ses|traffas vi|vi traffas|moter vi|vi moter|we meet|we meeting|are we meeting)( (nu|igen|nasta gang|next|again|then|da))?$/,
  // Where: "va ska vi ses nästa gång", "where are we meeting next time".
  /\b(var|va|vad|vart|where)( (ska|skulle|are|do|will))? (vi|we) (ses|traffas|meet|meeting)\b/,
  // The verb first, as said: "var ses vi?", "vart träffas vi", "va möts vi" (a tester's got "förstår inte allt").
  /^(var|va|vart) (ses|traffas|mots|moter) vi\b/,
  // Was it: "var det på torsdag vi skulle träffas eller", "skulle vi ha ett möte snart?"
  /\bvi (skulle|ska) (ses|traffas|ha (ett |nat |nagot )?(mote|traff))\b|\b(skulle|ska|har) vi (ha )?(ett |nat |nagot )?(mote|traff)\b|\b(were|are) we (supposed to )?meet(ing)?\b/,
  new RegExp(String.raw`\b(har jag|ha jag|har vi|ha vi|do i have|do we have|have i got|is there|ar det|e det)( (nat|nagot|ngt|nan|ett|a|an|any|my|our))?( (nytt|new|next))? (${MEETING_NOUN}|tid (bokad|inbokad|hos|med er)|inbokat|bokat)\b|\b(har jag|ha jag|har vi) (nan|nagon|ngn) tid (bokad|inbokad|hos|med)\b`),
  // The meeting that is ours, asked when: "e mitt möte idag eller imorn", "jag har glömt tiden för vårt möte, när e det".
  new RegExp(String.raw`\b(mitt|vart|my|our)( (nasta|next))? ${MEETING_NOUN}\b.*\b(nar|vilken tid|vilken dag|when|what time|idag|imorgon|imorn|today|tomorrow|nasta gang|next time)\b|\b(nar|vilken tid|when|what time)\b.*\b(mitt|vart|my|our) ${MEETING_NOUN}\b`),
  // Coming in to see them: "när skulle jag komma in till er nästa gång", "när jag träffa er nästa gång".
  /\b(nar|when)\b.*\b(komma (in )?till (er|kontoret)|come (in|to you|to the office)|traffa (er|dig|dej)|see (you|u) (next|again))\b/,
  // A day checked back: "så vi ses på torsdag då?", "we're meeting on thursday then?" (a tester's Malin, after agreeing with
  // her coordinator; asked, as the rest: "vi ses på torsdag!" says it rather than asks).
  /\b(vi ses|vi traffas|we meet|we re meeting|were meeting|we are meeting)( (fortfarande|anda|alltsa|still))? (pa |den |pa den |on )?(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|imorn|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b/,
  /^(ses vi|traffas vi|moter vi|ar vi ses|are we meeting|do we meet|are we still meeting)\b|^(var|vart|where) (ar|e|is) (motet|traffen|the meeting)\b|^(mitt |vart |my |our )?(nasta|next) (mote|traff|meeting|appointment)$/,
];
// Asked though said without a question mark: a when or where in it, "… eller", or begun like a question
// ("när är…", "whens…", "hur dags"). NEXT_MEETING's own shapes keep "när jag vaknade var mötet…" out.
const MEETING_ASKED = /\b(nar|when|whens|vilken tid|vilken dag|hur dags|what time|what day|eller|or)\b|^(va|var|vart|har jag|har vi|do i|do we|is there|ar det|e det)\b/;
const OTHER_PLACE = /\b(lakare\w*|lakaren|tandlakare\w*|skola|skolan|psykolog\w*|kurator\w*|bup|vc|vardcentral\w*|sjukhus\w*|tandlak\w*|doctor|dentist|school|gp|therapist|psych\w*|nurse|skoterska\w*|domstol\w*|rattegang\w*|court|interview|intervju\w*|jobbintervju\w*|praktik\w*|jobbet|work)\b/;

// Whether answering is a must: "måste jag svara (på allt)?", "e de tvunget", "vad händer om jag inte
// svarar", "do i have to answer", "is this mandatory". Answering Tillit, not someone else: "måste jag
// svara mamma?", "måste jag svara på mejlet från skolan", "du måste svara snabbare" ask nothing of it.
const ANSWERING = String.raw`(svara|svarar|answer|reply|respond)`;
// What may follow: nothing, all of it, Tillit ("dig", "er", "det här"), and small words.
const ANSWERED_ALL = String.raw`( (pa|till|to|on|all of|any of)( (allt|alla|fragorna|fragor|dig|dej|er|det|detta|det har|dina|era|sms|smsen|meddelandena|meddelanden|all|everything|this|these|them|you|u|it|the questions|your|every|each|of))+)?`;
const ANSWER_FILLER = String.raw`( (du|ni|you|u) (skickar|skriver|fragar|send|write|ask))?( (nu|direkt|idag|eller|or|or what|or nah|typ|assa|lol|da|then|now|rn|right away|snabbt|alltid|always|varje gang|every time|hela tiden|verkligen|ens|liksom|haha|or not|egentligen|actually|really))*`;
const MUST_ANSWER = [
  new RegExp(String.raw`\b(maste|behover) (jag|ja|man|vi)( (verkligen|ens|typ|alltid|egentligen))? ${ANSWERING}${ANSWERED_ALL}${ANSWER_FILLER}$`),
  new RegExp(String.raw`\b(ar|e) (jag|ja|man|vi) (tvungen|tvungna|tvingad|skyldig|skyldiga) (att |a )?${ANSWERING}${ANSWERED_ALL}${ANSWER_FILLER}$`),
  // Asked as whether it is all right not to: "is it ok if i dont answer", "e de lugnt om ja inte svarar".
  new RegExp(String.raw`\b(is it|is that|s it|would it be|ar det|e det|ar de|e de)( (ok|okay|fine|alright|cool|okej|lugnt|chill|nan fara|nagon fara)) (if|om) (i|jag|ja|man) (dont|don t|do not|never|just dont|cant|can t|inte|int|aldrig|skiter i att|struntar i att) ${ANSWERING}${ANSWERED_ALL}${ANSWER_FILLER}$`),
  // "e de tvunget (att svara)", "är det obligatoriskt?", "e detta frivilligt"
  new RegExp(String.raw`^(assa |men |ok |okej |sa )?(ar|e) (det|de|detta|det har|allt det har|du|ni|tillit|det har med tillit) (tvunget|tvang|ett tvang|obligatoriskt|obligatorisk|frivilligt|frivillig|ett maste|ett krav|krav)( att (svara|vara med|gora det har))?${ANSWER_FILLER}$`),
  new RegExp(String.raw`\b(vad hander|va hander|what happens|what if)( om| if)? (jag|ja|man|i) (inte|int|ej|dont|don t|do not|never|aldrig|slutar|stop|stopped) (svarar|svara|answer|answering|reply|replying|respond)${ANSWERED_ALL}${ANSWER_FILLER}$`),
  /\b(kan|far|can|may) (jag|ja|man|i) (strunta i|skita i|lata bli|not|just not|ignore|skip|skippa|hoppa over)( att)? (svara|answer|reply|respond|fragorna|the questions|these|det har|detta)\b/,
  new RegExp(String.raw`\b(do|must|need|have) (i|we)( (really|even|actually))? (have to |need to |got to |gotta )?(answer|reply|respond)${ANSWERED_ALL}${ANSWER_FILLER}$|\bdo i (have to|need to|gotta) (do this|answer these)\b`),
  /^(so |ok |okay |but )?(is|s) (this|it|that|answering)( (chat|thing|app|program|service))? (mandatory|compulsory|required|obligatory|voluntary|optional)( (or|or not|or what|lol|tho))*$/,
];

// Money: "får jag mindre pengar om jag inte svarar", "påverkar det min ersättning/CSN/försörjningsstöd",
// "will i lose my benefits". A person decides about money, never Tillit; the answer says so and who to
// ask. News about money ("fick mindre pengar från csn denna månad") is not asked.
const MONEY = /\b(pengar|pengarna|para|ersattning\w*|aktivitetsersattning\w*|aktivitetsstod\w*|utvecklingsersattning\w*|etableringsersattning\w*|studiebidrag\w*|studiemedel\w*|studielan\w*|csn|forsorjningsstod\w*|ekonomiskt bistand|bistand\w*|bidrag\w*|socialbidrag\w*|a kassa\w*|akassa\w*|sjukersattning\w*|bostadsbidrag\w*|money|benefit|benefits|allowance|welfare|payment|payments|student aid|student loan|social assistance|unemployment)\b/;
const MONEY_CHANGES = /\b(paverka\w*|mindre|farre|dras|drar|dra|forlora\w*|mista|mister|tappa\w*|stanga\w*|stopp\w*|minska\w*|sanka\w*|sanks|bli av med|blir av med|ta bort|tar bort|tas bort|indrag\w*|behalla|affect\w*|less|lose|losing|lost|cut|cuts|stop|stopped|reduce\w*|take away|taken away|keep|(nat|nagot|ngt|nagonting|nanting) med|kopplat|kopplad|to do with|connected|linked|tied)\b/;
const MONEY_ASKED = /^(far|kommer|blir|paverkar|paverkas|forlorar|kan|ar|e|har|drar|dras|tappar|mister|minskar|sanks|will|would|does|do|did|can|could|is|am|if|om|has|how)\b|\bom (jag|ja|man)\b|\bif i\b|\beller$/;
// Money asked about as following from taking part: "får jag försörjningsstöd om jag e med i detta".
// ("kan man få försörjningsstöd om man e föräldraledig" is a life situation, asked as a practical question.)
const MONEY_BY_TAKING_PART = /\bom (jag|ja|man) ((ar|e|blir) (med|har|i detta|i det har|pa det har)|(deltar|fortsatter|svarar)( med| har| i detta| i det har| pa det har)?)\b|\bif i (join|take part|sign up|am in|m in|stay in|keep answering)\b|\b(for|by) (being in|taking part|joining)\b/;
// The agencies that decide about money, asked whether they see this: "kan försäkringskassan se det här".
const MONEY_AGENCY = /\b(forsakringskassan|forsakringskassa|fk|csn)\b/;

// School, asked whether it sees or is told: "kan skolan se det här?", "kan min lärare läsa detta", "can
// my teachers read this". Not help with school ("kan ni hjälpa mig med skolan?"), nor news of it.
const SCHOOL = /\b(skola|skolan|skolans|skolor|gymnasiet|gymnasieskolan|komvux|larare|lararen|lararn|lararna|mentor|mentorn|rektor|rektorn|rektorer|kurator|kuratorn|syv|studievagledare\w*|elevhalsan|skolskoterska\w*|school|schools|teacher|teachers|principal|headteacher|head teacher)\b/;
// "vet du om …", "do you know if …": what Tillit knows asked, which says nothing of anyone seeing this.
const TILLIT_KNOWS = /\b(vet|know) (du|ni|you|u)( (om|if|whether|hur|how|var|where|vad|what|nar|when|nat|nagot|anything))?\b/g;
const SEES_OR_TOLD = /\b(se|ser|lasa|laser|veta|vet|far veta|fa veta|skicka|skickar|skickas|beratta|berattar|tillgang|komma at|kommer at|see|sees|read|reads|know|knows|find out|send|sends|tell|tells|access)\b/;

// Anyone else reading, named or not: "kan mina kompisar se det här?", "kan nån annan se detta", "can
// anyone else see this" (the parties asked about by name come first). Not "kan jag se…", nor "kan du…".
const OTHERS_READ = /^(assa |men |ok |okej |so |but |wait |vanta )?(kan|far|kommer|ser|laser|can|could|will|do|does)( (nagon|nan|ngn|nagra|andra|folk|alla|mina|min|mitt|my|anyone|anybody|someone|somebody|others|other|people|everyone|everybody|random))+( (annan|annat|andra|else|kompis|kompisar|kompisarna|polare|polarna|vanner|pojkvan|flickvan|kille|tjej|partner|friends|friend|boyfriend|girlfriend|bf|gf|syskon|bror|brorsa|syster|syrra|siblings|brother|sister|people|folk))* (se|lasa|fa se|fa veta|ser|laser|see|read|find out|know)( (det|detta|det har|det jag skriver|vad jag skriver|mina|this|it|what i write|my))?\b/;

// Dealing, told about oneself: "jag langar", "jag säljer grönt", "i sell weed", "im dealing rn". Said to
// test whether Tillit can be trusted, as a question back is; answered from the locale files like one.
// Not someone else ("min kompis langar"), passing the salt ("kan du langa saltet"), or selling other things.
const DRUG = String.raw`(gront|gras|weed|ganja|braj|brajj|hasch|hash|maja|marijuana|cannabis|knark|droger|drogerna|drugs|narkotika|kokain|kola|koks|coke|tjack|amfetamin|piller|pills|xanor|xanax|tramadol|oxy|ketamin|ket|mdma|ecstasy|molly|lsd|bud|zaza|kush|pot|nosh)`;
// "om jag berättar nåt lovar du att inte säga till nån?", "kan du hålla det hemligt", "will you keep it a
// secret": asked before telling something, often by someone about to disclose harm. It gets an honest
// answer (not a promise of secrecy nobody can keep), never a scripted question.
const SECRECY = [
  // "lova att inte säga nåt", "promise you wont tell", "om jag berättar nåt, lova att…" (not "han fick mig att lova…", a disclosure).
  /^(om jag (berattar|sager) (nat|nagot|en sak|det)( \w+)? )?(men |ok |snalla |pls |please )?(lova|promise|swear)( me| mig| mej)?( att| to| that)?( you| u)? (inte|int|ej|not|never|wont|won t|aldrig|not to|dont|don t) (saga|sager|beratta|berattar|tell|say|snacka|skvallra|go tell)\b/,
  /\b(lovar|lova|promise|swear) (du|ni|you|u)( me| mig| mej)?( att| to| that)? (inte|int|ej|not|never|wont|won t|aldrig|not to|dont|don t) (saga|sager|beratta|berattar|tell|say|snacka|skvallra|go tell)\b/,
  /\b(kan|will|would|can|could|do) (du|ni|you|u) (lova|promise|swear)( me| mig| mej)?( att| to| that)? (inte|int|ej|not|never|wont|won t|aldrig|not to|dont|don t) (saga|sager|beratta|berattar|tell|say|snacka|skvallra|go tell)\b/,
  /\b(kan|could|can|will|would) (du|ni|you|u) (halla|hall|keep) (det|detta|det har|this|it|nat|nagot|en sak|a secret)?( har)? ?(hemligt|hemlis|secret|between us|mellan oss|for dig sjalv|to yourself)\b/,
  /\b(stannar|stays) (det|detta|det har|this|it|de) (mellan oss|between us|har inne|hemligt)\b/,
  // "ingen kmr få veta va? 🙏", "nobody will find out right": asked, hoping (it was skipped for the consent).
  /^(men |sa |och |okej |ok |but |so )?(ingen|ingen annan|nagon annan|nobody|no one|noone|nobody else|no one else)( (annan|else))? (kommer|kmr|ska|far|will|is gonna|gonna|is going to)( (att|to))? (fa veta|fa reda pa|veta|se|lasa|know|find out|see|hear)( (det|detta|nat|om det|om detta|om mig|it|this|about it|about this))?( (va|eller|elr|right|yeah|ju|hoppas jag|or|eller hur))*$/,
  // A plea not to tell, with whom named: "snälla säg inget till soc", "säg inte till mamma", "dont tell my mom"
  // (a disclosure often comes with it; the honest answer says what can and cannot be kept).
  // Written or called, too: "skriv inte till soc", "ring inte soc", "kontakta inte mamma" (a seventeen-year-old's
  // plea in a crisis met "Du är inte ensam med det här", the question she feared most unanswered).
  /^(men |och |snalla |pls |please |o )*(skriv|skriva|skicka|ring|ringa|kontakta|anmal|anmala|maila|mejla)( (inget|inte|int|ej|ingenting|nat))+( (till|for|om mig till|om det till))? (soc|socen|socialen|socialtjansten|mamma|pappa|morsan|farsan|mina foraldrar|foraldrarna|skolan|polisen)\b/,
  /^(men |och |snalla |pls |please )*(dont|don t|do not) (write to|text|call|contact|report (me |this |it )?to) (soc|social services|my (mom|mum|dad|parents)|the police|school)\b/,
  /^(men |och |snalla |pls |please |o )*(sag|beratta|skvallra|tell|say)( (inget|inte|int|ej|ingenting|nat|nothing|anything))+ (till|for|to) (soc|socen|socialen|socialtjansten|mamma|pappa|morsan|farsan|mina foraldrar|foraldrarna|nan|nagon|nagon annan|nan annan|skolan|polisen|anyone|anybody|my (mom|mum|dad|parents)|social services|the police)\b/,
  /^(men |och |snalla |pls |please )*(dont|don t|do not) (tell|say anything to) (anyone|anybody|soc|social services|my (mom|mum|dad|parents)|the police)\b/,
  // The plea in a texter's shorthand, verb in the infinitive: "inte säga till soc!!!", "inte säga någon",
  // "int berätta för mamma"; and without a party, as the whole message: "snälla säg inget", "please dont tell".
  /^(men |och |snalla |pls |please |o )*(inte|int|ej) (saga|beratta|skvallra)( (det|detta|nat|nagot))?( (till|for))? (soc|socen|socialen|socialtjansten|mamma|pappa|morsan|farsan|mina foraldrar|foraldrarna|nan|nagon|ngn|nagon annan|nan annan|nagon alls|skolan|polisen)\b/,
  /^(men |och |snalla |pls |please |o )*(sag|beratta|skvallra) (inget|inte|int|ingenting|nat)( (till nagon|till nan|till ngn|om det|om detta|till nan annan))?( (snalla|pls|please|tack))*$/,
  /^(pls |please )*(dont|don t|do not) tell( (anyone|anybody|them|someone|any1))?( (pls|please))*$/,
  // Verb first asks: "säger ni det vidare?" ("ni säger det vidare" is told).
  /\b(sager|berattar|for|skvallrar) (ni|du) (det |detta |det har )?(vidare|till nagon|till nan|till ngn|till andra)\b|\b(will|would|do) (you|u) (tell|report) (anyone|someone|anybody|on me)\b/,
];

/** A plea not to tell, or whether it stays secret, in folded text (dialogs/shared/secrecy-answer.ts reads it for the core). */
export function pleadsSecrecy(said: string): boolean {
  return SECRECY.some((re) => re.test(said));
}

// Whether one may tell something against the law, asked before telling it: "vad händer om jag säger nåt olagligt",
// "kan jag berätta om jag gjort nåt olagligt", "what if i tell you something illegal" (a seventeen-year-old's test,
// named in tone.md; it met "förstår inte allt"). Answered as whether the police hear of it.
const ILLEGAL = String.raw`(olagligt|olagliga|olagligheter|brott|kriminellt|illegal|illegally|a crime|crimes|against the law)`;
const TELLS_ILLEGAL = [
  new RegExp(String.raw`\b(vad hander|va hander|what happens|what if|vad gor ni|what do you do)( om| if)? (jag|ja|man|i) (sager|berattar|skriver|erkanner|har gjort|gjort|gor|tell|say|write|admit|did|do|have done|ve done)( (er|dig|dej|you|u|nat|nagot|ngt|nanting|something|anything|om|about|typ|like))* ${ILLEGAL}\b`),
  new RegExp(String.raw`\b(kan|far|kan man|far man|can|may) (jag|ja|man|i) (beratta|saga|skriva|erkanna|tell|say|admit)( (er|dig|dej|you|u))?( (om|about))?( (nat|nagot|ngt|something|anything|att jag))*( (har gjort|gjort|did|done))? ${ILLEGAL}\b`),
  new RegExp(String.raw`\b(om|if) (jag|ja|i) (sager|berattar|skriver|tell|say|write)( (er|dig|dej|you|u))? (nat|nagot|ngt|nanting|something|anything) ${ILLEGAL}\b.*\b(anmal\w*|polis\w*|report\w*|police|cops|soc)\b`),
];

// Using drugs, said as what if ("typ om jag röker på ibland", "om jag tar droger", "what if i smoke weed"): the
// same trust test, in the shape of the answer they want to hear before telling (met "Jag hänger inte riktigt med").
const USE_DRUG = String.raw`(roker pa|rokt pa|roka pa|roker gras|roker gront|roker weed|roker braj|roker hasch|tar (droger|knark|piller|tjack|kokain|koks|molly|mdma|ecstasy)|knarkar|smoke weed|smoke pot|smoke|do drugs|take drugs|use drugs)`;
const USES_IF = new RegExp(String.raw`^((typ|like|men|but|alltsa|assa|och|and|eller|or) )*(om|if|what if|vad hander om|va hander om) (jag|ja|i) (har |brukar |typ |ibland |sometimes |have )?${USE_DRUG}\b`);

// Whether parents must approve of this (a fifteen-year-old at the consent: "jag e 15 måste mina föräldrar
// godkänna detta", "behöver jag min mammas tillstånd", "do my parents have to sign"). It met the consent's retry line.
const APPROVE = String.raw`(saga ja|sager ja|ge lov|ger lov|ga med pa|say yes|godkanna|godkanner|godkant|godkannande|tillstand|ok a|okeja|skriva pa|skriver pa|samtycka|samtycke|veta om|fa veta|approve|agree|sign|consent|permission|allow)`;
const PARENTS_APPROVE = [
  new RegExp(String.raw`\b(maste|behover|ska|bor|need|have to|has to|must|do|does|should)( (mina|min|mitt|my))? (foraldrar|foraldrarna|foralder|mamma|pappa|morsan|farsan|vardnadshavare|parents|parent|mom|mum|dad|guardian)( (ocksa|also|typ|verkligen|really|even|have to|need to|must|got to|gotta))* (att |to |)?${APPROVE}\b`),
  new RegExp(String.raw`\b(maste|behover|need|do i need|have to)( (jag|ja|man|i))?( (ha|fa|get|have))? (mina |min |mitt |my )?(foraldrars|foraldrar|foraldrarnas|mammas|pappas|vardnadshavares|parents|parent s|mom s|moms|dad s|dads|parental|guardian s|guardians)( (ok|okej|ja))? (${APPROVE}|lov|underskrift|signature)\b`),
  new RegExp(String.raw`\b(far|kan|may|can) (jag|ja|i) (vara med|va med|anvanda (detta|det har|tillit)|join|use this|say yes|saga ja|svara ja) (utan|without) (att )?(mina |min |my )?(foraldrar\w*|mamma|pappa|vardnadshavare|parents?|mom|mum|dad|guardian)\b`),
];

// Who wrote a message just now, asked after a coordinator wrote and handed back: "va det du som skrev eller roboten",
// "var det maja eller boten", "hur vet jag att det e du", "was that you or the bot" (it met "förstår inte allt").
// "var det en riktig människa nyss", "wait was that a real person", "was it actually a human" (texter17 #7: it met
// "Självklart, jag säger till teamet", read as asking for a person). In the past only: "är det en människa som svarar" is is-bot.
const WAS_A_PERSON = /\b(va|var|vart|was|were)( (det|de|that|it|this|du|dig|dej|you|u|those|these|dom))( (verkligen|pa riktigt|really|actually|even|just|typ|like))* (en |ett |a |an )?((riktig|riktiga|verklig|verkliga|akta|real|actual|live|living|human) )?(manniska|manniskor|manska|person|people|human|humans|kille|tjej|guy|girl|lady|man)\b/;

/** "var det en riktig människa nyss", "was that a real person": asked of what was just written (a yes or a no). */
export function asksWasPerson(said: string): boolean {
  return WAS_A_PERSON.test(said);
}

// Whether someone from the team who wrote is a real person, asked by their name after a hand-back: "e kim en riktig
// person", "finns kim på riktigt", "kim e väl en bot?", "is kim a real person", "is kim even real" (texter18 #7: it met
// "Självklart, jag säger till Kim", read as asking for a person). The name is read here; answer-question.ts says yes
// when it is the coordinator's or the last writer's. Not a pronoun, nor Tillit itself ("e du en riktig person" is is-bot).
const NOT_A_NAME = /^(du|u|you|ya|ni|det|de|detta|this|it|that|han|hon|hen|he|she|they|dom|dem|jag|ja|i|me|mig|mej|tillit|boten|botten|roboten|bot|chatten|den|dig|dej|er|him|her|them|we|vi|nan|nagon|ngn|someone|somebody|anyone|alla|everyone|everybody|allt|allihop|nagot|nat|something|svaret|the|a|an|en|ett|min|mitt|my|your|ur|din|ditt)$/;
const REAL_OR_BOT = String.raw`(pa riktigt|pa riktigt eller|for real|real|verklig|akta|human|a real one|en riktig (person|manniska|manska|en)|en (person|manniska|manska|bot|robot|ai|dator|maskin|datorprogram)|ett (program|datorprogram)|a (real |actual |live )?(person|human|bot|robot|program|computer)|an (ai|actual (person|human)|actual)|bot|robot|ai)`;
const STAFF_REAL = [
  new RegExp(String.raw`^((men|assa|alltsa|wait|so|but|ok|okej|hmm|typ|btw|vanta|och|and) )*(ar|e|is|r) (\p{L}+)( (ens|verkligen|typ|even|really|actually|like|ocksa|also|seriously))* ${REAL_OR_BOT}( (eller|elr|or|lol|haha|da|then|tho|va|right|ens|even|pa riktigt|eller (bot|en bot|ai|inte)|or (a bot|not|ai)|person|manniska))*$`, "u"),
  /^((men|assa|alltsa|wait|so|but|ok|okej|hmm|typ|btw|vanta|och|and) )*(finns|exists?|does) (\p{L}+)( (ens|verkligen|typ|even|really|actually|like))*( (pa riktigt|for real|irl|exist|exists))?( (eller|elr|or|lol|haha|da|then|tho|va|right|ens|even|or not|eller inte))*$/u,
  // Said name first, it asks only with a question mark or a "väl", "eller", "right" ("livet e på riktigt" is no question).
  new RegExp(String.raw`^((men|assa|alltsa|wait|so|but|ok|okej|hmm|typ|btw|vanta|och|and) )*(\p{L}+) (ar|e|is|s)( (val|ju|typ|ocksa|also|just|bara|really|actually|even|like|nog|kanske|maybe))* (en |ett |a |an )?((riktig|real|actual|verklig|akta) )?(person|manniska|manska|bot|robot|ai|program|datorprogram|human)( (va|eller|elr|right|or|lol|haha|too|ocksa|or not|eller inte|or what|eller vad|tho))*$`, "u"),
];
const HEDGED = /\b(val|eller|elr|right|or)\b/;

/** The name in "e kim en riktig person", "is kim a bot?", folded, or undefined (answer-question.ts resolves it). */
export function staffAskedIfReal(said: string, text = ""): string | undefined {
  for (const re of STAFF_REAL) {
    if (re === STAFF_REAL[2] && !text.includes("?") && !HEDGED.test(said)) continue;
    const m = re.exec(said);
    // The name is the group after the verb (the first two forms) or the first word after the fillers.
    const name = m?.slice(1).find((g, i) => g !== undefined && i > 0 && /^\p{L}+$/u.test(g) && !/^(ar|e|is|r|s|finns|exists?|does|ens|verkligen|typ|even|really|actually|like|ocksa|also|seriously|val|ju|just|bara|nog|kanske|maybe)$/.test(g));
    if (name && !NOT_A_NAME.test(name)) {
      // "finns kim": only with what asks whether they are real ("finns kim kvar" is still-mine, "finns det" is no name).
      if (re === STAFF_REAL[1] && !/\b(pa riktigt|for real|irl|exist|exists|ens|even|verkligen|really)\b/.test(said)) return undefined;
      return name;
    }
  }
  return undefined;
}

const WHO_WROTE = [
  /\b(va|var|vart|ar|e|is|was|were) (det|de|that|it|this) (du|dig|dej|ni|you|u|en manniska|a human|a person|maja|kim|\p{L}+) (som (skrev|skriver|svarade|svarar)|who (wrote|writes|answered|replied)|writing|eller (en |the )?(robot|roboten|bot|botten|boten|ai|dator|datorn|programmet|maskin)|or (the |a )?(robot|bot|ai|computer|machine))\b/u,
  /\b(va|var|vart|was|were) (det|de|that|it) (roboten|boten|botten|ai|datorn|programmet|the bot|a bot|the robot) (som (skrev|skriver|svarade)|who (wrote|answered)|eller|or)\b/,
  /\b(vem|who) (skrev|skrev det|skrev det dar|svarade|wrote|wrote that|answered|replied)( (nyss|forut|innan|just nu|just|before|earlier|that|det|det dar|mig))*$/,
  WAS_A_PERSON,
  /\bhur (vet|ska) (jag|ja|man) (veta )?(att |om )?(det )?(e|ar|var|va) (du|dig|dej|ni|en manniska|hon|han|hen)( pa riktigt| som skriver| pa andra sidan)?$|\bhow (do|can|would) i know (its|it s|it is|that s|thats|if its|if it s|that it s|that its) (you|u|a human|a person|real|really you)\b/u,
];

// Whether this chat is private or secret, asked: "is this chat private?", "är chatten privat", "är det här hemligt",
// "e detta anonymt", "is it confidential". (A plea not to tell is SECRECY; this asks how it is.)
const PRIVATE = [
  /\b(ar|e|is|r)( (den har|det har|detta|det|de|chatten|chatt|this|it|this chat|the chat|this conversation|our chat|vart samtal|samtalet|allt|everything|what i write|det jag skriver))+( (verkligen|ens|typ|helt|really|even|actually|totally|100%|100))* (privat|privata|privat chatt|hemligt|hemlig|konfidentiellt|konfidentiell|anonymt|anonym|sekretess|private|secret|confidential|anonymous)( (eller|or|right|ja|va|lol|tho|then|da|nu|now))*$/,
  /^(private|privat|hemligt|anonymt|confidential|anonymous)( (chat|chatt))?$/,
  /\b(stannar|stays|stanna) (det|detta|det jag skriver|allt|what i write|this|it|everything) (har|here|mellan oss|between us|inom teamet)\b/,
];

const DEALING = [
  /^((jag|ja) )?(langar|langat|dealar|dilar|pushar)\b(?! (saltet|fram|over|hit|dit|mig|den|det|maten|bollen|pengar|med|with))/,
  /\b(jag|ja) (har (borjat|slutat) |brukar |kommer att |ska borja )?(langa|deala)\b(?! (saltet|fram|over|hit|dit|mig|den|det|maten|bollen|pengar))/,
  new RegExp(String.raw`^((jag|ja) )?(saljer|salde|har salt|brukar salja|har borjat salja|dealar|langar|pushar)( (lite|typ|ibland|mest|bara|sa|also|ocksa))* ${DRUG}\b`),
  new RegExp(String.raw`^(i|im|i m|i am|ive|i ve|i been|ive been|i ve been)( (also|lowkey|kinda|sometimes|been|just))* (sell|sells|selling|sold|push|pushing|deal|dealing|started selling)( (some|a bit of|a little|lil|a lil))? ${DRUG}\b`),
  /^(i|im|i m|i am|ive been|i ve been|i been)( (also|lowkey|kinda|just))* (dealing|a dealer|a drug dealer|drug dealer|the plug|a plug)( (rn|now|lol|tho|atm|again|sometimes))*$/,
  /\b(jag|ja) (ar|e) (en )?(langare|dealer|knarklangare|plug)\b/,
];

const WHO_READS = [
  /\b(vem|vilka|who|whos)\b.*\b(laser|lasa|ser|se|read|reads|reading|see|sees|seeing|tillgang|access)\b/,
  /\b(laser|ser) (nagon|nan|min koordinator|personal|ngn|nagra)( annan| mer| annat| allt)?\b/,
  // "läser ni allt?", "ser du det jag skriver" (but "läser du böcker?" is small talk).
  /\b(laser|ser) (ni|du)( (det|detta|det har|allt|vad|mina|mitt|dom|de|this|it))?$|\b(laser|ser) (ni|du) (det|detta|det har|allt|vad|mina|mitt)\b/,
  /\bvem (ar det )?som laser\b|\b(anyone|anybody|someone) (reading|read|see|seeing)\b/,
  /\b(laser|ser|kan|far|reads|sees|can|does)\b.*\b((min |mina |my |the )?(coach|coachen|koordinator|koordinatorn|handledare|handledaren|kontaktperson|kontaktpersonen|personal|personalen|staff|coordinator|youth worker))\b.*\b(laser|lasa|se|ser|read|see|allt|everything|det jag skriver|what i write|mina svar|mina meddelanden|my messages)\b/,
];
// Where what they write ends up, asked in forms of its own: screenshots taken of it, a journal or a file kept on them
// ("skärmdumpar ni det jag skriver", "hamnar det i nån journal", "does this go on my record"): what is kept and who
// reads it (texter18 #8: each met the stock line). Told of oneself ("jag tar skärmdumpar") it is no question.
const RECORD = /\b(skarmdump\w*|skarmbild\w*|screenshot\w*|screensho\w*|screena\w*|journal|journalen|journaler|journalfor\w*|min akt|i akten|mitt register|my (file|record|records)|on (my|a|the) record|in (my|a) file|on file)\b/;
const RECORD_TOLD = /^(jag|ja|i|im|i m|vi|we) /;

/** Screenshots, a journal or a file on them, asked about (the storage answer says what is kept, and where it goes). */
export function asksAboutRecord(text: string, said: string): boolean {
  return RECORD.test(said) && (!RECORD_TOLD.test(said) || text.includes("?"));
}

const STORAGE = [
  // "raderas det jag skriver?": when things are erased is what is kept, turned around.
  /\b(sparas|sparar|spara|sparat|lagras|lagrar|raderas|tas bort|store|stored|save|saved|keep|kept|deleted|erased)\b.*$/,
  // What a yes or a no to keeping answers means: "vad händer om jag säger nej", "what if i say no".
  /\b(vad hander|va hander|what happens|what if|vad blir det)( om| if)?( (jag|ja|i|man))? (sager|svarar|trycker|valjer|say|answer|press|choose) (ja|jag|nej|yes|no|nope|1|2)\b/,
  // What is left of oneself: "vad har ni kvar om mig", "finns det nåt kvar om mig", "what do you still have on me"
  // (asked by someone back after STOPP; it got "förstår inte allt").
  /\b(vad|va|what) (har|finns) (du|ni|det)( (fortfarande|annu|nu))? kvar (om|pa|av) (mig|mej)\b|\bfinns (det )?(nat|nagot|ngt|nagonting) kvar (om|pa|av) (mig|mej)\b|\bwhat do (you|u) still (have|keep|store)( (on|about) me)?\b/,
  /\bvart (tar|tog|gar|hamnar) .*\b(vagen|svar|meddelanden|data)\b|\bvad hander med (det jag skriver|mina? (svar|meddelanden|uppgifter|info|data))|\bvad gor ni med (min|mina|det)\b|\bwhat happens (to|with) (my|what i)\b|\bhur lange (sparas|sparar|finns|har ni)\b/,
];
// What Tillit knows of oneself: "vad vet du om mig", "va vet ni om mej", "what do u know abt me", "vet du
// nåt om mig", "what info do you have on me" (what is stored, "vad har ni sparat om mig", is STORAGE).
const ABOUT_ME = [
  /\b(vad|va|what|wat|wht) (vet|kan|do|does|d)( (du|ni|you|u|tillit|it))?( know)?( (egentligen|redan|typ|sjalv|already|actually|really|even))? (om|about|abt|on|of) (mig|me)\b/,
  /\b(vet|know|kanner|knows)( (du|ni|you|u))? (nagot|nat|ngt|anything|much|something|allt|everything|mycket) (om|about|abt) (mig|me)\b/,
  /\b(vad|va|what|which)( for)? (info|information|uppgifter|data|stuff)( (har|do|finns) (du|ni|you|u|det)( have| got)?)? (om|about|abt|on) (mig|me)\b/,
  /\b(vad|va|what) (har|have|got) (du|ni|you|u)( for| got)?( (info|information|uppgifter|data|stuff))? (om|about|abt|on) (mig|me)\b/,
];
const NUMBER = /\b(mitt|min|my) (nummer|nr|telefonnummer|mobilnummer|number|phone number|no)\b/;
// The phone itself ("min mobil", "min tel") is about the number only when someone got it ("hur fick ni min
// mobil"): "min kille kollar min mobil och bestämmer vem jag får träffa" is no question where it came from.
const PHONE = /\b(min|my) (mobil|tel)\b/;
// Where the number came from, asked as a guess ("köpte ni mitt nummer eller"): someone else got it.
const GOT_NUMBER = /\b(kopte|kopt|kopa|kopat|salde|salt|saljer|fick|fatt|hittade|hittat|tog|tagit|gav|gett|delade|lackt|lackte|bought|buy|sold|sell|got|get|found|find|gave|given|leaked|shared|give|gives) (ni|du|dom|de|you|u|they|someone|somebody|nagon|nan)\b|\b(gav|gett|gave|given|give|salde|sold|delade|shared) (\w+ )?(er|dig|you|u) (mitt|min|my)\b|\b(ni|du|dom|you|u|they|nagon|nan|someone|somebody) (har |have |did |has )?(val |ju |typ |nog |just |like )?(kopte|kopt|kopa|salde|salt|saljer|fick|fatt|hittade|hittat|tog|gav|gett|delade|lackt|lackte|bought|buy|sold|sell|got|get|found|gave|given|give|leaked|shared)\b/;
const WHAT_CAN_YOU_DO = [
  /^(vad|va) (ar|e) (det|detta|det har|det dar|tillit|du|ni)( for (nagot|nat|nanting|nagonting|ngt))?$/,
  // "vem e du ens", "who even are you" (session 23, full01: it met the consent's retry).
  /^(vem|vilka) (ar|e) (du|ni|det har|detta|det)( (ens|egentligen|da|typ))?$|^(who (is|s)|whos) (this|it)$|^who (even )?are (you|u)( even| exactly)?$/,
  // Word order of someone learning Swedish: "vad ni är", "vem är detta nummer", "vad är detta nummer".
  /^(vad|va|vem|vilka) (ni|du|det har|detta) (ar|e)$|^(vad|va|vem|vilka) (ar|e) (detta|det har|det dar|det|ert|ditt) (nummer|nr)$/,
  /\bvad (ar|e) (det har|detta|tillit)\b/,
  /\bvad kan (du|ni|jag|man)( (hjalpa|gora|gora har|hjalpa mig med|hjalpa till med|anvanda))?\b/,
  // (Not "hur funkar det att söka jobb", which asks about something else.)
  /\bhur (funkar|fungerar) (det har|detta|det|tillit|du|ni)\b(?! (att|med|for|pa|i|nar|om)\b)|\bvad (gor|gor) (du|ni|tillit)\b|^vad ska (jag|ja|man) skriva( nu| har| da| typ)*$/,
  /\b(what (is|s)|whats) (this|tillit)( thing| app| service| number| chat| bot| about)?( lol| haha| exactly| even| anyway| then| tho)*$|\bwhat can (you|i) do\b|\bwhat do you do\b|\bhow does (this|it) work\b|\bvad (ar|e) syftet\b/,
  // Bewildered, with a filler: "what even is this", "vad e ens detta", "wtf is this lol".
  /^((what|wat|wut|wtf|vad|va|vafan|vafasen)( even| ens| the hell| the heck| exactly| exakt| egentligen| da)? (is|s|ar|e)|whats( even| the hell| the heck| exactly)?)( even| ens| egentligen)? (this|this thing|it|det har|detta|det dar|tillit)( lol| haha| lmao| typ| ens| even| egentligen| exactly| anyway| tho| da| for nat| for nagot)*$/,
  /\bwhat (can|could|do|does) (you|u|ya|tillit|this|it) (do|help|offer)\b/,
  // What Tillit is for: "vad ska man ha dej till", "vad är det här till för", "what are you for",
  // "whats the point of this" (not "vad ska jag ha på mig", nor "vad ska man ha det till", which is unclear).
  /\bvad (ska|kan|skulle) (man|jag|vi) (ha|anvanda) (dig|er|detta|det har|den har|tillit|appen|chatten|tjansten)( till)?\b|\bvad (ar|var) (du|ni|detta|det har|tillit|den har) (till )?for\b/,
  /\bwhat (are|is|s) (you|this|it|tillit)( even| exactly| actually| really)? (for|good for|used for)\b|\bwhats (this|it|tillit) (for|good for)\b|\bwhat (do|would|should|can) (i|we|people|one) use (this|you|it|tillit) for\b|\b(vad ar|whats|what is) (poangen|meningen|the point) (med|of|with) (dig|er|detta|det har|tillit|this|you|it)\b/,
];

// Wanting to tell how the day or one is: "can i tell u how my day was", "ja vill säga hur dagen e",
// "vill berätta om min dag" (not "berätta om din dag", which asks Tillit), or offering it the other
// way round: "vill du höra hur ja har det", "do you want to know how my day was".
const TELL_HOW = new RegExp(String.raw`\b(beratta|saga|tell|share|skriva|snacka|prata|talk|uppdatera|update|(vill|kan|ska|orkar|hinner) (du|ni) (hora|veta|lyssna pa|lyssna)|(you|ya) (want to|wanna) (hear|know)|want to hear)( (u|you|dig|dej|er|ya))? (hur|how|om|about|abt|vad|what|on)( (hur|how))? (` +
  String.raw`((min|my|mitt|the) )?(dag|dagen|day|vecka|veckan|week|kvall|kvallen|morgon|morgonen|helg|helgen|weekend|today|todays|idag|ikvall|tonight|laget|lage)\b` +
  String.raw`|(jag|ja|i|im|i m|ive) (mar|mor|har det|haft det|har haft det|kanner mig|feel|feeling|am|m doing|am doing|doing|been|ve been|har varit)\b` +
  String.raw`|(det|de|it|things|allt|livet|life|laget|today|idag|dagen) (gar|gick|har gatt|ar|e|is|are|going|went|has been|been|was|var|har varit)( for mig| idag| today| nu| now| lately)?$)`);
const CHECK_IN = [
  /\b(ch|tj)e(c?k|kk)(a|ar)? ?in\b|\b(kolla|kola|kolal|checka|tjecka|check|ta) (av )?lage[t]?\b|\bincheckning\w*\b/,
  /\b(mar|mor|madde|kanner mig|feel|feeling|felt)\b/,
  /\bhar (en |haft en )?(bra|dalig|skit|kass|jobbig|tung|ok|okej|seg|grym|najs|risig|trist|tuff|lugn) ?dag\b|\b(skitdag|kassdag)\b/,
  /\b(idag|today)\b.*\b(ar|e|is|was)\b.*\b(bra|dalig|kass|jobbig|tung|seg|good|bad|rough)\b/,
  /\b(jag ar|jag e|ar sa|im|i am|i m)( sa| jatte| lite| ratt| typ| kinda| so| really)? (trott|glad|ledsen|nere|deppig|stressad|orolig|pigg|nojd|slut|happy|sad|tired|down|stressed|anxious|okay|ok)\b/,
];
/**
 * The check-in was begun by the person saying how they are ("mår sådär idag", "har en skitdag", "im so
 * tired"), not by asking for one ("checka in") or offering to tell: the first question then thanks
 * them rather than asking what they just said.
 */
export function toldHowTheyAre(text: string): boolean {
  const said = fold(text);
  return CHECK_IN.slice(1).some((re) => re.test(said)) && !CHECK_IN[0]!.test(said) && !TELL_HOW.test(said);
}

const MAPPING = [
  /\b(kartlaggning\w*|kartlagga|mapping)\b|^(om mig|about me)( sjalv| myself)?$|\b(veta|lara dig) (mer |lite |lite mer )?om mig\b/,
  /\b(beratta|berattar|prata|snacka|tell|talk|share|saga)( (u|you|dig|dej|er|ya))? (lite |mer |lite mer |more |a bit |a little |some )?(om|about|abt) (mig|mej|me|myself|vad jag|mina|vad jag ar)\b|\blara kanna mig\b/,
  // Tillit asked to ask: "ja vill att du frågar mej saker om mej själv", "ask me stuff about myself".
  /\b(fraga|fragar|ask)( mig| me)( (saker|fragor|lite|nagra fragor|questions|some questions|stuff|things))? (om|about) (mig|me|myself)\b/,
];
// Who one is, in the mapping's own topics: strengths, interests, what one likes or dreams of; asked
// for with a verb of telling or doing ("vill berätta va ja e bra på", "kan vi köra frågorna om mina
// intressen") rather than said in passing ("vet inte vad jag gillar").
const SELF_TOPIC = /\b(mina (intressen|styrkor|drommar|hobbys?|hobbies)|my (interests|strengths|dreams|hobbies)|(vad|va|what) (jag|ja|i|im|i m)( (ar|e|am|m|is))? (bra|good|grym|best) (pa|at)|(vad|va|what) (jag|ja|i|im|i m) (gillar|tycker om|alskar|brinner for|drommer om|like|love|dream of|am into|m into|into))\b/;
const TELL_OR_DO = /\b(beratta|prata|snacka|kora|fragorna|fragor|tell|talk|share|questions)\b|\b(vill|kan vi|kan jag|wanna|want to|lets|can we|can i) (ta|gora|do|saga|say|go through|ga igenom)\b/;
const RATING = /\b(skattning\w*|skatting\w*|skattnig|sjalvskattning\w*|skatta|skattar|skattade|rate (myself|yourself|my self)|rating|ratings|self rating|pastaende\w*|formularet|enkaten)\b/;
const PLAN = /\b(min plan|minplan|planen|handlingsplan\w*|my plan|action plan|delmal\w*|mitt mal|mina mal)\b/;
// What was agreed, asked for: "vad hade vi bestämt att ja skulle göra", "whats my next step", "what
// was i supposed to do this week" (not "vi bestämde att…", which is news).
const AGREED = [
  /\b(vad|what) (hade|har|did|have) (vi|we) (bestamt|kommit overens om|sagt|planerat|pratat om|snackat om|decided|agreed|planned|said|talked about|decide|agree|plan|say)\b/,
  /\b(vad|va|what) (ar|var|is|was)( mitt| my| vart| our)? (nasta|next|lilla|small) (steg|step|mal|goal)\b|\bwhats( my| our)? (next|small) (step|goal)\b|^(mitt |my )?(nasta steg|next step)$/,
  /\bvad (skulle|var det) jag (skulle )?(gora|testa|prova|jobba med)( (denna|den har|i|till|nu|idag|imorgon|igen|nasta)\b.*)?$|\bwhat (was|am) i (supposed|meant|going) to (do|try)\b/,
];

const GREETING_WORDS = new Set(["hejhopp", "hejsvejs", "svejsan", "tjo", "tjoo", "tjoho", "hej", "hejsan", "hejhej", "heej", "hejj", "tja", "tjaa", "tjena", "tjenare", "tjenixen", "tjabba", "tjabbatjena", "halla", "hallaa", "halloj", "hallo", "yo", "hey", "heey", "heyy", "hello", "hi", "hii", "hiya", "morsning", "morrn", "morron", "god", "goddag", "gomorron", "laget", "wassup", "sup", "howdy"]);
const GREETING_FILLER = new Set(["igen", "det", "ar", "e", "jag", "du", "ni", "dig", "er", "alla", "allihop", "tillit", "pa", "hur", "morgon", "kvall", "eftermiddag", "dag", "da", "sa", "again", "there", "its", "me", "whats", "up", "med", "bara", "mar", "how", "are", "you", "u", "r", "doing", "dar", "alla", "kompis", "bre", "bro", "bruh", "bror", "brorsan", "mannen", "grabben", "guys", "wallah", "assa", "habibi", "fam"]);
const BACK_AGAIN = /\b(det var (lange|langesen|ett tag)|langesen|lange sen|ar ni kvar|finns ni kvar|ar du kvar|kan jag fortfarande vara med|far jag fortfarande vara med|back again|long time)\b/;
// Said as the whole message (a greeting word around it allowed): "e tillbaka", "its been a while";
// not "jag är tillbaka i skolan" or "it's been a while since i ate".
const BACK_WHOLE = /^((hej|hejsan|tja|tjena|heej|hey|heey|heyy|hi|hii|hello|yo|halla|hallo|okej|ok|so|soo|well|omg|aa|bre|bro|bror|bruh|mannen|guys|wallah) )*((jag |ja |i )?(ar|e|am|m|im|i m) (tillbaka|back)|(its|it s|it has|has it|its|been) ?(been )?(a while|ages|forever|so long|a long time|a minute)|(det )?(var|va|e|ar) (ett tag|evigheter|ett bra tag) sen|(lange|langesen|evigheter) sen)( igen| again| nu| now| lol| haha| sorry| typ| va| huh)*$/;
// Sorry for having been away ("hej igen, sorry var borta", "förlåt att jag inte svarat", "sry been away"):
// a welcome back, never "I don't understand" (a tester coming back got that). Away or silent must be said.
// Also slow to answer or writing late: "förlåt har varit dålig på att svara", "sorry for writing so late"; and not
// up to answering ("sorry har inte orkat svara" three weeks on met "Det låter som att du är helt slut").
const AWAY = String.raw`(varit (dalig|kass|seg|usel|daliga) (pa att|pa a|att|med att) (svara|skriva|hora av mig)|(inte|int|ej|inte riktigt) (orkat|orka|hunnit|kunnat|klarat) (att |a )?(svara|skriva|hora av mig)|(didnt|didn t|havent|haven t) (had the energy|had energy|felt like|felt up|been up) (to )?(answer|reply|respond|text|write)|been (bad|terrible|awful|slow) (at|with) (answering|replying|texting|writing)|(skriver|skriva|skrev|writing|texting|messaging) (sa |so |this )?(sent|late)|var borta|varit borta|har varit borta|inte svarat|int svarat|inte hort av mig|forsvann|ghostade|ghostat|ghosted|been away|was away|been gone|been offline|didnt (answer|reply|respond)|didn t (answer|reply|respond)|havent (answered|replied|been around)|haven t (answered|replied)|(skrev |sa |wrote |said |sent |texted )?(the )?(stopp|stop|stoppet|sluta))`;
const AWAY_SORRY = new RegExp(String.raw`^((hej|hejsan|tja|tjena|hey|hi|hello|yo|halla) )*(igen |again )?(sorry|sry|soz|forlat|ursakta|my bad|forlat mig)( att| for| that| i| jag| ja)*( har| have| ve)? ${AWAY}( (ett tag|pa ett tag|pa lange|pa ett bra tag|in a while|lite|sa lange|lange|a while|for a while|so long|for so long|typ|igen|again|nu|now|lol|haha))*$`);

// Away, and why, with no sorry ("har inte svarat pga allt e bara jobbigt", "havent answered cause everything is a lot"):
// a welcome back that says not answering is okay (texter18 #15: it was passed on as "din fråga").
const AWAY_BECAUSE = new RegExp(String.raw`^((hej|hejsan|tja|tjena|hey|hi|hello|yo|halla|sorry|sry|forlat|asa|assa|alltsa|ok|okej) )*(att |for att |that )?(jag |ja |i )?(har |have |ve )?${AWAY} (pga|pa grund av|for att|for|eftersom|da|because|cause|cuz|coz|bc|since|as)\b`);

export function explainsAway(text: string): boolean {
  return AWAY_BECAUSE.test(fold(text));
}

/** "sorry var borta": a welcome back, with nothing to be sorry about. */
export function apologisesForAway(text: string): boolean {
  return AWAY_SORRY.test(fold(text));
}

// A thank-you or a goodbye as the whole message, small words and emoji aside: "tack", "tack så mycket",
// "ok tack", "thx", "tusen tack 😊", "tack för att du svarar iaf", "hejdå", "vi hörs", "godnatt", "bye". Not "tack men nej", "tack för
// inget", nor a thank-you with news after it ("tack, men jag mår skit").
const THANKS = /^(ok |okej |aa |ja |jaa |mm |najs |nice |perfekt |toppen |bra )?(tack|tackar|tack tack|tusen tack|tack sa mycket|tack sa jattemycket|tack snalla|stort tack|thx|thanks|thank you|thank u|ty|tnx|tack for hjalpen|tack for hjalp|tack for all hjalp|thanks for the help|thanks for help|thx for help|thx for the help)( (sa|sa mycket|typ|liksom|assa|anda|iaf|tho|though|anyway|anyways|verkligen|really|for det|for hjalpen|du|bot|igen|again|a lot|so much|lol|haha|for idag|for i dag|for today|for allt|for everything|for samtalet|for motet|for promenaden|for att du (inte va jobbig|inte var jobbig|lyssnade|lyssnar|finns|svarar|svarade|skriver|orkar)|for not being weird|for listening|for answering|for replying|for responding|for the reply|for ikvall|for tonight|for igar|for pratet|for the talk|for the chat|for meeting me))*$/;
const BYE = /^(ok |okej |tack |tack och )?(hejda|hej da|hej hej|adjo|vi hors|hors|ses|ses sen|godnatt|god natt|natti|natt|bye|bye bye|goodbye|good night|gn|cya|see you|see ya|later|peace)( (da|pa dig|sa lange|nu|for nu|for now|lol|haha|bot))*$/;
// A goodbye that is a good night ("ok gn", "godnatt", "natti"): answered with one, not "hej då".
const GOOD_NIGHT = /\b(godnatt|god natt|natti|natt|good night|goodnight|gn|nighty night|nite)\b/;

/** A thank-you, goodbye or good night that is the whole message, or undefined. */
export function closes(text: string): "thanks" | "bye" | "night" | undefined {
  const said = fold(text);
  if (!said) return undefined;
  if (BYE.test(said)) return GOOD_NIGHT.test(said) ? "night" : "bye";
  if (THANKS.test(said)) return "thanks";
  return undefined;
}

// Asking Tillit to write in the other language, anywhere in a conversation: "can u speak english",
// "english pls", "kan vi köra engelska", "på svenska tack", "svenska?", "sorry i dont speak swedish".
// The language's name is read with up to two typos ("englsh", "engleska", "svneska"). Only a request counts:
// the name alone (with small words around it), or after a verb of writing or switching ("kan vi ta
// det på engelska", "switch to swedish", "do you speak english?"), or saying one does not understand
// the other. "jag pluggar engelska", "my english is bad", "engelska är svårt" ask for nothing.
const LANGUAGE_NAMES: [string, "sv" | "en"][] = [["english", "en"], ["engelska", "en"], ["swedish", "sv"], ["svenska", "sv"]];
const SHORT_NAMES: Record<string, "sv" | "en"> = { eng: "en", engl: "en", engelsk: "en", svensk: "sv", sve: "sv", swe: "sv" };

/** Each word that names a language, read as "english" or "svenska" (short forms, typos), the rest kept. */
function languageWords(said: string): string {
  return said
    .split(" ")
    .map((w) => {
      const short = SHORT_NAMES[w];
      if (short) return short === "en" ? "english" : "svenska";
      const named = LANGUAGE_NAMES.find(([name]) => w === name || (w.length >= 6 && Math.abs(w.length - name.length) <= 2 && editDistance(w, name) <= 2));
      return named ? (named[1] === "en" ? "english" : "svenska") : w;
    })
    .join(" ");
}

const LANG = String.raw`(english|svenska)`;
// Small words that may stand around a request without changing it.
const LANG_FILLER = String.raw`(pls|please|plz|pliz|plis|tack|snalla|thanks|thx|ty|istallet|instead|igen|again|bara|only|just|nu|now|da|then|tho|ok|okej|lol|assa|typ|haha|sorry|forlat|hej|hi|hey|yo|tja|hallo|hello|mannen|bro|bre|om det gar|if possible|if you can|if u can|from now on|fran och med nu|framover|hellre|rather|ocksa|also|too|med mig|with me|to me|mig|me|mej)`;
const WRITE_VERB = String.raw`(kora|kor|ta det|ta|prata|pratar|snacka|snackar|skriva|skriv|skriver|svara|svarar|texta|messa|smsa|chatta|kommunicera|byta|byt|vaxla|andra|ga over|speak|talk|write|text|txt|chat|reply|respond|answer|communicate|switch|change|swap|go|continue|use|do|keep it|have it|fortsatta|fortsatt|ha)`;
const WHO = String.raw`(vi|du|ni|u|you|we|ya|man|jag|ja|i)`;
const LANGUAGE_REQUEST = [
  // The name with small words only: "english pls", "på svenska tack", "svenska?", "in english please".
  new RegExp(String.raw`^(${LANG_FILLER} )*((pa|in|till|to|on) )?${LANG}( ${LANG_FILLER})*$`),
  // After a verb of writing or switching: "kan vi köra engelska", "switch to english pls", "skriv på svenska",
  // "can u text me in english", "kan vi byta språk till svenska", "kan du skriva på engelska tack".
  new RegExp(String.raw`^(${LANG_FILLER} )*((kan|kunde|ska|skulle|far|can|could|shall|should|will|would|may|do|let s|lets)( ${WHO})?( ${LANG_FILLER})* )?(((jag|ja|i) )?(vill|want to|wanna|would like to|d like to|prefer to|foredrar att) )?${WRITE_VERB}( (sprak|language|over))?( ${LANG_FILLER})*( (pa|in|till|to|on|into|over till|over to|over into|with|med))?( ${LANG_FILLER})* ${LANG}( ${LANG_FILLER})*( (eller|or)( nej| no| not| vad| what)?)?$`),
  // Preferring it: "jag vill ha engelska", "i prefer english", "helst svenska".
  new RegExp(String.raw`^(${LANG_FILLER} )*((jag|ja|i) )?(vill ha|foredrar|prefer|would prefer|d prefer|d rather have|want|helst|rather)( ${LANG_FILLER})*( (pa|in))? ${LANG}( ${LANG_FILLER})*$`),
  // Asking what Tillit can: "do you speak english?", "kan du svenska?", "pratar ni engelska?".
  new RegExp(String.raw`^(${LANG_FILLER} )*((do|can|could) (you|u|ya) (speak|talk|write|text|do|understand|read)|(kan|pratar|snackar|skriver|forstar) (du|ni)|(speak|speaks|talk) (you|u))( ${LANG_FILLER})* ${LANG}( ${LANG_FILLER})*$`),
  // The other language not understood: "sorry i dont speak swedish", "jag förstår inte engelska".
  new RegExp(String.raw`^(${LANG_FILLER} )*((i|im|i m) )?(dont|don t|do not|cant|can t|cannot|no|doesnt|barely|hardly) (speak|understand|read|talk|get|know)( much| good| any)? ${LANG}\b|^(${LANG_FILLER} )*(jag |ja )?(forstar|fattar|kan|pratar|laser|snackar) (inte|int|ej|knappt|ingen|inget) (sa mycket |sa bra |bra )?${LANG}\b`),
];
const NOT_UNDERSTOOD = LANGUAGE_REQUEST.length - 1;
// Said as a request, not as an answer: "engelska" alone answers "Vad är du bra på?" (a free-text question
// waiting), "engelska tack" or "engelska?" asks for the language.
const ASKED_FOR = /\b(pls|please|plz|pliz|plis|tack|snalla|thanks|thx|istallet|instead)\b/;

/**
 * The language asked for, or undefined. `answering`: a question that takes any text is waiting, so the
 * name alone is an answer to it; it asks only with a question mark or a "tack", "pls", "istället".
 */
export function asksForLanguage(text: string, answering = false): "sv" | "en" | undefined {
  const said = languageWords(fold(text));
  const request = LANGUAGE_REQUEST.findIndex((re) => re.test(said));
  if (request < 0) return undefined;
  if (answering && request === 0 && !text.includes("?") && !ASKED_FOR.test(said)) return undefined;
  // One language named ("svenska eller engelska?" asks for neither); not understood, it is the other one asked for.
  const named = new Set([...said.matchAll(/\b(english|svenska)\b/g)].map((m) => m[1]));
  if (named.size !== 1) return undefined;
  const language = named.has("english") ? "en" : "sv";
  return request === NOT_UNDERSTOOD ? (language === "en" ? "sv" : "en") : language;
}

/**
 * A language asked for in the message's first sentence, with more said after it ("english again pls. my
 * mom is yelling at me"): the language, while the rest still wants its answer. A tester got the answer to
 * the rest in the language just turned down.
 */
export function asksForLanguageFirst(text: string): "sv" | "en" | undefined {
  const end = text.search(/[.!?\n,;]/);
  if (end < 0 || !/\p{L}/u.test(text.slice(end + 1))) return undefined;
  return asksForLanguage(text.slice(0, end));
}

// A meeting to cancel or move, said in words ("jag vill avboka mötet", "kan vi flytta träffen", "can't
// make the meeting"): a person decides about meetings, so the coordinator is asked. A meeting word is
// needed: "kan inte komma på nåt" is no meeting.
const CHANGES_MEETING = new RegExp(
  String.raw`\b(avboka|avbokar|boka av|bokar av|stalla in|staller in|flytta|flyttar|byta tid|andra tid|cancel|cancell?ing|move|moving|reschedule|rebook|postpone)\b.*\b${MEETING_WORD}\b|` +
    String.raw`\b(kan inte|kan int|kan ej|kommer inte|hinner inte|cant|can t|cannot|wont|won t) (komma|ga|vara med|make|come|go|attend)( (pa|till|to))? (pa |till |to |the )?(vart |var |our |my |mitt |det |the )?${MEETING_WORD}\b`,
);

export function asksToChangeMeeting(text: string): boolean {
  return CHANGES_MEETING.test(fold(text));
}

// Turning a call or contact down is not asking for one: "nej jag vill inte att nån ringer", "ingen får
// ringa mig", "dont call me", "nej förresten jag vill inte prata i telefon" (text, not the phone: the
// request for a person stands). (A person is still there when they write "prata med en människa".)
const REFUSES_CONTACT =
  /\b(vill (inte|int|ej) (prata|snacka|ta det|talk) (i|pa|via|on|over the|by) (telefon|telefonen|luren|mobilen|phone|the phone)|(dont|don t|do not) want to (talk|speak) (on|over) the phone|(kan|could|can) (vi|we) (bara )?(sms a|smsa|skriva|texta|messa|text|chat)( istallet| instead)?|vill (inte|int|ej)( att)?( (nan|nagon|ngn|ni|du|dom|de|hon|han|min \w+|mina \w+))? (ringer|ringa|ring|kontaktar|kontakta|hor av|hora av)|(inte|int|ej) (ringa|ring) mig|\bring (inte|int|ej) mig|\bring mig (inte|int|ej|aldrig)|ingen (far|ska|behover|ma) (ringa|kontakta|hora av)|(dont|don t|do not|pls dont|please dont) (call|contact|ring|phone) me|(no one|noone|nobody) (call|calls|contact|contacts|should call) me|(dont|don t|do not) want (anyone|anybody|someone|you|them|u) to (call|contact|ring))\b/;

// Text preferred to a call, as the whole message: "text is fine", "sms räcker", "skriv hellre", "hellre sms".
const PREFERS_TEXT = /^(nej |no |nah |ok |men |but )?(text|texting|texts|sms|smsa|sms a|skriva|skriv|chat|chatting|messages|meddelanden)( (is|are|ar|e|funkar|gar))? (fine|good|ok|okay|enough|better|bra|okej|lugnt|racker|battre|hellre|funkar)( (tho|though|for me|for mig|tack|thanks))*$|^(hellre|helst|rather|prefer) (sms|text|texting|skriva|skriv|chat)\b/;

export function declinesCall(text: string): boolean {
  const said = fold(text);
  return REFUSES_CONTACT.test(said) || PREFERS_TEXT.test(said);
}

// Something to join, to get out of the house (texter18 #2: "is there like a group thing or something i could join"
// got no answer): a group, a club, a youth centre, an activity, a language café.
const ACTIVITIES = /(grupp|grupper|gruppen|gruppaktivitet\w*|gruppverksamhet\w*|aktivitet|aktiviteter|fritidsgard\w*|ungdomens hus|forening|foreningar|studieforbund\w*|sprakcafe\w*|sprakkafe\w*|traffpunkt\w*|traffar for unga|group|groups|group thing|club|clubs|activity|activities|youth (club|centre|center)|language cafe|meetups?)/;

// What a practical question is about: support and money from an agency, school and CSN, a driving licence,
// a CV or a cover letter, a housing queue, registering at AF.
const PRACTICAL_TOPIC_ALONE =
  /\b(byta skola|byter skola|byta skolor|byta gymnasium|byta gymnasiet|byta program|byter program|change schools?|switch(ing)? schools?|transfer(ring)? schools?|gymnasiet|gymnasium|gymnasieprogram\w*|gymnasieskola\w*|introduktionsprogram\w*|ovningskor\w*|ovningskora|korlektion\w*|trafikskola\w*|drivers? licen[cs]e|driving (licen[cs]e|lessons?)|forskola\w*|forskoleplats\w*|dagis|preschool|daycare|nursery|csn|studiemedel\w*|studiebidrag\w*|studielan\w*|komvux|sfi|folkhogskola\w*|korkort\w*|cv|cvt|personligt brev|personliga brev|cover letter|resume|bostadsko\w*|bostadskon|lagenhet\w*|hyresratt\w*|forstahandskontrakt\w*|andrahand\w*|forsorjningsstod\w*|ekonomiskt bistand|socialbidrag\w*|bidrag\w*|a kassa\w*|akassa\w*|aktivitetsstod\w*|bostadsbidrag\w*|inskriven|skriva in (mig|sig)|skriver in (mig|sig)|id kort|housing queue|driving licen[cs]e|student aid|student loan|social assistance|benefits|forsakrin?g?s? ?kass\w*|fk|aktivitetsersattning\w*|sjukersattning\w*)\b/;
const PRACTICAL_TOPIC = new RegExp(`${PRACTICAL_TOPIC_ALONE.source.slice(0, -3)}|${ACTIVITIES.source})\\b`);
// Whether someone pays for it: "kan kommunen betala", "betalar soc det", "will the council pay for it".
const WHO_PAYS_FOR_IT =
  /\b(kan|kommer|betalar|far|will|can|does|would|could) (kommunen|kommun|soc|socen|socialen|ni|staten|af|arbetsformedlingen|the municipality|the council|the kommun|you|they|dom|de)( \w+)? (betala|bekosta|sta for|pay|cover|fund)\b|\b(betalar|pays)\b.*\b(kommunen|soc|municipality|council)\b/;
// Asked the way one asks how things work: "hur ställer man sig…", "vad kostar…", "måste man…", "kan jag få…", and
// whether Tillit knows: "vet du om man kan byta skola…", "do you know if i can…"; after a shrug or a word ("whatever. whats
// aktivitetsstöd", which met silence), or what Tillit knows of it ("vet du nåt om csn?", tester24 #9) (texter18 #8: "vet" was read as the
// school knowing, and the privacy answer ending in "anmäla till soc" came to a question about changing schools).
const PRACTICAL_ASKED =
  /^((och|men|assa|ok|okej|hej|typ|fraga|en fraga|undrar|whatever|whatevs|so|and|but|hey|okay|anyway|btw) )*((vet (du|ni)|do (you|u) know|undrar)( (om|if|whether))?( (man|jag|ja|i|vi|we))? )?(vet (du|ni) (nat|nagot|nagonting|nanting|lite|mer)( mer)? om|hur|vad|va|var|vart|vem|vilka|vilken|maste|mast|behover|kan|far|finns|gar|funkar|fungerar|ska|how|what|whats|where|who|do|does|can|could|should|is|are|(nar|when) (kan|far|maste|behover|ska|borjar|gar|can|do|does|should|is))\b/;
// "jag har typ aldrig jobbat kan jag ens skriva ett cv": the question after what is told.
const ASKED_AFTER = /\b(kan jag|kan man|far jag|far man|maste jag|maste man|behover jag|hur gor (jag|man)|can i|do i need|how do i)\b/;
// "e det försent att börja i januari", "is it too late to apply": whether it is too late, which depends (the team).
const TOO_LATE = /^((och|men|assa|ok|typ) )*(ar|e) (det|de) (for ?sent|fa?r sent|too late) (att |a |to )?(borja|borjar|soka|ansoka|plugga|lasa|komma in|hoppa pa|start|apply|begin|join)\b|^(is it|s it|it s) too late (to|for)\b/;
// Who sees or is told about this chat, or whether it changes the money: the privacy answers.
const ABOUT_THIS_CHAT = /\b(se|ser|lasa|laser|veta|fa veta|tillgang|see|read|know|access)( (det|detta|det har|att|vad jag skriver|det jag skriver|mina svar|chatten|this|it|what i write|my answers))\b|\b(paverka\w*|affect\w*)\b/;

// Health care asked about: where to go, what a vårdcentral is and costs, sick leave ("jag har ont i ryggen länge,
// vart ska jag gå", "vårdcentral är gratis?", "vad betyder sjukskrivning", "can i get sick leave if i dont have a job").
// Pointing to 1177 or the vårdcentral is no diagnosis. Not news ("har tid på vårdcentralen imorgon"), nor a meeting
// called off for illness ("kan inte komma, e sjuk"): a place or sick leave asked about, or pain with where to go.
const CARE_PLACE = /\b(vardcentral\w*|vc|1177|ungdomsmottagning\w*|umo|lakare|lakaren|doktor\w*|doctor|gp|sjukvard\w*|health ?cent(re|er)s?|clinic|youth clinic)\b/;
const SICK_LEAVE = /\b(sjukskriv\w*|sjukskrev\w*|sjukskrivning\w*|sjukpenning\w*|sjukintyg\w*|sick leave|sick note|sick pay)\b/;
const SYMPTOM = /\b(ont|sjuk|sjukt dalig|feber|forkyld|mar illa|yr|pain|hurts?|sick|ill|fever|unwell)\b/;
const WHERE_TO_GO = /\b(vart|var|vem|who|where)( (ska|kan|bor|should|can|do|could))? (jag|ja|man|i) (ga|vanda mig|vanda sig|ringa|fraga|go|turn|call|see|ask)\b|\bvad (ska|kan|bor) (jag|ja|man) gora\b|\bwhat (should|can|do) i do\b/;
const ASKED_INSIDE = /\b(kan jag|far jag|maste jag|behover jag|ska jag|kan man|far man|maste man|hur gor (jag|man)|vad betyder|vad kostar|ar (det|de) gratis|e (det|de) gratis|ar gratis|e gratis|can i|do i|should i|how do i|how can i|what is|whats|what does|is it free|is free|cost|costs)\b/;
const BEEN_THERE = /^((och|men|ok|typ|idag|igar) )*(var|va|har varit|hade tid|was|been) (pa|hos|till|inne pa|at|to|in)\b/;
const CANNOT_COME = /\b(kan inte|kan int|kan ej|kommer inte|hinner inte|cant|can t|cannot|wont|won t) (komma|ga|vara med|make it|come|go)\b/;

function asksAboutCare(text: string, said: string): boolean {
  // (Booking a time, "hur bokar man tid på vårdcentralen", is left to the team and the language model for now.)
  if (CANNOT_COME.test(said) || /\b(folja med|come with|boka|bokar|book|booking)\b/.test(said)) return false;
  if (SYMPTOM.test(said) && WHERE_TO_GO.test(said)) return true;
  if (!CARE_PLACE.test(said) && !SICK_LEAVE.test(said)) return false;
  // "var på vårdcentralen", "va hos läkarn idag": been there, told (it got "ring 1177"), not where to go.
  if (!text.includes("?") && BEEN_THERE.test(said)) return false;
  return text.includes("?") || PRACTICAL_ASKED.test(said) || ASKED_INSIDE.test(said);
}

// Registering at the employment service: "how do i register at arbetsförmedlingen", "hur skriver jag in mig på af".
const AF_REGISTER = /\b(register|registrera|registrerar|sign up|signup|enrol|enroll|skriva in|skriver in|skriv\w*( jag| man| ja) in (mig|sig|mej)|inskriven|inskrivning)\b.*\b(arbetsformedlingen|arbetsformedling|af|arbis|employment (service|office|agency))\b|\b(arbetsformedlingen|af)\b.*\b(skriva in|skriver in|inskriven|inskrivning|register|sign up)\b/;

// Validation of what someone already knows ("vad betyder validering", "kan jag validera min utbildning?"; tester22 full11:
// Ahmad, an electrician where he grew up, got "förstår inte allt"): what the word means, and where to ask for one's trade.
const VALIDATION = /\b(validering\w*|validera\w*|validation|validate|validated|yrkesvalidering\w*|reell kompetens)\b/;

// Försäkringskassan, however spelt ("forsakringskassan", "försäkringskasssan", "fk"), and what is applied for there
// (tester24 #9: "hur ansöker man om aktivitetsersättning från försäkringskassan?" met "förstår inte allt").
const FK_WORDS = String.raw`forsakrin?g?s? ?kass\w*|fk|aktivitetsersattning\w*|sjukersattning\w*|social insurance( agency)?`;
const FK = new RegExp(String.raw`\b(${FK_WORDS})\b`);
// A letter from an agency, not understood ("fick ett brev från försäkringskassan, fattar inget", "got a letter from
// csn, dont get it"; tester24 #9): the team can go through it with them. Only a letter from an authority: a letter
// from mum is no signpost's.
const AGENCY_LETTER = new RegExp(String.raw`\b(brev|brevet|letter)\b.*\b(fran|from|av|fra)\b.*(${FK_WORDS}|\b(csn|af|arbetsformedlingen|skatteverket|kronofogden|migrationsverket|soc|socialen|kommunen|myndighet\w*|agency|council))\b|\b(${FK_WORDS}|csn|skatteverket|kronofogden|migrationsverket)( \w+)?s? (brev|brevet|letter)\b`);
const NOT_UNDERSTOOD_IT = /\b(fattar (inget|ingenting|inte|noll|nada|ingenting av det)|forstar (inget|ingenting|inte)|begriper (inget|ingenting|inte)|hanger inte med|vad (betyder|menar) (det|de|dom)|(dont|don t|do not|cant|can t|cannot) (get|understand|follow)|no idea what|makes no sense|what does (it|this) mean|help (me )?(read|with)|hjalp (att|med att)? ?lasa|lasa (det|den|brevet) med mig)\b/;

/** A letter from an agency told or asked about as not understood. */
function agencyLetterUnclear(text: string, said: string): boolean {
  return AGENCY_LETTER.test(said) && (NOT_UNDERSTOOD_IT.test(said) || text.includes("?"));
}

export type SignpostTopic = "validation" | "fk" | "letter" | "health" | "healthCentre" | "healthCost" | "healthId" | "sickLeave" | "af" | "csn" | "komvux" | "support" | "housing" | "gymnasiet" | "driving" | "preschool" | "cv" | "activities" | "whereToLive" | "costKomvux" | "costSfi" | "costFolkhogskola" | "food";

// What komvux, sfi or a folkhögskola costs, asked ("vet du om komvux är gratis", "kostar komvux nåt", "måste man betala
// för sfi", "is komvux free"; texter18 #8: it met "förstår inte" or only how to apply): the tuition is free, and what
// may cost (books, material, board), answered plainly. Asked with a question mark, or said as a question ("kostar
// sfi pengar", "e folkhögskola gratis"), not told ("komvux kostar ju inget").
const STUDY_SCHOOL = /\b(komvux|sfi|folkhogskola\w*|folkhogis|folk high school)\b/;
const STUDY_COSTS = /\b(gratis|kostnadsfri\w*|avgiftsfri\w*|kostar|kosta|kostnad\w*|avgift\w*|betala|betalar|pris|priset|dyrt|dyr|free|cost|costs|fee|fees|pay|paid|price|expensive)\b/;
const ASKED_FIRST = /^((men|och|asa|assa|ok|okej|btw|hej|so|and|but|also) )*(vet (du|ni)( om)?|undrar (om|vad)|kostar|kosta|ar|e|blir|maste|behover|far|kan|hur|vad|va|is|are|does|do|will|would|must|how|what|whats|wonder(ing)? (if|whether))\b/;

function asksStudyCost(text: string, said: string): boolean {
  return STUDY_SCHOOL.test(said) && STUDY_COSTS.test(said) && (text.includes("?") || ASKED_FIRST.test(said));
}

/** Which school's cost is asked about: "costKomvux", "costSfi", "costFolkhogskola". */
function studyCostTopic(said: string): SignpostTopic {
  const school = STUDY_SCHOOL.exec(said)?.[1] ?? "komvux";
  return school === "sfi" ? "costSfi" : school === "komvux" ? "costKomvux" : "costFolkhogskola";
}

// Where a young person may live, asked (texter17 #9: "får man bo hos sin moster om man e 15" met "hänger inte
// riktigt med"): living with a relative or on one's own, moving out or home, and who decides or may make them.
// Which depends (guardians decide for a minor, their own wishes weigh more with age, social services may be in it),
// so the answer says so, promises nothing, and offers the team. Not a place to sleep tonight (the screen's, and
// the night's: "kan jag sova hos en kompis inatt"), nor a meeting moved ("kan vi flytta fikan").
const KIN = "min|mina|sin|sina|en|ngn|nan|nagon|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|pappa|mamma|farsan|morsan|kompis|kompisen|syster|bror|syrran|brorsan|pojkvan|flickvan|familjehem|jourhem|hem";
const LIVES_WHERE = new RegExp(
  String.raw`\b(bo|bor|flytta|flyttar|flytt)( (hos|med|till|tillbaka till) (${KIN})\b| ut\b| hemifran\b| hem( igen| tillbaka)?\b| hemma\b| sjalv\b| ensam\b| for mig sjalv\b| pa egen hand\b| i (en )?egen (lagenhet|lya|bostad)\b)` +
    String.raw`|\bvar (jag|man|ja) (ska|far|maste|kan) bo\b|\begen (lagenhet|lya|bostad) (nar|om|fast|innan) (jag|man|ja)\b` +
    String.raw`|\b(move out|moving out|leave home|leaving home|live on my own|live alone|live by myself|get my own place|move in with|live with my (aunt|uncle|gran|grandma|grandmother|grandpa|grandad|dad|mum|mom|sister|brother|cousin|friend|bf|boyfriend|girlfriend)|(make|force|send) me (to )?(move|go|live) (back )?(home|with))\b`,
);
// Whether one may, must or can be made to: "får man", "kan jag", "måste jag", "kan soc tvinga mig", "can i", "am i allowed".
const MAY_LIVE = /\b(far|kan|maste|gar det|bestammer|tvinga\w*|lov|ratt|lagligt|can|may|allowed|legal|have to|make me|force me|decides?)\b/;
const TONIGHT = /\b(inatt|i natt|ikvall|i kvall|tonight|right now|just nu)\b/;

/** Where a young person may live asked: with a relative, on their own, moved out or home (`LIVES_WHERE`). */
function asksWhereToLive(text: string, said: string): boolean {
  const m = LIVES_WHERE.exec(said);
  if (!m || !(MAY_LIVE.test(said) || text.includes("?")) || TONIGHT.test(said)) return false;
  // Living said as the condition of another question ("kan man få försörjningsstöd om man bor hemma hos morsan"):
  // that question is the one asked.
  return !/\b(om|if|nar|when|fast|though) (man|jag|ja|i|you|u) (ar |e )?$/.test(said.slice(0, m.index));
}

// Where to get food, asked ("finns det nåt ställe man kan få mat", "vet du var man kan få mat gratis?", "is there
// anywhere i can get food"; fix22a: it met "Okej! Jag hänger inte riktigt med"). No place is named from here (none is
// known for where they live): the team helps find one, and social services help when the money does not cover food.
const FOOD_ASKED =
  /\b(var|vart|nagonstans|nanstans|stalle|stallen|nat stalle|nagot stalle|where|anywhere|somewhere|place|places)\b.*\b(fa|far|hitta|hamta|kopa|ata|get|find|pick up|eat)\b.*\b(mat|matkasse\w*|matkort|food|a meal|meals|groceries)\b|\b(matbank\w*|food bank\w*|foodbank\w*)\b/;

function asksWhereFood(text: string, said: string): boolean {
  return FOOD_ASKED.test(said) && (text.includes("?") || PRACTICAL_ASKED.test(said));
}

/** Where a practical question has a plain public place to ask, named in the answer (answer-question.ts); else undefined. */
export function signpostTopic(text: string): SignpostTopic | undefined {
  const said = fold(text);
  if (VALIDATION.test(said)) return "validation";
  if (agencyLetterUnclear(text, said)) return "letter";
  if (asksWhereToLive(text, said)) return "whereToLive";
  if (asksWhereFood(text, said)) return "food";
  if (SICK_LEAVE.test(said)) return "sickLeave";
  // "do i need a personnummer to go to vårdcentral": care without one, asked (it got what a vårdcentral is).
  if (CARE_PLACE.test(said) && /\b(personnummer|personnr|samordningsnummer|id|id kort|legitimation|leg|swedish id|social security number)\b/.test(said)) return "healthId";
  if (CARE_PLACE.test(said) && /\b(gratis|kostar|kosta|avgift|betala|free|cost|costs|pay|fee)\b/.test(said)) return "healthCost";
  if (/\b(vardcentral\w*|vc|health ?cent(re|er)s?)\b/.test(said) && /\b(vad (ar|e)|va (ar|e)|vad betyder|what is|whats|what s|behover jag|do i need|need one)\b/.test(said)) return "healthCentre";
  if (asksAboutCare(text, said)) return "health";
  // How to register, not whether one must be ("måste man va inskriven på af för att få stöd" has no such answer).
  if (AF_REGISTER.test(said) && /\b(hur|how|var|vart|where)\b/.test(said)) return "af";
  if (/\b(forsorjningsstod\w*|ekonomiskt bistand|socialbidrag\w*)\b/.test(said)) return "support";
  if (/\b(bostadsko\w*|bostadskon|housing queue|bostadsformedling\w*)\b/.test(said)) return "housing";
  if (asksStudyCost(text, said)) return studyCostTopic(said);
  if (/\b(csn|studiemedel\w*|studiebidrag\w*|studielan\w*|student aid|student loan)\b/.test(said)) return "csn";
  if (FK.test(said)) return "fk";
  if (/\bkomvux\b/.test(said)) return "komvux";
  if (/\b(gymnasiet|gymnasium|gymnasieprogram\w*|gymnasieskola\w*|introduktionsprogram\w*)\b/.test(said)) return "gymnasiet";
  // When and how, not what it costs ("vad kostar körkort" has no one answer: the team).
  if (/\b(ovningskor\w*|ovningskora|korkort\w*|korlektion\w*|trafikskola\w*|drivers? licen[cs]e|driving (licen[cs]e|lessons?))\b/.test(said) && !/\b(kostar|kosta|kostnad|pris|priset|dyrt|betala|betalar|bekosta|cost|costs|price|pay|pays|paid)\b/.test(said)) return "driving";
  if (/\b(forskola\w*|forskoleplats\w*|dagis|preschool|daycare|nursery)\b/.test(said)) return "preschool";
  if (/\b(cv|cvt|cv t|resume)\b/.test(said) && !/\b(personligt brev|personliga brev|cover letter)\b/.test(said)) return "cv";
  if (new RegExp(String.raw`\b${ACTIVITIES.source}\b`).test(said)) return "activities";
  return undefined;
}

/** A question about how something works out there (support, CSN, a driving licence, a CV, a housing queue, health care). */
export function asksPractical(text: string): boolean {
  const said = fold(text);
  if (asksWhereToLive(text, said) || asksStudyCost(text, said) || asksWhereFood(text, said) || agencyLetterUnclear(text, said)) return true;
  if (VALIDATION.test(said) && (text.includes("?") || PRACTICAL_ASKED.test(said) || MEANING_ASKED.test(said))) return true;
  if (asksAboutCare(text, said) || (AF_REGISTER.test(said) && (PRACTICAL_ASKED.test(said) || ASKED_INSIDE.test(said) || text.includes("?")))) return true;
  // "vem ska jag ringa på försäkringskassan": a person there asked for, whom only the team can help find (no signpost).
  if (FK.test(said) && /\b(vem|who)\b/.test(said)) return false;
  // "jag vill börja komvux hur gör jag": the how asked after the topic.
  if (PRACTICAL_TOPIC.test(said) && /\b(hur gor (jag|man)|how do i|how can i)\b/.test(said) && !ABOUT_THIS_CHAT.test(said)) return true;
  if (TOO_LATE.test(said)) return true;
  // "körkort då, kan kommunen betala": who pays for it, which depends (the team), asked after the topic (texter17 #10).
  if (PRACTICAL_TOPIC.test(said) && WHO_PAYS_FOR_IT.test(said) && !ABOUT_THIS_CHAT.test(said)) return true;
  // "jag har typ aldrig jobbat kan jag ens skriva ett cv": told, then asked.
  if (PRACTICAL_TOPIC.test(said) && ASKED_AFTER.test(said) && !PRACTICAL_ASKED.test(said) && !ABOUT_THIS_CHAT.test(said) && !/\b(hjalp|hjalpa|help)\b/.test(said)) return true;
  // "kan ni hjälpa mig med mitt cv" asks for the help itself (small-talk.ts offers it).
  if (!PRACTICAL_TOPIC.test(said) || !PRACTICAL_ASKED.test(said) || ABOUT_THIS_CHAT.test(said) || /\b(hjalp|hjalpa|help)\b/.test(said)) return false;
  return !MONEY_BY_TAKING_PART.test(said) && !(MONEY.test(said) && MONEY_CHANGES.test(said));
}

function asksAboutMoney(text: string, said: string): boolean {
  // ("vet du nåt om csn?" asks what Tillit knows, not whether CSN gets to know: the signpost, asksPractical.)
  if (MONEY_AGENCY.test(said) && SEES_OR_TOLD.test(said.replace(TILLIT_KNOWS, " ")) && asks(text, said, MONEY_AGENCY)) return true;
  if (!MONEY.test(said)) return false;
  if (MONEY_CHANGES.test(said)) return text.includes("?") || MONEY_ASKED.test(said);
  // Asked only with a question mark or the verb first ("får jag … om jag e med"): "fick pengar om jag svarade" is news.
  return MONEY_BY_TAKING_PART.test(said) && (text.includes("?") || /^(far|kommer|blir|kan|do|does|will|would|can|could|is)\b/.test(said));
}

/**
 * "kolla läget", "kan vi köra check in", "checkin": the check-in asked for, not a question about it
 * ("hur funkar check in?"). Read where another question is open (the offer of a person).
 */
export function asksForCheckIn(text: string): boolean {
  return understandFree(text) === "check-in" && !/^(hur|vad|va|varfor|vem|what|how|why|who)\b/.test(fold(text));
}

export function understandFree(text: string): FreeIntent {
  const said = fold(text);
  const keyword = detectKeyword(text);
  if (keyword === "opt-out") return "opt-out";
  if (keyword === "help") return "question:what-can-you-do";
  if (!said) return "none";
  // "kan du radera allt jag skrev inatt", "can you delete what i wrote last night": a part of what they wrote, which
  // Tillit cannot take away one message at a time, and the team may have read (texter17 #9; it met "förstår inte").
  if (DELETE_WORDS.test(said) && PART_WRITTEN.test(said) && !detectErasureRequest(text)) return "question:delete-part";
  if (DELETE_WORDS.test(said) && HOW_OR_MAY_I.test(said)) return "question:delete";
  if (detectErasureRequest(text)) return "delete-data";
  if (detectReminderRequest(text) === "off") return "reminders-off";
  if (asksHowToStop(said)) return "question:stop";
  // "jag vill sluta med det här", "i want out": what leaving means and how, asked as a question is.
  if (wantsToLeave(text)) return "question:leave";
  if (wantsLessContact(said) || rebuffs(text, said)) return "less-contact";
  // Before "is it a bot" ("e de AI" asks where the words go, not only what Tillit is) and before the
  // number ("säljer ni mitt nummer" asks about selling, not where the number came from).
  // "används det här för att träna AI", "is this being used to train ai": a yes or no about training, before "is it AI".
  if (asksAboutAiTraining(text, said)) return "question:ai-training";
  if (asksAboutAi(text, said)) return "question:ai";
  // "vem har gjort dig", "who made you"; "blir du uttråkad", "do you get bored": about Tillit itself (texter17 #7).
  if (asksWhoMadeTillit(said)) return "question:who-made";
  if (asksIfTillitBored(said)) return "question:bot-bored";
  // "har du känslor", "do u have feelings", "what do u even do all day": small talk about Tillit, answered truthfully (texter18 #16).
  if (asksIfTillitFeels(said)) return "question:bot-feelings";
  if (asksWhatTillitDoesAllDay(said)) return "question:bot-day";
  // "varför skickar du nummer till självmordslinjen": asked about the numbers Tillit sent, not about what is kept
  // ("why do u keep sending…" is no storage question); the screen lets it through when it is only the question.
  if (asksWhyNumbers(text)) return "question:why-numbers";
  if (asksIfSold(text, said)) return "question:sold";
  // "vad tjänar ni på detta", "betalar kommunen dig"; "jag e 15 får jag va med här".
  if (asksWhoPays(said)) return "question:who-pays";
  // "jag e 15 måste mina föräldrar godkänna detta": who decides, before the age and the parents reading.
  if (PARENTS_APPROVE.some((re) => re.test(said))) return "question:parents-approve";
  if (asksAboutAge(said)) return "question:age";
  // "va det du som skrev eller roboten": who wrote, before "is it a bot" (the bot named is not the question).
  if (WHO_WROTE.some((re) => re.test(said)) || staffAskedIfReal(said, text) !== undefined) return "question:who-wrote";
  if (IS_BOT.some((re) => re.test(said)) || (NAMES_A_BOT.test(said) && asksSomething(text, said))) return "question:is-bot";
  // Where the number came from, even when it names soc or a parent ("fick ni mitt nr från soc?").
  if ((NUMBER.test(said) && (/\b(hur|var|vem|varfor|vart|varifran|how|who|why|where)\b/.test(said) || GOT_NUMBER.test(said))) || (PHONE.test(said) && GOT_NUMBER.test(said))) return "question:number";
  if (asksWhatReportingMeans(said)) return "question:report-meaning";
  if (asksWhatAtRiskMeans(text, said)) return "question:at-risk-meaning";
  if (asksAboutWithdrawing(text)) return "question:withdraw";
  // Before the parties ("min mamma betalar mitt abonnemang, kan hon se?", "sparas det jag skrev om min pappa"
  // was answered as whether parents can read this).
  if (asksAboutPhoneBill(text, said)) return "question:phone-bill";
  if (asksIfToldIsKept(text, said)) return "question:kept-told";
  // "får jag fortfarande prata med er om jag får jobb", "do i still get to talk to kim": whether the contact
  // stays (a job or a break does not end it), before "who is my coordinator" and a wish for a person.
  if (asksIfTalkAfterNo(text, said)) return "question:talk-if-no";
  if (asksIfStillTheirs(text, said)) return "question:still-mine";
  if (TEAM_LEAD.test(said)) return "question:team-lead";
  // "e ni från kommunen?", "men vem är teamet", "who is my team?", "vem e detta? fick ett sms": who is behind the
  // service (fix22a: unanswered, or the consent asked again as if nothing was asked).
  if (asksWhoWeAre(text, said)) return "question:who-we-are";
  // "is this going to my handläggare??": whether a caseworker sees or gets it (before "har jag nån egen handläggare").
  if (asksAboutCaseworker(text, said)) return "question:caseworker";
  // ("har jag en koordinator som kan ringa mig?" asks for the call: ASKS_FOR_CONTACT.)
  if (MY_COORDINATOR.some((re) => re.test(said)) && (asks(text, said) || COORDINATOR_ASKED.test(said)) && !ASKS_FOR_CONTACT.test(said) && !AT_ANOTHER_PLACE.test(said)) {
    return "question:my-coordinator";
  }
  if (NEXT_MEETING.some((re) => re.test(said)) && (asks(text, said) || MEETING_ASKED.test(said)) && !OTHER_PLACE.test(said) && !SOCIAL.test(said) && !EMPLOYMENT.test(said)) return "question:next-meeting";
  // What soc will do is no question of who sees this: a person talks it through.
  if (SOC_ACTS.some((re) => re.test(said)) || asksIfSocTakesChild(said)) return "question:soc-acts";
  if (TURNING_18.test(said)) return "question:turning-18";
  // "gäller det där med soc fortfarande då" (after "fyllde 18 igår"): whether the duty to report still applies,
  // the soc answer (for an adult it says it does not); it met "Ingen brådska" (texter17 #10).
  if (SOCIAL.test(said) && STILL_APPLIES.test(said)) return "question:social-services";
  // "ni har väl inget med aktivitetsansvaret att göra längre eller": what KAA is and until when (texter17 #10).
  if (KAA.test(said)) return "question:kaa";
  // Money before the parties that pay it ("påverkar det mitt försörjningsstöd från soc?").
  if (PRIVATE.some((re) => re.test(said))) return "question:private";
  if (SECRECY.some((re) => re.test(said))) return "question:secrecy";
  // "vad händer om jag säger nåt olagligt": whether the police hear of it.
  if (TELLS_ILLEGAL.some((re) => re.test(said))) return "question:police";
  // "typ om jag röker på ibland": the same test, answered as telling of drugs is (DEALING).
  if (USES_IF.test(said)) return "question:dealing";
  // "kan man få försörjningsstöd om man bor hemma", "Kan jag få CSN när jag läser komvux": how things work
  // out there, not who sees this ("Nej, dina föräldrar kan inte läsa det här" was the answer).
  if (asksPractical(text)) return "question:practical";
  if (asksAboutMoney(text, said)) return "question:money";
  // A foster home or the staff where they live, before the parents ("foster mom" is no parent to answer for).
  if (about(said, text, CARERS)) return "question:carers";
  if (about(said, text, SOCIAL)) return "question:social-services";
  if (about(said, text, PARENTS)) return "question:parents";
  // "måste jag gå på mötet på af?" asks whether to go, not whether AF can read this (it was answered "Nej, …").
  if (about(said, text, EMPLOYMENT) && !asksMustGo(text)) return "question:employment-service";
  // "vet du om komvux är gratis" asks what Tillit knows, not whether the school knows (texter18 #8).
  if (SCHOOL.test(said) && SEES_OR_TOLD.test(said.replace(TILLIT_KNOWS, " ")) && asks(text, said, SCHOOL)) return "question:school";
  if (asksAboutPolice(text, said) || asksWhetherWeCall(text)) return "question:police";
  if (WHO_READS.some((re) => re.test(said)) || OTHERS_READ.test(said)) return "question:who-reads";
  if (asksAboutRecord(text, said)) return "question:storage";
  if (MUST_ANSWER.some((re) => re.test(said))) return "question:must-answer";
  if (DEALING.some((re) => re.test(said))) return "question:dealing";
  if (HUMAN.some((re) => re.test(said)) && !REFUSES_CONTACT.test(said) && !wantsNoPerson(said) && !toldNoContact(said)) return "human";
  if (ABOUT_ME.some((re) => re.test(said))) return "question:about-me";
  if (STORAGE.some((re) => re.test(said)) && asks(text, said)) return "question:storage";
  if (WHAT_CAN_YOU_DO.some((re) => re.test(said))) return "question:what-can-you-do";
  if ((CHECK_IN.some((re) => re.test(said)) || TELL_HOW.test(said)) && !/\bhur (mar|mor) (du|ni)\b/.test(said)) return "check-in";
  if (MAPPING.some((re) => re.test(said)) || hasWordLike(said, "kartlaggning") || (SELF_TOPIC.test(said) && TELL_OR_DO.test(said))) return "mapping";
  if (RATING.test(said) || hasWordLike(said, "skattning")) return "rating";
  if (PLAN.test(said) || AGREED.some((re) => re.test(said)) || hasWordLike(said, "handlingsplan")) return "plan";
  if (hasWordLike(said, "incheckning")) return "check-in";
  if (isGreeting(said)) return "greeting";
  return "none";
}

const NOT_WANTED = /\b(ingen|inte|int|ej|no|not|dont|don t|never|aldrig)\b/;

/**
 * A question and, in another sentence of the same message, a wish for a person: "e du en bot? vill
 * prata med en person", "kan soc se detta. jag vill snacka med nån". The question is answered and the
 * person asked for; a question about people ("är det en människa som svarar?") is one sentence and no wish.
 */
export function alsoAsksForPerson(text: string): boolean {
  const sentences = text.split(/[?!.\n]+/).map((t) => t.trim()).filter(Boolean);
  // "ingen människa tack", "vill inte prata med nån": no wish.
  const wishes = (t: string) => understandFree(t) === "human" && !NOT_WANTED.test(fold(t));
  return sentences.length > 1 && sentences.some(wishes);
}

// A last letter drawn out for warmth ("tjenaa", "hejjj", "yooo") does not change the word ("good" is not "god").
const single = (w: string) => w.replace(/(\p{L})\1+$/u, "$1");
const GREETING_SINGLE = new Set([...GREETING_WORDS].map(single));

function isGreeting(said: string): boolean {
  if (BACK_AGAIN.test(said) || BACK_WHOLE.test(said) || AWAY_SORRY.test(said)) return true;
  const words = said.split(" ");
  const greets = (w: string) => GREETING_WORDS.has(w) || GREETING_SINGLE.has(single(w));
  // "hejhej, ja e tillbaka": back again after any greeting.
  const afterGreeting = words.slice(words.findIndex((w) => !greets(w))).join(" ");
  if (words.some(greets) && BACK_WHOLE.test(afterGreeting)) return true;
  return words.length <= 6 && words.some(greets) && words.every((w) => greets(w) || GREETING_FILLER.has(w));
}
