// What a turn reads of the conversation before its dialogs run, in one statement on both databases:
// the texts last sent (newest first, refused ones left out, at most the limit) and the rhythm (when the
// participant wrote before, when Tillit last wrote on its own, how many messages came since). The rhythm
// must come back when nothing was sent yet too, which a join of the two could lose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { conversationSoFar } from "../../bot/db/messages.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  await h.tillit.outbox.stop();
});
afterAll(async () => h.stop());

const at = (minutes: number) => new Date(Date.parse("2026-11-20T10:00:00Z") + minutes * 60_000);
let n = 0;

async function conversation() {
  const p = await h.tillit.db.participant.create({ data: { phone: `+4670555${String(n++).padStart(4, "0")}`, conversations: { create: {} } }, include: { conversations: true } });
  return { participantId: p.id, conversationId: p.conversations[0]!.id };
}

async function message(c: { participantId: number; conversationId: number }, m: { direction: "in" | "out"; body: string; minute: number; authorKind?: string; status?: string; purpose?: string; choices?: string[] }) {
  const row = await h.tillit.db.message.create({
    data: {
      ...c, direction: m.direction, channel: "sms", authorKind: m.authorKind ?? (m.direction === "in" ? "participant" : "bot"), body: m.body,
      status: m.status ?? (m.direction === "in" ? "processed" : "sent"), createdAt: at(m.minute), choices: m.choices ? JSON.stringify(m.choices) : null,
    },
  });
  if (m.purpose) {
    await h.tillit.db.outboxItem.create({ data: { messageId: row.id, participantId: c.participantId, channel: "sms", purpose: m.purpose, status: "sent", nextAttemptAt: at(m.minute), createdAt: at(m.minute), updatedAt: at(m.minute) } });
  }
  return row.id;
}

describe("conversationSoFar", () => {
  it("with nothing sent yet: no texts, and the rhythm still read", async () => {
    const c = await conversation();
    await message(c, { direction: "in", body: "hej", minute: 0 });
    const now = await message(c, { direction: "in", body: "hallå?", minute: 5 });
    expect(await conversationSoFar(h.tillit.sql, c.conversationId, now, 8)).toEqual({ recent: [], previousInboundAt: at(0), lastAutomatedAt: null, inboundSinceAutomated: 2 });
  });

  it("the last texts newest first, refused ones left out, at most the limit; Tillit's own last message and what came since", async () => {
    const c = await conversation();
    for (let i = 0; i < 10; i++) await message(c, { direction: "out", body: `text ${i}`, minute: i, purpose: i % 2 ? "reply" : "nudge", choices: i === 9 ? ["Ja", "Nej"] : undefined });
    await message(c, { direction: "out", body: "refused", minute: 20, status: "refused" });
    await message(c, { direction: "out", body: "from a coordinator", minute: 21, authorKind: "coordinator", purpose: "staff" });
    await message(c, { direction: "in", body: "ok", minute: 22 });
    const now = await message(c, { direction: "in", body: "och?", minute: 23 });
    const read = await conversationSoFar(h.tillit.sql, c.conversationId, now, 8);
    expect(read.recent.map((r) => r.body)).toEqual(["from a coordinator", "text 9", "text 8", "text 7", "text 6", "text 5", "text 4", "text 3"]);
    expect(read.recent[1]).toEqual({ body: "text 9", choices: ["Ja", "Nej"], purpose: "reply", authorKind: "bot" });
    expect(read.recent[0]).toMatchObject({ purpose: "staff", authorKind: "coordinator" });
    expect(read).toMatchObject({ previousInboundAt: at(22), lastAutomatedAt: at(9), inboundSinceAutomated: 2 });
  });
});
