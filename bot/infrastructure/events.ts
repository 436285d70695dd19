// One event vocabulary for everything that listens: the simulator page, the outbox sender's wake-up,
// the staff inbox and Slack.
import { EventEmitter } from "node:events";
import type { ConversationStatus, DeliveryStatus } from "../domain/vocabulary.js";

export interface TillitEvents {
  "message.stored": { messageId: number; conversationId: number; participantId: number; direction: "in" | "out" };
  "message.status-changed": { messageId: number; conversationId: number; participantId: number; status: DeliveryStatus };
  "outbox.enqueued": { count: number };
  /** staffId: the coordinator who changed it, when one did. */
  "conversation.status-changed": { conversationId: number; participantId: number; status: ConversationStatus; staffId?: number; withdrawn?: boolean };
  /** Assignment or notes changed: the inbox refreshes its row. */
  "conversation.updated": { conversationId: number; participantId: number };
  /** A taken-over conversation has had no messages for the configured time: its coordinator is reminded. */
  "conversation.idle": { conversationId: number; participantId: number; assigneeId: number | null };
  "participant.opted-out": { participantId: number };
  "conversation.crisis-flagged": { conversationId: number; participantId: number; categories: string[] };
  /** A concern flag was raised (not sent again while the conversation still carries one). */
  "conversation.concern-flagged": { conversationId: number; participantId: number; reasons: string[] };
  "participant.opted-in": { participantId: number };
  /** On-call alerts were queued (bot/on-call/): their sender wakes up. */
  "oncall.enqueued": { count: number };
  /** Everything about a participant was erased (ids only): Slack deletes its copies, open pages close. */
  "participant.erased": { participantId: number; conversationIds: number[] };
  /** A participant's message is being answered: the web chat shows "typing". */
  "turn.started": { conversationId: number; participantId: number };
  /** A staff member has a conversation open (and whether they are typing a reply), until a time (ms). */
  "staff.presence": { conversationId: number; participantId: number; staffId: number; name: string; typing: boolean; until: number };
}

/** Events other instances' live views need (PostgreSQL relays them: events-across-instances.ts). */
export const SHARED_EVENTS = [
  "message.stored", "message.status-changed", "conversation.status-changed", "conversation.updated", "conversation.idle",
  "conversation.crisis-flagged", "conversation.concern-flagged", "participant.opted-out", "participant.opted-in", "turn.started", "staff.presence",
] as const satisfies readonly (keyof TillitEvents)[];
export type SharedEvent = (typeof SHARED_EVENTS)[number];

/**
 * In-process events. `on` hears this instance's own events only: work that must happen once (a Slack
 * post, waking this instance's sender, a summary). `onShared` also hears what other instances relay,
 * for live views (the staff inbox's stream, web chat streams, the simulator), which re-read the
 * database anyway.
 */
/** An event decided inside a transaction, emitted only once that transaction has committed. */
export type PendingEvent = { [K in keyof TillitEvents]: { name: K; payload: TillitEvents[K] } }[keyof TillitEvents];

export function pendingEvent<K extends keyof TillitEvents>(name: K, payload: TillitEvents[K]): PendingEvent {
  return { name, payload } as PendingEvent;
}

export class EventBus {
  private readonly emitter = new EventEmitter();
  private readonly remote = new EventEmitter();
  private relay?: (name: SharedEvent, payload: TillitEvents[SharedEvent]) => void;
  constructor() {
    this.emitter.setMaxListeners(0);
    this.remote.setMaxListeners(0);
  }
  emit<K extends keyof TillitEvents>(name: K, payload: TillitEvents[K]): void {
    this.emitter.emit(name, payload);
    if (this.relay && (SHARED_EVENTS as readonly string[]).includes(name)) this.relay(name as SharedEvent, payload as TillitEvents[SharedEvent]);
  }
  /** Emits what a committed transaction decided, in order. */
  emitAll(events: readonly PendingEvent[]): void {
    for (const e of events) this.emit(e.name, e.payload as never);
  }
  on<K extends keyof TillitEvents>(name: K, listener: (payload: TillitEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
  /** This instance's events and those other instances relayed. */
  onShared<K extends SharedEvent>(name: K, listener: (payload: TillitEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    this.remote.on(name, listener);
    return () => {
      this.emitter.off(name, listener);
      this.remote.off(name, listener);
    };
  }
  /** Sends this instance's shared events to `publish` as well (set once, by the relay). */
  relayTo(publish: ((name: SharedEvent, payload: TillitEvents[SharedEvent]) => void) | undefined): void {
    this.relay = publish;
  }
  /** An event another instance relayed: heard by `onShared` listeners only. */
  emitFromAnotherInstance<K extends SharedEvent>(name: K, payload: TillitEvents[K]): void {
    this.remote.emit(name, payload);
  }
}
