// ServiceSecret: keys the service makes once and shares between its instances.
import type { SqlExecutor } from "./sql.js";

/**
 * The stored value of `name`, storing `candidate` first if there is none. The first instance to
 * insert wins; every other one reads the winner's value.
 */
export async function serviceSecret(sql: SqlExecutor, name: string, candidate: string, now: Date): Promise<string> {
  await sql.execute(`INSERT INTO "ServiceSecret" ("name", "value", "createdAt") VALUES (?, ?, ?) ON CONFLICT ("name") DO NOTHING`, [name, candidate, now]);
  const [row] = await sql.query(`SELECT "value" FROM "ServiceSecret" WHERE "name" = ?`, [name]);
  return String(row!.value);
}
