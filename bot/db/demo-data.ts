// The zero-config demo's rows (what the demo holds is bot/staff/demo-data.ts): every row it writes is
// marked isDemo, through the participant, so the inbox marks it and nothing mistakes it for a real person.
import type { Db } from "./client.js";

/** The demo is made only on a database that has neither staff nor teams. */
export async function hasStaffOrTeams(db: Db): Promise<boolean> {
  return (await db.staffUser.count()) > 0 || (await db.team.count()) > 0;
}

export interface DemoPerson {
  phone: string;
  name: string;
  teamId: number;
  coordinatorId: number;
  /** When the demo history begins: onboarded, consent given in chat, conversation opened. */
  since: Date;
  preferredTimes: string[];
  checkIns: { mood: number; at: Date }[];
}

export interface DemoConversation {
  status: string;
  handoffReason: string | null;
  waitingSince: Date | null;
  assigneeId: number | null;
  takenOverAt: Date | null;
  lastStaffReplyAt: Date | null;
  lastInboundAt: Date | null;
  lastMessageAt: Date;
}

export interface DemoMessage {
  author: "participant" | "bot" | "coordinator";
  authorStaffId: number | null;
  body: string;
  at: Date;
}

/** A demo participant with their consent, check-ins, one conversation and its messages (all on SMS). */
export async function insertDemoPerson(db: Db, person: DemoPerson, conversation: DemoConversation, messages: DemoMessage[]): Promise<void> {
  const first = person.since;
  const participant = await db.participant.create({
    data: {
      phone: person.phone, preferredName: person.name, status: "active", isDemo: true, teamId: person.teamId, coordinatorId: person.coordinatorId,
      onboardedAt: first, createdAt: first, preferredTimes: JSON.stringify(person.preferredTimes),
      consents: { create: [{ kind: "data-processing", granted: true, method: "chat", textVersion: "demo", createdAt: first }] },
      checkIns: { create: person.checkIns.map((k) => ({ mood: k.mood, createdAt: k.at })) },
    },
  });
  const made = await db.conversation.create({ data: { participantId: participant.id, ...conversation, createdAt: first } });
  await db.message.createMany({
    data: messages.map((m) => ({
      conversationId: made.id, participantId: participant.id, direction: m.author === "participant" ? "in" : "out", channel: "sms",
      authorKind: m.author, authorStaffId: m.authorStaffId, body: m.body,
      // Inbound lines count as already answered (processedAt), so start-up recovery leaves them alone.
      status: m.author === "participant" ? "processed" : "delivered", createdAt: m.at,
      processedAt: m.author === "participant" ? m.at : null,
      sentAt: m.author === "participant" ? null : m.at, deliveredAt: m.author === "participant" ? null : m.at,
    })),
  });
}
