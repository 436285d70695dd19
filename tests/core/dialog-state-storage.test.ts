import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../bot/db/client.js";
import type { Sql } from "../../bot/db/sql.js";
import { applyMigrations } from "../../bot/db/migrate.js";
import { DialogStateStorage, ETagConflictError } from "../../bot/runtime/dialog-state-storage.js";
import { withTransaction } from "../../bot/runtime/transaction-scope.js";
import { PrismaClient } from "../../bot/db/generated/client.js";
import { serializedSqliteAdapter } from "../../bot/db/serialized-sqlite-adapter.js";
import { sqliteConnection } from "../../bot/db/sqlite-connection.js";
import { createSql } from "../../bot/db/sql.js";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { eventually } from "../helpers/harness.js";

let db: Db;
let sql: Sql;
let url: string;
beforeAll(async () => {
  url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "tillit-storage-")), "t.db")}`;
  applyMigrations(url);
  ({ prisma: db, sql } = openDatabase(url));
});
afterAll(async () => db.$disconnect());

describe("SQLite connection", () => {
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

  it("keeps plain queries out of another request's open transaction", async () => {
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
