// The turn runner: one task at a time per conversation, conversations side by side, at most
// `maxRunning` at once (so on PostgreSQL turns never take every pooled connection), and a burst
// waits in order instead of being dropped.
import { describe, expect, it } from "vitest";
import { KeyedSerialRunner } from "../../bot/infrastructure/keyed-serial-runner.js";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe("KeyedSerialRunner", () => {
  it("runs at most maxRunning tasks at once across keys, and every task in the end", async () => {
    const runner = new KeyedSerialRunner<number>(() => undefined, 3);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const release = gate();
    for (let key = 0; key < 10; key++) {
      void runner.schedule(key, async () => {
        running++;
        most = Math.max(most, running);
        await release.opened;
        running--;
        done.push(key);
      });
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(3);
    release.open();
    await runner.idle();
    expect(most).toBe(3);
    // Waiting tasks start in the order they were scheduled.
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps one key's tasks in order, and work scheduled while a task waits for a place is drained by it", async () => {
    const runner = new KeyedSerialRunner<string>(() => undefined, 1);
    const release = gate();
    const log: string[] = [];
    void runner.schedule("a", async () => {
      log.push("a1");
      await release.opened;
    });
    let drains = 0;
    // Three schedules for "b" while "a" holds the only place: one drain does them all.
    for (let i = 0; i < 3; i++) void runner.schedule("b", async () => void drains++);
    void runner.schedule("a", async () => void log.push("a2"), { coalesce: false });
    release.open();
    await runner.idle();
    expect(drains).toBe(1);
    expect(log).toEqual(["a1", "a2"]);
  });

  it("a failing task frees its place and is reported", async () => {
    const errors: unknown[] = [];
    const runner = new KeyedSerialRunner<number>((_key, err) => errors.push(err), 1);
    void runner.schedule(1, async () => {
      throw new Error("database locked");
    });
    let ran = false;
    await runner.schedule(2, async () => void (ran = true));
    expect(ran).toBe(true);
    expect(errors).toHaveLength(1);
  });

  it("without a bound, every key runs at once (SQLite's group commit wants them together)", async () => {
    const runner = new KeyedSerialRunner<number>(() => undefined);
    const release = gate();
    let running = 0;
    for (let key = 0; key < 50; key++) void runner.schedule(key, async () => { running++; await release.opened; });
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(50);
    release.open();
    await runner.idle();
  });
});
