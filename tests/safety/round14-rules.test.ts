// Round 14's rules (bot/safety/rules/round14-rules.ts and the concepts widened this round) on phrasings
// written for this test, not taken from any corpus: each shape in other words than its examples, the
// testers' lines, near misses the rules leave alone, and the older rules' false crises this round ended.
import { describeRoundRules } from "../helpers/round-rules.js";

const crisis: [string, string][] = [
  // a runaway minor at an adult man's place (the tester's lines, and in other words)
  ["e hos en kompis kille, han e typ 25", "sexual-abuse"],
  ["sover hos en kille jag träffade på snap, han e 26", "sexual-abuse"],
  ["rymde hemifrån igår, bor hos en kille nu, han är 29", "sexual-abuse"],
  ["staying at his place this week, hes 31 and says i can stay as long as i want", "sexual-abuse"],
  // suicide said flatly
  ["hoppas ärligt att bussen kraschar imorn", "suicide"],
  ["if i never wake up thats fine by me tbh", "suicide"],
  ["om jag inte skriver imorgon så oroa dig inte, jag får äntligen vila", "suicide"],
  ["my friends would be fine without me, less stress for them honestly", "suicide"],
  ["sitting in the car in the garage with the engine running", "suicide"],
  ["boka inget åt mej i mars, ja kommer int va kvar då", "suicide"],
  // acute danger
  ["det gick en lavin o min bror ligger under snön nånstans", "acute-danger"],
  ["vi har en gasolkamin i tältet o alla e yra o mår illa", "acute-danger"],
  ["någon bänder upp dörren till lägenheten, jag är ensam hemma", "acute-danger"],
  ["morfar har ramlat i badrummet o svarar inte", "acute-danger"],
  ["elementet i mitt rum har börjat ryka", "acute-danger"],
  // a child alone
  ["grannen har åkt bort o lämnat sina barn, den minsta e 2", "child-alone"],
  // a threat in one message
  ["they sent me a picture of my door and said see you tonight", "violence"],
];

const caught: [string, string][] = [
  // run away from home
  ["har rymt hemifrån, vet inte var jag ska sova", "home-conflict"],
  // control without violence
  ["min sambo säger att jag inte får träffa mina kompisar utan honom", "control"],
  ["my dad takes my whole salary every month and gives me pocket money", "control"],
  ["min kille vill veta var jag e hela tiden, måste skicka bilder", "control"],
  // food
  ["har bara havregryn kvar, csn kommer på fredag", "food"],
  ["eating less and less lately, mostly coffee", "food"],
  ["det e tomt i skåpen hemma o mamma jobbar", "food"],
  // exhaustion
  ["trött varje dag fast jag sover tio timmar", "exhaustion"],
  // hopelessness
  ["söker o söker men det blir samma sak varje gång", "hopelessness"],
  ["nothing works out for people like me", "hopelessness"],
  // housing, sleep, money, home
  ["fyller 18 i juni o då upphör placeringen, vet inte var jag ska bo", "housing"],
  ["been awake 30 hours and cant shut my brain off", "sleep"],
  ["taking sms loans to pay off the other sms loans", "money"],
  ["mamma pratar inte sen jul fast vi bor ihop", "home-conflict"],
];

const leftAlone: string[] = [
  "min pojkvän är 25, vi har varit ihop i två år",
  "hoppas inte planet kraschar haha flygrädd",
  "om jag inte vaknar i tid imorgon missar jag bussen",
  "bilen står i garaget, motorn behöver lagas",
  "såg en film om en lavin igår, sjukt spännande",
  "min mamma säger att jag inte får äta godis innan middag haha",
  "åt en halv macka till frukost o sen lunch med kompisar",
  "fyller 18 i juni, ska ha fest",
  "ska handla imorgon, lönen kommer på fredag",
];

// The older rules' false crises this round ended (each word of the guard checked against the crises it must not end).
const guarded: [string, string][] = [
  ["simmade i sjön idag, så skönt", "none"],
  ["brände toasten o brandlarmet gick igång lol", "none"],
  ["kokar soppa o brände mej på kastrullen, inget farligt", "none"],
  ["vi grillade korv o tände en brasa, luktar rök nu", "none"],
  ["used to self harm, its been 6 years now and im proud", "none"],
  ["min kompis ligger på golvet o svarar inte, han andas konstigt", "crisis"],
];

describeRoundRules("round 14 rules", { crisis, caught, leftAlone, guarded });
