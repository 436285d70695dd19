// Sends whose outcome Tillit never learnt (a timeout after the provider accepted the message, a slow
// answer) are resolved before anything is sent again; a delivery report carrying the outbox key
// settles them; and one bad item is failed, shown on the conversation, and never blocks the rest.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WELCOME_SV, eventually, startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { fixture } from "../helpers/twilio-webhook.js";

let h: Harness;
let world: StaffWorld;
beforeAll(async () => {
  // A one-second lease makes the Twilio client give up after 500 ms.
  h = await startHarness({ OUTBOX_LEASE_MS: "1000", OUTBOX_MAX_ATTEMPTS: "4" });
  world = await staffWorld(h);
});
afterAll(async () => h.stop());
beforeEach(() => h.fake.setMode({ kind: "ok" }));

const db = () => h.tillit.db;
let nextNumber = 706000000;
const newPhone = () => `+46${nextNumber++}`;

const unfinished = () => db().outboxItem.count({ where: { status: { in: ["pending", "sending"] } } });
const sending = () => db().outboxItem.count({ where: { status: "sending" } });

/** Lets every attempt in flight end, then moves the clock past the backoff, until the queue is empty. */
async function settle(): Promise<void> {
  await h.tillit.core.idle();
  for (let i = 0; i < 200 && (await unfinished()) > 0; i++) {
    await eventually(async () => (await sending()) === 0, 10_000);
    h.clock.advance(10 * 60_000);
    h.tillit.outbox.kick();
    await new Promise((r) => setTimeout(r, 30));
  }
  expect(await unfinished()).toBe(0);
}

async function outboxOf(phone: string) {
  const p = await eventually(() => db().participant.findUnique({ where: { phone } }));
  return db().outboxItem.findMany({ where: { participantId: p.id }, orderBy: { id: "asc" }, include: { message: true } });
}

describe("sends in doubt", () => {
  it("a send that timed out after the provider accepted it is not sent again", async () => {
    const from = newPhone();
    h.fake.setMode({ kind: "no-answer" });
    await h.sendSms({ From: from });
    // The first welcome reached the provider, but its answer never came back.
    await eventually(() => h.fake.sentTo(from).length === 1);
    await eventually(async () => {
      const items = await outboxOf(from);
      return items[0]?.status === "pending" && items[0].lastError !== null && items;
    });
    h.fake.setMode({ kind: "ok" });
    await settle();
    expect(h.fake.sentTo(from).map((m) => m.body)).toEqual(WELCOME_SV);
    const items = await outboxOf(from);
    expect(items.map((i) => i.message.providerId)).toEqual(h.fake.sentTo(from).map((m) => m.sid));
    expect(items[0]!.attempts).toBe(2);
  });

  it("slow answers from the provider: every message delivered once, in order", async () => {
    const phones = [newPhone(), newPhone(), newPhone()];
    h.fake.setMode({ kind: "slow", ms: 900 });
    for (const From of phones) await h.sendSms({ From });
    await eventually(() => phones.every((p) => h.fake.sentTo(p).length >= 1), 10_000);
    h.fake.setMode({ kind: "ok" });
    await settle();
    for (const p of phones) expect(h.fake.sentTo(p).map((m) => m.body)).toEqual(WELCOME_SV);
    expect(h.fake.duplicates()).toEqual([]);
  });

  it("a delivery report with the outbox key settles an item in doubt without asking or sending again", async () => {
    const from = newPhone();
    h.fake.setMode({ kind: "no-answer" });
    await h.sendSms({ From: from });
    const accepted = await eventually(() => h.fake.sentTo(from)[0]);
    const [item] = await eventually(async () => {
      const items = await outboxOf(from);
      return items[0]?.status === "pending" && items;
    });
    expect(accepted.statusCallback).toBe(`https://tillit.example.org/api/sms/twilio/status?outbox=${item!.id}`);
    // The provider answers again before the report lands: once the report settles the first item the
    // second becomes due at once, and a send of it that timed out would be asked about (a GET) later.
    const listsBefore = h.fake.requests.filter((r) => r.method === "GET").length;
    h.fake.setMode({ kind: "ok" });
    const report = { ...fixture("status-delivered"), MessageSid: accepted.sid, SmsSid: accepted.sid, To: from, MessageStatus: "sent", SmsStatus: "sent" };
    expect((await h.sendStatus(report, { path: `/api/sms/twilio/status?outbox=${item!.id}` })).status).toBe(204);
    const settled = await db().outboxItem.findUniqueOrThrow({ where: { id: item!.id }, include: { message: true } });
    expect(settled.status).toBe("sent");
    expect(settled.message).toMatchObject({ providerId: accepted.sid, status: "sent" });
    await settle();
    expect(h.fake.sentTo(from).map((m) => m.body)).toEqual(WELCOME_SV);
    expect(h.fake.requests.filter((r) => r.method === "GET").length).toBe(listsBefore);
    // A forged key (another item's id) never moves a provider id onto the wrong row.
    const other = (await outboxOf(from))[1]!;
    const stray = { ...report, MessageSid: "SM" + "f".repeat(32), SmsSid: "SM" + "f".repeat(32) };
    expect((await h.sendStatus(stray, { path: `/api/sms/twilio/status?outbox=${other.id}` })).status).toBe(204);
    expect((await db().message.findUniqueOrThrow({ where: { id: other.messageId } })).providerId).toBe(h.fake.sentTo(from)[1]!.sid);
  });
});

describe("one bad item never blocks a person's queue", () => {
  it("an item that cannot be delivered is failed, shown on the conversation, and the next one goes out", async () => {
    const from = newPhone();
    await h.tillit.outbox.stop();
    try {
      await h.sendSms({ From: from });
      await h.tillit.core.idle();
      const [bad] = await outboxOf(from);
      // A damaged row: its choices are not JSON.
      await db().message.update({ where: { id: bad!.messageId }, data: { choices: "{not json" } });
    } finally {
      h.tillit.outbox.start();
    }
    await settle();
    const [bad, next] = await outboxOf(from);
    expect(bad).toMatchObject({ status: "failed", attempts: 4, lastError: "internal-error" });
    expect(bad!.message).toMatchObject({ status: "failed", errorCode: "internal-error" });
    expect(next!.status).toBe("sent");
    expect(h.fake.sentTo(from).map((m) => m.body)).toEqual([WELCOME_SV[1]]);

    const p = await db().participant.update({ where: { phone: from }, data: { teamId: world.teamA }, include: { conversations: true } });
    const admin = await world.client("admin");
    const view = await admin.json(`/conversations/${p.conversations[0]!.id}`);
    expect(view.history.find((x: { id: number; kind: string }) => x.kind === "message" && x.id === bad!.messageId)).toMatchObject({ status: "failed", errorCode: "internal-error" });
  });

  it("a provider id another row already has is never taken; the item still goes out and the rest follow", async () => {
    const first = newPhone();
    await h.sendSms({ From: first });
    await settle();
    const taken = h.fake.sentTo(first)[0]!.sid;
    const from = newPhone();
    h.fake.nextSids.push(taken);
    await h.sendSms({ From: from });
    await settle();
    const items = await outboxOf(from);
    expect(items.map((i) => i.status)).toEqual(["sent", "sent"]);
    expect(items[0]!.message.providerId).not.toBe(taken);
    expect(items.map((i) => i.message.providerId)).toEqual(h.fake.sentTo(from).slice(-2).map((m) => m.sid));
    expect((await db().message.findFirstOrThrow({ where: { providerId: taken } })).participantId).not.toBe(items[0]!.participantId);
  });
});
