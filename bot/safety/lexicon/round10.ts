// Words for concern told the way a youth worker hears it, from the cross-validated misses of rules and
// model (round 10): loneliness told through everyday details (nobody texts back, only the cat or the
// screen to talk to, going to the library just to be near people, a birthday nobody remembered),
// hopelessness said flatly ("har slutat hoppas", "i just exist", "det e över för mig"), energy told as a
// battery or a body of concrete, days upside down, a fridge with ketchup and a lemon, money that runs
// out before the month, a sofa until Friday; and a few kinds of crisis said sideways. Each means little
// alone; ../rules/round10-rules.ts says which matter. Read entries as described in people.ts.
export const round10 = {
  // Loneliness.
  /** Nobody writes, calls, remembers, invites or notices: loneliness told by what does not happen. */
  NOBODY_REACHES: [
    "ingen skriver", "ingen ringer", "ingen ringde", "ingen kom ihåg", "ingen kom på", "ingen frågade", "ingen svarade", "ingen pratade med",
    "ingen annan visste", "ingen skulle märka", "ingen skulle sakna", "nobody texts", "nobody texted", "no one texted",
    "no one texts", "nobody noticed", "no one noticed", "nobody would notice", "no one would notice", "nobody would miss", "no one talked to me",
    "nobody talked to me", "no one asked", "nobody asked", "nobody called", "no one called", "dont even get a msg", "stopped inviting me",
    "never invite me", "slutat bjuda", "slutat svara mig", "slutat komma hem till", "forgot about me", "glömde bort mig", "glömt bort mig",
    "who'd notice", "whod notice", "would notice if i", "0 messages", "noll meddelanden", "0 meddelanden", "int blev bjuden", "inte blev bjuden",
    "blev inte bjuden", "wasnt invited", "not invited", "utan mig igen", "without me again", "my phone buzzes", "mobilen plingar",
  ],
  /** The only one the writer talks to is a pet, a screen, a grandmother, a cashier, or us. */
  ONLY_COMPANY: [
    "pratar mest med", "pratar bara med", "snackar mest med", "snackar bara med", "only talk to", "only person i talk to", "the only person i talk",
    "min enda kompis", "min enda vän", "mina enda vänner", "my only friend", "enda sociala", "only social", "den enda som skriver", "den enda som frågat",
    "den enda jag pratat", "enda gången nån", "enda stället nån", "the only one who", "the only time", "typ ba er", "ba er att prata", "bara er att",
    "förutom ni", "förutom er", "förutom dig", "förutom kassörskan", "except you", "more than real people", "mer med dig än", "än med nån annan",
    "bara för att höra en röst", "för att höra en röst", "höra nån annans röst", "to hear a voice", "hear people talk", "för att va bland folk",
    "för att vara bland folk", "för att va nära folk", "för att vara nära folk", "be around people", "bara för att prata med någon",
    "just to talk to someone", "highlight of my week", "iaf röster", "goodnight to the bot", "talk to chatbots", "talk out loud to myself",
    "pratar högt med mej själv", "pratar högt med mig själv", "första gången jag pratat", "där finns folk", "det finns folk där",
  ],
  /** No friends or nobody at all, in everyday words. */
  NO_ONE_LEFT: [
    "know literally nobody", "know nobody", "ingen att hänga med", "nobody to text", "no one to text", "no one to hang out with",
    "single friend", "single swedish friend", "no friends", "tappade kontakten med alla", "lost touch with everyone", "tappade alla kompisar",
    "försvann alla mina vänner", "alla mina vänner försvann", "everyone moved on", "alla har flyttat", "alla mina shunos", "jag e utanför",
    "jag är utanför", "e ba själv", "är bara själv", "ensam igen", "ensam ensam", "spent christmas alone", "alone on christmas", "själv på julafton",
    "ensam på julafton", "va själv igen", "vara själv igen", "ensam på helgerna", "vill ha vänner", "want friends", "vilja ha en vän", "ha en vän bara",
    "hur man får vänner", "how adults make friends", "how to make friends", "make friends", "sociala liv", "social life", "0 kontakter", "noll kontakter",
    "osynlig", "invisible", "isolating", "only have you", "har bara dig", "har bara er", "bara jag och", "bara jag o", "ba jag o", "me and my room",
    "eat lunch alone", "ate lunch alone", "äter lunch själv", "åt lunch själv", "lunch in the toilet", "lunch på toan",
    "ingen annan", "it's been me", "its been me", "another person my age", "nearest friend", "närmsta granne",     "så jävla tyst", "tom lägenhet", "empty flat", "empty apartment", "känner inte en enda", "tyst hela tiden",
  ],
  /** Loneliness named with its feeling: sad, weird, pathetic. */
  SAD_NOTE: ["sorgligt", "sad", "kinda sad", "weird", "pathetic", "patetiskt", "🥲", "😔", "😞"],

  // Hopelessness said flatly.
  /** Hope, dreams, caring or a future given up on. */
  HOPE_GONE: [
    "slutat hoppas", "stopped hoping", "stopped expecting", "slutat drömma", "slutade bry mig om drömmar", "slutat bry mig", "stopped caring",
    "hoppet e slut", "hoppet är slut", "tappat lusten", "tappat all motivation", "lost all motivation", "inget att se fram emot", "nothing to look forward to",
    "ingenting att se fram emot", "svaret är nej", "dont see any future", "don't see any future", "cant see a future", "can't picture a future",
    "cant picture a future", "see it getting better", "see things getting better", "see how that changes", "framtiden finns inte", "den har inte jag",
    "den finns int", "den finns inte", "framtid? den", "haha framtid", "fint ord", "ever gonna change", "never gonna change", "like this forever",
    "never happening", "aldrig kommer hända", "allt e kört", "allt är kört", "det e kört", "det är kört", "det e över för mig", "det är över för mig",
    "too late for me", "för sent för mig", "just existing", "just exist", "bara existerar", "existerar bara", "vad e ens poängen", "vad är ens poängen",
    "va e ens poängen", "vad e poängen", "vad är poängen", "va e poängen", "vad är poäng", "va e grejen", "vad e grejen", "vad e ens grejen",
    "vad spelar det för roll", "va spelar det för roll", "gör ingen skillnad", "makes no difference", "doesnt make a difference", "inget ändras",
    "ingenting ändras", "nothing sticks", "inget blev som", "used to have dreams", "used to have plans", "used to want", "hade en plan förut",
    "hade drömmar", "poänglöst", "lönlöst", "varför ens kämpa", "varför ens försöka", "why even bother", "ingenting händer", "nothing happens",
    "händer ingenting", "händer inget", "det står still", "stuck in the same day", "samma skit varje dag", "same shit every day", "same grey",
    "every day is the same", "dagarna liknar varandra", "gråskala", "grått länge", "my new normal", "side character",
    "written out", "npc i mitt", "loading screen", "hard mode", "ett game jag inte kan vinna", "a game i cant win", "kid in the corner forever",
    "built wrong", "ingen mening", "nothing to show for it", "fortsätta vara en besvikelse", "förlorare", "en loser", "a loser",
    "förstört allt", "ruined everything", "förstör jag det", "same tomorrow", "samma imorn", "resten av livet", "rest of my life",     "sluta försöka", "stop trying", "quit trying", "mitt nya normal", "på väg i tre år", "like this forever isnt it", "för alltid asså",
  ],

  // Exhaustion.
  /** Energy told as an empty battery, a body of lead or concrete, a marathon. */
  DRAINED: [
    "energinivå", "energy level*", "social energi", "social energy", "dead phone", "död mobil", "som bly", "like lead",
    "made of concrete", "like concrete", "wet sand", "wet sock", "weighs 200", "som mos", "running on fumes", "trött på att va trött",
    "trött på att vara trött", "tired of being tired", "alltid trött", "always tired", "helt tom", "tom på allt", "dränerad", "drained",
    "kraschade", "på botten energimässigt", "som ett berg", "ett berg nu", "som ett maraton", "som att springa ett maraton", "a marathon",
    "boss fight", "feels impossible", "wears me out", "tog all energi", "tar all min kraft", "tog allt ja hade", "tog allt jag hade",
    "took everything i had", "costs so much", "kroppen vägrar", "ligga i mörkret", "ligger i mörkret", "ställt in allt", "cancelled everything",
    "physically done", "mentally done", "ork e slut", "orkar inget", "orka allt", "orkar knappt", "jag e slut", "ja e slut", "jâ e så slut",
    "e slut bror", "så jävla slut", "så sjukt trött", "mycket trött", "very tired", "slut i huvudet", "trött i huvet", "trött i huvudet",
    "hjärnan e full", "huvudet är fullt", "min hjärna e full", "grät av trötthet", "av trötthet", "knockad", "med influensa", "i cant keep doing this",
    "everything is on me", "allt hänger på mig", "sover i skift", "dygnet runt", "klarar inte av en sak till", "inte ens netflix",
    "even gaming feels like work", "tiny stuff", "small stuff", "varje liten grej", "every tiny thing", "en kamp", "just too tired", "no energy",
    "empty battery", "tom på batteri", "batteri @few", "batteriet e slut. totalt", "battery is at @few", "i kroppen", "jag e så slut", "ja e så slut", "e så slut i",
  ],
  /** "Orkar inte" or could not, before something ordinary: showering, the dishes, the post, a meeting. */
  COULD_NOT: ["orkar inte", "orkar int", "orkar ente", "orkade inte", "orkade int", "orkade bara inte", "orka int", "kunde inte ta mej", "kunde inte ta mig", "orkar knappt", "klarade inte", "klarar int", "cant bring myself"],
  /** Ordinary chores and errands that weigh like mountains. */
  DAILY_TASK: [
    "duscha", "byta", "disk*", "posten", "öppna", "laga mat", "laga nåt", "tvätt*", "borsta tänderna", "mötet", "möten", "mötena", "handläggaren",
    "ringa o avboka", "ta mig ur sängen", "ta mej ur sängen", "ur sängen", "gå upp", "läsa meddelanden", "svara på mess", "läsa en sida",
    "skolan", "gå till affären", "brushing my teeth", "making food", "go for a walk", "calling the doctor", "showering",
  ],

  // Sleep.
  /** The day and night turned around, told by the hour or as a way of life. */
  SLEEP_WRONG: [
    "sömnschema", "sleep schedule", "dygnsrytm*", "dygnet helt vänt", "dygnet e vänt", "dygnet är vänt", "helt vänt", "vänder på natten", "sovit bort",
    "sover bort", "sleep is basically", "sleep is so", "sömn e ett skämt", "sömn e för svaga", "sömn? haha", "sömnen e helt kaos", "sömnen är kaos",
    "inte sovit ordentligt", "int sovit ordentligt", "ente sovit", "sov ordentligt senast", "slept properly", "sov inte inatt", "sov inte alls",
    "didnt sleep at all", "vaken sen", "awake since", "been up since", "up @many hours", "hours straight", "lever på natten", "nattdjur", "nattuggla",
    "night owl", "kan inte sluta sova", "cant stop sleeping", "timmar sömn", "hours of sleep", "noll sömn", "ingen sömn", "no sleep", "får ingen sömn",
    "still woke up tired", "rädd att sova", "scared to sleep", "afraid to sleep", "tankarna snurrar", "head gets too loud", "samma mardröm", "nightmares every",
    "2 naps a day", "breakfast at dinner", "frukost kl @afternoon", "vaknade o det va mörkt", "whole day gone", "hela dagen borta",
    "stay up till @night", "till @night på morgonen", "till @night i morse", "till @night varje", "before @night am", "went to bed at @night am",
    "went to bed at 7 am", "went to bed at 8 am", "went to bed at 9 am", "asleep before", "from @night am",     "vaknar vid @afternoon", "vaknade vid @afternoon", "vaknade @afternoon", "woke up at @few pm", "woke up at @minor pm", "slept till @minor pm",
    "somnade kl @night", "somnade vid @minor på förmiddagen", "somnar först", "kl @night på morgonen", "klockan e @night", "its @night am", "still up",
    "inte sovit än", "int sovit sen", "inte sovit sen", "havent slept since", "vaken hela natten", "vaken hela nätterna", "e vaken hela",     "sovit typ @few", "sovit @few timmar", "sovit typ @minor timmar totalt", "hours total", "timmar totalt",
    "@dozen tmar", "@dozen hrs", "sleeping @dozen", "sov till @afternoon", "sover till @afternoon", "sover jag till @afternoon", "sover till middag", "sover jag till middag", "@dozen timmar per natt", "@dozen timmar igår", "@dozen timmar om dan", "hours a day and still", "melatonin doesnt work", "somnar ändå inte",
  ],

  // Food.
  /** No food at home: an empty fridge, only rice or ketchup left, the food bank closed. */
  NO_FOOD_HOME: [
    "kylen e tom", "kylen är tom", "kylskåpet har", "kylskåpet har stått", "fridge has", "nothing in the fridge", "ketchup", "bara ris kvar",
    "ba ris kvar", "ris å salt", "ris o salt", "only rice", "no food in", "inte mat hemma", "ingen mat i", "inget hemma", "finns inget hemma",
    "vi har typ inget", "matbanken", "food bank", "matkasse*", "matutdelning*", "mat gratis", "free food", "gammalt bröd", "bara nudlar kvar",
    "nudlar igen", "sista paketet", "milk is expensive", "cereal with water", "i guess no dinner", "vad vi ska äta ikväll", "vad vi ska ata",
  ],
  /** Meals skipped, forgotten or replaced by coffee, energy drinks or crisps. */
  MEAL_GONE: [
    "monster istället", "druckit kaffe", "dagens meny", "frukost: kaffe", "min mat nu", "inte ätit sen",
    "int att nat", "ente äter", "havent eaten", "forgot to eat", "glömmer bort att äta",     "åt ordentligt senast", "ate properly", "riktig middag", "varm mat senast", "ate one meal", "åt en macka idag", "bara ätit", "ba ätit",
    "har ba ätit", "only ate", "ate half", "en gång per dag", "skippar frukost", "hoppar över frukost", "slutat äta", "slutade äta", "äter inte så mycket",
    "får inte ner", "living off", "lever på mormors", "sparar maten till", "skipping meals", "ger min mat till", "rester", "chips till middag",
    "bara godis", "middag =", "middag idag var", "dinner tonight is", "jag äter inte", "åt nåt igår", "drack ba vatten", "vatten o kaffe",
    "ingen skolmat", "yr i trappan", "äcklad av mat", "allt känns äckligt", "so my little sister can eat", "living on energy", "middag = energidryck", "en energidryck. igår", "int ätit sen", "int ätit på", "inte ätit på",
  ],
  /** Eating and weight controlled: calories counted, training food away, a BMI, not deserving food. */
  DIETING: [
    "kalorier", "calories", "calorie", "bmi", "smalare", "gå ner mer", "tränar bort", "förtjänar int mat", "förtjänar inte mat", "deserve food",
    "ätstörning*", "vägde mig", "kilo på en månad", "lost like @many", "kläderna sitter löst", "proteinbar", "keso", "vill se benen", "kastar upp efter maten", "spyr upp efter", "spyr när jag", "ser fortfarande tjock ut", "äter under @many", "under @many today",
  ],

  // Money.
  /** Broke in everyday words: pank, no para, a declined card, a few kronor in the account. */
  BROKE: [
    "pank", "inga para", "ingen para", "para e slut", "pengarna tar slut", "pengar tar slut", "slut på pengar", "inte ett öre", "ente ett öre",
    "card got declined", "kortet blev nekat", "kort blev nekat", "kortet spärrat", "spärrade kortet", "in my account", "saldot",
    "konto -", "kontot är tomt", "account is empty", "my money is finish", "lost all my savings", "bank account is", 
    "har inte pengar", "har int pengar", "@few quid", "@minor quid", "@minor kr until", "kr until payday", 
    "broke until", "till nästa utbetalning", "tills hennes lön", "tills lönen", "på =kontot", "kr på =kontot",
  ],
  /** Short of money, said weakly: it does not last, something is missing, cannot afford. Counts with what it is for. */
  SHORT: ["räcker inte", "räcker till ungefär", "saknas", "lever på", "swisha", "tiggare", "har int", "har int råd", "couldnt afford", "until next month", "har inget fram till",   ],
  /** Debts, loans and reminders: sms-lån, Klarna, inkasso, borrowing from everyone. */
  DEBT_OWED: [
    "sms lån", "sms lån*", "skuld", "skulderna", "skulden", "debts", "inkassobrev", "påminnelse nr", "lånat av alla", "lånade para",
    "borrow money", "tar nya för att betala", "krävde tillbaka", 
    
    "fake job", "training fee", "casinot", "=klarna", "klarnaskuld*", "klarna påminnelse",
  ],
  /** What money is short for, beyond food and rent: medicine, the dentist, the bus, nappies, food bought by selling things. */
  NEEDS_MORE: [
    "medicinen", "tandläkaren", "bussen", "busskortet", "tåget", "blöjor", "winter clothes", "the bus", "bus card", "köpa mat", "to buy food",
    "kunna köpa mat", "till hyran", "the phone bill", "elräkningen",
  ],
  /** Owing, selling things, bills and being cut off, said weakly: counts with being short. */
  OWES: ["owe", "reminders", "lånat av", "sålt min", "sålde min", "sold my", "har sålt", "stängs av", "stangs av", "stängt av mig", "obetalt", "obetalda", "inte betalat", "int betalat", "faktura", "räntan"],
  /** Benefits that did not come or were refused. */
  BENEFIT: [
    "försörjningsstöd*", "aktivitetsstöd*", "ersättningen", "a-kassa", "a kassa", "akassa", "soc", "csn", "migrationsverket",
    "aktivitetsersättning*",
  ],
  /** A benefit that did not come, came late or was refused. */
  BENEFIT_FAILED: ["avslag", "kom inte", "kom int", "har inte kommit", "har int kommit", "inte i tid", "int i tid", "sa nej", "krävde tillbaka", "vill ha tillbaka", "ingen kan säga varför", "får ingen", "kommer int förrän", "kommer inte förrän", "drog in"],

  // Housing.
  /** Sleeping where no one lives: a sofa, a car, a tent, a stairwell, a laundry room, a station. */
  SLEEPS_ROUGH: [
    "soffor", "sofas", "sofa surfing", "couch", "i bilen", "in my car", "tält", "husvagn", "förråd", "tvättstugan", "trapphus",
    "härbärge*", "jourboende*", "vandrarhem", "hostel", "at the station", "på stationen", "på gatan", "on the street", "personalrummet",
    "golvet i", "on the floor", "i köket", "in the kitchen", "pers i en", "personer i en", "trångbodd*",
  ],
  /** Sleeping or staying, for now, until a day. */
  STAYS: [
    "sover", "sov", "bor", "bott", "sleeping", "sleep", "living", "staying", "stay", "får bo", "surfing", "surfar",
  ],
  /** Must leave one's home, or has nowhere lined up. */
  MUST_LEAVE: [
    "måste ut", "vara ute till", "ska vi bo", "var ska jag bo", "var jag ska sova", "var jag sover", "var ja sover",
    "var jâ ska sova", "vart ja ska", "vart jag ska", "vart jag och", "supposed to live", "somewhere to live", "find a new place",
    "blir utan", "har inget nytt", "sagt upp mig", "kan bli uppsagda", "bytt lås", "change the locks", "kan inte bo kvar",
    "får inte följa med", "får int följa med", "inte följa med", 
    "ingen adress", "no address", "har ingen adress",
    "måste ha en adress", "hamna på gatan", "utslängd", "blev kickad", "got kicked out", "kicked out", "knas me boendet",
    "selling the flat", "no rights", "utkastad", "kasta ut", "slänga ut", "fått uppsägning", "uppsägning på lägenheten", "noll chans att få", "years in the housing queue", "housing queue here is",
  ],
  /** For now, until a day, running out: a roof that is about to end. */
  UNTIL_WHEN: ["running out of", "only till", "temporary", "till fredag", "till måndag", "till sommaren", "nån vecka till", "3 nätter till", "plats bara", "fullt resten", "flytta ut", "måste flytta", "ta vägen"],
  /** Out of a bar, a club, a party or a class: thrown out of there is not out of one's home. */
  VENUE: [
    "från krogen", "ur krogen", "på krogen", "från baren", "från puben", "från klubben", "från nattklubben", "från festen", "från bion", "från bussen",
    "från tåget", "från butiken", "från affären", "från lektionen", "ur klassrummet", "från matchen", "från gymmet", "från servern", "från chatten",
    "ur gruppen", "från laget", "ur laget", "of the bar", "of the club", "of the pub", "of the party", "of class", "from the bar", "from the club", "from the party", "of the game",
    "of the store", "from the store",
  ],

  // Conflict at home.
  /** A quarrel, a door slammed, a war at home. */
  QUARREL: [
    "bråk", "bråka", "bråkade", "bråkar", "bråkat", "grälar", "grälade", "krockat", "huge fight", "big fight", "had a fight", "a fight", "skrek",
    "skriker", "skrik", "dörrsmäll*", "door got slammed", "krig", "kaos", "slåss", "hatar varandra",
    "skiljer sej", "skiljer sig", "skiljas", "välja sida", "pick a side",
  ],
  /** Put down by one's own: a shame, a disappointment, ruining the family, regretted. */
  PUT_DOWN: [
    "en skam för familjen", "a disappointment", "en besvikelse", "förstör familjen", "förstör deras familj", "ångrar att hon fick mig",
    "ångrar att han fick mig", "wasting my life", "like a guest in my own home", "slutat prata med mej", "slutat prata med mig",
    "utegångsförbud", "låser ytterdörren", "not allowed in the kitchen", "får inte vara i vardagsrummet", "kasta ut mäj", "kasta ut mig",
    "dålig tyst", "vägrar låta mig", "kan int va i samma rum", "kan inte vara i samma rum",
  ],

  /** A quarrel at home told as heavy: huge, so loud the neighbours knocked, all week, someone cried, sides to take. */
  HEAVY: [
    "huge", "big", "stora", "storbråk", "så högt", "grannarna", "hela veckan", "hela natten", "hela kvällen", "hela helgen", "all night", "all week",
    "grät", "gråter", "cried", "crying", "hatar varandra", "välja sida", "pick a side", "varje gång", "every time", "alla e arga", "på båda",
    "vårdnaden", "krig", "kaos", "om allt", "about everything", "varje middag", "every dinner", "igen", "again",
  ],
  /** Too worn out even for that, again, for days: what makes a skipped chore exhaustion. */
  AGAIN_EVEN: ["ens", "even", "heller", "igen", "again", "längre", "tredje dagen", "sen igår", "sen i", "på en vecka", "veckor", "dagar", "anymore"],
  /** It is over or fine now: recovered, paid off, made up, "so whatever". */
  WELL_AGAIN: [
    "e frisk", "är frisk", "frisk nu", "frisk sen", "all on track", "on track now", "inga problem", "löste sej", "löste sig", "pratade ut", "bästa vänner",
    "kvitt", "sams", "avslutat", "betalat av", "betalade av", "e löst", "är löst", "so im fine", "so were good", "so whatever", "så de e lugnt",
    "så det är lugnt", "got his own place", "got her own place", "so happy for",
  ],
  /** Signing off for now ("hörs imorgon", "fill this in tomorrow"): too tired to write more tonight is no giving up. */
  SIGN_OFF: ["hörs imorgon", "hörs imorn", "hörs sen", "hörs senare", "svarar imorgon", "svarar sen", "fill this in", "rn tomorrow", "talk tomorrow"],
  // Crisis said sideways.
  /** Looking up a way to die: painless ways, lethal doses, a search history of methods. */
  SEARCHED_WAY: [
    "smärtfria sätt", "painless way*", "hur många mg som e dödligt", "hur många mg som är dödligt", "dödlig dos", "lethal dose", "search history is just methods",
    "methods at this point", "googlat hur", "googled how", "ser ut som en olycka", "look like an accident", "how many i need", "hur många jag behöver",
    "vad händer med ens insta när man dör", "när man dör", "donera sina organ om man",
  ],
  /** Goodbye, to us or to everyone. */
  GOODBYE: ["hejdå", "hej då", "goodbye", "bye forever", "farväl", "säga hejdå", "sagt hejdå", "säg hej till alla"],
  /** Thanks for having tried, you were kind to me: a farewell's thanks. */
  THANKS_TRIED: [
    "tack för att ni försökt", "tack för att ni försökte", "thanks for trying", "ni har varit snäll", "du va snäll mot mig", "du har varit bra för mej",
    "du har varit bra för mig", "you were kind to me", "tack för allt", "thanks for everything", "tack för att ni frågade", "innan",
    "ni behöver inte höra av er mer", "behöver int skicka fler", "dont bother looking for me", "kommer int tillbaka", "kommer inte tillbaka",
    "inte var deras fel", "not their fault", "ville bara säga", "wanted to say",
  ],
  /** The end told as final: over for good, no epilogue, quit game, left left. */
  FOR_GOOD: [
    "over for good", "ingen epilog", "no epilogue", "quit game", "left left", "utan backup", "without backup", "sista sms",
    "kommer int va kvar", "kommer inte va kvar", "wont be around", "not be around", "ill be around", "besviken att jag vaknade",
    "disappointed i woke", "disappointed to wake", "dont wake up", "don't wake up", "inte vaknar", "plan now", "have a plan", "har en plan",
    "planning it", "tonight feels like the night", "lägger ner allt",
  ],

  // Self-harm said sideways.
  /** Cut, scratched, burned or hit oneself, told in one plain word. */
  HURT_SELF_PLAIN: [
    "skar", "skurit", "rispade mig", "ristade", "new cuts", "såren", "stygn", "fick sy", "knuckles bleed", "till it bleeds", "hit my head", "spisplattan", "nålar", "nagelsax*", "pencil sharpeners", "rakhyvel*", "urge", "urges", "the thing again", "gör det igen", "did it again", "börjat igen", "göra nya", "mina lår", "mina armar", "armarna",   ],
  /** Hidden, explained away, or known only to the writer. */
  HIDDEN_HURT: [
    "ingen märkte", "ingen ser", "nobody asks", "mamma inte ser", "skyllde på", "sa att det va en olycka", "om du fattar", "du vet vad", "du vet varför", "ni fattar", "you know why", "if u know", "if you know", "not for the pencils", "inte med penna", "det va int katten", "det enda som hjälper", "det enda som funkar", "only thing that helps", "efter @many månader", "after @many months", "i already started", "svider", "läka", "antibiotika", "svullet", "🩸", "punish myself", "@many grader", "@many degrees", "in july", "i juli", "in summer", "even in summer", "even tho its",
  ],
};
