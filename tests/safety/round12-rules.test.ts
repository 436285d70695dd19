// Round 12's rules (bot/safety/rules/round12-rules.ts and the concepts widened this round) on phrasings
// written for this test, not taken from any corpus: each shape in other words than its examples, the
// testers' lines, and near misses the rules leave alone. Then the older rules' guards added this round,
// each beside the crisis the rule must still catch.
import { describeRoundRules } from "../helpers/round-rules.js";

const crisis: [string, string][] = [
  // suicide said sideways
  ["jag hoppas varje natt att jag inte ska vakna igen", "suicide"],
  ["vaknade tyvärr i morse också", "suicide"],
  ["syrran skulle äntligen få det lugnt om jag inte fanns", "suicide"],
  ["om jag bara inte kom tillbaka från joggingen, skulle nån ens märka det", "suicide"],
  ["the only reason im still here is my little brother", "suicide"],
  ["har bestämt mig nu. det blir ikväll", "suicide"],
  ["honestly looking forward to when it will all be over. and i dont mean the term", "suicide"],
  ["vad händer med mina grejer om jag dör? fråga inte varför", "suicide"],
  ["raderade alla mina konton idag. skönt att ha det fixat", "suicide"],
  ["hur skriver man ett testamente så att lillebror får mina saker", "suicide"],
  ["is it painless? asking for a friend", "suicide"],
  ["hejdå. tack för att du försökte med mig", "suicide"],
  // self-harm as a habit back, hidden
  ["tre veckor ren o nu blöder armarna igen", "self-harm"],
  ["gjorde det där med bladet igen i natt", "self-harm"],
  ["när ångesten kommer gör jag mig illa", "self-harm"],
  ["scratched till it bleeds again last night", "self-harm"],
  ["best way to hide cuts from my mum?", "self-harm"],
  // overdose told by its effect
  ["tog för mycket av mammas tabletter, känner mig yr", "overdose"],
  // harm from others
  ["en kille på 25 från snap säger att jag inte får berätta för nån om oss", "sexual-abuse"],
  ["someone filmed me while i was asleep at the party", "sexual-abuse"],
  ["hyresvärden sa att jag kan betala hyran på annat sätt", "sexual-abuse"],
  ["they threw stones at my window all night", "violence"],
  // acute danger
  ["det ryker från elementet i mitt rum", "acute-danger"],
  ["vi har gått vilse i skogen, det e iskallt o mobilen dör", "acute-danger"],
  ["farfar pratar konstigt o ansiktet hänger på ena sidan", "acute-danger"],
  // a child alone, now with small brothers and a parent gone out since Friday
  ["mina små bröder e hemma själva sen i fredags, mamma gick ut", "child-alone"],
];

const caught: [string, string][] = [
  // the testers' lines
  ["har bara legat i sängen typ", "exhaustion"],
  ["mamma jobbar natt o det finns inget i kylen", "food"],
  // control
  ["min flickvän har mitt bankid och bestämmer vad jag köper", "control"],
  ["my mum reads my texts every night", "control"],
  // loneliness
  ["jul själv igen i år, ingen att fira med", "loneliness"],
  ["the only person i spoke to this week was the bus driver", "loneliness"],
  ["sometimes i text myself so my phone lights up", "loneliness"],
  ["klassen har en gruppchatt utan mig", "loneliness"],
  ["i dont have a single friend in this town", "loneliness"],
  // hopelessness, exhaustion, food, sleep, home, housing, money
  ["why bother applying, i wont get it anyway", "hopelessness"],
  ["handlade mat idag och sen låg jag i sängen resten av dagen", "exhaustion"],
  ["energi noll idag igen", "exhaustion"],
  ["jag glömmer att äta nästan varje dag", "food"],
  ["min mage gör ont av hunger", "food"],
  ["sov 16 timmar igår och e fortfarande trött", "sleep"],
  ["somnar aldrig före 6 nu", "sleep"],
  ["mamma och styvpappa skriker på varandra varje kväll", "home-conflict"],
  ["får sova hos min moster till fredag, sen vet jag inte", "housing"],
  ["så stressad över pengar att jag inte sover", "money"],
];

const leftAlone = [
  // the testers' false flag and its cousins
  "hur ställer man sig i bostadskö",
  "hur funkar bostadskön i stockholm?",
  // "alone" at the housing line's edge: six at home is neither without crowding
  "Vi är sex personer hemma",
  // decisions, endings, hopes for ordinary things
  "har bestämt mig för att söka komvux i höst",
  "ser fram emot att allt tar slut med plugget snart",
  "hoppas jag inte vaknar för sent imorgon, har intervju kl 9",
  "det här blir mitt sista meddelande för idag, ska sova",
  "tack för hjälpen! hejdå",
  // ordinary days
  "glömde äta lunch idag, åt en stor middag istället",
  "har sovit 9 timmar och mår som en prins",
  "kylen är tom men jag ska handla efter jobbet",
  "ligger i sängen och kollar serier, är ledig idag",
  "pappa skrek när sverige gjorde mål haha",
  "my gf and i share our locations, its cute",
  "pappa hjälpte mig fixa mitt bankid",
  "dom väntar utanför skolan, vi ska på bio",
  "kan jag betala hyran på annat sätt än med kort?",
  "vill inte vakna imorgon kl 6 för jobbet",
  "sitter på bron och fiskar med morfar",
];

// Older rules' false crises on ordinary lines, fixed at their guards this round; each with a crisis the
// rule must still catch (its own examples are held by rule-coverage.test.ts).
const guarded: [string, string][] = [
  ["den här värmen tar livet av mig", "none"],
  ["ikväll tar jag livet av mig", "crisis"],
  ["står på taket och skottar snö med pappa", "none"],
  ["står på taket nu", "crisis"],
  ["luktar bränt, brände popcornen igen", "none"],
  ["brände mig igen", "crisis"],
  ["skar mig förr men nu e ja stabil", "none"],
  ["vill inte vakna mer", "crisis"],
];

describeRoundRules("round 12 rules", { crisis, caught, leftAlone, guarded });
