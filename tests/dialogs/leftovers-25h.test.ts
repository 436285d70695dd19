// Session 25's meeting leftovers (fix25h), from a black-box tester playing Ida and her coordinator Demo
// (/work/notes/s25/tester25/FINDINGS.md, findings 3, 4, 10's "var ses vi?", 11, 12 and 14).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { meetingRow, proposedTo } from "../helpers/meeting-steps.js";
import { addMeeting, confirmMeeting } from "../../bot/staff/meetings.js";
import { wishedMeetingTime } from "../../dialogs/shared/understand-answers.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(725580000);
// The suite's clock is Monday 23 November 2026, 10:00 in Stockholm.
const TUESDAY_14 = new Date("2026-11-24T13:00:00Z");

const proposed = (p: Participant, startsAt: Date, location?: string) => proposedTo(suite, p, startsAt, location);
const meeting = (id: number) => meetingRow(suite, id);

describe("1. a day said not to work is the day refused, never the day wished", () => {
  const TUESDAY = 2;
  const THURSDAY = 4;
  it.each([
    "förlåt men tisdag funkar inte ändå, kan vi ta en annan dag?",
    "forlat men tisdag funkar inte anda kan vi ta en annan dag",
    "tisdag funkar inte, kan vi ta en annan dag?",
    "tisdag går inte, nån annan dag?",
    "tisdag kan jag inte, en annan dag istället?",
    "tisdag e kasst, kan vi ta en annan dag",
    "tisdg funkar int, annan dag?",
    "kan inte på tisdag, en annan dag kanske?",
    "sorry tuesday doesnt work after all, can we do another day?",
    "tuesday doesn't work, another day?",
    "cant do tuesday, another day?",
  ])("%s: no day wished", (text) => {
    expect(wishedMeetingTime(text)?.weekday).toBeUndefined();
  });
  it.each([
    "funkar inte tisdag, kan vi ta torsdag?",
    "tisdag funkar inte ändå, kan vi ta torsdag?",
    "tisdag funkar inte kan vi ta torsdag istället",
    "kan inte tisdag men torsdag funkar",
    "inte tisdag utan torsdag istället",
    "kan vi ta torsdag istället för tisdag?",
    "kan vi inte ta torsdag istället?",
    "varför inte torsdag istället?",
    "tuesday doesnt work, could we do thursday?",
    "cant do tuesday but thursday works",
    "torsdag passar bättre",
  ])("%s: Thursday wished", (text) => {
    expect(wishedMeetingTime(text)?.weekday).toBe(THURSDAY);
    expect(wishedMeetingTime(text)?.weekday).not.toBe(TUESDAY);
  });

  it("Ida (tester25 #3): Tuesday agreed with 'Ungdomen sa ja', then 'tisdag funkar inte ändå, kan vi ta en annan dag?' is not 'tisdag i stället'", async () => {
    const p = await suite.onTeam("sv", "Ida");
    const id = await proposed(p, TUESDAY_14, "Ungdomens hus, Storgatan 5");
    const c = await suite.conversationOf(p);
    await confirmMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, id);
    await p.received();
    suite.h.clock.advance(5 * 60_000);
    const reply = (await p.say("förlåt men tisdag funkar inte ändå, kan vi ta en annan dag?")).join(" ");
    expect(reply).not.toMatch(/tisdag i stället|tisdag passar dig bättre/);
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested" });
  });

  it("the same to a proposal still open, in English: no Tuesday 'instead'", async () => {
    const p = await suite.onTeam("en", "Ida");
    const id = await proposed(p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    const reply = (await p.say("sorry tuesday doesnt work, can we do another day?")).join(" ");
    expect(reply).not.toMatch(/Tuesday instead|Tuesday suits you better/);
    expect(await meeting(id)).toMatchObject({ status: "reschedule-requested" });
  });
});

describe("2. 'Ungdomen sa ja' after a proposal in the bot's own words: the confirmation goes", () => {
  it("Ida (tester25 #4): onboarding's last question and the proposal unanswered; the team's confirmation is their answer and goes at once", async () => {
    const p = await suite.onTeam("sv", "Ida");
    const id = await proposed(p, TUESDAY_14, "Ungdomens hus, Storgatan 5");
    const c = await suite.conversationOf(p);
    expect(await confirmMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, id)).toMatchObject({ told: "sent", reminders: 2 });
    const got = await p.received();
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("tisdag 24 november kl. 14:00, Ungdomens hus, Storgatan 5");
    expect(got[0]).toContain("Maja");
  });

  it("in quiet hours it is held, and the answer says until when", async () => {
    const p = await suite.onTeam("sv", "Elin");
    const id = await proposed(p, TUESDAY_14);
    const c = await suite.conversationOf(p);
    // Monday 23:30 in Stockholm.
    suite.h.clock.ms = Date.parse("2026-11-23T22:30:00Z");
    const told = await confirmMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, id);
    expect(told).toMatchObject({ told: "held" });
    expect(told.heldUntil).toBeDefined();
    expect(Date.parse(told.heldUntil!)).toBeGreaterThan(suite.h.clock.now().getTime());
    expect(await p.received()).toEqual([]);
  });
});

describe("4. 'var ses vi?' is answered from the meeting", () => {
  it("Elin (tester25 #10): a meeting agreed with no place: the time, and that the place is still to be said by Maja", async () => {
    const p = await suite.onTeam("sv", "Elin");
    const c = await suite.conversationOf(p);
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, { startsAt: TUESDAY_14.toISOString(), alreadyAgreed: true });
    suite.h.clock.advance(60_000);
    const reply = (await p.say("var ses vi?")).join(" ");
    expect(reply).not.toMatch(/förstår inte allt|hänger inte riktigt med/);
    expect(reply).toContain("tisdag 24 november kl. 14:00");
    expect(reply).toMatch(/plats/);
    expect(reply).toContain("Maja");
  });

  it("with a place: the place; in English too", async () => {
    const p = await suite.onTeam("sv", "Lo");
    const c = await suite.conversationOf(p);
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, c.id, { startsAt: TUESDAY_14.toISOString(), location: "Biblioteket", alreadyAgreed: true });
    suite.h.clock.advance(60_000);
    expect((await p.say("vart ska vi ses")).join(" ")).toContain("Biblioteket");
    const q = await suite.onTeam("en", "Sam");
    const d = await suite.conversationOf(q);
    await addMeeting(suite.staffDeps(), suite.w.accounts.coordA.actor, d.id, { startsAt: TUESDAY_14.toISOString(), alreadyAgreed: true });
    suite.h.clock.advance(60_000);
    const reply = (await q.say("where do we meet?")).join(" ");
    expect(reply).toContain("Tuesday 24 November");
    expect(reply).toMatch(/place/);
  });
});

describe("3. a no to meeting at all is respected", () => {
  it.each([
    ["sv", "jag klarar inte av att träffas alls just nu"],
    ["sv", "vill inte ses alls just nu"],
    ["sv", "inga möten på ett tag tack"],
    ["en", "i cant meet at all right now"],
  ] as const)("%s '%s': called off in their words, no new time offered, the door open", async (language, text) => {
    const p = await suite.onTeam(language, "Ida");
    const id = await proposed(p, TUESDAY_14);
    suite.h.clock.advance(60_000);
    const reply = (await p.say(text)).join(" ");
    expect(reply).not.toMatch(/ny tid|new time|föreslår|suggest/);
    expect(reply).toMatch(/skriva här|write here/);
    expect(await meeting(id)).toMatchObject({ status: "cancelled", requestedTime: text });
  });
});
