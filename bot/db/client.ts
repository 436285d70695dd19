import { PrismaClient } from "./generated/client.js";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgres/client.js";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseKind, type DatabaseKind } from "./database-url.js";
import { applyMigrations, type MigrationResult } from "./migrate.js";
import { applyPostgresMigrations } from "./migrate-postgres.js";
import { postgresPool } from "./postgres-pool.js";
import { serializedSqliteAdapter, type SharedSqliteConnection } from "./serialized-sqlite-adapter.js";
import { createSql, perCallerSql, type Sql } from "./sql.js";
import { pgConnection } from "./pg-connection.js";
import { sqliteConnection } from "./sqlite-connection.js";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  kind: DatabaseKind;
  /** The Prisma client: for everything off the message path. */
  prisma: Db;
  /** Portable SQL on the same connection: for the message path. */
  sql: Sql;
  /** How many turns may run at once: on PostgreSQL half the pool, so webhooks and the outbox always get a connection. */
  turnConcurrency: number;
  /** Applies the checked-in migrations for this kind of database (prisma/migrations or migrations-postgres). */
  migrate(): Promise<MigrationResult>;
  /** Disconnects the Prisma client and closes every connection. */
  close(): Promise<void>;
}

/** SQLite for file: URLs (the zero-config default), PostgreSQL for postgresql:// URLs. */
export function openDatabase(databaseUrl: string, groupCommitMs = 0): Database {
  return databaseKind(databaseUrl) === "postgres" ? openPostgres(databaseUrl) : openSqlite(databaseUrl, groupCommitMs);
}

function openSqlite(databaseUrl: string, groupCommitMs: number): Database {
  const factory = serializedSqliteAdapter(databaseUrl);
  let connection: ReturnType<typeof sqliteConnection> | undefined;
  let shared: SharedSqliteConnection | undefined;
  const sql = createSql(async () => {
    const current = await factory.shared();
    // A reconnect (after $disconnect) opens a new handle; statements cached for the old one are dropped.
    if (shared?.db !== current.db) {
      connection = sqliteConnection(current);
      shared = current;
    }
    return connection!;
  }, groupCommitMs);
  const prisma = new PrismaClient({ adapter: factory });
  return {
    // One writer with group commit: turns wait on its queue, never on connections.
    kind: "sqlite", prisma, sql, turnConcurrency: Number.POSITIVE_INFINITY,
    migrate: async () => applyMigrations(databaseUrl),
    async close() {
      await prisma.$disconnect();
      // Used only through `sql`, the shared connection was never Prisma's to close.
      if (shared?.db.open) await shared.adapter.dispose();
    },
  };
}

function openPostgres(databaseUrl: string): Database {
  const { pool, schema } = postgresPool(databaseUrl);
  const factory = new PrismaPg(pool, schema ? { schema } : undefined);
  // The same pool, used directly (bot/db/pg-connection.ts): the message path's SQL takes its own
  // connection per statement or transaction. Group commit is for SQLite's single writer; on PostgreSQL
  // each caller's transaction commits on its own (a shared one could deadlock across instances).
  const connection = Promise.resolve(pgConnection(pool));
  const sql = perCallerSql(() => connection);
  // Generated from the same models (prisma/schema.postgres.prisma): the same API, typed as the SQLite client.
  const prisma = new PostgresPrismaClient({ adapter: factory }) as unknown as Db;
  let closed: Promise<void> | undefined;
  return {
    kind: "postgres", prisma, sql, turnConcurrency: Math.max(2, Math.floor(pool.options.max / 2)),
    migrate: () => applyPostgresMigrations(pool),
    close: () =>
      (closed ??= (async () => {
        await prisma.$disconnect();
        await pool.end();
      })()),
  };
}
