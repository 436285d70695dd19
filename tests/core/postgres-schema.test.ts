import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { paths, postgresSchema } from "../../prisma/sync-schemas.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("PostgreSQL schema", () => {
  it("is exactly what prisma/sync-schemas.mjs derives from schema.prisma (run npm run db:sync-schemas)", () => {
    expect(readFileSync(paths.postgres, "utf8")).toBe(postgresSchema(readFileSync(paths.sqlite, "utf8")));
  });

  it("is a valid Prisma schema for PostgreSQL", () => {
    const out = execFileSync(path.join(root, "node_modules/.bin/prisma"), ["validate", "--schema", paths.postgres], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "postgresql://tillit@localhost/tillit", PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
      encoding: "utf8",
    });
    expect(out).toMatch(/is valid/);
  });
});
