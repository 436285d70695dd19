// Team-bound access to one conversation, audited whether it is granted or denied.
import type { Db } from "../db/client.js";
import { conversationWithParticipant } from "../db/conversations.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

/** An unknown id and another team's record look the same from outside: both are "not found". */
export class AccessDeniedError extends DomainError {
  constructor(message: string) {
    super("not-found", "not_found", { message });
  }
}

export interface AccessDeps {
  db: Db;
  now: () => Date;
}

/**
 * The conversation with its participant, if this staff member may see it. An unknown id and another
 * team's conversation look the same from outside (both "no access"), so ids cannot be probed.
 * `grantAudited: false`: the caller's transition writes the granted action's audit entry with the
 * change itself (conversations/transitions.ts); a denial is audited here either way.
 */
export async function authoriseConversation(deps: AccessDeps, actor: StaffActor, conversationId: number, action: string, options: { grantAudited?: boolean } = {}) {
  const conversation = await conversationWithParticipant(deps.db, conversationId);
  const teamId = conversation?.participant.teamId ?? null;
  const allowed = Boolean(conversation) && canSeeTeam(actor, teamId);
  if (!allowed || options.grantAudited !== false) {
    await auditStaff(deps.db, deps.now(), actor, { action: allowed ? action : `${action}.denied`, subjectType: "conversation", subjectId: conversationId, teamId });
  }
  if (!conversation || !allowed) throw new AccessDeniedError(`No access to conversation ${conversationId}`);
  return conversation;
}
