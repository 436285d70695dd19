// Weaker signals of crisis that count together in the scoring rules (rules/signal-rules.ts): a minor,
// a child alone, a parent gone, a long while; a wound, on purpose, hidden; an errand for others and
// what forces it; a grown-up, a secret, sexual talk; leaving, thanks for everything, a time. None of
// them alone makes a crisis; several together do, in whatever words the rest of the message is
// written. Read entries as described in people.ts.
export const signals = {
  /** A child's or teenager's age ("e 15", "im 14", "my brothers 8", "typ 4 år"). */
  MINOR_AGE: ["bröder på @minor", "syskonen på @minor", "systrar på @minor", "bror @minor", "brother @minor", "syster @minor", "sister @minor", 
    "är @minor", "im @minor", "i am @minor", "@minor år", "@minor years", "@minor yo", "@minor åring*", "@minor årig*", "brothers @minor",
    "sisters @minor", "is @minor", "bara @minor", "only @minor",
  ],
  /** A toddler or baby: in danger alone however short the while. */
  TODDLER: [
    // Round 13: a one- to three-year-old written with a number.
    "1 åring*", "2 åring*", "3 åring*", "ettåring*","@minor mån", "the baby", "a baby", "@minor månader", "@minor months old", "tvååring*", "treåring*"],
  /** Left alone, said of a child or of the writer. */
  LEFT_ALONE: [
    // Round 14: children left at home, out on the stairs in their pyjamas.
    "lämnat sina", "left their kids", "i bara pyjamas", "in their pyjamas",
    // Round 13: told to manage, alone with them, running around alone.
    "klara oss", "klarar oss", "runt själv", "sitta själv","klara sig själv", "klarar sig själv", "fend for", "on their own", 
    "ensam", "ensamma", "själv hemma", "själva", "hemma själv", "är själv", "själv i lägenhet*", "själv i huset",
    "alone", "lämnade mig", "lämnade oss", "by himself", "by herself",
  ],
  /** A parent gone, away or unreachable. */
  PARENT_AWAY: [
    // Round 14: gone away, took the train, the car gone since morning, not opening, supposed to be back.
    "åkt bort", "åkte bort", "went away", "tog tåget till", "took the train to", "öppnar inte", "supposed to be back",
    // Round 13: a parent not home in dialect, never back from a trip, admitted to hospital, the phone off.
    "kom aldrig tillbaka", "never came back", "la in sig", "på psyk", "inlagd", "phone is off", "phones off", "ingen kommer", "int kommi hem", "ingen e hemma", "passed out", "har däckat", "somnat full", "nobody around", "åkte till sin kille", "åkte utomlands", "went abroad", "är inte här", "inte öppna dörr", "nobody answers","inte sett föräldrarna", "öppnar inte", 
    "inte varit hemma", "inte kommit hem", "inte kommit tillbaka", "hasnt been home", "hasnt come home", "hasnt come back",
    "har stuckit", "stuckit någonstans", "svarar inte", "didnt come back", "vet inte när hon kommer", "vet inte när han kommer", "doesnt answer", "wont answer", "not answering", "vet inte var mamma är",
    "vet inte var pappa är", "dont know where my mom is", "dont know where my mum is", "dont know where my dad is", "är ute", "is out", "left",
    "ingen öppnar", "no one opens", "nobody opens", "ingen hemma", "nobody home", "no one home", "är borta", "is gone", "drog", "stack",
    "went out", "gått ut", "på nån fest", "not picking up", "drack och gick", "been gone", "gone since", "på psyket", "in hospital", "på sjukhus",
  ],
  /** A long while: days, nights, a weekend. */
  LONG_WHILE: [
    // Round 14: since the morning, one at night.
    "since morning", "sen morse", "på natten", "at night now",
    // Round 13: the second or third day, since a weekday.
    "tredje dagen", "andra dagen", "third day", "second day", "hela kvällen", "hela kväll", "all evening", "hela dagen", "sen i morse", "since this morning", "i måndags", "i tisdags", "i onsdags", "i torsdags", "i fredags",
    "dagar", "dygn", "sen igår", "sedan igår", "since yesterday", "hela natten", "hela nätterna", "nätter", "nights", "all night", "days",
    "hela helgen", "all weekend", "en vecka", "a week", "veckor", "weeks", "an hour", "en timme", "hours", "timmar",
    "sen i lördags", "sen i söndags", "sen måndag", "sen tisdag", "sen onsdag", "sen torsdag", "sen fredag", "sen lördag", "sen söndag", "since monday", "since tuesday", "since wednesday", "since thursday", "since friday", "since saturday", "since sunday",
  ],
  /** No food in the home. */
  NO_FOOD: ["hungrig", "har inte ätit", "hasnt eaten", "maten är slut", "ingen mat", "no food", "nothing to eat", "inget att äta", "hungry", "kylen är tom", "fridge is empty"],
  /** Crying. */
  CRYING: ["gråter", "grinar", "crying", "cries", "skriker", "screaming"],
  /** A wound or its marks. */
  WOUND: [
    "sår", "såren", "skärsår*", "ärren", "ärret", "rispor", "scars", "scar", "wounds", "wound", "scratches", "brännmärken", "märken", "marks",
  ],
  /** On purpose, to punish or feel something. */
  ON_PURPOSE: [
    "med flit", "med avsikt", "on purpose", "intentionally", "to feel something", "för att känna något",
  ],
  /** Saying it without saying it. */
  INNUENDO: ["om du fattar", "om du förstår vad jag menar", "iykyk", "you know what i mean"],
  /** Worse than before: deeper, infected, bleeding. */
  WORSE: [
    "djupare", "deeper", "djupt", "deep", "behöva sys", "stitches", "infekter*", "infected", "inflamed", "blöder", "bleeding",
    "blödde", "bled", "blod",
  ],
  /** An errand for a gang: a "job", carrying, holding, a bank account lent. */
  GANG_JOB: ["do a drop", "beat someone up", "slå ner någon", "misshandla någon", 
    "uppdrag*", "göra jobbet", "gör jobbet", "ett jobb åt", "do the job", "do a job", "a job for", "run stuff", "running stuff", "springa med",
    "hålla grejer", "bankid", "ta en väska", "tar en väska", "bankkonto*", "bankkort*", "bank account", "mitt konto",
    "my account", "swisha vidare",
  ],
  /** What keeps a young person doing it. */
  COERCE: ["är det jag som ligger till", "ligger jag illa till", "its on me", "inte kan backa", "inte får backa", "back out", "backa ur", "kan inte backa", 
    "vågar inte säga nej", "kan inte säga nej", "cant say no", "no choice", "inget val", "or theyll", "hittar mig", "find me", "kommer inte ur det",
    "cant get out of it", "if i stop", "om jag slutar", "inte får gå till polisen", "inte gå till polisen",
    "inte prata med polisen", "cant go to the police", "not to go to the police", "not to tell the police", "om jag går till polisen",
    "if i go to the police", "dont dare say no"],
  /** They know where one lives: a threat to the family. */
  KNOW_WHERE: [
    "vet var jag bor", "vet var mamma bor", "vet var min mamma bor", "vet var min familj bor", "vet var vi bor", "know where i live", "know where my mom lives",
    "know where my mum lives", "know where my family lives", "knows where i live",
  ],
  /** Work and school, where a "job" is a job. */
  WORK: ["sparken", "chefen", "fired", "lön", "salary", "praktik*", "skolan", "school", "kunden", "customer", "jobbet klart"],
  /** Sexual talk aimed at the writer. */
  SEXUAL_TALK: ["what im wearing", "vad jag har på mig", "mogen för min ålder", "mature for my age", "snusk*", "dirty", "sexig*", "sexy", "sexting", "sexual", "kåt*", "horny", "pervers*", "äckliga meddelanden", "gross messages"],
  /** Meeting alone or in secret. */
  MEET_ALONE: ["wants to meet", "vill träffas", 
    "träffas ensam", "träffas själv", "ses ensam", "meet alone", "meet up alone", "meet me alone", "meet in secret",
    "come to his place", "hem till honom",
  ],
  /** A secret kept from the adults around. */
  SECRET: ["our secret", "säg inget till", "inte säga något till", "dont tell", "not to tell", "keep it secret", "hemlig*", "hemlis", "får inte berätta", "not allowed to tell"],
  /** Pictures asked for again. */
  SEND_MORE: ["more pics", "fler bilder"],
  /** Touching, said of what someone does to the writer. */
  TOUCH_VERB: [
    "tar på", "tog på", "touched", "rör", "rörde", "kladdar på", "kladdade på", "touching", "feels me up", "felt me up",
    "smeker",
  ],
  /** Not being there any more ("kommer int finnas kvar"). */
  FUTURE_GONE: [
    "inte finnas kvar", "inte vara kvar", "inte vara här", "wont be here", "not be here", "wont be around", "not gonna be around",
    "not gonna be here", "be gone", "vara borta",
  ],
  /** Thanks and sorry for everything: last words when they come with leaving. */
  THANKS_ALL: [
    "tack för allt", "thanks for everything", "thank you for everything", "thank u for everything", "förlåt för allt", "sorry for everything",
    "älskar er alla", "love you all", "ni har varit bra", "you have been great",
  ],
  /** Done, finished, it is time. */
  DONE: ["im done"],
  /** Wishing someone well for after. */
  CARE_WISH: ["take care of yourself"],
  /** Not needed any more (of one's things). */
  NOT_NEEDED: ["behöver dom inte längre", "behöver det inte längre", "behöver inte längre", "behöver dom inte mer", "behöver inte mer", "behöver dem inte", "wont need them", "wont need it", "dont need them anymore", "dont need it anymore", "wont need anything", "behöver inget mer"],
  /** Looking down from a height. */
  LOOK_DOWN: ["kollar ner", "tittar ner", "looking down", "high up", "högt upp", "så högt", "hur högt", "how high", "vattnet under"],
};
