// One-time links to set a staff password: made by an admin for an invited account or as a reset, and
// used once on the public set-password page. Only the token's SHA-256 is stored; the token itself is
// shown to the admin once, in the answer that made it, and never logged. There is no mail service:
// the admin hands the link over. The token travels in the URL's fragment, which browsers send to no
// server and no Referer, so it stays out of access logs.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { passwordTokenByHash, replacePasswordToken, setPasswordByToken } from "../db/password-tokens.js";
import { staffAccount } from "../db/staff-users.js";
import { DomainError } from "../domain/domain-error.js";
import { newPassword } from "./accounts.js";
import { auditStaff } from "./audit.js";
import { hashPassword } from "./passwords.js";
import type { StaffActor } from "./staff-actor.js";

export const LINK_LIFETIME_MS = { invite: 7 * 24 * 3_600_000, reset: 24 * 3_600_000 } as const;
export const SET_PASSWORD_PATH = "/staff/set-password";

export interface PasswordLinkDeps {
  db: Db;
  now: () => Date;
  publicUrl: string;
}

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
// 32 random bytes in base64url: 43 characters.
const tokenShape = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** A link that is wrong, expired, used, or of a disabled account: all look the same from outside. */
export class LinkNotValidError extends DomainError {
  constructor() {
    super("gone", "link_not_valid", { detail: "Länken fungerar inte längre: den är fel, för gammal eller redan använd. Be en administratör om en ny." });
  }
}

/** Makes a new link for the account (its unused links end) and returns it once. */
export async function makePasswordLink(deps: PasswordLinkDeps, actor: Pick<StaffActor, "id">, staffId: number, purpose: "invite" | "reset") {
  const token = randomBytes(32).toString("base64url");
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await replacePasswordToken(deps.db, { tokenHash: tokenHash(token), staffId, purpose, createdById: actor.id, now, expiresAt });
  await auditStaff(deps.db, now, actor, { action: "staff.password-link-created", subjectType: "staff", subjectId: staffId, details: { purpose } });
  return { link: `${new URL(SET_PASSWORD_PATH, deps.publicUrl).toString()}#${token}`, expiresAt: expiresAt.toISOString(), purpose };
}

async function workingLink(deps: Pick<PasswordLinkDeps, "db" | "now">, token: unknown) {
  const parsed = tokenShape.safeParse(token);
  if (!parsed.success) throw new LinkNotValidError();
  const row = await passwordTokenByHash(deps.db, tokenHash(parsed.data));
  if (!row || row.usedAt || row.expiresAt <= deps.now()) throw new LinkNotValidError();
  const account = await staffAccount(deps.db, row.staffId);
  if (!account || account.disabledAt) throw new LinkNotValidError();
  return { row, account };
}

const checkBody = z.object({ token: z.unknown() });
const setBody = z.object({ token: z.unknown(), password: newPassword });

/** What the set-password page shows before the password is chosen: whose account it is, in their language. */
export async function checkPasswordLink(deps: Pick<PasswordLinkDeps, "db" | "now">, body: unknown) {
  const { account, row } = await workingLink(deps, checkBody.parse(body ?? {}).token);
  return { email: account.email, displayName: account.displayName, purpose: row.purpose, locale: account.locale };
}

/** Sets the password through the link: once; the account's sessions end. */
export async function setPasswordWithLink(deps: Pick<PasswordLinkDeps, "db" | "now">, body: unknown) {
  const input = setBody.parse(body);
  const { row, account } = await workingLink(deps, input.token);
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  if (!(await setPasswordByToken(deps.db, { tokenId: row.id, staffId: account.id, passwordHash, now }))) throw new LinkNotValidError();
  await auditStaff(deps.db, now, account, { action: "staff.password-set", subjectType: "staff", subjectId: account.id, details: { purpose: row.purpose } });
  return { email: account.email };
}
