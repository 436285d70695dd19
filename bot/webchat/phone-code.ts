// Proving a phone is yours before a web chat is joined with that number's SMS history: a one-time
// code goes to the number by SMS (through the outbox), and only its keyed hash is stored. A code lives
// ten minutes and allows five tries; three codes an hour per visitor and per number at most, so a
// code cannot be guessed and a number cannot be flooded. Then a coordinator still confirms.
import { randomInt, timingSafeEqual } from "node:crypto";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { insertAudit } from "../db/audit.js";
import { participantLanguage, statusOfPhone } from "../db/participants.js";
import {
  endPhoneLinkCode, insertUnverifiedPhoneLink, latestUnverifiedPhoneLink, markPhoneLinkVerified, phoneLinkRequestsSince, replaceOpenPhoneLinks, setPhoneLinkAttempts,
} from "../db/phone-links.js";
import { enqueueOutbound } from "../outbox/enqueue-outbound.js";
import { translate, type Locales } from "../infrastructure/i18n.js";
import { isLanguage } from "../domain/vocabulary.js";
import type { PrivacyKey } from "../privacy/service-key.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import { DomainError } from "../domain/domain-error.js";

export const CODE_LIFETIME_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;
export const MAX_CODES_PER_HOUR = 3;

const codeErrors = {
  "too-many-codes": ["too-many", "too_many_codes"], "too-many-attempts": ["too-many", "too_many_attempts"],
  "no-code": ["not-found", "no_code"], expired: ["gone", "code_expired"], "wrong-code": ["invalid", "wrong_code"],
} as const;

export class PhoneCodeError extends DomainError {
  constructor(readonly reason: keyof typeof codeErrors) {
    super(codeErrors[reason][0], codeErrors[reason][1]);
  }
}

export interface PhoneCodeDeps {
  sql: Sql;
  locales: Locales;
  key: () => PrivacyKey;
  optOuts: ErasedOptOuts;
}

type Who = { participantId: number; conversationId: number };

/**
 * Starts a phone link with a code sent to the number. The answer is the same whether or not a text
 * goes out: a number that said STOPP gets nothing, and the visitor learns nothing about it.
 */
export async function requestPhoneCode(deps: PhoneCodeDeps, who: Who, phone: string, now: Date): Promise<{ messageId?: number }> {
  return deps.sql.transaction(async (tx) => {
    const hourAgo = new Date(now.getTime() - 3_600_000);
    if ((await phoneLinkRequestsSince(tx, who.participantId, phone, hourAgo)) >= MAX_CODES_PER_HOUR) throw new PhoneCodeError("too-many-codes");
    await replaceOpenPhoneLinks(tx, who.participantId, now);
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await insertUnverifiedPhoneLink(tx, { participantId: who.participantId, phone, codeHash: deps.key().hash("phone-code", code), codeExpiresAt: new Date(now.getTime() + CODE_LIFETIME_MS), now });
    await insertAudit(tx, { at: now, actorKind: "participant", actorId: who.participantId, action: "participant.phone-link-requested", subjectType: "conversation", subjectId: who.conversationId });
    if (await mayNotText(tx, deps.optOuts, phone)) return {};
    const language = await participantLanguage(tx, who.participantId);
    const sent = await enqueueOutbound(tx, {
      conversationId: who.conversationId, participantId: who.participantId, channel: "sms", toPhone: phone,
      body: translate(deps.locales, isLanguage(language) ? language : "sv", "phoneCode.sms", { code }),
      authorKind: "system", purpose: "verification", now,
    });
    return sent.queued ? { messageId: sent.messageId } : {};
  });
}

async function mayNotText(tx: SqlExecutor, optOuts: ErasedOptOuts, phone: string): Promise<boolean> {
  return (await statusOfPhone(tx, phone)) === "opted-out" || (await optOuts.has(tx, phone));
}

/** Checks the code; right, the request waits for a coordinator's confirmation. Wrong or late changes only the count. */
export async function verifyPhoneCode(deps: PhoneCodeDeps, who: Who, code: string, now: Date): Promise<void> {
  const outcome = await deps.sql.transaction(async (tx): Promise<PhoneCodeError["reason"] | "ok"> => {
    const r = await latestUnverifiedPhoneLink(tx, who.participantId);
    if (!r || r.codeHash == null) return "no-code";
    const fail = (status: string) => endPhoneLinkCode(tx, r.id, status, now);
    if (r.codeExpiresAt <= now) {
      await fail("failed");
      return "expired";
    }
    const given = Buffer.from(deps.key().hash("phone-code", code.trim()));
    const expected = Buffer.from(r.codeHash);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      await markPhoneLinkVerified(tx, r.id, now);
      await insertAudit(tx, { at: now, actorKind: "participant", actorId: who.participantId, action: "participant.phone-verified", subjectType: "conversation", subjectId: who.conversationId });
      return "ok";
    }
    const attempts = r.codeAttempts + 1;
    await setPhoneLinkAttempts(tx, r.id, attempts);
    if (attempts < MAX_CODE_ATTEMPTS) return "wrong-code";
    await fail("failed");
    return "too-many-attempts";
  });
  if (outcome !== "ok") throw new PhoneCodeError(outcome);
}
