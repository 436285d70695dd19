// Lets botbuilder's Storage write inside the database transaction that also writes the outbox,
// without threading a transaction handle through the SDK's call chain.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlExecutor } from "../db/sql.js";

const scope = new AsyncLocalStorage<SqlExecutor>();

export function withTransaction<T>(tx: SqlExecutor, fn: () => Promise<T>): Promise<T> {
  return scope.run(tx, fn);
}

export function currentTransaction(): SqlExecutor | undefined {
  return scope.getStore();
}
