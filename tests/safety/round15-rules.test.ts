// Round 15's rules (bot/safety/rules/round15-rules.ts and the concepts widened this round) on phrasings
// written for this test, not taken from any corpus: each shape in other words than its examples, near
// misses the rules leave alone, and the older rules' false crises this round ended — each beside a crisis
// the guard must not end.
import { describeRoundRules } from "../helpers/round-rules.js";

const crisis: [string, string][] = [
  // a parent afraid of what they might do to the baby
  ["jag e så rädd för vad jag kan göra, tänker på att skaka honom när han aldrig slutar gråta", "child-alone"],
  // gone, then nobody noticing
  ["om jag dog imorgon skulle ingen märka nåt", "suicide"],
  // an alarm and smoke
  ["the fire alarm keeps going and the door handle is hot", "acute-danger"],
  // crises the new guards must not end
  ["jag vill dö. skrev 'förlåt' till mamma", "suicide"],
  ["tog 30 alvedon typ för en timme sen", "overdose"],
  ["pappa hotar att slå mig om jag går ut", "violence"],
  ["used to self harm, started again last night", "self-harm"],
];

const caught: [string, string][] = [
  // loneliness: nobody would notice, told as a while away
  ["ingen skulle märka om jag inte loggade in på en vecka", "loneliness"],
  ["last time anyone called me it was the dentist", "loneliness"],
  // hopelessness: stopped looking
  ["stopped looking for jobs months ago honestly", "hopelessness"],
  // housing told by where the night is spent
  ["bor i min bil nu sen jag flyttade från pappa", "housing"],
  // money told as two numbers
  ["hyran på 6200 ska betalas fredag o ja har 1400", "money"],
  // a threat to throw the writer out: a home, not a blow
  ["my stepdad keeps threatening to kick me out", "home-conflict"],
];

const leftAlone: string[] = [
  "brandlarmet gick på gymmet, det var en övning",
  "the smoke alarm in our hallway beeps every time someone showers lol",
  "mina kollegor skrev ett avskedskort till mig, sista passet idag",
  "hoppar från bryggan varje dag nu, badsäsong!!",
  "min bästa kompis knivhögg mig i ryggen… berättade allt för hans tjej",
  "farsan hotade att sälja mitt xbox om jag inte tvättar",
  "sov i bilen på väg till fjällen, roadtrip",
];

const guarded: [string, string][] = [
  // false crises this round ended, each beside a crisis the guard keeps
  ["used to self harm in year 8 but thats years ago now, just telling you for the form", "none"],
  ["self harmed again tonight", "crisis"],
  ["tar ipren var 8e timme som läkaren sa, hur länge får man hålla på?", "none"],
  ["tar ipren hela tiden, tog 20 idag", "crisis"],
  ["ska hålla en dragning om självmord för personalen på boendet", "none"],
  ["tänker på självmord varje dag", "crisis"],
  ["jag skär mig alltid på löken när jag lagar middag", "none"],
  ["skär mig varje kväll", "crisis"],
  ["proud of myself tonight, finished my cv", "none"],
  ["gonna off myself tonight", "crisis"],
  // a question why the bot sent the helpline (session 19): the line is named, nobody's wish is
  ["varför skickar du nummer till självmordslinjen 😭", "none"],
  ["why do u keep sending me the suicide hotline lol", "none"],
  ["har självmordstankar igen, vilket nummer ska jag ringa", "crisis"],
  // only the helpline named right after the question: thoughts asked about, or told beside it, stay crises
  ["varför får jag självmordstankar hela tiden", "crisis"],
  ["why am i getting suicidal thoughts", "crisis"],
  ["varför skickar ni självmordslinjen, jag har självmordstankar", "crisis"],
  ["satt på taket o kollade norrskenet, så fint", "none"],
  ["sitter på taket o tänker hoppa", "crisis"],
];

describeRoundRules("round 15's rules", { crisis, caught, leftAlone, guarded });
