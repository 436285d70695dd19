// Concern told through everyday things (round 3's development half showed these kinds). Each rule's
// `why` is the reason it exists; its first example is caught by it alone.
import type { RuleSpec } from "../rule-engine.js";

const SOFT = ["MITIGATED", "JOKE_PLAIN", "MEDIA", "GAME"];

export const everydayConcernRules: RuleSpec[] = [
  {
    id: "exhaustion.self-care-gone", level: "concern", category: "exhaustion", pattern: "NOT_WASHED +4 LONG_TIME|SINCE", negation: "in-pattern", unless: SOFT,
    why: "No shower or toothbrush for days: the energy for looking after oneself is gone.",
    examples: ["inte duschat på 5 dagar", "havent showered in a week"],
  },
  {
    id: "housing.rent-behind", level: "concern", category: "housing", pattern: "RENT*2 + UNPAID*2 + OUT_BY*2 >= 4", who: "anyone", negation: "in-pattern", unless: SOFT,
    why: "Rent months behind, or a landlord's date to be out: eviction on its way, told without the word.",
    examples: ["hyran e 3 mån sen", "landlord says im out by the 1st"],
  },
];
