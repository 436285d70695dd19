// The better-sqlite3 driver adapter shares one connection between interactive transactions and plain
// queries, and only transactions take its lock. A plain query issued while another request's
// transaction is open would silently join (and could be rolled back with) that transaction. This
// wrapper puts every statement, in or out of a transaction, behind one lock, so a stored webhook
// can never vanish with someone else's rollback. It also sets the durability pragmas on connect.
import { Mutex } from "async-mutex";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
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
].join(";\n");

/** The factory hands out one shared connection, so the Prisma client and bot/db/sql.ts share its lock. */
export function serializedSqliteAdapter(url: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3({ url });
  let connection: Promise<SqlDriverAdapter> | undefined;
  const open = async () => {
    const adapter = await inner.connect();
    await adapter.executeScript(pragmas);
    return serialize(adapter, () => (connection = undefined));
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => (connection ??= open()),
  };
}

function serialize(adapter: SqlDriverAdapter, onDispose: () => void): SqlDriverAdapter {
  const lock = new Mutex();
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
        tx = await adapter.startTransaction(isolationLevel);
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
