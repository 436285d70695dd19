// Meeting steps the transcript tests share: a meeting proposed by the team as Tillit's message (the proposal
// read off the young person's phone), and the meeting's row as stored.
import { expect } from "vitest";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";
import type { Participant } from "./conversation.js";
import type { OfficeHoursSuite } from "./office-hours-suite.js";

/** Proposes a meeting to `p` and returns its id, once the proposal has reached them. */
export async function proposedTo(suite: OfficeHoursSuite, p: Participant, startsAt: Date, location?: string): Promise<number> {
  const { h } = suite;
  const { meetingId, outcome } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: (await p.record()).id, startsAt, location });
  expect(outcome).toBe("sent");
  await p.received();
  return meetingId;
}

export const meetingRow = (suite: OfficeHoursSuite, id: number) => suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id } });
