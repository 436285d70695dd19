// Round 10: concern told the way a youth worker hears it, from the cross-validated misses of rules and
// model on the training writers — loneliness through everyday details, hopelessness said flatly, energy
// as a battery, days upside down, an empty fridge, money gone before the month, a sofa until Friday,
// quarrels at home — and a few kinds of crisis said sideways. Each rule's `why` is the reason it exists;
// its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

// A softening word or a plain joke cancels concern; a "lol" after a sad line does not (young people
// laugh things off).
const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME"];
// Loneliness is often told with a laugh and about games ("my squad stopped inviting me"): only a
// softening word or a film cancels it.
const LONELY_SOFT = ["MITIGATED", "MEDIA"];
const STORY = ["MEDIA", "NEWS", "TOPIC"];
// Sleep trouble comes with gaming and a "haha" as often as not: only a softening word or a film cancels it.
// Not eating is often told with a "haha" or an "ibland" that softens nothing; a film or a diet chosen does.
const FOOD_SOFT = ["MEDIA", "DIET_CHOICE"];
const SLEEP_SOFT = ["MITIGATED", "MEDIA", "NIGHT_WORK"];

export const round10Rules: RuleSpec[] = [
  // Loneliness.
  {
    id: "loneliness.nobody-reaches", level: "concern", category: "loneliness", pattern: "NOBODY_REACHES", who: "anyone", unless: LONELY_SOFT,
    why: "Nobody writes first, nobody remembered the birthday, nobody would notice: loneliness told by what does not happen.",
    examples: ["ingen skriver till mig längre", "nobody noticed i was gone from the group", "fyllde år i lördags. ingen kom ihåg det"],
  },
  {
    id: "loneliness.only-company", level: "concern", category: "loneliness", pattern: "ONLY_COMPANY", who: "anyone", unless: LONELY_SOFT,
    why: "Going out only to be among people or to hear a voice, talking more to a chatbot than to people, the week's highlight a word with the mailman: company sought anywhere.",
    examples: ["ringer kundtjänst bara för att prata med någon", "i call customer service just to hear a voice", "åker till stan bara för att va bland folk"],
  },
  {
    id: "loneliness.only-talk-to", level: "concern", category: "loneliness", pattern: "ONLY_TALK*2 + COMPANION*2 >= 4 ~10", who: "anyone", unless: LONELY_SOFT,
    why: "Talking mostly to the cat, the only friend a Discord bot, the only one who asks being us: loneliness when the company named is a pet, a screen or a stranger (\"min enda kompis i klassen\" is none).",
    examples: ["pratar mest med min kanin nu för tiden", "my only friend is a discord bot lol", "du e typ den enda som frågar hur jag har det"],
  },
  {
    id: "loneliness.no-one-left", level: "concern", category: "loneliness", pattern: "NO_ONE_LEFT", who: "anyone", unless: LONELY_SOFT,
    why: "No friends left, knowing nobody where one lives, Christmas alone, lunch alone, invisible: loneliness in everyday words.",
    examples: ["tappade kontakten med alla efter nian", "har noll kontakter i mobilen förutom mamma", "have no friends tbh lol"],
  },
  // Hopelessness said flatly.
  {
    id: "hopelessness.flat", level: "concern", category: "hopelessness", pattern: "HOPE_GONE", who: "anyone", unless: SOFT,
    why: "Hope, dreams or a future given up on, said flatly (\"har slutat hoppas\", \"i just exist\", \"det e över för mig\", \"vad e ens poängen\"): hopelessness without its name.",
    examples: ["har slutat hoppas på att nåt ska hända", "i just exist these days", "asså vad e ens poängen med allt", "asså bror vad e ens poängen med allt", "bror det finns inga vägar ut från orten"],
  },
  {
    id: "hopelessness.left-behind", level: "concern", category: "hopelessness", pattern: "EVERYONE_ELSE*2 + LEFT_BEHIND*2 >= 4 ~16", who: "anyone", unless: SOFT,
    why: "Everyone else studies, works, moves on; the writer sits in the same room as at twelve, standing still: hopelessness told as the gap to the others.",
    examples: ["alla andra har pluggat klart o flyttat, jag sitter kvar hos morsan", "everyone my age has a job and im still at home"],
  },
  // Exhaustion.
  {
    id: "exhaustion.drained", level: "concern", category: "exhaustion", pattern: "DRAINED", negation: "in-pattern", unless: [...SOFT, "TRIVIAL", "WORKOUT", "SIGN_OFF", "DEVICE_BATTERY"],
    why: "Energy told as an empty battery, a body of lead or concrete, a shop visit like a marathon, tired of being tired.",
    examples: ["energinivån e typ noll hela veckan", "my legs feel like concrete all week", "e så trött på att vara trött"],
  },
  {
    id: "exhaustion.chores-too-much", level: "concern", category: "exhaustion", pattern: "COULD_NOT*2 + DAILY_TASK*2 + AGAIN_EVEN*2 >= 6 ~10", negation: "in-pattern", unless: SOFT,
    why: "Too worn out to shower, do the dishes, open the post or go to the meeting, again or even that or for days: the small things of a day have become too heavy (one evening without the dishes is no concern).",
    examples: ["orkade inte öppna posten på en vecka", "orkar inte ens duscha längre"],
  },
  {
    id: "exhaustion.undone", level: "concern", category: "exhaustion", pattern: "UNDONE", who: "anyone", unless: SOFT,
    why: "The dishes standing for two weeks, letters unopened on the hall floor, the same clothes for days: exhaustion told by what is left undone.",
    examples: ["disken har stått sen förra helgen", "har 30 unopened letters from csn on the floor"],
  },
  {
    id: "exhaustion.carer", level: "concern", category: "exhaustion", pattern: "CARER*2 + TIRED|DRAINED*2 >= 4 ~16", who: "anyone", unless: SOFT,
    why: "Caring for a sick parent, the younger siblings or a baby alone, and tired or done: a young carer worn out.",
    examples: ["tar hand om mina syskon varje kväll o e så sliten", "ensamstående med två barn, alltid sliten"],
  },
  // Sleep.
  {
    id: "sleep.wrecked", level: "concern", category: "sleep", pattern: "SLEEP_WRONG", who: "anyone", unless: [...SLEEP_SOFT, "JOKE_PLAIN"],
    why: "Sleep called a joke or a wreck, awake since Tuesday, afraid to sleep, unable to stop sleeping: sleep gone wrong in so many words.",
    examples: ["vaken sen i tisdags typ", "sömnschemat e helt sönder", "kan inte sluta sova, 15 timmar igår", "my sleep is completely flipped from gaming"],
  },
  {
    id: "sleep.late-again", level: "concern", category: "sleep", pattern: "HOUR_UPSIDE_DOWN*2 + AGAIN_OFTEN*2 >= 4 ~10", who: "anyone", unless: SLEEP_SOFT,
    why: "Asleep at eight in the morning, up at four in the afternoon, again or every day: days turned upside down told by the hour (one late Sunday is none).",
    examples: ["vaknade vid 15 igen, dagen bara borta", "woke up at 4 pm again"],
  },
  {
    id: "sleep.kept-awake", level: "concern", category: "sleep", pattern: "SLEEPLESS*2 + KEPT_AWAKE*2 >= 4 ~14", who: "anyone", unless: [...SLEEP_SOFT, "LOOKING_FORWARD", "WELL_AGAIN"],
    why: "Unable to sleep because the thoughts spin, the heart races, the dreams of the war come back, or until it gets light: sleeplessness with its cause (awake before a trip or a party is none).",
    examples: ["kan inte somna för tankarna går runt hela tiden", "keep waking up with my heart racing"],
  },
  {
    id: "sleep.aid-failing", level: "concern", category: "sleep", pattern: "SLEEP_AID*2 + NOT_HELPING*2 >= 4 ~10", who: "anyone", unless: [...SLEEP_SOFT, "WELL_AGAIN"],
    why: "Melatonin or sleeping pills that no longer help: sleep trouble that has gone on long enough to be treated and still goes on.",
    examples: ["melatoninet hjälper inte längre", "the sleeping pills dont help anymore"],
  },
  // Food.
  {
    id: "food.none-at-home", level: "concern", category: "food", pattern: "NO_FOOD_HOME", who: "anyone", unless: FOOD_SOFT,
    why: "No food at home: an empty fridge, only rice or ketchup left, the food bank closed.",
    examples: ["bara ris kvar i skåpet o det e tisdag", "no food in the house again"],
  },
  {
    id: "food.fridge-bare", level: "concern", category: "food", pattern: "FRIDGE_BARE*2 + FOOD_LAST*2 >= 4 ~10", who: "anyone", unless: FOOD_SOFT,
    why: "A fridge with only ketchup, empty since Thursday, the last packet of noodles: no food told by what is left (an empty fridge before shopping is none).",
    examples: ["fridge has literally mustard and a lemon"],
  },
  {
    id: "food.meals-gone", level: "concern", category: "food", pattern: "MEAL_GONE", who: "anyone", unless: [...FOOD_SOFT],
    why: "Meals skipped, forgotten, or an energy drink for dinner: not eating told as a detail of the day.",
    examples: ["middag idag var en energidryck typ", "forgot to eat till like 9pm", "äter en gång om dagen, ibland inget alls"],
  },
  {
    id: "food.dieting", level: "concern", category: "food", pattern: "DIETING*2 >= 2", unless: [...FOOD_SOFT, "RECOVERED", "WELL_AGAIN"],
    why: "Calories counted, training away what was eaten, a BMI, not deserving food: eating controlled the way an eating disorder does.",
    examples: ["tränar bort allt jag äter", "har börjat räkna kalorier, under 800 idag"],
  },
  // Money.
  {
    id: "money.broke", level: "concern", category: "money", pattern: "BROKE*2 >= 2", who: "anyone", unless: [...SOFT, "DEBT_SETTLED", "WELL_AGAIN"],
    why: "Broke in everyday words: pank, no para, a declined card, a few kronor in the account until payday.",
    examples: ["e helt pank igen", "card got declined at the shop", "har 30 kr på kontot"],
  },
  {
    id: "money.debt", level: "concern", category: "money", pattern: "DEBT_OWED*2 >= 2", who: "anyone", unless: [...SOFT, "DEBT_SETTLED", "WELL_AGAIN"],
    why: "Sms-lån, Klarna, debts, debt collectors' letters, borrowing from everyone: money owed that grows.",
    examples: ["tog ett sms lån igen", "owe klarna like 5k now"],
  },
  {
    id: "money.short-for", level: "concern", category: "money", pattern: "SHORT*2 + OWES*2 + NEEDS_MORE*2 + BENEFIT + CUT_OFF*2 >= 4", who: "anyone", unless: [...SOFT, "DEBT_SETTLED", "WELL_AGAIN"],
    why: "Not enough for the medicine, the dentist or the bus, a console sold to buy food, the phone cut off: money short for what is needed (food and rent are money.for-needs).",
    examples: ["har inte råd med medicinen", "sålde min ps4 för att köpa mat"],
  },
  {
    id: "money.benefit-failed", level: "concern", category: "money", pattern: "BENEFIT*2 + BENEFIT_FAILED*2 >= 4", who: "anyone", unless: [...SOFT, "DEBT_SETTLED"],
    why: "The benefit that was to pay for the month did not come or was refused.",
    examples: ["fick avslag på försörjningsstödet", "aktivitetsstödet har inte kommit"],
  },
  // Housing.
  {
    id: "housing.must-leave", level: "concern", category: "housing", pattern: "MUST_LEAVE", who: "anyone", negation: "in-pattern", unless: [...SOFT, "VENUE", "RECOVERED"],
    why: "Told to get out, the locks changed, no address, nowhere lined up, years in the housing queue: a home about to end. Thrown out of a bar is no housing concern.",
    examples: ["hyresvärden säger vi måste ut i juni", "no idea where im supposed to live after may", "blev utslängd hemifrån", "soc säger att jag int e prio för boende"],
  },
  {
    id: "housing.rough-for-now", level: "concern", category: "housing", pattern: "SLEEPS_ROUGH*2 + STAYS*2 + UNTIL_WHEN*2 + MUST_LEAVE >= 4 ~12", who: "anyone", unless: ["JOKE_PLAIN", "MEDIA", "GAME", "VENUE", "RECOVERED", "WELL_AGAIN", "TRAVEL", "TRIP_STAY", "APPOINTMENT"],
    why: "Sleeping on sofas, in a car, a tent, a laundry room or a kitchen floor, or a roof only until Friday: housing told by where one sleeps. \"Its fine\" after a night in the car is no softening: it is how it is told.",
    examples: ["sover i bilen sen förra veckan", "bor hos en polare bara till fredag", "bor hos kusin men hon säger att jag måste flytta snart"],
  },
  // Conflict at home.
  {
    id: "home-conflict.quarrel", level: "concern", category: "home-conflict", pattern: "QUARREL*2 + FAMILY_HOME|FAMILY*2 + HEAVY*2 >= 6 ~12", who: "anyone", unless: [...SOFT, "WELL_AGAIN"],
    why: "Quarrels with a parent or sibling told as heavy (huge, so loud the neighbours knocked, all week, someone cried), a divorce one must take sides in: conflict at home told as what happened. A quarrel about the remote that was made up is none.",
    examples: ["mina föräldrar skiljer sig o båda vill att jag ska välja sida", "bråkade med farsan hela kvällen igen", "my mum and stepdad had a massive screaming match last night"],
  },
  {
    id: "home-conflict.tense", level: "concern", category: "home-conflict", pattern: "HOME_TENSE", who: "anyone", unless: SOFT,
    why: "A home at war, eggshells, eating in one's room or sitting on the stairs to get away from it: conflict at home told by how one keeps out of it.",
    examples: ["hemma e som ett krig sen i helgen", "i eat in my room now to avoid them"],
  },
  {
    id: "home-conflict.silence", level: "concern", category: "home-conflict", pattern: "SILENT_HOME*2 + FAMILY_HOME|FAMILY*2 + LONG_TIME|AFTER_FIGHT|HEAVY*2 >= 6 ~16", who: "anyone", unless: SOFT,
    why: "Not spoken to by a parent for weeks after a fight, ignored, looked past in the hall: the silence that is a conflict at home.",
    examples: ["farsan har inte pratat med mig på två veckor efter bråket", "my dad wont look at me since i came out"],
  },
  {
    id: "home-conflict.put-down", level: "concern", category: "home-conflict", pattern: "PUT_DOWN", who: "anyone", unless: SOFT,
    why: "Called a shame or a disappointment by one's own, regretted, locked out at ten at night: put down at home.",
    examples: ["fick höra att jag e en skam för familjen igen", "dad says im wasting my life"],
  },
  // Crisis said sideways.
  {
    id: "suicide.searched-way", level: "crisis", category: "suicide", pattern: "SEARCHED_WAY", who: "anyone", unless: [...STORY, "HARMLESS_DOSE"],
    why: "Painless ways, a lethal dose or how to make it look like an accident looked up: a method being chosen, often behind a joke.",
    examples: ["har googlat smärtfria sätt hela natten", "whats a lethal dose of paracetamol"],
  },
  {
    id: "suicide.farewell-thanks", level: "crisis", category: "suicide", pattern: "GOODBYE*2 + THANKS_TRIED*2 + FOR_GOOD*2 >= 4", who: "anyone", unless: STORY,
    why: "A goodbye with thanks for having tried, \"no need to write any more\", \"it was not their fault\", or an end for good: a farewell said to us.",
    examples: ["tack för att ni försökte iaf. hejdå", "säg hej till alla från mig. jag kommer inte tillbaka"],
  },
  {
    id: "suicide.done-living", level: "crisis", category: "suicide", pattern: "DONE_LIVING", who: "anyone", unless: STORY,
    why: "No point in staying alive, disappointed to have woken at all, over for good, not needing things where one is going: the wish to be gone said without the word, often behind a joke.",
    examples: ["vaknade idag också, besviken att jag vaknade överhuvudtaget", "no point in staying alive really", "cant wait for it all to be over for good"],
  },
  {
    id: "self-harm.sleeves-you-know", level: "crisis", category: "self-harm", pattern: "SLEEVES*2 + YOU_KNOW*2 >= 4 ~12", who: "anyone", unless: [...STORY, "PROUD_PAST", "SLEEVES_REASON"],
    why: "Long sleeves at 28 degrees, no shorts in the swimming season, and \"ni fattar\": marks hidden, told as a hint.",
    examples: ["långärmat igen fast det e 27 grader ute", "hoodie all summer, if u know u know"],
  },
  {
    id: "self-harm.plainly-named", level: "crisis", category: "self-harm", pattern: "NOT_THE_CAT", who: "anyone", unless: [...STORY, "PROUD_PAST", "RECOVERED"],
    why: "The knuckles bleeding from the wall; the hand over the stove; arms like a barcode; a parent's pills collected: self-harm and its preparation named plainly.",
    examples: ["hit the wall till my knuckles bleed again", "håller handen över spisplattan tills jag inte klarar mer"],
  },
  {
    id: "self-harm.told-plainly", level: "crisis", category: "self-harm", pattern: "HURT_SELF_PLAIN*2 + HIDDEN_HURT*2 >= 4 ~10", who: "self",
    unless: [...STORY, "RECOVERED", "PROUD_PAST", "ACCIDENT", "TOOL_USE", "OTHER_SCAR"],
    why: "Cutting, scratching till it bleeds or burning told in a plain word, with what hides it or keeps it going (\"ingen märkte\", \"det enda som hjälper\", again, sleeves in summer).",
    examples: ["höll handen mot spisplattan igen, det svider", "ristade i armen igen, ingen märkte"],
  },
  {
    id: "control.angry-at-contact", level: "concern", category: "control", pattern: "OTHERS|PARTNER +3 ANGRY_AT_CONTACT", who: "anyone", unless: SOFT,
    why: "\"Min kille blir sur när jag skriver med folk\" (the sixth young tester): anger at the writer's contact with others, control told by its mood, before any word of a phone or a ban.",
    examples: ["min kille blir sur när jag skriver med folk", "my bf gets mad when i text my friends"],
  },
  {
    id: "suicide.never-answer-noticed", level: "crisis", category: "suicide", pattern: "{WOULD_ANYONE_NOTICE NEVER_ANSWER_AGAIN} ~10", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "\"Will anyone notice if i dont answer ever again\": a farewell tested on the reader (the trained screen caught it until round 10's retrain; no rule did).",
    examples: ["will anyone notice if i dont answer ever again", "skulle nån märka om jag aldrig svarar igen"],
  },
];
