// What CI runs: type checking and the linter before the tests, and the browser tests may not skip
// silently (issue 21.6: CI=1 used to skip them).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { browserRequired } from "../helpers/browser.js";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("CI", () => {
  it.each([
    [{ CI: "true" }, true],
    [{ CI: "1" }, true],
    [{ CI: "yes" }, true],
    [{ CI: "woodpecker" }, true],
    [{ TILLIT_REQUIRE_BROWSER: "1" }, true],
    [{}, false],
    [{ CI: "" }, false],
    [{ CI: "false" }, false],
    [{ CI: "0" }, false],
  ])("browser required with %j: %s", (env, required) => expect(browserRequired(env)).toBe(required));

  it("without Chromium, loading the browser helper under CI=1 fails instead of skipping", async () => {
    const load = `await import(${JSON.stringify(path.join(root, "tests/helpers/browser.ts"))})`;
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CHROMIUM_PATH: "/nonexistent/chromium" };
    const refused = run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", load], { cwd: root, env: { ...env, CI: "1" } });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringMatching(/Browser tests need Chromium/) });
    const skipped = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", load], { cwd: root, env });
    expect(skipped.stderr).toMatch(/SKIPPING the real-browser tests/);
  });

  it(".ci/run type-checks, lints and requires the browser before running the README's test command", () => {
    const script = readFileSync(path.join(root, ".ci/run"), "utf8");
    const steps = ["npm run typecheck", "npm run lint", "npm test"].map((s) => script.indexOf(`\n${s}\n`));
    expect(steps.every((i) => i > 0)).toBe(true);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(script).toMatch(/export TILLIT_REQUIRE_BROWSER=1/);
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts).toMatchObject({ typecheck: "tsc --noEmit -p .", lint: expect.stringMatching(/^biome lint/), test: "vitest run" });
  });
});
