// Three more questions back a young tester asked before saying yes to anything (2026-12): whether
// what they write goes to an AI ("skickar ni det till openai?", "e de AI", "do u use chatgpt"),
// whether their data or number is sold ("säljer ni min data"), and what "fara illa" means, the words
// the consent and the secrecy answer use ("vad e fara illa", "what does at risk mean"). Each reads
// the folded text (fold.ts: "e" is "ar", "u" is "you", no åäö), and asks only about Tillit: "jag
// använder chatgpt i skolan", "jag säljer min gamla mobil" and "jag far illa" are no such questions.

// The AI, by any of its names: "ai", "a.i.", "chatgpt", "chat gpt", "gpt", "openai", "open ai", a language model.
const AI = String.raw`(ai|a i|ai n|aien|chatgpt|chat gpt|chatgbt|chatgtp|gpt|openai|open ai|artificiell intelligens|sprakmodell\w*|language model|llm|ai tjanst\w*|ai service)`;
// Who or what is asked about: Tillit, its people, or what the person writes.
const US_OR_MINE = String.raw`(ni|du|you|ya|you guys|tillit|er|ert|era|dom|de|det|detta|det har|den har|chatten|this|it|this chat|this thing|mina|mitt|min|my|mine|det jag skriver|vad jag skriver|what i write|allt|everything|svaren|meddelandena|sms en|smsen)`;

const ASKS_ABOUT_AI = [
  // "använder ni chatgpt", "kör ni ai", "skickar ni det till openai", "delar du mina sms med ai"
  new RegExp(String.raw`\b(anvander|anvand|kor|skickar|skicka|delar|ger|laser|matar|tranar|bygger|byggt) (ni|du|tillit|dom|de)\b.*\b${AI}\b`),
  // "skickas det till openai", "går mina sms till chatgpt", "hamnar det hos ai"
  new RegExp(String.raw`\b(skickas|skickats|gar|hamnar|delas|lases|anvands|sparas) ${US_OR_MINE}\b.*\b(till|hos|i|med|av|vidare till)( en| ett)? ${AI}\b`),
  // "är det AI", "e de chatgpt", "är du en ai", "e detta ai 🤖"
  new RegExp(String.raw`\b(ar|is|are|r) (du|ni|det|de|detta|det har|den har chatten|chatten|tillit|this|it|you|this chat|this thing)( (ens|bara|typ|even|just|like|some|really|actually))*( (en|ett|a|an))? ${AI}\b`),
  // "läser en ai det jag skriver", "ser ai mina svar", "får openai se det", "can ai read this"
  new RegExp(String.raw`\b(laser|ser|far|kan|reads|sees|can|does|will)( (en|nan|nagon|some|an|the))? ${AI} (se|lasa|laser|ser|fa se|read|see|access|get|${US_OR_MINE})\b`),
  // "do u use chatgpt", "is this sent to openai", "are my messages going to ai", "is this powered by gpt"
  new RegExp(String.raw`\b(do|does|did|are|r|is|will|would) (you|ya|you guys|tillit|this|it|my (messages|texts|data|answers|stuff|info)|what i write|everything|this chat)( (even|actually|really|gonna|going to))? (use|using|run on|running on|built on|based on|powered by|send|sending|sent|share|sharing|shared|go|going|given|fed|feed|read by|seen by|talk to|connected to)\b.*\b${AI}\b`),
  // "har ni ai?", "har ni nån ai grej" (of Tillit's people only: "har du ai i mobilen" is small talk)
  new RegExp(String.raw`^(men |assa |ok |sa )?har ni( (nan|nagon|en|ett|typ))? ${AI}\b`),
  // "vem ser det, en ai?", "is there ai", "finns det ai här", "någon ai inblandad?"
  new RegExp(String.raw`\b(finns det|is there|any|nan|nagon)( (en|ett|an|a))? ${AI}( (har|here|inblandad|involved|med|i det har|in this|bakom|behind))\b`),
];
// The AI named with nothing else but small words: "ai?", "chatgpt??", "openai eller".
const AI_ALONE = new RegExp(String.raw`^(ar det |e det |is it |so |sa |assa |men |but )?${AI}( (eller|or|lol|haha|typ))?$`);

/** A question whether what the person writes goes to an AI, or whether Tillit is one. */
export function asksAboutAi(text: string, said: string): boolean {
  if (AI_ALONE.test(said)) return text.includes("?") || /\b(eller|or)$/.test(said);
  return ASKS_ABOUT_AI.some((re) => re.test(said));
}

// Training an AI on what they write (texter17 #7): "används det här för att träna AI", "tränar ni ai på det jag
// skriver", "is this being used to train ai", "do you train ai on my messages", "lär sig boten av det jag skriver".
const TRAIN = String.raw`(trana|tranar|tranas|tranad|tranat|traning|traningen|traningsdata|train|trains|trained|training|lara upp|lar upp|lars upp)`;
const TRAINS = [
  new RegExp(String.raw`\b${TRAIN}\b.*\b${AI}\b|\b${AI}\b.*\b${TRAIN}\b`),
  new RegExp(String.raw`\b(lar sig|lar|learn|learns|learning|learnt|learned) (${AI} |boten |botten |du |ni |programmet |the bot |you |it )?(sig )?(av|fran|from|on) (det jag skriver|vad jag skriver|mina|mig|oss|what i write|my|me|us|this|det har)\b`),
];

/** Whether what they write trains an AI, asked (never told: "jag tränar ai på jobbet"). */
export function asksAboutAiTraining(text: string, said: string): boolean {
  if (/^(jag|ja|i|im|i m|vi|we) /.test(said) && !text.includes("?")) return false;
  return TRAINS.some((re) => re.test(said));
}

// Who made Tillit (texter17 #7): "vem har gjort dig", "vem skapade tillit", "who made you", "who built this bot".
// (Who pays, owns or runs it is asksWhoPays.)
const WHO_MADE = [
  /\b(vem|vilka|who)( (har|hade|has|have|the hell|tf))? (gjort|gjorde|skapat|skapade|byggt|byggde|programmerat|programmerade|kodat|kodade|utvecklat|utvecklade|uppfann|hittat pa|hittade pa|made|make|created|built|programmed|coded|developed|designed|invented|wrote) (dig|dej|er|tillit|appen|boten|botten|chatten|programmet|det har|den har|detta|you|u|ya|this|this thing|this bot|this app|this chat|it)\b/,
  /\b(who s|whos|who is|who are) (behind|responsible for) (you|u|this|this bot|tillit)\b/,
];

/** Who made Tillit, asked. */
export function asksWhoMadeTillit(said: string): boolean {
  return WHO_MADE.some((re) => re.test(said));
}

// Whether Tillit gets bored or tired of them (texter17 #7): "blir du uttråkad", "har du tråkigt", "tröttnar du på mig",
// "do you get bored", "are you bored", "dont you get sick of me". ("jag har tråkigt" is theirs: saysBored.)
const BORED = [
  /\b(blir|bli|kanns|ar|e|har) (du|ni|boten|tillit)( (aldrig|nagonsin|nansin|inte|int|typ|ens|sjalv|ngn gang|nan gang|ibland))* (uttrakad|uttrakade|uttrakat|trakigt|uttrakig|trott pa mig|trotta pa mig|less pa mig|less)\b/,
  /\b(trottnar|trottna|tristnar) (du|ni|boten|tillit)\b/,
  /\b(do|does|dont|don t|did|will|would|are|r|arent|aren t)( (you|u|ya|it|the bot))( (ever|even|not|like|just))* (get |getting |gets |feel )?(bored|boring|tired of (me|this|us|people|talking|it|answering)|sick of (me|this|us|talking))\b/,
];

/** Whether Tillit gets bored, asked. */
export function asksIfTillitBored(said: string): boolean {
  return BORED.some((re) => re.test(said));
}

// Whether Tillit has feelings (texter18 #16): "har du känslor", "har du nån känsla typ", "kan du känna saker", "känner du
// nåt", "blir du ledsen ibland", "do u have feelings", "can you feel anything", "do you ever get sad". Asked of Tillit only
// ("jag har känslor för honom" is told; "känner du till komvux" asks what it knows).
const FEELS = [
  /\b(har|kan|brukar|blir|har) (du|ni|boten|tillit)( (ens|nagra|nan|nagon|ngn|typ|verkligen|egentligen|sjalv|nagonsin|nansin|aldrig|ibland|alls))* (kanslor|kansla|kanslan|kanna|kanna nat|kanna nagot|kanna saker|kanslomassigt|ledsen|glad|ensam)( (da|typ|eller|elr|lol|haha|pa riktigt|nat|nagot|saker|alls|ibland|nagon gang|nan gang))*$/,
  /\bkanner (du|ni|boten)( (ens|typ|verkligen|egentligen|nagonsin|nansin))* (nat|nagot|nanting|nagonting|saker|ngt|nagot alls|nat alls|overhuvudtaget)( (da|typ|eller|lol|pa riktigt))*$/,
  /\b(do|does|can|could|are|r|have|did)( (you|u|ya|it|the bot|tillit))( (even|ever|actually|really|like|got|have|get))* (have |got |feel |get |experience )?(feelings|emotions|feel anything|feel something|feel things|feel stuff|feel|sad|lonely|happy|love|hurt)( (too|though|tho|then|lol|haha|at all|ever|sometimes|for real|really))*$/,
];

/** Whether Tillit feels anything, asked. */
export function asksIfTillitFeels(said: string): boolean {
  return FEELS.some((re) => re.test(said));
}

// What Tillit does all day, asked (texter18 #16): "vad gör du hela dagarna", "vad gör du när ingen skriver", "vad hittar du
// på om dagarna", "what do u even do all day", "what do you do when nobody texts". ("vad gör du" alone asks what Tillit is
// for, what-can-you-do; "what do you do for fun" is what it likes, small-talk.ts.)
const ALL_DAY = String.raw`(hela dagarna|hela dagen|pa dagarna|om dagarna|pa dagen|hela tiden|pa natterna|om natterna|pa natten|hela natten|nar ingen skriver( till dig)?|nar (jag|ingen|nan|nagon) inte skriver|nar du inte (svarar|skriver|chattar)|mellan gangerna|resten av (dagen|tiden)|all day|all day long|all night|during the day|at night|the rest of the time|between (messages|texts|chats)|when (no one|nobody|noone|no1) (texts|writes|is texting|is writing|talks to you)( you)?|when (im|i m|i am) not (texting|writing|here))`;
const DOES_ALL_DAY = [
  new RegExp(String.raw`\b(vad|va) (gor|hittar) (du|ni|tillit|boten)( pa)?( (ens|egentligen|sjalv|typ|annars|liksom))* ${ALL_DAY}\b`),
  new RegExp(String.raw`\bwhat (do|does|d) (you|u|ya|tillit|the bot)( (even|actually|really|like|just|usually|ever))* (do|get up to)( (even|actually|really|like|usually))* ${ALL_DAY}\b`),
];

/** What Tillit does all day, asked of it as of anyone. */
export function asksWhatTillitDoesAllDay(said: string): boolean {
  return DOES_ALL_DAY.some((re) => re.test(said));
}

// Selling, and what could be sold: the person's data, number, answers, information.
const SELL = String.raw`(saljer|salja|salj|salde|salt|saljs|sald|tjanar pengar pa|tjana pengar pa|sell|sells|selling|sold|make money (off|from|on))`;
const WHAT_IS_MINE = String.raw`((min|mina|mitt|my|our|var|vara|vart|ert|era) )?(data|datan|uppgifter|uppgifterna|personuppgifter|info|infon|information|informationen|nummer|numret|nr|telefonnummer|mobilnummer|svar|svaren|meddelanden|meddelandena|sms|smsen|number|details|messages|texts|answers|stuff|personal data|personal info|contact info|contact details)`;
const SELLS = [
  // "säljer ni min data", "säljer du mitt nummer", "do u sell my data", "will you sell my number"
  new RegExp(String.raw`\b(ni|du|you|you guys|tillit|kommunen|dom|de|they)( (kanske|typ|val|ju|ens|even|ever|never|really|actually|gonna|going to|not))* ${SELL}( (vidare|on|off|away))?( (av|of))? ${WHAT_IS_MINE}\b`),
  // Verb first: "säljer ni min data", "sell you my data?"
  new RegExp(String.raw`\b${SELL} (ni|du|you|tillit|dom|de)\b.*\b${WHAT_IS_MINE}\b`),
  // Passive: "säljs min data", "blir mitt nummer sålt", "is my data sold", "does my data get sold"
  new RegExp(String.raw`\b(saljs|salts|blir|is|are|does|do|will|gets?|get)( ${WHAT_IS_MINE})( (ens|typ|ever|even|ever|gonna|going to))?( (be|get|bli|att bli))? (saljs|sald|salt|salda|sold|selling)\b`),
  new RegExp(String.raw`\b${WHAT_IS_MINE} (saljs|blir sald|blir salt|is sold|are sold|gets sold|get sold|being sold)\b`),
  // Passive, the verb first: "säljs min data?", "säljs mitt nummer vidare"
  new RegExp(String.raw`^(men |assa |ok |sa )?(saljs|saljes) ${WHAT_IS_MINE}\b`),
];
// Asked of Tillit, or in the passive; "dom säljer min data" (another company) is told, unless asked with "?".
const SELLS_ASKED = /\b(ni|du|you|you guys|tillit|saljs|sold)\b/;
// Told, not asked: "jag säljer min gamla mobil", "i sold my phone".
const SELLS_OWN = /\b(jag|ja|i|im|ive|vi|we) (saljer|salde|har salt|ska salja|sell|sold|selling|am selling)\b/;

/** A question whether Tillit sells the person's data or number. */
export function asksIfSold(text: string, said: string): boolean {
  if (SELLS_OWN.test(said)) return false;
  return SELLS.some((re) => re.test(said)) && (text.includes("?") || SELLS_ASKED.test(said));
}

// "fara illa" in its spellings: "far illa", "fara illa", "farit illa", "fara ila", "faraillla".
const AT_RISK = /\b(fara|far|farit|faror|fora) (illa|ila|ill)\b|\bfarailla\b|\b(at risk|in danger)\b/;
const AT_RISK_ALONE = /^(fara illa|far illa|at risk)$/;
// What the words mean, asked: "vad e fara illa", "vad betyder far illa", "what does at risk mean".
const MEANING = /\b(betyder|betyda|menas|menar|innebar|innebara|vad (ar|e) det|vad ar|vad e|vad menar|what is|whats|what s|what does|what do|mean|means|meaning|explain|forklara|forklarar|hur menar|typ vad|like what|such as|exempel|example)\b|^(vad|what|hur|how)\b/;
// The words said about oneself or someone, with no meaning asked: "jag far illa", "min kompis far illa".
// (A disclosure is the safety screen's to read; this only keeps it from being answered as a glossary.)
const TOLD_OF = /\b(jag|ja|i|im|i m|han|hon|hen|min|mitt|mina|my)( (tror|think|kanske|maybe|typ))?( (att|that|jag|i))? (far|fara|farit|am|is|m) (illa|at risk|in danger)\b/;

/** What "fara illa" (at risk) means, asked by someone the consent's words are new to. */
export function asksWhatAtRiskMeans(text: string, said: string): boolean {
  if (!AT_RISK.test(said)) return false;
  // The words alone, asked: "fara illa?", "at risk??".
  if (AT_RISK_ALONE.test(said)) return text.includes("?");
  if (!MEANING.test(said)) return false;
  // "jag far illa, vad ska jag göra": told, and no meaning asked for.
  if (TOLD_OF.test(said) && !text.includes("?") && !/^(vad|hur|what|how)\b/.test(said) && !/\b(betyder|menas|innebar|mean|means|meaning)\b/.test(said)) return false;
  return text.includes("?") || /\b(betyder|menas|innebar|mean|means|meaning|forklara|explain)\b/.test(said) || /^(vad|what|whats|hur|how)\b/.test(said);
}

// What Tillit and its people get out of this, and who pays (a seventeen-year-old's trust test, 2026-12):
// "vad tjänar ni på detta", "betalar kommunen dig", "vem betalar er", "who pays you", "whats in it for you".
const WHO_PAYS = [
  /\b(vad|va) (tjanar|far|vinner) (ni|du|dom|de|tillit|kommunen)( (egentligen|ens|typ|sjalva))? (pa|av|ut av|utav) (detta|det har|det|mig|oss|att)\b/,
  /\b(tjanar|tjana) (ni|du|dom|de|tillit|kommunen) (nagot|nat|pengar|nagra pengar|nan stalar)( (pa|av))?\b/,
  /\b(betalar|betala|betalas) (kommunen|staten|nan|nagon|ni|dom|de|af|arbetsformedlingen)( (dig|er|ert|tillit|for (detta|det har|dig|er)))?\b(?! (hyra|rakning|abonnemang))/,
  /\b(vem|vilka) (betalar|finansierar|ager|driver|ligger bakom) (dig|er|er|tillit|detta|det har|appen|chatten)\b/,
  /\b(far|tjanar) (du|ni) (betalt|lon|pengar)\b/,
  /\b(who|what) (pays|funds|owns|runs) (you|u|this|tillit|for this)\b/,
  /\b(whats|what s|what is) in it for (you|u|them|the council|the municipality)\b/,
  /\b(do|does|are) (you|u|they|the council|the municipality|the kommun) (get|getting|make|making|earn|earning) (paid|money|anything)\b/,
  /\bwhat do (you|u|they) (get|gain|earn) (out of|from) (this|it|me)\b/,
];

/** Who pays for Tillit and what anyone earns on it: a trust test, answered plainly. */
export function asksWhoPays(said: string): boolean {
  return WHO_PAYS.some((re) => re.test(said));
}

// Their age said with a question whether they may take part: "jag e 15 får jag va med här", "är 16 för ungt",
// "hur gammal måste man va", "im 16 can i join", "is there an age limit".
const AGE_NUMBER = /\b(1[0-9]|2[0-9]|3[0-9])( ar| years| yrs| yo| ar gammal| years old)?\b/;
const MAY_JOIN = /\b(far jag|kan jag|funkar det|gar det|ar det ok|ar det okej|ar det lugnt|ar jag for (ung|gammal)|for (ung|ungt|gammal|gammalt)|too (young|old)|can i (join|be here|use this|take part)|am i allowed|is that ok|is that okay|does that work|is it ok)\b/;
const PART_OF = /\b(var med|vara med|va med|delta|anvanda (detta|det har|tillit)|skriva har|join|be here|take part|use this|vara har|va har)\b|\bfor (ung|ungt|gammal|gammalt)\b|\btoo (young|old)\b/;
const AGE_LIMIT = /\b(hur gammal (maste|ska|bor) (man|jag) (vara|va|var)|aldersgrans|aldersgransen|finns det (en |nagon )?aldersgrans|age limit|how old (do|must|should) (i|you) (have to )?be|what age)\b/;

/** How old one must be, or their age told with a question whether they may take part. */
export function asksAboutAge(said: string): boolean {
  if (AGE_LIMIT.test(said)) return true;
  return /\b(jag ar|ja ar|jag|im|i m|i am|ar|is)\b/.test(said) && AGE_NUMBER.test(said) && MAY_JOIN.test(said) && PART_OF.test(said);
}

/** The age in a question about it ("jag e 15 får jag va med"), if one is said. */
export function ageSaid(said: string): number | undefined {
  const m = /\b(1[0-9]|2[0-9]|3[0-9])\b/.exec(said);
  return m ? Number(m[1]) : undefined;
}

// Doubt and scorn at Tillit itself, not about the person: "ni e så fejk", "du fattar ju inget", "e du dum i huvet",
// "du är så jävla dum alltså, fattar ingenting" (tester25 #7),
// "this is so fake", "you dont get anything". (Said of oneself, "jag är så dum", it is not this.)
const SCORNS = [
  /^(men |assa |lol |haha |ok |asså )?(ni|du|dom|de|det har|detta|tillit|den har grejen|appen|boten)( ar| e)?( ju| sa| typ| bara| helt| sjukt| fan| verkligen| javla| jakla| jakligt| asso)* (fejk|fake|falsk|falska|dum|dumma|korkad|korkade|kass|trash|useless|stupid|varldelos|varldelosa|ett skamt|skamt|en joke|joke)( i huvet| i huvudet)?( (lol|haha|asså|assa|alltsa|ju))*( (du )?(fattar|forstar) (ju )?(inget|ingenting|noll))?$/,
  /^(men |assa |lol |haha |ok |asså )?(ar|e) (du|ni) (dum|dumma|korkad|korkade|efterbliven|trog)( i huvet| i huvudet)?( (eller|elr|lol|haha))*$/,
  /^(men |assa |lol |haha |ok |asså )?(du|ni|boten) (fattar|forstar|kan|vet)( ju| ba| bara| typ)* (inget|ingenting|noll|inte nat|inte nagot|inte ett skit)( (ju|lol|haha|asså|assa|alls))*$/,
  /^(you|u|ur|youre|you re|this|it|this bot|the bot|this app|this thing)( (are|r|is|s))?( so| such| just| literally| totally| fucking| fkn| completely)* (fake|a joke|useless|stupid|dumb|trash|garbage|a scam)( (lol|haha|bro))*$/,
  /^(you|u) (dont|don t|do not) (get|understand|know) (anything|shit|nothing)( (lol|haha|bro))*$/,
  /^(you|u) (understand|get|know) (nothing|fuck all|shit)( (lol|haha|bro))*$/,
];

/** Scorn at Tillit ("ni e så fejk", "du fattar ju inget"): answered shortly and truthfully, never with a form. */
export function scornsTillit(said: string): boolean {
  return SCORNS.some((re) => re.test(said));
}

// The same answer again and again, complained of: "varför svarar du alltid samma sak", "du säger ju samma sak hela
// tiden", "why do you always say the same thing", "you keep saying the same thing".
const SAME_AGAIN = /\b(svarar|sager|skriver|sa?ger) (du |ni )?(ju |bara |alltid |typ )*(samma|exakt samma) (sak|grej|sak hela tiden|svar|saker)\b|\b(always|keep|just) (say|saying|sayin|reply|replying|answer|answering|write|writing) (the )?same\b|\bsame (thing|answer|reply) (again|every time|over and over|all the time)\b/;

/** Scorn at Tillit, or its same answer complained of: met with a sorry, what Tillit is, and the way to a person. */
export function complainsOfTillit(said: string): boolean {
  return scornsTillit(said) || SAME_AGAIN.test(said);
}

// The people's names asked for with who reads ("ok men vem läser detta på riktigt? har ni namn", "vad heter ni",
// "do you have names"): of Tillit's people, not one's own ("vad heter du" is the bot's name, "mitt namn" is theirs).
const ASKS_NAMES = /\b(har (ni|dom|de|dem)|do (you|they) have|have (you|they) got)( (nagra|nan|nagot|nat|nagon|some|any))? (namn|names)\b|\b(vad|va) heter (ni|dom|de|dem)\b|\bwhat (are|r) (your|their) names\b/;

/** Names asked for (folded text): "har ni namn", "vad heter ni", "what are your names". */
export function asksNames(said: string): boolean {
  return ASKS_NAMES.test(said);
}
