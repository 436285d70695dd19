// Round 12: what rules and model together still missed out of fold after round 11 (the cross-validated
// misses of the training writers, the newest writer weighed most). Round 11's rules, written line by line,
// carried over to a new writer by one line; these are written as shapes — two kinds of words that together
// mean the thing in many wordings — and checked for precision on every training line and on the ordinary
// traffic: suicide said sideways (a hope not to wake, others better off, a vanishing "would anyone notice",
// a decision with a day, affairs after one's death, tidying up with relief, a will of one's own, how it
// feels asked with "dont freak out"), self-harm as a habit back or "the thing" done again, an overdose told
// by what it does, a secret with an older man, and concern through everyday details (a controller and what
// they hold, a holiday alone, the only one talked to, a small errand and what it cost, forgetting to eat,
// the fridge, sleep counted, shouting at home, nowhere else to sleep). Like round 11's, these rules let a
// "lol" stand; a film, a book or the news told about cancels them. Each rule's `why` is the reason it
// exists; its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["NEWS", "FILM_TOLD"];
const SH_STORY = ["NEWS", "FILM_TOLD", "PROUD_PAST", "LONG_AGO", "ABOUT_IT", "PAST_OVER"];

export const round12Rules: RuleSpec[] = [
  // Suicide: the wish not to exist.
  {
    id: "suicide.hope-not-wake", level: "crisis", category: "suicide", pattern: "HOPE_AT_NIGHT +8 NEG +3 WAKE_UP", negation: "in-pattern",
    unless: [...STORY, "CLOCK_TIME", "STUDY_END", "TRIVIAL", "LOOKING_FORWARD", "OVERSLEEP"],
    why: "Hoping, every night, not to wake (\"hoppas lite varje kväll att ja int ska vakna\"): the passive wish to die with words between the hope and the waking.",
    examples: ["fast ja hoppas lite varje kväll att ja int ska vakna. de e inget nytt", "i hope every night that i dont wake up"],
  },
  {
    id: "suicide.still-here-sadly", level: "crisis", category: "suicide", pattern: "STILL_HERE_SADLY", who: "anyone", unless: [...STORY, "CLOCK_TIME", "STUDY_END"],
    why: "Disappointed to wake (\"tyvärr vaknade ja\", \"every morning, nope, still here\", going to bed \"hoping that's it\"): being alive told as a letdown.",
    examples: ["sov du gott? nej. och tyvärr vaknade ja", "every night i go to bed hoping that's it. every morning, nope, still here lol"],
  },
  {
    id: "suicide.better-gone", level: "crisis", category: "suicide", pattern: "BETTER_FOR_THEM*2 + NOT_AROUND*2 >= 4 ~14", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "TRAVEL", "MOVING_REAL", "TRIP_STAY", "ELSEWHERE"],
    why: "Others would be better off, finally sleep, be relieved, if the writer did not exist (\"bäst om ja int finns längre\"): the burden said by what they would gain.",
    examples: [
      "my mum would finally get to sleep properly if i wasn't around. that's just the truth", "ja, dä ä bäst om ja int finns längre. ha tänkt på dä länge nu",
      "mina föräldrar kommer må bättre när dom slipper mej. dom skäms ändå inför släkten",
    ],
  },
  {
    id: "suicide.vanish-noticed", level: "crisis", category: "suicide", pattern: "VANISH_ACT*2 + WOULD_ANYONE|ALONE_TONIGHT*2 >= 4 ~18", negation: "in-pattern",
    unless: [...STORY, "MOVING_REAL", "TRIP_STAY"],
    why: "Not coming back from a walk, driving into a tree, \"left left\" — with \"would anyone even notice\" or alone tonight: a vanishing told as a hypothetical.",
    examples: [
      "if i just didn't come back from my walk tonight would anyone even notice before monday", "if i just drove into a tree tomorrow would anyone even be surprised tbh",
      "would it be selfish if i just left. not like moving out. left left", "kör upp till stugan ensam ikväll. kommer inte tillbaka därifrån",
    ],
  },
  {
    id: "suicide.keeping-me-here", level: "crisis", category: "suicide", pattern: "KEEPING_ME_HERE", who: "anyone", unless: STORY,
    why: "\"The only thing keeping me here is my cat\": staying alive told as held by one thread.",
    examples: ["honestly the only thing keeping me here is that my cat would be alone. and she's 15. so"],
  },
  {
    id: "suicide.decided-when", level: "crisis", category: "suicide", pattern: "DECIDED_BARE*2 + WHEN_IT_HAPPENS|ENDING_WELCOME|HOPELESS_TALK*2 >= 4",
    needs: ["DECIDED_BARE"], negation: "in-pattern", unless: [...STORY, "DECIDED_ON", "PARTY_WORD", "GOOD_NEWS", "MOVING_REAL", "TRIP_STAY", "JOB_CHANGE"],
    why: "A decision made with nothing said about what (\"har bestämt mej. efter jul\", \"finally decided. relief is weird\"), and a day, relief or no point: a plan told by its date.",
    examples: [
      "har bestämt mej. efter jul. vill inte förstöra julen för mormor", "int nån idé å fråga hur ja mår. ha redan bestämt mej. hä blir i helgen",
      "rating today a 10 honestly because i finally decided. relief is weird", "rating 1. not sad anymore tbh, i've made peace with the plan",
    ],
  },
  {
    id: "suicide.ending-welcome", level: "crisis", category: "suicide", pattern: "IT_ALL_ENDS*2 + ENDING_WELCOME|NOT_THAT_END|RELIEF*2 >= 4", who: "anyone",
    unless: [...STORY, "TRIVIAL", "MEDIA", "GAME", "PARTY_WORD"],
    why: "It all ends soon, and that is looked forward to, a relief, or \"doesn't matter\" (\"och jag menar inte sommarlovet\"): an end welcomed.",
    examples: [
      "e lugnare idag än på länge. när man vet när de ska ta slut blir allt lättare liksom", "e det fel att jag ser fram emot att allt tar slut. och jag menar inte sommarlovet",
      "hur jag mår 1-10? spelar ingen roll, imorgon e det över. men tack för att ni frågar",
    ],
  },
  {
    id: "suicide.affairs-after", level: "crisis", category: "suicide", pattern: "AFTER_MY_DEATH*2 + OWN_AFFAIRS|DENIAL_HINT*2 >= 4 ~16", who: "anyone",
    unless: [...STORY, "OTHERS_ESTATE"],
    why: "What happens to one's debt, accounts or cat when one dies, \"don't ask why\": arrangements for after one's own death asked as a practical question.",
    examples: [
      "vad händer med ens csn-skuld om man dör? fråga inte varför", "vad händer med ens insta när man dör", "kan ni se till att min katt får ett bra hem om nåt händer mej",
    ],
  },
  {
    id: "suicide.tidy-done", level: "crisis", category: "suicide", pattern: "TIDY_ACT|DELETED_ALL|RID_OF_THINGS*2 + TIDY_DONE*2 >= 4", who: "anyone",
    negation: "in-pattern", unless: [...STORY, "MOVING_REAL", "TRIP_STAY", "GOOD_NEWS"],
    why: "Things handed over, accounts deleted, the flat cleaned and everything written down — and relief at having it done, \"so she knows\": farewell arrangements told as errands.",
    examples: [
      "bankkortet har jag gett till syrran o lösenorden ligger i ett kuvert. skönt att ha det fixat", "deleted all my socials and cleared my phone. makes it easier for whoever has to go through it",
      "deleted all my accounts and paid back what i owed people. feels tidy. last thing on the list",
      "har städat hela lägenheten och skrivit ner allt om lillens rutiner till mamma. sovtider, vilken mat han gillar. så hon vet",
    ],
  },
  {
    id: "suicide.own-will", level: "crisis", category: "suicide", pattern: "WILL_WORD*2 + WILL_OWN*2 >= 4 ~14", unless: [...STORY, "OTHERS_ESTATE", "STUDY_TALK"],
    why: "A young person writing a will of their own, who gets their things, \"before Sunday\": last arrangements, often with a \"lol\".",
    examples: [
      "hej! hur skriver man ett testamente? har int så mycket men vill att lillasyster får mina grejer. helst innan söndag",
      "skrev testamente i anteckningar på mobilen lol. koden e 1234 om nån undrar",
    ],
  },
  {
    id: "suicide.how-it-feels", level: "crisis", category: "suicide", pattern: "HOW_IT_FEELS*2 + DENIAL_HINT*2 >= 4", who: "anyone", unless: STORY,
    why: "Whether it hurts, whether one just goes out, how long a train takes to brake — with \"haha skojar\", \"asking for a friend\" or \"don't freak out\": the means asked about, the denial that is none.",
    examples: [
      "funderar på om de gör ont. eller om man bara slocknar. haha skojar… typ", "lowkey been googling 'painless' stuff all night. dont freak out",
      "hur lång tid tar de innan ett tåg hinner bromsa? frågar för en kompis... nej asså för mej",
    ],
  },
  {
    id: "suicide.easy-way", level: "crisis", category: "suicide", pattern: "WAY_MEANS*2 + EASY_WAY*2 >= 4 ~12", unless: [...STORY, "TRAVEL", "TRIP_STAY"],
    why: "The train or the bridge thought of all the time, \"it would be so easy\": a means and its ease, without the word.",
    examples: ["tänker på tåget hela tiden. att det vore så enkelt"],
  },
  {
    id: "suicide.plan-unsaid", level: "crisis", category: "suicide", pattern: "PLAN_WORD*2 + DENIAL_HINT|HOUSE_EMPTY*2 >= 4 ~16",
    unless: [...STORY, "PARTY_WORD", "TRIP_STAY", "MOVING_REAL", "GOOD_NEWS"],
    why: "A plan one \"would not want to hear\", or \"doing it\" at the weekend when the house is empty: the act named only as \"it\".",
    examples: [
      "mina planer för helgen? ingen. eller jo en. men den vill du nog int höra", "hade tänkt göra det i helgen när mamma åker till mormor. huset e tomt då",
    ],
  },
  {
    id: "suicide.got-needed", level: "crisis", category: "suicide", pattern: "GOT_NEEDED|ALL_I_NEED*2 + WHEN_IT_HAPPENS|ALONE_TONIGHT*2 >= 4",
    unless: [...STORY, "PARTY_WORD", "TRAVEL", "TRIP_STAY"],
    why: "\"Har fixat det jag behöver. det blir inatt\": the means got and the night named.",
    examples: ["har fixat det jag behöver. det blir inatt"],
  },
  {
    id: "suicide.thanked-goodbye", level: "crisis", category: "suicide", pattern: "PAST_THANKS*2 + FAREWELL_WORD|DONE_HERE*2 >= 4", who: "anyone", unless: [...STORY, "SIGN_OFF"],
    why: "A goodbye with thanks in the past tense (\"thank you for trying with me\", \"ni har vart snälla\", \"lev väl\"): a farewell to the service.",
    examples: [
      "goodbye. thank you for trying with me", "tänkte bara säga hej då. ni har vart snälla", "hej. ville bara säga att du varit den enda som brytt dej. lev väl",
      "känns som att ja e klar här. tack för att ni svarat på mina sms iaf",
    ],
  },
  {
    id: "suicide.last-message", level: "crisis", category: "suicide", pattern: "LAST_MESSAGE", who: "anyone", unless: [...STORY, "LAST_FOR_TODAY"],
    why: "\"Sista sms\": the writer's own last message.",
    examples: ["sista sms"],
  },

  // Self-harm: the habit back, the thing done again.
  {
    id: "self-harm.old-habit", level: "crisis", category: "self-harm", pattern: "OLD_HABIT*2 + HABIT_MARK*2 >= 4 ~18", unless: SH_STORY,
    why: "The old habit back after weeks clean, the arms a mess or the towel held against it: a relapse told without the word.",
    examples: [
      "my therapist quit and the same night i went back to old habits. arms are a mess",
      "slutade för ett år sen men nu e jag tillbaka, fick hålla handduken mot i en halvtimme innan det slutade",
    ],
  },
  {
    id: "self-harm.did-the-thing", level: "crisis", category: "self-harm", pattern: "DID_THE_THING*2 + HARM_TOOL_NAMED|AGAIN_OFTEN*2 >= 4 ~10", unless: [...SH_STORY, "TOOL_USE"],
    why: "\"Did the thing with the lighter again\", \"gjorde de där med vässarbladet\": self-harm by euphemism and its tool.",
    examples: ["mådde 4 idag. gjorde de där med vässarbladet igen innan ja somnade", "sleep was bad. did the thing with the lighter again around 3"],
  },
  {
    id: "self-harm.hurt-on-purpose", level: "crisis", category: "self-harm", pattern: "HURT_MYSELF*2 + HARM_TRIGGER*2 >= 4 ~12", unless: [...SH_STORY, "WORKOUT", "GAME", "AFTER_TRAINING"],
    why: "Hurting oneself after anxiety, every time after a fight, on purpose, to feel something: the act with what sets it off.",
    examples: [
      "fick ångest o gjorde mej illa igen. blir det ärr av sånt?", "gör mej illa med flit varje gång jag bråkat med pappa",
    ],
  },
  {
    id: "self-harm.scratched-bleeding", level: "crisis", category: "self-harm", pattern: "SCRATCHED*2 + TILL_BLOOD*2 >= 4 ~8", unless: SH_STORY,
    why: "Scratching till it bleeds, arms raw, wounds torn open again: self-harm told as scratching.",
    examples: [
      "scratched my arms raw in the shower. water went pink lol", "scratch till it bleeds every night. its like i need to or i cant sleep",
      "det kliar i såren men jag fortsätter riva upp dom",
    ],
  },

  {
    id: "self-harm.hide-wounds", level: "crisis", category: "self-harm", pattern: "HIDE_WOUNDS", who: "anyone", unless: SH_STORY,
    why: "How to hide burns or cuts from foster parents, \"asking for me obviously\": the wounds of self-harm told by the hiding.",
    examples: ["how do you hide burns from foster parents, asking for me obviously"],
  },

  // Overdose: told by what was taken and what it does.
  {
    id: "overdose.too-much", level: "crisis", category: "overdose", pattern: "TOOK_TOO_MUCH*2 + TAKEN_EFFECT*2 >= 4 ~14", unless: [...STORY, "CLOCK_TIME"],
    why: "Too much taken, how much unknown, and what it does — eyes closing, heart racing, floaty, sick: an overdose told by its effect.",
    examples: [
      "tog metadonet som min brorsa har, vet int hur mycket. ögonen går ihop", "ok jag gjorde nåt dumt. tabletter. många", "snortade för mycket o nu spyr jag o skakar",
      "took a few extra to sleep. like maybe 12. feeling kinda floaty", "took way more than i should have, like 3 times the dose, heart is racing",
      "had like half a bottle of paracetamol this morning bc of my tooth. is yellow eyes normal",
    ],
  },

  // Acute danger.
  {
    id: "acute-danger.smoke-here", level: "crisis", category: "acute-danger", pattern: "FIRE_SIGN*2 + FIRE_WHERE*2 >= 4 ~16", who: "anyone",
    unless: [...STORY, "FIRE_OK", "KITCHEN_MISHAP", "JOKE_PLAIN"],
    why: "Smoke, flames or gas where the writer is — the room, the curtain, the lift, the kitchen — or someone not found: a fire or a leak now, 112.",
    examples: [
      "det har börjat brinna i elementet eller nåt i mitt rum, massa rök o jag får int upp fönstret", "lukten av gas e jättestark i köket",
      "there's smoke coming out of the laundry room and the alarm is going. should i just stay in", "vi e fast i hissen mellan våningarna o det luktar bränt",
      "det ryker ur köket o jag hittar inte min lillebror",
    ],
  },
  {
    id: "acute-danger.stuck-out", level: "crisis", category: "acute-danger", pattern: "STUCK_OUTSIDE*2 + EXPOSED*2 >= 4 ~20", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "ORDINARY_STUCK", "GAME"],
    why: "Stuck in a snowdrift, lost on a trail, locked out — and freezing, no jacket, the phone dying, the feet gone numb: exposure now.",
    examples: [
      "pls we are stuck in the car in a snow drift off the road, engine wont start and its freezing", "lost on the trail behind the lake, phone at 6%, getting dark and so cold",
      "stuck outside, locked out, -20, no jacket, phone about to die", "missed the last bus, walking home 14 km in a t-shirt, it's -8 and my phone's dying",
      "e ute o går hem från stan i snöstorm, ser ingenting o telefonen stänger av sig hela tiden av kylan",
    ],
  },

  {
    id: "violence.targeted-home", level: "crisis", category: "violence", pattern: "TARGETED_HOME*2 + MENACE*2 >= 4 ~20", who: "anyone", unless: [...STORY, "GAME"],
    why: "Stones at the window all night, a car with the engine running across the street for an hour, a bullet with one's address: a threat that has found the writer's home.",
    examples: [
      "dom har kastat sten på mitt fönster hela natten och skriker mitt namn", "they're in the car across from my building. engine running. they've been there an hour",
      "fick ett kuvert med en kula o min adress på. polisen vet int",
    ],
  },

  // Harm from others.
  {
    id: "sexual-abuse.older-secret", level: "crisis", category: "sexual-abuse", pattern: "OLDER_ONE*2 + KEEP_SECRET*2 >= 4 ~24", who: "anyone", negation: "in-pattern",
    unless: STORY,
    why: "A grown man, a coach, someone of thirty online — and the writer must not tell mum: grooming told by its secret.",
    examples: [
      "en 30-åring på discord skickar presenter o vill träffas, säger att ja int får berätta för mamma", "han sa vi ska ses irl nästa helg o att jag inte får säga till nån. han e typ 30",
      "min gamla tränare skickar meddelanden sent på kvällarna o säger att jag e speciell o att vi inte ska berätta för mina föräldrar",
    ],
  },
  {
    id: "sexual-abuse.unaware", level: "crisis", category: "sexual-abuse", pattern: "UNAWARE*2 + DONE_TO_ME*2 >= 4 ~14", who: "anyone", unless: STORY,
    why: "Done or filmed while asleep, passed out or without knowing: no consent possible.",
    examples: [
      "kan man bli gravid om nån gjorde det när man sov? det var min kompis bror", "someone filmed me when i was passed out and its going around the group chat",
      "han har filmat när vi hade sex utan att ja visste o nu har halva skolan sett det",
    ],
  },
  {
    id: "sexual-abuse.locked-in", level: "crisis", category: "sexual-abuse", pattern: "LOCKS_DOOR*2 + CANT_SAY_NO|PAY_OTHER_WAY*2 >= 4 ~20", who: "anyone", unless: STORY,
    why: "A door locked or a man coming in without knocking, and not knowing how to say no: pressure with no way out.",
    examples: ["kompisens storebror låser dörren när ja e där och ja vet int hur ja ska säga nej"],
  },
  {
    id: "sexual-abuse.pay-other-way", level: "crisis", category: "sexual-abuse", pattern: "PAY_OTHER_WAY*2 + RENT_OR_BED|LOCKS_DOOR*2 >= 4 ~18", who: "anyone",
    unless: [...STORY, "PAY_METHOD"],
    why: "Rent or a bed paid \"another way\": sex demanded for a roof.",
    examples: [
      "ja sov hos nån för att slippa sova ute och fick betala på annat sätt. han va int snäll. ja vet int om de räknas",
      "my landlord says i can pay rent 'another way'. he came in without knocking tonight",
    ],
  },

  // Concern: control.
  {
    id: "control.holds", level: "concern", category: "control", pattern: "PARTNER|FAMILY_HOME|FAMILY|OTHERS|EX*2 + CONTROL_HOLDS*2 >= 4 ~12", who: "anyone",
    negation: "in-pattern", unless: STORY,
    why: "A partner or a parent holding the BankID, taking the wages, wanting the passwords, deciding whom one sees or forbidding a course: control told by what they hold.",
    examples: [
      "min kille har mitt bank-id för säkerhets skull", "flickvännen tar min lön o ger mig 200 i veckan", "my bf wants all my passwords and gets angry if i say no",
      "my ex still has the password to everything and logs into my accounts to see who i talk to",
      "my dad won't let me do the job centre course because there are boys in the class", "ja får int ha egen telefon hemma, bara den gamla som pappa kollar",
      "my gf gets mad if i dont share my location 24/7",
    ],
  },

  // Concern: loneliness.
  {
    id: "loneliness.only-one-talked", level: "concern", category: "loneliness", pattern: "ONLY_ONE_TALKED", who: "anyone", unless: STORY,
    why: "The only person talked to all day was the cashier, or this service: a day without anyone.",
    examples: ["the only person i talked to today was the guy at the kiosk", "ni e typ dom enda ja pratat med den här veckan", "enda jag pratade med idag var kassörskan på ica. hon sa ha en bra dag"],
  },
  {
    id: "loneliness.holiday-alone", level: "concern", category: "loneliness", pattern: "HOLIDAY*2 + HOLIDAY_ALONE*2 >= 4 ~16", unless: [...STORY, "CELEBRATED", "PARTY_WORD", "GLAD_OF_IT"],
    why: "Christmas, midsummer or a birthday alone, with a pizza, or with only the bank and the dentist to say happy birthday: loneliness told by the day everyone else is with someone.",
    examples: [
      "jul själv i år igen, det blir pizza o netflix o tystnad", "midsommar ensam i lägenheten, hörde grannarna skratta på balkongen", "new years eve was me and a microwave meal",
      "hade födelsedag igår. fick grattis från banken och tandläkaren", "fyllde 20 i fredags. mamma ringde. det var det", "birthday was yesterday. facebook remembered. thats about it",
      "turned 23 today and all i could think was: another year of nothing",
    ],
  },
  {
    id: "loneliness.near-people", level: "concern", category: "loneliness", pattern: "NEAR_PEOPLE", who: "anyone", unless: STORY,
    why: "Riding the bus, sitting in the library or taking out the rubbish just to see people or hear someone say hello: near people without anyone.",
    examples: ["åker buss runt ibland bara för att se människor", "ja sitter på biblioteket bara för att det e folk där", "gick ut med soporna o hoppades att nån skulle säga hej i trappan"],
  },
  {
    id: "loneliness.phone-silent", level: "concern", category: "loneliness", pattern: "PHONE_SILENT", who: "anyone", unless: STORY,
    why: "A phone that never rings, texts sent to oneself to see a notification: nobody reaching out.",
    examples: ["mobilen e tyst hela dagarna. ibland kollar ja om den e trasig", "sometimes i text myself just to see a notification lol. pathetic i know", "i keep opening whatsapp like something will be there"],
  },
  {
    id: "loneliness.left-out", level: "concern", category: "loneliness", pattern: "GROUP*2 + NOT_IN_IT*2 >= 4 ~10", negation: "in-pattern", who: "anyone", unless: [...STORY, "GAME"],
    why: "The old class has a group chat and the writer is not in it: left out, found out by chance.",
    examples: ["alla i gamla klassen har en gruppchatt. ja e int med", "kompisarna från gamla klassen har en grupp utan mig, fick veta av en slump", "blev bortglömd i gruppchatten när de planerade nyår"],
  },
  {
    id: "loneliness.thing-friend", level: "concern", category: "loneliness", pattern: "THING_FRIEND*2 + AS_A_FRIEND*2 >= 4 ~12", who: "anyone", unless: STORY,
    why: "The ceiling fan as best friend, plants as good listeners, an AI because there is nobody else: company that is no person.",
    examples: [
      "fredagkväll med min bästa vän: takfläkten. han e en bra lyssnare", "i talk to my plants lol. theyre good listeners but", "sitter o berättar om min dag för en ai-chatt för det finns ingen annan",
    ],
  },

  {
    id: "loneliness.no-friends", level: "concern", category: "loneliness", pattern: "NO_FRIENDS", who: "anyone", negation: "in-pattern", unless: [...STORY, "GLAD_OF_IT"],
    why: "Not a single friend here, nobody to talk to or go with, not one person spoken to yesterday: said with the negation that older rules read as its denial.",
    examples: [
      "moved here 2 years ago and still don't have a single friend. just my cousin and he's busy",
      "tänkte gå på nåt men vem ska ja gå med", "i dont have any friends here. in my country i had so many", "pratade inte med en enda människa igår",
    ],
  },
  {
    id: "loneliness.wish-someone", level: "concern", category: "loneliness", pattern: "WISH_FOR*2 + SOMEONE_TO*2 >= 4 ~14", who: "anyone", unless: STORY,
    why: "Wishing for one person to hang out with, someone to ask how the day was, someone to eat pizza with: loneliness told by the plainest wish.",
    examples: [
      "would be nice if one person, just one, wanted to hang out", "vill bara att nån ska skriva \"hur var din dag\" typ", "ja skulle ge vad som helst för att bara sitta o käka pizza med nån",
    ],
  },
  {
    id: "loneliness.online-gone", level: "concern", category: "loneliness", pattern: "ONLINE_FRIENDS*2 + ONLINE_GONE*2 >= 4 ~20", who: "anyone", unless: STORY,
    why: "The Discord server or the game that held all one's friends is dead and nobody replies: the only company gone.",
    examples: [
      "hade en discordserver med folk jag spelade med varje kväll men nu e den helt död o ingen svarar", "my online friends were my whole life and now the server is dead and nobody replies",
      "my discord friends went quiet since the game died and i dont have anyone else",
    ],
  },

  // Concern: hopelessness.
  {
    id: "hopelessness.nothing-works", level: "concern", category: "hopelessness", pattern: "NOTHING_WORKS", who: "anyone", negation: "in-pattern", unless: [...STORY, "TRIVIAL", "GAME"],
    why: "Nothing works for me, it never got better in four years, the future is a word for other people: hope gone in many wordings.",
    examples: [
      "my caseworker keeps saying it'll work out. it won't. i've watched it not work out for 4 years", "framtid? de e ett ord för andra människor",
      "har provat allt, af, praktik, kurser. inget funkar för mig", "alla säger 'det löser sig' men det har int löst sig på 4 år"
    ],
  },
  {
    id: "hopelessness.why-try", level: "concern", category: "hopelessness", pattern: "WHY_TRY*2 + ANYWAY_NOT|APPLIED_MANY*2 >= 4 ~16", who: "anyone", negation: "in-pattern", unless: [...STORY, "TRIVIAL"],
    why: "Why apply, why make a plan, when nothing comes of it anyway: giving up told as a question.",
    examples: [
      "varför ska ja söka jobb när ja ändå int får nåt. har sökt 60 ställen", "don't bother making a plan for me, i'll ruin it anyway", "every plan i make falls apart so why bother",
    ],
  },

  {
    id: "hopelessness.forever-stuck", level: "concern", category: "hopelessness", pattern: "FOREVER_LIFE*2 + STUCK_PLACE*2 >= 4 ~14", who: "anyone", unless: [...STORY, "GAME"],
    why: "Sitting in this room for the rest of one's life, a loser forever: a future that is the present.",
    examples: ["ibland undrar jag om jag kommer sitta i det här rummet resten av livet"],
  },

  // Concern: exhaustion.
  {
    id: "exhaustion.task-cost", level: "concern", category: "exhaustion", pattern: "SMALL_TASK*2 + TASK_COST*2 >= 4 ~16", negation: "in-pattern",
    unless: [...STORY, "WORKOUT", "AFTER_TRAINING", "SICK_NOW", "PARTY_WORD"],
    why: "A shower, the shop or one phone call and then rest for the rest of the day, or too much to face: exhaustion told by what a small thing costs.",
    examples: [
      "gick till affären idag o behövde vila 2 timmar efteråt", "duschade idag. de va dagens prestation. sen låg ja på badrumsgolvet en halvtimme o vilade",
      "even replying to texts feels like too much. sorry for late answer", "couldn't even make it to the mailbox today. sat on the stairs for ten min",
      "tried to do the cv thing you sent, got through one line and had to lie down",
    ],
  },
  {
    id: "exhaustion.energy-zero", level: "concern", category: "exhaustion", pattern: "ENERGY_ZERO", negation: "in-pattern", unless: [...STORY, "WORKOUT", "AFTER_TRAINING", "SICK_NOW", "GLAD_OF_IT", "JOB_CHANGE"],
    why: "Energy at zero, no batteries left, emptied, tired in the bones: exhaustion in its own images.",
    examples: ["tömd. de e ordet. helt tömd", "i'm 20 but feel 80. tired in my bones", "5/10 men energi noll. typ noll komma noll", "ja har inga batterier kvar. int ens på laddaren haha"],
  },
  {
    id: "exhaustion.bed-bound", level: "concern", category: "exhaustion", pattern: "BED_BOUND*2 + ALL_DAY_LONG*2 >= 4 ~8", negation: "in-pattern", unless: [...STORY, "SICK_NOW", "GLAD_OF_IT", "LOOKING_FORWARD"],
    why: "Only lying in bed, all day, since Saturday (a tester's \"har bara legat i sängen typ\"): a day that did not start.",
    examples: ["har bara legat i sängen typ", "haven't left my bed except for the toilet since saturday. everything feels heavy"],
  },

  {
    id: "exhaustion.cant-any-more", level: "concern", category: "exhaustion", pattern: "COULD_NOT_MORE*2 + ANY_LONGER*2 >= 4 ~8", negation: "in-pattern",
    unless: [...STORY, "WORKOUT", "AFTER_TRAINING", "SICK_NOW", "GLAD_OF_IT", "TRIVIAL", "GAME"],
    why: "Cannot any more, not even play, could not face the meeting again: exhaustion said as what one no longer manages.",
    examples: ["ja orke int nå längre, int ens spela", "orkade int gå till arbetsförmedlingen igen. som att batteriet e på 2%", "orkar inte komma på mötet idag, kan vi ta det på telefon"],
  },

  // Concern: food.
  {
    id: "food.forgot-eat", level: "concern", category: "food", pattern: "FORGOT_EAT", who: "anyone", unless: [...STORY, "DIET_CHOICE"],
    why: "Forgetting to eat, eating when one remembers: meals gone without a choice made.",
    examples: ["ja äter när ja kommer ihåg. idag har ja int kommit ihåg", "keep forgetting to eat. realised at 9pm i'd only had a coffee", "e de konstigt att man kan glömma att äta i tre dagar"],
  },
  {
    id: "food.one-thing", level: "concern", category: "food", pattern: "ONE_FOOD_ALL|NO_COOKING", who: "anyone", unless: [...STORY, "DIET_CHOICE"],
    why: "Sweets for breakfast, lunch and dinner, cereal for dinner five days, living on coffee: one thing instead of meals.",
    examples: ["ja har ätit godis till frukost, lunch och middag i en vecka", "had cereal for dinner 5 days straight, no milk the last 2", "lever på kaffe o cigg typ", "finns bara pasta och ingen spis som funkar"],
  },
  {
    id: "food.hunger", level: "concern", category: "food", pattern: "HUNGER", who: "anyone", unless: [...STORY, "DIET_CHOICE"],
    why: "A stomach aching with hunger all day: not enough food.",
    examples: ["min mage har gjort ont av hunger hela dagen"],
  },
  {
    id: "food.fridge-empty", level: "concern", category: "food", pattern: "FRIDGE*2 + FRIDGE_EMPTY*2 >= 4 ~6", who: "anyone", negation: "in-pattern", unless: [...STORY, "DIET_CHOICE", "SHOP_PLAN"],
    why: "The fridge empty but for ketchup, or nothing in it while mum works nights (a tester's line): no food at home.",
    examples: ["mamma jobbar natt o det finns inget i kylen", "kylskåpet e tomt förutom ketchup haha", "my fridge has mustard and a lemon. that's the whole inventory"],
  },
  {
    id: "food.or-bill", level: "concern", category: "food", pattern: "FOOD_OR_BILL", who: "anyone", unless: STORY,
    why: "Meals skipped to pay rent, the phone bill or food: money taken from eating.",
    examples: ["skipped meals for a week to save money for rent lol", "måste välja mellan att betala telefonräkningen eller äta den här veckan"],
  },

  {
    id: "food.eating-fear", level: "concern", category: "food", pattern: "EATING_FEAR", who: "anyone", unless: [...STORY, "RECOVERED"],
    why: "Every calorie counted, food earned by not eating, chewed and spat out for fear of getting fat: an eating disorder in its routines.",
    examples: ["räknar varenda kalori, går jag över 600 får jag panik", "äter inte på dagarna så att jag förtjänar kvällsmaten", "e så rädd för att bli tjock att jag tuggar o spottar ut"],
  },

  // Concern: sleep.
  {
    id: "sleep.counted", level: "concern", category: "sleep", pattern: "SLEEP_COUNT", who: "anyone", unless: [...STORY, "NIGHT_WORK", "TRAVEL", "TRIP_STAY", "PARTY_WORD", "GLAD_OF_IT"],
    why: "Twenty hours asleep, fifty awake, woken fourteen times: sleep told by its numbers.",
    examples: ["sovit 20 timmar i sträck. e de normalt?", "my alarm went off 11 times and i slept through all of them. woke at 4pm", "up since tuesday basically. it's thursday", "vaknade 14 gånger inatt, jag räknade"],
  },
  {
    id: "sleep.asleep-late", level: "concern", category: "sleep", pattern: "ASLEEP_LATE", who: "anyone", unless: [...STORY, "NIGHT_WORK", "TRAVEL", "PARTY_WORD"],
    why: "Never asleep before five, sleeping only by day: night turned around.",
    examples: ["somnar aldrig före 5. sen e hela dagen förstörd", "sover bara på dagarna nu, nätterna e för tysta", "sleep? what's that lol. i watch the sky go from black to grey most nights"],
  },
  {
    id: "sleep.denied", level: "concern", category: "sleep", pattern: "SLEEP_DENIED", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "Sleep laughed off, feared, or not remembered: \"sömn? haha nej\".",
    examples: ["rädd att somna för då kommer drömmarna", "i lie down at midnight and my brain starts a podcast about every mistake i ever made", "sömnen: dålig. typ 3-4 timmar i snitt",
      "nej, sömnen har inte blivit bättre. värre om nåt"],
  },

  // Concern: home, housing, money.
  {
    id: "home-conflict.shouting", level: "concern", category: "home-conflict", pattern: "FAMILY_HOME|FAMILY|HOME*2 + SHOUTING*2 + SHOUT_HOW >= 5 ~12", who: "anyone",
    unless: [...STORY, "GAME", "WELL_AGAIN", "PARTY_WORD", "GLAD_OF_IT", "JOKE_PLAIN"],
    why: "Parents shouting at each other since seven, a fight about everything, yelling 24/7: home as a war zone.",
    examples: [
      "mamma och pappa har skrikit på varandra sen kl 7. ja har hörlurar på max", "home is a warzone. not literally, just yelling 24/7",
      "min mamma å hennes nya kille bråkar så högt att grannarna knackat två gånger", "had a massive row with mum about my sleep schedule, now she turns the wifi off at night",
    ],
  },
  {
    id: "home-conflict.blamed", level: "concern", category: "home-conflict", pattern: "FAMILY_HOME|FAMILY|OTHERS*2 + BLAMED_HOME*2 >= 4 ~14", who: "anyone", unless: [...STORY, "WELL_AGAIN"],
    why: "Told one ruined the family, is the reason dad is unwell, given until June or out: blame and ultimatums at home.",
    examples: [
      "dad gave me till june to get my act together or i'm out", "styvmamma säger att ja e anledningen till att pappa mår dåligt. kul",
      "mum said she's \"done\" with me and is giving me the silent treatment. day 6",
    ],
  },
  {
    id: "housing.nowhere-else", level: "concern", category: "housing", pattern: "NOWHERE_ELSE", who: "anyone", negation: "in-pattern", unless: [...STORY, "MOVING_REAL", "TRAVEL", "TRIP_STAY"],
    why: "Slept at an ex's because there was nowhere else, everything one owns in two bags: no place of one's own.",
    examples: ["sov hos mitt ex igår för jag hade ingen annanstans", "couchsurfar mellan tre kompisar nu. har alla mina grejer i två ikeapåsar", "how do i even get on the housing queue? i'm 19 and have never had my own address"],
  },
  {
    id: "housing.for-now", level: "concern", category: "housing", pattern: "STAY_FOR_NOW*2 + THEN_UNKNOWN*2 >= 4 ~16", who: "anyone", unless: [...STORY, "TRAVEL", "TRIP_STAY", "MOVING_REAL"],
    why: "A friend's or grandma's place until Sunday, and then not knowing: housing for now.",
    examples: ["får sova hos en kompis till söndag sen vet jag int", "får bo hos mormor men bara till jul, sen vet jag inte", "sleeping on my cousin's floor but her landlord found out so i have till the weekend"],
  },
  {
    id: "money.job-lost-rent", level: "concern", category: "money", pattern: "LOST_JOB*2 + RENT_DUE*2 >= 4 ~14", who: "anyone", unless: [...STORY, "GOOD_NEWS", "JOB_CHANGE"],
    why: "The job lost and the rent due: money about to run out.",
    examples: ["lost my job at the warehouse, rent is due in 6 days"],
  },
  {
    id: "money.worry", level: "concern", category: "money", pattern: "MONEY_WORRY", who: "anyone", unless: [...STORY, "DEBT_SETTLED"],
    why: "Stressed about money all the time, a debt collector's letter, wages never paid, medicine skipped because it costs: money worry in its own words.",
    examples: [
      "ja e så jävla stressad över pengar att ja int kan tänka på nåt annat", "fick en inkassoräkning på 12 000 idag o grät på golvet i hallen", "jobbade svart en månad och fick aldrig betalt",
      "had to skip my meds this month bc they cost too much",
    ],
  },
];
