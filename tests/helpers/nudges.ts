// Nudge test helpers: schedulers on the harness's database and clock, participants made directly
// (onboarded with consent, no preferred times unless given), and what each participant was sent.
import { NudgeScheduler, type NudgeSettings } from "../../bot/nudges/nudge-scheduler.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import type { Harness } from "./harness.js";

const locales = loadLocales();

export const defaultSettings: NudgeSettings = {
  pollMs: 600_000, leaseMs: 120_000, perSecond: 100, staleMs: 12 * 3_600_000, backoffAfter: 2, stopAfter: 4, holdMs: 60 * 60_000,
};

export function scheduler(h: Harness, settings: Partial<NudgeSettings> = {}): NudgeScheduler {
  const t = h.tillit;
  return new NudgeScheduler({ sql: t.sql, core: t.core, locales, events: t.events, log: t.log, now: h.clock.now, settings: { ...defaultSettings, ...settings } });
}

let phoneCounter = 0;

export async function participant(h: Harness, opts: { preferred?: string[]; teamId?: number; name?: string; language?: "sv" | "en" } = {}) {
  const db = h.tillit.db;
  const p = await db.participant.create({
    data: {
      phone: `+4670${String(5_100_000 + ++phoneCounter).padStart(7, "0")}`, language: opts.language ?? "sv", status: "active", preferredName: opts.name ?? "Kim",
      preferredTimes: opts.preferred ? JSON.stringify(opts.preferred) : null, onboardedAt: h.clock.now(), teamId: opts.teamId ?? null,
      // Onboarded means they said yes to data processing: check-ins and ratings may be asked.
      consents: { create: { kind: "data-processing", granted: true, method: "chat", createdAt: h.clock.now() } },
    },
  });
  const c = await db.conversation.create({ data: { participantId: p.id } });
  return { participantId: p.id, conversationId: c.id, phone: p.phone! };
}

/** Bodies sent to the participant (bot and coordinator), oldest first, with their send instants. */
export async function sent(h: Harness, participantId: number) {
  const rows = await h.tillit.db.message.findMany({ where: { participantId, direction: "out" }, orderBy: { id: "asc" }, select: { body: true, createdAt: true } });
  return rows;
}

export const nudgesOf = (h: Harness, participantId: number) => h.tillit.db.nudge.findMany({ where: { participantId }, orderBy: { id: "asc" } });

/** Local wall-clock "YYYY-MM-DD HH:mm" in Stockholm. */
export function stockholm(d: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);
}
