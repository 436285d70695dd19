// Learning from staff (issue 12.4): a coordinator marks a participant's message as a missed signal
// (crisis or concern the screen did not flag) or a false alarm. Labels are kept with the message's
// text redacted (identity numbers, phone numbers, e-mail addresses and the participant's name
// replaced) as the team's own labelled set; an admin exports it as JSONL in the corpus format, ready
// for `npm run classify -- --evaluate`. Every read and change is audited.
//
// A youth worker who marks a missed crisis means more than a training example: the conversation rises as the
// screen's flag would have raised it (a crisis to the top, the bot paused; a concern below it), audited as that
// staff member's act (bot/conversations/transitions.ts raiseByStaff). Nothing is sent to the young person: the
// coordinator is there and writes themself (the page says so). A false alarm lowers nothing by itself; the page
// offers the one act that does, handing back to the bot. Taking a label away lowers nothing either.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { flagsOnMessages } from "../db/audit.js";
import { priorityOf, conversationStatus } from "../db/conversations.js";
import type { Sql } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import { raiseByStaff } from "../conversations/transitions.js";
import { inboundMessageIn } from "../db/message-history.js";
import { deleteSafetyLabel, labelsOfConversation, labelsOfTeam, upsertSafetyLabel } from "../db/safety-labels.js";
import { staffFirstNames } from "../db/staff-users.js";
import { redactPersonalData } from "../language-model/redact.js";
import { screenWithModel } from "../safety/screen-with-model.js";
import { authoriseConversation, AccessDeniedError, type AccessDeps } from "./access.js";
import { auditStaff } from "./audit.js";
import type { StaffActor } from "./staff-actor.js";

export const safetyLabels = ["missed-crisis", "missed-concern", "false-alarm"] as const;
export type SafetyLabelKind = (typeof safetyLabels)[number];

export const labelInput = z.object({ label: z.enum(safetyLabels).nullable() });

/** The text as it may be kept: personal data and the participant's own name replaced. */
export function redactForLabel(text: string, name: string | null): string {
  let out = redactPersonalData(text);
  for (const part of (name ?? "").split(/\s+/).filter((p) => p.length >= 2)) {
    out = out.replace(new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "giu"), "[namn]");
  }
  return out;
}

export interface LabelDeps extends AccessDeps {
  sql: Sql;
  events: EventBus;
}

/** What a missed signal raises the conversation to. */
const raises: Partial<Record<SafetyLabelKind, "crisis" | "concern">> = { "missed-crisis": "crisis", "missed-concern": "concern" };

/**
 * The label kept (or taken away), a missed signal raised, and where the conversation stands after it, for the
 * page to say in words what happened: `raised` is the level it rose to, null when it did not (already as high,
 * closed, or not a missed signal).
 */
export async function setSafetyLabel(deps: LabelDeps, actor: StaffActor, conversationId: number, messageId: number, body: unknown) {
  const { label } = labelInput.parse(body);
  const c = await authoriseConversation(deps, actor, conversationId, "conversation.safety-labelled");
  const message = await inboundMessageIn(deps.db, messageId, conversationId);
  if (!message) throw new AccessDeniedError(`No participant message ${messageId} in conversation ${conversationId}`);
  const now = deps.now();
  if (label === null) {
    await deleteSafetyLabel(deps.db, messageId);
  } else {
    const data = {
      label,
      redactedText: redactForLabel(message.body, c.participant.preferredName),
      screenLevel: screenWithModel(message.body).level,
      language: c.participant.language,
      staffId: actor.id,
      teamId: c.participant.teamId,
    };
    await upsertSafetyLabel(deps.db, { conversationId, messageId, data, now });
  }
  await auditStaff(deps.db, now, actor, { action: "safety-label.set", subjectType: "conversation", subjectId: conversationId, teamId: c.participant.teamId, details: { messageId, label } });
  const level = label ? raises[label] : undefined;
  let raised: "crisis" | "concern" | null = null;
  if (level) {
    const change = { conversationId, participantId: c.participantId, staffId: actor.id, teamId: c.participant.teamId, now, level, messageId };
    const outcome = await deps.sql.transaction((tx) => raiseByStaff(tx, change));
    deps.events.emitAll(outcome.events);
    if (outcome.raised) raised = level;
  }
  const [flag, status] = await Promise.all([priorityOf(deps.sql, conversationId), conversationStatus(deps.sql, conversationId)]);
  return { messageId, label, raised, conversation: { priority: flag?.priority ?? "normal", status: status ?? "closed" } };
}

/** The labels on one conversation's messages, and which messages raised a flag (the screen's or a coordinator's), for the inbox page. */
export async function conversationLabels(deps: AccessDeps, actor: StaffActor, conversationId: number) {
  await authoriseConversation(deps, actor, conversationId, "conversation.safety-labels-viewed");
  const [labels, flags] = await Promise.all([labelsOfConversation(deps.db, conversationId), flagsOnMessages(deps.db, conversationId)]);
  // A flag someone in the team raised names them, as the timeline does ("Kris (markerad av Maja)").
  const names = await staffFirstNames(deps.db, [...new Set(flags.flatMap((f) => (f.staffId === undefined ? [] : [f.staffId])))]);
  return { labels, flags: flags.map(({ staffId, ...f }) => ({ ...f, ...(staffId !== undefined && names.has(staffId) ? { staffName: names.get(staffId) } : {}) })) };
}

/** The labelled set as JSONL lines in the corpus format (admins only; audited with the count). */
export async function exportSafetyLabels(db: Db, actor: StaffActor, now: Date, teamId?: number): Promise<string> {
  const rows = await labelsOfTeam(db, teamId);
  await auditStaff(db, now, actor, { action: "safety-labels.exported", subjectType: "team", subjectId: teamId ?? "all", teamId: teamId ?? null, details: { lines: rows.length } });
  return rows
    .map((r) =>
      JSON.stringify({
        text: r.redactedText,
        crisis: r.label === "missed-crisis",
        concern: r.label === "missed-concern",
        category: null,
        lang: r.language === "en" ? "en" : "sv",
        label: r.label,
        screen: r.screenLevel,
        teamId: r.teamId,
        at: r.updatedAt.toISOString(),
      }),
    )
    .map((l) => `${l}\n`)
    .join("");
}
