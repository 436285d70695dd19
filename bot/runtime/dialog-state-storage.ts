// botbuilder Storage over the DialogState table. Writes carrying an eTag succeed only if the stored
// row still has that eTag, so two turns that read the same state cannot both commit.
import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder";
import type { Sql, SqlExecutor } from "../db/sql.js";
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
    const rows = await this.client().query(`SELECT "key", "eTag", "data" FROM "DialogState" WHERE "key" IN (${keys.map(() => "?").join(", ")})`, keys);
    const items: StoreItems = {};
    for (const row of rows) items[String(row.key)] = { ...JSON.parse(String(row.data)), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const client = this.client();
    const now = new Date();
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string };
      const data = JSON.stringify(rest);
      const eTag = randomUUID();
      if (expected && expected !== "*") {
        const updated = await client.execute(`UPDATE "DialogState" SET "data" = ?, "eTag" = ?, "updatedAt" = ? WHERE "key" = ? AND "eTag" = ?`, [data, eTag, now, key, expected]);
        if (updated === 1) continue;
        const inserted = await client.execute(`INSERT INTO "DialogState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`, [key, eTag, data, now]);
        if (inserted === 0) throw new ETagConflictError(key);
      } else {
        await client.execute(
          `INSERT INTO "DialogState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?)
           ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "eTag" = excluded."eTag", "updatedAt" = excluded."updatedAt"`,
          [key, eTag, data, now],
        );
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.client().execute(`DELETE FROM "DialogState" WHERE "key" IN (${keys.map(() => "?").join(", ")})`, keys);
  }
}
