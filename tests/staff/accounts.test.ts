// Where staff accounts come from: `npm run team:create` / `staff:create` for a configured deployment,
// the zero-config demo otherwise, and never both.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { StaffClient } from "../helpers/staff.js";
import { freshDatabaseUrl } from "../helpers/test-database.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

function cli(args: string[], env: Record<string, string>, input?: string) {
  const child = run(process.execPath, ["--import", "tsx", "bot/cli/staff-admin.ts", ...args], { cwd: root, env: { PATH: process.env.PATH ?? "", ...env } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

describe("staff:create and team:create", () => {
  let h: Harness;
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl("cli");
  });
  afterAll(async () => h?.stop());

  it("creates a team and an admin with a generated password shown once; bad input is refused with a clear message", async () => {
    const env = { DATABASE_URL: databaseUrl };
    const team = await cli(["team", "--slug", "nord", "--name", "Team Nord", "--slack-channel", "CNORD0001"], env);
    expect(team.stdout).toContain("Created team nord");
    const admin = await cli(["staff", "--email", "Ada@Kommun.se", "--name", "Ada Andersson", "--role", "admin"], env);
    const password = /Password \(shown once[^:]*\): (\S+)/.exec(admin.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{20}$/);
    const coordinator = await cli(["staff", "--email", "maja@kommun.se", "--name", "Maja Lind", "--team", "nord", "--slack-user", "UMAJA0001", "--password-stdin"], env, "ett långt och hemligt lösenord\n");
    expect(coordinator.stdout).not.toContain("Password");
    await expect(cli(["staff", "--email", "x@kommun.se", "--name", "X", "--team", "nowhere"], env)).rejects.toMatchObject({ stderr: expect.stringContaining('No team with the slug "nowhere"') });
    await expect(cli(["staff", "--email", "not-an-email", "--name", "X", "--role", "admin"], env)).rejects.toMatchObject({ stderr: expect.stringContaining("email") });
    await expect(cli(["staff", "--email", "y@kommun.se", "--name", "Y", "--team", "nord", "--password-stdin"], env, "kort\n")).rejects.toMatchObject({ stderr: expect.stringContaining("at least 12") });
    await expect(cli(["staff", "--email", "ada@kommun.se", "--name", "Ada", "--role", "admin"], env)).rejects.toMatchObject({ stderr: expect.stringContaining("already exists") });

    // A configured deployment on that database: no demo, and the accounts sign in.
    h = await startHarness({ DATABASE_URL: databaseUrl });
    expect(h.demoLogin).toBeUndefined();
    expect(await h.tillit.db.team.count({ where: { isDemo: true } })).toBe(0);
    expect((await new StaffClient(h.baseUrl).login("ada@kommun.se", password)).status).toBe(200);
    expect((await new StaffClient(h.baseUrl).login("maja@kommun.se", "ett långt och hemligt lösenord")).status).toBe(200);
    expect(h.logs.text).not.toContain(password!);
  }, 60_000);
});

describe("the zero-config demo", () => {
  it("is created only in simulator mode on an empty database, once, and not with DEMO_DATA=off", async () => {
    const configured = await startHarness();
    expect(configured.demoLogin).toBeUndefined();
    expect(await configured.tillit.db.staffUser.count()).toBe(0);
    await configured.stop();

    const off = await startHarness({ DEMO_DATA: "off" }, { simulator: true });
    expect(off.demoLogin).toBeUndefined();
    expect(await off.tillit.db.participant.count()).toBe(0);
    await off.stop();

    const demo = await startHarness({}, { simulator: true });
    expect(demo.demoLogin?.email).toBe("demo@tillit.local");
    expect(await demo.tillit.db.participant.count({ where: { isDemo: true } })).toBe(3);
    // Demo messages count as already answered: start-up did not reply to them.
    expect(await demo.tillit.db.message.count({ where: { direction: "out", status: { in: ["queued", "sending", "sent"] } } })).toBe(0);
    // The password is never in the service log (only in the start-up banner main.ts prints).
    expect(demo.logs.text).not.toContain(demo.demoLogin!.password);
    // A new participant who texts joins the demo team, so they appear in the demo inbox.
    await demo.tillit.core.receive({ channel: "sms", providerId: "SIM-new", from: "+46701740699", body: "Hej", receivedAt: demo.clock.now() });
    const p = await demo.tillit.db.participant.findUniqueOrThrow({ where: { phone: "+46701740699" }, include: { team: true } });
    expect(p.team?.slug).toBe("demo");
    await demo.stop();

    // Restarting on the same database creates nothing again and prints no password.
    const again = await startHarness({ DATABASE_URL: demo.databaseUrl }, { simulator: true });
    expect(again.demoLogin).toBeUndefined();
    expect(await again.tillit.db.staffUser.count()).toBe(1);
    await again.stop();
  }, 30_000);
});
