// botbuilder Storage over the DialogState table. Writes carrying an eTag succeed only if the stored
// row still has that eTag, so two turns that read the same state cannot both commit.
import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { deleteDialogStates, insertDialogStateIfAbsent, readDialogStates, replaceDialogStateIfUnchanged, upsertDialogState } from "../db/dialog-state.js";
import { currentTransaction } from "./transaction-scope.js";

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Dialog state for ${key} was changed by another turn`);
  }
}

export class DialogStateStorage implements Storage {
  constructor(private readonly sql: Sql) {}

  private client(): SqlExecutor {
    return currentTransaction() ?? this.sql;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const items: StoreItems = {};
    for (const row of await readDialogStates(this.client(), keys)) items[row.key] = { ...JSON.parse(row.data), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const client = this.client();
    const now = new Date();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string };
      const state = { key, eTag: randomUUID(), data: JSON.stringify(rest) };
      if (expected && expected !== "*") {
        if (await replaceDialogStateIfUnchanged(client, state, expected, now)) continue;
        // No row yet (a first write carrying an eTag) is fine; a row with another eTag is a conflict.
        if (!(await insertDialogStateIfAbsent(client, state, now))) throw new ETagConflictError(key);
      } else {
        await upsertDialogState(client, state, now);
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await deleteDialogStates(this.client(), keys);
  }
}
