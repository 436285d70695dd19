// Structured JSON logs. Message bodies, phone numbers and tokens never belong in a log line at info
// level; the redaction list is a safety net for the keys most likely to slip in by mistake.
import { pino, type Logger } from "pino";

export type { Logger };

export const redactedKeys = [
  "body", "Body", "text", "phone", "from", "to", "From", "To", "token", "authToken",
  "password", "*.body", "*.Body", "*.text", "*.phone", "*.from", "*.to", "*.From", "*.To", "*.token",
  "req.headers.authorization", "req.headers.cookie", "req.headers[\"x-twilio-signature\"]",
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, base: { service: "tillit" }, redact: { paths: redactedKeys, censor: "[redacted]" } },
    destination ?? process.stdout,
  );
}

/** An error as a log field: its kind and message, never the objects it carries. */
export function errorSummary(err: unknown): { name: string; message: string; code?: string } {
  if (err instanceof Error) return { name: err.name, message: err.message, code: (err as { code?: string }).code };
  return { name: "Unknown", message: String(err) };
}
