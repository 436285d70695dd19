// What the outbox sender needs from an SMS provider. Implemented by Twilio and by the simulator.
import type { DeliveryStatus } from "../domain/vocabulary.js";

export interface OutboundSms {
  to: string;
  body: string;
}

export interface SendReceipt {
  providerId: string;
  status: DeliveryStatus;
}

export interface SendFailure {
  /** Retrying cannot help (invalid number, unsubscribed at the provider…). */
  permanent: boolean;
  code: string;
  /** The provider says this number has opted out. */
  optedOut: boolean;
}

export interface SmsTransport {
  readonly kind: "twilio" | "simulator";
  send(sms: OutboundSms): Promise<SendReceipt>;
  /**
   * After a crash between handing a message to the provider and recording it, asks the provider
   * whether it already has it, so the retry adopts that message instead of sending a second one.
   */
  findSent(sms: OutboundSms, since: Date): Promise<SendReceipt | undefined>;
  classifyError(err: unknown): SendFailure;
}

/** Choices become numbered lines over SMS; the reply is recognised by number or by words. */
export function renderSmsBody(body: string, choices: string[] | undefined): string {
  if (!choices?.length) return body;
  return `${body}\n${choices.map((c, i) => `${i + 1}. ${c}`).join("\n")}`;
}
