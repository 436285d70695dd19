// Session 23's coordinator-side findings (fix23c), from a black-box tester in the staff inbox:
// 1. Marking a message "missed crisis" only stored a label: the conversation stayed with the bot at the bottom of
//    the list and the bot went on with its check-in ("Hur har du sovit?") after the young person had told of
//    violence. Now a missed crisis raises the conversation to crisis (top of the list, waiting for a person, the bot
//    asks nothing more of its own), audited as the coordinator's act, and nothing is sent automatically: the
//    coordinator writes themself. A missed concern raises it to concern. A false alarm lowers nothing by itself.
// 2. The page reads which message raised a flag (the screen's or a coordinator's), to say so on the message.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(723310000, { staff: true });
const { onTeam, conversationOf } = suite;

const inbound = async (p: Participant, body: string) => {
  const record = await p.record();
  return (await suite.h.tillit.db.message.findFirstOrThrow({ where: { participantId: record.id, direction: "in", body }, orderBy: { id: "desc" } })).id;
};
const outboundCount = async (p: Participant) => suite.h.tillit.db.message.count({ where: { participantId: (await p.record()).id, direction: "out" } });

describe("a missed signal marked in the inbox", () => {
  it("a missed crisis mid check-in: raised to crisis and waiting, at the top of the list, nothing sent, audited as the coordinator's; the check-in asks no more", async () => {
    const vera = await onTeam("sv", "Vera");
    expect((await vera.say("kolla läget")).join(" ")).toMatch(/1.{1,3}10/);
    // What only someone who knows her reads as a crisis (the screen cannot: "han" and "igen" need the context).
    const told = "6 typ. han var här igen igår";
    await vera.sayLater(told);
    const id = (await conversationOf(vera)).id;
    expect(await conversationOf(vera)).toMatchObject({ priority: "normal", status: "bot" });
    const sentBefore = await outboundCount(vera);

    const maja = await suite.w.client("coordA");
    const res = await maja.post(`/conversations/${id}/messages/${await inbound(vera, told)}/safety-label`, { label: "missed-crisis" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ label: "missed-crisis", raised: "crisis", conversation: { priority: "crisis", status: "waiting" } });
    expect(await conversationOf(vera)).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:raised-by-staff" });
    // Nothing went to Vera by itself: the coordinator writes.
    expect(await outboundCount(vera)).toBe(sentBefore);
    const audit = await suite.h.tillit.db.auditLog.findFirstOrThrow({ where: { action: "conversation.crisis-raised", subjectId: String(id) } });
    expect(audit).toMatchObject({ actorKind: "staff", actorId: suite.w.accounts.coordA.id });
    // Not the screen's flag: what Tillit says after a crisis reads that one as "the numbers were sent".
    expect(await suite.h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } })).toBe(0);
    // At the top of the inbox.
    const list = await maja.json<{ rows: { conversationId: number; why: string }[] }>("/conversations");
    expect(list.rows[0]).toMatchObject({ conversationId: id, why: "crisis" });
    // The thread shows who raised it.
    const view = await maja.json<{ history: { kind: string; action?: string; staffName?: string }[] }>(`/conversations/${id}`);
    expect(view.history.find((h) => h.action === "conversation.crisis-raised")).toMatchObject({ staffName: "Maja" });

    // Her next words get no scripted question: the check-in waits for a person.
    const next = await vera.sayLater("aa vet inte");
    expect(next).not.toMatch(/Hur har du sovit|Vad gör att det är en 6|\?$/);
    expect(next).not.toMatch(/Numren jag skickade/);
    expect(next).not.toBe("");
    expect(await conversationOf(vera)).toMatchObject({ priority: "crisis", status: "waiting" });
  });

  it("a missed concern: raised to concern (its reason says a coordinator marked it), the bot goes on; marking it again changes nothing", async () => {
    const p = await onTeam("sv", "Nils");
    const said = "ingen aning faktiskt";
    await p.say(said);
    const id = (await conversationOf(p)).id;
    const maja = await suite.w.client("coordA");
    const messageId = await inbound(p, said);
    const first = await (await maja.post(`/conversations/${id}/messages/${messageId}/safety-label`, { label: "missed-concern" })).json();
    expect(first).toMatchObject({ raised: "concern", conversation: { priority: "concern", status: "bot" } });
    expect(await conversationOf(p)).toMatchObject({ priority: "concern", status: "bot", concernReason: "raised-by-staff" });
    const again = await (await maja.post(`/conversations/${id}/messages/${messageId}/safety-label`, { label: "missed-concern" })).json();
    expect(again).toMatchObject({ raised: null, conversation: { priority: "concern" } });
    expect(await suite.h.tillit.db.auditLog.count({ where: { action: "conversation.concern-raised", subjectId: String(id) } })).toBe(1);
    // A missed crisis on top of it raises it further.
    const crisis = await (await maja.post(`/conversations/${id}/messages/${messageId}/safety-label`, { label: "missed-crisis" })).json();
    expect(crisis).toMatchObject({ raised: "crisis", conversation: { priority: "crisis", status: "waiting" } });
  });

  it("a false alarm on the screen's crisis lowers nothing by itself; the labels say which message raised the flag and with which category", async () => {
    const p = await onTeam("sv", "Hanna");
    const said = "haha den här mattekursen tar livet av mig asså";
    await p.say(said);
    const id = (await conversationOf(p)).id;
    const before = await conversationOf(p);
    const maja = await suite.w.client("coordA");
    const messageId = await inbound(p, said);
    const { flags } = await maja.json<{ flags: { messageId: number; level: string; by: string; kinds: string[] }[] }>(`/conversations/${id}/safety-labels`);
    if (before.priority !== "crisis") return; // the screen's reading may change with its retraining; the rest needs its crisis
    expect(flags).toContainEqual({ messageId, level: "crisis", by: "screen", kinds: expect.arrayContaining([expect.any(String)]) });
    const res = await (await maja.post(`/conversations/${id}/messages/${messageId}/safety-label`, { label: "false-alarm" })).json();
    expect(res).toMatchObject({ label: "false-alarm", raised: null, conversation: { priority: "crisis", status: "waiting" } });
    expect(await conversationOf(p)).toMatchObject({ priority: "crisis", status: "waiting" });
  });

  it("a closed conversation is not opened again by a label", async () => {
    const p = await onTeam("sv", "Olle");
    const said = "vet inte riktigt";
    await p.say(said);
    const id = (await conversationOf(p)).id;
    const maja = await suite.w.client("coordA");
    expect((await maja.post(`/conversations/${id}/close`)).status).toBe(200);
    const res = await (await maja.post(`/conversations/${id}/messages/${await inbound(p, said)}/safety-label`, { label: "missed-crisis" })).json();
    expect(res).toMatchObject({ raised: null, conversation: { status: "closed" } });
    expect(await suite.h.tillit.db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "closed", priority: "normal" });
  });
});
