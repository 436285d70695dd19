// Two real Tillit processes on one PostgreSQL, addressed alternately (as a balancer would), one of
// them SIGKILLed mid-run and restarted: 2,000 signed webhooks from 200 numbers, every message stored
// once and answered once in order per person, every reply at the (fake) provider once, nudges due
// during the run sent once; and an inbox stream open on one instance hears a text that came in
// through the other. PostgreSQL only: SQLite is one instance by design.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../bot/db/client.js";
import { int } from "../../bot/db/sql.js";
import { renderSmsBody } from "../../bot/domain/sms-segments.js";
import { createStaff } from "../../bot/staff/accounts.js";
import { FakeTwilio } from "../helpers/fake-twilio.js";
import { ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, PUBLIC_URL, WELCOME_SV_ANY_HOUR, eventually } from "../helpers/harness.js";
import { PASSWORD, StaffClient } from "../helpers/staff.js";
import { freshDatabaseUrl, onPostgres } from "../helpers/test-database.js";
import { spawnTillit, type TillitProcess } from "../helpers/tillit-process.js";
import { fixture, newMessageSid, signedPost } from "../helpers/twilio-webhook.js";

const PEOPLE = 200;
const TEXTS_EACH = 10;
const NUDGED = 40;
const IN_FLIGHT = 24;

describe.skipIf(!onPostgres)("two instances on one PostgreSQL", { timeout: 300_000 }, () => {
  let fake: FakeTwilio;
  let databaseUrl: string;
  let db: Database;
  const instances: (TillitProcess | undefined)[] = [undefined, undefined];

  // The outbox lease is longer than the slowest claim-to-send on a loaded machine (a sender whose
  // lease ran out while it was still sending would be sent around by the other instance); the kill
  // leaves the claimed items in doubt that long, then the other instance asks the provider and adopts.
  const env = () => ({
    PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PUBLIC_URL, LOG_LEVEL: "warn",
    TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url,
    WEBCHAT_TOKEN_SECRET: "a-shared-secret-for-every-instance-0123456789",
    OUTBOX_POLL_MS: "50", OUTBOX_LEASE_MS: "15000", NUDGE_POLL_MS: "250", NUDGE_LEASE_MS: "3000", NUDGES_PER_SECOND: "50",
  });

  beforeAll(async () => {
    fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    await fake.start();
    databaseUrl = await freshDatabaseUrl("multi");
    db = openDatabase(databaseUrl);
    await db.migrate();
    await createStaff(db.prisma, { email: "admin@kommun.se", displayName: "Admin", password: PASSWORD, role: "admin" });
    await planNudges(db);
    // Both start together: migrations are applied once, under the runner's advisory lock.
    [instances[0], instances[1]] = await Promise.all([spawnTillit(env()), spawnTillit(env())]);
  });
  afterAll(async () => {
    for (const p of instances) await p?.kill();
    await db?.close();
    await fake?.stop();
  });

  it("store, answer and send everything once, in order per person, with one instance killed and restarted", async () => {
    const phones = Array.from({ length: PEOPLE }, (_, i) => `+4673${String(1_000_000 + i).padStart(7, "0")}`);
    const sent = new Map(phones.map((p) => [p, [] as string[]]));
    let acknowledged = 0;
    let turn = 0;
    let killed: Promise<void> | undefined;
    let slots = IN_FLIGHT;
    const waiting: (() => void)[] = [];
    const slot = async () => {
      while (slots === 0) await new Promise<void>((r) => waiting.push(r));
      slots--;
    };
    const release = () => {
      slots++;
      waiting.shift()?.();
    };

    // Twilio retries a webhook that got no 2xx; here the retry goes to whichever instance is next.
    async function deliver(params: Record<string, string>): Promise<void> {
      for (let attempt = 0; ; attempt++) {
        const target = instances[turn++ % 2];
        if (target?.port) {
          const { url, init } = signedPost({ baseUrl: `http://127.0.0.1:${target.port}`, publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN, params });
          const ok = await fetch(url, init).then((r) => r.ok, () => false);
          if (ok) return;
        }
        if (attempt > 50) throw new Error("webhook never acknowledged");
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    const started = Date.now();
    await Promise.all(phones.map(async (phone) => {
      for (let k = 0; k < TEXTS_EACH; k++) {
        const sid = newMessageSid();
        sent.get(phone)!.push(sid);
        await slot();
        try {
          await deliver({ ...fixture("inbound-sms"), From: phone, Body: k === 0 ? "hej" : "hjälp", MessageSid: sid, SmsMessageSid: sid, SmsSid: sid });
        } finally {
          release();
        }
        if (++acknowledged === (PEOPLE * TEXTS_EACH * 2) / 5) killed = killAndRestart(0);
      }
    }));
    await killed;
    const webhooksMs = Date.now() - started;

    // Everything answered and handed to the provider.
    await eventually(async () => {
      const [left] = await db.sql.query(
        `SELECT (SELECT COUNT(*) FROM "Message" WHERE "direction" = 'in' AND "processedAt" IS NULL) + (SELECT COUNT(*) FROM "OutboxItem" WHERE "status" IN ('pending', 'sending')) + (SELECT COUNT(*) FROM "Nudge" WHERE "status" IN ('scheduled', 'claimed')) AS "n"`,
      );
      return Number(left!.n) === 0;
    }, 90_000);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate gets every chance to appear

    const inbound = await db.sql.query(`SELECT m."id", m."providerId", m."processedAt", p."phone" FROM "Message" m JOIN "Participant" p ON p."id" = m."participantId" WHERE m."direction" = 'in' ORDER BY m."id"`);
    expect(inbound).toHaveLength(PEOPLE * TEXTS_EACH);
    expect(new Set(inbound.map((m) => m.providerId)).size).toBe(PEOPLE * TEXTS_EACH);
    const outbound = await db.sql.query(
      `SELECT m."body", m."choices", m."status", p."phone", o."status" AS "outbox" FROM "Message" m JOIN "Participant" p ON p."id" = m."participantId" JOIN "OutboxItem" o ON o."messageId" = m."id" WHERE m."direction" = 'out' ORDER BY m."id"`,
    );
    expect(outbound.filter((m) => m.outbox !== "sent")).toEqual([]);
    for (const phone of phones) {
      const mine = inbound.filter((m) => m.phone === phone);
      // Stored in the order sent, and answered in that order (each turn after the one before).
      expect(mine.map((m) => m.providerId)).toEqual(sent.get(phone));
      const processed = mine.map((m) => new Date(String(m.processedAt)).getTime());
      expect(processed).toEqual([...processed].sort((a, b) => a - b));
      // One answer per text: the welcome (two messages), then one help text for each "hjälp".
      const replies = outbound.filter((m) => m.phone === phone).map((m) => renderSmsBody(String(m.body), m.choices ? (JSON.parse(String(m.choices)) as string[]) : undefined));
      expect(replies.slice(0, 2)).toEqual(WELCOME_SV_ANY_HOUR); // real clock: the greeting may be the after-hours one
      expect(replies).toHaveLength(2 + TEXTS_EACH - 1);
      // What the phone got: exactly those, once each, in that order.
      expect(fake.sentTo(phone).map((m) => m.body)).toEqual(replies);
    }
    // The nudges due during the run: each sent once.
    const nudges = await db.sql.query(`SELECT n."status", n."text", p."phone" FROM "Nudge" n JOIN "Participant" p ON p."id" = n."participantId" ORDER BY n."id"`);
    expect(nudges).toHaveLength(NUDGED);
    for (const n of nudges) {
      expect(n.status).toBe("sent");
      expect(fake.sentTo(String(n.phone)).map((m) => m.body)).toEqual([n.text]);
    }
    expect(fake.messages).toHaveLength(outbound.length);
    console.info(`two instances: ${PEOPLE * TEXTS_EACH} webhooks acknowledged in ${webhooksMs} ms, ${outbound.length} messages sent once each`);
  });

  it("an inbox stream open on one instance hears a text that came in through the other", async () => {
    const staff = new StaffClient(`http://127.0.0.1:${instances[0]!.port}`);
    expect((await staff.login("admin@kommun.se")).status).toBe(200);
    const stream = await fetch(`http://127.0.0.1:${instances[0]!.port}/staff/api/events`, { headers: { cookie: staff.cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    let text = "";
    const heard = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return false;
        text += new TextDecoder().decode(value);
        if (/event: conversation\ndata: \{"kind":"message"/.test(text)) return true;
      }
    })();
    const sid = newMessageSid();
    const { url, init } = signedPost({
      baseUrl: `http://127.0.0.1:${instances[1]!.port}`, publicUrl: PUBLIC_URL, path: "/api/sms/twilio", authToken: AUTH_TOKEN,
      params: { ...fixture("inbound-sms"), From: "+46739998877", Body: "hej", MessageSid: sid, SmsMessageSid: sid, SmsSid: sid },
    });
    expect((await fetch(url, init)).status).toBe(200);
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), 10_000));
    expect(await Promise.race([heard, timeout])).toBe(true);
    await reader.cancel();
  });

  async function killAndRestart(i: number): Promise<void> {
    const victim = instances[i]!;
    instances[i] = undefined;
    await victim.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 1000));
    instances[i] = await spawnTillit(env());
  }
});

/** People who already talk with Tillit, each with one nudge due at some moment of the run, outside quiet hours. */
async function planNudges(db: Database): Promise<void> {
  const now = Date.now();
  // A zone where it is early afternoon now, so the default quiet hours (21–09) never hold a nudge.
  const offset = 13 - new Date(now).getUTCHours();
  const zone = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
  await db.sql.transaction(async (tx) => {
    for (let i = 0; i < NUDGED; i++) {
      const at = new Date(now);
      const [p] = await tx.query(
        `INSERT INTO "Participant" ("phone", "language", "status", "timezone", "onboardedAt", "createdAt", "updatedAt") VALUES (?, 'sv', 'active', ?, ?, ?, ?) RETURNING "id"`,
        [`+4676${String(2_000_000 + i).padStart(7, "0")}`, zone, at, at, at],
      );
      await tx.execute(`INSERT INTO "Conversation" ("participantId", "createdAt", "updatedAt") VALUES (?, ?, ?)`, [int(p!.id), at, at]);
      await tx.execute(`INSERT INTO "Nudge" ("participantId", "kind", "text", "status", "dueAt", "createdAt") VALUES (?, 'message', ?, 'scheduled', ?, ?)`, [
        int(p!.id), `Hej! Påminnelse ${i}.`, new Date(now + 8_000 + i * 400), at,
      ]);
    }
  });
}
