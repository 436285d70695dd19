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
    // Every credential the configuration reads, found by name, so a new one is covered at once.
    const secrets = settings.filter((name) => /TOKEN|SECRET|KEY|PASSWORD|CREDENTIAL/.test(name));
    expect(secrets).toEqual(expect.arrayContaining(["TWILIO_AUTH_TOKEN", "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DIRECTLINE_SECRET", "WEBCHAT_TOKEN_SECRET"]));
    for (const secret of secrets) expect(lines.find((l) => l.startsWith(`${secret}=`)), secret).toBe(`${secret}=`);
    // Nor anything shaped like a credential under another name.
    const values = lines.filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l)).map((l) => l.slice(l.indexOf("=") + 1));
    for (const v of values) expect(v, v).not.toMatch(/^(xox[abp]-|xapp-|sk-|AC[0-9a-f]{32}$|SK[0-9a-f]{32}$)|[0-9a-f]{32,}/i);
  });
});
