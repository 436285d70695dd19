// Canned replies (issue 19.5): each team's ready-made texts for coordinators, written by team leads.
// A coordinator picks one in a conversation and it lands in the reply box with the participant's
// first name filled in, to be read and changed before sending: a canned reply is never sent by itself.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { cannedRepliesOf, deleteCannedReply, insertCannedReply, updateCannedReply, type CannedReplyRow } from "../db/canned-replies.js";
import { DomainError } from "../domain/domain-error.js";
import { AccessDeniedError, authoriseConversation } from "./access.js";
import { auditStaff } from "./audit.js";
import { requireTeam } from "./team-settings.js";
import type { StaffActor } from "./staff-actor.js";

export interface CannedReplyDeps {
  db: Db;
  now: () => Date;
}

/** Where the participant's first name goes. */
export const FIRST_NAME_PLACEHOLDER = "{förnamn}";

const text = (max: number) => z.string().trim().min(1, "får inte vara tom").max(max, `högst ${max} tecken`);
const replyBody = z.object({ title: text(60), body: text(1000) }).strict();

class CannedReplyError extends DomainError {
  constructor() {
    super("forbidden", "not-allowed", { detail: "Bara teamledare och administratörer ändrar teamets färdiga svar." });
  }
}

const view = (r: CannedReplyRow) => ({ id: r.id, title: r.title, body: r.body, updatedAt: r.updatedAt.toISOString() });

/**
 * The text with the first name in place. Without a known name the placeholder goes with the space
 * before it ("Hej {förnamn}!" becomes "Hej!") or the comma after it at the start, so no reply ever
 * shows the braces to a young person.
 */
export function fillFirstName(body: string, firstName: string | null): string {
  const name = firstName?.trim().split(/\s+/)[0];
  if (name) return body.replaceAll(FIRST_NAME_PLACEHOLDER, name);
  // "{förnamn}, hur går det?" without a name reads "Hur går det?".
  const without = body.replace(/\s*\{förnamn\}/gu, "");
  const rest = without.replace(/^[\s,.!]+/u, "");
  return rest === without ? without : rest.charAt(0).toLocaleUpperCase("sv") + rest.slice(1);
}

/** Everyone on the team reads the list (to use it); team leads and admins manage it. */
export async function teamCannedReplies(deps: CannedReplyDeps, actor: StaffActor, teamId: number) {
  await requireTeam(deps, actor, teamId);
  return { placeholder: FIRST_NAME_PLACEHOLDER, replies: (await cannedRepliesOf(deps.db, teamId)).map(view) };
}

async function requireTeamLead(deps: CannedReplyDeps, actor: StaffActor, teamId: number): Promise<void> {
  await requireTeam(deps, actor, teamId);
  if (actor.role === "coordinator") throw new CannedReplyError();
}

export async function createCannedReply(deps: CannedReplyDeps, actor: StaffActor, teamId: number, body: unknown) {
  const input = replyBody.parse(body);
  await requireTeamLead(deps, actor, teamId);
  const row = await insertCannedReply(deps.db, { teamId, ...input, createdById: actor.id, now: deps.now() });
  await auditStaff(deps.db, deps.now(), actor, { action: "team.canned-reply-created", subjectType: "team", subjectId: teamId, teamId, details: { replyId: row.id } });
  return view(row);
}

export async function changeCannedReply(deps: CannedReplyDeps, actor: StaffActor, teamId: number, replyId: number, body: unknown) {
  const input = replyBody.parse(body);
  await requireTeamLead(deps, actor, teamId);
  const row = await updateCannedReply(deps.db, { id: replyId, teamId, ...input, now: deps.now() });
  if (!row) throw new AccessDeniedError(`No canned reply ${replyId} on team ${teamId}`);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.canned-reply-changed", subjectType: "team", subjectId: teamId, teamId, details: { replyId } });
  return view(row);
}

export async function removeCannedReply(deps: CannedReplyDeps, actor: StaffActor, teamId: number, replyId: number) {
  await requireTeamLead(deps, actor, teamId);
  if (!(await deleteCannedReply(deps.db, replyId, teamId))) throw new AccessDeniedError(`No canned reply ${replyId} on team ${teamId}`);
  await auditStaff(deps.db, deps.now(), actor, { action: "team.canned-reply-removed", subjectType: "team", subjectId: teamId, teamId, details: { replyId } });
  return { removed: replyId };
}

/** The participant's team's replies, with their first name filled in, for the reply box. */
export async function cannedRepliesFor(deps: CannedReplyDeps, actor: StaffActor, conversationId: number) {
  const { participant } = await authoriseConversation(deps, actor, conversationId, "conversation.canned-replies-read");
  const rows = participant.teamId === null ? [] : await cannedRepliesOf(deps.db, participant.teamId);
  return { replies: rows.map((r) => ({ id: r.id, title: r.title, text: fillFirstName(r.body, participant.preferredName) })) };
}
