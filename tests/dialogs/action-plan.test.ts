import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { saveActionPlan, setParticipantStep } from "../../bot/plans/write-action-plan.js";
import { smsSize } from "../../bot/domain/sms-segments.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

let n = 740000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

describe("action plan in chat", () => {
  it("shows the plan and asks about each open sub-goal; progress is recorded and effort affirmed", async () => {
    const p = await onboarded();
    const { id } = await p.record();
    await saveActionPlan(h.tillit.sql, {
      participantId: id,
      mainActivity: "praktik på biblioteket",
      weeklySchedule: "tisdagar och torsdagar 9-12",
      nextFollowUpAt: new Date("2026-12-07T09:00:00Z"),
      subGoals: ["åka buss till biblioteket själv", "skriva ett CV"],
    });
    expect(await p.say("hur går det med min plan?")).toEqual([
      "Din plan: praktik på biblioteket. Schema: tisdagar och torsdagar 9-12. Nästa uppföljning: måndag 7 december kl. 10:00.",
      "Hur går det med: åka buss till biblioteket själv?\n1. Klart\n2. På gång\n3. Fastnat\n4. Inte än",
    ]);
    expect(await p.say("klart!")).toEqual(["Hur går det med: skriva ett CV?\n1. Klart\n2. På gång\n3. Fastnat\n4. Inte än"]);
    expect(await p.say("på gång")).toEqual(["Starkt jobbat med åka buss till biblioteket själv! Tack för att du berättade."]);
    const goals = await h.tillit.db.subGoal.findMany({ where: { plan: { participantId: id } }, include: { updates: true }, orderBy: { position: "asc" } });
    expect(goals.map((g) => [g.status, g.updates.map((u) => u.progress)])).toEqual([["done", ["done"]], ["open", ["partly"]]]);
    // Next time only the open sub-goal is asked about.
    expect((await p.say("min plan"))[1]).toBe("Hur går det med: skriva ett CV?\n1. Klart\n2. På gång\n3. Fastnat\n4. Inte än");
  });

  it("skipping and 'not yet' are fine; the thanks names the coordinator, not a grade", async () => {
    const p = await onboarded("en");
    const { id } = await p.record();
    await saveActionPlan(h.tillit.sql, { participantId: id, mainActivity: "a course in Swedish", subGoals: ["go to the first lesson", "buy a notebook"] });
    expect(await p.say("my plan")).toEqual(["Your plan: a course in Swedish.", "How is it going with: go to the first lesson?\n1. Done\n2. Getting there\n3. Stuck\n4. Not yet"]);
    await p.say("skip");
    expect(await p.say("not yet")).toEqual(["Thanks for telling me! One step at a time, the team will bring it up at the next follow-up."]);
  });

  it("shows who does what and the optional items; a sub-goal marked stuck is answered at once and shows as stuck", async () => {
    const p = await onboarded();
    const { id } = await p.record();
    await saveActionPlan(h.tillit.sql, {
      participantId: id,
      mainActivity: "komma igång med träning",
      optionalItems: ["gymkort", "kontakt med psykolog"],
      subGoals: [
        { text: "gå till gymmet en gång", owner: "participant" },
        { text: "boka tid hos vårdcentralen", owner: "coordinator" },
        { text: "skicka info om praktik", owner: "agency", agency: "Arbetsförmedlingen" },
      ],
    });
    expect(await p.say("visa min plan")).toEqual([
      "Din plan: komma igång med träning. Också med: gymkort, kontakt med psykolog. Att göra för teamet: boka tid hos vårdcentralen. Att göra för Arbetsförmedlingen: skicka info om praktik.",
      "Hur går det med: gå till gymmet en gång?\n1. Klart\n2. På gång\n3. Fastnat\n4. Inte än",
    ]);
    const [stuck, thanks] = await p.say("fastnat typ");
    expect(stuck).toMatch(/\. Teamet ser det/); // sentence case where it begins a sentence
    expect(stuck).not.toMatch(/En koordinator/);
    expect(thanks).toMatch(/^Tack/);
    const goals = await h.tillit.db.subGoal.findMany({ where: { plan: { participantId: id } }, orderBy: { position: "asc" } });
    expect(goals.map((g) => g.status)).toEqual(["stuck", "open", "open"]);
    // A person should offer help: a task in the inbox, one per participant however often it is marked.
    expect(await h.tillit.db.staffTask.findMany({ where: { participantId: id }, select: { kind: true, status: true } })).toEqual([{ kind: "sub-goal-stuck", status: "open" }]);
    // A stuck sub-goal is still asked about next time, and "klart" marks it done.
    expect((await p.say("min plan")).at(-1)).toMatch(/^Hur går det med: gå till gymmet en gång\?/);
    await p.say("klart");
    expect((await h.tillit.db.subGoal.findFirst({ where: { plan: { participantId: id }, position: 0 } }))!.status).toBe("done");
  });

  it("a plan too long for one message is never cut off silently: the first says there is more, \"hela planen\" shows the rest", async () => {
    const p = await onboarded();
    const { id } = await p.record();
    const goal = (i: number) => `ringa och boka ett möte om praktiken nummer ${i} och skicka papperen efteråt`;
    await saveActionPlan(h.tillit.sql, {
      participantId: id,
      mainActivity: "praktik på biblioteket tre dagar i veckan med handledare",
      weeklySchedule: "måndag, onsdag och fredag kl 9-12, lunch hemma",
      nextFollowUpAt: new Date("2026-12-07T09:00:00Z"),
      optionalItems: ["gymkort", "kontakt med psykolog", "ett CV"],
      subGoals: [{ text: "åka dit själv", owner: "participant" }, ...[1, 2, 3, 4].map((i) => ({ text: goal(i), owner: "agency" as const, agency: "Arbetsförmedlingen" }))],
    });
    const [first, question] = await p.say("min plan");
    expect(first).toMatch(/^Din plan: praktik på biblioteket .* Det finns mer: skriv "hela planen" för resten\.$/);
    expect(question).toMatch(/^Hur går det med: åka dit själv\?/);
    // Asked while the sub-goal question waits: the next part, then the question again.
    const [rest, again] = await p.say("visa hela planen");
    expect(rest).toMatch(/Att göra för Arbetsförmedlingen: ringa och boka/);
    expect(again).toMatch(/Hur går det med: åka dit själv\?/);
    await p.say("på gång");
    // On its own: everything after the first message, in at most two.
    const shown = await p.say("hela planen");
    const all = [first, ...shown].join(" ");
    for (const i of [1, 2, 3, 4]) expect(all).toContain(goal(i));
    expect(all).toContain("Också med: gymkort, kontakt med psykolog, ett CV.");
    for (const text of [first!, rest!, ...shown]) expect(smsSize(text).segments).toBeLessThanOrEqual(2);
  });

  it("says so kindly when there is no plan yet", async () => {
    const p = await onboarded();
    expect(await p.say("min plan")).toEqual(["Du har ingen plan än. Den gör ni tillsammans, du och teamet, när det passar dig."]);
  });

  it("can be started by the coordinator (proactively) and fits in two SMS segments at the longest", async () => {
    const p = await onboarded();
    const { id, conversations } = await p.record();
    const long = "x".repeat(80);
    await saveActionPlan(h.tillit.sql, { participantId: id, mainActivity: long, weeklySchedule: long, nextFollowUpAt: new Date("2026-09-30T12:00:00Z"), subGoals: [long] });
    expect(await h.tillit.core.startDialog(conversations[0]!.id, { dialog: "action-plan" })).toBe("started");
    // Changed with issue 13: a proactive dialog first asks whether now is a good time.
    expect(await p.received()).toEqual(["Hej Sara! Vill du prata lite om din plan nu? Det blir några korta frågor.\n1. Ja, nu\n2. Senare\n3. Inte idag"]);
    // With two unanswered messages (onboarding's last and this), nothing more is started.
    expect(await h.tillit.core.startDialog(conversations[0]!.id, { dialog: "check-in" })).toBe("unanswered-limit");
    expect(await p.received()).toEqual([]);
    const shown = await p.say("ja");
    expect(shown[1]).toBe(`Hur går det med: ${long}?\n1. Klart\n2. På gång\n3. Fastnat\n4. Inte än`);
    for (const text of shown) expect(smsSize(text).units).toBeLessThanOrEqual(306);
  });

  it("refuses plan texts too long for a message, and more than five sub-goals", async () => {
    const { id } = await (await onboarded()).record();
    await expect(saveActionPlan(h.tillit.sql, { participantId: id, mainActivity: "x".repeat(81) })).rejects.toThrow();
    await expect(saveActionPlan(h.tillit.sql, { participantId: id, mainActivity: "ok", subGoals: ["1", "2", "3", "4", "5", "6"] })).rejects.toThrow();
    expect(await h.tillit.db.actionPlan.count({ where: { participantId: id } })).toBe(0);
  });
});

describe("participant step (1-5)", () => {
  it("is kept with its history; out-of-range steps are refused", async () => {
    const { id } = await (await onboarded()).record();
    await setParticipantStep(h.tillit.db, { participantId: id, step: 1 });
    await setParticipantStep(h.tillit.db, { participantId: id, step: 2, note: "studiebesök gjort" });
    await expect(setParticipantStep(h.tillit.db, { participantId: id, step: 6 })).rejects.toThrow();
    const history = await h.tillit.db.participantStep.findMany({ where: { participantId: id }, orderBy: { id: "asc" } });
    expect(history.map((s) => [s.step, s.note])).toEqual([[1, null], [2, "studiebesök gjort"]]);
  });
});
