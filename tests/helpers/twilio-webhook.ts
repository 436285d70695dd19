// Builds webhook requests exactly as Twilio sends them: form-encoded, signed with the SDK's own
// signature function against the public URL Tillit is configured with.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import twilio from "twilio";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/twilio");

export function fixture(name: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), "utf8"));
}

export function newMessageSid(): string {
  return "SM" + randomBytes(16).toString("hex");
}

export interface SignedPost {
  url: string;
  init: RequestInit;
}

export function signedPost(opts: { baseUrl: string; publicUrl: string; path: string; authToken: string; params: Record<string, string>; signature?: string | null }): SignedPost {
  const signature =
    opts.signature === undefined ? twilio.getExpectedTwilioSignature(opts.authToken, opts.publicUrl + opts.path, opts.params) : opts.signature;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  return { url: opts.baseUrl + opts.path, init: { method: "POST", headers, body: new URLSearchParams(opts.params).toString() } };
}
