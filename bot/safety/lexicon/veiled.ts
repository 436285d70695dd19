// Words for crisis told in passing, the way round 3's writer heard it: a letter left where the family
// will find it, things and money given away "since I won't need them", the last time anyone hears
// from you, pills counted or lined up, whatever the medicine cabinet held, hurting oneself without the
// words for self-harm (biting, punishing oneself, punching walls until they bleed), veiled threats,
// someone coming into one's room at night, out in the cold with nowhere to go. Each means little
// alone; the rules (../rules/veiled-rules.ts) say which combinations matter. Read entries as
// described in people.ts.
export const veiled = {
  /** Where a letter is left to be found. */
  LEFT_WHERE: ["under hennes kudde", "under hans kudde", "hon hittar det", "ligger i", "ligger under", "ligger på", "under kudden", "översta lådan", "on my desk", "under my pillow", "in my drawer", "på köksbordet", "on the kitchen table"],
  /** Giving, handing over. */
  GIVE_VERB: ["giving", "ger", "gav", "gett", "gave"],
  /** One's money or savings, emptied or handed on. */
  MY_MONEY: ["pengarna", "my money", "my savings", "mina pengar"],
  /** Wondering what becomes of one's things afterwards. */
  THINGS_AFTER: ["vad som ska hända med mina saker", "vad som händer med mina saker", "what happens to my stuff", "what happens to my things", "who gets my stuff", "vem som får mina saker"],
  /** Someone to have one's things. */
  INHERIT: [ "ska min katt till", "min katt ska till", "fick datorn", "får datorn", "kan få min", "ska få min", "ska ärva", "can have my", "should have my", "gets my", "inherit*"],
  /** Moving house: what happens to one's things then is ordinary. */
  MOVING: ["flyttar", "flytten", "flyttlass*", "moving", "the move"],
  /** If the writer were gone. */
  IF_I_GONE: ["om jag försvinner", "if i go away", "om jag dör", "om jag inte fanns", "ifall jag inte fanns", "om jag var borta", "om jag försvann", "om jag dog", "if i wasnt here", "if i was gone", "if i died", "if i disappeared", "if i didnt exist"],
  /** For everyone. */
  FOR_ALL: ["för alla"],
  /** Affairs put in order. */
  ARRANGED: ["ordnat det mesta", "ordnat allt", "fixat allt", "sorted everything", "affairs in order"],
  /** The last one of something. */
  LAST_ONE: ["sista gången", "sista inlägg*", "last time", "last post", "final post", "last message"],
  /** Hearing from the writer. */
  HEAR_FROM_ME: ["hör från mig", "hör av mig", "hear from me", "hearing from me"],
  /** Publishing, posting. */
  PUBLISH: ["publicera", "posta", "lägga upp", "post it", "hit post", "hit send"],
  /** "You'll know why". */
  YOU_KNOW_WHY: ["vet ni varför", "vet du varför", "ni vet varför", "du vet varför", "youll know why", "you know why", "you will know why"],
  /** Not answering, not showing up. */
  NO_ANSWER: ["inte svarar", "svarar inte", "dont answer", "dont reply", "dont hear from me", "inte hör av mig", "inte dyker upp", "dont show up"],
  /** A date or occasion the writer will not live to see. */
  UNTIL_EVENT: ["till min födelsedag", "till jul", "till sommaren", "until my birthday", "till my birthday", "until christmas", "till christmas", "until summer"],
  /**
   * Not being here any more, said ahead ("finns nog inte kvar", "e inte kvar här", "wont be around",
   * "might not be here"): with a near time, a passive wish to be gone (suicide.gone-soon). Not "vara
   * borta" or "inte vara här", which are as often a trip.
   */
  NOT_STILL_HERE: [
    "inte finnas kvar", "inte finns kvar", "inte vara kvar", "inte va kvar", "inte kvar", "wont be around", "not be around",
    "not gonna be around", "wont be here", "not be here", "not gonna be here", "wont still be here", "not still be here",
    "wont be alive", "not be alive",
  ],
  /** Still being here, said of oneself ("jag finns kvar", "ill still be here"): doubted, a passive wish to be gone. */
  I_STILL_HERE: [
    "jag finns kvar", "ja finns kvar", "jag är kvar", "ja är kvar", "jag kommer finnas kvar", "jag kommer vara kvar", "jag lever", "ja lever",
    "ill be here", "ill be around", "ill still be here", "ill still be around", "i will be here", "i will be around", "i will still be here",
    "ill be alive", "ill still be alive", "im still here", "im still around",
  ],
  /** Not knowing whether: "vet inte om", "idk if". */
  DOUBT_IF: ["vet inte om", "vet ej om", "vet inte ens om", "osäker på om", "undrar om", "dont know if", "dunno if", "idk if", "not sure if", "not sure", "who knows if"],
  /** A near time to be gone by: tomorrow, after tonight, next week, soon, (not) much longer. */
  NEAR_END: [
    "imorgon", "imorn", "i morgon", "i morn", "tomorrow", "tmrw", "tmr", "ikväll", "i kväll", "tonight", "inatt", "i natt",
    "nästa vecka", "next week", "snart", "soon", "länge till", "så länge", "mycket längre", "much longer", "long", "efter helgen",
    "after the weekend", "nästa månad", "next month",
  ],
  /** Everyone being rid of the writer. */
  RID_OF_ME: ["dom slipper mig", "de slipper mig", "slipper alla mig", "alla slipper mig", "slipper ni mig", "slipper mig för alltid", "rid of me", "free of me"],
  /** Water one could walk into. */
  WATER_BODY: ["isen", "vattnet", "sjön", "älven", "havet", "kanalen", "the water", "the river", "the lake", "the sea", "the canal"],
  /** Walking into it. */
  WALK_INTO: ["fortsätta gå", "keep walking", "gå i", "gå ut i", "gå ner i", "walk into", "walk in", "go in"],
  /** Places one goes into that are no water: "gå i skolan", "gå i säng". */
  PLACE_TO_GO: ["skolan", "school", "kyrkan", "church", "pension", "säng*", "bed"],
  /** Swimming: going into the water for its own sake. */
  SWIM: ["bada", "badar", "simma", "simmar", "simmade", "simmat", "dopp", "swim*", "bath*"],
  /** Down on the tracks rather than on the platform. */
  ON_TRACKS: ["on the train tracks", "på tågspåret", "nere vid spåret", "nere på spåret", "på spåren", "on the tracks", "by the tracks", "på rälsen"],
  /** The next train coming. */
  TRAIN_COMING: ["nästa tåg", "next train", "tåget kommer", "train comes", "the train to come"],
  /** Pills counted. */
  COUNTED: ["räknat", "räknade", "counted", "counting"],
  /** That it will be enough. */
  ENOUGH: ["det räcker", "borde räcka", "kommer räcka"],
  /** Pills counted for how long they last: a supply, not a dose. */
  SUPPLY_FOR: ["till en vecka", "till nästa vecka", "till månaden", "for a week", "for the week", "for the month", "refill", "recept*", "förnya"],
  /** A question about a way to die. */
  WAY_TO: ["least painful way",  "easiest way", "quickest way", "fastest way", "best way", "smärtfritt", "minst smärtsamma", "snabbaste sättet", "enklaste sättet", "bästa sättet"],
  /** Punishing or hurting oneself without the words for self-harm. */
  SELF_INJURE: [ "straffade mig själv", "punished myself", 
    "straffar mig själv", "punish myself", "punishing myself", "bet mig själv", "biter mig själv", "bite myself", "bit myself", "punch myself", "klöser mig", "river mig själv", "punch walls", "punched the wall", "slår i väggen"],
  /** Until it bruises (until it bleeds is self-harm talk on its own). */
  UNTIL_HURT: ["tills det blev blått", "tills det blir blått", "until it bruises", "till it bruises", "tills jag får blåmärken"],
  /** Fresh marks. */
  FRESH: ["nya", "new", "fresh", "färska"],
  /** Marks with an ordinary cause: a jab, a tattoo. */
  MARK_CAUSE: ["vaccin*", "sprutan", "tatuering*", "tattoo*", "läkaren", "doctor", "myggbett", "bites"],
  /** Lines or stripes: marks on the body told as lines. */
  LINES: ["streck", "strecken", "lines"],
  /** An old way of coping gone back to. */
  OLD_WAY: ["gammalt sätt att hantera", "gamla sätt", "old ways", "old coping", "old habit", "gamla vanor", "återgått till", "gone back to"],
  /** Something that shows. */
  SHOWS: ["syns", "shows", "visible", "långärmat", "long sleeves"],
  /** Self-harm as the only relief. */
  ONLY_HELPS: ["only thing that helps", "enda som hjälper", "only way to cope", "enda sättet att hantera", "helps me cope", "only thing that works"],
  /** Taking all there was. */
  WHAT_WAS_THERE: ["det som fanns", "allt som fanns", "everything in", "whatever was in", "whatever was there", "allt i"],
  /** Where medicine is kept. */
  MED_STORE: ["the cabinet", "skåpet", "badrumsskåpet", "medicinskåpet", "medicine cabinet", "medicinlådan", "medicine drawer", "mammas mediciner"],
  /** A count of tablets told as a unit ("25 st"). */
  PILL_COUNT: ["@many st", "@many stycken", "@many styck"],
  /** A threat left vague. */
  VEILED_THREAT: [
    "kommer att hända något", "kommer hända något", "något kommer hända", "something will happen", "something bad will happen", "come for my family",
    "come for me", "komma efter mig", "bränna ner", "burn down", "tända eld på", "set fire to", "du kommer ångra",
  ],
  /** Stabbing or shooting: acts with a weapon, never a figure of speech. */
  ARMED_ACT: ["stab", "stabba", "knivhugga", "shoot", "shank"],
  /** A phone handed out by those giving the orders. */
  GANG_PHONE: ["en telefon", "a phone", "burner", "jobbtelefon*", "jobbluren"],
  /** Next time it is the writer. */
  NEXT_TIME_ME: ["next time its me", "next time its you", "next time it will be you", "nästa gång är det du", "nästa gång är det dig", "nästa gång blir det du", "nästa gång är det mig"],
  /** Hearing it happen. */
  HEAR_IT: ["hör det", "hör hur", "hör dem", "hear it", "can hear", "genom väggen", "through the wall"],
  /** A door slammed: "slog" about a door is no blow. */
  DOOR: ["dörr*"],
  /** Coming into the writer's room. */
  ENTERS_ROOM: ["kommer in på mitt rum", "kommer in i mitt rum", "kommer in till mig", "comes into my room", "came into my room", "smyger in"],
  /** At night, or while the writer sleeps. */
  NIGHT_TIME: ["på nätterna", "på natten", "at night", "när jag sover", "while i sleep", "when im asleep"],
  /** Waking up. */
  WOKE: ["woke up", "vaknade", "when i was asleep", "när jag sov"],
  /** Someone on top of the writer. */
  ON_TOP: ["on top of me", "ovanpå mig", "låg på mig", "lay on me"],
  /** Pets, who also lie on people. */
  PET: ["katten", "hunden", "the cat", "the dog", "my cat", "my dog"],
  /** Saying no. */
  SAID_NO: ["sa nej", "said no", "told him no", "told him to stop", "sa stopp", "bad honom sluta", "asked him to stop"],
  /** Not stopping. */
  DIDNT_STOP: ["didnt stop", "wouldnt stop", "slutade inte", "fortsatte ändå", "kept going"],
  /** Nagging or teasing, which also "did not stop when I said no". */
  NAGGING: ["tjata*", "teasing", "tease", "nagging", "asking", "texting", "kittling", "kittla", "tickling"],
  /** Thrown out of home. */
  KICKED_OUT: ["kicked out", "utkastad", "utslängd", "slängde ut mig", "kastade ut mig", "threw me out", "utelåst"],
  /** Freezing cold outside. */
  FREEZING: ["minus", "minusgrader", "fryser", "freezing", "snön", "snow", "kallt ute", "cold outside", "below zero"],
  /** Nowhere to go. */
  NOWHERE: ["nowhere to go", "ingenstans att ta vägen", "ingenstans att gå", "ingenstans att sova", "nowhere to sleep"],
  /** Without warm clothes. */
  NO_JACKET: ["utan jacka", "utan skor", "no jacket", "without a jacket", "no shoes"],
};
