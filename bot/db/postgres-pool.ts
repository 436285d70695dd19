// One pg.Pool per process serves the Prisma client (through @prisma/adapter-pg), the message path's
// SQL and the migration runner. Every connection works in UTC: columns are `timestamp(3)` without a
// time zone, Prisma writes UTC, and `DEFAULT CURRENT_TIMESTAMP` follows the session's zone.
import pg from "pg";

export interface PostgresTarget {
  pool: pg.Pool;
  /** The schema named by `?schema=` (Prisma's convention), else PostgreSQL's default search path. */
  schema?: string;
}

/** `?connection_limit=` (Prisma's name for it) sets the pool's size; 10 otherwise. */
export function postgresPool(databaseUrl: string, max?: number): PostgresTarget {
  const { connectionString, schema, limit } = postgresConnection(databaseUrl);
  const pool = new pg.Pool({ connectionString, max: max ?? limit ?? 10 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return { pool, schema };
}

/** DATABASE_URL as pg's connection string (UTC, the schema on the search path), for pools and single clients. */
export function postgresConnection(databaseUrl: string): { connectionString: string; schema?: string; limit?: number } {
  const url = new URL(databaseUrl);
  const limit = url.searchParams.get("connection_limit");
  if (limit !== null && !/^[1-9]\d{0,3}$/.test(limit)) throw new Error("DATABASE_URL: connection_limit must be a whole number from 1");
  url.searchParams.delete("connection_limit");
  const schema = url.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error("DATABASE_URL: schema must be a plain identifier");
  // A connection string's own settings win over the pool's options, so the zone goes into it.
  const options = [url.searchParams.get("options"), "-c TimeZone=UTC", schema ? `-c search_path=${schema}` : null].filter(Boolean).join(" ");
  url.searchParams.set("options", options);
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema, limit: limit ? Number(limit) : undefined };
}
