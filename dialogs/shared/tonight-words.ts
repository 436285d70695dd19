// Words of a night with nowhere to be: thrown out of home or sitting in the stairwell ("han slängde ut mig
// typ", "sitter i trapphuset", "my mum kicked me out"), and a phone about to die ("har 4% batteri"). A
// 15-year-old on a stairwell at midnight wrote both, and got "Du är inte ensam" for the battery (texter18 #4).
import { fold } from "./fold.js";

// Thrown out of home, in the words young people use; "slängde ut mig från lektionen" is another place.
const THROWN_OUT = /\b((slangde|slangt|slang|kastade|kasta|kastat|korde|kort|sparkade|sparka|sparkat|jagade|jaga) ut (mig|mej|mig hemifran)|(blev|blivit|e|ar|har blivit) (utslangd|utkastad|utsparkad|utslangt|utkastat|hemlos)|far (inte|int|inte ens) komma hem|(sover|sova|sovit) (ute|utomhus|i trapphuset|i trappan|pa gatan)|(kicked|kicking|threw|thrown|throwing|kick|throw) me out|(got|get|been|was|getting) (kicked|thrown) out|(sleeping|sleep|slept) (outside|on the street|in the stairwell|rough))\b/;
const ELSEWHERE = /\b(fran|ur|of|from|out of) (skolan|lektionen|klassen|klassrummet|salen|matsalen|school|class|classroom|lesson|discord|servern|server|gruppen|gruppchatten|group|chatten|chat|gymmet|gym|jobbet|work|laget|team|butiken|the store|store|bussen|the bus|spelet|the game|game|festen|the party|party|klubben|the club|club|baren|the bar|bar)\b/;
// A stairwell or the street, said without "jag" ("sitter i trapphuset", "e på gatan", "in the stairwell rn").
const STAIRWELL = /\b((sitter|star|ligger|sover|e|ar|va|var|har suttit) (i|pa) (trapphuset|trappuppgangen|trappan|gatan|en bank ute|busshallplatsen|stationen)|(sitting|sat|sleeping|standing|stuck) (in|on) (the|a) (stairwell|stairs|staircase|street|bench outside|bus stop)|in (the|a) stairwell)\b/;

// Somewhere to sleep for now, said with it ("sover hos en kompis nu", "bor hos mormor så länge", "crashing at my
// friend's"): Nora, thrown out, was told to go to a neighbour (tester23 #3).
const STAYS_WITH = /\b(sover|sova|sovit|bor|bo|ar|e|ligger|crashing|crash|sleeping|staying|stay|im|i m) (hos|pa|at|with)( (en|min|mina|ett|my|a|some))? (kompis|kompisen|kompisar|polare|polarn|van|vannen|vanner|tjej|tjejen|kille|killen|pojkvan|flickvan|mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|syster|bror|systern|brorsan|syrran|pappa|farsan|friend|friends|friend s|mate|mates|grandma|grandmas|nan|nans|aunt|aunts|uncle|uncles|sister|sisters|brother|brothers|dad|dads|boyfriend|boyfriends|girlfriend|girlfriends|cousin|cousins|kusin|kusinen)\b/;

/** Somewhere to stay for now told with it: a friend's, a relative's. */
export function staysWithSomeone(text: string): boolean {
  return STAYS_WITH.test(fold(text));
}

/** Thrown out of home, or in a stairwell or on the street, now. */
export function saysThrownOut(text: string): boolean {
  const said = fold(text);
  return (THROWN_OUT.test(said) && !ELSEWHERE.test(said)) || STAIRWELL.test(said);
}

// Nowhere to sleep, or a shelter asked for: "finns det nåt härbärge för unga?", "var kan man sova inatt", "behöver ett
// ställe att sova", "nowhere to sleep tonight" (tester24 #8: they met "förstår inte allt", no word of socialjouren). Not
// sleep itself ("kan inte sova inatt", "var sov du").
const NOWHERE_TO_SLEEP = /\b(harbarge\w*|harberge\w*|akutboende\w*|nodboende\w*|jourboende\w*|shelters?|(ingenstans|inget stalle|nanstans|nagonstans|nat stalle|nagot stalle|ett stalle|stalle|nowhere|no ?where|no place|somewhere|anywhere|a place|place) (att |to |man kan |jag kan |i can |ja kan )?(sova|sova pa|sleep|crash|stay)|(var|vart|where) (kan|ska|far|can|do|could|should) (man|jag|ja|i) (sova|sleep|crash)( (inatt|i natt|ikvall|i kvall|tonight))?|(inget|ingenstans|nowhere|no place) (att )?(bo|to live))\b/;

/** Nowhere to sleep, or a shelter asked for ("finns det nåt härbärge för unga?", "nowhere to sleep tonight"). */
export function saysNowhereToSleep(text: string): boolean {
  return NOWHERE_TO_SLEEP.test(fold(text));
}

// "har 4% batteri", "4 % kvar", "mobilen dör snart", "batteriet e nästan slut", "phone's on 3%", "low battery".
const PERCENT = /\b\d{1,2} procent\b/;
const BATTERY_WORD = /\b(batteri|batteriet|battery|batt|kvar|left|laddning|laddare|charger|mobilen|telefonen|phone|phones)\b/;
const DYING = /\b((batteri|batteriet|battery|mobilen|telefonen|mobben|luren|phone|phones|phone is|my phone) (e |ar |is |s )?(nastan |snart |about to |almost |typ |gonna |going to )?(slut|dor|dead|dying|die|low)|(lite|lag|low|no) (batteri|battery)|dor snart|about to die|(mobilen|telefonen|mobben|phone) (kommer|will|is gonna|gonna) (do|die|stanga av|shut off|turn off))\b/;

/** The phone is about to die ("4% batteri"): the one practical thing is to be said now, before it does. */
export function saysLowBattery(text: string): boolean {
  const said = fold(text.replace(/%/g, " procent "));
  if (DYING.test(said)) return true;
  // A share said alone or with the battery: "har 4%", "4 % kvar"; not "50% av tiden mår jag dåligt".
  return PERCENT.test(said) && (BATTERY_WORD.test(said) || said.split(" ").length <= 3);
}

// "vill inte va hemma", "orkar inte vara hemma", "vill inte gå hem", "dont wanna be home": home is not a good place now.
const NOT_HOME = /\b((vill|orkar|pallar|kan|klarar|vagar) (inte|int|ej|inte ens) (va|vara|ga|aka|komma|sova|bo) (hemma|hem)|hatar (att )?(va|vara) hemma|(dont|don t|do not|cant|can t|cannot) (want to|wanna|stand being|bear being|go|be)( be| go)? (at )?home|hate being (at )?home)\b/;

/** Not wanting to be at home, or go home, said plainly. */
export function notWantingHome(text: string): boolean {
  return NOT_HOME.test(fold(text));
}

// "kan du bara skriva nåt", "säg nåt", "prata med mig", "håll mig sällskap", "just talk to me", "say something":
// company asked for, by someone lonely, often at night (texter18 #14: it got "Jag hänger inte riktigt med").
const COMPANY = /^(kan du |kan du inte |snalla |please |pls |can you |could you |can u |just |bara |men )*(bara |just )?((skriv|skriva|saga|sag|prata|snacka|chatta) (nat|nagot|nanting|lite|med mig|nat kul|nat roligt)|(hall|halla) mig (sallskap|i sallskap)|distrahera mig|(text|talk|say|chat|write) (something|smth|sth|anything|to me|with me)|(text|write|tell) me (something|smth|sth|anything|a story)|keep me company|distract me|talk to me)( (da|bara|pls|snalla|please|nu|now|typ|lol|just|a bit|lite))*$/;

/** Company asked for ("kan du bara skriva nåt"): answered with a little company, truthfully a bot's. */
export function asksForCompany(text: string): boolean {
  return COMPANY.test(fold(text));
}
