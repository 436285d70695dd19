// The Slack side of the staff inbox, through @slack/bolt. It listens to the same events as the web
// inbox: a handoff posts to the team's channel (one thread per conversation) with Claim and Hand
// back buttons; while a coordinator has the conversation, the participant's messages appear in the
// thread; a mapped coordinator's thread reply is sent to the participant. Every Slack call runs in
// the background per conversation: a Slack outage is logged and never blocks the web inbox or the
// participant's conversation.
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";
import type { AllMiddlewareArgs, BlockAction, ButtonAction, Logger as BoltLogger, SlackActionMiddlewareArgs, types } from "@slack/bolt";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Sql } from "../db/sql.js";
import { rememberSlackPost } from "../db/slack-posts.js";
import { conversationForSlack, insertSlackThread, latestInboundTexts, messageForSlack, slackThreadAt, slackThreadOf } from "../db/slack-threads.js";
import { staffFirstName, staffIdForSlackUser } from "../db/staff-users.js";
import type { EventBus } from "../infrastructure/events.js";
import { KeyedSerialRunner } from "../infrastructure/keyed-serial-runner.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import { loadStaffActor, type StaffActor } from "../staff/staff-actor.js";
import { AccessDeniedError, handBack, HandoffError, replyAsCoordinator, takeOver } from "../staff/handoff.js";
import { CLAIM_ACTION, HAND_BACK_ACTION, handoffBlocks, slackCopy } from "./slack-copy.js";
import { deleteMarkedPosts } from "./slack-posts.js";
import type { Locales } from "../infrastructure/i18n.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";

export interface SlackInboxDeps {
  settings: Exclude<Config["slack"], { kind: "off" }>;
  db: Db;
  sql: Sql;
  events: EventBus;
  log: Logger;
  now: () => Date;
  publicUrl: string;
  locales?: Locales;
  /** Sends the word to the young person at a hand-back at once (bot/staff/handoff.ts handBack). */
  nudges?: Pick<NudgeScheduler, "sendNow">;
}

export interface SlackInbox {
  /** Express middleware answering POST /slack/events (HTTP mode only). */
  requestHandler?: RequestHandler;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every queued Slack call has finished (tests, shutdown). */
  idle(): Promise<void>;
  /** Posts a plain message to a channel and returns its ts (on-call alerts; errors are thrown). */
  postToChannel(channel: string, text: string): Promise<string>;
  /** Deletes in Slack what erasure and retention marked; failures are logged and retried next time. */
  deleteMarkedPosts(): Promise<void>;
}

const CONTEXT_MESSAGES = 3;

export function createSlackInbox(deps: SlackInboxDeps): SlackInbox {
  const { settings } = deps;
  const logger = boltLogger(deps.log);
  const clientOptions = { slackApiUrl: settings.apiUrl, timeout: 5000, retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 } };
  // A fixed authorisation instead of Bolt's start-up auth.test: Tillit must start while Slack is down.
  const authorize = async () => ({ botToken: settings.botToken });
  const receiver = settings.kind === "http" ? new ExpressReceiver({ signingSecret: settings.signingSecret, endpoints: "/slack/events", logger }) : undefined;
  const app = new App({
    authorize, logger, clientOptions,
    ...(settings.kind === "socket" ? { socketMode: true, appToken: settings.appToken } : { receiver }),
  });
  const api = app.client;
  const token = settings.botToken;
  const queue = new KeyedSerialRunner<number>((conversationId, err) => deps.log.warn({ conversationId, err: errorSummary(err) }, "slack call failed"));
  const pending = new Set<Promise<void>>();
  // Every post is remembered (channel and timestamp only) so that erasure can delete it in Slack.
  const remember = (conversationId: number, posted: { ok?: boolean; channel?: string; ts?: string }, channel: string) =>
    posted.ts ? rememberSlackPost(deps.db, { conversationId, channelId: posted.channel ?? channel, ts: posted.ts, at: deps.now() }) : Promise.resolve();
  const later = (conversationId: number, task: () => Promise<void>) => {
    const p = queue.schedule(conversationId, task, { coalesce: false });
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  const conversationInfo = (conversationId: number) => conversationForSlack(deps.db, conversationId);
  const firstName = (c: NonNullable<Awaited<ReturnType<typeof conversationInfo>>>) =>
    c.participant.preferredName?.split(/\s+/)[0] ?? `Deltagare ${c.participantId}`;

  async function postHandoff(conversationId: number, concern?: string[]): Promise<void> {
    const c = await conversationInfo(conversationId);
    const channel = c?.participant.team?.slackChannelId;
    if (!c || !channel) return;
    const recent = await latestInboundTexts(deps.db, conversationId, CONTEXT_MESSAGES);
    const message = handoffBlocks({
      name: firstName(c), reason: c.handoffReason, crisis: c.priority === "crisis", concern, conversationId,
      context: recent.reverse().map((m) => m.body.slice(0, 280)), inboxUrl: `${deps.publicUrl}/staff#/c/${conversationId}`,
    });
    if (c.slackThread) {
      // One thread per conversation: a new handoff is a new reply in it, broadcast to the channel.
      await remember(conversationId, await api.chat.postMessage({ token, channel: c.slackThread.channelId, thread_ts: c.slackThread.threadTs, reply_broadcast: true, ...message }), c.slackThread.channelId);
      return;
    }
    const posted = await api.chat.postMessage({ token, channel, ...message });
    await remember(conversationId, posted, channel);
    if (posted.ts) await insertSlackThread(deps.db, { conversationId, channelId: posted.channel ?? channel, threadTs: posted.ts, at: deps.now() });
  }

  async function postInThread(conversationId: number, text: string): Promise<void> {
    const thread = await slackThreadOf(deps.db, conversationId);
    if (thread) await remember(conversationId, await api.chat.postMessage({ token, channel: thread.channelId, thread_ts: thread.threadTs, text, mrkdwn: true }), thread.channelId);
  }

  async function markClaimed(conversationId: number, who: string): Promise<void> {
    const c = await conversationInfo(conversationId);
    if (!c?.slackThread) return;
    const message = handoffBlocks({ name: firstName(c), reason: c.handoffReason, crisis: c.priority === "crisis", conversationId, context: [], inboxUrl: `${deps.publicUrl}/staff`, claimedBy: who });
    await api.chat.update({ token, channel: c.slackThread.channelId, ts: c.slackThread.threadTs, text: message.text, blocks: message.blocks });
  }

  // Tillit → Slack.
  const offs = [
    deps.events.on("conversation.status-changed", (e) => {
      if (e.status === "waiting") return later(e.conversationId, () => postHandoff(e.conversationId));
      if (e.status !== "human" && e.status !== "bot") return;
      later(e.conversationId, async () => {
        const who = e.staffId ? (await staffFirstName(deps.db, e.staffId)) ?? "En koordinator" : "Tillit";
        if (e.withdrawn) {
          await postInThread(e.conversationId, slackCopy.requestWithdrawn);
        } else if (e.status === "human") {
          await postInThread(e.conversationId, slackCopy.takenOver(who, "Tillit"));
          await markClaimed(e.conversationId, who);
        } else {
          await postInThread(e.conversationId, slackCopy.handedBack(who));
        }
      });
    }),
    deps.events.on("conversation.crisis-flagged", (e) =>
      later(e.conversationId, async () => {
        const c = await conversationInfo(e.conversationId);
        // When the conversation was not with a coordinator, the handoff post (status "waiting") carries the alert.
        if (c?.status === "human") await postInThread(e.conversationId, `<!here> ${slackCopy.crisisDuringTakeover}`);
      }),
    ),
    // A concern flag: a notice to the team's channel (in the thread when there is one), no @here.
    deps.events.on("conversation.concern-flagged", (e) => later(e.conversationId, () => postHandoff(e.conversationId, e.reasons))),
    deps.events.on("message.stored", (e) =>
      later(e.conversationId, async () => {
        const m = await messageForSlack(deps.db, e.messageId);
        if (!m || m.conversation.status !== "human") return;
        if (m.direction === "in") await postInThread(e.conversationId, slackCopy.participantSays(m.participant.preferredName ?? "Deltagaren", m.body));
        else if (m.authorKind === "coordinator" && !relayed.delete(m.id)) await postInThread(e.conversationId, slackCopy.coordinatorReplied(m.authorStaff?.firstName ?? "Koordinatorn", m.body));
      }),
    ),
    deps.events.on("participant.erased", () => void deleteMarked()),
    deps.events.on("conversation.idle", (e) =>
      later(e.conversationId, async () => {
        const c = await conversationInfo(e.conversationId);
        const mention = c?.assignee?.slackUserId ? `<@${c.assignee.slackUserId}>` : (c?.assignee?.firstName ?? "");
        await postInThread(e.conversationId, slackCopy.idle(mention));
      }),
    ),
  ];
  // Messages sent from a Slack thread are already in the thread; they are not echoed back into it.
  const relayed = new Set<number>();

  // One deletion sweep at a time, and one more after it when asked meanwhile (posts marked during a
  // sweep are then not missed); erasure and retention only mark posts, so a failed sweep loses nothing.
  const sweeps = new KeyedSerialRunner<"slack-posts">((_key, err) => deps.log.warn({ err: errorSummary(err) }, "slack post deletion failed; tried again later"));
  function deleteMarked(): Promise<void> {
    const sweep = sweeps.schedule("slack-posts", async () => {
      const n = await deleteMarkedPosts(deps.db, api, token);
      if (n) deps.log.info({ posts: n }, "slack posts deleted");
    });
    pending.add(sweep);
    void sweep.finally(() => pending.delete(sweep));
    return sweep;
  }

  // Slack → Tillit.
  async function staffFor(slackUserId: string): Promise<StaffActor | undefined> {
    const staffId = await staffIdForSlackUser(deps.db, slackUserId);
    return staffId === undefined ? undefined : loadStaffActor(deps.db, staffId);
  }
  const handoffDeps = { db: deps.db, sql: deps.sql, events: deps.events, now: deps.now, locales: deps.locales, nudges: deps.nudges };

  async function onButton({ ack, body, action, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> {
    await ack();
    const conversationId = Number(action.value);
    const actor = await staffFor(body.user.id);
    if (!actor) return void (await respond({ response_type: "ephemeral", replace_original: false, text: slackCopy.unmapped }));
    try {
      if (action.action_id === CLAIM_ACTION) await takeOver(handoffDeps, actor, conversationId);
      // A button in Slack cannot ask "hand back anyway?": over an unanswered message it says to answer first.
      else {
        // Handed back, and the young person not told now (two of Tillit's messages unanswered, STOPP): said, truthfully.
        const { told } = await handBack(handoffDeps, actor, conversationId, { unanswered: "ask" });
        if (told !== "sent") await respond({ response_type: "ephemeral", replace_original: false, text: slackCopy.handedBackUntold[told] });
      }
    } catch (err) {
      if (err instanceof HandoffError && err.reason === "crisis-not-taken-over") return void (await respond({ response_type: "ephemeral", replace_original: false, text: slackCopy.crisisNotTakenOver }));
      if (err instanceof HandoffError && err.reason === "unanswered") {
        return void (await respond({ response_type: "ephemeral", replace_original: false, text: slackCopy.unanswered(String(err.options.extra?.quote ?? "")) }));
      }
      if (!(err instanceof AccessDeniedError)) throw err;
      await respond({ response_type: "ephemeral", replace_original: false, text: slackCopy.noAccess });
    }
  }
  app.action<BlockAction<ButtonAction>>(CLAIM_ACTION, onButton);
  app.action<BlockAction<ButtonAction>>(HAND_BACK_ACTION, onButton);

  app.message(async ({ message, client }) => {
    const m = message as types.GenericMessageEvent;
    if (m.subtype || m.bot_id || !m.thread_ts || !m.user || !m.text) return;
    const thread = await slackThreadAt(deps.db, m.channel, m.thread_ts);
    if (!thread) return;
    const ephemeral = (text: string) => client.chat.postEphemeral({ token, channel: m.channel, user: m.user, thread_ts: m.thread_ts, text });
    const actor = await staffFor(m.user);
    if (!actor) return void (await ephemeral(slackCopy.unmapped));
    try {
      const { messageId } = await replyAsCoordinator(handoffDeps, actor, thread.conversationId, slackToPlainText(m.text));
      relayed.add(messageId);
    } catch (err) {
      if (err instanceof AccessDeniedError) return void (await ephemeral(slackCopy.noAccess));
      if (err instanceof HandoffError) return void (await ephemeral(err.reason === "opted-out" ? slackCopy.optedOut : slackCopy.notSent));
      throw err;
    }
  });
  app.error(async (err) => deps.log.warn({ err: errorSummary(err) }, "slack event handling failed"));

  return {
    requestHandler: receiver?.router as RequestHandler | undefined,
    deleteMarkedPosts: deleteMarked,
    async start() {
      void deleteMarked();
      if (settings.kind === "socket") {
        // Socket Mode connects in the background; a failure is logged, never fatal.
        app.start().catch((err: unknown) => deps.log.warn({ err: errorSummary(err) }, "slack socket mode failed to connect"));
      }
    },
    async stop() {
      offs.forEach((off) => off());
      await this.idle();
      if (settings.kind === "socket") await app.stop().catch(() => undefined);
    },
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    async postToChannel(channel, text) {
      const posted = await api.chat.postMessage({ token, channel, text, mrkdwn: true });
      return posted.ts ?? "";
    },
  };
}

/** Slack's message text back to what the coordinator typed: entities decoded, links and mentions unwrapped. */
export function slackToPlainText(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2 ($1)")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/<[@#!][^>]*>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
    .trim();
}

function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: "slack" });
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    // Bolt's own messages may quote request bodies; only their first line (the gist) is kept.
    warn: (...msg: unknown[]) => child.warn({ detail: String(msg[0]).split("\n")[0]?.slice(0, 200) }, "slack warning"),
    error: (...msg: unknown[]) => child.error({ detail: String(msg[0]).split("\n")[0]?.slice(0, 200) }, "slack error"),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
