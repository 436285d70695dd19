// The staff inbox's HTTP API: sign-in, sessions, CSRF, rate limiting, the prioritised list, and every
// endpoint against every role and team. A coordinator of one team can neither read nor change
// anything of another team's, and every access is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { PASSWORD, StaffClient, staffWorld, type StaffWorld } from "../helpers/staff.js";
import { remindIdleTakeovers } from "../../bot/staff/idle-takeovers.js";

let h: Harness;
let w: StaffWorld;
let n = 731000000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const audits = (action: string, actorId?: number) => h.tillit.db.auditLog.findMany({ where: { action, ...(actorId ? { actorId } : {}) } });
const conversation = (id: number) => h.tillit.db.conversation.findUniqueOrThrow({ where: { id } });

describe("signing in", () => {
  it("a wrong password gets 401 and no cookie; the right one a session cookie that scripts cannot read", async () => {
    const c = new StaffClient(h.baseUrl);
    const wrong = await c.login(w.accounts.coordA.email, "not the password");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const right = await c.login(w.accounts.coordA.email);
    expect(right.status).toBe(200);
    const cookie = right.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^tillit_staff=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Secure/i); // PUBLIC_URL is https
    expect(cookie).toMatch(/Path=\/staff/);
    const me = await c.json("/me");
    expect(me.me).toMatchObject({ email: "maja@kommun.se", role: "coordinator" });
    expect(me.teams.map((t: { slug: string }) => t.slug)).toEqual(["nord"]);
  });

  it("the database keeps only a hash of the session token and an argon2id hash of the password", async () => {
    const c = await w.client("coordA");
    const token = decodeURIComponent(c.cookie.split("=")[1]!);
    const sessions = await h.tillit.db.staffSession.findMany({ where: { staffId: w.accounts.coordA.id } });
    expect(sessions.every((s) => s.id !== token && /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
    const staff = await h.tillit.db.staffUser.findUniqueOrThrow({ where: { id: w.accounts.coordA.id } });
    expect(staff.passwordHash).toMatch(/^\$argon2id\$/);
    expect(staff.passwordHash).not.toContain(PASSWORD);
  });

  it("without a session every endpoint answers 401", async () => {
    const anon = new StaffClient(h.baseUrl);
    for (const path of ["/me", "/conversations", "/conversations/1", "/conversations/1/profile", "/events", "/admin/staff"]) {
      expect((await anon.get(path)).status, path).toBe(401);
    }
    expect((await anon.post("/conversations/1/takeover")).status).toBe(401);
    anon.cookie = "tillit_staff=forged-token-value";
    expect((await anon.get("/me")).status).toBe(401);
  });

  it("after five wrong passwords the account is paused, even for the right password, and says for how long", async () => {
    const c = new StaffClient(h.baseUrl);
    for (let i = 0; i < 5; i++) expect((await c.login(w.accounts.leadA.email, `wrong-${i}`)).status).toBe(401);
    const refused = await c.login(w.accounts.leadA.email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another account from the same address is not locked out by it.
    expect((await new StaffClient(h.baseUrl).login(w.accounts.coordA2.email)).status).toBe(200);
    h.clock.advance(16 * 60_000);
    expect((await c.login(w.accounts.leadA.email)).status).toBe(200);
    expect((await audits("staff.sign-in-failed", w.accounts.leadA.id)).length).toBe(5);
    // The throttle table holds hashes, never the address or e-mail.
    const keys = await h.tillit.db.loginAttempt.findMany();
    expect(keys.every((k) => !k.key.includes("@") && !k.key.includes("127.0.0.1"))).toBe(true);
  });

  it("logging out ends the session; a session idle too long ends by itself", async () => {
    const c = await w.client("coordA2");
    expect((await c.post("/logout")).status).toBe(200);
    expect((await c.get("/me")).status).toBe(401);
    const idle = await w.client("coordA2");
    h.clock.advance(121 * 60_000);
    expect((await idle.get("/me")).status).toBe(401);
  });

  it("a disabled account's sessions end at once", async () => {
    const admin = await w.client("admin");
    const created = await admin.post("/admin/staff", { email: "tillfallig@kommun.se", displayName: "Tove Tillfällig", password: PASSWORD, teamSlugs: ["nord"] });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: number };
    const tove = new StaffClient(h.baseUrl);
    expect((await tove.login("tillfallig@kommun.se")).status).toBe(200);
    expect((await admin.post(`/admin/staff/${id}/disable`)).status).toBe(200);
    expect((await tove.get("/me")).status).toBe(401);
    expect((await tove.login("tillfallig@kommun.se")).status).toBe(401);
  });
});

describe("CSRF and origin", () => {
  it("a state change without the session's CSRF token, with another's, or from another origin is refused and changes nothing", async () => {
    const { conversationId } = await w.participant("A", phone());
    const maja = await w.client("coordA");
    const kim = await w.client("coordA2");
    for (const [opts, error] of [
      [{ csrf: null }, "csrf_token_invalid"],
      [{ csrf: kim.csrfToken }, "csrf_token_invalid"],
      [{ origin: "https://evil.example" }, "cross_origin_request"],
    ] as const) {
      const res = await maja.post(`/conversations/${conversationId}/takeover`, undefined, opts);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: error });
    }
    expect((await conversation(conversationId)).status).toBe("bot");
    // A sign-in posted from another site is refused too (login CSRF).
    const crossLogin = await fetch(`${h.baseUrl}/staff/api/login`, { method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" }, body: JSON.stringify({ email: w.accounts.coordA.email, password: PASSWORD }) });
    expect(crossLogin.status).toBe(403);
    expect((await maja.post(`/conversations/${conversationId}/takeover`, undefined, { origin: "https://tillit.example.org" })).status).toBe(200);
  });

  it("malformed and oversize bodies get a clear 400/413 and change nothing", async () => {
    const { conversationId } = await w.participant("A", phone());
    const maja = await w.client("coordA");
    const raw = (body: string) => fetch(`${h.baseUrl}/staff/api/conversations/${conversationId}/reply`, { method: "POST", headers: { cookie: maja.cookie, "x-csrf-token": maja.csrfToken, "content-type": "application/json" }, body });
    expect((await raw("{not json")).status).toBe(400);
    expect((await raw(JSON.stringify({ text: "x".repeat(70_000) }))).status).toBe(413);
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: 42 })).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "   " })).status).toBe(400);
    expect((await maja.post(`/conversations/${conversationId}/reply`, { text: "ä".repeat(1001) })).status).toBe(400);
    expect((await maja.get("/conversations/abc")).status).toBe(400);
    expect((await h.tillit.db.message.count({ where: { conversationId, authorKind: "coordinator" } }))).toBe(0);
    expect((await conversation(conversationId)).status).toBe("bot");
  });
});

describe("every endpoint × role × team", () => {
  const endpoints: { name: string; call: (c: StaffClient, id: number) => Promise<Response> }[] = [
    { name: "view", call: (c, id) => c.get(`/conversations/${id}`) },
    { name: "profile", call: (c, id) => c.get(`/conversations/${id}/profile`) },
    { name: "takeover", call: (c, id) => c.post(`/conversations/${id}/takeover`) },
    { name: "reply", call: (c, id) => c.post(`/conversations/${id}/reply`, { text: "Hej, det är jag" }) },
    { name: "note", call: (c, id) => c.post(`/conversations/${id}/notes`, { text: "Ringer på fredag" }) },
    { name: "assign", call: (c, id) => c.post(`/conversations/${id}/assign`, { staffId: null }) },
    { name: "summary", call: (c, id) => c.post(`/conversations/${id}/summary`) },
    { name: "handback", call: (c, id) => c.post(`/conversations/${id}/handback`) },
    { name: "snooze", call: (c, id) => c.post(`/conversations/${id}/snooze`, { until: new Date(h.clock.now().getTime() + 86_400_000).toISOString() }) },
    { name: "close", call: (c, id) => c.post(`/conversations/${id}/close`) },
  ];

  it("coordinators and team leads of team B get 404 on team A's conversation for every endpoint, nothing changes, and each try is audited as denied", async () => {
    const target = await w.participant("A", phone(), "Ebba");
    const before = await conversation(target.conversationId);
    const sentBefore = h.fake.messages.length;
    expect(w.accounts.leadB.actor).toMatchObject({ role: "teamlead", teamIds: [w.teamB] });
    for (const who of ["coordB", "leadB"] as const) {
      const outsider = await w.client(who);
      for (const e of endpoints) {
        const res = await e.call(outsider, target.conversationId);
        expect(res.status, `${who} ${e.name}`).toBe(404);
        expect(await res.text(), `${who} ${e.name}`).not.toContain("Ebba");
      }
      const denied = await h.tillit.db.auditLog.findMany({ where: { actorId: w.accounts[who].id, subjectId: String(target.conversationId), action: { endsWith: ".denied" } } });
      expect(denied.length, who).toBeGreaterThanOrEqual(endpoints.length);
      // Nor does team A's conversation show up in team B's list or search.
      for (const scope of ["team", "mine", "all"]) expect((await outsider.json(`/conversations?scope=${scope}&q=Ebba`)).rows, `${who} ${scope}`).toEqual([]);
    }
    const after = await conversation(target.conversationId);
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    expect(await h.tillit.db.internalNote.count({ where: { conversationId: target.conversationId } })).toBe(0);
    expect(h.fake.messages.length).toBe(sentBefore);
  });

  it("every role of the participant's own team, and an admin, can use every endpoint", async () => {
    for (const who of ["coordA", "leadA", "admin"] as const) {
      const target = await w.participant("A", phone(), `Deltagare-${who}`);
      const c = await w.client(who);
      for (const e of endpoints) expect((await e.call(c, target.conversationId)).status, `${who} ${e.name}`).toBe(200);
    }
  });

  it("a participant without a team is visible only to admins", async () => {
    const loner = phone();
    await h.tillit.core.receive({ channel: "sms", providerId: `L-${loner}`, from: loner, body: "Hej", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { phone: loner }, include: { conversations: true } });
    const id = p.conversations[0]!.id;
    expect((await (await w.client("coordA")).get(`/conversations/${id}`)).status).toBe(404);
    const admin = await w.client("admin");
    expect((await admin.get(`/conversations/${id}`)).status).toBe(200);
    // An admin places them in a team; then that team sees them.
    expect((await admin.post(`/admin/participants/${p.id}/team`, { teamId: w.teamA })).status).toBe(200);
    expect((await (await w.client("coordA")).get(`/conversations/${id}`)).status).toBe(200);
  });

  it("only admins manage accounts and teams", async () => {
    for (const who of ["coordA", "leadA"] as const) {
      const c = await w.client(who);
      expect((await c.get("/admin/staff")).status).toBe(403);
      expect((await c.post("/admin/teams", { slug: "ost", name: "Team Öst" })).status).toBe(403);
      expect((await c.post("/admin/staff", { email: "x@kommun.se", displayName: "X", password: PASSWORD, teamSlugs: ["nord"] })).status).toBe(403);
    }
    const admin = await w.client("admin");
    expect((await admin.post("/admin/teams", { slug: "ost", name: "Team Öst" })).status).toBe(200);
    expect((await admin.post("/admin/teams", { slug: "ost", name: "Igen" })).status).toBe(409);
    expect((await admin.post("/admin/staff", { email: "kort@kommun.se", displayName: "K", password: "short", teamSlugs: ["nord"] })).status).toBe(400);
    const staff = await admin.json("/admin/staff");
    expect(staff.staff.some((s: { email: string; passwordHash?: string }) => s.email === "maja@kommun.se" && s.passwordHash === undefined)).toBe(true);
  });

  it("team members are listed only for the staff member's own team; assignment only to a member of the participant's team", async () => {
    const target = await w.participant("A", phone());
    const maja = await w.client("coordA");
    const members = await maja.json(`/team-members?teamId=${w.teamA}`);
    expect(members.members.map((m: { displayName: string }) => m.displayName).sort()).toEqual(["Kim Berg", "Lena Ek", "Maja Lind"]);
    expect((await maja.get(`/team-members?teamId=${w.teamB}`)).status).toBe(404);
    expect((await maja.post(`/conversations/${target.conversationId}/assign`, { staffId: w.accounts.coordB.id })).status).toBe(400);
    expect((await maja.post(`/conversations/${target.conversationId}/assign`, { staffId: w.accounts.coordA2.id })).status).toBe(200);
    const p = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: target.participantId } });
    expect(p.coordinatorId).toBe(w.accounts.coordA2.id);
    const kim = await w.client("coordA2");
    const mine = await kim.json("/conversations?scope=mine");
    expect(mine.rows.map((r: { conversationId: number }) => r.conversationId)).toContain(target.conversationId);
  });
});

describe("the prioritised list", () => {
  it("crisis first, then waiting for a human (oldest first), then unanswered during a takeover, then the rest; with unread counts", async () => {
    // A fresh team keeps this list to the conversations made here.
    const admin = await w.client("admin");
    await admin.post("/admin/teams", { slug: "vast", name: "Team Väst" });
    await admin.post("/admin/staff", { email: "vera@kommun.se", displayName: "Vera Väst", password: PASSWORD, teamSlugs: ["vast"] });
    const vast = (await h.tillit.db.team.findUniqueOrThrow({ where: { slug: "vast" } })).id;
    const join = async (name: string) => {
      const p = await w.participant("A", phone(), name);
      await h.tillit.db.participant.update({ where: { id: p.participantId }, data: { teamId: vast } });
      return p;
    };
    const say = async (conversationId: number, body: string) => {
      const c = await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, include: { participant: true } });
      await h.tillit.core.receive({ channel: "sms", providerId: `P-${conversationId}-${n++}`, from: c.participant.phone!, body, receivedAt: h.clock.now() });
      await h.tillit.core.idle();
    };
    const quiet = await join("Quinn");
    h.clock.advance(60_000);
    const firstWaiting = await join("Wilma");
    await say(firstWaiting.conversationId, "kan jag prata med en människa");
    h.clock.advance(60_000);
    const secondWaiting = await join("William");
    await say(secondWaiting.conversationId, "jag vill prata med min koordinator");
    h.clock.advance(60_000);
    const taken = await join("Ture");
    const vera = new StaffClient(h.baseUrl);
    await vera.login("vera@kommun.se");
    await vera.post(`/conversations/${taken.conversationId}/takeover`);
    h.clock.advance(60_000);
    await say(taken.conversationId, "hallå?");
    h.clock.advance(60_000);
    const crisis = await join("Kris");
    await say(crisis.conversationId, "jag vill inte leva längre");
    h.clock.advance(60_000);
    await say(quiet.conversationId, "ok");

    const list = await vera.json("/conversations?scope=team");
    expect(list.rows.map((r: { name: string }) => r.name)).toEqual(["Kris", "Wilma", "William", "Ture", "Quinn"]);
    expect(list.rows.map((r: { need: string }) => r.need)).toEqual(["crisis", "waiting", "waiting", "unanswered", "other"]);
    expect(list.rows[0].unread).toBe(2);
    // Opening a conversation marks it read for this coordinator only.
    await vera.json(`/conversations/${crisis.conversationId}`);
    const again = await vera.json("/conversations?scope=team");
    expect(again.rows[0].unread).toBe(0);
    // Filters.
    expect((await vera.json("/conversations?status=waiting")).rows.map((r: { name: string }) => r.name)).toEqual(["Kris", "Wilma", "William"]);
    expect((await vera.json("/conversations?status=crisis")).rows.map((r: { name: string }) => r.name)).toEqual(["Kris"]);
    expect((await vera.json("/conversations?scope=mine")).rows.map((r: { name: string }) => r.name)).toEqual(["Ture"]);
    // Paging walks the same order.
    const page1 = await vera.json("/conversations?limit=2");
    const page2 = await vera.json("/conversations?limit=2&offset=2");
    const page3 = await vera.json("/conversations?limit=2&offset=4");
    expect([...page1.rows, ...page2.rows, ...page3.rows].map((r: { name: string }) => r.name)).toEqual(["Kris", "Wilma", "William", "Ture", "Quinn"]);
    expect([page1.hasMore, page2.hasMore, page3.hasMore]).toEqual([true, true, false]);
    // The coordinator answers: Ture is no longer unanswered.
    await vera.post(`/conversations/${taken.conversationId}/reply`, { text: "Hej Ture, jag är här." });
    const after = await vera.json("/conversations");
    expect(after.rows.find((r: { name: string }) => r.name === "Ture").need).toBe("other");
  });

  it("search finds by name, phone number (in any common form) and message text, in any case, with LIKE characters taken literally", async () => {
    const number = phone();
    const target = await w.participant("A", number, "Sixten");
    const c = await h.tillit.db.conversation.findUniqueOrThrow({ where: { id: target.conversationId } });
    await h.tillit.core.receive({ channel: "sms", providerId: `S-${n++}`, from: number, body: "jag gillar 50% skateboard", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const maja = await w.client("coordA");
    const ids = async (q: string) => (await maja.json(`/conversations?q=${encodeURIComponent(q)}`)).rows.map((r: { conversationId: number }) => r.conversationId);
    expect(await ids("sixt")).toContain(c.id);
    expect(await ids("SIXTEN")).toContain(c.id);
    expect(await ids("SKATEBOARD")).toContain(c.id);
    expect(await ids(`0${number.slice(3)}`)).toContain(c.id);
    expect(await ids("skateboard")).toContain(c.id);
    expect(await ids("50% skate")).toEqual([c.id]);
    expect(await ids("5_% skate")).toEqual([]);
    expect((await audits("inbox.searched", w.accounts.coordA.id)).length).toBeGreaterThan(0);
  });
});

describe("the conversation view", () => {
  it("shows the whole story: messages, handoff and takeover events, consent; internal notes are never sent", async () => {
    const number = phone();
    const target = await w.participant("A", number, "Nora");
    await h.tillit.core.receive({ channel: "sms", providerId: `V-${n++}`, from: number, body: "ja", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const maja = await w.client("coordA");
    await maja.post(`/conversations/${target.conversationId}/takeover`);
    const sent = h.fake.messages.length;
    await maja.post(`/conversations/${target.conversationId}/notes`, { text: "<b>Intern</b> anteckning" });
    const view = await maja.json(`/conversations/${target.conversationId}`);
    expect(h.fake.messages.length).toBe(sent);
    const kinds = view.history.map((i: { kind: string; action?: string; consentKind?: string }) => i.action ?? i.consentKind ?? i.kind);
    expect(kinds).toContain("data-processing");
    expect(kinds).toContain("conversation.taken-over");
    expect(view.history.filter((i: { kind: string }) => i.kind === "message").length).toBeGreaterThanOrEqual(3);
    expect(view.notes).toEqual([expect.objectContaining({ body: "<b>Intern</b> anteckning", author: "Maja Lind" })]);
    expect(view.conversation).toMatchObject({ status: "human", assignee: { displayName: "Maja Lind" } });
    const profile = await maja.json(`/conversations/${target.conversationId}/profile`);
    expect(profile.consent["data-processing"]).toMatchObject({ granted: true });
    const audited = await h.tillit.db.auditLog.findMany({ where: { actorId: w.accounts.coordA.id, subjectId: String(target.conversationId) }, orderBy: { id: "asc" } });
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["conversation.taken-over", "conversation.note-added", "conversation.viewed", "participant.profile-viewed"]));
    expect(audited.every((a) => !a.details?.includes("Intern"))).toBe(true);
  });

  it("HTML and scripts a participant sends come back as the same text, never interpreted", async () => {
    const number = phone();
    const target = await w.participant("A", number);
    const payload = `<img src=x onerror="alert(1)"><script>alert(2)</script> [klick](javascript:alert(3))`;
    await h.tillit.core.receive({ channel: "sms", providerId: `X-${n++}`, from: number, body: payload, receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    const res = await (await w.client("coordA")).get(`/conversations/${target.conversationId}`);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const view = (await res.json()) as { history: { body?: string }[] };
    expect(view.history.some((i) => i.body === payload)).toBe(true);
  });

  it("a coordinator's reply to an opted-out participant is refused with 409 and nothing is sent", async () => {
    const number = phone();
    const target = await w.participant("A", number);
    await h.tillit.core.receive({ channel: "sms", providerId: `O-${n++}`, from: number, body: "STOPP", receivedAt: h.clock.now() });
    await h.tillit.core.idle();
    await eventually(async () => (await h.tillit.db.outboxItem.count({ where: { participantId: target.participantId, status: { in: ["pending", "sending"] } } })) === 0);
    const sent = h.fake.sentTo(number).length;
    const res = await (await w.client("coordA")).post(`/conversations/${target.conversationId}/reply`, { text: "Hej!" });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "opted-out" });
    expect(h.fake.sentTo(number).length).toBe(sent);
  });
});

describe("idle takeovers", () => {
  it("a taken-over conversation quiet for 24 hours reminds its coordinator once, and shows as idle", async () => {
    const target = await w.participant("A", phone(), "Ivar");
    const maja = await w.client("coordA");
    await maja.post(`/conversations/${target.conversationId}/takeover`);
    const reminded: number[] = [];
    const off = h.tillit.events.on("conversation.idle", (e) => reminded.push(e.conversationId));
    const idleMs = 24 * 3_600_000;
    expect(await remindIdleTakeovers(h.tillit.sql, h.tillit.events, h.clock.now(), idleMs)).toBe(0);
    h.clock.advance(idleMs + 60_000);
    await remindIdleTakeovers(h.tillit.sql, h.tillit.events, h.clock.now(), idleMs);
    await remindIdleTakeovers(h.tillit.sql, h.tillit.events, h.clock.now(), idleMs);
    off();
    expect(reminded.filter((id) => id === target.conversationId)).toEqual([target.conversationId]);
    const fresh = await w.client("coordA");
    const row = (await fresh.json("/conversations?scope=mine")).rows.find((r: { conversationId: number }) => r.conversationId === target.conversationId);
    expect(row).toMatchObject({ idle: true, status: "human" });
    // It did not silently go back to the bot.
    expect((await conversation(target.conversationId)).status).toBe("human");
  });
});

describe("live updates", () => {
  it("the event stream tells a coordinator about their team's conversations and nothing about another team's", async () => {
    const mine = await w.participant("A", phone());
    const theirs = await w.participant("B", phone());
    const maja = await w.client("coordA");
    const controller = new AbortController();
    const res = await fetch(`${h.baseUrl}/staff/api/events`, { headers: { cookie: maja.cookie }, signal: controller.signal });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let text = "";
    const olle = await w.client("coordB");
    await olle.post(`/conversations/${theirs.conversationId}/takeover`);
    await maja.post(`/conversations/${mine.conversationId}/takeover`);
    const deadline = Date.now() + 3000;
    while (!text.includes(`"conversationId":${mine.conversationId}`) && Date.now() < deadline) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain(`{"kind":"status","conversationId":${mine.conversationId},"status":"human"}`);
    expect(text).not.toContain(`"conversationId":${theirs.conversationId}`);
    expect(text).not.toMatch(/\+46|Hej/);
  });
});
