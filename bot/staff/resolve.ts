// A coordinator closes (resolves) a conversation or snoozes it for a while. Team-bound like every
// action on a conversation; the state change and its audit entry are one transaction
// (conversations/transitions.ts), the inbox hears of it after the commit.
import { z } from "zod";
import type { Sql } from "../db/sql.js";
import type { Db } from "../db/client.js";
import type { EventBus } from "../infrastructure/events.js";
import { closeConversation as closeTransition, snoozeConversation as snoozeTransition } from "../conversations/transitions.js";
import { DomainError } from "../domain/domain-error.js";
import { authoriseConversation } from "./access.js";
import type { StaffActor } from "./staff-actor.js";

export interface ResolveDeps {
  db: Db;
  sql: Sql;
  events: EventBus;
  now: () => Date;
}

/** The longest snooze: a month; after that it is a closed conversation, or a reminder. */
export const MAX_SNOOZE_DAYS = 30;

export const snoozeBody = z.object({ until: z.string().datetime({ offset: true }).nullable() }).strict();

export class ResolveError extends DomainError {
  constructor(readonly reason: "already-closed" | "crisis-not-snoozable" | "snooze-in-past" | "snooze-too-long") {
    super(reason === "already-closed" || reason === "crisis-not-snoozable" ? "conflict" : "invalid", reason);
  }
}

export async function closeConversation(deps: ResolveDeps, staff: StaffActor, conversationId: number): Promise<void> {
  const c = await authoriseConversation(deps, staff, conversationId, "conversation.closed", { grantAudited: false });
  const change = { conversationId: c.id, participantId: c.participantId, staffId: staff.id, teamId: c.participant.teamId, now: deps.now() };
  const events = await deps.sql.transaction((tx) => closeTransition(tx, change));
  if (!events.length) throw new ResolveError("already-closed");
  deps.events.emitAll(events);
}

/** Snoozes until a time (an ISO string), or wakes it (null). A crisis is never snoozed. */
export async function snoozeConversation(deps: ResolveDeps, staff: StaffActor, conversationId: number, body: unknown): Promise<{ snoozedUntil: Date | null }> {
  const { until: text } = snoozeBody.parse(body);
  const now = deps.now();
  const until = text === null ? null : new Date(text);
  if (until && until.getTime() <= now.getTime()) throw new ResolveError("snooze-in-past");
  if (until && until.getTime() - now.getTime() > MAX_SNOOZE_DAYS * 86_400_000) throw new ResolveError("snooze-too-long");
  const c = await authoriseConversation(deps, staff, conversationId, until ? "conversation.snoozed" : "conversation.woken", { grantAudited: false });
  const change = { conversationId: c.id, participantId: c.participantId, staffId: staff.id, teamId: c.participant.teamId, now, until };
  const result = await deps.sql.transaction((tx) => snoozeTransition(tx, change));
  if (!result.changed) throw new ResolveError(c.status === "closed" ? "already-closed" : "crisis-not-snoozable");
  deps.events.emitAll(result.events);
  return { snoozedUntil: until };
}
