// A local stand-in for Slack's Web API (and for response_url), which Bolt's WebClient reaches through
// clientOptions.slackApiUrl. It checks the bot token on every call, records what was asked, and can
// be switched to an outage. Signed event and action requests to Tillit are built here too; the
// signature is checked against @slack/bolt's own verifier before it is used.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySlackRequest } from "@slack/bolt";

export interface SlackCall {
  method: string;
  args: Record<string, any>;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly responses: Record<string, any>[] = [];
  /** Messages as Slack keeps them now ("channel ts" → text), so tests can see what is left after deletions. */
  readonly messages = new Map<string, string>();
  outage = false;
  /** While set, Web API calls get no answer until releaseHeld(): a Slack that hangs. */
  holding = false;
  private readonly held: (() => void)[] = [];
  private server?: Server;
  private ts = 1_700_000_000;
  url = "";

  constructor(private readonly botToken: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** Web API calls waiting for an answer. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Stops holding and answers every held call with 503. */
  releaseHeld(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  called(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url?.startsWith("/respond/")) {
      this.responses.push(JSON.parse(raw) as Record<string, any>);
      return send(200, { ok: true });
    }
    if (this.holding) {
      this.held.push(() => send(503, { ok: false, error: "service_unavailable" }));
      return;
    }
    if (this.outage) return send(503, { ok: false, error: "service_unavailable" });
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    if (req.headers.authorization !== `Bearer ${this.botToken}`) return send(200, { ok: false, error: "invalid_auth" });
    // The Web API takes form fields; structured ones (blocks) arrive JSON-encoded.
    const args: Record<string, any> = {};
    for (const [k, v] of new URLSearchParams(raw)) args[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    this.calls.push({ method, args });
    switch (method) {
      case "auth.test":
        return send(200, { ok: true, user_id: "UBOT00001", bot_id: "BBOT00001", team_id: "TTEAM0001" });
      case "chat.postMessage":
        if (!args.channel || !(args.text || args.blocks)) return send(200, { ok: false, error: "invalid_arguments" });
        {
          const ts = `${this.ts++}.000100`;
          this.messages.set(`${args.channel} ${ts}`, JSON.stringify([args.text, args.blocks ?? null]));
          return send(200, { ok: true, channel: args.channel, ts, message: { text: args.text } });
        }
      case "chat.update":
        if (!this.messages.has(`${args.channel} ${args.ts}`)) return send(200, { ok: false, error: "message_not_found" });
        this.messages.set(`${args.channel} ${args.ts}`, JSON.stringify([args.text, args.blocks ?? null]));
        return send(200, { ok: true, channel: args.channel, ts: args.ts });
      case "chat.delete":
        if (!this.messages.delete(`${args.channel} ${args.ts}`)) return send(200, { ok: false, error: "message_not_found" });
        return send(200, { ok: true, channel: args.channel, ts: args.ts });
      case "chat.postEphemeral":
        return send(200, { ok: true, message_ts: `${this.ts++}.000200` });
      default:
        return send(200, { ok: false, error: "unknown_method" });
    }
  }
}

/** A request as Slack signs it: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body). */
export function signedSlackRequest(signingSecret: string, body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000)): RequestInit {
  const signature = `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  // Our signature must satisfy Bolt's own verifier, or these tests would prove nothing.
  verifySlackRequest({ signingSecret, body, headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp }, nowMilliseconds: timestamp * 1000 });
  return { method: "POST", headers: { "content-type": contentType, "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) }, body };
}

export function threadReplyEvent(input: { channel: string; threadTs: string; user: string; text: string }) {
  return JSON.stringify({
    token: "legacy", team_id: "TTEAM0001", api_app_id: "AAPP00001", type: "event_callback", event_id: `Ev${Date.now()}${Math.random().toString(36).slice(2, 6)}`, event_time: Math.floor(Date.now() / 1000),
    event: { type: "message", channel: input.channel, channel_type: "channel", user: input.user, text: input.text, ts: `${Date.now() / 1000}`, thread_ts: input.threadTs, event_ts: `${Date.now() / 1000}` },
  });
}

export function buttonPayload(input: { actionId: string; value: string; user: string; channel: string; messageTs: string; responseUrl: string }) {
  const payload = {
    type: "block_actions", team: { id: "TTEAM0001", domain: "kommun" }, user: { id: input.user, username: "x", team_id: "TTEAM0001" }, api_app_id: "AAPP00001",
    token: "legacy", trigger_id: "1.2.3", response_url: input.responseUrl,
    container: { type: "message", message_ts: input.messageTs, channel_id: input.channel, is_ephemeral: false },
    channel: { id: input.channel, name: "team" }, message: { type: "message", ts: input.messageTs, text: "handoff" },
    actions: [{ type: "button", action_id: input.actionId, block_id: "b1", value: input.value, text: { type: "plain_text", text: "x" }, action_ts: `${Date.now() / 1000}` }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
