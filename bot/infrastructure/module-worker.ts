// Starts a worker thread running one of Tillit's own modules. From TypeScript sources (tsx) the
// worker registers tsx's loader first; a compiled build loads the module directly.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export function startModuleWorker(moduleUrl: string, workerData: unknown): Worker {
  if (!moduleUrl.endsWith(".ts")) return new Worker(new URL(moduleUrl), { workerData });
  // The ESM entry of tsx's API (require.resolve finds its CommonJS twin next to it).
  const tsxApi = pathToFileURL(createRequire(moduleUrl).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
