// Crisis rules for harm from others and acute danger: threats and weapons, violence at home, sexual
// violence, being used by a gang, a child left alone. Each rule's `why` is the reason it exists; its
// first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "JOKE", "MEDIA", "NEWS"];

export const harmFromOthersRules: RuleSpec[] = [
  {
    id: "violence.threatened", level: "crisis", category: "violence", pattern: "THREAT +3 SELF_OBJ", who: "anyone", unless: [...PLAY, "OUT_OF_HOME+JOB_ULTIMATUM", "THROWN_OUT"],
    why: "Being threatened (\"han hotade att döda mig\", \"de hotar mig\").",
    examples: ["han hotar mig", "exet hotar att slå ihjäl mig", "he threatened to kill me"],
  },
  {
    id: "violence.threat-to-kill", level: "crisis", category: "violence", pattern: "THREAT +2 KILL_OTHER", who: "anyone", unless: PLAY,
    why: "A threat to kill or hurt, whoever it is aimed at (\"de har hotat att döda min familj\").",
    examples: ["de har hotat att döda min familj", "he threatened to stab my brother"],
  },
  {
    id: "violence.silenced", level: "crisis", category: "violence", pattern: "{KILL_OTHER SELF_OBJ SNITCH} ~10", who: "anyone", unless: ["JOKE", "GAME", "MEDIA"],
    why: "Threatened with death to keep quiet (\"they'll kill me if I talk\"): not a figure of speech even with an if.",
    examples: ["they said theyll kill me if i talk", "han dödar mig om jag berättar"],
  },
  {
    id: "violence.revenge-armed", level: "crisis", category: "violence", pattern: "{WEAPON REVENGE} ~8", unless: PLAY,
    why: "A weapon and revenge together: danger to someone else.",
    examples: ["jag har en kniv och ska hämnas", "got a knife and im gonna get revenge"],
  },
  {
    id: "violence.will-kill-me", level: "crisis", category: "violence", pattern: "OTHERS +4 KILL_OTHER +1 SELF_OBJ", who: "anyone", unless: [...PLAY, "IF_AFTER", "NOT_VIOLENCE"],
    why: "Someone says they will kill the writer; \"mamma kommer döda mig om …\" is a figure of speech and is left out.",
    examples: ["jag är rädd att han ska döda mig", "han sa att han ska döda mig", "they said they will kill me", "im scared hes gonna kill me"],
  },
  {
    id: "violence.armed-other", level: "crisis", category: "violence", pattern: "OTHER_SUBJ +2 HAVE_WEAPON +2 WEAPON", who: "anyone", unless: [...PLAY, "NOT_VIOLENCE"],
    why: "Someone near the writer has or shows a weapon.",
    examples: ["killen har en pistol", "han har en kniv", "someone pulled a knife on me"],
  },
  {
    id: "violence.attacked", level: "crisis", category: "violence", pattern: "VICTIM_TALK", unless: [...STORY, "JOKE", "GAME", "RECOVERED", "BETRAYAL"],
    why: "Having been stabbed, beaten or robbed, said by the person it happened to.",
    examples: ["blev knivhuggen igår", "got jumped and stabbed"],
  },
  {
    id: "violence.hit-by-other", level: "crisis", category: "violence", pattern: "OTHERS +4 HIT +2 SELF_OBJ", who: "anyone", unless: [...PLAY, "THROWN_OUT"],
    why: "Being hit by someone outside the family (a partner, others).",
    examples: ["min kille slår mig", "he hits me when hes drunk"],
  },
  {
    id: "violence.forced", level: "crisis", category: "violence", pattern: "OTHERS +2 FORCE_ME", who: "anyone", unless: [...PLAY, "CHORE", "CRIME_ACT", "SEX_ACT"],
    why: "\"Han tvingade mig\": being forced by someone, said without what (a crime or sex act is left to its own rule); a person asks at once.",
    examples: ["han tvingade mig", "someone forced me"],
  },
  {
    id: "violence.intends-harm", level: "crisis", category: "violence", pattern: "INTEND +2 KILL_OTHER +1 OTHER_OBJ", unless: [...PLAY, "NOT_VIOLENCE"],
    why: "The writer says they will kill or stab someone: danger to others.",
    examples: ["ska döda honom när jag ser honom", "im gonna stab him tomorrow", "jag ska knivhugga honom"],
  },
  {
    id: "abuse-at-home.hit", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME +6 HIT +2 SELF_OBJ", who: "anyone", unless: [...PLAY, "THROWN_OUT", "PLAY_OBJ"],
    why: "Violence from a parent, step-parent or sibling (\"farsan slår mej\", \"my dad hits me\").",
    examples: ["farsan slår mej", "my mom locks me in my room and hits me"],
  },
  {
    id: "abuse-at-home.angry-hits", level: "crisis", category: "abuse-at-home", pattern: "{FAMILY_HOME ANGRY|DRUNK HIT} ~8", who: "anyone", unless: [...PLAY, "THROWN_OUT", "DOOR"],
    why: "A parent who hits when angry or drunk, said without \"me\" (\"pappa blir arg och slår\").",
    examples: ["pappa blir arg och slår", "my stepdad gets drunk and hits"],
  },
  {
    id: "abuse-at-home.bruises", level: "crisis", category: "abuse-at-home", pattern: "{BRUISES FAMILY_HOME} ~6", who: "anyone", unless: PLAY,
    why: "Bruises from a parent.",
    examples: ["har blåmärken efter pappa", "bruises from my dad again"],
  },
  {
    id: "abuse-at-home.hit-at-home", level: "crisis", category: "abuse-at-home", pattern: "HIT_AT_HOME", unless: STORY,
    why: "Being hit at home, said without naming who.",
    examples: ["blir slagen hemma"],
  },
  {
    id: "abuse-at-home.afraid-to-go-home", level: "crisis", category: "abuse-at-home", pattern: "DARE +1 NEG +3 GO_HOME", negation: "in-pattern", who: "anyone",
    why: "Not daring to go home is how violence at home is often first told.",
    examples: ["vågar inte gå hem", "vagar inte ga hem ikvall", "törs inte sova hemma"],
  },
  {
    id: "abuse-at-home.scared-of-home", level: "crisis", category: "abuse-at-home", pattern: "AFRAID +3 GO_HOME|FAMILY_HOME", unless: ["MEDIA"],
    why: "Being scared to go home or of a parent.",
    examples: ["im scared to go home", "är rädd för min pappa"],
  },
  {
    id: "abuse-at-home.locked-in", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME +3 LOCK_IN", who: "anyone",
    unless: ["LOCK_STUCK"],
    why: "A parent locking the writer in.",
    examples: ["mamma låser in mig", "my dad locks me in"],
  },
  {
    id: "abuse-at-home.honour", level: "crisis", category: "abuse-at-home", pattern: "HONOR_TALK", who: "anyone", unless: [...STORY, "STUDY_TALK"],
    why: "Forced marriage and honour-related oppression.",
    examples: ["de ska gifta bort mig i sommar", "my family wants to marry me off"],
  },
  {
    id: "abuse-at-home.honour-threat", level: "crisis", category: "abuse-at-home", pattern: "{FAMILY KILL_OTHER HONOR} ~12", who: "anyone",
    why: "Honour-related death threats (\"familjen kommer döda mig om de får veta om min pojkvän\") are real, not a figure of speech.",
    examples: ["familjen kommer döda mig om de får veta om min pojkvän"],
  },
  {
    id: "sexual-abuse.named", level: "crisis", category: "sexual-abuse", pattern: "RAPE_TALK", who: "anyone", unless: [...STORY, "STUDY_TALK"],
    why: "Rape, sexual assault or abuse named.",
    examples: ["blev valdtagen pa festen", "he raped me", "blev utsatt för ett sexuellt övergrepp"],
  },
  {
    id: "sexual-abuse.forced", level: "crisis", category: "sexual-abuse", pattern: "FORCE +3 SEX_ACT", who: "anyone", unless: STORY,
    why: "Being forced into sex or sexual acts.",
    examples: ["tvingade mig ligga med honom", "he forced me to have sex"],
  },
  {
    id: "sexual-abuse.nudes", level: "crisis", category: "sexual-abuse", pattern: "SPREAD +3 NUDES", who: "anyone", unless: STORY,
    why: "Nude pictures spread or threatened to be spread (sextortion).",
    examples: ["han skickar nakenbilder på mig till alla", "han hotar att lägga ut mina nakenbilder", "someone is threatening to leak my nudes"],
  },
  {
    id: "sexual-abuse.adult-wants-pictures", level: "crisis", category: "sexual-abuse", pattern: "{ADULT NUDES} ~12", who: "anyone", unless: STORY,
    why: "A grown man asking a young person for nude pictures is grooming.",
    examples: ["en gubbe vill ha nakenbilder på mig", "an older guy keeps asking for my nudes"],
  },
  {
    id: "crime-coercion.forced", level: "crisis", category: "crime-coercion", pattern: "FORCE +4 CRIME_ACT", who: "anyone", unless: PLAY,
    why: "Being forced to sell, hold or hide things, or to commit violence, for others.",
    examples: ["tvingar mig att sälja", "they are forcing me to sell"],
  },
  {
    id: "crime-coercion.forced-errand", level: "crisis", category: "crime-coercion", pattern: "FORCE +6 FOR_THEM", who: "anyone", unless: [...PLAY, "CHORE"],
    why: "Made to do something \"for them\", whatever it is called.",
    examples: ["tvingar mig att göra saker åt dem", "theyre making me carry stuff for them"],
  },
  {
    id: "crime-coercion.errand", level: "crisis", category: "crime-coercion", pattern: "CRIME_ACT +2 FOR_THEM", who: "anyone", unless: PLAY,
    why: "Running drugs, packages or weapons \"åt dem\": a young person used by a gang.",
    examples: ["måste köra paket åt dem", "the gang wants me to hold a gun for them"],
  },
  {
    id: "crime-coercion.gang-wants", level: "crisis", category: "crime-coercion", pattern: "GANG +4 WANT_ME +3 CRIME_ACT", who: "anyone", unless: PLAY,
    why: "A gang wanting the writer to sell or shoot.",
    examples: ["gänget vill att jag ska sälja", "de vill att jag ska skjuta nån"],
  },
  {
    id: "crime-coercion.gang-forces", level: "crisis", category: "crime-coercion", pattern: "GANG +2 FORCE", who: "anyone", unless: PLAY,
    why: "\"Gänget tvingar mig\": coercion without naming the crime.",
    examples: ["gänget tvingar mig"],
  },
  {
    id: "crime-coercion.recruited", level: "crisis", category: "crime-coercion", pattern: "{RECRUIT GANG} ~4", who: "anyone", unless: [...STORY, "WATCHED_DOC"],
    why: "Being recruited by a gang.",
    examples: ["blev rekryterad av gänget och vill ut"],
  },
  {
    id: "crime-coercion.debt", level: "crisis", category: "crime-coercion", pattern: "{DEBT HURT_ME|KILL_OTHER} ~10", who: "anyone", negation: "in-pattern", unless: PLAY,
    why: "A debt enforced with threats: how many young people are tied to a gang.",
    examples: ["i owe them money and they said theyll hurt me", "är skyldig dem pengar och de hotar mig", "de skjuter folk som inte betalar, jag är skyldig"],
  },
  {
    id: "crime-coercion.gang-debt", level: "crisis", category: "crime-coercion", pattern: "{DEBT GANG_NAMED} ~6", who: "anyone", unless: PLAY,
    why: "Owing a gang money ties a young person to it, threats or not.",
    examples: ["jag är skyldig gänget pengar", "i owe the dealer money"],
  },
  {
    id: "crime-coercion.threat-if", level: "crisis", category: "crime-coercion", pattern: "THREAT +2 SELF_OBJ +3 IF_I_DONT", who: "anyone", unless: PLAY,
    why: "Threatened unless the writer does something for them.",
    examples: ["de hotar mig om jag inte gör det"],
  },
  {
    id: "child-alone.alone", level: "crisis", category: "child-alone", pattern: "SMALL_CHILD +4 ALONE", who: "anyone", unless: [...STORY, "SHORT_WHILE", "FIRST_TIME", "GAME", "WANTS_ALONE_TIME"],
    why: "A young child left alone.",
    examples: ["my little sister is alone", "lillasyster e ensam hemma hela natten"],
  },
  {
    id: "child-alone.parent-gone", level: "crisis", category: "child-alone", pattern: "FAMILY_HOME +2 NEG +3 COME_HOME +4 DAYS", who: "anyone", negation: "in-pattern",
    why: "A parent gone for days: children in the home may be alone.",
    examples: ["mamma har inte kommit hem på tre dagar", "mom hasnt been home in 2 days"],
  },
  {
    id: "child-alone.parent-away", level: "crisis", category: "child-alone", pattern: "FAMILY_HOME +2 AWAY +4 DAYS", who: "anyone", unless: [...STORY, "TRAVEL"],
    why: "A parent away for days, said as \"varit borta\".",
    examples: ["mamma har varit borta i tre dagar", "mom has been gone for days"],
  },
  {
    id: "child-alone.no-adult", level: "crisis", category: "child-alone", pattern: "NO_ADULT", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "No adult at home.",
    examples: ["ingen vuxen hemma sen i fredags", "no adult at home with my baby brother"],
  },
  {
    id: "acute-danger.named", level: "crisis", category: "acute-danger", pattern: "DANGER_TALK", who: "anyone",
    unless: [...STORY, "ASKS_IF_WE_CALL", "WOULD_YOU+IF_I_TELL", "FALSE_ALARM", "SMALL_MATTER", "COOKED_ALARM", "ALL_CLEAR", "ALARM_ONLY"],
    why:
      "Acute danger: being followed, a break-in, fire, being held, or a call for the police. Not a question whether we call " +
      "(\"kommer ni ringa polisen?\", \"are you gonna call the cops on me\", \"ska dom ringa polisen?\", \"skulle ni ringa polisen " +
      "om jag berättar nåt\"): that asks what happens to what one tells us, and deserves its answer (answers.police), not the crisis " +
      "reply; asked with a plea or a danger beside it, the next rule catches it. \"Skulle du ringa polisen\" alone stays a call: " +
      "as often a polite request.",
    examples: ["ring polisen", "someone is breaking into our house", "jag är i fara", "kan ni ringa polisen? han står utanför dörren", "call the police please"],
  },
  {
    id: "acute-danger.call-pleaded", level: "crisis", category: "acute-danger", pattern: "ASKS_IF_WE_CALL|WOULD_YOU + DANGER_TALK + PLEA|AT_DOOR >= 3", who: "anyone",
    unless: STORY, needs: ["ASKS_IF_WE_CALL|WOULD_YOU", "DANGER_TALK"],
    why:
      "A question whether we call the police with a plea or a danger in the same message (\"kommer ni ringa polisen? snälla\", " +
      "\"will you call the police please\", \"ska ni ringa polisen? han står utanför dörren\") asks for the call after all.",
    examples: ["kommer ni ringa polisen? snälla", "will you call the police please", "ska ni ringa polisen? han står utanför dörren"],
  },
  {
    id: "acute-danger.followed", level: "crisis", category: "acute-danger", pattern: "FOLLOW +1 SELF_OBJ", who: "anyone", unless: [...STORY, "GAME", "ALL_CLEAR"],
    why: "Being followed or stalked.",
    examples: ["nån följer efter mej", "someone is following me"],
  },
  {
    id: "acute-danger.stranger-at-door", level: "crisis", category: "acute-danger", pattern: "{STRANGER AT_DOOR} ~6", who: "anyone", unless: [...STORY, "GAME"],
    why: "A stranger at the door or window.",
    examples: ["theres a man outside my window", "en främling står utanför dörren"],
  },
  {
    id: "acute-danger.at-door", level: "crisis", category: "acute-danger", pattern: "{AT_DOOR AFRAID} ~8", who: "anyone",
    why: "Someone at the door and the writer afraid.",
    examples: ["han står utanför dörren och jag är rädd"],
  },
];
