// Words for crisis told without its usual names: a decision without a method, searching for a dose,
// packs of pills instead of a count, sextortion, waking up somewhere with no memory, rough handling at
// home, a marriage arranged with control, a break-in, saying goodbye by deleting accounts, money left
// "until the 25th". Each means little alone; the rules (../rules/indirect-rules.ts) say which
// combinations matter. Read entries as described in people.ts.
export const indirect = {
  /** Doing "it", when the writer has decided: the act not named. */
  DO_IT: ["gör det", "gör jag det", "doing it"],
  /** Looking up how much it takes. */
  SEARCH_DOSE: [ "googlat hur många", "googlade hur många", "hur många som behövs", "googled how many", "how many it takes"],
  /** Pills counted in packs, blisters and bottles. */
  PACKS: ["kartor", "kartan", "packs of"],
  /** More than the label allows. */
  OVER_LABEL: ["mer än det står", "mer än man får", "more than it says", "more than the label", "more than youre supposed to"],
  /** Sextortion by name. */
  SEXTORT: ["sextort*", "sexutpress*"],
  /** Blackmail, extortion. */
  EXTORT: ["blackmail*", "utpress*"],
  /** Waking up somewhere unknown. */
  WOKE_ELSEWHERE: ["vaknade på en fest", "vaknade med han över mig", "vaknade med honom över mig", "woke up with him on top", "vaknade utan byxor", "vaknade utan kläder", "vaknade naken", "woke up naked", "woke up without my clothes", "vaknade hos", "woke up at", "woke up in", "woke up next to"],
  /** Remembering nothing. */
  MEMORY_GAP: ["vet inte vad som hänt", "vet inte vad som hände", "minns bara att", "dont know what happened", "minns inget", "minns ingenting", "kommer inte ihåg något", "dont remember anything", "cant remember anything", "blacked out"],
  /** Pain in the genitals. */
  PAIN_DOWN: ["ont där nere", "ont i underlivet", "hurts down there", "sore down there"],
  /** Rough handling that is not called hitting. */
  ROUGH: [
    "pushed me down", "shoved me", "knuffade ner mig", "knuffade mig", "drar mig i håret", "drog mig i håret", "pulled my hair", "pulls my hair",
    "kastade mig mot", "threw me against",
  ],
  /** Being sent abroad or having one's passport taken. */
  SENT_AWAY: ["sending me abroad", "send me abroad", "skicka mig utomlands", "skickar mig utomlands", "tagit mitt pass", "tog mitt pass", "took my passport",
    // Round 22: sent or taken to a named country, said with where ("sending me to somalia this summer to get married").
    "sending me to", "send me to", "taking me to", "skickar mig till", "skicka mig till", "ska skicka mig", "tar mig till", "åka till hemlandet",
    "resa till hemlandet", "back home this summer", "i sommar till"],
  /** Marrying, getting engaged. */
  MARRY: ["get married", "gifta mig", "förlovas", "marry"],
  /** Someone getting into the home right now. */
  BREAK_IN: ["bryta sig in", "break into", "break in"],
  /** Saying goodbye by acts: deleting oneself online, goodbyes to friends. */
  SAID_BYE: ["said bye to", "said goodbye to", "sa hejdå till", "sagt hejdå till", "deleted all my accounts", "raderat alla mina konton", "raderade alla mina konton"],
  /** It is time. */
  ITS_TIME: ["its time", "det är dags", "nu är det dags"],
  /** The wrong people, to owe money to. */
  WRONG_PEOPLE: ["fel folk", "fel personer", "wrong people"],
  /** Until the next money comes. */
  UNTIL_PAY: ["till den", "till csn", "till payday", "weeks to go"],
  /** Preferably (a wish said after the fact: "orkar inte vakna imorgon helst"). */
  PREFER: ["helst", "preferably"],
  /** Relapsing after a clean streak. */
  RELAPSED: ["relapsed", "relapsade", "fick återfall", "had a relapse"],
  /** Habits people also count clean days from (vaping, sugar): a relapse there is no self-harm. */
  HABIT: ["vaping", "vejp*", "snus*", "nikotin", "nicotine", "cigg*", "smoking", "socker", "sugar", "godis", "candy"],
  /** A clean streak counted. */
  CLEAN_STREAK: ["months clean", "weeks clean", "days clean", "månader clean", "veckor clean", "dagar clean"],
  /** Hiding from violence at home. */
  HIDING: ["gömmer oss", "gömmer mig", "hiding in", "hiding from", "låst in oss", "locked ourselves"],
  /** Threats to kill. */
  DEATH_THREAT: ["death threats", "dödshot", "mordhot"],
  /** Strong signs that the body needs 112 now; each counts once in the rule. */
  CHEST_PAIN: ["ont i bröstet", "chest pain", "chest hurts", "tryck över bröstet"],
  NUMB: ["domnar", "numb"],
  HEAD_HIT: ["slog i huvudet", "slog huvudet", "hit my head", "hit his head", "hit her head"],
  SEE_DOUBLE: ["ser dubbelt", "seeing double", "double vision"],
  NO_MEDICINE: ["insulinet är slut", "out of insulin", "no insulin", "inhalatorn är slut"],
  DIABETIC: ["diabetiker"],
  /** Purging after eating. */
  PURGE: ["throwing up after", "spyr efter", "kräks efter", "spyr upp maten", "throw up after", "make myself throw up", "make myself sick", "fingrarna i halsen", "purging", "purge"],
};
