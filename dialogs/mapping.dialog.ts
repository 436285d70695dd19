// Mapping (kartläggning) as short talks at the person's pace: one topic at a time, 2–4 questions, each
// skippable. At the end of a topic they are asked whether to go on with the next one not yet talked about,
// now or another time (it ended after the first topic's two answers, "Vi pratar om något annat en annan
// gång", with five topics left: tester22 full11). "sluta fråga" stops it at any question (main.dialog.ts).
import type { WaterfallStep, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askChoice, askText, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";
import { saysNothing } from "./shared/understand-answers.js";

export const MAPPING_DIALOG = "mapping" satisfies StartableDialog;

export const MAPPING_TOPICS = {
  interests: ["likes", "goodAt"],
  experience: ["school", "work", "proudOf"],
  situation: ["howItIs", "mattersNow"],
  motivation: ["givesEnergy", "wouldLikeToTry"],
  adaptations: ["hardThings", "whatHelps"],
  health: ["sleep", "food", "exercise"],
} as const;
export type MappingTopic = keyof typeof MAPPING_TOPICS;

export interface MappingOptions {
  topic: MappingTopic;
}

/** The first topic not yet talked about, in the order of MAPPING_TOPICS. */
export function nextMappingTopic(done: readonly string[]): MappingTopic | undefined {
  return (Object.keys(MAPPING_TOPICS) as MappingTopic[]).find((t) => !done.includes(t));
}

const MAX_QUESTIONS = 4;

// The questions a bare "ja" answers nothing in ("Vad tycker du om att göra?" — "ja"): that yes is to the
// talk itself, and the question is asked again (main.dialog.ts), not "ja" kept as what they like doing.
// "Har du jobbat …?", "Finns det något …?" and the like are answered by a yes.
const OPEN_QUESTIONS: ReadonlySet<string> = new Set(["likes", "goodAt", "school", "howItIs", "mattersNow", "givesEnergy", "whatHelps", "sleep"]);
// The questions where "inget" is a heavy answer (nothing one likes, is good at, is proud of), not a
// plain no ("Finns det saker som är svåra för dig?" — "inget" is good news).
const NOTHING_IS_HEAVY: ReadonlySet<string> = new Set(["likes", "goodAt", "proudOf", "mattersNow", "givesEnergy", "wouldLikeToTry", "whatHelps"]);

export class MappingDialog extends TillitDialog {
  constructor() {
    const steps: WaterfallStep[] = [(step) => this.introduce(step)];
    // One step per question, and one more for the answer to "more?" after a topic's last question.
    for (let i = 0; i <= MAX_QUESTIONS; i++) steps.push((step) => this.saveAndAskNext(step, i));
    super(MAPPING_DIALOG, steps);
  }

  private topic(step: WaterfallStepContext): MappingTopic {
    return (step.options as MappingOptions).topic;
  }

  private async introduce(step: WaterfallStepContext) {
    const topic = this.topic(step);
    await say(step, `mapping.${topic}.intro`);
    return this.ask(step, MAPPING_TOPICS[topic][0]);
  }

  private ask(step: WaterfallStepContext, question: string) {
    return askText(step, `mapping.${this.topic(step)}.${question}`, undefined, 500, undefined, { open: OPEN_QUESTIONS.has(question) });
  }

  /** Saves the answer to question `index` of the topic and asks the next one, or closes the topic. */
  private async saveAndAskNext(step: WaterfallStepContext, index: number) {
    const topic = this.topic(step);
    const questions = MAPPING_TOPICS[topic];
    if (index === questions.length) return this.goOnOrNot(step);
    const answer = takeAnswer<string>(step);
    const s = services(step.context);
    s.effects.push({ kind: "record-mapping-answer", topic, question: questions[index]!, answer: answer.kind === "answer" ? answer.value : null });
    // "inget" to "Vad är du bra på?" is an answer, and a heavy one: met warmly, never "Tack för att du berättade!".
    const nothing = answer.kind === "answer" && NOTHING_IS_HEAVY.has(questions[index]!) && saysNothing(answer.value);
    const next = questions[index + 1];
    if (next) {
      if (nothing) s.preface(s.t("mapping.nothingHeard"));
      return this.ask(step, next);
    }
    // The next topic is offered, never begun unasked: they decide how much to tell today. This topic's
    // answers are recorded when the turn ends, so it is counted as talked about here.
    const following = nextMappingTopic([...(await s.lookups.mappedTopics()), topic]);
    if (!following) {
      await say(step, "mapping.allDone");
      return step.endDialog();
    }
    (step.values as { following?: MappingTopic }).following = following;
    return askChoice(step, nothing ? "mapping.moreAfterNothing" : "mapping.more", "mappingMore");
  }

  /** The answer to "more?": the next topic now, or another time (a skip or an answer not understood too). */
  private async goOnOrNot(step: WaterfallStepContext) {
    const answer = takeAnswer<string>(step);
    // The steps begin again on the next topic, inside this dialog: replacing "mapping" from here put a second mapping
    // on the first one's inner stack, where nothing above could find it ("e du en robot?" in the next topic failed the turn).
    if (answer.kind === "answer" && answer.value === "yes") return step.replaceDialog(`${MAPPING_DIALOG}.steps`, { topic: (step.values as { following: MappingTopic }).following } satisfies MappingOptions);
    await say(step, "mapping.later");
    return step.endDialog();
  }
}
