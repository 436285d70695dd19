// A throwaway PostgreSQL server for a test run: Debian's postgresql-NN binaries (CI installs
// postgresql-15 with apt), one cluster per run in a temporary directory, stopped at the end. Started
// as root, initdb and pg_ctl run as the `postgres` user, which must own the data, socket and log.
// TILLIT_TEST_POSTGRES_URL points the tests at an existing server instead (a superuser URL).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

export interface PostgresCluster {
  /** A superuser URL to the `postgres` database (tests create their own databases). */
  adminUrl: string;
  /** The directory of the server's Unix-domain socket (a same-host service connects through it, not TCP). */
  socketDir: string;
  stop(): Promise<void>;
}

/** The directory holding initdb and pg_ctl: TILLIT_PG_BIN, or the newest /usr/lib/postgresql/N/bin. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.TILLIT_PG_BIN
    ? [env.TILLIT_PG_BIN]
    : (existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql") : [])
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`);
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

export const noPostgresBanner = [
  "",
  "#".repeat(78),
  "#  PostgreSQL NOT FOUND: the suite ran on SQLite ONLY.",
  "#  Install it (apt-get install postgresql-15), set TILLIT_PG_BIN to its bin directory,",
  "#  or TILLIT_TEST_POSTGRES_URL to a superuser URL of a running server.",
  "#".repeat(78),
  "",
].join("\n");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Settings for a disposable test server: durability off (nothing here must survive a power cut). */
const testSettings = [
  "listen_addresses=localhost",
  "fsync=off",
  "synchronous_commit=off",
  "full_page_writes=off",
  "max_connections=400",
  "shared_buffers=64MB",
  "timezone=UTC",
];

/** `durable`: fsync and synchronous commits on, as in production (benchmarks); tests trade them for speed. */
export async function startPostgresCluster(binDir: string, opts: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "tillit-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  writeFileSync(log, "");
  // As root, PostgreSQL refuses to run: hand the directory to the `postgres` user and run as it.
  const asRoot = userInfo().uid === 0;
  let run = (cmd: string, args: string[]) => execFileSync(path.join(binDir, cmd), args, { stdio: "pipe" });
  let user = userInfo().username;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chownSync(log, uid, gid);
    run = (cmd, args) => execFileSync("runuser", ["-u", "postgres", "--", path.join(binDir, cmd), ...args], { stdio: "pipe" });
    user = "postgres";
  }
  run("initdb", ["-D", data, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", user]);
  const port = await freePort();
  const settings = opts.durable ? testSettings.filter((s) => !/^(fsync|synchronous_commit|full_page_writes)=/.test(s)) : testSettings;
  const options = [`-p ${port}`, `-k ${dir}`, ...settings.map((s) => `-c ${s}`)].join(" ");
  try {
    run("pg_ctl", ["-D", data, "-o", options, "-l", log, "-w", "start"]);
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`PostgreSQL did not start: ${stderr}\n${execFileSync("cat", [log], { encoding: "utf8" })}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A run stopped with Ctrl-C skips the global teardown; the server must not outlive it.
  process.once("exit", stop);
  return {
    adminUrl: `postgresql://${user}@localhost:${port}/postgres`,
    socketDir: dir,
    async stop() {
      process.removeListener("exit", stop);
      stop();
    },
  };
}
