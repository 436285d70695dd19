// Crisis told in passing (round 3's development half showed these kinds): farewell acts without the
// word goodbye, means counted or lined up, self-harm without its names, veiled threats, night visits,
// out in the cold with nowhere to go. Each rule's `why` is the reason it exists; its first example is
// caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "JOKE", "MEDIA", "NEWS"];

export const veiledRules: RuleSpec[] = [
  {
    id: "suicide.letter-left", level: "crisis", category: "suicide", pattern: "LETTER*2 + FAMILY_HOME|SMALL_CHILD + LEFT_WHERE*2 >= 5 ~14", needs: ["LETTER", "LEFT_WHERE"],
    unless: [...STORY, "TRAVEL"],
    why: "A letter written to the family and left where they will find it: a farewell letter told by where it lies.",
    examples: ["har skrivit brev till mamma o lillebror, ligger i översta lådan", "wrote a letter to my mom, its under my pillow"],
  },
  {
    id: "suicide.things-after", level: "crisis", category: "suicide", pattern: "THINGS_AFTER*2 + INHERIT*2 + FAMILY_HOME + IF_I_GONE*2 + WHEN_GONE*2 >= 4", needs: ["THINGS_AFTER|INHERIT"],
    unless: [...STORY, "MOVING", "TRAVEL"],
    why: "Deciding who gets one's things afterwards, the computer to a brother: putting affairs in order before dying.",
    examples: ["funderar på vad som ska hända med mina saker sen, min bror kan få min dator"],
  },
  {
    id: "suicide.easier-if-gone", level: "crisis", category: "suicide", pattern: "IF_I_GONE*2 + NICE|BETTER + FOR_ALL + ARRANGED*2 + THINK >= 4", needs: ["IF_I_GONE"],
    unless: [...PLAY, "TOPIC"],
    why: "Thinking it would be easier for everyone if the writer did not exist, with affairs arranged: burden and a plan.",
    examples: ["tror det vore enklare för alla om jag inte fanns", "been thinking it would be easier if i wasnt here"],
  },
  {
    id: "suicide.last-time", level: "crisis", category: "suicide", pattern: "{LAST_ONE HEAR_FROM_ME} ~6", unless: [...STORY, "TRAVEL"],
    why: "The last time anyone hears from the writer: a goodbye, in any of its wordings.",
    examples: ["det här är sista gången ni hör från mig", "this is the last time youre hearing from me", "detta e sista gången ni hör av mig"],
  },
  {
    id: "suicide.last-post", level: "crisis", category: "suicide", pattern: "LAST_ONE*2 + PUBLISH + INTEND >= 3", needs: ["LAST_ONE", "PUBLISH"], unless: [...STORY, "TRAVEL", "WORK"],
    why: "A last post written and about to be published: a public goodbye.",
    examples: ["skrev ett sista inlägg på insta, ska bara trycka publicera"],
  },
  {
    id: "suicide.you-will-know-why", level: "crisis", category: "suicide", pattern: "YOU_KNOW_WHY*2 + NO_ANSWER*2 + IF + TIME_SOON >= 5", needs: ["YOU_KNOW_WHY", "NO_ANSWER"],
    negation: "in-pattern", unless: [...PLAY, "TRIVIAL", "WORK", "TRAVEL"],
    why: "\"If I don't answer tomorrow, you'll know why\": a goodbye that leaves the reason to be guessed.",
    examples: ["om jag inte svarar imorn så vet ni varför", "if i dont reply tomorrow you know why"],
  },
  {
    id: "suicide.not-until", level: "crisis", category: "suicide", pattern: "FUTURE_GONE*2 + UNTIL_EVENT*2 >= 4", unless: [...STORY, "TRAVEL", "WORK", "MOVING"],
    why: "Not being around for a birthday or Christmas: a passive plan with a date.",
    examples: ["kommer inte vara kvar till min födelsedag", "wont be here until christmas"],
  },
  {
    id: "suicide.gone-soon", level: "crisis", category: "suicide", pattern: "NOT_STILL_HERE +3 NEAR_END", negation: "in-pattern",
    unless: [...STORY, "TRAVEL", "MOVING", "ELSEWHERE", "KVAR_PLACE", "THING_SUBJ", "ARRIVES_BY"],
    why:
      "Not being here any more by tomorrow, after tonight, next week or soon (\"finns nog inte kvar imorgon\", \"e inte kvar här " +
      "länge till\", \"might not be here much longer\"): a passive wish to be gone told as a fact about the near future. A tester's " +
      "\"vet inte om jag finns kvar imorgon\" was missed while a crisis flag already stood. Not when a place or an errand is named " +
      "(\"im not gonna be around tomorrow, at my dads\", \"inte kvar på jobbet nästa vecka\"), a thing is the subject (\"jobbet finns " +
      "nog inte kvar\") or someone comes later (\"wont be here until tomorrow\"): an absence. A reason that is no place (\"tired of " +
      "everything\") cancels nothing: a crisis reply asked in doubt costs less than a farewell missed.",
    examples: [
      "finns nog inte kvar imorgon", "kanske inte finns kvar nästa vecka", "jag kommer inte finnas kvar snart", "e inte kvar här länge till",
      "i wont be around tomorrow", "might not be here much longer", "not gonna be around after tonight",
    ],
  },
  {
    id: "suicide.unsure-still-here", level: "crisis", category: "suicide", pattern: "DOUBT_IF +1 I_STILL_HERE +3 NEAR_END", negation: "in-pattern",
    unless: [...STORY, "TRAVEL", "MOVING", "ELSEWHERE", "KVAR_PLACE"],
    why:
      "Not knowing whether one will still be here tomorrow (\"vet inte om jag finns kvar imorgon iaf\", \"idk if ill still be here " +
      "next week\"): the same passive wish as suicide.gone-soon, told as a doubt. The writer must be the one in doubt: \"vet inte om " +
      "jobbet finns kvar imorgon\" is about a job.",
    examples: ["vet inte om jag finns kvar imorgon iaf", "idk if ill still be here next week", "undrar om ja e kvar nästa vecka"],
  },
  {
    id: "suicide.rid-of-me", level: "crisis", category: "suicide", pattern: "RID_OF_ME", unless: [...PLAY, "TRAVEL", "WORK"],
    why: "Everyone will be rid of the writer: being a burden, with an end in view.",
    examples: ["sen slipper alla mig", "soon youll all be rid of me", "snart slipper ni mig för alltid"],
  },
  {
    id: "suicide.walk-into-water", level: "crisis", category: "suicide", pattern: "WATER_BODY*2 + WALK_INTO*2 + INTEND + TIME_SOON >= 5", needs: ["WATER_BODY", "WALK_INTO"],
    unless: [...PLAY, "SWIM", "TRAVEL", "LEAP_SAFE", "PLACE_TO_GO"],
    why: "Intending to walk into the water: drowning as a plan, told as a walk.",
    examples: ["vattnet ser så lugnt ut härifrån. tänker gå i", "the river looks so calm, gonna walk into it"],
  },
  {
    id: "suicide.on-the-tracks", level: "crisis", category: "suicide", pattern: "ON_TRACKS*2 + TRAIN_COMING*2 + LOCATED + TIME_SOON >= 4", needs: ["ON_TRACKS"],
    unless: [...PLAY, "TOPIC"],
    why: "Down on the tracks waiting for the next train: a place and a means, not a platform.",
    examples: ["är nere på spåret och väntar på nästa tåg", "sitting on the tracks waiting for the next train"],
  },
  {
    id: "suicide.pills-counted", level: "crisis", category: "suicide", pattern: "COUNTED*2 + PILLS*2 + ENOUGH*2 >= 6", unless: [...STORY, "ROUTINE", "SUPPLY_FOR"],
    why: "Pills counted to see that they are enough: means gathered and measured.",
    // "har räknat tabletterna. det räcker" is also suicide.pills-recounted's (round 9).
    examples: ["räknade pillren, borde räcka", "har räknat tabletterna. det räcker"],
  },
  {
    id: "suicide.doing-it-sorry", level: "crisis", category: "suicide", pattern: "DO_IT*2 + TIME_SOON + CANT_BEAR + ANYMORE + LOVE_SORRY*2 >= 6", needs: ["DO_IT"],
    negation: "in-pattern", unless: [...PLAY, "TRAVEL"],
    why: "Doing \"it\" tonight, can't go on, sorry: a plan and an apology, the act left unnamed.",
    examples: ["ikväll gör jag det. orkar inte mer. förlåt"],
  },
  {
    id: "suicide.way-to-die", level: "crisis", category: "suicide", pattern: "{WAY_TO DIE_SV|DIE_EN|DEATH} ~5", unless: [...PLAY, "TOPIC", "FIGURE"],
    why: "Asking for the least painful or quickest way to die is looking for a method.",
    examples: ["whats the least painful way to die", "vad är det snabbaste sättet att dö"],
  },
  {
    id: "self-harm.hurts-self", level: "crisis", category: "self-harm", pattern: "SELF_INJURE*2 + WORSE + UNTIL_HURT*2 + RELAPSE + WEAPON|BLADE*2 >= 4", needs: ["SELF_INJURE"],
    unless: [...STORY, "RECOVERED", "JOKE", "GAME"],
    why: "Biting, punishing or hitting oneself until it bleeds or bruises, or with a knife: self-harm without its names.",
    examples: ["bet mig själv i armen tills det blev blått igen", "straffar mig själv med kniven när jag misslyckas", "i punch walls till my knuckles bleed, did it again"],
  },
  {
    id: "self-harm.fresh-marks", level: "crisis", category: "self-harm", pattern: "{FRESH LINES|WOUND SELF_BODY} ~5", unless: ["ACCIDENT", ...STORY, "RECOVERED", "GAME", "MARK_CAUSE"],
    why: "New lines or marks on the thigh or arm: fresh self-harm told by what it left.",
    examples: ["har nya streck på låret", "got new lines on my thighs"],
  },
  {
    id: "self-harm.old-way", level: "crisis", category: "self-harm", pattern: "OLD_WAY*2 + SELF_BODY + SHOWS >= 4", needs: ["OLD_WAY", "SELF_BODY"], unless: [...STORY, "RECOVERED"],
    why: "Gone back to an old way of coping that shows on the wrists: a relapse told without naming it.",
    examples: ["har återgått till gamla vanor, det syns på handlederna"],
  },
  {
    id: "self-harm.only-relief", level: "crisis", category: "self-harm", pattern: "{SH|SELF_HARM_TALK|CUT ONLY_HELPS} ~8", unless: [...STORY, "RECOVERED"],
    why: "Self-harm as the only thing that helps: it is happening, and there is no other way of coping now.",
    examples: ["sh is the only thing that helps rn", "cutting is the only way to cope"],
  },
  {
    id: "overdose.medicine-cabinet", level: "crisis", category: "overdose", pattern: "TOOK + MED_STORE*2 + WHAT_WAS_THERE*2 >= 5", needs: ["MED_STORE"], unless: [...STORY, "ROUTINE"],
    why: "Taking whatever the medicine cabinet held: an overdose told without a count or a name.",
    examples: ["tog det som fanns i badrumsskåpet", "took everything in the medicine cabinet"],
  },
  {
    id: "overdose.count-apart", level: "crisis", category: "overdose", pattern: "TOOK + PILLS*2 + PILL_COUNT*2 >= 5 ~8", needs: ["PILL_COUNT"], unless: [...STORY, "ROUTINE"],
    why: "Pills taken and their count in the next fragment (\"tog tabletter. 25 st\"): the count told apart, as in a check-in.",
    examples: ["1. tog tabletter. 25 st", "tog piller igår. 20 stycken", "tog tabletter. typ 30 styck"],
  },
  {
    id: "overdose.taken-with-signs", level: "crisis", category: "overdose", pattern: "TOOK + PILLS*2 + SYMPTOM|SEE_DOUBLE*2 + DARE >= 5", needs: ["PILLS"], unless: [...STORY, "ROUTINE"],
    why: "Pills taken and the body reacting (vomiting, seeing double): an overdose to treat now, whatever the count.",
    examples: ["kräks efter tabletterna jag tog, vågar inte säga till nån", "tog xanor o oxy, ser dubbelt"],
  },
  {
    id: "violence.veiled-threat", level: "crisis", category: "violence", pattern: "VEILED_THREAT*2 + KNOW_WHERE*2 + IF|IF_I_DONT + OTHERS >= 4", needs: ["VEILED_THREAT"],
    who: "anyone", unless: PLAY,
    why: "\"Something will happen if I go out\", \"they'll burn the house down\", with where the writer lives: a threat to act on.",
    examples: ["de vet var jag bor och ska bränna ner huset", "he said something will happen if i go out"],
  },
  {
    id: "violence.armed-threat", level: "crisis", category: "violence", pattern: "OTHERS|GANG +4 ARMED_ACT +1 SELF_OBJ", who: "anyone", unless: PLAY,
    why: "Someone going to stab or shoot the writer, \"when I leave\" included: unlike \"kill\", these are no figure of speech, so a condition does not soften them.",
    examples: ["some guys said theyre gonna stab me when i leave the gym", "de ska knivhugga mig när jag går hem", "they said theyll shoot me when i get out"],
  },
  {
    id: "crime-coercion.gang-phone", level: "crisis", category: "crime-coercion", pattern: "GANG_PHONE*2 + IF_I_DONT*2 + GANG >= 5 ~16", needs: ["GANG_PHONE", "IF_I_DONT"],
    who: "anyone", unless: PLAY,
    why: "A phone handed out that must be answered \"or else\": on call for those who give the orders.",
    examples: ["they gave me en telefon o sa jag måste svara när den ringer, annars"],
  },
  {
    id: "abuse-at-home.next-time-me", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME + NEXT_TIME_ME*2 + HIT|WEAPON|THREAT*2 >= 5 ~20", needs: ["NEXT_TIME_ME"], who: "anyone", unless: PLAY,
    why: "A parent's violence that missed, with \"next time it's you\": a threat at home.",
    examples: ["my dad just punched a hole in the wall next to my head and said next time its me", "pappa slog i bordet o sa nästa gång är det du"],
  },
  {
    id: "abuse-at-home.drunk-hits-apart", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME*2 + DRUNK + HIT*2 >= 5 ~6", who: "anyone", unless: [...PLAY, "DOOR"],
    why: "A parent drunk and hitting, told in fragments (\"pappa full igen. slog\"): violence at home in a check-in's shorthand.",
    examples: ["3. pappa full igen. slog"],
  },
  {
    id: "abuse-at-home.hears-it", level: "crisis", category: "abuse-at-home", pattern: "OTHERS +1 HIT +2 FAMILY_HOME +4 HEAR_IT", who: "anyone", unless: [...PLAY, "DOOR"],
    why: "Someone hitting a parent or sibling, heard through the wall: the writer is witness and in danger (the abuser named first, unlike abuse-at-home.witnessed).",
    examples: ["han slår mamma just nu, hör det genom väggen", "he hits my sister again, i can hear it"],
  },
  {
    id: "sexual-abuse.night-visits", level: "crisis", category: "sexual-abuse", pattern: "{FAMILY_HOME|ADULT|OTHERS ENTERS_ROOM NIGHT_TIME} ~14", who: "anyone", unless: STORY,
    why: "Someone coming into the writer's room at night: abuse told the way children tell it.",
    examples: ["min styvpappa kommer in på mitt rum på nätterna", "my stepdad comes into my room at night"],
  },
  {
    id: "sexual-abuse.woke-on-top", level: "crisis", category: "sexual-abuse", pattern: "{WOKE ON_TOP} ~10", who: "anyone", unless: [...STORY, "PET", "JOKE"],
    why: "Waking up with someone on top of one: assault while asleep.",
    examples: ["i woke up and he was on top of me", "vaknade av att han låg på mig"],
  },
  {
    id: "sexual-abuse.did-not-stop", level: "crisis", category: "sexual-abuse", pattern: "{SAID_NO DIDNT_STOP} ~12", who: "anyone", negation: "in-pattern", unless: [...PLAY, "NAGGING"],
    why: "Saying no and someone not stopping: an assault told by the refusal.",
    examples: ["he didnt stop när jag sa nej", "jag sa nej, han slutade inte"],
  },
  {
    id: "acute-danger.out-in-cold", level: "crisis", category: "acute-danger", pattern: "KICKED_OUT*2 + FREEZING*2 + NOWHERE*2 + PHONE_LOW*2 + NO_JACKET*2 >= 6", needs: ["FREEZING"],
    who: "anyone", unless: [...PLAY, "TRAVEL"],
    why: "Thrown out into the freezing cold with nowhere to go or no jacket: a night outside can kill.",
    examples: ["got kicked out, its minus 10 and i have nowhere to go tonight", "blev utkastad, står ute i snön utan jacka"],
  },
];
