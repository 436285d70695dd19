// Crisis told in passing the way round 8's training writers told it (round8-train-g and -h): self-harm
// by what it leaves and how it is hidden, pills mixed with drink, stimulants and the chest, being locked
// in or driven off, debts for lost goods and jobs one is sent on, a drink spiked, a baby left, suicide
// told as sleep, switching off or a train that does not stop. Each rule's `why` is the reason it exists;
// its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC"];
const PLAY = ["GAME", "JOKE", "MEDIA", "NEWS"];
const SELF_STORY = ["MEDIA", "NEWS", "TOPIC", "RECOVERED"];

export const round8Rules: RuleSpec[] = [
  {
    id: "self-harm.covered-arms", level: "crisis", category: "self-harm", pattern: "{COVER_UP ARMS_LEGS} ~14", who: "anyone", negation: "in-pattern", unless: [...SELF_STORY, "SKIN_OTHER", "FREEZING", "COLD_DARK"],
    why: "Long sleeves or a hoodie in summer because of the arms, so nobody sees them: self-harm hidden, told by what covers it.",
    examples: ["wearing hoodies in july because of my arms", "tar långärmat på mötet imorn så soc inte ser hur armarna ser ut nu", "kör långärmat hela sommarn så ingen ser armarna"],
  },
  {
    id: "self-harm.new-wounds", level: "crisis", category: "self-harm", pattern: "{WOUND FRESH} ~14",
    unless: ["ACCIDENT", ...SELF_STORY, "SKIN_OTHER"],
    why: "New wounds or scars, or new ones made where the old ones were healing: self-harm going on, told without its name.",
    examples: ["tjejerna i klassen såg mina nya sår o ja sa det va katten", "ärren från förra året va nästan borta o nu har jag gjort nya", "my friends saw the fresh scars"],
  },
  {
    id: "self-harm.too-deep", level: "crisis", category: "self-harm", pattern: "{BLEED|CUT|WOUND|SH_DO STITCHES} ~14",
    unless: ["ACCIDENT", ...SELF_STORY, "SKIN_OTHER"],
    why: "A wound that will not stop bleeding, gapes or went too deep, asked about as if in passing: a self-harm wound that may need care now.",
    examples: ["blöder lite mycket nu, hur vet man om man behöver sy", "is it bad if the cuts are kind of gaping a bit", "va på akuten för att det blev för djupt o nu har jag gjort det igen"],
  },
  {
    id: "self-harm.hidden", level: "crisis", category: "self-harm", pattern: "{BLEED|CUT|WOUND HIDE_SEE} ~10", who: "anyone",
    unless: ["ACCIDENT", ...SELF_STORY, "SKIN_OTHER"],
    why: "Blood or cuts kept where nobody sees, or washed away before a parent sees: self-harm hidden.",
    examples: ["blod på lakanet igen, måste tvätta innan mamma ser", "skär där ingen ser. magen", "cutting where nobody sees"],
  },
  {
    id: "self-harm.marks", level: "crisis", category: "self-harm", pattern: "SELF_MARK", unless: ["ACCIDENT", ...SELF_STORY, "PET"],
    why: "Scratching the skin open, pinching until it bruises, pricking with a needle, putting out cigarettes on the arm: self-harm by hand, without the words for it.",
    examples: ["har klöst upp hela låret. fick nån slags ro av det", "nyper mej tills det blir blåmärken varje gång ja ätit nåt", "bror ja har börjat släcka cigg på armen", "snittar mej lite varje kväll innan ja sover"],
  },
  {
    id: "self-harm.carved", level: "crisis", category: "self-harm", pattern: "CARVE +6 SELF_BODY|ARMS_LEGS", unless: [...SELF_STORY],
    why: "Carving a name or a word into one's own skin.",
    examples: ["ristade in hans namn i armen. ja vet ja vet", "carved his initials into my arm"],
  },
  {
    id: "self-harm.punish-with", level: "crisis", category: "self-harm", pattern: "SELF_INJURE*2 + HARM_TOOL*2 + ON_PURPOSE*2 + RELAPSE >= 4 ~14", needs: ["SELF_INJURE"],
    unless: [...SELF_STORY, "GAME+JOKE"],
    why: "Punishing oneself with a lighter, the snow, boiling water: self-harm with a tool named.",
    examples: ["been punishing myself with the lighter every time i lose a bet", "va ute i snön barfota i en timme för att straffa mig själv"],
  },
  {
    id: "self-harm.fist-on-purpose", level: "crisis", category: "self-harm", pattern: "OWN_FIST*2 + ON_PURPOSE*2 >= 4 ~16", unless: [...SELF_STORY],
    why: "Punching a wall or a mirror on purpose, again and again: hurting oneself, not rage at something.",
    examples: ["punched the mirror on purpose, glass in my hand", "slog näven i väggen tills knogarna sprack. gör det med flit nu"],
  },
  {
    id: "self-harm.sharper", level: "crisis", category: "self-harm", pattern: "{NOT_ENOUGH_NOW SHARPER} ~10", negation: "in-pattern",
    why: "What hurt before is not enough and something sharper is needed: self-harm escalating.",
    examples: ["kallt vatten räcker int längre, behöver nåt vassare", "ice isnt enough anymore, need something sharper"],
  },
  {
    id: "self-harm.pain-seek", level: "crisis", category: "self-harm", pattern: "PAIN_SEEK", unless: [...SELF_STORY],
    why: "Deserving or needing pain, and seeing to it: self-punishment that is self-harm.",
    examples: ["ja förtjänar att ha ont. så ja ser till att ha det", "jag behöver känna smärta för att slappna av"],
  },
  {
    id: "self-harm.streak-lost", level: "crisis", category: "self-harm", pattern: "{CLEAN_STREAK STREAK_LOST} ~8", unless: [...SELF_STORY, "HABIT", "JOKE"],
    why: "Weeks clean and now it is over: a relapse into self-harm told by the lost count.",
    examples: ["3 veckor clean o nu e det kört", "40 days clean and gone"],
  },
  {
    id: "self-harm.did-it-with", level: "crisis", category: "self-harm", pattern: "SH_DO*2 + BLADE|WEAPON*2 + RELAPSE + OVERWHELM >= 5", needs: ["SH_DO", "BLADE|WEAPON"],
    unless: ["ACCIDENT", "TOOL_USE", ...SELF_STORY, "SHAVING"],
    why: "\"Did it\" with the razor or the knife, again, when it gets too much: self-harm told as \"it\".",
    // Its first example: the round 9 rule self-harm.blade-kept also reads a blade with "igen" or "när det blir för mycket".
    examples: ["did it again with the knife when it got too much", "ja har en grej ja gör när det blir för mycket, med rakbladet. gjorde det igår", "på kvällen gjorde ja det där med kniven igen"],
  },
  {
    id: "overdose.mixed", level: "crisis", category: "overdose", pattern: "PILLS|DRUG*2 + BOOZE*2 + MIX + MANY + SYMPTOM*2 + HEART_RACE*2 >= 5 ~20",
    needs: ["PILLS|DRUG", "BOOZE"], who: "anyone", unless: [...STORY, "ROUTINE", "RECOVERED"],
    why: "Pills (benzos, sleeping pills, \"vita\") or lean taken with alcohol, in amounts or with symptoms: a dangerous mix, call 112.",
    examples: ["drack en hel flaska vodka själv o tog några stesolid ovanpå", "mixed xanax and alcohol at a förfest", "shuno ja mixade vita med sprit, hjärtat slår skumt", "tog sobril o öl. mycket av båda"],
  },
  {
    id: "overdose.stimulant-heart", level: "crisis", category: "overdose", pattern: "DRUG*2 + HEART_RACE|SEIZURE*2 >= 4 ~20",
    who: "anyone", unless: [...STORY, "RECOVERED"],
    why: "Coke, tjack or spice with chest pain, a racing heart or cramps: a heart or a seizure in danger, call 112.",
    examples: ["did way too much coke, heart racing like crazy and my chest hurts", "kört tjack i 3 dygn o nu känns det som bröstet ska spricka", "rökte spice o nu kramp i hela kroppen"],
  },
  {
    id: "overdose.blue-lips", level: "crisis", category: "overdose", pattern: "BLUE_LIPS*2 + TOOK_SOMETHING|DRUG|PILLS*2 >= 4", who: "anyone",
    unless: [...STORY, "FREEZING", "SWIM"],
    why: "Blue lips after taking something: breathing failing, call 112.",
    examples: ["tog för mycket av nåt. läpparna e blåa typ", "drack mer lean än vanligt, typ hela flaskan. läpparna ser blå ut"],
  },
  {
    id: "overdose.multi-dose", level: "crisis", category: "overdose", pattern: "{MULTI_DOSE PILLS|TOOK} ~8", unless: [...STORY, "ROUTINE"],
    why: "Two or three times the dose taken: an overdose told as arithmetic.",
    examples: ["tog 3 gånger dosen av mina sömntabletter för en timme sen", "took double the dose of my sleeping pills"],
  },
  {
    id: "overdose.wont-wake", level: "crisis", category: "overdose", pattern: "{PILLS|DRUG|TOOK_SOMETHING NOT_WAKING} ~14", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "WAKE_ROUTINE"],
    why: "Someone who took pills and will not wake up: call 112 now.",
    examples: ["hon somnade på toan efter en massa piller, vaknar int när vi skakar henne", "he took a bunch of pills and wont wake up"],
  },
  {
    id: "overdose.wake-doubt", level: "crisis", category: "overdose", pattern: "TOOK + SO_MUCH|MANY*2 + WAKE_DOUBT*2 >= 5 ~12", needs: ["WAKE_DOUBT"], negation: "in-pattern",
    unless: [...STORY, "WAKE_ROUTINE"],
    why: "Having taken so much that one does not know whether one will wake.",
    examples: ["har tagit så mycket att ja int vet om ja kommer vakna", "took so much idk if ill wake up"],
  },
  {
    id: "acute-danger.locked-in", level: "crisis", category: "acute-danger", pattern: "LOCKED_IN_ME", who: "other", unless: [...PLAY],
    why: "Locked in a room, by a parent or at someone's place: held against one's will.",
    examples: ["jag e inlåst i ett rum. de tog min telefon", "im locked in a room at this guys place, he took my phone", "pappa har låst in mig på rummet sen i morse"],
  },
  {
    id: "acute-danger.driven-off", level: "crisis", category: "acute-danger", pattern: "DRIVE_WRONG*2 + STRANGERS*2 + LOST*2 >= 4", needs: ["DRIVE_WRONG"], who: "anyone",
    negation: "in-pattern", unless: [...PLAY],
    why: "In a car with people one does not know, not going where they said, the doors locked, or driven off and left: held or taken.",
    examples: ["sitter i en bil med några jag inte känner o de kör inte dit de sa", "dom körde iväg mej nånstans utanför stan, vet int var ja e"],
  },
  {
    id: "acute-danger.hiding-inside", level: "crisis", category: "acute-danger", pattern: "HIDING*2 + INSIDE_PLACE*2 + OTHERS + AFRAID + HUNTED*2 >= 5 ~16", needs: ["HIDING"], who: "anyone",
    unless: [...PLAY],
    why: "Hiding in the bathroom or the wardrobe while someone is in the flat, or in a stairwell from people looking for one.",
    examples: ["gömmer mej i badrummet. han e i lägenheten o han har nyckel", "det är någon i lägenheten. jag gömmer mig i garderoben"],
  },
  {
    id: "violence.hunted", level: "crisis", category: "violence", pattern: "HUNTED*2 + HIDING*2 + SNITCH + CANT_GO_OUT*2 + WEAPON|BLADE*2 + CARRY >= 4", needs: ["HUNTED"],
    who: "anyone", negation: "in-pattern", unless: [...PLAY],
    why: "Hunted by people, hiding or carrying a blade because of it, not daring to go out.",
    examples: ["carrying a blade now bc the guys from the other area are looking for me", "dom har lagt ut att ja e golare. nu jagar dom mej bror, kan int gå ut"],
  },
  {
    id: "violence.we-know-where", level: "crisis", category: "violence", pattern: "KNOW_WHERE_YOU", who: "anyone", unless: [...PLAY],
    why: "\"Vi vet var du bor\": a threat received, with the writer's home in it.",
    examples: ["fick en snap: 'vi vet var du bor'. med bild på min port", "got a text saying we know where you live"],
  },
  {
    id: "violence.stab-threat", level: "crisis", category: "violence", pattern: "STAB_ME|ARMED_ACT*2 + NEXT_TIME*2 + SAID_THAT + OTHERS|GANG >= 5 ~16", needs: ["STAB_ME|ARMED_ACT", "NEXT_TIME"], who: "anyone",
    unless: [...PLAY],
    why: "People who say they will stab or shoot the writer next time, or if they show up or talk.",
    examples: ["dom sa att dom ska sticka mej nästa gång dom ser mej", "they said theyll stab me if i show up at school monday", "nån har sagt att de ska skjuta mig om jag snackar"],
  },
  {
    id: "violence.shot-at", level: "crisis", category: "violence", pattern: "SHOT_AT", who: "anyone", unless: [...PLAY],
    why: "Someone shot at the writer's door or at them.",
    examples: ["nån sköt mot vår port inatt. tror det va mot mej", "someone shot at our door last night"],
  },
  {
    id: "violence.address-posted", level: "crisis", category: "violence", pattern: "ADDRESS_POSTED", who: "anyone", unless: [...PLAY],
    why: "One's address posted for others to come: a threat with a place in it.",
    examples: ["nån i chatten la ut min adress o sa att dom kommer med 'verktyg'", "someone posted my address in the group"],
  },
  {
    id: "crime-coercion.goods-debt", level: "crisis", category: "crime-coercion", pattern: "WORK_OFF*2 + LOST_GOODS*2 + MONEY_DEMAND*2 + DEBT*2 + WRONG_PEOPLE*2 >= 4",
    needs: ["WORK_OFF|LOST_GOODS"], who: "anyone", unless: [...PLAY, "CHORE"],
    why: "A debt for goods that were lost or taken by the police, to be paid by a date or worked off: how a young person is bound to a gang.",
    examples: ["ja e skyldig dom 30k för en väska som försvann. dom säger ja ska jobba av det", "tappade varorna när aina kom, nu e det mitt fel o dom vill ha para till fredag", "lånade pengar av fel folk, nu säger de att jag får jobba av det"],
  },
  {
    id: "crime-coercion.sent-on-job", level: "crisis", category: "crime-coercion", pattern: "SENT_ON_JOB", who: "anyone", negation: "in-pattern", unless: [...PLAY, "WORK"],
    why: "Sent on a \"job\" one may not talk about: an errand for a gang.",
    examples: ["ja har blivit skickad på ett jobb. får int säga mer. vill int", "got sent on a job tonight. dont wanna go"],
  },
  {
    id: "crime-coercion.hold-weapon", level: "crisis", category: "crime-coercion", pattern: "HOLD_WEAPON", who: "anyone", unless: [...PLAY],
    why: "Told to keep or hold a weapon for someone: used to store what the older ones cannot be caught with.",
    examples: ["dom har sagt att ja ska hålla i ett vapen ett tag. ja e 16", "they want me to keep a gun at my place"],
  },
  {
    id: "crime-coercion.drive-for", level: "crisis", category: "crime-coercion", pattern: "DRIVE_FOR*2 + NO_LICENCE*2 + COERCE*2 >= 4", needs: ["DRIVE_FOR"], who: "anyone",
    negation: "in-pattern", unless: [...PLAY],
    why: "Made to drive a package or a car somewhere without a licence: a courier for someone.",
    examples: ["de säger att jag ska köra ett paket till umeå med mammas bil. jag har inte ens körkort", "dom vill att ja kör en bil till göteborg. ja har int ens körkort"],
  },
  {
    id: "crime-coercion.sextortion", level: "crisis", category: "crime-coercion", pattern: "NUDES|PICTURES*2 + OR_ELSE*2 + MONEY_DEMAND*2 >= 4", needs: ["NUDES|PICTURES", "OR_ELSE|MONEY_DEMAND"],
    who: "anyone", unless: [...STORY],
    why: "Someone has the writer's nudes or a recording and wants money or more, or they go out: sextortion.",
    examples: ["a guy online has my nudes and wants 3000 kr in gift cards by midnight or he posts them", "han har sparat allt vi gjort på cam. han vill att ja gör mer annars lägger han ut"],
  },
  {
    id: "crime-coercion.family-pays", level: "crisis", category: "crime-coercion", pattern: "FAMILY_PAYS", who: "anyone", unless: [...PLAY],
    why: "The family made to pay if the writer stops or does not pay: a threat that binds.",
    examples: ["dom sa att om ja hoppar av nu så e det min familj som får betala", "killen jag e skyldig sa att lillebror kan betala skulden om inte jag gör det"],
  },
  {
    id: "sexual-abuse.spiked", level: "crisis", category: "sexual-abuse", pattern: "SPIKED", who: "anyone", unless: [...PLAY],
    why: "A drink spiked: drugged, and often waking somewhere without knowing what happened.",
    examples: ["nån la nåt i min drink på klubben. minns ba att ja vaknade utan byxor", "i think a guy at the club spiked my drink"],
  },
  {
    id: "sexual-abuse.no-for-answer", level: "crisis", category: "sexual-abuse", pattern: "NOT_TAKE_NO*2 + PARTNER|OTHERS + CRYING + DIDNT_STOP*2 >= 3", needs: ["NOT_TAKE_NO"], who: "anyone",
    negation: "in-pattern", unless: [...STORY, "JOKE"],
    why: "A partner or someone who does not take no for an answer and does it anyway: rape told without the word.",
    examples: ["min pojkvän tar int nej som svar. gör det ändå fast ja gråter", "he didn't stop when i said stop"],
  },
  {
    id: "sexual-abuse.done-things", level: "crisis", category: "sexual-abuse", pattern: "DONE_THINGS", who: "anyone", unless: [...STORY],
    why: "Someone \"does things\" to the writer: sexual abuse told without words for it.",
    examples: ["farbror har gjort saker med mig sen jag va liten", "min styvbror gör saker mot mig som jag inte vill"],
  },
  {
    id: "child-alone.baby-left", level: "crisis", category: "child-alone", pattern: "LEFT_BABY", who: "anyone", unless: [...STORY, "CARE_PLACE", "GAME"],
    why: "A baby left at home or left to scream: a child alone.",
    examples: ["lämnade bebisen hemma för att köpa ersättning, affären e 4 mil bort", "orkar inte, går ut en sväng o låter bebisen skrika i spjälsängen"],
  },
  {
    id: "child-alone.carer-out", level: "crisis", category: "child-alone", pattern: "{PARENT_OUT SMALL_CHILD|TODDLER} ~16", who: "anyone", unless: [...STORY],
    why: "The adult at home passed out, drunk or drugged, with a small child there: a child with nobody looking after them.",
    examples: ["dads passed out drunk and the baby hasnt been changed all day", "pappa e full o har somnat på golvet o lillebror 2 år gråter"],
  },
  {
    id: "suicide.farewell-words", level: "crisis", category: "suicide",
    pattern: "NOT_YOUR_FAULT*2 + BEFORE_REGRET*2 + THANKS_CARED|THANKS_ALL*2 + DECIDED*2 + CALM_NOW*2 + LAST_ONE*2 + DID_BEST*2 + CANT_GO_ON*2 >= 4",
    needs: ["NOT_YOUR_FAULT|BEFORE_REGRET|THANKS_CARED|CALM_NOW|DID_BEST"], unless: [...STORY, "WORK", "TRAVEL", "MOVING", "RECOVERED"],
    why: "Last words without the word goodbye: it was not your fault, thanks for caring, it feels calm now that it is decided, tell her she did her best.",
    examples: ["skickar detta innan ja ångrar mej: det va inte ert fel. inte nåns fel", "ja har bestämt mej nu. känns faktiskt lugnt. tack för att ni brytt er om mej", "kan ni hälsa min kontaktperson att hon gjorde sitt bästa. jag orkar int fortsätta", "tack för att ni svarat mej hela året. det blir sista gången jag skriver"],
  },
  {
    id: "suicide.never-wake", level: "crisis", category: "suicide", pattern: "NEVER_WAKE*2 + WANT_SV|WANT_EN + GOODNIGHT_ALL + REALLY_LONG >= 3",
    needs: ["NEVER_WAKE"], negation: "in-pattern", unless: [...STORY, "WAKE_ROUTINE", "LAZY_DAY"],
    why: "Sleeping and not waking, sleeping \"a long time now, a really long time\" with good night to everyone: death told as sleep.",
    examples: ["ska ba sova länge nu. riktigt länge. godnatt allihopa ❤️", "önskar ja kunde somna o ba int vakna"],
  },
  {
    id: "suicide.no-wake-plan", level: "crisis", category: "suicide", pattern: "NO_WAKE_PLAN", negation: "in-pattern", unless: [...STORY, "WAKE_ROUTINE"],
    why: "Planning not to wake up tomorrow: a decision told as sleep.",
    examples: ["jag har bestämt mig punkt jag ska inte vakna imorgon punkt säg inget till mamma", "im not gonna wake up tomorrow"],
  },
  {
    id: "suicide.switch-off", level: "crisis", category: "suicide", pattern: "SHUT_OFF*2 + FOREVER*2 + TIRED_OF_ME*2 + WANT_SV|WANT_EN >= 5 ~12", needs: ["SHUT_OFF", "FOREVER|TIRED_OF_ME"],
    unless: [...STORY, "DEVICE"],
    why: "Wanting to switch oneself off, for ever: to stop being.",
    examples: ["e så trött på att va jag. vill ba stänga av. för alltid typ", "i just want to switch off forever"],
  },
  {
    id: "suicide.stop-existing", level: "crisis", category: "suicide", pattern: "STOP_EXISTING", unless: [...STORY, "ONLINE"],
    why: "Stopping existing: a wish to be dead, said as not being.",
    examples: ["tänker att det e dags att sluta försöka helt. sluta finnas liksom", "maybe its time to stop existing"],
  },
  {
    id: "suicide.least-painful", level: "crisis", category: "suicide", pattern: "METHOD_ASK", unless: [...PLAY, "OTHER_PAIN", "DIE_EN", "DIE_SV"],
    why: "Asking for the least painful way, without saying to what (with \"to die\" suicide.way-to-die reads it): a method sought.",
    examples: ["whats the least painful way. asking seriously", "vilket e minst smärtsamma sättet"],
  },
  {
    id: "suicide.secret-goodbye", level: "crisis", category: "suicide", pattern: "SAID_BYE|GIVE_AWAY*2 + PRETEXT*2 + LAST_ONE*2 >= 4",
    needs: ["SAID_BYE|GIVE_AWAY", "PRETEXT|LAST_ONE"], negation: "in-pattern", unless: [...STORY, "MOVING"],
    why: "A goodbye said or a pet given away under a pretext the others believed: a farewell in disguise.",
    examples: ["sa hejdå till syskonen idag utan att dom fattade att det va på riktigt", "gave my cat to my neighbour today. told her im going away. im not really going anywhere", "loggade ut från discord för sista gången o sa hejdå till squaden"],
  },
  {
    id: "suicide.train-not-stopping", level: "crisis", category: "suicide", pattern: "{TRAIN_WORD NOT_STOPPING} ~14", negation: "in-pattern", unless: [...STORY],
    why: "Waiting on the platform for a train that does not stop there: a plan by a train, told as waiting.",
    examples: ["standing on the platform at the pendeltåg station waiting for one that doesn't stop here", "står på perrongen o väntar på ett som inte stannar här"],
  },
  {
    id: "suicide.train-wait", level: "crisis", category: "suicide", pattern: "TRAIN_WORD*2 + WAIT_DARE*2 + UNSEEN*2 >= 4", needs: ["TRAIN_WORD"], unless: [...STORY],
    why: "Going to where the trains pass to wait until one dares, or where nobody would see: a plan by the tracks.",
    examples: ["tågen går förbi 200 m från huset. har gått dit tre kvällar nu o stått o väntat på att våga", "har räknat ut vilken tid tåget går förbi vid skogen o att ingen skulle se mej där"],
  },
  {
    id: "suicide.how-high", level: "crisis", category: "suicide", pattern: "HIGH*2 + IS_ENOUGH*2 + EDGE_PLACE|JUMP_PLACE|FLOOR*2 + CANT_GO_ON*2 + SEARCH*2 >= 6 ~16", needs: ["HIGH"],
    unless: [...STORY, "LEAP_SAFE", "PASSING_BY"],
    why: "How high, how many floors is enough, the bridge is pretty high: a fall weighed.",
    examples: ["keep googling how many floors is enough", "kollat hur högt det e från 9e våningen i trapphuset. räcker nog", "i cant do this anymore. the bridge by the studentbostad is pretty high"],
  },
  {
    id: "suicide.vanish-for-good", level: "crisis", category: "suicide", pattern: "VANISH_FOR_GOOD", unless: [...STORY, "TRAVEL", "MOVING", "ONLINE", "THING_SUBJ"],
    why: "Disappearing for good, gone for real: to be dead, said as gone.",
    examples: ["enklaste e om ja ba försvinner för gott", "då vill jag redan vara borta. på riktigt borta", "perfekt ställe att bara försvinna för gott"],
  },
  {
    id: "suicide.one-way-out", level: "crisis", category: "suicide", pattern: "ONE_WAY_OUT*2 + DECIDED*2 + NOT_THE_GOOD_WAY*2 >= 4", needs: ["ONE_WAY_OUT"], negation: "in-pattern",
    unless: [...STORY],
    why: "One way out, decided, and it is not paying: suicide told as the way out.",
    examples: ["owe the sms lån people like 60k now. there's one way out and i've decided", "jag ser bara en väg ut ur skulderna o den e inte att betala"],
  },
  {
    id: "suicide.decided-end", level: "crisis", category: "suicide", pattern: "{DECIDED END_OF_ALL} ~10", unless: [...STORY],
    why: "Decided that it will be the end of everything.",
    examples: ["har bestämt att det får bli slutet på allt", "ive decided this is the end of everything"],
  },
  {
    id: "suicide.letter-laid-out", level: "crisis", category: "suicide", pattern: "{LETTER LAID_OUT} ~12", unless: [...STORY, "TRAVEL", "MOVING"],
    why: "A letter written and everything needed laid out: a farewell and the means ready.",
    examples: ["jag har skrivit ett brev o lagt fram allt jag behöver", "wrote a letter and laid out everything"],
  },
  {
    id: "suicide.if-still-here", level: "crisis", category: "suicide", pattern: "IF_STILL_HERE", negation: "in-pattern",
    unless: [...STORY, "KVAR_PLACE", "ELSEWHERE", "TRAVEL", "WORK", "MOVING", "ARRIVES_BY", "DOUBT_STILL"],
    why: "\"If I'm still here\" tomorrow: a plan not to be, said as a condition.",
    examples: ["skrev ett sista inlägg på insta. raderar det imorrn om jag finns kvar lol", "ill answer tomorrow if im still alive"],
  },
  {
    id: "home-conflict.hurt", level: "concern", category: "home-conflict", pattern: "HOME_HURT", who: "anyone",
    unless: ["MITIGATED", "JOKE_PLAIN", "GAME", "RECOVERED"],
    why:
      "Conflict at home told by what the family says or does: called a parasite or a failure, not spoken to, the router pulled, told " +
      "to move out if..., shamed before the relatives. The family is the subject, so no subject guard (home-conflict.named keeps its own). Not cancelled by MEDIA: \"en lat\" reads as \"en låt\".",
    examples: ["farsan skriker att ja e en lat parasit varje morgon", "pappa drog ur routern för att ja int gick till skolan", "mum says shell kick me out if i dont get a job by summer"],
  },
];
