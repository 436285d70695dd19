// A turn answered without the dialogs still raises the screen's concern flag (the transition itself is
// conversations/transitions.ts: below crisis, above everything else, until a coordinator hands it back).
import { flagConcern } from "../conversations/transitions.js";
import type { BotReply } from "../runtime/turn-types.js";
import type { OutboxPurpose } from "../domain/vocabulary.js";
import { commit, type MessageContext } from "./message-turn.js";

/**
 * A turn that answers without the dialogs (an opted-out participant, a conversation a human has or
 * awaits): the concern flag, if the screen found one, is written with it, and the team told.
 */
export async function commitWithConcern(ctx: MessageContext, replies: BotReply[] = [], purpose?: OutboxPurpose): Promise<void> {
  const { deps, message } = ctx;
  const reasons = ctx.concern;
  await commit(ctx, replies, purpose, async (tx) =>
    reasons ? flagConcern(tx, { conversationId: message.conversationId, participantId: message.participant.id, reasons, source: "rules", messageId: message.id, now: deps.now() }) : [],
  );
}
