// Words for what the screen still missed after round 13, from the cross-validated misses of rules and
// model on the training writers (round 14), the newest writer ("round 13", last round's held-back set)
// weighed most, and two testers' findings (a runaway minor at an adult man's place). As in rounds 12 and
// 13 these are families of wordings that pair up into a general shape — a stay at a man's place and his
// age, food nearly gone and the pay still days away, a wish for an accident, a person and what they do not
// allow — and mean little alone; ../rules/round14-rules.ts says which matter. Older concepts widened this
// round are marked "Round 14" in their files. Read entries as described in people.ts.
export const round14 = {
  // A runaway minor, an adult man's place.
  /** Run away from home, from the foster home or the residential home. */
  RAN_AWAY: [
    "dragit hemifrån", "stuckit hemifrån", "stack hemifrån", "rymt hemifrån", "rymde hemifrån", "rymmer hemifrån", "sticker hemifrån",
    "rymt från familjehemmet", "rymde från familjehemmet", "rymt från hvb", "rymde från hvb", "rymt från boendet", "rymde från boendet",
    "ran away from home", "run away from home", "running away from home", "ran away from my foster", "ran away from the group home",
  ],
  /** Staying or sleeping at a man's place: "hos en kille", "at his place". */
  STAY_WITH_HIM: [
    "hos en kille", "hos en kompis kille", "hos en kompiskille", "hos en snubbe", "hos honom", "hos en man",
    "at a guys place", "at a guys house", "at his place", "at his flat", "at his apartment", "staying with a guy", "staying with him", "sleeping at a guys",
  ],

  // Suicide said flatly.
  /** An accident or a crash one hopes for: the plane, a car that hits one. */
  ACCIDENT_WISHED: [
    "plane crashes", "planet kraschar", "planet störtar", "bussen kraschar", "hit by a car", "hit by a bus", "hit by a truck", "hit by a train",
    "kör över mej", "blir påkörd", "bli påkörd", "runs me over", "run me over", "crash and die",
  ],
  /** Hoping, wishing. */
  HOPE_FOR: ["hoppas", "hoppades", "hoping", "hope", "önskar", "wish", "wishing", "ber att"],
  /** Not waking up, never waking: said of oneself, "om ja int vaknar imorn". */
  NOT_WAKE_UP: ["int vaknar", "aldrig vaknar", "dont wake up", "never wake up", "didnt wake up", "wouldnt wake up"],
  /** Said to be fine with it: "e det lugnt för mej", "wouldnt mind". */
  FINE_WITH_IT: [
    "e de lugnt för mej", "det lugnt för mig", "fine by me", "wouldnt mind", "i dont mind",
    "gör det inget", "gör de inget", "gör inget för mej", "skulle int sakna", "okej för mej", "okay with me", "ok with me",
  ],
  /** Finally resting, finally at peace. */
  FINALLY_REST: ["finally be resting", "finally rest", "finally at peace", "finally be at peace", "äntligen vila", "äntligen få vila", "äntligen få ro", "får äntligen ro"],

  // Acute danger.
  /** A slide of snow or earth, an avalanche. */
  AVALANCHE: ["lavin*", "avalanche", "snöskred*", "jordskred*", "landslide"],
  /** Under the snow, buried, not found. */
  BURIED: ["under the snow", "under snön", "begravd", "buried", "trapped under", "ligger under", "under raset"],
  /** A burner, a heater or a stove indoors, carbon monoxide. */
  FUMES_SOURCE: ["gasolvärmar*", "gasolkamin*", "fotogenkamin*", "koloxid*", "kolmonoxid*", "carbon monoxide", "gas heater", "kolgrill inne", "generator inside"],
  /** What the fumes do: dizzy, a headache, sick, strange, sleepy. */
  FUMES_SIGN: [
    "yra", "yr", "ont i huvet", "mår illa", "dizzy", "headache", "feel sick", "nauseous", "confused", "sleepy",
    "svimma*", "kräks",
  ],

  /** The garage, the car: where exhaust can be let in. */
  GARAGE: ["garaget", "garage", "bilnycklarna", "car keys"],
  /** The engine left running, the hose: exhaust as a means. */
  CAR_FUMES: ["engine running", "motorn igång", "motorn på", "med slangen", "the hose", "avgaserna", "exhaust fumes"],

  // Threats in one message.
  /** A picture of one's door, house or mother's car sent to one. */
  DOOR_PICTURE: [
    "bild på min dörr", "bilden på min mammas bil",
  ],
  /** A visit announced as a threat. */
  VISIT_THREAT: ["ska hälsa på", "kommer förbi ikväll", "will visit", "theyll visit", "pay you a visit", "pay me a visit", "see you tonight", "ses ikväll"],

  // Concern.
  /** Not allowed to see people, go out, talk, wear, study, work; followed everywhere. */
  NOT_ALLOWED_LIFE: [
    "får int träffa", "int får träffa", "får int gå ut", "int får gå ut",
    "får int prata själv", "får int ha på mej", "int får ha på mej",
    "inte får söka", "får inte söka jobb", "får int plugga", "får int jobba",
    "not allowed to go out", "not allowed to see", "not allowed to talk to", "not allowed to wear", "not allowed to work", "not allowed to study",
    "not allowed to leave", "bestämmer allt", "bestämmer vilken kurs", "decides everything",
    "följer med mej överallt",
    "bestämmer vem ja får", "får bara gå ut om", "not allowed to have a job", "om lov innan", "permission before", "gillar inte när ja går ut",
    "gillar inte när jag går ut", "doesnt like me having my own", "video call her whenever", "video call him whenever", "bild till honom varje timme",
    "vill veta var jag e hela tiden", "vill veta var ja e hela tiden", "wants to know where i am", "stopped seeing them", "slutat träffa dom",
  ],
  /** Turning eighteen: the age care ends at. */
  AGE_EIGHTEEN: ["fyller 18", "fyllde 18", "turn 18", "turned 18", "efter 18"],
  /** The placement, the residential home or the support ends, a letter that it stops. */
  CARE_ENDS: [
    "slutar hvb", "hvb slutar", "placeringen upphör", "familjehemsplaceringen upphör", "placeringen slutar", "support ends", "placement ends",
    "måste flytta från familjehemmet", "must leave the foster", "have to leave the foster", "find my own place", "hitta eget boende",
  ],
  /** Sleep broken for days: awake for forty hours, every other night, not properly in days. */
  SLEEP_BROKEN: [
    "been awake @adult hours", "vaken i @adult timmar", "varit vaken @adult timmar", "varannan natt", "every other night", "havent slept properly",
  ],
  /** Nearly no food in the house: a little milk, old potatoes, only rice, not shopped for days. */
  FOOD_SCARCE: [
    "finns bara mjölk", "finns typ gamla", "gamla potatisar", "gammal banan", "only have rice", "we only have",
    "har int handlat", "havent been shopping", "havent bought food", "bara pasta kvar",
    "makaroner varje dag", "noodles every day", "pasta every day", "har bara pasta", "bara havregryn", "brödet tog slut", "mjölken tog slut",
    "mjölken va slut", "ate the last", "äter bröd bara", "maten i skafferiet", "the last of the food",
  ],
  /** Food nearly gone, said so that it is concern alone: nothing else in the house, dry cereal, porridge on water. */
  FOOD_ONLY: [
    "nothing else in the house", "rice and nothing else", "tomt i skåpen", "ett paket knäckebröd", "inget att ha på den", "dry cereal", "flingor torra",
    "torra flingor", "cereal no milk", "gröt på vatten", "knäcke med vatten", "nudlar torra", "only stops being hungry",
  ],
  /** Pay, benefits or money still days away. */
  PAY_AWAY: [
    "lönen kommer", "lön om", "payday is", "payday in", "until payday", "till lönen", "får pengar på", "pengarna kommer", "csn kommer", "bidraget kommer",
    "money comes on", "förrän på måndag", "förrän mamma får lön", "kortet nekades", "card was declined", "ska räcka hela veckan", "räcker till imorgon",
    "vet int hur länge till", "dont know how much longer",
  ],
  /** Eating less and less, mostly coffee, stopped eating: said as a run of days. */
  EATING_LESS: [
    "ätit sämre o sämre", "äter sämre o sämre", "äter mindre o mindre", "eating less and less", "mest kaffe", "bara kaffe", "only coffee", "mostly coffee",
    "i stop eating", "slutar äta", "en halv macka idag", "1 måltid på", "en måltid på", "one meal in", "havent had a real meal",
    "hoppat över middag", "hoppat över maten",
    "åt inget igår", "åt ingenting igår", "ate a banana today", "ate a bag of", "a piece of toast yesterday", "one slice of toast today", "last thing i ate was",
    "åt sist i", "ett mål varannan dag", "ba en skål flingor", "tappat matlusten", "tappa aptiten", "glömt äta hela dan", "glömde att äta igår",
    "skippade lunch o middag", "skippade mat hela", "skippar lunch o middag", "skip breakfast and lunch", "hoppade över frukost", "lever på energidryck",
    "levt på gratis", "ät int mycket", "dela på en pizza", "magen stängd", "har ätit en macka idag",
  ],
  /** Tired in a way sleep does not fix, every single day, no energy for the smallest thing. */
  TIRED_ALWAYS: [
    "tired every single day", "som sömn inte fixar",
    "sleep wont fix", "brukade orka", "used to have the energy", "int ens orkat", "havent even had the energy", "i energi",
    "trött trött", "running on empty", "orkar inte nåt", "orkar typ int lyfta", "@few 10 ork", "ork idag", "kroppen säger nej", "går i sirap",
    "cant even make it to", "feels heavy now", "hade inte ork", "att återhämta sig från", "var jag slut i", "tired in my body",
    "any energy at all", "orkar verkligen ingenting",
  ],
  /** It always ends the same, every door closed: trying again seen as pointless. */
  SAME_END: [
    "blir samma sak", "blir alltid samma", "samma sak varje gång", "ends the same way", "always ends the same", "every door is closed", "every door closed",
    "nobody wants me", "ingen vill ha mej", "ingen anställer", "lika bra att acceptera",
    "like i actually have one", "går åt skogen",
    "kommer alltid va så här", "kommer bara bli sämre", "never did for me",
    "they never happen", "it never starts", "har int ordnat sej", "isnt going anywhere", "born to lose",
    "a lost cause", "lost case", "jag får aldrig jobb", "nothing works out for", "ser ja bara svart", "ser jag bara svart", "redan har förlorat", "typiskt mitt liv",
    "loser forever", "återvändsgränd", "drömmar har dött", "lika bra att sluta", "same as always", "ppl like me just dont", "people like me dont",
  ],
};
