// Round 10's rules (bot/safety/rules/round10-rules.ts) on phrasings written for this test, not taken
// from any corpus: the shapes a youth worker hears (nobody writes back, only the cat to talk to, "har
// slutat hoppas", a battery at 2 %, up at four in the afternoon, ketchup in the fridge, pank until the
// 25th, a sofa until Friday, a fight so loud the neighbours knocked), and near misses the rules leave alone.
import { describeRoundRules } from "../helpers/round-rules.js";

const caught: [string, string][] = [
  // the sixth young tester's control, said by its mood or a short phone word
  ["han blir sur när jag pratar med mina kompisar", "control"],
  ["min tjej brukar kolla min tel när jag sover", "control"],
  // loneliness
  ["ingen ringer mig nånsin, inte ens på helgen", "loneliness"],
  ["nobody texted me back all weekend", "loneliness"],
  ["pratar mest med min kanin om dagarna", "loneliness"],
  ["i only talk to people in my headset these days", "loneliness"],
  ["flyttade till umeå i augusti o känner typ ingen", "loneliness"],
  ["firar nyår ensam igen", "loneliness"],
  ["min enda vän nu för tiden e en discord-bot", "loneliness"],
  ["typ alla mina vänner har flyttat till göteborg o jag e kvar", "loneliness"],
  ["ingen kom ihåg min födelsedag i år heller", "loneliness"],
  // hopelessness
  ["alla andra har körkort o jobb, jag sitter kvar i samma rum", "hopelessness"],
  ["kommer aldrig bli nåt av mig ändå", "hopelessness"],
  ["har slutat hoppas på att det ska ordna sig", "hopelessness"],
  ["honestly stopped caring what happens to me", "hopelessness"],
  ["allt e kört för mig nu asså", "hopelessness"],
  ["vad e ens poängen med att söka fler jobb", "hopelessness"],
  // exhaustion
  ["känns som min kropp e gjord av bly hela veckan, som bly", "exhaustion"],
  ["im so tired of being tired", "exhaustion"],
  ["orkar inte ens borsta tänderna längre", "exhaustion"],
  // sleep
  ["vaknade vid 16 igen, dagen bara borta", "sleep"],
  ["my sleep schedule is a disaster, bed at 8 am", "sleep"],
  ["sov inte inatt heller", "sleep"],
  ["kan inte sova, tankarna snurrar hela natten", "sleep"],
  ["melatoninet hjälper inte längre", "sleep"],
  ["sover på dagarna o e vaken hela nätterna", "sleep"],
  // food
  ["kylen e tom sen i söndags", "food"],
  ["had toast and ketchup for dinner, thats all there was", "food"],
  ["räknar kalorier på allt jag stoppar i munnen", "food"],
  ["bara ketchup kvar i kylen sen i måndags", "food"],
  // money
  ["e pank tills den 25e", "money"],
  ["my card got declined at lidl today", "money"],
  ["har sms lån på två ställen nu", "money"],
  ["aktivitetsstödet har inte kommit den här månaden", "money"],
  // housing
  ["sover i bilen sen i fredags", "housing"],
  ["hyresvärden säger att jag måste ut innan jul", "housing"],
  ["vi blev utslängda", "housing"],
  ["mamma slängde ut mig", "housing"],
  // home conflict
  ["farsan o jag bråkade så högt att grannarna kom", "home-conflict"],
  ["mamma säger att jag e en besvikelse för hela familjen", "home-conflict"],
  ["pappa har inte pratat med mig på tre veckor efter bråket", "home-conflict"],
  ["hemma e som ett krig, äter på mitt rum nu", "home-conflict"],
];

const crisis: [string, string][] = [
  ["googlade smärtfria sätt igen inatt", "suicide"],
  ["ni behöver inte höra av er mer. hejdå", "suicide"],
  ["rispade mig igen, ingen märkte nåt", "self-harm"],
  ["ärligt besviken att jag vaknade överhuvudtaget", "suicide"],
  ["no point in staying alive if its all like this", "suicide"],
  ["långärmat hela juli, ni fattar", "self-harm"],
  ["punched the wall again till my knuckles bleed", "self-harm"],
];

const leftAlone = [
  "mamma blir arg om jag inte svarar lol", "will anyone notice if i dye my hair", "skulle nån märka om jag slutar svara i gruppchatten",
  // thrown out of a bar is not out of one's home
  "vi blev utslängda från krogen",
  "blev utslängd från festen i lördags haha",
  // ordinary evenings
  "orkar inte diska ikväll, tar det imorgon",
  "mamma o jag bråkade om vem som skulle ta soporna lol",
  "mamma tjatar om att jag ska städa",
  "ska ut och gå med hunden",
  "batteriet på mobilen dör snart",
  "slept till noon but its sunday so whatever",
  "vill sova för alltid på söndagar",
  "fick äntligen lägenhet via bostadskön!!",
  "glömde äta lunch för jag spelade",
  "kompisen hade ätstörning förut men e frisk nu",
  "betalade av sista skulden idag, skuldfri",
  "im broke until friday but mum is cooking so im fine",
  "har inga pengar till nya skor",
  "sa hejdå till alla på praktiken, sista dagen idag",
  "köpte nya rakblad till rakhyveln",
  "tåget e försenat igen",
  "läste om skjutningen, känner ingen där",
  "got kicked out of class lol",
  "kan inte sova, tänker på resan imorgon!! så peppad",
  "melatoninet hjälper inte riktigt men sover ok ändå",
  "har inte pratat med mamma idag, hon e på jobbet",
  "sover på dagen efter nattpasset",
  "kylen e tom, måste handla",
  "min enda kompis i klassen heter ali, vi spelar fotboll",
  "vad spelar det för roll om jag kommer 10 min sent",
  "the schedule will change next week",
  "har googlat hur man gör kanelbullar",
  "tack för allt, hejdå!",
  "sover i bilen på väg till fjällen",
  "ska sälja min gamla moped",
  "mobilen stängs av när batteriet dör",
  // crisis words in ordinary errands
  "har bestämt mig för att söka komvux, känns lättare nu",
  "långärmat idag, det e 12 grader o blåsigt",
  "quit game o gick och la mig",
  "besviken att jag vaknade så sent, missade bussen",
  "dont bother looking for me at the party, im in the kitchen",
  "tack för att ni försökte hjälpa mig med cv:t, hejdå!",
  "lethal dose of caffeine is like 50 cups lol",
  "tog antibiotika för såret på knät",
  "collecting my thoughts, ill text later",
  "jag e slut efter gymmet, bra pass",
  "disken står och väntar lol",
  "skippar middagen, vi äter sent hos kompisen",
  "ligger bara på stranden hela dagen",
  // signing off for tonight is no giving up
  "orkar inte skriva mer nu, hörs imorn",
  "too tired to fill this in now, talk tomorrow",
];

// Older crisis rules' false alarms, fixed at their guards: an ultimatum to find a job is no threat of
// violence, a group chat left unnoticed is loneliness, an essay "killing me" is schoolwork, "taket"
// stared at is the ceiling. Each comes with the crisis it must still catch.
const guarded: [string, string][] = [
  ["mamma hotar att kasta ut mig om jag inte börjar plugga", "concern"],
  ["han hotar att slå mig om jag inte börjar plugga", "crisis"],
  ["ingen skulle märka om jag lämnade gruppchatten", "concern"],
  ["ingen skulle märka om jag dog, inte ens i gruppchatten", "crisis"],
  ["den här uppsatsen tar livet av mig, tio sidor till", "none"],
  ["ikväll tar jag livet av mig", "crisis"],
  ["ligger o stirrar i taket hela natten", "concern"],
  ["står på taket nu", "crisis"],
];

describeRoundRules("round 10 rules", { crisis, caught, leftAlone, guarded });
