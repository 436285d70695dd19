// Issue 19.4 over HTTP: rows say why they wait and show the young person's own last words; "olästa"
// counts only what a human should read; close/resolve and snooze go through the transitions (audited,
// bad input changes nothing, a crisis is never snoozed); a colleague's presence is shared only within
// the team.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
let n = 732000000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const conversation = (id: number) => h.tillit.db.conversation.findUniqueOrThrow({ where: { id } });
const text = async (from: string, body: string) => {
  await h.tillit.core.receive({ channel: "sms", providerId: `R-${from}-${Math.random()}`, from, body, receivedAt: h.clock.now() });
  await h.tillit.core.idle();
};
const row = (rows: { conversationId: number }[], id: number) => rows.find((r) => r.conversationId === id) as Record<string, any> | undefined;

describe("rows that say why", () => {
  it("asked for a person, crisis, concern, not understood; the preview is the young person's words; the bot's conversations have no unread", async () => {
    const asked = await w.participant("A", phone(), "Asta");
    const crisis = await w.participant("A", phone(), "Cleo");
    const quiet = await w.participant("A", phone(), "Bo");
    const askedPhone = (await h.tillit.db.participant.findUniqueOrThrow({ where: { id: asked.participantId } })).phone!;
    await text(askedPhone, "kan jag prata med en människa?");
    await h.tillit.db.conversation.update({ where: { id: crisis.conversationId }, data: { priority: "crisis", status: "waiting", waitingSince: h.clock.now(), handoffReason: "crisis:self-harm" } });
    await h.tillit.db.conversation.update({ where: { id: quiet.conversationId }, data: { priority: "concern", concernReason: "sleep" } });
    const maja = await w.client("coordA");
    const { rows, needingHuman } = await maja.json("/conversations");
    expect(row(rows, asked.conversationId)).toMatchObject({ why: "asked", preview: { body: "kan jag prata med en människa?", authorKind: "participant" } });
    expect(row(rows, crisis.conversationId)).toMatchObject({ why: "crisis", preview: { body: "Hej" } });
    expect(row(rows, quiet.conversationId)).toMatchObject({ why: "concern" });
    expect(needingHuman).toBeGreaterThanOrEqual(3);
    // The bot has this one in hand: nothing for a human to read, and no reason given.
    const calm = await w.participant("A", phone(), "Dani");
    const calmRow = row((await maja.json("/conversations")).rows, calm.conversationId)!;
    expect(calmRow).toMatchObject({ unread: 0, why: null, preview: { body: "Hej" } });
    // The bot's own words are never the preview, whoever wrote last.
    for (const r of (await maja.json("/conversations")).rows) expect(r.preview?.authorKind ?? "participant").toBe("participant");
  });
});

describe("close and snooze", () => {
  it("close moves a conversation to Avslutade, audited; a second close is 409; the next message opens a new conversation", async () => {
    const c = await w.participant("A", phone(), "Elin");
    const maja = await w.client("coordA");
    expect((await maja.post(`/conversations/${c.conversationId}/close`)).status).toBe(200);
    expect((await conversation(c.conversationId)).status).toBe("closed");
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.closed", subjectId: String(c.conversationId), actorId: w.accounts.coordA.id } })).toBe(1);
    expect(row((await maja.json("/conversations?status=closed")).rows, c.conversationId)).toBeDefined();
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeUndefined();
    expect((await maja.post(`/conversations/${c.conversationId}/close`)).status).toBe(409);
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: c.participantId } });
    await text(p.phone!, "hej igen");
    const open = await h.tillit.db.conversation.findMany({ where: { participantId: c.participantId, status: { not: "closed" } } });
    expect(open).toHaveLength(1);
    expect(open[0]!.id).not.toBe(c.conversationId);
  });

  it("snooze hides a conversation until its time or until the young person writes; wake brings it back; audited", async () => {
    const c = await w.participant("A", phone(), "Fia");
    const maja = await w.client("coordA");
    const until = new Date(h.clock.now().getTime() + 3 * 3_600_000).toISOString();
    expect((await maja.post(`/conversations/${c.conversationId}/snooze`, { until })).status).toBe(200);
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeUndefined();
    expect(row((await maja.json("/conversations?status=snoozed")).rows, c.conversationId)).toMatchObject({ snoozedUntil: until });
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.snoozed", subjectId: String(c.conversationId) } })).toBe(1);
    // Wake it by hand.
    expect((await maja.post(`/conversations/${c.conversationId}/snooze`, { until: null })).status).toBe(200);
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeDefined();
    // Snoozed again; the participant writes: back in the list at once.
    h.clock.advance(60_000);
    expect((await maja.post(`/conversations/${c.conversationId}/snooze`, { until })).status).toBe(200);
    h.clock.advance(60_000);
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: c.participantId } });
    await text(p.phone!, "en sak till");
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeDefined();
    // And its time passing brings it back too.
    expect((await maja.post(`/conversations/${c.conversationId}/snooze`, { until: new Date(h.clock.now().getTime() + 3_600_000).toISOString() })).status).toBe(200);
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeUndefined();
    h.clock.advance(3_600_001);
    expect(row((await maja.json("/conversations")).rows, c.conversationId)).toBeDefined();
  });

  it("bad input, a crisis, a closed conversation and another team change nothing", async () => {
    const c = await w.participant("A", phone(), "Gus");
    const maja = await w.client("coordA");
    const before = await conversation(c.conversationId);
    const hour = (hours: number) => new Date(h.clock.now().getTime() + hours * 3_600_000).toISOString();
    const bad: [unknown, number][] = [
      [{}, 400], [{ until: "tomorrow" }, 400], [{ until: 12 }, 400], [{ until: hour(1), extra: 1 }, 400],
      [{ until: hour(-1) }, 400], [{ until: hour(24 * 31) }, 400], ["<script>", 400],
    ];
    for (const [body, status] of bad) expect((await maja.post(`/conversations/${c.conversationId}/snooze`, body)).status, JSON.stringify(body)).toBe(status);
    for (const who of ["coordB", "leadB"] as const) {
      const outsider = await w.client(who);
      expect((await outsider.post(`/conversations/${c.conversationId}/snooze`, { until: hour(1) })).status).toBe(404);
      expect((await outsider.post(`/conversations/${c.conversationId}/close`)).status).toBe(404);
      expect((await outsider.post(`/conversations/${c.conversationId}/presence`, { typing: true })).status).toBe(404);
    }
    expect((await maja.post(`/conversations/99999999/close`)).status).toBe(404);
    expect((await maja.post(`/conversations/nope/snooze`, { until: hour(1) })).status).toBe(400);
    expect({ ...(await conversation(c.conversationId)), updatedAt: null }).toEqual({ ...before, updatedAt: null });
    await h.tillit.db.conversation.update({ where: { id: c.conversationId }, data: { priority: "crisis" } });
    expect((await maja.post(`/conversations/${c.conversationId}/snooze`, { until: hour(1) })).status).toBe(409);
    expect((await conversation(c.conversationId)).snoozedUntil).toBeNull();
  });
});

describe("presence", () => {
  it("a colleague of the same team sees who else has the conversation open and who is typing; another team's staff cannot say they are there", async () => {
    const c = await w.participant("A", phone(), "Hedda");
    const maja = await w.client("coordA");
    const kim = await w.client("coordA2");
    const lena = await w.client("leadA");
    expect(await (await maja.post(`/conversations/${c.conversationId}/presence`, { typing: false })).json()).toEqual({ people: [] });
    expect(await (await kim.post(`/conversations/${c.conversationId}/presence`, { typing: true })).json()).toEqual({ people: [{ staffId: w.accounts.coordA.id, name: "Maja", typing: false }] });
    const seen = (await (await lena.post(`/conversations/${c.conversationId}/presence`, { typing: false })).json()).people;
    expect(seen).toEqual(expect.arrayContaining([{ staffId: w.accounts.coordA.id, name: "Maja", typing: false }, { staffId: w.accounts.coordA2.id, name: "Kim", typing: true }]));
    for (const body of [{}, { typing: "yes" }, { typing: true, text: "hej" }]) expect((await kim.post(`/conversations/${c.conversationId}/presence`, body)).status).toBe(400);
    // Gone after a short while without a word from the page.
    h.clock.advance(30_000);
    expect(await (await lena.post(`/conversations/${c.conversationId}/presence`, { typing: false })).json()).toEqual({ people: [] });
  });
});
