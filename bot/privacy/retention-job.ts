// Runs retention once a day, after RETENTION_RUN_HOUR local time. The day is claimed in the database
// (RetentionRun), so with several instances one runs it; a run that died (its lease passed without
// finishing) is taken over and simply runs again — every step of it is idempotent.
import { DateTime } from "luxon";
import type { Sql } from "../db/sql.js";
import { claimRetentionDay, finishRetentionDay } from "../db/retention.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import { runRetention, type RetentionCounts, type RetentionDeps } from "./retention.js";

const ZONE = "Europe/Stockholm";
const LEASE_MS = 60 * 60_000;

export interface RetentionJobDeps extends RetentionDeps {
  sql: Sql;
  log: Logger;
  now: () => Date;
  runHour: number;
}

/** Runs today's retention if it is time and no one has; returns its counts, or undefined when there was nothing to do. */
export async function retentionTick(deps: RetentionJobDeps): Promise<RetentionCounts | undefined> {
  const now = deps.now();
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  if (local.hour < deps.runHour) return undefined;
  const day = local.toISODate()!;
  if (!(await claimRetentionDay(deps.sql, day, now, new Date(now.getTime() + LEASE_MS)))) return undefined;
  const counts = await runRetention(deps, now);
  await finishRetentionDay(deps.sql, day, deps.now(), counts, local.minus({ days: 400 }).toISODate()!);
  return counts;
}

/** Looks every `everyMs` (default ten minutes) whether today's run is due; `tick` is retentionTick or a wrapper of it. */
export function startRetentionJob(log: Logger, tick: () => Promise<unknown>, everyMs = 10 * 60_000): () => void {
  let running = false;
  const check = () => {
    if (running) return;
    running = true;
    tick()
      .catch((err) => log.warn({ err: errorSummary(err) }, "retention run failed; it is tried again"))
      .finally(() => (running = false));
  };
  const timer = setInterval(check, everyMs);
  timer.unref();
  setImmediate(check);
  return () => clearInterval(timer);
}
