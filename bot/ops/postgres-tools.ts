// Where PostgreSQL's client programs are: on PATH (the Docker image's postgresql-client), or in
// Debian's versioned directory, newest first (pg_dump must be at least the server's version).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export function postgresTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)) : [];
  for (const v of versions.sort((a, b) => Number(b) - Number(a))) {
    const candidate = `/usr/lib/postgresql/${v}/bin/${name}`;
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} not found: install PostgreSQL's client programs (apt-get install postgresql-client)`);
}
