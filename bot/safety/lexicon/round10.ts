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
    "ingen kom ihåg", "ingen kom på", "ingen frågade", "ingen pratade med",
    "nobody noticed", "no one noticed", "no one talked to me",
    "nobody talked to me", "no one asked", "nobody asked", "nobody called", "no one called", "dont even get a msg", "stopped inviting me",
    "never invite me", "slutat bjuda", "slutat svara mig", "slutat komma hem till", "forgot about me", "glömde bort mig", "glömt bort mig",
    "whod notice", "would notice if i", "0 messages", "noll meddelanden", "0 meddelanden", "inte blev bjuden",
    "blev inte bjuden", "wasnt invited", "not invited", "utan mig igen", "without me again", "my phone buzzes", "mobilen plingar",
    // Round 15: the last call was the health centre, the only talk the cashier's.
    "senaste gången någon ringde", "sista gången nån ringde", "last time anyone called", "last time someone called", "last time anyone texted",
    "only conversations", "only one ive talked to", "ingen skriver aldrig",
    "ingen skriver till mej", "ingen skriver nånsin", "ingen skriver först", "ingen ringer längre", "ingen ringer mig", "ingen ringer nånsin", "ingen ringde på min", "ingen ringde mig", "nobody texts first", "nobody texted me", "no one texted me",
    "ingen har snappat", "slutat höra av sej", "svarar knappt längre", "no ones texted me", "skulle ingen märka", "skulle ingen höra av", "ingen vet att jag finns", "ingen här vet", "inte en enda människa som vet", "nobody knows i exist", "blev bortvald", "blev blockad av min sista", "ny gruppchatt utan", "inte är med i längre", "not in a single one", "int nämnt mig", "hänger utan mig", "someone actually asked", "de enda som frågar", "dom enda som frågar", "stopped logging on",
    "ingen har svarat mig", "ingen svarade mig", "ingen svarade på mina", "ingen har öppnat mina", "ingen har öppnat dom", "ingen bjuder hem", "ingen bjuder in mig", "ingen bjuder mig", "nån som frågar hur jag mår", "nån som frågar hur ja mår", "nån som frågar hur jag har det",
    // Round 12.
    "ingen har gillat", "nobody liked", "no one liked", "nobody replies", "no one replies",
  ],
  /** The only one the writer talks to is a pet, a screen, a grandmother, a cashier, or us. */
  ONLY_COMPANY: [
        "enda sociala", "only social", "den enda som skriver",     "den enda jag pratat", "enda stället nån", "typ ba er", "ba er att prata", "bara er att",
    "förutom ni", "förutom er", "förutom dig", "förutom kassörskan", "except you", "more than real people", "mer med dig än", "än med nån annan",
    "för att höra en röst", "höra nån annans röst", "to hear a voice", "hear people talk", "för att va bland folk",
    "för att vara bland folk", "för att va nära folk", "för att vara nära folk", "be around people", "bara för att prata med någon",
    "just to talk to someone", "highlight of my week", "iaf röster", "goodnight to the bot", "talk to chatbots", "talk out loud to myself",
    "pratar högt med mig själv", "första gången jag pratat", "där finns folk", "det finns folk där",
    "de enda jag pratar med", "dom enda jag pratar med", "enda jag snackar med", "enda stället där nån", "bara med lärare", "pratar mer med lillen", "pratar med chatgpt", "pratar med en ai", "inte skrev till dig", "höra nån röst", "talk to myself",
  ],
  /** Talking mostly or only with someone, the only friend, the only time: loneliness when the one named is a pet, a screen, a cashier or us. */
  ONLY_TALK: [
    "pratar mest med", "pratar bara med", "snackar mest med", "snackar bara med", "only talk to", "only person i talk to", "min enda kompis", "min enda vän", "mina enda vänner", "my only friend", "the only time", "enda gången nån", "den enda", "the only one",
  ],
  /** Who the lonely talk to instead of friends: a pet, a screen, a bot, the cashier, us. */
  COMPANION: [
    "katten", "katt", "hunden", "min hund", "discord*", "xbox*", "alexa", "er", "dig", "du", "ni", "you", "bot*", "chatbot*", "ai", "kassörskan", "dog", "cat", "online", "mej själv", "myself", "takfläkten", "gas station", "mailman", "kundtjänst", "en människa", "screen", "skärmen", "the tv",
    "kanin*", "hamster*", "marsvin*", "hundarna", "headset", "game chat*",
    "chatgpt", "lärare", "lillen",
  ],
  /** No friends or nobody at all, in everyday words. */
  NO_ONE_LEFT: [
    "know literally nobody", "know nobody", "nobody to text", "no one to text", "no one to hang out with",
    "single friend", "single swedish friend", "tappade kontakten med alla", "lost touch with everyone", "tappade alla kompisar",
    "alla mina vänner försvann", "everyone moved on", "alla har flyttat", "alla mina shunos", 
    "jag är utanför", "e ba själv", "ensam igen", "ensam ensam", "själv på julafton",
    "va själv igen", "vara själv igen", "vill ha vänner", "want friends", "vilja ha en vän", "ha en vän bara",
    "hur man får vänner", "make friends", "sociala liv", "social life", "0 kontakter", "noll kontakter",
    "osynlig", "invisible", "isolating", "only have you", "har bara dig", "har bara er", "bara jag o", "ba jag o", "me and my room",
    "eat lunch alone", "ate lunch alone", "äter lunch själv", "åt lunch själv", "lunch på toan",
    "another person my age", "nearest friend", "närmsta granne",     "så jävla tyst", "tom lägenhet", "empty flat", "empty apartment", "känner inte en enda", "tyst hela tiden",
    "ingen att äta", "ingen att fira", "ingen att va med", "ingen att vara med", "ingen att hänga", "ingen att sitta", "nån att hänga", "har int nån att", "someone to just sit with", "someone who actually knows me", "vänner har flytta*", "kompisar har flytta*", "friends are at uni", "friends are online", "mina enda kompisar", "min sista kompis", "finns typ ingen kvar", "ingen kvar här", "alla gör saker o jag", "im just here", "alla e borta", "försvann alla", "har jag ingen", "här jag har ingen", "jag har ingen bästis", "dont have one friend", "dont really have friends", "have one friend", "ett enda ord", "pratat högt med nån", "pratar inte på flera dagar", "prata med nån på hela veckan", "pratat med nån förutom", "kramat nån", "sagt mitt namn", "sitting alone", "sitter alltid själv", "jag va ensam", "ensam på orten", "ensam i år", "glömt hur man pratar med folk", "inte vet hur man är med folk", "skaffar vänner", "ingen i min ålder", "tyst i lägenheten", "låta som att någon är här", "feels like people are there",
    "alla mina kompisar flytta*", "alla mina vänner flytta*",
    "no friends",
  ],

  // Hopelessness said flatly.
  /** Hope, dreams, caring or a future given up on. */
  HOPE_GONE: [
    "slutat hoppas", "stopped hoping", "stopped expecting", "slutat drömma", "slutade bry mig om drömmar", "slutat bry mig", "stopped caring",
    "hoppet är slut", "tappat lusten", "tappat all motivation", "lost all motivation", "inget att se fram emot", "nothing to look forward to",
    "ingenting att se fram emot", "svaret är nej", "dont see any future", "cant see a future", 
    "cant picture a future", "see it getting better", "see things getting better", "see how that changes", "framtiden finns inte", "den har inte jag",
    "den finns inte", "haha framtid", "fint ord", "ever gonna change", "never gonna change", "like this forever",
    "never happening", "aldrig kommer hända", "allt är kört", "det är kört", "det är över för mig",
    "too late for me", "för sent för mig", "just existing", "just exist", "bara existerar", "existerar bara", 
    "va e ens poängen", "va e grejen", "vad e grejen", "vad e ens grejen",
    "gör ingen skillnad", "makes no difference", "doesnt make a difference", "inget ändras",
    "ingenting ändras", "nothing sticks", "inget blev som", "used to have dreams", "used to have plans", "used to want", "hade en plan förut",
    "hade drömmar", "poänglöst", "lönlöst", "varför ens kämpa", "why even bother",     "det står still", "stuck in the same day", "samma skit varje dag", "same shit every day", "same grey",
    "every day is the same", "dagarna liknar varandra", "gråskala", "grått länge", "my new normal", "side character",
    "written out", "npc i mitt", "loading screen", "hard mode", "ett game jag inte kan vinna", "a game i cant win", "kid in the corner forever",
    "built wrong", "ingen mening", "nothing to show for it", "fortsätta vara en besvikelse",     "förstört allt", "ruined everything", "förstör jag det", "same tomorrow", "samma imorn", "resten av livet", "rest of my life",     "sluta försöka", "stop trying", "quit trying", "mitt nya normal", "på väg i tre år", "för alltid asså",
    "något av mig", "nåt av mäj", "ingenting av mig", "nånsin bli bättre", "nånsin bättre", "varför jag ens", "varför ja ens", "varför jag försöker", "varför ja försöker", "why i even", "kommer ändras ändå", "kan ändå inte ändra", "kan int ändra", "nothing's changing", "blir aldrig nån ändring", "blir aldrig bra", "blir ändå inget", "blir ändå ingenting", "blir fel ändå", "det blir inte bra", "känns kört", "e typ kört", "redan kört", "redan e kört", "a future where", "en framtid utom", "picture myself", "för sent redan", "det är för sent", "gjort något med mitt liv", "gjort ett skit med", "göra med mitt liv", "göra med livet", "do with my life", "done anything with my life", "slösar bort mitt liv", "misslyckats med livet", "som ett misslyckande", "misslyckad mamma", "ba tomt", "dont even feel", "just nothing", "stuck in a loop", "stuck at the bottom", "samma rum som när", "ingen väg framåt", "ser ingen väg", "ingen skillnad framåt", "ingen plan ingenting", "spelar ingen roll va", "spelar nån roll vad jag", "inget spelar", "spelar ingen roll om jag", "ingenting känns kul", "nothing is fun", "aldrig ikapp", "missat allt", "sabbat hela mitt liv", "ruined my whole", "slutet på allt", "aldrig haft ett jobb", "aldrig får jobb", "aldrig klara det", "ingenting värd", "för dum för allt", "livet tog slut", "mitt liv tog slut", "liv redan har passerat", "peaked at",
    "inte spelar nån roll", "dont have a future", "dont think i have a future", "life is just on pause", "livet på paus", "känner ingenting om", "känner ingenting längre", "feel nothing anymore", "nothing is going to change", "isnt going to change", "nothing will change", "anything will change", "dont think it will", "kommer ändra nånting", "dörrar är stängda", "dörrar redan har stängts", "är bara tom",
    "så vad spelar det för roll", "vad spelar det för roll vad", "händer ändå inget", "är en förlorare", "im a loser", "som en loser",
    "aldrig bli något", "aldrig bli nånting", "int bli nåt", "int blir nåt", "ente blir nåt", "aldrig blir nåt",
    "vad e ens poängen", "inga vägar ut",
  ],

  /** Everyone else: the friends, the class, everyone my age. */
  EVERYONE_ELSE: [
    "alla andra", "everyone else", "everyone my age", "alla i min ålder", "alla från klassen", "alla från min klass", "kompisarna pluggar", "mina kompisar pluggar",
    "polarna har", "alla mina kompisar har", "alla mina polare", "alla går vidare", "everyone has", "everyone moved",
    // Round 12.
    "kompisarna har", "my cousins are all", "everyone from school",
  ],
  /** Left behind: standing still, sitting in the same room, only watching. */
  LEFT_BEHIND: [
    "står still", "stands still", "sitter kvar", "bor kvar", "samma rum", "same room", "ba tittar", "bara tittar",
    "jag har inget", "ja har ett avslag", "går vidare o jag", "utom jag", "except me",
    "sitter hemma", "still at home",
    "är kvar i samma",
    // Round 12.
    "jag har mitt rum", "ja har mitt rum", "samma jävla rum", "in my room", "own lives now",
  ],

  // Exhaustion.
  /** Energy told as an empty battery, a body of lead or concrete, a marathon. */
  DRAINED: [
    "energinivå", "energy level*", "social energi", "social energy", "dead phone", "död mobil", "som bly", "like lead",
    "made of concrete", "like concrete", "wet sand", "wet sock", "weighs 200", "som mos", "running on fumes", "trött på att va trött",
    "trött på att vara trött", "tired of being tired", "alltid trött", "helt tom", "tom på allt", "dränerad", "drained",
    "kraschade", "på botten energimässigt", "som ett berg", "ett berg nu", "som ett maraton", "som att springa ett maraton", "a marathon",
    "boss fight", "feels impossible", "wears me out", "tog all energi", "tar all min kraft", "tog allt ja hade", "tog allt jag hade",
    "took everything i had", "costs so much", "kroppen vägrar", "ligga i mörkret", "ligger i mörkret", "ställt in allt", "cancelled everything",
    "physically done", "mentally done", "ork e slut", "orkar inget", "orka allt", "orkar knappt", 
    "e slut bror", "så jävla slut", "så sjukt trött", "mycket trött", "very tired", "slut i huvudet", "trött i huvudet",
    "hjärnan e full", "huvudet är fullt", "av trötthet", "knockad", "med influensa", "i cant keep doing this",
    "everything is on me", "allt hänger på mig", "sover i skift", "dygnet runt", "klarar inte av en sak till", "inte ens netflix",
    "even gaming feels like work", "tiny stuff", "small stuff", "varje liten grej", "every tiny thing", "en kamp", "just too tired", "no energy",
    "empty battery", "tom på batteri", "jag e så slut", "ja e så slut", "e så slut i",
    "@few i kroppen", "battery is at @few permanently", "batteri @few gäller",
    "slut hela tiden", "mentalt slut", "bara slut", "kroppen känns tung", "känns tung jämt", "everything is so heavy", "walking through mud", "genom lera", "springer i sirap", "urladdat batteri", "batteri e pa @few", "@few batteri", "all the time no matter", "doesnt charge", "laddas aldrig", "ingen laddare", "hjärnan e mos", "hjärnan e typ helt mos", "hjärnan har dimma", "brain feels like static", "ett enda beslut", "välja vad jag ska äta", "done for the day", "drains me", "vaknar trött", "lägger mej trött", "tappat all energi", "dont have the energy", "glömt hur det känns att vila", "int vilat", "inga pauser", "ingen ledig dag", "som 80", "tired of pretending", "hålla fasaden", "bara orkar inte", "orkar bara inte", "ta mig för nåt", "resa mej från soffan", "orkar inte resa", "left bed", "i sängen i @few dagar", "sov sen i @few dygn", "ligger resten av dagen", "vill ba ligga still", "kört slut på sig", "knappt lyfta",
  ],
  /** "Orkar inte" or could not, before something ordinary: showering, the dishes, the post, a meeting. */
  COULD_NOT: ["orkar int", "orkar ente", "orkade int", "orkade bara inte", "orka int", "kunde inte ta mig", "klarade inte", "klarar int", "cant bring myself"],
  /** Ordinary chores and errands that weigh like mountains. */
  DAILY_TASK: [
    "duscha", "byta", "disk*", "posten", "öppna", "laga mat", "laga nåt", "tvätt*", "borsta tänderna", "möten", "mötena", "handläggaren",
    "ringa o avboka", "ur sängen", "läsa meddelanden", "svara på mess", "läsa en sida",
    "skolan", "gå till affären", "brushing my teeth", "making food", "go for a walk", "calling the doctor", "showering",
  ],

  /** Chores and post left undone for weeks: the dishes standing, the letters unopened, the same clothes for days. */
  UNDONE: [
    "disken har stått", "disk i hela köket", "int tvättat på", "int öppnat posten", "högen ligger", "en hög på hallgolvet", "unopened letters",
    "@many olästa", "skjutit upp allt", "samma kläder i flera dagar", "samma hoodie", "tvättkorgen e ett berg",
    "disken står sen", "disken står o ruttnar",
    // Round 12.
    "posten ligger oöppnad", "oöppnad post", "unopened mail", "tvättkorg full", "missat alla tre", "varje dag tänker jag imorgon", "every day i think tomorrow",
  ],
  /** Caring for a sick parent, younger siblings or a baby, alone. */
  CARER: [
    "tar hand om mamma", "tar hand om pappa", "tar hand om mina syskon", "tar hand om syskonen", "tar hand om allt", "tar hand om farmor", "tar hand om mormor", "tar hand om bebisen",
    "tar hand om lillebror", "tog hand om mormor", "ensamstående", "håller ihop allt", "fixar allt hemma", "ingen tar hand om mig", "look after my mum", "take care of my mum",
    "caring for my", "dubbla pass",
  ],
  /** After training: tired from the gym is no exhaustion. */
  WORKOUT: ["efter träningen", "bra pass", "after the gym", "after practice", "after training"],
  /** Choosing what one eats: vegan, fasting, before a blood test. */
  DIET_CHOICE: ["vegan*", "vegetarian*", "fasta*", "ramadan", "intermittent fasting", "blodprov*"],

  // Sleep.
  /** The day and night turned around, told by the hour or as a way of life. */
  SLEEP_WRONG: [
    "dygnet är vänt", "helt vänt", "vänder på natten", "sovit bort",
    "sover bort", "sleep is basically", "sleep is so", "sömn e ett skämt", "sömn e för svaga", "sömnen e helt kaos", "sömnen är kaos",
    "int sovit ordentligt", "ente sovit", "sov ordentligt senast", "slept properly", "sov inte inatt", "sov inte alls",
    "didnt sleep at all", "vaken sen", "awake since", "been up since", "up @many hours",
    // Round 21: up for hours on end, not "hours straight" alone ("the night feed was his so i got like 6 hours straight").
    "up for @many hours", "lever på natten", "nattdjur", "nattuggla",
    "night owl", "kan inte sluta sova", "cant stop sleeping", "timmar sömn", "hours of sleep", "noll sömn", "ingen sömn", "no sleep", 
    "still woke up tired", "rädd att sova", "scared to sleep", "afraid to sleep", "tankarna snurrar", "head gets too loud", "samma mardröm", "nightmares every",
    "2 naps a day", "breakfast at dinner", "frukost kl @afternoon", "vaknade o det va mörkt", "whole day gone", "hela dagen borta",
        "asleep before",         "somnar först", "still up",
    "inte sovit än", "havent slept since", "vaken hela natten", "vaken hela nätterna", "e vaken hela",     "sovit typ @few", "sovit @few timmar", "hours total", "timmar totalt",
    "@dozen tmar", "@dozen hrs", "sleeping @dozen", "@dozen timmar per natt", "@dozen timmar igår", "@dozen timmar om dan", "hours a day and still", "somnar ändå inte",
    "dygnsrytmen är helt", "dygnsrytmen e död", "ingen dygnsrytm", "sleep schedule is so", "sleep schedule is fully", "sleep schedule is ruined", "sleep schedule is messed", "sleep schedule is cooked", "sleep schedule vampire", "sömnschema existerar", "sömnschemat är förstört", "sömnschemat e helt",
    "sleep schedule is a",
    "sover på dagen", "sover på dagarna", "sover på dan", "sover bara dag", "sover bara på dagen", "sleep during the day", "vaken på natten", "vaken hela nätterna", "natt jag är vaken", "sover när jag sover", "vänt dygn", "dygnet har varit vänt", "upp o ner", "dygn försvinner", "normal sovrytm", "ingen sovrytm", "dagsljus", "seen daylight", "vaken när det e ljust", "sleep schedule is destroyed", "sovit typ hela", "sovit hela helgen", "sovit hela veckan", "sova hela tiden", "sover hela dan", "vaknar ändå trött", "wake up tired", "mer än @few timmar", "more than @few hours", "@few h på", "sovit @few h", "@few hours a night", "0 timmar", "pass out at some point", "sömnen har blivit",
    "sleep is completely flipped",
  ],

  // Food.
  /** Asleep in the morning, up in the afternoon, awake at five: the hours of a day turned upside down. */
  HOUR_UPSIDE_DOWN: [
    "sov till @afternoon", "sover till @afternoon", "sover jag till @afternoon", "sover till middag", "sover jag till middag", "vaknade vid @afternoon", "vaknade @afternoon", "slept till @minor pm", "till @night på morgonen", "till @night i morse", "till @night varje", "stay up till @night", "somnade kl @night", "klockan e @night", "kl @night på morgonen",
    "bed at 7 am", "bed at 8 am", "bed at 9 am",
    "@night am", "till typ @night", "till like @night", "tills @night", "forran @night", "förrän typ @night", "vid @night på morgonen", "vaknar kl @night", "vaknar @night", "vaknar vid @night", "waking up at @night", "wake up at @night", "woke up at @night", "waking up at like @night", "klockan @night", "kl e @night", "vaknar kl @afternoon", "vaknade kl @afternoon", "till kl @afternoon", "until like @minor pm", "till like @minor pm", "up at @minor pm", "på eftermiddan", "till @night på natten", "till @night varje",
  ],
  /** Again, every day, the whole day gone: what makes a late morning a pattern. */
  AGAIN_OFTEN: [
    "igen", "again", "most days", "mörkt", "dark", "missade", "missed", "i rad", "in a row", "hela veckan", "nu för tiden", "these days", "anymore", "längre",
    "this week", "i månader", "for months", "hela dan", "missar allt", "heart racing", "hjärtklappning", "hjärtat", "kan inte sluta", "cant fall asleep", "kan int sova", "kan inte somna", "inte somnat", "scroll*", "skrollade", "spelar", "gaming", "blundat", "dygnet", "lie there",
  ],
  /** Lying awake, unable to fall or stay asleep. */
  SLEEPLESS: [
    "kan int sova", "cant sleep", "cant fall asleep", "kan int somna", "somnar int igen", "lie there", "keep waking up", "vaknar flera gånger", "vaknar varje gång", "dont really sleep", "i dont sleep", "jag sover inte", "sover int på natten",
  ],
  /** What keeps one awake: thoughts that spin, a racing heart, dreams of the war, the neighbours, until it gets light. */
  KEPT_AWAKE: [
    "tänker på", "tankar", "tankarna", "tänker mycket", "tänker för mycket", "huvudet", "my head", "thinking", "hjärnan", "grannarna", "drömmar", "drömmer", "mardröm*", "heart racing", "hjärtklappning", "hjärtat", "hela natten", "blir ljust", "ljust ute", "daylight", "hela nätterna", "every hour", "varje timme", "till morning", "till morgonen",
  ],
  /** Melatonin and sleeping pills. */
  SLEEP_AID: [
    "melatonin*", "sömntablett*", "sleeping pill*", "sömnmedel",
  ],
  /** Not helping any more. */
  NOT_HELPING: [
    "hjälper int", "doesnt work", "doesnt help", "dont help", "funkar int", "slutade med", "sover jag inte alls",
  ],
  /** Working nights: sleeping by day for a shift is no turned day. */
  NIGHT_WORK: ["jobbar natt", "jobba natt", "nattjobb*", "nattpass*", "work nights", "working nights", "jobbar nätter"],
  /** Looking forward to something tomorrow: a sleepless night before a trip or a party is no concern. */
  LOOKING_FORWARD: ["peppad", "pepp", "excited", "tomorrow", "imorgon", "imorn", "fest", "party", "inför", "nervous for"],
  /** No food at home: an empty fridge, only rice or ketchup left, the food bank closed. */
  NO_FOOD_HOME: [
    "kylskåpet har stått", "bara ris kvar",
    "ba ris kvar", "ris å salt", "ris o salt", "only rice", "no food in", "inte mat hemma", "ingen mat i", "inget hemma", 
    "vi har typ inget", "matutdelning*", "mat gratis", "free food",     "milk is expensive", "cereal with water", "i guess no dinner", "vad vi ska ata",
    "matkassen", "matkasse nånstans", "få matkasse",
    "ran out of food", "slut på mat", "maten tog slut", "riset tog slut", "matlådorna från", "matlådorna tog slut", "matkassarna", "lagar int mat längre", "nothing at home", "vi har inte mycket mat", "det enda vi har råd med", "har inte råd med annat", "räcker int till annat", "free samples", "det som finns i frysen", "mjöl o lite pasta", "vad vi äter imorgon", "kvar till imorn",
    "int handlat på länge", "mamma har int handlat",
  ],
  /** A fridge with ketchup and a lemon, the last packet of noodles: little food, told by what is left. */
  FRIDGE_BARE: [
    "kylskåpet har", "fridge has", "ketchup", "gammalt bröd", "nudlar igen", "sista paketet",
  ],
  /** Since Thursday, again, literally, only that left: what makes a bare fridge a concern. */
  FOOD_LAST: [
    "sen", "since", "igen", "again", "literally", "bara", "ba", "only", "kvar", "left", "till nästa", "till fredag", "until", "till imorn", "hela veckan", "this week", "det va allt",
    "all there was", "thats all",
  ],
  /** Meals skipped, forgotten or replaced by coffee, energy drinks or crisps. */
  MEAL_GONE: [
    "monster istället", "druckit kaffe", "min mat nu", 
    "int att nat", "ente äter", "havent eaten", "forgot to eat", "glömmer bort att äta",     "åt ordentligt senast", "ate properly", "riktig middag", "varm mat senast", "ate one meal", "bara ätit", "ba ätit",
    "only ate", "ate half", "en gång per dag", "skippar frukost", "hoppar över frukost", "slutat äta", "slutade äta", "äter inte så mycket",
    "får inte ner", "living off", "lever på mormors", "sparar maten till", "ger min mat till",
    // Round 21: without typo tolerance — "slept 8 hours, proper rested" was leftovers eaten.
    "=rester", "chips till middag",
    "bara godis", "middag idag var", "dinner tonight is", "jag äter inte", "åt nåt igår", "drack ba vatten", "vatten o kaffe",
    "ingen skolmat", "yr i trappan", "äcklad av mat", "allt känns äckligt", "so my little sister can eat", "living on energy", "int ätit sen", "inte ätit på",
    "hoppa över måltider", "only eat once", "käkat på riktigt", "real meal", "havent really eaten since", "ätit nåt varmt", "nudlar varje dag", "lived on toast", "bara bröd", "only bread", "mostly bread", "macka om dagen", "monster and crisps", "chips o monster", "bara druckit monster", "just monster", "dont really eat anymore", "dont feel hungry anymore", "lost a lot of weight", "illa när jag äter", "illa varje gång ja försöker äta", "illa varje gång jag försöker äta", "tvingar i mig", "äta framför andra", "äter framför andra", "äta när nån ser", "hur lite jag äter", "förtjänar det", "sen inget mer", "inget på helgerna", "knäckebröd i", "cornflakes i", "samma sak varje dag",
    "skippar middagen så", "skipped breakfast and lunch", "hoppar över lunchen varje dag", "dont feel like eating anymore",
    "äter en gång om dagen",
  ],
  /** Eating and weight controlled: calories counted, training food away, a BMI, not deserving food. */
  DIETING: [
    "kalorier", "bmi", "smalare", "gå ner mer", "tränar bort", "förtjänar inte mat", "deserve food",
    "ätstörning*", "vägde mig", "kilo på en månad", "lost like @many", "kläderna sitter löst", "proteinbar", "keso", "vill se benen", "kastar upp efter maten", "spyr upp efter", "spyr när jag", "ser fortfarande tjock ut", "äter under @many", "under @many today",
    "ser sjuk ut", "känner mig tjock", "äter bara vita saker", "gått ner sju kilo", "gått ner @many kilo",
    "fortfarande för stor",
  ],

  // Money.
  /** Broke in everyday words: pank, no para, a declined card, a few kronor in the account. */
  BROKE: [
    "pank", "inga pengar förrän", "no money until", "inga para", "ingen para", "para e slut", "pengarna tar slut", "pengar tar slut", "slut på pengar", "inte ett öre", "ente ett öre",
    "card got declined", "kortet blev nekat", "kort blev nekat", "kortet spärrat", "spärrade kortet", "in my account", "saldot",
    "kontot är tomt", "account is empty", "my money is finish", "lost all my savings", "bank account is", 
    "har int pengar", "@minor quid", "@minor kr until", "kr until payday", 
    "broke until", "till nästa utbetalning", "tills hennes lön", "tills lönen", "på =kontot", 
    "to my name", "har ba @many kr", "har bara @many kr", "have like @many kr", "have like @many kronor", "@many kronor and rent", "down to my last", "kr kvar o det e", "dar till lön", "dagar till lön", "till the end of the month", "inga pengar alls", "noll para", "noll kvar", "har noll o", "inget kvar till mej", "ingen kvar för mig", "ingenting kvar för mig", "inget kvar själva", "ingenting kvar själva", "nothing until next month", "literally have none", "no mony", "inga sparpengar", "int para", "inga själv", "inte har några", "pengarna slut", "every month its the same", "overdraft*", "pantar burkar", "mellan hyra och mat", "räcker inte till nånting", "tar mina pengar", "ber mig om pengar", "ber om pengar", "vill låna pengar av mig", "har int kvar nåt",
    "no money for my",
    "har inget kvar till",
  ],
  /** Short of money, said weakly: it does not last, something is missing, cannot afford. Counts with what it is for. */
  SHORT: ["räcker inte", "räcker till ungefär", "saknas", "lever på", "swisha", "tiggare", "har int", "couldnt afford", "until next month", "har inget fram till",
    "cant afford", "inte råd",
  ],
  /** Debts, loans and reminders: sms-lån, Klarna, inkasso, borrowing from everyone. */
  DEBT_OWED: [
    "sms lån*", "debts", "inkassobrev", "påminnelse nr", "lånat av alla", "lånade para",
    "borrow money", "tar nya för att betala", "krävde tillbaka", 
    "fake job", "training fee", "casinot", "klarnaskuld*", "klarna påminnelse",
    "skulden växer", "skulderna växer", "skuld hos", "i skuld", "har skuld", "har jag skuld", "en skuld på", "owe like", "owe my", "klarna o jag", "owe klarna", "min skuld",
    "skulden hos", "skulden till",
    "skulder på spel", "inkassokrav", "förseningsavgift*", "lån i mitt namn", "one loan to pay another", "maxed out", "owe everyone", "betala tillbaka @many", "want their money back", "wants their money back", "csn skulden", "obetalda räkningar", "@many påminnelser",
  ],
  /** What money is short for, beyond food and rent: medicine, the dentist, the bus, nappies, food bought by selling things. */
  NEEDS_MORE: [
    "medicinen", "tandläkaren", "bussen", "busskortet", "tåget", "blöjor", "winter clothes", "the bus", "bus card", "köpa mat", "to buy food",
    "till hyran", "the phone bill", "elräkningen",
    "diapers", "formula", "meds", "mediciner", "bus to", "pendeln", "nya skor", "bills",
  ],
  /** Owing, selling things, bills and being cut off, said weakly: counts with being short. */
  OWES: ["owe", "reminders", "lånat av", "sålt min", "sålde min", "sold my", "har sålt", "obetalt", "obetalda", "int betalat", "faktura", "räntan",
    "obetald", "betalat",   ],
  /** The phone or the power about to be cut off. */
  CUT_OFF: ["stänger av", "stänga av", "stängt av mig", "stänger snart", "offline after", "cut off", "disconnected"],
  /** Benefits that did not come or were refused. */
  BENEFIT: [
    "försörjningsstöd*", "aktivitetsstöd*", "ersättningen", "a kassa", "akassa", "soc", "csn", "migrationsverket",
    "aktivitetsersättning*",
    "fk", "csn", "benefit", "activity support", 
    // The money a benefit pays, named by who pays it ("pengarna från af kommer inte förrän den 25e" met "Det är lugnt").
    "pengarna från af", "pengar från af", "af pengarna", "money from af", "my money",
  ],
  /** A benefit that did not come, came late or was refused. */
  BENEFIT_FAILED: ["avslag", "kom int", "har int kommit", "int i tid", "sa nej", "vill ha tillbaka", "ingen kan säga varför", "får ingen", "kommer inte förrän", "drog in",
    "drogs in", "dragit in", "indraget", "has not arrived", "got stopped", "stuck", "doesnt come until", "wont come until", "not coming until",
  ],

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
    "flytta*",
  ],
  /** Must leave one's home, or has nowhere lined up. */
  MUST_LEAVE: [
    "vara ute till", "ska vi bo", "var ska jag bo", "var jag sover", "var ja sover",
    "var jâ ska sova", "vart ja ska", "vart jag ska", "vart jag och", "supposed to live", "somewhere to live", "find a new place",
    "blir utan", "har inget nytt", "sagt upp mig", "kan bli uppsagda", "bytt lås", "change the locks", "kan inte bo kvar",
    "ingen adress", "no address", 
    "måste ha en adress", "hamna på gatan", "utslängd", "blev kickad", "kicked out", "knas me boendet",
    "selling the flat", "no rights", "kasta ut", "slänga ut", "fått uppsägning", "uppsägning på lägenheten", "noll chans att få", "years in the housing queue", "housing queue here is",
    "måste ut ur", "måste ut till", 
    "måste ut i", "måste ut innan",
    "flytta ut när jag fyller", "flytta ut när ja fyller", "flytta när jag fyller", "move out when im", "be out by", "out by the time", "want me gone", "wants it back", "vill ha tillbaka lägenheten", "vill ha tillbaka lgh", "måste lämna boendet", "stödboendet tar slut", "kontraktet sägs upp", "wont renew", "nånstans att bo", "har ingenstans", "har typ ingenstans", "int har nånstans", "har int nånstans", "inte ställe", "inget eget", "ingen fast adress", "ställe att bo", "where we will go", "where to go after", "vart tar jag vägen", "vart vi ska", "var vi ska bo", "var jag bor efter", "found a new place", "havent found anything", "no one rents", "ingen hyresvärd vill", "säljer lägenheten", "selling and", "renovating the building", "have to move out", "have to be out", "en månad på mig", "veckor på mej att hitta", "hjälp med hyran", "hjälpa med boende", "hjälp med boende", "bo kvar där för att", "hopping between", "flyttat runt mellan", "nattbussen", "kitchen floor", "people in a 2 room", "månader efter m hyran", "månader efter med hyran", "hyran e två månader sen", "hyran är sen", "gone by the weekend", "cant afford anywhere",
    "ska sälja lägenheten", "ska sälja huset", "ny soffa varje",
    "sovit på olika ställen", "sover på olika ställen", "hyreskontraktet går ut",
    "prio för boende",
  ],
  /** For now, until a day, running out: a roof that is about to end. */
  UNTIL_WHEN: ["running out of", "only till", "temporary", "till fredag", "till måndag", "nån vecka till", "3 nätter till", "plats bara", "fullt resten", "ta vägen",
    "får int följa med",
    "måste flytta",
  ],
  /** Out of a bar, a club, a party or a class: thrown out of there is not out of one's home. */
  VENUE: [
    "från krogen", "ur krogen", "på krogen", "från baren", "från puben", "från klubben", "från nattklubben", "från festen", "från bion", "från bussen",
    "från tåget", "från butiken", "från affären", "från lektionen", "ur klassrummet", "från servern", "från chatten",
    "ur gruppen", "från laget", "ur laget", "of the bar", "of the club", "of the pub", "of the party", "of class", "from the bar", "from the club", "from the party", 
    "of the store", "from the store",
    "från stugan", "ur stugan", "från hotellet", "checka ut",
  ],

  /** On the way somewhere, camping, a festival: a night in the car or a tent that is a trip. */
  TRIP_STAY: ["på väg till", "on the way to", "roadtrip", "festival*", "campa*", "tältar", "fjällen", "fisketur*"],

  // Conflict at home.
  /** A quarrel, a door slammed, a war at home. */
  QUARREL: [
    "bråk", "bråka", "bråkade", "bråkat", "grälar", "grälade", "grälat", "krockat", "huge fight", "big fight", "had a fight", "massive fight", "huge argument", "skrik", "skrikit", "skrika", "dörrsmäll*", "krig", "kaos", "slåss", "hatar varandra", "skiljer sig", "skiljas", "välja sida", "pick a side", "argue", "argued", "got into it", "höjer rösten",
    "screaming match",
  ],
  /** Put down by one's own: a shame, a disappointment, ruining the family, regretted. */
  PUT_DOWN: [
    "en skam för familjen", "a disappointment", "en besvikelse", "förstör familjen", "förstör deras familj", "ångrar att hon fick mig",
    "ångrar att han fick mig", "wasting my life", "like a guest in my own home", "slutat prata med mig",
    "utegångsförbud", "låser ytterdörren", "not allowed in the kitchen", "får inte vara i vardagsrummet", "kasta ut mäj", "kasta ut mig",
    "dålig tyst", "vägrar låta mig", "kan int va i samma rum", "kan inte vara i samma rum",
    "säger att jag är lat", "säger jag e lat", "sa att ja e lat", "calls me lazy", "says im lazy", "latmask", "snyltare", "kallade mig värdelös", "skämmer ut familjen", "drar skam över familjen", "gör familjen skam", "förstört hennes liv", "förstört hans liv", "förstör för familjen", "inte nån riktig man", "dålig mamma", "waste of space", "inte e hennes son", "orkar int med mig", "antingen går jag eller hon", "i can leave", "im out if", "får flytta ut", "kan flytta om", "another place", "lazy and useless", "lazy and embarrassing", "allt jag gör är fel", "latar mig", "behandlar mig som skit", "treats me like", "takes his side", "takes her side", "comments about me",
  ],

  /** A quarrel at home told as heavy: huge, so loud the neighbours knocked, all week, someone cried, sides to take. */
  HEAVY: [
    "huge", "big", "stora", "storbråk", "så högt", "grannarna", "hela veckan", "hela natten", "hela kvällen", "hela helgen", "all night", "all week",
    "grät", "gråter", "cried", "crying", "hatar varandra", "välja sida", "pick a side", "varje gång", "every time", "alla e arga", "på båda",
    "vårdnaden", "krig", "kaos", "om allt", "about everything", "varje middag", "every dinner", "igen", "again",
    "every night", "varje natt", "varje kväll", "every evening", "every single", "hela nätterna", "hela dan", "så mycket", "so loud", "massive", "jättemycket", "ständigt", "alltid", "always", "hela tiden", "all the time", "varje dag", "every day", "i en timme", "nobody is talking", "ingen pratar", "everyone yelling", "alla skriker", "om pengar", "about money", "tills", "varje gång",
  ],
  /** Too worn out even for that, again, for days: what makes a skipped chore exhaustion. */
  AGAIN_EVEN: ["ens", "even", "heller", "längre", "tredje dagen", "sen igår", "sen i", "på en vecka", "veckor", "dagar"],
  /** It is over or fine now: recovered, paid off, made up, "so whatever". */
  WELL_AGAIN: [
    "är frisk", "frisk nu", "frisk sen", "all on track", "on track now", "inga problem", "löste sig", "pratade ut", "bästa vänner",
    "kvitt", "sams", "avslutat", "betalat av", "betalade av", "är löst", "so im fine", "so were good", "so whatever", "så de e lugnt",
    "så det är lugnt", "got his own place", "got her own place", "so happy for",
    "fel pinkod", "wrong pin", "fel kod",
    "sover ok", "sover bra", "sleeping fine",
  ],
  /** Signing off for now ("hörs imorgon", "fill this in tomorrow"): too tired to write more tonight is no giving up. */
  SIGN_OFF: ["hörs imorgon", "hörs imorn", "hörs sen", "hörs senare", "svarar imorgon", "svarar sen", "fill this in", "rn tomorrow", "talk tomorrow"],
  /** A home at war or so tense one keeps away: krig, kaos, eggshells, eating in one's room to avoid them. */
  HOME_TENSE: [
    "hemma e som krig", "hemma e som ett krig", "krig hemma", "world war 3 at home", "war at home", "skrik hela kvällen", "för mycket skrik", "bara tjat", "tjat tjat", "äggskal",
    "orkar inte va hemma", "orkar inte vara hemma", "int pallar va inne", "dont want to go home", "för att slippa", "stay in my room to avoid", "staying in my room till",
    "äter på mitt rum", "äter i mitt rum", "bor nu i mitt rum", "so tense", "tjock stämning", "konstig stämning", "iskall", "dörrar som smälls", "dörrsmällen", "door got slammed",
    "eat in my room", "to avoid them",
  ],
  /** Not speaking at home, ignored or looked past. */
  SILENT_HOME: [
    "pratar int alls", "int pratat", "nobody is talking", "no one is talking",
    "wont talk to me", "ignorerar mig", "som luft", "kalla blickar", "wont look at me", "tittar förbi mig", "passerar varandra", "vi pratar inte", "pratar inte nu",
    "vägrar äta middag med", "int ens säger hej", "låser dörren", "silent again",
  ],
  /** After the fight, since I dropped out: how long the silence has lasted. */
  AFTER_FIGHT: ["efter bråket", "after the fight", "sen jag", "since i", "sen i", "på en månad", "efter att"],

  // Crisis said sideways.
  /** Looking up a way to die: painless ways, lethal doses, a search history of methods. */
  SEARCHED_WAY: [
    "smärtfria sätt", "painless way*", "hur många mg som är dödligt", "dödlig dos", "lethal dose", "search history is just methods",
    "methods at this point", "ser ut som en olycka", "look like an accident",     "donera sina organ om man",
  ],
  /** What else a dose or a painless way may be about: coffee, vitamins, removing wax or a tattoo. */
  HARMLESS_DOSE: ["caffeine", "koffein", "kaffe", "coffee", "vitamin*", "ta bort", "remove", "vaxet", "tatuering*", "tattoo*"],
  /** Goodbye, to us or to everyone. */
  GOODBYE: ["hejdå", "hej då", "goodbye", "bye forever", "säg hej till alla"],
  /** Thanks for having tried, you were kind to me: a farewell's thanks. */
  THANKS_TRIED: [
    "ni har varit snäll", "du va snäll mot mig", 
    "du har varit bra för mig", "you were kind to me", "innan",
    "ni behöver inte höra av er mer", "behöver int skicka fler", "dont bother looking for me", "kommer inte tillbaka",
    "inte var deras fel", "not their fault", "ville bara säga", "wanted to say",
    "tack för att ni försökte iaf", "thanks for trying anyway", "tack för att ni frågade hur jag mådde iaf",
  ],
  /** The end told as final: over for good, no epilogue, quit game, left left. */
  FOR_GOOD: [
    "quit game", "left left", "utan backup", "without backup",
    "kommer inte va kvar", "wont be around", "not be around", "ill be around", "besviken att jag vaknade",
    "disappointed i woke", "disappointed to wake", "dont wake up", "inte vaknar", "plan now", "have a plan", "har en plan",
    "planning it", "tonight feels like the night", "lägger ner allt",
  ],

  /** Not wanting to go on or to wake, said without the words for death. */
  DONE_LIVING: [
    "point in staying", "varför jag ska fortsätta",     "disappointed to wake up", "dont wake up tomorrow", "vakna fler morgnar", "somna o sen va det klart", "somna och sen vara klart",
    "inte va här mer", "inte vara här mer", "försvinner på riktigt", "over for good", "dödslängtan", "va där han e nu", "vara där han är nu",
    "vakna så många fler gånger", "reset knapp", "radera nu", "ingen epilog", "no epilogue", "göra slut på skammen",     "sagt hejdå i huvudet", "ingen anledning att fortsätta", "no reason to keep going",
    "need them where im going", "need it where im going", "if i dont answer tomorrow", "besviken att jag vaknade överhuvudtaget", "besviken att jag vaknade alls", "disappointed i woke up at all", 
  ],
  /** Sleeves in summer or shorts avoided, and the hint that the reader knows why. */
  SLEEVES: ["långärmat", "sleeves", "hoodies", "hoodie", "inte ha shorts"],
  /** "Ni fattar", "you know why", 28 degrees, nobody asks: the hint after the sleeves. */
  YOU_KNOW: ["ni fattar", "om du fattar", "you know why", "if u know", "the classic", "nobody asks", "folk frågar", "varför jag fryser", "badsäsong",
    "@adult grader", "@adult degrees",
  ],
  /** Self-harm blamed on a cat that did not do it, or injuries that are no accident. */
  NOT_THE_CAT: [
    "till my knuckles bleed", "hit my head on the floor",
    "håller handen över spisplattan", 
    "armarna svarar", "mina armar ser ut som en streckkod", "armar som en streckkod", "sh urges",
    "the urge is so bad", "skurit lite", "samlar på mammas",
    "collecting my mums", "collecting my dads", "tror jag har slutat m sh", "think i stopped sh",
  ],

  /** Sun, cold or mosquitoes: why sleeves in summer may be just that. */
  SLEEVES_REASON: ["burn so easily", "solbränn*", "sunburn", "mygg*", "mosquito*", "kallt", "blåsigt", "regn*", "rain*", "windy"],

  /** Guards for older crisis rules' false alarms on the training writers' ordinary lines. */
  /** Thrown out of home, in an ultimatum about a job or studies ("hotar att slänga ut mig om jag inte börjar plugga"). */
  OUT_OF_HOME: ["slänga ut", "kasta ut", "kicka ut", "ut hemifrån"],
  /** If I do not start studying or find a job. */
  JOB_ULTIMATUM: [
    "om ja inte börjar", "om jag int börjar", "om ja int hittar jobb", "om jag int hittar jobb",
    "if i dont find a job", "if i dont get a job", "unless i get a job",
  ],
  /** Whether one is there or not, in a group chat or the canteen: being overlooked now, not a death unnoticed. */
  THERE_OR_NOT: ["gruppchatt*", "discorden", "matsalen", "om jag är där eller inte", "om ja e där eller inte", "if im there or not"],
  /** Schoolwork, a CV or a spreadsheet that "is killing me". */
  SCHOOL_CHORE: ["uppsatsen", "uppsatser", "matteuppgift*", "mattetenta*", "tenta*", "cv", "cvt", "excel*", "läxan", "uppgiften", "inlämning*"],
  /** Staring at the ceiling: "taket" is the ceiling, not a roof. */
  CEILING_STARE: ["stirrar i", "stirrar upp i", "kollar upp i", "tittar upp i", "glor i", "glor upp i", "stirrar på"],

  // Self-harm said sideways.
  /** Cut, scratched, burned or hit oneself, told in one plain word. */
  HURT_SELF_PLAIN: [
    "skar", "skurit", "ristade", "såren", "knuckles bleed", "hit my head", "spisplattan", "nagelsax*", "pencil sharpeners", "rakhyvel*", "urge", "urges", "the thing again", "gör det igen", "did it again", "börjat igen", "mina lår", "mina armar", "armarna",
    "ärren",   ],
  /** Hidden, explained away, or known only to the writer. */
  HIDDEN_HURT: [
    "ingen märkte", "ingen ser", "nobody asks", "mamma inte ser", "du vet vad", "ni fattar", "you know why", "if u know", "if you know", "not for the pencils", "inte med penna", "det va int katten", "efter @many månader", "after @many months", "i already started", "svider", "🩸", "@many grader", "@many degrees", "in july", "in summer", "even tho its",
    "göra nya", "sluta komma nya", "tatuering över",   ],
  // From the sixth young tester (session 13).
  /** Someone gets angry at the writer's contact with others or at a late answer: control told by its mood. */
  ANGRY_AT_CONTACT: [
    "blir sur när jag skriver", "blir arg när jag skriver", "blir sur om jag skriver", "blir arg om jag skriver", "blir sur när jag pratar med",
    "blir arg när jag pratar med", "blir arg om jag inte svarar", "blir sur om jag inte svarar", "blir sjukt arg om jag inte svarar", "blir skitsur när jag", "blir svartsjuk när jag",
    "gets mad when i text", "gets mad when i talk to", "gets angry when i talk to", "gets mad if i dont answer", "gets angry if i dont reply",
  ],
  /** Never answering again, asked as a question of being noticed: a farewell tested on the reader. */
  NEVER_ANSWER_AGAIN: ["dont answer ever again", "never answer again", "aldrig svarar igen", "aldrig svarar mer", "inte svarar nånsin igen", "slutar svara för alltid"],
  /** Whether anyone would notice or care. */
  WOULD_ANYONE_NOTICE: ["will anyone notice", "would anyone notice", "would anyone care", "skulle nån märka", "märker nån ens", "skulle nån bry sig"],
};
