// Canned replies (issue 19.5): a team lead writes the team's ready-made replies, everyone on the team
// reads them, and in a conversation each comes with the participant's first name filled in. Team
// bound (another team gets 404, audited), bad input refused with a clear message and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { fillFirstName } from "../../bot/staff/canned-replies.js";

let h: Harness;
let w: StaffWorld;
let n = 733400000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z");
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const count = () => h.tillit.db.cannedReply.count();

describe("canned replies", () => {
  it("a team lead writes, changes and removes the team's replies; a coordinator reads them; every change audited", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    const created = await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "Hälsning", body: "Hej {förnamn}! Det är Lena här. Hur har du det?" });
    expect(created.status).toBe(200);
    const reply = await created.json();
    expect(reply).toMatchObject({ title: "Hälsning", body: "Hej {förnamn}! Det är Lena här. Hur har du det?" });
    await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "Möte", body: "Vill du ses en stund nästa vecka? Du bestämmer var." });
    const list = await maja.json(`/teams/${w.teamA}/canned-replies`);
    expect(list.placeholder).toBe("{förnamn}");
    expect(list.replies.map((r: { title: string }) => r.title)).toEqual(["Hälsning", "Möte"]);

    const changed = await lena.put(`/teams/${w.teamA}/canned-replies/${reply.id}`, { title: "Hej", body: "Hej {förnamn}, hur är läget?" });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id: reply.id, title: "Hej", body: "Hej {förnamn}, hur är läget?" });
    expect((await lena.delete(`/teams/${w.teamA}/canned-replies/${reply.id}`)).status).toBe(200);
    expect((await maja.json(`/teams/${w.teamA}/canned-replies`)).replies.map((r: { title: string }) => r.title)).toEqual(["Möte"]);
    const actions = (await h.tillit.db.auditLog.findMany({ where: { actorId: w.accounts.leadA.id, action: { startsWith: "team.canned-reply" } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["team.canned-reply-created", "team.canned-reply-created", "team.canned-reply-changed", "team.canned-reply-removed"]);
  });

  it("in a conversation the participant's first name is filled in; without a name the placeholder goes with its space", async () => {
    const lena = await w.client("leadA");
    const maja = await w.client("coordA");
    await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "Tack", body: "Tack {förnamn}! Jag hör av mig i morgon." });
    const named = await w.participant("A", phone(), "Sara Holm");
    const anonymous = await w.participant("A", phone());
    const forSara = await maja.json(`/conversations/${named.conversationId}/canned-replies`);
    expect(forSara.replies.find((r: { title: string }) => r.title === "Tack").text).toBe("Tack Sara! Jag hör av mig i morgon.");
    const forNobody = await maja.json(`/conversations/${anonymous.conversationId}/canned-replies`);
    expect(forNobody.replies.find((r: { title: string }) => r.title === "Tack").text).toBe("Tack! Jag hör av mig i morgon.");
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.canned-replies-read", actorId: w.accounts.coordA.id, subjectId: String(named.conversationId) } })).toBe(1);
  });

  it("a coordinator may not change the list (403); another team gets 404 for the list, a reply and a conversation; nothing stored; denials audited", async () => {
    const maja = await w.client("coordA");
    const britt = await w.client("leadB");
    const olle = await w.client("coordB");
    const lena = await w.client("leadA");
    const own = await (await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "Egen", body: "Teamets text" })).json();
    const before = await count();
    const refused = await maja.post(`/teams/${w.teamA}/canned-replies`, { title: "Min", body: "Min text" });
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain("teamledare");
    expect((await maja.put(`/teams/${w.teamA}/canned-replies/${own.id}`, { title: "x", body: "y" })).status).toBe(403);
    expect((await maja.delete(`/teams/${w.teamA}/canned-replies/${own.id}`)).status).toBe(403);
    expect((await britt.get(`/teams/${w.teamA}/canned-replies`)).status).toBe(404);
    expect((await britt.post(`/teams/${w.teamA}/canned-replies`, { title: "Deras", body: "text" })).status).toBe(404);
    // Team B's lead cannot reach team A's reply through team B's own path either.
    expect((await britt.put(`/teams/${w.teamB}/canned-replies/${own.id}`, { title: "x", body: "y" })).status).toBe(404);
    expect((await britt.delete(`/teams/${w.teamB}/canned-replies/${own.id}`)).status).toBe(404);
    const { conversationId } = await w.participant("A", phone(), "Ali");
    expect((await olle.get(`/conversations/${conversationId}/canned-replies`)).status).toBe(404);
    expect(await count()).toBe(before);
    expect((await h.tillit.db.cannedReply.findUniqueOrThrow({ where: { id: own.id } })).title).toBe("Egen");
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.canned-replies-read.denied", actorId: w.accounts.coordB.id } })).toBe(1);
  });

  it("bad input gets a clear message and changes nothing: empty, too long, unknown fields, not JSON, a missing id", async () => {
    const lena = await w.client("leadA");
    const before = await count();
    const empty = await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "  ", body: "text" });
    expect(empty.status).toBe(400);
    expect((await empty.json()).detail).toContain("title: får inte vara tom");
    const long = await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "Lång", body: "x".repeat(1001) });
    expect((await long.json()).detail).toContain("högst 1000 tecken");
    expect((await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "T", body: "b", teamId: w.teamB })).status).toBe(400);
    expect((await lena.post(`/teams/${w.teamA}/canned-replies`, "<script>")).status).toBe(400);
    expect((await lena.put(`/teams/${w.teamA}/canned-replies/99999`, { title: "T", body: "b" })).status).toBe(404);
    expect((await lena.delete(`/teams/${w.teamA}/canned-replies/abc`)).status).toBe(400);
    expect((await lena.get(`/conversations/99999/canned-replies`)).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it("HTML in a reply is stored as text (the inbox renders it inert)", async () => {
    const lena = await w.client("leadA");
    const res = await lena.post(`/teams/${w.teamA}/canned-replies`, { title: "<b>fet</b>", body: "<img src=x onerror=alert(1)> {förnamn}" });
    expect(await res.json()).toMatchObject({ title: "<b>fet</b>", body: "<img src=x onerror=alert(1)> {förnamn}" });
  });
});

describe("fillFirstName", () => {
  it.each([
    ["Hej {förnamn}!", "Sara Holm", "Hej Sara!"],
    ["Hej {förnamn}!", null, "Hej!"],
    ["{förnamn}, hur går det?", "Ali", "Ali, hur går det?"],
    ["{förnamn}, hur går det?", null, "Hur går det?"],
    ["Tack {förnamn} och {förnamn}", "Bo", "Tack Bo och Bo"],
    ["Ingen platshållare", "Bo", "Ingen platshållare"],
    ["Hej {förnamn}", "   ", "Hej"],
  ])("%j with %j → %j", (body, name, expected) => {
    expect(fillFirstName(body, name)).toBe(expected);
  });
});
