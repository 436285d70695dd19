// A participant's team, as the admin's move and the live-update filter read and change it.
import type { Db } from "./client.js";
import type { SqlExecutor } from "./sql.js";

/** The participant's team (null: none), or undefined for an unknown id. */
export async function participantTeamId(db: Db, id: number): Promise<number | null | undefined> {
  const p = await db.participant.findUnique({ where: { id }, select: { teamId: true } });
  return p ? p.teamId : undefined;
}

/** Places the participant in a team; their coordinator is chosen again there. */
export async function moveParticipantTeam(db: Db, id: number, teamId: number): Promise<void> {
  await db.participant.update({ where: { id }, data: { teamId, coordinatorId: null } });
}

/**
 * The first names of the people on the participant's team (not disabled), and of anyone from the team who has written
 * to them or has a meeting with them: "vem är demo förresten?" asks about one of them (tester24 #9).
 */
export async function teamStaffNames(sql: SqlExecutor, participantId: number): Promise<string[]> {
  const rows = await sql.query(
    `SELECT s."firstName" FROM "StaffUser" s JOIN "StaffMembership" m ON m."staffId" = s."id" JOIN "Participant" p ON p."teamId" = m."teamId"
      WHERE p."id" = ? AND s."disabledAt" IS NULL
     UNION
     SELECT s."firstName" FROM "Message" g JOIN "StaffUser" s ON s."id" = g."authorStaffId" WHERE g."participantId" = ?
     UNION
     SELECT s."firstName" FROM "Meeting" g JOIN "StaffUser" s ON s."id" = g."coordinatorId" WHERE g."participantId" = ?`,
    [participantId, participantId, participantId],
  );
  return rows.map((r) => String(r.firstName));
}
