// What young testers still found open after the fourth round: "kolla läget" to the offer of a person
// met with "Jag förstod inte riktigt", fear after a crisis met with the stock line, "när svarar ni?"
// answered only with when someone reads, good news in the check-in met neutrally, a score for today said
// next to yesterday's refused, and a name given late in onboarding lost.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { asksForCheckIn } from "../../dialogs/shared/understand-free.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());
beforeEach(() => {
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm: the office is open
});

let n = 725000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);
const conversationOf = async (p: Awaited<ReturnType<typeof onboarded>>) => (await p.record()).conversations[0]!;

describe("a check-in asked for while the offer of a person is open", () => {
  it("is a 'not now' to the offer, said plainly, and the check-in begins", async () => {
    for (const t of ["kolla läget", "kan vi köra check in", "checkin", "kolla lage istället", "vill checka in 🙂"]) {
      const p = await onboarded();
      expect((await p.say("allt känns meningslöst")).join(" ")).toMatch(/hör av sig till dig\?/);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/förstod inte/);
      expect(reply, t).toMatch(/prata med en människa/);
      expect(reply, t).toMatch(/skala 1-10/);
      expect((await conversationOf(p)).status, t).toBe("bot");
      expect((await p.say("6")).join(" "), t).toMatch(/inte lägre/);
    }
    const q = await onboarded("en");
    await q.say("everything feels pointless");
    const reply = (await q.say("lets do a check in")).join(" ");
    expect(reply).toMatch(/talk to a person/);
    expect(reply).toMatch(/scale of 1-10/);
  });

  it("a yes, a no or a question about the check-in is not taken for it", async () => {
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    expect((await p.say("hur funkar check in?")).join(" ")).not.toMatch(/skala 1-10/);
    for (const t of ["kolla läget", "kan vi köra check in", "checkin", "lets do a check in"]) expect(asksForCheckIn(t), t).toBe(true);
    for (const t of ["hur funkar check in?", "vad är kolla läget", "ja", "nej", "vet inte", "kanske"]) expect(asksForCheckIn(t), t).toBe(false);
  });
});
