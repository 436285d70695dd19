// Words for round 15, precision first: the older rules' false crises on the newest writer ("round 14",
// measured while held back) and on the training writers, read as general shapes a new writer's lines
// would meet too — an all-clear said after it ("it's fine", "e lugnt nu"), a dose taken as directed or at
// an interval ("var 6e timme", "som det står på förpackningen"), a threat to throw the writer out (a
// home, not a blow), selling one's own things, not being noticed for a while (loneliness, not a death).
// Then concern told by the situation. Older concepts widened this round are marked "Round 15" in their
// files. Read entries as described in people.ts.
export const round15 = {
  // Guards for older rules' false crises.
  /**
   * An all-clear said after what was told, anywhere later in the message (guards.ts reads it only after
   * the match): "i set my hair on fire … it's fine", "hon svimmade … men hon e helt ok nu".
   */
  ALL_CLEAR: [
    "its fine", "it was fine", "everyones fine", "everyone is fine", "everyones ok", "no one got hurt", "nobody got hurt", "all fine now",
    "allt lugnt nu", "e lugnt nu", "allt e lugnt", "inget brann", "ingen skadades",
    "e helt ok nu", "var okej efteråt", "var ok efteråt", "mår bra nu",
  ],
  /**
   * A dose taken as directed, or at an interval ("var 6e timme", "every 6 hours"): no count of pills taken
   * at once.
   */
  AS_DIRECTED: [
    "var @many timme", "varje @many timme", "var fjärde timme", "var sjätte timme", "var åttonde timme", "every @many hours",
    "@many gånger om dagen", "@many times a day",
    "enligt förpackningen", "som står på förpackningen", "enligt läkaren", "som läkaren skrev ut", "som läkaren sa",
    "as the doctor said", "like it says on the box", "som det står",
  ],
  /** An alarm: "brandlarmet gick", "the fire alarm is being tested" — the alarm is no fire (cancels only the fire word it contains). */
  ALARM_ONLY: ["brandlarm*", "fire alarm", "smoke alarm", "brandvarnar*"],
  /** Smoke or heat where the writer is: with an alarm going, a fire (acute-danger.alarm-and-smoke). */
  SMOKE_NEAR: [
    "rök", "röken", "rökig*", "smoky", "smoke under", "smoke in the", "varmt i dörrhandtaget", "dörrhandtaget e varmt",
    "door handle is hot", "hot door handle", "door is hot", "dörren e varm",
  ],
  /** Selling one's own things ("hotade att sälja min ps"): a threat about a thing, not a crime ordered. */
  SELL_OWN: ["sälja min", "sälja mitt"],
  /**
   * A question why the helpline's number was sent (session 19, a young tester: "varför skickar du nummer till
   * självmordslinjen 😭"): the line named is the bot's own message asked about, not the writer's wish.
   */
  ASKS_WHY_SENT: [
    "varför skickar du", "varför skickade du", "varför skickar ni", "varför skickade ni",
    "why do you keep sending", "why do u keep sending", "why did you send", "why did u send", "why are you sending", "why r u sending",
    "why u sending", "why u keep sending",
  ],
  /**
   * Not noticed for a while, or not in touch: "ingen skulle märka om jag inte hörde av mig på en månad",
   * "nobody would notice if i went offline for a week" — loneliness told, not a death imagined.
   */
  GONE_A_WHILE: [
    "på en månad", "på en vecka", "på två veckor", "en hel vecka", "i en vecka", "for a month", "for a week", "for two weeks", "for a few days",
    "hörde av mig", "hör av mig", "didnt text", "stopped texting", "went offline", "coming online", "slutade skriva", "osynlig", "invisible",
  ],

  // A parent afraid of what they might do to the baby.
  /** Scared of oneself, of what one might do. */
  SCARED_OF_SELF: ["scared of myself", "afraid of myself", "rädd för mig själv", "scared of what i might do", "afraid of what i might do", "rädd för vad jag kan göra", "rädd för vad ja kan göra"],
  /** Thoughts of hurting the baby: shaking, a pillow. */
  BABY_HARM_THOUGHT: ["shaking her", "shaking him", "shake her", "shake him", "skaka henne", "skaka honom", "skakar henne", "skakar honom", "kudde över", "pillow over"],

  // Concern told by the situation.
  /** Sleeping in one's car, at an all-night restaurant: a home lost, told by where the night is spent. */
  CAR_BED: [
    "sover i min bil", "sov i min bil", "bor i min bil", "slept in my car",
    "living out of my car", "sov på mcdonalds", "slept at mcdonalds", "sleeping at mcdonalds",
  ],
  /** A bill come, with its sum. */
  BILL_CAME: ["räkningen på", "elräkningen på", "hyran på", "fakturan på", "bill for", "bill was", "rent is @many"],
};
