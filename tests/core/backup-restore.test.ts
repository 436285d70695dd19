// npm run backup / npm run restore on the database under test: a backup taken while Tillit runs,
// restored into a new database, holds exactly what was there at the time of the backup.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../bot/db/client.js";
import { backupDatabase, backupKind, defaultBackupFile, restoreDatabase } from "../../bot/ops/backup.js";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { freshDatabaseUrl, testDatabaseKind } from "../helpers/test-database.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "tillit-backup-"));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

async function contents(url: string) {
  const database = openDatabase(url);
  try {
    const participants = await database.prisma.participant.findMany({ select: { phone: true }, orderBy: { phone: "asc" } });
    const messages = await database.prisma.message.findMany({ select: { body: true, direction: true }, orderBy: { id: "asc" } });
    return { participants: participants.map((p) => p.phone), messages, pending: (await database.migrate()).applied };
  } finally {
    await database.close();
  }
}

describe(`backup and restore (${testDatabaseKind})`, () => {
  it("backs up while Tillit runs; the restore holds what was there then, and its migration history", async () => {
    await h.sendSms({ From: "+46705550001", Body: "Hej från före backupen" });
    await eventually(() => h.fake.sentTo("+46705550001").length === 2);
    await h.tillit.core.idle();
    const before = await contents(h.databaseUrl);
    const file = path.join(dir, `before.${testDatabaseKind}`);
    await backupDatabase(h.databaseUrl, file);
    expect(backupKind(file)).toBe(testDatabaseKind);

    await h.sendSms({ From: "+46705550002", Body: "Efter backupen" });
    await eventually(() => h.fake.sentTo("+46705550002").length === 2);

    const target = await freshDatabaseUrl("restored");
    await restoreDatabase(target, file);
    const restored = await contents(target);
    expect(restored.participants).toEqual(["+46705550001"]);
    expect(restored.messages).toEqual(before.messages);
    expect(restored.messages).toContainEqual({ body: "Hej från före backupen", direction: "in" });
    expect(restored.pending).toEqual([]);
  });

  it("refuses to restore over a database that has data, a backup of the other kind, or a file that is no backup", async () => {
    const file = path.join(dir, `refuse.${testDatabaseKind}`);
    await backupDatabase(h.databaseUrl, file);
    await expect(backupDatabase(h.databaseUrl, file)).rejects.toThrow(/already exists/);
    await expect(restoreDatabase(h.databaseUrl, file)).rejects.toThrow(/already (exists|has tables)/);
    const garbage = path.join(dir, "garbage.bin");
    writeFileSync(garbage, "not a backup at all");
    await expect(restoreDatabase(await freshDatabaseUrl("garbage"), garbage)).rejects.toThrow(/neither a SQLite backup nor a pg_dump/);
    const otherKind = testDatabaseKind === "sqlite" ? "postgresql://tillit@127.0.0.1:1/none" : `file:${path.join(dir, "other.db")}`;
    await expect(restoreDatabase(otherKind, file)).rejects.toThrow(/is a (sqlite|postgres) backup/);
  });

  it("npm run backup and npm run restore do the same from the command line", async () => {
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: h.databaseUrl };
    const file = path.join(dir, "cli", `cli.${testDatabaseKind}`);
    const backup = await run(process.execPath, ["--import", "tsx", "bot/cli/backup.ts", "backup", "--out", file], { cwd: root, env });
    expect(backup.stdout).toContain(`Backup written to ${file}`);
    const target = await freshDatabaseUrl("cli-restored");
    const restore = await run(process.execPath, ["--import", "tsx", "bot/cli/backup.ts", "restore", file], { cwd: root, env: { ...env, DATABASE_URL: target } });
    expect(restore.stdout).toContain("Restored");
    expect((await contents(target)).participants).toEqual((await contents(h.databaseUrl)).participants);
    await expect(run(process.execPath, ["--import", "tsx", "bot/cli/backup.ts", "restore"], { cwd: root, env })).rejects.toMatchObject({ stderr: expect.stringContaining("usage") });
  });

  it("names a backup by the time it was taken", () => {
    const at = new Date("2026-12-01T23:05:09.123Z");
    expect(defaultBackupFile("file:./data/tillit.db", at)).toBe(path.join("backups", "tillit-20261201-230509Z.db"));
    expect(defaultBackupFile("postgresql://tillit@db/tillit", at)).toBe(path.join("backups", "tillit-20261201-230509Z.dump"));
  });
});
