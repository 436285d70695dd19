// The two-unanswered rule at its source: enqueueOutbound itself refuses a third automated message in
// a row, whoever asks (a reply, a nudge, a system message); the participant writing, or a few quiet
// days, start a new row; crisis help, staff replies and the opt-out confirmation are never held back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueOutbound, enqueueOutboundAll, MAX_UNANSWERED_BOT_MESSAGES, UNANSWERED_ROW_PAUSE_MS, type OutboundRequest } from "../../bot/outbox/enqueue-outbound.js";
import type { OutboxPurpose } from "../../bot/domain/vocabulary.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { storeInbound } from "../../bot/core/store-inbound.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  await h.tillit.outbox.stop(); // only the queue matters here
});
afterAll(async () => h.stop());

let n = 0;
async function conversation(): Promise<{ conversationId: number; participantId: number }> {
  const p = await h.tillit.db.participant.create({ data: { phone: `+4670999${String(n++).padStart(4, "0")}`, conversations: { create: {} } }, include: { conversations: true } });
  return { participantId: p.id, conversationId: p.conversations[0]!.id };
}

const enqueue = (c: { conversationId: number; participantId: number }, purpose: OutboxPurpose, at = h.clock.now()) =>
  h.tillit.sql.transaction((tx) => {
    const req: OutboundRequest = { ...c, channel: "sms", body: `${purpose} at ${at.toISOString()}`, authorKind: purpose === "staff" ? "coordinator" : "bot", purpose, now: at };
    return enqueueOutbound(tx, req);
  });

describe("enqueueOutbound and the two-unanswered rule", () => {
  it("the limit is two", () => expect(MAX_UNANSWERED_BOT_MESSAGES).toBe(2));

  it.each(["reply", "nudge", "system"] as const)("a third %s in a row is refused", async (purpose) => {
    const c = await conversation();
    expect((await enqueue(c, purpose)).queued).toBe(true);
    expect((await enqueue(c, purpose)).queued).toBe(true);
    expect(await enqueue(c, purpose)).toEqual({ queued: false, reason: "unanswered-limit" });
    expect(await h.tillit.db.outboxItem.count({ where: { participantId: c.participantId } })).toBe(2);
  });

  it("three replies of one turn together: the first two queue in order, the third is refused, nothing else written", async () => {
    const c = await conversation();
    const at = h.clock.now();
    const results = await h.tillit.sql.transaction((tx) =>
      enqueueOutboundAll(tx, { ...c, channel: "sms", authorKind: "bot", purpose: "reply", now: at }, [{ body: "ett" }, { body: "två", choices: ["Ja", "Nej"] }, { body: "tre" }]),
    );
    expect(results.map((r) => r.queued)).toEqual([true, true, false]);
    expect(results[2]).toEqual({ queued: false, reason: "unanswered-limit" });
    const items = await h.tillit.db.outboxItem.findMany({ where: { participantId: c.participantId }, orderBy: { id: "asc" }, include: { message: true } });
    // Message ids and their outbox items rise together, in the order the replies were given.
    expect(items.map((i) => i.message.body)).toEqual(["ett", "två"]);
    expect(items.map((i) => i.messageId)).toEqual(results.slice(0, 2).map((r) => (r.queued ? r.messageId : 0)));
    expect(items[0]!.messageId).toBeLessThan(items[1]!.messageId);
    expect(items[1]!.message.choices).toBe(JSON.stringify(["Ja", "Nej"]));
    expect(items.map((i) => ({ purpose: i.purpose, status: i.status }))).toEqual([{ purpose: "reply", status: "pending" }, { purpose: "reply", status: "pending" }]);
    expect(await h.tillit.db.message.count({ where: { participantId: c.participantId } })).toBe(2);
  });

  it("an opted-out participant gets none of a turn's replies", async () => {
    const c = await conversation();
    await h.tillit.db.participant.update({ where: { id: c.participantId }, data: { status: "opted-out" } });
    const results = await h.tillit.sql.transaction((tx) =>
      enqueueOutboundAll(tx, { ...c, channel: "sms", authorKind: "bot", purpose: "reply", now: h.clock.now() }, [{ body: "ett" }, { body: "två" }]),
    );
    expect(results).toEqual([{ queued: false, reason: "opted-out" }, { queued: false, reason: "opted-out" }]);
    expect(await h.tillit.db.message.count({ where: { participantId: c.participantId } })).toBe(0);
  });

  it("mixed automated purposes count together", async () => {
    const c = await conversation();
    await enqueue(c, "reply");
    await enqueue(c, "nudge");
    expect(await enqueue(c, "system")).toEqual({ queued: false, reason: "unanswered-limit" });
  });

  it("crisis help, a coordinator's reply and the opt-out confirmation are never held back", async () => {
    const c = await conversation();
    await enqueue(c, "reply");
    await enqueue(c, "reply");
    for (const purpose of ["crisis", "staff", "opt-out-confirmation"] as const) expect((await enqueue(c, purpose)).queued, purpose).toBe(true);
  });

  it("a message from the participant starts a new row", async () => {
    const c = await conversation();
    await enqueue(c, "reply");
    await enqueue(c, "reply");
    const phone = (await h.tillit.db.participant.findUniqueOrThrow({ where: { id: c.participantId } })).phone!;
    await h.tillit.core.receive({ channel: "sms", providerId: `U-${phone}`, from: phone, body: "mm", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const after = await h.tillit.db.outboxItem.count({ where: { participantId: c.participantId } });
    expect(after).toBeGreaterThan(2); // the turn's own reply
    expect(after).toBeLessThanOrEqual(4);
  });

  // Texts stored before the first of them had its turn (a burst on a busy machine, or texts that came
  // in while the service was down): the replies to the first must not use up the row of the next.
  it("every message stored before its turn gets its own answer", async () => {
    const phone = `+4670998${String(n++).padStart(4, "0")}`;
    let conversationId = 0;
    for (const body of ["Hej", "ja", "Kim"]) {
      ({ conversationId } = await storeInbound(h.tillit.sql, { channel: "sms", providerId: `B-${phone}-${body}`, from: phone, body, receivedAt: h.clock.now() }));
    }
    await h.tillit.core.schedule(conversationId);
    await h.tillit.core.idle();
    const turns = await h.tillit.db.message.findMany({ where: { conversationId }, orderBy: { id: "asc" }, select: { direction: true, processedAt: true } });
    expect(turns.filter((m) => m.direction === "in").every((m) => m.processedAt)).toBe(true);
    // The welcome (two messages), then an answer to "ja" and one to "Kim".
    expect(turns.filter((m) => m.direction === "out").length).toBeGreaterThanOrEqual(4);
  });

  // A first message opens the conversation with its own time in one statement (fewer round trips on
  // PostgreSQL); a later one updates the times and ends a row as before. Both read the same afterwards.
  it("a first message and a later one leave the conversation's times and row as the message says", async () => {
    const phone = `+4670997${String(n++).padStart(4, "0")}`;
    const first = await storeInbound(h.tillit.sql, { channel: "sms", providerId: `F-${phone}-1`, from: phone, body: "Hej", receivedAt: h.clock.now() });
    const opened = await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } });
    expect(opened).toMatchObject({ lastInboundAt: h.clock.now(), lastMessageAt: h.clock.now(), unansweredCount: 0, status: "bot" });
    expect(await h.tillit.db.conversation.count({ where: { participantId: first.participantId } })).toBe(1);
    await h.tillit.db.conversation.update({ where: { id: first.conversationId }, data: { unansweredCount: 2 } });
    await h.tillit.db.participant.update({ where: { id: first.participantId }, data: { unansweredNudges: 3 } });
    const later = new Date(h.clock.now().getTime() + 3_600_000);
    const second = await storeInbound(h.tillit.sql, { channel: "sms", providerId: `F-${phone}-2`, from: phone, body: "ja", receivedAt: later });
    expect(second).toMatchObject({ conversationId: first.conversationId, participantId: first.participantId, duplicate: false });
    expect(await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).toMatchObject({ lastInboundAt: later, lastMessageAt: later, unansweredCount: 0 });
    expect(await h.tillit.db.participant.findUniqueOrThrow({ where: { id: first.participantId } })).toMatchObject({ unansweredNudges: 0 });
  });

  it("a few quiet days start a new row", async () => {
    const c = await conversation();
    await enqueue(c, "nudge");
    await enqueue(c, "nudge");
    expect((await enqueue(c, "nudge", new Date(h.clock.now().getTime() + UNANSWERED_ROW_PAUSE_MS - 60_000))).queued).toBe(false);
    expect((await enqueue(c, "nudge", new Date(h.clock.now().getTime() + UNANSWERED_ROW_PAUSE_MS))).queued).toBe(true);
  });
});
