// News told along with the answer to "Passar det med en snabb incheckning nu?": "nej men jag fick jobbet!!", "not now,
// my mum is in hospital", "nä har ont i magen", "senare, är hos läkaren". The answer is taken as it is (ask-first);
// what was told with it is heard, briefly, in its own tone: good news, something hard, a busy moment (an interview,
// work, the doctor), or anything else told. A reason that only says no again ("har inte tid", "orkar inte", "busy
// rn") is no news. Read on folded text (no åäö, lower case).
import { fold } from "./fold.js";
import { isGoodNews } from "./reflect.js";
import { feelsBad } from "./understand-small-talk.js";

export type NewsTone = "good" | "hard" | "busy" | "told";

// The answer itself at the start, and the little words that join the news on ("nej men", "not now, cause").
const ANSWER = /^(nej|nae|na|nej nej|nope|nah|no|inte (nu|idag|i dag|just nu|nu direkt)|inte idag heller|not (now|today|rn|right now)|senare|sen|later|lite senare|kanske senare|ja|jaa|japp|yes|yeah|yep|ok|okej|sure|absolut|visst)\b/;
const JOINS = /^(tack|thanks|sorry|forlat|pga|pa grund av|for att|eftersom|asa|assa|typ|men|but|for|because|cause|cuz|coz|bc|since|sa|so|ju|nu|now|rn|idag|i dag|today|heller|just nu|right now|jag|ja|i|im|i m)\b/;

// No more than the answer again, every word of it: no time, no energy, later, not today, it does not suit.
const ANSWER_AGAIN = new Set(
  ("inte int ej nu idag dag just tid lust ork orkar orka pallar har hade ingen inget upptagen kan hinner senare sen kanske nej ja " +
    "tack snalla tyvarr forlat passar funkar gar det de e ar riktigt alls heller annan annat gang nagon nan imorgon ikvall kvall " +
    "jag ja mig lite en ett sa nagot nat typ asa assa " +
    "busy no not time dont don t have havent got cant can t rn right now today later maybe sorry thanks thx pls please " +
    "another tomorrow tonight mood in the a up for it some other i im m am really lol haha xd ok okej " +
    // "nej jag hör av mig till er sen", "no ill do it tomorrow": the answer again, a later said in other words.
    "hor av till er dig ill do it will get back you u to").split(" "),
);

// Something hard: illness, pain, a hospital, a death, a row at home, a bad day.
const HARD =
  /\b(sjuk|sjuka|sjukt dalig|sjukhus\w*|sjukhuset|akuten|lasarett\w*|intensiven|ont i|har sa ont|jatteont|feber|spyr|kraks|kraksjuk|magsjuk|forkyld|influensa|covid|migran|huvudvark|hospital|the er|emergency|sick|feel ill|feeling ill|am ill|im ill|pain|hurts|fever|throwing up|migraine|flu|dog (igar|i natt|inatt|idag|i morse)|(farmor|farfar|mormor|morfar|mamma|pappa|hunden|katten|han|hon) dog|dott|dod|doda|begravning\w*|died|dead|passed away|funeral|brakat|brak|brakar|grala\w*|slast|fight|fought|argue\w*|arguing|ledsen|ledsna|grater|grat|crying|sad|olycka|olyckan|accident|polisen|police|kastat ut|kastade ut|kicked out|dumpad|dumpade|gjort slut|broke up|dumped)\b/;

// Busy with something that matters: an interview, work, school, an exam, the doctor, a meeting.
const BUSY =
  /\b(intervju\w*|interview\w*|jobbet|jobbar|pa jobb|job|jobb|work|working|at work|skolan|skola|lektion\w*|plugget|pluggar|class|school|prov|provet|tenta\w*|exam\w*|test|lakar\w*|lakaren|vardcentral\w*|tandlakar\w*|doktor\w*|doctor\w*|dentist\w*|mote|motet|moten|meeting|af|arbetsformedlingen|soc|handlaggare\w*|traning|traningen|gymmet|gym|practice|training|korlektion|uppkorning|driving lesson)\b/;

/** What was told with a short answer to an offer now (two words or more), and its tone; undefined when only the answer was said. */
export function newsWithAnswer(text: string): NewsTone | undefined {
  let rest = fold(text);
  const answer = ANSWER.exec(rest);
  if (!answer) return undefined;
  rest = rest.slice(answer[0].length).trim();
  for (let join = JOINS.exec(rest); join && rest; join = JOINS.exec(rest)) rest = rest.slice(join[0].length).trim();
  // "har ont om tid" is short of time, no pain.
  rest = rest.replace(/\bont om tid\b/, "tid");
  const words = rest.split(" ").filter(Boolean);
  if (words.length === 0 || words.every((w) => ANSWER_AGAIN.has(w))) return undefined;
  // The whole message too, as the readers know it ("nej men jag fick jobbet!!").
  if (isGoodNews(text) || isGoodNews(rest)) return "good";
  if (HARD.test(rest) || feelsBad(rest)) return "hard";
  // One word more that is neither ("nej hemma") is not told news.
  if (words.length < 2) return undefined;
  return BUSY.test(rest) ? "busy" : "told";
}

// Something ahead of the young person, told (tester22 full05: "en annan grej, jag har en jobbintervju på lager på fredag
// 😬" met "Jag är kvar här…"): an interview, a course or school begun or about to begin, a flat to see or move to. Met
// with a short warm word that fits (small-talk.ts). Not a question, not what is over ("hade en intervju igår"), not
// someone else's ("min syster har en intervju"), not a wish ("vill börja plugga": wishesToStart), not a home being lost
// ("kanske blir av med lägenheten"), and not good news, which has its own joy ("fick en intervju!!!").
export type AheadKind = "interview" | "course" | "flat";
/** When it is, said back in the reply's own language (talk.ahead.when.*). */
export type AheadWhen = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "tomorrow" | "today" | "tonight" | "next-week" | "weekend";

const INTERVIEW = /\b(jobbintervju\w*|anstallningsintervju\w*|intervju\w*|interview\w*)\b/;
const STARTS = /\b(borjar|borja|ska borja|har borjat|startar|starta|kommer borja|starting|start|starts|begin|begins|beginning|started)\b/;
const COURSE = /\b(kurs\w*|komvux|sfi|utbildning\w*|folkhogskola\w*|folkhogis|gymnasiet|skola|skolan|plugga|pluggar|praktik\w*|course\w*|class|classes|school|college|training|internship)\b/;
const FLAT = /\b(lagenhet\w*|lya|lyan|etta|tvaa|visning\w*|apartment|flat|viewing)\b/;
const FLAT_AHEAD = /\b(ska (kolla|titta|se|flytta)|flyttar|flytta|har visning|pa visning|fick kontrakt|skriver kontrakt|going to (see|view|move)|moving|move in|moving in|viewing)\b/;
// Asked, not told: "vad ska jag säga på intervjun då", "ska jag ta med cv", "how do i prepare" (a question mark aside).
const ASKED = /^((och|men|asa|assa|alltsa|ok|okej|typ|but|so|and) )*(vad|va|hur|nar|var|vart|vem|vilken|vilket|vilka|varfor|what|how|when|where|who|which|why|should|can|could|do|does|is|are|will)\b|\b(ska|kan|far|maste|borde|behover|bor) (jag|ja|man|vi)\b/;
const OVER = /\b(hade|gick (bra|daligt|sadar|ok|okej|inte)|var pa|igar|i forrgar|forra veckan|had|went|was|yesterday|last week)\b/;
const SOMEONE_ELSE = /\b(min|mitt|mina|hans|hennes|deras|my|his|her|their) (kompis|kompisar|van|vanner|syster|syrra|bror|brorsan|mamma|morsa|pappa|farsa|kille|tjej|pojkvan|flickvan|friend|friends|sister|brother|mum|mom|dad|bf|gf|boyfriend|girlfriend)\b|^(han|hon|hen|de|dom|he|she|they) /;
// Not going, or not a job's ("intervjun imorgon, jag kommer inte gå", "har en intervju med soc imorgon": a reviewer
// got good luck and the offer to prepare): no good luck for either.
const NOT_GOING = /\b(inte|int|ej|aldrig|not|never|wont|dont|cant|skippar|skippa|skip|skipping|avboka\w*|cancel\w*)\b|\bintervju\w* (med|hos|pa) (soc|socialtjansten|socialen|polisen|bup|fk|forsakringskassan|migrationsverket)\b|\binterview (with|at) (social services|the police|migration)\b/;
const WISH_OR_LOSS = /\b(vill|skulle vilja|tanker|funderar|hoppas|want|wanna|would like|thinking|hoping|blir av med|bli av med|vrak\w*|forlora\w*|forlorar|evict\w*|kastad|kastar ut|slangd|hyra|hyran|obetald|lose|losing|kicked out)\b/;

const WHEN: [AheadWhen, RegExp][] = [
  ["monday", /\b(pa mandag|mandag|on monday|monday)\b/], ["tuesday", /\b(pa tisdag|tisdag|on tuesday|tuesday)\b/],
  ["wednesday", /\b(pa onsdag|onsdag|on wednesday|wednesday)\b/], ["thursday", /\b(pa torsdag|torsdag|on thursday|thursday)\b/],
  ["friday", /\b(pa fredag|fredag|on friday|friday)\b/], ["saturday", /\b(pa lordag|lordag|on saturday|saturday)\b/],
  ["sunday", /\b(pa sondag|sondag|on sunday|sunday)\b/], ["tomorrow", /\b(imorgon|i morgon|imorn|i morn|tomorrow|tmrw|tmr)\b/],
  ["tonight", /\b(ikvall|i kvall|tonight)\b/], ["today", /\b(idag|i dag|today)\b/],
  ["next-week", /\b(nasta vecka|next week)\b/], ["weekend", /\b(i helgen|till helgen|this weekend|at the weekend)\b/],
];

/** Something ahead told (an interview, a course, a flat), with when if said; undefined for anything else. */
export function newsAhead(text: string): { kind: AheadKind; when?: AheadWhen } | undefined {
  const said = fold(text);
  if (text.includes("?") || ASKED.test(said) || OVER.test(said) || SOMEONE_ELSE.test(said) || WISH_OR_LOSS.test(said) || NOT_GOING.test(said) || isGoodNews(text) || HARD.test(said) || feelsBad(said)) return undefined;
  const kind: AheadKind | undefined = INTERVIEW.test(said) ? "interview" : STARTS.test(said) && COURSE.test(said) ? "course" : FLAT.test(said) && FLAT_AHEAD.test(said) ? "flat" : undefined;
  if (!kind) return undefined;
  const when = WHEN.find(([, re]) => re.test(said))?.[0];
  return when ? { kind, when } : { kind };
}
