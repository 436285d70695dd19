// A local stand-in for Twilio's REST API that the real `twilio` SDK talks to (through
// TWILIO_API_URL). It checks what it receives the way Twilio would: account path, Basic auth,
// required form fields, E.164 recipients, and records every request for assertions. `messages` is
// the provider's own list (what the phone receives); `setMode` plays an outage: every create
// answered with an error, slowly, or never (the message accepted, the answer lost).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

export interface FakeMessage {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  createdAt: Date;
}

export interface RecordedRequest {
  method: string;
  path: string;
  auth: string | undefined;
  form: Record<string, string>;
  query: Record<string, string>;
}

export type ScriptedFailure = { status: number; code?: number; message?: string } | "drop";

/**
 * How creates are answered until the mode changes: normally; with an error (nothing created);
 * slowly (created at once, answered after `ms`); or never answered (created, the connection held
 * open until the client gives up).
 */
export type FakeMode =
  | { kind: "ok" }
  | { kind: "error"; status: number; code?: number }
  | { kind: "slow"; ms: number }
  | { kind: "no-answer" };

export interface FakeTwilioOptions {
  accountSid: string;
  authToken: string;
  /** Milliseconds before answering a create; a slow provider. */
  delayMs?: number;
  /** Called when a create arrives, before answering (e.g. to timestamp arrival). */
  onCreate?: (m: FakeMessage) => void;
}

export class FakeTwilio {
  readonly requests: RecordedRequest[] = [];
  readonly messages: FakeMessage[] = [];
  readonly failures: ScriptedFailure[] = [];
  /** Sids handed out next instead of fresh ones (a provider that repeats an id). */
  readonly nextSids: string[] = [];
  mode: FakeMode = { kind: "ok" };
  private server?: Server;
  url = "";

  constructor(readonly options: FakeTwilioOptions) {}

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Creates (message sends) received, in order. */
  get creates(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === "POST");
  }

  sentTo(to: string): FakeMessage[] {
    return this.messages.filter((m) => m.to === to);
  }

  setMode(mode: FakeMode): void {
    this.mode = mode;
  }

  /** Messages with the same recipient and text, more than once: what a participant would see twice. */
  duplicates(): FakeMessage[] {
    const seen = new Set<string>();
    return this.messages.filter((m) => {
      const k = `${m.to}\n${m.body}\n${m.statusCallback ?? ""}`;
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
    const recorded: RecordedRequest = { method: req.method ?? "", path: url.pathname, auth: req.headers.authorization, form, query: Object.fromEntries(url.searchParams) };
    this.requests.push(recorded);

    const expectedPath = `/2010-04-01/Accounts/${this.options.accountSid}/Messages.json`;
    const expectedAuth = "Basic " + Buffer.from(`${this.options.accountSid}:${this.options.authToken}`).toString("base64");
    if (recorded.auth !== expectedAuth) return json(res, 401, { code: 20003, message: "Authenticate", status: 401 });
    if (url.pathname !== expectedPath) return json(res, 404, { code: 20404, message: "The requested resource was not found", status: 404 });

    if (req.method === "GET") return this.list(url, res);
    if (req.method !== "POST") return json(res, 405, { code: 20004, message: "Method not allowed", status: 405 });

    const failure = this.failures.shift();
    if (failure === "drop") {
      req.socket.destroy();
      return;
    }
    if (failure) return json(res, failure.status, { code: failure.code ?? failure.status, message: failure.message ?? "scripted failure", status: failure.status });
    const mode = this.mode;
    if (mode.kind === "error") return json(res, mode.status, { code: mode.code ?? mode.status, message: "provider outage", status: mode.status });
    if (!form.To || !/^\+[1-9]\d{6,14}$/.test(form.To)) return json(res, 400, { code: 21211, message: "Invalid 'To' Phone Number", status: 400 });
    if (!form.Body) return json(res, 400, { code: 21602, message: "Message body is required.", status: 400 });
    if (!form.From === !form.MessagingServiceSid) return json(res, 400, { code: 21603, message: "A 'From' or 'MessagingServiceSid' parameter is required", status: 400 });
    if (form.StatusCallback && !/^https?:\/\//.test(form.StatusCallback)) return json(res, 400, { code: 21609, message: "Invalid StatusCallback", status: 400 });

    const message: FakeMessage = {
      sid: this.nextSids.shift() ?? "SM" + randomBytes(16).toString("hex"),
      to: form.To,
      from: form.From ?? null,
      messagingServiceSid: form.MessagingServiceSid ?? null,
      body: form.Body,
      statusCallback: form.StatusCallback ?? null,
      createdAt: new Date(),
    };
    this.options.onCreate?.(message);
    if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
    this.messages.push(message);
    if (mode.kind === "no-answer") return; // accepted; the client times out and never learns the sid
    if (mode.kind === "slow") await new Promise((r) => setTimeout(r, mode.ms));
    if (!res.destroyed) json(res, 201, this.resource(message));
  }

  private list(url: URL, res: ServerResponse): void {
    const to = url.searchParams.get("To");
    const from = url.searchParams.get("From");
    const found = this.messages
      .filter((m) => (!to || m.to === to) && (!from || m.from === from))
      .slice()
      .reverse();
    json(res, 200, {
      messages: found.map((m) => this.resource(m)),
      page: 0,
      page_size: found.length,
      first_page_uri: url.pathname,
      next_page_uri: null,
      previous_page_uri: null,
      uri: url.pathname,
      start: 0,
      end: Math.max(0, found.length - 1),
    });
  }

  private resource(m: FakeMessage) {
    return {
      sid: m.sid,
      account_sid: this.options.accountSid,
      to: m.to,
      from: m.from,
      messaging_service_sid: m.messagingServiceSid,
      body: m.body,
      status: "queued",
      direction: "outbound-api",
      num_segments: "1",
      num_media: "0",
      date_created: m.createdAt.toUTCString(),
      date_updated: m.createdAt.toUTCString(),
      date_sent: null,
      error_code: null,
      error_message: null,
      price: null,
      price_unit: "USD",
      api_version: "2010-04-01",
      uri: `/2010-04-01/Accounts/${this.options.accountSid}/Messages/${m.sid}.json`,
      subresource_uris: {},
    };
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
