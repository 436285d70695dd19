import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { enqueueOutbound } from "../../bot/outbox/enqueue-outbound.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

const db = () => h.tillit.db;
let nextNumber = 702000000;
const newPhone = () => `+46${nextNumber++}`;

/** Greeted, consented and named: four messages received, now asked which times suit them. */
async function greeted(from: string, name = "Kim"): Promise<void> {
  await h.sendSms({ From: from, Body: "Hej" });
  await eventually(() => h.fake.sentTo(from).length === 2);
  await h.sendSms({ From: from, Body: "ja" });
  await eventually(() => h.fake.sentTo(from).length === 3);
  await h.sendSms({ From: from, Body: name });
  await eventually(() => h.fake.sentTo(from).length === 4);
}

async function settle(): Promise<void> {
  await h.tillit.core.idle();
  await h.tillit.outbox.drainOnce();
}

describe("opt-out and opt-in", () => {
  const optOutWords = ["STOPP", "stop", " Sluta! ", "avsluta.", "AVREGISTRERA", "unsubscribe", "Cancel", "END", "quit", "Stopp!!"];
  it.each(optOutWords)("%j opts the participant out at once with one confirmation", async (word) => {
    const from = newPhone();
    await greeted(from);
    await h.sendSms({ From: from, Body: word });
    const confirmation = await eventually(() => h.fake.sentTo(from)[4]);
    expect(confirmation.body).toBe(
      // The participant's language was set from their first message (Swedish here), not the keyword.
      // "sluta" and "avsluta" may mean "stop nagging": their confirmation also says how to have fewer.
      /^\s*(sluta|avsluta)\W*$/i.test(word)
        ? "Okej, nu skickar Tillit inga fler meddelanden till dig. Ville du bara att jag tjatar mindre? Skicka START och sen \"mer sällan\", så får du välja: en gång i veckan eller bara när du skriver."
        : "Okej, nu skickar Tillit inga fler meddelanden till dig. Vill du höras igen? Skicka START när du vill.",
    );
    const participant = await db().participant.findUniqueOrThrow({ where: { phone: from } });
    expect(participant.status).toBe("opted-out");
    expect(participant.optedOutAt).not.toBeNull();
    const consent = await db().consent.findFirstOrThrow({ where: { participantId: participant.id }, orderBy: { id: "desc" } });
    expect(consent).toMatchObject({ kind: "messages", granted: false, method: "keyword" });

    // Anything else from them is stored but gets no reply.
    await h.sendSms({ From: from, Body: "hallå?" });
    await settle();
    expect(h.fake.sentTo(from)).toHaveLength(5);
    expect(await db().message.count({ where: { participantId: participant.id, direction: "in" } })).toBe(5);
  });

  // Issue 15.9: through the real webhook, as a phone with a fullwidth keyboard or a pasted word would send it.
  it.each(["ＳＴＯＰＰ", "S\u200BT\u200BO\u200BP"])("%j through the Twilio webhook opts the participant out", async (word) => {
    const from = newPhone();
    await greeted(from);
    await h.sendSms({ From: from, Body: word });
    const confirmation = await eventually(() => h.fake.sentTo(from)[4]);
    expect(confirmation.body).toMatch(/^Okej, nu skickar Tillit inga fler meddelanden till dig\./);
    expect((await db().participant.findUniqueOrThrow({ where: { phone: from } })).status).toBe("opted-out");
    const stored = await db().message.findFirstOrThrow({ where: { participant: { phone: from }, direction: "in" }, orderBy: { id: "desc" } });
    expect(stored.body).toBe(word); // kept as written; only the recognisers read it normalised
  });

  it("does not treat sentences containing a keyword as opt-out", async () => {
    const from = newPhone();
    await greeted(from);
    for (const body of ["stoppa inte", "I want to stop smoking", "när slutar ni?"]) await h.sendSms({ From: from, Body: body });
    await settle();
    expect((await db().participant.findUniqueOrThrow({ where: { phone: from } })).status).not.toBe("opted-out");
  });

  it("answers in English to an English speaker and brings them back with START", async () => {
    const from = newPhone();
    await h.sendSms({ From: from, Body: "Hi, who is this?" });
    await eventually(() => h.fake.sentTo(from).length === 2);
    expect(h.fake.sentTo(from)[0]!.body).toMatch(/^Hi! I'm Tillit, a digital assistant\./);
    await h.sendSms({ From: from, Body: "STOP" });
    await eventually(() => h.fake.sentTo(from).length === 3);
    expect(h.fake.sentTo(from)[2]!.body).toBe("Okay, Tillit won't send you any more messages. Want to be in touch again? Send START whenever you like.");
    await h.sendSms({ From: from, Body: "Start" });
    await eventually(() => h.fake.sentTo(from).length === 4);
    expect(h.fake.sentTo(from)[3]!.body).toBe("Welcome back! We can be in touch again. Send STOP if you want a break.");
    expect((await db().participant.findUniqueOrThrow({ where: { phone: from } })).status).toBe("new");
  });

  it.each(["STARTA", "börja", "BORJA"])("%j opts a Swedish participant back in", async (word) => {
    const from = newPhone();
    await greeted(from);
    await h.sendSms({ From: from, Body: "STOPP" });
    await eventually(() => h.fake.sentTo(from).length === 5);
    await h.sendSms({ From: from, Body: word });
    await eventually(() => h.fake.sentTo(from).length === 6);
    expect(h.fake.sentTo(from)[5]!.body).toBe("Välkommen tillbaka! Nu kan vi höras igen. Skicka STOPP om du vill pausa.");
    expect((await db().participant.findUniqueOrThrow({ where: { phone: from } })).status).toBe("active");
  });

  it.each([["HJÄLP", "Tillit är en digital assistent."], ["help", "Tillit är en digital assistent."], ["Hjalp?", "Tillit är en digital assistent."]])(
    "%j explains what Tillit is, who reads along, how to reach a human and how to stop",
    async (word, start) => {
      const from = newPhone();
      await greeted(from);
      await h.sendSms({ From: from, Body: word });
      const help = await eventually(() => h.fake.sentTo(from)[4]);
      expect(help.body.startsWith(start)).toBe(true);
      expect(help.body).toMatch(/läser med/);
      expect(help.body).toMatch(/prata med en människa/);
      expect(help.body).toMatch(/STOPP/);
    },
  );

  it("refuses staff replies and nudges to an opted-out number, and cancels what was queued", async () => {
    const from = newPhone();
    await greeted(from);
    const participant = await db().participant.findUniqueOrThrow({ where: { phone: from }, include: { conversations: true } });
    const conversationId = participant.conversations[0]!.id;
    await h.tillit.outbox.stop(); // hold the queue so a message is still pending at opt-out
    let queuedBefore: Awaited<ReturnType<typeof enqueueOutbound>>;
    try {
      queuedBefore = await h.tillit.sql.transaction((tx) =>
        enqueueOutbound(tx, { conversationId, participantId: participant.id, channel: "sms", body: "Påminnelse: vi ses i morgon", authorKind: "bot", purpose: "nudge", now: h.clock.now() }),
      );
      expect(queuedBefore.queued).toBe(true);
      await h.sendSms({ From: from, Body: "STOPP" });
      await h.tillit.core.idle();
      for (const purpose of ["staff", "nudge"] as const) {
        const result = await h.tillit.sql.transaction((tx) =>
          enqueueOutbound(tx, { conversationId, participantId: participant.id, channel: "sms", body: "Hej från Maja", authorKind: purpose === "staff" ? "coordinator" : "bot", purpose, now: h.clock.now() }),
        );
        expect(result).toEqual({ queued: false, reason: "opted-out" });
      }
    } finally {
      // Always restarted, so a failure here cannot leave the next test without a sender.
      h.tillit.outbox.start();
    }
    await eventually(() => h.fake.sentTo(from).length === 5);
    await settle();
    expect(h.fake.sentTo(from).map((m) => m.body)).not.toContain("Påminnelse: vi ses i morgon");
    const nudge = await db().message.findUniqueOrThrow({ where: { id: (queuedBefore as { messageId: number }).messageId }, include: { outbox: true } });
    expect(nudge.status).toBe("refused");
    expect(nudge.outbox?.status).toBe("cancelled");
  });

  it("never sends a message queued before the opt-out even if the sender had not seen it yet", async () => {
    const from = newPhone();
    await greeted(from);
    const participant = await db().participant.findUniqueOrThrow({ where: { phone: from }, include: { conversations: true } });
    await h.tillit.outbox.stop();
    let queued: Awaited<ReturnType<typeof enqueueOutbound>>;
    try {
      queued = await h.tillit.sql.transaction((tx) =>
        enqueueOutbound(tx, { conversationId: participant.conversations[0]!.id, participantId: participant.id, channel: "sms", body: "Hej, det är Maja", authorKind: "coordinator", purpose: "staff", now: h.clock.now() }),
      );
      // Opt-out recorded by the provider's side (Twilio 21610) rather than a keyword: no cancellation ran.
      await db().participant.update({ where: { id: participant.id }, data: { status: "opted-out" } });
    } finally {
      h.tillit.outbox.start();
    }
    const id = (queued as { messageId: number }).messageId;
    const msg = await eventually(async () => {
      const m = await db().message.findUniqueOrThrow({ where: { id } });
      return m.status !== "queued" && m;
    });
    expect(msg).toMatchObject({ status: "refused", errorCode: "opted-out" });
    expect(h.fake.sentTo(from)).toHaveLength(4);
  });
});
