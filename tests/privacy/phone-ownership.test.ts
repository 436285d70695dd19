// Ownership before access: a web visitor is joined with a number's SMS history only after proving
// they hold the phone (a one-time code by SMS: wrong, expired and guessed codes refused, sending
// throttled, only a keyed hash stored) and a coordinator's confirmation. The simulator never runs
// beside real Twilio credentials. The outreach "already known" answer is the importing team's only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { chatSession, type ChatSession } from "../helpers/directline.js";
import { ConfigError, loadConfig } from "../../bot/config.js";
import { findInDatabase } from "../helpers/privacy.js";

let h: Harness;
let w: StaffWorld;
let n = 740000000;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const post = (s: ChatSession, path: string, body: unknown) =>
  fetch(`${h.baseUrl}/chat/api/${path}`, { method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
const codeSentTo = async (phone: string, count = 1) => {
  const texts = await eventually(() => {
    const found = h.fake.sentTo(phone).map((m) => m.body).filter((b) => /Tillits webbchatt: \d{6}/.test(b));
    return found.length >= count && found;
  });
  return /(\d{6})/.exec(texts.at(-1)!)![1]!;
};
const request = async (s: ChatSession) => {
  const binding = await h.tillit.db.webConversation.findUniqueOrThrow({ where: { id: s.conversationId } });
  return h.tillit.db.phoneLinkRequest.findFirst({ where: { participantId: binding.participantId }, orderBy: { id: "desc" } });
};
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("a one-time code proves the phone is the visitor's", () => {
  it("the right code, and only it, lets a coordinator confirm; the code is never stored in the clear", async () => {
    const phone = `+46${n++}`;
    const sms = await w.participant("A", phone, "Vera");
    const s = await chatSession(h);
    expect((await post(s, "phone", { phone })).status).toBe(202);
    const code = await codeSentTo(phone);
    const pending = (await request(s))!;
    expect(pending).toMatchObject({ status: "unverified", codeAttempts: 0 });
    expect(pending.codeHash).not.toContain(code);
    // Before the code, a coordinator has nothing to confirm.
    const webParticipant = pending.participantId;
    await h.tillit.db.participant.update({ where: { id: webParticipant }, data: { teamId: w.teamA } });
    const webConversation = (await h.tillit.db.conversation.findFirstOrThrow({ where: { participantId: webParticipant } })).id;
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${webConversation}/phone-link/confirm`)).status).toBe(409);
    expect((await post(s, "phone/verify", { code: wrong(code) })).status).toBe(400);
    expect((await post(s, "phone/verify", { code: "12ab56" })).status).toBe(400);
    const ok = await post(s, "phone/verify", { code });
    expect(ok.status).toBe(200);
    expect(await request(s)).toMatchObject({ status: "pending", codeHash: null, codeAttempts: 1 });
    // Once sent, the code is hidden in the stored text too: it exists nowhere in the database.
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { purpose: "verification", status: { in: ["pending", "sending"] } } })) === 0);
    expect(await findInDatabase(h, [`: ${code}.`])).toEqual([]);
    expect(await h.tillit.db.message.findFirst({ where: { participantId: webParticipant, authorKind: "system" } })).toMatchObject({ body: expect.stringContaining("••••••") });
    const joined = await (await maja.post(`/conversations/${webConversation}/phone-link/confirm`)).json();
    expect(joined).toEqual({ conversationId: sms.conversationId, merged: true });
  });

  it("an expired code is refused and spent", async () => {
    const phone = `+46${n++}`;
    const s = await chatSession(h);
    await post(s, "phone", { phone });
    const code = await codeSentTo(phone);
    h.clock.advance(11 * 60_000);
    const late = await post(s, "phone/verify", { code });
    expect(late.status).toBe(410);
    expect(await late.json()).toEqual({ error: "code_expired" });
    expect(await request(s)).toMatchObject({ status: "failed", codeHash: null });
    expect((await post(s, "phone/verify", { code })).status).toBe(404);
  });

  it("guessing is throttled: five wrong codes end the code, and at most three codes an hour per visitor and per number", async () => {
    const phone = `+46${n++}`;
    const s = await chatSession(h);
    await post(s, "phone", { phone });
    const code = await codeSentTo(phone);
    for (let i = 0; i < 4; i++) expect((await post(s, "phone/verify", { code: wrong(code) })).status).toBe(400);
    const fifth = await post(s, "phone/verify", { code: wrong(code) });
    expect(fifth.status).toBe(429);
    expect(await fifth.json()).toEqual({ error: "too_many_attempts" });
    // Even the right code no longer works.
    expect((await post(s, "phone/verify", { code })).status).toBe(404);
    expect(await request(s)).toMatchObject({ status: "failed" });
    await post(s, "phone", { phone });
    await post(s, "phone", { phone });
    const fourth = await post(s, "phone", { phone });
    expect(fourth.status).toBe(429);
    expect(await fourth.json()).toEqual({ error: "too_many_codes" });
    // Another visitor cannot flood that number either.
    const other = await chatSession(h);
    expect((await post(other, "phone", { phone })).status).toBe(429);
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
    expect(h.fake.sentTo(phone).length).toBe(3);
    // An hour later a new code may be asked for (the visitor's page has fetched a fresh chat token by then).
    h.clock.advance(61 * 60_000);
    const later = await chatSession(h, { resume: s.resume });
    expect((await post(later, "phone", { phone })).status).toBe(202);
  });

  it("a number that said STOPP gets no code, and the visitor learns nothing about it", async () => {
    const phone = `+46${n++}`;
    await w.participant("A", phone);
    await h.tillit.core.receive({ channel: "sms", providerId: `STOP-${phone}`, from: phone, body: "STOPP", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
    const sentBefore = h.fake.sentTo(phone).length;
    const s = await chatSession(h);
    expect((await post(s, "phone", { phone })).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.sentTo(phone).length).toBe(sentBefore);
  });

  it("refuses requests without a chat token", async () => {
    expect((await fetch(`${h.baseUrl}/chat/api/phone/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: "123456" }) })).status).toBe(401);
  });
});

describe("the SMS simulator", () => {
  it("refuses to run alongside real Twilio credentials", async () => {
    const twilio = { TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000", TWILIO_AUTH_TOKEN: "t", TWILIO_FROM_NUMBER: "+46700000000" };
    expect(() => loadConfig({ ...twilio, SIMULATOR_ENABLED: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...twilio, SIMULATOR_ENABLED: "true" })).toThrow(/SIMULATOR_ENABLED/);
    expect(loadConfig(twilio).simulatorEnabled).toBe(false);
    // This harness has Twilio: no simulator page, no history of any number.
    expect((await fetch(`${h.baseUrl}/simulator`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/simulator/api/history?phone=%2B46700000001`)).status).toBe(404);
  });
});

describe("outreach lists", () => {
  it('"already known" is answered only for the importing team; other teams\' numbers are just not contactable; audited', async () => {
    const ours = `+46${n++}`;
    const theirs = `+46${n++}`;
    await w.participant("A", ours);
    await w.participant("B", theirs);
    const csv = `telefon;namn\n${ours};A\n${theirs};B\n+46${n++};C\n`;
    const maja = await w.client("coordA");
    const report = await (await maja.post("/outreach/check", { teamId: w.teamA, csv })).json();
    expect(report).toMatchObject({ accepted: 1, known: [{ line: 2, problem: "already-known" }, { line: 3, problem: "not-contactable" }] });
    const audit = await h.tillit.db.auditLog.findFirstOrThrow({ where: { action: "outreach.checked", actorId: w.accounts.coordA.id }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.details!)).toEqual({ lines: 3, known: 1, notContactable: 1 });
    expect(audit.details).not.toContain(theirs);
  });
});
