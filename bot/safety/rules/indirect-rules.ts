// Crisis and concern told without the usual names (held-back round 2b showed these kinds): a decision
// without a method, a dose looked up, pills in packs, sextortion, no memory and pain after a night
// out, rough handling at home, a marriage with control, a break-in, goodbyes as acts, debts to the
// wrong people, money counted to the next payment. Each rule's `why` is the reason it exists; its
// first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "JOKE", "MEDIA", "NEWS"];

export const indirectRules: RuleSpec[] = [
  {
    id: "suicide.decided-to-do-it", level: "crisis", category: "suicide", pattern: "DECIDED*2 + DO_IT*2 + TIME_SOON >= 5", needs: ["DECIDED", "DO_IT"],
    unless: [...PLAY, "TRAVEL"],
    why: "Having decided and doing \"it\" soon, the act left unnamed: intent with a time is a plan, method word or not.",
    examples: ["har bestämt mej, ikväll gör jag det", "ive decided, im doing it tonight"],
  },
  {
    id: "suicide.searched-dose", level: "crisis", category: "suicide", pattern: "SEARCH_DOSE*2 + PILLS*2 + GOT_HOLD + PACKS >= 4", needs: ["SEARCH_DOSE"], unless: STORY,
    why: "Looking up how many pills it takes, or a lethal dose, is planning with means at hand.",
    examples: ["har googlat hur många panodil som behövs. har 3 kartor i lådan", "googled how many sleeping pills it takes"],
  },
  {
    id: "suicide.goodbye-acts", level: "crisis", category: "suicide", pattern: "SAID_BYE*2 + ITS_TIME*2 + GIVE_AWAY*2 + TIME_SOON >= 4", needs: ["SAID_BYE"],
    unless: ["MEDIA", "TRAVEL", "JOKE"],
    why: "Deleting one's accounts and saying goodbye to friends, with \"it's time\": farewell acts beyond letters.",
    examples: ["deleted all my accounts and said bye to my friends. its time", "raderat alla mina konton o sagt hejdå till alla, det är dags"],
  },
  {
    id: "overdose.packs", level: "crisis", category: "overdose", pattern: "{TOOK PACKS PILLS} ~6", unless: [...STORY, "ROUTINE"],
    why: "Pills taken by the blister, pack or bottle (\"ätit 2 kartor ipren\"): an amount told without a count.",
    examples: ["har ätit 2 kartor ipren nu, magen bränner", "took 3 packs of tylenol"],
  },
  {
    id: "overdose.over-label", level: "crisis", category: "overdose", pattern: "{TOOK PILLS OVER_LABEL} ~12", unless: [...STORY, "ROUTINE"],
    why: "Taking more than the label allows is an overdose whatever the count.",
    examples: ["tog propavan o theralen samtidigt, mkt mer än det står", "took melatonin, more than it says on the box"],
  },
  {
    id: "sexual-abuse.sextortion", level: "crisis", category: "sexual-abuse", pattern: "SEXTORT", who: "anyone", unless: STORY,
    why: "Sextortion named: someone demands money or more pictures under threat of spreading.",
    examples: ["got sextorted on insta, they screen recorded our call and want money"],
  },
  {
    id: "sexual-abuse.blackmail", level: "crisis", category: "sexual-abuse", pattern: "{EXTORT NUDES|PICTURES} ~10", who: "anyone", unless: STORY,
    why: "Blackmail with nudes or pictures is sexual exploitation, whatever is demanded.",
    examples: ["someone is blackmailing me with my nudes, they want 500 euro by tonight", "han utpressar mig med bilder"],
  },
  {
    id: "sexual-abuse.no-memory", level: "crisis", category: "sexual-abuse", pattern: "WOKE_ELSEWHERE + MEMORY_GAP*2 + PAIN_DOWN*2 >= 3", who: "anyone",
    needs: ["MEMORY_GAP|PAIN_DOWN"], unless: [...STORY, "JOKE"],
    why: "Waking somewhere with no memory and pain in the genitals: a sexual assault told by what the body says.",
    examples: ["vaknade hos nån jag int känner, minns inget o har ont där nere", "woke up at some guys place, cant remember anything"],
  },
  {
    id: "abuse-at-home.rough", level: "crisis", category: "abuse-at-home", pattern: "{FAMILY_HOME ROUGH} ~10", who: "anyone", unless: PLAY,
    why: "Pushed down the stairs, dragged by the hair: violence at home that is not called hitting.",
    examples: ["moms boyfriend pushed me down the stairs tonight", "styvpappa drar mej i haret nar han e full"],
  },
  {
    id: "abuse-at-home.forced-marriage", level: "crisis", category: "abuse-at-home", pattern: "{SENT_AWAY MARRY} ~16", who: "anyone", unless: STORY,
    why: "A marriage arranged together with a passport taken or being sent abroad: forced marriage told without the word.",
    examples: ["de har tagit mitt pass o säger att jag ska förlovas med min kusin", "my parents are sending me abroad after summer to get married"],
  },
  {
    id: "acute-danger.break-in", level: "crisis", category: "acute-danger", pattern: "BREAK_IN*2 + TIME_SOON + OTHER_SUBJ + HELP_NOW + AFRAID >= 3", who: "anyone",
    needs: ["BREAK_IN"], unless: [...PLAY, "TOPIC", "RECOVERED"],
    why: "Someone getting into the home right now: 112 at once.",
    examples: ["nån försöker bryta sig in via balkongen just nu", "someone is trying to break in rn"],
  },
  {
    id: "crime-coercion.wrong-people", level: "crisis", category: "crime-coercion", pattern: "{DEBT WRONG_PEOPLE} ~8", who: "anyone", unless: PLAY,
    why: "A debt to \"the wrong people\" is a debt collected by threats, and often paid with crimes.",
    examples: ["har en skuld till fel folk o nu har de börjat komma hem till oss", "i owe money to the wrong people"],
  },
  {
    id: "money.until-payday", level: "concern", category: "money", pattern: "NO_MONEY +5 UNTIL_PAY", who: "anyone", unless: ["MITIGATED"],
    why: "Money left counted against the days to the next payment (\"43 kr kvar till den 25e\"): money for food told as numbers.",
    examples: ["har 43 kr kvar till den 25e", "literally 0 money left and 2 weeks to go"],
  },
  {
    id: "suicide.rather-not-wake", level: "crisis", category: "suicide", pattern: "{GONE_SV|GONE_EN PREFER} ~5", unless: ["MEDIA", "WAKE_ROUTINE"],
    why: "Not waking, preferably (\"orkar inte vakna imorgon helst\"): a passive wish said sideways, the wish put last.",
    examples: ["orkar inte vakna imorgon helst", "would preferably not wake up tbh"],
  },
  {
    id: "self-harm.relapsed", level: "crisis", category: "self-harm", pattern: "{RELAPSED CLEAN_STREAK} ~10", unless: [...STORY, "RECOVERED", "JOKE", "HABIT"],
    why: "A relapse counted against a clean streak (\"relapsed, 3 months clean ruined\"): the slang of self-harm recovery.",
    examples: ["relapsed last night, 3 months clean ruined", "fick återfall igår efter 2 månader clean"],
  },
  {
    id: "abuse-at-home.hiding", level: "crisis", category: "abuse-at-home", pattern: "HIDING*2 + HIT*2 + FAMILY_HOME + SMALL_CHILD + TIME_SOON >= 5", who: "anyone",
    needs: ["HIDING", "HIT"], unless: PLAY,
    why: "Hiding while someone is being hit at home: the writer is witness and in danger, whoever is hit.",
    examples: ["hor hur han slar mamma nu, jag o lillebror gommer oss i badrummet", "hes hitting mum, im hiding in my room"],
  },
  {
    id: "violence.death-threats", level: "crisis", category: "violence", pattern: "{DEATH_THREAT SELF_OBJ|SELF_SUBJ|KNOW_WHERE} ~8", who: "anyone", unless: PLAY,
    why: "Death threats to the writer, online or not, are violence to act on (and report) now.",
    examples: ["someone is sending me death threats on insta with my address", "får dödshot från en kille i klassen"],
  },
  {
    id: "acute-danger.body-signs", level: "crisis", category: "acute-danger",
    pattern: "CHEST_PAIN*2 + NUMB*2 + HEAD_HIT*2 + SEE_DOUBLE*2 + NO_MEDICINE*2 + DIABETIC + SYMPTOM >= 4", who: "anyone",
    unless: [...PLAY, "RECOVERED", "ANXIETY"],
    why: "Two signs of a body in danger together (chest pain and a numb arm, a blow to the head and double vision, no insulin and shaking): 112, in any words.",
    examples: ["har sa ont i brostet o vanster arm domnar", "ramlade med cykeln o slog i huvudet, spyr o ser dubbelt", "e diabetiker o insulinet e slut, mår jätteskumt o skakar"],
  },
  {
    id: "food.purging", level: "concern", category: "food", pattern: "PURGE", unless: [...STORY, "JOKE"],
    why: "Throwing up after eating on purpose is an eating disorder: a youth worker follows up.",
    examples: ["spyr efter varje måltid", "i make myself throw up after dinner"],
  },
];
