// A short write lock held by another process delays webhooks but fails none: Tillit's transactions
// take the write lock when they begin (BEGIN IMMEDIATE), so SQLite's busy timeout applies instead of
// an instant "database is locked" on a read-to-write upgrade.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { holdWriteLock } from "../helpers/external-lock.js";
import { onPostgres } from "../helpers/test-database.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

// SQLite only: these break the database file itself (another process's write lock, SQLite's own
// disk-full error from a trigger, PRAGMA query_only). PostgreSQL's equivalents are not written yet.
describe.skipIf(onPostgres)("an external write lock", () => {
  it("a 1 s lock from a second connection delays webhooks and the sender but fails nothing", async () => {
    const phones = Array.from({ length: 30 }, (_, i) => `+4670710${String(i).padStart(4, "0")}`);
    // Half of them known already, so their turns read before they write.
    for (const From of phones.slice(0, 15)) await h.sendSms({ From, Body: "Hej" });
    await eventually(() => phones.slice(0, 15).every((p) => h.fake.sentTo(p).length === 2), 10_000);

    const lock = await holdWriteLock(h.dbFile, 1000);
    // A Prisma interactive transaction that reads before it writes, as staff actions do.
    const staffWrite = h.tillit.db.$transaction(async (tx) => {
      const teams = await tx.team.count();
      return tx.team.create({ data: { slug: `lock-${teams}`, name: "Under lock" } });
    });
    const answers = await Promise.all(phones.map((From, i) => h.sendSms({ From, Body: i % 2 ? "ja" : "Hej" })));
    await lock.released;
    expect((await staffWrite).name).toBe("Under lock");
    expect(answers.map((r) => r.status)).toEqual(phones.map(() => 200));
    expect(h.logs.text).not.toMatch(/database is locked|SQLITE_BUSY/);
    expect(await h.tillit.db.message.count({ where: { direction: "in" } })).toBe(45);
    await eventually(async () => (await h.tillit.db.message.count({ where: { direction: "in", processedAt: null } })) === 0, 10_000);
  });
});
