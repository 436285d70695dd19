// Issue 13.7: with a language model configured, free text no rule understands may get a model-drafted
// reply, but only within guardrails: two SMS segments in GSM-7 typography, no clinical advice, no
// promise a person must make, never the same line twice in a row; otherwise the template answers.
// What rules understand (questions back, commands, wishes) never goes to the model for a reply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { FakeOpenAI, classification, type ChatRequest } from "../helpers/fake-openai.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { guardReply } from "../../bot/language-model/reply-guard.js";

const KEY = "sk-test-reply-guard";
let h: Harness;
let ai: FakeOpenAI;
let reply = "";
beforeAll(async () => {
  ai = new FakeOpenAI(KEY);
  await ai.start();
  ai.respond = (r: ChatRequest) => (r.response_format?.type === "json_schema" ? { content: classification({ crisis: false }) } : { content: reply });
  h = await startHarness({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: ai.url, OPENAI_MODEL: "m", OPENAI_TIMEOUT_MS: "500" }, { simulator: true });
});
afterAll(async () => {
  await h.stop();
  await ai.stop();
});

let n = 724000000;
const TEMPLATE = "Tack för att du skriver. Jag är en digital assistent och förstår inte allt, men teamet läser med.";
// "vet inte riktigt vad jag ska göra i helgen" tells of their own life: its template thanks and invites more (free-message.ts).
const TOLD_TEMPLATE = "Tack för att du berättar. Skriv gärna mer om du vill, det ligger kvar åt teamet.";

describe("a model's free-text reply", () => {
  it("is sent when it keeps the rules, with GSM-7 typography", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    reply = "Låter som en lång dag – skönt att du skriver. Vad har hjälpt lite idag?";
    expect(await p.say("lång dag typ")).toEqual(["Låter som en lång dag - skönt att du skriver. Vad har hjälpt lite idag?"]);
  });

  it.each([
    ["clinical advice", "Du kanske borde prova sömnmedel, 10 mg brukar räcka."],
    ["a promise only a person can make", "Jag lovar att du får en praktikplats nästa vecka!"],
    ["longer than two SMS segments", "Det låter tungt. ".repeat(25)],
    ["markup", "{\"reply\": \"hej\"}"],
  ])("with %s is dropped for the template", async (_what, drafted) => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    reply = drafted;
    expect(await p.say("vet inte riktigt vad jag ska göra i helgen")).toEqual([TOLD_TEMPLATE]);
  });

  it("never the same line twice in a row", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    reply = "Okej, hör av dig när du vill.";
    expect(await p.say("mja")).toEqual(["Okej, hör av dig när du vill."]);
    expect(await p.say("mjaa")).toEqual([TEMPLATE]);
  });

  it("is not asked for what rules understand: a question back gets its own answer", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    reply = "Jag är en människa!";
    expect((await p.say("är du en robot?"))[0]).toMatch(/^Jag är ett datorprogram/);
  });

  it("guard on its own: typography tidied, emoji that would not fit refused", () => {
    expect(guardReply("“Bra” … tack")).toBe('"Bra" ... tack');
    expect(guardReply("😊".repeat(70))).toBeUndefined();
    expect(guardReply("")).toBeUndefined();
  });
});
