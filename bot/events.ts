// One event vocabulary for everything that listens: the simulator page, the outbox sender's wake-up,
// the staff inbox and Slack.
import { EventEmitter } from "node:events";
import type { ConversationStatus, DeliveryStatus } from "./domain/vocabulary.js";

export interface TillitEvents {
  "message.stored": { messageId: number; conversationId: number; participantId: number; direction: "in" | "out" };
  "message.status-changed": { messageId: number; conversationId: number; participantId: number; status: DeliveryStatus };
  "outbox.enqueued": { count: number };
  /** staffId: the coordinator who changed it, when one did. */
  "conversation.status-changed": { conversationId: number; participantId: number; status: ConversationStatus; staffId?: number };
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
