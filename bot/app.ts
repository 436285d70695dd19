// Wires Tillit together: database, dialog runtime, conversation core, outbox sender, HTTP routes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import type { Config } from "./config.js";
import { openDatabase, type Db } from "./db/client.js";
import type { Sql } from "./db/sql.js";
import { sqliteFilePath } from "./db/migrate.js";
import { startCheckpointer, type Checkpointer } from "./db/checkpoint-worker.js";
import { createLogger, type Logger } from "./infrastructure/log.js";
import { EventBus } from "./infrastructure/events.js";
import { loadLocales, phrasings, translate } from "./infrastructure/i18n.js";
import type { Language } from "./domain/vocabulary.js";
import { createDialogRuntime } from "./runtime/dialog-runtime.js";
import { MainDialog } from "../dialogs/main.dialog.js";
import { ConversationCore } from "./core/conversation-core.js";
import { OutboxSender } from "./outbox/deliver-outbox.js";
import { createTwilioWorkerTransport } from "./channels/twilio-worker.js";
import { createSimulatorTransport } from "./channels/simulator.js";
import type { SmsTransport } from "./channels/sms-transport.js";
import { armCrashPoint } from "./infrastructure/crash-points.js";
import { createLanguageModel, type LanguageModel } from "./language-model/language-model.js";
import { summarizeOnHandoff } from "./language-model/summarize-conversation.js";
import { errorHandler } from "./http/errors.js";
import { healthRoutes } from "./http/health-routes.js";
import { securityHeaders } from "./http/security-headers.js";
import { databaseHealth } from "./db/write-probe.js";
import { TWILIO_STATUS_PATH, twilioRoutes } from "./http/twilio-routes.js";
import { simulatorRoutes } from "./http/simulator-routes.js";
import { staffRoutes } from "./http/staff-routes.js";
import { LoginThrottle } from "./staff/login-throttle.js";
import { startIdleTakeoverReminders } from "./staff/idle-takeovers.js";
import { DEMO_TEAM, seedDemoData } from "./staff/demo-data.js";
import { createSlackInbox, type SlackInbox } from "./slack/slack-inbox.js";
import { NudgeScheduler } from "./nudges/nudge-scheduler.js";
import { directLineRoutes, directLineUpgrade } from "./http/directline-routes.js";
import { chatRoutes } from "./http/chat-routes.js";
import { StreamHub } from "./webchat/stream-hub.js";
import type { TokenSigner } from "./webchat/tokens.js";
import { startAnonymous, webTokenSigner } from "./webchat/web-sessions.js";
import { OnCallSender } from "./on-call/deliver-on-call.js";
import { loadPrivacyKey, type PrivacyKey } from "./privacy/service-key.js";
import { ErasedOptOuts } from "./privacy/erased-opt-outs.js";
import type { RetentionSettings } from "./privacy/retention.js";
import { retentionTick, startRetentionJob, type RetentionJobDeps } from "./privacy/retention-job.js";
import { relayEventsAcrossInstances } from "./db/events-across-instances.js";
import { sqliteReportReaders, type ReportReaders } from "./db/report-readers.js";

export interface Tillit {
  config: Config;
  db: Db;
  sql: Sql;
  log: Logger;
  events: EventBus;
  core: ConversationCore;
  outbox: OutboxSender;
  /** Present only when a language model is configured. */
  languageModel?: LanguageModel;
  server: Server;
  /** Present only when Slack is configured. */
  slack?: SlackInbox;
  nudges: NudgeScheduler;
  /** Open web chat streams. */
  webChat: StreamHub;
  /** Delivers crisis alerts to the teams' on-call phones and Slack channels. */
  onCall: OnCallSender;
  /** Keyed hashes of numbers erased after STOPP. */
  optOuts: ErasedOptOuts;
  /** Today's retention run, if it is due and no instance has made it (tests drive it on the injected clock). */
  retentionTick(): ReturnType<typeof retentionTick>;
  /** Applied migrations, recovers unfinished work, starts the sender and listens. The demo login is
   * returned once, when zero-config mode has just created the demo. */
  start(): Promise<{ url: string; port: number; demoLogin?: { email: string; password: string } }>;
  stop(): Promise<void>;
}

export interface TillitOptions {
  now?: () => Date;
  logDestination?: NodeJS.WritableStream;
}

export function createTillit(config: Config, options: TillitOptions = {}): Tillit {
  const now = options.now ?? (() => new Date());
  const log = createLogger(config.LOG_LEVEL, options.logDestination);
  armCrashPoint(config.TILLIT_CRASH_AT);
  const database = openDatabase(config.DATABASE_URL, config.DB_GROUP_COMMIT_MS);
  const { prisma: db, sql } = database;
  const events = new EventBus();
  const locales = loadLocales();
  const languageModel = config.OPENAI_API_KEY
    ? createLanguageModel({ apiKey: config.OPENAI_API_KEY, baseUrl: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS }, log)
    : undefined;
  const runtime = createDialogRuntime(sql, locales, new MainDialog(config.DIALOG_RESUME_AFTER_HOURS * 3_600_000), {
    languageModel,
    retention: { afterDischargeMonths: config.RETENTION_AFTER_DISCHARGE_MONTHS, unconsentedMessageDays: config.RETENTION_UNCONSENTED_MESSAGE_DAYS, noContactMonths: config.RETENTION_NO_CONTACT_MONTHS },
  });
  const demoEnabled = config.zeroConfig && config.DEMO_DATA === "auto";
  const defaultTeamSlug = config.DEFAULT_TEAM ?? (demoEnabled ? DEMO_TEAM : undefined);
  // The key for keyed hashes (erased opt-outs, phone codes) comes from the configuration or the database, read at start.
  let privacyKey: PrivacyKey | undefined;
  const privacy = () => {
    if (!privacyKey) throw new Error("privacy key used before start()");
    return privacyKey;
  };
  const optOuts = new ErasedOptOuts(privacy);
  const retention: RetentionSettings = {
    afterDischargeMonths: config.RETENTION_AFTER_DISCHARGE_MONTHS,
    noContactMonths: config.RETENTION_NO_CONTACT_MONTHS,
    unconsentedMessageDays: config.RETENTION_UNCONSENTED_MESSAGE_DAYS,
    auditDetailsMonths: config.RETENTION_AUDIT_DETAILS_MONTHS,
  };
  const core = new ConversationCore({ sql, turnConcurrency: database.turnConcurrency, runtime, languageModel, locales, events, log, now, defaultLanguage: config.DEFAULT_LANGUAGE, defaultTeamSlug, optOuts });
  const sms: SmsTransport =
    config.sms.kind === "twilio"
      ? createTwilioWorkerTransport({ ...config.sms, statusCallbackUrl: config.publicUrl + TWILIO_STATUS_PATH, timeoutMs: Math.min(15_000, config.OUTBOX_LEASE_MS / 2) })
      : createSimulatorTransport();
  const outbox = new OutboxSender({
    sql, sms, events, log, now,
    leaseMs: config.OUTBOX_LEASE_MS,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    concurrency: config.OUTBOX_CONCURRENCY,
    pollMs: config.OUTBOX_POLL_MS,
  });
  events.on("outbox.enqueued", () => outbox.kick());
  summarizeOnHandoff({ db, languageModel, now, log }, (listener) => events.on("conversation.status-changed", listener));

  const nudges = new NudgeScheduler({
    sql, core, locales, events, log, now,
    settings: {
      pollMs: config.NUDGE_POLL_MS,
      leaseMs: config.NUDGE_LEASE_MS,
      perSecond: config.NUDGES_PER_SECOND,
      staleMs: config.NUDGE_STALE_HOURS * 3_600_000,
      backoffAfter: config.NUDGE_BACKOFF_AFTER,
      stopAfter: Math.max(config.NUDGE_STOP_AFTER, config.NUDGE_BACKOFF_AFTER),
      holdMs: config.NUDGE_HOLD_MINUTES * 60_000,
    },
  });

  // The web chat's token key comes from the configuration or the database, read once at start.
  let signer: TokenSigner | undefined;
  const tokenSigner = () => {
    if (!signer) throw new Error("web chat used before start()");
    return signer;
  };
  const webChat = new StreamHub({ sql, events, log, now });
  const directLine = {
    sql, core, log, now, signer: tokenSigner, hub: webChat,
    secret: config.DIRECTLINE_SECRET,
    newConversation: () => {
      const visitor = startAnonymous(tokenSigner(), config.DEFAULT_LANGUAGE);
      return { webConversationId: visitor.webConversationId, pendingLanguage: config.DEFAULT_LANGUAGE };
    },
    greeting: (language: Language) => ({ text: translate(locales, language, "webchat.greeting"), choices: phrasings(locales, language, "webchat.greetingChoices") }),
    visitorTeamSlug: defaultTeamSlug,
  };

  const takeoverIdleMs = config.TAKEOVER_IDLE_HOURS * 3_600_000;
  // SQLite reports read in worker threads, started at the first report after start() (the file is
  // migrated by then); on PostgreSQL, through `sql`.
  let reportReaders: ReportReaders | undefined;
  let started = false;
  const slack = config.slack.kind === "off" ? undefined : createSlackInbox({ settings: config.slack, db, sql, events, log, now, publicUrl: config.publicUrl, locales, nudges });

  const onCall = new OnCallSender({
    sql, sms, log, now, publicUrl: config.publicUrl,
    postToSlack: slack ? (channel, text) => slack.postToChannel(channel, text) : undefined,
    leaseMs: config.OUTBOX_LEASE_MS,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    pollMs: Math.max(config.OUTBOX_POLL_MS, 1000),
  });
  events.on("oncall.enqueued", () => onCall.kick());

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY.split(",").map((v) => v.trim()).filter(Boolean));
  app.use(securityHeaders(config.publicUrl));
  app.use(healthRoutes(databaseHealth(sql, now), sms.kind));
  if (slack?.requestHandler) app.use(slack.requestHandler);
  app.use(staffRoutes({
    db, sql, events, log, now, languageModel, takeoverIdleMs, nudges, webSigner: tokenSigner, locales,
    reportSql: () => (database.kind === "sqlite" && started ? (reportReaders ??= sqliteReportReaders(sqliteFilePath(config.DATABASE_URL))) : sql),
    outreachFollowUpDays: config.OUTREACH_FOLLOW_UP_DAYS,
    defaultCountry: config.DEFAULT_COUNTRY,
    maxBodyBytes: config.MAX_BODY_BYTES,
    publicUrl: config.publicUrl,
    sessions: { idleMs: config.STAFF_SESSION_IDLE_MINUTES * 60_000, absoluteMs: config.STAFF_SESSION_MAX_HOURS * 3_600_000 },
    throttle: new LoginThrottle(db, undefined, sql.dialect),
    optOuts,
    retention,
  }));
  app.use(directLineRoutes(directLine));
  app.use(chatRoutes({
    sql, events, locales, now, signer: tokenSigner,
    anonymousAllowed: config.WEBCHAT_ANONYMOUS === "on",
    anonymousPerHour: config.WEBCHAT_ANONYMOUS_PER_HOUR,
    defaultLanguage: config.DEFAULT_LANGUAGE,
    defaultCountry: config.DEFAULT_COUNTRY,
    defaultTeamSlug,
    key: privacy,
    optOuts,
  }));
  if (config.sms.kind === "twilio") {
    app.use(twilioRoutes({ ...config.sms, publicUrl: config.publicUrl, maxBodyBytes: config.MAX_BODY_BYTES, core, sql, events, log, now }));
  }
  if (config.simulatorEnabled) {
    app.use(simulatorRoutes({ core, db, events, defaultCountry: config.DEFAULT_COUNTRY, maxBodyBytes: config.MAX_BODY_BYTES, now }));
  }
  app.get("/", (_req, res) => res.redirect(config.simulatorEnabled ? "/simulator" : "/chat"));
  app.get("/favicon.ico", (_req, res) => res.status(204).end());
  app.use((_req, res) => res.status(404).json({ error: "not_found" }));
  app.use(errorHandler(log));
  const server = createServer(app);
  server.on("upgrade", directLineUpgrade(directLine));
  // Several instances share one PostgreSQL: their live views hear each other (SQLite is one instance).
  const relay = database.kind === "postgres" ? relayEventsAcrossInstances({ databaseUrl: config.DATABASE_URL, sql, events, log }) : undefined;
  let checkpointer: Checkpointer | undefined;
  let stopIdleReminders: (() => void) | undefined;
  let stopRetention: (() => void) | undefined;
  const retentionJob: RetentionJobDeps = { sql, events, log, now, optOuts, settings: retention, runHour: config.RETENTION_RUN_HOUR };
  const runRetentionToday = async () => {
    const counts = await retentionTick(retentionJob);
    // Retention marks Slack copies of erased texts; Slack deletes them now rather than at its next sweep.
    if (counts) await slack?.deleteMarkedPosts();
    return counts;
  };

  return {
    config, db, sql, log, events, core, outbox, server, languageModel, slack, nudges, webChat, onCall, optOuts,
    retentionTick: runRetentionToday,
    async start() {
      const { applied } = await database.migrate();
      if (applied.length) log.info({ applied }, "database migrations applied");
      await db.$connect();
      signer = await webTokenSigner(sql, config.WEBCHAT_TOKEN_SECRET);
      privacyKey = await loadPrivacyKey(sql, config.PRIVACY_HASH_SECRET);
      await relay?.start();
      if (database.kind === "sqlite") checkpointer = startCheckpointer(sqliteFilePath(config.DATABASE_URL));
      started = true;
      const demoLogin = demoEnabled ? await seedDemoData(db, now()) : undefined;
      if (demoLogin) log.info({ team: DEMO_TEAM }, "demo team, coordinator and participants created (login printed in the start-up banner)");
      const recovered = await core.recover();
      if (recovered) log.info({ conversations: recovered }, "resuming unfinished turns");
      outbox.start();
      onCall.start();
      nudges.start();
      stopIdleReminders = startIdleTakeoverReminders({ sql, events, log, now, idleMs: takeoverIdleMs });
      stopRetention = startRetentionJob(log, runRetentionToday);
      await slack?.start();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.PORT, config.HOST, () => resolve());
      });
      const port = (server.address() as AddressInfo).port;
      return { url: config.PUBLIC_URL ?? `http://localhost:${port}`, port, demoLogin };
    },
    async stop() {
      webChat.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      stopIdleReminders?.();
      stopRetention?.();
      await nudges.stop();
      core.close();
      await core.settled();
      await slack?.stop();
      await onCall.stop();
      await outbox.stop();
      await (sms as { close?: () => Promise<void> }).close?.();
      await checkpointer?.stop();
      started = false;
      await reportReaders?.close();
      reportReaders = undefined;
      await relay?.stop();
      await database.close();
    },
  };
}
