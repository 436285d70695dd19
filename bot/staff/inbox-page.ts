// The inbox as a coordinator opens it: the prioritised list (inbox-list.ts), audited as read, with
// how much is waiting to go out (the outbox and nudges due), so a stalled sender is visible.
import type { Db } from "../db/client.js";
import type { Sql } from "../db/sql.js";
import { auditStaff } from "./audit.js";
import { countNeedingHuman, queuedWork } from "../db/inbox-queries.js";
import { listConversations, listQuery } from "./inbox-list.js";
import type { StaffActor } from "./staff-actor.js";

export interface InboxPageDeps {
  db: Db;
  sql: Sql;
  now: () => Date;
  takeoverIdleMs: number;
}

export async function inboxPage(deps: InboxPageDeps, actor: StaffActor, rawQuery: unknown) {
  const query = listQuery.parse(rawQuery);
  const page = await listConversations(deps.sql, actor, query, deps.now(), deps.takeoverIdleMs);
  await auditStaff(deps.db, deps.now(), actor, {
    action: query.q ? "inbox.searched" : "inbox.listed", subjectType: "inbox", subjectId: query.teamId ?? "visible-teams",
    details: { scope: query.scope, status: query.status, rows: page.rows.length, conversationIds: page.rows.map((r) => r.conversationId) },
  });
  const queued = await queuedWork(deps.sql, deps.now());
  // How many of the staff member's teams' conversations need a human now (the tab title shows it).
  const needingHuman = await countNeedingHuman(deps.sql, actor.role === "admin" ? null : actor.teamIds, deps.now());
  return { ...page, outboxQueued: queued.outbox, nudgesDue: queued.due, needingHuman };
}
