// Crisis said sideways, as the cross-validated misses of rounds 1 to 8 and round 9's training writer
// (round9-train-i) said it: farewell acts told as chores, a plan told by its date, being a cost soon
// gone, not wanting to wake "or any day", the way down weighed, and self-harm told by what it needs and
// leaves. Most are scoring rules over the whole message, because these messages put the act and the
// sign of it in different sentences ("gave my guitar to my cousin today. he was so happy lol. i wont
// need it"). Each rule's `why` is the reason it exists; its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "MEDIA", "NEWS", "TOPIC"];
const SELF_STORY = ["MEDIA", "NEWS", "TOPIC", "RECOVERED"];
// Where it was done ("på lektionen") is no talk about it in class.
const BODY_STORY = ["MEDIA", "NEWS", "RECOVERED"];

export const round9Rules: RuleSpec[] = [
  // Farewell acts.
  {
    id: "suicide.gave-away-settled", level: "crisis", category: "suicide",
    pattern: "HANDED_OVER|PET_REHOMED*2 + OWN_THING + WONT_NEED*2 + COVER_STORY*2 + ALL_SETTLED*2 >= 5",
    needs: ["HANDED_OVER|PET_REHOMED", "WONT_NEED|COVER_STORY|ALL_SETTLED"], who: "anyone", negation: "in-pattern",
    unless: [...STORY, "MOVING", "TRAVEL", "MONEY_REASON"],
    why: "Things given away, a pet rehomed or subscriptions cancelled, and then: won't need it, she doesn't know why, it feels calm now, nothing left to fix. Farewell acts told as chores.",
    examples: [
      "gave my guitar to my cousin today. he was so happy lol. i wont need it", "lol kusin flippade när han fick min ps5 idag. behöver den inte längre ändå",
      "delade ut mina kläder till syrran idag sa att jag skulle rensa. hon vet inte", "cancelled my phone contract, gave my cat to my neighbour. feels weirdly calm",
      "Jag har sett till att katten får ett nytt hem. Det känns lugnt nu",
    ],
  },
  {
    id: "suicide.cancelled-settled", level: "crisis", category: "suicide", pattern: "CANCELLED_SUBS*2 + ALL_SETTLED*2 + HANDED_OVER|PET_REHOMED*2 + COVER_STORY*2 >= 4",
    needs: ["CANCELLED_SUBS"], who: "anyone", unless: [...STORY, "MOVING", "TRAVEL", "MONEY_REASON"],
    why: "Subscriptions, the phone contract or the gym card cancelled, the key left with a neighbour, and it feels calm now: affairs wound up, told as errands.",
    examples: ["avslutade spotify o gymkortet idag, städade rummet o bäddade. känns lugnt nu faktiskt", "sa upp mobilabonnemanget o lämnade nyckeln till grannen. om nån frågar så vet du"],
  },
  {
    id: "suicide.who-gets-what", level: "crisis", category: "suicide", pattern: "GETS_MINE*2 + OWN_THING + AFTER_ME*2 + PASSCODE*2 + ALWAYS_WANTED*2 + WILL_LIST*3 >= 4",
    needs: ["GETS_MINE|WILL_LIST"], who: "anyone", unless: [...STORY, "MOVING"],
    why: "Who gets the PS5, the phone's code, a will or a list of what happens to one's things when one is dead: a farewell written as arrangements.",
    examples: [
      "started writing who gets what. my headphones go to jonas", "min lillasyster får min telefon sen. säg åt henne att koden e 1408",
      "ge min playstation till amir om nåt händer mig. han vet koden", "lillasyster får mitt rum sen. hon har alltid velat ha det", "kan nån ta hand om min hund om jag inte finns. hon heter nala", "har skrivit i anteckningar vem som ska få min ps5 o min katt. datum e satt",
    ],
  },
  {
    id: "suicide.own-funeral", level: "crisis", category: "suicide", pattern: "{CHOSE OWN_FUNERAL} ~14", unless: ["NEWS", "TOPIC"],
    why: "Choosing the songs for one's own funeral or writing one's own funeral speech: planning one's death, often with a \"lol\" that is not one.",
    examples: ["skrev i anteckningar vilka låtar jag vill ha på min begravning lol. inte skämt egentligen", "i picked the songs for my funeral"],
  },
  {
    id: "suicide.deleted-for-good", level: "crisis", category: "suicide", pattern: "DELETED_ALL*2 + GONE_SIGNAL*2 + WROTE_LETTER*2 >= 4", needs: ["DELETED_ALL"],
    unless: [...STORY, "MOVING"],
    why: "Every account deleted with a goodbye for good, letters, or \"only the rest left\": clearing oneself away before dying.",
    examples: ["raderar alla mina konton nu. hejdå för gott allihopa", "raderat alla mina konton idag. kändes skönt. snart e det bara resten kvar", "deleted all my socials and wrote letters to my sisters"],
  },
  {
    id: "suicide.letters-just-in-case", level: "crisis", category: "suicide", pattern: "WROTE_LETTER*2 + FOR_EVERYONE*2 + JUST_IN_CASE*2 + ALL_SETTLED*2 + THANKS_ALL >= 4",
    needs: ["WROTE_LETTER"], unless: [...STORY, "MOVING", "TRAVEL", "WORK", "STUDY_END"],
    why: "Letters written for everyone, or a note \"just in case\", and a strange calm: a suicide note told as an errand.",
    examples: ["wrote letters for everyone today, feels weirdly calm", "writing a note rn, just in case. idk if ill need it. probably", "wrote a note on my phone just in case. idk. its saved in drafts"],
  },
  {
    id: "suicide.scheduled-message", level: "crisis", category: "suicide", pattern: "SCHEDULED*2 + LATER_UNDERSTAND*2 + FAMILY|FAMILY_HOME*2 >= 4", needs: ["SCHEDULED"],
    who: "anyone", unless: [...STORY, "WORK"],
    why: "A message scheduled to reach a sister or a father later, \"she'll understand then\": a farewell timed for after.",
    examples: ["skrev ett sms till syrran som skickas imorgon kl 8, schemalagt. hon kommer fatta sen", "har ställt in ett mejl med schemalagt utskick till pappa på söndag morgon"],
  },
  // A plan told by its logistics.
  {
    id: "suicide.day-decided", level: "crisis", category: "suicide", pattern: "DECIDED_DAY*2 + WHEN_NOBODY*2 + NOT_SURPRISE*2 + BY_THEN >= 4", needs: ["DECIDED_DAY"],
    unless: [...STORY, "MOVING", "TRAVEL", "STUDY_END"],
    why: "A day decided, next Friday when everyone is at work: a plan told by its date.",
    examples: ["btw har bestämt vilken dag, blir nog nästa fredag när alla e på jobbet", "I have decided on a date. I wanted to tell someone so it is not a surprise for everyone. It is the 14th."],
  },
  {
    id: "suicide.over-by-then", level: "crisis", category: "suicide", pattern: "ALL_OVER*2 + BY_THEN + DECIDED*2 + PLAN_MADE*2 + FOR_MY_PART*2 + HEAR_FROM_ME*2 >= 5",
    needs: ["ALL_OVER"], unless: [...STORY, "STUDY_END", "GAME"],
    why: "After the weekend, in a week, it is over; decided, planned, over for my part: the end told as a date, not as death.",
    examples: ["har liksom planned it out, efter helgen så e det över", "om en vecka e allt över. har bestämt mej", "vet inte varför jag ens skriver hit. det e ändå över snart för min del"],
  },
  {
    id: "suicide.plan-made", level: "crisis", category: "suicide", pattern: "PLAN_MADE*2 + WHEN_NOBODY*2 + ALL_I_NEED*2 + CALM_NOW|ALL_SETTLED*2 >= 4", needs: ["PLAN_MADE|ALL_I_NEED"],
    unless: [...STORY, "TRAVEL", "MOVING", "WORK", "STUDY_END"],
    why: "The plan is ready, only waiting for mum to leave for work, everything needed is in the shed: a plan with its means and its moment.",
    examples: ["min plan e klar, behöver bara vänta tills mamma åkt till jobbet", "ja vet hur ja ska gora de nu. har repe o allt hemma. min plan e klar", "tbh im just waiting for the right moment. got everything i need out in the shed. i have a plan now"],
  },
  {
    id: "suicide.moment-chosen", level: "crisis", category: "suicide", pattern: "THE_MOMENT*2 + ALL_I_NEED*2 + SAID_BYE*2 >= 4", needs: ["THE_MOMENT"], unless: [...STORY, "GAME+JOKE"],
    why: "Tonight's the night, waiting for the right moment, with the goodbye already said or everything needed at hand.",
    examples: ["tonights the night bro. already said bye to the squad. gg", "tbh im just waiting for the right moment. got everything i need out in the shed"],
  },
  {
    id: "suicide.no-more-meetings", level: "crisis", category: "suicide", pattern: "NO_MORE_NEED*2 + ARRANGED_ALL*2 + BY_THEN + THANKS_ALL|THANKS_CARED + BURDEN_SORRY*2 >= 3",
    needs: ["NO_MORE_NEED"], negation: "in-pattern", unless: [...STORY, "WORK", "MOVING", "STUDY_END"],
    why: "Won't need any more meetings, everything is arranged; you can stop checking on me after this week: leave-taking from the service itself.",
    examples: ["Jag vill bara meddela att jag inte kommer att behöva fler möten. Jag har ordnat allt.", "kommer inte behöva nån plan efter helgen", "sorry for being such a mess all the time. you can stop checking on me after this week, it wont be needed"],
  },
  // Places and means.
  {
    id: "suicide.fall-measured", level: "crisis", category: "suicide", pattern: "FALL_MEASURE|HIGH*2 + WORKS_ENOUGH*2 + FALL_PLACE + AT_PLACE_NOW*2 >= 4 ~20",
    needs: ["FALL_MEASURE|HIGH", "WORKS_ENOUGH|AT_PLACE_NOW"], who: "anyone", unless: [...PLAY, "LEAP_SAFE", "PASSING_BY"],
    why: "How high a bridge must be for it to work, how many floors, 27 metres is enough: a fall weighed, in numbers.",
    examples: ["hur hög måste en bro va för att det ska funka", "nån som vet hur högt man måste hoppa för att det ska funka", "i keep googling how many floors you need", "kollade hur högt det är från parkeringshuset vid coop. det räcker"],
  },
  {
    id: "suicide.dying-asked", level: "crisis", category: "suicide", pattern: "HURT_OR_LONG*2 + DYING_VERB*2 >= 4 ~14", negation: "in-pattern", unless: [...PLAY, "SEDATED", "SWIM"],
    why: "Does it hurt to jump, how long does it take to drown, what happens if you just don't wake up: a way of dying asked about as a plain question.",
    examples: ["how long does it take to drown", "ok weird question but does it hurt to jump from like the 9th floor", "vad händer om man inte vaknar? typ rent kroppsligt, gör det ont"],
  },
  {
    id: "suicide.at-the-tracks", level: "crisis", category: "suicide", pattern: "AT_PLACE_NOW|TRAIN_TIMES*2 + NOT_STEP_BACK|NOT_TO_RIDE*2 + TRAIN_WORD|EDGE_PLACE|FALL_PLACE + TRAIN_COMING >= 4",
    needs: ["AT_PLACE_NOW|TRAIN_TIMES", "NOT_STEP_BACK|NOT_TO_RIDE"], negation: "in-pattern", unless: [...STORY, "WAIT_TRAIN"],
    why: "At the platform, the tracks, the silo or the bridge, not stepping back, staying too long, looking up the train times \"not to catch one\": a plan by a place.",
    examples: ["e pa perrongen. nasta tag kommer om 4 min o jag tanker inte kliva undan", "looked up train times at the crossing. not to catch one lol", "tänker på tågen varje gång jag står på perrongen. idag stod jag för nära med flit", "at the bridge rn. its so quiet here. sorry for bothering"],
  },
  {
    id: "suicide.step-in-front", level: "crisis", category: "suicide", pattern: "STEP_FRONT +3 VEHICLE", unless: [...STORY, "MISHAP"],
    why: "Thinking about stepping in front of the bus or the train: a way chosen, told as a thought.",
    examples: ["i keep thinking about stepping in front of the bus every morning. today it felt really close", "i keep thinking about stepping in front of the train. today i almost did"],
  },
  {
    id: "suicide.run-over-wish", level: "crisis", category: "suicide", pattern: "WISH +4 RUN_OVER_ME", unless: [...PLAY],
    why: "Wishing the bus would just run one over.",
    examples: ["önskar att bussen bara körde på mig idag. skulle va skönt ärligt talat"],
  },
  {
    id: "suicide.water-act", level: "crisis", category: "suicide", pattern: "WATER_ACT", unless: [...STORY, "SWIM"],
    why: "Stones in the pockets, going to the river and thinking of jumping, walking into the lake: drowning planned or begun.",
    examples: ["gick ner till sjön med fickorna fulla av stenar men vände. ska nog tillbaka imorgon", "idag jag gick till älven. vatten mycket kallt. jag tänkte hoppa", "kinda want to walk into the lake and just keep walking"],
  },
  {
    id: "suicide.hose-taped", level: "crisis", category: "suicide", pattern: "HOSE", who: "anyone", unless: [...STORY],
    why: "A hose taped to the exhaust, the engine running: carbon monoxide in a car, call 112.",
    examples: ["sitter i bilen vid kraftverksdammen. motorn går. har tejpat slangen. ville ba säga det till nån"],
  },
  // A burden soon gone.
  {
    id: "suicide.better-without", level: "crisis", category: "suicide", pattern: "IF_I_WERENT|MATHS*2 + BETTER_OFF*2 >= 4 ~16", needs: ["BETTER_OFF"], who: "anyone", negation: "in-pattern",
    unless: [...STORY, "MOVING", "TRAVEL", "GAME"],
    why: "Cheaper, easier, relieved, the debts gone, if the writer did not exist: the wish to be dead told as arithmetic for others.",
    examples: ["de vore billigare om jag inte fanns haha", "mamma skulle ha det lättare utan mej. en mindre mun att mätta", "the debt, the drama, all of it goes away if i go away. simple maths", "my mum would cry for like a week and then her life would be easier. that's just maths"],
  },
  {
    id: "suicide.soon-rid-of-me", level: "crisis", category: "suicide", pattern: "SOON_RID", unless: [...STORY, "WORK", "STUDY_END", "MOVING", "TRAVEL", "THE_TEXTS"],
    why: "You'll soon be rid of me, won't be a problem much longer, one less mouth to feed: a burden announcing its end.",
    examples: ["sorry för att jag alltid e så jobbig. snart slipper ni 🙂", "sorry for being so much. won't be a problem much longer", "im done being everyone's problem. tonight i fix it for good"],
  },
  {
    id: "suicide.insurance", level: "crisis", category: "suicide", pattern: "{INSURANCE FAMILY|FAMILY_HOME|BETTER_OFF|USEFUL} ~10", who: "anyone", unless: [...STORY, "WORK"],
    why: "My life insurance would finally make me useful, they'd get the money: death weighed as a payout to the family.",
    examples: ["lol my life insurance would finally make me useful to my family", "my family would get my insurance money and theyd finally be ok"],
  },
  // Passive wishes.
  {
    id: "suicide.no-wake-ever", level: "crisis", category: "suicide", pattern: "NO_WAKE_PRAYER*5 + NO_WAKE_WISH*3 + EVER_AGAIN*2 + NEAR_END >= 5", needs: ["NO_WAKE_WISH|NO_WAKE_PRAYER"], negation: "in-pattern",
    unless: [...STORY, "WAKE_ROUTINE", "STUDY_END"],
    why: "Not wanting to wake up, or any day; praying not to wake; sleeping forever sounds nice, actually forever: death wished as sleep.",
    examples: ["i dont want to wake up tomorrow. or any day honestly", "sleeping forever sounds so nice rn. like actually forever", "varje natt samma sak, ber typ att jag inte ska vakna", "when i go to sleep i kinda hope it's for good"],
  },
  {
    id: "suicide.life-exit", level: "crisis", category: "suicide", pattern: "LIFE_EXIT*2 + NOT_THE_APP*2 + FOREVER >= 4", needs: ["LIFE_EXIT"], unless: [...STORY],
    why: "Logging out permanently, not from Discord; unsubscribing from life; deleting oneself: to be dead, said in an app's words.",
    examples: ["haha ja e typ redo att logga ut permanent, inte från discord alltså", "lol funderar på att säga upp prenumerationen på livet. inte ens skämt idag tbh", "wish i could press pause on everything. like permanently"],
  },
  {
    id: "suicide.not-there-then", level: "crisis", category: "suicide", pattern: "NOT_THERE_THEN", negation: "in-pattern",
    unless: [...STORY, "TRAVEL", "MOVING", "ELSEWHERE", "WORK", "STUDY_END"],
    why: "Not planning to be in the future, not being here by Christmas, the last day on earth: not being alive, said as absence.",
    examples: ["typ kul att du frågar om framtiden. jag har inte riktigt planerat att va med i den", "idk i just dont see me being here by christmas. whatever", "imorn e min sista dag på jorden tror jag 🥲🫶 tack för allt"],
  },
  // Self-harm told by what it leaves and needs.
  {
    id: "self-harm.no-cat", level: "crisis", category: "self-harm", pattern: "CAT_EXCUSE*2 + NO_CAT*2 + WOUND >= 4", needs: ["CAT_EXCUSE|NO_CAT"], who: "anyone", negation: "in-pattern",
    unless: [...SELF_STORY],
    why: "Cat scratches, and there is no cat: self-harm with its cover story and the confession in one line.",
    examples: ["cat scratches lol (it wasnt the cat)", "katten kliade mig lol (vi har ingen katt)", "ey min syster såg mina ärr. jag sa det var katten. det var inte katten"],
  },
  {
    id: "self-harm.plasters", level: "crisis", category: "self-harm", pattern: "PLASTERS*2 + SH_SIGN*2 + SH_BLADE*2 + BODY_PART*2 >= 4", needs: ["PLASTERS"], who: "anyone",
    unless: [...SELF_STORY, "MISHAP", "ACCIDENT", "SKIN_OTHER"],
    why: "Plasters running out again, everywhere, hidden under the mattress, a kit with blades: self-harm told by the dressings it needs.",
    examples: ["ran out of plasters. again. you can guess why", "måste köpa plåster igen haha hela lådan e slut. låren e värst", "gömmer plåster o kompresser under madrassen så mamma inte hittar", "har ett litet kit med plåster o blad i ett pennfodral"],
  },
  {
    id: "self-harm.blade-kept", level: "crisis", category: "self-harm", pattern: "SH_BLADE*2 + KEPT*2 + KNOWING*2 >= 4", needs: ["SH_BLADE"],
    unless: [...SELF_STORY, "SHAVING", "TOOL_USE", "MISHAP", "PAPER", "CRAFT"],
    why: "A blade kept in the phone case \"just in case\", new blades bought, one taken out of the sharpener, the kitchen knife under the pillow: the means of self-harm kept at hand.",
    examples: ["har alltid ett blad i mobilskalet. bara ifall", "köpte nya blad idag. de gamla var slöa", "kniven från köket ligger under kudden. inte för att laga mat", "im sitting in the bathroom with the razor again"],
  },
  {
    id: "self-harm.day-zero", level: "crisis", category: "self-harm", pattern: "RELAPSE_TALK*2 + DAY_ZERO*2 >= 4", needs: ["RELAPSE_TALK"],
    unless: [...SELF_STORY, "HABIT", "GAME", "DRUG", "BOOZE"],
    why: "Relapsed, day 0 again, 47 days down the drain: a self-harm streak lost, told by its count.",
    examples: ["relapsed. 47 days down the drain lol", "relapse. dag 0 igen", "counting days since the last time. its day 0 again"],
  },
  {
    id: "self-harm.barcode", level: "crisis", category: "self-harm", pattern: "{BARCODE BODY_PART} ~8", who: "anyone", unless: [...SELF_STORY, "SKIN_OTHER", "SHAVING"],
    why: "Thighs or arms like a barcode or a zebra: rows of cuts, told as a joke.",
    examples: ["mina lår ser ut som en streckkod lol", "lol mina lår ser ut som en zebra nu"],
  },
  {
    id: "self-harm.lines-on-body", level: "crisis", category: "self-harm", pattern: "DRAW_LINES*2 + BODY_PART*2 + MORE_OF + SH_BLADE*2 >= 5 ~12", needs: ["DRAW_LINES"], who: "anyone",
    unless: [...SELF_STORY, "SKIN_OTHER", "OTHER_SCAR"],
    why: "Lines on the wrists, more of them; lines drawn on the leg, not with a pen; an \"art project\" on the thigh: cuts told as drawing.",
    examples: ["dom där linjerna på handlederna, har fått fler. ingen frågar", "har streck på hela benet", "tog mitt \"konstprojekt\" på låret ett steg längre idag 🙃"],
  },
  {
    id: "self-harm.sharp-on-body", level: "crisis", category: "self-harm", pattern: "SH_BLADE*2 + BODY_PART*2 + KNOWING >= 4 ~14", needs: ["SH_BLADE", "BODY_PART"],
    unless: [...BODY_STORY, "SHAVING", "TOOL_USE", "MISHAP", "SKIN_OTHER", "CRAFT"],
    why: "The compass on the thighs, the nail scissors against the wrist: a sharp thing on the body.",
    examples: ["pressade nagelsaxen mot handleden på lektionen idag tills det gick hål. ingen såg", "been using the compass from my old pencil case on my thighs. weeks now"],
  },
  {
    id: "self-harm.burned", level: "crisis", category: "self-harm", pattern: "BURN_ACT*2 + BURN_THING*2 + BODY_PART*2 + MEANT_IT*2 + ON_PURPOSE*2 >= 6 ~16", needs: ["BURN_ACT|BURN_THING"],
    unless: [...SELF_STORY, "MISHAP"],
    why: "A cigarette pressed to the arm, a hand burned on the stove or with boiling water, on purpose: self-harm by burning.",
    examples: ["har tryckt cigg mot armen 2 ggr denna vecka", "när jag tänker på min familj jag bränner arm med cigarett. det hjälper lite", "vet int hur man tar hand om brännsår man gjort med flit", "kokade vatten o hällde på handen. ville känna nåt annat än det här"],
  },
  {
    id: "self-harm.hair-pulled", level: "crisis", category: "self-harm", pattern: "HAIR_PULL", unless: [...SELF_STORY],
    why: "Pulling one's hair out until it comes loose, a bald patch: harm done to oneself to calm down.",
    examples: ["drar i håret tills det lossnar, har en kal fläck nu. det e enda sättet jag lugnar mig på"],
  },
  {
    id: "self-harm.opened-again", level: "crisis", category: "self-harm", pattern: "{OPEN_UP WOUND|SCARS} ~12", unless: [...SELF_STORY, "MISHAP", "OTHER_SCAR", "FELL"],
    why: "Old wounds or scars opened again, by one's own hand: self-harm told as picking.",
    examples: ["ja har pillat upp mina gamla sår igen typ idk varför", "the scars on my legs keep getting worse and i keep opening them", "igår kväll rev jag upp alla gamla ärr"],
  },
  {
    id: "self-harm.marks-hidden", level: "crisis", category: "self-harm", pattern: "HIDE_MARKS*2 + WHERE_UNSEEN + FRESH + BODY_PART + COVER_UP >= 2", needs: ["HIDE_MARKS|WHERE_UNSEEN"], who: "anyone",
    unless: [...SELF_STORY, "OTHER_SCAR", "SKIN_OTHER"],
    why: "Hiding scars or fresh cuts, from a mother or in the changing room: self-harm hidden, asked about as make-up.",
    examples: ["börjar bli svårt att dölja märkena i omklädningsrummet", "how do u hide fresh cuts from ur mum when u share a bathroom", "det e så lätt att dölja på låren. ingen ser nånsin", "har bytt till magen för där ser ingen", "i carve little lines on my hip where no one looks. it calms me down"],
  },
  {
    id: "self-harm.stitched-story", level: "crisis", category: "self-harm", pattern: "STITCHED*2 + TOLD_STORY*2 + WOUND_OPEN*2 + WOUND|BLEED >= 4", needs: ["STITCHED|WOUND_OPEN"], who: "anyone",
    unless: [...SELF_STORY, "SPORT_HURT", "MISHAP"],
    why: "Stitches with the story told to the nurse (\"I fell on a bottle\"), or asked about for oneself: a self-harm wound explained away.",
    examples: ["fick sy tre stygn på vårdcentralen, sa att jag ramlat på en glasflaska. hon trodde mej", "vet ni om man ska sy om det e typ 2 cm öppet? fråga inte varför", "hey quick q do u need stitches if it keeps opening? asking for me lol", "does this need stitches? its kinda gaping a bit"],
  },
  {
    id: "self-harm.only-helps", level: "crisis", category: "self-harm", pattern: "CUT_PLAIN*2 + SH_COPE*2 + DONT_TELL*2 >= 4", needs: ["CUT_PLAIN"],
    unless: [...SELF_STORY, "MISHAP", "TOOL_USE", "NOT_HAIR"],
    why: "Cutting, or blood drawn, and it is the only thing that helps, or don't tell anyone: self-harm as coping.",
    examples: ["det enda som får tankarna att tystna e när jag skär. sen skäms jag", "ain't no biggie just cut a lil. don't tell anyone ok", "fick ut blod idag. det hjälpte lite. skäms"],
  },
  {
    id: "self-harm.something-stupid-arm", level: "crisis", category: "self-harm", pattern: "STUPID_WITH", unless: [...SELF_STORY],
    why: "Doing something stupid to the arm, unless someone talks now: self-harm threatened.",
    examples: ["hallå kan du prata nu. annars gör jag nåt dumt m armen"],
  },
  {
    id: "self-harm.not-the-hair", level: "crisis", category: "self-harm", pattern: "CUT_SELF*2 + NOT_HAIR*2 >= 4 ~6", negation: "in-pattern", unless: [...SELF_STORY],
    why: "\"Jag klipper mig. Inte håret\": cutting oneself, the haircut reading ruled out by the writer.",
    examples: ["jag klipper mig. inte håret"],
  },
  {
    id: "self-harm.sleeves-in-summer", level: "crisis", category: "self-harm", pattern: "COVER_UP*2 + HOT_TIME*2 + KNOW_WHY*2 + RELAPSE + SO_UNSEEN*4 >= 6", needs: ["COVER_UP"],
    unless: [...SELF_STORY, "SKIN_OTHER", "OTHER_SCAR", "FREEZING"],
    why: "Long sleeves or hoodies in July, at 25 degrees, \"you know why\", \"new ones\", so nobody would see: self-harm hidden, told by the weather.",
    examples: ["wearing long sleeves in july again lol. new ones this week", "långärmat i juli igen haha du vet varför", "wearing hoodies in june again if you know you know", "hade långärmat hela praon så ingen skulle se"],
  },
  {
    id: "self-harm.no-shorts", level: "crisis", category: "self-harm", pattern: "NO_SHORTS*2 + WOUND|SCARS*2 >= 4", needs: ["NO_SHORTS"], unless: [...SELF_STORY, "SKIN_OTHER", "OTHER_SCAR"],
    why: "Legs so full of scars that shorts are out of the question: self-harm told by what one cannot wear.",
    examples: ["mina ben e fulla av sar nu. kan inte ha shorts i sommar typ"],
  },
  {
    id: "self-harm.back-to-real", level: "crisis", category: "self-harm", pattern: "SUBSTITUTE*2 + REAL_THING*2 + NOT_ENOUGH_NOW >= 4", needs: ["REAL_THING"], unless: [...SELF_STORY],
    why: "Ice cubes or the rubber band no longer work, back to the real thing: self-harm resumed after its substitutes failed.",
    examples: ["ice cubes dont work anymore. went back to the real thing"],
  },
  {
    id: "self-harm.again-deeper", level: "crisis", category: "self-harm", pattern: "SH_AGAIN|LOST_COUNT*4 + STARTED_AGAIN*2 + DEEPER*2 + NEW_ONES*2 + BODY_PART*2 + SH_DO*2 >= 4", needs: ["SH_AGAIN|LOST_COUNT|DEEPER|NEW_ONES"],
    unless: [...SELF_STORY, "SWIM", "SKIN_OTHER", "OTHER_SCAR", "HABIT"],
    why: "Sh'd again, started again and deeper this time, new ones on the legs: self-harm resumed and growing, told in its shorthand.",
    examples: ["sh'd again sorry i know i said i wouldnt", "började igen efter bråket med mamma. djupare den här gången", "my counsellor would be so mad. there's fresh ones on my legs", "got new ones on my wrist yesterday. didnt mean to go that deep", "har slutat räkna ärren. spelar ingen roll", "gjorde det djupare än vanligt igår, blev lite rädd faktiskt"],
  },
  {
    id: "self-harm.scratched-open", level: "crisis", category: "self-harm", pattern: "SCRATCH_SELF*2 + UNTIL_BROKEN*2 >= 4 ~12", unless: [...BODY_STORY, "SKIN_OTHER", "GAME"],
    why: "Scratching, pinching or punching the wall until the skin breaks, bleeds, bruises or the knuckles split: self-harm by hand.",
    examples: ["klöste mig själv tills huden gick sönder, kunde inte sluta", "boxas mot väggen tills knogarna spricker, typ varje kväll nu", "i punch walls till my knuckles split. only thing that shuts my head up"],
  },
  {
    id: "suicide.tell-her", level: "crisis", category: "suicide", pattern: "TELL_HER*2 + LOVE_MSG*2 >= 4 ~20", who: "anyone", unless: [...STORY, "BIRTHDAY"],
    why: "Asking Tillit to tell mum or grandma that one loves her, that it was not her fault: a last message passed on.",
    examples: ["sorry för allt bror. säg t mamma att ja älskar henne", "sorry för allt jag gjort. säg till farmor att jag älskade henne", "säg till mamma att det int va hennes fel. jag vet att du int kan men ändå"],
  },
  {
    id: "suicide.if-silent", level: "crisis", category: "suicide", pattern: "IF_SILENT*2 + NOT_YOUR_FAULT*2 + DONT_LOOK*2 + ALL_OVER*2 + THANKS_ALL*2 >= 4", needs: ["IF_SILENT|DONT_LOOK"],
    who: "anyone", negation: "in-pattern", unless: [...STORY, "TRAVEL", "WORK", "ELSEWHERE"],
    why: "If I don't text back, whatever happens, it is not your fault; don't look for me, it's not a break: a goodbye set for after.",
    examples: ["if i dont text back tomorrow its not your fault ok. thank you for trying", "if i dont show up on discord tomorrow dont look for me. its not a break", "om ni inte hör nåt från mej efter helgen så e det lugnt asså. typ game over irl lol 💀"],
  },
  {
    id: "suicide.goodnight-for-real", level: "crisis", category: "suicide", pattern: "GOODNIGHT_ALL*2 + FOR_REAL_THIS*2 >= 4", unless: [...STORY, "BEDTIME"],
    why: "Good night to everyone, for real this time: a last good night.",
    examples: ["goodnight everyone. for real this time"],
  },
  {
    id: "self-harm.marks-explained", level: "crisis", category: "self-harm", pattern: "WOUND|SCARS*2 + BODY_PART*2 + TOLD_STORY*2 >= 6", needs: ["TOLD_STORY"], who: "anyone",
    unless: [...SELF_STORY, "SPORT_HURT", "OTHER_SCAR"],
    why: "Marks on the thigh or arm seen by a parent, and the story told about them: self-harm explained away.",
    examples: ["mamma såg märkena på låret. sa att jag ramlat med cykeln"],
  },
  {
    id: "suicide.tired-of-existing", level: "crisis", category: "suicide", pattern: "TIRED_EXISTING", unless: [...STORY],
    why: "Tired of existing: the wish not to be, said as tiredness.",
    examples: ["ja e så trött på att finnas. vill int va kvar mer. nå, godnatt då"],
  },
  {
    id: "suicide.pills-recounted", level: "crisis", category: "suicide", pattern: "COUNT_PILLS*2 + WORKS_ENOUGH|IS_ENOUGH*2 + RELAPSE + MANY >= 4", needs: ["COUNT_PILLS"], unless: [...STORY, "ROUTINE"],
    why: "Counting the pills again, \"28, should be enough\": means gathered and weighed.",
    examples: ["kl e 4 o jag ligger o räknar tabletterna igen... 28 st. räcker nog"],
  },
  {
    id: "suicide.last-time-secret", level: "crisis", category: "suicide", pattern: "LAST_WITH*2 + COVER_STORY*2 >= 4", who: "anyone", unless: [...STORY, "MOVING", "TRAVEL"],
    why: "The last match with the boys, and they don't know it was the last: a farewell kept secret.",
    examples: ["spelade sista matchen med grabbarna ikväll. de vet int att det va sista"],
  },
  {
    id: "suicide.walk-away", level: "crisis", category: "suicide", pattern: "{GO_AWAY_PLACE NOT_BACK} ~10", negation: "in-pattern", unless: [...STORY, "TRAVEL"],
    why: "Walking out into the woods or the sea and not coming back: disappearing into death.",
    examples: ["tänker ofta att jag bara ska gå ut i skogen o int komma tillbaka. ikväll kanske, de e så tyst där"],
  },
  // Overdose.
  {
    id: "overdose.swallowed-all", level: "crisis", category: "overdose", pattern: "SWALLOWED_ALL*2 + PILLS|CONTAINER*2 + SLEEPY_AFTER + UNKNOWN_AMOUNT >= 4 ~16",
    needs: ["SWALLOWED_ALL"], who: "anyone", unless: [...STORY, "ROUTINE"],
    why: "Everything in the jar, the dosette or the cabinet swallowed: an overdose told by the container, call 112.",
    examples: ["efter bråket svalde jag allt i burken", "swallowed everything in the bathroom cabinet. im so sleepy now", "tog allt från mormors dosett. förlåt"],
  },
  {
    id: "overdose.lost-count", level: "crisis", category: "overdose", pattern: "UNKNOWN_AMOUNT*2 + TOOK*2 + MANY + PILLS|IS_IT_MUCH*2 >= 6 ~16", needs: ["UNKNOWN_AMOUNT", "PILLS|IS_IT_MUCH"],
    who: "anyone", unless: [...STORY, "ROUTINE"],
    why: "Not knowing how many were taken, maybe 30, is that a lot: an overdose told by the lost count.",
    examples: ["vet int hur många jag tog. kanske 30. e det mycket"],
  },
  {
    id: "overdose.sleepy-after", level: "crisis", category: "overdose", pattern: "PILLS|DRUG*2 + MIX|MANY|BOOZE*2 + SLEEPY_AFTER*2 + TOOK >= 6 ~20", needs: ["SLEEPY_AFTER", "MIX|MANY|BOOZE"],
    who: "anyone", unless: [...STORY, "ROUTINE"],
    why: "Pills mixed or taken in number, and now sleepy, floating away, eyes closing: consciousness going, call 112.",
    examples: ["blandade lyrica o bensos ikväll, kan int hålla ögonen öppna", "tog 3 tramadol o lyrica o några öl. känns som jag flyter iväg"],
  },
  {
    id: "overdose.poison", level: "crisis", category: "overdose", pattern: "POISON*2 + DRANK*2 + SYMPTOM*2 >= 4", needs: ["POISON"], who: "anyone", unless: [...STORY, "WORK"],
    why: "Cleaning fluid drunk, gas sniffed and now dizzy and vomiting: poisoning, call 112.",
    examples: ["drack en halv flaska av rengöringsmedlet under diskbänken. vet inte varför jag skriver till er", "sniffade gas i källaren nu yr o kräks"],
  },
  // Abuse at home.
  {
    id: "abuse-at-home.beaten-if", level: "crisis", category: "abuse-at-home", pattern: "BEATEN_IF", who: "anyone", unless: [...PLAY, "SPORT_HURT"],
    why: "\"Får jag stryk\" if home late, if a boy's name is on the phone, if we don't eat up: beatings as the rule at home.",
    examples: ["om jag kommer hem sent får jag stryk. klockan e 23 nu o jag e fortfarande ute", "pappa kollar min telefon varje kväll o finns det en killes namn får jag stryk", "i familjehemmet får vi stryk om vi inte äter upp"],
  },
  {
    id: "abuse-at-home.thrown-into", level: "crisis", category: "abuse-at-home", pattern: "PUSHED_INTO", who: "anyone", unless: [...PLAY, "SWIM", "LEAP_SAFE"],
    why: "Pushed down the stairs, thrown into the wardrobe, mum pushed into the wall, grabbed by the neck: violence at home told as one act.",
    examples: ["dad threw me into the wardrobe again. the door's broken", "han har druckit sen lunch o redan knuffat in mamma i väggen", "my dad grabbed me by the neck today. i cant stop shaking"],
  },
  {
    id: "abuse-at-home.marks-from", level: "crisis", category: "abuse-at-home", pattern: "MARK_LEFT*2 + IMPLEMENT*2 + FAMILY|FAMILY_HOME|IS_NORMAL*2 >= 6 ~16", needs: ["IMPLEMENT", "MARK_LEFT"], who: "anyone",
    unless: [...PLAY, "SPORT_HURT"],
    why: "Bruises from the belt or the remote, a black eye from mum: marks left by a parent.",
    examples: ["i have bruises on my back from the belt. is that normal in some families or", "fick en smäll av mamma, blåöga. tänker sova hos kompis ikväll"],
  },
  {
    id: "abuse-at-home.barricaded", level: "crisis", category: "abuse-at-home", pattern: "BARRICADE*2 + FAMILY|FAMILY_HOME*2 + DRINKING*2 >= 4", needs: ["BARRICADE"], who: "anyone",
    unless: [...PLAY],
    why: "A chair against the door because of the stepdad, sleeping dressed in case one must run, locked in with a little sister while he is drunk: living braced for violence.",
    examples: ["i sleep with a chair against the door bc of my stepdad", "jag sover med kläderna på ifall jag måste springa ut. han har börjat dricka igen", "pops came home drunk swinging. locked myself in my room with my lil sis"],
  },
  // Acute danger.
  {
    id: "acute-danger.lost-battery", level: "crisis", category: "acute-danger", pattern: "LOST_OUT|LOST*2 + BATTERY*2 + OUTDOORS*2 >= 6", needs: ["LOST_OUT|LOST", "BATTERY"],
    who: "anyone", unless: [...PLAY, "JOKE", "MITIGATED"],
    why: "Lost in the woods or on the mountain with the battery at a few per cent: soon unreachable, call 112 now.",
    examples: ["vilse i skogen. batteri 4%", "har gått vilse i fjällen. batteriet e 5%. snöstorm", "lost on the mountain trail, battery at 3%, cant feel my feet"],
  },
  {
    id: "acute-danger.gas", level: "crisis", category: "acute-danger", pattern: "GAS_SMELL", who: "anyone", unless: [...PLAY],
    why: "Gas smelled in the flat, a headache: get out and call 112.",
    examples: ["Det luktar gas i lägenheten. Jag har stängt av spisen men det luktar fortfarande.", "theres gas smell everywhere in the flat and my head is spinning"],
  },
  {
    id: "acute-danger.ice-cracking", level: "crisis", category: "acute-danger", pattern: "ICE_CRACK*2 + ICE_DANGER*2 + WATER_BODY >= 4", needs: ["ICE_CRACK"], who: "anyone", unless: [...STORY],
    why: "Out on the ice and it is cracking, or someone went through: call 112.",
    examples: ["ja e ute på isen o hä knakar, vet int hur ja kommer i land", "isen knakar o jag e mitt på sjön med skotern"],
  },
  {
    id: "acute-danger.breaking-in", level: "crisis", category: "acute-danger", pattern: "BREAKING_NOW", who: "anyone", unless: [...PLAY],
    why: "Someone breaking the door or the balcony door right now: call 112.",
    examples: ["nån försöker bryta upp dörren nu. hör dom på låset", "någon försöker bryta sig in genom balkongdörren just nu och jag e själv hemma"],
  },
  {
    id: "acute-danger.not-moving", level: "crisis", category: "acute-danger", pattern: "FALL_CRASH*2 + NOT_MOVING*2 >= 4 ~16", needs: ["NOT_MOVING"], who: "anyone", unless: [...PLAY, "ASLEEP"],
    why: "Someone fell or crashed and is not moving, or falls and shakes: call 112.",
    examples: ["min kompis ramlade ner från klätterställningen o rör sig inte", "car just flipped on the highway im okay but my friend isnt moving"],
  },
];
