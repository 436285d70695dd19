import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database, type Db } from "../../bot/db/client.js";
import type { Sql } from "../../bot/db/sql.js";
import { DialogStateStorage, ETagConflictError } from "../../bot/runtime/dialog-state-storage.js";
import { withTransaction } from "../../bot/runtime/transaction-scope.js";
import { PrismaClient } from "../../bot/db/generated/client.js";
import { serializedSqliteAdapter } from "../../bot/db/serialized-sqlite-adapter.js";
import { sqliteConnection } from "../../bot/db/sqlite-connection.js";
import { createSql } from "../../bot/db/sql.js";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { eventually } from "../helpers/harness.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";

let database: Database;
let db: Db;
let sql: Sql;
let url: string;
beforeAll(async () => {
  url = await freshDatabaseUrl("storage");
  database = openDatabase(url);
  await database.migrate();
  ({ prisma: db, sql } = database);
});
afterAll(async () => database.close());

describe.runIf(onPostgres)("PostgreSQL connection", () => {
  it("works in UTC whatever the server's zone, so DEFAULT CURRENT_TIMESTAMP agrees with what Prisma writes", async () => {
    const zoned = await freshDatabaseUrl("zone");
    const admin = new pg.Client({ connectionString: zoned });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${new URL(zoned).pathname.slice(1)}" SET timezone TO 'Pacific/Auckland'`);
    await admin.end();
    const other = openDatabase(zoned);
    try {
      await other.migrate();
      const [zone] = await other.sql.query("SHOW TIME ZONE");
      expect(zone!.TimeZone).toBe("UTC");
      // createdAt comes from the column's default, written by the server.
      const team = await other.prisma.team.create({ data: { slug: "utc", name: "UTC" } });
      expect(Math.abs(team.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(onPostgres)("SQLite connection", () => {
  it("runs in WAL mode with full synchronous writes and foreign keys on", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(2); // FULL
    expect(Number(fk?.foreign_keys)).toBe(1);
  });
});

describe("DialogStateStorage (botbuilder Storage with eTags)", () => {
  it("reads back what it wrote with a fresh eTag", async () => {
    const s = new DialogStateStorage(sql);
    await s.write({ a: { step: 1 } });
    const { a } = await s.read(["a", "missing"]);
    expect(a).toMatchObject({ step: 1 });
    expect(typeof a.eTag).toBe("string");
  });

  it("refuses a write whose eTag is stale, so two turns cannot both commit", async () => {
    const s = new DialogStateStorage(sql);
    await s.write({ b: { step: 1 } });
    const first = (await s.read(["b"])).b;
    const second = (await s.read(["b"])).b;
    await s.write({ b: { ...first, step: 2 } });
    await expect(s.write({ b: { ...second, step: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(["b"])).b).toMatchObject({ step: 2 });
  });

  it("writes unconditionally with eTag '*' and deletes", async () => {
    const s = new DialogStateStorage(sql);
    await s.write({ c: { v: 1 } });
    await s.write({ c: { v: 2, eTag: "*" } });
    expect((await s.read(["c"])).c).toMatchObject({ v: 2 });
    await s.delete(["c"]);
    expect(await s.read(["c"])).toEqual({});
  });

  it("joins the caller's transaction: a rollback undoes the state write", async () => {
    const s = new DialogStateStorage(sql);
    await expect(
      sql.transaction(async (tx) => {
        await withTransaction(tx, () => s.write({ d: { v: 1 } }));
        throw new Error("outbox write failed");
      }),
    ).rejects.toThrow("outbox write failed");
    expect(await s.read(["d"])).toEqual({});
  });

  // SQLite only: the adapter shares one connection between transactions and plain queries. On
  // PostgreSQL each transaction and each plain statement has its own pooled connection.
  it.skipIf(onPostgres)("keeps plain queries out of another request's open transaction", async () => {
    // A webhook storing a message while a turn's transaction is open must not be rolled back with it.
    // One connection shared by the SQL executor and a Prisma client whose driver calls are counted,
    // so the test knows (rather than sleeps and hopes) that the write reached the driver meanwhile.
    const factory = serializedSqliteAdapter(url);
    let driverCalls = 0;
    const counted: SqlDriverAdapterFactory = {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const adapter = await factory.connect();
        const count = <T>(call: () => Promise<T>) => (driverCalls++, call());
        return { ...adapter, queryRaw: (q) => count(() => adapter.queryRaw(q)), executeRaw: (q) => count(() => adapter.executeRaw(q)) };
      },
    };
    const shared = createSql(async () => sqliteConnection(await factory.shared()));
    const prisma = new PrismaClient({ adapter: counted });
    await prisma.$connect();
    const s = new DialogStateStorage(shared);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let opened!: () => void;
    const open = new Promise<void>((r) => (opened = r));
    const turn = shared.transaction(async (tx) => {
      await withTransaction(tx, () => s.write({ e: { v: 1 } }));
      opened();
      await held;
      throw new Error("turn failed");
    });
    await open; // the transaction is open now
    const callsBefore = driverCalls;
    let outsideDone = false;
    // Through the Prisma client this time: it shares the connection and must wait its turn too.
    const outside = prisma.dialogState.create({ data: { key: "f", eTag: "x", data: JSON.stringify({ v: 1 }) } }).then(() => (outsideDone = true));
    await eventually(() => driverCalls > callsBefore); // the plain write has reached the driver…
    await new Promise((r) => setImmediate(r));
    expect(outsideDone).toBe(false); // …and waits there while the transaction is open
    release();
    await expect(turn).rejects.toThrow("turn failed");
    await outside;
    expect(await s.read(["e", "f"])).toEqual({ f: expect.objectContaining({ v: 1 }) });
    await prisma.$disconnect();
  });
});
