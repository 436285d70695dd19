// Crisis rules for harm to oneself: suicide (also passive wishes, being a burden, farewells, means,
// places), self-harm and overdose. Each rule's `why` is the reason it exists; its first example is
// caught by it alone. Add rules here; remove one only by a human decision (see SAFETY.md).
import type { RuleSpec } from "../rule-engine.js";

const SELF_STORY = ["MEDIA", "NEWS", "TOPIC", "RECOVERED"];

export const harmToSelfRules: RuleSpec[] = [
  {
    id: "suicide.named", level: "crisis", category: "suicide", pattern: "SUICIDE_TALK", unless: [...SELF_STORY, "STUDY_TALK", "ABOUT_IT", "PAST_OVER", "RIDE_GIVEN", "DRAMATIC", "ASKS_WHY_SENT"],
    why: "Suicide said in so many words, including slang (kms, unalive), ending it, no reason to live, tired of life.",
    examples: ["har sjalvmordstankar igen", "gonna kms fr", "trött på livet ärligt", "thinking of ending things", "ska göra slut på allt ikväll"],
  },
  {
    id: "suicide.no-reason-to-live", level: "crisis", category: "suicide", pattern: "REASON_TO_LIVE", negation: "in-pattern", unless: ["MEDIA", "NEWS", "TOPIC"],
    why: "A reason to live is almost only mentioned to say there is none (\"life isnt worth living\", \"dont see a point in living\").",
    examples: ["life isnt worth living", "i dont see a point in living anymore", "ser ingen mening med att leva"],
  },
  {
    id: "suicide.dying-soon", level: "crisis", category: "suicide", pattern: "INTEND +1 DIE_SV|DIE_EN +2 TIME_SOON", unless: ["MEDIA", "GAME", "JOKE"],
    why: "Dying announced with a time (\"jag ska dö ikväll\"): intent and timeframe together.",
    examples: ["jag ska dö ikväll", "im gonna die tonight"],
  },
  {
    id: "suicide.wish-to-die.sv", level: "crisis", category: "suicide", pattern: "WANT_SV +3 DIE_SV", unless: ["MEDIA", "NEWS", "JOKE+TRIVIAL", "SINGING", "EMBARRASSED+JOKE", "EMBARRASSED+LAUGH_EMOJI"],
    why: "A wish to die, also passive and casual (\"vill bara dö\", \"ja vill do\"): the first thing a youth worker asks about.",
    examples: ["ja vill bara do typ", "önskar jag var död", "jag vill va död"],
  },
  {
    id: "suicide.wish-to-die.en", level: "crisis", category: "suicide", pattern: "WANT_EN +3 DIE_EN", unless: ["MEDIA", "NEWS", "JOKE+TRIVIAL", "SINGING", "EMBARRASSED+JOKE", "EMBARRASSED+LAUGH_EMOJI"],
    why: "A wish to die in English, however casually written (\"i wanna die fr\", \"wish i was dead\"); laughing about an exam is left out.",
    examples: ["i wanna die fr", "i wish i was dead"],
  },
  {
    id: "suicide.not-live.sv", level: "crisis", category: "suicide", pattern: "WANT_SV +1 NEG +2 LIVE_SV|STAY_LONGER", negation: "in-pattern", unless: ["MEDIA", "LIVE_SOMEHOW"],
    why: "Not wanting to live or exist (\"vill ej leva längre\", \"vill inte finnas\"): a passive wish to be gone.",
    examples: ["vill ej leva längre", "vill typ inte finnas mer", "vill inte vara med längre"],
  },
  {
    id: "suicide.not-live.en", level: "crisis", category: "suicide", pattern: "NEG +1 WANT_EN +3 LIVE_EN|STAY_LONGER", negation: "in-pattern", unless: ["MEDIA", "LIVE_SOMEHOW", "SINGING"],
    why: "Not wanting to live, be alive or exist, in English.",
    examples: ["i dont wanna be alive anymore", "dont want to exist"],
  },
  {
    id: "suicide.cannot-live", level: "crisis", category: "suicide", pattern: "CANT_BEAR +2 LIVE_SV|LIVE_EN", negation: "in-pattern", unless: ["MEDIA", "LIVE_SOMEHOW"],
    why: "Not being able to go on living (\"orkar inte leva\", \"pallar inte leva längre\").",
    examples: ["cant go on living", "orka leva", "orkar int leva längre"],
  },
  {
    id: "suicide.cannot-live.split", level: "crisis", category: "suicide", pattern: "ABLE +2 NEG +2 LIVE_SV|LIVE_EN", negation: "in-pattern", unless: ["MEDIA", "LIVE_SOMEHOW"],
    why: "The same with a word in between (\"orkar fan inte leva\").",
    examples: ["orkar fan inte leva", "ja pallar typ inte leva"],
  },
  {
    id: "suicide.be-gone.sv", level: "crisis", category: "suicide", pattern: "WANT_SV +3 GONE_SV", unless: ["MEDIA", "CHAT_PLACE", "THERE_OR_NOT", "MUST_ANYWAY", "WAKE_ERRAND+TIME_SOON", "OVERSLEEP"],
    why: "Wanting to disappear, not wake up or stop existing: passive suicidal wishes.",
    examples: ["hoppas jag inte vaknar imorn", "vill somna och aldrig vakna"],
  },
  {
    id: "suicide.be-gone.en", level: "crisis", category: "suicide", pattern: "WANT_EN +6 GONE_EN", unless: ["MEDIA", "CHAT_PLACE", "LONG_AGO"],
    why: "Wanting to disappear or never wake up, in English.",
    examples: ["wish i could go to sleep and never wake up", "i want to disappear forever"],
  },
  {
    id: "suicide.should-die", level: "crisis", category: "suicide", pattern: "SHOULD +2 DIE_SV|DIE_EN", unless: ["MEDIA", "GAME"],
    why: "\"Borde bara dö\", \"deserve to die\": a death wish turned into a verdict on oneself.",
    examples: ["jag borde bara dö", "i should just die"],
  },
  {
    id: "suicide.decided", level: "crisis", category: "suicide", pattern: "DECIDED +3 DIE_SV|DIE_EN", unless: ["MEDIA"],
    why: "Having decided to die: intent, not only a wish.",
    examples: ["har bestämt mig för att dö", "ive decided to die"],
  },
  {
    id: "suicide.would-be-nice", level: "crisis", category: "suicide", pattern: "NICE +4 DIE_SV|DIE_EN|GONE_SV|GONE_EN", unless: ["MEDIA", "TRAVEL"],
    why: "\"Skulle va skönt att slippa vakna\": death or not waking up imagined as a relief.",
    examples: ["skulle va skönt att slippa vakna", "hade varit skönt att bara dö", "would be easier to just die"],
  },
  {
    id: "suicide.better-without-me", level: "crisis", category: "suicide", pattern: "BETTER +4 WITHOUT_ME",
    why: "Believing others would be better off without oneself (being a burden) is a strong risk sign.",
    examples: ["alla skulle ha det bättre utan mig", "everyone would be better off without me"],
  },
  {
    id: "suicide.better-if-gone", level: "crisis", category: "suicide", pattern: "BETTER +3 IF +2 GONE_PAST", negation: "in-pattern",
    why: "\"Bättre om jag inte fanns\": the same burden belief, said as a condition.",
    examples: ["det vore bättre om jag inte fanns", "it would be better if i was gone", "det är bättre för alla om jag försvinner"],
  },
  {
    id: "suicide.nobody-would-miss", level: "crisis", category: "suicide", pattern: "NOBODY +3 MISS +3 SELF_OBJ|IF", unless: ["CHAT_PLACE", "THERE_OR_NOT", "GONE_A_WHILE", "PAST_OVER"], negation: "in-pattern",
    why: "\"Ingen skulle sakna mig\": believing one's death would go unnoticed.",
    examples: ["ingen skulle sakna mig", "no one would even notice if i was gone"],
  },
  {
    id: "suicide.nobody-would-care", level: "crisis", category: "suicide", pattern: "NOBODY +3 CARE +1 IF +2 GONE_PAST", negation: "in-pattern",
    why: "\"Nobody would care if I died\": the same belief with \"care\", kept apart from \"ingen bryr sig om mig\" (loneliness).",
    examples: ["nobody would care if i died", "ingen skulle bry sig om jag dog"],
  },
  {
    id: "suicide.burden", level: "crisis", category: "suicide", pattern: "BURDEN",
    unless: ["TEAM"],
    why: "Feeling like a burden to others, a core part of suicidal thinking.",
    examples: ["känner mig som en börda för familjen", "im such a burden to everyone"],
  },
  {
    id: "suicide.take-life", level: "crisis", category: "suicide", pattern: "TAKE +1 LIFE_OF SELF_OBJ", unless: [...SELF_STORY, "PAST_OVER", "KILLED_ME_FIGURE", "SCHOOL_CHORE", "PET_DOES", "FILM_TOLD", "WEATHER_FIGURE"],
    why: "\"Ta livet av mig\", also with the subject moved in (\"ikväll tar jag livet av mig\").",
    examples: ["ikväll tar jag livet av mig", "tänker ta livet av mej"],
  },
  {
    id: "suicide.take-my-life", level: "crisis", category: "suicide", pattern: "TAKE +1 MY_LIFE", unless: [...SELF_STORY, "OWN_HANDS"],
    why: "\"Ta mitt liv\", \"take my own life\".",
    examples: ["tänker på att ta mitt liv", "planning to take my own life"],
  },
  {
    id: "suicide.thinks-of-death", level: "crisis", category: "suicide", pattern: "THINK +3 DEATH", unless: ["MEDIA", "GAME", "NEWS"],
    why: "Thinking about death a lot is passive suicidal ideation until a person has asked.",
    examples: ["tänker på döden hela tiden", "keep thinking about dying"],
  },
  {
    id: "suicide.want-it-all-to-end", level: "crisis", category: "suicide", pattern: "WANT_SV|WANT_EN +4 IT_ALL +2 TO_END", unless: ["MEDIA", "TOPIC"],
    why: "Wanting everything to end is a death wish told without death: a youth worker asks about it at once (a young tester's \"vill bara att allt ska ta slut\").",
    examples: ["vill bara att allt ska ta slut", "i just want it all to end"],
  },
  {
    id: "suicide.something-stupid", level: "crisis", category: "suicide", pattern: "WILL_DO +2 SOMETHING_STUPID", unless: ["JOKE", "MEDIA", "GAME"],
    why: "\"Jag kommer göra nåt dumt\" is how harm to oneself is said without saying it; said ahead of doing, it is asked about at once.",
    examples: ["kommer göra nåt dumt ikväll", "im scared ill do something stupid tonight"],
  },
  {
    id: "suicide.farewell", level: "crisis", category: "suicide", pattern: "FAREWELL", unless: ["MEDIA", "FOR_TODAY", "JOB_CHANGE"],
    why: "Farewell acts and last words (a goodbye letter, \"sista gången ni hör av mig\") often come right before an attempt.",
    examples: ["har skrivit ett avskedsbrev", "this is goodbye forever"],
  },
  {
    id: "suicide.letter-in-case", level: "crisis", category: "suicide", pattern: "{LETTER IF_HAPPENS} ~10", who: "anyone", unless: ["MEDIA"],
    why: "Letters written \"in case something happens\": a farewell act that does not say goodbye.",
    examples: ["har skrivit brev till mamma o syrran ifall nat hander", "wrote a letter to my brother in case something happens"],
  },
  {
    id: "suicide.last-words", level: "crisis", category: "suicide", pattern: "{TELL_FAMILY LOVE_SORRY} ~9", unless: ["MEDIA"],
    why: "Asking someone to tell the family one loves them or is sorry: last words.",
    examples: ["säg till mamma att jag är ledsen", "tell my mom i love her"],
  },
  {
    id: "suicide.when-gone", level: "crisis", category: "suicide", pattern: "CARE_FOR +6 WHEN_GONE", unless: ["TRAVEL", "MEDIA"],
    why: "Arranging care for pets or people \"när jag är borta\" is a farewell act.",
    examples: ["ta hand om min katt när jag är borta", "please look after my dog when im gone"],
  },
  {
    id: "suicide.giving-away", level: "crisis", category: "suicide", pattern: "GIVE_AWAY +3 MY_THINGS", unless: ["ERRAND"],
    why: "Giving one's belongings away is a farewell act.",
    examples: ["gav bort allt jag äger", "ger bort alla mina grejer nu", "giving away all my stuff"],
  },
  {
    id: "suicide.pills-saved", level: "crisis", category: "suicide", pattern: "{SAVED PILLS} ~6", unless: ["MEDIA", "MEDS_BENIGN"],
    why: "Pills saved up or hidden are gathered means: words of means predict danger better than words of feeling.",
    examples: ["jag har piller sparade", "ive been stockpiling my meds", "har en burk sömntabletter gömd"],
  },
  {
    id: "suicide.pills-at-hand", level: "crisis", category: "suicide", pattern: "{PILLS AT_HAND} ~6", unless: ["MEDIA", "ROUTINE", "MEDS_BENIGN"],
    why: "Pills laid out next to oneself: means at hand.",
    examples: ["i have a bottle of pills next to me", "har tabletterna framför mig"],
  },
  {
    id: "suicide.rope", level: "crisis", category: "suicide", pattern: "{GOT_HOLD ROPE} ~4", unless: ["MEDIA", "GAME", "ROPE_USE"],
    why: "A rope or noose at hand is gathered means.",
    examples: ["har köpt ett rep", "bought a rope today", "har en snara"],
  },
  {
    id: "suicide.weapon-on-self", level: "crisis", category: "suicide", pattern: "{WEAPON ON_MYSELF} ~10", unless: ["MEDIA", "GAME"],
    why: "A weapon meant for oneself is gathered means.",
    examples: ["jag har en kniv och tänker använda den på mig själv", "i have a knife and im going to use it on myself"],
  },
  {
    id: "suicide.at-edge", level: "crisis", category: "suicide", pattern: "LOCATED +3 EDGE_PLACE", unless: ["PASSING_BY", "MEDIA", "GAME", "UP_THERE_FOR", "CEILING_STARE", "PLACE_TASK"],
    why: "Being at a bridge, on the tracks or on a roof: naming the place is itself a danger sign.",
    examples: ["står på bron nu", "im at the train tracks", "sitter vid spåret"],
  },
  {
    id: "suicide.jump", level: "crisis", category: "suicide", pattern: "JUMP +3 EDGE_PLACE|JUMP_PLACE", unless: ["MEDIA", "GAME", "IF_ONE_MORE"],
    why: "Jumping from a height or in front of a train.",
    examples: ["vill kasta mig framför tåget", "gonna throw myself in front of a train", "ska gå ut framför ett tåg"],
  },
  {
    id: "suicide.jump-announced", level: "crisis", category: "suicide", pattern: "INTEND +1 LEAP", unless: ["MEDIA", "GAME", "LEAP_SAFE", "LEAP_FIGURE", "PASSING_BY", "IF_ONE_MORE"],
    why: "\"I'm going to jump\": a jump announced without saying where; hopping off a course or into a lake is left out.",
    examples: ["im going to jump", "ska hoppa nu"],
  },
  {
    id: "self-harm.cut-self", level: "crisis", category: "self-harm", pattern: "CUT +2 SELF_BODY", unless: ["ACCIDENT", ...SELF_STORY, "PROUD_PAST", "MISHAP", "CUT_ORDINARY", "PAST_OVER", "ALL_CLEAR"],
    why: "Cutting or burning oneself (\"skär mej\", \"burned myself\"); an accident in the kitchen is not it.",
    examples: ["skär mej", "skurit mej på armen", "burned myself on purpose"],
  },
  {
    id: "self-harm.blade", level: "crisis", category: "self-harm", pattern: "{GOT_HOLD BLADE} ~4", unless: ["MEDIA", "GAME", "SHAVING"],
    why: "Razor blades kept at hand are the means of cutting.",
    examples: ["har ett rakblad i fickan", "i have razor blades hidden"],
  },
  {
    id: "self-harm.emoji", level: "crisis", category: "self-harm", pattern: "{BLADE_EMOJI BLOOD_EMOJI} ~4",
    unless: ["ACCIDENT", "TOOL_USE", "JOKE", "GAME", ...SELF_STORY, "WATCH+FILM_TITLE"],
    why:
      "A knife or razor and blood in emoji (\"🔪🩸\"), from a young person with no kitchen, film, game or joke beside it, is how some " +
      "tell self-harm without writing it (a horror film watched by name is a film: \"ska kolla scream ikväll 🔪🩸\"). " +
      "A youth worker reads it as a fresh injury until asked, so crisis: the self-harm reply " +
      "(112, 1177, 90101) fits an injury, and asking what happened is the coordinator's. Blood alone (\"🩸\", \"🩸🩸\", \"mensen kom 🩸\") " +
      "is left: it is most often a period, and a crisis reply to that costs the trust the next real message needs; a knife alone is " +
      "most often food or a film.",
    examples: ["🔪🩸", "🩸🔪 igen", "idag blev det för mycket 🔪🩸🩸", "🪒🩸"],
  },
  {
    id: "self-harm.named", level: "crisis", category: "self-harm", pattern: "SELF_HARM_TALK", unless: [...SELF_STORY, "PROUD_PAST", "STUDY_TALK", "ABOUT_IT", "PAST_OVER"],
    why: "Self-harm named, also in slang (\"cuttar\", \"självskadar\", \"hurt myself\").",
    examples: ["jag cuttar igen", "har självskadat igen", "i keep hurting myself"],
  },
  {
    id: "self-harm.cutting-again", level: "crisis", category: "self-harm", pattern: "CUT +1 RELAPSE", unless: ["ACCIDENT", ...SELF_STORY, "KITCHEN_MISHAP"],
    why: "\"Been cutting again\": cutting without saying what, with words of relapse.",
    examples: ["been cutting again", "skar igen"],
  },
  {
    id: "self-harm.sh-relapse", level: "crisis", category: "self-harm", pattern: "{SH RELAPSE} ~3",
    why: "\"sh\" is the abbreviation young people use for self-harm; next to relapse or clean days it means exactly that.",
    examples: ["relapsed on sh last night", "sh again. 43 days clean gone"],
  },
  {
    id: "self-harm.sh-done", level: "crisis", category: "self-harm", pattern: "SH_DO SH", unless: SELF_STORY,
    why: "\"gjorde sh igår\", \"did sh again\": the abbreviation right after a verb of doing it, buried in a message about other things.",
    examples: ["gjorde sh igår natt btw", "i did sh last night", "har gjort sh på låren"],
  },
  {
    id: "self-harm.urge", level: "crisis", category: "self-harm", pattern: "WANT_EN +1 CUT +1 URGE_TAIL",
    why: "An urge to cut, said the way people say it (\"want to cut so bad rn\").",
    examples: ["i want to cut so bad rn"],
  },
  {
    id: "overdose.took-many", level: "crisis", category: "overdose", pattern: "{TOOK MANY PILLS} ~8", unless: ["ROUTINE", "MEDIA", "ALL_GOOD", "MEDS_BENIGN", "CLOCK_TIME", "AS_DIRECTED"],
    why: "Pills taken in amounts (\"tog typ 20 alvedon\", \"took a bunch of pills\"): call 112 at once.",
    examples: ["tog typ 20 alvedon", "took a bunch of pills", "svalde en hel karta panodil"],
  },
  {
    id: "overdose.whole-pack", level: "crisis", category: "overdose", pattern: "TOOK +2 WHOLE_PACK", unless: ["TREAT"],
    why: "A whole box or bottle taken at once.",
    examples: ["tog hela burken", "i took the whole bottle"],
  },
  {
    id: "overdose.a-whole-pack-of-pills", level: "crisis", category: "overdose", pattern: "TOOK +2 A_WHOLE_PACK +3 PILLS", unless: ["TREAT"],
    why: "\"Tog en hel kartong alvedon\": a whole pack of pills, said without \"the\" (caught by nothing before); the pills must be named, since \"åt en hel ask choklad\" is a pack too.",
    examples: ["tog en hel kartong alvedon", "tog en hel ask ipren"],
  },
  {
    id: "overdose.named", level: "crisis", category: "overdose", pattern: "OVERDOSE_TALK", unless: ["MEDIA", "NEWS", "TOPIC", "TREAT", "CAFFEINE", "SECONDHAND", "FILM_TOLD", "LONG_AGO"],
    why: "An overdose named (\"tror jag överdoserat\", \"i overdosed\").",
    examples: ["tror jag överdoserat", "i overdosed"],
  },
];
