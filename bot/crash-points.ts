// Fault injection for the crash-safety tests: when TILLIT_CRASH_AT names a point, the process kills
// itself with SIGKILL there, exactly as a power cut would. Unset in every real deployment.
let armed: string | undefined;

export type CrashPoint = "after-inbound-stored" | "after-turn-committed" | "after-provider-send" | "after-nudges-claimed" | "after-nudge-sent";

export function armCrashPoint(name: string | undefined): void {
  armed = name;
}

export function crashPoint(name: CrashPoint): void {
  if (armed === name) process.kill(process.pid, "SIGKILL");
}
