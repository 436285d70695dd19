import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_TOKEN, eventually, startHarness, type Harness } from "../helpers/harness.js";
import { applyMigrations } from "../../bot/db/migrate.js";
import { healthRoutes } from "../../bot/http/health-routes.js";
import type { Sql } from "../../bot/db/sql.js";
import { databaseHealth } from "../../bot/db/write-probe.js";
import { onPostgres } from "../helpers/test-database.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

describe("logs", () => {
  it("never carry message bodies, phone numbers or credentials at info level", async () => {
    const from = "+46705551234";
    const secretText = "Mitt hemliga meddelande 4711";
    await h.sendSms({ From: from, Body: secretText });
    await eventually(() => h.fake.sentTo(from).length === 2);
    await h.sendSms({ From: from, Body: "x" }, { signature: "forged" });
    await h.sendSms({ From: from, Body: "STOPP" });
    await eventually(() => h.fake.sentTo(from).length === 3);
    const logs = h.logs.text;
    expect(logs).toContain('"msg":"sms received"');
    for (const forbidden of [from, "705551234", secretText, "om du ber om det", AUTH_TOKEN, "STOPP"]) {
      expect(logs).not.toContain(forbidden);
    }
  });
});

describe("GET /healthz", () => {
  it("answers 200 with JSON while the database is reachable", async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok", sms: "twilio" });
  });

  it("answers 503 when the database is not reachable", async () => {
    const broken = { transaction: async () => { throw new Error("SQLITE_CANTOPEN"); } } as unknown as Sql;
    const app = express().use(healthRoutes(databaseHealth(broken, () => new Date(0)), "simulator"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/healthz`);
    server.close();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", database: "not-writable" });
  });
});

// The SQLite runner; the PostgreSQL one has its own tests in postgres-migrations.test.ts.
describe.skipIf(onPostgres)("SQLite migrations at start-up", () => {
  it("apply once, are recorded in Prisma's table, and refuse a changed migration", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tillit-migrate-"));
    const migrations = path.join(dir, "migrations");
    cpSync(path.resolve(import.meta.dirname, "../../prisma/migrations"), migrations, { recursive: true });
    const url = `file:${path.join(dir, "nested", "db.sqlite")}`;
    const first = applyMigrations(url, migrations);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(applyMigrations(url, migrations).applied).toEqual([]);
    mkdirSync(path.join(migrations, "29990101000000_extra"));
    writeFileSync(path.join(migrations, "29990101000000_extra", "migration.sql"), 'CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY);');
    expect(applyMigrations(url, migrations).applied).toEqual(["29990101000000_extra"]);
    writeFileSync(path.join(migrations, "29990101000000_extra", "migration.sql"), 'CREATE TABLE "Extra2" ("id" INTEGER PRIMARY KEY);');
    expect(() => applyMigrations(url, migrations)).toThrow(/changed after it was applied/);
  });
});
