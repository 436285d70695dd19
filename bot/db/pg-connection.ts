// The message path's SQL on PostgreSQL straight through `pg`, beside the Prisma adapter on the same
// pool. Measured on the SMS benchmark: through the adapter every statement was parsed and planned
// anew (unnamed statements) and converted twice; named prepared statements are parsed once per
// connection, and PostgreSQL settles on a cached plan. Values come back exactly as the adapter gave
// them (timestamps as UTC ISO text, 64-bit integers and numerics as text, JSON as text), so the row
// mappers in bot/db/ read both the same.
import pg from "pg";
import { toPostgresPlaceholders, type SqlConnection, type SqlExecutor, type SqlRow, type SqlValue } from "./sql.js";

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const DATE = 1082;
const NUMERIC = 1700;
const JSON_OID = 114;
const JSONB = 3802;

const asText = (v: string) => v;
const parsers: Record<number, (v: string) => unknown> = {
  [TIMESTAMP]: (v) => `${v.replace(" ", "T")}+00:00`,
  [TIMESTAMPTZ]: (v) => v.replace(" ", "T").replace(/[+-]\d{2}(:\d{2})?$/, "+00:00"),
  [DATE]: asText,
  [NUMERIC]: asText,
  [JSON_OID]: asText,
  [JSONB]: asText,
};
const types = {
  getTypeParser: ((oid: number, format?: string) => (format !== "binary" && parsers[oid]) || pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Columns are `timestamp(3)` without a zone in UTC: a Date goes as its UTC wall-clock time. */
function toPg(v: SqlValue): unknown {
  if (!(v instanceof Date)) return v;
  return v.toISOString().replace("T", " ").replace("Z", "");
}

// Statement texts get a name the first time they are seen (with their `$n` text, rewritten once).
// A prepared statement outlives a migration another instance applies; that is safe because
// migrations only add, and statements name their columns (a `*` over a table would change shape).
// Texts built with a varying number of placeholders (IN lists) could grow the set without end; past
// the cap they run unnamed.
const MAX_NAMED = 2000;
const statements = new Map<string, { text: string; name?: string }>();
function statementOf(sql: string): { text: string; name?: string } {
  let known = statements.get(sql);
  if (known) return known;
  const text = toPostgresPlaceholders(sql);
  if (statements.size >= MAX_NAMED) return { text };
  // BEGIN, SAVEPOINT and the like cannot be prepared.
  known = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(text) ? { text, name: `tillit_${statements.size}` } : { text };
  statements.set(sql, known);
  return known;
}

function executor(target: pg.Pool | pg.PoolClient): SqlExecutor {
  const run = (sql: string, args: SqlValue[]) => target.query({ ...statementOf(sql), values: args.map(toPg), types });
  return {
    dialect: "postgres",
    async query<R extends SqlRow>(sql: string, args: SqlValue[] = []): Promise<R[]> {
      return (await run(sql, args)).rows as R[];
    },
    async execute(sql: string, args: SqlValue[] = []): Promise<number> {
      return (await run(sql, args)).rowCount ?? 0;
    },
  };
}

export function pgConnection(pool: pg.Pool): SqlConnection {
  return {
    plain: executor(pool),
    async inTransaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(executor(client));
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch((rollbackFailed: Error) => (broken = rollbackFailed));
        throw err;
      } finally {
        // A connection that could not even roll back is closed, not handed to the next caller.
        client.release(broken);
      }
    },
  };
}
