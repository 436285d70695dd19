import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

let n = 730000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

// Tuesday 1 December 2026, 14:00 in Stockholm (13:00 UTC).
const startsAt = new Date("2026-12-01T13:00:00Z");

async function proposal(p: Participant, location?: string): Promise<{ meetingId: number; text: string[] }> {
  const before = (await p.record()).id;
  const { meetingId, outcome } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: before, startsAt, location });
  expect(outcome).toBe("sent");
  return { meetingId, text: await p.received() };
}

const meeting = (id: number) => h.tillit.db.meeting.findUniqueOrThrow({ where: { id } });

describe("meetings", () => {
  it("a proposed time, confirmed by the participant", async () => {
    const p = await onboarded();
    const { meetingId, text } = await proposal(p, "på Ungdomsporten");
    expect(text).toEqual(["En koordinator föreslår att ni ses tisdag 1 december kl. 14:00, på Ungdomsporten. Passar det?\n1. Ja, det passar\n2. Kan inte\n3. Annan tid"]);
    expect(await p.say("ja det funkar")).toEqual(["Toppen! Då ses ni tisdag 1 december kl. 14:00. Du får en påminnelse innan."]);
    expect(await meeting(meetingId)).toMatchObject({ status: "confirmed" });
  });

  it("a cancellation is welcomed and a new time offered, never a reproach", async () => {
    const p = await onboarded();
    const { meetingId } = await proposal(p);
    const reply = await p.say("kan inte");
    expect(reply).toEqual(["Helt okej, tack för att du säger till! Vill du att teamet föreslår en ny tid?\n1. Ja\n2. Nej"]);
    expect(reply.join(" ")).not.toMatch(/igen|gången|tyvärr|måste/);
    expect(await meeting(meetingId)).toMatchObject({ status: "cancelled" });
    expect(await p.say("ja")).toEqual(["Bra, teamet hör av sig med ett nytt förslag."]);
    expect(await meeting(meetingId)).toMatchObject({ status: "reschedule-requested" });
  });

  it("cancelling without a new time leaves the door open", async () => {
    const p = await onboarded();
    const { meetingId } = await proposal(p);
    await p.say("2");
    expect(await p.say("nej")).toEqual(["Okej! Hör av dig när du vill, vi finns kvar."]);
    expect(await meeting(meetingId)).toMatchObject({ status: "cancelled" });
  });

  it("asking for another time keeps the participant's own words for the coordinator", async () => {
    const p = await onboarded();
    const { meetingId } = await proposal(p);
    expect(await p.say("annan tid")).toEqual(["Vilken dag eller tid skulle passa bättre?"]);
    expect(await p.say("torsdag efter lunch")).toEqual(["Tack, teamet hör av sig med en ny tid."]);
    expect(await meeting(meetingId)).toMatchObject({ status: "reschedule-requested", requestedTime: "torsdag efter lunch" });
  });

  it("in English", async () => {
    const p = await onboarded("en");
    const { meetingId, text } = await proposal(p);
    expect(text).toEqual(["A coordinator suggests meeting Tuesday 1 December at 14:00. Does that work for you?\n1. Yes, that works\n2. Can't make it\n3. Another time"]);
    expect(await p.say("can't make it")).toEqual(["That's completely fine, thanks for letting us know! Would you like the team to suggest a new time?\n1. Yes\n2. No"]);
    expect(await meeting(meetingId)).toMatchObject({ status: "cancelled" });
  });

  it("is never sent to an opted-out participant, and held while a human has the conversation", async () => {
    const out = await onboarded();
    await out.say("STOPP");
    const optedOut = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: (await out.record()).id, startsAt });
    expect(optedOut.outcome).toBe("skipped");
    const waiting = await onboarded();
    await waiting.say("vill prata med min koordinator");
    const held = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: (await waiting.record()).id, startsAt });
    expect(held.outcome).toBe("held");
    expect(await h.tillit.core.startDialog(999_999, { dialog: "meeting" })).toBe("no-conversation");
    // Calling out while a person is awaited gets the honest word of when someone reads, never the proposal.
    expect(await waiting.say("hallå")).toEqual([expect.stringMatching(/^(Jag är kvar här|Tack, teamet|Uppfattat)/)]);
  });
});
