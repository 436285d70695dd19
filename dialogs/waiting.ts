// While the conversation waits for a person (asked for, or flagged by the safety screen, or a
// coordinator's takeover gone quiet), Tillit runs no dialogs but never plays dead: questions get
// their answers (one it does not recognise, or "hallå?", an honest word of when a person reads),
// wishes are honoured, and other messages are acknowledged honestly with when a person will read
// them, not on every message but at most every second one or once an hour (a heavy message, and after
// a crisis every message, each time); asking for a check-in or the like is told that Tillit's
// questions wait until the person has been in touch.
import type { DialogContext } from "botbuilder-dialogs";
import { declinesCall, understandFree, type QuestionKind } from "./shared/understand-free.js";
import { detectReminderRequest } from "./shared/recognize.js";
import { message } from "./shared/prompts.js";
import { apologises, asksWhenAnswered, clearlyAsks, complainsOfWaiting, saysScared, saysUrgent } from "./shared/clearly-asks.js";
import { answerQuestion } from "./answer-question.js";
import { emergencyNumberSaid, reminderEffects, sayWithReading } from "./wishes.js";
import { coordinatorInSentence, nextReadingFor, services, type TurnServices } from "./turn-services.js";
import { routeErasureRequest } from "./erasure-route.js";
import { takesBackRequest } from "./shared/understand-take-back.js";
import { declinesNumbers } from "./shared/numbers-words.js";
import { passesOnMessage } from "./shared/pass-on-words.js";
import { ERASURE_HANDOFF_REASON, participantRequests } from "../bot/domain/vocabulary.js";
import { takesBackErasure } from "./shared/erasure-words.js";

const ACK_AFTER_MS = 60 * 60_000;
const ACK_AFTER_MESSAGES = 2;

/** Enough has been written since Tillit last spoke (or long enough ago) to say "I'm still here". */
export function acknowledgementDue(s: TurnServices): boolean {
  const { lastAutomatedAt, inboundSinceAutomated } = s.conversation;
  if (!lastAutomatedAt) return true;
  return inboundSinceAutomated >= ACK_AFTER_MESSAGES || s.now.getTime() - lastAutomatedAt.getTime() >= ACK_AFTER_MS;
}


export async function replyWhileWaiting(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  const text = dc.context.activity.text ?? "";
  // "stop giving me numbers": heard for the rest of the wait, not for one message (they stay in view above).
  if (declinesNumbers(text)) {
    await s.remember({ numbersDeclined: true });
    return sayWithReading(dc, "waiting.numbersDeclined");
  }
  const intent = understandFree(text);
  if (intent.startsWith("question:")) return answerQuestion(dc, intent.slice("question:".length) as QuestionKind);
  const reminder = detectReminderRequest(text);
  if (reminder) {
    reminderEffects(s, reminder);
    await dc.context.sendActivity(message(s.t(`reminders.${reminder}`)));
    return;
  }
  // A call turned down is heard and passed on, never answered with how to stop ("ring mig inte").
  if (declinesCall(text)) {
    await dc.context.sendActivity(message(s.t("waiting.noCall", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  if ((await tookErasureBack(dc, text)) || (await tookRequestBack(dc, text))) return;
  // A message for the coordinator: it waits for them with everything else, and is said to.
  if (passesOnMessage(text)) return sayWithReading(dc, "common.passedOn");
  if (intent === "less-contact") return answerQuestion(dc, "stop");
  if (intent === "delete-data") return routeErasureRequest(dc);
  // After a crisis flag nothing goes unanswered ("när kommer nån?", "glöm det", "ingen svarar ju"):
  // every message gets when a person reads and the numbers that are open now, in words that vary.
  if (s.flagged === "crisis") return sayAfterCrisis(dc, text);
  // "när svarar ni?": when a person next reads, and what to do if it cannot wait, in words that vary
  // (it got the every-second acknowledgment, which only said when someone reads).
  if (asksWhenAnswered(text)) return sayWhenAnswered(dc);
  if (intent === "human") return sayWithReading(dc, "waiting.alreadyAsked");
  // "checka in", "berätta om mig": asked for by name, so said plainly why not now (never silence).
  if (intent === "check-in" || intent === "mapping" || intent === "rating" || intent === "plan") {
    await dc.context.sendActivity(message(s.t("waiting.paused", { coordinator: coordinatorInSentence(s) })));
    return;
  }
  // Something heavy (the screen's concern) is answered every time, not only when an acknowledgment is
  // due: "vi blir vräkta nästa månad" once met silence because the message before had been answered.
  if (s.concern) return sayWithReading(dc, "waiting.heardHeavy");
  // A question nobody recognised, "hallå?" or "ingen har ringt": asked, so answered every time (never
  // silence). A takeover gone quiet says so, never "I'm still here" after "a person answers here now".
  if (complainsOfWaiting(text)) return sayWithReading(dc, "waiting.sorryForTheWait");
  if (saysUrgent(text)) {
    s.effects.push({ kind: "flag-concern", reasons: ["urgent"] });
    const { reading } = nextReadingFor(s);
    await dc.context.sendActivity(message(`${s.t("waiting.urgentAsked")} ${reading}`));
    return;
  }
  if (apologises(text)) return sayWithReading(dc, "waiting.noNeedToApologise");
  if (acknowledgementDue(s) || clearlyAsks(text)) await sayWithReading(dc, s.conversation.takenOver ? "waiting.ackTakenOver" : "waiting.ack");
}

/** "glöm det" soon after asking is a change of mind; later it may be giving up on us (understand-take-back.ts). */
const LOOSE_TAKE_BACK_MS = 30 * 60_000;

/**
 * "nej vänta", "jag ångrar mig": the participant's own request for a person, taken back, is heard. A
 * crisis, an erasure request or a takeover is not theirs to take back (the guarded transition holds that too).
 */
async function tookRequestBack(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const request = s.conversation.request;
  if (!request || s.flagged === "crisis" || !(participantRequests as readonly string[]).includes(request.reason)) return false;
  const takeBack = takesBackRequest(text);
  if (!takeBack) return false;
  // Loose words in a heavy message ("glöm det, orkar inte längre") give up rather than change a mind: the
  // request stands. A clear take-back is theirs; the screen's concern flag stays for the team either way.
  if (takeBack === "loose" && (s.concern || s.now.getTime() - request.since.getTime() > LOOSE_TAKE_BACK_MS)) return false;
  s.effects.push({ kind: "withdraw-request" });
  await s.remember({ requestWithdrawnAt: s.now.toISOString() });
  await dc.context.sendActivity(message(s.t("waiting.withdrawn", { coordinator: coordinatorInSentence(s) })));
  return true;
}

/**
 * "ångrar mig, vill inte radera ändå": an erasure request not yet carried out is the participant's to take
 * back (a tester's was not heard). Naming the deletion takes it back at any time; "ångrar mig" alone only
 * soon after asking.
 */
async function tookErasureBack(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  const request = s.conversation.request;
  // After a crisis flag the reason is the crisis's, so nothing here can undo one.
  if (request?.reason !== ERASURE_HANDOFF_REASON) return false;
  const takeBack = takesBackErasure(text);
  if (!takeBack || (takeBack === "changed-mind" && s.now.getTime() - request.since.getTime() > LOOSE_TAKE_BACK_MS)) return false;
  // A team lead may have decided it meanwhile: then there is nothing left to take back.
  if (!(await s.lookups.erasureRequested())) return false;
  s.effects.push({ kind: "withdraw-erasure" });
  await dc.context.sendActivity(message(s.t("deleteRequest.withdrawn")));
  return true;
}

// After a crisis every message is answered; the numbers come with every second answer (the one before
// had them, and they stay in view), so the answers do not turn into the same alarm each time.
async function sayAfterCrisis(dc: DialogContext, said: string): Promise<void> {
  const s = services(dc.context);
  await s.remember({ crisisWaitedAt: s.now.toISOString() });
  const { open, reading } = nextReadingFor(s);
  // "jag är rädd": a word for the fear, that the team knows, and where to talk now (unless declined);
  // no promise beyond that. A tester got the stock line.
  if (saysScared(said)) {
    const word = s.t(open ? "waiting.scared" : "waiting.scaredLater", { coordinator: coordinatorInSentence(s), reading });
    await dc.context.sendActivity(message(s.memory.numbersDeclined ? word : `${word} ${s.t("waiting.scaredNumbers")}`));
    return;
  }
  // Declined ("stop giving me numbers"): answers that do not even point back to them.
  const tone = s.memory.numbersDeclined ? "Quiet" : emergencyNumberSaid(s, 1) ? "Calm" : "";
  const key = `waiting.${open ? "afterCrisis" : "afterCrisisLater"}${tone}`;
  const text = s.t(key, { coordinator: coordinatorInSentence(s), reading });
  await dc.context.sendActivity(message(text));
}

/** "när svarar ni?": the honest time a person next reads, and what to do if it cannot wait (unless the numbers were declined). */
async function sayWhenAnswered(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  const { reading } = nextReadingFor(s);
  const when = s.t("waiting.whenAnswered", { reading, coordinator: coordinatorInSentence(s) });
  await dc.context.sendActivity(message(s.memory.numbersDeclined ? when : `${when} ${s.t("waiting.urgent")}`));
}
