// Reports read SQLite on connections of their own, in worker threads. A dashboard reads tens of
// thousands of index entries; on the shared connection that would hold the message path's lock (and
// the event loop: better-sqlite3 is synchronous) for as long. Here the event loop stays free, the
// readers see what is committed (WAL), and two readers use two cores. PostgreSQL needs none of this:
// its pool is already asynchronous and parallel.
import { isMainThread, parentPort, workerData, type Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { startModuleWorker } from "../infrastructure/module-worker.js";
import type { SqlExecutor, SqlRow, SqlValue } from "./sql.js";

export interface ReportReaders extends SqlExecutor {
  close(): Promise<void>;
}

interface Pending {
  resolve: (rows: SqlRow[]) => void;
  reject: (err: Error) => void;
}

// The same encodings as the shared connection (sqlite-connection.ts), so text comparisons agree.
const encode = (v: SqlValue) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);

export function sqliteReportReaders(file: string, count = 2): ReportReaders {
  let next = 0;
  let id = 0;
  const pending = new Map<number, Pending>();
  const workers: Worker[] = Array.from({ length: count }, () => {
    const worker = startModuleWorker(import.meta.url, { reportReaderFile: file });
    worker.unref();
    worker.on("message", (m: { id: number; rows?: SqlRow[]; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.rows!);
    });
    worker.on("error", (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    return worker;
  });
  const query = <R extends SqlRow = SqlRow>(sql: string, args: SqlValue[] = []) =>
    new Promise<R[]>((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve: resolve as (rows: SqlRow[]) => void, reject });
      workers[next++ % workers.length]!.postMessage({ id: n, sql, args: args.map(encode) });
    });
  return {
    dialect: "sqlite",
    query,
    execute: () => Promise.reject(new Error("report readers only read")),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

if (!isMainThread && parentPort && (workerData as { reportReaderFile?: string })?.reportReaderFile) {
  const db = new Database((workerData as { reportReaderFile: string }).reportReaderFile, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.pragma("cache_size = -65536");
  const statements = new Map<string, Database.Statement>();
  const port = parentPort;
  port.on("message", (m: { id: number; sql: string; args: unknown[] }) => {
    try {
      let s = statements.get(m.sql);
      if (!s) {
        if (statements.size >= 200) statements.clear();
        s = db.prepare(m.sql);
        statements.set(m.sql, s);
      }
      port.postMessage({ id: m.id, rows: s.all(...m.args) });
    } catch (err) {
      port.postMessage({ id: m.id, error: (err as Error).message });
    }
  });
}
