// Concern rules over broader words: no money and what for, a home at risk, fighting and where,
// tiredness and how often, being alone and for how long, sleep at the wrong hours, meals skipped,
// feeling stuck or worthless. Several are scoring rules (score-match.ts). A softening word, a joke or
// a story that ended well cancels them. Each rule's `why` is the reason it exists; its first example is
// caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

// A plain joke softens; a "lol" after a sad line often does not (young people laugh things off).
const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME", "RECOVERED"];

export const concernSignalRules: RuleSpec[] = [
  {
    id: "money.for-needs", level: "concern", category: "money", pattern: "NO_MONEY*2 + NEEDS*2 >= 4", who: "anyone", negation: "in-pattern", unless: SOFT,
    needs: ["NO_MONEY"],
    why: "No money for food, rent, bills or the bus pass, in any words (\"broke, cant afford groceries\"); no money for the cinema is left out.",
    examples: ["im broke, like actually cant afford groceries", "kontot e pa 0 o det e 2 veckor kvar till utbetalningen", "kan int kopa busskort denna manad, har inga pengar"],
  },
  {
    id: "housing.lose-home", level: "concern", category: "housing", pattern: "LOSE +3 HOME_PLACE", who: "anyone", unless: SOFT,
    why: "About to lose one's flat or room (\"blir av med lgh\", \"might lose my flat\").",
    examples: ["might lose my flat next month", "hyresvarden sager att jag blir av med lgh om jag int betalar"],
  },
  {
    id: "housing.no-home", level: "concern", category: "housing", pattern: "NO_HOME", who: "anyone", unless: SOFT,
    why: "No home of one's own: sleeping on friends' sofas, no contract anywhere.",
    examples: ["sover pa kompisens soffa, har int eget boende", "bor hos olika polare, inget kontrakt nanstans"],
  },
  {
    id: "home-conflict.score", level: "concern", category: "home-conflict", pattern: "FIGHTING*2 + HOME|FAMILY_HOME + AT_EACH_OTHER + SO_MUCH + FAMILY_PRESSURE + AVOID_HOME >= 4", who: "anyone",
    unless: SOFT, needs: ["FIGHTING"],
    why: "Fighting, screaming or name-calling at home, at the writer or all the time, in any order of words.",
    examples: ["constant fights with my parents, they yell at me every day", "farsan o jag skriker pa varandra hela kvallarna"],
  },
  {
    id: "exhaustion.score", level: "concern", category: "exhaustion", pattern: "TIRED + STILL*2 + VERY + NOT_EVEN*3 >= 3", unless: [...SOFT, "FIGURE", "TRIVIAL"],
    needs: ["TIRED|NOT_EVEN"],
    why: "Tired all the time, or everything taking too much energy: exhaustion that lasts, not a tired day.",
    examples: ["allt tar sa mycket energi, aven att ga till affaren", "e sa sliten hela tiden", "running on empty, cant even answer my friends", "trött hela tiden", "tired all the time lately", "worn out all the time"],
  },
  {
    id: "loneliness.always-alone", level: "concern", category: "loneliness", pattern: "BY_MYSELF*2 + ALWAYS_JUST*2 >= 4", unless: SOFT,
    needs: ["BY_MYSELF"],
    why: "Alone always, just alone, alone in one's room every weekend: loneliness said without the word.",
    examples: ["everyone has their own life and im just alone in my room", "e alltid sjalv, helgerna e varst"],
  },
  {
    id: "loneliness.not-seen", level: "concern", category: "loneliness", pattern: "NOT_SEEN*2 + ANYONE + LONG_TIME >= 4", unless: SOFT, needs: ["NOT_SEEN"],
    why: "Not having seen or talked to anyone for weeks or months: the isolation these young people live in.",
    examples: ["havent seen a friend in months", "har int traffat nan manniska pa 2 veckor forutom mamma"],
  },
  {
    id: "loneliness.nobody-to-talk-to", level: "concern", category: "loneliness", pattern: "NEG +3 HAVE_ANYONE", negation: "in-pattern", unless: SOFT,
    why: "Not having anyone to talk to or turn to (\"i dont really have anyone to talk to\").",
    examples: ["i dont really have anyone to talk to", "har inte riktigt någon att prata med"],
  },
  {
    id: "sleep.wrong-hours", level: "concern", category: "sleep", pattern: "SLEEPS|AWAKE*2 + LATE_HOURS*2 + ALWAYS >= 5", who: "anyone", unless: SOFT,
    needs: ["LATE_HOURS"],
    why: "Sleeping until the afternoon or lying awake until dawn, night after night: day and night turned round.",
    examples: ["been sleeping till 4pm every day", "ligger vaken till 5 varje natt, hjarnan stanger int av"],
  },
  {
    id: "sleep.nightmares", level: "concern", category: "sleep", pattern: "{NIGHTMARES ALWAYS} ~6", who: "anyone", unless: SOFT,
    why: "Nightmares every night, or afraid to fall asleep.",
    examples: ["far mardrommar varje natt o vagar int somna", "nightmares every night"],
  },
  {
    id: "food.meals-skipped", level: "concern", category: "food", pattern: "MEALS_SKIPPED", who: "anyone", unless: [...SOFT, "ROUTINE"],
    why: "Meals skipped, forgotten or eaten once a day, no appetite, weight lost.",
    examples: ["glommer ata, marker det forst pa kvallen", "been skipping meals a lot, i feel gross when i eat", "ater typ en gang om dan, har ingen aptit"],
  },
  {
    id: "food.not-eaten-for", level: "concern", category: "food", pattern: "NEG +2 EAT +4 SINCE|LONG_TIME", negation: "in-pattern", who: "anyone",
    unless: [...SOFT, "FOOD_CHOICE"],
    why: "Not eaten for days, with a word in between (\"havent really eaten in 2 days\"); no breakfast today is left out.",
    examples: ["havent really eaten in 2 days, not hungry", "har inte riktigt ätit på flera dagar"],
  },
  {
    id: "hopelessness.stuck", level: "concern", category: "hopelessness", pattern: "{ALL STUCK} ~6", unless: SOFT,
    why: "Life standing still, everything grey, being stuck: hopelessness without the word.",
    examples: ["kanns som att livet star still o jag e fast", "fattar int vad jag ska ha mitt liv till, allt e bara gratt"],
  },
  {
    id: "hopelessness.worthless", level: "concern", category: "hopelessness", pattern: "I_AM +2 WORTHLESS_SELF", unless: SOFT,
    why: "Calling oneself worthless or a failure.",
    examples: ["e ju vardelos pa allt", "im such a failure"],
  },
  {
    id: "loneliness.nobody-writes", level: "concern", category: "loneliness", pattern: "NOBODY*2 + WRITES_ME*2 + LONG_TIME >= 5", needs: ["WRITES_ME"], unless: SOFT,
    why: "Nobody has written for weeks: loneliness told by what does not happen.",
    examples: ["ingen har skrivit till mej pa flera veckor", "no one has texted me in weeks"],
  },
];
