// One event vocabulary for everything that listens: the simulator page, the outbox sender's wake-up,
// and later the staff inbox and Slack.
import { EventEmitter } from "node:events";
import type { ConversationStatus, DeliveryStatus } from "./domain/vocabulary.js";

export interface TillitEvents {
  "message.stored": { messageId: number; conversationId: number; participantId: number; direction: "in" | "out" };
  "message.status-changed": { messageId: number; conversationId: number; participantId: number; status: DeliveryStatus };
  "outbox.enqueued": { count: number };
  "conversation.status-changed": { conversationId: number; participantId: number; status: ConversationStatus };
  "participant.opted-out": { participantId: number };
  "conversation.crisis-flagged": { conversationId: number; participantId: number; categories: string[] };
  "participant.opted-in": { participantId: number };
}

export class EventBus {
  private readonly emitter = new EventEmitter();
  constructor() {
    this.emitter.setMaxListeners(0);
  }
  emit<K extends keyof TillitEvents>(name: K, payload: TillitEvents[K]): void {
    this.emitter.emit(name, payload);
  }
  on<K extends keyof TillitEvents>(name: K, listener: (payload: TillitEvents[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
