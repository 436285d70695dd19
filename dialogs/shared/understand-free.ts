// A message when no question is waiting: what does the person want? Commands in their own words
// ("kolla läget", "skatting"), a person, fewer messages, a deletion, a greeting, or one of the
// questions young people ask to test whether Tillit can be trusted. The order matters: a question
// about how to stop is not a wish to stop, "är du en riktig människa" asks about the bot rather than
// for a person, and only a bare STOPP-type keyword opts out.
import { detectKeyword } from "../../bot/domain/keywords.js";
import { asksSomething, fold, hasWordLike } from "./fold.js";
import { detectReminderRequest } from "./reminder-words.js";
import { detectErasureRequest } from "./erasure-words.js";

export const QUESTION_KINDS = [
  "is-bot", "who-reads", "social-services", "parents", "employment-service", "storage", "delete", "number", "stop", "what-can-you-do",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type FreeIntent =
  | "check-in" | "mapping" | "rating" | "plan" | "human" | "opt-out" | "less-contact" | "reminders-off" | "delete-data" | "greeting" | "none"
  | `question:${QuestionKind}`;

const DELETE_WORDS = /\b(radera\w*|ta(r|s)? (\w+ )?bort|sudda|delete|erase|remove|rensa|glomma)\b/;
const HOW_OR_MAY_I = /\b(hur|kan jag|kan man|gar det|far jag|maste jag|how|can i|could i|is it possible|am i able)\b/;
const STOP_WORDS = /\b(sluta|slutar|stopp\w*|stop|stang\w* (\w+ )?av|avslut\w*|avregistr\w*|unsubscribe|opt out|farre|fewer|mindre|less|slippa|inga fler)\b/;

const LESS_CONTACT = [
  /\bsluta (skriva|skicka|sms a|smsa|sms|messa|mess|texta|spamma|hora av|kontakta|ringa|tjata|fraga)/,
  /\b(lamna|lat) mig (vara )?(i ?fred)\b|\blat mig vara\b/,
  /\borka(r)? (inte|int|ej) (fler|mer|alla|med (alla |era )?(sms|meddelanden|mess))/,
  /\bfor (manga|mycket) (sms|meddelanden|mess|texter)\b/,
  /\bskriv(er)? (for mycket|for ofta|mindre|inte sa ofta|mer sallan|sallan|inte lika ofta)\b/,
  /\b(mindre|farre) (sms|meddelanden|mess)\b|\bmer sallan\b/,
  /\bstop (texting|messaging|writing|sending|spamming)\b|\bleave me alone\b|\btoo many (messages|texts)\b|\b(text|message|write) (me )?less\b|\bdont (text|message|write)\b/,
  /\bsluta spamma\b|\bspamma inte\b|\bsms a inte\b|\bskriv inte till mig\b/,
  /\b(vill inte ha|skicka inte|inga|no more|dont send|do not send) (fler|mer|mera|nagra|any|more)? ?(sms|meddelanden|mess|messages|texts)\b/,
  /\b(skickar|skriver|messar|smsar|hor av er|hor ni av er) (for mycket|for ofta|sa mycket|sa javla mycket|sa ofta|hela tiden)\b|\bskriv (inte|int) (mer|mera|nat mer|till mig)\b/,
  // A STOPP word with something around it is a wish, not the keyword: offer STOPP rather than act.
  /^(stopp|stop|stoppa|sluta|avsluta)( (tack|nu|please|pls|snalla|da|med det har|allt|skriva|med allt))*$/,
];

const IS_BOT = [
  /\b(ar|e|are|r|is)\s+(du|u|you|detta|det|det har|this|it|ni)\s+(ens\s+|even\s+)?(en\s+|a\s+|an\s+)?(robot|bot|botten|ai|chatbot|chattbot|manniska|human|riktig|pa riktigt|real|person|maskin|automatisk|program|dator|datorprogram|chatgpt)\b/,
  /\bprata(r)? jag med (en )?(robot|bot|manniska|maskin|dator|ai|riktig)\b/,
  /\b(ar det|e det|is it|is this) (en |a )?(manniska|person|robot|bot|human) som (svarar|skriver|answers|writes)\b/,
  /^(bot|robot|ai|chatgpt|en bot|en robot|human)$/,
  /\b(automatisk\w*|automatiser\w*|automated|automatic)\b/,
];
// "bot eller människa?": a question that names a bot is about Tillit, not a wish for a person.
const NAMES_A_BOT = /\b(bot|botten|robot|roboten|chatbot|chattbot|ai|chatgpt)\b/;
const HUMAN = [
  /\b(prata|snacka|tala|chatta|ringa|traffa|traffas|skriva|fa kontakt)\b.*\b(manniska|manniskor|person|koordinator|koordinatorn|handledare|handledaren|nagon|nan|vuxen|riktig|personal)\b/,
  /\b(manniska|riktig person|en vuxen|min koordinator)\b/,
  // "vill prata med Maja": a name on its own after "prata med" (not "min mamma", "en kompis", "dig").
  /^(jag )?(vill|kan jag|kan jag fa|far jag|behover) (prata|snacka|tala|traffa) med (?!(dig|dej|er|mig|en|ett|min|mitt|mina|din|hen|honom|henne|dem|dom|nan|nagon|mamma|pappa|kompis|alla)\b)\p{L}+( nu| tack| snalla| igen| asap)?$/u,
  /\bring(a)? (mig|upp mig)\b|\b(nagon|nan) (ringa|ringer)\b|\bkoppla mig\b|\b(fa|ha|boka) (ett )?samtal\b/,
  /\b(talk|speak|chat)\b.*\b(human|person|someone|somebody|coordinator|real)\b|\b(human|real person)\b|\bcall me\b/,
];

function about(said: string, text: string, entity: RegExp): boolean {
  if (!entity.test(said)) return false;
  return asksSomething(text, said) || /\b(se|ser|lasa|laser|veta|beratta|berattar|skicka|skickar|tillgang|kopplat|kontakt|ringer|anmala|anmaler|see|read|know|tell|send|access|find out)\b/.test(said);
}

const SOCIAL = /\b(soc|socen|socialen|soccen|socialtjansten|socialtjanst|socialsekreterare\w*|social services|social worker|cps)\b/;
const PARENTS = /\b(foraldrar\w*|foralder|mamma\w*|mam|morsan|morsa|pappa\w*|farsan|farsa|vardnadshavare\w*|familj\w*|parents?|mom|mum|dad|mother|father|family|guardian)\b/;
const EMPLOYMENT = /\b(arbetsformedlingen|arbetsformedling|af|afs|employment service|public employment|jobcenter)\b/;
const WHO_READS = [
  /\b(vem|vilka|who|whos)\b.*\b(laser|lasa|ser|se|read|reads|reading|see|sees|seeing|tillgang|access)\b/,
  /\b(laser|ser) (nagon|nan|min koordinator|ni|du|personal|ngn|nagra)( annan| mer| annat| allt)?\b/,
  /\bvem (ar det )?som laser\b|\b(anyone|anybody|someone) (reading|read|see|seeing)\b/,
];
const STORAGE = [
  /\b(sparas|sparar|spara|sparat|lagras|lagrar|store|stored|save|saved|keep|kept)\b.*$/,
  /\bvart (tar|tog|gar|hamnar) .*\b(vagen|svar|meddelanden|data)\b|\bvad hander med (det jag skriver|mina? (svar|meddelanden|uppgifter|info|data))|\bvad gor ni med (min|mina|det)\b|\bwhat happens (to|with) (my|what i)\b|\bhur lange (sparas|sparar|finns|har ni)\b/,
];
const NUMBER = /\b(mitt|min|my) (nummer|nr|telefonnummer|mobilnummer|tel|mobil|number|phone number|no)\b/;
const WHAT_CAN_YOU_DO = [
  /^(vad|va) (ar|e) (det|detta|det har|det dar|tillit|du|ni)( for (nagot|nat|nanting|nagonting|ngt))?$/,
  /^(vem|vilka) (ar|e) (du|ni|det har|detta|det)$|^who (is|s) (this|it)$|^who are (you|u)$/,
  /\bvad (ar|e) (det har|detta|tillit)\b/,
  /\bvad kan (du|ni|jag|man)( (hjalpa|gora|gora har|hjalpa mig med|hjalpa till med|anvanda))?\b/,
  /\bhur (funkar|fungerar) (det har|detta|det|tillit|du|ni)\b|\bvad (gor|gor) (du|ni|tillit)\b|\bvad ska jag skriva\b/,
  /\bwhat (is|s) (this|tillit)\b|\bwhat can (you|i) do\b|\bwhat do you do\b|\bhow does (this|it) work\b|\bvad (ar|e) syftet\b/,
];

const CHECK_IN = [
  /\b(ch|tj)e(c?k|kk)(a|ar)? ?in\b|\bkolla lage[t]?\b|\bincheckning\w*\b/,
  /\b(mar|mor|madde|kanner mig|feel|feeling|felt)\b/,
  /\bhar (en |haft en )?(bra|dalig|skit|kass|jobbig|tung|ok|okej|seg|grym|najs|risig|trist|tuff|lugn) ?dag\b|\b(skitdag|kassdag)\b/,
  /\b(idag|today)\b.*\b(ar|e|is|was)\b.*\b(bra|dalig|kass|jobbig|tung|seg|good|bad|rough)\b/,
  /\b(jag ar|jag e|ar sa|im|i am|i m)( sa| jatte| lite| ratt| typ| kinda| so| really)? (trott|glad|ledsen|nere|deppig|stressad|orolig|pigg|nojd|slut|happy|sad|tired|down|stressed|anxious|okay|ok)\b/,
];
const MAPPING = [
  /\b(kartlaggning\w*|kartlagga|mapping)\b|^(om mig|about me)( sjalv| myself)?$|\b(veta|lara dig) (mer |lite |lite mer )?om mig\b/,
  /\b(beratta|berattar|prata|snacka|tell you|talk) (lite |mer |lite mer )?(om|about) (mig|me|myself|vad jag|mina|vad jag ar)\b|\blara kanna mig\b/,
];
const RATING = /\b(skattning\w*|skatting\w*|skattnig|sjalvskattning\w*|skatta|rating|ratings|self rating|pastaende\w*|formularet|enkaten)\b/;
const PLAN = /\b(min plan|minplan|planen|handlingsplan\w*|my plan|action plan|delmal\w*|mitt mal|mina mal)\b/;

const GREETING_WORDS = new Set(["hejhopp", "hejsvejs", "svejsan", "tjo", "tjoo", "tjoho", "hej", "hejsan", "hejhej", "heej", "hejj", "tja", "tjaa", "tjena", "tjenare", "tjenixen", "tjabba", "tjabbatjena", "halla", "hallaa", "halloj", "hallo", "yo", "hey", "heey", "heyy", "hello", "hi", "hii", "hiya", "morsning", "morrn", "morron", "god", "goddag", "gomorron", "laget", "wassup", "sup", "howdy"]);
const GREETING_FILLER = new Set(["igen", "det", "ar", "e", "jag", "du", "ni", "dig", "er", "alla", "allihop", "tillit", "pa", "hur", "morgon", "kvall", "eftermiddag", "dag", "da", "sa", "again", "there", "its", "me", "whats", "up", "med", "bara", "mar", "how", "are", "you", "u", "r", "doing", "dar", "alla", "kompis"]);
const BACK_AGAIN = /\b(det var (lange|langesen|ett tag)|langesen|lange sen|ar ni kvar|finns ni kvar|ar du kvar|kan jag fortfarande vara med|far jag fortfarande vara med|jag ar tillbaka|im back|back again|long time)\b/;

export function understandFree(text: string): FreeIntent {
  const said = fold(text);
  const keyword = detectKeyword(text);
  if (keyword === "opt-out") return "opt-out";
  if (keyword === "help") return "question:what-can-you-do";
  if (!said) return "none";
  if (DELETE_WORDS.test(said) && HOW_OR_MAY_I.test(said)) return "question:delete";
  if (detectErasureRequest(text)) return "delete-data";
  if (detectReminderRequest(text) === "off") return "reminders-off";
  if (/\b(hur|how)\b/.test(said) && STOP_WORDS.test(said)) return "question:stop";
  if (/\b(kan jag|gar det att|can i) (sluta|stanga av|avsluta|slippa|avregistrera|stop|unsubscribe|opt out)\b/.test(said)) return "question:stop";
  if (LESS_CONTACT.some((re) => re.test(said))) return "less-contact";
  if (IS_BOT.some((re) => re.test(said)) || (NAMES_A_BOT.test(said) && asksSomething(text, said))) return "question:is-bot";
  if (about(said, text, SOCIAL)) return "question:social-services";
  if (about(said, text, PARENTS)) return "question:parents";
  if (about(said, text, EMPLOYMENT)) return "question:employment-service";
  if (WHO_READS.some((re) => re.test(said))) return "question:who-reads";
  if (HUMAN.some((re) => re.test(said))) return "human";
  if (NUMBER.test(said) && /\b(hur|var|vem|varfor|vart|how|who|why|where)\b/.test(said)) return "question:number";
  if (STORAGE.some((re) => re.test(said)) && asksSomething(text, said)) return "question:storage";
  if (WHAT_CAN_YOU_DO.some((re) => re.test(said))) return "question:what-can-you-do";
  if (CHECK_IN.some((re) => re.test(said)) && !/\bhur (mar|mor) (du|ni)\b/.test(said)) return "check-in";
  if (MAPPING.some((re) => re.test(said)) || hasWordLike(said, "kartlaggning")) return "mapping";
  if (RATING.test(said) || hasWordLike(said, "skattning")) return "rating";
  if (PLAN.test(said) || hasWordLike(said, "handlingsplan")) return "plan";
  if (hasWordLike(said, "incheckning")) return "check-in";
  if (isGreeting(said)) return "greeting";
  return "none";
}

function isGreeting(said: string): boolean {
  if (BACK_AGAIN.test(said)) return true;
  const words = said.split(" ");
  return words.length <= 6 && words.some((w) => GREETING_WORDS.has(w)) && words.every((w) => GREETING_WORDS.has(w) || GREETING_FILLER.has(w));
}
