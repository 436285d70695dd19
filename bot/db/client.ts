import { PrismaClient } from "./generated/client.js";
import { serializedSqliteAdapter } from "./serialized-sqlite-adapter.js";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(databaseUrl: string): Db {
  return new PrismaClient({ adapter: serializedSqliteAdapter(databaseUrl) });
}

export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
