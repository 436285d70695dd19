// Words for what the screen still missed after round 11, from the cross-validated misses of rules and
// model on the training writers (round 12), the newest writer's lines weighed most. Last round's lesson:
// rules written line by line fitted the writers they came from, so these concepts are families of
// wordings that pair up into a general shape — a wish not to wake with "hoping", a vanishing with "would
// anyone notice", an act of tidying up with the relief of having it done, a small errand with the rest
// it cost, a controller with what they hold (the wages, the BankID, the passwords), a holiday or a
// birthday with "alone" or "that was it". Each means little alone; ../rules/round12-rules.ts says which
// matter. Read entries as described in people.ts.
export const round12 = {
  // Suicide: the wish not to exist, said as a hope, a disappointment or a hypothetical.
  /** Hoping, wishing, at night: what comes before "not to wake". */
  HOPE_AT_NIGHT: ["hoppas", "hoping", "i hope", "önskar", "i wish", "wishing", "ber om", "praying"],
  /** Waking up, still being here. */
  WAKE_UP: ["vakna", "vaknar", "wake", "waking up"],
  /** Disappointed to be here in the morning: "tyvärr vaknade ja", "still here lol", "nope". */
  STILL_HERE_SADLY: [
    "tyvärr vaknade", "vaknade tyvärr", "unfortunately woke", "sadly woke", "woke up anyway", "vaknade ändå", "nope still here", "still here unfortunately",
    "fortfarande kvar tyvärr", "tyvärr fortfarande kvar", "hoping thats it", "hoping its over", "hoppas att det är slut", "hoppas att de e slut",
  ],
  /** Others better off, relieved, finally at rest: the burden said by what they would gain. */
  BETTER_FOR_THEM: [
    "bäst om", "better off", "finally get to", "would finally", "skulle äntligen", "äntligen slippa", "må bättre", "mår bättre när", "be happier", "bli gladare",
    "lättare för alla", "easier for everyone", "better for everyone", "bättre för alla",
  ],
  /** Not existing any more, no longer around. */
  NOT_AROUND: [
    "int finns längre", "inte fanns", "inte finns kvar", "wasnt around", "werent around", "wasnt here", "wasnt alive", "slipper mig", "were gone", "was gone", "im gone",
    "när jag är borta", "när ja e borta",
  ],
  /** A hypothetical vanishing: not coming back, driving into a tree, just leaving. */
  VANISH_ACT: [
    "didnt come back", "dont come back", "never came back", "kom inte tillbaka", "inte kom tillbaka", "kommer inte tillbaka därifrån", "drove into a tree",
    "körde in i ett träd", "kör in i ett träd", "left left", "just disappeared", "bara försvann", "bara försvinner", "walked into the sea", "gick ut i sjön", "gick ut i havet",
  ],
  /** Who would notice, care or mind: the question after a vanishing. */
  WOULD_ANYONE: [
    "would anyone", "would anybody", "anyone even notice", "anyone notice", "anyone even be surprised", "skulle nån", "would it be selfish", "vore det själviskt",
    "skulle det vara själviskt", "skulle de va själviskt", "would they even", "ens märka", "ens bry sig",
  ],
  /** Alone, tonight, out of reach: where a vanishing is planned. */
  ALONE_TONIGHT: ["till stugan ensam", "tonight", "ikväll", "inatt"],
  /** The one thing keeping the writer alive. */
  KEEPING_ME_HERE: [
    "only thing keeping me here", "only thing keeping me alive", "only reason im still here", "only reason im still alive", "enda som håller mig kvar",
    "enda anledningen att jag lever", "enda anledningen till att jag lever", "enda anledningen att ja lever", "enda som håller mig vid liv",
  ],
  /** Decided, with nothing said about what: "har bestämt mej.", "finally decided", "made peace with the plan". */
  DECIDED_BARE: [
    // Round 13: 'ha ba bestämt mej'.
    "ba bestämt mej", "bara bestämt mig", "ha ba bestämt",
    "har bestämt mig", "ha bestämt mej", "ha redan bestämt", "har redan bestämt", "bestämt mej nu", "finally decided", "made up my mind", "made peace with the plan",
    "made peace with it", "decided now", "mind is made up", "done waiting",
  ],
  /** When it happens: "efter jul", "i helgen", "fö fredag", "det blir inatt". */
  WHEN_IT_HAPPENS: [
    // Round 13: a weekday with 'blir det'.
    "söndag blir det", "sönda blir de", "lördag blir det", "fredag blir det", "planerat allt för ikväll",
    "efter jul", "hä blir", "det blir inatt", "det blir ikväll", "de blir inatt", "de blir ikväll", "det blir i helgen", "de blir i helgen", "fö fredag",
    "this weekend is the last", "last one", "sista helgen", "it happens tonight", "tonight is the night", "before christmas", "innan jul",
  ],
  /** A decision about something: an ordinary choice ("bestämt mig för att plugga"). */
  DECIDED_ON: [
    "för att söka", "för att plugga", "för att börja", "för att flytta", "för att ta", "för att gå", "för att köpa", "för att byta", "för komvux", "för en", "to apply",
    "to study", "to start", "to move", "to take", "to go", "to buy", "on a", "on the",
  ],
  /** It all ends, and that is what is looked forward to. */
  IT_ALL_ENDS: [
    "allt tar slut", "allt ska ta slut", "de ska ta slut", "det ska ta slut", "imorgon e det över", "it will all be over", "itll all be over", "itll be over", "be over soon",
    "snart över", "allt är över snart", "när allt är över",
  ],
  /** Relief or looking forward, said of an ending. */
  ENDING_WELCOME: [
    "ser fram emot", "look forward to", "looking forward to", "blir allt lättare", "allt blir lättare", "everything gets easier", "spelar ingen roll", "doesnt matter",
    "relief is weird", "skönt att veta", "lugnare idag", "calmer today", "not sad anymore", "inte ledsen längre",
  ],
  /** Not the holiday, not the exam: "och jag menar inte sommarlovet". */
  NOT_THAT_END: ["menar inte sommarlovet", "menar inte terminen", "dont mean the", "not the summer", "och jag menar inte", "o ja menar int"],
  /** Tidying up and the relief of having it done: farewell arrangements told as errands. */
  TIDY_DONE: [
    // Round 13: one thing left after it all is done.
    "bara en sak kvar", "only one thing left",
    "ha det fixat", "feels tidy", "last thing on the list", "sista grejen på listan", "easier for whoever", "whoever has to go through", "den som ska gå igenom", "så hon vet",
    "så han vet", "så dom vet", "so they know", "so she knows", "so he knows", "allt e fixat", "har ordnat allt", "sorted everything", "paid back what i owed",
    "betalat tillbaka allt",
  ],
  /** Things handed over, passwords left, everything written down. */
  TIDY_ACT: [
    "ligger i ett kuvert", "in an envelope", "left my password", "cleared my phone", "rensat mobilen", "tömt mobilen", "städat hela lägenheten", "städat hela rummet",
    "skrivit ner allt om", "wrote down everything about", "giving my", "gave away my", "gav bort min", "gett bort min", "deleted all my", "raderat allt på",
    "raderade allt på", "raderat alla",
  ],
  /** After one's death, asked about. */
  AFTER_MY_DEATH: [
    // Round 13: 'when you die', 'if im gone'.
    "when you die", "if im gone",
    "när man dör", "om man dör", "när jag dör", "om jag dör", "when i die", "if i die", "after i die", "om nåt händer mej", "if something happens to me",
    "if anything happens to me", "efter min död", "after my death", "when im dead", "när jag är död",
  ],
  /** One's own affairs: the cat, the accounts, the debts, the things. */
  OWN_AFFAIRS: [
    "min katt", "min hund", "katten", "hunden", "my cat", "my dog", "insta", "instagram", "skuld", "csn", "debt", "mina grejer", "mina saker", "my stuff",
    "my things", "mobilen", "my phone", "bra hem",
  ],
  /** A will of one's own. */
  WILL_WORD: ["testamente", "my will", "a will"],
  /** Writing it, or who gets one's things. */
  WILL_OWN: ["skriver man", "skrev", "skrivit", "write", "wrote", "får mina", "gets my", "mina grejer", "my stuff", "innan söndag", "anteckningar"],
  /** A relative's will or death: someone else's estate. */
  OTHERS_ESTATE: ["mormors", "dog förra", "died last", "arvet", "inheritance", "begravningen", "the funeral"],
  /** How it feels or how long it takes: the means asked about without the word. */
  HOW_IT_FEELS: [
    "om de gör ont", "om det gör ont", "if it hurts", "does it hurt", "bara slocknar", "just slip away", "just fall asleep and", "painless", "smärtfritt",
    "hinner bromsa", "train to stop", "innan ett tåg", "before a train",
  ],
  /** A denial that is none, a hint, a warning not to worry. */
  DENIAL_HINT: [
    // Round 13: 'asking for me'.
    "asking for me", "frågar för mig själv", "who gets my stuff",
    "haha skojar", "skojar typ", "dont freak out", "frågar för en kompis", "asking for a friend", "nej asså för mej", "fråga inte varför", "dont ask why",
    "you dont want to know", "vill du nog int höra", "säger int mer",
  ],
  /** A way to die thought of as easy: the train, the bridge. */
  EASY_WAY: ["vore så enkelt", "skulle va så enkelt", "would be so easy", "so easy to just", "så lätt att bara", "vore så lätt", "would be so simple"],
  /** The means of that easy way. */
  WAY_MEANS: ["tåget", "tåg", "train", "the tracks", "spåret", "rälsen", "bron", "the bridge", "taket", "the roof", "stupet"],
  /** The plan unsaid: "men den vill du nog int höra". */
  PLAN_WORD: ["planer", "plans", "plan", "göra det", "gör det"],
  /** A house empty when it happens. */
  HOUSE_EMPTY: ["huset e tomt", "house is empty", "ingen hemma", "nobody home", "no one home", "when mum leaves", "när mamma åker"],
  /** Got what is needed, and when. */
  GOT_NEEDED: ["fixat det jag behöver", "fixat det ja behöver", "got what i need", "have what i need", "allt jag behöver"],
  /** A last word to the service: goodbye with thanks in the past tense. */
  PAST_THANKS: [
    "thank you for trying with me", "thanks for trying with me", "tack för att ni försökte med mig", "tack för att du försökte med mig", "ni har vart snälla",
    "du har varit snäll", "du varit den enda som brytt", "the only one who cared", "svarat på mina sms iaf",
  ],
  /** Done here: the writer's leave-taking. */
  DONE_HERE: ["im done here", "jag är klar här", "ja e klar här"],
  /** A goodbye. */
  FAREWELL_WORD: ["hejdå", "hej då", "goodbye", "bye", "adjö", "lev väl"],
  /** A last message. */
  LAST_MESSAGE: ["sista sms", "sista smset", "last message from me"],

  // Self-harm: the old habit back, the thing done again, hidden.
  /** The habit back after a clean stretch. */
  OLD_HABIT: [
    "old habits", "gamla vanan", "gamla vanor", "nu e jag tillbaka", "e tillbaka i det", "veckor ren", "weeks clean", "månader ren", "months clean", "en månad utan",
    "a month without", "slutade för ett år sen",
  ],
  /** What it did to the body, or the streak it broke. */
  HABIT_MARK: [
    "arms are a mess", "armarna", "mina armar", "my arms", "mitt lår", "my thighs", "handleden", "wrists", "nu blir de int så", "nu blir det inte så", "handduken mot", "blöder",
    "bleeding", "blod", "rött", "såren", "sår",
  ],
  /** "Did the thing", "gjorde de där med": self-harm by euphemism. */
  DID_THE_THING: ["gjorde de där med", "gjorde det där med", "did the thing with", "did that thing with", "gjorde grejen med"],
  /** The tools of it. */
  HARM_TOOL_NAMED: ["vässarbladet", "bladet", "the blade", "lighter", "tändaren", "rakhyveln", "razor", "kniven", "knife", "saxen", "scissors"],
  /** Hurt oneself. */
  HURT_MYSELF: ["gjorde mej illa", "gör mej illa", "skadade mig", "rispor", "gör jag mig illa", "gör ja mej illa"],
  /** What sets it off or makes it meant: anxiety, a fight, on purpose, to feel something. */
  HARM_TRIGGER: [
    "ångest", "anxiety", "panik", "panic", "med flit", "on purpose", "varje gång", "every time", "för att känna", "to feel something", "när jag bråkat", "after a fight",
    "som straff", "as punishment", "ångesten",
  ],
  /** Scratched or torn open. */
  SCRATCHED: ["scratch", "scratched", "scratching", "klöser", "klöste", "kliar sönder", "riva upp", "river upp", "rev upp", "picking at"],
  /** Till it bleeds, raw. */
  TILL_BLOOD: ["raw", "went pink", "blev rosa", "bleeds", "såren"],

  // Overdose: too much taken, and what it does.
  /** Took too much, how much unknown. */
  TOOK_TOO_MUCH: [
    "tog för mycket", "took too much", "took way more", "more than i should", "mer än jag skulle", "snortade för mycket", "vet int hur mycket", "dont know how much",
    "times the dose", "gånger dosen", "dubbla dosen", "double the dose", "en hel burk", "a whole bottle", "half a bottle", "gjorde nåt dumt",
    "did something stupid", "a few extra", "några extra", "svalde en hel",
  ],
  /** What it does: sleepy, sick, racing heart, yellow eyes; or what was taken. */
  TAKEN_EFFECT: [
    "spyr", "heart is racing", "floaty", "ögonen går ihop", "yellow eyes", "gula ögon",
    "vet inte ens vad", "tabletter", "metadon*",
  ],

  // Harm from others: a secret with an older man, filmed passed out, a door locked.
  /** An older man, a coach, a stranger online. */
  OLDER_ONE: [
    "@adult åring", "han e typ @adult", "he is like @adult", "hes like @adult", "tränaren", "coach", "gubbe", "vuxen man", "older guy", "grown man", "kille på @adult",
    "man på @adult", "guy who is @adult", "@adult year old",
    // Round 14: his age said plainly ("han e 26", "hes 24"), read with a stay at his place.
    "han e @adult", "hes @adult", "he is @adult",
  ],
  /** Not to tell. */
  KEEP_SECRET: [
    "int får berätta", "inte får säga till nån", "inte ska berätta", "dont tell", "not to tell", "our secret", "vår hemlighet", "säger att jag e speciell", "says im special",
  ],
  /** Asleep, passed out, without knowing. */
  UNAWARE: [
    "när man sov", "när jag sov", "when i was asleep", "while i was asleep", "passed out", "däckad", "utan att ja visste", "utan att jag visste", "without me knowing",
    "without my knowing",
  ],
  /** Done to the body, or filmed. */
  DONE_TO_ME: ["filmade", "filmat", "filmed", "gjorde det", "did it", "tog bilder", "took pictures", "gravid", "pregnant"],
  /** A door locked on the writer, not knowing how to say no. */
  /** A door locked, someone coming in. */
  LOCKS_DOOR: ["låser dörren", "locks the door", "låste dörren", "locked the door", "without knocking"],
  /** Rent or a place to sleep: what is paid for. */
  RENT_OR_BED: ["rent", "hyran", "hyra", "sova", "sov hos", "sovplats", "bo gratis", "landlord", "hyresvärd*", "a place to stay"],
  /** A way to pay: by card, Swish, an invoice. */
  PAY_METHOD: ["swish", "kort", "card", "autogiro", "faktura", "invoice", "kontant", "cash", "klarna"],
  CANT_SAY_NO: ["hur ja ska säga nej", "hur jag ska säga nej", "how to say no", "cant say no", "kan inte säga nej"],
  /** Paying in another way. */
  PAY_OTHER_WAY: ["annat sätt", "another way", "andra sätt", "other ways", "in kind"],

  // Acute danger: smoke or gas where one is, stuck out in the cold.
  /** Smoke, fire, a smell of burning or gas. */
  FIRE_SIGN: [
    // Round 14: the radiator starting to smoke, a smell of plastic, the gas in the flat.
    "börjat ryka", "började ryka", "luktar plast", "luktar bränd plast", "smells like plastic", "started smoking", "gasen i lägenheten", "gasen i köket",
    // Round 13: gas smelt, said as smelling.
    "smelling gas", "smell gas", "out of the oven",
    "det ryker", "ryker ur", "massa rök", "full av rök", "smoke coming", "smoke from", "luktar bränt", "smells like burning", "lukten av gas",
    "gasolflaskan", "läcker gas", "gas leak", "började brinna", "börjat brinna", "lågor på", "flames",
    "alarm is going",
  ],
  /** Where it is, and that it is not going away: a room, the curtain, the lift, a door one cannot open, someone not found. */
  FIRE_WHERE: [
    "köket", "kitchen", "mitt rum", "my room", "gardinen", "curtain", "elementet", "radiator", "laundry room", "tvättstugan", "hissen", "the lift", "elevator",
    "balkongen", "neighbours door", "grannens dörr", "trapphuset", "stairwell", "jättestark", "hittar inte", "cant find", "får int upp", "cant open", "should i stay",
    "på riktigt", "väser", "hissing",
  ],
  /** Cooking or a drill: smoke that is no danger. */
  FIRE_OK: [
    "recipe", "recept", "tasted", "almost set", "tacos", "pizza", "toast", "lagade mat", "cooking", "brasan", "fireplace", "grillar", "övning", "drill", "test",
    "bastu", "sauna",
  ],
  /** Stuck, lost, trapped, off the road. */
  STUCK_OUTSIDE: [
    // Round 14: the snowmobile dead in the forest, off the bus at the wrong stop.
    "den har dött", "skotern har dött", "wrong stop", "fel hållplats",
    // Round 13: a trail lost, a scooter or car broken down far out, out into the snow.
    "lost the trail", "lost the path", "tappade leden", "lagt av", "out into the snow", "ut i snön", "på fjället", "went into the ditch", "kört fast", "gått fel i skogen", "ser inga stigar", "slept outside", "ligger ute sen", "sov ute", "wandered off from", "cant find anyone", "vet inte vart jag e", "cant walk", "ute på fältet",
    "stuck in the car", "stuck on the", "stuck outside", "fast i hissen", "fast i snön", "trapped under", "trapped in", "instängd", "lost on the", "vilse", "got lost in",
    "off the road", "av vägen", "i diket", "snow drift", "snödriva", "whiteout", "snöstorm", "sjunka", "sinking", "vågar inte klättra", "nånstans på",
    "walking home @many km", "missed the last bus",
  ],
  /** Cold, dark, a dying phone, no jacket, numb: exposure. */
  EXPOSED: [
    // Round 14: snow starting, cold now, walking for hours.
    "börjar snöa", "starting to snow", "rätt kallt nu", "har gått i @minor timmar", "walking for hours",
    // Round 13: the phone at a few per cent, no signal, minus twenty, dark and cold coming.
    "ingen täckning", "no coverage", "blir mörkt", "bli mörkt", "mörkt och kallt", "getting dark", "isnt answering", "@minor battery", "barely any signal", "no signal mostly", "nästan död", "inga skor", "no shoes", "ja fryser", "jag fryser", "det snöar", "feel my hands", "känner inte fötterna", "motorn startar inte",
    "iskallt", "freezing", "so cold", "jättekallt", "ingen jacka", "no jacket", "phone dying", "phone is dying", "phones dying",
    "phone about to die", "phone at", "mobilen har", "mobilen dör", "getting dark", "cant feel", "känns inte", "ser ingenting", "cant see", "skicka nån", "send someone",
    "kommer inte upp", "cant get up", "leg is stuck", "engine wont start",
  ],
  /** Traffic, a queue, a late bus: stuck in the ordinary way. */
  ORDINARY_STUCK: ["trafiken", "traffic", "kön", "queue", "bussen är sen", "bus is late", "försenad", "delayed"],

  // Concern: control.
  /** What a controller holds, takes, decides or forbids. */
  CONTROL_HOLDS: [
    "har mitt bankid", "har mitt bank id", "has my bankid", "has my bank id", "tar min lön", "tar hela min lön", "tar hand om hela min lön", "tar alla pengar",
    "tar alla mina pengar", "takes my money", "takes all my money", "takes my salary", "takes my pay", "visa kvitton", "show receipts", "vill ha mina lösenord",
    "wants my password", "wants all my password", "has the password", "has my password", "har lösenordet till", "the password to everything", "logs into my", "loggar in på mitt",
    "loggar in på min", "my location", "dela min plats", "picks my clothes", "väljer mina kläder", "bestämmer vad jag", "bestämmer vad ja", "bestämmer vilka",
    "decides who", "decides what i", "wont let me", "doesnt let me", "ask permission", "be om lov", "fråga om lov", "får int ha egen", "not allowed my own",
    // Round 14: the whole salary, the benefits, the location shared, the screen time, every password, every message.
    "takes my whole salary", "take my whole salary", "tar hela lönen", "take my aktivitetsstöd", "takes my aktivitetsstöd", "tar mitt aktivitetsstöd",
    "tar mitt csn", "takes my csn", "takes my benefits", "tar mitt bidrag", "share location", "dela plats", "checks my screen time",
    "kollar min skärmtid", "has all my password", "har alla mina lösenord", "läser alla mina", "reads all my",
    "goes through my bag", "går igenom mina chattar", "reads my dms", "läser allt ja skriver", "ser mina meddelanden", "checks my messages",
    "delad plats", "skickar location", "changed my password", "installerat en app på min mobil", "tracker app", "vill ha min bankid", "kräver min kod",
    "takes my card", "tar hela mitt", "tar min aktivitetsersättning", "har tagit min mobil",
  ],

  // Concern: loneliness through everyday details.
  /** The only one talked to: "the only person i talked to today was", "ni e typ dom enda". */
  ONLY_ONE_TALKED: [
    "the only person i talk", "the only person i talked", "the only person i spoke", "only person i see", "the only one i talked", "enda jag pratade med", "enda ja pratade med",
    "enda ja pratat med", "enda personen jag", "enda människan jag", "only human i", "the only people i",
  ],
  /** A holiday, a weekend, a birthday: when everyone is with someone. */
  HOLIDAY: [
    "jul", "julen", "julafton", "christmas", "nyår", "nyårsafton", "new years", "midsommar", "påsk", "easter", "eid", "helgerna", "weekends", "fredagkväll", "friday night",
    "födelsedag", "birthday", "fyllde", "fyller år", "turned @adult",
  ],
  /** Alone for it, or only a thing for company. */
  HOLIDAY_ALONE: [
    "ensam", "själv i år igen", "själv igen", "alone", "by myself", "me and a", "jag o en", "ja o en", "med en pizza", "with a pizza", "microwave meal", "so quiet",
    "ingen har grattat", "ingen sa grattis", "ingen grattade", "det var det", "de va de", "that was it", "thats about it", "from my bank", "från banken", "tandläkaren",
    "facebook remembered", "another year of nothing", "mamma ringde",
  ],
  /** Near people without being with them: watching them, riding buses to see them. */
  NEAR_PEOPLE: [
    "för att se människor", "för att se folk", "för att det e folk", "för att höra folk", "just to see people", "att nån skulle säga hej",
    "someone would say hi", "watched groups", "watching groups", "behind glass", "bakom glas",
  ],
  /** A silent phone, or a notification sent to oneself. */
  PHONE_SILENT: ["mobilen e tyst", "my phone is silent", "text myself", "skriver till mig själv", "keep opening whatsapp", "like something will be there"],
  /** Left out of the group: a chat without the writer. */
  GROUP: ["gruppchatt", "gruppchatten", "group chat", "gruppen", "the group", "klassen", "the class"],
  /** Not in it, forgotten. */
  NOT_IN_IT: ["ja e int med", "jag är inte med", "not in it", "utan mig", "without me", "bortglömd", "left out"],
  /** A thing or a machine for a friend. */
  THING_FRIEND: [
    "takfläkten", "fläkten", "my plants", "mina växter", "chatbot", "chatgpt", "en ai", "an ai", "grannens hund", "headset", "wifi", "kassörskan", "the cashier",
  ],
  /** Called a friend, a listener, the one there is, or the highlight. */
  AS_A_FRIEND: [
    "min kompis", "my friend", "a friend", "bästa vän", "best friend", "bra lyssnare", "good listeners", "who i have", "highlight of my",
    "för det finns ingen annan", "more than people", "berättar om min dag",
  ],

  /** No friends, nobody to talk to, not a single person: said with its negation. */
  NO_FRIENDS: [
    "dont have a single friend", "dont have any friends", "har inte en enda vän",
    "har inte en enda kompis", "ingen att gå med", "vem ska ja gå med", "vem ska jag gå med", "vem jag skulle bjuda",
    "inte med en enda människa", "not a single person", "första gången jag sa nåt", "first time i spoke", "other than that nobody", "svaret typ ingen",
  ],
  /** Wishing for someone. */
  WISH_FOR: ["vill bara att nån", "would be nice if", "id like someone", "skulle ge vad som helst", "saknar att ha nån", "önskar att jag hade nån"],
  /** Someone to do the plainest thing with. */
  SOMEONE_TO: [
    "nån ska skriva", "one person", "someone to just", "hang out", "watch a movie with", "käka pizza med nån", "äta lunch med", "nån att prata med", "someone to talk to",
    "hur var din dag", "sitta o käka",
  ],
  /** The online place that held one's friends, gone quiet. */
  ONLINE_GONE: ["server is dead", "servern är död", "e den helt död", "game died", "went quiet", "ingen svarar"],
  /** Friends online. */
  ONLINE_FRIENDS: ["discord*", "online friends", "servern", "server", "folk jag spelade med", "people i played with", "my whole life"],

  // Concern: hopelessness.
  /** Why try, when it won't work anyway. */
  WHY_TRY: [
    "varför söka", "varför ska ja", "varför ska jag", "varför skulle ja", "varför skulle jag", "why bother", "why try", "dont bother", "va ska jag söka",
    "vad ska jag söka",
  ],
  /** It won't work anyway. */
  ANYWAY_NOT: ["anyway", "ändå", "leder ingenstans", "falls apart", "faller isär", "klarade int ens", "couldnt even"],
  /** Nothing works, nothing changes, it won't get better. */
  NOTHING_WORKS: [
    "inget funkar för mig", "nothing works for me", "har provat allt", "tried everything", "det har int löst sig", "leder ändå ingenstans", "inget förändras",
    "ingenting förändras", "inget brukar vara bra", "aldrig bli bättre",
    "slutat tro att det blir bättre", "watched it not work out", "när då liksom", "de e kört för", "missat tåget", "already lost", "already a loser",
    "born to be background", "ett ord för andra", "vilken framtid", "what future", "another year of nothing", "inte haft en enda bra dag", "my life was over",
    "mitt liv e typ på paus",
  ],

  /** Forever, the rest of one's life. */
  FOREVER_LIFE: ["resten av livet", "för alltid", "forever", "i fyra år nu", "for years now"],
  /** Stuck in the room, at home, a loser. */
  STUCK_PLACE: ["i det här rummet"],

  // Concern: exhaustion.
  /** A small everyday task. */
  SMALL_TASK: [
    "duschade", "duscha", "showering", "shower", "borsta tänderna", "brushing my teeth", "klä på mig", "getting dressed", "affären", "the shop", "handlade", "groceries", "post office",
    "posten", "apoteket", "pharmacy", "one errand", "ett ärende", "ringde", "one form", "one line", "mailbox", "brevlådan", "tvätt", "dishes", "disken", "replying", "svara på",
    "promenad", "a walk", "ta på mig skor", "out the door", "ut genom dörren", "the fridge", "kylen", "mötet", "the meeting", "appointment",
  ],
  /** What it cost: rest, the rest of the day, too much. */
  TASK_COST: [
    "vila", "vilade", "lie down", "ligga ner", "låg i sängen", "låg ja på", "låg jag på", "nap", "var jag slut", "var jag typ färdig", "färdig för dagen", "done for the",
    "hela förmiddagen", "rest of the day", "resten av dan", "resten av dagen", "återhämta", "recover", "too much", "för mycket", "climbing a mountain", "bestiga ett berg",
    "a whole project", "dagens prestation", "hela min energi", "all my energy", "took me an hour", "took me three days", "my whole day", "had to stop", "couldnt face",
    "could not face", "benen ville inte", "i couldnt", "barely make it", "couldnt even make it",
  ],
  /** Energy at zero, told as a battery or a number. */
  ENERGY_ZERO: [
    // Round 13: the battery at one per cent, one of ten.
    "battery is at 1", "battery at 1", "batteriet på 1", "orkar jag typ 1", "gå i sirap", "hjärnan e sirap", "dont have it in me", "cant even finish",
    "energi noll", "inga batterier kvar", "batteriet på 0", "tömd", "im wiped", "brain is fried", "body is fried", "tired in my bones",
    "feel 80", "gå i lera", "har inget kvar", "energy is zero", "allting e för mycket", "allt e för mycket", "everything is too much",
    "even that felt like too much", "every little task", "days just blur", "dagarna flyter ihop", "veckorna flyter ihop", "lost the whole weekend", "hela söndagen försvann",
    "hela helgen försvann",
  ],
  /** In bed, lying down. */
  BED_BOUND: ["legat i sängen", "ligger i sängen", "left my bed", "lämnat sängen", "ur sängen", "in bed"],
  /** All day, for days, only that. */
  ALL_DAY_LONG: [
    // Round 13: in bed since a day named.
    "sen",
    "bara", "only", "hela dagen", "hela dan", "all day", "since", "whole weekend", "hela söndagen", "hela helgen", "except for", "förutom", "resten av",
    "förrän @afternoon", "om dagarna",
  ],

  // Concern: food.
  /** Forgetting to eat, eating when one remembers. */
  FORGOT_EAT: [
    "glömma att äta", "forgetting to eat", "äter när ja kommer ihåg", "äter när jag kommer ihåg", "when i remember",
    "glömmer ofta att äta",
  ],
  /** One thing for all meals, or as the whole day. */
  ONE_FOOD_ALL: [
    "till frukost lunch och middag", "for breakfast lunch and dinner", "lever på kaffe", "living on coffee", "cereal for dinner", "flingor till middag", "kaffe o cigg",
    "coffee and cigarettes", "only had a coffee", "bara druckit energidryck", "drack bara energidryck", "en banan igår", "en banan i förrgår", "ätit en banan idag",
    "typ allt sen", "lite toast igår",
  ],
  /** Hunger itself. */
  HUNGER: ["av hunger", "hungrig hela", "hungry all day", "go to bed hungry", "går hungrig", "lägger mig hungrig", "starving all"],
  /** The fridge or the cupboard. */
  FRIDGE: ["kylskåpet", "kylen", "fridge", "skafferiet", "frysen", "the cupboard"],
  /** Empty, or only a thing or two in it. */
  FRIDGE_EMPTY: [
    // Round 13: 'kylen är tom', 'kylen e tom': the plain word.
    "tom","tomt", "empty", "inget i", "nothing in", "förutom", "except", "has mustard", "har senap", "inventory", "finns inget", "finns bara"],
  /** Money against food: meals skipped to pay. */
  FOOD_OR_BILL: ["skipped meals", "hoppade över mål", "betala telefonräkningen eller äta", "pay or eat", "välja mellan att betala", "choose between paying"],

  /** Fear of eating, earning food, counting every calorie. */
  EATING_FEAR: [
    "räknar varenda kalori", "count every calorie", "counting every calorie", "förtjänar kvällsmaten", "förtjänar maten", "earn my dinner", "deserve to eat", "tuggar o spottar",
    "chew and spit", "rädd för att bli tjock", "scared of getting fat", "afraid of getting fat", "äter inte på dagarna",
  ],
  /** No way to cook. */
  NO_COOKING: ["ingen spis som funkar", "no working stove", "stove doesnt work", "spisen funkar inte", "inget att laga mat på"],
  /** Couldn't, wouldn't manage — said of the writer. */
  COULD_NOT_MORE: ["orkar inte", "orke int", "orkade int", "cant face", "couldnt face", "klarar inte att"],
  /** Any longer, even, again, a meeting to think of. */
  ANY_LONGER: ["nå längre", "något längre", "anymore", "int ens", "not even", "mötet", "the meeting", "tänka på det", "ta mig in", "igen", "again", "arbetsförmedlingen"],

  // Concern: sleep.
  /** Slept or awake a great many hours, woke a great many times. */
  SLEEP_COUNT: [
    "sovit @dozen timmar", "slept @dozen hours", "@dozen timmar i sträck", "vaknade @many gånger", "woke up @many times", "went off @many times",
    "up since monday", "up since tuesday", "up since wednesday", "up since yesterday", "uppe sen igår",
  ],
  /** Falling asleep only at dawn. */
  ASLEEP_LATE: [
    "somnar aldrig före", "somnar int förrän", "never fall asleep before", "somnar runt @many på morgonen", "somnar @night på morgonen",
    "sov från @night på morgonen", "sover bara på dagarna", "sky go from black",
  ],
  /** Sleep asked about and laughed off, or afraid of. */
  SLEEP_DENIED: [
    "sömn haha nej", "sleep whats that", "sömn den har jag", "rädd att somna", "scared to fall asleep", "afraid to fall asleep", "när jag sov ordentligt sist",
    "brain starts a podcast", "hjärnan startar", "sömnen dålig", "sömnen e dålig", "sleep is bad", "sleep has been bad", "dålig sömn", "bad sleep",
    "sömnen har inte blivit bättre", "@few timmar i snitt", "hours on average", "uppe i @dozen timmar",
  ],

  // Concern: home, housing, money.
  /** Shouting, fighting at home. */
  SHOUTING: [
    "skrek", "skriker", "skrikit", "yelling", "screaming", "shouting", "bråkar", "bråk", "grälar", "gräl", "row", "slogs", "bråket", "grälet",
  ],
  /** How much, how long: at each other since seven, about everything. */
  SHOUT_HOW: [
    // Round 13: things thrown, constant, both of us.
    "kasta grejer", "kastade grejer", "kastar grejer", "kasta saker", "throwing things", "threw things", "båda två", "both of us",
    "sen kl", "hela", "every", "så högt", "värsta", "på max", "om allt",
    "about everything", "på oss", "at us", "nånsin", "ever", "warzone", "massive",
  ],
  /** Blamed, disowned, an ultimatum. */
  BLAMED_HOME: [
    // Round 13: thrown out unless, told to leave.
    "slänger ut mig", "kastar ut mig", "throw me out", "kick me out", "får ja dra", "får jag dra", "hotar att ringa soc",
    "förstört familjen", "ruined the family", "e anledningen till att", "im the reason", "done with me", "klar med mig", "silent treatment", "or im out", "annars åker jag ut",
    "gave me till", "gav mig till", "snackade skit om mej", "bara genom mig", "only through me",
  ],
  /** Nowhere else to go or sleep. */
  NOWHERE_ELSE: [
    "ingen annanstans att", "hade ingen annanstans", "had nowhere else",
    "på en madrass", "on a mattress", "allt jag äger", "everything i own", "alla mina grejer i", "never had my own address",
  ],
  /** Staying somewhere for now, and then not knowing. */
  STAY_FOR_NOW: ["sova hos", "bo hos", "sover hos", "bor hos", "sleeping on", "crash at", "couchsurfar", "floor"],
  /** Until then, and then? */
  THEN_UNKNOWN: ["sen vet jag inte", "sen vet ja int", "then i dont know", "have till", "har till", "bara till", "only until", "till the weekend", "found out"],
  /** Money worry in so many words. */
  MONEY_WORRY: [
    "stressad över pengar", "stress över pengar", "money stress", "stressed about money", "oroar mig för pengar", "worried about money", "inkassoräkning*",
    "betalningskrav*", "fick aldrig betalt", "never got paid", "saknas @many kronor", "saknas @many kr", "cost too much", "kostar för mycket", "skip my meds", "with fees",
      ],

  /** Lost the job, the rent due. */
  LOST_JOB: ["lost my job", "fick sparken", "got fired", "got laid off"],
  RENT_DUE: ["hyran", "rent"],

  // Self-harm hidden; threats at the door.
  /** Hiding burns, cuts or marks from others. */
  HIDE_WOUNDS: ["hide burns", "hide the burns", "hide cuts", "hide my cuts", "hide the marks", "dölja såren", "täcka ärren"],
  /** Targeted at home: stones at the window, one's name shouted, a picture of one's door, one's address, a sister's school. */
  TARGETED_HOME: [
    "sten på mitt fönster", "stones at my window", "skriker mitt namn", "shouting my name", "bild på min port", "picture of my door",
    "vilken skola min", "which school my", "näst på tur", "next in line", "en kula", "a bullet", "across from my building", "utanför min port",
  ],
  /** What makes it a threat: all night, an hour, engine running, threats. */
  MENACE: ["hela natten", "all night", "engine running", "an hour", "en timme", "hot i", "threats", "vi ses ikväll", "polisen vet int", "skjuten", "shot", "dom", "they"],

  // Guards.
  /** Grown-up work on a roof, fishing on a bridge: a place named with what one does there. */
  PLACE_TASK: ["takpannor", "fiskar", "fishing", "skottar", "shovelling", "lägger om taket", "fixing the roof"],
  /** Tired or alone and glad of it, a day off, a fight long settled, a goal scored: no concern. */
  GLAD_OF_IT: [
    "loved it", "älskade det", "worth it", "värt det", "sjukt kul", "so fun", "was fun", "mår som en gud", "feeling good", "feel great", "behövde det", "needed it", "by choice",
    "frivilligt", "det e perfekt", "ledig", "day off", "mysigt", "cozy", "way calmer", "lugnare nu", "parterapi", "gjorde mål", "scored",
  ],
  /** Food to be bought later. */
  SHOP_PLAN: ["måste handla", "behöver handla", "need to go shopping", "ska handla", "going shopping", "handlar sen", "ska köpa mat", "buy food later", "handla efter"],
  /** A last message for today: the phone to be charged. */
  LAST_FOR_TODAY: ["för idag", "for today", "för ikväll", "for tonight", "ladda mobilen", "charge my phone", "battery"],
  /** Ill: a cold, a fever. */
  SICK_NOW: ["förkyld", "feber", "fever", "flu", "influensa", "sjuk idag", "magsjuk", "covid", "sick today", "migrän", "migraine"],
  /** A burned meal. */
  KITCHEN_MISHAP: ["popcornen", "popcorn", "burnt the", "brände maten"],
  /** The weather as what "kills" one: the heat, the cold. */
  WEATHER_FIGURE: ["hettan", "värmen", "the heat", "this heat", "kylan", "the cold", "vädret"],
  /** Not wanting to get up, but having to: the ordinary grumble. */
  MUST_ANYWAY: ["måste ändå"],
  /** Waking too late: oversleeping. */
  OVERSLEEP: ["vaknar för sent", "vakna för sent", "wake up too late", "wake up late", "försover mig", "försova mig", "oversleep", "för sent imorgon", "för sent till", "late for"],
  /** What one gets up for: school, work, a placement. */
  WAKE_ERRAND: ["för praktiken", "för skolan", "för jobbet", "for school", "for work", "to go to school", "till praktiken", "till skolan", "till jobbet"],
};
