// Sign-in throttling holds for attempts sent all at once: each attempt is counted before the slow
// password hash, atomically, so fifty parallel wrong passwords meet the same limits as fifty in a row
// (5 per account, 20 per address).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { StaffClient, staffWorld, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const statuses = async (attempts: Promise<Response>[]) => (await Promise.all(attempts)).map((r) => r.status).sort();

describe("sign-in throttling under parallel attempts", () => {
  it("50 parallel wrong passwords for one account: 5 are checked, 45 refused with 429", async () => {
    const results = await statuses(Array.from({ length: 50 }, (_, i) => new StaffClient(h.baseUrl).login(w.accounts.leadA.email, `wrong-${i}`)));
    expect(results.filter((s) => s === 401)).toHaveLength(5);
    expect(results.filter((s) => s === 429)).toHaveLength(45);
    // Even the right password waits out the pause.
    expect((await new StaffClient(h.baseUrl).login(w.accounts.leadA.email)).status).toBe(429);
  });

  it("50 parallel wrong passwords spread over accounts from one address: 20 are checked, the rest refused", async () => {
    h.clock.advance(16 * 60_000);
    const emails = Array.from({ length: 50 }, (_, i) => `nobody-${i}@kommun.se`);
    const results = await statuses(emails.map((e) => new StaffClient(h.baseUrl).login(e, "wrong password")));
    expect(results.filter((s) => s === 401)).toHaveLength(20);
    expect(results.filter((s) => s === 429)).toHaveLength(30);
  });

  it("a successful sign-in among parallel ones clears the account's failures, not the address's", async () => {
    h.clock.advance(16 * 60_000);
    const results = await statuses([
      new StaffClient(h.baseUrl).login(w.accounts.coordA2.email, "wrong-1"),
      new StaffClient(h.baseUrl).login(w.accounts.coordA2.email),
      new StaffClient(h.baseUrl).login(w.accounts.coordA2.email, "wrong-2"),
    ]);
    expect(results).toEqual([200, 401, 401]);
    expect(await h.tillit.db.loginAttempt.count({ where: { key: { startsWith: "account:" } } })).toBeLessThanOrEqual(2);
    expect(await h.tillit.db.loginAttempt.count({ where: { key: { startsWith: "address:" } } })).toBe(2);
  });
});
