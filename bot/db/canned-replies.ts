// The CannedReply table: a team's ready-made replies, oldest first (the order a team lead wrote them).
import type { Db } from "./client.js";

export interface CannedReplyRow {
  id: number;
  teamId: number;
  title: string;
  body: string;
  updatedAt: Date;
}

const columns = { id: true, teamId: true, title: true, body: true, updatedAt: true } as const;

export function cannedRepliesOf(db: Db, teamId: number): Promise<CannedReplyRow[]> {
  return db.cannedReply.findMany({ where: { teamId }, orderBy: { id: "asc" }, select: columns });
}

export function insertCannedReply(db: Db, r: { teamId: number; title: string; body: string; createdById: number; now: Date }): Promise<CannedReplyRow> {
  return db.cannedReply.create({ data: { teamId: r.teamId, title: r.title, body: r.body, createdById: r.createdById, createdAt: r.now, updatedAt: r.now }, select: columns });
}

/** Changes a reply of this team; undefined when the team has no such reply. */
export async function updateCannedReply(db: Db, r: { id: number; teamId: number; title: string; body: string; now: Date }): Promise<CannedReplyRow | undefined> {
  const { count } = await db.cannedReply.updateMany({ where: { id: r.id, teamId: r.teamId }, data: { title: r.title, body: r.body, updatedAt: r.now } });
  return count ? ((await db.cannedReply.findUnique({ where: { id: r.id }, select: columns })) ?? undefined) : undefined;
}

/** False when the team has no such reply. */
export async function deleteCannedReply(db: Db, id: number, teamId: number): Promise<boolean> {
  const { count } = await db.cannedReply.deleteMany({ where: { id, teamId } });
  return count > 0;
}
