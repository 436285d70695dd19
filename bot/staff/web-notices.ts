// The web chat tells the young person, in one short line, when a person joins the conversation and
// when the bot is back. Only on the web: over SMS the coordinator's "/Förnamn" signature already says
// who writes, and an extra text message for each takeover would be noise. Queued through the outbox
// in the caller's transaction, so the line and the change it announces commit together.
import type { SqlExecutor } from "../db/sql.js";
import { isLanguage } from "../domain/vocabulary.js";
import { loadLocales, translate, type Locales } from "../infrastructure/i18n.js";
import { enqueueOutbound, replyChannel } from "../outbox/enqueue-outbound.js";

let fallbackLocales: Locales | undefined;

export interface WebNotice {
  conversationId: number;
  participantId: number;
  language: string;
  kind: "person-joined" | "bot-back";
  /** The coordinator's first name (person-joined). */
  firstName?: string;
  now: Date;
}

/** Queues the line when the participant talks on the web chat; the message id, or undefined when none was queued. */
export async function queueWebNotice(tx: SqlExecutor, locales: Locales | undefined, n: WebNotice): Promise<number | undefined> {
  if ((await replyChannel(tx, n.conversationId, n.participantId)) !== "webchat") return undefined;
  const copy = locales ?? (fallbackLocales ??= loadLocales());
  const key = n.kind === "person-joined" ? "webchat.personJoined" : "webchat.botBack";
  const body = translate(copy, isLanguage(n.language) ? n.language : "sv", key, { name: n.firstName ?? "" });
  const queued = await enqueueOutbound(tx, { conversationId: n.conversationId, participantId: n.participantId, channel: "webchat", body, authorKind: "system", purpose: "staff", now: n.now });
  return queued.queued ? queued.messageId : undefined;
}
