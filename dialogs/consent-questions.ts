// Questions asked while a consent waits, onboarding's or the gate's before answers are kept (consent.dialog.ts)
// ("vem läser detta?", "kan soc se det?", "vad heter koordinatorn?"):
// each is answered, and the person may ask as much as they want before they decide. The consent is not put again
// after every answer (a suspicious young tester got it nine times in a row, in four rotating wordings): the choices
// stay on the answer, so "1" or "ja" answers whenever they are ready, and every few answers a short "ask more, or
// answer yes or no when you're ready" is said with it. One message a turn, so the two-unanswered rule is never near.
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from "botbuilder-dialogs";
import { ASKED_AGAIN, type ChoiceSpec } from "./shared/prompts.js";
import type { QuestionKind } from "./shared/understand-free.js";
import { fold } from "./shared/fold.js";
import { answerQuestion } from "./answer-question.js";
import { services } from "./turn-services.js";

/** Every this many answers in a row the short line that they may ask more or decide is said with the answer. */
const ASK_MORE_EVERY = 3;

/** A yes or a no said with the question ("ja men kan soc se det?", "nej men vem läser"): an answer begun, not taken. */
const YES_OR_NO_FIRST = /^(ja|jaa|japp|jepp|jo|joo|nej|nae|naej|yes|yeah|yep|no|nope|nah)\b/;

/** The consent's prompt (onboarding's first step, awaitsConsentAnswer, or the gate's, awaitsConsentGate) and the questions answered while it waits. */
interface ConsentPromptState {
  options: { validations: ChoiceSpec };
  questionsAnswered?: number;
}

function consentPrompt(dc: DialogContext): ConsentPromptState {
  let leaf = dc;
  while (leaf.child) leaf = leaf.child;
  return leaf.activeDialog!.state as ConsentPromptState;
}

/**
 * The question answered while a consent waits (main.dialog.ts calls this only then). A yes or a no said with it
 * was not taken, so the consent is asked again at once, in its short line, and the count begins again.
 */
export async function answerAtConsent(inner: DialogContext, kind: QuestionKind): Promise<DialogTurnResult> {
  const prompt = consentPrompt(inner);
  if (YES_OR_NO_FIRST.test(fold(inner.context.activity.text ?? ""))) {
    prompt.questionsAnswered = 0;
    await answerQuestion(inner, kind);
    inner.context.turnState.set(ASKED_AGAIN, true);
    await inner.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
  const answered = (prompt.questionsAnswered ?? 0) + 1;
  prompt.questionsAnswered = answered;
  const s = services(inner.context);
  const askMore = answered % ASK_MORE_EVERY === 0 ? s.t("onboarding.consentAskMore") : undefined;
  await answerQuestion(inner, kind, { choices: prompt.options.validations.labels, ...(askMore ? { after: askMore } : {}) });
  return { status: DialogTurnStatus.waiting };
}
