// Session 24's inbox leftovers (fix24a), the staff API side:
// 2. "Ungdomen vill byta tid": a coordinator who has the conversation read "funkar inte tisdag, kan vi ta torsdag
//    istället?" and could only record "sa ja" or "ställde in". A proposed or agreed meeting can now be marked as
//    wanting another time: its reminders (or a proposal still held) go, it is audited, and the new time is proposed
//    as any meeting is.
// 1. The team's time zone is said to the page (/me), which reads and writes times in it (tests/browser/inbox-24a).
// 3, 4. Already so after fix23c (tests/browser/inbox-signals-23c.test.ts): "Sammanfatta (språkmodell)" is not offered
//    without a language model, and the method's step names follow the interface's language. What is left to prove
//    here: no engineering words ("the trained screen's assessment") anywhere in the staff inbox's words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { readFileSync } from "node:fs";
import path from "node:path";

let h: Harness;
let w: StaffWorld;
let n = 732400000;
const phone = () => `+46${n++}`;

beforeAll(async () => {
  h = await startHarness();
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

const delivered = () => eventually(async () => (await h.tillit.db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
const meeting = (id: number) => h.tillit.db.meeting.findUniqueOrThrow({ where: { id } });

describe("2. the young person wants another time", () => {
  it("a proposal in the coordinator's own words, marked 'vill byta tid'; the new time proposed; another team can do neither", async () => {
    const maja = await w.client("coordA");
    const olle = await w.client("coordB");
    const p = phone();
    const { conversationId } = await w.participant("A", p, "Sam");
    expect((await maja.post(`/conversations/${conversationId}/takeover`)).status).toBe(200);
    const first = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-24T14:00:00+01:00" })).json();
    expect(first.proposal).toBe("own-words");
    await delivered();

    expect((await olle.post(`/conversations/${conversationId}/meetings/${first.meetingId}/reschedule`)).status).toBe(404);
    const marked = await maja.post(`/conversations/${conversationId}/meetings/${first.meetingId}/reschedule`);
    expect(marked.status).toBe(200);
    expect(await meeting(first.meetingId)).toMatchObject({ status: "reschedule-requested", outcome: null });
    expect(await h.tillit.db.auditLog.count({ where: { action: "meeting.reschedule-requested", actorId: w.accounts.coordA.id, subjectId: String(conversationId) } })).toBe(1);
    // Said once: a meeting that is no longer open is a conflict.
    expect((await maja.post(`/conversations/${conversationId}/meetings/${first.meetingId}/reschedule`)).status).toBe(409);
    expect((await maja.post(`/conversations/${conversationId}/meetings/999999/reschedule`)).status).toBe(404);

    const second = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00" })).json();
    await delivered();
    expect(h.fake.sentTo(p).at(-1)?.body).toBe("Ska vi ses torsdag 26 november kl. 14:00? Svara här, så ser jag det.\n/Maja");
    const list = await maja.json(`/conversations/${conversationId}/meetings`);
    expect(list.meetings.map((m: { id: number; status: string }) => [m.id, m.status])).toEqual([[second.meetingId, "proposed"], [first.meetingId, "reschedule-requested"]]);
  });

  it("an agreed meeting marked 'vill byta tid' loses its reminders", async () => {
    const maja = await w.client("coordA");
    const { conversationId, participantId } = await w.participant("A", phone(), "Ebba");
    const made = await (await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: "2026-11-26T14:00:00+01:00", alreadyAgreed: true })).json();
    expect(made.reminders).toBe(2);
    expect((await maja.post(`/conversations/${conversationId}/meetings/${made.meetingId}/reschedule`)).status).toBe(200);
    expect(await meeting(made.meetingId)).toMatchObject({ status: "reschedule-requested" });
    expect(await h.tillit.db.nudge.count({ where: { participantId, meetingId: made.meetingId, status: "scheduled" } })).toBe(0);
  });
});

describe("1. the team's time zone", () => {
  it("/me names the zone the inbox reads and writes times in", async () => {
    const maja = await w.client("coordA");
    expect(await maja.json("/me")).toMatchObject({ timeZone: "Europe/Stockholm" });
  });
});

describe("4. the staff inbox's words", () => {
  it("say the automatic reading plainly, never 'the trained screen' or a model's jargon, in either language", () => {
    // The page's dictionaries, read as the text they are (browser modules, no types for the compiler).
    const words = ["strings-sv.js", "strings-en.js"].map((f) => readFileSync(path.resolve(import.meta.dirname, "../../bot/web/staff", f), "utf8")).join("\n");
    expect(words.replace(/"[\w.:-]+":/g, "")).not.toMatch(/tränade?|trained|classifier|klassificerare|confidence|konfidens/i);
    // Said as the messages say it, "(skärmen)" (fix25d, tests/staff/handback-25d.test.ts 4).
    expect(words).toContain('"label.concern.trained-screen": "skärmen"');
    expect(words).toContain(`"label.concern.trained-screen": "the screen"`);
  });
});
