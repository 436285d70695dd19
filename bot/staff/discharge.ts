// Discharge from the inbox: a coordinator records how the contact ended; Tillit then asks the young
// person for a final self-rating and tells them about the six months of follow-up, which they may
// decline (dialogs/discharge.dialog.ts). The farewell is written with the discharge and sent at once
// on the guarded path of every automated message; should the process die first, the nudge sender
// finds it due.
import { z } from "zod";
import { dischargeOutcomes, recordDischarge } from "../db/discharge.js";
import { PlanError } from "../plans/plan-error.js";
import { type StaffActor } from "./staff-actor.js";
import { participantOf, type NudgeAdminDeps } from "./nudge-admin.js";

export const dischargeInput = z.object({
  outcome: z.enum(dischargeOutcomes, { error: `outcome must be one of: ${dischargeOutcomes.join(", ")}` }),
});

export async function discharge(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const { outcome } = dischargeInput.parse(body);
  const p = await participantOf(deps, actor, conversationId, "participant.discharged");
  if (p.status === "discharged") throw new PlanError("already-discharged");
  const now = deps.now();
  const made = await deps.sql.transaction((tx) => recordDischarge(tx, { participantId: p.id, outcome, staffId: actor.id, now }));
  const farewell = made.farewellNudgeId === null ? "none" : await deps.nudges.sendNow(made.farewellNudgeId);
  return { outcome, cancelled: made.cancelled, followUpScheduleId: made.followUpScheduleId, farewell };
}
