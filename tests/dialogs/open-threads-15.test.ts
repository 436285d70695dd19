// Threads left open (texter15, fixp): a check-in offered by a reminder and begun with "ja" was nested inside
// the offer's dialog, so asking its question again after an offer of a person, or after a question back,
// failed the turn ("Oj, något gick fel hos mig"; Felicia at 03:22). A question asked days ago is no longer
// open: the message is read as a new one (Felicia's "ibland känns det som att jag e en dålig mamma" was
// taken as her answer to Friday's "Hur har du sovit?" on Tuesday night). A question passed on to the
// coordinator ("e det du maja?") is no request for a person to take over: two weeks later "kolla läget" got
// "Medan du väntar på Maja har jag pausat mina frågor". To an offer of a person or of a new time,
// "kanske vi kan försöka igen" is a yes (it got "Jag förstod inte riktigt"), and "men inte biblioteket. för
// mycket folk" a yes with a wish about the place, passed on (it was taken as a no).
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { understandOfferAnswer } from "../../dialogs/shared/understand-answers.js";

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts).
const suite = transcriptSuite(731900000, { clock: "none", staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const phone = () => suite.phone();
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, nudges: h.tillit.nudges, now: h.clock.now });
const locales = loadLocales();
const inboxDeps = () => ({ ...staffDeps(), locales });
const failedTurns = () => h.logs.lines.filter((l) => /turn failed/.test(l));

/** Sara on team Nord; Maja's weekly check-in on Wednesday 15:00 offered, and "ja" to it at 17:00. */
async function inOfferedCheckIn(): Promise<Participant> {
  h.clock.ms = Date.parse("2026-11-24T13:00:00Z"); // Tuesday 14:00 in Stockholm
  const p = await onboardedParticipant(h, phone());
  const r = await p.record();
  await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA } });
  await addSchedule(staffDeps(), w.accounts.coordA.actor, r.conversations[0]!.id, { kind: "weekly", weekday: 3, time: "15:00", dialog: "check-in" });
  await p.received();
  const target = Date.parse("2026-11-25T16:00:00Z");
  while (h.clock.ms < target) {
    h.clock.ms = Math.min(target, h.clock.ms + 15 * MINUTE);
    await h.tillit.nudges.tick();
    await h.tillit.core.idle();
  }
  expect((await p.received()).join(" ")).toMatch(/incheckning/);
  expect((await p.say("ja")).join(" ")).toMatch(/1-10/);
  return p;
}

describe("a check-in begun from a reminder's offer", () => {
  it("is asked again after a question back, without a failed turn", async () => {
    const before = failedTurns().length;
    const p = await inOfferedCheckIn();
    const reply = (await p.say("vem e du?")).join(" ");
    expect(reply).not.toMatch(/något gick fel/);
    expect(reply).toMatch(/1-10/);
    expect(failedTurns()).toHaveLength(before);
  });

  it("goes on after an offer of a person that came in the middle of it (Felicia's 03:22)", async () => {
    const before = failedTurns().length;
    const p = await inOfferedCheckIn();
    await p.say("3");
    expect((await p.say("vet inte")).join(" ")).toMatch(/Hur har du sovit\?/);
    // Heavy news mid-check-in: the offer of a person, above the check-in.
    const offer = (await p.say("jag har ingen att prata med")).join(" ");
    expect(offer).toMatch(/ensam|hör av sig/);
    const next = (await p.say("nej")).join(" ");
    expect(next).not.toMatch(/något gick fel/);
    expect(failedTurns()).toHaveLength(before);
    const after = (await p.say("dåligt")).join(" ");
    expect(after).not.toMatch(/något gick fel/);
    expect(failedTurns()).toHaveLength(before);
  });

  it("keeps what was answered when it is left for something else", async () => {
    const p = await inOfferedCheckIn();
    await p.say("6");
    await p.say("inget särskilt");
    h.clock.advance(DAY);
    await p.say("hej");
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 6 })]);
  });
});

describe("a question asked days ago", () => {
  it("is over: Tuesday night's message is read as a new one, not as the answer to Friday's 'Hur har du sovit?'", async () => {
    const p = await inOfferedCheckIn();
    await p.say("3");
    expect((await p.say("typ inget")).join(" ")).toMatch(/Hur har du sovit\?/);
    h.clock.advance(3 * DAY + 10 * HOUR);
    const reply = (await p.say("ibland känns det som att jag e en dålig mamma")).join(" ");
    expect(reply).not.toMatch(/ätit|sovit|förstod inte/);
    // What was answered on Friday is kept.
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 3 })]);
  });

  it("a clear answer the next day still counts", async () => {
    const p = await inOfferedCheckIn();
    await p.say("6");
    expect((await p.say("inget särskilt")).join(" ")).toMatch(/Hur har du sovit\?/);
    h.clock.advance(DAY + 2 * HOUR);
    expect((await p.say("dåligt")).join(" ")).toMatch(/ätit/);
  });
});

describe("a question passed on to the coordinator", () => {
  /** Sara on team Nord, after Maja took over, wrote and handed back; "hej", then "e det du maja?" passed on. */
  async function passedOn(): Promise<Participant> {
    h.clock.ms = Date.parse("2026-11-30T09:00:00Z"); // Monday 10:00 in Stockholm
    const p = await onboardedParticipant(h, phone());
    const r = await p.record();
    const id = r.conversations[0]!.id;
    await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA } });
    const maja = w.accounts.coordA.actor;
    await assignConversation(inboxDeps(), maja, id, maja.id);
    await takeOver(inboxDeps(), maja, id);
    await replyAsCoordinator(inboxDeps(), maja, id, "Hej Sara, Maja här. Hur är det?");
    h.clock.advance(HOUR);
    await handBack(inboxDeps(), maja, id);
    h.clock.advance(HOUR);
    await p.received();
    await p.say("hej");
    const asked = (await p.say("e det du maja?")).join(" ");
    expect(asked).toMatch(/skickat (din fråga|den) (dit|vidare)/);
    // The team sees it in the inbox, with its reason.
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "message" });
    return p;
  }

  it("pauses nothing: two weeks later 'kolla läget' begins a check-in", async () => {
    const p = await passedOn();
    h.clock.advance(14 * DAY);
    const reply = (await p.say("kolla läget")).join(" ");
    expect(reply).not.toMatch(/pausat|väntar/);
    expect(reply).toMatch(/1-10/);
  });

  it("a coordinator's weekly check-in still comes while the passed-on question waits in the inbox", async () => {
    const p = await passedOn();
    const id = (await p.record()).conversations[0]!.id;
    await addSchedule(staffDeps(), w.accounts.coordA.actor, id, { kind: "weekly", weekday: 3, time: "15:00", dialog: "check-in" });
    await p.received();
    const target = h.clock.ms + 3 * DAY;
    const got: string[] = [];
    while (h.clock.ms < target) {
      h.clock.ms = Math.min(target, h.clock.ms + HOUR);
      await h.tillit.nudges.tick();
      await h.tillit.core.idle();
      got.push(...(await p.received()));
    }
    expect(got.join(" ")).toMatch(/incheckning/);
  });

  it("a request for a person after it waits for one, as any such request does", async () => {
    const p = await passedOn();
    await p.say("jag vill prata med en människa");
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "asked" });
    expect((await p.say("kolla läget")).join(" ")).not.toMatch(/1-10/);
  });
});

describe("an offer of a person or of a new time, answered in their words (Elsa)", () => {
  it.each(["kanske vi kan försöka igen", "kan vi testa igen?", "men inte biblioteket. för mycket folk", "nån annanstans kanske", "maybe we can try again", "not the library, too many people"])("'%s' is a yes", (text) => {
    expect(understandOfferAnswer(text)).toBe("yes");
  });
  it.each(["nej", "inte nu", "nej tack", "vill inte", "no thanks"])("'%s' is still a no", (text) => {
    expect(understandOfferAnswer(text)).toBe("no");
  });

  /** Sara, told a person can get in touch ("Vill du att någon hör av sig till dig?"). */
  async function offered(): Promise<Participant> {
    h.clock.ms = Date.parse("2026-11-30T13:00:00Z"); // Monday 14:00 in Stockholm
    const p = await onboardedParticipant(h, phone());
    expect((await p.say("har inga pengar förrän den 25e")).join(" ")).toMatch(/hör av sig till dig\?/);
    return p;
  }

  it("'kanske vi kan försöka igen' to the offer of a person is a yes", async () => {
    const p = await offered();
    const reply = (await p.say("kanske vi kan försöka igen")).join(" ");
    expect(reply).not.toMatch(/förstod inte/);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "concern" });
    // Then the wish about the place, while the person is awaited: said to go along.
    expect((await p.say("men inte biblioteket. för mycket folk")).join(" ")).toMatch(/om platsen/);
  });

  it("'men inte biblioteket. för mycket folk' to the offer is a yes, and the wish about the place is said to go along", async () => {
    const p = await offered();
    const reply = (await p.say("men inte biblioteket. för mycket folk")).join(" ");
    expect(reply).not.toMatch(/Det är lugnt|förstod inte/);
    expect(reply).toMatch(/om platsen/);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "concern" });
  });

  it("to 'Vill du att Maja föreslår en ny tid?', a wish about the place is a yes, kept with the meeting", async () => {
    h.clock.ms = Date.parse("2026-11-30T09:00:00Z");
    const p = await onboardedParticipant(h, phone());
    const r = await p.record();
    const id = r.conversations[0]!.id;
    await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA } });
    const { meetingId } = await addMeeting(inboxDeps(), w.accounts.coordA.actor, id, { startsAt: "2026-12-03T15:00:00+01:00", location: "på biblioteket", alreadyAgreed: false });
    expect((await p.received()).join(" ")).toMatch(/Passar det\?/);
    expect((await p.say("kan inte")).join(" ")).toMatch(/ny tid\?/);
    const reply = (await p.say("men inte biblioteket. för mycket folk")).join(" ");
    expect(reply).toMatch(/nytt förslag/);
    expect(reply).toMatch(/om platsen/);
    const meeting = await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId! } });
    expect(meeting).toMatchObject({ status: "reschedule-requested", requestedTime: "men inte biblioteket. för mycket folk" });
  });
});
