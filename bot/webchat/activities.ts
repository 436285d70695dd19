// The conversation as Direct Line activities: every message of the participant — web and SMS, in
// and out — in order, with the message id as the watermark. Outgoing messages appear once the outbox
// has handed them to their channel (so nothing refused after an opt-out ever shows). The watermark never passes a
// message still on its way out, so it cannot be skipped when it is delivered a moment later.
import type { SqlExecutor } from "../db/sql.js";
import { webChatMessagesAfter, type WebChatMessageRow } from "../db/web-conversations.js";

export interface Activity {
  type: "message" | "typing";
  id?: string;
  timestamp?: string;
  channelId: "directline";
  conversation: { id: string };
  from: { id: string; name?: string; role: "user" | "bot" };
  text?: string;
  textFormat?: "plain";
  channelData?: Record<string, unknown>;
  suggestedActions?: { to: string[]; actions: { type: "imBack"; title: string; value: string }[] };
}

export const BOT_ID = "tillit";
export const PAGE_SIZE = 200;

/** The id Web Chat knows the participant by in this conversation (no personal data in it). */
export const userIdFor = (webConversationId: string) => `web-${webConversationId.slice(0, 10)}`;

export const activityId = (webConversationId: string, messageId: number) => `${webConversationId}|${String(messageId).padStart(10, "0")}`;

/** A message still on its way out holds the watermark back, but not for ever (an SMS in retries). */
const IN_FLIGHT_WAIT_MS = 2 * 60_000;

export async function activitiesAfter(sql: SqlExecutor, webConversationId: string, participantId: number, watermark: number, now = new Date()): Promise<{ activities: Activity[]; watermark: number; more: boolean }> {
  const all = await webChatMessagesAfter(sql, participantId, watermark, PAGE_SIZE);
  const rows: WebChatMessageRow[] = [];
  let mark = watermark;
  let held = false;
  for (const m of all) {
    const inFlight = m.direction === "out" && (m.outbox === "pending" || m.outbox === "sending");
    if (inFlight && now.getTime() - m.createdAt.getTime() < IN_FLIGHT_WAIT_MS) {
      held = true;
      break;
    }
    mark = m.id;
    // Handed to its channel (or failed there) shows; cancelled (refused after an opt-out) never does.
    if (m.direction === "in" || m.outbox === "sent" || m.outbox === "failed") rows.push(m);
  }
  const user = userIdFor(webConversationId);
  const activities = rows.map((m): Activity => {
    const inbound = m.direction === "in";
    const providerId = m.providerId;
    const clientActivityID = inbound && m.channel === "webchat" && providerId ? providerId.slice(providerId.indexOf("/") + 1) : undefined;
    const choices = m.choices ? (JSON.parse(m.choices) as string[]) : undefined;
    return {
      type: "message",
      id: activityId(webConversationId, m.id),
      timestamp: m.createdAt.toISOString(),
      channelId: "directline",
      conversation: { id: webConversationId },
      from: inbound ? { id: user, role: "user" } : speaker(m),
      text: inbound ? String(m.body) : webText(m),
      textFormat: "plain",
      channelData: inbound ? { clientActivityID, channel: m.channel } : { author: m.authorKind, channel: m.channel },
      suggestedActions: !inbound && choices?.length ? { to: [user], actions: choices.map((c) => ({ type: "imBack", title: c, value: c })) } : undefined,
    };
  });
  // A full page that was not held back means there may be more right behind it.
  return { activities, watermark: mark, more: !held && all.length === PAGE_SIZE };
}

/**
 * Who wrote an outgoing message: a coordinator is a person with their own id and first name (the page
 * shows "Maja (personal)" and her initial), everything else is Tillit. Web Chat only knows the roles
 * "user" and "bot", so a person is a "bot" there; the page's copy says otherwise to the eye and the ear.
 */
function speaker(m: WebChatMessageRow): Activity["from"] {
  if (m.authorKind === "coordinator" && m.authorStaffId != null) return { id: `staff-${m.authorStaffId}`, name: m.firstName ?? "", role: "bot" };
  return { id: BOT_ID, name: "Tillit", role: "bot" };
}

/** The chat shows the coordinator's name beside the words, so the SMS signature ("\n/Maja") is left off. */
function webText(m: WebChatMessageRow): string {
  const body = String(m.body);
  const signature = m.authorKind === "coordinator" && m.firstName ? `\n/${m.firstName}` : undefined;
  return signature && body.endsWith(signature) ? body.slice(0, -signature.length) : body;
}

/**
 * The chat speaks first, so a shy visitor need not: a greeting with a few things to tap. Shown to a
 * visitor who has not written yet; not stored (nothing is, until they write).
 */
export function greetingActivity(webConversationId: string, greeting: { text: string; choices: string[] }, now: Date): Activity {
  const user = userIdFor(webConversationId);
  return {
    type: "message",
    id: `${webConversationId}|greeting`,
    timestamp: now.toISOString(),
    channelId: "directline",
    conversation: { id: webConversationId },
    from: { id: BOT_ID, name: "Tillit", role: "bot" },
    text: greeting.text,
    textFormat: "plain",
    channelData: { author: "bot", channel: "webchat" },
    suggestedActions: { to: [user], actions: greeting.choices.map((c) => ({ type: "imBack", title: c, value: c })) },
  };
}

export function typingActivity(webConversationId: string): Activity {
  return { type: "typing", channelId: "directline", conversation: { id: webConversationId }, from: { id: BOT_ID, name: "Tillit", role: "bot" } };
}
