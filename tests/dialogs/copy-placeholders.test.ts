// The ninth young tester (texter16 #6) was sent "Teamet vet om det du skrev. {reading}": a phrasing named a
// placeholder its caller did not pass (handed-back.ts gave only {coordinator}). Copy is rendered in one place
// (bot/infrastructure/i18n.ts): it now refuses a placeholder left unfilled, and these tests read every call
// with a literal key against both locale files, so a missing value fails here before anyone is sent it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLocales, placeholders, render, translate, translateVaried, UnfilledPlaceholderError, type Copy } from "../../bot/infrastructure/i18n.js";
import { withPrefacesSaid } from "../../bot/runtime/dialog-runtime.js";

const locales = loadLocales();
const root = path.resolve(import.meta.dirname, "../..");

const need = (copy: Copy, key: string) => new Set(copy.get(key)!.flatMap(placeholders));

describe("a placeholder is never sent unfilled (texter16 #6)", () => {
  it("rendering refuses a phrasing whose placeholders are not all given", () => {
    expect(() => render("Teamet vet om det du skrev. {reading}", { coordinator: "Maja" }, "waiting.afterCrisisHelloLater")).toThrow(UnfilledPlaceholderError);
    expect(() => translate(locales, "sv", "waiting.afterCrisisHelloLater", { coordinator: "Maja" })).toThrow(/reading/);
    expect(() => translateVaried(locales, "en", "waiting.afterCrisisHelloLater", { coordinator: "Maja" }, [])).toThrow(/reading/);
    expect(translate(locales, "sv", "waiting.afterCrisisHelloLater", { coordinator: "Maja", reading: "Någon läser i morgon." })).not.toMatch(/[{}]/);
  });

  it("in a running Tillit (not under the tests) the sentence goes out without it, and a warning names the key", () => {
    const underTests = process.env.VITEST;
    const warned: string[] = [];
    const onWarning = (w: Error) => warned.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    delete process.env.VITEST;
    try {
      expect(render("Teamet vet om det du skrev. {reading} {coordinator} läser.", { coordinator: "Maja" }, "waiting.afterCrisisHelloLater")).toBe("Teamet vet om det du skrev. Maja läser.");
    } finally {
      process.env.VITEST = underTests;
    }
    return new Promise<void>((resolve) => setImmediate(() => {
      process.off("warning", onWarning);
      expect(warned).toEqual(['UnfilledPlaceholder: "waiting.afterCrisisHelloLater" needs {reading}, which was not given']);
      resolve();
    }));
  });

  it("a key names the same placeholders in Swedish and English", () => {
    for (const key of locales.sv.keys()) expect([...need(locales.en, key)].sort(), key).toEqual([...need(locales.sv, key)].sort());
  });

  it("every call with a literal key (or keys in a ?: choice) passes every placeholder its phrasings name", () => {
    const missing: string[] = [];
    let read = 0;
    for (const file of sources(["dialogs", "bot"])) {
      const src = readFileSync(file, "utf8");
      for (const call of copyCalls(src)) {
        if (call.vars === "unknown") continue;
        read++;
        for (const key of call.keys) {
          for (const name of need(locales.sv, key)) {
            if (!call.vars.has(name) && !(call.addsReading && name === "reading")) missing.push(`${path.relative(root, file)}:${call.line} ${key} needs {${name}}`);
          }
        }
      }
    }
    expect(read).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });
});

describe("a preface and a message read as one (texter16 #6)", () => {
  it("a hello the message opens with comes first, and only once", () => {
    const notice = 'Det är Tillit, boten, som svarar nu igen. Vill du nå Maja, skriv "prata med en människa".';
    expect(withPrefacesSaid(notice, "Hej! Skönt att du skriver. Teamet vet om det du skrev.")).toBe(`Hej! ${notice} Skönt att du skriver. Teamet vet om det du skrev.`);
    expect(withPrefacesSaid("This is Tillit, the bot, answering again.", "Hi again! I'm still here.")).toBe("Hi again! This is Tillit, the bot, answering again. I'm still here.");
    expect(withPrefacesSaid("Hej Julia! Kul att du hör av dig.", "Hej! Vad vill du göra?")).toBe("Hej Julia! Kul att du hör av dig. Vad vill du göra?");
    expect(withPrefacesSaid("Tack.", "Hejdå då!")).toBe("Tack. Hejdå då!");
  });
});

function* sources(dirs: string[]): Generator<string> {
  for (const dir of dirs) {
    for (const name of readdirSync(path.join(root, dir))) {
      const full = path.join(root, dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "generated" && name !== "generated-postgres" && name !== "web") yield* sources([path.relative(root, full)]);
      } else if (name.endsWith(".ts")) yield full;
    }
  }
}

interface CopyCall {
  line: number;
  keys: string[];
  vars: Set<string> | "unknown";
  addsReading: boolean;
}

// The ways copy is asked for: s.t(key, vars), tIn(...)(key, vars), tWhileRead(s, key, vars), copy(ctx, key, vars),
// copyVaried(ctx, key, recent, vars), translate(locales, lang, key, vars), named(s, key, vars).
const CALL = /\b(t|tWhileRead|copy|copyVaried|translate|translateVaried|named)\(/g;
// An argument that is only keys: "a.b", or cond ? "a.b" : "c.d".
const KEYS_ONLY = /^[\s\w?:!.()&|=<>]*(?:"[\w.]+"[\s\w?:!.()&|=<>]*)+$/;

function* copyCalls(src: string): Generator<CopyCall> {
  for (const m of src.matchAll(CALL)) {
    const args = splitTopLevel(src, m.index + m[0].length);
    const at = args.findIndex((a) => KEYS_ONLY.test(a) && [...a.matchAll(/"([\w.]+)"/g)].every((k) => locales.sv.has(k[1]!)));
    if (at === -1) continue;
    const keys = [...args[at]!.matchAll(/"([\w.]+)"/g)].map((k) => k[1]!);
    // copyVaried's vars come after `recent`.
    const varsArg = args[m[1] === "copyVaried" || m[1] === "translateVaried" ? at + 2 : at + 1]?.trim();
    let vars: Set<string> | "unknown" = new Set();
    if (varsArg !== undefined && varsArg !== "") {
      vars = varsArg.startsWith("{") && !varsArg.includes("...") ? new Set(splitTopLevel(varsArg, 1).map((p) => /^\s*(\w+)/.exec(p)?.[1]).filter((x): x is string => Boolean(x))) : "unknown";
    }
    yield { line: src.slice(0, m.index).split("\n").length, keys, vars, addsReading: m[1] === "tWhileRead" };
  }
}

/** The comma-separated arguments from `from` (just inside an opening bracket) to its closing bracket. */
function splitTopLevel(src: string, from: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  let quote: string | undefined;
  for (let i = from; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === quote && src[i - 1] !== "\\") quote = undefined;
      current += c;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if (c === "," && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}
