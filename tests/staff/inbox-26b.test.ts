// Session 26's inbox leftovers (fix26b), the staff API side (tester25, /work/notes/s25/tester25/FINDINGS.md):
// 1. (#2) Crisis rows came longest wait first, so Sara ("jag tänker ta mitt liv ikväll. har tabletterna här") was 4th:
//    the most acute crisis comes first (something taken or danger now, then a plan with means or a time, then the rest;
//    bot/domain/crisis-acuity.ts), the longest wait first within each.
// 2. (#2) A flagged row quoted the latest line ("hallå?"): it quotes the words that raised the flag, the latest second.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
let w: StaffWorld;
let n = 732626000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-12-06T15:30:00Z"); // Sunday 16:30 in Stockholm, as the tester's
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

let sid = 0;
async function says(from: string, body: string) {
  h.clock.ms += 60_000;
  await h.tillit.core.receive({ channel: "sms", providerId: `S26B-${sid++}`, from, body, receivedAt: h.clock.now() });
  await h.tillit.core.idle();
}

type Row = { conversationId: number; preview: { body: string } | null; latest: string | null; why: string };

describe("1 and 2. crisis rows: the most acute first, each quoting what raised it", () => {
  it("pills taken, then a plan for tonight with the pills at hand, then a wish and harm told (longest wait first)", async () => {
    const maja = await w.client("coordA");
    const people = { ebba: phone(), ali: phone(), sara: phone(), moa: phone(), nora: phone() };
    const ids: Record<string, number> = {};
    for (const [name, p] of Object.entries(people)) ids[name] = (await w.participant("A", p, name)).conversationId;
    await says(people.ebba, "jag vill inte leva längre");
    await says(people.ali, "pappa slår mig");
    await says(people.sara, "jag tänker ta mitt liv ikväll. har tabletterna här");
    await says(people.moa, "har tagit 20 alvedon");
    await says(people.nora, "tänker ta livet av mig inatt");
    await says(people.sara, "hallå?");
    await says(people.ebba, "hallå?");

    const { rows } = (await maja.json("/conversations?status=crisis")) as { rows: Row[] };
    const order = rows.map((r) => Object.entries(ids).find(([, id]) => id === r.conversationId)?.[0]);
    expect(order).toEqual(["moa", "sara", "nora", "ebba", "ali"]);
    // The same order in the whole list, and a page that starts inside the crises continues it.
    const all = (await maja.json("/conversations")).rows as Row[];
    expect(all.slice(0, 5).map((r) => r.conversationId)).toEqual(rows.map((r) => r.conversationId));
    const second = (await maja.json("/conversations?limit=2&offset=2")).rows as Row[];
    expect(second.map((r) => r.conversationId)).toEqual([ids.nora, ids.ebba]);

    const sara = rows.find((r) => r.conversationId === ids.sara)!;
    expect(sara).toMatchObject({ why: "crisis", preview: { body: "jag tänker ta mitt liv ikväll. har tabletterna här" }, latest: "hallå?" });
    expect(rows.find((r) => r.conversationId === ids.moa)).toMatchObject({ preview: { body: "har tagit 20 alvedon" }, latest: null });
  });

  it("a concern row quotes what raised it too; an ordinary row its last words", async () => {
    const maja = await w.client("coordA");
    const p = phone();
    const plain = phone();
    const { conversationId } = await w.participant("A", p, "Leo");
    const other = await w.participant("A", plain, "Sam");
    await says(p, "har inte ätit på två dagar, pengarna är slut");
    const before = (await maja.json("/conversations")).rows as Row[];
    expect(before.find((r) => r.conversationId === conversationId)).toMatchObject({ why: "concern" });
    await says(p, "ok");
    await says(plain, "tjena");
    const { rows } = (await maja.json("/conversations")) as { rows: Row[] };
    expect(rows.find((r) => r.conversationId === conversationId)).toMatchObject({ preview: { body: "har inte ätit på två dagar, pengarna är slut" }, latest: "ok" });
    expect(rows.find((r) => r.conversationId === other.conversationId)).toMatchObject({ preview: { body: "tjena" }, latest: null });
  });
});

// 3. (#4) "Ungdomen sa ja"'s line about the confirmation was gone after a reload: the meeting list says it from what is stored.
describe("3. an agreed meeting's confirmation, as stored", () => {
  type Meeting = { id: number; confirmation: { state: string; at?: string; why?: string } | null };
  const listed = async (maja: Awaited<ReturnType<StaffWorld["client"]>>, conversationId: number, id: number) =>
    ((await maja.json(`/conversations/${conversationId}/meetings`)).meetings as Meeting[]).find((m) => m.id === id)!;

  /** Someone past onboarding on team Nord (a proposal to them goes at once in office hours). */
  const onboarded = async (name: string) => {
    const p = await onboardedParticipant(h, phone(), "sv", name);
    const record = await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { teamId: w.teamA }, include: { conversations: true } });
    return { conversationId: record.conversations[0]!.id };
  };

  it("sent, held until when (quiet hours), or not needed (agreed with the team directly); nothing on a proposal", async () => {
    h.clock.ms = Date.parse("2026-12-07T09:00:00Z"); // Monday 10:00 in Stockholm: a proposal goes at once
    let maja = await w.client("coordA");
    const ida = await onboarded("Ida");
    const proposal = await (await maja.post(`/conversations/${ida.conversationId}/meetings`, { startsAt: "2026-12-08T14:00:00+01:00", location: "Ungdomens hus" })).json();
    expect(proposal.proposal).toBe("sent");
    expect(await listed(maja, ida.conversationId, proposal.meetingId)).toMatchObject({ confirmation: null });
    expect(await (await maja.post(`/conversations/${ida.conversationId}/meetings/${proposal.meetingId}/agreed`)).json()).toMatchObject({ told: "sent" });
    const sent = await listed(maja, ida.conversationId, proposal.meetingId);
    expect(sent.confirmation).toMatchObject({ state: "sent" });
    expect(Date.parse(sent.confirmation!.at!)).toBe(h.clock.now().getTime());

    const elin = await onboarded("Elin");
    const second = await (await maja.post(`/conversations/${elin.conversationId}/meetings`, { startsAt: "2026-12-09T14:00:00+01:00" })).json();
    const before = h.clock.ms;
    h.clock.ms = Date.parse("2026-12-07T22:30:00Z"); // Monday 23:30 in Stockholm
    const late = await w.client("coordA"); // signed in again: a session does not last the evening
    const told = await (await late.post(`/conversations/${elin.conversationId}/meetings/${second.meetingId}/agreed`)).json();
    expect(told).toMatchObject({ told: "held" });
    expect(await listed(late, elin.conversationId, second.meetingId)).toMatchObject({ confirmation: { state: "held", at: told.heldUntil, why: "later" } });
    h.clock.ms = before;
    maja = await w.client("coordA");

    const sam = await onboarded("Sam");
    const agreed = await (await maja.post(`/conversations/${sam.conversationId}/meetings`, { startsAt: "2026-12-09T10:00:00+01:00", alreadyAgreed: true })).json();
    expect(await listed(maja, sam.conversationId, agreed.meetingId)).toMatchObject({ confirmation: { state: "not-needed" } });
  });
});

// 5. (#15) "6 olästa" on a crisis of one message: the unread count left out nothing, onboarding's answers included.
describe("5. unread counts what a person should read, not onboarding's answers", () => {
  it("onboarded, then one crisis message: 1 unread; one more: 2", async () => {
    const maja = await w.client("coordA");
    const p = await onboardedParticipant(h, phone(), "sv", "Vera");
    const record = await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { teamId: w.teamA }, include: { conversations: true } });
    const conversationId = record.conversations[0]!.id;
    expect(await h.tillit.db.message.count({ where: { conversationId, direction: "in" } })).toBeGreaterThan(2);
    await says(record.phone!, "orkar inte leva mer");
    const row = async () => ((await maja.json("/conversations")).rows as (Row & { unread: number })[]).find((r) => r.conversationId === conversationId)!;
    expect(await row()).toMatchObject({ why: "crisis", unread: 1 });
    await says(record.phone!, "hallå?");
    expect(await row()).toMatchObject({ unread: 2 });
  });
});
