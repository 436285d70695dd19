// Applies the domain writes a dialog asked for, inside the turn's transaction.
import type { SqlExecutor } from "./db/sql.js";
import type { TurnEffect } from "./runtime/turn-types.js";

export async function applyEffects(tx: SqlExecutor, participantId: number, effects: TurnEffect[], now: Date): Promise<void> {
  for (const effect of effects) {
    switch (effect.kind) {
      case "set-preferred-name":
        await tx.execute(`UPDATE "Participant" SET "preferredName" = ?, "updatedAt" = ? WHERE "id" = ?`, [effect.name, now, participantId]);
        break;
      case "set-language":
        await tx.execute(`UPDATE "Participant" SET "language" = ?, "updatedAt" = ? WHERE "id" = ?`, [effect.language, now, participantId]);
        break;
      case "set-status":
        // Never overrides an opt-out: only START words reverse that.
        await tx.execute(`UPDATE "Participant" SET "status" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'opted-out'`, [effect.status, now, participantId]);
        break;
    }
  }
}
