// A taken-over conversation that has gone quiet reminds its coordinator instead of silently
// returning to the bot. The claim is one UPDATE … RETURNING (bot/db/conversations.ts), so with
// several app instances each conversation is reminded once per quiet spell.
import { insertAudit } from "../db/audit.js";
import { claimIdleTakeovers } from "../db/conversations.js";
import type { Sql } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Logger } from "../infrastructure/log.js";
import { errorSummary } from "../infrastructure/log.js";

export async function remindIdleTakeovers(sql: Sql, events: EventBus, now: Date, idleMs: number): Promise<number> {
  const cutoff = new Date(now.getTime() - idleMs);
  const rows = await sql.transaction(async (tx) => {
    const claimed = await claimIdleTakeovers(tx, now, cutoff);
    for (const r of claimed) {
      await insertAudit(tx, { at: now, actorKind: "system", actorId: null, action: "conversation.idle-reminder", subjectType: "conversation", subjectId: r.conversationId });
    }
    return claimed;
  });
  for (const r of rows) events.emit("conversation.idle", r);
  return rows.length;
}

export function startIdleTakeoverReminders(deps: { sql: Sql; events: EventBus; log: Logger; now: () => Date; idleMs: number; everyMs?: number }): () => void {
  const timer = setInterval(() => {
    remindIdleTakeovers(deps.sql, deps.events, deps.now(), deps.idleMs)
      .then((n) => n && deps.log.info({ conversations: n }, "idle takeovers reminded"))
      .catch((err) => deps.log.warn({ err: errorSummary(err) }, "idle takeover check failed"));
  }, deps.everyMs ?? 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
