// Context that changes what the other words mean: figures of speech, films and songs, games, news,
// jokes, accidents, a story that ended well. Rules list which of these cancel them (../rules/).
// Read entries as described in people.ts.
export const context = {
  /** Figures of speech: the words inside them mean nothing here ("jag dör av skratt"). */
  FIGURE: [
    // Round 15: stabbed in the back by a friend.
    "knivhuggen i ryggen", "knivhuggit mig i ryggen", "stabbed me in the back", "stabbed in the back", "hugg i ryggen",
    "död trött", "lol dead", "im dead", "dead tired", "could die", "försvinna till", "disappear to", "i fara att", "in danger of", "end it with",
    "dö av", "die of", "die my hair", "die her hair", "die laughing", "rather die than", "hellre dö än", "skolan tar livet av",
    "jobbet tar livet av", "plugget tar livet av", "läxorna tar livet av", "det här tar livet av", "detta tar livet av", "end things with",
    "ending things with", "ending it with", "självmordsuppdrag*", "suicide mission", "drowning in", "drunknar i", "decided to do", "my boss will kill", "my boss is gonna kill", "my teacher will kill",
    "chefen kommer döda", "min chef kommer döda",
  ],
  /** Films, series, songs, books: what happens in them is a story. */
  MEDIA: [
    "film", "filmen", "filmer", "serie", "serien", "serier", "avsnitt*", "en låt", "ny låt", "låten", "låtar", "texten", "bok", "boken", "novell*",
    "dikt", "dikten", "podd*", "netflix", "hbo", "youtube", "tiktok", "spotify", "lyrics", "song", "movie", "show", "series", "episode", "poem",
    "dokumentär*", "anime", "manga", "reasons why", "joker", "rappar", "sjunger", "sings", "rapper", "lyssnar på", "listening to", "on repeat", "på repeat", "banger", "trailer", "karaktären", "character", "villain",
    "skräckfilm*", "true crime"],
  /**
   * Watching, said of a film ("ska kolla scream", "watching terrifier"): with a horror film's title in the
   * same clause, a knife and blood in emoji are the film's (self-harm.emoji). Not alone: "kolla" is every
   * kind of looking ("kolla min arm 🔪🩸").
   */
  WATCH: ["kolla", "kollar", "kollade", "se", "ser", "såg", "titta på", "tittar på", "tittade på", "watch", "watching", "watched", "binge*"],
  /** Horror films by name: not in MEDIA, as "scream" or "smile" alone is no film ("i just wanna scream"). */
  FILM_TITLE: [
    "scream", "terrifier", "halloween", "chucky", "the purge", "texas chainsaw", "fredagen den 13", "hereditary", "conjuring",
    "annabelle", "insidious", "final destination", "nightmare on elm street", "freddy krueger", "ghostface", "american psycho", "smile", "saw x",
    "the ring", "it chapter", "sinister", "evil dead", "wednesday", "dexter",
  ],
  /** The news. */
  NEWS: [
    "nyhet*", "tidningen", "aftonbladet", "expressen", "news", "article", "newspaper", "läste om", "read about", "heard about", "artikel*",
    "hört om", "har du hört", "did you hear", "svt", "inslag", "inslaget"],
  /** Games and sports: dying, killing and beating someone are moves. */
  GAME: ["dark souls", "elden ring", "vattenpistol*", "water gun", "nerf", "paintball", "snöbollskrig", "snowball fight", "laser tag", 
    "spel", "spelet", "spelar", "fortnite", "=cs", "csgo", "counter strike", "valorant", "minecraft", "gta", "=cod", "warzone", "apex", "fifa",
    "roblox", "overwatch", "pubg", "rocket league", "mario", "zelda", "elden ring", "bossen", "boss", "level", "banan", "nivån", "rundan", "round",
    "matchen", "ranked", "respawn", "sniper", "game", "gaming", "schack", "chess", "kortspel", "cards", "=uno", "monopol", "armbrytning",
    "arm wrestling", "pingis", "ping pong", "tennis", "padel", "brädspel", "yatzy", "poker", "kubb", "bowling", "minigolf", "frågesport", "quiz",
    "tävling*", "boxning", "gymmet", "klättring", "klättra", "climbing", "hopprep", "gungan", "swing", "camping", "båten", "boat", "segling",
    "sailing", "tältet", "sims", "among us", "wow", "raiden", "dnd", "paintball", "airsoft", "laser tag",
    // Round 21: horror games named with the knife and blood emoji ("playing resident evil 4 all night 🔪🩸").
    "resident evil", "dead by daylight", "last of us", "call of duty",
  ],
  /** Telling someone off ("dra åt helvete"): the words of hopelessness aimed at another, not at one's life. */
  REBUFF: ["dra åt helvete", "drag åt helvete"],
  /** Laughing, joking. */
  JOKE: ["haha*", "hehe*", "=lol", "lmao", "lmfao", "rofl", "=jk", "skämt*", "skoja*", "kidding", "joking", "😂", "🤣", "😆", "😅"],
  /** An accident, cooking, sport: an injury no one meant. */
  ACCIDENT: ["konservburk*", "tin can", "burken", 
    "råkade", "av misstag", "by accident", "accidentally", "fingret", "tummen", "my finger", "lagade mat", "laga mat", "cooking", "papper", "en bit",
    "tårta", "bröd", "macka", "köket", "kitchen", "i solen", "sunburn", "spisen", "stove", "på fotbollen", "på träningen", "olyck*", "håret", "hair",
    "luggen", "naglarna", "nails", "skägget", "beard",
  ],
  /** A story that has ended well. */
  RECOVERED: [
    "mår bättre nu", "mår mycket bättre", "fått hjälp", "fick hjälp", "får hjälp", "getting help", "got help", "doing better now", "har slutat",
    "är okej nu", "är ok nu", "mår bra nu", "is ok now", "is okay now", "is fine now", "doing fine now", "doing great", "är bra nu",
    "much better now", "mycket bättre nu", "in therapy now", "got his own place", "got her own place", "fick egen lägenhet", "fått egen lägenhet",
  ],
  /** Softening: a bit, sometimes, it's fine. Concern only. */
  MITIGATED: [
    "det är lugnt", "skönt", "ibland", "sometimes", "lite ensam", "lite nere", "lite dåligt", "a bit lonely", "a bit down", "jobbade natt",
    "night shift", "nattskift", "det är okej", "det är ok", "det går över", "its fine", "its ok", "im ok", "trivs", "finally some peace",
  ],
  /** Passing by, waiting, looking at the view: a bridge or a roof is just a place. */
  PASSING_BY: [
    "väntar på", "waiting for", "bussen", "the bus", "pendeln", "tåget går", "pendlar", "fotar", "fotograferar", "solnedgången", "utsikten", "view",
    "sunset", "taking pictures", "chillar", "chilling", "picknick", "picnic", "röker",
    // Round 15: the sky watched.
    "stjärnfall", "stjärnorna", "norrsken*", "northern lights", "the stars", "isflaken",
    // Round 22: crossing a bridge in a queue of traffic ("satt i bilen på bron i kö"). Not the car alone: "åkte till
    // ölandsbron idag. satt i bilen en timme" is a crisis.
    "i kö", "köar", "i trafiken", "in traffic",
  ],
  /**
   * Talked about at school or in a lecture. Not where it happened: "i skolan" / "at school" alone
   * cancelled "han våldtog mig i skolan" and "blev slagen i skolan idag".
   */
  TOPIC: [
    "pratade om", "lektionen", "lektion", "föreläsning*", "temadag", "lecture", "in class", "presentation", "uppsats",
    "essay", "school project",
  ],
  /**
   * Asking whether we (Tillit, the team, a coordinator) are going to call the police, 112 or an
   * ambulance: "kommer ni ringa polisen?", "are you gonna call the cops on me", "will you call the police
   * if i tell you". A question about what happens to what one tells us, not a call for help; it cancels
   * the call words right after it only (guards.ts). Not "kan ni" / "can you" (asking us to call), nor
   * "skulle du" / "would you", which as often ask for the call ("skulle du kunna ringa polisen").
   */
  ASKS_IF_WE_CALL: [
    "kommer ni", "kommer du", "ska ni", "ska du", "skall ni", "tänker ni", "tänker du", "måste ni", "måste du", "behöver ni", "behöver du",
    "kommer någon", "ska någon", "will you", "will u", "are you going to", "you gonna", "u gonna", "ur gonna", "youre gonna",
    "are you guys gonna", "do you", "do u", "did you", "did u", "is anyone gonna", "is someone gonna",
    // Whether "they" (the team, the staff) call, and "actually" / "really" in the question (testers, session ten).
    "ska dom", "kommer dom", "tänker dom", "måste dom", "you actually gonna", "u actually gonna", "you really gonna", "u really gonna",
  ],
  /**
   * "Would you": as often a polite request ("skulle du kunna ringa polisen") as a question, so it cancels the
   * call words only with "if I tell" after them ("skulle ni ringa polisen om jag berättar nåt"), and only right before them.
   */
  WOULD_YOU: ["skulle ni", "skulle du", "would you", "would u"],
  /** "If I tell you (something)": what makes a question whether we call one about what happens to what is told. After the call words only. */
  IF_I_TELL: ["om jag berättar", "om ja berättar", "ifall jag berättar", "om jag säger", "om ja säger", "if i tell", "if i told", "if i say"],
  /**
   * Somewhere else to be, or a reason to be away, named with "not being around tomorrow" ("im not gonna
   * be around tomorrow, at my dads", "finns inte kvar imorgon, sover hos farmor"): an absence, not a
   * farewell. Places and errands only: a reason like "tired of everything" is no place.
   */
  ELSEWHERE: [
    "at my dads", "at my moms", "at my mums", "at my parents", "at my grandmas", "at my friends", "at my gfs", "at my bfs", "at my cousins",
    "at practice", "at the gym", "got work", "have work", "out of town", "visiting", "dentist", "doctors appointment", "job interview",
    // "hos" only with someone's home named: "hos mig är allt slut" and "hos er" are no errand.
    "hos pappa", "hos mamma", "hos farsan", "hos morsan", "hos farmor", "hos mormor", "hos farfar", "hos morfar", "hos min", "hos mina",
    "hos kompis*", "hos polare*", "hos polarn", "hos flickvän*", "hos pojkvän*", "hos tjejen", "hos killen",
    "jobbar", "på praktiken", "på gymmet", "bortrest", "upptagen", "tandläkar*", "läkartid", "intervju*",
  ],
  /** A place right after "kvar" ("inte kvar på jobbet", "e inte kvar i stan"): staying there, not being alive. Counts only over the match's own "kvar". */
  KVAR_PLACE: [
    "kvar på jobbet", "kvar på skolan", "kvar på boendet", "kvar på discord", "kvar på servern", "kvar i stan",
    "kvar hemma", "kvar i lägenheten", "kvar i sverige", "kvar i gruppen", "kvar i chatten", "kvar i klassen", "kvar i laget",
  ],
  /**
   * A thing, not the writer, as the subject right before "not being here" ("det finns inte kvar",
   * "jobbet finns nog inte kvar nästa vecka", "it wont be here tomorrow"): counts only just before the
   * match (guards.ts).
   */
  THING_SUBJ: [
    "det", "den", "it", "that", "this", "jobbet", "praktiken", "platsen", "kursen", "erbjudandet", "rean", "maten", "pizzan", "paketet",
    "appen", "kontot", "lägenheten", "the job", "my job", "the store", "the shop", "the offer", "the sale", "the app",
    // Something the writer is rid of: "min ångest är borta på riktigt nu" is good news.
    "ångesten", "ångest", "stressen", "stress", "smärtan", "värken", "huvudvärken", "the pain", "my anxiety", "the anxiety",
  ],
  /** Arriving by a time: "wont be here until tomorrow" is no absence. Counts only over the match's own time word. */
  ARRIVES_BY: ["until tomorrow", "till tomorrow", "until tonight", "until next week", "förrän imorgon", "förrän imorn", "förrän ikväll", "förrän nästa vecka"],
  /** After "if" or "when": "mom will kill me if I'm late" is a figure of speech. */
  IF_AFTER: ["om", "när", "ifall", "if", "when"],
  /** A trip: "när jag är borta i helgen" is no farewell. */
  TRAVEL: [
    "på semester", "i helgen", "över helgen", "over the weekend", "on vacation", "on holiday", "resa", "resan", "trip", "några dagar", "a few days", "i sommar",
    "jobbresa*",
  ],
  /** Selling or donating: giving things away for a reason. */
  ERRAND: ["loppis", "second hand", "myrorna", "röda korset", "red cross", "donate", "donera", "blocket", "tradera", "vinted"],
  /** Knives and blades as tools: in the kitchen, at a picnic, fishing. */
  TOOL_USE: [
    "picknick", "picnic", "fiske", "fishing", "grill*", "smör", "frukt", "slöjd", "jakt*",
    "hunting", "scout*", "kockkniv", "julklapp", "present", "gift",
    // Round 22: hunting and sport shooting, where a family's guns are named ("hagelgeväret på älgjakten").
    "älgjakt*", "passkytt", "lerduv*", "skytteklubb*", "skyttet", "skeet", "clay pigeons", "deer season",
  ],
  /** Sleeping in before school or work: not waking is routine. */
  WAKE_ROUTINE: ["förrän", "until", "till skolan", "for school", "väckarklocka*", "alarm", "på morgnarna", "in the morning", "on time"],
  /** Taking on a task or the blame: "tar på mig för mycket" is no touching. */
  TAKE_ON: ["skulden", "ansvar*", "för mycket", "the blame", "uppgift*", "jobbet"],
  /** Food eaten by the boxful. */
  TREAT: ["kanelbull*", "bullar", "fika", "pizza", "glass", "godis", "chips", "ice cream", "cookies", "kakor", "nutella", "popcorn", "pringles", "candy",
    "choklad", "chocolate", "tuggummi", "gum", "oreos", "kex", "snus", "cigg", "cigaretter", "cigarettes",
  ],
  /** Being thrown out: "kicked me out" is about a home, not a kick. */
  THROWN_OUT: ["kicked me out", "sparkade ut mig",
    // Round 15: threatened with it ("hotar att kasta ut mig"): a home lost, not a blow.
    "kasta ut mig", "slänga ut mig", "kick me out",
  ],
  /** Living somewhere or somehow: "vill inte leva som mina föräldrar" is no wish to die. */
  LIVE_SOMEHOW: [
    "leva som", "live like", "leva i", "live in", "leva med", "live with", "leva utan", "live without", "leva på", "live on", "leva så här",
    "leva såhär",
  ],
  /** A short while: a child home alone for an hour after school is fine. */
  SHORT_WHILE: ["@many min", "@few min", "@many minuter", "@few minuter", "minutes", "mins", 
    "efter skolan", "after school", "en stund", "a while", "at the store", "i affären",
  ],
  /** Jumping off a course, over breakfast, onto a bus: no jump at all. */
  LEAP_FIGURE: ["hoppa av", "hoppa över", "hoppa in", "hoppa på", "jump in", "jump on"],
  /** Water, trampolines and parachutes: a jump for fun. */
  LEAP_SAFE: [
    "sjön", "vattnet", "poolen", "bryggan", "studsmattan", "fallskärm", "bungee", "lake", "pool", "trampoline", "water", "tian", "femman",
    "hopptornet", "diving board",
    // Round 15: swimming season, again this summer.
    "badar", "swimming season", "badsäsong*", "i sommar igen",
  ],
  /** Medicines taken as prescribed. */
  ROUTINE: [
    "som vanligt", "som jag ska", "som ordinerat", "vanliga medicin", "min vanliga", "as usual", "like i should", "my usual", "utskrivna", "prescribed"],
  /** Everyday troubles people say they could die of, usually laughing. */
  TRIVIAL: [
    "prov", "provet", "läxor", "läxan", "läxorna", "plugget", "matte", "exam", "test", "homework", "this class", "vädret", "weather", "måndag",
    "monday", "cringe", "pinsamt", "embarrassing",
  ],
};
