// Staff accounts and teams: created by `npm run staff:create`, by an admin in the inbox, and for the
// zero-config demo. Input is validated here so every entry point applies the same rules.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { emailTaken, insertStaff } from "../db/staff-users.js";
import { insertTeam, slugTaken, teamsBySlugs } from "../db/teams.js";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords.js";
import { staffRoles } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

export const teamInput = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "2–40 letters a–z, digits or dashes"),
  name: z.string().trim().min(1).max(80),
  slackChannelId: z.string().trim().regex(/^[CG][A-Z0-9]{6,}$/, "a Slack channel id such as C0123ABCD").optional(),
});

export const newPassword = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200, "at most 200 characters");

export const staffInput = z.object({
  // Trimmed before it is checked: an address pasted with a space around it is still that address.
  email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
  displayName: z.string().trim().min(1).max(80),
  firstName: z.string().trim().min(1).max(40).optional(),
  password: newPassword,
  role: z.enum(staffRoles).default("coordinator"),
  teamSlugs: z.array(z.string().trim().toLowerCase()).default([]),
  slackUserId: z.string().trim().regex(/^[UW][A-Z0-9]{6,}$/, "a Slack user id such as U0123ABCD").optional(),
});

/** An invitation: the account without a password (set through a one-time link). */
export const inviteInput = staffInput.omit({ password: true });

export class AccountError extends DomainError {
  constructor(message: string) {
    super("conflict", "conflict", { detail: message });
  }
}

export async function createTeam(db: Db, input: z.input<typeof teamInput>, opts: { isDemo?: boolean } = {}) {
  const team = teamInput.parse(input);
  if (await slugTaken(db, team.slug)) throw new AccountError(`A team with the slug "${team.slug}" already exists`);
  return insertTeam(db, { ...team, isDemo: opts.isDemo ?? false });
}

/** The teams with these slugs; every slug must exist, and anyone but an admin needs one. */
export async function teamsForRole(db: Db, role: string, slugs: string[]) {
  const teams = await teamsBySlugs(db, slugs);
  const missing = slugs.filter((slug) => !teams.some((t) => t.slug === slug));
  if (missing.length) throw new AccountError(`No team with the slug ${missing.map((m) => `"${m}"`).join(", ")}`);
  if (role !== "admin" && teams.length === 0) throw new AccountError("A coordinator or team lead needs at least one team");
  return teams;
}

export async function createStaff(db: Db, input: z.input<typeof staffInput>, opts: { isDemo?: boolean } = {}) {
  const staff = staffInput.parse(input);
  return insertAccount(db, staff, await hashPassword(staff.password), opts);
}

/** An account with no password yet: it cannot sign in until its one-time link is used. */
export async function createInvitedStaff(db: Db, input: unknown) {
  return insertAccount(db, inviteInput.parse(input), null, {});
}

async function insertAccount(db: Db, staff: z.output<typeof inviteInput>, passwordHash: string | null, opts: { isDemo?: boolean }) {
  const teams = await teamsForRole(db, staff.role, staff.teamSlugs);
  if (await emailTaken(db, staff.email)) throw new AccountError("An account with that e-mail address already exists");
  return insertStaff(db, {
    email: staff.email,
    displayName: staff.displayName,
    firstName: staff.firstName ?? staff.displayName.split(/\s+/)[0]!,
    passwordHash,
    role: staff.role,
    slackUserId: staff.slackUserId,
    isDemo: opts.isDemo ?? false,
    teamIds: teams.map((t) => t.id),
  });
}
