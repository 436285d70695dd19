// First contact: say what Tillit is and who reads along, explain in plain words what is stored and
// ask for consent; when a language model is configured, ask separately whether it may read (off
// unless they say yes); then what to call the person, which times suit them and which language; and
// at the end, what Tillit can do, as three plain next steps. Without consent only what is needed to
// honour STOPP and reach a coordinator is kept (the copy says exactly that, with the days the
// retention job keeps message texts). Begun again after a pause or a hand-back, it does not greet twice.
// When the team has recorded the consent meanwhile (a yes or no given to a coordinator, staff inbox),
// it is not asked again: the young person is told it is noted and onboarding goes on from there.
import type { DialogContext, WaterfallStepContext } from "botbuilder-dialogs";
import { TillitDialog } from "./shared/tillit-dialog.js";
import { PROMPTS, askChoice, askName, awaitsFirstStepChoice, say, takeAnswer } from "./shared/ask.js";
import { nextStepLabels } from "./shared/next-steps.js";
import { coordinatorInSentence, coordinatorName, retentionVars, services, tWhileRead, type TurnServices } from "./turn-services.js";
import { CONSENT_TEXT_VERSION } from "./consent.dialog.js";
import { isLanguage, type Language } from "../bot/domain/vocabulary.js";
import { nameInGreeting } from "./shared/understand-name.js";
import { answerOf, message } from "./shared/prompts.js";
import { fold } from "./shared/fold.js";
import { asksSimpler } from "./shared/understand-small-talk.js";

// "svenska men jag är inte så bra", "svenska fast lite dålig": Swedish chosen, and said to be hard.
const SWEDISH_IS_HARD = /\b(men|fast|but|although)\b.*\b(inte (sa |sa jatte |jatte )?bra|dalig|daligt|lite|inte sa mycket|not (so |very |that )?good|bad|a little)\b/;

export const ONBOARDING_DIALOG = "onboarding";
export { CONSENT_TEXT_VERSION };
const MAX_NAME = 40;
/** Passed on when no language model is configured: there is nothing to ask about. */
const NO_MODEL = { tillit: "no-model" } as const;
/** Passed on when the consent is already on record (recorded by the team): there is nothing to ask. */
const RECORDED = { tillit: "consent-recorded" } as const;
const STEPS = `${ONBOARDING_DIALOG}.steps`;

interface OnboardingOptions {
  greet?: boolean;
  questionsAsked?: boolean;
  /** The name the first message gave ("hej jag heter Kim"), carried over when the consent is asked again. */
  nameGiven?: string;
  /**
   * The consent answered in the message that began onboarding again ("ja" after "Ingen brådska"): taken as
   * the answer, not met with the whole consent paragraph again (main.dialog.ts reads it).
   */
  answer?: string;
  /** A language chosen before onboarding began ("hi, do you speak english?" as the first message): not asked for again. */
  language?: Language;
}

/** What onboarding learnt before it asked: a name in the greeting, a language asked for ("svenska tack"). */
interface OnboardingValues {
  nameGiven?: string;
  language?: Language;
  name?: string;
}

/** Passed on when the name was given in the first message: not asked again. */
const NAME_GIVEN = "name-given";
/** Passed on when the language was asked for during onboarding: not asked again. */
const LANGUAGE_CHOSEN = "language-chosen";

function stepsInstance(dc: DialogContext): { values?: OnboardingValues } | undefined {
  for (let d: DialogContext | undefined = dc; d; d = d.child) {
    const steps = d.stack.find((instance) => instance.id === STEPS);
    if (steps) return steps.state as { values?: OnboardingValues };
  }
  return undefined;
}

/**
 * "svenska", "sv", "english pls" written while onboarding asks something else (the name, the times):
 * the choice is kept, so the language question is not asked later (a young tester who wrote "svenska"
 * was asked "Vilket språk vill du skriva på?" two messages on). False when onboarding is not running.
 */
export function rememberLanguage(dc: DialogContext, language: Language): boolean {
  const state = stepsInstance(dc);
  if (!state) return false;
  state.values = { ...(state.values ?? {}), language };
  return true;
}

/**
 * "Noah" while the consent waits (a person asked for at it, or not): the name is kept for after the yes, as
 * a name in the first message is, so the name question is not asked later. False when onboarding is not
 * waiting for its consent.
 */
export function keepNameForLater(dc: DialogContext, name: string): boolean {
  if (!awaitsConsentAnswer(dc)) return false;
  const state = stepsInstance(dc);
  if (!state) return false;
  state.values = { ...(state.values ?? {}), nameGiven: name };
  return true;
}

/**
 * A name said while onboarding is past its name question ("asså jag heter typ mohammed men kalla mig mo" after "vet
 * ej", "jag heter J sa jag ju" after a name was taken): onboarding's last message uses it. False when onboarding is not
 * running or has not asked for the name yet.
 */
export function nameForOnboarding(dc: DialogContext, name: string): boolean {
  for (let d: DialogContext | undefined = dc; d; d = d.child) {
    const steps = d.stack.find((instance) => instance.id === STEPS);
    if (!steps) continue;
    const state = steps.state as { stepIndex?: number; values?: OnboardingValues };
    if ((state.stepIndex ?? 0) < 3) return false;
    state.values = { ...(state.values ?? {}), name };
    return true;
  }
  return false;
}

/** The step whose prompt is the times question (afterName asks it). */
const TIMES_STEP = 3;
// Said around a name given again: "jag heter Samir", "ja Samir", "it's Samir", "kalla mig Samir".
const AROUND_NAME = /^((hej|hi|hey|ja|jaa|japp|yes|yep|ok|okej) )*(jag heter |ja heter |heter |my name is |im |i m |its |it s |det ar |det e |de e |kalla mig |call me )?/;

/**
 * "Samir" again to the times question, right after onboarding took "Samir" as the name (from the first
 * message, or its own question): the name said again, not an answer "not understood" (a tester's got "Jag
 * förstod inte riktigt"). The name it is, for main.dialog.ts to meet it and ask the times again; undefined
 * otherwise.
 */
export function nameSaidAgain(dc: DialogContext, text: string): string | undefined {
  for (let d: DialogContext | undefined = dc; d; d = d.child) {
    if (d.activeDialog?.id !== PROMPTS.option) continue;
    const state = d.stack.find((instance) => instance.id === STEPS)?.state as { stepIndex?: number; values?: OnboardingValues } | undefined;
    const name = state?.values?.name;
    if (!name || state.stepIndex !== TIMES_STEP) return undefined;
    return fold(text).replace(AROUND_NAME, "") === fold(name) ? name : undefined;
  }
  return undefined;
}

/**
 * Onboarding is waiting for the answer to its consent question (its first step's prompt). The main
 * dialog asks, so a consent the team recorded meanwhile is not asked again (main.dialog.ts).
 */
export function awaitsConsentAnswer(dc: DialogContext): boolean {
  return awaitsFirstStepChoice(dc, STEPS);
}

/**
 * A coordinator has talked with the young person while the consent was unanswered, and handed back: the
 * consent form is not where they are put back (a frightened fifteen-year-old's "är maja arg på mig" met it
 * for days, and "lol nej" to something else was recorded as a no). From then on onboarding's consent is
 * not asked of its own; it is asked, in full and once, when they ask for something that keeps answers (the
 * consent gate, consent.dialog.ts, where only a yes is recorded), and the team can record it from the inbox.
 * The same after a crisis flagged before any consent was asked. Noted at the first message after such a
 * hand-back; true while no answer is on record.
 */
export async function consentWaitsAfterPerson(s: TurnServices): Promise<boolean> {
  if (s.participant.dataConsent !== null || s.participant.onboarded) return false;
  if (s.memory.consentAfterPerson) return true;
  // A crisis flagged before the consent was ever asked (the first message): the crisis reply said what Tillit
  // is and who reads, and a person has had the conversation since. The consent is not pushed on them at a
  // random moment when it is handed back (a seventeen-year-old got it four times over two weeks, her
  // questions unanswered); it comes once, with something that keeps answers, and the team can record it.
  const alarmFirst = !s.memory.consentAskedAt && !s.conversation.waiting && (await s.lookups.crisisFlagsSince(new Date(0))).length > 0;
  // Only a consent already asked and left open: a coordinator who wrote first, before any consent, hands
  // over to onboarding as usual.
  if (!alarmFirst && (!s.conversation.backFromPerson || !s.memory.consentAskedAt)) return false;
  await s.remember({ consentAfterPerson: s.now.toISOString() });
  return true;
}

/** A first message that tells something of their own at some length, not a question or a greeting. */
function tellsALot(text: string): boolean {
  const said = fold(text);
  return said.split(" ").length >= 14 && !text.includes("?") && /\b(jag|ja|mig|mej|min|mitt|i|im|my|me)\b/.test(said);
}

export function cleanName(raw: string): string | undefined {
  const name = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (name.length === 0 || [...name].length > MAX_NAME || !/\p{L}/u.test(name)) return undefined;
  return name;
}

/** Puzzled and nothing else: "??", "va?", "hä", "what?" (folded, so the question marks are gone). */
const PUZZLED = /^(va|vad|vada|ha|hae|hmm|hm|eh|what|wut|huh|wat|menar du|what do you mean|vad menar du)$/;

export class OnboardingDialog extends TillitDialog {
  constructor() {
    super(ONBOARDING_DIALOG, [
      (step) => this.greetAndAskConsent(step),
      (step) => this.afterConsent(step),
      (step) => this.afterModelConsent(step),
      (step) => this.afterName(step),
      (step) => this.afterTimes(step),
      (step) => this.afterLanguage(step),
    ]);
  }

  private async greetAndAskConsent(step: WaterfallStepContext) {
    const s = services(step.context);
    const options = (step.options as OnboardingOptions | undefined) ?? {};
    const values = step.values as OnboardingValues;
    // "Hej jag heter Kim": the name is kept for after the consent (a name is stored only with its yes).
    values.nameGiven = options.nameGiven ?? (options.greet !== false ? nameInGreeting(step.context.activity.text ?? "") : undefined);
    if (options.language) values.language = options.language;
    if (options.greet !== false) {
      const greeting = tWhileRead(s, "onboarding.greeting", { coordinator: coordinatorName(s) });
      // A first message that tells a lot ("jag hoppade av gymnasiet … mådde så dåligt … sitter bara hemma") is
      // heard in a word before the consent, not met with the introduction and the form alone.
      const told = tellsALot(step.context.activity.text ?? "");
      await step.context.sendActivity(message(told ? `${greeting} ${s.t("onboarding.heardFirst")}` : greeting));
    }
    // A coordinator recorded the answer the young person gave them (bot/staff/record-consent.ts). A
    // yes is said in front of the next question (a preface), not as a message of its own: with a
    // question back answered first, a third message in the turn would be held back.
    if (s.participant.dataConsent === true) s.preface(s.t("onboarding.consentRecordedYes"));
    if (s.participant.dataConsent === false) await say(step, "onboarding.consentRecordedNo", { coordinatorInSentence: coordinatorInSentence(s), ...retentionVars(s) });
    if (s.participant.dataConsent !== null) return step.next(RECORDED);
    if (options.answer) return step.next(options.answer);
    // "Jag har frågor": they ask, Tillit answers what it can (answer-question.ts, while the question stays
    // open), and a person is one word away ("människa"). It once asked a person for them and parked every
    // message after it as "teamet får se det här" for days. The yes or no can be given whenever.
    if (options.questionsAsked) {
      return askChoice(step, "onboarding.consentQuestions", "yesNo", undefined, "onboarding.consentAgain", { retryKey: "onboarding.consentQuestionsRetry" });
    }
    // Not understood ("hä?", "ok men vad är det"): the choice explained in other words, never
    // the question line it has just been asked in (never the same line twice in a row).
    const vars = { coordinatorInSentence: coordinatorInSentence(s), ...retentionVars(s) };
    const more = { retryKey: "onboarding.consentRetry" };
    // Asked in full before (onboarding left at "senare", or at two answers not understood): the short line,
    // never the whole paragraph again word for word (a young tester got it nine times in three days).
    if (options.greet === false && s.memory.consentAskedAt) return askChoice(step, "onboarding.consentAgain", "consent", vars, "onboarding.consentAgain", more);
    await s.remember({ consentAskedAt: s.now.toISOString() });
    return askChoice(step, "onboarding.consent", "consent", vars, "onboarding.consentAgain", more);
  }

  private async afterConsent(step: WaterfallStepContext) {
    const s = services(step.context);
    const recorded = (step.result as typeof RECORDED | undefined)?.tillit === RECORDED.tillit;
    let granted = s.participant.dataConsent === true;
    if (!recorded) {
      // Not understood twice: the consent is not skipped (it comes back), so no "vi hoppar över den".
      const answer = answerOf<string>(step.result);
      if (answer.kind !== "answer") {
        // "??", "va?" after the question was put twice: what is asked, said once more in a line, not "Ingen brådska"
        // alone (texter18 #17: a 17-year-old's "??" got it and no word of what was asked).
        await say(step, PUZZLED.test(fold(step.context.activity.text ?? "")) || /^\s*\?+\s*$/.test(step.context.activity.text ?? "") ? "onboarding.consentLaterPuzzled" : "onboarding.consentLater");
        return step.endDialog();
      }
      if (answer.value === "questions") {
        const again: OnboardingOptions = { greet: false, questionsAsked: true, ...((step.values as OnboardingValues).nameGiven ? { nameGiven: (step.values as OnboardingValues).nameGiven } : {}) };
        return step.replaceDialog(STEPS, again);
      }
      granted = answer.value === "yes";
      s.effects.push({ kind: "record-consent", consent: "data-processing", granted, textVersion: CONSENT_TEXT_VERSION });
    }
    if (!granted) {
      s.effects.push({ kind: "complete-onboarding" });
      // A recorded no was explained in the line that said it is noted.
      if (!recorded) {
        await say(step, "onboarding.consentDeclined", { coordinatorInSentence: coordinatorInSentence(s), ...retentionVars(s) });
        // "varför?" or "okej ja då" right after is about this no (main.dialog.ts).
        await s.remember({ consentDeclinedAt: s.now.toISOString() });
      }
      return step.endDialog();
    }
    if (!s.modelAvailable) return step.next(NO_MODEL);
    return askChoice(step, "onboarding.modelConsent", "yesNo");
  }

  /** The language model reads only after its own yes; an unclear answer or a skip is a no. */
  private async afterModelConsent(step: WaterfallStepContext) {
    const s = services(step.context);
    if ((step.result as typeof NO_MODEL | undefined)?.tillit !== NO_MODEL.tillit) {
      const answer = takeAnswer<string>(step);
      s.effects.push({ kind: "record-consent", consent: "language-model", granted: answer.kind === "answer" && answer.value === "yes", textVersion: CONSENT_TEXT_VERSION });
    }
    const given = (step.values as OnboardingValues).nameGiven;
    if (given) return step.next({ tillit: NAME_GIVEN, name: given });
    return askName(step, "onboarding.askName", "onboarding.askNameAgain");
  }

  private async afterName(step: WaterfallStepContext) {
    const s = services(step.context);
    const given = step.result as { tillit?: string; name?: string } | undefined;
    if (given?.tillit === NAME_GIVEN && given.name) {
      s.effects.push({ kind: "set-preferred-name", name: given.name });
      (step.values as OnboardingValues).name = given.name;
      // Not understood, the question alone is asked again: "I didn't quite get that. That's what I'll call you." made no sense.
      return askChoice(step, "onboarding.askTimesGivenName", "times", { name: given.name }, "onboarding.askTimes", { retryKey: "onboarding.askTimesRetry" });
    }
    const answer = takeAnswer<string>(step);
    const name = answer.kind === "answer" ? cleanName(answer.value) : undefined;
    if (name) s.effects.push({ kind: "set-preferred-name", name });
    (step.values as { name?: string }).name = name;
    // Asked again (a name said again, a face, "kalla mig Mo"): the question alone, not "Så kallar jag dig" again.
    return askChoice(step, name ? "onboarding.askTimesNamed" : "onboarding.askTimes", "times", name ? { name } : undefined, "onboarding.askTimes");
  }

  private async afterTimes(step: WaterfallStepContext) {
    const s = services(step.context);
    const answer = takeAnswer<string>(step);
    if (answer.kind === "answer") {
      s.effects.push({ kind: "set-preferred-times", times: answer.value === "any" ? ["morning", "afternoon", "evening"] : [answer.value] });
    }
    const chosen = (step.values as OnboardingValues).language;
    if (chosen) return step.next({ tillit: LANGUAGE_CHOSEN, language: chosen });
    return askChoice(step, "onboarding.askLanguage", "language");
  }

  private async afterLanguage(step: WaterfallStepContext) {
    const s = services(step.context);
    const chosen = step.result as { tillit?: string; language?: Language } | undefined;
    const answer = chosen?.tillit === LANGUAGE_CHOSEN ? undefined : takeAnswer<string>(step);
    const language = chosen?.tillit === LANGUAGE_CHOSEN && chosen.language ? chosen.language : answer?.kind === "answer" && isLanguage(answer.value) ? answer.value : s.participant.language;
    s.effects.push({ kind: "set-language", language }, { kind: "complete-onboarding" }, { kind: "set-status", status: "active" });
    const { name } = step.values as { name?: string };
    const t = s.tIn(language);
    // Heard, before what Tillit can do: their Swedish is enough, and Tillit writes simply (it went unanswered).
    const said = step.context.activity.text ?? "";
    if (language === "sv" && answer?.kind === "answer" && (SWEDISH_IS_HARD.test(fold(said)) || asksSimpler(said))) s.preface(t("onboarding.swedishIsFine"));
    const labels = nextStepLabels({ ...s, t });
    await step.context.sendActivity(message(name ? t("onboarding.doneNamed", { name }) : t("onboarding.done"), labels));
    return step.endDialog();
  }
}
