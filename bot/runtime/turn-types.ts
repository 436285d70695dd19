// The shapes crossing between the conversation core and the dialog runtime. Nothing here depends on
// botbuilder, so a move to another dialog SDK keeps these contracts.
import type { Channel, Language, ParticipantStatus } from "../domain/vocabulary.js";
import type { SqlExecutor } from "../db/sql.js";

export interface ParticipantView {
  id: number;
  preferredName: string | null;
  language: Language;
  status: ParticipantStatus;
  coordinatorFirstName: string | null;
}

export interface TurnInput {
  conversationId: number;
  participant: ParticipantView;
  text: string;
  channel: Channel;
  messageId: number;
  receivedAt: Date;
}

export interface BotReply {
  text: string;
  /** Choice labels; rendered as buttons on the web and numbered options over SMS. */
  choices?: string[];
}

/** Domain writes a dialog asks for; the core applies them in the turn's transaction. */
export type TurnEffect =
  | { kind: "set-preferred-name"; name: string }
  | { kind: "set-language"; language: Language }
  | { kind: "set-status"; status: ParticipantStatus };

export interface TurnOutcome {
  replies: BotReply[];
  effects: TurnEffect[];
  /** Persists the dialog state; called inside the transaction that also writes the outbox. */
  saveState(tx: SqlExecutor): Promise<void>;
}

export interface DialogRuntime {
  runTurn(input: TurnInput): Promise<TurnOutcome>;
}
