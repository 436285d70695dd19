// Fault injection for the crash-safety tests: when TILLIT_CRASH_AT names a point, the process kills
// itself with SIGKILL there, exactly as a power cut would ("name#3": the third time it gets there).
// Unset in every real deployment.
let armed: string | undefined;
let hitsLeft = 1;

export type CrashPoint =
  | "after-inbound-stored"
  | "after-turn-committed"
  | "before-provider-send"
  | "after-provider-send"
  | "after-nudges-claimed"
  | "after-nudge-sent"
  | "after-on-call-sent"
  | "erasure-in-transaction";

export function armCrashPoint(spec: string | undefined): void {
  const [name, nth] = (spec ?? "").split("#");
  armed = name || undefined;
  hitsLeft = Math.max(1, Number(nth ?? 1) || 1);
}

export function crashPoint(name: CrashPoint): void {
  if (armed === name && --hitsLeft === 0) process.kill(process.pid, "SIGKILL");
}
