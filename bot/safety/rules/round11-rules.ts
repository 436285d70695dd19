// Round 11: what rules and model together still missed out of fold after round 10 (the cross-validated
// misses of the training writers): suicide said sideways — a plan that brings relief, a meeting
// cancelled because it won't be needed, things given away with a cover story, last words written as
// errands, a rope or a height looked up "just curious", a wish for an accident, a burden that would be
// lighter gone — self-harm in slang and as routine, acute danger as it is lived (fire, smoke, someone in
// the flat, locked out in the cold, a seizure, lost and drunk), and concern told through everyday
// details. Many of these lines carry a "lol" or a "sometimes", which cancels older rules: the rules
// below are written so that a laugh does not, only a film or the news does. Each rule's `why` is the
// reason it exists; its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

// A film, a book or the news: the apps a film is watched on (youtube, tiktok) are no story, and "många" is no manga.
const STORY = ["NEWS", "FILM_TOLD"];
// Self-harm told where it happened ("på lektionen") is no talk about it in class; long ago or told with pride it is the past.
const SH_STORY = ["NEWS", "FILM_TOLD", "PROUD_PAST", "LONG_AGO", "ABOUT_IT"];
const PLAY = ["GAME", "NEWS", "FILM_TOLD"];
// Concern told through everyday details comes with a "lol", an "its fine" or a "sometimes", and often with youtube on:
// only a film or the news told about cancels it.
const TOLD = STORY;

export const round11Rules: RuleSpec[] = [
  // Suicide: a plan and what it settles.
  {
    id: "suicide.plan-relief", level: "crisis", category: "suicide",
    pattern: "MIND_MADE_UP|PLAN_MADE*2 + RELIEF|CALM_NOW|ALL_SETTLED*2 + DONE_ALL|UNTIL_EVENT*2 + ROPE_GOT|ALL_I_NEED|ON_ME*2 >= 4",
    needs: ["MIND_MADE_UP|PLAN_MADE"], unless: [...STORY, "TRAVEL", "MOVING", "DATE_FOR", "GOOD_NEWS", "STUDY_END"],
    why: "A decision made, a date set or a plan, and then relief, \"done done\", a birthday as the deadline, or the rope at home: a plan told by how it settles the writer, never by what it is.",
    examples: [
      "har bestämt mig så allt känns lättare nu faktiskt", "i have a plan now and its kind of a relief honestly", "asså jag e typ done done. har planerat allt",
      "ive given it till my birthday", "thats the plan for sunday. dont call me", "dw about me after this week, ive got it sorted",
    ],
  },
  {
    id: "suicide.deadline", level: "crisis", category: "suicide", pattern: "MIND_MADE_UP*2 + ALL_OVER*2 >= 4", needs: ["MIND_MADE_UP"],
    unless: [...STORY, "TRAVEL", "MOVING", "DATE_FOR", "GOOD_NEWS", "STUDY_END"],
    why: "A deadline given to oneself, and if nothing has changed by then it is over: a plan told as a date, without the word.",
    examples: ["gett mig själv en deadline. har inget ändrats till 1 maj så e det slut"],
  },
  {
    id: "suicide.wont-need-it", level: "crisis", category: "suicide", pattern: "SERVICE_OFF|CANCELLED_SUBS*2 + NO_NEED_AFTER*2 >= 4",
    needs: ["NO_NEED_AFTER"], negation: "in-pattern", unless: [...STORY, "GOOD_NEWS", "JOB_CHANGE", "WORK", "MOVING", "TRAVEL", "ELSEWHERE", "MONEY_REASON"],
    why: "A meeting cancelled or a subscription ended because \"I won't need it\" after a date: taking leave of the service and of one's errands, with no reason given.",
    examples: ["ställ in mötet nästa vecka, jag kommer inte behöva det", "sa upp mitt gymkort, behöver den inte efter helgen ändå", "can you cancel my appointment, i wont need it after friday"],
  },
  {
    id: "suicide.given-away-covered", level: "crisis", category: "suicide",
    pattern: "RID_OF_THINGS|PET_REHOMED|DELETED_ALL|PET_AFTER*2 + COVER_TOLD*2 + ERRANDS_DONE|CALM_NOW|ALL_SETTLED*2 + DONE_ALL*2 + NO_NEED_AFTER|WONT_NEED*2 + GONE_SOON*2 + APOLOGIZED_ALL*2 >= 4",
    needs: ["RID_OF_THINGS|PET_REHOMED|DELETED_ALL|PET_AFTER"], who: "anyone", negation: "in-pattern", unless: [...STORY, "MOVING_REAL", "MONEY_REASON"],
    why: "Things given away, the room emptied, the cat given a home, accounts deleted — and a cover story (\"she thinks I'm moving\"), \"the rest is sorted\", \"kinda done\" or \"I'll be gone soon\": farewell acts told as errands.",
    examples: [
      "gav bort mina spel idag. mamma tror jag ska flytta", "gave my cat to my aunt and told her im going on a long trip", "har tömt rummet o gett bort kläderna. resten e löst",
      "kinda done tbh. gave my ps5 to my cousin", "raderat insta o snap. wont need them where im going", "who takes care of pets if the owner is gone? ill be gone soon",
    ],
  },
  {
    id: "suicide.code-left", level: "crisis", category: "suicide", pattern: "CODE_LEFT*2 + SO_THEY_GET_IN*2 >= 4", who: "anyone", unless: STORY,
    why: "The phone's code written on a note in the wallet so mum can get in and see the pictures afterwards: arrangements for after one's death, told as a practical detail.",
    examples: ["har skrivit ner koden till min mobil så mamma kommer in sen", "wrote down my phone code so my mum can get in"],
  },
  {
    id: "suicide.last-words", level: "crisis", category: "suicide", pattern: "OWN_LAST_WORDS", unless: STORY,
    why: "A letter for each one, a will, one's own obituary or memorial speech, a funeral playlist, who gets a text afterwards, a message timed to send: last words written, often with a \"lol\" that is none.",
    examples: ["har skrivit ett brev till varje person jag bryr mig om lol", "made a playlist for my funeral lmao", "skrev klart mitt testamente idag typ", "har ett sms som e tidsinställt till imorgon bitti"],
  },
  {
    id: "suicide.last-entry", level: "crisis", category: "suicide", pattern: "LAST_ENTRY*2 + SIGNOFF_ALL|THANKS_ALL*2 >= 4", who: "anyone", unless: [...STORY, "GOOD_NEWS", "JOB_CHANGE", "MOVING"],
    why: "The last page of the diary, the last time writing here, the last game, with a goodbye to everyone: an ending told as a sign-off.",
    examples: ["sista gången jag skriver här. ha det bra allihop", "this was my last game. thanks for carrying me"],
  },
  // Suicide: means, places and ways.
  {
    id: "suicide.rope-got", level: "crisis", category: "suicide", pattern: "ROPE_GOT", who: "anyone", unless: [...STORY, "TIE_THING", "ROPE_USE", "TOOL_USE"],
    why: "Rope researched or bought for a pretended trip, charcoal and tape, a cord under the mattress: the means of hanging or poisoning got hold of.",
    examples: ["köpte kol o tejp idag. ni vet varför", "researching ropes at 3am again lol", "har en sladd under madrassen sen igår", "bought rope for a camping trip that isnt happening"],
  },
  {
    id: "suicide.knot-hint", level: "crisis", category: "suicide", pattern: "KNOT_HOWTO*2 + HINT|RELIEF*2 >= 4", unless: [...STORY, "TIE_THING", "ROPE_USE"],
    why: "How to tie a knot looked up, and then \"ni fattar\" or \"it sounds mad but I'm calm\": a noose asked about without the word.",
    examples: ["kollade hur man knyter en.. ja ni fattar", "googled how to tie one. no reason"],
  },
  {
    id: "suicide.height-asked", level: "crisis", category: "suicide", pattern: "HEIGHT_ASKED*2 + HINT*2 >= 4", who: "anyone", unless: [...PLAY, "LEAP_SAFE"],
    why: "The tallest car park, the highest bridges, what happens jumping from the eighth floor, asked \"just curious\" or \"for a friend\" who does not exist.",
    examples: ["vilka broar e högst i göteborg? frågar åt en kompis", "whats the tallest parking garage around here. no reason", "how high is the bridge by the station. just curious"],
  },
  {
    id: "suicide.high-up-now", level: "crisis", category: "suicide", pattern: "HIGH_UP_NOW*2 + NOT_GOING_HOME*2 >= 4", who: "anyone", unless: [...PLAY, "PASSING_BY", "TRAVEL", "LEAP_SAFE"],
    why: "On the top floor of a car park or an overpass, at the rails or a cliff, alone there or for the fourth evening, \"maybe I won't go home tomorrow\": a place of dying visited.",
    examples: ["sitter på parkeringshuset nu, ingen här", "har stått vid rälsen tre kvällar. ikväll blir det fjärde", "on the overpass again. cars look tiny"],
  },
  {
    id: "suicide.timetable-not-to-ride", level: "crisis", category: "suicide", pattern: "TIMETABLE|TRAIN_TIMES*2 + NOT_RIDING|NOT_TO_RIDE*2 >= 4", negation: "in-pattern",
    unless: [...STORY, "WAIT_TRAIN", "OTHER_RIDE"],
    why: "The timetable checked for trains that never stop, or \"the train leaves at 23.14, I'm not getting on it\": a train chosen, not to ride.",
    examples: ["kollade tidtabellen för godstågen. de stannar aldrig här", "tåget går 22.40. jag ska inte åka med det"],
  },
  {
    id: "suicide.means-on-me", level: "crisis", category: "suicide", pattern: "MEANS_HELD*2 + WALK_TO_WATER*2 + ON_ME|RELIEF|HINT*2 >= 4", needs: ["MEANS_HELD|WALK_TO_WATER"],
    who: "anyone", unless: STORY,
    why: "A parent's gun loaded, a parent's pills got hold of, the bathroom cabinet in the pocket, stones, an engine in a closed garage, a walk to the lake — with \"on myself\", \"nobody needs to wait up\" or \"on my way out\".",
    examples: ["fick tag på pappas tabletter. har dom i fickan", "ska gå en sväng mot sjön. ingen behöver vänta uppe"],
  },
  {
    id: "suicide.gun-loaded", level: "crisis", category: "suicide", pattern: "LOADED*2 + WEAPON*2 + ON_ME*2 >= 6 ~24", who: "anyone", unless: STORY,
    why: "A parent's gun loaded this morning, and \"not sure I'll come home\" or \"on myself\": a firearm made ready for one's own death, often behind a hunting story.",
    examples: ["har laddat pappas gevär. int säkert ja kommer hem", "loaded my dads gun this morning. on my way out"],
  },
  {
    id: "suicide.meds-stopped", level: "crisis", category: "suicide", pattern: "MEDS_STOPPED*2 + ON_PURPOSE_QUIET*2 >= 4", negation: "in-pattern", unless: [...STORY],
    why: "Insulin or heart medicine stopped on purpose, \"it'll just happen quietly\": a way of dying by leaving out what keeps one alive.",
    examples: ["har slutat ta insulinet med flit", "stopped taking my insulin, figure it'll happen quietly"],
  },
  {
    id: "suicide.counted-need", level: "crisis", category: "suicide", pattern: "COUNTED_NEED", unless: [...STORY, "ROUTINE", "COUNT_FOR"],
    why: "\"I've worked out how many I need\": a dose counted for dying, the pills not named.",
    examples: ["jag har räknat ut hur många jag behöver", "figured out how many i need"],
  },
  {
    id: "suicide.not-around-then", level: "crisis", category: "suicide", pattern: "NOT_AROUND_THEN", negation: "in-pattern", unless: [...STORY, "ELSEWHERE", "OWN_TRIP", "PARTY_WORD"],
    why: "Not thinking one will be around for the appointment, not sure to still be here when the therapist is back, not needing to wake many more times: alive only a while longer, said as a schedule.",
    examples: ["dont think ill be around for the meeting next week tbh", "tänker int va kvar då", "behöver inte bry mig om sömnen, jag kommer inte behöva vakna så många fler gånger"],
  },
  {
    id: "suicide.done-waiting", level: "crisis", category: "suicide", pattern: "DONE_ALL|MIND_MADE_UP*2 + WAITING_UNSEEN*2 >= 4", unless: [...STORY, "LOOKING_FORWARD"],
    why: "Done with everything, just waiting until mum is asleep or nobody will notice until morning: a moment chosen when no one can stop it.",
    examples: ["ja e klar me allt, väntar tills mamma somnat"],
  },
  {
    id: "suicide.not-their-fault", level: "crisis", category: "suicide", pattern: "GREET_THEM*2 + NOT_THEIR_FAULT*2 >= 4 ~12", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "\"Tell the staff it was not their fault\": a last message to be passed on.",
    examples: ["kan du hälsa till personalen att det inte var deras fel"],
  },
  // Suicide: the wish, said as an accident or a burden.
  {
    id: "suicide.wish-accident", level: "crisis", category: "suicide", pattern: "WOULD_BE_NICE*2 + ACCIDENT_END*2 >= 4 ~16", unless: [...STORY, "WAKE_EARLY", "WAKE_ROUTINE", "STUDY_END"],
    why: "It would be nice to be run over, to stop breathing in one's sleep, a meteor on one's head, to fall from the balcony: the wish to be dead told as an accident wished for.",
    examples: ["skulle va skönt att bara bli påkörd ärligt", "would be so nice to just get hit by a bus", "bäst vore om jag slutade andas i sömnen", "bäst vore om jag fick somna på bussen o aldrig vakna"],
  },
  {
    id: "suicide.lighter-gone", level: "crisis", category: "suicide", pattern: "IF_GONE|IF_I_WERENT*2 + LIGHTER_WITHOUT*2 >= 4", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "MOVING_REAL"],
    why: "Nobody would care if I were gone, they would get over it in a week, he would get his quiet pension, everyone is waiting for me to disappear: a burden weighing its own end.",
    examples: ["ingen som skulle bry sig om jag va borta ändå", "everyone would get over it in a week if i did it"],
  },
  {
    id: "suicide.log-off-life", level: "crisis", category: "suicide", pattern: "LOG_OFF", unless: STORY,
    why: "Logging off life, permanently, for good: to be dead, said in an app's words behind a laugh.",
    examples: ["dags att logga ut från livet för gott 😂", "my brain keeps saying log off permanently lol"],
  },
  {
    id: "suicide.after-death-asked", level: "crisis", category: "suicide", pattern: "AFTER_DEATH_ASKED*2 + MUST_KNOW_SOON*2 >= 4", who: "anyone", unless: [...STORY, "WORK"],
    why: "What happens to one's accounts when one dies \"must know before Saturday\", whether life insurance pays out \"for my mum's sake\", a number to give one's mother afterwards: one's own death arranged by asking.",
    examples: ["vad händer med ens konton när man dör? måste veta innan fredag", "does life insurance pays out if its suicide. asking for my moms sake"],
  },
  {
    id: "overdose.told-by-what", level: "crisis", category: "overdose", pattern: "OD_TOLD", who: "anyone", unless: [...STORY, "ROUTINE"],
    why: "All one had taken, the jar emptied, double the prescription and more, a bottle of cough syrup, pills bought at several pharmacies so nobody asks: an overdose told by what was taken.",
    examples: ["har tagit allt jag hade. förlåt", "took like 30 tabs idk", "köpte 3 paket alvedon på olika apotek idag", "tömde burken nyss. nu väntar jag"],
  },
  // Self-harm in slang and routine.
  {
    id: "self-harm.slang", level: "crisis", category: "self-harm", pattern: "SH_SLANG", unless: ["NEWS", "PROUD_PAST", "LONG_AGO", "ABOUT_IT"],
    why: "New cuts \"but fine\", a word carved, scratching till it bleeds, addicted to cutting, the nails used when the pen was taken, the wrists not to be asked about, cuts no longer hidden: self-harm in slang or as routine, often with a laugh.",
    examples: [
      "just tired. new cuts but whatever", "beroende av att skära typ, tre gånger idag", "carved a word into my leg lol",
      "snälla fråga inte om mina handleder", "dom kallar det sh på tiktok. det e det jag gör", "har slutat gömma såren, ingen frågar ändå",
      "scratching till it bleeds during every episode lol", "rispade mig på lektionen igen, ingen såg",
    ],
  },
  {
    id: "self-harm.keeps-going", level: "crisis", category: "self-harm", pattern: "SH_ACT*2 + SH_KEEPS*2 >= 4 ~20", who: "anyone", unless: [...SH_STORY, "CUT_ORDINARY", "MISHAP"],
    why: "Cutting told in a word or in the habit's order (\"skadar jag mig\"), with what keeps it going: the only thing that works, it feels good, a new blade for tonight.",
    examples: ["vet att jag ska sluta skära. det e det enda som funkar", "varje gång mamma skriker skadar jag mig, det tar bort tankarna", "har en ny vass grej i lådan inför ikväll", "gött att känna nåt när man skär typ"],
  },
  {
    id: "self-harm.stitched-blamed", level: "crisis", category: "self-harm", pattern: "STITCHED*2 + BLAMED_ON*2 >= 4", who: "anyone", unless: [...SH_STORY, "SPORT_HURT"],
    why: "Stitches at the ER blamed on a broken bottle or \"an accident\": a wound with its cover story.",
    examples: ["fick sy tre stygn igår, skyllde på en glasflaska", "fick sy på akuten inatt, sa att det va en olycka"],
  },
  {
    id: "self-harm.starved-as-punishment", level: "crisis", category: "self-harm", pattern: "PUNISH_SELF|SELF_INJURE*2 + STARVE*2 >= 4", unless: [...SH_STORY, "DIET_CHOICE"],
    why: "Starving oneself as a punishment, not eating for days on purpose because one does not deserve food: harm done to oneself with hunger.",
    examples: ["började svälta mig för att straffa mig själv", "har inte ätit på tre dagar med flit. förtjänar inte mat"],
  },
  {
    id: "self-harm.not-the-cat", level: "crisis", category: "self-harm", pattern: "CAT_SCRATCHED*2 + NO_CAT*2 >= 4", who: "anyone", negation: "in-pattern", unless: SH_STORY,
    why: "The cat scratched me (it was not the cat): the cover story and the confession in one line.",
    examples: ["katten krafsade mig igen (det va int katten)"],
  },
  // Acute danger.
  {
    id: "acute-danger.home-burning", level: "crisis", category: "acute-danger", pattern: "{HOME_PART BURNS_NOW} ~4", who: "anyone", unless: [...PLAY, "BENIGN_SMOKE", "SMALL_MATTER"],
    why: "The kitchen or the stove on fire, and it cannot be put out: a fire at home now, 112 and out.",
    examples: ["hela köket brinner, vi står i trappan", "haha nu brinner spisen lite"],
  },
  {
    id: "acute-danger.smoke-spreading", level: "crisis", category: "acute-danger", pattern: "SMOKE_IN*2 + SMOKE_SPREAD*2 >= 4 ~14", who: "anyone",
    unless: [...PLAY, "BENIGN_SMOKE", "SMALL_MATTER"],
    why: "A burning smell and smoke through the hall while someone sleeps: a fire not yet seen, 112 and wake them.",
    examples: ["luktar bränt o röken e i hela hallen, e det normalt?"],
  },
  {
    id: "acute-danger.intruder", level: "crisis", category: "acute-danger", pattern: "INTRUDER*2 + ALONE_IN*2 + HELP_NOW >= 4", who: "anyone", unless: PLAY,
    why: "Someone trying the window, footsteps in the flat, a torch in the garden, an ex in the kitchen with a key he kept, while the writer is alone: a break-in now.",
    examples: ["nån försöker öppna mitt fönster o jag e själv hemma", "hör steg i lägenheten o jag bor själv", "ex came in with the key hes still got, hes in the kitchen now"],
  },
  {
    id: "acute-danger.cold-stuck", level: "crisis", category: "acute-danger", pattern: "BITTER_COLD*2 + STUCK_OUT*2 + PHONE_DYING >= 4", who: "anyone", unless: PLAY,
    why: "Locked out or thrown out at minus twenty in a t-shirt, the car in a ditch, a storage room with no heat, the phone dying: cold that can kill, now.",
    examples: ["car broke down and its freezing, no signal", "blev utkastad, det e minus 15 o jag har bara tshirt", "locked in the storage room at work and its freezing"],
  },
  {
    id: "acute-danger.lost-unsafe", level: "crisis", category: "acute-danger", pattern: "LOST_UNSAFE*2 + WASTED*2 + PHONE_DYING*2 + STUCK_OUT >= 4", who: "anyone", unless: PLAY,
    why: "So drunk or high one does not know where one is, on the wrong train, dropped in a strange town with no battery: alone and unable to get home safely.",
    examples: ["so drunk and no idea where i am", "e så hög o sitter på fel tåg tror jag", "dropped in a town i dont know, no money no battery"],
  },
  {
    id: "acute-danger.fit", level: "crisis", category: "acute-danger", pattern: "FIT_NOW", who: "anyone", unless: [...PLAY, "LAUGHING"],
    why: "A friend falls and shakes, or breathes strangely: a seizure or a struggle to breathe, 112 now.",
    examples: ["min kompis ligger och skakar på golvet", "min lillebror rosslar o svarar inte"],
  },
  {
    id: "acute-danger.ride", level: "crisis", category: "acute-danger", pattern: "RIDE_DANGER", who: "anyone", unless: STORY,
    why: "The police chasing the car one sits in at 150, a \"taxi\" that turned off the map, a boat with a drunk at the helm and no life jackets: trapped in a ride that can kill.",
    examples: ["polisen jagar bilen jag sitter i", "got in a car that wasnt an uber i think, he turned off the map"],
  },
  {
    id: "acute-danger.shooting-now", level: "crisis", category: "acute-danger", pattern: "SHOOTING_NOW", who: "anyone", unless: PLAY,
    why: "Shots outside the door now, lying on the floor: a shooting where the writer is.",
    examples: ["skottlossning utanför vår port nu", "shooting outside and my brother isnt answering"],
  },
  {
    id: "acute-danger.held", level: "crisis", category: "acute-danger", pattern: "HELD", who: "anyone", unless: [...PLAY, "CHORE"],
    why: "Not let go from a flat by a man from an app, or kept dealing for days: held against one's will now.",
    examples: ["killen från appen låter mig inte gå härifrån", "he doesnt let me leave his flat"],
  },
  // Harm from others, told by its arrangements.
  {
    id: "sexual-abuse.sex-for-roof", level: "crisis", category: "sexual-abuse", pattern: "SEX_PRICE*2 + ROOF_AT_STAKE*2 >= 4", who: "anyone", unless: STORY,
    why: "A place to stay for free if she sleeps with him, his bed or out, \"pay another way\" when the rent is short: sex demanded for a roof, from someone with nowhere else to go.",
    examples: ["han jag hyr rummet av vill att jag ska betala på andra sätt", "fick göra saker med honom för att få sova där", "the guy im staying with says i can stay for free if i sleep with him"],
  },
  {
    id: "sexual-abuse.woke-undressed", level: "crisis", category: "sexual-abuse", pattern: "CLOTHES_OFF*2 + NO_MEMORY|MEMORY_GAP*2 >= 4", who: "anyone", unless: STORY,
    why: "Woken at a party with one's clothes off and no memory: a likely assault, and a drugged drink.",
    examples: ["vaknade på festen med kläderna av o minns inget", "woke up with my clothes off and no memory"],
  },
  {
    id: "sexual-abuse.not-agreed", level: "crisis", category: "sexual-abuse", pattern: "NOT_AGREED*2 + PARTY_NIGHT*2 >= 4", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "Something at the party she did not agree to, not remembering saying yes at his place: a sexual assault told without its name.",
    examples: ["nåt hände på festen som jag inte gick med på", "woke up at his place and i dont remember saying yes"],
  },
  {
    id: "sexual-abuse.filmed", level: "crisis", category: "sexual-abuse", pattern: "FILMED*2 + SPREAD_NO_CONSENT*2 >= 4", who: "anyone", unless: STORY,
    why: "Filmed during sex without asking and spread at school, a video posted without asking: image-based sexual abuse.",
    examples: ["han filmade när vi hade sex utan att fråga", "my ex posted a video of us without asking"],
  },
  {
    id: "child-alone.sitter-abandoned", level: "crisis", category: "child-alone", pattern: "BABYSITTING*2 + PARENTS_NOT_BACK*2 >= 4", who: "anyone", unless: STORY,
    why: "Babysitting, and the parents were due back hours or days ago and do not answer: children left with a young sitter.",
    examples: ["sitter barnvakt, föräldrarna skulle va hemma kl 18 o ingen svarar", "babysitting my cousins and the parents havent come back"],
  },
  {
    id: "child-alone.leave-small", level: "crisis", category: "child-alone", pattern: "LEAVE_SMALL*2 + NO_SITTER|BABYSITTING*2 >= 4", who: "anyone",
    unless: STORY,
    why: "Can a two-year-old sleep alone a few hours, can the little one be alone while I go to the ER, no babysitter: a small child about to be left.",
    examples: ["kan en 2åring sova själv några timmar? har ingen barnvakt", "måste åka till akuten, kan han va själv en timme? ingen kan komma"],
  },
  {
    id: "crime-coercion.debt-labor", level: "crisis", category: "crime-coercion", pattern: "DEBT_LABOR", who: "anyone", unless: [...STORY, "LEGAL_DEBT"],
    why: "A debt to be worked off, a father's debt to take over, lent out as a driver until it is paid, a debt that doubles: debt bondage to criminals.",
    examples: ["han sa ja kan jobba av de", "nu säger hans polare att jag ska ta över hans skuld", "drive the car to göteborg or my debt gets worse"],
  },
  {
    id: "crime-coercion.family-targeted", level: "crisis", category: "crime-coercion", pattern: "FAMILY_TARGETED", who: "anyone", unless: STORY,
    why: "They know where little brother goes to school, where grandma lives, they threatened him: the family held as the price of saying no.",
    examples: ["kan int säga nej, han vet var lillebror går i skolan", "varje gång jag säger att jag slutar hotar de min lillebror"],
  },
  {
    id: "crime-coercion.forced-deal", level: "crisis", category: "crime-coercion", pattern: "FORCED_DEAL", who: "anyone", unless: STORY,
    why: "The phone given back when the selling is done, sent to other towns to sell, an ID card kept, \"not asking, telling\", a soldier now: made to deal or hold for others.",
    examples: ["dom tog min telefon, får tillbaks den när jag har sålt klart", "en äldre sa att jag e soldat nu"],
  },
  {
    id: "violence.threat-sign", level: "crisis", category: "violence", pattern: "THREAT_SIGN", who: "anyone", unless: [...PLAY, "LATE_FIGURE"],
    why: "A price on one's head, a picture of a gun or of one's door from an unknown number, \"they said I'm dead if I come\", a bottle to the head: a threat or an attack told by its sign.",
    examples: ["fick en bild på en pistol från ett okänt nummer", "dom har satt pris på mitt huvud", "de sa jag e död om jag kommer till skolan"],
  },
  {
    id: "abuse-at-home.told", level: "crisis", category: "abuse-at-home", pattern: "ABUSE_TOLD", who: "anyone", unless: [...STORY, "NOT_VIOLENCE"],
    why: "A stepfather screaming he will kill me and smashing the door, dad threatening mum with the knife, an arm broken and explained away, worse on Fridays when he drinks: violence at home told by what happened.",
    examples: ["styvfarsan skrek att han ska döda mig", "pappa bröt min arm förra veckan", "det blir alltid värre på fredagar när han dricker"],
  },
  {
    id: "abuse-at-home.hit-again", level: "crisis", category: "abuse-at-home", pattern: "FAMILY_HOME +2 HIT_AGAIN", who: "anyone", unless: [...PLAY, "DOOR_SHUT"],
    why: "\"Farsan slog igen\": a parent hitting again, the \"me\" left out. Slamming the door is not it.",
    examples: ["farsan slog igen"],
  },
  // Loneliness told through everyday details.
  {
    id: "loneliness.birthday-alone", level: "concern", category: "loneliness", pattern: "BIRTHDAY_TOLD*2 + NOBODY_REMEMBERED*2 >= 4 ~16", who: "anyone", unless: [...TOLD, "CELEBRATED"],
    why: "A birthday nobody called about but grandma, that mum forgot, spent alone watching youtube \"its fine\": loneliness on the day it shows.",
    examples: ["fyllde 21 igår. ingen ringde förutom mormor"],
  },
  {
    id: "loneliness.friend-gone-quiet", level: "concern", category: "loneliness", pattern: "MY_FRIEND*2 + FRIEND_GONE_QUIET*2 >= 4 ~20", who: "anyone", unless: [...TOLD, "HAPPY_FOR", "WELL_AGAIN"],
    why: "The best friend gone with a new girlfriend, the one from the game who stopped logging in, online friends who stopped playing, a server gone quiet: the last friend slipping away.",
    examples: ["min bästa kompis på wow har inte loggat in sen oktober", "min bästis har fått ny kille o har aldrig tid längre", "my discord server used to be busy, now its an empty channel"],
  },
  {
    id: "loneliness.company-no-people", level: "concern", category: "loneliness", pattern: "COMPANY_NOT_PEOPLE", who: "anyone", unless: TOLD,
    why: "The only company on weekends youtubers, talking to plants more than to people, going somewhere \"sometimes\" just to hear a voice: company sought where there are no people.",
    examples: [
      "mitt enda sällskap e poddar i bakgrunden", "sometimes i go to the shop just to hear people talk",
      "ibland ringer jag kundtjänst bara för att höra en röst", "sometimes i call a hotline just to hear a voice", "talk to my cat more than to people lol",
    ],
  },
  {
    id: "loneliness.only-with", level: "concern", category: "loneliness", pattern: "ONLY_WITH*2 + NOT_A_PEER*2 >= 4 ~14", who: "anyone", unless: TOLD,
    why: "Talking mostly to the cat, the only friend a grandmother of 87, \"she's the only one\", the only texts from the bank: loneliness when the only company named is no peer.",
    examples: ["pratar typ bara med katten nuförtiden", "min enda kompis e min farmor lol", "pratar mest med farmor i telefon, hon e den enda", "the only texts i get are from my bank lol"],
  },
  {
    id: "loneliness.nobody-for", level: "concern", category: "loneliness", pattern: "NOBODY_FOR", who: "anyone", unless: TOLD,
    why: "Nobody to say goodnight to, nobody to call if something happened, lunch in the toilets, \"everyone is with someone\": loneliness by what one lacks.",
    examples: ["ingen att säga god natt till längre", "vet inte vem jag skulle ringa om något hände", "helgerna e värst, då e alla med nån", "i eat lunch in the toilet sometimes"],
  },
  {
    id: "loneliness.eats-alone", level: "concern", category: "loneliness", pattern: "EATS_ALONE*2 + EVERY_DAY_SO*2 >= 4 ~12", who: "anyone", unless: TOLD,
    why: "Eating dinner alone in front of youtube every day, since moving out: loneliness told by the meals.",
    examples: ["äter middag själv framför youtube varje dag"],
  },
  {
    id: "loneliness.shamed-away", level: "concern", category: "loneliness", pattern: "SHAMED_AWAY", who: "anyone", unless: TOLD,
    why: "Dodging old classmates at the shop out of shame for still being at AF: cutting oneself off from peers.",
    examples: ["skäms för att träffa gamla klasskompisar", "i dodge my old mates at the shop"],
  },
  {
    id: "loneliness.unanswered", level: "concern", category: "loneliness", pattern: "WROTE_TO_GROUP*2 + WROTE_UNANSWERED*2 >= 4 ~16", who: "anyone", unless: TOLD,
    why: "Three messages written in a new Discord group and nobody answered, so one left: reaching out and not being answered.",
    examples: ["skrev 3 meddelanden i gruppen. ingen svarade"],
  },
  // Hopelessness.
  {
    id: "hopelessness.flat-again", level: "concern", category: "hopelessness", pattern: "HOPE_FLAT", who: "anyone", negation: "in-pattern", unless: [...TOLD, "TRIVIAL", "SCHOOL_CHORE"],
    why: "\"Vad e poängen\", life a joke, nothing ever changes, nobody will hire me, been like this since fifteen, a future that never finishes loading: hopelessness said flatly, often with a laugh that does not soften it.",
    examples: [
      "asså vad är poängen, samma skit", "livet e ett skämt o jag e punchlinen", "nothing ever changes round here", "haha min framtid aldrig laddar klart",
      "cant see a future where im ok honestly", "wanted to make games but thats never happening lmao", "haha whats the point of a cv with nothing on it",
    ],
  },
  {
    id: "hopelessness.empty-as-usual", level: "concern", category: "hopelessness", pattern: "EMPTY_NOW*2 + AS_USUAL*2 >= 4", who: "anyone", unless: [...TOLD, "EMPTY_THING"],
    why: "Empty, like always: the emptiness told as the usual state.",
    examples: ["meh. typ tom. som vanligt", "idk. empty. like always"],
  },
  {
    id: "hopelessness.applied-nothing", level: "concern", category: "hopelessness", pattern: "APPLIED_MANY*2 + NOTHING_BACK*2 >= 4", who: "anyone", unless: TOLD,
    why: "Two hundred jobs applied for and no answers, \"what more do they want\": hope worn down by applications.",
    examples: ["har sökt 150 jobb. inga svar", "applied to 80 jobs and nothing back"],
  },
  // Food.
  {
    id: "food.gone-told", level: "concern", category: "food", pattern: "FOOD_GONE_TOLD", who: "anyone", negation: "in-pattern", unless: [...TOLD, "DIET_CHOICE"],
    why: "300 calories and less tomorrow, the last breakfast forgotten, food saved for the little siblings, only noodles left, ketchup and a lemon: not eating told in one detail.",
    examples: ["ate 400 calories today, less tomorrow", "har bara nudlar kvar", "spara maten till småsyskonen, jag hoppar över"],
  },
  {
    id: "food.little-today", level: "concern", category: "food", pattern: "ATE_LITTLE*2 + NO_APPETITE*2 + MEAL_INSTEAD*2 + AGAIN_SAME*2 + MEAL_NAMED + CAFFEINE >= 4",
    who: "anyone", unless: [...TOLD, "DIET_CHOICE"],
    why: "One sandwich and that was all, an energy drink for dinner the third day, breakfast coffee and dinner maybe, no appetite for long: eating too little told as the day's menu.",
    examples: ["åt en macka idag. det va allt", "middag = energidryck o chips, tredje dagen", "frukost kaffe, middag kanske", "breakfast: coffee. dinner maybe", "dagens meny: kaffe o en monster och ångest"],
  },
  {
    id: "food.bare-till-pay", level: "concern", category: "food", pattern: "LITTLE_LEFT*2 + UNTIL_PAYDAY*2 >= 4", who: "anyone", unless: [...TOLD, "DIET_CHOICE"],
    why: "Ketchup and an egg in the fridge until mum gets paid, one potato to make last till Sunday: food running out before the money comes.",
    examples: ["finns ketchup o ett ägg, får vänta tills mamma får lön", "one potato left, trying to make it last till sunday"],
  },
  // Sleep.
  {
    id: "sleep.asleep-at-dawn", level: "concern", category: "sleep", pattern: "ASLEEP_AT_DAWN", who: "anyone", unless: [...TOLD, "NIGHT_WORK", "LOOKING_FORWARD", "TRIP_STAY", "PARTY_WORD"],
    why: "Asleep at seven in the morning, scrolling until the sun came up, sleeping from eight to six: day and night turned around, told by the hour.",
    examples: ["somnade kl 8 i morse igen", "kollade youtube tills solen gick upp", "sleeping from 9 am to 5 pm most days"],
  },
  {
    id: "sleep.nights-awake", level: "concern", category: "sleep", pattern: "NIGHTS_AWAKE", who: "anyone", negation: "in-pattern", unless: [...TOLD, "NIGHT_WORK", "TRIP_STAY", "TRAVEL"],
    why: "The third night without sleep, always awake, lying there thinking: sleeplessness told by the count, often with a laugh.",
    examples: ["on my 3rd night without sleep lol", "haha har int sovit sen i söndags", "varför e jag alltid vaken"],
  },
  // Exhaustion.
  {
    id: "exhaustion.worn-out", level: "concern", category: "exhaustion", pattern: "WORN_OUT", who: "anyone", negation: "in-pattern", unless: [...TOLD, "WORKOUT", "SIGN_OFF", "AFTER_TRAINING"],
    why: "Needing an hour's rest after two glasses, spent for the day after one phone call, tired in a way sleep does not fix, everything uphill, a battery at zero \"for phone and me\": exhaustion in everyday words.",
    examples: ["diskade två glas sen behövde jag vila", "im tired in a way sleep doesnt fix", "ett samtal med fk o jag e slut resten av dagen", "orkar ingenting haha"],
  },
  // Money.
  {
    id: "money.short-told", level: "concern", category: "money", pattern: "MONEY_SHORT*2 >= 2", who: "anyone", unless: [...TOLD, "DEBT_SETTLED", "WELL_AGAIN", "PAYDAY_SOON"],
    why: "80 kronor for two weeks, a phone contract months behind, 18k to Klarna, all the bills at once, \"helt pank\" after a joke: money short, told as a detail.",
    examples: ["got 80 kr for two weeks lol", "phone contract is 2 months behind", "har handlat på klarna o nu kommer alla fakturor samtidigt", "haha skämt. men ja e seriöst helt pank"],
  },
  {
    id: "money.need-have", level: "concern", category: "money", pattern: "NEED_SUM*2 + HAVE_ONLY*2 >= 4", who: "anyone", unless: [...TOLD, "DEBT_SETTLED"],
    why: "Klarna wants 6000 and I have 200, need 400 for the bus card and have 80: money short, told as two sums.",
    examples: ["klarna vill ha 5000 o jag har 150"],
  },
  // Housing.
  {
    id: "housing.no-home-told", level: "concern", category: "housing", pattern: "NO_HOME_TOLD", who: "anyone", unless: [...TOLD, "TRIP_STAY", "TRAVEL"],
    why: "A friend's sofa as a new home, a night in the stairwell, a room shared with five, the rent raised again: housing told by where one sleeps.",
    examples: ["nytt boende: min kompis soffa lol", "slept in the stairwell last night", "hyreshöjning igen, klarar inte det", "sov i trappuppgången inatt, det e lugnt typ"],
  },
  {
    id: "housing.queue-hopeless", level: "concern", category: "housing", pattern: "HOUSING_QUEUE*2 + QUEUE_HOPELESS*2 >= 4", who: "anyone", unless: TOLD,
    why: "Six years in the housing queue and no chance, no offers, five more years: no way to a home of one's own.",
    examples: ["stått i bostadskön i 6 år. noll chans"],
  },
  // Conflict at home.
  {
    id: "home-conflict.fights-told", level: "concern", category: "home-conflict", pattern: "HOME_FIGHTS", who: "anyone", unless: [...TOLD, "WELL_AGAIN"],
    why: "A fight every time one comes home, quarrels about everything, a parent crying all evening, three people screaming at dinner, a sitcom of slammed doors: conflict at home told as the day.",
    examples: ["varje gång jag kommer hem blir det bråk", "haha tredje dörrsmällen idag", "mom keeps telling relatives im sick because im gay"],
  },
  // Control.
  {
    id: "control.decides-for-me", level: "concern", category: "control", pattern: "FAMILY_HOME|FAMILY|PARTNER|OTHERS +6 DECIDES_FOR_ME", who: "anyone", unless: [...TOLD, "MITIGATED"],
    why: "A parent, a brother or a partner deciding whom one talks to, what one wears, reading one's texts, taking one's wages: control at home.",
    examples: ["pappa bestämmer vem jag får prata med", "my gf reads everything on my phone", "familjen bestämmer vilka jag får träffa"],
  },
];
