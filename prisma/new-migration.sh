#!/usr/bin/env bash
# Creates a migration offline from the difference between the last committed schema and the working
# one (the Prisma CLI's `migrate dev` needs a native engine download), for SQLite (prisma/migrations)
# and, under the same name, for PostgreSQL (prisma/migrations-postgres; prisma/postgres-migrations.mjs).
# Usage: prisma/new-migration.sh name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: prisma/new-migration.sh <name>}
export PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false DATABASE_URL=file::memory:
# SQLite migrations merged from branches that made no PostgreSQL twin get theirs first.
node prisma/postgres-migrations.mjs catch-up
stamped="$(date -u +%Y%m%d%H%M%S)_${name}"
dir="prisma/migrations/$stamped"
mkdir -p "$dir"
if git cat-file -e HEAD:prisma/schema.prisma 2>/dev/null; then
  previous=$(mktemp); git show HEAD:prisma/schema.prisma > "$previous"
  from=(--from-schema-datamodel "$previous")
else
  previous=""
  from=(--from-empty)
fi
npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script | grep -v '^Loaded Prisma config' > "$dir/migration.sql"
node prisma/postgres-migrations.mjs new "$stamped" $previous
node prisma/sync-schemas.mjs
echo "wrote $dir/migration.sql"
