// botbuilder Storage over the DialogState table. Writes carrying an eTag succeed only if the stored
// row still has that eTag, so two turns that read the same state cannot both commit.
import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import type { Db, Tx } from "../db/client.js";
import { currentTransaction } from "./transaction-scope.js";

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Dialog state for ${key} was changed by another turn`);
  }
}

export class PrismaStorage implements Storage {
  constructor(private readonly db: Db) {}

  private client(): Tx {
    return currentTransaction() ?? this.db;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.client().dialogState.findMany({ where: { key: { in: keys } } });
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...JSON.parse(row.data), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const client = this.client();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string };
      const data = JSON.stringify(rest);
      const eTag = randomUUID();
      if (expected && expected !== "*") {
        const { count } = await client.dialogState.updateMany({ where: { key, eTag: expected }, data: { data, eTag } });
        if (count === 1) continue;
        const exists = await client.dialogState.count({ where: { key } });
        if (exists) throw new ETagConflictError(key);
        await client.dialogState.create({ data: { key, data, eTag } });
      } else {
        await client.dialogState.upsert({ where: { key }, create: { key, data, eTag }, update: { data, eTag } });
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.client().dialogState.deleteMany({ where: { key: { in: keys } } });
  }
}
