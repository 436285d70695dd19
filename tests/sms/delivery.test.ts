import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { fixture } from "../helpers/twilio-webhook.js";
import { backoffMs } from "../../bot/outbox/deliver-outbox.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ OUTBOX_MAX_ATTEMPTS: "4" });
});
afterAll(async () => h.stop());
// Scripted failures apply to the next request, so no test may leave a send in flight for the next.
afterEach(async () => {
  await eventually(async () => (await db().outboxItem.count({ where: { OR: [{ status: "sending" }, { status: "pending", nextAttemptAt: { lte: h.clock.now() } }] } })) === 0);
});

const db = () => h.tillit.db;
let nextNumber = 703000000;
const newPhone = () => `+46${nextNumber++}`;

/** Moves the clock past each backoff until the check holds. */
async function advanceUntil(check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) {
    h.clock.advance(10 * 60_000);
    h.tillit.outbox.kick();
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * An opt-out told by the provider is recorded as STOPP's is (issue 16.1): the consent row, the audit
 * entry (by the system, naming the provider's code) and the event.
 */
async function expectOptOutRecorded(participantId: number, optedOut: number[]): Promise<void> {
  const consents = await db().consent.findMany({ where: { participantId, kind: "messages" } });
  expect(consents).toEqual([expect.objectContaining({ granted: false, method: "provider" })]);
  const audits = await db().auditLog.findMany({ where: { action: "participant.opted-out", subjectId: String(participantId) } });
  expect(audits.map((a) => [a.actorKind, a.actorId, a.subjectType, JSON.parse(a.details!)])).toEqual([["system", null, "participant", { source: "provider", code: "21610" }]]);
  expect(optedOut.filter((id) => id === participantId)).toHaveLength(1);
}

function optedOutEvents(): { ids: number[]; stop: () => void } {
  const ids: number[] = [];
  return { ids, stop: h.tillit.events.on("participant.opted-out", (e) => ids.push(e.participantId)) };
}

async function firstReply(from: string) {
  return eventually(async () => {
    const p = await db().participant.findUnique({ where: { phone: from } });
    if (!p) return undefined;
    return db().message.findFirst({ where: { participantId: p.id, direction: "out" }, orderBy: { id: "asc" }, include: { outbox: true } });
  });
}

describe("delivery status callbacks", () => {
  it("records sent and delivered, ignores reports that arrive late or twice", async () => {
    const from = newPhone();
    await h.sendSms({ From: from });
    const sent = await eventually(() => h.fake.sentTo(from)[0]);
    await eventually(async () => (await db().message.findFirst({ where: { providerId: sent.sid } }))?.status === "sending");
    const status = (s: string) => ({ ...fixture("status-delivered"), MessageSid: sent.sid, SmsSid: sent.sid, To: from, MessageStatus: s, SmsStatus: s });

    expect((await h.sendStatus(status("sent"))).status).toBe(204);
    expect((await db().message.findFirstOrThrow({ where: { providerId: sent.sid } })).status).toBe("sent");
    expect((await h.sendStatus(status("delivered"))).status).toBe(204);
    expect((await h.sendStatus(status("sent"))).status).toBe(204);
    expect((await h.sendStatus(status("delivered"))).status).toBe(204);
    const m = await db().message.findFirstOrThrow({ where: { providerId: sent.sid } });
    expect(m.status).toBe("delivered");
    expect(m.deliveredAt).not.toBeNull();
  });

  it("refuses a forged status callback and accepts an unknown message id without changes", async () => {
    const forged = await h.sendStatus(fixture("status-delivered"), { signature: "AAAA" });
    expect(forged.status).toBe(403);
    const unknown = await h.sendStatus(fixture("status-delivered"));
    expect(unknown.status).toBe(204);
    const malformed = await h.sendStatus({ ...fixture("status-delivered"), MessageStatus: "exploded" });
    expect(malformed.status).toBe(400);
  });

  it("treats undelivered with 21610 as the number having opted out at Twilio", async () => {
    const events = optedOutEvents();
    const from = newPhone();
    await h.sendSms({ From: from });
    const sent = await eventually(() => h.fake.sentTo(from)[0]);
    await eventually(async () => (await db().message.findFirst({ where: { providerId: sent.sid } }))?.status === "sending");
    const res = await h.sendStatus({ ...fixture("status-undelivered-21610"), MessageSid: sent.sid, SmsSid: sent.sid, To: from });
    expect(res.status).toBe(204);
    const m = await db().message.findFirstOrThrow({ where: { providerId: sent.sid }, include: { participant: true } });
    expect(m).toMatchObject({ status: "undelivered", errorCode: "21610" });
    expect(m.participant.status).toBe("opted-out");
    // A second report of the same refusal records nothing more.
    const again = await h.sendStatus({ ...fixture("status-undelivered-21610"), MessageSid: sent.sid, SmsSid: sent.sid, To: from });
    expect(again.status).toBe(204);
    await expectOptOutRecorded(m.participantId, events.ids);
    events.stop();
  });
});

describe("sending failures", () => {
  it("retries transient failures (5xx, 429, dropped connection) with backoff and sends once", async () => {
    const from = newPhone();
    h.fake.failures.push({ status: 500 }, { status: 429, code: 20429 }, "drop");
    await h.sendSms({ From: from });
    const reply = await firstReply(from);
    await advanceUntil(() => h.fake.sentTo(from).length === 2);
    const item = await db().outboxItem.findUniqueOrThrow({ where: { messageId: reply!.id }, include: { message: true } });
    expect(item.status).toBe("sent");
    expect(item.attempts).toBe(4);
    expect(item.message.providerId).toBe(h.fake.sentTo(from)[0]!.sid);
    expect(h.fake.sentTo(from).filter((m) => m.body === item.message.body)).toHaveLength(1);
  });

  it("stops at a permanent error and shows it on the message", async () => {
    const from = newPhone();
    h.fake.failures.push({ status: 400, code: 21211, message: "Invalid 'To' Phone Number" });
    await h.sendSms({ From: from });
    const reply = await firstReply(from);
    const failed = await eventually(async () => {
      const m = await db().message.findUniqueOrThrow({ where: { id: reply!.id }, include: { outbox: true } });
      return m.status === "failed" && m;
    });
    expect(failed.errorCode).toBe("21211");
    expect(failed.outbox).toMatchObject({ status: "failed", attempts: 1, lastError: "21211" });
  });

  it("marks the participant opted out when Twilio refuses with 21610", async () => {
    const events = optedOutEvents();
    const from = newPhone();
    h.fake.failures.push({ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" });
    await h.sendSms({ From: from });
    await eventually(async () => (await db().participant.findUnique({ where: { phone: from } }))?.status === "opted-out");
    // The second welcome was already queued: the send-time check must stop it. Wait until the
    // sender has settled every item of this participant before looking at what left.
    const items = await eventually(async () => {
      const all = await db().outboxItem.findMany({ where: { participant: { phone: from } }, orderBy: { id: "asc" }, include: { message: true } });
      return all.length === 2 && all.every((i) => i.status !== "pending" && i.status !== "sending") && all;
    });
    expect(h.fake.sentTo(from)).toHaveLength(0);
    expect(items.map((i) => [i.status, i.message.status, i.message.errorCode])).toEqual([["failed", "failed", "21610"], ["cancelled", "refused", "opted-out"]]);
    await expectOptOutRecorded(items[0]!.participantId, events.ids);
    events.stop();
  });

  it("gives up after the configured number of attempts", async () => {
    const from = newPhone();
    h.fake.failures.push({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    await h.sendSms({ From: from });
    const reply = await firstReply(from);
    await advanceUntil(async () => (await db().message.findUniqueOrThrow({ where: { id: reply!.id } })).status === "failed");
    const m = await eventually(async () => {
      const x = await db().message.findUniqueOrThrow({ where: { id: reply!.id }, include: { outbox: true } });
      return x.status === "failed" && x;
    });
    expect(m.outbox).toMatchObject({ status: "failed", attempts: 4, lastError: "503" });
    // The second reply of the welcome was held behind the first (order per person), then sent.
    await eventually(() => h.fake.sentTo(from).length === 1);
  });

  it("backs off exponentially with jitter, capped at five minutes", () => {
    expect(backoffMs(1, () => 0.5)).toBe(1000);
    expect(backoffMs(2, () => 0.5)).toBe(2000);
    expect(backoffMs(4, () => 0)).toBe(6400);
    expect(backoffMs(30, () => 1)).toBe(360_000);
  });
});
