// Coordinators and the web chat: a personal invitation link for a participant, and confirming the
// phone number a web visitor left, which joins their web chat with that number's SMS history.
import type { Sql } from "../db/sql.js";
import type { Db } from "../db/client.js";
import type { EventBus } from "../infrastructure/events.js";
import type { TokenSigner } from "../webchat/tokens.js";
import { createInvite } from "../webchat/web-sessions.js";
import { confirmPhoneLink } from "../webchat/phone-link.js";
import { authoriseConversation } from "./access.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";

export interface WebLinkDeps {
  db: Db;
  sql: Sql;
  events: EventBus;
  now: () => Date;
  signer: () => TokenSigner;
  publicUrl: string;
}

export async function inviteToWebChat(deps: WebLinkDeps, actor: StaffActor, conversationId: number): Promise<{ url: string; expiresAt: string }> {
  const c = await authoriseConversation(deps, actor, conversationId, "web-invite.created");
  const { token, expiresAt } = await createInvite(deps.sql, deps.signer(), c.participantId, actor.id, deps.now());
  const lang = c.participant.language === "en" ? "&lang=en" : "";
  return { url: `${deps.publicUrl}/chat?invite=${encodeURIComponent(token)}${lang}`, expiresAt: expiresAt.toISOString() };
}

export async function confirmWebPhone(deps: WebLinkDeps, actor: StaffActor, conversationId: number): Promise<{ conversationId: number; merged: boolean }> {
  const c = await authoriseConversation(deps, actor, conversationId, "phone-link.confirmed");
  const joined = await confirmPhoneLink(deps.sql, c.participantId, { id: actor.id, mayJoin: (teamId) => canSeeTeam(actor, teamId) }, deps.now());
  deps.events.emitAll(joined.events);
  return { conversationId: joined.conversationId, merged: joined.merged };
}
