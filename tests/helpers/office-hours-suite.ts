// The setup most transcript files share: one simulator harness for the file, the clock at Monday 10:00
// in Stockholm (the office open) before each test, and participants on phone numbers of the file's own.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startHarness, type Harness } from "./harness.js";
import { onboardedParticipant, Participant } from "./conversation.js";

export const MONDAY_10_STOCKHOLM = Date.parse("2026-11-23T09:00:00Z");

export interface OfficeHoursSuite {
  /** The file's harness (set before the first test). */
  readonly h: Harness;
  /** Someone past consent and onboarding, on a new number. */
  onboarded(language?: "sv" | "en"): Promise<Participant>;
  /** Someone who has never written, on a new number. */
  newcomer(): Participant;
  /** The participant's first conversation row. */
  conversationOf(p: Participant): Promise<Awaited<ReturnType<Participant["record"]>>["conversations"][number]>;
}

export function officeHoursSuite(firstNumber: number): OfficeHoursSuite {
  let h: Harness | undefined;
  let n = firstNumber;
  beforeAll(async () => {
    h = await startHarness({}, { simulator: true });
  });
  afterAll(async () => h?.stop());
  beforeEach(() => {
    harness().clock.ms = MONDAY_10_STOCKHOLM;
  });
  const harness = () => {
    if (!h) throw new Error("the harness starts in beforeAll");
    return h;
  };
  return {
    get h() {
      return harness();
    },
    onboarded: (language = "sv") => onboardedParticipant(harness(), `+46${n++}`, language),
    newcomer: () => new Participant(harness(), `+46${n++}`),
    conversationOf: async (p) => (await p.record()).conversations[0]!,
  };
}
