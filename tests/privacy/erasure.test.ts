// Erasure: asked for in the participant's own words, confirmed, put before the team at once, carried
// out by a team lead in one transaction. Afterwards no table holds their name, number or texts, Slack's
// copies are gone, a tombstone remains, and STOPP still holds for the number through a keyed hash.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { FakeSlack } from "../helpers/fake-slack.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { findInDatabase, richParticipant } from "../helpers/privacy.js";

const BOT_TOKEN = "xoxb-test-0000000000-privacy00000";
let h: Harness;
let w: StaffWorld;
let slack: FakeSlack;
let n = 736000000;
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

const openRequest = async (participantId: number) => h.tillit.db.erasureRequest.findFirst({ where: { participantId, status: "open" } });

describe("asking for erasure in the chat", () => {
  it("is confirmed first; yes puts the request before the team at once, with the reason", async () => {
    const p = await onboardedParticipant(h, phone());
    const { id: participantId } = await p.record();
    await h.tillit.db.participant.update({ where: { id: participantId }, data: { teamId: w.teamA } });
    expect(await p.say("kan ni ta bort allt om mig?")).toEqual(["Vill du att vi raderar allt om dig, alltså meddelanden, svar och ditt nummer? Det går inte att ångra.\n1. Ja\n2. Nej"]);
    expect(await openRequest(participantId)).toBeNull();
    expect(await p.say("ja")).toEqual(["Okej. Din begäran har gått till teamet och en teamledare raderar allt inom en månad. Tills dess kan du skriva till en koordinator om du vill."]);
    const request = await openRequest(participantId);
    expect(request).toMatchObject({ source: "chat", teamId: w.teamA });
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "erasure-request" });
    // The team lead sees it in the list of open requests; a coordinator does not get that list.
    const list = await (await w.client("leadA")).json("/erasure-requests");
    expect(list.requests).toContainEqual(expect.objectContaining({ id: request!.id, participantId, name: "Sara", source: "chat", overdue: false }));
    // The chat said "inom en månad": the list says by when (a calendar month in Stockholm).
    const listed = list.requests.find((r: { id: number }) => r.id === request!.id);
    const asked = new Date(request!.requestedAt);
    const by = new Date(listed.answerBy);
    expect(by.getTime() - asked.getTime()).toBeGreaterThanOrEqual(28 * 86_400_000);
    expect(by.getTime() - asked.getTime()).toBeLessThanOrEqual(31 * 86_400_000 + 3_600_000);
    expect((await (await w.client("coordA")).get("/erasure-requests")).status).toBe(403);
    expect((await (await w.client("coordB")).get("/erasure-requests")).status).toBe(403);
    expect((await (await w.client("admin")).json("/erasure-requests")).requests.map((r: { id: number }) => r.id)).toContain(request!.id);
    // Slack hears of it like any handoff, with the reason.
    await eventually(() => slack.called("chat.postMessage").some((c) => String(c.args.text).includes("vill att allt om hen raderas")));
  });

  it("no keeps everything; an unclear answer erases nothing; a second request while one is open is not repeated", async () => {
    const p = await onboardedParticipant(h, phone());
    const { id } = await p.record();
    await p.say("radera mina uppgifter");
    // A question about it is no answer: what happens is spelled out and the choice is asked again.
    expect(await p.say("vänta va händer då")).toEqual([
      "Jag förstod inte riktigt. Då raderar en teamledare dina meddelanden, dina svar och ditt nummer inom en månad. Sen finns inget kvar om dig hos oss, och vi kan inte skriva till dig. Vill du det?\n1. Ja\n2. Nej",
    ]);
    expect(await p.say("nej")).toEqual(["Okej, inget raderas. Du kan be om det när du vill."]);
    expect(await openRequest(id)).toBeNull();
    // In the middle of a check-in: the check-in stops and the request is confirmed.
    await p.say("checka in");
    expect((await p.say("glöm mig"))[0]).toMatch(/^Vill du att vi raderar allt om dig/);
    await p.say("ja");
    expect(await openRequest(id)).not.toBeNull();
    await h.tillit.db.conversation.updateMany({ where: { participantId: id }, data: { status: "bot" } });
    expect(await p.say("delete my data")).toEqual(["Din begäran om att radera allt finns redan hos teamet. En teamledare tar hand om den inom en månad."]);
    expect(await h.tillit.db.erasureRequest.count({ where: { participantId: id } })).toBe(1);
  });

  it("after STOPP (no bot to ask) the request is still recorded, marked unconfirmed, and said in a line to have gone to the team", async () => {
    const p = await onboardedParticipant(h, phone());
    await p.say("STOPP");
    // A tester's "och radera allt" after STOPP met silence.
    expect(await p.say("radera allt om mig")).toEqual([expect.stringMatching(/^Din begäran om att radera allt om dig har gått till teamet\. En teamledare tar hand om den inom en månad\.$/)]);
    expect(await openRequest((await p.record()).id)).toMatchObject({ source: "chat-unconfirmed" });
    // Asked again: that it is there already, not the same line again; still one request.
    expect(await p.say("hallå radera mitt nummer")).toEqual([expect.stringMatching(/^Din begäran om att radera allt finns redan/)]);
    expect(await h.tillit.db.erasureRequest.count({ where: { participantId: (await p.record()).id } })).toBe(1);
    // Anything else after STOPP still gets nothing.
    expect(await p.say("ok")).toEqual([]);
  });

  it("a request left open past the month promised in the chat is marked overdue for the team lead", async () => {
    const p = await onboardedParticipant(h, phone());
    const { id: participantId } = await p.record();
    await h.tillit.db.participant.update({ where: { id: participantId }, data: { teamId: w.teamA } });
    await p.say("radera mina uppgifter");
    await p.say("ja");
    const request = (await openRequest(participantId))!;
    const listed = async () => (await (await w.client("leadA")).json("/erasure-requests")).requests.find((r: { id: number }) => r.id === request.id);
    h.clock.advance(27 * 86_400_000);
    expect(await listed()).toMatchObject({ overdue: false });
    h.clock.advance(5 * 86_400_000);
    expect(await listed()).toMatchObject({ overdue: true });
  });

  it("single messages and reminders are not erasure requests", async () => {
    const p = await onboardedParticipant(h, phone());
    expect(await p.say("ta bort påminnelsen")).not.toContainEqual(expect.stringMatching(/raderar allt/));
    expect(await p.say("radera det jag skrev nyss?")).not.toContainEqual(expect.stringMatching(/raderar allt/));
    expect(await openRequest((await p.record()).id)).toBeNull();
  });
});

describe("carrying out an erasure", () => {
  it("erases a rich history from every table and from Slack, keeps a tombstone, and STOPP still holds for the number", async () => {
    const rich = await richParticipant(h, w, { phone: phone(), name: "Zlatana", tag: "Qvx", stop: true, slack: true });
    // The history really is everywhere before.
    const before = await findInDatabase(h, rich.needles);
    for (const table of ["Participant", "Message", "CheckIn", "MappingAnswer", "ActionPlan", "SubGoal", "InternalNote", "Meeting", "Nudge", "Conversation", "PhoneLinkRequest", "SafetyLabel"]) {
      expect(before.some((f) => f.startsWith(`${table}.`)), `${table} holds something before`).toBe(true);
    }
    const ids = { participant: rich.participantId, conversation: rich.conversationId };
    expect(await h.tillit.db.selfRating.count({ where: { participantId: ids.participant } })).toBe(6);
    expect(await h.tillit.db.slackThread.count({ where: { conversationId: ids.conversation } })).toBe(1);
    expect(await h.tillit.db.webConversation.count({ where: { participantId: ids.participant } })).toBe(1);
    const slackPosts = await h.tillit.db.slackPost.count({ where: { conversationId: ids.conversation } });
    expect(slackPosts).toBeGreaterThan(1);
    const request = (await openRequest(ids.participant))!;

    // Only a team lead (or admin) of the participant's team: a coordinator is refused, another team sees nothing.
    expect((await (await w.client("coordA")).post(`/erasure-requests/${request.id}/carry-out`)).status).toBe(403);
    expect((await (await w.client("coordB")).post(`/erasure-requests/${request.id}/carry-out`)).status).toBe(404);
    expect((await (await w.client("leadA")).post(`/erasure-requests/999999/carry-out`)).status).toBe(404);
    expect(await h.tillit.db.participant.count({ where: { id: ids.participant } })).toBe(1);

    const lead = await w.client("leadA");
    const res = await lead.post(`/erasure-requests/${request.id}/carry-out`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ erased: true, optOutKept: true });
    expect(await findInDatabase(h, rich.needles)).toEqual([]);
    for (const table of ["participant", "conversation", "webConversation", "slackThread", "dialogState"] as const) {
      const where = table === "dialogState" ? { key: { contains: `conversation-${ids.conversation}/` } } : table === "participant" ? { id: ids.participant } : table === "conversation" ? { participantId: ids.participant } : { conversationId: ids.conversation };
      expect(await (h.tillit.db[table] as { count(a: object): Promise<number> }).count({ where }), table).toBe(0);
    }
    // Slack: every post Tillit made about them is deleted there, and nothing is left to do.
    await h.tillit.slack!.idle();
    await eventually(async () => (await h.tillit.db.slackPost.count()) === 0 || (await h.tillit.db.slackPost.count({ where: { deleteRequestedAt: { not: null } } })) === 0);
    expect(slack.called("chat.delete").length).toBeGreaterThanOrEqual(slackPosts);
    expect([...slack.messages.values()].filter((m) => rich.needles.some((needle) => m.includes(needle)))).toEqual([]);
    // The tombstone: who, when and how many rows; nothing personal.
    const tombstone = await h.tillit.db.auditLog.findFirstOrThrow({ where: { action: "participant.erased", subjectId: String(ids.participant) } });
    expect(tombstone).toMatchObject({ actorKind: "staff", actorId: w.accounts.leadA.id, teamId: w.teamA });
    expect(JSON.parse(tombstone.details!)).toMatchObject({ basis: "request", requestId: request.id, optOutKept: true, rows: expect.objectContaining({ Message: expect.any(Number), CheckIn: 1, SelfRating: 6 }) });
    expect(await h.tillit.db.erasureRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "done", participantId: null, decidedById: w.accounts.leadA.id });
    // Staff reads stay accountable (who opened what, when) without details.
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.viewed", subjectId: String(ids.conversation) } })).toBeGreaterThan(0);
    expect((await lead.post(`/erasure-requests/${request.id}/carry-out`)).status).toBe(409);

    // An outreach list never reaches the number again (the keyed hash says so; the number is not kept).
    const outreach = await (await lead.post("/outreach/check", { teamId: w.teamA, csv: `${rich.phone};Namn\n` })).json();
    expect(outreach).toMatchObject({ accepted: 0, known: [{ line: 1, problem: "not-contactable" }] });

    // STOPP holds: the number writes again and gets nothing; only START brings it back.
    const sentBefore = h.fake.sentTo(rich.phone).length;
    await rich.p.say("hej igen?");
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.sentTo(rich.phone).length).toBe(sentBefore);
    const again = await h.tillit.db.participant.findUniqueOrThrow({ where: { phone: rich.phone } });
    expect(again.status).toBe("opted-out");
    const hashes = await h.tillit.db.erasedOptOut.count();
    expect(hashes).toBeGreaterThan(0);
    expect(await rich.p.say("START")).toEqual(["Välkommen tillbaka! Nu kan vi höras igen. Skicka STOPP om du vill pausa."]);
    // Back as an ordinary number: the hash goes with the opt-out.
    expect(await h.tillit.db.erasedOptOut.count()).toBe(hashes - 1);
  });

  it("without STOPP no hash of the number is kept; a record under a hold is not erased until the hold is released", async () => {
    const hashes = await h.tillit.db.erasedOptOut.count();
    const rich = await richParticipant(h, w, { phone: phone(), name: "Ingeborga", tag: "Wyz" });
    const request = (await openRequest(rich.participantId))!;
    const lead = await w.client("leadA");
    expect((await lead.post(`/participants/${rich.participantId}/retention-hold`, { reason: "Pågående anmälan" })).status).toBe(200);
    const held = await lead.post(`/erasure-requests/${request.id}/carry-out`);
    expect(held.status).toBe(409);
    expect(await held.json()).toEqual({ error: "held" });
    expect(await h.tillit.db.participant.count({ where: { id: rich.participantId } })).toBe(1);
    expect((await lead.post(`/participants/${rich.participantId}/retention-hold/release`)).status).toBe(200);
    expect(await (await lead.post(`/erasure-requests/${request.id}/carry-out`)).json()).toMatchObject({ erased: true, optOutKept: false });
    expect(await findInDatabase(h, rich.needles)).toEqual([]);
    expect(await h.tillit.db.erasedOptOut.count()).toBe(hashes);
  });

  it("a Slack post that lands just after its conversation was erased is deleted at the next sweep", async () => {
    const posted = await fetch(`${slack.apiUrl}chat.postMessage`, { method: "POST", headers: { authorization: `Bearer ${BOT_TOKEN}`, "content-type": "application/x-www-form-urlencoded" }, body: "channel=CNORD0001&text=sen+post" }).then((r) => r.json());
    await h.tillit.db.slackPost.create({ data: { conversationId: 999_999, channelId: "CNORD0001", ts: posted.ts, createdAt: h.clock.now() } });
    await h.tillit.slack!.deleteMarkedPosts();
    expect(slack.messages.has(`CNORD0001 ${posted.ts}`)).toBe(false);
    expect(await h.tillit.db.slackPost.count({ where: { ts: posted.ts } })).toBe(0);
  });

  it("a coordinator can register a request made by phone; a team lead can decline one with a reason", async () => {
    const p = new Participant(h, phone());
    await p.say("Hej");
    const { id } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA } });
    const maja = await w.client("coordA");
    expect(await (await maja.post(`/participants/${id}/erasure-requests`)).json()).toMatchObject({ created: true });
    expect(await (await maja.post(`/participants/${id}/erasure-requests`)).json()).toMatchObject({ created: false });
    expect((await (await w.client("coordB")).post(`/participants/${id}/erasure-requests`)).status).toBe(404);
    const request = (await openRequest(id))!;
    expect(request.source).toBe("staff");
    expect((await maja.post(`/erasure-requests/${request.id}/decline`, { reason: "Pågående anmälan" })).status).toBe(403);
    const lead = await w.client("leadA");
    expect((await lead.post(`/erasure-requests/${request.id}/decline`, { reason: "" })).status).toBe(400);
    expect((await lead.post(`/erasure-requests/${request.id}/decline`, { reason: "Pågående anmälan till socialtjänsten" })).status).toBe(200);
    expect(await h.tillit.db.erasureRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "rejected", decidedById: w.accounts.leadA.id });
    expect(await h.tillit.db.auditLog.count({ where: { action: "erasure-request.declined", subjectId: String(id) } })).toBe(1);
  });
});
