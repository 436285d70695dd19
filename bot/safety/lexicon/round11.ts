// Words for what the screen still missed after round 10, from the cross-validated misses of rules and
// model on the training writers (round 11): suicide said sideways (a plan that brings relief, a
// meeting cancelled because it "won't be needed", a pet rehomed with a cover story, a funeral playlist
// or a will with a "lol", a rope or a knot looked up, a height asked about "just curious", a wish for
// an accident), self-harm in slang and routine ("new cuts but fine", "the only thing that works", a word
// carved, scratching till it bleeds), acute danger as it is lived (the stove on fire, smoke in the hall,
// someone in the flat, locked out at minus twenty, a seizure), and concern told through everyday details
// (a birthday only grandma remembered, the friend who stopped logging in, coffee for every meal, asleep
// at seven in the morning, 80 kronor for two weeks). Each means little alone; ../rules/round11-rules.ts
// says which matter. Read entries as described in people.ts.
export const round11 = {
  // Suicide: a plan, and what it settles.
  /** A decision, a date or a deadline, told without what it is for. */
  MIND_MADE_UP: [
    "har bestämt mig så", "bestämt ett datum", "satt ett datum", "set a date", "started planning it", "vet hur ja ska göra de nu",
    "vet hur jag ska göra det nu", "know how im gonna do it", "figured out the one thing", "got it sorted", "gett mig själv en deadline", "given myself a deadline",
    "ive given it", "thats the plan for", "det är planen för", "thats when im doing it",
  ],
  /** The calm or relief a decision brings. */
  RELIEF: [
    "kind of a relief", "a relief honestly", "such a relief", "en lättnad", "känns lättare", "känns lite lättare", "känns det lättare", "känns det lite lättare", "lugn i huvudet",
    "lugnt i huvudet", "jag e lugn", "ja e lugn", "blir lugn av", "lugnare av att veta", "quieter that way",
  ],
  /** Done with everything: "kinda done tbh", "done done", "klar me allt". */
  DONE_ALL: ["kinda done tbh", "done done", "im so done", "klar med allt", "klar me allt", "done with everything"],
  /** What a date or a plan may be for: a wedding, a move, an exam. */
  DATE_FOR: ["datum för", "date for", "för cv", "för jobbet", "för skolan", "for the cv", "for work", "for school", "för ansökan"],
  /** Good news that makes a meeting unneeded: a job, a place, a course. */
  GOOD_NEWS: [
    "fått jobb", "fick jobb", "fått ett jobb", "fick ett jobb", "got a job", "got the job", "har jobb nu", "kommit in på", "kom in på", "got in", "fått plats",
    "fick plats", "börjar plugga", "börjar jobba", "starting work", "anställd", "hired",
  ],

  // Suicide: leave taken from the service, from things, from people.
  /** A meeting or an appointment cancelled or booked "for nothing". */
  SERVICE_OFF: ["stryk det", "ställ in mötet", "avboka mötet", "cancel my appointment", "boka tid på af", "the appointment"],
  /** Will not need it: the meeting, the card, anything, after a date or where one is going. */
  NO_NEED_AFTER: [
    "kommer inte behöva det", "kommer inte behöva dom", "kommer inte behöva den", "behöver jag inget", "behöver dom inte efter", "behöver den inte efter",
    "wont need it after", "wont need them after", "dont need them after", "wont need them where",
    // Round 14: "wont need em after tonight".
    "wont need em",
  ],
  /** The lie told about why things are given away: a move, a trip, a hunt, sleep. */
  COVER_TOLD: [
    "tror jag ska flytta", "tror ja ska flytta", "tror jag ska ut o resa", "tror jag ska resa", "tror jag ska åka bort", "think im moving", "thinks im moving",
    "im not moving", "going on a long trip", "not going on a trip", "no camping trip", "tror jag sover", "think im asleep",
    "sa jag skulle ut på jakt", "sa ja skulle ut på jakt", "said i was going hunting",
  ],
  /** Things given away, sold or returned, the room emptied, a pet given a new home, accounts gone. */
  RID_OF_THINGS: [
    "tömt rummet", "tömde rummet", "gett bort kläderna", "gett bort mina", "gav bort mina", "gave my xbox", "gave my ps", "gave my stuff", "giving my stuff away", "sälja datorn", "sålt datorn", "nytt hem åt hunden", "katten hamnar hos", "gave my cat to",
    "gave my dog to", "lämnade tillbaka alla", "returned everything i borrowed", "lämnat alla gruppchattar", "left all the group chats", "raderat insta",
    "deleted my insta", "säger upp spotify", "sagt upp spotify", "lämnade nycklarna", "left my keys",
    // Round 14: giving away one's things to whoever wants them.
    "giving away my", "ger bort mina", "to whoever wants",
  ],
  /** Calm after the errands: "nu e allt klart", "resten e löst", "sen e jag klar". */
  ERRANDS_DONE: [
    "resten är löst", "känns som att städa inför", "like cleaning up before", "sen är jag klar", "nästa steg är resten",
    "ive got it sorted", "its all sorted", "kändes passande",
  ],
  /** Apologised to everyone one quarrelled with: making peace before leaving. */
  APOLOGIZED_ALL: ["bad om ursäkt till alla", "sagt förlåt till alla", "apologised to everyone"],
  /** Someone to take the pet afterwards, the owner gone. */
  PET_AFTER: ["tar hand om katten sen", "tar hand om hunden sen", "take care of my cat after", "take care of pets if the owner", "if the owner is gone"],
  /** Moving house or travelling for real: a move or a trip with a place and a van. */
  MOVING_REAL: ["flyttar till", "moving to", "flyttlass*", "flyttkartong*", "ny lägenhet", "new flat", "new place", "på semester", "on holiday", "on vacation", "resan till", "trip to"],
  /** Waiting until nobody sees: mum asleep, everyone asleep, nobody notices until morning. */
  WAITING_UNSEEN: [
    "väntar tills mamma somnat", "väntar tills alla sover", "waiting till everyones asleep", "waiting for everyone to sleep", "märker ingen något förrän",
    "nobody will notice till",
  ],
  /** Worked out how many are needed: pills counted for a dose. */
  COUNTED_NEED: ["räknat ut hur många jag behöver", "worked out how many i need", "figured out how many i need"],
  /** Give my regards, tell them: a message passed on. */
  GREET_THEM: ["hälsa till", "kan du hälsa", "säg till personalen", "tell the staff", "tell them"],
  /** It was not their fault: the last thing a farewell says. */
  NOT_THEIR_FAULT: ["inte var deras fel", "not their fault", "wasnt their fault", "inte hennes fel", "inte hans fel"],
  /** Not around by then, not needing to wake many more times, counting the days until one need not: being alive only a while longer. */
  NOT_AROUND_THEN: [
    "dont think ill be around", "dont think ill still be here", "idk if ill still be here", "not sure ill still be here", "tänker int va kvar", "tänker inte vara kvar",
    "inte kommer behöva vakna", "kommer inte behöva vakna", "hur många dagar till jag inte behöver",
  ],
  /** An overdose told by what was taken: all one had, the jar emptied, double the prescription, a bottle of cough syrup. */
  OD_TOLD: [
    "took like @many tabs", "took @many tabs", "tagit allt jag hade", "tog allt jag hade sparat", "halva burken", "hela flaskan hostmedicin",
    "dubbelt så mycket som det står", "mixade lyrica med oxy", "xans lean", "rumskompisens mediciner", "paket alvedon på olika apotek", "stesolid extra", "tömde burken",
  ],
  /** The phone's code written down or left for someone. */
  CODE_LEFT: ["koden till min mobil", "wrote down my phone code", "left my phone code", "my passcode on a note"],
  /** So mum can get in and see the pictures afterwards: what the code is left for. */
  SO_THEY_GET_IN: ["så mamma kommer in", "så hon kommer in", "så han kommer in", "kan se bilderna sen", "so my mum can get in", "so she can get in", "can see the pictures after"],
  /** Gone soon, maybe not coming home. */
  GONE_SOON: ["ill be gone soon", "i will be gone soon", "jag är borta snart", "ja e borta snart", "int säkert ja kommer hem", "inte säkert jag kommer hem"],

  // Suicide: letters, lists and last words.
  /** A letter to each one, a will, one's own obituary or memorial speech, a list of who is texted afterwards, a timed message. */
  OWN_LAST_WORDS: [
    "brev till varje person", "ett brev till varje", "letters for my mum", "letters for my mom", "letters for my family", "letters for everyone i",
    "mitt testamente", "min egen dödsannons", "my own obituary", "mitt eget minnestal", "my own eulogy", "spellista till min begravning",
    "playlist for my funeral", "vilka som ska få ett sms efteråt", "who gets a text after",
    "skrev förlåt på en lapp", "wrote sorry on a note", "tidsinställt", "timed to send",
    // Round 12: a goodbye timed, a letter for afterwards.
    "everyone a goodbye", "scheduled to send", "ska få det efteråt", "ska få den efteråt", "after im gone",
  ],
  /** The last of something: the last page, the last time writing here, the last game. */
  LAST_ENTRY: ["sista sidan", "the last page", "sista gången jag skriver här", "last time i write here", "last time im writing here", "my last game", "min sista match"],
  /** A goodbye to everyone: "ha det bra allihop", "thanks for carrying me all these years". */
  SIGNOFF_ALL: ["ha det bra", "take care everyone", "take care all", "thanks for carrying me", "tack för att ni stod ut", "kändes passande", "bye everyone"],

  // Suicide: means, places and ways.
  /** How to tie a knot looked up. */
  KNOT_HOWTO: ["hur man knyter", "how to tie a", "how to tie one"],
  /** Rope, charcoal and tape or a cord, researched, bought or hidden. */
  ROPE_GOT: [
    "researches ropes", "researching ropes", "looked up ropes", "har repe", "repe o allt", "rep o allt", "kol o tejp", "grillkol o tejp", "charcoal and tape",
    "sladd under madrassen", "cord under my mattress", "bought rope",
  ],
  /** What a knot or a rope may be for: a tie, shoelaces, a boat, climbing, a move. */
  TIE_THING: [
    "slips", "fluga", "skosnören", "skosnöret", "a tie", "shoelace*", "knop", "knopar", "båten", "boat", "scout*", "paket", "climbing", "klättring",
    "flytten", "the move", "släpvagn*", "trailer",
  ],
  /** "Ni fattar", "no reason", "just curious", "asking seriously": the hint that a plain question is not. */
  HINT: [
    "ni fattar", "du fattar", "no reason", "just curious", "asking seriously", "not a school thing", "for a reason that wasnt", "låter knäppt", "frågar åt en kompis",
    "asking for a friend", "finns ingen kompis", "inte ett skämt", "not a joke", "ni vet varför", "nvm", "hur lång tid tar det",
  ],
  /** A height asked about: the tallest garage, the highest bridges, jumping from the eighth floor. */
  HEIGHT_ASKED: [
    "tallest parking garage", "högsta parkeringshuset", "highest bridges", "högsta broarna", "hur hög västerbron", "which bridges",
    "vilka broar", "hoppar från @minor", "hoppa från @minor", "jumping from @minor", "from @minor floors", "från @minor e våningen", "how high is",
  ],
  /** Up high or at the tracks, now or again and again: the top floor of a car park, an overpass, the cliff, a named bridge. */
  HIGH_UP_NOW: [
    "översta våningen", "top floor of", "on the overpass", "på parkeringshuset", "stått på klippan", "vid rälsen", "tänker på bron hela tiden",
    "ölandsbron", "västerbron", "åkte till bron",
  ],
  /** Alone there, the next time ends differently, the cars tiny below. */
  NOT_GOING_HOME: [
    "ingen här", "no one here", "nobody here", "ikväll blir det", "tonight will be", "kanske jag inte åker hem", "might not come home", "maybe i wont come home",
    "en stund nu", "blåser mycket", "har gått dit", "cars look tiny", "bilarna ser små ut", "from up here",
  ],
  /** The timetable checked. */
  TIMETABLE: ["tidtabellen", "train schedule", "tågtider", "tåget går", "godstågen", "godståget"],
  /** Not to ride: "ska inte åka med det", "they never stop", "for a reason that wasnt travel". */
  NOT_RIDING: ["ska inte åka med", "inte åka med det", "de stannar aldrig", "dom stannar aldrig", "they never stop", "wasnt travel", "not for travel", "inte för att resa"],
  /** Means gathered: a parent's gun loaded or out, a parent's pills got hold of, the bathroom cabinet emptied, stones in the pockets, an engine in the garage. */
  MEANS_HELD: [
    "hagelbössa ligger framme", "gevär ligger framme", "gun is out", "allt som fanns i badrumsskåpet", "everything in the bathroom cabinet",
    "pappas tabletter", "mammas tabletter", "pappas hjärttabletter", "pappas piller", "mammas piller", "my dads pills", "my mums pills", "my moms pills",
    "fyllt fickorna med stenar", "fyllt fickorna me stenar", "filled my pockets with stones", "låter motorn gå i garaget",
  ],
  /** Loaded: a gun made ready. */
  LOADED: ["laddat", "loaded"],
  /** On oneself, not sure to come home, on the way out, in the pocket: what makes a means one's own way now. */
  ON_ME: [
    "på mig själv alltså", "on myself", "thats the plan", "dont call me", "dw about me", "dont worry about me after", "int säkert", "ingen behöver vänta uppe", "på väg ut", "on my way out", "har dom i fickan",
    "har dem i fickan", "got them in my pocket",
  ],
  /** Another train or the bus instead: not riding this one is no plan. */
  OTHER_RIDE: ["tar bussen", "tar nästa", "åker med nästa", "taking the bus", "the next one"],
  /** Being at a party: out till five at the party, not staying long at it. */
  PARTY_WORD: ["festen", "på fest", "the party", "partyt", "klubben", "utekväll"],
  /** Counting guests or chairs: how many are needed for a party. */
  COUNT_FOR: ["till festen", "bjuda", "pers", "personer", "gäster", "guests", "stolar", "chairs", "for the party"],
  /** One's own trip: away on holiday, visiting. */
  OWN_TRIP: ["im on vacation", "im on holiday", "going on holiday", "going on vacation", "ska på semester", "åker på semester", "är på semester", "im away"],
  /** Medicine stopped: insulin, heart medicine. */
  MEDS_STOPPED: [
    "stopped taking my insulin", "slutat ta insulinet", "slutat ta mitt insulin", "slutade med dem", "slutade med dom", "stopped taking them", "stopped my meds",
    "inte ta sina hjärtmediciner", "inte tar mina hjärtmediciner",
  ],
  /** On purpose, quietly: what makes a stopped medicine a way to die. */
  ON_PURPOSE_QUIET: ["on purpose", "med flit", "happen quietly", "hända tyst", "kan man dö av"],
  /** A walk to the lake, a boat to go overboard from. */
  WALK_TO_WATER: ["gå överbord", "go overboard", "mot sjön", "towards the lake", "till sjön nu", "ner te sjön"],

  // Suicide: the wish, said as an accident or a burden.
  /** "It would be nice", "best would be", "perfect": a wish, told lightly. */
  WOULD_BE_NICE: [
    "skulle vara skönt", "skulle va skönt", "skulle va så skönt", "vore det perfekt", "vore perfekt", "bäst vore om", "hur skönt det vore", "skulle va nice",
    "would be so nice", "wouldnt mind if", "ser fram emot att",
  ],
  /** Run over, hit by a meteor, falling from the balcony, stopping breathing in one's sleep, never waking: death told as an accident. */
  ACCIDENT_END: [
    "bli påkörd", "get hit by a car", "hit by a bus", "en bil bara", "a car just", "slutade andas i sömnen", "stopped breathing in my sleep", "en meteor", "a meteor",
    "ramla från balkongen", "fall off the balcony", "allt tar slut", "it all ends", "aldrig vakna",
  ],
  /** An early alarm or a lie-in: "never waking up so early again" is about mornings. */
  WAKE_EARLY: ["tidigt", "early", "sovmorgon", "lie in"],
  /** If I were gone, or did it: the condition of a burden's wish. */
  IF_GONE: ["om ja va borta", "om jag va borta", "if i were gone", "om jag gör det", "if i did it", "lika gärna göra det", "might as well do it"],
  /** Nobody would care, they'd get over it, he'd get his quiet pension: the world lighter without me. */
  LIGHTER_WITHOUT: [
    "ingen som skulle bry sig", "komma över det på en vecka", "get over it in a week",
    "sin lugna pension", "his quiet retirement", "alla väntar på att jag ska", "everyone is waiting for me to", "spelar ingen roll om jag gör det",
    "ett problem för alla", "a problem for everyone", "skulle slippa", "wouldnt have to", "skulle få andas",
  ],
  /** Logging off life, permanently, for good. */
  LOG_OFF: ["logga ut från livet", "log out of life", "log off permanently", "logga av permanent", "logga ut för gott"],
  /** After one's death, asked about: accounts, insurance, a number for the mother afterwards, whether the coach is told. */
  AFTER_DEATH_ASKED: [
    "med ens konton när man dör", "when you die what happens to", "life insurance pays out", "ge till sin mamma efteråt",
    "give my mum after", "nån av era ungdomar dör", "if one of your youths dies",
  ],
  /** Needing to know by a date, or for one's mother's sake: what makes the question one's own. */
  MUST_KNOW_SOON: ["måste veta innan", "need to know before", "asking for my moms sake", "for my mums sake", "för mammas skull", "undrar bara om", "nån som kan prata med henne"],

  // Self-harm in slang and routine.
  /** Self-harm named in slang or as routine: new cuts, carved, scratching till it bleeds, addicted to cutting, a new blade. */
  SH_SLANG: [
    "carved a word into", "carved into my", "beroende av att skära", "new cuts", "addicted to cutting", "på toa o skar", "ristade med den", "använde naglarna istället",
    "used my nails instead", "med nålar som ingen ser", "started on my thighs", "fråga inte om mina handleder", "dont ask about my wrists", "sugen på att göra nya",
    "swapped my pencil", "clean wrap sleep", "dom kallar det sh", "they call it sh", "slutat gömma såren", "stopped hiding the cuts", "ran out of bandaids",
    "nagelsaxen e typ min bästa vän", "döljer man ärr", "hide my scars", "får nya varje vecka", "new ones every week", "scratching till it bleeds", "rispade mig",
  ],
  /** Cutting or harming oneself, or the means, said in one word or in the inverted order of a habit ("skadar jag mig"). */
  SH_ACT: [
    "skadar jag mig", "sluta skära", "stop cutting", "ny vass grej", "en ny vass", "new blade", "hittar alltid nåt", "always find something", "låst in knivarna",
    "locked up the knives", "när man skär",
  ],
  /** What keeps it going: the only thing that works, it feels good to feel something, three times today, for tonight. */
  SH_KEEPS: [
    "det enda som funkar", "det enda som hjälper", "only thing that works", "only thing that helps", "gött att känna", "good to feel something", "tre gånger idag",
    "three times today", "på lunchen idag", "inför ikväll", "tar bort tankarna", "takes the thoughts away", "lugnare av att veta", "calmer knowing", "stödboendet",
    "the staff",
  ],
  /** Stitches, blamed on a bottle or an accident. */
  BLAMED_ON: ["skyllde på", "blamed it on", "sa att det va en olycka", "said it was the glass", "sa att det var en flaska", "en olycka med en flaska"],
  /** Starving or going without as punishment. */
  PUNISH_SELF: ["som straff", "as punishment", "förtjänar inte mat", "dont deserve food", "förrän jag förtjänar det"],
  /** Not eating, on purpose. */
  STARVE: ["svälta mig", "starve myself", "slutat äta", "stopped eating", "inte ätit på", "havent eaten in", "äter inget", "med flit"],
  /** A cat blamed for scratches. */
  CAT_SCRATCHED: ["katten krafsade", "krafsade mig", "katten klöste", "the cat clawed"],

  // Acute danger.
  /** A part of the home that burns: the kitchen, the stove, the pan, the flat. */
  HOME_PART: ["köket", "spisen", "kastrullen", "stekpannan", "lägenheten", "huset", "the kitchen", "the stove", "the pan", "the flat", "the house", "my room"],
  /** Burning now: "brinner", "on fire", "caught fire", cannot be put out. */
  BURNS_NOW: ["brinner", "tagit eld", "fattat eld", "is burning", "caught fire"],
  /** Smoke or a burning smell. */
  SMOKE_IN: ["röken", "luktar bränt", "smells burnt", "smells like burning", "the smoke"],
  /** Through the hall, the whole flat, while someone sleeps: smoke that has spread. */
  SMOKE_SPREAD: ["i hela hallen", "i hela lägenheten", "i hela trapphuset", "whole flat", "whole hallway", "all over the flat", "mamma sover", "everyone is asleep", "alla sover"],
  /** Someone in the home, the garden or at the window who should not be. */
  INTRUDER: [
    // Round 14: the door pried open, the kitchen window smashed, someone walking about the house.
    "bända upp", "bänder upp", "bryter upp dörren", "prying open", "forcing the door", "slagit sönder rutan", "krossat rutan", "smashed the window",
    "hör dom gå omkring", "hör nån gå omkring", "hear someone walking around",
    // Round 13: someone trying the doors of the building, now at ours.
    "trying every door", "trying the door", "trying our door", "theyre at ours", "känner på dörren", "känner på alla dörrar", "rycker i dörren", "break my window", "broke our window", "climbing in", "rycker i vår", "rycker i ytterdörren", "kicking at our", "kicking our door", "sparkar på vår dörr","nån är i min lägenhet", "someone in my flat", "someone is in my flat", "someone in the house",
    "someone is in the house", "nån i trädgården", "someone in the garden", "försöker öppna mitt fönster", "försöker öppna fönstret", "trying to open my window",
    "hör steg", "i hear footsteps", "kom in med nyckeln", "came in with the key", "knackar på dörren hela tiden", "keeps knocking on the door", "ser en ficklampa",
    "see a flashlight", "with a machete",
  ],
  /** Alone at home or unable to leave: "bor själv", "själv hemma", "pappa e bortrest", "he's in the kitchen now". */
  ALONE_IN: [
    "bor själv", "live alone", "själv hemma", "home alone", "ensam hemma", "i badrummet", "bortrest", "inte hemma", "vågar inte öppna", "dont dare open", "han är i köket nu", "hes in the kitchen now",
    "bottenvåningen", "ground floor", "can hear screaming", "hör skrik",
  ],
  /** Bitter cold: minus twenty, freezing, cannot feel one's feet, shaking. */
  BITTER_COLD: ["minus @many", "minusgrader", "iskallt", "freezing", "fryser så jag skakar", "cant feel my feet", "känner inte fötterna", "känner inte mina fötter"],
  /** Stuck outside or in: locked out, thrown out, in the ditch, broken down, in a storage room, in only a t-shirt. */
  STUCK_OUT: [
    "locked out", "utelåst", "utkastad", "körde i diket", "sitter fast", "car broke down", "broke down on", "locked in the", "sitting outside for hours",
    "suttit ute", "sitter i en trappa", "bara tshirt", "bara t shirt", "bara en tshirt", "only a t shirt", "only a tshirt", "no signal", "ingen täckning",
  ],
  /** The phone dying, nobody answering. */
  PHONE_DYING: [
    "phone almost dead", "mobilen dör", "no battery", "inget batteri", "phone on @few", "mobilen har @minor procent",
    "@minor procent kvar", "ingen svarar",
  ],
  /** Lost and unsafe: no idea where one is, the wrong train, a town one does not know, the men still around. */
  LOST_UNSAFE: [
    "no idea where i am", "ingen aning var jag är", "ingen aning var ja e", "sitter på fel tåg", "on the wrong train", "town i dont know", "stad jag inte känner",
    "theyre still around",
  ],
  /** Too drunk or high to be safe. */
  WASTED: ["so drunk", "så full", "så hög", "so high", "helt väck", "allt snurrar", "everything is spinning"],
  /** A seizure or strange breathing seen now: a friend shaking on the floor. */
  FIT_NOW: ["faller ner och skakar", "ligger och skakar", "skakar och svarar inte", "epileptiskt anfall", "shaking on the floor", "rosslar"],
  /** Shaking with laughter. */
  LAUGHING: ["av skratt", "with laughter", "laughing"],
  /** A car or boat in danger: police chasing, 150 km/h, the map turned off, no life jackets. */
  RIDE_DANGER: [
    "polisen jagar bilen", "police are chasing", "kör typ 150", "kör 150", "turned off the map", "wasnt an uber", "körde nån annanstans", "drove somewhere else", "inga flytvästar", "no lifejackets",
    "guy driving is too",
  ],
  /** Shooting now, outside. */
  SHOOTING_NOW: ["skottlossning utanför", "skjuter utanför", "shooting outside", "shots outside", "shots fired", "vi ligger på golvet", "were lying on the floor"],
  /** Not let go: held in a flat, not allowed to leave. */
  HELD: [
    "låter mig inte gå härifrån", "doesnt let me leave", "får inte gå därifrån", "får inte lämna lägenheten",
    "not allowed to leave the flat",
  ],

  // Harm from others, told by its arrangements.
  /** Sex as the price: sleeping with him, his bed, "paying another way", doing things with him. */
  SEX_PRICE: [
    "om jag ligger med honom", "if i sleep with him", "betala på andra sätt", "sova i hans säng", "sleep in his bed",
    "göra saker med honom", "do stuff with him", "om jag ja du fattar",
  ],
  /** A roof at stake: staying for free, not allowed to stay, nowhere else, the room rented from him. */
  ROOF_AT_STAKE: [
    "bo gratis", "bo där gratis", "stay for free", "får jag inte bo kvar", "cant stay there", "för att få sova där", "har ingen annanstans", "har inget annat ställe",
    "nowhere else to go", "hyr rummet", "hyr ut rummet", "inte har hyran", "mannen där jag bor", "killen jag bor hos", "the guy im staying with",
  ],
  /** Woken undressed. */
  CLOTHES_OFF: ["kläderna av", "clothes off"],
  /** No memory of it. */
  NO_MEMORY: ["no memory"],
  /** Not agreed to: "som jag inte gick med på", "dont remember saying yes". */
  NOT_AGREED: ["dont remember saying yes", "minns inte att jag sa ja", "som jag inte gick med på", "i didnt agree to"],
  /** Where it happened: a party, his place, waking up, showering since. */
  PARTY_NIGHT: ["på festen", "at a party", "at the party", "at his place", "hos honom", "woke up", "vaknade", "sluta duscha"],
  /** Filmed or posted in sex. */
  FILMED: ["filmade när vi hade sex", "posted a video of us", "la ut en video på oss", "la ut en film på oss"],
  /** Without asking, and spread. */
  SPREAD_NO_CONSENT: ["utan att fråga", "without asking", "everyone has seen it", "alla har sett"],
  /** Babysitting, or a child left with the writer. */
  BABYSITTING: ["barnvakt", "babysitting", "babysit", "left her with me", "left him with me", "lämnade henne hos mig", "lämnade honom hos mig"],
  /** The parents not back, not answering, phones off. */
  PARENTS_NOT_BACK: [
    // Round 13: the parent was to fetch the child, and does not answer.
    "skulle hämta", "svarar int",
    "havent come back", "inte kommit tillbaka", "phones are off", "isnt answering", "isnt picking up", "no answer", "ingen svarar", "skulle va hemma kl",
    "skulle vara hemma kl", "said theyd be back",
  ],
  /** Leaving a small child alone, asked: can a two-year-old sleep alone some hours, can he be alone an hour. */
  LEAVE_SMALL: [
    "kan en @few åring", "sova själv några timmar", "kan han va själv", "kan hon va själv", "själv ba en timme", "själv bara en timme", "leave her alone for",
    "leave him alone for", "can a @few year old",
  ],
  /** No one to mind the child: no babysitter, nobody can come, work or the ER calling. */
  NO_SITTER: ["har ingen barnvakt", "ingen kan komma", "no babysitter", "nobody can come", "måste till jobbet", "måste åka till akuten", "måste dra", "have to go to work"],
  /** A debt to a company: Klarna, CSN, Kronofogden. */
  LEGAL_DEBT: ["klarna", "csn", "kronofogden", "inkasso", "banken", "the bank"],
  /** Late: "I'm dead if I'm late" is about being late. */
  LATE_FIGURE: ["kommer sent", "är sen", "im late", "come late", "late to"],
  /** A debt to be worked off: work it off, take over his debt, lent out as a driver until it is paid, "interest" they say. */
  DEBT_LABOR: [
    "jobba av de", "kan jobba av", "can work it off", "ta över hans skuld", "take over his debt", "tills skulden är betald", "until the debt is paid",
    "utlånad som chaufför", "or my debt", "skulden dubblas", "ränta säger dom",
  ],
  /** The family named as a target: they know where little brother goes to school, they threatened him. */
  FAMILY_TARGETED: [
    "han vet var lillebror", "de vet var lillebror", "dom vet var lillebror", "vet han var mormor bor", "han vet var mormor bor", "they know where my brother",
    "they know where my little", "hotar min lillebror", "hotar de min lillebror", "hotat min lillebror", "threatened my little brother",
  ],
  /** Made to deal or hold: the phone back when sold out, sent to other towns to sell, "not asking, telling", a soldier now. */
  FORCED_DEAL: [
    "när jag har sålt klart", "när jag sålt klart", "till andra städer för att sälja", "sälja saker på gatan för honom", "har mitt id kort", "not asking telling",
    "jag är soldat nu", "säger jag nej är jag förrädare", "om något fattas är det ja som ligger till", "vågar jag inte backa",
  ],
  /** Threat signs: a price on one's head, a gun or one's door in a picture, "they said I'm dead if", a bottle to the head. */
  THREAT_SIGN: [
    "satt pris på mitt huvud", "price on my head", "bild på en pistol", "picture of a gun", "posting that im dead meat",
    "de sa jag är död om", "dom sa jag är död om", "they said im dead if", "spöa skiten ur", "beat the shit out of", "grabbed my neck", "ska skära min bror",
    "körde på min moppe med mig på", "fick en flaska i huvudet",
  ],
  /** Abuse at home told by what happened: he screamed he'd kill me, smashed the door, broke my arm, paid with the body. */
  ABUSE_TOLD: [
    "skrek att han ska döda", "skrek att hon ska döda", "screaming he will kill", "slog sönder dörren", "smashing things", "hotade mamma med kniven",
    "grabbed my hair and dragged", "betala för sina misstag med kroppen", "bröt min arm", "broke my arm", "fick jag sy i", "shell do worse", "hell do worse",
    "blir det värre hemma", "värre på fredagar när han dricker", "when he drinks", "ramlade in i dörren igen",
  ],
  /** Hit again. */
  HIT_AGAIN: ["slog igen", "slår igen"],
  /** A door or a lid shut: "slog igen dörren" is slamming, not hitting. */
  DOOR_SHUT: ["dörren", "the door", "locket", "datorn"],

  // Loneliness told through everyday details.
  /** A birthday, told. */
  BIRTHDAY_TOLD: ["fyllde @adult", "fyllde @minor", "fyllde 18", "fyllde 19", "fyllde år", "my birthday", "min födelsedag", "födelsedagen"],
  /** Nobody remembered but grandma: the birthday's loneliness. */
  NOBODY_REMEMBERED: [
    "ingen ringde förutom", "mamma glömde", "mum forgot", "mom forgot", "ingen annan visste", "nobody else knew",
    "själv framför", "firade själv",
  ],
  /** Celebrated anyway: the birthday was not alone. */
  CELEBRATED: ["firade ändå", "vi firade", "celebrated anyway", "had a party", "hade kalas", "firade med"],
  /** Happy for the friend: a new girlfriend is good news. */
  HAPPY_FOR: ["glad för hans skull", "glad för hennes skull", "happy for him", "happy for her"],
  /** A friend gone quiet: stopped logging in, vanished with a new girlfriend, never has time. */
  FRIEND_GONE_QUIET: [
    "inte loggat in sen", "hasnt logged in since", "havent logged in since", "slutade logga in", "slutat logga in", "stopped logging in", "slutat spela",
    "stopped playing", "försvunnit helt", "disappeared completely", "har aldrig tid längre", "never has time anymore", "slutat svara i chatten",
    "stopped answering in the chat", "den står tom nu", "empty channel", "used to be busy", "fått ny flickvän", "fått ny kille", "got a new girlfriend",
    "got a new boyfriend", "nu har dom slutat skriva", "stopped writing to me",
  ],
  /** The friend it is about: a best friend, the only friend, the one from the game, online friends, the server. */
  MY_FRIEND: [
    "min bästa vän", "min bästa kompis", "min bästis", "min polare", "min enda vän", "my best friend", "my only friend", "my best mate", "killen jag spelat",
    "the guy i played", "alla mina vänner", "all my friends", "online vänner", "online friends", "my discord", "gruppchatten",
  ],
  /** The only company, the only texts, the only voice, talking to things more than to people. */
  COMPANY_NOT_PEOPLE: [
    "mitt enda sällskap", "my only company", "only voice i hear", "enda rösten jag hör", "mer än med folk", "bara för att höra en röst", "just to hear a voice",
    "to hear people talk", "låter konstig när jag väl pratar", "more than to people",
    // Round 12.
    "to hear voices", "för att höra röster",
  ],
  /** Talking mostly to, the only friend being, she is the only one: loneliness when the company named is no peer. */
  ONLY_WITH: [
    "pratar typ bara med", "pratar typ mest med", "pratar mest m", "min enda kompis är", "hon e den enda", "the only texts i get", "enda sms jag får",
    // Round 12.
    "pratar jag ba med", "pratar jag bara med", "pratar ba med",
  ],
  /** Company that is no peer: the fan, the plants, youtube, a voice assistant, the cat, a grandmother, the cashier. */
  NOT_A_PEER: [
    "takfläkten", "the ceiling fan", "my plants", "mina växter", "youtube", "youtubers", "alexa", "chatgpt", "katten", "the cat", "my cat", "mormor", "farmor", "kassörskan",
    "the cashier", "my bank",
  ],
  /** Nobody to call, say goodnight to, talk to: loneliness by what one lacks. */
  NOBODY_FOR: [
    "ingen att säga god natt till", "ingen att säga godnatt till", "no one to say goodnight to", "nobody to say goodnight to", "vem jag skulle ringa om något hände",
    "who i would call if", "ingen annan att ringa", "nobody else to call", "no one else to call", "saknar att ha nån att prata med", "miss having someone to talk to",
    "senast pratade med nån", "last time i talked to someone", "alla med nån", "everyone has someone", "sitter mest själv", "lunch på toaletten",
    "ingen personal inga andra", "lunch in the toilet",
    // Round 12: everyone has someone.
    "alla har nån",
  ],
  /** Eating alone. */
  EATS_ALONE: ["äter middag själv", "eat dinner alone", "eat alone", "äter frukost lunch och middag framför"],
  /** Every day, in front of the screen, since moving out: what makes eating alone a life. */
  EVERY_DAY_SO: ["varje dag", "every day", "framför youtube", "framför skärmen", "sen jag flyttade", "since i moved", "ensam"],
  /** Avoiding old classmates out of shame. */
  SHAMED_AWAY: ["dodge my old mates", "avoid my old mates", "undviker gamla", "skäms för att träffa", "ashamed to see", "skäms för att möta", "gömmer mig när jag ser"],
  /** Nobody answering what one wrote. */
  WROTE_UNANSWERED: ["ingen svarade", "nobody answered", "no one answered", "nobody replied", "no one replied", "har lämnat den"],
  /** Messages written to a group or a server. */
  WROTE_TO_GROUP: ["skrev @minor meddelanden", "wrote @few messages", "discord grupp", "discord group", "gruppen", "the group", "servern"],

  // Hopelessness said flatly.
  /** Hope, a future or trying given up on, in the words these writers use. */
  HOPE_FLAT: [
    "vad är poängen", "vad ska jag söka jobb för", "cant see a future where", "thats never happening", "vad är poäng", "done with trying", "så less på att vara jag",
    "less på mig själv", "tired of being me", "livet e ett skämt", "som aldrig går över", "something that never comes", "nothing ever comes back", "nothing ever changes",
    "inget kommer hända", "inget kommer att hända", "nothing will ever happen", "dont think people like me change", "kommer inte få jobb", "int nå mening",
    "nothing really matters", "nothing i do changes", "stopped applying", "slutat söka jobb",
    // Round 15: stopped looking, too late for everything.
    "slutat kolla på platsbanken", "slutat kolla platsbanken", "stopped checking the job", "stopped looking for jobs", "slutat leta jobb", "för sent för allt", "too late for everything", "allt är nej", "jag har ju inget att skriva", "nothing to put on it",
    "sluta ensam", "end up alone", "varit såhär sen", "been like this since", "alltid jag som får skit", "fel att komma", "ingen vill anställa", "no one will hire",
    "nobody will hire", "hoppet e typ slut", "aldrig laddar klart", "never finishes loading", "gav upp sfi", "jag klarar inte sverige", "my cv is a comedy",
    "ett mörker som aldrig", "darkness that never", "tror inte att jag kommer få jobb", "whats the point of a cv",
    // Round 12: the point of anything, hope lost, broken.
    "va e poängen", "poängen med nåt", "poängen med nånting", "point of anything", "ingenting blir ju bättre", "inget blir ju bättre", "blir ju aldrig bättre", "tappat hoppet", "lost hope", "jag som e trasig", "jag e trasig",
  ],
  /** Empty, said as the usual: "typ tom. som vanligt", "empty. like always". */
  EMPTY_NOW: ["typ tom", "bara tom", "tom inuti", "empty"],
  /** Empty things: an inbox, the fridge, the gym, the bus. */
  EMPTY_THING: ["inbox", "fridge", "kylen", "gymmet", "the gym", "the bus", "bussen", "the street", "gatan", "tank", "tanken", "wallet", "plånboken"],
  /** As always. */
  AS_USUAL: ["som vanligt", "like always", "as always", "som alltid"],
  /** Job after job applied for. */
  APPLIED_MANY: ["sökt @many jobb", "sökt typ @many", "har sökt @many", "applied to @many", "applied for @many", "@many applications", "@many ansökningar"],
  /** No answers, "what more do they want". */
  NOTHING_BACK: ["inga svar", "inget svar", "no replies", "nothing back", "vad mer vill dom", "what more do they want"],

  // Food.
  /** Meals skipped, counted or given up told in one phrase: the last breakfast forgotten, 300 calories, food saved for the little ones. */
  FOOD_GONE_TOLD: [
    "cant remember the last time i had breakfast", "minns inte när jag åt frukost", "ate @many calories", "@many calories today", "counted every calorie", "trying for less tomorrow",
    "en macka om dan", "spara maten till", "sparar maten åt", "save the food for", "så hon kan ge oss mer", "so she can give us more", "för att få äta",
    "to earn food", "inte haft mat hemma", "havent had food at home", "nothing for food", "inget till mat", "bara nudlar kvar",
    "only noodles left", "ketchup o en citron", "vet att den e tom", "kocken rekommenderar", "the chef recommends",
  ],
  /** A meal named, or the day's menu. */
  MEAL_NAMED: ["frukost", "dagens meny", "breakfast"],
  /** Only an energy drink, a sandwich, crisps, or "maybe": what the meal was instead. */
  MEAL_INSTEAD: [
    "middag kanske", "dinner maybe", "energidryck o chips", "en energidryck", "an energy drink", "bag of crisps", "påse chips", "en monster och ångest", "gårdagens meny",
  ],
  /** Again, the third day, yesterday too, that was all. */
  AGAIN_SAME: ["igår också", "yesterday too", "tredje dagen", "third day", "det va allt", "that was it", "thats all i had"],
  /** Only a little eaten today: one sandwich, once. */
  ATE_LITTLE: ["åt en macka idag", "ätit en gång idag", "only thing i ate", "ate once today"],
  /** No appetite any more. */
  NO_APPETITE: ["int sugen på mad", "inte sugen på mat längre", "inte varit hungrig på länge", "havent been hungry in", "not hungry anymore"],
  /** Little left at home: ketchup and an egg, one potato, nothing in the fridge but. */
  LITTLE_LEFT: ["ketchup o ett ägg", "förutom ketchup", "one potato", "en potatis"],
  /** Waiting for mother's pay or the 25th. */
  UNTIL_PAYDAY: ["får lön", "gets paid", "lön om @minor dagar", "lön på fredag", "till the @adult", "tills den 25", "till söndag", "moneys gone", "make it last", "få det att räcka"],

  // Sleep.
  /** Asleep in the morning, up all night till sunrise, by the hour: a day and night turned around. */
  ASLEEP_AT_DAWN: [
    "somnade vid @minor på förmiddagen", "somnade kl @minor på förmiddagen", "somnade kl @minor på morgonen", "somnade vid @minor på morgonen", "somnade kl 7 i morse",
    "somnade kl 8 i morse", "somnade kl 9 i morse", "somnade 7 i morse", "tills solen gick upp", "till solen gick upp", "until the sun came up", "till sunrise",
    "till @night varje morgon", "till 5 i morse", "till 6 i morse", "till 7 i morse", "sov från @afternoon igår", "sleep all day and game all night",
    "sleeping from @minor am", "på dagen jag sover", "natten jag tittar på telefonen",
  ],
  /** Nights in a row without sleep, always awake, lying there thinking. */
  NIGHTS_AWAKE: [
    "night without sleep", "nights without sleep", "natt utan sömn", "nätter utan sömn", "tredje natta", "tredje natten", "third night", "@few rd night", "int sovit sen", "alltid vaken", "always awake", "låg bara o tänkte", "låg jag bara o tänkte", "just lay there thinking", "sömnschema existerar inte", "sleep schedule doesnt exist",
  ],

  // Exhaustion.
  /** Worn out in everyday words: needing rest after two glasses, a battery at zero for phone and self, spent for the day. */
  WORN_OUT: [
    // Round 13: staring at the ceiling, sleep needed after a shop, tired always, the brain syrup.
    "ta mig ur sängen", "behövde sova @few timmar", "trött typ alltid", "varit slut sen", "couldnt get out the door", "kom inte ut genom dörren",
    "behövde jag vila", "behövde vila en timme", "needed to rest after", "både mobilen o mig", "both my phone and me", "sjukt slut sen", "varit så slut sen",
    "slut resten av dagen", "done for the rest of the day", "stirrar på väggen", "staring at the wall", "tired in a way sleep", "sleep doesnt fix",
    "allt e en uppförsbacke", "everything is uphill", "kom inte ur sängen", "couldnt get out of bed", "orka int öppna", "orkade klä på mig", "inte orkade klä",
    "couldnt get dressed", "grät i kön", "för att jag e så trött", "inte haft en ledig dag", "not had a day off", "kört på så länge", "orkar ingenting",
  ],

  // Money.
  /** A few kronor for weeks, a bill months behind, a debt to Klarna, bills all at once. */
  MONEY_SHORT: [
    "kr for two weeks", "kronor for two weeks", "@many kr för två veckor", "k skuld", "months behind", "månader efter med", "fakturor samtidigt", "bills all at once",
    "seriöst helt pank", "so broke i cant", "känner mig som en tiggare", "har @minor kr", "köper bara ris", "only buy rice", "räcker till ungefär den",
    "to pay the phone bill", "spent my last money",
  ],
  /** Pay day tomorrow: broke until then is no concern. */
  PAYDAY_SOON: ["lön imorgon", "payday tomorrow", "payday is tomorrow", "csn kommer imorgon", "csn comes tomorrow", "gets paid tomorrow", "comes on the"],
  /** A sum demanded or needed. */
  NEED_SUM: ["behöver @many kr", "need @many kr", "klarna vill ha", "vill ha @many", "wants @many"],
  /** And what one has: "har ba 80", "o jag har 200". */
  HAVE_ONLY: ["har ba @many", "har bara @many", "o jag har @many", "only have @many",
    // Round 15: beside a bill's sum ("elräkningen på 2400 kom o jag har 600").
    "ja har @many", "har @many kvar", "i have @many", "ive got @many",
  ],

  // Housing.
  /** Where one sleeps when there is no home: a friend's sofa, a stairwell, a room shared with five, the rent raised again. */
  NO_HOME_TOLD: [
    "min kompis soffa", "my friends sofa", "my mates sofa",
    // Someone else's sofa or floor as a bed, as it is texted ("sover på en polares soffa nu" met "Det är lugnt").
    "polares soffa", "polarens soffa", "en kompis soffa", "kompisars soffor", "polarnas soffa", "golvet hos", "my friends couch",
    "on a mates floor", "sov i trappuppgången", "slept in the stairwell", "soffa till måndag", "soffa till fredag", "soffa till söndag",
    "rum med @many andra", "room with @many others", "hyreshöjning igen", "rent went up again",
  ],
  /** The housing queue. */
  HOUSING_QUEUE: ["bostadskö*", "housing queue"],
  /** No chance, no offers, years more. */
  QUEUE_HOPELESS: ["noll chans", "no offers", "noll erbjudanden", "år kvar", "years left", "no chance", "år till enligt dom", "years to go", "i @minor år", "for @minor years", "sen jag va 18"],

  // Conflict at home.
  /** Fights at home, told as how a day goes there. */
  HOME_FIGHTS: [
    "varje gång jag kommer hem blir det bråk", "bråk om allt", "fights about everything", "grät hela kvällen", "cried all evening", "personer som skriker",
    "people screaming", "called me a waste", "tredje dörrsmällen", "because im gay", "för att jag är gay", "får jag inte vara i vardagsrummet",
    "om vårdnaden varje gång", "lillen hör allt",
  ],

  // Control.
  /** Someone decides whom one talks to, what one wears, reads one's texts, takes one's wages. */
  DECIDES_FOR_ME: [
    "vem jag får prata med", "vilka jag får träffa", "vilka jag får prata med", "who i can talk to", "who im allowed to", "vilka kläder jag får", "what i can wear", "reads everything", "får inte ha kod på", "not allowed a code", "tar lönen",
    "tog hela min lön", "takes my wages", "took my wages", "bestämmer att jag inte får",
  ],
  // Guards: a story, the past, the subject, the ordinary cut.
  /** A film, a series, a book or a song told about: what happens in it is not the writer's (the apps one watches on are not the story). */
  FILM_TOLD: [
    "film", "filmen", "filmer", "movie", "serien", "the series", "the show", "avsnittet", "episode", "boken", "the book", "novell*", "dikt",
    "dikten", "poem", "säsongen", "season", "låten", "the song", "lyrics", "karaktären", "character", "skräckfilm*", "true crime", "reasons why", "dokumentär*", "scenen", "scene",
  ],
  /** Long ago: "for two years", "over a year ago", "when I was 17", "haven't done it in years". */
  LONG_AGO: [
    "för två år sen", "years ago", "year ago", "över ett år sen", "när jag var @minor", "när jag va @minor", "when i was @minor", "back in @adult",
    "längesen", "long ago", "int gjort det på länge", "havent done it in", "sen dess", "since then",
  ],
  /** Self-harm or suicide as a subject: a school project or an essay about it, an interview, volunteering. */
  ABOUT_IT: ["projektarbete om", "project about", "intervjua", "volunteer", "volontär*", "uppsatsen om", "uppsats om", "essay about", "i litteraturen",
    // Round 15: a talk held for staff, material asked for, an essay's theme: the topic, not the writer.
    "dragning om", "presentation om", "föreläsa om", "för personalen", "for the staff", "staff training", "har ni material", "material om",
    "write about", "skriva om", "theme", "temat", "looking at why",
  ],
  /** Over, said of the self-harm or the thoughts: years clean, only the scars left, not since, a chapter closed (read message-wide, like PROUD_PAST; not "doing good now", so a relapse told beside it still counts). */
  PAST_OVER: [
    "är det över ett år sen", "det är länge sen nu", "har bara ärren kvar", "har inte haft såna sen dess", "inte gjort det på länge", "been clean for", "been clean from", "chapter is closed", "kapitlet är stängt",
    // Round 12: stable now.
    "nu e ja stabil", "nu är jag stabil", "im stable now", "stabil nu",
    // Round 14: years ago, the scars faded.
    "its been @many years now", "scars have faded", "ärren har bleknat", "det e @many år sen nu",
    // Round 15: years ago, long behind, free of it.
    "years ago now", "thats years ago", "long behind me", "its been years", "fri från det sen", "yrs clean", "years clean", "flera år sen nu",
    "har inte gjort det sen dess", "thats long gone", "det var @many år sen och nu",
  ],
  /** Cut on paper, chopping vegetables, clumsy: the ordinary way one cuts oneself. */
  CUT_ORDINARY: ["på papperet", "chopping", "klantig", "clumsy", "cutting bread", "slicing my thumb"],

  // Guards for older rules' false crises on the training writers' ordinary lines.
  /** Locked out of a room in the home, not out of the home. */
  INDOOR_ROOM: ["of the bathroom", "ur badrummet", "från badrummet", "out of my room", "ur mitt rum"],
  /** After the gym or a run: tired from training. */
  AFTER_TRAINING: ["efter gymmet", "efter passet", "after my workout", "efter löpningen", "after my run"],
  /** Ties cut with an ex: "klippt banden" is no fire ("banden" read as "branden"). */
  CUT_TIES: ["klippt banden", "klippa banden", "klipper banden", "cut ties"],
  /** The fire alarm set off by cooking. */
  COOKED_ALARM: ["försökte laga", "tried to cook", "stekte", "tacos"],
  /** The child wants to be home alone an hour: a parent's question, not a child left. */
  WANTS_ALONE_TIME: ["vill va hemma själv", "vill vara hemma själv", "wants to stay home alone", "wants to be home alone"],
  /** Crying like a baby. */
  BABY_FIGURE: ["like a baby"],
  /** A documentary watched. */
  WATCHED_DOC: ["watched a doc", "såg en dok"],
  /** An overdose told second-hand: a nurse's patient, a paramedic's stories. */
  SECONDHAND: ["sjuksköterska", "nurse", "paramedic", "en patient", "a patient", "stories"],
  /** A number that is a clock time ("kl 8", "somnar jag typ 23"): no count of pills (cancels only the number it contains). */
  CLOCK_TIME: ["kl @many", "klockan @many", "somnar jag typ @many", "at @many am", "at @many pm"],
  /** A bridge that is pretty on a walk. */
  VIEW_WALK: ["so pretty", "så fin", "promenad med", "gick en promenad"],
  /** One more spreadsheet or message and I jump: exasperation. */
  IF_ONE_MORE: ["om jag ser en till", "if i see one more", "om jag får en till", "if i get one more", "om jag hör en till", "if i hear one more"],
  /** A lift to football: "skjutsa mig" is no "skjuta mig". */
  RIDE_GIVEN: ["skjutsa", "skjutsade"],
  /** A friend who is "so dramatic". */
  DRAMATIC: ["så dramatisk", "so dramatic"],
  /** A pet "trying to kill me" on the stairs. */
  PET_DOES: ["min katt försöker", "katten försöker", "hunden försöker", "my cat is trying", "my dog is trying"],
  /** An embarrassment, a wiped raid, a Monday, a beat that goes hard: what "jag vill dö 😭" is about when it is about that. */
  EMBARRASSED: [
    "pinsamt", "embarrassing", "cringe", "läsa högt", "read aloud", "snubbla", "snubblade", "tripped", "wipade", "wiped", "goes so hard", "min gamla dagbok", "my old diary",
    "måndag igen", "monday again", "röstmeddelande", "voice message", "matteresultatet", "kaffe fixar",
  ],
  /** Laughing or crying-laughing emoji. */
  LAUGH_EMOJI: ["💀", "😭", "🙄", "🔥", "🥲"],
  /** Cake, airpods, a hoodie, mosquitoes, a forgotten essay: what "I'll kill her" or "a knife through" is about. */
  NOT_VIOLENCE: ["tårtan", "the cake", "airpods", "hoodie", "hoodies", "myggor", "mosquitoes", "forgot my essay", "forgot my homework", "glömde läxan", "my charger", "min laddare", "armbrytning", "arm wrestling"],
};
