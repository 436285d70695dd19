// What a coordinator reads about one conversation: its history (messages, system events, consent),
// internal notes, and the participant's profile. Every read is audited; opening a conversation marks
// it read for that coordinator.
import { latestCheckIns, mappingAnswersOf, selfRatingsOf } from "../db/answers.js";
import { auditEventsAbout, flagRaisersOf } from "../db/audit.js";
import { consentsOf } from "../db/consents.js";
import { markConversationRead } from "../db/conversation-reads.js";
import { notesOf } from "../db/internal-notes.js";
import { meetingsOf } from "../db/meetings.js";
import { messagePage } from "../db/message-history.js";
import { stepsOverTime } from "../db/participant-steps.js";
import { pendingPhoneLink } from "../db/phone-links.js";
import { activePlanWithGoals } from "../db/plans.js";
import { date, type SqlExecutor } from "../db/sql.js";
import { ageFacts } from "../db/participant-age.js";
import { ageFrom } from "../core/known-age.js";
// The reader of which crisis categories are harm done by others, shared with the crisis replies (bot/core/flag-crisis.ts).
import { harmFromOthers } from "../../dialogs/shared/harm-words.js";
import { staffDisplayName, staffFirstNames } from "../db/staff-users.js";
import { teamIdAndName } from "../db/teams.js";
import { planView } from "../plans/action-plan.js";
import { profileLabels, selfRatingLabels } from "../plans/chart-labels.js";
import { consentText, type ConsentTextNumbers } from "../privacy/consent-text.js";
import type { Locales } from "../infrastructure/i18n.js";
import { authoriseConversation, type AccessDeps } from "./access.js";
import { handBackRefusal } from "./handoff.js";
import { recentFlagOf } from "./inbox-list.js";
import type { StaffActor } from "./staff-actor.js";
import { crisisCategoriesOf } from "../domain/vocabulary.js";

export const HISTORY_PAGE = 200;

// Audit actions that are also part of the conversation's story, shown as system lines.
const storyActions = [
  "conversation.crisis-flagged", "conversation.concern-flagged", "conversation.handoff-requested", "conversation.taken-over", "conversation.handed-back",
  "conversation.assigned", "participant.opted-out", "participant.opted-in", "participant.erasure-requested",
  // Taken back by the participant: the coordinator reading the conversation sees why it left the queue.
  "conversation.handoff-withdrawn", "participant.erasure-withdrawn",
  // Answered by someone's action in the inbox (a meeting booked, an outcome recorded): why it left the queue.
  "conversation.request-answered",
  // Raised by someone in the team who marked a message the screen missed (safety-labels.ts): who raised it.
  "conversation.crisis-raised", "conversation.concern-raised",
];

export type HistoryItem =
  | { kind: "message"; id: number; at: Date; direction: string; author: string; staffName: string | null; body: string; choices: string[] | null; channel: string; status: string; errorCode: string | null; erasedAt: Date | null }
  | { kind: "event"; id: number; at: Date; action: string; actorKind: string; staffName: string | null }
  | { kind: "consent"; id: number; at: Date; consentKind: string; granted: boolean; method: string };

/**
 * A crisis of harm done by others (violence, abuse at home, sexual abuse, coercion, a child left alone) to someone
 * known to be under 18: staff in the social services' field have a duty to report it (anmälningsplikt, SoL 14:1),
 * and the inbox reminds them. Known from the profile or an age they told (bot/core/known-age.ts).
 */
async function reportDuty(sql: SqlExecutor | undefined, participantId: number, categories: string[], now: Date): Promise<boolean> {
  if (!sql || !harmFromOthers(categories)) return false;
  return ageFrom(await ageFacts(sql, participantId), now) === "minor";
}

export async function viewConversation(deps: AccessDeps & { sql?: SqlExecutor }, actor: StaffActor, conversationId: number, opts: { beforeMessageId?: number } = {}) {
  const c = await authoriseConversation(deps, actor, conversationId, "conversation.viewed");
  const db = deps.db;
  const [messages, events, consents, notes, assignee, team, coordinator] = await Promise.all([
    messagePage(db, conversationId, { beforeMessageId: opts.beforeMessageId, limit: HISTORY_PAGE + 1 }),
    auditEventsAbout(db, { conversationId, participantId: c.participantId }, storyActions, 200),
    consentsOf(db, c.participantId, 50),
    notesOf(db, conversationId),
    c.assigneeId ? staffDisplayName(db, c.assigneeId) : null,
    c.participant.teamId ? teamIdAndName(db, c.participant.teamId) : null,
    c.participant.coordinatorId ? staffDisplayName(db, c.participant.coordinatorId) : null,
  ]);
  const hasOlder = messages.length > HISTORY_PAGE;
  const page = messages.slice(0, HISTORY_PAGE).reverse();
  const since = page[0]?.createdAt;
  const staffIds = [...new Set(events.filter((e) => e.actorKind === "staff" && e.actorId).map((e) => e.actorId!))];
  const staffNames = await staffFirstNames(db, staffIds);
  // Events and consents are shown for the span the loaded messages cover (all of it on the last page).
  const inSpan = (at: Date) => hasOlder ? since !== undefined && at >= since : true;
  const history: HistoryItem[] = [
    ...page.map((m): HistoryItem => ({
      kind: "message", id: m.id, at: m.createdAt, direction: m.direction, author: m.authorKind, staffName: m.authorStaff?.firstName ?? null,
      body: m.body, choices: readChoices(m.choices), channel: m.channel, status: m.status, errorCode: m.errorCode, erasedAt: m.erasedAt,
    })),
    ...events.filter((e) => inSpan(e.at)).map((e): HistoryItem => ({
      kind: "event", id: e.id, at: e.at, action: e.action, actorKind: e.actorKind, staffName: e.actorId && e.actorKind === "staff" ? staffNames.get(e.actorId) ?? null : null,
    })),
    ...consents.filter((k) => inSpan(k.createdAt)).map((k): HistoryItem => ({ kind: "consent", id: k.id, at: k.createdAt, consentKind: k.kind, granted: k.granted, method: k.method })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || order(a) - order(b));

  const newest = messages[0]?.id;
  if (newest !== undefined && !opts.beforeMessageId) await markConversationRead(db, actor.id, conversationId, newest);
  const p = c.participant;
  const crisisCategories = c.priority === "crisis" ? crisisCategoriesOf(c.handoffReason) : [];
  return {
    conversation: {
      id: c.id, status: c.status, priority: c.priority, handoffReason: c.handoffReason, crisisCategories,
      reportDuty: await reportDuty(deps.sql, p.id, crisisCategories, deps.now()), concernReason: c.concernReason, waitingSince: c.waitingSince,
      takenOverAt: c.takenOverAt, lastStaffReplyAt: c.lastStaffReplyAt, unansweredCount: c.unansweredCount, snoozedUntil: c.snoozedUntil,
      handBackRefused: await handBackRefusal(deps, c),
      // A crisis or concern a hand-back cleared in the last days, as the list row keeps it.
      recent: recentFlagOf(c, deps.now()),
      // Who marked a missed signal that raised the flag, named as the timeline names them (first name).
      raisedBy: deps.sql ? ((await flagRaisersOf(deps.sql, [c.id])).get(c.id) ?? null) : null,
      assignee, summary: c.summary ? { ...(JSON.parse(c.summary) as object), at: c.summaryAt } : null,
    },
    participant: {
      id: p.id, name: p.preferredName, phone: p.phone, language: p.language, status: p.status, timezone: p.timezone,
      preferredTimes: p.preferredTimes ? (JSON.parse(p.preferredTimes) as string[]) : [], onboardedAt: p.onboardedAt,
      createdAt: p.createdAt, optedOutAt: p.optedOutAt, team, coordinator, isDemo: p.isDemo,
    },
    history,
    hasOlder,
    notes: notes.map((n) => ({ id: n.id, at: n.createdAt, body: n.body, author: n.staff.displayName })),
  };
}

/**
 * At the same moment: the message first, then what it set off (a crisis flag, a consent). A takeover comes before
 * the coordinator's words that took the conversation over ("Övertaget" once read after the message that caused it).
 */
function order(item: HistoryItem): number {
  if (item.kind === "event" && item.action === "conversation.taken-over") return -1;
  return item.kind === "message" ? 0 : item.kind === "consent" ? 1 : 2;
}

/** The participant's own answers over time: mapping, check-ins, self-ratings, action plan and step, consent, meetings. */
export async function participantProfile(deps: AccessDeps & { sql: SqlExecutor; locales: Locales; retention: ConsentTextNumbers }, actor: StaffActor, conversationId: number) {
  const c = await authoriseConversation(deps, actor, conversationId, "participant.profile-viewed");
  const participantId = c.participantId;
  const db = deps.db;
  const [mapping, checkIns, selfRatings, plan, steps, consents, meetings, phoneLink] = await Promise.all([
    mappingAnswersOf(db, participantId),
    latestCheckIns(db, participantId),
    selfRatingsOf(db, participantId),
    activePlanWithGoals(db, participantId),
    stepsOverTime(db, participantId),
    consentsOf(db, participantId),
    meetingsOf(db, participantId, 10),
    pendingPhoneLink(deps.sql, participantId),
  ]);
  // The latest answer per mapping question, grouped by topic.
  const latest = new Map<string, (typeof mapping)[number]>();
  for (const a of mapping) latest.set(`${a.topic}\u0000${a.question}`, a);
  const topics: Record<string, { question: string; answer: string | null; skipped: boolean; at: Date }[]> = {};
  for (const a of latest.values()) (topics[a.topic] ??= []).push({ question: a.question, answer: a.answer, skipped: a.skipped, at: a.createdAt });
  const ratingSeries: Record<string, { at: Date; score: number | null; batteryId: string; exit: boolean }[]> = {};
  for (const r of selfRatings) (ratingSeries[r.statement] ??= []).push({ at: r.createdAt, score: r.score, batteryId: r.batteryId, exit: r.kind === "exit" });
  const currentConsent: Record<string, { granted: boolean; at: Date; method: string; textVersion: string | null }> = {};
  for (const k of consents) currentConsent[k.kind] ??= { granted: k.granted, at: k.createdAt, method: k.method, textVersion: k.textVersion };
  return {
    mapping: topics,
    checkIns: checkIns.reverse().map((k) => ({ at: k.createdAt, mood: k.mood, betterBecause: k.betterBecause, sleep: k.sleep, food: k.food, movement: k.movement, smallStep: k.smallStep })),
    selfRatings: ratingSeries,
    // Chart labels: the statements in the words the participant was asked.
    selfRatingLabels: selfRatingLabels(),
    // Titles, mapping topics and questions in Swedish words (the locale file), never code names.
    labels: profileLabels(),
    actionPlan: plan && planView(plan),
    steps: steps.map((s) => ({ at: s.createdAt, step: s.step, note: s.note, reachedAt: s.reachedAt })),
    consent: currentConsent,
    // What the coordinator reads aloud before recording a consent given to them (record-consent.ts).
    consentText: consentText(deps.locales, c.participant.language, deps.retention),
    meetings: meetings.map((m) => ({ id: m.id, startsAt: m.startsAt, location: m.location, status: m.status, requestedTime: m.requestedTime })),
    // A number a web visitor left, waiting for a coordinator to confirm it is theirs.
    phoneLinkRequest: phoneLink ? { phone: phoneLink.phone, at: date(phoneLink.createdAt) } : null,
  };
}

/** A message's choices; a damaged value never keeps the conversation from being read. */
function readChoices(raw: string | null): string[] | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.map(String) : null;
  } catch {
    return null;
  }
}
