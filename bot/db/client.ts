import { PrismaClient } from "./generated/client.js";
import { serializedSqliteAdapter } from "./serialized-sqlite-adapter.js";
import { createSql, type Sql } from "./sql.js";
import { sqliteConnection } from "./sqlite-connection.js";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  /** The Prisma client: for everything off the message path. */
  prisma: Db;
  /** Portable SQL on the same connection: for the message path. */
  sql: Sql;
}

export function openDatabase(databaseUrl: string, groupCommitMs = 0): Database {
  const factory = serializedSqliteAdapter(databaseUrl);
  let connection: ReturnType<typeof sqliteConnection> | undefined;
  let forDb: unknown;
  const sql = createSql(async () => {
    const shared = await factory.shared();
    // A reconnect (after $disconnect) opens a new handle; statements cached for the old one are dropped.
    if (forDb !== shared.db) {
      connection = sqliteConnection(shared);
      forDb = shared.db;
    }
    return connection!;
  }, groupCommitMs);
  return { prisma: new PrismaClient({ adapter: factory }), sql };
}
