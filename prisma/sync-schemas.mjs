// Generates prisma/schema.postgres.prisma from prisma/schema.prisma. A schema's provider cannot come
// from an environment variable, so the PostgreSQL schema is derived, never edited by hand.
// `npm run db:sync-schemas` writes it; tests/core/postgres-schema.test.ts fails when it has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));

export function postgresSchema(sqliteSchema) {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/bot\/db\/generated"/, 'output       = "../bot/db/generated-postgres"');
  if (replaced === sqliteSchema) throw new Error("schema.prisma no longer has the expected provider/output lines");
  return `// GENERATED from prisma/schema.prisma by prisma/sync-schemas.mjs. Do not edit.\n${replaced}`;
}

export const paths = { sqlite: path.join(dir, "schema.prisma"), postgres: path.join(dir, "schema.postgres.prisma") };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(paths.postgres, postgresSchema(readFileSync(paths.sqlite, "utf8")));
  console.log(`wrote ${path.relative(process.cwd(), paths.postgres)}`);
}
