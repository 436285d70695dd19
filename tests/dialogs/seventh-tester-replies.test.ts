// The seventh young tester (texter14): a meeting's reminder answered by calling it off or moving it,
// good news in the words young people use, the first message after a hand-back, apologies in bot
// mode, and no reply opening with the sentence the one before opened with.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { withoutRepeatedOpening } from "../../bot/runtime/dialog-runtime.js";

// The clock is each test's own: every participant lives in a week of their own (onTeam).
const suite = transcriptSuite(731470000, { clock: "none", staff: true });
const { staffDeps } = suite;

const HOUR = 3_600_000;
let weeks = -1;
const at = (iso: string) => Date.parse(iso) + weeks * 7 * 24 * HOUR;
const atIso = (iso: string) => new Date(at(iso)).toISOString();

async function onTeam(language: "sv" | "en" = "sv", name?: string): Promise<Participant> {
  weeks++;
  suite.h.clock.ms = at("2026-11-24T08:00:00+01:00");
  const p = await suite.onTeam(language, name);
  await p.received();
  return p;
}

/** Kim records a meeting already agreed for Thursday 26 November 15:00; the day before's reminder goes out. */
async function remindedMeeting(p: Participant): Promise<number> {
  suite.h.clock.ms = at("2026-11-24T09:00:00+01:00");
  const conversationId = (await p.record()).conversations[0]!.id;
  const { meetingId } = await addMeeting(staffDeps(), suite.w.accounts.coordA2.actor, conversationId, { startsAt: atIso("2026-11-26T15:00:00+01:00"), location: "Storgatan 4", alreadyAgreed: true });
  suite.h.clock.ms = at("2026-11-25T17:30:00+01:00");
  await suite.h.tillit.nudges.tick();
  await suite.h.tillit.core.idle();
  expect((await p.received()).join(" ")).toMatch(/En påminnelse: du och Kim ses torsdag \d+ (november|december) kl\. 15:00/);
  return meetingId;
}

const meeting = (id: number) => suite.h.tillit.db.meeting.findUniqueOrThrow({ where: { id } });
const remindersLeft = (meetingId: number) => suite.h.tillit.db.nudge.count({ where: { meetingId, status: "scheduled" } });

describe("a meeting's reminder answered (texter14 finding 4)", () => {
  it("'kan inte imorgon', 'sorry', 'kan vi ta nästa vecka': warm, Kim asked, no more reminders, the wish kept for Kim", async () => {
    const p = await onTeam();
    const meetingId = await remindedMeeting(p);
    suite.h.clock.ms += 25 * 60_000;
    const [off] = await p.say("kan inte imorgon");
    expect(off).toMatch(/^Helt okej, det händer! Jag har sagt till Kim/);
    expect(off).not.toMatch(/förstår inte|hänger inte/);
    expect(await meeting(meetingId)).toMatchObject({ status: "cancelled", cancelledBy: "participant" });
    expect(await remindersLeft(meetingId)).toBe(0);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "meeting" });
    const sorry = await p.say("sorry");
    expect(sorry.join(" ")).toMatch(/behöver inte be om ursäkt|inget att be om ursäkt/);
    const [later] = await p.say("kan vi ta nästa vecka");
    expect(later).toMatch(/Kim/);
    expect(later).not.toMatch(/förstår inte|hänger inte/);
    expect(await meeting(meetingId)).toMatchObject({ status: "reschedule-requested", requestedTime: "kan vi ta nästa vecka" });
    // The meeting day: nothing more about the time that was called off.
    suite.h.clock.ms = at("2026-11-26T14:00:00+01:00");
    await suite.h.tillit.nudges.tick();
    await suite.h.tillit.core.idle();
    expect(await p.received()).toEqual([]);
  });

  it("the evening before: 'kan vi ta det en annan gång', 'orkar inte imorgon', 'blir du sur' — another time asked for, nobody angry", async () => {
    const p = await onTeam();
    const meetingId = await remindedMeeting(p);
    suite.h.clock.ms = at("2026-11-25T20:50:00+01:00");
    const [moved] = await p.say("kan vi ta det en annan gång");
    expect(moved).toMatch(/^Absolut, det går bra! Jag har sagt till Kim att du vill ta det en annan gång/);
    expect(await meeting(meetingId)).toMatchObject({ status: "reschedule-requested", requestedTime: "kan vi ta det en annan gång" });
    const [tired] = await p.say("orkar inte imorgon");
    expect(tired).toMatch(/helt okej/i);
    expect(tired).not.toMatch(/förstår inte|hänger inte/);
    expect((await p.say("blir du sur")).join(" ")).toMatch(/^Nej/);
    expect((await p.say("är kim arg")).join(" ")).toMatch(/^Nej/);
  });

  it("'avboka' and 'kan inte komma' after the reminder; in English 'cant make it tmrw'", async () => {
    const p = await onTeam();
    const meetingId = await remindedMeeting(p);
    expect((await p.say("avboka"))[0]).toMatch(/^Helt okej, det händer!/);
    expect(await meeting(meetingId)).toMatchObject({ status: "cancelled" });
    const q = await onTeam();
    await remindedMeeting(q);
    expect((await q.say("kan inte komma"))[0]).toMatch(/^Helt okej, det händer!/);
    const e = await onTeam("en");
    const conversationId = (await e.record()).conversations[0]!.id;
    suite.h.clock.ms = at("2026-11-24T09:00:00+01:00");
    const { meetingId: m3 } = await addMeeting(staffDeps(), suite.w.accounts.coordA2.actor, conversationId, { startsAt: atIso("2026-11-26T15:00:00+01:00"), alreadyAgreed: true });
    suite.h.clock.ms = at("2026-11-25T17:30:00+01:00");
    await suite.h.tillit.nudges.tick();
    await suite.h.tillit.core.idle();
    await e.received();
    expect((await e.say("cant make it tmrw"))[0]).toMatch(/^That's completely fine, it happens! I've told Kim/);
    expect(await meeting(m3)).toMatchObject({ status: "cancelled" });
  });

  it("without a reminder sent, 'kan inte imorgon' is no meeting's change, and 'kan inte sova' never is", async () => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T09:00:00+01:00");
    const conversationId = (await p.record()).conversations[0]!.id;
    const { meetingId } = await addMeeting(staffDeps(), suite.w.accounts.coordA2.actor, conversationId, { startsAt: atIso("2026-11-26T15:00:00+01:00"), alreadyAgreed: true });
    suite.h.clock.ms += HOUR;
    await p.say("kan inte sova");
    expect(await meeting(meetingId)).toMatchObject({ status: "confirmed" });
    await p.say("kan inte imorgon");
    expect(await meeting(meetingId)).toMatchObject({ status: "confirmed" });
    expect((await p.say("blir du sur?")).join(" ")).toMatch(/^Nej/);
  });
});

describe("apologies, wherever they come (texter14 finding 16)", () => {
  it("in bot mode: 'förlåt för det där i fredags', 'sorry' get 'no need to apologise', not 'förstår inte'", async () => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T11:00:00+01:00");
    const [first] = await p.say("förlåt för det där i fredags");
    expect(first).toMatch(/^(Ingen fara alls, du behöver inte be om ursäkt\.|Det är lugnt, inget att be om ursäkt för\.)$/);
    const [second] = await p.say("sorry");
    expect(second).toMatch(/ursäkt/);
    expect(second).not.toBe(first);
  });

  it("with a question open: 'sorry missed this' gets 'no need', then the question again", async () => {
    const p = await onTeam("en");
    suite.h.clock.ms = at("2026-11-24T11:00:00+01:00");
    await p.say("check in");
    const reply = (await p.say("sorry missed this")).join(" ");
    expect(reply).toMatch(/^(Hi \w+! )?(No worries at all|No need|It's fine)/i); // a hello goes first (texter16 #6)
    expect(reply).toMatch(/1.10|1 to 10|1-10/);
    expect(reply).not.toMatch(/didn't quite get|don't understand/);
  });

  it("while a person is awaited, at night: no emergency numbers glued to an apology", async () => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T21:00:00+01:00");
    await p.say("prata med en människa");
    const sorry = (await p.say("förlåt")).join(" ");
    expect(sorry).toMatch(/ursäkt/);
    expect(sorry).not.toMatch(/112|90101/);
  });
});

describe("good news in the words young people use (texter14 finding 9)", () => {
  it.each(["fick svar från komvux jag kom in!!", "jag har fått samtalskontakt nu", "vi fick mat från kyrkan idag tack", "åt frukost idag 🙂", "det va ok faktiskt"])("%j gets joy, not 'förstår inte' or an offer", async (line) => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T11:00:00+01:00");
    const reply = (await p.say(line)).join(" ");
    expect(reply).toMatch(/roligt|kul|bra att höra|Starkt|grattis|fira/i);
    expect(reply).not.toMatch(/förstår inte|hänger inte|hjälper till med|\n1\./);
  });
});

describe("a first walk and a thank-you (texter14 finding 9)", () => {
  it("'e här typ' at the meeting place around its time is met with joy; 'tack för idag' with 'Varsågod'", async () => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T09:00:00+01:00");
    const conversationId = (await p.record()).conversations[0]!.id;
    await addMeeting(staffDeps(), suite.w.accounts.coordA.actor, conversationId, { startsAt: atIso("2026-11-26T14:00:00+01:00"), location: "vid ICA Torget", alreadyAgreed: true });
    suite.h.clock.ms = at("2026-11-26T13:52:00+01:00");
    await suite.h.tillit.nudges.tick();
    await suite.h.tillit.core.idle();
    await p.received();
    const [there] = await p.say("e här typ");
    expect(there).toMatch(/^(Vad bra att du tog dig dit! Starkt gjort\.|Snyggt, du är där! Det är ett stort steg\.)$/);
    suite.h.clock.ms = at("2026-11-26T15:40:00+01:00");
    expect((await p.say("det va ok faktiskt")).join(" ")).toMatch(/Starkt|kul/i);
    const [thanks] = await p.say("tack för att du inte va jobbig");
    expect(thanks).toMatch(/Varsågod|Inga problem/);
    expect(thanks).not.toMatch(/förstår inte|hänger inte|Jag är med/);
    expect((await p.say("tack för idag")).join(" ")).not.toMatch(/förstår inte|hänger inte/);
  });

  it("'e här typ' with no meeting near is not read as arriving", async () => {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T11:00:00+01:00");
    expect((await p.say("e här typ")).join(" ")).not.toMatch(/tog dig dit|du är där/);
  });
});

describe("the first message after a hand-back (texter14 finding 15)", () => {
  async function handedBack(): Promise<Participant> {
    const p = await onTeam();
    suite.h.clock.ms = at("2026-11-24T11:00:00+01:00");
    const c = (await p.record()).conversations[0]!.id;
    await takeOver(staffDeps(), suite.w.accounts.coordA2.actor, c);
    await replyAsCoordinator(staffDeps(), suite.w.accounts.coordA2.actor, c, "Hej! Kim här. Vi ses på torsdag då.");
    await handBack(staffDeps(), suite.w.accounts.coordA2.actor, c);
    await suite.h.tillit.core.idle();
    // Told at the hand-back that Tillit answers again (fix25g, tester25 #1).
    expect((await p.received()).join(" ")).toMatch(/Det är Tillit, boten, som svarar här igen/);
    suite.h.clock.ms += HOUR;
    return p;
  }

  it("'tack kim' gets 'Varsågod!', the notice said at the hand-back not again, nothing stacked on it", async () => {
    const p = await handedBack();
    const reply = await p.say("tack kim");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^Varsågod!/);
    expect(reply[0]).not.toMatch(/Tillit, boten/);
    expect(reply[0]).not.toMatch(/förstår inte|hänger inte|Tack för att du skriver/);
  });

  it("'tack för idag' likewise; a message no rule reads is not met with 'förstår inte allt'", async () => {
    const p = await handedBack();
    expect((await p.say("tack för idag"))[0]).toMatch(/^Varsågod!/);
    const q = await handedBack();
    const [reply] = await q.say("jaha vi får väl se hur det blir");
    expect(reply).not.toMatch(/förstår inte|hänger inte|bara ett program|Det är Tillit, boten/);
  });
});

describe("no reply opens with the sentence the one before opened with (texter14 finding 18)", () => {
  it("Kai: two lonely messages in a row get two different acknowledgments", async () => {
    const p = await onTeam("en", "Kai");
    suite.h.clock.ms = at("2026-11-26T23:56:00+01:00");
    const [first] = await p.say("havent actually talked to anyone irl in like 3 weeks");
    const [second] = await p.say("my only friends are online and theyre in the us");
    const opening = (t: string) => t.split(/(?<=[.!?])\s+/)[0];
    expect(first).toMatch(/lonely|no one close/i);
    expect(opening(second!)).not.toBe(opening(first!));
  });

  it("the guard itself: a repeated opening is left out, a short one ('Hej!') may stay, a whole repeat is not emptied", () => {
    expect(withoutRepeatedOpening("Feeling lonely is heavy. Good that you are writing. You can always write.", "Feeling lonely is heavy. Good that you are writing. Shall I ask the team?")).toBe("You can always write.");
    expect(withoutRepeatedOpening("Hej! Hur är det idag?", "Hej! Kul att du skriver.")).toBe("Hej! Hur är det idag?");
    expect(withoutRepeatedOpening("Svara gärna med en siffra från 1 till 10.", "Svara gärna med en siffra från 1 till 10.")).toBe("Svara gärna med en siffra från 1 till 10.");
    expect(withoutRepeatedOpening("Tack för att du berättar. Vill du mer?", undefined)).toBe("Tack för att du berättar. Vill du mer?");
  });
});
