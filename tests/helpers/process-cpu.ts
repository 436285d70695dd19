// CPU time used by processes (Linux /proc), for benchmarks on a shared machine: throughput and
// latency there depend on what else runs, CPU milliseconds per message much less so.
import { readFileSync, readdirSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** User + system CPU of one process (all its threads) in milliseconds; 0 if it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** A process and its children (a PostgreSQL postmaster and its backends), found by the postmaster's command line. */
export function processTree(isRoot: (cmdline: string) => boolean): number[] {
  const all: { pid: number; parent: number; cmdline: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      all.push({ pid: Number(entry), parent, cmdline: readFileSync(`/proc/${entry}/cmdline`, "utf8") });
    } catch {
      // exited meanwhile
    }
  }
  const roots = new Set(all.filter((p) => isRoot(p.cmdline)).map((p) => p.pid));
  return all.filter((p) => roots.has(p.pid) || roots.has(p.parent)).map((p) => p.pid);
}

/** A snapshot of CPU per pid; `since` gives the milliseconds each used after it, summed (new pids count from zero). */
export function cpuSnapshot(pids: number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, processCpuMs(pid)]));
}
export function cpuSince(before: Map<number, number>, pids: number[]): number {
  return pids.reduce((sum, pid) => sum + processCpuMs(pid) - (before.get(pid) ?? 0), 0);
}
