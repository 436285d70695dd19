// Lets botbuilder's Storage write inside the database transaction that also writes the outbox,
// without threading a transaction handle through the SDK's call chain.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "../db/client.js";

const scope = new AsyncLocalStorage<Tx>();

export function withTransaction<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  return scope.run(tx, fn);
}

export function currentTransaction(): Tx | undefined {
  return scope.getStore();
}
