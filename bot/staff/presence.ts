// Who else has a conversation open, and who is writing a reply in it: so two coordinators do not answer
// the same young person at once. Kept in memory for a short while (each open page says so again every
// few seconds) and relayed to other instances as an event. Only names, never content; not audited as a
// read (opening the conversation already was), but bound to the team like everything else.
import { z } from "zod";
import type { Sql } from "../db/sql.js";
import { conversationTeam } from "../db/inbox-queries.js";
import type { EventBus } from "../infrastructure/events.js";
import { AccessDeniedError } from "./access.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";

/** A page that stops saying it is there is gone after this long. */
export const PRESENCE_TTL_MS = 25_000;

export const presenceBody = z.object({ typing: z.boolean() }).strict();

export interface PresentStaff {
  staffId: number;
  name: string;
  typing: boolean;
}

export class PresenceBoard {
  private readonly byConversation = new Map<number, Map<number, PresentStaff & { until: number }>>();
  private readonly off: () => void;

  constructor(private readonly deps: { sql: Sql; events: EventBus; now: () => Date }) {
    this.off = deps.events.onShared("staff.presence", (e) => this.record(e));
  }

  close(): void {
    this.off();
  }

  /** This staff member has the conversation open (typing or not); the others there now. */
  async here(actor: StaffActor, conversationId: number, body: unknown): Promise<{ people: PresentStaff[] }> {
    const { typing } = presenceBody.parse(body);
    const team = await conversationTeam(this.deps.sql, conversationId);
    if (!team || !canSeeTeam(actor, team.teamId)) throw new AccessDeniedError(`No access to conversation ${conversationId}`);
    const until = this.deps.now().getTime() + PRESENCE_TTL_MS;
    this.deps.events.emit("staff.presence", { conversationId, participantId: team.participantId, staffId: actor.id, name: actor.firstName, typing, until });
    return { people: this.others(conversationId, actor.id) };
  }

  /** Who else is in the conversation now. */
  others(conversationId: number, staffId: number): PresentStaff[] {
    const now = this.deps.now().getTime();
    const here = this.byConversation.get(conversationId);
    if (!here) return [];
    for (const [id, p] of here) if (p.until <= now) here.delete(id);
    if (!here.size) this.byConversation.delete(conversationId);
    return [...here.values()].filter((p) => p.staffId !== staffId).map(({ staffId: id, name, typing }) => ({ staffId: id, name, typing }));
  }

  private record(e: { conversationId: number; staffId: number; name: string; typing: boolean; until: number }): void {
    let here = this.byConversation.get(e.conversationId);
    if (!here) this.byConversation.set(e.conversationId, (here = new Map()));
    here.set(e.staffId, { staffId: e.staffId, name: e.name, typing: e.typing, until: e.until });
  }
}
