// A coordinator records a consent the young person gave them outside the bot: face to face, on the
// phone, or in the chat while a person had taken over. Until now only the bot could record one, so a
// yes given to a person was lost and Tillit went on treating them as not consenting (no answers kept,
// message texts erased after the promised days). The row is like any other consent (the latest of a
// kind decides); its method says a person recorded it and how it was given, and the audit entry,
// written in the same transaction, says who, with the row's id.
import { z } from "zod";
import type { Db } from "../db/client.js";
import type { Sql } from "../db/sql.js";
import { insertAudit } from "../db/audit.js";
import { insertConsent } from "../db/consents.js";
import { lockParticipantBy, participantStatus } from "../db/participants.js";
import type { EventBus } from "../infrastructure/events.js";
import { DomainError } from "../domain/domain-error.js";
import { CONSENT_TEXT_VERSION } from "../privacy/consent-text.js";
import { authoriseConversation } from "./access.js";
import { auditStaff } from "./audit.js";
import type { StaffActor } from "./staff-actor.js";

export interface RecordConsentDeps {
  db: Db;
  sql: Sql;
  events: EventBus;
  now: () => Date;
}

/** How the young person gave their answer to the coordinator; stored as "staff:<how>". */
export const staffConsentMethods = ["in-person", "phone", "chat"] as const;

// Only consent to data processing: consent to messages is STOPP and START, which only the young person
// can give (an opt-out is refused below), and the language model's has its own question in the chat.
// textRead must be true: the yes has to be informed, so the coordinator confirms they read the text
// of this version (the one the page showed) to the young person; a no is recorded the same way.
export const recordConsentBody = z.object({
  kind: z.literal("data-processing"),
  granted: z.boolean(),
  method: z.enum(staffConsentMethods),
  textRead: z.literal(true),
  textVersion: z.string().max(40),
}).strict();

export class RecordConsentError extends DomainError {
  constructor(readonly reason: "opted-out" | "consent-text-changed") {
    super("conflict", reason);
  }
}

const ACTION = "participant.consent-recorded";

export async function recordConsentByStaff(deps: RecordConsentDeps, actor: StaffActor, conversationId: number, body: unknown): Promise<{ consentId: number }> {
  const input = recordConsentBody.parse(body);
  // The grant is audited with the change itself, below; a denial here.
  const c = await authoriseConversation(deps, actor, conversationId, ACTION, { grantAudited: false });
  const subject = { subjectType: "participant" as const, subjectId: c.participantId, teamId: c.participant.teamId };
  const refuse = async (reason: RecordConsentError["reason"]) => {
    await auditStaff(deps.db, deps.now(), actor, { action: `${ACTION}.refused`, ...subject, details: { reason } });
    return new RecordConsentError(reason);
  };
  // The page showed an older text than the one in force: what was read aloud is not what would be stored.
  if (input.textVersion !== CONSENT_TEXT_VERSION) throw await refuse("consent-text-changed");
  const now = deps.now();
  const method = `staff:${input.method}`;
  const consentId = await deps.sql.transaction(async (tx) => {
    // Read under the participant's row lock, so a STOPP arriving meanwhile is seen (PostgreSQL).
    await lockParticipantBy(tx, "id", c.participantId);
    if ((await participantStatus(tx, c.participantId)) === "opted-out") return undefined;
    const id = await insertConsent(tx, { participantId: c.participantId, kind: input.kind, granted: input.granted, method, textVersion: CONSENT_TEXT_VERSION, now });
    await insertAudit(tx, { at: now, actorKind: "staff", actorId: actor.id, action: ACTION, ...subject, details: { consentId: id, kind: input.kind, granted: input.granted, method, conversationId } });
    return id;
  });
  // Someone who wrote STOPP gets no consent recorded on their behalf: they restart with START themselves.
  if (consentId === undefined) throw await refuse("opted-out");
  deps.events.emit("conversation.updated", { conversationId: c.id, participantId: c.participantId });
  return { consentId };
}
