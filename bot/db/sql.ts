// Portable SQL over Prisma's driver adapter, for the message path (store → turn → outbox), where
// Prisma's per-query compilation costs ~1 ms and the service must carry hundreds of messages a second.
// It shares the adapter, connection and lock with the Prisma client. Placeholders are written `?`
// and rewritten to `$n` for PostgreSQL; identifiers are double-quoted, which both engines accept.
import type { ArgType, SqlDriverAdapter, SqlQueryable } from "@prisma/driver-adapter-utils";

export type SqlValue = string | number | bigint | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

export interface SqlExecutor {
  query<R extends SqlRow = SqlRow>(sql: string, args?: SqlValue[]): Promise<R[]>;
  execute(sql: string, args?: SqlValue[]): Promise<number>;
}

export interface Sql extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

function argType(v: SqlValue): ArgType {
  if (v === null) return { scalarType: "unknown", arity: "scalar" } as ArgType;
  if (v instanceof Date) return { scalarType: "datetime", arity: "scalar" } as ArgType;
  switch (typeof v) {
    case "string":
      return { scalarType: "string", arity: "scalar" } as ArgType;
    case "boolean":
      return { scalarType: "boolean", arity: "scalar" } as ArgType;
    case "bigint":
      return { scalarType: "bigint", arity: "scalar" } as ArgType;
    default:
      return { scalarType: Number.isInteger(v) ? "int" : "float", arity: "scalar" } as ArgType;
  }
}

function executor(target: SqlQueryable, postgres: boolean): SqlExecutor {
  const prepare = (sql: string, args: SqlValue[]) => {
    let n = 0;
    return { sql: postgres ? sql.replace(/\?/g, () => `$${++n}`) : sql, args, argTypes: args.map(argType) };
  };
  return {
    async query<R extends SqlRow>(sql: string, args: SqlValue[] = []): Promise<R[]> {
      const result = await target.queryRaw(prepare(sql, args));
      return result.rows.map((row) => {
        const out: SqlRow = {};
        result.columnNames.forEach((name, i) => (out[name] = row[i]));
        return out as R;
      });
    },
    execute(sql: string, args: SqlValue[] = []): Promise<number> {
      return target.executeRaw(prepare(sql, args));
    },
  };
}

export function createSql(connect: () => Promise<SqlDriverAdapter>): Sql {
  const withAdapter = async <T>(fn: (adapter: SqlDriverAdapter) => Promise<T>) => fn(await connect());
  return {
    query: (sql, args) => withAdapter((a) => executor(a, a.provider === "postgres").query(sql, args)),
    execute: (sql, args) => withAdapter((a) => executor(a, a.provider === "postgres").execute(sql, args)),
    transaction: (fn) =>
      withAdapter(async (adapter) => {
        const tx = await adapter.startTransaction();
        const run = executor(tx, adapter.provider === "postgres");
        try {
          const result = await fn(run);
          await run.execute("COMMIT");
          await tx.commit();
          return result;
        } catch (err) {
          try {
            await run.execute("ROLLBACK");
          } finally {
            await tx.rollback();
          }
          throw err;
        }
      }),
  };
}

// Row values come back as the driver gives them (integers as strings, dates as ISO text).
export const int = (v: unknown): number => Number(v);
export const intOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const dateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : date(v));
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
