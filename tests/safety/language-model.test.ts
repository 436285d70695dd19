import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { FakeOpenAI, classification, type ChatRequest } from "../helpers/fake-openai.js";
import { onboardedParticipant, Participant } from "../helpers/conversation.js";
import { redactPersonalData } from "../../bot/language-model/redact.js";
import { summarizeConversation } from "../../bot/language-model/summarize-conversation.js";
import { eventually } from "../helpers/harness.js";

const KEY = "sk-test-0123456789";
let h: Harness;
let ai: FakeOpenAI;
beforeAll(async () => {
  ai = new FakeOpenAI(KEY);
  await ai.start();
  h = await startHarness({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: ai.url, OPENAI_MODEL: "tillit-test-model", OPENAI_TIMEOUT_MS: "2000" }, { simulator: true });
});
afterAll(async () => {
  await h.stop();
  await ai.stop();
});

const isClassify = (r: ChatRequest) => r.response_format?.type === "json_schema";
let n = 760000000;
const onboarded = () => onboardedParticipant(h, `+46${n++}`);

beforeEach(() => {
  // By default: nothing to flag, and a kind free-text reply.
  ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false }) } : { content: "Låter skönt att höra av dig. Vad har du gjort idag?" });
});

describe("language model (optional)", () => {
  it("classifies with a strict JSON schema and answers free text warmly, through the real SDK", async () => {
    const p = await onboarded();
    ai.requests.length = 0;
    expect(await p.say("satt och ritade hela eftermiddagen")).toEqual(["Låter skönt att höra av dig. Vad har du gjort idag?"]);
    const [classify, reply] = ai.requests;
    expect(classify).toMatchObject({ model: "tillit-test-model", response_format: { type: "json_schema", json_schema: { name: "classification", strict: true } } });
    expect(classify!.messages[0]!.content).toMatch(/screen short text messages/);
    expect(reply!.messages[0]!.content).toMatch(/Never claim to be human/);
  });

  it("can add a crisis flag the rules (and the trained screen) missed, after the rules' reply, which never waits for it", async () => {
    const p = await onboarded();
    // The model answers well after the turn even on a loaded machine (300 ms was not), within OPENAI_TIMEOUT_MS (2 s).
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: true, categories: ["suicide"] }), delayMs: 1200 } : { content: "Jag hör dig." });
    const answeredBefore = ai.answered.length;
    expect(await p.say("det känns lite konstigt idag")).toEqual(["Jag hör dig."]);
    // The reply is committed while the model's opinion is still on its way.
    expect(ai.answered.slice(answeredBefore).filter(isClassify)).toEqual([]);
    const message = await h.tillit.db.message.findFirstOrThrow({ where: { body: "det känns lite konstigt idag" } });
    expect(message.secondOpinion).toBe("pending");
    await eventually(async () => (await p.record()).conversations[0]!.priority === "crisis");
    expect(await p.received()).toEqual([
      "Är du i fara just nu: ring 112. Självmordslinjen svarar dygnet runt: ring 90101 eller chatta på mind.se. Tack för att du berättar, det är modigt.",
      expect.stringMatching(/^Jag har sagt till teamet direkt\./),
    ]);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "crisis:suicide" });
    expect((await h.tillit.db.message.findUniqueOrThrow({ where: { id: message.id } })).secondOpinion).toBe("crisis");
  });

  it("can raise a message to concern: the team sees it; nothing more is said to the participant", async () => {
    const p = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, concern: true, categories: ["loneliness"] }), delayMs: 100 } : { content: "Okej." });
    expect(await p.say("ritade lite, inget särskilt")).toEqual(["Okej."]);
    await eventually(async () => (await p.record()).conversations[0]!.priority === "concern");
    expect((await p.record()).conversations[0]).toMatchObject({ concernReason: "model,loneliness", status: "bot" });
    await h.tillit.core.settled();
    expect(await p.received()).toEqual([]);
  });

  it("never lowers: the rules' concern stands when the model sees nothing, and the model may raise it to crisis", async () => {
    const p = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, concern: false }) } : { content: "x" });
    expect((await p.say("sover bort hela dagarna"))[0]).toMatch(/^Sömnen påverkar så mycket/);
    await h.tillit.core.settled();
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: "sleep" });
    const q = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: true, categories: ["self-harm"] }) } : { content: "x" });
    // The model answers at once here: its crisis reply may be written while say() still waits for the
    // turn (then say() returns it too, as happened on PostgreSQL) or only after it. Either way it comes
    // after the rules' reply, never instead of it.
    const said = await q.say("sover bort hela dagarna");
    await h.tillit.core.settled();
    expect((await q.record()).conversations[0]).toMatchObject({ priority: "crisis", handoffReason: "crisis:self-harm" });
    const all = [...said, ...(await q.received())];
    expect(all[0]).toMatch(/^Sömnen påverkar så mycket/);
    expect(all.slice(1).find((t) => t.startsWith("Är det akut"))).toMatch(/^Är det akut: ring 112\..*Tack för att du berättar\.$/);
  });

  it("an opinion lost to a restart is asked for again", async () => {
    const p = await onboarded();
    await p.say("hej");
    await h.tillit.core.settled();
    const message = await h.tillit.db.message.findFirstOrThrow({ where: { participant: { phone: p.phone }, body: "hej" } });
    await h.tillit.db.message.update({ where: { id: message.id }, data: { secondOpinion: "pending" } });
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, concern: true, categories: ["hopelessness"] }) } : { content: "x" });
    const before = ai.requests.filter(isClassify).length;
    await h.tillit.core.recover();
    await h.tillit.core.settled();
    expect(ai.requests.filter(isClassify).length).toBe(before + 1);
    expect((await h.tillit.db.message.findUniqueOrThrow({ where: { id: message.id } })).secondOpinion).toBe("concern");
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: "model,hopelessness" });
  });

  it("can never remove a flag the rules raised (the model is not even asked)", async () => {
    const p = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false }) } : { content: "Vad kul!" });
    // Onboarding's own second opinions are asked after its replies; let them land first, or one of
    // them is counted here (CI on PostgreSQL saw 31 for 30).
    await h.tillit.core.settled();
    const before = ai.requests.length;
    expect((await p.say("jag vill dö"))[0]).toMatch(/Självmordslinjen/);
    await h.tillit.core.settled();
    expect(ai.requests.slice(before).flatMap((r) => r.messages.map((m) => m.content)).filter((c) => String(c).includes("jag vill dö"))).toEqual([]);
    expect(ai.requests.length).toBe(before);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis" });
  });

  it("redacts personal identity numbers, phone numbers and e-mail addresses before anything leaves", async () => {
    const p = await onboarded();
    await p.say("mitt personnummer är 20050412-1234, ring 070-123 45 67 eller maila kim.s@example.se");
    const sent = JSON.stringify(ai.requests.slice(-2));
    for (const secret of ["20050412-1234", "070-123 45 67", "kim.s@example.se", "1234"]) expect(sent).not.toContain(secret);
    expect(ai.lastUserText()).toBe("mitt personnummer är [personnummer], ring [telefon] eller maila [e-post]");
  });

  it.each([
    ["a timeout", { content: classification({ crisis: false }), delayMs: 4000 }],
    ["a server error", { status: 500 }],
    ["a rate limit", { status: 429 }],
    ["invalid JSON", { content: "{not json" }],
    ["an answer outside the schema", { content: JSON.stringify({ crisis: "maybe", categories: ["x"] }) }],
  ])("after %s the rules and templates answer, with no retry of either model call", async (_what, scripted) => {
    const p = await onboarded();
    ai.respond = () => scripted as never;
    const before = ai.requests.length;
    expect(await p.say("ritade hela eftermiddagen")).toEqual(["Tack för att du skriver. Jag är en digital assistent och förstår inte allt, men teamet läser med."]);
    // One classification and one reply attempt, neither retried: how long it may take is bounded by
    // OPENAI_TIMEOUT_MS (500 ms here) per call; a wall-clock limit here would only measure the machine.
    expect(ai.requests.length - before).toBe(2);
    await h.tillit.core.settled();
    expect((await p.record()).conversations[0]!.priority).toBe("normal");
  });

  it("is never used for someone who declined consent (nor before consent is given)", async () => {
    const p = new Participant(h, `+46${n++}`);
    const before = ai.requests.length;
    await p.say("Hej");
    await p.say("nej");
    expect(await p.say("ritade hela eftermiddagen")).toEqual(["Tack för att du skriver. Jag är en digital assistent och förstår inte allt, men teamet läser med."]);
    expect(ai.requests.length).toBe(before);
  });

  it.each([
    ["human", "finns det nån på riktigt", "Självklart, jag säger till teamet. Någon i teamet läser under dagen.", "asked"],
    ["cancel-meeting", "fixar inte torsdag", "Det fixar vi. En koordinator hör av sig om tiden, helt utan krav.", "meeting"],
    ["stop-reminders", "orka med alla påminnelser", "Uppfattat. En koordinator ändrar påminnelserna åt dig.", "reminders"],
  ])("free text the model reads as %s goes to a person", async (intent, text, reply, reason) => {
    const p = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, intent }) } : { content: "x" });
    expect(await p.say(text)).toEqual([reply]);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: reason });
  });

  // Changed with issue 13: a wish to stop in other words is offered fewer messages or STOPP (and
  // done only on the participant's choice), rather than told to send STOPP.
  it("an opt-out in other words is not acted on by the model: the participant is offered fewer messages or a stop", async () => {
    const p = await onboarded();
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, intent: "opt-out" }) } : { content: "x" });
    const offer = "Förstår! Ska jag höra av mig högst en gång i veckan, bara svara när du skriver, eller sluta helt?\n1. En gång i veckan\n2. Bara när jag skriver\n3. Sluta helt\n4. Som förut";
    expect(await p.say("nu räcker det med er")).toEqual([offer]);
    expect((await p.record()).status).toBe("active");
  });

  it("intent is ignored while a dialog waits for an answer", async () => {
    const p = await onboarded();
    await p.say("checka in");
    ai.respond = (r) => (isClassify(r) ? { content: classification({ crisis: false, intent: "cancel-meeting" }) } : { content: "x" });
    expect(await p.say("6")).toEqual(["Okej, tack. Vad gör att det är en 6:a och inte lägre?"]);
  });

  it("writes a redacted, machine-marked summary for the coordinator at handoff, and on demand", async () => {
    const p = await onboarded();
    const isSummary = (r: ChatRequest) => r.response_format?.json_schema?.name === "summary";
    const note = { summary: "Sara har haft tunga dagar men gick ut med hunden.", moodTrend: "better", openQuestions: ["Vill veta mer om praktik"] };
    ai.respond = (r) => (isSummary(r) ? { content: JSON.stringify(note) } : isClassify(r) ? { content: classification({ crisis: false }) } : { content: "Vad fint." });
    await p.say("gick ut med hunden, ring mig på 070-765 43 21");
    await p.say("kan jag prata med en människa");
    const conversation = await eventually(async () => (await p.record()).conversations.find((c) => c.summary));
    expect(JSON.parse(conversation.summary!)).toEqual({ machineWritten: true, model: "language-model", ...note });
    const sent = ai.requests.filter(isSummary).at(-1)!.messages[1]!.content;
    expect(sent).toContain("participant: gick ut med hunden, ring mig på [telefon]");
    expect(sent).not.toContain("765 43 21");
    // On demand too; and never for someone who declined consent.
    const deps = { db: h.tillit.db, languageModel: h.tillit.languageModel, now: h.clock.now };
    expect(await summarizeConversation(deps, conversation.id)).toMatchObject({ machineWritten: true });
    const declined = new Participant(h, `+46${n++}`);
    await declined.say("Hej");
    await declined.say("nej");
    const before = ai.requests.length;
    expect(await summarizeConversation(deps, (await declined.record()).conversations[0]!.id)).toBeUndefined();
    expect(ai.requests.length).toBe(before);
  });

  it("logs model calls without their content", async () => {
    const p = await onboarded();
    // Letters only: a number could turn up in a log line's timestamp by chance.
    await p.say("hemlig text blåbärsmannen");
    const lines = h.logs.lines.filter((l) => l.includes("language model call"));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toMatch(/hemlig|blåbärsmannen/);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ task: expect.any(String), promptVersion: "1", model: "tillit-test-model" });
  });
});

describe("redaction", () => {
  it.each([
    ["200504121234", "[personnummer]"],
    ["050412-1234", "[personnummer]"],
    ["19900101+1234", "[personnummer]"],
    ["+46 70 123 45 67", "[telefon]"],
    ["0046701234567", "[telefon]"],
    ["08-702 16 80", "[telefon]"],
    ["anna.berg@kommun.se", "[e-post]"],
  ])("%s → %s", (input, expected) => expect(redactPersonalData(`a ${input} b`)).toBe(`a ${expected} b`));

  it("leaves ordinary numbers alone", () => {
    expect(redactPersonalData("jag är 17 och sov 7 timmar, 10/10")).toBe("jag är 17 och sov 7 timmar, 10/10");
  });
});
