// Whether the database can take a write right now: /healthz must fail while every write fails (a
// database locked by another process, a full disk), not only when the file cannot be opened. One
// small row is rewritten in a real transaction; the answer is kept briefly so that a health checker
// polling often costs one write a second or two, and concurrent checks share one probe.
import type { Sql } from "./sql.js";

export type DatabaseHealth = "ok" | "not-writable";

export function databaseHealth(sql: Sql, now: () => Date, cacheMs = 1500): () => Promise<DatabaseHealth> {
  let last: { at: number; health: DatabaseHealth } | undefined;
  let inFlight: Promise<DatabaseHealth> | undefined;
  const probe = async (): Promise<DatabaseHealth> => {
    try {
      await sql.transaction((tx) =>
        tx.execute(`INSERT INTO "HealthProbe" ("id", "at") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "at" = excluded."at"`, [now()]),
      );
      return "ok";
    } catch {
      return "not-writable";
    }
  };
  return () => {
    // The cache's age is measured on the monotonic clock: it is about this process, not the domain's time.
    if (last && performance.now() - last.at < cacheMs) return Promise.resolve(last.health);
    inFlight ??= probe().then((health) => {
      last = { at: performance.now(), health };
      inFlight = undefined;
      return health;
    });
    return inFlight;
  };
}
