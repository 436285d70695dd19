// STOPP and START: honoured before any dialog; the transitions record them as consent and audit them.
import type { ParticipantStatus } from "../domain/vocabulary.js";
import { commit, copyVaried, type MessageContext } from "./message-turn.js";
import { firstWordSinceStop, recentTexts } from "./conversation-so-far.js";
import { commitWithConcern } from "./flag-concern.js";
import {
  asksAboutTheTeamWhileStopped,
  asksToComeBack,
  isSoftStop,
  type Keyword,
  meansLessNotNothing,
  normaliseKeyword,
  wishesLessOften,
  wishesTermsForComingBack,
} from "../domain/keywords.js";
import { phoneOf } from "../db/participants.js";
import { latestStop } from "../db/consents.js";
import { optIn as optInTransition, optOut as optOutTransition } from "../conversations/transitions.js";
import { phrasings } from "../infrastructure/i18n.js";
import { setReminders } from "../nudges/participant-wishes.js";
import { asksSomethingReal } from "../../dialogs/shared/clearly-asks.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { asksToStop, saysStop, stopsPlainly } from "../../dialogs/shared/understand-contact-wishes.js";
import { fold } from "../../dialogs/shared/fold.js";
import { LESS_CONTACT_DIALOG_ID } from "../runtime/turn-types.js";

/** A real question: asked as one ("vem läser det här?"), or one Tillit has an answer to ("kan soc se det här"). */
function asksAQuestion(text: string): boolean {
  return asksSomethingReal(text) || understandFree(text).startsWith("question:");
}

/**
 * Whether this message stops every message from Tillit, as STOPP does: the one place that decides it (the dialogs' own
 * "3. Sluta helt" is the same stop, chosen from the question of how often). `plain` is stopped with the plain
 * confirmation, `soft` with the one that asks whether fewer was meant; undefined: not a stop. `keyword`: the message's
 * STOPP-style keyword, if it is one (after the core's own exceptions, e.g. "sluta" to the concern offer).
 * - a STOPP word alone: "sluta" and "avsluta" are soft (often meant as "stop nagging"), the rest plain;
 * - the stop said plainly in words, "sluta skicka sms till mig", "stop texting me": plain (a tester got the menu of
 *   how often for it, twice);
 * - a STOPP word asked for, "kan ni inte bara sluta", "can you just stop": as that word alone;
 * - a STOPP word in answer to that menu ("sa ju sluta", "så ni sparar ändå?? sluta", "sluta"): plain, since fewer was
 *   just offered and not taken (the tester got the menu again, then silence).
 */
export async function readStop(ctx: MessageContext, keyword: Keyword | undefined): Promise<"plain" | "soft" | undefined> {
  const said = fold(ctx.message.body);
  const menuOpen = async () => (await ctx.deps.runtime.openDialogs(ctx.message.conversationId)).includes(LESS_CONTACT_DIALOG_ID);
  if (keyword === "opt-out") return isSoftStop(ctx.message.body) && !(await menuOpen()) ? "soft" : "plain";
  // Not while a crisis flag stands: an overwhelmed "sluta skriva" then is more likely the bot's words than the team's,
  // and a stop would refuse the coordinator's reply too; only STOPP itself stops there (a reviewer).
  if (stopsPlainly(said) && ctx.message.conversationPriority !== "crisis") return "plain";
  // "kan ni inte bara sluta": the STOPP word asked for is that word's stop, soft or plain, as above (not in a crisis either).
  const asked = asksToStop(said);
  if (asked && ctx.message.conversationPriority !== "crisis") return isSoftStop(asked) && !(await menuOpen()) ? "soft" : "plain";
  if (saysStop(said) && ctx.message.participant.status !== "opted-out" && (await menuOpen())) return "plain";
  return undefined;
}

export async function optOut(ctx: MessageContext, how: "plain" | "soft" = isSoftStop(ctx.message.body) ? "soft" : "plain"): Promise<void> {
  const participantId = ctx.message.participant.id;
  // After a crisis flag the stop is still theirs, but it is said what it means (the coordinator cannot
  // write here either) and where help is now: a young tester sent STOP right after a crisis reply and was
  // left with only "no more messages", while the coordinator's reply was then refused.
  const afterCrisis = ctx.message.conversationPriority === "crisis";
  const key = afterCrisis ? "core.optedOutAfterCrisis" : how === "soft" ? "core.optedOutSoft" : "core.optedOut";
  const text = copyVaried(ctx, key, await recentTexts(ctx.deps.sql, ctx.message.conversationId));
  // Whatever was being asked ends with the STOPP: after START nothing half-asked before it comes back
  // ("hej igen" once got "should I stop completely?", the question that was open at the STOPP).
  await commit(ctx, [{ text }], "opt-out-confirmation", async (tx) => {
    const events = await optOutTransition(tx, { participantId, source: { kind: "participant" }, now: ctx.deps.now() });
    await ctx.deps.runtime.stopDialogs(tx, ctx.message.conversationId);
    return events;
  });
}

/**
 * After a stop nothing more is sent, with one exception: "menade sluta tjata", the first message right
 * after the confirmation, is answered once with how to have fewer messages instead. A young tester
 * meant "stop nagging", was stopped from everything, and then wrote into silence.
 */
export async function answersMeantLess(ctx: MessageContext): Promise<boolean> {
  if (!meansLessNotNothing(ctx.message.body) || !(await firstWordSinceStop(ctx.deps.sql, ctx.message.facts))) return false;
  const text = copyVaried(ctx, "core.optedOutMeantLess", await recentTexts(ctx.deps.sql, ctx.message.conversationId));
  await commitWithConcern(ctx, [{ text }], "opt-out-confirmation");
  return true;
}

export async function optIn(ctx: MessageContext): Promise<void> {
  const participantId = ctx.message.participant.id;
  const status: ParticipantStatus = ctx.message.participant.preferredName ? "active" : "new";
  const text = copyVaried(ctx, "core.optedIn", await recentTexts(ctx.deps.sql, ctx.message.conversationId));
  await commit(ctx, [{ text }], "reply", async (tx) => {
    const events = await optInTransition(tx, { participantId, status, now: ctx.deps.now() });
    // A number erased after STOPP that now writes START is an ordinary number again.
    const phone = await phoneOf(tx, participantId);
    if (phone && ctx.deps.optOuts) await ctx.deps.optOuts.forget(tx, phone);
    return events;
  });
}

// A bare yes: "ja", "jaa", "ja precis", "yes", "exakt", "mm".
const BARE_YES = /^(ja|jaa|japp|jepp|jo|joo|aa|mm|mhm|precis|exakt|ja precis|ja exakt|ja tack|ja typ|typ|yes|yeah|yep|yup|exactly|ye)( precis| exakt| typ| tack| pls| asså| assa| 🙏| 👍)*[.!]*$/;

/**
 * "ja" right after the soft stop's "Ville du bara att jag tjatar mindre?": the question was theirs to
 * answer, so the yes is acted on (a tester's "ja" met silence). Contact comes back with no reminders
 * (Tillit answers only when they write), said plainly with how to pick once a week or stop again.
 */
export async function answersYesToLess(ctx: MessageContext): Promise<boolean> {
  const said = ctx.message.body.trim().toLowerCase();
  if (!BARE_YES.test(said) || !(await firstWordSinceStop(ctx.deps.sql, ctx.message.facts))) return false;
  const recent = await recentTexts(ctx.deps.sql, ctx.message.conversationId);
  const soft = phrasings(ctx.deps.locales, ctx.message.participant.language, "core.optedOutSoft");
  if (!soft.includes(recent.at(-1) ?? "")) return false;
  const participantId = ctx.message.participant.id;
  const status: ParticipantStatus = ctx.message.participant.preferredName ? "active" : "new";
  const text = copyVaried(ctx, "core.optedInForLess", recent);
  await commit(ctx, [{ text }], "reply", async (tx) => {
    const events = await optInTransition(tx, { participantId, status, now: ctx.deps.now() });
    await setReminders(tx, participantId, false, ctx.deps.now());
    return events;
  });
  return true;
}

// Twilio's own opt-out words (its default Advanced Opt-Out keywords): sent by SMS, Twilio itself answers
// and blocks every later message to the number until START, so Tillit cannot write there anyway.
const CARRIER_STOP_WORDS = new Set(["stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"]);
/**
 * After the stop's confirmation, a stopped person's texts get at most one answer in this long (a young tester who
 * chose "Sluta helt" got a system line for "ok", another for "hmm", a third for "kan jag börja igen?"): someone who
 * said stop should not keep getting texts. What they write is still stored for the team.
 */
const ONE_ANSWER_PER_MS = 7 * 24 * 60 * 60_000;

/**
 * Written to after STOPP ("vänta nej", "ni e värdelösa", "jag bad om en människa…"): one short answer, and then
 * nothing for a week (ONE_ANSWER_PER_MS), whatever they write; never reminders (nudges never reach an opted-out
 * person). Not when the stop was the carrier's (Twilio's STOP words by SMS, or the provider's 21610: the message
 * would be blocked) nor staff's (the person did not stop it themselves). The one answer fits what was written, and
 * each says how to start again: a question whether they may come back ("e det för sent att börja igen": never too
 * late, START), a wish to come back on their terms ("men inga påminnelser typ", "typ en gång i veckan"), whether the
 * team can still write, or any other real question ("kan soc se det här?": `question`, its true, brief answer from
 * the dialogs with START); anything else gets the plain stopped line. A crisis is answered before any of this
 * (process-turn.ts), and START brings them back at once, however often they write.
 */
export async function answersWhileStopped(ctx: MessageContext): Promise<"answered" | "question" | "quiet"> {
  const { deps, message } = ctx;
  const stop = await latestStop(deps.sql, message.participant.id, message.conversationId, message.id);
  if (!stop || stop.method !== "keyword") return "quiet";
  if (stop.channel === "sms" && stop.word !== null && CARRIER_STOP_WORDS.has(normaliseKeyword(stop.word))) return "quiet";
  // The first message sent after the stop is its confirmation; what came after it are these lines.
  const last = stop.sentSince.slice(1).at(-1);
  // One answer since the confirmation, this week: nothing more, whatever was written (session 23, full04).
  if (last && deps.now().getTime() - last.getTime() < ONE_ANSWER_PER_MS) return "quiet";
  // "e det för sent att börja igen": never too late, START. "men inga påminnelser typ": how to come back on their
  // terms; "typ en gång i veckan inte mer" is such a wish too, answered with "mer sällan"; "kan jag fortfarande prata
  // med maja": that the team cannot write here while stopped (texter17 #14: these met silence after the stopped line).
  const key = asksToComeBack(message.body)
    ? "core.stillStoppedComeBack"
    : wishesLessOften(message.body)
      ? "core.stillStoppedLessOften"
      : wishesTermsForComingBack(message.body)
        ? "core.stillStoppedOnTheirTerms"
        : asksAboutTheTeamWhileStopped(message.body)
          ? "core.stillStoppedTeam"
          : "core.stillStopped";
  if (key === "core.stillStopped" && asksAQuestion(message.body)) return "question";
  const recent = await recentTexts(deps.sql, message.conversationId);
  const text = copyVaried(ctx, key, recent);
  await commitWithConcern(ctx, [{ text }], "opt-out-confirmation");
  return "answered";
}
