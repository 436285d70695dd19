// Words of acute danger to the body and from the surroundings: someone not breathing or not waking,
// bleeding that will not stop, fire, water and ice, being lost in the cold, a drunk driver, and what
// someone who has taken something feels. Several stand alone (someone is not breathing: call 112);
// others count only together (rules/acute-rules.ts). Read entries as described in people.ts.
export const danger = {
  /** The body failing: on its own a reason to call 112, whoever it is about. */
  BODY_EMERGENCY: [
    // Round 13: a seizure told by the eyes, slurred speech after a fall.
    "ögonen rullar", "eyes rolling", "eyes are rolling", "fått ett anfall", "pratar sluddrigt", "inte känner benen", "rycker i hela kroppen", "har ett epilepsianfall",
    "andas inte", "slutat andas", "andas knappt", "kan inte andas", "får ingen luft", "medvetslös*", "svimmat", "svimmade", "går inte att väcka",
    "kan inte väcka", "reagerar inte", "krampar", "blå om läpparna", "blåa läppar", "kollaps*", "slutar inte blöda", "blöder jättemycket",
    "blöder så mycket", "not breathing", "stopped breathing", "cant breathe", "barely breathing", "unconscious", "collapsed", "wont wake up",
    "not waking up", "unresponsive", "having a seizure", "seizing", "blue lips", "lips are blue", "wont stop bleeding", "cant stop the bleeding",
    "bleeding so much", "lips are going blue", "lips going blue", "läpparna blir blå", "foaming at the mouth", "fradga",
    // Round 12: a stroke, an allergic swelling, a seizure that does not stop, a swallowed battery, legs gone numb after a crash.
    "ansiktet hänger", "face is drooping", "face drooping", "ansiktet svullnar", "ansiktet svullet", "face is swelling", "svårt att andas", "trouble breathing",
    "kan knappt andas", "ögonen e uppåt", "eyes rolled back", "anfall som int slutar", "seizure that wont stop",
    "swallowed a battery", "swallowed one of those", "svalde ett batteri", "cant feel his legs", "cant feel her legs", "känner inte benen", "kan int prata ordentligt", "slutade prata mitt i", "kommer inte upp o",
  ],
  /** Not waking, said of someone else ("kompisen vaknar inte"). */
  NOT_WAKING: ["vaknar inte", "vaknar ej", "doesnt wake up", "wont wake", "isnt waking up"],
  /** Breathing. */
  BREATHING: ["andas", "andning*", "breathing", "breathes"],
  /** Odd, wrong (of breathing or the body). */
  ODD: ["konstig", "jättekonstigt", "weird", "strange", "funny", "slow", "långsamt", "ryckigt"],
  /** What the body does after an overdose. */
  SYMPTOM: ["hålla ögonen öppna", "keep my eyes open", 
    "snurrar", "spinning", "dizzy", "yr", "kan inte stå", "cant stand", "cant feel my", "känner inte mina", "hjärtat rusar", "heart racing",
    "heart is racing", "kräks", "throwing up", "vomiting", "mår illa", "feel sick", "somnar hela tiden", "cant stay awake", "ser suddigt",
    "blurry", "skakar", "shaking", "kramp", "svettas",
  ],
  /** Having taken something, without naming it. */
  TOOK_SOMETHING: ["av nåt nån gav mig", "something someone gave me", 
    "tagit något", "tog något", "tagit grejer", "tog grejer", "took something", "taken something", "had something", "blandat", "blandade",
    "mixed", "tog för mycket", "took too much", "druckit och tagit",
  ],
  /** Alcohol, which makes pills more dangerous. */
  ALCOHOL: ["druckit"],
  /** Fire, smoke and heat where one is. */
  FIRE_WORD: ["brand", "branden", "brinner", "eld", "elden", "lågor", "fire", "flames", "burning", "rök", "smoke", "smoky"],
  /** Unable to get out. */
  TRAPPED: ["kommer inte ut", "cant get out", "stuck inside", "instängd*", "trapped", "door is hot", "dörren är varm", "dörren är het"],
  /** Everywhere, filling a place (of smoke or fire). */
  EVERYWHERE: ["överallt", "everywhere", "fullt med", "fullt av", "full of", "i hela huset", "in the building", "i trapphuset", "in the hallway"],
  /** Water and ice that someone is in. */
  WATER_DANGER: [
    "genom isen", "isen brast", "the ice broke", "through the ice", "drunknar", "drowning", "under vattnet", "kommer inte upp ur vattnet",
    "cant get out of the water", "dragits ut", "swept away",
    // Round 13: ice cracking around one, a raft sinking.
    "börjat spricka", "isen spricker", "ice cracked", "börjat sjunka", "started sinking",
  ],
  /** Lost outdoors. */
  LOST: ["vet inte var ja är", "im lost", "lost somewhere", "lost in some", 
    "gått vilse", "gick vilse", "lost in the woods", "lost in the forest", "hittar inte hem", "hittar inte ut", "cant find my way",
    "vet inte var jag är", "dont know where i am", "got lost",
  ],
  /** Cold, dark, night. */
  COLD_DARK: ["minus", "fryser", "freezing", "kallt", "kyla", "snöstorm", "cold", "mörkt", "dark", "natt", "night"],
  /** A phone about to die: no way to call for help soon. */
  PHONE_LOW: ["telefonen har @minor", "mobilen har @minor", "phone has @minor", "phone at @minor", "mobilen på @minor", "batteriet på", "battery on", "phone on @minor", "phone is dying", "mobilen dör", "batteriet dör"],
  /** A car driven drunk or dangerously with the writer in it. */
  DRUNK_DRIVER: [
    "föraren är full", "föraren är berusad", "föraren är packad", "driver is drunk", "drunk driver", "kör full", "kör berusad", "kör packad",
    "rattfull", "driving drunk", "drunk driving", "vägrar stanna", "wont stop the car", "wont let me out of the car",
  ],
  /** A shout for help. */
  HELP_NOW: ["hjälp", "help", "sos"],
  /**
   * Begging or hurrying someone to do it ("snälla", "åt mig", "skynda"): beside the call words, a
   * question whether we call becomes a call for help ("kommer ni ringa polisen? snälla").
   */
  PLEA: ["snälla", "please", "pls", "plz", "plis", "åt mig", "åt oss", "for me", "for us", "skynda", "hurry", "asap", "nu direkt", "right now"],
};
