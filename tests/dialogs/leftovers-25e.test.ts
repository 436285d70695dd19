// Session 25's meeting leftovers (fix25e), from a black-box tester playing a coordinator
// (/work/notes/s25/tester24/FINDINGS.md, findings 3, 6 and 7).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { meetingRow, proposedTo } from "../helpers/meeting-steps.js";
import { addMeeting, confirmMeeting } from "../../bot/staff/meetings.js";
import { handBack, takeOver } from "../../bot/staff/handoff.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(725500000);
// The suite's clock is Monday 23 November 2026, 10:00 in Stockholm.
const TUESDAY_14 = new Date("2026-11-24T13:00:00Z");
const THURSDAY_13 = new Date("2026-11-26T12:00:00Z");

const proposed = (p: Participant, startsAt: Date, location?: string) => proposedTo(suite, p, startsAt, location);
const meeting = (id: number) => meetingRow(suite, id);

describe("1. 'Ungdomen sa ja': the young person is told, and asked later the bot answers from the agreed meeting", () => {
  it("Malin (tester24 #3): Tuesday refused for Thursday, Thursday proposed while Maja has the chat, agreed, handed back", async () => {
    const p = await suite.onTeam("sv", "Malin");
    const first = await proposed(p, TUESDAY_14, "Ungdomens hus");
    suite.h.clock.advance(60_000);
    expect((await p.say("funkar inte tisdag, kan vi ta torsdag?")).join(" ")).toContain("torsdag");
    suite.h.clock.advance(60_000);
    await p.say("ja, torsdag efter lunch typ");
    const c = await suite.conversationOf(p);
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await takeOver(deps, maja, c.id);
    await p.received();
    const made = await addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString(), location: "Ungdomens hus" });
    expect(made).toMatchObject({ proposal: "own-words" });
    expect((await p.received()).join(" ")).toContain("torsdag 26 november kl. 13:00, Ungdomens hus");
    suite.h.clock.advance(60_000);
    expect(await p.say("aa torsdag funkar")).toEqual([]);
    // Maja has the chat: the words are hers, and the page says so (nothing sent behind her back).
    expect(await confirmMeeting(deps, maja, c.id, made.meetingId)).toMatchObject({ told: "yours" });
    expect(await p.received()).toEqual([]);
    await handBack(deps, maja, c.id);
    await p.received();
    suite.h.clock.advance(60_000);
    const after = (await p.say("så vi ses på torsdag då?")).join(" ");
    expect(after).not.toContain("hann inte svara");
    expect(after).toContain("torsdag 26 november kl. 13:00");
    expect(await suite.conversationOf(p)).toMatchObject({ status: "bot" });
    expect(await meeting(first)).toMatchObject({ status: "reschedule-requested" });
    suite.h.clock.advance(60_000);
    const still = (await p.say("ses vi fortfarande på torsdag?")).join(" ");
    expect(still).not.toContain("Du bad om en annan tid");
    expect(still).toContain("torsdag 26 november kl. 13:00, Ungdomens hus");
    suite.h.clock.advance(60_000);
    expect((await p.say("när ses vi?")).join(" ")).toContain("torsdag 26 november kl. 13:00");
  });

  it("handed back before 'Ungdomen sa ja': one short confirmation naming Maja, the day, the time and the place", async () => {
    const p = await suite.onTeam("sv", "Tilde");
    const c = await suite.conversationOf(p);
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await takeOver(deps, maja, c.id);
    const { meetingId } = await addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString(), location: "Biblioteket" });
    await p.received();
    await p.say("aa det funkar");
    await handBack(deps, maja, c.id);
    // The word at the hand-back (fix25g) comes first, on its own.
    expect((await p.received()).join(" ")).toMatch(/Tillit, boten/);
    expect(await confirmMeeting(deps, maja, c.id, meetingId)).toMatchObject({ told: "sent", reminders: 2 });
    const got = await p.received();
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("Maja");
    expect(got[0]).toContain("torsdag 26 november kl. 13:00, Biblioteket");
    suite.h.clock.advance(60_000);
    expect((await p.say("ses vi fortfarande på torsdag?")).join(" ")).toContain("torsdag 26 november kl. 13:00, Biblioteket");
  });

  it("in English; sent though two of Tillit's messages stand unanswered; nothing after STOPP", async () => {
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    const p = await suite.onTeam("en", "Jay");
    const c = await suite.conversationOf(p);
    await takeOver(deps, maja, c.id);
    const { meetingId } = await addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString() });
    await p.received();
    await p.say("yeah works");
    await handBack(deps, maja, c.id);
    expect(await confirmMeeting(deps, maja, c.id, meetingId)).toMatchObject({ told: "sent" });
    expect((await p.received()).join(" ")).toContain("Thursday 26 November");
    // Onboarding's last question and the proposal, unanswered: the confirmation is the team's answer to the proposal,
    // not held back by the two (fix25h, tester25 #4: Ida never got it); quiet hours still hold it (leftovers-25h 2).
    const q = await suite.onTeam("sv", "Noa");
    const agreed = await proposed(q, THURSDAY_13);
    expect(await confirmMeeting(deps, maja, (await suite.conversationOf(q)).id, agreed)).toMatchObject({ told: "sent" });
    expect((await q.received()).join(" ")).toContain("torsdag 26 november");
    const r = await suite.onTeam("sv", "Stina");
    const other = await proposed(r, THURSDAY_13);
    await r.say("STOPP");
    await r.received();
    expect(await confirmMeeting(deps, maja, (await suite.conversationOf(r)).id, other)).toMatchObject({ told: "not-sent" });
    expect(await r.received()).toEqual([]);
  });
});

describe("2. proposing a meeting does not silently take the conversation", () => {
  it("after 'funkar inte tisdag, kan vi ta torsdag?' (the team asked for a new time): Tillit's proposal naming Maja, the bot keeps talking, the wish answered", async () => {
    const p = await suite.onTeam("sv", "Malin");
    await proposed(p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    await p.say("funkar inte tisdag, kan vi ta torsdag?");
    const c = await suite.conversationOf(p);
    expect(c).toMatchObject({ status: "waiting", handoffReason: "meeting" });
    const made = await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, { startsAt: THURSDAY_13.toISOString(), location: "Ungdomens hus" });
    expect(made).toMatchObject({ proposal: "sent" });
    const got = (await p.received()).join(" ");
    expect(got).toContain("Maja");
    expect(got).toContain("torsdag 26 november kl. 13:00");
    expect(await suite.conversationOf(p)).toMatchObject({ status: "bot" });
    suite.h.clock.advance(60_000);
    expect((await p.say("aa")).join(" ")).toContain("Toppen! Då ses ni torsdag 26 november");
    expect(await meeting(made.meetingId)).toMatchObject({ status: "confirmed" });
  });

  it("a message passed on to Maja waits: the proposal is Tillit's, and the row stays waiting with its wait time", async () => {
    const p = await suite.onTeam("sv", "Ebba");
    await p.say("säg till maja att jag är sjuk idag");
    const c = await suite.conversationOf(p);
    expect(c).toMatchObject({ status: "waiting", handoffReason: "message" });
    suite.h.clock.advance(5 * 60_000);
    const made = await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, { startsAt: THURSDAY_13.toISOString() });
    expect(made).toMatchObject({ proposal: "sent" });
    expect((await p.received()).join(" ")).toContain("Maja");
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "message", waitingSince: c.waitingSince, takenOverAt: null });
  });

  it("Alex waits for a person (tester24 #6): nothing is sent until Maja is told the proposal takes the conversation, and goes ahead", async () => {
    const p = await suite.onTeam("en", "Alex");
    await p.say("can I talk to someone about getting a job?");
    const c = await suite.conversationOf(p);
    expect(c).toMatchObject({ status: "waiting" });
    suite.h.clock.advance(5 * 60_000);
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await expect(addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString() })).rejects.toMatchObject({ error: "takes-over" });
    expect(await p.received()).toEqual([]);
    expect(await suite.h.tillit.db.meeting.count({ where: { participantId: c.participantId } })).toBe(0);
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", waitingSince: c.waitingSince });
    expect(await addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString(), takeOver: true })).toMatchObject({ proposal: "own-words" });
    expect((await p.received()).join(" ")).toContain("Thursday 26 November");
    expect(await suite.conversationOf(p)).toMatchObject({ status: "human" });
  });
});

describe("4. the time they just refused", () => {
  it("proposing Tuesday again after 'funkar inte tisdag' is asked about first; gone ahead with, it is sent", async () => {
    const p = await suite.onTeam("sv", "Maria");
    await proposed(p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    await p.say("funkar inte tisdag, kan vi ta torsdag?");
    const c = await suite.conversationOf(p);
    const deps = suite.staffDeps();
    const maja = suite.w.accounts.coordA.actor;
    await expect(addMeeting(deps, maja, c.id, { startsAt: TUESDAY_14.toISOString() })).rejects.toMatchObject({ error: "refused-before" });
    expect(await p.received()).toEqual([]);
    expect(await addMeeting(deps, maja, c.id, { startsAt: TUESDAY_14.toISOString(), despiteRefusal: true })).toMatchObject({ proposal: "sent" });
    expect((await p.received()).join(" ")).toContain("tisdag 24 november");
    // Another time is no question (held here: two of Tillit's proposals stand unanswered).
    expect(await addMeeting(deps, maja, c.id, { startsAt: THURSDAY_13.toISOString() })).toMatchObject({ proposal: "held" });
  });
});

describe("6. 'Thursday ignored': their wish is heard, and kept in their words on the meeting's row", () => {
  it("'funkar inte tisdag, kan vi ta torsdag?' is answered with Thursday; 'ja, torsdag efter lunch typ' after it adds to the wish", async () => {
    const p = await suite.onTeam("sv", "Wilma");
    const id = await proposed(p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    const reply = (await p.say("funkar inte tisdag, kan vi ta torsdag?")).join(" ");
    expect(reply).toMatch(/torsdag i stället|torsdag passar dig bättre/);
    expect(reply).not.toContain("Vill du att");
    suite.h.clock.advance(60_000);
    const more = (await p.say("ja, torsdag efter lunch typ")).join(" ");
    expect(more).not.toContain("förstår inte allt");
    expect(more).toMatch(/veta också|ser .* också/);
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested", requestedTime: "funkar inte tisdag, kan vi ta torsdag? / ja, torsdag efter lunch typ" });
  });
});
