// What a tester texting as young people do found in the check-in (2026-12): answers stored that were
// never given. "sov typ 3h" to "hur är det idag, 1-10?" was saved as mood 3. Now a number about
// something else is asked about in a line of its own (once; then the question is skipped, as any
// unclear answer).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

let n = 764100000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

const QUESTION = "Hej Sara! Hur är det idag, på en skala 1-10?";

/** The rest of a check-in after the mood question's follow-up: skip it, slept well, ate, moved, no step. */
async function finish(p: Participant, afterMood: string[] = ["hoppa över"]): Promise<void> {
  for (const t of [...afterMood, "bra", "ja", "ja", "inte nu"]) await p.say(t);
}

describe("a number about something else is not a mood", () => {
  it("'sov typ 3h' is no mood of 3: after the offer a short night gets, it is asked about in a line of its own, and the number then given is kept", async () => {
    const p = await onboarded();
    expect(await p.say("checka in")).toEqual([QUESTION]);
    // Three hours of sleep is a concern of its own (the safety screen's): a person is offered first.
    expect((await p.say("sov typ 3h")).join(" ")).toMatch(/Vill du att din koordinator hör av sig till dig\?/);
    const [ack, again, ...more] = await p.say("nej");
    expect(ack).toMatch(/^Okej/);
    expect(more).toEqual([]);
    expect(again).toMatch(/^(Jag tror att 3 gällde något annat\.|Lät som att 3 handlade om något annat\.)/);
    expect(again).not.toBe(QUESTION);
    expect(await p.say("5")).toEqual(["Okej, tack. Vad gör att det är en 5:a och inte lägre?"]);
    await finish(p);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 5, betterBecause: null, sleep: "good" })]);
  });

  it("'sov typ 3h' and then yes to a person: no mood of 3 is kept", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("sov typ 3h");
    await p.say("ja");
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ status: "waiting" });
    expect(r.checkIns.filter((c) => c.mood !== null)).toEqual([]);
  });

  it("asked about once more only: a second answer that is no rating skips the question kindly, and no mood is kept", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const [again] = await p.say("kl 3");
    expect(again).toMatch(/^(Jag tror att 3 gällde något annat\.|Lät som att 3 handlade om något annat\.)/);
    const [next] = await p.say("3 dagar");
    expect(next).toMatch(/^(Ingen fara, vi hoppar över den\.|Okej, vi tar nästa i stället\.|Den hoppar vi över, inga problem\.) /);
    expect(next).not.toMatch(/1-10|1 till 10/);
    await finish(p, []);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: null, sleep: "good" })]);
  });

  it.each([
    ["0", /^(Under skalan, det låter riktigt tungt\.|Det låter tungt\. Skalan går från 1 till 10)/],
    ["1000", /^(Över skalan! Den slutar på 10|Mer än skalan räcker till!)/],
    ["inte 2 i alla fall", /^(Okej, inte 2\.|Inte 2, uppfattat\.)/],
    ["10 av 10 skit", /^(Jag är inte säker på hur jag ska läsa det\.|Det kan jag läsa åt två håll\.)/],
    ["igår var det en 3a", /^(Okej, det var då\. Och idag|Uppfattat\. Och hur är det idag)/],
  ])("%j is asked about again, in a line that answers it", async (text, line) => {
    const p = await onboarded();
    await p.say("checka in");
    const reply = await p.say(text);
    expect(reply).toEqual([expect.stringMatching(line)]);
    expect((await p.say("6"))[0]).toMatch(/en 6:a och inte lägre/);
  });

  it("English: 'slept like 3 hours' is no mood of 3", async () => {
    const p = await onboarded("en");
    await p.say("check in");
    expect(await p.say("slept like 3 hours")).toEqual([expect.stringMatching(/^(I think 3 was about something else\.|Sounds like 3 was about something else\.)/)]);
  });
});
