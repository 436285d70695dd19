import { PrismaClient } from "./generated/client.js";
import { serializedSqliteAdapter } from "./serialized-sqlite-adapter.js";
import { createSql, type Sql } from "./sql.js";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  /** The Prisma client: for everything off the message path. */
  prisma: Db;
  /** Portable SQL on the same connection: for the message path. */
  sql: Sql;
}

export function openDatabase(databaseUrl: string): Database {
  const factory = serializedSqliteAdapter(databaseUrl);
  return { prisma: new PrismaClient({ adapter: factory }), sql: createSql(() => factory.connect()) };
}

export function createDb(databaseUrl: string): Db {
  return openDatabase(databaseUrl).prisma;
}

export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
