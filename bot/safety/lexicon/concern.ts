// Words of things a youth worker would follow up without acting at once: hopelessness, exhaustion,
// sleep, food, conflict at home, loneliness, housing, money, being controlled by someone close. Read entries as described in people.ts.
export const concernWords = {
  /** Hopelessness in so many words. */
  /** The doubt said first: "jag tror inte jag klarar det här längre". */
  DOUBT_CAN: ["tror inte jag klarar", "tror inte jag orkar", "tror inte jag pallar", "dont think i can"],
  HOPELESS_TALK: ["tåget har gått", "tåget gått", "ship has sailed", "see no way out", "inget har hjälpt", "nothing has helped", "blir aldrig nåt av mig", "never amount to anything", "livet gick förbi", "life passed me by", "ruined my life", "förstört mitt liv", "slutat tro på", "stopped believing", "redan för sent", "för sent ändå", "nothing is going to get better", "nothing will get better", "ingenting blir bättre", "inget kommer bli bättre", "inget nånsin kommer bli bättre", "spelar ingen roll vad", "ingenting spelar någon roll", "misslyckad människa", "misslyckad version", "varför ens försöka", "why even try", "tired of hoping", "trött på att hoppas", "always be stuck", "meant to have a future", "redan klar", "aldrig ordnat sig", "nothing changes", "getting anywhere", "framtiden redan", "skit period", "skitperiod", "tung period", "mörk period", "jobbig period", "kass period", "rough patch", "dark place", "bad place", "whats the use", "cant see how", "never changes", "aldrig förändras", "hatar mig själv", "hate myself", "stuck forever", "fast för alltid", "aldrig kommer ut", "går bara sämre", "bara gå sämre", "only get worse", "misslyckats med allt", "failed at everything", "jag har ingenting", "i have nothing", "år efter år", "year after year", "åt helvete", "mitt liv är ett skämt", "my life is a joke", 
    "meningslös*", "hopplös*", "ingen framtid", "ger upp", "gett upp", "kommer aldrig bli bättre",
    "blir aldrig bättre", "aldrig bli bra", "ser ingen utväg", "pointless", "no point", "whats the point", "whats even the point", "hopeless",
    "give up", "giving up", "gave up", "no future", "never gets better", "nothing ever gets better", "nothing matters", "cant see a way out",
    "trött på allt", "less på allt", "tired of everything", "sick of everything", "cant stop crying", "kan inte sluta gråta", "slutar inte gråta",
    "mår inte bra alls", "mår inte alls bra", "not ok at all", "not okay at all", "im not ok", "im not okay", "done with everything",
    "kommer aldrig få", "will never get", "never gonna get", "why do i even bother",
    "blir alltid fel", "always goes wrong", "ingen poäng", "inget blir bättre", "nothing gets better", "vad jag ska ha mitt liv till",
    "whats my life even for", "ingen idé", "aldrig kommer komma någonstans", "nothing i do matters", "inget jag gör spelar roll", "whats even the point", "such a failure", "never get a job"],
  /** Everything, life. */
  ALL: ["allt", "allting", "livet", "everything", "life"],
  /** Worthless, empty, awful. */
  SHIT: ["skit", "piss", "suger", "tomt", "tungt", "shit", "sucks", "empty"],
  /** More, any longer, with anything. */
  ANYMORE: [
    "längre", "mer", "av det här längre", "med någonting", "med något", "med allt", "anymore", "any more", "go on", "cope",
    "take it",
  ],
  /** Feeling. */
  FEEL: ["mår", "känner mig", "feel", "feeling"],
  /** Very. */
  VERY: ["så", "jätte", "sjukt", "extremt", "jävla", "så jävla", "fruktansvärt", "really", "=so", "super", "extremely"],
  /** Bad. */
  BAD: ["dåligt", "dålig", "bad", "awful", "terrible"],
  /** Feeling very bad in one word or two. */
  FEEL_AWFUL: [
    "mår skit", "mår piss", "mår jättedåligt", "mår skitdåligt", "mår pissdåligt", "mår fruktansvärt", "deprimerad", "depression", "depressed",
    "feel like shit", "feel awful", "feel terrible", "feel horrible",
  ],
  /** Lonely, left out. */
  LONELY: ["ensam", "ensamma", "utanför", "alone", "left out"],
  /** Worthless, empty. */
  WORTHLESS: ["värdelös", "tom", "som ingenting", "worthless", "empty", "useless", "like nothing"],
  /** Sad, crying. */
  SAD: ["ledsen", "deppig", "nere", "gråter", "grinar", "sad", "down", "crying", "cry"],
  /** Drinking too much. */
  DRUNK: ["full", "fulla", "dricker", "berusad", "drunk", "drinking", "drinks"],
  /** Anxiety and panic. */
  ANXIETY: ["ångest", "panikångest", "anxiety", "panic attacks", "panikattacker"],
  /** All the time, every day. */
  ALWAYS: [
    "hela tiden", "varje dag", "varje natt", "jämt", "konstant", "hela dagarna", "all the time", "every day", "every night", "constantly",
    "constant", "all night", "på nätterna", "at night", "varje kväll", "every evening", "varje morgon", "every morning", "om nätterna", "always",
    "alltid",
  ],
  /** Exhaustion. */
  EXHAUSTED_TALK: ["orkar inte svara nån", "jag är en zombie", "ja e en zombie", "im a zombie", "like a zombie", "går sönder", "falling apart", "running on nothing", "funkar inte längre", "tom inuti", "empty inside", "wading through mud", "a struggle just to", "inte energi att", "som sirap", "brain fog", "tar all energi", "takes all my energy", "så trött att jag", "så trött att ja", "so tired i", "orkar inte logga in", "så slut att", "så slut på att", "too tired to", "för trött för att", "har inte orkat", "orkar inte prata med", 
    "orkar inte någonting", "utmattad", "utmattning*", "utbränd", "utbrändhet",
    "slutkörd", "ingen energi", "noll energi", "helt slut", "kommer inte ur sängen", "kommer inte upp ur sängen", "ta mig upp på morgnarna",
    "orkar inte ta mig upp på morgnarna", "kan inte ta mig upp på morgnarna", "gå upp på morgnarna", "get up in the mornings", 
    "zero energy", "exhausted", "burnt out", "burned out", "burnout", "cant get out of bed", "ingen ork kvar", "stirrar i taket", "staring at the ceiling"],
  /** Lying in bed. */
  IN_BED: ["legat i sängen", "ligger i sängen", "stayed in bed", "been in bed"],
  /** Days and weeks. */
  LONG_TIME: ["dagar", "dygn", "vecka", "veckor", "nätter", "flera", "days", "weeks", "a week", "nights", "månader", "months", "a month", "sen i våras", "sen i höstas", "sen i vintras", "since spring"],
  /** Sleeping badly or too much, day and night turned around. */
  SLEEP_TALK: ["vaken till", "awake till", "still awake", "fortfarande vaken", "inte sovit en minut", "inte sovit något", "sömnen är helt förstörd", "sömnen är förstörd", "som en vampyr", "ser aldrig solen", "uppe hela natten", "kan bara somna", "can only sleep", "only way i can fall asleep", "för att kunna sova", "to be able to sleep", "vågar inte sova", "wont shut up", "asleep till", "vaknar vid @many", "sover så dåligt", "sover jättedåligt", "sleeping so badly", "sleeping really badly", "ligger vaken", "lying awake", "kan inte somna om", "cant get back to sleep", "cant fall back asleep", "scrollar till", "scrolling till", 
    "vänt på dygnet", "vänd dygnsrytm", "vaknar varje natt", "sömnlös", "insomnia", "sleeps all day", "sover knappt",
    "sover nästan inget", "barely sleep", "hardly sleep",
  ],
  /** Not sleeping. */
  NO_SLEEP: [
    "inte sovit", "kan inte sova", "inte kunnat sova", "havent slept", "hasnt slept", "not slept", "cant sleep",
  ],
  /** Sleeping. */
  SLEEPS: ["sover", "sov", "sleep", "sleeping"],
  /** All day. */
  ALL_DAY: ["hela dagen", "hela dagarna", "hela tiden", "all day", "all the time"],
  /** A few (hours a night). */
  FEW: ["@few", "en", "ett par", "två", "tre", "a couple", "two", "three"],
  /** Twelve or more (hours of sleep a day). */
  DOZEN: ["@dozen"],
  /** Hours. */
  HOURS: ["=h", "timmar", "timme", "tim", "hours"],
  /** Awake through the night. */
  AWAKE_NIGHT: ["up all night", "awake all night"],
  /** Not eating. */
  NOT_EATEN: ["knappt ätit", "barely eaten", "hardly eaten"],
  /** Today or for days. */
  SINCE: [
    "idag", "i dag", "sen igår", "sen i förrgår", "sedan igår", "hela dagen", "today", "since yesterday", "all day",
    "vecka", "week",
  ],
  /** Not eating, or eating and throwing up. */
  FOOD_TALK: ["laxermedel", "laxative*", "kräkas efter maten", "räknar varje kalori", "kcal", "väger mig", "weigh myself", "spottar ut maten", "spit out my food", "i already ate", "redan ätit", "sa att jag va mätt", "sa ja va mätt", "slippa äta", "skippar lunchen", "hoppar över middag*", "only had coffee", "istället för mat", "instead of food", "lever på nudlar", "living on toast", "living on knäckebröd", "riktig måltid", "proper meal", "gick hungrig", "went to bed hungry", "drack bara vatten", "så jag inte blir hungrig", "så ja inte blir hungrig", 
    "kan inte äta", "skippar mat", "kräks upp maten", "hetsäter", "svälter mig", "not eating",
    "dont eat anymore", "cant eat", "cant keep food down", "barely eating", "starving myself", "never hungry", "aldrig hungrig", "only eat when", "äter bara när", 
    "hetsåt", "kräktes efter", "spydde efter", "one meal a day", "en måltid om dagen", "skipped dinner", "skippade middagen",
  ],
  /** Living like this: hopeless about one's life as it is. */
  LIVE_LIKE_THIS: ["leva så här", "leva såhär", "live like this"],
  /** Eating. */
  EAT: ["äter", "ätit", "eat", "eating", "eaten"],
  /** Nothing, barely. */
  NOTHING: ["ingenting", "inget", "knappt", "nothing", "barely", "hardly"],
  /** Kinds of food people choose not to eat. */
  FOOD_CHOICE: ["kött", "fläsk", "gluten", "laktos", "socker", "godis", "frukost", "meat", "pork", "dairy", "sugar", "breakfast"],
  /** Shouting and fighting. */
  SHOUT: [
    "skriker", "skrek", "skäller", "skällde", "bråkar", "tjafsar", "yells", "yelling", "screams", "screaming", "shouts", "shouting", "fighting",
    "fight", "arguing",
  ],
  /** Conflict at home in so many words. */
  HOME_CONFLICT_TALK: ["skrik hemma", "bara skrik", "krigszon", "war zone", "screaming match", 
    "bråk hemma", "bråkar hemma", "kaos hemma", "hatar att vara hemma", "hate being at home", "hate being home", "fighting at home",
    "constant fighting", "hatar att va hemma", "hate it at home", "bara bråk", "just arguing", "tense at home", "spänt hemma", "dålig stämning hemma"],
  /** Loneliness. */
  LONELY_TALK: ["känner ingen här", "känner typ ingen", "ingen hört av sig", "ingen har hört av sig", "ingen skrev grattis", "nobody wrote happy birthday", "lunch på toa", "only you to talk to", "den enda jag pratar med", "the only one i talk to", "känner fortfarande ingen", "dont know anyone", "no one here", "not a single friend", "ingen att ringa", "no one to call", "ringer aldrig", "never rings", "my four walls", "nobody talks to me", "ingen pratar med mig", "träffas utan mig", "without me now", "slutat skriva", "stopped texting", "snappar ingen", "no one to sit with", "inte träffat nån", "talked to anyone", "ses typ aldrig", "ensam varje helg", "just me and", "bara jag kvar", "ba ja kvar", "nobody texts me", "no one texts me", "wish i had someone", "önskar jag hade någon", "skulle vilja ha någon", "without talking to anyone", "utan att prata med någon", "än med människor", "than with people", "than to people", "ingen att snacka med", "nobody ever texts", "no one ever texts", 
    "så ensam", "har ingen vän", "ingen att prata med", "ingen bryr sig", "alla har glömt mig", "träffar ingen", "isolerad", "lonely", 
    "nobody to talk to", "no one to talk to", "no one cares", "nobody cares", "so alone", "all alone", "isolated", "inga vänner", "i have no one",
    "i have nobody", "ive got no one", "har ingen alls", "har ingen kvar", "ingen vill vara med mig", "ingen vill umgås med mig", "ingen gillar mig",
    "nobody wants to hang out with me", "no one likes me", "mobbad", "mobbar mig", "bullied", "bullying me", "inga kompisar", "inga polare",
    "ingen förstår mig", "nobody understands me", "no one understands me", "all my friends moved", "sitter bara här",
    "sitter bara hemma", "just sit at home", "ingen hör av sig", "sitter själv", "slippa känna mig ensam", 
    "firade min födelsedag själv", "dont know a single person", "känner ingen här",
  ],
  /** Not having left one's room or home. */
  NOT_LEFT: [
    "inte lämnat rummet", "inte lämnat lägenheten", "inte lämnat huset", "inte varit ute", "inte gått ut", "havent left my room",
    "havent left the house", "havent been outside", "havent gone out",
  ],
  /** Alone (of oneself). */
  ALONE_SELF: ["ensam"],
  /** Losing one's home. */
  HOUSING_TALK: ["couchsurfing", "soffsurfar", "friends floor", "madrass i hallen", "mattress in the hall", "i andrahand", "andrahandskontrakt*", "sublet ends", "my sublet", "sagt upp oss", "sagt upp kontraktet", "ingen ny adress", "ingen egen adress", "no place lined up", "nowhere lined up", "wants me out", "byter ställe varje vecka", "hoppat mellan", "mögel", "betala hyran längre", "ingenstans att ta vägen", "havent paid rent", "behind on rent", 
    "vräkt*", "vräkas", "vräkning*", "vräker", "evict*", "ingenstans att bo", "ingenstans att sova", "nowhere to stay", "nowhere to live",
    "nowhere to sleep", "var jag ska sova", "var jag ska bo", "where to sleep tonight", "where to stay tonight", "nowhere to go", "hemlös",
    "homeless", "bostadslös", "får inte bo kvar", "soffsurfar", "kicked me out", "kastade ut mig",
    "slängde ut mig", "threw me out", "blev av med lägenheten", "kontraktet går ut", "hittar ingen lägenhet", "cant find anywhere to live", "flyttar runt mellan", "lease ends", 
    "utkastad", "slängde ut oss", "kastade ut oss", "kicked us out", "avhysning*", "trappuppgången", "sov ute", "sova ute", "slept outside", "polarnas soffor", "kompisarnas soffor",
  ],
  /** No money for food or rent, debts. */
  /** A partner, besides those OTHERS already names ("min kille", "exet"): control by them is how violence in a relationship often starts. */
  PARTNER: ["partnern"],
  /** Someone reads, checks or takes the writer's phone, or follows where they are. */
  WATCHES_PHONE: [
    "kollar min mobil", "kollar min telefon", "kolla min tel", "kollar min tel", "checking my phone", "kollar i min mobil", "går igenom min mobil", "går igenom min telefon", "läser mina sms",
    "läser mina meddelanden", "läser allt jag skriver", "tar min mobil", "tar min telefon", "har min kod", "vet min kod", "spårar min mobil",
    "spårar mig", "har koll på min mobil", "checks my phone", "goes through my phone", "go through my phone", "reads my texts",
    "reads my messages", "takes my phone", "has my passcode", "knows my passcode", "tracks my phone",
  ],
  /** This conversation must be hidden from someone. */
  HIDE_THIS: [
    "får inte se detta", "får inte se det här", "får inte se att jag skriver", "får inte veta att jag skriver", "får inte veta att jag pratar",
    "om han ser detta", "om hon ser detta", "om han ser det här", "om hon ser det här", "cant see this", "can not see this", "mustnt see this",
    "must not see this", "if he sees this", "if she sees this", "cant know im talking", "cant find out im talking",
  ],
  /** Kept from friends, or controlled, by someone close. */
  KEPT_FROM_OTHERS: [
    "låter mig inte träffa", "bestämmer vem jag träffar",
    "kontrollerar mig", "kontrollerar allt jag gör", "kontrollerande",
    "controls me", "controls everything i do", "controlling",
  ],
  MONEY_TALK: [
    // Round 14: loans to pay loans, the landlord owed, the last warning, things sold for the rent.
    "sms loans", "final warning", "owe the landlord", "sold my xbox to pay", "sålde min dator för att betala",
    "hur jag ska betala", "hur ja ska betala", "smslån", "quick loan", "återkrav", "spelat bort", "spelade bort", "gambled away", "losing money on betting", "kr left until", "på kredit", "gick till grönt", "to cover another loan", "to cover rent", 
    "inte råd med mat", "inte råd att äta", "inte råd med hyran", "pengarna är slut",
    "pengarna tog slut", "inga pengar kvar", "kronofogden", "inkasso", "skulder", "skuldsatt", "0 kr", "noll kr", "noll kronor", "kylskåpet är tomt",
    "ingen mat hemma", "inget att äta", "debt collectors", "afford to eat",
    "har ingen mat", "kan inte betala", "cant pay", "betala räkningarna", "pay my bills", "kvar till hela månaden", "left for the whole month",
    "broke and hungry", "fridge is empty", "no food at home", "nothing to eat", "hyran är obetald", "obetald hyra",
    "ligger efter med hyran", "unpaid rent", "behind on rent", "kan inte köpa mat", "cant buy food", "råd att köpa mat",
    "betalningsanmärkning*", "hotar att stänga av", "payday loan*",
  ],
};
