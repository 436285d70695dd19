// Round 15: precision first — the older rules' false crises on the newest writer ("round 14") and the
// training writers ended by guards (guards.ts, screen.ts) and by concepts in ../lexicon/round15.ts — then
// concern told by the situation, from the cross-validated misses of rules and model. Shapes, not lines:
// two families of words that together mean the thing. Older concepts widened this round are marked
// "Round 15" in their files. Each rule's `why` is the reason it exists; its first example is caught by it
// alone.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["NEWS", "FILM_TOLD"];
const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME"];

export const round15Rules: RuleSpec[] = [
  // A parent afraid of what they might do (a training line that "off myself" caught only by a typo reading).
  {
    id: "child-alone.afraid-for-baby", level: "crisis", category: "child-alone",
    pattern: "SCARED_OF_SELF*2 + BABY_HARM_THOUGHT*2 + CRYING + SMALL_CHILD >= 4 ~30", needs: ["SCARED_OF_SELF|BABY_HARM_THOUGHT"], who: "anyone",
    unless: STORY,
    why: "A parent scared of themselves, thinking of shaking the baby to make it stop crying: a baby at risk now — the parent needs someone with them and the baby put down safely.",
    examples: ["i keep thinking about shaking him to make him stop crying, im scared of myself, hes 5 weeks old", "e rädd för mig själv, tänker på att skaka henne när hon skriker"],
  },

  // Gone, and nobody would notice: the order the suicide rule did not read.
  {
    id: "suicide.gone-unnoticed", level: "crisis", category: "suicide", pattern: "IF +2 GONE_PAST +6 NOBODY +3 MISS", negation: "in-pattern",
    unless: [...STORY, "MEDIA", "JOKE_PLAIN", "GONE_A_WHILE", "TRAVEL", "TRIP_STAY", "PAST_OVER"],
    why: "\"Om jag försvinner kommer ingen märka nåt ändå\": the writer gone, then nobody noticing — the wish to die told as who would notice, in the other order from suicide.nobody-would-miss.",
    examples: ["om jag försvinner kommer ingen märka nåt ändå", "if i died tomorrow no one would even notice"],
  },

  // An alarm is no fire ("brandlarmet gick, övning"), an alarm and smoke are.
  {
    id: "acute-danger.alarm-and-smoke", level: "crisis", category: "acute-danger", pattern: "ALARM_ONLY*2 + FIRE_SIGN*2 + SMOKE_NEAR*2 >= 4 ~30",
    needs: ["ALARM_ONLY"], who: "anyone", unless: [...STORY, "MEDIA", "FALSE_ALARM", "COOKED_ALARM", "KITCHEN_MISHAP", "ALL_CLEAR"],
    why: "The fire alarm going and smoke under the door, the hall full of smoke or the door handle hot: a fire where the writer is — out if the stairwell is clear, otherwise door shut, 112. The alarm alone (a drill, burnt toast) is no fire; the fire word inside \"fire alarm\" no longer reads as one.",
    examples: ["brandlarmet tjuter o det kommer rök under dörren", "the fire alarm is going in my building and there's smoke coming under my door", "e det normalt att brandlarmet piper hela tiden och det e varmt i dörrhandtaget?"],
  },

  // Concern told by the situation.
  {
    id: "loneliness.unnoticed", level: "concern", category: "loneliness", pattern: "NOBODY +3 MISS", who: "anyone", negation: "in-pattern", unless: [...SOFT, ...STORY],
    why: "Nobody would notice if the writer were gone a week, went offline, stayed in bed: loneliness said as an experiment — the suicide rule reads it as crisis unless it is told as a while away.",
    examples: ["har ingen som skulle märka om jag inte gick ut på en månad", "nobody would notice if i went offline for a week"],
  },
  {
    id: "housing.car-bed", level: "concern", category: "housing", pattern: "CAR_BED", who: "anyone", unless: [...SOFT, ...STORY, "TRAVEL", "TRIP_STAY"],
    why: "Sleeping in one's car or at an all-night restaurant: a home lost, told by where the nights are spent, often as 'actually fine'.",
    examples: ["sover i min bil sen två veckor. e egentligen helt ok men det börjar bli kallt", "slept at mcdonalds last night, mums bf changed the locks"],
  },
  {
    id: "money.bill-against-what-i-have", level: "concern", category: "money", pattern: "BILL_CAME*2 + HAVE_ONLY*2 >= 4 ~14", who: "anyone", unless: [...SOFT, ...STORY],
    why: "A bill come with its sum and what the writer has beside it (\"elräkningen på 2400 kom o jag har 600\"): money short, told as two numbers.",
    examples: ["elräkningen på 2400 kom o jag har 600. vet int vad man gör", "the bill for 900 came and i have 200 until the 25th"],
  },
];
