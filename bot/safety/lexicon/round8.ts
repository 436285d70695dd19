// Words for what round 8's two training writers (young people in care, under honour-related control,
// young parents, gang periphery, grooming, drugs and mixing pills) said in passing: self-harm told by
// what it leaves (blood on the sheets, new wounds, long sleeves in summer), pills mixed with drink,
// stimulants and the chest, being locked in or driven off, debts for lost goods, a drink spiked, a
// baby left, and suicide told as sleep, switching off or a train that does not stop. Each means little
// alone; the rules (../rules/round8-rules.ts) say which combinations matter. Read entries as described
// in people.ts.
export const round8 = {
  /** Covering the arms or legs in any weather. */
  COVER_UP: ["långärmat", "långärmad*", "long sleeves", "long sleeve", "hoodie", "hoodies", "luvtröja", "luvtröjor"],
  /** Arms, wrists and thighs: where self-harm is hidden. */
  ARMS_LEGS: ["armarna", "armen", "my arms", "my arm", "handlederna", "my wrists", "låren", "my thighs"],
  /** Skin marked for another reason: a tattoo, eczema, a rash, an operation, a period. */
  SKIN_OTHER: [
    "tatuering*", "tattoo*", "eksem", "eczema", "psoriasis", "myggbett*", "mosquito", "solbränd*", "sunburn*", "utslag", "rash",
    "operation*", "surgery", "piercing*", "mens", "=period", "näsblod", "nosebleed",
  ],
  /** Blood, bleeding. */
  BLEED: ["blod", "blöder", "blödde", "bleeding", "bled", "bloody"],
  /** A wound that needs stitches or went too deep. */
  STITCHES: ["behöver sy", "behöva sy", "sy ihop", "stygn", "gaping", "glipar", "för djupt", "too deep", "slutar inte blöda", "wont stop bleeding"],
  /** Hidden so that nobody sees. */
  HIDE_SEE: [
    "innan mamma ser", "innan pappa ser", "innan någon ser", "så ingen ser", "där ingen ser", "so no one sees", "so nobody sees",
    "where no one sees", "where nobody sees", "before my mom sees", "before my mum sees", "before anyone sees", "så ingen märker"],
  /** Marks made on oneself by hand: scratching open, pinching, pricking, cigarettes put out on the skin. */
  SELF_MARK: [
    "klöst upp", "klöste upp", "river upp huden", "river mig på", "river mig tills", "nyper mig tills",
    "sticker mig med", "stack mig med", "släcka cigg på", "släcker cigg på", "släckte cigg på", "snittar mig", "snittade mig", "scratched myself open", "stubbed out a cig*", "pinching myself until"],
  /** Carving into one's skin. */
  CARVE: ["ristade in", "carved", "carving"],
  /** A tool self-harm is done with. */
  HARM_TOOL: ["tändaren", "lighter", "nålen", "needle", "saxen", "scissors", "snön", "barfota", "kokande vatten", "boiling water"],
  /** Hitting something (the wall, the mirror) with one's own hand. */
  OWN_FIST: ["slog näven", "slår näven", "slog handen", "punched the mirror", "punch the wall", "slog sönder spegeln"],
  /** What helped before is not enough any more. */
  NOT_ENOUGH_NOW: [ "räcker inte", "not enough anymore", "isnt enough anymore", "hjälper inte längre", "doesnt help anymore"],
  /** Something sharper. */
  SHARPER: [ "något vassare", "something sharper"],
  /** Needing or deserving pain. */
  PAIN_SEEK: [
    "förtjänar att ha ont", "förtjänar smärta", "förtjänar att lida", "deserve to hurt", "deserve the pain", "deserve pain", "behöver känna smärta",
    "need to feel pain", "need the pain",
  ],
  /** A clean streak lost. */
  STREAK_LOST: ["nu är det kört", "det är kört", "and gone", "back to day one", "back to zero", "tillbaka på noll", "dag noll", "day zero", "förstörde det"],
  /** When it gets too much. */
  OVERWHELM: ["när det blir för mycket", "when it gets too much", "när ångesten kommer", "when the anxiety"],
  /** Drugs by name or street name (not cannabis). */
  DRUG: [
    "lean", "tjack", "=coke", "kokain", "cocaine", "spice", "mixade vita", "mina vita", "alla vita", "mdma", "molly", "ecstasy", "ketamin",
    "=keta", "=gbl", "=ghb", "heroin", "subutex", "amfetamin", "=speed", "crack",
  ],
  /** Alcohol drunk. */
  BOOZE: ["sprit", "vodka", "alkohol", "alcohol", "=öl", "=vin", "booze", "whisky", "shots", "drack"],
  /** Mixing one with the other, or one on top of the other. */
  MIX: ["mixade", "mixed", "blandade", "blandat", "blanda", "mixing", "ovanpå", "on top", "med sprit", "with alcohol"],
  /** Lips gone blue. */
  BLUE_LIPS: [
    "läpparna är blå*", "läpparna ser blå", "blå läppar", "lips are blue", "lips blue", "blue lips", "lips look blue", "lips turning blue"],
  /** The heart racing or pounding, the chest about to burst. */
  HEART_RACE: [
    "hjärtat slår", "hjärtat rusar", "hjärtat bankar", "hjärtklappning", "heart racing", "heart is racing", "heart pounding", "bröstet ska spricka",
    "ont i bröstet", "chest hurts", "chest pain",
  ],
  /** Cramps in the whole body, a seizure. */
  SEIZURE: ["kramp i hela kroppen", "krampar", "krampanfall", "seizure", "seizing", "convulsing"],
  /** Several times the dose. */
  MULTI_DOSE: ["gånger dosen", "dubbla dosen", "dubbel dos", "trippla dosen", "times the dose", "double the dose", "triple the dose", "double dose"],
  /** Not knowing whether one will wake. */
  WAKE_DOUBT: ["om ja kommer vakna", "om ja vaknar", "om jag kommer vakna", "om jag vaknar", "if ill wake up", "if i wake up", "if im gonna wake up"],
  /** Locked in a room or a car by someone. */
  LOCKED_IN_ME: ["jag är inlåst", "inlåst i", "låst in mig", "locked in a room", "im locked in", "have locked me in", "has locked me in"],
  /** Driven off, or not where they said. */
  DRIVE_WRONG: [
    "kör inte dit", "inte dit de sa", "inte dit dom sa", "not where they said", "körde iväg mig", "drove me somewhere", "drove off with me",
    "låst dörrarna", "locked the doors",
  ],
  /** People the writer does not know. */
  STRANGERS: ["okända", "några jag inte känner", "folk jag inte känner", "people i dont know", "guys i dont know", "strangers"],
  /** Hiding somewhere in a home. */
  INSIDE_PLACE: [
    "i lägenheten", "in the apartment", "in the flat", "i huset", "in the house", "har nyckel", "has a key", "i garderoben", "in the closet",
    "i badrummet", "in the bathroom", "stairwell",
  ],
  /** Being hunted or looked for by people. */
  HUNTED: ["jagar dom mig", "jagar de mig", "letar efter mig", "looking for me", "jagar mig", "hunting me", "jagad", "are after me"],
  /** Not daring to go out. */
  CANT_GO_OUT: ["kan inte gå ut", "vågar inte gå ut", "cant go out", "cant leave the house", "dare not go out"],
  /** "We know where you live": a threat, quoted. */
  KNOW_WHERE_YOU: [ "vet var du bor", "know where you live", "vi vet var din", "we know where your"],
  /** Stabbing or shooting the writer, threatened. */
  STAB_ME: ["sticka mig", "skjuta mig", "finish me off", "ta mina knän"],
  /** Told it: said, wrote, say. */
  SAID_THAT: ["sagt att", "sa att", "säger att", "skrev att", "said", "say", "says", "hell", "saying"],
  /** The next time, or if the writer shows up or talks. */
  NEXT_TIME: ["nästa gång", "next time", "if i show up", "om jag snackar", "om jag pratar", "if i talk", "om jag visar mig"],
  /** Shot at. */
  // Not "shot at" alone: "took a shot at the exam" is an English idiom for trying.
  SHOT_AT: ["sköt mot", "shot at me", "shot at us", "shot at our", "shot at my", "shots fired"],
  /** One's address posted. */
  // Not "skrev min adress": "skrev min adress fel på ansökan".
  ADDRESS_POSTED: ["la ut min adress", "lagt ut min adress", "posted my address", "leaked my address", "doxxed", "doxxade"],
  /** Working off a debt. */
  WORK_OFF: ["jobba av det", "work it off", "work off the debt", "work for them now", "jobbar åt dom nu"],
  /** Goods lost, taken by the police. */
  LOST_GOODS: [ "varorna", "lost the stuff", "lost the package", "när aina kom", "aina tog", "snuten tog", "polisen tog"],
  /** Money demanded by a date. */
  MONEY_DEMAND: ["vill ha para", "vill ha pengarna", "want the money", "want their money", "till fredag", "by friday", "gift cards", "presentkort"],
  /** Sent on a job. */
  SENT_ON_JOB: ["skickad på ett jobb", "skickade mig på ett jobb", "sent on a job", "sent me on a job"],
  /** Keeping a weapon for someone. */
  HOLD_WEAPON: [
    "hålla i ett vapen", "förvara ett vapen", "gömma ett vapen", "keep a gun", "hold a gun", "hide a gun", "keep a weapon", "hold a weapon",
    "hålla i en puffra", "förvara en puffra",
  ],
  /** Driving something somewhere for someone. */
  DRIVE_FOR: ["köra ett paket", "kör ett paket", "köra en bil till", "kör en bil till", "drive a package", "drive a car to", "köra grejer"],
  /** No driving licence. */
  NO_LICENCE: ["inte ens körkort", "inget körkort", "har inte körkort", "no licence", "no license", "dont have a license", "dont even have a licence"],
  /** Or else: the pictures go out. */
  OR_ELSE: ["annars lägger", "annars sprider", "annars skickar", "or he posts", "or theyll post", "or she posts", "or he sends", "or he leaks"],
  /** The family made to pay. */
  FAMILY_PAYS: ["min familj som får betala", "familjen får betala", "my family pays", "my family will pay", "lillebror kan betala", "lillebror får betala"],
  /** A drink spiked. */
  SPIKED: [ "lagt nåt i min drink", "la något i min drink", "spiked my drink", "drugged my drink", "put something in my drink",
    "drogade mig", "drugged me"],
  /** Someone not taking no for an answer. */
  NOT_TAKE_NO: [
    "tar inte nej som svar", "accepterar inte nej", "doesnt take no for an answer", "wont take no for an answer", "gör det ändå fast jag",
    "when i said stop"],
  /** Things done to the writer. */
  DONE_THINGS: ["gjort saker med mig", "gör saker mot mig", "gjort saker mot mig", "gör saker med mig", "does things to me", "done things to me"],
  /** A baby or child left. */
  LEFT_BABY: ["lämnade bebisen", "lämnat bebisen", "left the baby", "låter bebisen skrika", "lämnade sin bebis", "lämnade barnen"],
  /** Where a child is looked after. */
  CARE_PLACE: ["hos mormor", "hos farmor", "hos mamma", "hos pappa", "på förskolan", "at daycare", "with my mom", "with grandma", "hos dagmamma"],
  /** The adult at home passed out. */
  PARENT_OUT: ["somnat på golvet", "däckat", "däckad", "passed out", "tog något och sover", "sover ruset av sig"],
  /** Not the writer's fault, the reader's fault: said at the end. */
  NOT_YOUR_FAULT: ["inte ert fel", "inte ditt fel", "not your fault", "inte nåns fel", "inte någons fel", "no ones fault"],
  /** Before regretting it. */
  BEFORE_REGRET: ["innan ja ångrar mig", "innan jag ångrar mig", "before i change my mind", "before i regret"],
  /** Thanks for caring, for answering. */
  THANKS_CARED: ["tack för att ni brytt er", "tack för att ni bryr er", "thanks for caring", "thank you for caring", "tack för att ni svarat", "thanks for always answering"],
  /** Calm now that it is decided. */
  CALM_NOW: ["känns lugnt", "känns faktiskt lugnt", "feel calm now", "at peace now", "känner mig lugn nu"],
  /** She or they did their best. */
  DID_BEST: ["gjorde sitt bästa", "gjorde sina bästa", "did her best", "did his best", "did their best"],
  /** Not being able to go on. */
  CANT_GO_ON: ["orkar inte fortsätta", "cant go on", "cant do this anymore", "orkar inte mer"],
  /** Sleeping and not waking, sleeping for a long time. */
  NEVER_WAKE: ["somna o ba inte vakna", "somna och bara inte vakna", "fall asleep and not wake up", "fall asleep and never wake up",
    "go to sleep and not wake up", "sova för alltid", "sleep forever", "somna för alltid", "sova länge nu", "sleep for a long time now",
  ],
  /** Planning not to wake. */
  NO_WAKE_PLAN: ["ska inte vakna imorgon", "ska inte vakna imorn", "wont wake up tomorrow", "not gonna wake up tomorrow"],
  /** Really long. */
  REALLY_LONG: ["riktigt länge", "really long", "jättelänge"],
  /** Good night to everyone. */
  GOODNIGHT_ALL: ["godnatt allihopa", "godnatt alla", "goodnight everyone", "good night everyone", "goodnight all"],
  /** Switching off. */
  SHUT_OFF: ["stänga av", "stäng av", "switch off", "shut off", "shut down"],
  /** For ever. */
  FOREVER: ["för alltid", "forever", "for good"],
  /** Tired of being oneself. */
  TIRED_OF_ME: ["trött på att vara jag", "trött på mig själv", "tired of being me", "sick of being me"],
  /** A device or account switched off. */
  DEVICE: ["mobilen", "telefonen", "datorn", "appen", "notiser", "phone", "notifications", "wifi", "routern"],
  /** Stopping existing. */
  STOP_EXISTING: ["sluta finnas", "slutade finnas", "stop existing", "stopped existing", "sluta existera", "cease to exist"],
  /** Online, on social media. */
  ONLINE: ["på insta", "på sociala medier", "online", "på nätet", "on social media", "på snap"],
  /** The least painful way. */
  METHOD_ASK: ["least painful way", "minst smärtsamma sättet", "smärtfritt sätt att"],
  /** Something else that can hurt: a tattoo, a break-up, telling someone. */
  OTHER_PAIN: ["tattoo", "tatuering", "piercing", "break up", "göra slut", "to tell", "att berätta", "remove", "ta bort", "wax*", "vaccin*"],
  /** A pretext given for a goodbye. */
  PRETEXT: [
    "told him it was a gift", "told her it was a gift", "told her im going away", "told him im going away", "not really going anywhere",
    "utan att dom fattade", "utan att de fattade", "without them knowing", "dom tror jag ska", "de tror jag ska", "they think im", "dom fattar inte",
  ],
  /** A train that does not stop. */
  NOT_STOPPING: ["one that doesnt stop", "that doesnt stop here", "ett som inte stannar", "som inte stannar här"],
  /** Waiting to dare. */
  WAIT_DARE: ["väntar på att våga", "waiting to dare", "waiting for the courage", "samlar mod"],
  /** Trains and platforms. */
  TRAIN_WORD: ["tågen", "tåget", "train", "trains", "perrong*", "platform", "pendeltåg*"],
  /** Nobody would see. */
  UNSEEN: ["ingen skulle se mig", "no one would see me", "nobody would see me"],
  /** How high, high enough. */
  HIGH: ["pretty high", "ganska högt", "tillräckligt högt", "high enough", "högt nog", "hur högt", "how many floors", "hur många våningar"],
  /** Enough. */
  IS_ENOUGH: ["räcker nog", "is enough", "would be enough", "skulle räcka"],
  /** A floor of a building. */
  FLOOR: ["våningen", "floor", "balkongen", "balcony", "fönstret", "window"],
  /** Searching. */
  SEARCH: ["googling", "googlat", "kollat", "kollar", "checked", "searching"],
  /** Vanishing for good, gone for real. */
  VANISH_FOR_GOOD: [
    "försvinner för gott", "försvinna för gott", "disappear for good", "disappear forever", "försvinna för alltid", "vanish for good",
    "borta på riktigt", "på riktigt borta", "gone for real", "really gone",
  ],
  /** One way out. */
  ONE_WAY_OUT: ["one way out", "en väg ut", "ser bara en väg"],
  /** And it is not the good way. */
  NOT_THE_GOOD_WAY: ["och den är inte att", "and its not", "och det är inte att"],
  /** The end of everything. */
  END_OF_ALL: ["slutet på allt", "the end of everything", "slut på allt"],
  /** Everything one needs laid out. */
  LAID_OUT: ["lagt fram allt", "laid out everything", "got everything ready", "allt jag behöver"],
  /** If the writer is still here. */
  IF_STILL_HERE: [
    "om jag finns kvar", "ifall jag finns kvar", "om jag fortfarande finns", "om jag lever då", "if im still here", "if im still alive",
    "if im still around",
  ],
  /** Hurt at home told by what is said or done: names called, silence, the router pulled, told to move out. */
  HOME_HURT: [
    // Round 14: not talking for months while living together, treated like air, called a failure in front of the family.
    "pratar int sen", "hasnt talked to me since", "acts like im air", "som om jag e luft", "kallade mej misslyckad",
    "parasit", "kallar mig misslyckad", "kallar mig lat", "calls me a failure", "pratar inte med mig", "vägrar prata med mig", "refuses to talk to me",
    "were not talking", "not speaking to me", "havent spoken", "dead to her", "dead to him", "drog ur routern", "pulled the router", "took my pc", "tog min dator",
    "låser in datorn", "flytta ut om", "så får jag flytta", "så får ja flytta", "säger att jag ska flytta", "kick me out if", "have to leave if", 
    "förstört familjens", "shamed them", "screaming matches", "gapar på varandra", "utan att gapa", "bråkar hela tiden", "bråkat hela dagen", "stort bråk",
    "säga upp placeringen", "otacksam", "ungrateful", "comparing me", "jämför mig", "skvallrar", "report to my mum", "skriker på varandra",
  ],
  /** Doubting whether one is still here: suicide.unsure-still-here reads it, not suicide.if-still-here. */
  DOUBT_STILL: ["vet inte om jag finns kvar", "undrar om jag finns kvar", "osäker på om jag finns kvar", "idk if im still here", "not sure if im still here"],
  /** Kitchen mishaps that set off alarms: burnt popcorn, a fire drill. */
  FALSE_ALARM: ["popcorn", "brände maten", "brände pizzan", "burnt toast", "burned toast", "burned the toast", "burnt the toast", "tände en brasa", "grillade korv", "falsklarm", "false alarm", "brandövning", "fire drill", "matos",
    // Round 15: pancakes, birthday candles.
    "pannkak*", "birthday candles", "tårtljus*",
  ],
  /** For today, for now. */
  FOR_TODAY: ["för idag", "för i dag", "för ikväll", "för i kväll", "for today", "for tonight", "for now", "för nu"],
  /** "All good": not all of anything. */
  ALL_GOOD: ["all good", "all fine", "all ok", "all okay", "all better"],
  /** Shaving: razor blades for a razor. */
  SHAVING: ["till hyveln", "till rakhyveln", "for my razor", "raka benen", "rakning", "shaving"],
  /** A debt paid or a payment plan made. */
  DEBT_SETTLED: [
    "äntligen betald", "är betald", "betalt allt", "avbetalningsplan", "skriva på avbetalningen", "sista inbetalningen", "paid off", "all paid",
    "payment plan", "skuldfri", "debt free", "löste det", "solved it", "sorted it out"],
};
