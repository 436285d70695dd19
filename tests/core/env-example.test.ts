import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe(".env.example", () => {
  it("lists every setting bot/config.ts reads, each with a comment, and no secret values", () => {
    const config = readFileSync(path.join(root, "bot/config.ts"), "utf8");
    const schemaBlock = config.slice(config.indexOf("const schema = z.object({"), config.indexOf("});", config.indexOf("const schema")));
    const settings = [...schemaBlock.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(settings.length).toBeGreaterThan(10);
    const lines = readFileSync(path.join(root, ".env.example"), "utf8").split("\n");
    for (const name of settings) {
      const i = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(i, `${name} missing from .env.example`).toBeGreaterThan(0);
      expect(lines[i - 1]!.startsWith("#"), `${name} needs a comment line above it`).toBe(true);
    }
    for (const secret of ["TWILIO_AUTH_TOKEN"]) expect(lines.find((l) => l.startsWith(`${secret}=`))).toBe(`${secret}=`);
  });
});
