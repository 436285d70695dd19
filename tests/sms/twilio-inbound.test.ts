import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, WELCOME_SV, eventually, startHarness, type Harness } from "../helpers/harness.js";
import { fixture, newMessageSid } from "../helpers/twilio-webhook.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

const db = () => h.tillit.db;
let nextNumber = 701000000;
const newPhone = () => `+46${nextNumber++}`;

describe("Twilio inbound webhook", () => {
  it("stores the message, answers with empty TwiML at once, and replies through the REST API", async () => {
    const from = newPhone();
    const sid = newMessageSid();
    const res = await h.sendSms({ From: from, Body: "Hej", MessageSid: sid });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/xml/);
    expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');

    const stored = await db().message.findUniqueOrThrow({ where: { channel_providerId: { channel: "sms", providerId: sid } } });
    expect(stored).toMatchObject({ direction: "in", authorKind: "participant", body: "Hej" });

    const sent = await eventually(() => h.fake.sentTo(from).length === 2 && h.fake.sentTo(from));
    expect(sent.map((m) => m.body)).toEqual(WELCOME_SV);
    const create = h.fake.creates.find((r) => r.form.To === from)!;
    expect(create.path).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(create.auth).toBe("Basic " + Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64"));
    expect(create.form).toEqual({ To: from, From: FROM_NUMBER, Body: sent[0]!.body, StatusCallback: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/api/sms/twilio/status\\?outbox=\\d+$`)) });

    const outbound = await eventually(async () => {
      const rows = await db().message.findMany({ where: { participantId: stored.participantId, direction: "out" }, orderBy: { id: "asc" } });
      return rows.every((r) => r.providerId) && rows;
    });
    expect(outbound.map((m) => m.providerId)).toEqual(sent.map((m) => m.sid));
    expect(outbound.every((m) => m.status === "sending" && m.sentAt)).toBe(true);
  });

  it("stores and processes a retried webhook (same MessageSid) once", async () => {
    const from = newPhone();
    const sid = newMessageSid();
    const [a, b] = await Promise.all([h.sendSms({ From: from, MessageSid: sid }), h.sendSms({ From: from, MessageSid: sid })]);
    const c = await h.sendSms({ From: from, MessageSid: sid });
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    await eventually(() => h.fake.sentTo(from).length === 2);
    await h.tillit.core.idle();
    await new Promise((r) => setTimeout(r, 150));
    expect(await db().message.count({ where: { providerId: sid } })).toBe(1);
    expect(h.fake.sentTo(from)).toHaveLength(2);
  });

  it("refuses a forged or missing signature with 403 and stores nothing", async () => {
    const before = await db().message.count();
    const from = newPhone();
    const forged = await h.sendSms({ From: from }, { signature: "bm90IGEgcmVhbCBzaWduYXR1cmU=" });
    const missing = await h.sendSms({ From: from }, { signature: null });
    // Signed for a different body: the attacker changed the text after signing.
    const tampered = await h.sendSms({ From: from, Body: "changed" }, { signature: (await import("twilio")).default.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/api/sms/twilio`, { ...fixture("inbound-sms"), From: from }) });
    expect([forged.status, missing.status, tampered.status]).toEqual([403, 403, 403]);
    expect(await forged.json()).toEqual({ error: "invalid_signature" });
    expect(await db().message.count()).toBe(before);
    expect(await db().participant.count({ where: { phone: from } })).toBe(0);
  });

  it("answers a malformed body with 400 and a JSON error, storing nothing", async () => {
    const before = await db().message.count();
    const wrongType = await fetch(`${h.baseUrl}/api/sms/twilio`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fixture("inbound-sms")) });
    const missingSid = await h.sendSms({ MessageSid: "" });
    const badFrom = await h.sendSms({ From: "not-a-number" });
    const otherAccount = await h.sendSms({ AccountSid: "AC11111111111111111111111111111111" });
    const tooLong = await h.sendSms({ Body: "x".repeat(1601) });
    for (const res of [wrongType, missingSid, badFrom, otherAccount, tooLong]) {
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBe("malformed_body");
    }
    expect(await db().message.count()).toBe(before);
  });

  it("refuses an oversize body with 413", async () => {
    const res = await h.sendSms({ Body: "x".repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "body_too_large" });
  });

  it("keeps bodies up to 1,600 characters and any Unicode unchanged", async () => {
    const samples = [
      "Hej! 😊👍🏽 åäö ÅÄÖ é ü ß",
      "مرحبا كيف حالك؟ שלום",
      "Zalgo t̷͎̅e̶̹͝x̸̰̓t and a zero\u200Bwidth space",
      "<script>alert('x')</script> **bold** [link](javascript:alert(1))",
      "ä".repeat(1600),
    ];
    for (const body of samples) {
      const sid = newMessageSid();
      expect((await h.sendSms({ From: newPhone(), Body: body, MessageSid: sid })).status).toBe(200);
      const stored = await db().message.findUniqueOrThrow({ where: { channel_providerId: { channel: "sms", providerId: sid } } });
      expect(stored.body).toBe(body);
    }
  });

  it("processes two quick texts from the same person in order, one turn at a time", async () => {
    const from = newPhone();
    await h.sendSms({ From: from, Body: "Hej" });
    await eventually(() => h.fake.sentTo(from).length === 2);
    const [first, second] = await Promise.all([h.sendSms({ From: from, Body: "1" }), h.sendSms({ From: from, Body: "Alex" })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await eventually(() => h.fake.sentTo(from).length === 4);
    const bodies = h.fake.sentTo(from).map((m) => m.body);
    // Whichever text was stored first was the answer to the consent question; the other came next.
    const participant = await db().participant.findUniqueOrThrow({ where: { phone: from } });
    const order = (await db().message.findMany({ where: { participantId: participant.id, direction: "in" }, orderBy: { id: "asc" } })).map((m) => m.body);
    if (order[1] === "1") {
      expect(bodies.slice(2)).toEqual(["Tack! Vad vill du att jag ska kalla dig?", "Kul, Alex! Vilken tid på dagen passar bäst för meddelanden?\n1. Morgon\n2. Eftermiddag\n3. Kväll\n4. Spelar ingen roll"]);
    } else {
      // A name while the consent waits is said back and kept for after the yes; the name question is then not asked.
      expect(bodies[2]).toMatch(/^(Hej Alex!|Trevligt, Alex!) .*1 för ja, 2 för nej/);
      expect(bodies[3]).toMatch(/^Kul, Alex! Så kallar jag dig\..*Vilken tid på dagen passar bäst/s);
      expect(bodies.join("\n")).not.toContain("Vad vill du att jag ska kalla dig");
    }
    const inbound = await db().message.findMany({ where: { participantId: participant.id, direction: "in" }, orderBy: { id: "asc" } });
    expect(inbound.every((m) => m.processedAt)).toBe(true);
    expect(inbound[1]!.processedAt!.getTime()).toBeLessThanOrEqual(inbound[2]!.processedAt!.getTime());
  });
});
