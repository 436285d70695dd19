// Twilio SMS: webhook verification and parsing, and sending through the REST API. No dialogs, no
// database: the HTTP route and the outbox sender call in here.
import twilio from "twilio";
import { z } from "zod";
import type { DeliveryStatus } from "../domain/vocabulary.js";
import type { OutboundSms, SendFailure, SendReceipt, SmsTransport } from "./sms-transport.js";

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  /** Another base URL for the REST API (a local fake in tests and demos). */
  apiUrl?: string;
  statusCallbackUrl?: string;
  timeoutMs?: number;
}

const sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `must be a ${prefix} id`);
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 number");

/** The fields of Twilio's inbound-message webhook that Tillit uses; the rest are ignored. */
export const inboundSmsSchema = z.object({
  MessageSid: z.union([sid("SM"), sid("MM")]),
  AccountSid: sid("AC"),
  From: e164,
  To: z.string().min(1),
  Body: z.string().max(1600).default(""),
  NumMedia: z.coerce.number().int().min(0).optional(),
});
export type InboundSms = z.infer<typeof inboundSmsSchema>;

export const twilioStatuses = ["accepted", "scheduled", "queued", "sending", "sent", "delivered", "undelivered", "failed", "canceled", "read", "receiving", "received"] as const;

export const statusCallbackSchema = z.object({
  MessageSid: z.union([sid("SM"), sid("MM")]),
  AccountSid: sid("AC"),
  MessageStatus: z.enum(twilioStatuses),
  ErrorCode: z.string().regex(/^\d+$/).optional(),
});
export type StatusCallback = z.infer<typeof statusCallbackSchema>;

export function verifyTwilioSignature(authToken: string, signature: string | undefined, url: string, params: Record<string, string>): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

/** Twilio's status words in Tillit's delivery vocabulary. */
export function toDeliveryStatus(status: string): DeliveryStatus {
  switch (status) {
    case "sent":
      return "sent";
    case "delivered":
    case "read":
      return "delivered";
    case "undelivered":
      return "undelivered";
    case "failed":
    case "canceled":
      return "failed";
    default:
      return "sending";
  }
}

// Error codes after which a retry cannot succeed. 21610: the recipient replied STOP at Twilio.
const OPTED_OUT = 21610;
const permanentCodes = new Set([OPTED_OUT, 21211, 21212, 21214, 21217, 21408, 21602, 21604, 21606, 21612, 21614, 21617, 21635, 30004, 30005, 30006, 30007, 30008]);

/** What matters of a failed call, as plain data (it crosses from the sending worker thread). */
export type TwilioErrorDescription = { kind: "rest"; status: number; code: number } | { kind: "network"; code: string };

export function describeTwilioError(err: unknown): TwilioErrorDescription {
  if (err instanceof twilio.RestException) return { kind: "rest", status: err.status, code: err.code ?? 0 };
  if (err && typeof err === "object" && "kind" in err) return err as TwilioErrorDescription;
  return { kind: "network", code: String((err as { code?: string })?.code ?? "network") };
}

// Network failures that happen before a request can reach the provider; every other one (a timeout,
// a reset or dropped connection) may have left a message behind at Twilio.
const neverReached = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

export function classifyTwilioFailure(deps: TwilioErrorDescription): SendFailure {
  if (deps.kind === "network") return { permanent: false, code: deps.code, optedOut: false, maybeSent: !neverReached.has(deps.code) };
  const permanent = permanentCodes.has(deps.code) || (deps.status >= 400 && deps.status < 500 && deps.status !== 429);
  // A 4xx is a refusal; a 5xx answer does not prove that nothing was created.
  return { permanent, code: String(deps.code || deps.status), optedOut: deps.code === OPTED_OUT, maybeSent: deps.status >= 500 };
}

/** The status callback URL with the outbox key, so a delivery report names its outbox item. */
export function statusCallbackFor(base: string, key: string): string {
  const url = new URL(base);
  url.searchParams.set("outbox", key);
  return url.toString();
}

/** Clock difference tolerated between Tillit and the provider when looking for in-doubt messages. */
const CLOCK_SKEW_MS = 60_000;

class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string, opts: ConstructorParameters<typeof twilio.RequestClient>[0]) {
    super(opts);
  }
  override request<T>(opts: Parameters<typeof twilio.RequestClient.prototype.request<T>>[0]) {
    return super.request<T>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.baseUrl) });
  }
}

export function createTwilioTransport(settings: TwilioSettings): SmsTransport {
  const timeout = settings.timeoutMs ?? 15_000;
  const httpClient = settings.apiUrl
    ? new RedirectingRequestClient(settings.apiUrl.replace(/\/+$/, ""), { timeout, keepAlive: true })
    : new twilio.RequestClient({ timeout, keepAlive: true });
  const client = twilio(settings.accountSid, settings.authToken, { httpClient });
  const sender = settings.messagingServiceSid ? { messagingServiceSid: settings.messagingServiceSid } : { from: settings.from };

  return {
    kind: "twilio",
    async send(sms: OutboundSms): Promise<SendReceipt> {
      const message = await client.messages.create({
        to: sms.to,
        body: sms.body,
        ...sender,
        ...(settings.statusCallbackUrl ? { statusCallback: statusCallbackFor(settings.statusCallbackUrl, sms.key) } : {}),
      });
      return { providerId: message.sid, status: toDeliveryStatus(message.status) };
    },
    async findSent(sms: OutboundSms, since: Date): Promise<SendReceipt[]> {
      const after = since.getTime() - CLOCK_SKEW_MS;
      const recent = await client.messages.list({ to: sms.to, ...(settings.from ? { from: settings.from } : {}), limit: 50 });
      return recent
        .filter((m) => m.body === sms.body && m.dateCreated.getTime() >= after)
        .sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime())
        .map((m) => ({ providerId: m.sid, status: toDeliveryStatus(m.status) }));
    },
    classifyError: (err: unknown) => classifyTwilioFailure(describeTwilioError(err)),
  };
}
