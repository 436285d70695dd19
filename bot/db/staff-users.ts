// StaffUser lookups for the channels that name or recognise a coordinator (Slack).
import type { Db } from "./client.js";

export async function staffFirstName(db: Db, staffId: number): Promise<string | undefined> {
  return (await db.staffUser.findUnique({ where: { id: staffId }, select: { firstName: true } }))?.firstName;
}

/** The staff member mapped to this Slack user, if any. */
export async function staffIdForSlackUser(db: Db, slackUserId: string): Promise<number | undefined> {
  return (await db.staffUser.findUnique({ where: { slackUserId }, select: { id: true } }))?.id;
}
