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

export function classifyTwilioFailure(d: TwilioErrorDescription): SendFailure {
  if (d.kind === "network") return { permanent: false, code: d.code, optedOut: false };
  const permanent = permanentCodes.has(d.code) || (d.status >= 400 && d.status < 500 && d.status !== 429);
  return { permanent, code: String(d.code || d.status), optedOut: d.code === OPTED_OUT };
}

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
        ...(settings.statusCallbackUrl ? { statusCallback: settings.statusCallbackUrl } : {}),
      });
      return { providerId: message.sid, status: toDeliveryStatus(message.status) };
    },
    async findSent(sms: OutboundSms, since: Date): Promise<SendReceipt | undefined> {
      const recent = await client.messages.list({ to: sms.to, ...(settings.from ? { from: settings.from } : {}), limit: 50 });
      const match = recent.find((m) => m.body === sms.body && m.dateCreated >= new Date(since.getTime() - 60_000));
      return match ? { providerId: match.sid, status: toDeliveryStatus(match.status) } : undefined;
    },
    classifyError: (err: unknown) => classifyTwilioFailure(describeTwilioError(err)),
  };
}
