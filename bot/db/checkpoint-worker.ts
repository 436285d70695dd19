// WAL checkpoints copy committed pages into the database file and flush it. Done by SQLite's
// auto-checkpoint they would run on the event loop, inside whichever commit crossed the threshold;
// here a worker thread with its own connection checkpoints passively (never blocking writers) once
// a second. The main connection keeps a high auto-checkpoint as a safety net.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { startModuleWorker } from "../infrastructure/module-worker.js";

export const SAFETY_NET_AUTOCHECKPOINT_PAGES = 20_000;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, intervalMs = 250): Checkpointer {
  const worker = startModuleWorker(import.meta.url, { file, intervalMs });
  worker.unref();
  return {
    async stop() {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort && (workerData as { file?: string })?.file) {
  const { file, intervalMs } = workerData as { file: string; intervalMs: number };
  const db = new Database(file);
  db.pragma("busy_timeout = 1000");
  setInterval(() => {
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // Busy or locked: the next round tries again.
    }
  }, intervalMs);
}
