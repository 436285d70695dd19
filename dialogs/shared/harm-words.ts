// Who the harm came from, as the message tells it, for which help numbers fit (bot/core/flag-crisis.ts):
// the screen's "violence" covers a boyfriend's blow and a knife shown in a park alike. Kvinnofridslinjen and
// what to do about a phone someone reads fit harm from someone close; a group, a stranger, school or the
// street is 112, the police and (under 18) BRIS. A sixteen-year-old boy told of a knife in the park and got
// Kvinnofridslinjen.
import { fold } from "./fold.js";

// Someone close: a partner, family, home. "min kille" is a boyfriend; "en kille", "nån kille" is not.
const PARTNER =
  /\b(min|mitt|mina|hans|hennes) (kille|tjej|pojkvan|flickvan|sambo|partner|man|fru|ex|karl)\b|\b(pojkvan|flickvan|sambo|boyfriend|girlfriend|bf|gf|husband|wife|partner|my ex)\b/;
// A parent or family: for someone who may be under 18, BRIS first, never Kvinnofridslinjen alone (a boy hit by his
// father was given it, tester24).
const FAMILY =
  /\b(pappa|mamma|farsan|morsan|foraldrar|foraldrarna|styvpappa|styvmamma|bonuspappa|bonusmamma|brorsan|bror|storebror|syster|systern|storasyster|farbror|morbror|faster|moster|kusin|familjen|farfar|morfar|dad|daddy|father|mum|mom|mother|parents|stepdad|stepmum|stepmom|stepfather|stepmother|brother|sister|uncle|aunt|cousin|family|grandad|grandpa)\b/;
const CLOSE = new RegExp(`${PARTNER.source}|${FAMILY.source}|\\b(hemma|at home)\\b`);

// Others outside: a group ("de", "dom", "en av dem", "några killar", "ett gäng", "gänget"), a stranger, or a
// place outside home (the park, school, town, the bus). Not "gäng" alone: folded it is "gång" ("en gång
// till", "tredje gången"), and a partner's third blow was read as a stranger's.
const OUTSIDE =
  /\b(de|dom|dem|dom dar|nagra (killar|tjejer|personer)|ett gang|ganget|en kille|nan kille|nagon kille|en okand|okand|okanda|framling|framlingar|i parken|pa stan|i stan|pa skolan|i skolan|pa bussen|i centrum|pa gatan|they|them|some guys|a guy|some guy|a gang|stranger|strangers|in the park|at school|in town|on the street|on the bus|robbed|ranad|ranade)\b/;

// The safety screen's crisis categories of harm done by others: someone hit, threatened, abused, forced or
// left alone may need protection or a bed tonight (socialjouren), and, known to be under 18, BRIS first.
const HARM_FROM_OTHERS: ReadonlySet<string> = new Set(["violence", "sexual-abuse", "abuse-at-home", "crime-coercion", "child-alone"]);

/** Among the crisis categories is harm done by others (not to oneself). */
export function harmFromOthers(categories: readonly string[]): boolean {
  return categories.some((c) => HARM_FROM_OTHERS.has(c));
}

/** The message names a partner ("min kille", "my girlfriend"). */
export function namesPartner(text: string): boolean {
  return PARTNER.test(fold(text));
}

/** The harm told came from a parent or family, and names no partner. */
export function harmFromFamily(text: string): boolean {
  const said = fold(text);
  return FAMILY.test(said) && !PARTNER.test(said);
}

/** The harm told came from others outside home (a group, a stranger, school, the street) and names nobody close. */
export function harmFromOutside(text: string): boolean {
  const said = fold(text);
  return OUTSIDE.test(said) && !CLOSE.test(said);
}

// School, classmates, bullying: where trouble is told to happen, for how it is acknowledged. The screen's
// "home-conflict" also covers "de tar mina grejer i skolan och säger saker om min mamma varje dag" (a parent is
// named, as what they say), which was answered "Det låter jobbigt hemma just nu".
const SCHOOL =
  /\b(skolan|skola|skolgarden|klassen|klass|klasskompis|klasskompisar|klasskamrater|mobbar|mobbad|mobbade|mobbas|mobbning|mobbing|rasten|lektionen|lektionerna|school|class|classmates|bullied|bullying|bully|bullies|recess)\b/;
// Home told as where it happens: not "mamma" alone, which is as often what others say about her.
const AT_HOME = /\b(hemma|hemmet|hem|at home|home)\b/;

/** The trouble told is at school (classmates, bullying) and the message says nothing of home. */
export function troubleAtSchool(text: string): boolean {
  const said = fold(text);
  return SCHOOL.test(said) && !AT_HOME.test(said);
}
