// Portable SQL for the message path (store → turn → outbox), where Prisma's per-query compilation
// (~1 ms per model query) would cap the service far below the hundreds of messages a second it must
// carry. Statements use `?` placeholders (rewritten to `$n` for PostgreSQL) and double-quoted
// identifiers, which both engines accept. Everything else uses the Prisma model API.
import type { ArgType, SqlDriverAdapter, SqlQueryable } from "@prisma/driver-adapter-utils";

export type SqlValue = string | number | bigint | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

export type SqlDialect = "sqlite" | "postgres";

export interface SqlExecutor {
  /** Which database runs the statements: the few that differ (row locks, SKIP LOCKED) ask. */
  readonly dialect: SqlDialect;
  query<R extends SqlRow = SqlRow>(sql: string, args?: SqlValue[]): Promise<R[]>;
  execute(sql: string, args?: SqlValue[]): Promise<number>;
}

export interface Sql extends SqlExecutor {
  /**
   * Runs fn atomically. fn must use only the executor it is given (never `sql` itself, which would
   * wait for the transaction it is in).
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** What a database connection offers the executor. */
export interface SqlConnection {
  plain: SqlExecutor;
  /** Runs fn with the connection to itself inside BEGIN … COMMIT, rolling back if fn throws. */
  inTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

interface PendingTransaction {
  fn: (tx: SqlExecutor) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: transactions requested within `groupWindowMs` (or the same event-loop turn), or while
 * another group is being written, run together in one BEGIN … COMMIT, each inside its own SAVEPOINT (so one failing rolls
 * back only itself). Every caller's promise settles only after the shared COMMIT is durable: with
 * synchronous=FULL that is one disk flush per group instead of one per transaction, and no weaker
 * promise to any caller.
 */
export function createSql(connect: () => Promise<SqlConnection>, groupWindowMs = 0, dialect: SqlDialect = "sqlite"): Sql {
  const queue: PendingTransaction[] = [];
  let writing = false;

  async function writeGroup(connection: SqlConnection): Promise<void> {
    const group = queue.splice(0, queue.length);
    let settled: Settled[];
    try {
      settled = await connection.inTransaction(async (tx) => {
        const results: Settled[] = [];
        for (const item of group) {
          await tx.execute("SAVEPOINT tillit_tx");
          try {
            results.push({ ok: true, value: await item.fn(tx) });
          } catch (error) {
            results.push({ ok: false, error });
            await tx.execute("ROLLBACK TO SAVEPOINT tillit_tx");
          }
          await tx.execute("RELEASE SAVEPOINT tillit_tx");
        }
        return results;
      });
    } catch (err) {
      for (const item of group) item.reject(err);
      return;
    }
    group.forEach((item, i) => {
      const s = settled[i]!;
      if (s.ok) item.resolve(s.value);
      else item.reject(s.error);
    });
  }

  async function drain(): Promise<void> {
    if (writing) return;
    writing = true;
    try {
      const connection = await connect();
      while (queue.length > 0) await writeGroup(connection);
    } catch (err) {
      for (const item of queue.splice(0, queue.length)) item.reject(err);
    } finally {
      writing = false;
    }
  }

  return {
    dialect,
    query: async (sql, args) => (await connect()).plain.query(sql, args),
    execute: async (sql, args) => (await connect()).plain.execute(sql, args),
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (queue.length === 1) {
          if (groupWindowMs > 0) setTimeout(() => void drain(), groupWindowMs);
          else setImmediate(() => void drain());
        }
      });
    },
  };
}

/**
 * One transaction per caller, each on its own connection (PostgreSQL): the server runs them side by
 * side, so grouping them as on SQLite would only add waiting, and across instances could deadlock.
 */
export function perCallerSql(connect: () => Promise<SqlConnection>, dialect: SqlDialect = "postgres"): Sql {
  return {
    dialect,
    query: async (sql, args) => (await connect()).plain.query(sql, args),
    execute: async (sql, args) => (await connect()).plain.execute(sql, args),
    transaction: async (fn) => (await connect()).inTransaction(fn),
  };
}

function argType(v: SqlValue): ArgType {
  const scalarType =
    v === null ? "unknown"
    : v instanceof Date ? "datetime"
    : typeof v === "string" ? "string"
    : typeof v === "boolean" ? "boolean"
    : typeof v === "bigint" ? "bigint"
    : Number.isInteger(v) ? "int" : "float";
  return { scalarType, arity: "scalar" } as ArgType;
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the message path's SQL never has a literal `?`). */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function adapterExecutor(target: SqlQueryable, postgres: boolean): SqlExecutor {
  const prepare = (sql: string, args: SqlValue[]) => ({ sql: postgres ? toPostgresPlaceholders(sql) : sql, args, argTypes: args.map(argType) });
  return {
    dialect: postgres ? "postgres" : "sqlite",
    async query<R extends SqlRow>(sql: string, args: SqlValue[] = []): Promise<R[]> {
      const result = await target.queryRaw(prepare(sql, args));
      return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])) as R);
    },
    execute: (sql, args = []) => target.executeRaw(prepare(sql, args)),
  };
}

/** Any Prisma driver adapter (the PostgreSQL path); SQLite uses the faster sqlite-connection.ts. */
export function adapterConnection(adapter: SqlDriverAdapter): SqlConnection {
  const postgres = adapter.provider === "postgres";
  return {
    plain: adapterExecutor(adapter, postgres),
    async inTransaction(fn) {
      const tx = await adapter.startTransaction();
      const run = adapterExecutor(tx, postgres);
      try {
        const result = await fn(run);
        await run.execute("COMMIT");
        await tx.commit();
        return result;
      } catch (err) {
        await run.execute("ROLLBACK").catch(() => undefined);
        await tx.rollback();
        throw err;
      }
    },
  };
}

// Row values come back as the driver gives them (integers as bigint or text, dates as ISO text).
export const int = (v: unknown): number => Number(v);
export const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
