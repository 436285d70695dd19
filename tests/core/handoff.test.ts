import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { AccessDeniedError, HandoffError, handBack, replyAsCoordinator, takeOver, type StaffActor } from "../../bot/staff/handoff.js";
import { viewConversation } from "../../bot/staff/conversation-view.js";
import { onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
let maja: StaffActor;
let olle: StaffActor;
let admin: StaffActor;
let teamA: number;
beforeAll(async () => {
  h = await startHarness();
  const db = h.tillit.db;
  teamA = (await db.team.create({ data: { slug: "nord", name: "Team Nord" } })).id;
  const teamB = (await db.team.create({ data: { slug: "syd", name: "Team Syd" } })).id;
  const staff = async (email: string, firstName: string, role: StaffActor["role"], teamIds: number[]) => {
    const u = await db.staffUser.create({ data: { email, firstName, displayName: firstName, role, memberships: { create: teamIds.map((teamId) => ({ teamId })) } } });
    return { id: u.id, email, displayName: firstName, firstName, role, teamIds };
  };
  maja = await staff("maja@kommun.se", "Maja", "coordinator", [teamA]);
  olle = await staff("olle@kommun.se", "Olle", "coordinator", [teamB]);
  admin = await staff("admin@kommun.se", "Ada", "admin", []);
});
afterAll(async () => h.stop());

const deps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now });
let n = 770000000;

async function participantOfTeamA(): Promise<{ phone: string; conversationId: number }> {
  const phone = `+46${n++}`;
  await h.sendSms({ From: phone, Body: "Hej" });
  await eventually(() => h.fake.sentTo(phone).length === 2);
  const p = await h.tillit.db.participant.update({ where: { phone }, data: { teamId: teamA }, include: { conversations: true } });
  return { phone, conversationId: p.conversations[0]!.id };
}

const conversation = (id: number) => h.tillit.db.conversation.findUniqueOrThrow({ where: { id } });

describe("take over, answer as yourself, hand back", () => {
  it("the bot says once that a coordinator has it, then is silent; the reply goes out signed; after hand-back the bot answers again", async () => {
    const { phone, conversationId } = await participantOfTeamA();
    h.clock.advance(60_000);
    await takeOver(deps(), maja, conversationId);
    expect(await conversation(conversationId)).toMatchObject({ status: "human", assigneeId: maja.id });
    h.clock.advance(60_000);

    await h.sendSms({ From: phone, Body: "ja" });
    await h.tillit.core.idle();
    await h.tillit.outbox.drainOnce();
    // Told once that a person has the chat now (Maja has not written yet), then nothing more from the bot.
    await eventually(() => h.fake.sentTo(phone).length === 3);
    expect(h.fake.sentTo(phone)[2]!.body).toBe("Maja i teamet har tagit över chatten, så nu är det en person som svarar dig här, inte jag.");
    await h.sendSms({ From: phone, Body: "ok" });
    await h.tillit.core.idle();
    await h.tillit.outbox.drainOnce();
    expect(h.fake.sentTo(phone)).toHaveLength(3);

    await replyAsCoordinator(deps(), maja, conversationId, "Hej! Jag heter Maja och läser med. Hur har du det?");
    await eventually(() => h.fake.sentTo(phone).length === 4);
    expect(h.fake.sentTo(phone)[3]!.body).toBe("Hej! Jag heter Maja och läser med. Hur har du det?\n/Maja");
    const sent = await h.tillit.db.message.findFirstOrThrow({ where: { conversationId, authorKind: "coordinator" } });
    expect(sent).toMatchObject({ authorStaffId: maja.id, direction: "out" });

    await handBack(deps(), maja, conversationId);
    await h.sendSms({ From: phone, Body: "ja" });
    await eventually(() => h.fake.sentTo(phone).length === 5);
    // Over SMS the last words were Maja's: the bot's first answer says it is the bot again (once). The "ja"
    // answered Maja, not the consent asked before the takeover: it is no yes, and the consent form does not
    // come back after a person has talked with them (dialogs/onboarding.dialog.ts, consentWaitsAfterPerson).
    expect(h.fake.sentTo(phone)[4]!.body).toMatch(/^Det är Tillit, boten, som svarar nu igen\. Vill du nå Maja, skriv "prata med en människa"\. /);
    expect(h.fake.sentTo(phone)[4]!.body).not.toMatch(/kalla dig|spara/);
    expect((await h.tillit.db.consent.findMany({ where: { participant: { phone } } })).length).toBe(0);
    await h.sendSms({ From: phone, Body: "Kim" });
    await eventually(() => h.fake.sentTo(phone).length === 6);
    expect(h.fake.sentTo(phone)[5]!.body).not.toMatch(/boten/);
    const actions = (await h.tillit.db.auditLog.findMany({ where: { subjectId: String(conversationId), actorKind: "staff" }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["conversation.taken-over", "conversation.coordinator-replied", "conversation.handed-back"]);
  });

  it("hand-back after a crisis is a human's decision and clears the crisis priority", async () => {
    const { phone, conversationId } = await participantOfTeamA();
    await h.sendSms({ From: phone, Body: "jag vill dö" });
    await eventually(async () => (await conversation(conversationId)).priority === "crisis");
    // Not while nobody has taken it over (fix25d: nobody would have spoken to them).
    await expect(handBack(deps(), maja, conversationId)).rejects.toMatchObject({ reason: "crisis-not-taken-over" });
    expect(await conversation(conversationId)).toMatchObject({ status: "waiting", priority: "crisis" });
    await takeOver(deps(), maja, conversationId);
    await handBack(deps(), maja, conversationId);
    expect(await conversation(conversationId)).toMatchObject({ status: "bot", priority: "normal", handoffReason: null });
  });

  it("over SMS the bot's first answer after a hand-back says it is the bot again, once; after a crisis, how they are gets warmth, not the 1-10 question", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: teamA } });
    const conversationId = (await p.record()).conversations[0]!.id;
    expect((await p.say("orkar inte leva längre"))[0]).toMatch(/^Är du i fara just nu: ring 112\..*Tack för att du berättar, det är modigt\.$/);
    await replyAsCoordinator(deps(), maja, conversationId, "Hej, jag såg det du skrev. Jag ringer dig om fem min, okej?");
    expect(await p.say("ok")).toEqual(["Hej, jag såg det du skrev. Jag ringer dig om fem min, okej?\n/Maja"]); // no bot reply while Maja has it
    await handBack(deps(), maja, conversationId);
    expect(await p.received()).toEqual([]); // no extra text at the hand-back itself
    expect(await p.say("jag mår bättre nu")).toEqual([
      "Det är Tillit, boten, som svarar nu igen. Vill du nå Maja, skriv \"prata med en människa\". Vad skönt att höra. Jag finns här om du vill skriva mer, och Maja läser med.",
    ]);
    const next = await p.say("mår sådär ändå");
    expect(next).toHaveLength(1);
    expect(next[0]).not.toMatch(/Tillit, boten|1-10/);
    expect(next[0]).toMatch(/Maja läser med/);
    // Asked for, the check-in still starts.
    expect((await p.say("checka in"))[0]).toMatch(/1-10/);
  });

  it("a coordinator of another team can neither read nor change the conversation; the attempt is audited", async () => {
    const { phone, conversationId } = await participantOfTeamA();
    await expect(takeOver(deps(), olle, conversationId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(replyAsCoordinator(deps(), olle, conversationId, "hej")).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(handBack(deps(), olle, conversationId)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await conversation(conversationId)).toMatchObject({ status: "bot", assigneeId: null });
    await h.tillit.outbox.drainOnce();
    expect(h.fake.sentTo(phone)).toHaveLength(2);
    expect(await h.tillit.db.auditLog.count({ where: { actorId: olle.id, subjectId: String(conversationId), action: { endsWith: ".denied" } } })).toBe(3);
    await takeOver(deps(), admin, conversationId); // an admin may
  });

  it("a participant without a team is visible to admins only", async () => {
    const phone = `+46${n++}`;
    await h.sendSms({ From: phone, Body: "Hej" });
    const p = await eventually(() => h.tillit.db.participant.findUnique({ where: { phone }, include: { conversations: true } }));
    const id = p.conversations[0]!.id;
    await expect(takeOver(deps(), maja, id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(viewConversation(deps(), maja, id)).rejects.toBeInstanceOf(AccessDeniedError);
    // The admin side: an admin reads it, takes over, answers and hands back.
    expect((await viewConversation(deps(), admin, id)).participant).toMatchObject({ id: p.id, team: null });
    await takeOver(deps(), admin, id);
    await replyAsCoordinator(deps(), admin, id, "Hej, jag heter Ada och jobbar här.");
    await handBack(deps(), admin, id);
    expect(await h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "bot" });
    await eventually(() => h.fake.sentTo(phone).some((m) => m.body.startsWith("Hej, jag heter Ada")));
  });

  it("refuses empty or over-long messages and anything to an opted-out number", async () => {
    const { phone, conversationId } = await participantOfTeamA();
    await expect(replyAsCoordinator(deps(), maja, conversationId, "   ")).rejects.toMatchObject({ reason: "empty-message" });
    await expect(replyAsCoordinator(deps(), maja, conversationId, "x".repeat(1001))).rejects.toMatchObject({ reason: "too-long" });
    await h.sendSms({ From: phone, Body: "STOPP" });
    await eventually(() => h.fake.sentTo(phone).length === 3);
    await expect(replyAsCoordinator(deps(), maja, conversationId, "Hej, det är Maja")).rejects.toBeInstanceOf(HandoffError);
    await h.tillit.outbox.drainOnce();
    expect(h.fake.sentTo(phone)).toHaveLength(3);
  });
});
