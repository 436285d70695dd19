// The StaffPasswordToken table: one-time links to set a staff password. Only the token's hash is kept.
import type { Db, Tx } from "./client.js";

export interface PasswordTokenRow {
  id: number;
  staffId: number;
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function insertPasswordToken(tx: Db | Tx, t: { tokenHash: string; staffId: number; purpose: "invite" | "reset"; createdById: number; now: Date; expiresAt: Date }): Promise<void> {
  await tx.staffPasswordToken.create({ data: { tokenHash: t.tokenHash, staffId: t.staffId, purpose: t.purpose, createdById: t.createdById, createdAt: t.now, expiresAt: t.expiresAt } });
}

export async function passwordTokenByHash(db: Db | Tx, tokenHash: string): Promise<PasswordTokenRow | undefined> {
  return (await db.staffPasswordToken.findUnique({ where: { tokenHash }, select: { id: true, staffId: true, purpose: true, expiresAt: true, usedAt: true } })) ?? undefined;
}

/** Marks the token used if it still works; false when another request used it first or it expired. */
export async function usePasswordToken(tx: Tx, id: number, now: Date): Promise<boolean> {
  const { count } = await tx.staffPasswordToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}

/** Ends every unused link of the account (a new link replaces the old; a disabled account has none). */
export async function revokePasswordTokens(tx: Db | Tx, staffId: number, now: Date): Promise<void> {
  await tx.staffPasswordToken.updateMany({ where: { staffId, usedAt: null }, data: { usedAt: now } });
}

/** Whether the account has a link that still works (shown as "invited" in the staff list). */
export async function openPasswordTokenStaffIds(db: Db, now: Date): Promise<Set<number>> {
  const rows = await db.staffPasswordToken.findMany({ where: { usedAt: null, expiresAt: { gt: now } }, select: { staffId: true } });
  return new Set(rows.map((r) => r.staffId));
}

/**
 * Uses the link and sets the password in one transaction: the token is marked used only if it still
 * works, the account's other links end, and every session of the account ends. False (and nothing
 * changed) when the link was used or expired meanwhile.
 */
export async function setPasswordByToken(db: Db, t: { tokenId: number; staffId: number; passwordHash: string; now: Date }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await usePasswordToken(tx, t.tokenId, t.now))) return false;
    await tx.staffUser.update({ where: { id: t.staffId }, data: { passwordHash: t.passwordHash } });
    await revokePasswordTokens(tx, t.staffId, t.now);
    await tx.staffSession.deleteMany({ where: { staffId: t.staffId } });
    return true;
  });
}

/** A new link for the account, replacing its unused ones, in one transaction. */
export async function replacePasswordToken(db: Db, t: Parameters<typeof insertPasswordToken>[1]): Promise<void> {
  await db.$transaction(async (tx) => {
    await revokePasswordTokens(tx, t.staffId, t.now);
    await insertPasswordToken(tx, t);
  });
}
