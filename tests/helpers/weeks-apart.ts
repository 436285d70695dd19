// For transcript files whose tests each live in a week of their own, five weeks after the last one's (the outbox
// never sees time go back): the clock is set to that week's Monday 10:00 in Stockholm before each test.
import { beforeEach } from "vitest";
import { DateTime } from "luxon";
import type { OfficeHoursSuite } from "./office-hours-suite.js";
import type { Participant } from "./conversation.js";

const MINUTE = 60_000;

export function weeksApart(suite: OfficeHoursSuite) {
  let week = 0;
  /** ISO weekday (1 = Monday) and "HH:mm" of the test's week, Stockholm time. */
  const local = (weekday: number, time: string, weeksLater = 0): number => {
    const [hour, minute] = time.split(":").map(Number);
    return DateTime.fromISO("2026-11-23T00:00:00", { zone: "Europe/Stockholm" })
      .plus({ weeks: week + weeksLater, days: weekday - 1 })
      .set({ hour, minute })
      .toMillis();
  };
  beforeEach(() => {
    week += 5;
    suite.h.clock.ms = local(1, "10:00");
  });
  /** A minute later, the participant says `text`; Tillit's replies joined. */
  const say = async (p: Participant, text: string): Promise<string> => {
    suite.h.clock.advance(MINUTE);
    return (await p.say(text)).join(" ");
  };
  return { local, say };
}
