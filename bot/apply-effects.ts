// Applies the domain writes a dialog asked for, inside the turn's transaction.
import type { Tx } from "./db/client.js";
import type { TurnEffect } from "./runtime/turn-types.js";

export async function applyEffects(tx: Tx, participantId: number, effects: TurnEffect[], now: Date): Promise<void> {
  for (const effect of effects) {
    switch (effect.kind) {
      case "set-preferred-name":
        await tx.participant.update({ where: { id: participantId }, data: { preferredName: effect.name, updatedAt: now } });
        break;
      case "set-language":
        await tx.participant.update({ where: { id: participantId }, data: { language: effect.language, updatedAt: now } });
        break;
      case "set-status":
        await tx.participant.updateMany({ where: { id: participantId, status: { not: "opted-out" } }, data: { status: effect.status } });
        break;
    }
  }
}
