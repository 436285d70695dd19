// Weaker signals of concern that count together in the concern scoring rules
// (rules/concern-signal-rules.ts): no money and what it is needed for, a home at risk, shouting and
// where, tiredness and how often, being alone and for how long, sleep at the wrong hours. Read entries
// as described in people.ts.
export const concernSignals = {
  /** No money, in any words. */
  NO_MONEY: ["räcker inte till", "räcker inte riktigt till", 
    "inga pengar", "inte pengar", "inte några pengar", "no money", "broke", "@minor kr", "@few kronor", "kontot är på @few", 
    "cant afford", "har inte råd", "kr kvar", "kronor kvar", "kr left", "ingen ersättning", "ingen inkomst", "no income", "ingen lön", "pengarna räcker inte",
    "money doesnt last", "fattig", "poor", "@few money left", "choose between food", "välja mellan mat", "account is at", "overdrawn"],
  /** What money is needed for: food, rent, bills, getting about. */
  NEEDS: [
    "mat", "maten", "food", "groceries", "hyra*", "rent", "räkning*", "mobilräkning*", "phone bill", "busskort*", "bus pass", "medicin",
    "hela månaden", "whole month", "till utbetalningen", "until payday", "till lönen", "veckor kvar", "weeks left", "kylen är tom",
    "fridge is empty", "betala", "pay",
  ],
  /** Losing one's home. */
  LOSE: ["blir av med", "bli av med", "förlora", "lose", "losing", "kastas ut från", "slängd ut från", "måste flytta från"],
  /** One's home. */
  HOME_PLACE: ["lägenhet*", "boende*", "rummet", "flat", "apartment", "home", "place", "room", "kontraktet", "lease"],
  /** Having no home of one's own. */
  NO_HOME: [
    "inget boende", "no place of my own", "no place to live", "inget kontrakt", "no lease", "kompisens soffa",
    "a friends couch", "mates couch", "mates places", "hos olika", "different friends", "soffan hos", "couch at",
  ],
  /** At home, the family. */
  HOME: ["hemma", "home"],
  /** Fighting, screaming, name-calling. */
  FIGHTING: ["fought", "skrik", "högljutt", "loud", "spänd", 
    "bråk", "bråkar", "bråkade", "gräl*", "tjafs*", "fights", "fight", "fighting", "arguing", "arguments", "argue", "skriker", "skrek", "yell*",
    "scream*", "shout*", "snackar skit om mig", "talks shit about me", "kallar mig", "calls me names", "trashtalk*", "hatar mig", "hates me", "jättebråk"],
  /** At the writer, at each other. */
  AT_EACH_OTHER: ["på mig", "at me", "på varandra", "at each other", "med mig", "with me", "med mina föräldrar", "with my parents"],
  /** So much, all the time. */
  SO_MUCH: ["igen", "again", 
    "så mycket", "so much", "hela tiden", "varje dag", "every day", "jämt", "always", "constant*", "hela kvällarna", "all evening",
    "without screaming", "utan att skrika", "kan inte vara i samma rum", "cant be in the same room",
  ],
  /** Tired, worn out. */
  TIRED: ["sliten", "trött", "tired", "worn out"],
  /** All the time (of tiredness). */
  STILL: ["hela tiden", "all the time", "always", "jämt", "varje dag", "every day", "ändå", "anyway", "lately", "på sistone"],
  /** Not even the smallest things. */
  NOT_EVEN: [
    "orkar inte ens", "cant even answer", "cant even get", "cant do anything", "kan inte göra någonting", "even showering",
    "även att", "allt tar", "everything takes",
  ],
  /** Alone, of oneself. */
  BY_MYSELF: ["alone", "själv", "by myself", "on my own"],
  /** Always, just, every weekend. */
  ALWAYS_JUST: ["bara", "just", "varje helg", "every weekend", "helgerna", "i mitt rum", "in my room"],
  /** Not having seen or talked to anyone. */
  NOT_SEEN: [
    "inte träffat", "inte sett", "inte pratat med", "inte hört av", "havent seen", "havent talked to", "havent spoken to", "havent met",
    "not seen", "nobody texts", "no one texts", "nobody calls", "no one calls", "ingen skriver", "ingen ringer",
  ],
  /** Anyone, a friend. */
  ANYONE: ["någon", "anyone", "anybody", "a friend", "friends", "en kompis", "kompisar", "vänner", "människa", "people", "folk"],
  /** Waking or sleeping at the wrong hours. */
  LATE_HOURS: ["till @afternoon", "tills @afternoon", "vid @afternoon", "until @minor pm", "till @night", "till kl @night", "its @night am", "until @night", "till lunch"],
  /** Lying awake. */
  AWAKE: ["kan inte somna", "cant fall asleep", "vaken", "awake", "somnar inte", "dont fall asleep"],
  /** Nightmares, afraid to fall asleep. */
  NIGHTMARES: ["mardrömmar", "nightmares", "vågar inte somna"],
  /** Someone to talk to or turn to. */
  HAVE_ANYONE: ["have anyone", "got anyone", "har någon att", "någon att prata med", "anyone to talk to", "någon att vända mig till", "anyone to turn to"],
  /** Skipping meals, no appetite, forgetting to eat. */
  MEALS_SKIPPED: ["cant make myself eat", "får inte i mig", "only eaten", "lost so much weight", "gått ner @many kg", "lost @many kg", "food makes me feel sick", "mår illa av mat", "ingen matlust", 
    "skipping meals", "skip meals", "hoppar över maten", "hoppar över måltider", "glömmer äta", "glömmer att äta",
    "forget to eat", "ingen aptit", "no appetite", "lost my appetite", "tappat aptiten", "barely eat", "once a day",
    "en gång om dagen", "en gång om dan", "lost @minor kilos", "bara chips", "only chips", "feel gross when i eat",
    "äcklig när jag äter",
  ],
  /** Stuck, grey, standing still. */
  STUCK: ["står still", "är fast", "stuck", "grått", "grey", "gray", "going nowhere", "leder ingenstans", "stands still"],
  /** Worthless, useless (of oneself). */
  WORTHLESS_SELF: ["värdelös", "useless", "worthless", "a failure", "misslyckande", "good for nothing"],
  /** The writer (as "I am", "jag e"). */
  I_AM: ["jag är", "är ju", "im", "i am"],
  /** Put-downs, ultimatums and taking sides at home (\"she said im a disappointment\", \"mamma tar alltid hennes sida\"). */
  FAMILY_PRESSURE: [
    "ashamed of me", "skäms över mig", "jag är lat", "im lazy", "måste flytta om", "tar alltid hennes sida", "tar alltid hans sida",
  ],
  /** Someone writing to the writer. */
  WRITES_ME: ["skrivit till mig", "skriver till mig", "hört av sig", "texts me", "texted me", "messaged me"],
};
