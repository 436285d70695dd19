// What the tenth young tester (texter17) found the bot did not understand in a conversation:
// - #6: after good news, the next message was cheered whatever it said ("kan inte sova igen" the day after a
//   crisis, "vad ska jag göra nu" after a food card): only more of the good news is cheered; a question about
//   what now is answered as one (the team helps with the next step), anything else for what it is.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(761700000, { staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
const MINUTE = 60_000;
const staffDeps = () => suite.staffDeps();
async function say(p: Participant, text: string, after = MINUTE): Promise<string[]> {
  h.clock.advance(after);
  return p.say(text);
}
const CHEER = /Vad kul|Åh, så bra|Vad roligt|grattis|That's great|Oh, so good|congratulations/i;

describe("what follows good news (texter17 #6)", () => {
  it.each([
    ["sv", "fick jobbet!!", "kan inte sova igen"],
    ["sv", "fick jobbet!!", "vad ska jag göra nu"],
    ["sv", "jag fick plats på komvux!!", "vad händer nu"],
    ["sv", "fick jobbet!!", "men vet inte om jag klarar det"],
    ["sv", "klarade uppkörningen idag", "mår skit ändå"],
    ["en", "got the job!!", "what do i do now"],
    ["en", "got the job!!", "cant sleep tho"],
  ] as const)("%s: %j, then %j, is not cheered", async (language, news, next) => {
    const p = await suite.onboarded(language);
    expect((await say(p, news)).join(" ")).toMatch(CHEER);
    const reply = (await say(p, next)).join(" ");
    expect(reply).not.toMatch(CHEER);
    expect(reply).not.toMatch(/låter riktigt bra|sounds really good/);
  });

  it.each([
    ["sv", "fick jobbet!!", "på ica"],
    ["sv", "fick sommarjobbet!!", "börjar nästa lördag"],
    ["en", "got the job!!", "at the cafe downtown"],
  ] as const)("%s: %j, then %j (more of it), is cheered", async (language, news, more) => {
    const p = await suite.onboarded(language);
    await say(p, news);
    expect((await say(p, more)).join(" ")).toMatch(CHEER);
  });

  it("'vad ska jag göra nu' after good news gets the offer of the team for the next step", async () => {
    const p = await suite.onboarded("sv");
    await say(p, "fick jobbet!!");
    expect(await say(p, "vad ska jag göra nu")).toEqual([expect.stringMatching(/^(Bra fråga! Nästa steg|Vad som händer nu kan teamet).*hör av sig om det\?\n1\. Ja\n2\. Nej$/s)]);
    await say(p, "ja");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("while a person is awaited: 'kan inte sova igen' after good news is not cheered; 'vad ska jag göra nu' is a question for the coordinator", async () => {
    const p = await suite.onboarded("sv");
    await say(p, "prata med en människa");
    expect((await say(p, "jag var där. fick matkort")).join(" ")).toMatch(/skönt|kul|bra/i);
    expect((await say(p, "vad ska jag göra nu")).join(" ")).toMatch(/^(Bra fråga, och en bra sak att ta med|Vad som händer nu kan)/);
    const q = await suite.onboarded("sv");
    await say(q, "prata med en människa");
    await say(q, "fick jobbet!!");
    expect((await say(q, "kan inte sova igen")).join(" ")).not.toMatch(CHEER);
  });

  it("Rasmus, the day after a crisis was handed back: 'var där igår' is effort, and 'kan inte sova igen' after it is not cheered", async () => {
    const p = await suite.onTeam("sv", "Rasmus");
    h.clock.ms = Date.parse("2026-11-25T01:40:00Z");
    expect((await say(p, "vill inte leva längre")).join(" ")).toMatch(/90101/);
    h.clock.ms = Date.parse("2026-11-25T07:05:00Z");
    const id = (await suite.conversationOf(p)).id;
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej Rasmus, Kim här. Jag har bokat en tid åt dig på akuten kl 13.");
    await say(p, "ok");
    await handBack(staffDeps(), kim, id);
    await p.received();
    h.clock.ms = Date.parse("2026-11-26T21:30:00Z");
    await say(p, "var där igår");
    const reply = (await say(p, "kan inte sova igen")).join(" ");
    expect(reply).not.toMatch(CHEER);
    expect(reply).not.toMatch(/låter riktigt bra/);
  });
});
