// Prompts are versioned text files under prompts/<task>/, not code: the first line is "version: N".
import { readFileSync } from "node:fs";
import path from "node:path";

const promptsDir = path.resolve(import.meta.dirname, "../../prompts");

export interface Prompt {
  task: string;
  version: string;
  text: string;
}

export function loadPrompt(task: string): Prompt {
  const raw = readFileSync(path.join(promptsDir, task, "system.md"), "utf8");
  const [first, ...rest] = raw.split("\n");
  const version = /^version:\s*(\S+)/.exec(first ?? "")?.[1];
  if (!version) throw new Error(`prompts/${task}/system.md must start with "version: N"`);
  return { task, version, text: rest.join("\n").trim() };
}
