// The setup most transcript files share: one simulator harness for the file, the clock set (by default to
// Monday 10:00 in Stockholm, the office open, before each test), participants on phone numbers of the file's
// own, and, for files whose coordinators act through the inbox's staff functions, the staff world with
// someone on team Nord (Maja and Kim's).
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { onboardedParticipant, Participant } from "./conversation.js";
import { staffWorld, type StaffWorld } from "./staff.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";

export const MONDAY_10_STOCKHOLM = Date.parse("2026-11-23T09:00:00Z");

export interface SuiteOptions {
  /**
   * Where the clock is: set to this before each test (the default, Monday 10:00), set once when the harness
   * has started (`{ once }`), or left to the tests ("none").
   */
  clock?: number | { once: number } | "none";
  /** The staff world is made when the harness starts (otherwise at the first `onTeam` or `joinTeam`). */
  staff?: boolean;
}

export interface OfficeHoursSuite {
  /** The file's harness (set before the first test). */
  readonly h: Harness;
  /** The staff world: teams Nord and Syd, Maja and Kim on Nord (made with `staff`, or by `onTeam`/`joinTeam`). */
  readonly w: StaffWorld;
  /** Someone past consent and onboarding, on a new number. */
  onboarded(language?: "sv" | "en", name?: string): Promise<Participant>;
  /** Someone who has never written, on a new number. */
  newcomer(): Participant;
  /** A new phone number of the file's own. */
  phone(): string;
  /** The participant's first conversation row. */
  conversationOf(p: Participant): Promise<Awaited<ReturnType<Participant["record"]>>["conversations"][number]>;
  /** Puts someone who has written on team Nord, whose coordinators may write to them; their first conversation's id. */
  joinTeam(p: Pick<Participant, "record">): Promise<{ conversationId: number }>;
  /** Someone past onboarding, on team Nord. */
  onTeam(language?: "sv" | "en", name?: string): Promise<Participant>;
  /** What the inbox's staff functions are called with. */
  staffDeps(): StaffDeps;
  /**
   * Time passes to `iso` with the nudge scheduler running every `stepMs` (a quarter of an hour unless said),
   * as it does live; what the participant got meanwhile, each with when.
   */
  liveUntil(p: Participant, iso: string, stepMs?: number): Promise<{ at: string; text: string }[]>;
  /**
   * A coordinator (Kim unless said) is assigned the participant's conversation, takes it over, writes `words` and
   * hands it back; the participant's phone has read up to there. The conversation's id.
   */
  answeredAndHandedBack(p: Participant, words: string, coordinator?: "coordA" | "coordA2"): Promise<number>;
  /** A coordinator (Maja unless said) takes the conversation over and writes `words`; the phone has read them. Its id. */
  takenOverAndWritten(p: Participant, words: string, coordinator?: "coordA" | "coordA2"): Promise<number>;
}

export type StaffDeps = ReturnType<typeof depsOf>;

function depsOf(h: Harness, locales: ReturnType<typeof loadLocales>) {
  return { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now, nudges: h.tillit.nudges, locales };
}

/** A file's transcript setup, with the clock and the staff world as `options` say. */
export function transcriptSuite(firstNumber: number, options: SuiteOptions = {}): OfficeHoursSuite {
  let h: Harness | undefined;
  let w: StaffWorld | undefined;
  let n = firstNumber;
  const clock = options.clock ?? MONDAY_10_STOCKHOLM;
  let locales: ReturnType<typeof loadLocales> | undefined;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
    if (options.staff) w = await staffWorld(h);
    if (typeof clock === "object") h.clock.ms = clock.once;
  });
  afterAll(async () => h?.stop());
  if (typeof clock === "number") {
    beforeEach(() => {
      harness().clock.ms = clock;
    });
  }
  const harness = () => {
    if (!h) throw new Error("the harness starts in beforeAll");
    return h;
  };
  const phone = () => `+46${n++}`;
  const suite: OfficeHoursSuite = {
    get h() {
      return harness();
    },
    get w() {
      if (!w) throw new Error("no staff world yet: pass { staff: true }, or call onTeam or joinTeam first");
      return w;
    },
    onboarded: (language = "sv", name) => onboardedParticipant(harness(), phone(), language, name),
    newcomer: () => new Participant(harness(), phone()),
    phone,
    conversationOf: async (p) => (await p.record()).conversations[0]!,
    async joinTeam(p) {
      w ??= await staffWorld(harness());
      const record = await p.record();
      await harness().tillit.db.participant.update({ where: { id: record.id }, data: { teamId: w.teamA } });
      return { conversationId: record.conversations[0]!.id };
    },
    async onTeam(language = "sv", name) {
      const p = await suite.onboarded(language, name);
      await suite.joinTeam(p);
      return p;
    },
    staffDeps: () => depsOf(harness(), (locales ??= loadLocales())),
    async answeredAndHandedBack(p, words, coordinator = "coordA2") {
      const id = (await suite.conversationOf(p)).id;
      const deps = suite.staffDeps();
      const actor = suite.w.accounts[coordinator].actor;
      await assignConversation(deps, actor, id, actor.id);
      await suite.takenOverAndWritten(p, words, coordinator);
      await handBack(deps, actor, id);
      await p.received();
      return id;
    },
    async takenOverAndWritten(p, words, coordinator = "coordA") {
      const id = (await suite.conversationOf(p)).id;
      const deps = suite.staffDeps();
      const actor = suite.w.accounts[coordinator].actor;
      await takeOver(deps, actor, id);
      await replyAsCoordinator(deps, actor, id, words);
      await p.received();
      return id;
    },
    async liveUntil(p, iso, stepMs = 15 * 60_000) {
      const h = harness();
      const target = Date.parse(iso);
      const got: { at: string; text: string }[] = [];
      while (h.clock.ms < target) {
        h.clock.ms = Math.min(target, h.clock.ms + stepMs);
        await h.tillit.nudges.tick();
        await h.tillit.core.idle();
        for (const text of await p.received()) got.push({ at: h.clock.now().toISOString(), text });
      }
      return got;
    },
  };
  return suite;
}

/** The office open: Monday 10:00 before each test. */
export function officeHoursSuite(firstNumber: number): OfficeHoursSuite {
  return transcriptSuite(firstNumber);
}

/**
 * Maja marks the participant's latest message `told` as a missed crisis in the inbox (the staff raise), and the
 * clock moves on five minutes, as it does between her reading and the young person's next message.
 */
export async function markedMissedByMaja(suite: OfficeHoursSuite, p: Participant, told: string): Promise<void> {
  const record = await p.record();
  const message = await suite.h.tillit.db.message.findFirstOrThrow({ where: { participantId: record.id, direction: "in", body: told }, orderBy: { id: "desc" } });
  const id = (await suite.conversationOf(p)).id;
  const maja = await suite.w.client("coordA");
  const res = await maja.post(`/conversations/${id}/messages/${message.id}/safety-label`, { label: "missed-crisis" });
  const body = (await res.json()) as { raised?: string };
  if (body.raised !== "crisis") throw new Error(`the mark raised ${JSON.stringify(body)}, not a crisis`);
  suite.h.clock.advance(5 * 60_000);
}
