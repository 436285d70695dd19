// Guard rails for the layout (issue 16.5, 17.1): each framework stays in the part of the house that
// owns it. A failure names the file that crossed a boundary.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return rel === "bot/db/generated" || rel === "bot/db/generated-postgres" ? [] : sources(rel);
    return rel.endsWith(".ts") ? [rel] : [];
  });
}
const files = [...sources("bot"), ...sources("dialogs")].sort();
const text = new Map(files.map((f) => [f, readFileSync(path.join(root, f), "utf8")]));
const importing = (pattern: RegExp) => files.filter((f) => new RegExp(`from "${pattern.source}`).test(text.get(f)!));

describe("where each framework may be used", () => {
  it("the Bot Framework SDK only in the dialog runtime and the dialogs (it is archived upstream: its successor must touch only these)", () => {
    expect(importing(/botbuilder/).filter((f) => !f.startsWith("bot/runtime/") && !f.startsWith("dialogs/"))).toEqual([]);
  });

  it("Express only in the HTTP layer; domain code never imports it", () => {
    const allowed = new Set([
      // The composition root builds the server and mounts the routers.
      "bot/app.ts",
      // A type only: Bolt's ExpressReceiver hands its request handler to the server.
      "bot/slack/slack-inbox.ts",
    ]);
    expect(importing(/express"/).filter((f) => !f.startsWith("bot/http/") && !allowed.has(f))).toEqual([]);
  });

  it("the Prisma client and driver adapters only in the data layer", () => {
    expect(importing(/(@prisma\/|[./]*db\/generated)/).filter((f) => !f.startsWith("bot/db/"))).toEqual([]);
  });
});

// SQL strings and Prisma model calls outside bot/db/. Issue 17.1 moves them into one module per
// aggregate; until then this list may only shrink: a new file that reaches the database directly
// fails here, and so does a listed file that no longer does (take it off the list).
const notYetMoved = new Set(readFileSync(path.join(import.meta.dirname, "data-access-outside-db.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")));
const sql = /`[^`]*\b(SELECT\s[^`]*\sFROM|INSERT INTO|UPDATE\s+"|DELETE FROM)\b/s;
const prisma = /\b(db|prisma)\.(\$transaction|\$queryRaw|\$executeRaw|[a-zA-Z]+\.(findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy))\b/;

describe("the data boundary", () => {
  const direct = files.filter((f) => !f.startsWith("bot/db/") && (sql.test(text.get(f)!) || prisma.test(text.get(f)!)));
  it("no new file outside bot/db/ runs SQL or Prisma queries", () => {
    expect(direct.filter((f) => !notYetMoved.has(f))).toEqual([]);
  });
  it("the list of files not yet moved only shrinks", () => {
    expect([...notYetMoved].filter((f) => !direct.includes(f))).toEqual([]);
  });
  it("the HTTP routes hold no SQL and no Prisma calls", () => {
    expect(direct.filter((f) => f.startsWith("bot/http/"))).toEqual([]);
  });
});
