#!/usr/bin/env bash
# Creates a migration offline from the difference between the last committed schema and the working
# one (the Prisma CLI's `migrate dev` needs a native engine download). Usage: prisma/new-migration.sh name
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: prisma/new-migration.sh <name>}
export PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false DATABASE_URL=file::memory:
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
if git cat-file -e HEAD:prisma/schema.prisma 2>/dev/null; then
  previous=$(mktemp); git show HEAD:prisma/schema.prisma > "$previous"
  from=(--from-schema-datamodel "$previous")
else
  from=(--from-empty)
fi
npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script | grep -v '^Loaded Prisma config' > "$dir/migration.sql"
node prisma/sync-schemas.mjs
echo "wrote $dir/migration.sql"
