// Crisis rules that read what a victim describes rather than names: a minor and a parent gone, a
// wound and hiding it, a "job" and what forces it, a grown-up and a secret, leaving and thanks for
// everything. Most are scoring rules (score-match.ts): several weaker signals together, in whatever
// words and order the rest of the message has. Each rule's `why` is the reason it exists; its first
// example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "JOKE", "MEDIA", "NEWS"];

export const signalRules: RuleSpec[] = [
  {
    id: "child-alone.score", level: "crisis", category: "child-alone",
    pattern: "MINOR_AGE|SMALL_CHILD*2 + LEFT_ALONE*2 + PARENT_AWAY*2 + LONG_WHILE + NO_FOOD + CRYING >= 5", who: "anyone", unless: [...STORY, "SHORT_WHILE", "FIRST_TIME", "WANTS_ALONE_TIME"],
    needs: ["MINOR_AGE|SMALL_CHILD"],
    why: "A minor (a small child, or the writer at 15) without an adult for days, or with no food or no one answering: each alone is ordinary, together a child is alone.",
    examples: ["my brothers 8 and mum left him alone all weekend again", "jag e 15 o mamma har int vart hemma pa 4 dagar, maten e slut", "syrran e 7 o lamnas sjalv hela natterna nar mamma e ute",
      "mamma o pappa ha int kommi hem, ja e ensam me småbrodern, han e 5", "hittade en liten kille i trapphuset, ingen e hemma hos honom sen igår"],
  },
  {
    id: "child-alone.toddler", level: "crisis", category: "child-alone", pattern: "{TODDLER LEFT_ALONE|CRYING} ~10", who: "anyone", unless: [...STORY, "LIKE_A_BABY", "BABY_FIGURE"],
    why: "A toddler or baby alone, or crying with no one coming, is in danger however short the while.",
    examples: ["the baby has been crying for an hour and no one comes"],
  },
  {
    id: "self-harm.score", level: "crisis", category: "self-harm",
    pattern: "CUT|WOUND*2 + SELF_BODY + ON_PURPOSE*2 + RELAPSE + INNUENDO*2 + WORSE*2 + URGE >= 4", unless: ["ACCIDENT", ...STORY, "RECOVERED", "PROUD_PAST", "MISHAP", "CUT_ORDINARY"],
    needs: ["CUT|WOUND"],
    why: "Cuts, scratches or wounds with on purpose, hiding, getting worse or a wink: self-harm told without naming it.",
    examples: ["got cat scratches all over my arms again if u know what i mean", "skarsaren pa laren har blivit infekterade, vagar int saga nat", "cut deeper than usual this time"],
  },
  {
    id: "self-harm.sh", level: "crisis", category: "self-harm", pattern: "SELF_SUBJ|URGE +2 SH",
    why: "\"sh\" with the writer or an urge before it (\"i sh\", \"sugen på sh\") is self-harm.",
    examples: ["sugen på sh ikväll", "i sh when it gets too much"],
  },
  {
    id: "self-harm.urge", level: "crisis", category: "self-harm", pattern: "URGE +3 CUT|SELF_HARM_TALK",
    why: "An urge to cut or hurt oneself (\"sjukt sugen på att skära\").",
    examples: ["sjukt sugen på att skära", "urge to cut is so strong"],
  },
  {
    id: "violence.ex", level: "crisis", category: "violence", pattern: "{EX THREAT|KILL_OTHER|HIT|CHOKE|FOLLOW} ~10", who: "anyone", unless: PLAY,
    why: "Threats, violence or stalking from an ex-partner are among the strongest signs of lethal danger.",
    examples: ["exet förföljer mig", "my ex keeps threatening me"],
  },
  {
    id: "violence.weapon", level: "crisis", category: "violence", pattern: "WEAPON*2 + CARRY*2 + IN_CASE*2 + WAITING*2 + GANG + TIME_SOON >= 4", who: "anyone",
    unless: [...PLAY, "TOOL_USE", "ACCIDENT"],
    needs: ["WEAPON"],
    why: "A weapon carried, kept for when they come, or waiting outside: in any words, violence is about to happen.",
    examples: ["har en kniv i jackan nu ifall dom kommer", "dom väntar utanför min port med kniv 🔪", "im bringing a knife tomorrow"],
  },
  {
    id: "violence.choked", level: "crisis", category: "violence", pattern: "CHOKE +2 SELF_OBJ|OTHER_OBJ|FAMILY_HOME", who: "anyone", unless: [...PLAY, "ACCIDENT"],
    why: "Choking or strangling someone: the violence that most often comes before a killing.",
    examples: ["han strypte mig", "he choked me"],
  },
  {
    id: "violence.thrown-at", level: "crisis", category: "violence", pattern: "THROW +3 AT_ME", who: "anyone", unless: PLAY,
    why: "Things thrown at the writer.",
    examples: ["han kastar grejer på mig", "she throws stuff at me"],
  },
  {
    id: "abuse-at-home.choked", level: "crisis", category: "abuse-at-home", pattern: "{FAMILY_HOME CHOKE} ~8", who: "anyone", unless: [...PLAY, "ACCIDENT"],
    why: "Choking in the family: abuse at home at its most dangerous.",
    examples: ["brorsan tar strypgrepp pa mej nar han blir arg", "mums boyfriend choked her tonight"],
  },
  {
    id: "abuse-at-home.thrown-at", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME +10 THROW +3 AT_ME", who: "anyone", unless: PLAY,
    why: "A parent or step-parent throwing things at the writer.",
    examples: ["my stepmom throws stuff at me", "pappa kastade en stol på mig"],
  },
  {
    id: "abuse-at-home.locked-out", level: "crisis", category: "abuse-at-home", pattern: "{FAMILY_HOME LOCK_OUT} ~10", who: "anyone", unless: [...PLAY, "INDOOR_ROOM"],
    why: "Locked out of home by a parent, at night or as punishment.",
    examples: ["my stepmom locks me out at night", "mamma låste ute mig hela natten"],
  },
  {
    id: "abuse-at-home.witnessed", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME +4 HIT +2 OTHER_OBJ|FAMILY_HOME", who: "anyone", unless: [...PLAY, "THROWN_OUT"],
    why: "Violence between the adults at home, heard or seen by the writer (\"mammas kille slår henne\").",
    examples: ["mammas kille slar henne, hor det genom vaggen nu", "pappa slog mamma igår"],
  },
  {
    id: "abuse-at-home.locked-in", level: "crisis", category: "abuse-at-home", pattern: "LOCK_IN", who: "other", unless: [...PLAY, "TOPIC", "LOCK_STUCK"],
    why: "Locked in by someone else (\"dom låser in mej\"); the writer locking themselves in is no crisis.",
    examples: ["jag far int ga ut, dom laser in mej o tar min mobil", "my dad locks me in"],
  },
  {
    id: "sexual-abuse.touched", level: "crisis", category: "sexual-abuse", pattern: "TOUCH_VERB +1 SELF_OBJ|SELF_BODY", who: "other", unless: [...STORY, "CLOTHES", "TAKE_ON"],
    why: "Someone touching the writer (\"styvpappa rör mej\", \"my uncle touches me\"); putting on a jacket or the writer moving is not it.",
    examples: ["my uncle touches me when no one else is home", "styvpappa kommer in i mitt rum pa natten o ror mej", "tog på mig fast jag sa nej"],
  },
  {
    id: "sexual-abuse.grooming", level: "crisis", category: "sexual-abuse",
    pattern: "MINOR_AGE*2 + SEXUAL_TALK*2 + MEET_ALONE*2 + SECRET*2 + NUDES*2 >= 4", who: "anyone", unless: [...STORY, "JOKE"],
    needs: ["SEXUAL_TALK|MEET_ALONE|SECRET|NUDES"],
    why: "A grown-up, sexual messages, meeting alone, a secret: grooming is told as these, seldom named.",
    examples: ["e 15 o tranaren skickar snuskiga meddelanden o vill traffas ensam", "im 14 and a guy in his 20s wants to meet alone, says its our secret"],
  },
  {
    id: "sexual-abuse.pictures", level: "crisis", category: "sexual-abuse",
    pattern: "PICTURES + NUDES*2 + SPREAD*2 + IF_I_DONT*2 + SEND_MORE*2 + THREAT*2 >= 5", who: "anyone", unless: [...STORY, "JOKE"],
    needs: ["PICTURES|NUDES"],
    why: "Pictures spread or threatened to be spread, or more demanded (sextortion), however the pictures are named.",
    examples: ["this older guy online says hell post my pics unless i send more", "han sprider bilder pa mej naken i gruppchatten", "han hotar att skicka mina bilder till alla om jag inte skickar fler", "he threatens to send my pics to everyone", "he threatens to post the video"],
  },
  {
    id: "crime-coercion.score", level: "crisis", category: "crime-coercion",
    pattern: "GANG_JOB|CRIME_ACT*2 + COERCE*2 + KNOW_WHERE*3 + IF_I_DONT*2 + DEBT*2 + GANG + SNITCH >= 4", who: "anyone",
    unless: [...PLAY, "WORK", "SELL_OWN"],
    needs: ["GANG_JOB|CRIME_ACT", "COERCE|KNOW_WHERE|IF_I_DONT|DEBT"],
    why: "A \"job\", carrying or a bank account lent, and what forces it (they know where mum lives, can't say no, or else): crime coercion told without naming the gang.",
    examples: ["dom vet var min mamma bor, om jag int gor jobbet sa...", "theyve been using my bank account and say theyll find me if i stop", "fick ett uppdrag pa snap, vagar int saga nej"],
  },
  {
    id: "suicide.leaving", level: "crisis", category: "suicide", pattern: "FUTURE_GONE*2 + TIME_SOON + THANKS_ALL*2 + DONE + CARE_WISH >= 4",
    unless: ["MEDIA", "TRAVEL"], needs: ["FUTURE_GONE|THANKS_ALL"],
    why: "Not being here after a time, thanks and sorry for everything, being done: a farewell in other words than goodbye.",
    examples: ["im done. thanks for everything, take care of yourself", "kommer int finnas kvar efter helgen. tack for allt du gjort for mej"],
  },
  {
    id: "suicide.giving-away-all", level: "crisis", category: "suicide", pattern: "GIVE_AWAY*2 + GIVE_VERB + MY_THINGS|MY_MONEY + MANY + NOT_NEEDED*2 >= 4", unless: ["ERRAND", "MOVING"],
    needs: ["GIVE_AWAY|NOT_NEEDED"],
    why: "Giving away one's things or money because one will not need them: a farewell act in any words (round 3: the giving told with any verb, the money too).",
    examples: [
      "gav bort min ps5 o alla mina klader till kusin idag, behover dom int mer", "gave away my stuff, wont need it",
      "giving my stuff away this weekend, wont need it after", "har tömt kontot o gett pengarna till syrran, behöver dom inte längre",
      "gave my savings to my sister, wont need them", "gav mina pengar till brorsan, behöver dom inte mer", "giving my money to my mom, wont need it",
      "ger mina grejer till kusinen, behöver dom inte mer",
    ],
  },
  {
    id: "suicide.edge", level: "crisis", category: "suicide", pattern: "EDGE_PLACE*2 + JUMP|LEAP*2 + TIME_SOON + LOOK_DOWN*2 + THINK >= 4",
    unless: ["PASSING_BY", "LEAP_SAFE", "LEAP_FIGURE", "MEDIA", "GAME", "JOKE", "UP_THERE_FOR", "VIEW_WALK", "IF_ONE_MORE"], needs: ["EDGE_PLACE"],
    why: "A bridge, a roof or the tracks with jumping, looking down or now: being at the place, told in any words.",
    examples: ["on the roof of the parking garage rn thinking about jumping", "uppe på bron o kollar ner"],
  },
];
