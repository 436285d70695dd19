// The zero-configuration stand-in for an SMS provider: "sending" hands the message to the
// simulator page (through the delivery-status event the sender emits), as a phone would show it.
import { randomUUID } from "node:crypto";
import type { SmsTransport } from "./sms-transport.js";

export function createSimulatorTransport(): SmsTransport {
  return {
    kind: "simulator",
    async send() {
      return { providerId: `SIM-OUT-${randomUUID()}`, status: "delivered" };
    },
    async findSent() {
      // The simulator keeps no record of its own: an in-doubt message is shown again.
      return [];
    },
    classifyError(err: unknown) {
      return { permanent: false, code: err instanceof Error ? err.name : "error", optedOut: false, maybeSent: false };
    },
  };
}
