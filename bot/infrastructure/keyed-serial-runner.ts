// Runs tasks one at a time per key (a conversation), different keys in parallel, at most `maxRunning`
// at once. A key has at most one task running and one waiting; scheduling again while one waits is a
// no-op, because every task drains all the work stored for its key.
//
// Why the bound: on PostgreSQL every running turn holds a pooled connection through its transaction.
// Unbounded, a burst of messages started a turn for each, and the webhooks' stores and the outbox's
// sends queued behind them for connections: replies stopped going out while turns piled up (the
// benchmark's throughput fell as the offered rate rose). Bounded, the backlog waits here, in order.
export class KeyedSerialRunner<K> {
  private readonly running = new Map<K, Promise<void>>();
  private readonly waiting = new Set<K>();
  private active = 0;
  private readonly queued: (() => void)[] = [];

  constructor(
    private readonly onError: (key: K, err: unknown) => void,
    private readonly maxRunning = Number.POSITIVE_INFINITY,
  ) {}

  private async acquire(): Promise<void> {
    if (this.active < this.maxRunning) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.queued.push(resolve));
  }

  /** Hands the place to the next queued task, or frees it. */
  private release(): void {
    const next = this.queued.shift();
    if (next) next();
    else this.active--;
  }

  /** `coalesce: false` for a task that does more than drain the key's stored work. */
  schedule(key: K, task: () => Promise<void>, opts: { coalesce?: boolean } = {}): Promise<void> {
    const coalesce = opts.coalesce ?? true;
    if (coalesce && this.waiting.has(key)) return this.running.get(key) ?? Promise.resolve();
    const previous = this.running.get(key) ?? Promise.resolve();
    if (coalesce) this.waiting.add(key);
    const next = previous.then(async () => {
      await this.acquire();
      // Taken off `waiting` only when it starts: work stored meanwhile is drained by this task.
      if (coalesce) this.waiting.delete(key);
      try {
        await task();
      } catch (err) {
        this.onError(key, err);
      } finally {
        this.release();
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
