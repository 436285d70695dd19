import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
const flagged: { conversationId: number; categories: string[] }[] = [];
const statusChanges: { conversationId: number; status: string }[] = [];
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  h.tillit.events.on("conversation.crisis-flagged", (e) => flagged.push(e));
  h.tillit.events.on("conversation.status-changed", (e) => statusChanges.push(e));
});
afterAll(async () => h.stop());

let n = 750000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

describe("crisis flow (no language model)", () => {
  it("mid-dialog: help numbers at once, crisis priority, waiting for a human, dialog stopped, team alerted", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const reply = await p.say("jag orkar inte leva längre");
    expect(reply).toEqual([
      "Tack för att du berättar, det är modigt. Självmordslinjen: ring 90101 eller chatta via mind.se, dygnet runt. Är du i fara just nu, ring 112. Under 18? BRIS 116 111.",
      "Jag har sagt till En koordinator direkt. Jourhavande medmänniska svarar kvällar och nätter på 08-702 16 80. Du är inte ensam.",
    ]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:suicide" });
    expect(await h.tillit.db.dialogState.count({ where: { key: `tillit/conversations/conversation-${r.conversations[0]!.id}` } })).toBe(0);
    expect(flagged).toContainEqual(expect.objectContaining({ conversationId: r.conversations[0]!.id, categories: ["suicide"] }));
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(r.conversations[0]!.id) } })).toBe(1);
    // The service log says that a flag was raised, never what it was about.
    const logged = h.logs.lines.filter((l) => l.includes('"crisis flagged"'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toMatch(/suicide|orkar inte leva/);
    // The bot does not resume on its own; help still answers.
    expect(await p.say("7")).toEqual([]);
    expect((await p.say("hjälp"))[0]).toMatch(/^Tillit är en digital assistent/);
  });

  it("answers in the participant's language with help that fits the situation", async () => {
    const p = await onboarded("en");
    expect((await p.say("i took all my pills"))[0]).toBe("If you have taken too much of something, call 112 now. Don't wait. You can also call 1177 Vårdguiden for advice.");
    const q = await onboarded("en");
    expect((await q.say("my dad hits me"))[0]).toBe("Thank you for telling me. If you or someone else is in danger right now, call 112. Under 18? BRIS 116 111, 24/7.");
  });

  it("is never held back by the two-unanswered limit, and works on the very first message", async () => {
    const p = new Participant(h, `+46${n++}`);
    expect(await p.say("Hej")).toHaveLength(2); // two unanswered bot messages now
    const reply = await p.say("vill doooo");
    expect(reply).toHaveLength(2);
    expect(reply[0]).toMatch(/Självmordslinjen/);
  });

  it("a figure of speech is just a message", async () => {
    const p = await onboarded();
    expect(await p.say("jag dör av skratt")).toEqual(["Tack för att du skriver. Jag är en digital assistent och förstår inte allt, men din koordinator läser med."]);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "normal", status: "bot" });
  });

  it("an opted-out participant gets no message (STOPP holds), but the team is still alerted", async () => {
    const p = await onboarded();
    await p.say("STOPP");
    expect(await p.say("jag blev våldtagen")).toEqual([]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:sexual-abuse" });
  });

  it("a crisis while a human already has the conversation still gets the help numbers", async () => {
    const p = await onboarded();
    await p.say("vill prata med en människa");
    const reply = await p.say("någon förföljer mig");
    expect(reply[0]).toMatch(/ring 112/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "waiting" });
  });

  it("a conversation a coordinator has taken over stays with that coordinator", async () => {
    const p = await onboarded();
    const { conversations } = await p.record();
    await h.tillit.db.conversation.update({ where: { id: conversations[0]!.id }, data: { status: "human" } });
    expect((await p.say("ring polisen"))[0]).toMatch(/ring 112/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "human" });
    // No status event claims it went back to waiting.
    expect(statusChanges.filter((e) => e.conversationId === conversations[0]!.id)).toEqual([]);
    expect(flagged.map((e) => e.conversationId)).toContain(conversations[0]!.id);
  });
});
