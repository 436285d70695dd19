// Session 25's inbox leftovers around crisis, concern and hand-back (fix25d), found by tester24 (FINDINGS.md 5 and 11),
// the staff API side (the page: tests/browser/inbox-25d.test.ts; the conversation: tests/dialogs/leftovers-25d.test.ts):
// 1. A hand-back cleared the crisis or concern flag and left no trace in the list: twenty minutes after a suicide flag
//    Nora's row read "Bad om en person" below ordinary waits. The row now keeps "Kris nyligen: självmordstankar" (or
//    "Oro nyligen: pengar, mat") for as long as the bot itself treats what she writes as after a crisis, ranked below
//    live crisis and concern and above everything else; closing the conversation ends it.
// 3. "Lämna tillbaka till boten" worked on a crisis nobody had taken over: refused (409), unless the message was
//    marked a false alarm; the page is told why.
// 4. A missed signal marked by Maja reads "markerad av Maja" in the list and the header, as in the timeline, and keeps
//    what the concern was.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { AFTER_CRISIS_MS } from "../../bot/domain/after-crisis.js";
import { describeConcern } from "../../bot/slack/slack-copy.js";
// The page's words (browser modules, plain ES; the dictionaries need no document).
import { concernText, crisisText, recentText } from "../../bot/web/staff/flag-words.js";

const suite = transcriptSuite(725560000, { staff: true });
const MIN = 60_000;

interface Row { conversationId: number; why: string | null; need: string; recent: { level: string; kinds: string[] } | null; raisedBy: { crisis?: string; concern?: string } | null; concernReason: string | null }
const rows = async () => (await (await suite.w.client("coordA")).json<{ rows: Row[] }>("/conversations")).rows;
const rowOf = async (id: number) => (await rows()).find((r) => r.conversationId === id);
const inbound = async (p: Participant, body: string) => {
  const record = await p.record();
  return (await suite.h.tillit.db.message.findFirstOrThrow({ where: { participantId: record.id, direction: "in", body }, orderBy: { id: "desc" } })).id;
};

describe("1. a crisis or a concern handed back stays visible in the list", () => {
  it("Nora: 'Kris nyligen: självmordstankar' after the hand-back, above ordinary waits and below live flags, until the bot forgets it", async () => {
    const nora = await suite.onTeam("sv", "Nora");
    await nora.say("orkar inte mer, vill bara försvinna för alltid");
    const id = (await suite.conversationOf(nora)).id;
    expect(await suite.conversationOf(nora)).toMatchObject({ priority: "crisis" });
    suite.h.clock.advance(5 * MIN);
    await suite.answeredAndHandedBack(nora, "Hej Nora, Kim här. Jag ringer dig kl 15 idag om det går bra?");
    expect(await suite.conversationOf(nora)).toMatchObject({ priority: "normal", status: "bot" });
    // The hand-back is audited with what it cleared, in the same transaction.
    const audit = await suite.h.tillit.db.auditLog.findFirstOrThrow({ where: { action: "conversation.handed-back", subjectId: String(id) }, orderBy: { id: "desc" } });
    expect(JSON.parse(String(audit.details))).toMatchObject({ cleared: "crisis:suicide" });

    // Someone else waiting for a person, and someone with a live concern.
    const waiter = await suite.onTeam("sv", "Olle");
    await waiter.say("kan jag prata med en människa");
    const worried = await suite.onTeam("sv", "Sami");
    await worried.say("har inga pengar till mat denna vecka");
    const waiterId = (await suite.conversationOf(waiter)).id;
    const worriedId = (await suite.conversationOf(worried)).id;
    expect(await suite.conversationOf(worried)).toMatchObject({ priority: "concern" });

    suite.h.clock.advance(20 * MIN);
    const list = await rows();
    const at = (cid: number) => list.findIndex((r) => r.conversationId === cid);
    expect(list[at(id)]).toMatchObject({ why: "recent-crisis", need: "recent", recent: { level: "crisis", kinds: ["suicide"] } });
    // The header says it too.
    expect((await (await suite.w.client("coordA")).json(`/conversations/${id}`)).conversation.recent).toEqual({ level: "crisis", kinds: ["suicide"] });
    expect(at(worriedId)).toBeLessThan(at(id));
    expect(at(id)).toBeLessThan(at(waiterId));

    // As long as the bot remembers the crisis (one duration, bot/domain/after-crisis.ts), and no longer.
    suite.h.clock.advance(AFTER_CRISIS_MS - 30 * MIN);
    expect((await rowOf(id))?.recent).toMatchObject({ level: "crisis" });
    suite.h.clock.advance(20 * MIN);
    expect((await rowOf(id))?.recent ?? null).toBeNull();
    expect((await rowOf(id))?.why ?? null).not.toBe("recent-crisis");
  });

  it("Sami: a concern handed back reads 'Oro nyligen' with its reasons; closing the conversation ends the marker", async () => {
    const sami = await suite.onTeam("sv", "Sami");
    await sami.say("har inga pengar till mat denna vecka");
    const id = await suite.answeredAndHandedBack(sami, "Vi kan ordna en matkasse via kyrkan i morgon. Passar det?");
    expect(await rowOf(id)).toMatchObject({ why: "recent-concern", recent: { level: "concern", kinds: expect.arrayContaining(["money"]) } });
    const maja = await suite.w.client("coordA");
    expect((await maja.post(`/conversations/${id}/close`)).status).toBe(200);
    expect((await suite.conversationOf(sami)).status).toBe("closed");
    const closed = await maja.json<{ rows: Row[] }>("/conversations?status=closed");
    expect(closed.rows.find((r) => r.conversationId === id)?.recent ?? null).toBeNull();
  });
});

describe("3. a crisis nobody has taken over is not handed back", () => {
  it("refused with 409 and a clear error; the view says why; after a takeover, or a false alarm marked, it may", async () => {
    const ida = await suite.onTeam("sv", "Ida");
    const said = "orkar inte mer, vill bara försvinna för alltid";
    await ida.say(said);
    const id = (await suite.conversationOf(ida)).id;
    const maja = await suite.w.client("coordA");
    const refused = await maja.post(`/conversations/${id}/handback`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: "crisis-not-taken-over", detail: expect.stringMatching(/take it over first/) });
    expect(await suite.conversationOf(ida)).toMatchObject({ priority: "crisis", status: "waiting" });
    expect((await maja.json(`/conversations/${id}`)).conversation.handBackRefused).toBe("crisis-not-taken-over");

    // The screen read it wrong: marked a false alarm, handing back is what the mark offers.
    const mark = await maja.post(`/conversations/${id}/messages/${await inbound(ida, said)}/safety-label`, { label: "false-alarm" });
    expect(mark.status).toBe(200);
    expect((await maja.json(`/conversations/${id}`)).conversation.handBackRefused).toBeNull();
    expect((await maja.post(`/conversations/${id}/handback`)).status).toBe(200);
  });

  it("taken over, a crisis is handed back as before (asked first while nobody has written to her: fix25j)", async () => {
    const p = await suite.onTeam("sv", "Elin");
    await p.say("orkar inte mer, vill bara försvinna för alltid");
    const id = (await suite.conversationOf(p)).id;
    const maja = await suite.w.client("coordA");
    expect((await maja.post(`/conversations/${id}/takeover`)).status).toBe(200);
    expect((await maja.json(`/conversations/${id}`)).conversation.handBackRefused).toBeNull();
    // Her words have no answer from the team (tests/staff/handback-25j.test.ts): the coordinator says to go ahead.
    expect((await maja.post(`/conversations/${id}/handback`)).status).toBe(409);
    expect((await maja.post(`/conversations/${id}/handback`, { anyway: true })).status).toBe(200);
  });
});

describe("4. who marked a missed signal, named as the timeline names them, and what the concern was", () => {
  it("Ida's housing concern, then a missed crisis marked by Maja: the list and the header say Maja, and keep 'boende'", async () => {
    const ida = await suite.onTeam("sv", "Ida");
    await ida.say("mamma sa att jag inte är välkommen hem längre. sover i trapphuset");
    const id = (await suite.conversationOf(ida)).id;
    const c = await suite.conversationOf(ida);
    expect(c.concernReason ?? "").toMatch(/housing/);
    const maja = await suite.w.client("coordA");
    // What only someone who knows her reads as a crisis, an hour later.
    const told = "aa vet inte";
    suite.h.clock.advance(60 * MIN);
    await ida.say(told);
    const res = await maja.post(`/conversations/${id}/messages/${await inbound(ida, told)}/safety-label`, { label: "missed-crisis" });
    expect(await res.json()).toMatchObject({ raised: "crisis" });
    expect(await rowOf(id)).toMatchObject({ why: "crisis", raisedBy: { crisis: "Maja" }, concernReason: expect.stringMatching(/housing/) });
    const view = await maja.json(`/conversations/${id}`);
    expect(view.conversation).toMatchObject({ raisedBy: { crisis: "Maja" }, concernReason: expect.stringMatching(/housing/) });
    expect(view.history.find((h: { action?: string }) => h.action === "conversation.crisis-raised")).toMatchObject({ staffName: "Maja" });
  });
});

describe("4. one wording for what raised a flag", () => {
  it("the screen is 'skärmen' in the list, the header and Slack, after what the flag is about; a mark names who made it", () => {
    expect(concernText("home-conflict,trained-screen")).toBe("bråk hemma (skärmen)");
    expect(concernText("housing")).toBe("boende");
    expect(concernText("raised-by-staff", "Maja")).toBe("markerad av Maja");
    expect(concernText("raised-by-staff")).toBe("markerad av någon i teamet");
    expect(describeConcern(["home-conflict", "trained-screen"])).toBe("ORO: bråk hemma (skärmen)");
    // Ida's row: the crisis Maja marked, and the housing it rose from.
    expect(crisisText({ handoffReason: "crisis:raised-by-staff", crisisCategories: [], concernReason: "housing,trained-screen", raisedBy: { crisis: "Maja" } }))
      .toBe("markerad av Maja · Oro: boende (skärmen)");
    expect(crisisText({ handoffReason: "crisis:suicide", crisisCategories: ["suicide"], concernReason: null, raisedBy: null })).toBe("självmordstankar");
    expect(recentText({ level: "crisis", kinds: ["suicide"] }, null)).toBe("Kris nyligen: självmordstankar");
    expect(recentText({ level: "concern", kinds: ["money", "food"] }, null)).toBe("Oro nyligen: pengar, mat");
  });
});
