// The background loop the outbox and on-call senders share: sweep until nothing is handled, then wait
// for the poll interval or a kick. A kick that arrives during a sweep is remembered, so work enqueued
// while a sweep runs is picked up at once rather than after the next poll.
import { errorSummary, type Logger } from "./log.js";

export class SweepLoop {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;

  constructor(
    private readonly sweep: () => Promise<number>,
    private readonly options: { pollMs: number; log: Logger; failure: string },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  /** Wakes the loop now instead of at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.sweep();
      } catch (err) {
        this.options.log.error({ err: errorSummary(err) }, this.options.failure);
      }
      if (handled === 0 && this.running && !this.kicked) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
      this.kicked = false;
    }
  }
}

/** A background sender on a SweepLoop (the outbox, on-call alerts): start, stop and kick written once. */
export abstract class SweepingSender {
  private readonly loop: SweepLoop;

  protected constructor(options: { pollMs: number; log: Logger; failure: string }) {
    this.loop = new SweepLoop(() => this.drainOnce(), options);
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Wakes the sender now instead of at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** One sweep: claims what is due and handles it; returns how many it handled. */
  abstract drainOnce(): Promise<number>;
}
