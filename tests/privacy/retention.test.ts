// The daily retention job on the injected clock: records due are erased once, held records are kept,
// running it again does no harm, team leads see what falls due in the coming 30 days, old sessions,
// links and audit details go, and the log gets counts only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { runRetention } from "../../bot/privacy/retention.js";
import { DateTime } from "luxon";

let h: Harness;
let w: StaffWorld;
let n = 739000000;
const DAY = 86_400_000;
beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

async function teamParticipant(name: string): Promise<{ p: Participant; id: number; conversationId: number }> {
  const p = await onboardedParticipant(h, `+46${n++}`, "sv", name);
  const r = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA }, include: { conversations: true } });
  return { p, id: r.id, conversationId: r.conversations[0]!.id };
}
const exists = async (id: number) => (await h.tillit.db.participant.count({ where: { id } })) === 1;
const tombstones = (id: number) => h.tillit.db.auditLog.findMany({ where: { action: "participant.erased", subjectId: String(id) } });

describe("retention", () => {
  it("erases 6 months after discharge and 12 months without contact, keeps held records, and runs twice without harm", async () => {
    const discharged = await teamParticipant("Ada");
    const quiet = await teamParticipant("Bo");
    const held = await teamParticipant("Cia");
    const active = await teamParticipant("Dan");
    // Signed in anew at each step: the clock jumps months, sessions do not last that long.
    let lead = await w.client("leadA");
    for (const x of [discharged, held]) expect((await lead.post(`/conversations/${x.conversationId}/discharge`, { outcome: "unknown" })).status).toBe(200);
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id: discharged.id } })).dischargedAt).not.toBeNull();
    // Both decline the monthly follow-up the farewell offers: the contact ends here (the next test
    // follows one who does not answer at all).
    for (const x of [discharged, held]) await x.p.say("nej tack");
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id: discharged.id } })).followUpDeclinedAt).not.toBeNull();

    // Five months later: nothing is due yet; a month from now two are (the team lead sees them coming).
    h.clock.advance(160 * DAY);
    await active.p.say("hej, jag finns kvar");
    lead = await w.client("leadA");
    const soon = await lead.json("/retention/due?days=30");
    expect(soon.due.map((r: { participantId: number; reason: string }) => [r.participantId, r.reason]).sort()).toEqual([[discharged.id, "discharged"], [held.id, "discharged"]].sort());
    expect((await (await w.client("coordA")).get("/retention/due")).status).toBe(403);
    expect((await (await w.client("coordB")).get("/retention/due")).status).toBe(403);
    expect((await (await w.client("admin")).json("/retention/due")).due.map((r: { participantId: number }) => r.participantId)).toContain(discharged.id);
    expect((await lead.post(`/participants/${held.id}/retention-hold`, { reason: "Pågående anmälan till socialtjänsten" })).status).toBe(200);
    expect((await lead.post(`/participants/${held.id}/retention-hold`, { reason: "igen" })).status).toBe(409);
    expect((await (await w.client("coordA")).post(`/participants/${held.id}/retention-hold`, { reason: "x y z" })).status).toBe(403);
    const listed = await lead.json("/retention/due?days=30");
    expect(listed.due.find((r: { participantId: number }) => r.participantId === held.id).hold).toMatchObject({ reason: "Pågående anmälan till socialtjänsten" });
    expect(await h.tillit.retentionTick()).toMatchObject({ "erased-discharged": 0, "erased-no-contact": 0 });

    // Six months and a day after discharge.
    h.clock.advance(23 * DAY);
    const counts = await h.tillit.retentionTick();
    expect(counts).toMatchObject({ "erased-discharged": 1, held: 1 });
    expect(await exists(discharged.id)).toBe(false);
    expect(await exists(held.id)).toBe(true);
    expect(JSON.parse((await tombstones(discharged.id))[0]!.details!)).toMatchObject({ basis: "discharged", optOutKept: false });
    expect((await tombstones(discharged.id))[0]).toMatchObject({ actorKind: "system", actorId: null });
    // The same day again: the run is claimed, nothing happens; the job itself run twice changes nothing.
    expect(await h.tillit.retentionTick()).toBeUndefined();
    const again = await runRetention({ sql: h.tillit.sql, events: h.tillit.events, log: h.tillit.log, optOuts: h.tillit.optOuts, settings: retention() }, h.clock.now());
    expect(again).toMatchObject({ "erased-discharged": 0, "erased-no-contact": 0, "message-texts": 0 });
    expect(await tombstones(discharged.id)).toHaveLength(1);

    // Twelve months after their last message the quiet one goes; the one who wrote at five months stays.
    h.clock.advance(183 * DAY);
    expect(await h.tillit.retentionTick()).toMatchObject({ "erased-no-contact": 1 });
    expect(await exists(quiet.id)).toBe(false);
    expect(await exists(active.id)).toBe(true);
    expect(await exists(held.id)).toBe(true);
    // Released, the held record goes at the next run.
    lead = await w.client("leadA");
    expect((await lead.post(`/participants/${held.id}/retention-hold/release`)).status).toBe(200);
    h.clock.advance(DAY);
    expect(await h.tillit.retentionTick()).toMatchObject({ "erased-discharged": 1 });
    expect(await exists(held.id)).toBe(false);
    // The service log has counts, never names or numbers.
    const logged = h.logs.lines.filter((l) => l.includes('"retention run"'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toMatch(/Ada|Bo"|Cia|\+46/);
  });

  it("keeps a discharged participant who never answers through the follow-up, and erases six months after its last check-in", async () => {
    const silent = await teamParticipant("Eli");
    const lead = await w.client("leadA");
    expect((await lead.post(`/conversations/${silent.conversationId}/discharge`, { outcome: "work" })).status).toBe(200);
    const dischargedAt = h.clock.now();
    const running = () => h.tillit.db.nudgeSchedule.count({ where: { participantId: silent.id, cadenceKey: "discharge", status: "active" } });
    expect(await running()).toBe(1);
    // From one planned check-in to the next with the nudge sender running, as in production; the
    // retention job runs just before each (erasure, once due, stays due: that is where it would show).
    const nextCheckIn = () => h.tillit.db.nudge.findFirst({ where: { participantId: silent.id, status: "scheduled" }, orderBy: { dueAt: "asc" } });
    for (let rounds = 0; (await running()) > 0; rounds++) {
      expect(rounds, "the follow-up ends (back-off quiets it when nobody answers)").toBeLessThan(20);
      const next = (await nextCheckIn())!;
      h.clock.advance(Math.max(0, next.dueAt.getTime() - h.clock.ms - 3_600_000));
      await h.tillit.retentionTick();
      expect(await exists(silent.id)).toBe(true);
      h.clock.advance(2 * 3_600_000);
      await h.tillit.nudges.tick();
    }
    const sent = await h.tillit.db.message.findMany({ where: { participantId: silent.id, direction: "out", createdAt: { gt: dischargedAt } }, orderBy: { createdAt: "asc" } });
    // Follow-up check-ins went out (the farewell itself is at the discharge's moment) before anything could be erased.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    const lastSent = sent.at(-1)!.createdAt;
    expect(lastSent.getTime() - dischargedAt.getTime()).toBeGreaterThanOrEqual(30 * DAY - DAY);
    // Then the earlier of the two rules: six months after the last check-in, or twelve months
    // after the young person last wrote (reminders are not contact).
    const lastWrote = (await h.tillit.db.message.findFirstOrThrow({ where: { participantId: silent.id, direction: "in" }, orderBy: { createdAt: "desc" } })).createdAt;
    const months = (at: Date, n: number) => DateTime.fromJSDate(at, { zone: "Europe/Stockholm" }).plus({ months: n }).toMillis();
    const [dueAt, reason] = months(lastSent, 6) <= months(lastWrote, 12) ? [months(lastSent, 6), "erased-discharged"] : [months(lastWrote, 12), "erased-no-contact"];
    // The day before: kept; the day after: erased, once.
    h.clock.advance(Math.max(0, dueAt - h.clock.ms - DAY));
    await h.tillit.retentionTick();
    expect(await exists(silent.id)).toBe(true);
    h.clock.advance(2 * DAY);
    expect(await h.tillit.retentionTick()).toMatchObject({ [reason]: 1 });
    expect(await exists(silent.id)).toBe(false);
  });

  it("a run that died (its lease passed unfinished) is taken over the same day", async () => {
    h.clock.advance(2 * DAY);
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(h.clock.now());
    await h.tillit.db.retentionRun.create({ data: { day, startedAt: h.clock.now(), leaseUntil: new Date(h.clock.ms + 3_600_000) } });
    expect(await h.tillit.retentionTick()).toBeUndefined();
    h.clock.advance(2 * 3_600_000);
    expect(await h.tillit.retentionTick()).toBeDefined();
    expect((await h.tillit.db.retentionRun.findUniqueOrThrow({ where: { day } })).finishedAt).not.toBeNull();
  });

  it("purges expired sessions, old sign-in attempts, spent links and codes, and audit details past their months", async () => {
    const db = h.tillit.db;
    const old = new Date(h.clock.ms - 800 * DAY);
    await db.staffSession.create({ data: { id: "expired-session", staffId: w.accounts.coordA.id, csrfToken: "x", createdAt: old, lastSeenAt: old, expiresAt: old } });
    await db.loginAttempt.create({ data: { key: "k", succeeded: false, at: old } });
    const someone = await new Participant(h, `+46${n++}`).say("Hej").then(() => db.participant.findFirstOrThrow({ orderBy: { id: "desc" } }));
    await db.webInvite.create({ data: { participantId: someone.id, tokenHash: "old-invite", createdById: w.accounts.coordA.id, expiresAt: old, createdAt: old } });
    await db.phoneLinkRequest.create({ data: { participantId: someone.id, phone: "+46700000999", status: "failed", createdAt: old, codeHash: "x", codeExpiresAt: old } });
    const audit = await db.auditLog.create({ data: { at: old, actorKind: "staff", actorId: w.accounts.coordA.id, action: "conversation.viewed", subjectType: "conversation", subjectId: "1", details: JSON.stringify({ x: 1 }) } });
    h.clock.advance(DAY);
    const counts = await h.tillit.retentionTick();
    expect(counts).toMatchObject({ sessions: 1, "login-attempts": 1, "web-invites": 1, "phone-links": 1 });
    expect(await db.staffSession.count({ where: { id: "expired-session" } })).toBe(0);
    expect(await db.phoneLinkRequest.count({ where: { phone: "+46700000999" } })).toBe(0);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: audit.id } })).toMatchObject({ details: null, action: "conversation.viewed" });
  });
});

function retention() {
  const c = h.tillit.config;
  return { afterDischargeMonths: c.RETENTION_AFTER_DISCHARGE_MONTHS, noContactMonths: c.RETENTION_NO_CONTACT_MONTHS, unconsentedMessageDays: c.RETENTION_UNCONSENTED_MESSAGE_DAYS, auditDetailsMonths: c.RETENTION_AUDIT_DETAILS_MONTHS };
}
