// The only module that reads process.env. Parsed once at start; a bad value stops start-up with a
// message naming the variable.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : ["true", "1", "yes"].includes(v)));

const url = z.url({ protocol: /^https?$/ });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: optionalText.pipe(url.optional()),
  // Which proxies' X-Forwarded-For to believe (Express's "trust proxy"): client addresses key the
  // login and web chat limits. "loopback" for a proxy on the same machine; behind compose's nginx
  // "uniquelocal" (private networks); or a comma-separated list of addresses and CIDR ranges.
  TRUST_PROXY: z.string().trim().regex(/^[\w.:/, -]+$/, "loopback, uniquelocal, linklocal or addresses/CIDR ranges, comma-separated").default("loopback"),
  DATABASE_URL: z
    .string()
    .default("file:./data/tillit.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must be a file: (SQLite) or postgresql:// (PostgreSQL) URL"),
  DB_GROUP_COMMIT_MS: z.coerce.number().int().min(0).max(50).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TWILIO_ACCOUNT_SID: optionalText.pipe(z.string().regex(/^AC[0-9a-fA-F]{32}$/, "must look like AC + 32 hex digits").optional()),
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_FROM_NUMBER: optionalText.pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number such as +46701234567").optional()),
  TWILIO_MESSAGING_SERVICE_SID: optionalText.pipe(z.string().regex(/^MG[0-9a-fA-F]{32}$/, "must look like MG + 32 hex digits").optional()),
  TWILIO_API_URL: optionalText.pipe(url.optional()),
  SIMULATOR_ENABLED: flag,
  DEFAULT_COUNTRY: z.string().length(2).default("SE"),
  DEFAULT_LANGUAGE: z.enum(["sv", "en"]).default("sv"),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1_000_000).default(64 * 1024),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(url.optional()),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8000),
  DIALOG_RESUME_AFTER_HOURS: z.coerce.number().min(1).max(24 * 60).default(6),
  DEFAULT_TEAM: optionalText.pipe(z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "a team slug such as nord").optional()),
  DEMO_DATA: z.enum(["auto", "off"]).default("auto"),
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  TAKEOVER_IDLE_HOURS: z.coerce.number().min(0.1).max(24 * 30).default(24),
  NUDGE_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  NUDGE_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  NUDGES_PER_SECOND: z.coerce.number().min(0.1).max(100).default(1),
  NUDGE_STALE_HOURS: z.coerce.number().min(0.1).max(24 * 14).default(12),
  NUDGE_BACKOFF_AFTER: z.coerce.number().int().min(1).max(20).default(2),
  NUDGE_STOP_AFTER: z.coerce.number().int().min(1).max(50).default(4),
  NUDGE_HOLD_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  OUTREACH_FOLLOW_UP_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  WEBCHAT_ANONYMOUS: z.enum(["on", "off"]).default("on"),
  WEBCHAT_ANONYMOUS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(20),
  DIRECTLINE_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  WEBCHAT_TOKEN_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-").optional()),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith("xapp-", "must be an app-level token starting with xapp-").optional()),
  SLACK_API_URL: optionalText.pipe(url.optional()),
  RETENTION_AFTER_DISCHARGE_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  RETENTION_NO_CONTACT_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  RETENTION_UNCONSENTED_MESSAGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  RETENTION_AUDIT_DETAILS_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  RETENTION_RUN_HOUR: z.coerce.number().int().min(0).max(23).default(3),
  PRIVACY_HASH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  // Fault injection for the crash-safety tests only; never set in a deployment.
  TILLIT_CRASH_AT: optionalText,
});

export type Config = z.infer<typeof schema> & {
  publicUrl: string;
  sms: { kind: "twilio"; accountSid: string; authToken: string; from?: string; messagingServiceSid?: string; apiUrl?: string } | { kind: "simulator" };
  simulatorEnabled: boolean;
  slack: { kind: "http"; botToken: string; signingSecret: string; apiUrl?: string } | { kind: "socket"; botToken: string; appToken: string; apiUrl?: string } | { kind: "off" };
  /** No SMS provider configured: the simulator stands in and an empty database gets demo data. */
  zeroConfig: boolean;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const twilioKeys = [c.TWILIO_ACCOUNT_SID, c.TWILIO_AUTH_TOKEN];
  if (twilioKeys.some(Boolean) && !twilioKeys.every(Boolean)) {
    throw new ConfigError("Invalid configuration:\n  TWILIO_AUTH_TOKEN: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set together");
  }
  let sms: Config["sms"] = { kind: "simulator" };
  if (c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN) {
    if (!c.TWILIO_FROM_NUMBER && !c.TWILIO_MESSAGING_SERVICE_SID) {
      throw new ConfigError("Invalid configuration:\n  TWILIO_FROM_NUMBER: set TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID to send SMS");
    }
    sms = {
      kind: "twilio",
      accountSid: c.TWILIO_ACCOUNT_SID,
      authToken: c.TWILIO_AUTH_TOKEN,
      from: c.TWILIO_FROM_NUMBER,
      messagingServiceSid: c.TWILIO_MESSAGING_SERVICE_SID,
      apiUrl: c.TWILIO_API_URL,
    };
  }
  // The simulator shows any number's conversation without sign-in: never beside real SMS.
  if (c.SIMULATOR_ENABLED && sms.kind === "twilio") {
    throw new ConfigError("Invalid configuration:\n  SIMULATOR_ENABLED: the SMS simulator shows every participant's history without sign-in and cannot run with Twilio credentials");
  }
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, "");
  return { ...c, publicUrl, sms, slack: slackSettings(c), simulatorEnabled: c.SIMULATOR_ENABLED ?? sms.kind === "simulator", zeroConfig: sms.kind === "simulator" };
}

function slackSettings(c: z.infer<typeof schema>): Config["slack"] {
  if (!c.SLACK_BOT_TOKEN) {
    if (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) throw new ConfigError("Invalid configuration:\n  SLACK_BOT_TOKEN: set it together with SLACK_SIGNING_SECRET or SLACK_APP_TOKEN");
    return { kind: "off" };
  }
  if (c.SLACK_APP_TOKEN) return { kind: "socket", botToken: c.SLACK_BOT_TOKEN, appToken: c.SLACK_APP_TOKEN, apiUrl: c.SLACK_API_URL };
  if (c.SLACK_SIGNING_SECRET) return { kind: "http", botToken: c.SLACK_BOT_TOKEN, signingSecret: c.SLACK_SIGNING_SECRET, apiUrl: c.SLACK_API_URL };
  throw new ConfigError("Invalid configuration:\n  SLACK_SIGNING_SECRET: set SLACK_SIGNING_SECRET (events over HTTP) or SLACK_APP_TOKEN (Socket Mode)");
}
