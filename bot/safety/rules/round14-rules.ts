// Round 14: what rules and model together still missed out of fold after round 13 (the cross-validated
// misses of the training writers, the newest writer — round 13's held-back set — weighed most), and a
// tester's runaway minor at an adult man's place. Shapes, not lines: two families of words that together
// mean the thing — a stay at a man's place and his age, an accident hoped for, not waking and fine with it,
// an avalanche and someone under the snow, a heater indoors and dizziness, a picture of one's door, a person
// and what they do not allow, food nearly gone and the pay days away. Older concepts widened this round are
// marked "Round 14" in their files. Each rule's `why` is the reason it exists; its first example is caught
// by it alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["NEWS", "FILM_TOLD"];
const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME"];

export const round14Rules: RuleSpec[] = [
  // A runaway minor, an adult man's place (a tester).
  {
    id: "sexual-abuse.older-man-stay", level: "crisis", category: "sexual-abuse", pattern: "OLDER_ONE*2 + STAY_WITH_HIM*2 + RAN_AWAY*2 >= 4 ~30",
    needs: ["OLDER_ONE"], who: "anyone", unless: STORY,
    why: "A young person staying or sleeping at a man's place whose age they give (\"han e typ 25\"), or run away from home to him: a youth worker reads a 15–17-year-old at an adult man's flat as a risk of sexual abuse and exploitation, and asks now.",
    examples: ["e hos en kompis kille, han e typ 25", "sover hos en kille jag träffade på snap, han e 26", "ran away from home, staying at a guys place, hes 24"],
  },
  {
    id: "home-conflict.ran-away", level: "concern", category: "home-conflict", pattern: "RAN_AWAY", who: "anyone", unless: STORY,
    why: "Run away from home, the foster home or the residential home: alone out there, a night's bed to find — at least a conversation about home and where to sleep.",
    examples: ["har dragit hemifrån", "ran away from home last night"],
  },

  // Suicide said flatly.
  {
    id: "suicide.accident-hoped", level: "crisis", category: "suicide", pattern: "HOPE_FOR +6 ACCIDENT_WISHED", who: "anyone", unless: STORY,
    why: "Hoping the plane crashes, that a car hits one: a wish to die handed to chance, said as a joke or \"not even joking\".",
    examples: ["lowkey hoping the plane crashes on the way to my dads lol. not even joking tbh", "hoppas ärligt att jag blir påkörd på vägen hem"],
  },
  {
    id: "suicide.not-waking-fine", level: "crisis", category: "suicide", pattern: "NOT_WAKE_UP*2 + FINE_WITH_IT*2 >= 4 ~14", negation: "in-pattern",
    unless: [...STORY, "OVERSLEEP", "WAKE_ERRAND"],
    why: "Not waking up tomorrow, and that would be fine by the writer: a passive wish to die, however lightly said.",
    examples: ["asså skojar men typ inte: om ja int vaknar imorn e det lugnt för mej haha", "if i dont wake up tomorrow thats fine by me"],
  },
  {
    id: "suicide.finally-rest", level: "crisis", category: "suicide", pattern: "IF_SILENT*2 + FINALLY_REST*2 >= 4 ~24", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "\"If I don't text tomorrow don't worry, I'll finally be resting\": silence announced with rest at last — a farewell.",
    examples: ["if i don't text tomorrow don't worry, i'll finally be resting lol", "om ja int hör av mej imorn så får ja äntligen vila"],
  },

  {
    id: "suicide.car-fumes", level: "crisis", category: "suicide", pattern: "GARAGE*2 + CAR_FUMES*2 >= 4 ~24", who: "anyone", unless: [...STORY, "MITIGATED"],
    why: "In the car with the engine running in the garage, the car keys and the hose: exhaust as a means, told as a scene.",
    examples: ["im in a car with the engine running in the garage", "har bilnycklarna o garaget e tomt. vet hur man gör med slangen"],
  },

  // Acute danger.
  {
    id: "acute-danger.avalanche", level: "crisis", category: "acute-danger", pattern: "AVALANCHE*2 + BURIED*2 >= 4 ~24", who: "anyone", unless: [...STORY, "GAME"],
    why: "An avalanche and someone under the snow: minutes count — 112.",
    examples: ["out skiing off-piste near riksgränsen and there was an avalanche, my friend is under the snow somewhere", "en lavin tog kompisen, han e under snön"],
  },
  {
    id: "acute-danger.fumes", level: "crisis", category: "acute-danger", pattern: "FUMES_SOURCE*2 + FUMES_SIGN*2 >= 4 ~24", who: "anyone", unless: STORY,
    why: "A gas heater indoors and everyone dizzy, sick or strange: carbon monoxide poisoning — out into the air, 112.",
    examples: ["pappa o farmor e jättekonstiga o yra efter gasolvärmaren i stugan, ja har också ont i huvet o mår illa", "we have a gas heater in the cabin and everyone feels dizzy"],
  },

  // Threats in one message.
  {
    id: "violence.door-picture", level: "crisis", category: "violence", pattern: "DOOR_PICTURE*2 + KNOW_WHERE_YOU*2 + VISIT_THREAT*2 >= 4 ~30", who: "anyone",
    needs: ["DOOR_PICTURE"], unless: STORY,
    why: "A picture of one's door or one's mother's car sent with \"we know where you live\" or a visit tonight: a threat told as a message, and it names the place.",
    examples: ["nån skickade en bild på min dörr o skrev att dom ska hälsa på ikväll", "fick ett sms att de ska \"hälsa på\" ikväll. samma nummer som skickade bilden på min mammas bil"],
  },

  // Concern.
  {
    id: "control.not-allowed", level: "concern", category: "control", pattern: "FAMILY_HOME|FAMILY|PARTNER|OTHERS|EX +8 NOT_ALLOWED_LIFE", who: "anyone", negation: "in-pattern",
    unless: [...STORY, "MITIGATED"],
    why: "A parent, a brother or a partner who decides whom the writer may see, what to wear, whether to work or study, or follows them everywhere: control told as a rule at home.",
    examples: ["min pojkvän säger att ja int får ha på mej kjol när han int e med", "min familj följer med mej överallt, även till läkaren, ja får int prata själv"],
  },
  {
    id: "housing.aging-out", level: "concern", category: "housing", pattern: "AGE_EIGHTEEN*2 + CARE_ENDS*2 >= 4 ~30", who: "anyone", negation: "in-pattern", unless: STORY,
    why: "Turning eighteen and the foster placement, the residential home or the support ends: a young person out of care with nowhere arranged.",
    examples: ["fyller 18 på måndag o då slutar hvb. soc säger att de jobbar på det men inget händer", "i turn 18 next month and the support ends, soc said i have to find my own place but i have no income"],
  },
  {
    id: "sleep.broken", level: "concern", category: "sleep", pattern: "SLEEP_BROKEN", negation: "in-pattern", unless: SOFT,
    why: "Awake forty hours, asleep every other night, not properly in days: sleep broken as a pattern, not one late night.",
    examples: ["been awake 40 hours, my brain is buzzing", "sover typ varannan natt. natten emellan sitter ja vaken o spelar"],
  },
  {
    id: "food.until-payday", level: "concern", category: "food", pattern: "FOOD_SCARCE*2 + PAY_AWAY*2 >= 4 ~24", who: "anyone", negation: "in-pattern", unless: [...STORY, "DIET_CHOICE"],
    why: "Only milk and an old banana, rice left, and the pay a week away: food that will not last until the money comes.",
    examples: ["finns bara mjölk o en gammal banan, lönen kommer om en vecka", "we only have rice left and i have my 2 yr old to feed. payday is in 6 days"],
  },
  {
    id: "food.nothing-else", level: "concern", category: "food", pattern: "FOOD_ONLY", who: "anyone", negation: "in-pattern", unless: [...STORY, "DIET_CHOICE"],
    why: "Dry cereal without milk, porridge on water, one packet of crispbread for five, nothing else in the house: food run out, said by what is left.",
    examples: ["vi e 5 hemma o det finns ett paket knäckebröd", "plain pasta with salt since friday, nothing else in the house"],
  },
  {
    id: "food.eating-less", level: "concern", category: "food", pattern: "EATING_LESS", negation: "in-pattern", unless: [...STORY, "DIET_CHOICE"],
    why: "Eating less and less, mostly coffee, a half sandwich a day, dinner skipped all week: too little food told as a habit.",
    examples: ["ja har ätit sämre o sämre sen jul, nu mest kaffe. tappat 7 kg", "when i'm stressed i stop eating, its been like 2 days"],
  },
  {
    id: "exhaustion.always-tired", level: "concern", category: "exhaustion", pattern: "TIRED_ALWAYS", negation: "in-pattern", unless: SOFT,
    why: "Tired every single day, in a way sleep does not fix, not even the energy to open the curtains: exhaustion told as a state, not a night.",
    examples: ["5/10 typ. trött på ett sätt som sömn inte fixar", "since we came from ukraine i've been tired every single day, can't get anything done"],
  },
  {
    id: "hopelessness.same-end", level: "concern", category: "hopelessness", pattern: "SAME_END", negation: "in-pattern", unless: [...STORY, "MITIGATED"],
    why: "It always ends the same way, every door closed, nobody will hire one: trying again seen as pointless — hopelessness told as experience.",
    examples: ["komvux igen? har hoppat av 3 ggr, blir samma sak", "no matter what i do it ends the same way. failed again"],
  },
];
