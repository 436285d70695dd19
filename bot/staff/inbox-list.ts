// The prioritised conversation list: who needs a human now comes first. Crisis flags (the most acute first, then the
// longest wait: bot/domain/crisis-acuity.ts), then concern flags (oldest first), then a crisis or concern a hand-back cleared in the last days (newest first), then conversations waiting for a human (oldest first), then taken-over conversations whose participant
// wrote last (oldest first), then everything else by latest activity. The tiers' queries are
// bot/db/inbox-queries.ts's; here the reader's scope, and what each row means to a coordinator.
import { z } from "zod";
import type { StaffActor } from "./staff-actor.js";
import type { Sql } from "../db/sql.js";
import { inboxListPage, lastWordsOf, type InboxListRow, type NeedTier } from "../db/inbox-queries.js";
import { flagRaisersOf, type FlagRaisers } from "../db/audit.js";
import { crisisCategoriesOf, STAFF_RAISED_REASON } from "../domain/vocabulary.js";
import { AFTER_CRISIS_MS } from "../domain/after-crisis.js";

export type { NeedTier };

export const listQuery = z.object({
  scope: z.enum(["mine", "team", "all"]).default("team"),
  status: z.enum(["any", "crisis", "concern", "waiting", "human", "bot", "snoozed", "closed"]).default("any"),
  teamId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

/** Why a row waits, in the inbox's words: asked for a person, crisis, concern, not understood, quiet contact, unanswered. */
export type WaitReason = "crisis" | "concern" | "recent-crisis" | "recent-concern" | "asked" | "unclear" | "quiet" | "unanswered";

/** A crisis or concern a hand-back cleared in the last days, and its kinds ("suicide"; "money", "food"). */
export interface RecentFlag {
  level: "crisis" | "concern";
  kinds: string[];
}

/** A row as the inbox shows it: the stored row, with whether it has gone quiet, why it waits and the participant's last words. */
export interface InboxRow extends Omit<InboxListRow, "takenOverAt" | "recentFlag" | "recentFlagAt"> {
  /** Kept on the row while the bot still reads what they write as after a crisis (bot/domain/after-crisis.ts). */
  recent: RecentFlag | null;
  idle: boolean;
  why: WaitReason | null;
  /** What kind of crisis the flag stores (none for a crisis a coordinator raised, or no crisis). */
  crisisCategories: string[];
  /** Who in the team raised the flag by marking a missed signal (named as the timeline names them); null for none. */
  raisedBy: FlagRaisers | null;
  /**
   * The young person's words the row quotes (never the bot's): on a crisis or concern row the words that raised the
   * flag (tester25 #2: Sara's row quoted "hallå?", not her plan), elsewhere their last words.
   */
  preview: { body: string; authorKind: string } | null;
  /** Their last words on a flagged row, when they are not the words quoted: said second. */
  latest: string | null;
}

export async function listConversations(sql: Sql, actor: StaffActor, query: ListQuery, now: Date, idleMs: number): Promise<{ rows: InboxRow[]; hasMore: boolean }> {
  if (actor.role !== "admin" && actor.teamIds.length === 0) return { rows: [], hasMore: false };
  const found = await inboxListPage(sql, {
    staffId: actor.id, teamIds: actor.role === "admin" ? null : actor.teamIds, teamId: query.teamId, mineOf: query.scope === "mine" ? actor.id : undefined,
    status: query.status, q: query.q, limit: query.limit, offset: query.offset,
  }, now, new Date(now.getTime() - AFTER_CRISIS_MS));
  const page = found.rows.map((r) => toRow(r, now, idleMs));
  const words = await lastWordsOf(sql, page.map((r) => r.conversationId));
  const raisers = await flagRaisersOf(sql, page.filter(raisedByStaff).map((r) => r.conversationId));
  for (const row of page) {
    const last = words.get(row.conversationId);
    const quoted = row.flagWords ?? last;
    if (quoted) row.preview = { body: quoted.slice(0, 140), authorKind: "participant" };
    if (row.flagWords && last && last !== row.flagWords) row.latest = last.slice(0, 140);
    row.raisedBy = raisers.get(row.conversationId) ?? null;
  }
  return { rows: page, hasMore: found.hasMore };
}

/** A flag on the row, live or recent, that someone in the team raised by marking a missed signal. */
function raisedByStaff(r: InboxRow): boolean {
  const reasons = [r.handoffReason, r.concernReason, ...(r.recent?.kinds ?? [])].join(",");
  return reasons.includes(STAFF_RAISED_REASON);
}

function waitReason(r: InboxListRow, idle: boolean, recent: RecentFlag | null): WaitReason | null {
  if (r.priority === "crisis") return "crisis";
  if (r.priority === "concern") return "concern";
  if (recent) return `recent-${recent.level}`;
  if (r.status === "waiting") return r.handoffReason === "unclear" ? "unclear" : "asked";
  if (idle) return "quiet";
  if (r.need === "unanswered") return "unanswered";
  return null;
}

/** The flag a hand-back cleared, while it is recent and no live flag or closing has come since; null otherwise. */
export function recentFlagOf(r: { priority: string; status: string; recentFlag: string | null; recentFlagAt: Date | null }, now: Date): RecentFlag | null {
  if (!r.recentFlag || !r.recentFlagAt || r.priority !== "normal" || r.status === "closed") return null;
  if (now.getTime() - r.recentFlagAt.getTime() >= AFTER_CRISIS_MS) return null;
  const [level, kinds = ""] = r.recentFlag.split(/:(.*)/s);
  if (level !== "crisis" && level !== "concern") return null;
  return { level, kinds: kinds.split(",").filter(Boolean) };
}

function toRow(r: InboxListRow, now: Date, idleMs: number): InboxRow {
  const lastActivity = Math.max(r.lastMessageAt?.getTime() ?? 0, r.takenOverAt?.getTime() ?? 0);
  const idle = r.status === "human" && now.getTime() - lastActivity >= idleMs;
  const recent = recentFlagOf(r, now);
  return {
    conversationId: r.conversationId, participantId: r.participantId, name: r.name, phone: r.phone, language: r.language, participantStatus: r.participantStatus,
    teamId: r.teamId, status: r.status, priority: r.priority, need: r.need, handoffReason: r.handoffReason, concernReason: r.concernReason,
    assigneeId: r.assigneeId, waitingSince: r.waitingSince, lastInboundAt: r.lastInboundAt, lastMessageAt: r.lastMessageAt,
    idle, unread: r.unread, why: waitReason(r, idle, recent), recent, crisisCategories: r.priority === "crisis" ? crisisCategoriesOf(r.handoffReason) : [], snoozedUntil: r.snoozedUntil, preview: null, isDemo: r.isDemo,
    raisedBy: null, flagWords: r.flagWords, latest: null,
  };
}
