// A participant's team, as the admin's move and the live-update filter read and change it.
import type { Db } from "./client.js";

/** The participant's team (null: none), or undefined for an unknown id. */
export async function participantTeamId(db: Db, id: number): Promise<number | null | undefined> {
  const p = await db.participant.findUnique({ where: { id }, select: { teamId: true } });
  return p ? p.teamId : undefined;
}

/** Places the participant in a team; their coordinator is chosen again there. */
export async function moveParticipantTeam(db: Db, id: number, teamId: number): Promise<void> {
  await db.participant.update({ where: { id }, data: { teamId, coordinatorId: null } });
}
