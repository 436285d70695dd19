// Runs a real Tillit (HTTP server, a fresh database, outbox sender) in the test process against the
// fake Twilio, with an adjustable clock and captured logs. The database is a SQLite file, or a new
// PostgreSQL database when the suite runs on PostgreSQL (tests/helpers/test-database.ts).
import { expect } from "vitest";
import { Writable } from "node:stream";
import { createTillit, type Tillit } from "../../bot/app.js";
import { loadConfig } from "../../bot/config.js";
import { FakeTwilio } from "./fake-twilio.js";
import { sqliteFilePath } from "../../bot/db/migrate.js";
import { freshDatabaseUrl } from "./test-database.js";
import { fixture, newMessageSid, signedPost } from "./twilio-webhook.js";

export const ACCOUNT_SID = "AC00000000000000000000000000000000";
export const AUTH_TOKEN = "test-auth-token-0123456789abcdef";
export const PUBLIC_URL = "https://tillit.example.org";
export const FROM_NUMBER = "+46700000000";

export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join("\n");
  }
}

export class Clock {
  constructor(public ms = Date.parse("2026-11-23T10:00:00Z")) {}
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface Harness {
  tillit: Tillit;
  fake: FakeTwilio;
  baseUrl: string;
  clock: Clock;
  logs: LogCapture;
  /** The DATABASE_URL this Tillit runs on (start another on the same data with it). */
  databaseUrl: string;
  /** The SQLite file under it; empty on PostgreSQL (tests that lock or break the file are SQLite-only). */
  dbFile: string;
  /** The zero-config demo's one-time staff login, when this start created the demo. */
  demoLogin?: { email: string; password: string };
  sendSms(params?: Record<string, string>, opts?: { signature?: string | null; path?: string }): Promise<Response>;
  sendStatus(params: Record<string, string>, opts?: { signature?: string | null; path?: string }): Promise<Response>;
  stop(): Promise<void>;
}

/** A Tillit wired to the fake Twilio; with `simulator: true`, the zero-config simulator mode instead. */
export async function startHarness(env: Record<string, string> = {}, opts: { simulator?: boolean } = {}): Promise<Harness> {
  const databaseUrl = env.DATABASE_URL ?? (await freshDatabaseUrl());
  const fake = new FakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  await fake.start();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    PUBLIC_URL,
    LOG_LEVEL: "info",
    ...(opts.simulator
      ? {}
      : { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM_NUMBER: FROM_NUMBER, TWILIO_API_URL: fake.url }),
    OUTBOX_POLL_MS: "20",
    // Tests drive the nudge scheduler by hand (tillit.nudges.tick()) on the injected clock.
    NUDGE_POLL_MS: "600000",
    ...env,
  });
  const clock = new Clock();
  const logs = new LogCapture();
  const tillit = createTillit(config, { now: clock.now, logDestination: logs });
  const { port, demoLogin } = await tillit.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const post = async (p: string, params: Record<string, string>, signature?: string | null) => {
    const { url, init } = signedPost({ baseUrl, publicUrl: PUBLIC_URL, path: p, authToken: AUTH_TOKEN, params, signature });
    return fetch(url, init);
  };
  return {
    tillit, fake, baseUrl, clock, logs, databaseUrl, demoLogin,
    dbFile: databaseUrl.startsWith("file:") ? sqliteFilePath(databaseUrl) : "",
    sendSms: (params = {}, opts = {}) => {
      const sid = params.MessageSid ?? newMessageSid();
      return post(opts.path ?? "/api/sms/twilio", { ...fixture("inbound-sms"), SmsMessageSid: sid, SmsSid: sid, ...params, MessageSid: sid }, opts.signature);
    },
    sendStatus: (params, opts = {}) => post(opts.path ?? "/api/sms/twilio/status", params, opts.signature),
    async stop() {
      await tillit.stop();
      await fake.stop();
    },
  };
}

/**
 * Polls until the check returns a truthy value (or throws after the timeout). The default is generous:
 * it only bounds how long a failing test waits, and a first send (the Twilio worker thread starting)
 * took over 5 s on the shared 2-core machine under load.
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<Exclude<T, false | null | undefined | 0 | "">> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | null | undefined | 0 | "">;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeoutMs) throw last instanceof Error ? last : new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}


/** The first two messages a new Swedish-speaking participant gets by SMS (choices as numbered lines). */
export const WELCOME_SV = [
  "Hej! Jag är Tillit, en digital assistent. En koordinator läser med och kan svara själv när du vill.",
  "Jag sparar det du skriver och svarar. Teamets koordinatorer och teamledare läser dem. Är du under 18 och kan fara illa måste vi anmäla till soc. Allt raderas 6 mån efter kontaktens slut, eller inom en månad om du ber om det. Okej?\n1. Ja\n2. Nej\n3. Jag har frågor",
];

/**
 * The same, for tests whose Tillit runs on the real clock (child processes): the greeting says "under
 * teamets arbetstid" outside the team's office hours, so a run after 17:00 or at a weekend must accept it.
 */
export const WELCOME_SV_ANY_HOUR = [
  expect.stringMatching(/^Hej! Jag är Tillit, en digital assistent\. En koordinator läser med (och kan svara själv när du vill|under teamets arbetstid och kan svara själv då)\.$/) as unknown as string,
  WELCOME_SV[1]!,
];
