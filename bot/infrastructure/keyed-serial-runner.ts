// Runs tasks one at a time per key (a conversation), different keys in parallel. A key has at most
// one task running and one waiting; scheduling again while one waits is a no-op, because every task
// drains all the work stored for its key.
export class KeyedSerialRunner<K> {
  private readonly running = new Map<K, Promise<void>>();
  private readonly waiting = new Set<K>();

  constructor(private readonly onError: (key: K, err: unknown) => void) {}

  /** `coalesce: false` for a task that does more than drain the key's stored work. */
  schedule(key: K, task: () => Promise<void>, opts: { coalesce?: boolean } = {}): Promise<void> {
    const coalesce = opts.coalesce ?? true;
    if (coalesce && this.waiting.has(key)) return this.running.get(key) ?? Promise.resolve();
    const previous = this.running.get(key) ?? Promise.resolve();
    if (coalesce) this.waiting.add(key);
    const next = previous.then(async () => {
      if (coalesce) this.waiting.delete(key);
      try {
        await task();
      } catch (err) {
        this.onError(key, err);
      }
    });
    this.running.set(key, next);
    void next.then(() => {
      if (this.running.get(key) === next) this.running.delete(key);
    });
    return next;
  }

  /** Resolves when nothing is running or waiting. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }
}
