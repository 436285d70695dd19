// What a message that the team helps with is about, in broad subjects: school and studies, work, a driving licence,
// a home, money, health, getting about. An offer of a person that stands is said to cover "this too" only when the
// next thing told is about another subject (dialogs/offers.ts): "vill börja plugga", then "vill plugga på komvux",
// is the same thing said again, and met "hör av sig om det här också" as if it were a second one. Read on folded
// text (no åäö, lower case); a message may name more than one subject, or none this knows. A practical question's
// subject is its signpost's too (understand-free.ts signpostTopic: "ont i ryggen" is health, sjukskrivning sick leave).
import { fold } from "./fold.js";
import { signpostTopic, type SignpostTopic } from "./understand-free.js";

export type Subject = "study" | "work" | "licence" | "home" | "money" | "health" | "sick-leave" | "childcare" | "activities" | "transport";

const SIGNPOSTED: Record<SignpostTopic, Subject> = {
  health: "health", healthCentre: "health", healthCost: "health", healthId: "health", sickLeave: "sick-leave",
  af: "work", cv: "work", validation: "work", csn: "study", komvux: "study", gymnasiet: "study", costKomvux: "study", costSfi: "study", costFolkhogskola: "study",
  support: "money", food: "money", fk: "money", letter: "money", housing: "home", whereToLive: "home", driving: "licence", preschool: "childcare", activities: "activities",
};

// Not "tag" ("tåg" folded: "ta tag i mitt liv") nor "work" alone ("how does it work"), a reviewer found: "tåget" and
// "work" in a phrase of work are enough.
const SUBJECTS: [Subject, RegExp][] = [
  ["study", /\b(plugg\w*|studera\w*|studier|studie\w*|skola|skolan|skolor|gymnasie\w*|komvux|sfi|folkhogskola\w*|utbildning\w*|csn|studiemedel\w*|studiebidrag\w*|studielan\w*|kurs|kurser|kursen|larare|lara mig svenska|lara svenska|school|study|studies|studying|college|university|uni|course|courses|student aid|student loan)\b/],
  ["work", /\b(jobb\w*|jobba\w*|arbete\w*|arbeta\w*|praktik\w*|cv|cvt|personligt brev|intervju\w*|anstallning\w*|lon|lonen|job|jobs|working|at work|find work|look(ing)? for work|internship|interview|resume|hired|employer)\b/],
  ["licence", /\b(korkort\w*|ovningskor\w*|korlektion\w*|korskola\w*|teoriprov\w*|uppkorning\w*|korkortstillstand|drivers? licen[cs]e|driving licen[cs]e|licen[cs]e|driving lessons?|learners? permit)\b/],
  ["home", /\b(bostad\w*|lagenhet\w*|lya|hyra|hyran|hyres\w*|hyresvard\w*|boende|bostadsko\w*|flytta|flyttar|housing|apartment|flat|rent|landlord|place to live)\b/],
  ["money", /\b(pengar|pengarna|forsorjningsstod\w*|ekonomiskt bistand|socialbidrag\w*|bidrag|skuld\w*|rakning\w*|inkasso|kronofogden|money|debt|debts|bills?|benefits?|welfare)\b/],
  ["health", /\b(vardcentral\w*|vc|1177|lakare\w*|lakaren|doktor\w*|tandlakare\w*|psykolog\w*|kurator\w*|bup|sjukvard\w*|medicin\w*|doctor|dentist|psychologist|counsellor|counselor|clinic|health ?cent(re|er))\b/],
  ["sick-leave", /\b(sjukskriv\w*|sjukpenning\w*|forsakringskassan|sick leave|sick pay)\b/],
  ["transport", /\b(buss\w*|busskort\w*|pendel\w*|taget|tagbiljett\w*|tunnelbana\w*|sl kort|fardtjanst|resa dit|ta mig dit|bus|buses|train|trains|travel card|get there)\b/],
];

/** The subjects a message names (its signpost's first); none for a message about nothing this knows. */
export function subjectsOf(text: string): Subject[] {
  const said = fold(text);
  const signposted = signpostTopic(text);
  const named = SUBJECTS.filter(([, words]) => words.test(said)).map(([subject]) => subject);
  return [...new Set([...(signposted ? [SIGNPOSTED[signposted]] : []), ...named])];
}

/**
 * Whether `now` tells of a subject that `before` did not: both known, and a subject of `now` not among those just
 * heard. Not known on either side, it is not said to be another (nobody is told "this too" about the same thing).
 */
export function anotherSubject(before: readonly string[] | undefined, now: readonly string[]): boolean {
  if (!before?.length || !now.length) return false;
  return now.some((subject) => !before.includes(subject));
}
