// Staff accounts and teams: created by `npm run staff:create`, by an admin in the inbox, and for the
// zero-config demo. Input is validated here so every entry point applies the same rules.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./passwords.js";
import { staffRoles } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

export const teamInput = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "2–40 letters a–z, digits or dashes"),
  name: z.string().trim().min(1).max(80),
  slackChannelId: z.string().trim().regex(/^[CG][A-Z0-9]{6,}$/, "a Slack channel id such as C0123ABCD").optional(),
});

export const staffInput = z.object({
  email: z.email().trim().toLowerCase().max(200),
  displayName: z.string().trim().min(1).max(80),
  firstName: z.string().trim().min(1).max(40).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  role: z.enum(staffRoles).default("coordinator"),
  teamSlugs: z.array(z.string().trim().toLowerCase()).default([]),
  slackUserId: z.string().trim().regex(/^[UW][A-Z0-9]{6,}$/, "a Slack user id such as U0123ABCD").optional(),
});

export class AccountError extends DomainError {
  constructor(message: string) {
    super("conflict", "conflict", { detail: message });
  }
}

export async function createTeam(db: Db, input: z.input<typeof teamInput>, opts: { isDemo?: boolean } = {}) {
  const team = teamInput.parse(input);
  if (await db.team.findUnique({ where: { slug: team.slug } })) throw new AccountError(`A team with the slug "${team.slug}" already exists`);
  return db.team.create({ data: { ...team, isDemo: opts.isDemo ?? false } });
}

export async function createStaff(db: Db, input: z.input<typeof staffInput>, opts: { isDemo?: boolean } = {}) {
  const staff = staffInput.parse(input);
  const teams = await db.team.findMany({ where: { slug: { in: staff.teamSlugs } } });
  const missing = staff.teamSlugs.filter((slug) => !teams.some((t) => t.slug === slug));
  if (missing.length) throw new AccountError(`No team with the slug ${missing.map((m) => `"${m}"`).join(", ")}`);
  if (staff.role !== "admin" && teams.length === 0) throw new AccountError("A coordinator or team lead needs at least one team");
  if (await db.staffUser.findUnique({ where: { email: staff.email } })) throw new AccountError("An account with that e-mail address already exists");
  return db.staffUser.create({
    data: {
      email: staff.email,
      displayName: staff.displayName,
      firstName: staff.firstName ?? staff.displayName.split(/\s+/)[0]!,
      passwordHash: await hashPassword(staff.password),
      role: staff.role,
      slackUserId: staff.slackUserId,
      isDemo: opts.isDemo ?? false,
      memberships: { create: teams.map((t) => ({ teamId: t.id })) },
    },
  });
}
