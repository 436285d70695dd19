// Mapping (kartläggning) as short conversations spread over time: one topic per conversation, 2–4
// questions, each skippable. The next conversation takes the next topic not yet talked about.
import type { WaterfallStep, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { askText, say, takeAnswer } from "./shared/ask.js";
import { services } from "./turn-services.js";

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

const MAX_QUESTIONS = 4;

export class MappingDialog extends TillitDialog {
  constructor() {
    const steps: WaterfallStep[] = [(step) => this.introduce(step)];
    for (let i = 0; i < MAX_QUESTIONS; i++) steps.push((step) => this.saveAndAskNext(step, i));
    super(MAPPING_DIALOG, steps);
  }

  private topic(step: WaterfallStepContext): MappingTopic {
    return (step.options as MappingOptions).topic;
  }

  private async introduce(step: WaterfallStepContext) {
    const topic = this.topic(step);
    await say(step, `mapping.${topic}.intro`);
    return askText(step, `mapping.${topic}.${MAPPING_TOPICS[topic][0]}`);
  }

  /** Saves the answer to question `index` of the topic and asks the next one, or closes the topic. */
  private async saveAndAskNext(step: WaterfallStepContext, index: number) {
    const topic = this.topic(step);
    const questions = MAPPING_TOPICS[topic];
    const answer = takeAnswer<string>(step);
    services(step.context).effects.push({ kind: "record-mapping-answer", topic, question: questions[index]!, answer: answer.kind === "answer" ? answer.value : null });
    const next = questions[index + 1];
    if (next) return askText(step, `mapping.${topic}.${next}`);
    await say(step, "mapping.thanks");
    return step.endDialog();
  }
}
