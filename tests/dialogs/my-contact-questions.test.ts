// What a young person texting the product asked and Tillit could not answer: "kommer ni anmäla mig?",
// "vem e min koordinator", "när är mitt nästa möte". Each is recognised as young people write it (and
// told apart from news that shares its words) and answered from what Tillit actually knows: the
// coordinator on the participant's record, the next meeting that still stands, in their time zone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";

const asked: [string, string][] = [
  ["kommer ni anmäla mig till polisen?", "question:police"],
  ["kommer ni anmala mej", "question:police"],
  ["blir jag anmäld om jag berättar nåt", "question:police"],
  ["snackar ni med aina?", "question:police"],
  ["kan snuten läsa det här", "question:police"],
  ["ringer ni polisen om man säger nåt olagligt?", "question:police"],
  ["golar ni om ja berättar", "question:police"],
  ["do u tell the cops", "question:police"],
  ["will you report me?", "question:police"],
  ["can the police see this", "question:police"],
  ["do u snitch", "question:police"],
  ["ni ringer väl inte polisen?", "question:police"],
  ["gör ni orosanmälan?", "question:social-services"],
  ["har ni anmälningsplikt", "question:social-services"],
  ["vem e min koordinator", "question:my-coordinator"],
  ["vem är min kontaktperson?", "question:my-coordinator"],
  ["vad heter min coach", "question:my-coordinator"],
  ["har jag nån egen koordinator?", "question:my-coordinator"],
  ["who is my coordinator?", "question:my-coordinator"],
  ["whos my youth worker", "question:my-coordinator"],
  ["när är mitt nästa möte", "question:next-meeting"],
  ["nar e motet", "question:next-meeting"],
  ["när ses vi?", "question:next-meeting"],
  ["vilken tid är träffen imorgon?", "question:next-meeting"],
  ["har jag nåt möte snart?", "question:next-meeting"],
  ["ses vi på torsdag?", "question:next-meeting"],
  ["whens my next meeting?", "question:next-meeting"],
  ["when is the appointment", "question:next-meeting"],
  ["do i have a meeting this week?", "question:next-meeting"],
  ["har vi möte idag?", "question:next-meeting"],
  ["do we have a meeting", "question:next-meeting"],
  ["är det möte imorgon?", "question:next-meeting"],
  ["var är mötet?", "question:next-meeting"],
  ["nästa möte?", "question:next-meeting"],
  ["when do we meet?", "question:next-meeting"],
];

// Sharing the words, asking none of these: news, other people's meetings, a call asked for.
const notAsked: [string, string][] = [
  ["polisen tog min kompis igår", "question:police"],
  ["min bror e polis", "question:police"],
  ["jag vill anmäla en stöld", "question:police"],
  ["ska jag anmäla honom till polisen?", "question:police"],
  ["can i report my ex", "question:police"],
  ["polisen har kallat mig till förhör, vad ska jag göra?", "question:police"],
  ["jag blev gripen igår, vad händer nu?", "question:police"],
  ["grannen ringer polisen på oss hela tiden", "question:police"],
  ["polisen ser mig som kriminell", "question:police"],
  ["kan du ringa mig imorgon?", "question:police"],
  ["kan ni kontakta mig", "question:police"],
  ["will you call me", "question:police"],
  ["ni pratar med mig som om jag vore dum", "question:police"],
  ["vad är det för anmälan jag fick?", "question:report-meaning"],
  ["jag fick ett brev om anmälan, vad betyder det", "question:report-meaning"],
  ["har jag nån?", "question:my-coordinator"],
  ["när jag träffar dig blir jag glad", "question:next-meeting"],
  ["vem är min kontaktperson på soc?", "question:my-coordinator"],
  ["vad heter min handledare på praktiken", "question:my-coordinator"],
  ["who is my case worker at social services?", "question:my-coordinator"],
  ["min coach sa att jag ska ringa af", "question:my-coordinator"],
  ["har jag en koordinator som kan ringa mig?", "question:my-coordinator"],
  ["när jag vaknade idag var mötet redan slut i huvudet", "question:next-meeting"],
  ["när är mitt möte med läkaren?", "question:next-meeting"],
  ["när är tiden på vårdcentralen", "question:next-meeting"],
  ["hade ett möte på af igår", "question:next-meeting"],
  ["when is my job interview", "question:next-meeting"],
  ["when i meet new people i get anxious", "question:next-meeting"],
  ["när vi ses nästa gång vill jag prata om jobb", "question:next-meeting"],
  ["när jag ses med kompisar mår jag bättre", "question:next-meeting"],
];

describe("recognising the questions", () => {
  it.each(asked)("%s → %s", (text, intent) => {
    expect(understandFree(text)).toBe(intent);
  });
  it.each(notAsked)("%s is not %s", (text, intent) => {
    expect(understandFree(text)).not.toBe(intent);
  });
  it("a call asked for while naming one's coordinator is still a call asked for", () => {
    expect(understandFree("har jag en koordinator som kan ringa mig?")).toBe("human");
  });
  it("asking Tillit to call or contact oneself reaches a person, whatever the police question looks like", () => {
    for (const text of ["kan du ringa mig imorgon?", "can u call me tomorrow", "kan ni kontakta mig", "will you call me"]) expect(understandFree(text), text).toBe("human");
  });
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

const locales = loadLocales();
let n = 733100000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);

async function withCoordinator(p: Participant, firstName: string): Promise<number> {
  const staff = await h.tillit.db.staffUser.create({
    data: { email: `${firstName.toLowerCase()}.${n}@kommun.se`, displayName: `${firstName} Berg`, firstName, role: "coordinator", passwordHash: "x" },
  });
  await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { coordinatorId: staff.id } });
  return staff.id;
}

async function meetingFor(p: Participant, m: { startsAt: Date; status: string; location?: string }): Promise<void> {
  await h.tillit.db.meeting.create({ data: { participantId: (await p.record()).id, startsAt: m.startsAt, status: m.status, location: m.location ?? null } });
}

const day = 24 * 3_600_000;
// The harness clock stands at Monday 23 November 2026, 10:00 UTC; this is Tuesday 1 December, 14:00 in Stockholm.
const tuesday = new Date("2026-12-01T13:00:00Z");

describe("answering them", () => {
  it("the police: nothing is sent there, the exceptions are told plainly, and who to ask first", async () => {
    // The exceptions are all told: a child at risk (soc), a life in danger (112), serious crime (the police).
    for (const text of locales.sv.get("answers.police")!) expect(text).toMatch(/tystnadsplikt.*under 18.*soc.*112.*allvarliga brott.*polisen.*\{coordinatorInSentence\}/s);
    for (const text of locales.en.get("answers.police")!) expect(text).toMatch(/confidentiality.*under 18.*social services.*112.*serious crimes.*police.*\{coordinatorInSentence\}/s);
    const p = await onboarded();
    await withCoordinator(p, "Samira");
    const [reply] = await p.say("kommer ni anmäla mig?");
    expect(reply).toMatch(/polisen/);
    expect(reply).toMatch(/fråga Samira (först|innan du berättar)\.$/i);
  });

  it("a named coordinator is named; without one, the team reads along and 'människa' reaches someone", async () => {
    const named = await onboarded();
    await withCoordinator(named, "Jonas");
    expect((await named.say("vem e min koordinator"))[0]).toMatch(/^(Din koordinator heter Jonas\.|Det är Jonas\.)/);
    const unnamed = await onboarded("en");
    expect((await unnamed.say("who is my coordinator?"))[0]).toMatch(/(don't have your own coordinator yet|No one has been named your coordinator yet).*"talk to a human"/);
  });

  it("no coordinator on the record but a staff member has been writing: they are named, never 'you have none'", async () => {
    const p = await onboarded();
    const demo = await h.tillit.db.staffUser.create({ data: { email: `demo.${n}@kommun.se`, displayName: "Demo Koordinator", firstName: "Demo", role: "coordinator", passwordHash: "x" } });
    const record = await p.record();
    await h.tillit.db.message.create({
      data: { conversationId: record.conversations[0]!.id, participantId: record.id, direction: "out", channel: "sms", authorKind: "coordinator", authorStaffId: demo.id, body: "Hej! /Demo", status: "sent", createdAt: h.clock.now() },
    });
    await p.received(); // the staff message itself
    const [reply] = await p.say("vem e min koordinator");
    expect(reply).toMatch(/Demo från teamet/);
    expect(reply).not.toMatch(/alla i \S+ (läser|finns)|du är inte ensam/);
  });

  it("the next meeting that still stands, with place and time in the participant's time zone; past and cancelled ones are not it", async () => {
    const p = await onboarded();
    await withCoordinator(p, "Maja");
    await meetingFor(p, { startsAt: new Date(h.clock.now().getTime() - 2 * day), status: "confirmed" });
    await meetingFor(p, { startsAt: new Date(h.clock.now().getTime() + day), status: "cancelled" });
    await meetingFor(p, { startsAt: tuesday, status: "confirmed", location: "på Ungdomsporten" });
    await meetingFor(p, { startsAt: new Date(tuesday.getTime() + 7 * day), status: "confirmed" });
    const [reply] = await p.say("när är mitt nästa möte");
    expect(reply).toMatch(/tisdag 1 december kl\. 14:00, på Ungdomsporten, med Maja\./);
  });

  it("a proposal not yet answered is told as a proposal, with room to say no", async () => {
    const p = await onboarded("en");
    await meetingFor(p, { startsAt: tuesday, status: "proposed" });
    const [reply] = await p.say("whens my next meeting?");
    expect(reply).toMatch(/Tuesday 1 December at 14:00/);
    expect(reply).toMatch(/(It isn't confirmed yet|but it isn't confirmed yet)/);
    expect(reply).toMatch(/say no or ask for another time/);
  });

  it("a meeting coming is the next one, before a moved one from last week", async () => {
    const p = await onboarded();
    await meetingFor(p, { startsAt: new Date(h.clock.now().getTime() - 3 * day), status: "reschedule-requested" });
    await meetingFor(p, { startsAt: new Date(h.clock.now().getTime() + 2 * day), status: "confirmed" });
    expect((await p.say("när är mitt nästa möte?"))[0]).toMatch(/onsdag 25 november/);
  });

  it("another time asked for: the new suggestion is awaited", async () => {
    const p = await onboarded();
    await withCoordinator(p, "Maja");
    await meetingFor(p, { startsAt: tuesday, status: "reschedule-requested" });
    expect((await p.say("när ses vi?"))[0]).toMatch(/tisdag 1 december kl\. 14:00.*(nytt förslag|Ett nytt förslag kommer från Maja)/);
  });

  it("no meeting: said so, and how to get one, without naming a coordinator nobody has", async () => {
    const p = await onboarded();
    const [reply] = await p.say("har jag nåt möte snart?");
    expect(reply).toMatch(/^(Jag ser inget inbokat möte just nu|Inget möte är bokat just nu).*"människa"/);
    expect(reply).not.toMatch(/koordinator/);
  });

  it("the meeting is told with the coordinator it is with; one begun a moment ago is still the next; the move the answer offers is understood", async () => {
    const p = await onboarded();
    await withCoordinator(p, "Maja");
    const leo = await h.tillit.db.staffUser.create({ data: { email: `leo.${n}@kommun.se`, displayName: "Leo Ek", firstName: "Leo", role: "coordinator", passwordHash: "x" } });
    const startedAt = new Date(h.clock.now().getTime() - 20 * 60_000);
    await h.tillit.db.meeting.create({ data: { participantId: (await p.record()).id, coordinatorId: leo.id, startsAt: startedAt, status: "confirmed" } });
    const [reply] = await p.say("när är mötet?");
    expect(reply).toMatch(/med Leo\./);
    expect(reply).toMatch(/"flytta mötet"/);
    const moved = await p.say("flytta mötet");
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting" });
    expect(moved[0]).not.toMatch(/förstår inte/);
  });

  it("asked and moved in one message: the move goes to a person", async () => {
    const p = await onboarded();
    await meetingFor(p, { startsAt: tuesday, status: "confirmed" });
    await p.say("när är mötet? jag måste flytta mötet");
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting" });
  });

  it("asked in the middle of a check-in: answered, then the question that was waiting comes again", async () => {
    const p = await onboarded();
    await meetingFor(p, { startsAt: tuesday, status: "confirmed" });
    await p.say("checka in");
    const reply = await p.say("vänta, när är mötet?");
    expect(reply).toHaveLength(2);
    expect(reply[0]).toMatch(/tisdag 1 december kl\. 14:00/);
    expect(reply[1]).toMatch(/1 till 10|1–10|1-10/);
  });
});
