// Crisis rules for danger that needs no partner word: a body failing, fire, water, cold, a drunk
// driver, having taken something. Each rule's `why` is the reason it exists; its first example is
// caught by it alone. A youth worker calls 112 for these whoever they are about, so most take anyone
// as the subject.
import type { RuleSpec } from "../rule-engine.js";

const STORY = ["MEDIA", "NEWS", "TOPIC", "GAME"];

export const acuteRules: RuleSpec[] = [
  {
    id: "acute-danger.body", level: "crisis", category: "acute-danger", pattern: "BODY_EMERGENCY", who: "anyone", unless: [...STORY, "JOKE", "ANXIETY", "STUDY_TALK", "ALL_CLEAR"],
    why: "Someone not breathing, unconscious, collapsed, seizing or bleeding without stopping: 112 at once, in any words around it.",
    examples: ["my friend collapsed and isnt breathing", "kompisen e medvetslös", "it wont stop bleeding"],
  },
  {
    id: "acute-danger.not-waking", level: "crisis", category: "acute-danger", pattern: "OTHER_SUBJ|SMALL_CHILD +6 NOT_WAKING", who: "anyone", unless: [...STORY, "JOKE", "WAKE_ROUTINE"],
    why: "Someone who does not wake up (\"kompisen ramla o vaknar int\"); sleeping in before school is left out.",
    examples: ["kompisen ramla o slog i huvet o vaknar int", "he fell and doesnt wake up"],
  },
  {
    id: "acute-danger.breathing", level: "crisis", category: "acute-danger", pattern: "BREATHING +2 ODD", who: "anyone", unless: [...STORY, "JOKE", "ANXIETY"],
    why: "Breathing oddly or slowly, said of anyone: a body in trouble, often after pills or drink.",
    examples: ["han andas jättekonstigt", "shes breathing weird"],
  },
  {
    id: "acute-danger.fire", level: "crisis", category: "acute-danger", pattern: "FIRE_WORD*2 + TRAPPED*2 + EVERYWHERE*2 + TIME_SOON + HELP_NOW >= 4", who: "anyone", unless: [...STORY, "JOKE", "BENIGN_SMOKE", "CUT_TIES"],
    needs: ["FIRE_WORD"],
    why: "Fire or smoke where the writer is, and no way out or smoke everywhere: in whatever words it is told.",
    examples: ["theres smoke everywhere in the building and the door is hot", "brand i huset, vi kommer inte ut"],
  },
  {
    id: "acute-danger.water", level: "crisis", category: "acute-danger", pattern: "WATER_DANGER", who: "anyone", unless: [...STORY, "JOKE", "RECOVERED"],
    why: "Someone through the ice or drowning.",
    examples: ["kompisen gick genom isen pa sjon HJAAALP", "my brother is drowning"],
  },
  {
    id: "acute-danger.lost-in-cold", level: "crisis", category: "acute-danger", pattern: "LOST*2 + COLD_DARK + PHONE_LOW + HELP_NOW + AFRAID + STRANGER + FOLLOW + NO_JACKET >= 4", who: "anyone", unless: [...STORY, "JOKE"],
    needs: ["LOST"],
    why: "Lost outdoors in the cold or dark with a dying phone: help must come before the battery goes.",
    examples: ["har gatt vilse i skogen, e minus 10 o mobilen pa 3%", "got lost in the woods, its dark and im scared"],
  },
  {
    id: "acute-danger.drunk-driver", level: "crisis", category: "acute-danger", pattern: "DRUNK_DRIVER", who: "anyone", unless: [...STORY, "JOKE"],
    why: "In a car with a drunk or reckless driver who will not stop.",
    examples: ["bilen vi e i kor typ 180 o foraren e full, han vagrar stanna", "the driver is drunk and wont stop the car"],
  },
  {
    id: "overdose.took-something", level: "crisis", category: "overdose",
    pattern: "TOOK_SOMETHING*2 + PILLS + SYMPTOM*2 + BREATHING + ODD + MANY + ALCOHOL >= 4", who: "anyone", unless: [...STORY, "ROUTINE", "RECOVERED"],
    needs: ["TOOK_SOMETHING|PILLS"],
    why: "Something taken and the body reacting (spinning, breathing oddly, cannot stand): an overdose told without amounts.",
    examples: ["min polare har tagit nat o andas jatte konstigt vi e i parken", "took something at the party and everything is spinning", "tog piller o druckit, allt snurrar", "har tagit nåt o druckit, andas tungt"],
  },
];
