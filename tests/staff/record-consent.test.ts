// A coordinator records a consent the young person gave them in person, by phone or in the chat: the
// row says a person recorded it and how, the audit entry (same transaction) says who; another team,
// an opted-out participant, bad input and an unknown conversation change nothing. Then the same over
// HTTP, with the session and CSRF token the page uses, and the consent text the profile hands the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { recordConsentByStaff } from "../../bot/staff/record-consent.js";
import { CONSENT_TEXT_VERSION } from "../../bot/privacy/consent-text.js";

let h: Harness;
let w: StaffWorld;
let n = 738100000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const deps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now });
const yes = { kind: "data-processing", granted: true, method: "in-person", textRead: true, textVersion: CONSENT_TEXT_VERSION };
const consents = (participantId: number) => h.tillit.db.consent.findMany({ where: { participantId }, orderBy: { id: "asc" } });
const recorded = () => h.tillit.db.auditLog.count({ where: { action: "participant.consent-recorded" } });

describe("recording a consent given to a coordinator", () => {
  it("stores a consent row with how it was given, audits who recorded it, and tells the inbox after the commit", async () => {
    const p = await w.participant("A", phone());
    const updated: number[] = [];
    const off = h.tillit.events.on("conversation.updated", (e) => updated.push(e.conversationId));
    const { consentId } = await recordConsentByStaff(deps(), w.accounts.coordA.actor, p.conversationId, { ...yes, method: "phone" });
    off();
    const [row] = await consents(p.participantId);
    expect(row).toMatchObject({ id: consentId, kind: "data-processing", granted: true, method: "staff:phone", textVersion: CONSENT_TEXT_VERSION });
    const audit = await h.tillit.db.auditLog.findFirstOrThrow({ where: { action: "participant.consent-recorded", subjectId: String(p.participantId) } });
    expect(audit).toMatchObject({ actorKind: "staff", actorId: w.accounts.coordA.id, subjectType: "participant", teamId: w.teamA });
    expect(JSON.parse(audit.details!)).toEqual({ consentId, kind: "data-processing", granted: true, method: "staff:phone", conversationId: p.conversationId });
    expect(updated).toEqual([p.conversationId]);

    // A later no is a new row; the latest decides, as for the bot's own.
    await recordConsentByStaff(deps(), w.accounts.leadA.actor, p.conversationId, { ...yes, granted: false, method: "chat" });
    expect((await consents(p.participantId)).map((k) => [k.granted, k.method])).toEqual([[true, "staff:phone"], [false, "staff:chat"]]);
  });

  it("another team's coordinator is refused as not found, the attempt is audited, and nothing is recorded", async () => {
    const p = await w.participant("A", phone());
    const before = await recorded();
    await expect(recordConsentByStaff(deps(), w.accounts.coordB.actor, p.conversationId, yes)).rejects.toMatchObject({ code: "not-found" });
    expect(await consents(p.participantId)).toEqual([]);
    expect(await recorded()).toBe(before);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.consent-recorded.denied", actorId: w.accounts.coordB.id, subjectId: String(p.conversationId) } })).toBe(1);
  });

  it("someone who wrote STOPP is refused: they come back with START themselves", async () => {
    const p = await w.participant("A", phone());
    const { phone: number } = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: p.participantId } });
    await h.tillit.core.receive({ channel: "sms", providerId: `STOP-${number}`, from: number!, body: "STOPP", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const before = await consents(p.participantId);
    expect(before.map((k) => [k.kind, k.granted])).toEqual([["messages", false]]);
    await expect(recordConsentByStaff(deps(), w.accounts.coordA.actor, p.conversationId, yes)).rejects.toMatchObject({ code: "conflict", error: "opted-out" });
    expect(await consents(p.participantId)).toEqual(before);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.consent-recorded.refused", subjectId: String(p.participantId) } })).toBe(1);
  });

  it("bad input is refused before anything is read or written", async () => {
    const p = await w.participant("A", phone());
    const before = await recorded();
    const bad: unknown[] = [
      { ...yes, textRead: false }, // the text was not read: a yes would not be informed
      { ...yes, textRead: undefined },
      { ...yes, kind: "messages" }, // STOPP and START are the young person's own
      { ...yes, kind: "language-model" },
      { ...yes, method: "letter" },
      { ...yes, granted: "yes" },
      { ...yes, staffId: 7 },
      null,
    ];
    for (const body of bad) await expect(recordConsentByStaff(deps(), w.accounts.coordA.actor, p.conversationId, body), JSON.stringify(body)).rejects.toMatchObject({ name: "ZodError" });
    expect(await consents(p.participantId)).toEqual([]);
    expect(await recorded()).toBe(before);
  });

  it("a text version other than the one in force is refused: what was read aloud would not be what is stored", async () => {
    const p = await w.participant("A", phone());
    await expect(recordConsentByStaff(deps(), w.accounts.coordA.actor, p.conversationId, { ...yes, textVersion: "2025-01-v1" })).rejects.toMatchObject({ code: "conflict", error: "consent-text-changed" });
    expect(await consents(p.participantId)).toEqual([]);
  });

  it("an unknown conversation is not found", async () => {
    await expect(recordConsentByStaff(deps(), w.accounts.admin.actor, 999_999, yes)).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("POST /staff/api/conversations/:id/consent", () => {
  it("the profile gives the consent text in the participant's language; recording answers 200 and the profile shows it", async () => {
    const p = await w.participant("A", phone());
    await h.tillit.db.participant.update({ where: { id: p.participantId }, data: { language: "en" } });
    const maja = await w.client("coordA");
    const before = await maja.json(`/conversations/${p.conversationId}/profile`);
    expect(before.consent).toEqual({});
    expect(before.consentText).toEqual({ language: "en", version: CONSENT_TEXT_VERSION, text: expect.stringMatching(/^I save what you write and answer\. .* 6 months after contact ends/) });
    const res = await maja.post(`/conversations/${p.conversationId}/consent`, { ...yes, textVersion: before.consentText.version });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ consentId: expect.any(Number) });
    const after = await maja.json(`/conversations/${p.conversationId}/profile`);
    expect(after.consent["data-processing"]).toMatchObject({ granted: true, method: "staff:in-person", textVersion: CONSENT_TEXT_VERSION });
  });

  it("refusals: without the CSRF token 403, another team 404, bad input 400, opted-out 409; none records anything", async () => {
    const p = await w.participant("A", phone());
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${p.conversationId}/consent`, yes, { csrf: null })).status).toBe(403);
    const other = await (await w.client("coordB")).post(`/conversations/${p.conversationId}/consent`, yes);
    expect([other.status, await other.json()]).toEqual([404, { error: "not_found" }]);
    const bad = await maja.post(`/conversations/${p.conversationId}/consent`, { ...yes, textRead: false });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_request", detail: expect.stringContaining("textRead") });
    expect((await maja.post(`/conversations/999999/consent`, yes)).status).toBe(404);
    expect(await consents(p.participantId)).toEqual([]);
    await h.tillit.db.participant.update({ where: { id: p.participantId }, data: { status: "opted-out" } });
    const stopped = await maja.post(`/conversations/${p.conversationId}/consent`, yes);
    expect([stopped.status, await stopped.json()]).toEqual([409, { error: "opted-out" }]);
    expect(await consents(p.participantId)).toEqual([]);
  });
});
