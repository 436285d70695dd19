# Tillit as a container: `docker build -t tillit .` then see compose.yaml and the README's operator
# section. Not exercised in this repository's CI (its machines have no Docker engine).

# Build stage: compiles better-sqlite3 if no prebuilt binary fits, and generates both Prisma clients
# (npm ci runs `npm run db:generate`; the engine variables stop Prisma from fetching engines it does
# not use: Tillit runs Prisma through driver adapters).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

# Run stage: Node, the app's sources (run through tsx, as `npm start` does) and PostgreSQL's client
# programs for `npm run backup` (pg_dump must be at least the server's major version: 15 here).
FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978
# Everything but what .dockerignore leaves out (dependencies, generated clients, data, tests).
COPY . .
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bot/db/generated ./bot/db/generated
COPY --from=build /app/bot/db/generated-postgres ./bot/db/generated-postgres
# SQLite deployments keep their file (and backups) on a volume; PostgreSQL ones need no volume here.
RUN mkdir -p /app/data /app/backups && chown node:node /app/data /app/backups
VOLUME ["/app/data"]
USER node
EXPOSE 3978
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same command as `npm start`, without npm in between, so SIGTERM reaches Tillit and it stops cleanly.
CMD ["node", "--max-semi-space-size=2", "--max-old-space-size=256", "--import", "tsx", "bot/main.ts"]
