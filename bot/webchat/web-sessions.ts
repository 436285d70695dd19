// Who a browser is: a web conversation bound to one participant, reached by a personal invitation
// link (joins the participant's existing conversation, so web and SMS share one history), by the
// resume key the browser keeps, or — when the deployment allows it — anonymously.
import type { Sql, SqlExecutor } from "../db/sql.js";
import { participantStatus, phoneOf } from "../db/participants.js";
import { insertWebConversation, touchWebConversation, webBinding, webConversationByResumeHash } from "../db/web-conversations.js";
import { insertWebInvite, useWebInvite, webInviteWasUsed } from "../db/web-invites.js";
import type { Language } from "../domain/vocabulary.js";
import { openConversation } from "../db/conversations.js";
import { hashSecret, newSecret, TokenSigner, TOKEN_LIFETIME_S } from "./tokens.js";
import { serviceKey } from "../privacy/service-key.js";
import { DomainError } from "../domain/domain-error.js";
import { createWebVisitor } from "../db/web-visitors.js";

export const INVITE_LIFETIME_DAYS = 7;

export class WebSessionError extends DomainError {
  constructor(readonly reason: "invalid-invite" | "invite-used" | "unknown-session") {
    super(reason === "invite-used" ? "gone" : reason === "unknown-session" ? "not-found" : "forbidden", reason);
  }
}

export interface WebSession {
  webConversationId: string;
  /** Undefined for an anonymous visitor who has not written yet: nothing about them is stored. */
  participantId?: number;
  /** Handed to the browser once; it brings it back to continue on a later visit. */
  resumeKey?: string;
  /** An anonymous visitor not stored yet: the language their participant will get. */
  pendingLanguage?: Language;
}

/** The web chat token key: configured, or made once and kept in the database for every instance. */
export async function webTokenSigner(sql: Sql, configured?: string): Promise<TokenSigner> {
  return new TokenSigner(await serviceKey(sql, "webchat-token-key", configured));
}

async function bindWebConversation(tx: SqlExecutor, participantId: number, now: Date): Promise<WebSession> {
  const conversationId = await openConversation(tx, participantId, now);
  const webConversationId = newSecret(18);
  const resumeKey = newSecret(32);
  await insertWebConversation(tx, { id: webConversationId, conversationId, participantId, resumeHash: hashSecret(resumeKey), now });
  return { webConversationId, participantId, resumeKey };
}

/**
 * An anonymous visitor opens the chat: a web conversation id and its resume key, and nothing stored.
 * Opening /chat must not put an empty participant in the inbox; the rows are made when they write
 * (visitorBinding). The resume key is derived from the id, so the row made later can hold its hash.
 */
export function startAnonymous(signer: TokenSigner, language: Language): WebSession {
  const webConversationId = newSecret(18);
  return { webConversationId, resumeKey: resumeKeyFor(signer, webConversationId), pendingLanguage: language };
}

const resumeKeyFor = (signer: TokenSigner, webConversationId: string) => signer.derive(`resume:${webConversationId}`).slice(0, 43);

/**
 * The participant behind a Direct Line token, made now if the token is an anonymous visitor's who has
 * just written (or left a number). Undefined for an unknown web conversation.
 */
export async function visitorBinding(
  sql: Sql,
  signer: TokenSigner,
  claims: { s: string | number; l?: Language },
  opts: { teamSlug?: string; now: Date },
): Promise<{ participantId: number; conversationId: number } | undefined> {
  const id = String(claims.s);
  const known = await webBinding(sql, id);
  if (known || !claims.l) return known;
  await createWebVisitor(sql, { webConversationId: id, language: claims.l, teamSlug: opts.teamSlug, resumeHash: hashSecret(resumeKeyFor(signer, id)), now: opts.now });
  return webBinding(sql, id);
}

/** Opens a personal invitation: once, before it expires, for its one participant. */
export async function redeemInvite(sql: Sql, signer: TokenSigner, invite: string, now: Date): Promise<WebSession> {
  const claims = signer.verify(invite, "invite", now);
  if (!claims || typeof claims.s !== "number") throw new WebSessionError("invalid-invite");
  const participantId = claims.s;
  return sql.transaction(async (tx) => {
    if (!(await useWebInvite(tx, hashSecret(invite), participantId, now))) {
      throw new WebSessionError((await webInviteWasUsed(tx, hashSecret(invite))) ? "invite-used" : "invalid-invite");
    }
    if ((await participantStatus(tx, participantId)) === undefined) throw new WebSessionError("invalid-invite");
    return bindWebConversation(tx, participantId, now);
  });
}

export async function resumeSession(sql: Sql, resumeKey: string, now: Date): Promise<WebSession> {
  const row = await webConversationByResumeHash(sql, hashSecret(resumeKey));
  if (!row) throw new WebSessionError("unknown-session");
  await touchWebConversation(sql, row.id, now);
  return { webConversationId: row.id, participantId: row.participantId };
}

/** The participant and their current conversation behind a web conversation id. */
export { webBinding } from "../db/web-conversations.js";

/** pendingLanguage: the token of an anonymous visitor not stored yet (their first message makes the participant). */
export function directLineToken(signer: TokenSigner, webConversationId: string, now: Date, pendingLanguage?: Language): { token: string; expires_in: number } {
  const exp = Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_S;
  return { token: signer.sign({ k: "dl", s: webConversationId, exp, ...(pendingLanguage ? { l: pendingLanguage } : {}) }), expires_in: TOKEN_LIFETIME_S };
}

/** A coordinator's personal link for one participant; the database keeps only its hash. */
export async function createInvite(sql: Sql, signer: TokenSigner, participantId: number, staffId: number, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 86_400_000);
  const token = signer.sign({ k: "invite", s: participantId, exp: Math.floor(expiresAt.getTime() / 1000) });
  await insertWebInvite(sql, { participantId, tokenHash: hashSecret(token), staffId, expiresAt, now });
  return { token, expiresAt };
}

/** Whether the visitor's participant has a phone number (the chat then offers to continue by text; never the number itself). */
export async function hasPhone(sql: SqlExecutor, participantId: number): Promise<boolean> {
  return Boolean(await phoneOf(sql, participantId));
}
