// A coordinator's own words for a time they chose (a one-off text in the inbox) go out at that time
// (texter15 #15): Kim's job tip for Friday 11:00 went out on Monday, because Tillit's reply and its
// Thursday check-in had used up the row of two unanswered messages. The words are counted in the row
// (Tillit's own next initiative waits), never refused by it. Sent while the person waits for a person,
// they answer the request; a crisis still holds them until someone hands it back.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { addOneOff, addSchedule } from "../../bot/staff/nudge-admin.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts); the clock Tuesday 12:00 in Stockholm before each test.
const suite = transcriptSuite(731600000, { clock: Date.parse("2026-11-24T11:00:00Z"), staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
const liveUntil = (p: Participant, iso: string) => suite.liveUntil(p, iso, 30 * MINUTE);

const MINUTE = 60_000;
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, nudges: h.tillit.nudges, now: h.clock.now });
const kim = () => w.accounts.coordA2.actor;

/** Someone past onboarding on team Nord (the suite's onTeam), a minute on. */
async function inTeamNord(): Promise<Participant> {
  const p = await suite.onTeam("sv", "Adam");
  h.clock.advance(MINUTE);
  return p;
}
const conversationOf = (p: Participant) => suite.conversationOf(p);
const JOB = "Hej Adam! Det finns ett lagerjobb i Kungsängen, vill du höra mer?";

describe("a coordinator's one-off words", () => {
  it("go out at the time Kim chose, though Tillit's reply and check-in are unanswered; the next check-in then waits", async () => {
    const p = await inTeamNord();
    h.clock.advance(MINUTE);
    expect(await p.say("jobb")).not.toHaveLength(0); // Tillit's reply: one unanswered
    h.clock.ms = Date.parse("2026-11-24T13:00:00Z");
    const c = await conversationOf(p);
    await addSchedule(staffDeps(), kim(), c.id, { kind: "weekly", weekday: 4, time: "10:00", dialog: "check-in" });
    await addSchedule(staffDeps(), kim(), c.id, { kind: "weekly", weekday: 6, time: "10:00", dialog: "check-in" });
    const oneOff = await addOneOff(staffDeps(), kim(), c.id, { at: "2026-11-27T10:00:00Z", text: JOB });
    expect(oneOff.moved).toBe(false);
    await p.received();

    const week = await liveUntil(p, "2026-11-28T12:00:00Z");
    expect(week.filter((m) => /incheckning/.test(m.text))).toHaveLength(1); // Thursday's
    const job = week.find((m) => m.text.includes("lagerjobb"));
    expect(job?.at).toBe("2026-11-27T10:00:00.000Z"); // Friday 11:00, not Monday
    expect(job?.text).toMatch(/\/Kim|Kim/);
    // Saturday's check-in would be a fourth unanswered: Tillit's own initiative does not go out.
    expect(week.at(-1)?.text).toContain("lagerjobb");
  });

  it("sent while the person waits for a person, they answer the request: the conversation is the bot's again", async () => {
    const p = await inTeamNord();
    h.clock.advance(MINUTE);
    await p.say("prata med en människa");
    const c = await conversationOf(p);
    expect(c.status).toBe("waiting");
    await addOneOff(staffDeps(), kim(), c.id, { at: "2026-11-25T08:00:00Z", text: "Hej! Kim här. Jag ringer dig i eftermiddag, passar det?" });
    await p.received();
    const got = await liveUntil(p, "2026-11-25T09:00:00Z");
    expect(got.map((m) => m.text).join(" ")).toMatch(/Jag ringer dig i eftermiddag/);
    expect((await conversationOf(p)).status).toBe("bot");
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.request-answered", subjectId: String(c.id) } })).toBe(1);
  });

  it("are held while a crisis waits for a person", async () => {
    const p = await inTeamNord();
    h.clock.advance(MINUTE);
    await p.say("jag vill inte leva längre");
    const c = await conversationOf(p);
    expect(c).toMatchObject({ status: "waiting", priority: "crisis" });
    await addOneOff(staffDeps(), kim(), c.id, { at: "2026-11-25T08:00:00Z", text: "Hej! Kim här." });
    await p.received();
    expect(await liveUntil(p, "2026-11-25T09:00:00Z")).toEqual([]);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", priority: "crisis" });
  });
});
