// The answers to a check-in's "Har du tid för en kort incheckning nu?" (texter15 #13): "orka" is a no,
// not something to ask again (with "Hej Sara!" again mid-exchange); "orkar" is a yes; "senare" in the
// evening comes back before the quiet hours, not at 09:00 the next day in school; and when the day
// has no room left, the reply says tomorrow instead of "lite senare"; "nu" later that evening begins it,
// and a check-in begun by the person is not offered again the same evening.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts).
const suite = transcriptSuite(731700000, { clock: "none", staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
const liveUntil = (p: Participant, iso: string) => suite.liveUntil(p, iso);

const MINUTE = 60_000;
const phone = () => suite.phone();
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, nudges: h.tillit.nudges, now: h.clock.now });


/** Sara, evenings, team Nord; Maja's weekly check-in on Wednesday at `time`, offered on 25 November. */
async function offered(time: string, answerAt: string): Promise<Participant> {
  h.clock.ms = Date.parse("2026-11-24T13:00:00Z"); // Tuesday 14:00 in Stockholm
  const p = await onboardedParticipant(h, phone());
  const r = await p.record();
  await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA } });
  await addSchedule(staffDeps(), w.accounts.coordA.actor, r.conversations[0]!.id, { kind: "weekly", weekday: 3, time, dialog: "check-in" });
  await p.received();
  const got = await liveUntil(p, answerAt);
  expect(got.map((m) => m.text).join(" ")).toMatch(/incheckning/);
  return p;
}

describe("the check-in's offer, answered in their words", () => {
  it("'orka' is a no: kindly left, not asked again", async () => {
    const p = await offered("15:00", "2026-11-25T16:00:00Z");
    const reply = await p.say("orka");
    expect(reply).toHaveLength(1);
    expect(reply[0]).not.toMatch(/förstod inte|incheckning|Hej/);
    expect(reply[0]).toMatch(/Helt okej|Inga problem/);
    expect((await p.record()).checkIns).toHaveLength(0);
  });

  it("'orkar' is a yes: the check-in begins", async () => {
    const p = await offered("15:00", "2026-11-25T16:00:00Z");
    expect((await p.say("orkar")).join(" ")).toMatch(/1-10/);
  });

  it("asked again, the offer does not greet a second time", async () => {
    const p = await offered("15:00", "2026-11-25T16:00:00Z");
    const reply = await p.say("bananer");
    expect(reply.join(" ")).toMatch(/incheckning/);
    expect(reply.join(" ")).not.toMatch(/Hej/);
  });

  it("'senare' at 19:00 comes back this evening, before the quiet hours, not at 09:00 tomorrow", async () => {
    const p = await offered("18:30", "2026-11-25T18:00:00Z"); // Wednesday 19:00
    expect((await p.say("senare")).join(" ")).toMatch(/lite senare/);
    const back = await liveUntil(p, "2026-11-26T10:00:00Z");
    expect(back).toHaveLength(1);
    expect(back[0]!.text).toMatch(/incheckning/);
    expect(Date.parse(back[0]!.at)).toBeLessThanOrEqual(Date.parse("2026-11-25T20:00:00Z")); // by 21:00 in Stockholm
  });

  it("'senare' at 20:30 says tomorrow, and it comes tomorrow", async () => {
    const p = await offered("20:00", "2026-11-25T19:30:00Z"); // Wednesday 20:30
    const reply = await p.say("senare");
    expect(reply.join(" ")).toMatch(/i morgon/);
    expect(reply.join(" ")).not.toMatch(/lite senare/);
    const back = await liveUntil(p, "2026-11-26T20:00:00Z");
    expect(back).toHaveLength(1);
    expect(back[0]!.at.slice(0, 10)).toBe("2026-11-26");
  });

  it("'nu' after 'senare' begins the check-in, and it is not offered again that evening", async () => {
    const p = await offered("16:00", "2026-11-25T16:00:00Z"); // Wednesday 17:00
    expect((await p.say("senare")).join(" ")).toMatch(/lite senare/);
    h.clock.advance(2 * 60 * MINUTE);
    expect((await p.say("nu")).join(" ")).toMatch(/1-10/);
    expect(await liveUntil(p, "2026-11-26T08:00:00Z")).toEqual([]);
  });

  it("a check-in begun with 'kolla läget' after 'senare' is not offered again that evening", async () => {
    const p = await offered("16:00", "2026-11-25T16:00:00Z");
    await p.say("senare");
    h.clock.advance(60 * MINUTE);
    expect((await p.say("kolla läget")).join(" ")).toMatch(/1-10/);
    await p.say("7");
    expect((await liveUntil(p, "2026-11-26T08:00:00Z")).map((m) => m.text).join(" ")).not.toMatch(/incheckning/);
  });
});
