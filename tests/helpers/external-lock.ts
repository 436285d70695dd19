// Another process holding SQLite's write lock on Tillit's database for a while (a backup tool, an
// admin's sqlite3 shell, a second instance), then committing a write of its own.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

// Holds the lock for argv[2] ms, or (with 0) until a line arrives on standard input.
const script = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("busy_timeout = 5000");
db.exec("BEGIN IMMEDIATE");
db.pragma("user_version = " + (db.pragma("user_version", { simple: true }) + 1));
const release = () => {
  db.exec("COMMIT");
  db.close();
  process.stdout.write("released\\n");
  process.exit(0);
};
process.stdout.write("locked\\n");
const ms = Number(process.argv[2]);
if (ms > 0) setTimeout(release, ms);
else process.stdin.once("data", release);
`;

/**
 * Resolves once the lock is held; `released` resolves when the other process has committed. With
 * `ms` 0 the lock is held until `release()` is called.
 */
export async function holdWriteLock(dbFile: string, ms: number): Promise<{ released: Promise<void>; release: () => void }> {
  const child = spawn(process.execPath, ["-e", script, dbFile, String(ms)], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let out = "";
  const released = new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => (code === 0 && out.includes("released") ? resolve() : reject(new Error(`lock holder exited with ${code}`))));
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      if (out.includes("locked")) resolve();
    });
    released.catch(reject);
  });
  return { released, release: () => child.stdin.end("release\n") };
}
