// The message path's SQL on SQLite: the Prisma adapter's own better-sqlite3 connection, under the
// same lock, with prepared statements cached (the adapter prepares every statement anew).
import type BetterSqlite3 from "better-sqlite3";
import type { SharedSqliteConnection } from "./serialized-sqlite-adapter.js";
import type { SqlConnection, SqlExecutor, SqlRow, SqlValue } from "./sql.js";

const MAX_CACHED_STATEMENTS = 500;

// The same encodings the Prisma adapter writes, so rows written either way compare and sort alike.
function encode(v: SqlValue): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

export function sqliteConnection({ db, lock }: SharedSqliteConnection): SqlConnection {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const statement = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
  const direct: SqlExecutor = {
    dialect: "sqlite",
    async query<R extends SqlRow>(sql: string, args: SqlValue[] = []): Promise<R[]> {
      const s = statement(sql);
      const values = args.map(encode);
      if (!s.reader) {
        s.run(...values);
        return [];
      }
      return s.all(...values) as R[];
    },
    async execute(sql: string, args: SqlValue[] = []): Promise<number> {
      return statement(sql).run(...args.map(encode)).changes;
    },
  };
  return {
    plain: {
      dialect: "sqlite",
      query: (sql, args) => lock.runExclusive(() => direct.query(sql, args)),
      execute: (sql, args) => lock.runExclusive(() => direct.execute(sql, args)),
    },
    inTransaction: (fn) =>
      lock.runExclusive(async () => {
        // IMMEDIATE: take the write lock now, under busy_timeout. A deferred BEGIN would read first
        // and fail at once (SQLITE_BUSY) when another process wrote in between.
        statement("BEGIN IMMEDIATE").run();
        try {
          const result = await fn(direct);
          statement("COMMIT").run();
          return result;
        } catch (err) {
          if (db.inTransaction) statement("ROLLBACK").run();
          throw err;
        }
      }),
  };
}
