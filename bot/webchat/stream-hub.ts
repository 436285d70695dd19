// Open Direct Line streams (WebSockets), each bound to one web conversation. When a participant's
// message is stored or one to them is delivered, every stream of that participant is sent what is
// new since its own watermark — from the database, so a reconnect or another device sees the same.
// A slow poll covers messages written by another app instance.
import type { WebSocket } from "ws";
import type { SqlExecutor } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Logger } from "../infrastructure/log.js";
import { errorSummary } from "../infrastructure/log.js";
import { activitiesAfter, typingActivity, type Activity } from "./activities.js";
import { webBinding } from "./web-sessions.js";

interface Stream {
  socket: WebSocket;
  webConversationId: string;
  participantId: number;
  watermark: number;
  flushing: boolean;
  again: boolean;
}

export interface StreamHubDeps {
  sql: SqlExecutor;
  events: EventBus;
  log: Logger;
  now: () => Date;
  /** How often each stream also looks for news on its own (other instances' writes). */
  pollMs?: number;
}

export class StreamHub {
  private readonly byParticipant = new Map<number, Set<Stream>>();
  /** Streams of anonymous visitors who have not written yet, by web conversation id. */
  private readonly pending = new Map<string, Set<WebSocket>>();
  private readonly offs: (() => void)[];
  private readonly poll: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly deps: StreamHubDeps) {
    const news = (e: { participantId: number }) => this.streamsOf(e.participantId).forEach((s) => this.flush(s));
    this.offs = [
      deps.events.onShared("message.stored", (e) => e.direction === "in" && news(e)),
      deps.events.onShared("message.status-changed", news),
      deps.events.onShared("turn.started", (e) => this.streamsOf(e.participantId).forEach((s) => this.send(s, { activities: [typingActivity(s.webConversationId)] }))),
    ];
    this.poll = setInterval(() => {
      this.all().forEach((s) => this.flush(s));
      // A visitor's first message may have been stored by another instance.
      for (const id of this.pending.keys()) {
        webBinding(deps.sql, id).then((b) => b && this.promote(id, b.participantId), () => undefined);
      }
    }, deps.pollMs ?? 10_000);
    this.poll.unref();
    // A socket that stops answering pings is dropped, so a vanished phone does not hold memory.
    this.heartbeat = setInterval(() => {
      for (const s of this.all()) {
        const alive = (s.socket as WebSocket & { tillitAlive?: boolean }).tillitAlive !== false;
        if (!alive) s.socket.terminate();
        else {
          (s.socket as WebSocket & { tillitAlive?: boolean }).tillitAlive = false;
          s.socket.ping();
        }
      }
    }, 30_000);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.all().length + [...this.pending.values()].reduce((n, set) => n + set.size, 0);
  }

  /** A visitor not stored yet: the stream gets the greeting now, and the conversation once they write (promote). */
  attachPending(socket: WebSocket, webConversationId: string, greeting: Activity): void {
    let set = this.pending.get(webConversationId);
    if (!set) this.pending.set(webConversationId, (set = new Set()));
    set.add(socket);
    socket.on("pong", () => ((socket as WebSocket & { tillitAlive?: boolean }).tillitAlive = true));
    socket.on("message", () => undefined);
    socket.on("close", () => {
      set!.delete(socket);
      if (set!.size === 0 && this.pending.get(webConversationId) === set) this.pending.delete(webConversationId);
    });
    socket.on("error", () => socket.terminate());
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ activities: [greeting], watermark: "0" }));
  }

  /** The visitor wrote and now is a participant: their open streams follow the conversation from its start. */
  promote(webConversationId: string, participantId: number): void {
    const sockets = this.pending.get(webConversationId);
    if (!sockets) return;
    this.pending.delete(webConversationId);
    for (const socket of sockets) {
      socket.removeAllListeners("close");
      this.attach(socket, webConversationId, participantId, 0);
    }
  }

  attach(socket: WebSocket, webConversationId: string, participantId: number, watermark: number): void {
    const stream: Stream = { socket, webConversationId, participantId, watermark, flushing: false, again: false };
    let set = this.byParticipant.get(participantId);
    if (!set) this.byParticipant.set(participantId, (set = new Set()));
    set.add(stream);
    socket.on("pong", () => ((socket as WebSocket & { tillitAlive?: boolean }).tillitAlive = true));
    // The client's own frames are keep-alive pings; activities are posted over HTTP.
    socket.on("message", () => undefined);
    socket.on("close", () => {
      set!.delete(stream);
      if (set!.size === 0) this.byParticipant.delete(participantId);
    });
    socket.on("error", () => socket.terminate());
    this.flush(stream);
  }

  close(): void {
    this.offs.forEach((off) => off());
    clearInterval(this.poll);
    clearInterval(this.heartbeat);
    for (const s of this.all()) s.socket.close(1001, "server shutting down");
    for (const set of this.pending.values()) for (const socket of set) socket.close(1001, "server shutting down");
  }

  private streamsOf(participantId: number): Set<Stream> {
    return this.byParticipant.get(participantId) ?? new Set();
  }

  private all(): Stream[] {
    return [...this.byParticipant.values()].flatMap((set) => [...set]);
  }

  /** One read at a time per stream; news during a read triggers one more. */
  private flush(s: Stream): void {
    if (s.flushing) return void (s.again = true);
    s.flushing = true;
    void (async () => {
      try {
        do {
          s.again = false;
          const page = await activitiesAfter(this.deps.sql, s.webConversationId, s.participantId, s.watermark, this.deps.now());
          if (page.watermark === s.watermark) continue;
          s.watermark = page.watermark;
          if (page.activities.length) this.send(s, { activities: page.activities, watermark: String(page.watermark) });
          if (page.more || !page.activities.length) s.again = true; // a long history, or only refused rows: read on
        } while (s.again && s.socket.readyState === s.socket.OPEN);
      } catch (err) {
        this.deps.log.warn({ err: errorSummary(err) }, "web chat stream read failed");
      } finally {
        s.flushing = false;
      }
    })();
  }

  private send(s: Stream, frame: unknown): void {
    if (s.socket.readyState === s.socket.OPEN) s.socket.send(JSON.stringify(frame));
  }
}
