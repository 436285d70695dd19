// Runs Tillit as a separate OS process (`npm start`'s entry point), so tests can SIGKILL it.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface TillitProcess {
  child: ChildProcess;
  port: number;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnTillit(env: Record<string, string>, opts: { waitForReady?: boolean; nodeArgs?: string[] } = {}): Promise<TillitProcess> {
  // The same command as `npm start` (package.json), so tests and benchmarks measure what runs.
  const child = spawn(process.execPath, ["--max-semi-space-size=2", "--max-old-space-size=256", ...(opts.nodeArgs ?? []), "--import", "tsx", "bot/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
    let banner = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output.push(text);
      banner += text;
      const port = /Tillit is running \(listening on port (\d+)\)/.exec(banner)?.[1];
      if (port) resolve(Number(port));
    });
    void exited.then(({ code, signal }) => reject(new Error(`Tillit exited before it was ready (${code ?? signal}):\n${output.join("\n")}`)));
  });
  const port = opts.waitForReady === false ? 0 : await ready;
  return {
    child, port, output, exited,
    async kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
