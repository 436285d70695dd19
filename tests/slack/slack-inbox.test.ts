// Slack through @slack/bolt against a local fake Slack Web API, with signed event and action requests
// to Tillit's /slack/events: the handoff post with its buttons, claiming, the participant's messages
// in the thread, a coordinator's thread reply relayed by SMS, an unmapped Slack user refused, a
// crisis alert, and a Slack outage that blocks nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { buttonPayload, FakeSlack, signedSlackRequest, threadReplyEvent } from "../helpers/fake-slack.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

const BOT_TOKEN = "xoxb-test-0000000000-abcdefabcdef";
const SIGNING_SECRET = "slack-signing-secret-for-tests";

let h: Harness;
let w: StaffWorld;
let slack: FakeSlack;
let n = 735000000;

beforeAll(async () => {
  slack = new FakeSlack(BOT_TOKEN);
  await slack.start();
  h = await startHarness({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
  w = await staffWorld(h);
});
afterAll(async () => {
  await h.stop();
  await slack.stop();
});

async function say(phone: string, body: string): Promise<void> {
  await h.tillit.core.receive({ channel: "sms", providerId: `SL-${n++}`, from: phone, body, receivedAt: h.clock.now() });
  await h.tillit.core.idle();
}

async function handedOff(name: string): Promise<{ phone: string; conversationId: number; threadTs: string }> {
  const phone = `+46${n++}`;
  const { conversationId } = await w.participant("A", phone, name);
  await say(phone, "kan jag prata med en människa?");
  const thread = await eventually(() => h.tillit.db.slackThread.findUnique({ where: { conversationId } }));
  // The bot's "a person will get back to you" has reached the phone, so later counts start from rest.
  await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
  return { phone, conversationId, threadTs: thread.threadTs };
}

const postEvent = (body: string, contentType = "application/json", signingSecret = SIGNING_SECRET) =>
  fetch(`${h.baseUrl}/slack/events`, signedSlackRequest(signingSecret, body, contentType));
const press = (actionId: string, conversationId: number, user: string, messageTs: string) =>
  postEvent(buttonPayload({ actionId, value: String(conversationId), user, channel: "CNORD0001", messageTs, responseUrl: `${slack.url}/respond/${n++}` }), "application/x-www-form-urlencoded");

describe("handoff to Slack", () => {
  it("posts to the team's channel with the first name, why, a short context and Claim / Hand back buttons", async () => {
    const before = slack.called("chat.postMessage").length;
    const { conversationId, threadTs } = await handedOff("Hedda Berg");
    const post = slack.called("chat.postMessage")[before]!;
    expect(post.args.channel).toBe("CNORD0001");
    expect(post.args.thread_ts).toBeUndefined();
    expect(post.args.text).toBe("Hedda vill prata med en person");
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain("kan jag prata med en människa?");
    const buttons = post.args.blocks.find((b: { type: string }) => b.type === "actions").elements;
    expect(buttons.map((b: { action_id: string; value: string }) => [b.action_id, b.value])).toEqual([["tillit_claim", String(conversationId)], ["tillit_hand_back", String(conversationId)]]);
    expect(threadTs).toMatch(/^\d+\.\d+$/);
    // The conversation's phone number never goes to Slack.
    expect(JSON.stringify(slack.calls)).not.toContain("+46");
  });

  it("a request with a wrong signature is refused and changes nothing", async () => {
    const { conversationId, threadTs } = await handedOff("Frank");
    const forged = await postEvent(buttonPayload({ actionId: "tillit_claim", value: String(conversationId), user: "UMAJA0001", channel: "CNORD0001", messageTs: threadTs, responseUrl: `${slack.url}/respond/x` }), "application/x-www-form-urlencoded", "wrong-secret");
    expect(forged.status).toBe(401);
    const stale = await fetch(`${h.baseUrl}/slack/events`, signedSlackRequest(SIGNING_SECRET, threadReplyEvent({ channel: "CNORD0001", threadTs, user: "UMAJA0001", text: "hej" }), "application/json", Math.floor(Date.now() / 1000) - 600));
    expect(stale.status).toBe(401);
    expect((await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("waiting");
  });
});

describe("a request taken back", () => {
  it("'nej vänta' after asking: the thread says the participant took it back, and the conversation is the bot's again", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Ines");
    await say(phone, "nej vänta, behövs inte");
    await eventually(() => slack.called("chat.postMessage").some((p) => p.args.thread_ts === threadTs && p.args.text === "Deltagaren tog tillbaka sin förfrågan om en människa. Boten svarar igen; läs gärna tråden."));
    expect((await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("bot");
    // Never "Tillit lämnade tillbaka": nobody handed anything back.
    expect(slack.called("chat.postMessage").some((p) => p.args.thread_ts === threadTs && String(p.args.text).includes("lämnade tillbaka"))).toBe(false);
  });
});

describe("claim, talk in the thread, hand back", () => {
  it("Claim takes over as the mapped coordinator; the participant's messages appear in the thread; a thread reply goes to the participant signed; Hand back returns to the bot", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Alva");
    expect((await press("tillit_claim", conversationId, "UMAJA0001", threadTs)).status).toBe(200);
    await eventually(async () => (await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status === "human");
    const c = await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(c.assigneeId).toBe(w.accounts.coordA.id);
    await eventually(() => slack.called("chat.update").some((u) => u.args.ts === threadTs && JSON.stringify(u.args.blocks).includes("Tas om hand av Maja")));

    await say(phone, "tack <3 jag är orolig för imorgon");
    await eventually(() => slack.called("chat.postMessage").some((p) => p.args.thread_ts === threadTs && p.args.text === "*Alva:* tack &lt;3 jag är orolig för imorgon"));

    const sentBefore = h.fake.sentTo(phone).length;
    expect((await postEvent(threadReplyEvent({ channel: "CNORD0001", threadTs, user: "UMAJA0001", text: "Hej Alva! Vi tar det lugnt &amp; pratar om det <https://kommun.se/karta|här>." }))).status).toBe(200);
    const sms = await eventually(() => h.fake.sentTo(phone).length > sentBefore && h.fake.sentTo(phone).at(-1));
    expect(sms.body).toBe("Hej Alva! Vi tar det lugnt & pratar om det här (https://kommun.se/karta).\n/Maja");
    // The bot stays silent while Maja has it.
    const outBefore = await h.tillit.db.message.count({ where: { conversationId, authorKind: "bot" } });
    await say(phone, "okej");
    expect(await h.tillit.db.message.count({ where: { conversationId, authorKind: "bot" } })).toBe(outBefore);

    expect((await press("tillit_hand_back", conversationId, "UMAJA0001", threadTs)).status).toBe(200);
    await eventually(async () => (await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status === "bot");
    await eventually(() => slack.called("chat.postMessage").some((p) => p.args.thread_ts === threadTs && String(p.args.text).includes("lämnade tillbaka till boten")));
    await say(phone, "hej igen");
    expect(await h.tillit.db.message.count({ where: { conversationId, authorKind: "bot" } })).toBeGreaterThan(outBefore);
  });

  it("an unmapped Slack user's reply gets an ephemeral explanation and nothing is sent; so does a button press", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Bo");
    const sentBefore = h.fake.sentTo(phone).length;
    const ephemeralBefore = slack.called("chat.postEphemeral").length;
    await postEvent(threadReplyEvent({ channel: "CNORD0001", threadTs, user: "USTRANGER", text: "Hej från någon okänd" }));
    const eph = await eventually(() => slack.called("chat.postEphemeral")[ephemeralBefore]);
    expect(eph.args).toMatchObject({ channel: "CNORD0001", user: "USTRANGER", thread_ts: threadTs });
    expect(eph.args.text).toContain("inte kopplat");
    const responsesBefore = slack.responses.length;
    await press("tillit_claim", conversationId, "USTRANGER", threadTs);
    await eventually(() => slack.responses.length > responsesBefore);
    expect(slack.responses.at(-1)).toMatchObject({ response_type: "ephemeral" });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.sentTo(phone).length).toBe(sentBefore);
    expect((await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("waiting");
  });

  it("a mapped coordinator of another team is refused in the thread and nothing is sent", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Cleo");
    const sentBefore = h.fake.sentTo(phone).length;
    const ephemeralBefore = slack.called("chat.postEphemeral").length;
    await postEvent(threadReplyEvent({ channel: "CNORD0001", threadTs, user: "UOLLE0001", text: "Hej från Syd" }));
    const eph = await eventually(() => slack.called("chat.postEphemeral")[ephemeralBefore]);
    expect(eph.args.text).toContain("inte tillgång");
    expect(h.fake.sentTo(phone).length).toBe(sentBefore);
    expect((await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("waiting");
  });

  it("a crisis posts an alert to the team's channel with crisis priority, and the dialog stays stopped", async () => {
    const phone = `+46${n++}`;
    const { conversationId } = await w.participant("A", phone, "Dana");
    const before = slack.called("chat.postMessage").length;
    await say(phone, "jag orkar inte leva längre");
    const alert = await eventually(() => slack.called("chat.postMessage").slice(before).find((p) => p.args.channel === "CNORD0001"));
    expect(alert.args.text).toMatch(/^:rotating_light: Dana: KRIS/);
    const c = await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(c).toMatchObject({ priority: "crisis", status: "waiting" });
    // The participant got the help numbers, and in the inbox the crisis is at the top.
    await eventually(() => h.fake.sentTo(phone).some((m) => m.body.includes("90101")));
    const maja = await w.client("coordA");
    const list = await maja.json("/conversations");
    expect(list.rows[0]).toMatchObject({ conversationId, need: "crisis" });
    // The dialog stopped and the bot does not resume on its own; further messages get, instead of
    // silence, when a person reads (the numbers come back every few messages, sooner when heavy:
    // tests/dialogs/fifth-tester-waiting.test.ts), never the same line twice, and no question of a dialog.
    // In the order written (PostgreSQL returns rows in no particular order without one).
    const botMessages = () => h.tillit.db.message.findMany({ where: { conversationId, authorKind: "bot" }, orderBy: { id: "asc" } });
    const botBefore = await botMessages();
    await say(phone, "ok");
    await say(phone, "hallå");
    const after = (await botMessages()).slice(botBefore.length);
    expect(after.map((m) => m.body)).toEqual([expect.stringMatching(/teamet[^?]*$/i), expect.stringMatching(/teamet[^?]*$/i)]);
    expect(after[1]!.body).not.toBe(after[0]!.body);
  });

  it("a crisis during a takeover alerts the existing thread", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Eli");
    await press("tillit_claim", conversationId, "UMAJA0001", threadTs);
    await eventually(async () => (await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status === "human");
    await say(phone, "jag har tagit en överdos");
    await eventually(() => slack.called("chat.postMessage").some((p) => p.args.thread_ts === threadTs && String(p.args.text).startsWith("<!here> KRIS")));
  });
});

describe("a Slack outage", () => {
  it("blocks neither the participant's conversation nor the web inbox, and is logged without content", async () => {
    slack.outage = true;
    try {
      const phone = `+46${n++}`;
      const { conversationId } = await w.participant("A", phone, "Greta");
      // Slack hangs: its calls get no answer at all while the rest is checked.
      slack.holding = true;
      await say(phone, "kan jag prata med en människa?");
      // The participant is answered although Slack is down.
      await eventually(() => h.fake.sentTo(phone).some((m) => m.body.includes("koordinator")));
      const maja = await w.client("coordA");
      const res = await maja.post(`/conversations/${conversationId}/reply`, { text: "Hej Greta, jag ringer dig snart." });
      expect(res.status).toBe(200);
      await eventually(() => h.fake.sentTo(phone).some((m) => m.body.startsWith("Hej Greta, jag ringer")));
      // All of that happened while Slack's calls were still unanswered: nothing waited for them.
      expect(slack.heldCount).toBeGreaterThan(0);
      slack.releaseHeld();
      await h.tillit.slack!.idle();
      expect(h.logs.text).toContain("slack call failed");
      expect(h.logs.text).not.toContain("Greta");
    } finally {
      slack.releaseHeld();
      slack.outage = false;
    }
  });
});

describe("one thread per conversation", () => {
  it("a second handoff of the same conversation is a reply in its thread, broadcast to the channel", async () => {
    const { phone, conversationId, threadTs } = await handedOff("Ines");
    await press("tillit_claim", conversationId, "UMAJA0001", threadTs);
    await eventually(async () => (await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status === "human");
    // Her "kan jag prata med en människa?" has no answer yet: Slack's Hand back says to answer first (fix25j), and
    // the conversation stays with Maja.
    const responsesBefore = slack.responses.length;
    await press("tillit_hand_back", conversationId, "UMAJA0001", threadTs);
    await eventually(() => slack.responses.length > responsesBefore);
    expect(slack.responses.at(-1)).toMatchObject({ response_type: "ephemeral" });
    expect(String((slack.responses.at(-1) as { text?: string }).text)).toContain('obesvarat ("kan jag prata med en människa?")');
    expect((await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status).toBe("human");
    await postEvent(threadReplyEvent({ channel: "CNORD0001", threadTs, user: "UMAJA0001", text: "Hej Ines, jag ringer dig i eftermiddag." }));
    await eventually(async () => (await h.tillit.db.message.count({ where: { conversationId, authorKind: "coordinator" } })) === 1);
    await press("tillit_hand_back", conversationId, "UMAJA0001", threadTs);
    await eventually(async () => (await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).status === "bot");
    const before = slack.called("chat.postMessage").length;
    await say(phone, "jag vill prata med en människa igen");
    const again = await eventually(() => slack.called("chat.postMessage").slice(before).find((p) => p.args.reply_broadcast));
    expect(again.args).toMatchObject({ channel: "CNORD0001", thread_ts: threadTs });
    expect(await h.tillit.db.slackThread.count({ where: { conversationId } })).toBe(1);
  });
});
