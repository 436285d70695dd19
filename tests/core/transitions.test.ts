// Issue 16.1: an opt-out is the same change whoever tells Tillit of it — the participant (STOPP or a
// dialog's choice), the provider (Twilio 21610) or a coordinator: one consent row, one audit entry,
// one event, and nothing queued goes out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { optOut, type OptOutSource } from "../../bot/conversations/transitions.js";
import { enqueueOutbound } from "../../bot/outbox/enqueue-outbound.js";

let h: Harness;
let staffId: number;
beforeAll(async () => {
  h = await startHarness();
  staffId = (await h.tillit.db.staffUser.create({ data: { email: "tove@kommun.se", firstName: "Tove", displayName: "Tove", role: "coordinator" } })).id;
  await h.tillit.outbox.stop(); // keep what is queued pending, so the opt-out has something to cancel
});
afterAll(async () => h.stop());

let n = 790000000;
const now = new Date("2026-11-30T10:00:00Z");

async function participantWithQueuedMessage() {
  const p = await h.tillit.db.participant.create({ data: { phone: `+46${n++}`, status: "active", conversations: { create: {} } }, include: { conversations: true } });
  const conversationId = p.conversations[0]!.id;
  const queued = await h.tillit.sql.transaction((tx) =>
    enqueueOutbound(tx, { conversationId, participantId: p.id, channel: "sms", body: "Hej", authorKind: "bot", purpose: "nudge", now }),
  );
  if (!queued.queued) throw new Error("not queued");
  return { participantId: p.id, messageId: queued.messageId };
}

describe("opt-out from every source", () => {
  it.each<[string, OptOutSource, string, string]>([
    ["the participant", { kind: "participant" }, "keyword", "participant"],
    ["the provider", { kind: "provider", code: "21610" }, "provider", "system"],
    ["a coordinator", { kind: "staff", staffId: 0 }, "staff", "staff"],
  ])("told by %s records the consent row, the audit entry and the event, and cancels what was queued", async (_who, given, method, actorKind) => {
    const source = given.kind === "staff" ? { kind: "staff" as const, staffId } : given;
    const { participantId, messageId } = await participantWithQueuedMessage();
    const heard: number[] = [];
    const stop = h.tillit.events.on("participant.opted-out", (e) => heard.push(e.participantId));
    try {
      const events = await h.tillit.sql.transaction((tx) => optOut(tx, { participantId, source, now }));
      expect(heard).toEqual([]); // nothing is announced before the caller's commit
      h.tillit.events.emitAll(events);
    } finally {
      stop();
    }
    expect(heard).toEqual([participantId]);
    const db = h.tillit.db;
    expect(await db.participant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject({ status: "opted-out", optedOutAt: now });
    expect(await db.consent.findMany({ where: { participantId } })).toEqual([expect.objectContaining({ kind: "messages", granted: false, method })]);
    const audits = await db.auditLog.findMany({ where: { action: "participant.opted-out", subjectId: String(participantId) } });
    expect(audits).toEqual([expect.objectContaining({ actorKind, subjectType: "participant" })]);
    const message = await db.message.findUniqueOrThrow({ where: { id: messageId }, include: { outbox: true } });
    expect([message.status, message.errorCode, message.outbox?.status]).toEqual(["refused", "opted-out", "cancelled"]);
  });

  it("a provider's or coordinator's repeated opt-out records nothing more; the participant's own STOPP is their word each time", async () => {
    const { participantId } = await participantWithQueuedMessage();
    const once = (source: OptOutSource) => h.tillit.sql.transaction((tx) => optOut(tx, { participantId, source, now }));
    expect(await once({ kind: "provider", code: "21610" })).toHaveLength(1);
    expect(await once({ kind: "provider", code: "21610" })).toEqual([]);
    expect(await once({ kind: "staff", staffId })).toEqual([]);
    expect(await once({ kind: "participant" })).toHaveLength(1);
    expect((await h.tillit.db.consent.findMany({ where: { participantId } })).map((c) => c.method)).toEqual(["provider", "keyword"]);
  });
});
