// Who hears about a flag, and how: the web inbox (list and live stream) and Slack, also for a
// participant who wrote STOPP (issue 21.1); concern ranked below crisis and above the rest; and the
// team's on-call phone and Slack channel outside office hours (issue 12.3), through the real twilio
// SDK and Bolt against local fakes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { FakeSlack } from "../helpers/fake-slack.js";
import { staffWorld, type StaffClient, type StaffWorld } from "../helpers/staff.js";

const BOT_TOKEN = "xoxb-test-0000000000-abcdefabcdef";
let h: Harness;
let w: StaffWorld;
let slack: FakeSlack;
let n = 753000000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  slack = new FakeSlack(BOT_TOKEN);
  await slack.start();
  h = await startHarness({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: "slack-signing-secret-for-tests", SLACK_API_URL: slack.apiUrl });
  w = await staffWorld(h);
});
afterAll(async () => {
  await h.stop();
  await slack.stop();
});

async function say(from: string, body: string): Promise<void> {
  await h.tillit.core.receive({ channel: "sms", providerId: `CA-${n++}`, from, body, receivedAt: h.clock.now() });
  await h.tillit.core.idle();
}

/** Reads the staff event stream until `until` holds for what arrived (or 5 s pass). */
async function watchEvents(client: StaffClient, act: () => Promise<void>, until: (text: string) => boolean): Promise<string> {
  const controller = new AbortController();
  const res = await fetch(`${h.baseUrl}/staff/api/events`, { headers: { cookie: client.cookie }, signal: controller.signal });
  const reader = res.body!.getReader();
  await reader.read(); // ": connected"
  await act();
  let text = "";
  const deadline = Date.now() + 5000;
  while (!until(text) && Date.now() < deadline) text += new TextDecoder().decode((await reader.read()).value);
  controller.abort();
  return text;
}

const postsTo = (channel: string) => slack.called("chat.postMessage").filter((c) => c.args.channel === channel);

describe("a crisis from a participant who wrote STOPP (issue 21.1)", () => {
  it("reaches the inbox (top of the list, live event) and Slack, and the participant gets the help numbers, nothing else", async () => {
    const number = phone();
    const { conversationId } = await w.participant("A", number, "Alva Stopp");
    await say(number, "STOPP");
    // The opt-out confirmation has gone out; from here only the answer to a crisis may reach the phone.
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { participant: { phone: number }, status: { in: ["pending", "sending"] } } })) === 0);
    const sentBefore = h.fake.sentTo(number).length;
    const maja = await w.client("coordA");
    const before = postsTo("CNORD0001").length;
    const stream = await watchEvents(maja, () => say(number, "vill inte leva längre"), (t) => t.includes(`{"kind":"crisis","conversationId":${conversationId}}`));
    expect(stream).toContain(`{"kind":"crisis","conversationId":${conversationId}}`);
    const list = await maja.json(`/conversations`);
    expect(list.rows[0]).toMatchObject({ conversationId, need: "crisis", priority: "crisis", participantStatus: "opted-out" });
    const post = await eventually(() => postsTo("CNORD0001").slice(before).find((c) => String(c.args.text).includes("KRIS")));
    expect(post.args.text).toBe(":rotating_light: Alva: KRIS: kan vara i fara (suicide)");
    await h.tillit.slack!.idle();
    // The help that fits, through the outbox like every SMS; nothing else (a tester's crisis after STOPP met silence).
    const sent = await eventually(() => (h.fake.sentTo(number).length === sentBefore + 1 ? h.fake.sentTo(number).slice(sentBefore) : undefined));
    expect(JSON.stringify(sent)).toMatch(/90101/);
  });
});

describe("concern in the inbox and Slack", () => {
  it("ranks below crisis and above a conversation waiting for a human; Slack gets a notice without @here", async () => {
    const waiting = phone();
    const concerned = phone();
    const crisis = phone();
    const a = await w.participant("A", waiting, "Vera Väntar");
    const b = await w.participant("A", concerned, "Olle Oro");
    const c = await w.participant("A", crisis, "Kim Kris");
    await say(waiting, "prata med en människa");
    const before = postsTo("CNORD0001").length;
    await say(concerned, "sover hela dagarna och äter typ ingenting");
    await say(crisis, "har tagit en massa tabletter");
    const lena = await w.client("leadA");
    const rows = (await lena.json(`/conversations?scope=team`)).rows as { conversationId: number; need: string; concernReason: string | null }[];
    const order = rows.filter((r) => [a, b, c].some((x) => x.conversationId === r.conversationId));
    expect(order.map((r) => [r.conversationId, r.need])).toEqual([[c.conversationId, "crisis"], [b.conversationId, "concern"], [a.conversationId, "waiting"]]);
    expect(order[1]!.concernReason).toBe("sleep,food");
    expect((await lena.json(`/conversations?status=concern`)).rows.map((r: { conversationId: number }) => r.conversationId)).toContain(b.conversationId);
    const notice = await eventually(() => postsTo("CNORD0001").slice(before).find((p) => String(p.args.text).includes("ORO")));
    expect(notice.args.text).toBe(":large_yellow_circle: Olle: ORO: sömn, mat");
    expect(JSON.stringify(notice.args)).not.toContain("<!here>");
    // Handing back clears the flag.
    await lena.post(`/conversations/${b.conversationId}/takeover`);
    // Nobody answered his words: the coordinator says to go ahead (bot/staff/handoff.ts unansweredByStaff).
    expect((await lena.post(`/conversations/${b.conversationId}/handback`, { anyway: true })).status).toBe(200);
    expect(await h.tillit.db.conversation.findUnique({ where: { id: b.conversationId } })).toMatchObject({ priority: "normal", concernReason: null, concernSince: null });
  });
});

describe("on-call alerts outside office hours", () => {
  const ON_CALL = "+46709998877";

  it("team leads set the on-call phone and Slack channel; coordinators and other teams cannot; bad input changes nothing", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    expect((await maja.put(`/teams/${w.teamA}/on-call`, { phone: ON_CALL, slackChannel: null })).status).toBe(403);
    expect((await olle.put(`/teams/${w.teamA}/on-call`, { phone: ON_CALL, slackChannel: null })).status).toBe(404);
    expect(await (await lena.put(`/teams/${w.teamA}/on-call`, { phone: "070-12", slackChannel: null })).json()).toMatchObject({ error: "invalid-phone" });
    expect((await lena.put(`/teams/${w.teamA}/on-call`, { phone: null, slackChannel: "#jour" })).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/on-call`, { phone: null })).status).toBe(400);
    expect(await h.tillit.db.team.findUnique({ where: { id: w.teamA } })).toMatchObject({ onCallPhone: null, onCallSlackChannel: null });
    const saved = await lena.put(`/teams/${w.teamA}/on-call`, { phone: "070-999 88 77", slackChannel: "CJOUR0001" });
    expect(await saved.json()).toEqual({ phone: ON_CALL, slackChannel: "CJOUR0001" });
    expect(await maja.json(`/teams/${w.teamA}/on-call`)).toEqual({ phone: ON_CALL, slackChannel: "CJOUR0001" });
    expect((await olle.get(`/teams/${w.teamA}/on-call`)).status).toBe(404);
    const audit = await h.tillit.db.auditLog.findFirst({ where: { action: "team.on-call-changed" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit!.details!)).toEqual({ phoneSet: true, slackChannel: "CJOUR0001" });
    expect(audit!.details).not.toContain("99");
  });

  it("a night-time crisis texts the on-call phone once, without the participant's words or name, and posts to the on-call channel", async () => {
    const number = phone();
    const { conversationId } = await w.participant("A", number, "Nora Natt");
    const at = h.clock.ms;
    h.clock.ms = Date.parse("2026-11-24T01:30:00Z"); // Tuesday 02:30 in Stockholm
    try {
      const smsBefore = h.fake.sentTo(ON_CALL).length;
      const toParticipant = h.fake.sentTo(number).length;
      await say(number, "står på bron nu");
      await eventually(() => h.fake.sentTo(number).length >= toParticipant + 2);
      expect(h.fake.sentTo(number).at(-1)!.body).toMatch(/^Jag har larmat teamets jour\. Någon i teamet läser det i dag från kl 08:00\./);
      const text = await eventually(() => h.fake.sentTo(ON_CALL).slice(smsBefore)[0]?.body);
      expect(text).toBe(`Tillit: en krisflagga väntar i inkorgen. Öppna: https://tillit.example.org/staff#/c/${conversationId}`);
      const post = await eventually(() => postsTo("CJOUR0001").at(-1));
      expect(post.args.text).toBe(`<!here> ${text}`);
      // Further messages while the flag stands alert no one again.
      await say(number, "vill hoppa");
      await eventually(async () => (await h.tillit.db.onCallAlert.count({ where: { conversationId, status: "sent" } })) === 2);
      await h.tillit.onCall.drainOnce();
      expect(h.fake.sentTo(ON_CALL).slice(smsBefore)).toHaveLength(1);
      expect(await h.tillit.db.onCallAlert.findMany({ where: { conversationId }, select: { channel: true, status: true, target: true } })).toEqual([
        { channel: "sms", status: "sent", target: ON_CALL },
        { channel: "slack", status: "sent", target: "CJOUR0001" },
      ]);
      for (const m of [...h.fake.sentTo(ON_CALL), ...postsTo("CJOUR0001").map((p) => ({ body: String(p.args.text) }))]) {
        expect(m.body).not.toMatch(/Nora|bron|hoppa|\+46/);
      }
    } finally {
      h.clock.ms = at;
    }
  });

  it("in office hours the team is at work: no on-call alert", async () => {
    const number = phone();
    const { conversationId } = await w.participant("A", number);
    await say(number, "skär mej");
    await h.tillit.onCall.drainOnce();
    expect(await h.tillit.db.onCallAlert.count({ where: { conversationId } })).toBe(0);
  });
});
