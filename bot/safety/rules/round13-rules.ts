// Round 13: what rules and model together still missed out of fold after round 12 (the cross-validated
// misses of the training writers, the newest writer — round 12's held-back set — weighed most). Most of this
// round widens older concepts (a trail lost and the phone at 4 %, gas smelt in the stairwell, a small
// cousin and a parent who never came back, "kylen e tom", things thrown in a shouting); the rules here are
// the shapes no older rule had: someone lying there who does not answer, a friend who has not come up from
// the water, a machine someone breathes by that has stopped, a small child nobody finds, a day chosen to end
// on, logging off for good, back to the bridge and not turning around, a parent calling themself a bad one,
// being picked on at school, food run out at home. Each rule's `why` is the reason it exists; its first
// example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["NEWS", "FILM_TOLD"];

export const round13Rules: RuleSpec[] = [
  // Acute danger told calmly.
  {
    id: "acute-danger.someone-down", level: "crisis", category: "acute-danger", pattern: "PERSON_DOWN*2 + NO_RESPONSE*2 >= 4 ~16", who: "anyone",
    unless: [...STORY, "GAME", "ONLY_RESTING", "JOKE_PLAIN"],
    why: "Someone lying on the floor, in the snow, gone or passed out, and not answering or not moving: told calmly, it is a body that may be failing — 112.",
    examples: [
      "pappa ligger på golvet o svarar int, han dricker mycket men han brukar inte va blå runt munnen", "theres a guy lying in the snow outside the station, he isnt moving",
      "min kompis e helt borta, svettig o svarar inte, vi sitter på bussen",
    ],
  },
  {
    id: "acute-danger.not-surfaced", level: "crisis", category: "acute-danger", pattern: "WATER_PLACE*2 + NOT_SURFACED*2 >= 4 ~16", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "GAME"],
    why: "A friend who jumped from the jetty and has not come up, someone in the water after the ice broke: drowning told as a fact.",
    examples: ["kompisen hoppa från bryggan i natt o har int kommit upp, vi ser honom int", "isen gick sönder o min kompis e i vattnet, vi e vid sjön"],
  },
  {
    id: "acute-danger.machine-stopped", level: "crisis", category: "acute-danger", pattern: "LIFE_MACHINE*2 + MACHINE_STOPS*2 >= 4 ~24", who: "anyone", unless: STORY,
    why: "The oxygen machine or the respirator someone lives by has stopped, the power is out: breathing at risk now.",
    examples: ["the power is out and my grandma uses an oxygen machine and its stopped", "strömavbrott här o mormors syrgasapparat har stannat"],
  },

  // A small child missing.
  {
    id: "child-alone.missing", level: "crisis", category: "child-alone", pattern: "SMALL_CHILD|TODDLER*2 + CHILD_GONE*2 >= 4 ~16", who: "anyone",
    unless: [...STORY, "GAME", "HIDE_PLAY"],
    why: "A small sister out somewhere, the door open, nobody finding her (while the adult sleeps it off): a small child missing is a child alone in danger.",
    examples: ["pappa har somnat full på soffan o min lillasyster på 4 e ute nånstans, dörren stod öppen, vi hittar henne int"],
  },

  // Suicide said sideways.
  {
    id: "suicide.day-to-end", level: "crisis", category: "suicide", pattern: "DAY_TO_END", who: "anyone", unless: [...STORY, "GAME"],
    why: "A birthday or a date \"a good day to end on\": a day chosen for dying, said as planning.",
    examples: ["min födelsedag e på torsdag. tänkte att det e ett bra datum att sluta på", "sunday seems like a good day to die tbh"],
  },
  {
    id: "suicide.off-for-good", level: "crisis", category: "suicide", pattern: "OFF_FOR_GOOD", who: "anyone", unless: STORY,
    why: "Logging off or signing off \"for good\" tonight, \"not from the game\": a goodbye to everything told in a gamer's words.",
    examples: ["loggar ut för gott ikväll, inte från spelet alltså. gg", "logging off for good after tonight. thanks for everything"],
  },
  {
    id: "suicide.after-tonight", level: "crisis", category: "suicide", pattern: "AFTER_TONIGHT*2 + TIDY_DONE|OWN_AFFAIRS*2 >= 4 ~24", who: "anyone", unless: STORY,
    why: "\"Don't worry about me after tonight, I've sorted everything out, the cat goes to the neighbour\": arrangements made and a night named.",
    examples: ["dont worry about me after tonight, ive sorted everything out. the cat goes to my neighbour"],
  },
  {
    id: "suicide.edge-again", level: "crisis", category: "suicide", pattern: "EDGE_WENT*2 + NOT_TURNING*2 >= 4 ~24", who: "anyone", unless: [...STORY, "PLACE_TASK"],
    why: "Stood on the bridge for an hour, going back and not turning around; on the platform, ten trains let past: the place named and the act left unsaid.",
    examples: [
      "went to the bridge again yesterday and stood there for an hour. going back tonight and i dont think ill turn around this time",
      "sitter på perrongen sen 2 timmar, har släppt förbi typ tio tåg. vet int varför ja skriver hit",
    ],
  },

  // Violence at home, and honour.
  {
    id: "abuse-at-home.harmed-by-housemate", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME|HOME_PERSON*2 + HARMED_ME*2 >= 4 ~24", who: "anyone",
    unless: [...STORY, "GAME", "PLAY_OBJ", "THROWN_OUT"],
    why: "A parent, the husband or the guy one lives with who throws them at a wall, holds their head under, has hands round their neck or locks them in — said with more words between than the older hit rules allow: violence at home now.",
    examples: [
      "sambon hade händerna runt min hals igår igen", "mamma tryckte ner mitt huvud i diskhon igår för att jag inte diskat",
      "my husband locked me and the baby in the bedroom and says i cant leave until i behave", "pappa kastade mej i väggen igen för jag kom hem sent",
      "pappa sa att om jag går ut ikväll så slår han ihjäl mig, jag sitter på mitt rum",
    ],
  },
  {
    id: "abuse-at-home.partner-hits", level: "crisis", category: "abuse-at-home", pattern: "HOME_PERSON*2 + HIT_ME*2 >= 4 ~24", who: "anyone",
    unless: [...STORY, "GAME", "PLAY_OBJ", "THROWN_OUT"],
    why: "The husband or the guy one lives with hits the writer (\"min man tar min telefon o slår mej\"): the older hit rules read a parent or \"han\" right before the hit; a partner at home, words apart, is the same violence.",
    examples: ["min man tar min telefon o slår mej när bebisen gråter, jag skriver från datorn i smyg", "killen jag bor med slog sönder telefonen o slog mig i magen"],
  },
  {
    id: "abuse-at-home.honour", level: "crisis", category: "abuse-at-home", pattern: "HONOUR_SHAME*2 + HONOUR_THREAT*2 >= 4 ~30", who: "anyone", negation: "in-pattern",
    unless: STORY,
    why: "The family shamed or a marriage decided, and the writer looked for, the passport gone, told they should not live: honour-related violence and forced marriage, told as family news.",
    examples: [
      "morbror sa att jag har skämt ut familjen o att jag inte ska leva om det blir känt", "my dad found out im dating a swedish guy and my brothers are looking for me, they said ive dishonoured the family",
      "pappa sa att om jag inte gifter mig med kusinen så e jag inte hans dotter längre",
    ],
  },
  {
    id: "violence.chased-now", level: "crisis", category: "violence", pattern: "CHASERS*2 + CHASED_NOW*2 >= 4 ~14", who: "anyone",
    unless: [...STORY, "GAME", "JOKE_PLAIN"],
    why: "Five guys chasing the writer through the town centre, running for the station: violence about to happen, told while running.",
    examples: ["e fem killar som jagar mej genom centrum, springer mot stationen", "some guys are following me from the bus, im running now"],
  },

  // Concern.
  {
    id: "hopelessness.bad-parent", level: "concern", category: "hopelessness", pattern: "BAD_PARENT", unless: [...STORY, "JOKE_PLAIN"],
    why: "A young parent calling themself a bad mother or father, even \"sometimes\": a tester's line; hopelessness and exhaustion a youth worker asks about.",
    examples: ["ibland känns det som att jag e en dålig mamma", "i feel like im a bad mom lately"],
  },
  {
    id: "loneliness.picked-on", level: "concern", category: "loneliness", pattern: "{AT_SCHOOL PICKED_ON} ~14", who: "anyone", negation: "cancels", unless: STORY,
    why: "They take my things at school and say things about my mum every day: bullying. There is no bullying category; like \"mobbad\" (loneliness.named) it is loneliness at the concern level, not home-conflict, and not violence unless someone is hurt.",
    examples: ["de tar mina grejer i skolan och säger saker om min mamma varje dag", "they laugh at me in class every day"],
  },
  {
    id: "food.run-out", level: "concern", category: "food", pattern: "FOOD_RUN_OUT", who: "anyone", negation: "in-pattern", unless: [...STORY, "DIET_CHOICE"],
    why: "No food left at home but rice and flour, meals skipped so the little brothers can eat, the last meal yesterday morning: not enough food, told as a fact.",
    examples: [
      "har ätit ett nudelpaket idag och ett igår, finns inget mer hemma", "i skip meals so my little brothers can eat, its fine im used to it",
      "åt senast igår morse, har int haft lust",
    ],
  },
];
