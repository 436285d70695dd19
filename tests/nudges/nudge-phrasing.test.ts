// A nudge in the words the participant has not seen for the longest: what they were sent decides,
// not what was written for them and refused (cancelled at an opt-out before it went out, so never
// on their phone). Counting a refused message as seen would send again a phrasing they already have
// while one they never saw waits.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { participant, scheduler, sent } from "../helpers/nudges.js";
import { insertNudge } from "../../bot/nudges/schedule-nudges.js";
import { loadLocales, phrasings } from "../../bot/infrastructure/i18n.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness({}, { simulator: true });
  h.clock.ms = Date.parse("2026-11-24T10:00:00Z"); // 11:00 in Stockholm, a Tuesday: no quiet hours
});
afterEach(async () => h.stop());

const [first, second, third] = phrasings(loadLocales(), "sv", "nudge.reEngage");

async function message(p: { participantId: number; conversationId: number }, body: string, status: "delivered" | "refused", minutesAgo: number) {
  await h.tillit.db.message.create({
    data: {
      conversationId: p.conversationId, participantId: p.participantId, direction: "out", channel: "sms", authorKind: "bot", body, status,
      errorCode: status === "refused" ? "opted-out" : null, createdAt: new Date(h.clock.ms - minutesAgo * 60_000),
    },
  });
}

describe("the nudge's phrasing", () => {
  it("a phrasing only refused counts as never seen, and goes out before one the participant already has", async () => {
    expect(third).toBeDefined();
    const p = await participant(h);
    await message(p, first!, "delivered", 3 * 24 * 60);
    await message(p, second!, "delivered", 2 * 24 * 60);
    await message(p, third!, "refused", 24 * 60);
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now() }, h.clock.now()));

    const outcomes = await scheduler(h).tick();
    expect([...outcomes.values()]).toEqual(["sent"]);
    const bodies = (await sent(h, p.participantId)).map((m) => m.body);
    expect(bodies).toHaveLength(4);
    expect(bodies.at(-1)).toContain(third!);
  });

  it("with every phrasing delivered, the one seen longest ago goes out", async () => {
    const p = await participant(h);
    await message(p, first!, "delivered", 3 * 24 * 60);
    await message(p, second!, "delivered", 2 * 24 * 60);
    await message(p, third!, "delivered", 24 * 60);
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: p.participantId, kind: "message", dueAt: h.clock.now() }, h.clock.now()));

    await scheduler(h).tick();
    expect((await sent(h, p.participantId)).map((m) => m.body).at(-1)).toContain(first!);
  });
});
