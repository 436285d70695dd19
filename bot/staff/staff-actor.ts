// Who is acting in the staff inbox or Slack, with the teams that bound what they may see.
import type { Db } from "../db/client.js";
import { staffAccount, type StaffLocale } from "../db/staff-users.js";

export const staffRoles = ["coordinator", "teamlead", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffActor {
  id: number;
  email: string;
  displayName: string;
  firstName: string;
  role: StaffRole;
  teamIds: number[];
  /** The staff inbox's language. */
  locale?: StaffLocale;
}

/** The active staff member with this id (disabled accounts are no one). */
export async function loadStaffActor(db: Db, staffId: number): Promise<StaffActor | undefined> {
  const staff = await staffAccount(db, staffId);
  if (!staff || staff.disabledAt) return undefined;
  return { id: staff.id, email: staff.email, displayName: staff.displayName, firstName: staff.firstName, role: staff.role as StaffRole, teamIds: staff.teamIds, locale: staff.locale };
}

/** Admins see every team (and participants without one); everyone else only their own teams. */
export function canSeeTeam(actor: StaffActor, teamId: number | null): boolean {
  return actor.role === "admin" || (teamId !== null && actor.teamIds.includes(teamId));
}
