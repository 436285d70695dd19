// Consent that means what the copy says. After "Nej" Tillit keeps the number, the answer and the
// opt-out state, and the message texts for the promised days only; no dialog collects answers (they
// ask for consent first); a crisis still reaches the team. The language model needs its own yes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { FakeOpenAI, classification, type ChatRequest } from "../helpers/fake-openai.js";
import { applyEffects } from "../../bot/core/apply-effects.js";
import { saveActionPlan } from "../../bot/plans/write-action-plan.js";
import sv from "../../dialogs/locales/sv.json" with { type: "json" };
import en from "../../dialogs/locales/en.json" with { type: "json" };

let h: Harness;
let n = 737000000;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

async function declined(): Promise<Participant> {
  const p = new Participant(h, `+46${n++}`);
  await p.say("Hej");
  await p.say("nej");
  return p;
}

const answers = async (participantId: number) => {
  const db = h.tillit.db;
  const where = { participantId };
  return {
    checkIns: await db.checkIn.count({ where }), mapping: await db.mappingAnswer.count({ where }), ratings: await db.selfRating.count({ where }),
    progress: await db.subGoalUpdate.count({ where: { subGoal: { plan: where } } }),
  };
};
const none = { checkIns: 0, mapping: 0, ratings: 0, progress: 0 };

describe("after a no to consent", () => {
  it("the copy after Nej says what is kept, and that is exactly what is stored", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    const [reply] = await p.say("nej");
    expect(reply).toBe("Okej, helt förståeligt. Då sparar jag ditt nummer och ditt nej, så att STOPP funkar, och det du skriver i 30 dagar så att teamet kan svara. Sedan raderas texten.");
    const r = await p.record();
    expect(r).toMatchObject({ phone: p.phone, preferredName: null, preferredTimes: null, status: "new" });
    expect(r.consents.map((k) => [k.kind, k.granted])).toEqual([["data-processing", false]]);
    expect(await answers(r.id)).toEqual(none);
    expect(await h.tillit.db.actionPlan.count({ where: { participantId: r.id } })).toBe(0);
  });

  it("no dialog collects answers: each asks for consent first, and a no keeps nothing", async () => {
    const p = await declined();
    const { id } = await p.record();
    for (const ask of ["checka in", "kartläggning", "skattning", "min plan"]) {
      expect((await p.say(ask))[0]).toMatch(/^För det behöver jag spara dina svar\. Teamets koordinatorer och teamledare läser dem\. Är du under 18/);
      expect(await p.say("nej")).toEqual(["Okej, då sparar jag inga svar. Du kan skriva till en koordinator ändå, när du vill."]);
    }
    // Answers sent anyway go nowhere.
    for (const t of ["7", "bra", "jag gillar att rita"]) await p.say(t);
    expect(await answers(id)).toEqual(none);
    expect((await p.record()).consents.filter((k) => k.granted)).toEqual([]);
  });

  it("a reminder that would start a check-in or a rating is skipped, not sent", async () => {
    const p = await declined();
    const { conversations } = await p.record();
    for (const dialog of ["check-in", "self-rating", "mapping", "action-plan"] as const) {
      expect(await h.tillit.core.startDialog(conversations[0]!.id, { dialog })).toBe("no-consent");
    }
    expect(await p.received()).toEqual([]);
  });

  it("the last guard: answers a dialog might still ask to store are dropped without consent", async () => {
    const p = await declined();
    const { id, conversations } = await p.record();
    const plan = await saveActionPlan(h.tillit.sql, { participantId: id, mainActivity: "Praktik", subGoals: ["Ringa"] }, h.clock.now());
    const goal = await h.tillit.db.subGoal.findFirstOrThrow({ where: { planId: plan.planId } });
    // A check-in from before a withdrawn yes: how its small step went is an answer too.
    const earlier = await h.tillit.db.checkIn.create({ data: { participantId: id, smallStep: "walk", createdAt: h.clock.now() } });
    await h.tillit.sql.transaction((tx) => applyEffects(tx, { participantId: id, conversationId: conversations[0]!.id, now: h.clock.now() }, [
      { kind: "record-check-in", mood: 3, betterBecause: "x", sleep: null, food: null, movement: null, smallStep: null },
      { kind: "record-mapping-answer", topic: "interests", question: "likes", answer: "x" },
      { kind: "record-self-rating", batteryId: "b", statement: "readiness", score: 3 },
      { kind: "record-sub-goal-progress", subGoalId: goal.id, progress: "done" },
      { kind: "record-small-step-follow-up", checkInId: earlier.id, outcome: "done" },
    ]));
    expect(await answers(id)).toEqual({ ...none, checkIns: 1 });
    expect(await h.tillit.db.checkIn.findUniqueOrThrow({ where: { id: earlier.id } })).toMatchObject({ smallStepFollowUp: null });
  });

  it("saying yes when asked records the consent and begins what was asked for", async () => {
    const p = await declined();
    await p.say("checka in");
    expect(await p.say("ja")).toEqual(["Hej! Hur är det idag, på en skala 1-10?"]);
    await p.say("6");
    const r = await p.record();
    expect(r.consents.map((k) => [k.kind, k.granted, k.textVersion])).toEqual([["data-processing", false, "2026-12-v3"], ["data-processing", true, "2026-12-v3"]]);
  });

  it("message texts are erased after the promised days (injected clock); a consenting participant's stay", async () => {
    const p = await declined();
    await p.say("mitt personnummer är 20050412-1234 och jag heter Kim Hemlig");
    const kept = await onboardedParticipant(h, `+46${n++}`);
    await kept.say("det här får finnas kvar");
    h.clock.advance(29 * 86_400_000);
    await p.say("en sak till, dag 29");
    expect(await h.tillit.retentionTick()).toBeDefined();
    const id = (await p.record()).id;
    expect(await h.tillit.db.message.count({ where: { participantId: id, body: { contains: "20050412" } } })).toBe(1);
    h.clock.advance(2 * 86_400_000);
    const counts = await h.tillit.retentionTick();
    expect(counts!["message-texts"]).toBeGreaterThan(0);
    const texts = await h.tillit.db.message.findMany({ where: { participantId: id }, orderBy: { id: "asc" } });
    // Everything older than 30 days is gone (in and out); the message of day 29 is not yet.
    expect(texts.filter((m) => m.body !== "").map((m) => m.body)).toEqual(["en sak till, dag 29", expect.any(String)]);
    expect(texts.filter((m) => m.body === "").every((m) => m.erasedAt !== null)).toBe(true);
    expect((await h.tillit.db.participant.findUniqueOrThrow({ where: { id } })).phone).toBe(p.phone);
    const keptId = (await kept.record()).id;
    expect(await h.tillit.db.message.count({ where: { participantId: keptId, body: "det här får finnas kvar" } })).toBe(1);
    // What the staff see: the texts are marked erased, not silently missing.
    expect(await h.tillit.db.message.count({ where: { participantId: id, body: { contains: "Hemlig" } } })).toBe(0);
  });

  it("the safety screen still runs and a crisis still alerts the team", async () => {
    const flagged: number[] = [];
    const off = h.tillit.events.on("conversation.crisis-flagged", (e) => flagged.push(e.conversationId));
    const p = await declined();
    const reply = await p.say("jag vill inte leva längre");
    off();
    expect(reply[0]).toMatch(/Självmordslinjen/);
    const { conversations } = await p.record();
    expect(conversations[0]).toMatchObject({ priority: "crisis", status: "waiting" });
    expect(flagged).toContain(conversations[0]!.id);
  });
});

describe("the language model's own consent", () => {
  const KEY = "sk-test-consent-0123456789";
  let m: Harness;
  let ai: FakeOpenAI;
  beforeAll(async () => {
    ai = new FakeOpenAI(KEY);
    await ai.start();
    ai.respond = (r: ChatRequest) => (r.response_format?.type === "json_schema" ? { content: classification({ crisis: false }) } : { content: "Vad roligt att höra!" });
    m = await startHarness({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: ai.url, OPENAI_MODEL: "tillit-test-model", OPENAI_TIMEOUT_MS: "500" }, { simulator: true });
  });
  afterAll(async () => {
    await m.stop();
    await ai.stop();
  });

  it("is asked plainly after a yes to data processing; a no means no text ever reaches the model", async () => {
    const p = new Participant(m, `+46${n++}`);
    await p.say("Hej");
    expect(await p.say("ja")).toEqual(["En sak till: får en AI-tjänst läsa dina meddelanden, så att jag förstår dig bättre? Den får aldrig se ditt nummer, personnummer eller mejl. Säger du nej funkar allt ändå.\n1. Ja\n2. Nej"]);
    const before = ai.requests.length;
    expect(await p.say("nej")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    for (const t of ["Alva", "kvall", "svenska", "satt och ritade hela eftermiddagen", "kan du hjälpa mig med cv:t?"]) await p.say(t);
    expect(ai.requests.length).toBe(before);
    const { consents } = await p.record();
    expect(consents.map((k) => [k.kind, k.granted])).toEqual([["data-processing", true], ["language-model", false]]);
  });

  it("with its yes the model reads (redacted) text; after a no to data processing it is never even asked about", async () => {
    const yes = await onboardedParticipant(m, `+46${n++}`);
    const before = ai.requests.length;
    expect(await yes.say("satt och ritade hela eftermiddagen")).toEqual(["Vad roligt att höra!"]);
    expect(ai.requests.length).toBeGreaterThan(before);
    // Taken back as easily as it was given.
    expect(await yes.say("ingen AI tack")).toEqual(["Okej, ingen AI läser dina meddelanden framöver. Allt annat funkar som vanligt."]);
    const withdrawn = ai.requests.length;
    await yes.say("ritade igen idag");
    expect(ai.requests.length).toBe(withdrawn);
    expect((await yes.record()).consents.at(-1)).toMatchObject({ kind: "language-model", granted: false });
    const no = new Participant(m, `+46${n++}`);
    await no.say("Hej");
    const after = ai.requests.length;
    expect((await no.say("nej"))[0]).toMatch(/^Okej, helt förståeligt/);
    await no.say("ritade hela eftermiddagen");
    expect(ai.requests.length).toBe(after);
  });
});

describe("what the copy promises about erasure on request", () => {
  // A team lead carries out the request and has a month to do it (the list marks it overdue after
  // that, tests/privacy/erasure.test.ts): no line may promise "at once".
  const lines = (node: unknown): string[] => (typeof node === "string" ? [node] : node && typeof node === "object" ? Object.values(node).flatMap(lines) : []);
  it.each([["sv", sv, /raderas[^.?]*direkt|direkt om du ber/i, /inom en månad om du ber om det/], ["en", en, /(erased|deleted)[^.?]*at once|at once if you ask/i, /within a month if you ask/]] as const)(
    "%s: erasure when asked is promised within a month, never at once",
    (_lang, copy, atOnce, withinMonth) => {
      const all = lines(copy);
      expect(all.filter((l) => atOnce.test(l))).toEqual([]);
      expect(all.filter((l) => withinMonth.test(l)).length).toBeGreaterThanOrEqual(4);
    },
  );
});
