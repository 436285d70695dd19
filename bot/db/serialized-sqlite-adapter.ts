// The better-sqlite3 driver adapter shares one connection between interactive transactions and plain
// queries, and only transactions take its lock. A plain query issued while another request's
// transaction is open would silently join (and could be rolled back with) that transaction. This
// wrapper puts every statement, in or out of a transaction, behind one lock, so a stored webhook
// can never vanish with someone else's rollback. It also sets the durability pragmas on connect, and
// hands the same connection and lock to bot/db/sqlite-connection.ts for the message path.
import { Mutex } from "async-mutex";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { SAFETY_NET_AUTOCHECKPOINT_PAGES } from "./checkpoint-worker.js";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

const pragmas = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
  // 64 MB of page cache instead of SQLite's 2 MB: the reports (bot/db/outcome-*.ts) and the inbox read
  // indexes of millions of rows, and every page missed here is a system call.
  "PRAGMA cache_size = -65536",
  // Checkpoints run in a worker (bot/db/checkpoint-worker.ts); this is only the safety net.
  `PRAGMA wal_autocheckpoint = ${SAFETY_NET_AUTOCHECKPOINT_PAGES}`,
].join(";\n");

export interface SharedSqliteConnection {
  adapter: SqlDriverAdapter;
  /** The adapter's own better-sqlite3 connection. */
  db: BetterSqlite3.Database;
  /** Held by every statement and transaction on that connection. */
  lock: Mutex;
}

export interface SerializedSqliteFactory extends SqlDriverAdapterFactory {
  shared(): Promise<SharedSqliteConnection>;
}

/** The factory hands out one shared connection, so the Prisma client and the SQL executor share its lock. */
export function serializedSqliteAdapter(url: string): SerializedSqliteFactory {
  const inner = new PrismaBetterSQLite3({ url });
  let connection: Promise<SharedSqliteConnection> | undefined;
  const open = async (): Promise<SharedSqliteConnection> => {
    const adapter = await inner.connect();
    await adapter.executeScript(pragmas);
    // The adapter keeps its better-sqlite3 handle in `client` (checked by tests/core/dialog-state-storage.test.ts).
    const db = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    if (typeof db?.prepare !== "function") throw new Error("Unsupported @prisma/adapter-better-sqlite3 version: no client handle");
    const lock = new Mutex();
    return { adapter: serialize(adapter, lock, () => (connection = undefined)), db, lock };
  };
  const shared = () => (connection ??= open());
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    shared,
    connect: async () => (await shared()).adapter,
  };
}

/**
 * The adapter's own startTransaction sends a deferred BEGIN: the first write then upgrades a read
 * lock, and SQLite answers SQLITE_BUSY at once (no busy_timeout) if another process wrote since the
 * read. Writers here take the write lock when they begin. Prisma sends COMMIT/ROLLBACK itself
 * (usePhantomQuery false); commit() and rollback() only release.
 */
async function startImmediate(adapter: SqlDriverAdapter, isolationLevel?: IsolationLevel): Promise<Transaction> {
  if (isolationLevel && isolationLevel !== "SERIALIZABLE") return adapter.startTransaction(isolationLevel); // the adapter's own error
  await adapter.executeRaw({ sql: "BEGIN IMMEDIATE", args: [], argTypes: [] });
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (q: SqlQuery) => adapter.queryRaw(q),
    executeRaw: (q: SqlQuery) => adapter.executeRaw(q),
    commit: async () => undefined,
    rollback: async () => undefined,
  };
}

function serialize(adapter: SqlDriverAdapter, lock: Mutex, onDispose: () => void): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q: SqlQuery) => lock.runExclusive(() => adapter.queryRaw(q)),
    executeRaw: (q: SqlQuery) => lock.runExclusive(() => adapter.executeRaw(q)),
    executeScript: (s: string) => lock.runExclusive(() => adapter.executeScript(s)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () =>
      lock.runExclusive(() => {
        onDispose();
        return adapter.dispose();
      }),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await startImmediate(adapter, isolationLevel);
      } catch (err) {
        release();
        throw err;
      }
      const finish = (end: () => Promise<void>) => async () => {
        try {
          await end();
        } finally {
          release();
        }
      };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (q: SqlQuery) => tx.queryRaw(q),
        executeRaw: (q: SqlQuery) => tx.executeRaw(q),
        commit: finish(() => tx.commit()),
        rollback: finish(() => tx.rollback()),
      };
    },
  };
}
