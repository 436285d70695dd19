// Tillit's Direct Line endpoint with Microsoft's own client (botframework-directlinejs) from Node:
// start, post, receive over the WebSocket and by polling with watermarks, reconnect without losing or
// duplicating, refresh a token, be refused on another conversation; personal invitation links that
// show the SMS history; bad input refused with nothing stored.
import { createWebVisitor } from "../../bot/db/web-visitors.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { ChatClient, chatSession, type ChatSession } from "../helpers/directline.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";

let h: Harness;
let w: StaffWorld;
const clients: ChatClient[] = [];
const connect = (s: ChatSession, opts?: ConstructorParameters<typeof ChatClient>[2]) => {
  const c = new ChatClient(h, s, opts);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterEach(() => clients.splice(0).forEach((c) => c.end()));
afterAll(async () => h.stop());

const WELCOME = "Hej! Jag är Tillit, en digital assistent. En koordinator läser med och kan svara själv när du vill.";
const dl = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${h.baseUrl}/v3/directline${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...(init.headers ?? {}) } });

describe("Direct Line with botframework-directlinejs", () => {
  it("starts a conversation, posts, and receives the echo and the replies over the WebSocket, choices as suggested actions", async () => {
    const s = await chatSession(h);
    const c = connect(s, { startNew: true });
    await c.online();
    const id = await c.say("Hej", s.userId, "client-1");
    expect(id).toMatch(new RegExp(`^${s.conversationId}\\|\\d+$`));
    await c.waitFor((t) => t.includes(WELCOME) && t.some((x) => x.endsWith("om du ber om det. Okej?")));
    const echo = c.messages.find((a) => a.from.role === "user")!;
    expect(echo).toMatchObject({ id, text: "Hej", channelData: { clientActivityID: "client-1" } });
    const consent = c.messages.find((a) => (a as { text?: string }).text?.endsWith("om du ber om det. Okej?"))!;
    expect((consent as { suggestedActions?: { actions: { title: string; type: string }[] } }).suggestedActions?.actions.map((a) => [a.type, a.title])).toEqual([["imBack", "Ja"], ["imBack", "Nej"], ["imBack", "Jag har frågor"]]);
    // Tapping a button sends its text; the dialog goes on.
    await c.say("Ja", s.userId);
    await c.waitFor((t) => t.some((x) => /vad vill du att jag ska kalla dig/i.test(x)));
    // A typing indicator came before the answers.
    expect(c.activities.some((a) => a.type === "typing")).toBe(true);
    // Web and SMS are one path: the message is stored once with its provider id, replies go out on the web channel.
    const stored = await h.tillit.db.message.findMany({ where: { channel: "webchat", direction: "in" } });
    expect(stored.filter((m) => m.providerId === `${s.conversationId}/client-1`)).toHaveLength(1);
    expect(h.fake.creates).toHaveLength(0);
  });

  it("polling with watermarks receives the same conversation", async () => {
    const s = await chatSession(h);
    const c = connect(s, { webSocket: false });
    await c.say("Hej", s.userId);
    await c.waitFor((t) => t.includes(WELCOME));
    const res = await (await dl(`/conversations/${s.conversationId}/activities?watermark=`, s.token)).json();
    const mark = Number(res.watermark);
    expect(res.activities.length).toBeGreaterThanOrEqual(3);
    const after = await (await dl(`/conversations/${s.conversationId}/activities?watermark=${mark}`, s.token)).json();
    expect(after).toEqual({ activities: [], watermark: String(mark) });
  });

  it("reconnects from its watermark without losing or duplicating anything", async () => {
    const s = await chatSession(h);
    const first = connect(s);
    await first.online();
    await first.say("Hej", s.userId);
    await first.waitFor((t) => t.some((x) => x.endsWith("om du ber om det. Okej?")));
    const seen = first.messages.map((a) => a.id!);
    const watermark = (first.dl as unknown as { watermark: string }).watermark;
    first.end();
    // While the page is closed, the conversation goes on (another device of the same participant).
    await dl(`/conversations/${s.conversationId}/activities`, s.token, { method: "POST", body: JSON.stringify({ type: "message", text: "ja", from: { id: s.userId } }) });
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
    const second = connect(s, { watermark });
    await second.waitFor((t) => t.some((x) => /ska kalla dig/i.test(x)));
    const again = second.messages.map((a) => a.id!);
    expect(again.filter((id) => seen.includes(id))).toEqual([]);
    expect(new Set(again).size).toBe(again.length);
    expect(second.texts()[0]).toBe("ja");
    // A page reload without a watermark gets the whole history, in order (the greeting before the first
    // message was never stored, so it is not part of the history).
    expect(seen[0]).toBe(`${s.conversationId}|greeting`);
    const reload = connect(s);
    await reload.waitFor((t) => t.length === seen.length - 1 + again.length);
    expect(reload.messages.map((a) => a.id)).toEqual([...seen.slice(1), ...again]);
  });

  it("a long history arrives whole over the stream, page after page", async () => {
    const s = await chatSession(h);
    // The visitor has written before (their rows exist); the history is made directly.
    await createWebVisitor(h.tillit.sql, { webConversationId: s.conversationId, language: "sv", resumeHash: "0".repeat(64), now: h.clock.now() });
    const web = await h.tillit.db.webConversation.findUniqueOrThrow({ where: { id: s.conversationId } });
    await h.tillit.sql.transaction(async (tx) => {
      for (let i = 1; i <= 450; i++) {
        await tx.execute(
          `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "providerId", "status", "createdAt") VALUES (?, ?, 'in', 'webchat', 'participant', ?, ?, 'processed', ?)`,
          [web.conversationId, web.participantId, `meddelande ${i}`, `${s.conversationId}/old-${i}`, h.clock.now()],
        );
      }
    });
    const c = connect(s);
    await c.waitFor((t) => t.length === 450);
    // directlinejs emits each frame's activities on its own async scheduler, so frames that arrive
    // together interleave; by id (which Web Chat's timestamps follow) nothing is missing or doubled.
    const byId = c.messages.slice().sort((x, y) => x.id!.localeCompare(y.id!));
    expect(byId.map((a) => (a as { text?: string }).text)).toEqual(Array.from({ length: 450 }, (_, i) => `meddelande ${i + 1}`));
  });

  it("refreshes a token; an expired one is refused", async () => {
    const s = await chatSession(h);
    h.clock.advance(20 * 60_000);
    const refreshed = await (await dl("/tokens/refresh", s.token, { method: "POST" })).json();
    expect(refreshed).toMatchObject({ conversationId: s.conversationId, expires_in: 1800 });
    expect(refreshed.token).not.toBe(s.token);
    h.clock.advance(15 * 60_000); // the first token is now 35 minutes old
    expect((await dl(`/conversations/${s.conversationId}/activities`, s.token)).status).toBe(403);
    expect((await dl("/tokens/refresh", s.token, { method: "POST" })).status).toBe(403);
    const c = connect({ ...s, token: refreshed.token });
    await c.say("Hej", s.userId);
    await c.waitFor((t) => t.includes(WELCOME));
  });

  it("a token for one conversation can never read or post to another", async () => {
    const a = await chatSession(h);
    const b = await chatSession(h);
    const bc = connect(b);
    await bc.say("Hej, det här är hemligt", b.userId);
    await bc.waitFor((t) => t.includes(WELCOME));
    expect((await dl(`/conversations/${b.conversationId}/activities`, a.token)).status).toBe(403);
    expect((await dl(`/conversations/${b.conversationId}`, a.token)).status).toBe(403);
    const posted = await dl(`/conversations/${b.conversationId}/activities`, a.token, { method: "POST", body: JSON.stringify({ type: "message", text: "intrång" }) });
    expect(posted.status).toBe(403);
    const ws = new WebSocket(`${h.baseUrl.replace("http", "ws")}/v3/directline/conversations/${b.conversationId}/stream?t=${encodeURIComponent(a.token)}`);
    const refused = await new Promise<number>((resolve) => ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0)).on("open", () => resolve(101)));
    expect(refused).toBe(403);
    expect(await h.tillit.db.message.count({ where: { body: "intrång" } })).toBe(0);
    // No token, or a made-up one.
    expect((await fetch(`${h.baseUrl}/v3/directline/conversations/${b.conversationId}/activities`)).status).toBe(401);
    expect((await dl(`/conversations/${b.conversationId}/activities`, "bm90LWEtdG9rZW4.c2lnbmF0dXJl")).status).toBe(403);
    // Tokens never reach the log, not even from a refused stream.
    for (const token of [a.token, b.token]) expect(h.logs.text).not.toContain(token);
  });

  it("bad activities get a clear 400 and nothing is stored; HTML stays text", async () => {
    const s = await chatSession(h);
    const before = await h.tillit.db.message.count();
    const post = (body: string) => dl(`/conversations/${s.conversationId}/activities`, s.token, { method: "POST", body });
    const cases = [
      JSON.stringify({ type: "message", text: "x".repeat(20_000) }), // oversized
      '{"type": "message", "text": ', // malformed
      JSON.stringify({ type: "message", text: "   " }),
      JSON.stringify({ type: "message", text: "bild", attachments: [{ contentType: "image/png", contentUrl: "http://x" }] }),
      JSON.stringify({ text: "no type" }),
      JSON.stringify([1, 2, 3]),
    ];
    for (const body of cases) {
      const res = await post(body);
      expect(res.status, body.slice(0, 40)).toBe(400);
      expect((await res.json()).error.code).toBe("BadArgument");
    }
    expect(await h.tillit.db.message.count()).toBe(before);
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> hej\u202E';
    expect((await post(JSON.stringify({ type: "message", text: html, from: { id: s.userId } }))).status).toBe(200);
    const stored = await h.tillit.db.message.findFirstOrThrow({ where: { channel: "webchat", body: { contains: "onerror" } } });
    expect(stored.body).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script> hej');
    // Typing and other events are acknowledged, not stored.
    expect((await post(JSON.stringify({ type: "typing", from: { id: s.userId } }))).status).toBe(200);
    expect((await dl(`/conversations/${s.conversationId}/upload`, s.token, { method: "POST", body: "{}" })).status).toBe(400);
  });

  it("a client's retry with the same clientActivityID is stored and answered once", async () => {
    const s = await chatSession(h);
    const body = JSON.stringify({ type: "message", text: "Hej", from: { id: s.userId }, channelData: { clientActivityID: "retry-1" } });
    const [r1, r2] = await Promise.all([1, 2].map(() => dl(`/conversations/${s.conversationId}/activities`, s.token, { method: "POST", body })));
    expect((await r1!.json()).id).toBe((await r2!.json()).id);
    const c = connect(s);
    await c.waitFor((t) => t.some((x) => x.endsWith("om du ber om det. Okej?")));
    expect(c.texts("bot").filter((t) => t === WELCOME)).toHaveLength(1);
  });
});

/** The one-time code the phone got by SMS, entered on the web: the phone is proven to be the visitor's. */
async function proveByCode(s: { token: string }, phone: string): Promise<void> {
  const text = await eventually(() => h.fake.sentTo(phone).map((m) => m.body).find((b) => /Tillits webbchatt: \d{6}/.test(b)));
  const code = /(\d{6})/.exec(text)![1]!;
  const res = await fetch(`${h.baseUrl}/chat/api/phone/verify`, { method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify({ code }) });
  expect(res.status).toBe(200);
}

describe("one conversation across SMS and the web", () => {
  it("a coordinator's personal link opens the participant's SMS conversation; a coordinator's reply arrives live on the web", async () => {
    const phone = "+46733000001";
    const { conversationId } = await w.participant("A", phone, "Nora");
    const maja = await w.client("coordA");
    const link = await (await maja.post(`/conversations/${conversationId}/web-invite`)).json();
    expect(link.url).toMatch(/^https:\/\/tillit\.example\.org\/chat\?invite=/);
    const invite = new URL(link.url).searchParams.get("invite")!;
    // Another team cannot make one.
    expect((await (await w.client("coordB")).post(`/conversations/${conversationId}/web-invite`)).status).toBe(404);

    const s = await chatSession(h, { invite });
    expect(s.resume).toBeTruthy();
    const c = connect(s);
    await c.waitFor((t) => t[0] === "Hej" && t.includes(WELCOME));
    expect(c.messages[0]!.channelData).toMatchObject({ channel: "sms" });
    // The link works once; the browser keeps its resume key for later visits.
    expect((await fetch(`${h.baseUrl}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ invite }) })).status).toBe(410);
    const later = await chatSession(h, { resume: s.resume });
    expect(later.conversationId).toBe(s.conversationId);

    // Now the participant writes on the web: the coordinator answers on the web, not by SMS.
    const smsBefore = h.fake.sentTo(phone).length;
    await c.say("kan jag prata med en människa?", s.userId);
    await c.waitFor((t) => t.some((x) => /jag säger till teamet/.test(x)));
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "Hej Nora! Maja här." })).status).toBe(200);
    // On the web her name and id say who writes (the page shows "Maja (personal)"), so the SMS signature is left off;
    // a line before her words says a person has joined.
    await c.waitFor((t) => t.includes("Hej Nora! Maja här."));
    const fromMaja = c.messages.find((a) => (a as { text?: string }).text?.startsWith("Hej Nora!"))!;
    expect(fromMaja.from).toMatchObject({ id: `staff-${w.accounts.coordA.id}`, name: "Maja", role: "bot" });
    expect(fromMaja.channelData).toMatchObject({ author: "coordinator" });
    const texts = c.messages.map((a) => (a as { text?: string }).text);
    expect(texts.indexOf("Maja från personalen är med i chatten nu.")).toBe(texts.indexOf("Hej Nora! Maja här.") - 1);
    expect(h.fake.sentTo(phone).length).toBe(smsBefore);
  });

  it("an invitation that is forged, expired or for nothing is refused", async () => {
    for (const invite of ["not-a-token-at-all", "eyJrIjoiaW52aXRlIn0.AAAA"]) {
      const res = await fetch(`${h.baseUrl}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ invite }) });
      expect(res.status).toBe(403);
    }
    const { conversationId } = await w.participant("A", "+46733000002");
    const maja = await w.client("coordA");
    const invite = new URL((await (await maja.post(`/conversations/${conversationId}/web-invite`)).json()).url).searchParams.get("invite")!;
    h.clock.advance(8 * 86_400_000);
    const expired = await fetch(`${h.baseUrl}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ invite }) });
    expect(expired.status).toBe(403);
  });

  it("a number that belongs to another team's participant is neither joined nor revealed", async () => {
    const phone = "+46733000004";
    const other = await w.participant("B", phone, "Sigge");
    const s = await chatSession(h);
    const c = connect(s);
    await c.say("Hej", s.userId);
    await c.waitFor((t) => t.includes(WELCOME));
    const left = await fetch(`${h.baseUrl}/chat/api/phone`, { method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify({ phone }) });
    // The visitor learns nothing about the number: the same answer as for a number nobody has.
    expect([left.status, await left.json()]).toEqual([202, { ok: true }]);
    await proveByCode(s, phone);
    const webParticipant = (await h.tillit.db.webConversation.findUniqueOrThrow({ where: { id: s.conversationId } })).participantId;
    await h.tillit.db.participant.update({ where: { id: webParticipant }, data: { teamId: w.teamA } });
    const webConversation = (await h.tillit.db.conversation.findFirstOrThrow({ where: { participantId: webParticipant } })).id;
    const maja = await w.client("coordA");
    const refused = await maja.post(`/conversations/${webConversation}/phone-link/confirm`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: "other-team" });
    // Nor does the coordinator learn who has it: nothing of team B's participant in what she reads.
    const seen = JSON.stringify([await maja.json(`/conversations/${webConversation}`), await maja.json(`/conversations/${webConversation}/profile`), await maja.json("/conversations?scope=all")]);
    expect(seen).not.toContain("Sigge");
    expect(seen).not.toContain(`"conversationId":${other.conversationId}`);
    expect(c.texts().join("\n")).not.toContain("Sigge");
    expect(await h.tillit.db.message.count({ where: { conversationId: other.conversationId, channel: "webchat" } })).toBe(0);
    expect(await h.tillit.db.phoneLinkRequest.findFirst({ where: { participantId: webParticipant } })).toMatchObject({ status: "pending" });
  });

  it("a web visitor leaves a number; after a coordinator confirms, web and SMS are one conversation", async () => {
    const phone = "+46733000003";
    const sms = await w.participant("A", phone, "Elias");
    const s = await chatSession(h);
    const c = connect(s);
    await c.say("Hej", s.userId);
    await c.waitFor((t) => t.includes(WELCOME));
    const bad = await fetch(`${h.baseUrl}/chat/api/phone`, { method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify({ phone: "12" }) });
    expect(bad.status).toBe(400);
    const left = await fetch(`${h.baseUrl}/chat/api/phone`, { method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify({ phone: "073-300 00 03" }) });
    expect(left.status).toBe(202);
    await proveByCode(s, phone);
    const webParticipant = (await h.tillit.db.webConversation.findUniqueOrThrow({ where: { id: s.conversationId } })).participantId;
    // Nothing is joined before a coordinator confirms.
    expect(await h.tillit.db.participant.findUnique({ where: { id: webParticipant } })).toMatchObject({ phone: null });
    const webConversation = (await h.tillit.db.conversation.findFirstOrThrow({ where: { participantId: webParticipant } })).id;
    await h.tillit.db.participant.update({ where: { id: webParticipant }, data: { teamId: w.teamA } });
    const maja = await w.client("coordA");
    expect((await maja.json(`/conversations/${webConversation}/profile`)).phoneLinkRequest).toMatchObject({ phone });
    // A coordinator of the other team can neither see nor confirm it.
    expect((await (await w.client("coordB")).post(`/conversations/${webConversation}/phone-link/confirm`)).status).toBe(404);
    const joined = await (await maja.post(`/conversations/${webConversation}/phone-link/confirm`)).json();
    expect(joined).toEqual({ conversationId: sms.conversationId, merged: true });
    const history = await h.tillit.db.message.findMany({ where: { conversationId: sms.conversationId }, orderBy: { id: "asc" } });
    expect(history.map((m) => m.channel)).toContain("webchat");
    expect(history.map((m) => m.channel)).toContain("sms");
    // The browser's session now leads to the joined conversation.
    const after = await (await dl(`/conversations/${s.conversationId}/activities`, s.token)).json();
    expect(after.activities.some((a: { channelData: { channel: string } }) => a.channelData.channel === "sms")).toBe(true);
  });
});

describe("Direct Line's secret flow, for a site's own server", () => {
  it("the secret gets a token for a new conversation; directlinejs works with it; without the secret nothing is made", async () => {
    const secret = "s".repeat(20) + "ecret-of-this-deployment";
    const site = await startHarness({ DIRECTLINE_SECRET: secret });
    try {
      const generated = await fetch(`${site.baseUrl}/v3/directline/tokens/generate`, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
      expect(generated.status).toBe(200);
      const { conversationId, token, expires_in } = await generated.json();
      expect(expires_in).toBe(1800);
      const c = new ChatClient(site, { conversationId, token, userId: "web-site-user" });
      clients.push(c);
      await c.say("Hej", "web-site-user");
      await c.waitFor((t) => t.includes(WELCOME));
      // directlinejs given the secret itself starts its own conversation.
      const own = new ChatClient(site, { conversationId: "", token: secret, userId: "u" }, { startNew: true });
      clients.push(own);
      await own.online();
      for (const wrong of ["", "x".repeat(secret.length), secret.slice(1)]) {
        expect((await fetch(`${site.baseUrl}/v3/directline/tokens/generate`, { method: "POST", headers: { authorization: `Bearer ${wrong}` } })).status).toBe(403);
      }
      // Only the conversation someone wrote in is stored; the one directlinejs opened is not.
      expect(await site.tillit.db.webConversation.count()).toBe(1);
    } finally {
      clients.splice(0).forEach((x) => x.end());
      await site.stop();
    }
  });
});

describe("a deployment without anonymous chats", () => {
  it("opens the chat only through a personal link", async () => {
    const closed = await startHarness({ WEBCHAT_ANONYMOUS: "off" });
    try {
      const res = await fetch(`${closed.baseUrl}/chat/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: "anonymous-off" });
      expect(await closed.tillit.db.participant.count()).toBe(0);
    } finally {
      await closed.stop();
    }
  });
});
