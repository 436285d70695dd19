// Concern rules: not acute, but a youth worker would want to follow up. A softening word ("lite",
// "ibland", "men det är lugnt") or a joke cancels them; crisis rules win over them. Each rule's `why`
// is the reason it exists; its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

// A plain joke softens; a "lol" after a sad line often does not (young people laugh things off).
const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME"];

export const concernRules: RuleSpec[] = [
  {
    id: "hopelessness.named", level: "concern", category: "hopelessness", pattern: "HOPELESS_TALK", unless: [...SOFT, "REBUFF"],
    why: "Hopelessness in so many words (\"ser ingen framtid\", \"whats the point\"): the feeling that comes before giving up.",
    examples: ["ser ingen framtid", "whats even the point", "jag ger upp"],
  },
  {
    id: "hopelessness.all-is-worthless", level: "concern", category: "hopelessness", pattern: "ALL +2 SHIT", unless: SOFT,
    why: "\"Allt känns meningslöst\", \"everything sucks\": everything, not one thing, feels worthless.",
    examples: ["allt är bara skit", "livet känns så tomt", "everything sucks"],
  },
  {
    id: "hopelessness.doubts-going-on", level: "concern", category: "hopelessness", pattern: "DOUBT_CAN +5 ANYMORE", negation: "in-pattern", unless: SOFT,
    why: "Not believing one can go on any longer (the doubt said first, a young tester's words) is hopelessness a person should hear about.",
    examples: ["jag tror inte jag klarar det här längre", "dont think i can do this anymore"],
  },
  {
    id: "hopelessness.cannot-go-on", level: "concern", category: "hopelessness", pattern: "CANT_BEAR +3 ANYMORE", negation: "in-pattern", unless: [...SOFT, "SIGN_OFF"],
    why: "\"Orkar inte längre\", \"cant do this anymore\": worn down to the end (a judgement call; a person asks what is meant). Signing off, \"orkar inte skriva mer nu, hörs imorgon\", is none.",
    examples: ["i cant do this anymore", "orkar int mer asså", "orkar inte med nånting"],
  },
  {
    id: "hopelessness.not-like-this", level: "concern", category: "hopelessness", pattern: "WANT_SV|CANT_BEAR +2 NEG +2 LIVE_LIKE_THIS", negation: "in-pattern", unless: SOFT,
    why: "\"Vill inte leva så här\": hopeless about life as it is (a wish to die is caught by the crisis rules).",
    examples: ["vill inte leva så här längre", "vill ej leva såhär"],
  },
  {
    id: "hopelessness.cannot-go-on.split", level: "concern", category: "hopelessness", pattern: "ABLE +2 NEG +2 ANYMORE", negation: "in-pattern", unless: [...SOFT, "SIGN_OFF"],
    why: "The same with a word in between (\"orkar fan inte mer\").",
    examples: ["orkar fan inte mer", "pallar typ inte längre"],
  },
  {
    id: "hopelessness.dont-want-anymore", level: "concern", category: "hopelessness", pattern: "WANT_SV +2 NEG +0 ANYMORE", negation: "in-pattern", unless: [...SOFT, "THING_SUBJ"],
    why: "\"Jag vill inte längre\" with nothing after it: often the start of \"leva\" left unsaid (a young tester got \"I don't understand\"); a person asks what is meant.",
    examples: ["jag vill inte längre", "vill int mer asså", "ja vill ej längre"],
  },
  {
    id: "hopelessness.feels-awful", level: "concern", category: "hopelessness", pattern: "FEEL_AWFUL", unless: SOFT,
    why: "Feeling awful or depressed, said strongly.",
    examples: ["mår skit varje dag", "känner mig deprimerad", "feel like shit every day"],
  },
  {
    id: "hopelessness.feels-very-bad", level: "concern", category: "hopelessness", pattern: "FEEL +1 VERY +1 BAD", unless: SOFT,
    why: "\"Mår så jävla dåligt\": feeling very bad (a plain \"mår dåligt\" is left to the conversation).",
    examples: ["mår så jävla dåligt", "feeling so bad"],
  },
  {
    id: "hopelessness.feels-bad-always", level: "concern", category: "hopelessness", pattern: "FEEL +2 BAD +2 ALWAYS", unless: SOFT,
    why: "Feeling bad all the time, not today only.",
    examples: ["mår dåligt hela tiden", "feel bad every day"],
  },
  {
    id: "hopelessness.feels-worthless", level: "concern", category: "hopelessness", pattern: "FEEL +2 WORTHLESS", unless: SOFT,
    why: "Feeling worthless or empty inside.",
    examples: ["jag känner mig värdelös", "i feel so empty"],
  },
  {
    id: "hopelessness.sad-always", level: "concern", category: "hopelessness", pattern: "SAD +2 ALWAYS", unless: SOFT,
    why: "Sad or crying every day.",
    examples: ["gråter varje dag", "sad all the time"],
  },
  {
    id: "hopelessness.anxiety", level: "concern", category: "hopelessness", pattern: "ANXIETY +2 ALWAYS", unless: SOFT,
    why: "Anxiety or panic all the time, not before one event.",
    examples: ["ångest hela tiden", "har panikångest varje dag"],
  },
  {
    id: "exhaustion.named", level: "concern", category: "exhaustion", pattern: "EXHAUSTED_TALK", unless: [...SOFT, "SIGN_OFF"],
    why: "Exhaustion that stops a day (\"orkar ingenting\", \"kommer inte ur sängen\"); \"dödstrött\" is a figure of speech.",
    examples: ["kommer inte ur sängen", "burnt out af"],
  },
  {
    id: "exhaustion.in-bed-for-days", level: "concern", category: "exhaustion", pattern: "IN_BED +3 LONG_TIME", unless: SOFT,
    why: "Days in bed.",
    examples: ["har legat i sängen i tre dagar"],
  },
  {
    id: "sleep.named", level: "concern", category: "sleep", pattern: "SLEEP_TALK", who: "anyone", unless: SOFT,
    why: "Sleeping all day, night turned into day, waking every night.",
    examples: ["har vänt på dygnet helt", "vaknar varje natt kl 3", "insomnia again"],
  },
  {
    id: "sleep.not-for-long", level: "concern", category: "sleep", pattern: "NO_SLEEP +3 LONG_TIME|ANYMORE|ALWAYS", negation: "in-pattern", who: "anyone", unless: SOFT,
    why: "No sleep for days, or no longer able to sleep.",
    examples: ["har inte sovit på tre dagar", "havent slept in days", "kan inte sova längre"],
  },
  {
    id: "sleep.all-day", level: "concern", category: "sleep", pattern: "SLEEPS +2 ALL_DAY", who: "anyone", unless: SOFT,
    why: "Sleeping all day, also said with filler (\"sover typ hela dagen\").",
    examples: ["sover typ hela dagen varje dag", "i basically sleep all day"],
  },
  {
    id: "sleep.long-days", level: "concern", category: "sleep", pattern: "SLEEPS +2 DOZEN +1 HOURS", unless: SOFT,
    why: "Sleeping twelve hours or more a day.",
    examples: ["sover typ 14 timmar om dagen", "i sleep like 15 hours"],
  },
  {
    id: "sleep.few-hours", level: "concern", category: "sleep", pattern: "SLEEPS +2 FEW +1 HOURS", unless: SOFT,
    why: "Sleeping a couple of hours a night.",
    examples: ["sover typ 2 timmar per natt"],
  },
  {
    id: "sleep.awake-all-night", level: "concern", category: "sleep", pattern: "AWAKE_NIGHT +2 ALWAYS", unless: SOFT,
    why: "Awake all night, every night.",
    examples: ["up all night every night"],
  },
  {
    id: "food.not-eaten", level: "concern", category: "food", pattern: "NOT_EATEN +3 SINCE", negation: "in-pattern", who: "anyone", unless: SOFT,
    why: "Nothing eaten today or for days.",
    examples: ["har knappt ätit på en vecka"],
  },
  {
    id: "food.named", level: "concern", category: "food", pattern: "FOOD_TALK", negation: "in-pattern", who: "anyone", unless: SOFT,
    why: "Not eating, barely eating, throwing up food.",
    examples: ["cant keep food down", "hetsäter och kräks"],
  },
  {
    id: "food.eats-nothing", level: "concern", category: "food", pattern: "EAT +2 NOTHING", who: "anyone", unless: [...SOFT, "FOOD_CHOICE"],
    why: "Eating nothing or barely, also with filler (\"äter typ ingenting\"); not eating meat is a choice, not a concern.",
    examples: ["äter typ ingenting", "eating basically nothing"],
  },
  {
    id: "home-conflict.shouted-at", level: "concern", category: "home-conflict", pattern: "FAMILY_HOME +4 SHOUT +3 SELF_OBJ", who: "anyone", unless: SOFT,
    why: "Shouting and fighting at home, at the writer or all the time.",
    examples: ["pappa skäller på mig för allt", "my mom yells at me"],
  },
  {
    id: "home-conflict.always", level: "concern", category: "home-conflict", pattern: "{SHOUT FAMILY_HOME ALWAYS} ~7", who: "anyone", unless: SOFT,
    why: "Shouting and fighting with or between parents all the time.",
    examples: ["my parents fight all the time", "bråkar jämt med mamma", "morsan och farsan bråkar jämt", "parents screaming at each other all night"],
  },
  {
    id: "home-conflict.parent-drinks", level: "concern", category: "home-conflict", pattern: "{FAMILY_HOME DRUNK} ~4", who: "anyone", unless: SOFT,
    why: "A parent drinking: the home may not be safe to be in.",
    examples: ["pappa är full igen", "my mom drinks every night"],
  },
  {
    id: "home-conflict.named", level: "concern", category: "home-conflict", pattern: "HOME_CONFLICT_TALK", unless: SOFT,
    why: "Conflict at home said as such (\"bara bråk hemma\", \"hate being at home\").",
    examples: ["det är bara bråk hemma", "i hate being at home"],
  },
  {
    id: "loneliness.named", level: "concern", category: "loneliness", pattern: "LONELY_TALK", unless: ["MITIGATED", "JOKE", "MEDIA"],
    why: "Loneliness: no one to talk to, no friends, no one cares.",
    examples: ["har ingen att prata med", "so lonely", "ingen bryr sig om mig"],
  },
  {
    id: "loneliness.feels-alone", level: "concern", category: "loneliness", pattern: "FEEL +2 LONELY", unless: SOFT,
    why: "Feeling lonely or left out, also said with a swear word in between.",
    examples: ["känner mig så jävla ensam", "feeling left out"],
  },
  {
    id: "loneliness.shut-in", level: "concern", category: "loneliness", pattern: "NOT_LEFT +4 LONG_TIME|SINCE", negation: "in-pattern", unless: SOFT,
    why: "Not having left one's room or home for weeks: the isolation these young people live in.",
    examples: ["jag har inte lämnat rummet på flera veckor", "i havent left my room in weeks"],
  },
  {
    id: "loneliness.alone-always", level: "concern", category: "loneliness", pattern: "ALONE_SELF +4 ALWAYS", unless: SOFT,
    why: "Alone every day.",
    examples: ["sitter ensam på rummet varje dag"],
  },
  {
    id: "housing.named", level: "concern", category: "housing", pattern: "HOUSING_TALK", who: "anyone", unless: [...SOFT, "RECOVERED", "VENUE"],
    why: "Eviction, being thrown out, nowhere to sleep; thrown out of a bar or a party (\"vi blev utslängda från krogen\") is not out of one's home.",
    examples: ["ska vräkas nästa månad", "nowhere to stay tonight", "morsan kastade ut mig"],
  },
  {
    id: "money.named", level: "concern", category: "money", pattern: "MONEY_TALK", who: "anyone", unless: [...SOFT, "DEBT_SETTLED"],
    why: "No money for food or rent, debts and debt collectors.",
    examples: ["har skulder hos kronofogden"],
  },
  {
    id: "control.phone-watched", level: "concern", category: "control", pattern: "OTHERS|PARTNER|FAMILY_HOME|FAMILY|EX +3 WATCHES_PHONE", who: "anyone", unless: SOFT,
    why: "Someone close reads, checks or takes the writer's phone (a young tester's \"min kille kollar min mobil\"): control that often comes with violence, and Tillit's own texts are read by them too.",
    examples: ["min kille kollar min mobil varje kväll", "han läser mina sms", "my bf goes through my phone"],
  },
  {
    id: "control.hide-this", level: "concern", category: "control", pattern: "HIDE_THIS", who: "anyone", negation: "in-pattern", unless: SOFT,
    why: "\"Han får inte se detta\": the conversation itself must be hidden from someone, so someone reads over the writer's shoulder.",
    examples: ["han får inte se detta", "if he sees this im dead"],
  },
  {
    id: "control.kept-from-others", level: "concern", category: "control", pattern: "OTHERS|PARTNER|FAMILY_HOME|FAMILY|EX +3 KEPT_FROM_OTHERS", who: "anyone", negation: "in-pattern", unless: SOFT,
    why: "Kept from friends or controlled by a partner or someone close: isolation is part of control.",
    examples: ["min pojkvän låter mig inte träffa mina kompisar", "my boyfriend is so controlling", "han kontrollerar mig"],
  },
];
