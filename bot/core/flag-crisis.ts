// Crisis handling on top of the rule screen (bot/safety/): what is sent and what changes.
import type { CrisisCategory } from "../safety/categories.js";
import type { BotReply } from "../runtime/turn-types.js";
import { commit, coordinatorInSentence, copy, copyVaried, type MessageContext } from "./message-turn.js";
import { recentTexts } from "./conversation-so-far.js";
import { describeNextReading, nextReading, readingUnlessSaid } from "../domain/office-hours.js";
import { onCallTargets, queueOnCallAlerts } from "../on-call/queue-on-call-alerts.js";
import { flagCrisis as flagCrisisTransition } from "../conversations/transitions.js";
// The core shares this reader with the dialogs, as it does the erasure words (process-turn.ts).
import { harmFromOthers } from "../../dialogs/shared/harm-words.js";
import { asTold, firstCrisisKey, fromFamily, fromFamilyStill, fromOutside, fromSomeoneClose } from "../../dialogs/shared/crisis-kind.js";
import { knownAdult, knownMinor, MINOR_WITH_AN_ADULT } from "./known-age.js";
import { pleadsSecrecy } from "../../dialogs/shared/secrecy-answer.js";
import { adultAgeWith } from "../../dialogs/shared/age-words.js";
import { afterPills, asksWhyNumbers, crisisWaitKeys, PILLS_MS, planInMotion, planInMotionKey, saysDrowsy, toldProtectiveStep, type PlanInMotion } from "../../dialogs/shared/waiting-words.js";
import { crisisFlagsSince } from "../db/audit.js";
import { fitsTwoSegments } from "../domain/sms-segments.js";
// Whose crisis it is, as the message tells it: the screen's result names the category, not whose it is.
import { aboutSomeoneElse, forSomeoneElseKey, toldFromAfar } from "../../dialogs/shared/someone-else-words.js";

// What a protective step can be told against: a crisis of one's own (pills, suicide, self-harm), not harm from others.
const SELF_DIRECTED = new Set<CrisisCategory>(["overdose", "suicide", "self-harm"]);

// These first replies already give Självmordslinjen and 112; the second then names only the others
// (a young tester read the same number twice in two messages as a script, not as someone listening).
const namesSuicideLine = new Set(["crisis.suicide", "crisis.selfHarm", "crisis.selfOther", "crisis.selfOtherFar", "waiting.stepAway", "waiting.putDown", "waiting.planInMotion"]);

// Harm from others (harmFromOthers, harm-words.ts): someone who is hit, threatened, abused or forced out may
// need protection or a bed tonight, which is the municipality's social services on call (socialjouren,
// reached through 112 at night), not a suicide line alone. A young tester, hit at night, was given only the helplines.
// (Which first reply fits the crisis told: dialogs/shared/crisis-kind.ts.)

/** Which second reply goes with the first: the others (after a line that named Självmordslinjen), the one naming socialjouren, or the plain one. */
function secondVariant(first: string, categories: CrisisCategory[]): "Others" | "Harm" | "HarmMinor" | "" {
  if (namesSuicideLine.has(first)) return "Others";
  // The first gave BRIS first, to someone known to be under 18: the second does not name it again.
  if (first.endsWith("Minor")) return "HarmMinor";
  if (first === "crisis.harmClose" || first === "crisis.harmOutside") return "Harm";
  return first === "crisis.danger" && harmFromOthers(categories) ? "Harm" : "";
}



/**
 * A place, a method, the means at hand or a countdown told in the very message that raises a crisis of one's own
 * ("står på bron nu", "har repet här", "im on the roof of my building", "har 40 alvedon framför mig"): the first
 * reply is the one a crisis wait gives the same words (planInMotionKey: 112 now and what to do where they are), not
 * "Tack för att du berättar … Är du i fara just nu, ring 112", which asks a question the message has answered. Not
 * for pills already taken (crisis.overdose says 112 now, do not wait), nor for harm from others, whose first reply
 * names who protects.
 */
function firstPlanInMotion(categories: CrisisCategory[], text: string): PlanInMotion | undefined {
  if (categories.includes("overdose") || !categories.every((c) => SELF_DIRECTED.has(c))) return undefined;
  return planInMotion(text);
}

/**
 * The first crisis reply: what to do now, then who has been told and every number open around the clock;
 * to someone never introduced, what Tillit is and who reads (the consent waits: onboarding.dialog.ts,
 * consentWaitsAfterPerson); after harm from someone close, what can be done about the phone, with the offer to stop writing first
 * (answered while the person is awaited: dialogs/waiting.ts, the only crisis reply with choices).
 */
function firstReplies(ctx: MessageContext, flagged: CrisisCategory[], open: boolean, onCall: boolean, reading: string, minor: boolean, adult: boolean, introduce: boolean, recent: readonly string[], aboutAnother: boolean, raisedBy?: CrisisSource): BotReply[] {
  const categories = asTold(flagged, ctx.message.body);
  // With an adult (the turn's check for a known minor, or the rules' sexual-abuse.older-man-stay for anyone): no harm
  // was told, so not "det är inte ditt fel", but that nobody should have to do anything for a bed, BRIS and 112.
  const withAnAdult = raisedBy?.source === MINOR_WITH_AN_ADULT || (categories.includes("sexual-abuse") && adultAgeWith(ctx.message.body) !== undefined);
  const other = !withAnAdult && aboutAnother ? forSomeoneElseKey(categories, toldFromAfar(ctx.message.body)) : undefined;
  const plan = other ? undefined : firstPlanInMotion(categories, ctx.message.body);
  const first = withAnAdult
    ? (minor ? "crisis.withAnAdultMinor" : "crisis.withAnAdult")
    : other ?? (plan ? planInMotionKey(plan) : firstCrisisKey(categories, ctx.message.body, minor, adult));
  // After harm from someone close, the second says what can be done about the phone and asks whether Tillit should
  // stop writing first, in place of the list of helplines (the first gave 112, BRIS and Kvinnofridslinjen): as a
  // third message it made three in a row before they could answer (texter21 #9), past the two the brief allows.
  const phone = first.startsWith("crisis.harmClose") || first.startsWith("crisis.harmFamily");
  const variant = phone ? "HarmPhone" : secondVariant(first, categories);
  const second = open
    ? copy(ctx, `crisis.inHours${variant}`, { coordinator: coordinatorInSentence(ctx) })
    : copy(ctx, `${onCall ? "crisis.afterHoursOnCall" : "crisis.afterHours"}${variant}`, { reading });
  const replies: BotReply[] = [
    { text: plan || other ? copyVaried(ctx, first, recent) : copy(ctx, first) },
    phone ? { text: second, choices: [copy(ctx, "choices.yesNo.yes"), copy(ctx, "choices.yesNo.no")] } : { text: second },
  ];
  // The very first message, before any introduction: who writes and who reads, once and briefly, after the
  // help (a seventeen-year-old whose first message was flagged was never told she was texting a program).
  if (introduce) introduceIn(replies, copy(ctx, "crisis.whoIAmShort"), copy(ctx, "crisis.whoIAm"));
  return replies;
}

/**
 * A line said inside the reply, wherever two SMS segments hold it: after the first message, or in front of the second
 * (`second` first: in front of the second before after the first).
 */
function fitIn(replies: BotReply[], line: string, where: "first" | "second" = "first"): boolean {
  const [first, second] = replies;
  const afterFirst = () => {
    if (!first || !fitsTwoSegments(`${first.text} ${line}`, first.choices)) return false;
    first.text = `${first.text} ${line}`;
    return true;
  };
  const beforeSecond = () => {
    if (!second || !fitsTwoSegments(`${line} ${second.text}`, second.choices)) return false;
    second.text = `${line} ${second.text}`;
    return true;
  };
  return where === "first" ? afterFirst() || beforeSecond() : beforeSecond() || afterFirst();
}

/**
 * Who writes, said in the crisis reply's two messages: in front of the second (after the help), or after the
 * first, wherever it still fits two SMS segments; only if neither has room, as a third message of its own.
 */
function introduceIn(replies: BotReply[], short: string, long: string): void {
  if (!fitIn(replies, short, "second")) replies.push({ text: long });
}

/**
 * With the flag already standing (the team told, every number just given), more that reads as a crisis
 * is heard in one message, in words that vary, with the numbers for now: a young tester telling more
 * got the same two messages word for word, which reads as a script, not as someone listening.
 */
async function flaggedAgainReply(ctx: MessageContext, flagged: CrisisCategory[], open: boolean, reading: string, minor: boolean, aboutAnother: boolean): Promise<{ text: string }> {
  const text = ctx.message.body;
  const categories = asTold(flagged, text);
  const others = harmFromOthers(categories);
  // "she is breathing weird", after a friend's pills: what to do for her now, in other words than the last time
  // (it got "I hear you. The team already knows…", which helps nobody kneeling beside her).
  // Drowsy, dizzy or sick within a day of pills taken, and flagged again by the screen that reads it with the
  // pills before it: 112 at once, as the wait says it (dialogs/waiting.ts), not the general "again" words.
  const flags = await crisisFlagsSince(ctx.deps.sql, ctx.message.conversationId, new Date(ctx.deps.now().getTime() - PILLS_MS));
  // Someone known to be under 18: BRIS first, whoever the harm came from (harmKey); a parent's or family's harm, told now
  // or with the flag that stands, BRIS first too and no Kvinnofridslinjen.
  const family = fromFamilyStill(categories, text, flags.some((f) => f.fromFamily));
  const harm = minor && others ? "Minor" : family ? "Family" : fromSomeoneClose(categories, text) ? "Close" : fromOutside(categories, text) ? "Outside" : others ? "Harm" : "";
  const key = `crisis.again${open ? "" : "AfterHours"}${harm}`;
  const recent = await recentTexts(ctx.deps.sql, ctx.message.conversationId);
  // "ingen slår mig" after the crisis reply, "kan jag ringa 112 fast jag inte vet om det e akut?", which the screen reads
  // as a crisis again: answered as the wait answers them (waiting-words.ts crisisWaitKeys; tester22 full08, full09: a
  // false alarm corrected got socialjouren again, the question about 112 the general "again" words).
  const told = crisisWaitKeys(text, others || flags.some((f) => harmFromOthers(f.categories)));
  if (told) return { text: told.map((k) => copyVaried(ctx, k, recent)).join(" ") };
  // Far away or in writing, now or when the flag was raised: the steps from afar (someone-else-words.ts toldFromAfar).
  const other = aboutAnother ? forSomeoneElseKey(categories, toldFromAfar(text) || flags.some((f) => f.fromAfar)) : undefined;
  if (other) return { text: copyVaried(ctx, other, recent) };
  if (saysDrowsy(text) && afterPills(flags)) return { text: copyVaried(ctx, "waiting.drowsyAfterPills", recent) };
  // Pills taken, told while a flag for something else stands ("typ ingen skulle märka om jag inte fanns", then
  // "tog några nu. inte alla"): what to do now, as the first reply to an overdose says it, not the general "again"
  // words (a tester got "Akut: 112. Vill du prata med någon nu: 90101"). Once: after that the drowsy words above.
  // (This message's own flag is written in the same transaction, after this reply is chosen.)
  if (categories.includes("overdose") && !afterPills(flags)) return { text: copyVaried(ctx, "waiting.pillsTakenNow", recent, { coordinator: coordinatorInSentence(ctx) }) };
  // "varför skickar du nummer till självmordslinjen 😭": why, answered honestly in a line, not the numbers again
  // (texter18 #10: after a false alarm was taken back, the question got the whole "again" reply).
  if (asksWhyNumbers(text)) return { text: copyVaried(ctx, "crisis.whyNumbers", recent) };
  // A place, a method, a height or a time told with the flag standing ("står vid spåret nu", "tåget kmr om 10 min"):
  // 112 now and what to do where they are, as the wait says it (texter18 #1: it got "Jag hör dig. Teamet vet redan").
  const plan = planInMotion(text);
  if (plan) return { text: copyVaried(ctx, planInMotionKey(plan), recent) };
  // When a person reads was just said (the first crisis reply, the answer before): not again under this one.
  return { text: copyVaried(ctx, key, recent, { coordinator: coordinatorInSentence(ctx), reading: readingUnlessSaid(reading, recent) }) };
}

/** What raised the flag when it was not the rules (the audit log keeps it for staff). */
export interface CrisisSource {
  source: string;
  score?: number;
}

/**
 * A message that may mean someone is not safe: help numbers at once, the conversation to the top of
 * the inbox waiting for a human, open dialogs stopped. Only a coordinator hands it back to the bot.
 * Outside the team's office hours the reply says when someone reads and gives the 24/7 numbers, and
 * the team's on-call phone or Slack channel, if set, is alerted. Someone who has said STOPP still gets the
 * first message, the help that fits (a tester's "jag tänker ta livet av mig ikväll" after STOPP met silence): not
 * who was told or when a person reads, since nobody in the team can write to them after STOPP, nor the rest.
 */
export async function flagCrisis(ctx: MessageContext, categories: CrisisCategory[], raisedBy?: CrisisSource): Promise<void> {
  const { deps, message } = ctx;
  const now = deps.now();
  const reading = nextReading(now, message.participant.officeHours);
  // The on-call person is alerted once per crisis: not again for further messages while the flag stands.
  const alertOnCall = !reading.open && message.id > 0 && message.conversationPriority !== "crisis";
  const onCall = alertOnCall ? await onCallTargets(deps.sql, message.participant.id) : undefined;
  const describedReading = describeNextReading((key, vars) => copy(ctx, key, vars), reading);
  // Their age matters only for harm from others (BRIS first for a known minor): read only then.
  const minor = harmFromOthers(categories) && (await knownMinor(deps.sql, message.participant.id, now));
  // A parent's or family's harm names BRIS first unless they are known to be 18 or over.
  const adult = !minor && fromFamily(asTold(categories, message.body), message.body) && (await knownAdult(deps.sql, message.participant.id, now));
  const recent = await recentTexts(deps.sql, message.conversationId);
  const introduce = !message.participant.onboarded && message.participant.dataConsent === null && recent.length === 0;
  // A protective step told ("i gave the pills to my sister like kim said"): the flag is the screen's and stands, but
  // the reply is to the step, a good one, never the crisis block again (texter18 #3); the flag is recorded as such,
  // so that it is no new crisis to what the wait says after it (bot/db/audit.ts).
  const protective = toldProtectiveStep(message.body) && categories.every((c) => SELF_DIRECTED.has(c));
  // Told of someone else with the writer ("my friend took…", "she is breathing weird"), a crisis that is not harm from
  // others: kept with the flag, so that the wait after it speaks to the helper too (dialogs/waiting.ts).
  const aboutAnother = forSomeoneElseKey(categories) !== undefined && aboutSomeoneElse(message.body);
  const replies: BotReply[] = protective
    ? [{ text: copyVaried(ctx, "crisis.protectiveStep", recent, { coordinator: coordinatorInSentence(ctx) }) }]
    : message.conversationPriority === "crisis"
      ? [await flaggedAgainReply(ctx, categories, reading.open, describedReading, minor, aboutAnother)]
      : firstReplies(ctx, categories, reading.open, onCall !== undefined, describedReading, minor, adult, introduce, recent, aboutAnother, raisedBy);
  // A plea not to tell in the very message, or burst, that raises the crisis ("han e full nu o skriker", then "men säg
  // inget", fix22a), or that the screen flags again: never a promise of secrecy. One short honest line inside the reply's
  // messages, where two SMS segments still hold it (after the help, or in front of the second), so that nothing the reply
  // says is lost (who was told, when someone reads, the phone); the whole answer (dialogs/shared/secrecy-answer.ts) comes
  // when they ask again. Not after STOPP (only the help goes then), nor to a protective step.
  if (pleadsSecrecy(message.body) && !protective && message.participant.status !== "opted-out") {
    // The age read above only for harm from others; for any other crisis it is read now, for this line alone.
    const minorKnown = minor || (!harmFromOthers(categories) && (await knownMinor(deps.sql, message.participant.id, now)));
    fitIn(replies, copy(ctx, minorKnown ? "crisis.secrecyInCrisisMinor" : "crisis.secrecyInCrisis"));
  }
  let alerts = 0;
  await commit(ctx, message.participant.status === "opted-out" ? replies.slice(0, 1) : replies, "crisis", async (tx) => {
    const events = await flagCrisisTransition(tx, {
      conversationId: message.conversationId, participantId: message.participant.id, categories, messageId: message.id, onCallAlerts: Boolean(onCall), now, raisedBy, protective, aboutAnother,
      fromAfar: aboutAnother && toldFromAfar(message.body), fromFamily: fromFamily(asTold(categories, message.body), message.body),
    });
    await deps.runtime.stopDialogs(tx, message.conversationId);
    if (onCall) alerts = await queueOnCallAlerts(tx, onCall, { conversationId: message.conversationId, messageId: message.id, now });
    return events;
  });
  // Which kind of crisis is health data: it stays in the audit log, never in the service log.
  deps.log.warn({ conversationId: message.conversationId, messageId: message.id }, "crisis flagged");
  if (alerts) deps.events.emit("oncall.enqueued", { count: alerts });
}
