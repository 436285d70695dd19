// The farewell at discharge, texted the way young people text: a final self-rating offered (stored
// as the exit rating), the six months of follow-up told in the same one message, and "nej tack" in its many
// spellings declining the follow-up at once, in Swedish and English. Someone who stopped everything
// or no longer wants contact hears nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { scheduler } from "../helpers/nudges.js";
import { discharge } from "../../bot/staff/discharge.js";
import { exitRatings } from "../../bot/db/exit-ratings.js";
import { isFollowUpDecline } from "../../dialogs/shared/follow-up-decline-words.js";
import { smsSize } from "../../bot/domain/sms-segments.js";
import type { StaffActor } from "../../bot/staff/staff-actor.js";

let h: Harness;
let admin: StaffActor;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  const a = await h.tillit.db.staffUser.create({ data: { email: "ada@kommun.se", displayName: "Ada Berg", firstName: "Ada", role: "admin", passwordHash: "x" } });
  admin = { id: a.id, email: a.email, displayName: a.displayName, firstName: a.firstName, role: "admin", teamIds: [] };
});
afterAll(async () => h.stop());

const day = 86_400_000;
let n = 741000000;
const deps = () => ({ db: h.tillit.db, sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now });
const followUps = async (participantId: number) => h.tillit.db.nudgeSchedule.findMany({ where: { participantId, cadenceKey: "discharge" } });
const pending = (participantId: number) => h.tillit.db.nudge.findMany({ where: { participantId, status: "scheduled" } });

async function discharged(language: "sv" | "en", outcome = "studies"): Promise<{ p: Participant; id: number; farewell: string[] }> {
  const p = await onboardedParticipant(h, `+46${n++}`, language);
  const { id, conversations } = await p.record();
  await discharge(deps(), admin, conversations[0]!.id, { outcome });
  return { p, id, farewell: await p.received() };
}

describe("the farewell", () => {
  it("Swedish: one message tells the follow-up and how to decline; the rating is offered after their answer, and stored as the exit rating", async () => {
    const { p, id, farewell } = await discharged("sv");
    expect(farewell).toEqual(["Hej Sara! Tack för tiden med oss. Vi hör av oss en gång i månaden i ett halvår för att höra hur det går. Vill du inte det, svara nej tack."]);
    for (const m of farewell) expect(smsSize(m)).toMatchObject({ encoding: "GSM-7" });
    for (const m of farewell) expect(smsSize(m).segments).toBeLessThanOrEqual(2);
    expect(await p.say("ok tack")).toEqual([expect.stringMatching(/^En sista sak.*sex korta frågor.*\n1\. Ja\n2\. Inte nu$/s)]);
    const [intro, first] = await p.say("ja kör");
    expect(intro).toMatch(/^Nu kommer sex korta påståenden/);
    expect(first).toMatch(/redo för jobb eller studier/);
    for (const answer of ["7", "8 typ", "hoppa över", "5", "9"]) await p.say(answer);
    expect(await p.say("10!!")).toEqual([expect.stringMatching(/^Tack (för dina svar|, det var alla)!.*vi hörs om en månad\.$/)]);
    const ratings = (await p.record()).selfRatings;
    expect(ratings.map((r) => [r.statement, r.score, r.kind])).toEqual([
      ["readiness", 7, "exit"], ["physicalHealth", 8, "exit"], ["mentalHealth", null, "exit"], ["dailyRoutine", 5, "exit"], ["socialContacts", 9, "exit"], ["futureConfidence", 10, "exit"],
    ]);
    expect((await exitRatings(h.tillit.sql)).find((r) => r.participantId === id)?.scores).toMatchObject({ readiness: 7, physicalHealth: 8, mentalHealth: null });
    expect(await followUps(id)).toMatchObject([{ status: "active" }]);
  });

  it("Swedish: \"nää tack\" to the offer declines the follow-up at once; nothing is rated and nothing more is planned", async () => {
    const { p, id } = await discharged("sv");
    expect(await p.say("nää tack")).toEqual([expect.stringMatching(/^(Okej, då hör vi inte av oss mer|Självklart, inga fler uppföljningar)\. Ta hand om dig, Sara!/)]);
    const record = await p.record();
    expect(record.followUpDeclinedAt).toEqual(h.clock.now());
    expect(record.selfRatings).toEqual([]);
    expect(await followUps(id)).toMatchObject([{ status: "stopped" }]);
    expect(await pending(id)).toEqual([]);
    // Later words are answered as usual, and the decline is not asked again.
    expect((await p.say("tack")).length).toBe(1);
  });

  it("Swedish: a plain \"nej\" only skips the rating; a month later the check-in's question takes \"vill int\" as the decline", async () => {
    const { p, id } = await discharged("sv");
    expect(await p.say("nej")).toEqual([expect.stringMatching(/^(Helt okej!|Inga problem\.) .*vi hörs om en månad\.$/)]);
    expect((await p.record()).followUpDeclinedAt).toBeNull();
    const [next] = await pending(id);
    expect(Math.round((next!.dueAt.getTime() - h.clock.ms) / day)).toBe(30);
    h.clock.ms = next!.dueAt.getTime();
    await scheduler(h, { backoffAfter: 10, stopAfter: 10 }).tick();
    expect((await p.received())[0]).toMatch(/^Hej Sara! .*incheckning/);
    expect(await p.say("vill int")).toEqual([expect.stringMatching(/Ta hand om dig, Sara!/)]);
    expect((await p.record()).followUpDeclinedAt).not.toBeNull();
    expect(await pending(id)).toEqual([]);
    h.clock.advance(day);
  });

  it("English: \"not now\", then \"no thx\" on its own declines; the confirmation is brief", async () => {
    const { p, id, farewell } = await discharged("en", "work");
    expect(farewell).toEqual(["Hi Sam! Thanks for the time with us. We'll check in once a month for six months to hear how you're doing. If you'd rather not, reply no thanks."]);
    expect(await p.say("not now")).toEqual([expect.stringMatching(/talk in a month\.$|in touch in a month\.$/)]);
    const [reply] = await p.say("no thx");
    expect(reply).toMatch(/^(Okay, we won't check in any more|Of course, no more check-ins)\. Take care, Sam!/);
    expect(smsSize(reply!).segments).toBe(1);
    expect(await followUps(id)).toMatchObject([{ status: "stopped" }]);
  });

  it("English: \"yes\" rates, typed casually; \"nah im good\" straight away declines", async () => {
    const { p } = await discharged("en");
    expect((await p.say("cool thanks")).join(" ")).toMatch(/^One last thing/);
    await p.say("yeah sure");
    for (const a of ["6", "7", "8", "5", "6"]) await p.say(a);
    expect(await p.say("9")).toEqual([expect.stringMatching(/^Thanks/)]);
    expect((await p.record()).selfRatings.every((r) => r.kind === "exit")).toBe(true);
    const other = await discharged("en");
    expect((await other.p.say("nah im good"))[0]).toMatch(/Take care, Sam!/);
    expect((await other.p.record()).followUpDeclinedAt).not.toBeNull();
  });

  it("no follow-up and no rating request for someone who no longer wants contact, or who wrote STOPP", async () => {
    const noContact = await discharged("sv", "no-contact");
    expect(noContact.farewell).toEqual([]);
    expect(await followUps(noContact.id)).toEqual([]);
    expect(await pending(noContact.id)).toEqual([]);
    expect((await noContact.p.record()).dischargeOutcome).toBe("no-contact");

    const p = await onboardedParticipant(h, `+46${n++}`);
    await p.say("STOPP");
    await p.received();
    const { id, conversations } = await p.record();
    await discharge(deps(), admin, conversations[0]!.id, { outcome: "moved" });
    expect(await p.received()).toEqual([]);
    expect(await followUps(id)).toEqual([]);
    expect(await p.record()).toMatchObject({ status: "opted-out", dischargeOutcome: "moved" });
  });

  it("a returning regular's ordinary \"nej tack\" is not a decline unless the follow-up runs", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    await p.say("nej tack");
    expect((await p.record()).followUpDeclinedAt).toBeNull();
  });
});

describe("what counts as declining", () => {
  it("reads the ways young people say no thanks, and not a plain no or other sentences", () => {
    const declines = ["nej tack", "Nej tack!", "nä tack", "nää tack 🙏", "nej tck", "neej tack", "vill inte", "Vill int", "jag vill inte ha uppföljning", "behövs inte", "behovs ej", "inga fler sms tack", "avstår", "nej tack jag klarar mig", "no thanks", "No thx", "no thank you", "nah im good", "nope thanks", "i dont want any check ins", "no follow ups please"];
    const others = ["nej", "no", "ja", "tack", "ok", "vill inte gå till skolan idag", "jag vill inte leva", "nej tack till kaffe men ja till te", "yes please", "hej"];
    expect(declines.filter((t) => !isFollowUpDecline(t))).toEqual([]);
    expect(others.filter(isFollowUpDecline)).toEqual([]);
  });
});
