// What the outbox sender needs from an SMS provider. Implemented by Twilio and by the simulator.
import type { DeliveryStatus } from "../domain/vocabulary.js";

export interface OutboundSms {
  to: string;
  body: string;
  /** Tillit's own key for this message (the outbox id): the provider hands it back in delivery reports. */
  key: string;
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
  /**
   * The provider may have accepted the message all the same (a timeout, a dropped connection, a
   * server error): the retry must ask before sending again.
   */
  maybeSent: boolean;
}

export interface SmsTransport {
  readonly kind: "twilio" | "simulator";
  send(sms: OutboundSms): Promise<SendReceipt>;
  /**
   * After a crash or a timeout between handing a message to the provider and recording it: the
   * provider's messages to this number with this text created since `since`, oldest first, so the
   * retry can adopt one instead of sending a second. The caller skips ids other rows already have.
   */
  findSent(sms: OutboundSms, since: Date): Promise<SendReceipt[]>;
  classifyError(err: unknown): SendFailure;
}

