// A consent the team recorded (staff inbox) while onboarding still waited for the answer in the chat:
// the young person is not asked again. A yes goes on with onboarding, a no ends it as a no in the chat
// would; a question back is answered first; an answer to the question itself is still theirs and
// counts (the latest decides). After the yes, what needs consent works without asking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { Participant } from "../helpers/conversation.js";
import { recordConsentByStaff } from "../../bot/staff/record-consent.js";
import { replyAsCoordinator } from "../../bot/staff/handoff.js";
import { CONSENT_TEXT_VERSION } from "../../bot/privacy/consent-text.js";

let h: Harness;
let w: StaffWorld;
let n = 738200000;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

/** Someone who wrote "Hej" and has the consent question in front of them, and the team recorded an answer. */
async function askedThenRecorded(granted: boolean): Promise<Participant> {
  const p = new Participant(h, `+46${n++}`);
  expect((await p.say("Hej"))[1]).toMatch(/^Jag sparar det du skriver och svarar\./);
  const { conversations } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA }, include: { conversations: true } });
  const deps = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now };
  await recordConsentByStaff(deps, w.accounts.coordA.actor, conversations[0]!.id, { kind: "data-processing", granted, method: "in-person", textRead: true, textVersion: CONSENT_TEXT_VERSION });
  return p;
}
const NOTED = "Teamet har antecknat ditt ja till att jag sparar dina svar, så det frågar jag inte om igen.";
const dataConsents = async (p: Participant) => (await p.record()).consents.filter((k) => k.kind === "data-processing").map((k) => [k.granted, k.method]);

describe("a consent the team recorded while onboarding waited for it", () => {
  it("a yes: told it is noted, not asked again, and onboarding goes on; a check-in then needs no question", async () => {
    const p = await askedThenRecorded(true);
    expect(await p.say("hej igen")).toEqual([`${NOTED} Tack! Vad vill du att jag ska kalla dig?`]);
    await p.say("Alva");
    await p.say("kväll");
    await p.say("1");
    expect(await p.record()).toMatchObject({ preferredName: "Alva", status: "active", onboardedAt: expect.any(Date) });
    expect(await dataConsents(p)).toEqual([[true, "staff:in-person"]]);
    expect((await p.say("checka in"))[0]).toMatch(/Hur är det idag, på en skala 1-10\?$/);
  });

  it("a no: told it is noted and what is kept, and onboarding ends as after a no in the chat", async () => {
    const p = await askedThenRecorded(false);
    expect(await p.say("hallå?")).toEqual([
      "Teamet har antecknat ditt nej till att jag sparar det du skriver och dina svar. Då sparar jag ditt nummer och ditt nej, så att STOPP funkar, och det du skriver i 30 dagar så att teamet kan svara. Sedan raderas texten.",
    ]);
    expect((await p.record()).onboardedAt).not.toBeNull();
    expect(await dataConsents(p)).toEqual([[false, "staff:in-person"]]);
  });

  it("a question back is answered first, with what the recorded yes means, and the consent is not asked again", async () => {
    const p = await askedThenRecorded(true);
    expect(await p.say("vad sparar ni om mig?")).toEqual([
      expect.stringMatching(/^Jag sparar ditt nummer, namnet du valt, .* det du skriver och svarar/),
      `${NOTED} Tack! Vad vill du att jag ska kalla dig?`,
    ]);
  });

  it("answering the question in the chat after all: their own answer is recorded and decides", async () => {
    const p = await askedThenRecorded(true);
    expect((await p.say("nej"))[0]).toMatch(/^Okej, helt förståeligt\. Då sparar jag ditt nummer och ditt nej/);
    expect(await dataConsents(p)).toEqual([[true, "staff:in-person"], [false, "chat"]]);
  });

  it("a no in the chat to the question before a check-in, after the team recorded a yes meanwhile, is recorded and decides", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    await p.say("nej");
    await p.say("Sam");
    await p.say("kväll");
    await p.say("1");
    expect((await p.say("checka in"))[0]).toMatch(/^För det behöver jag spara dina svar\./);
    const { conversations } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA }, include: { conversations: true } });
    const deps = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now };
    await recordConsentByStaff(deps, w.accounts.coordA.actor, conversations[0]!.id, { kind: "data-processing", granted: true, method: "phone", textRead: true, textVersion: CONSENT_TEXT_VERSION });
    expect((await p.say("nej"))[0]).toMatch(/^Okej, då sparar jag inga svar\./);
    expect(await dataConsents(p)).toEqual([[false, "chat"], [true, "staff:phone"], [false, "chat"]]);
  });

  it("after 'Jag har frågor' and a coordinator's takeover, a 'ja' is meant for the coordinator: no consent is taken, now or when she has gone quiet", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    await p.say("3");
    const { conversations } = await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: w.teamA }, include: { conversations: true } });
    const deps = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now };
    await replyAsCoordinator(deps, w.accounts.coordA.actor, conversations[0]!.id, "Vill du att jag ringer dig i morgon?");
    await p.received();
    expect(await p.say("ja")).toEqual([]);
    const at = h.clock.ms;
    try {
      h.clock.ms += 9 * 3_600_000; // she has gone quiet: a person is awaited again
      expect((await p.say("ja")).join(" ")).not.toMatch(/kalla dig/);
      expect(await p.say("Maja?")).not.toContainEqual(expect.stringMatching(/^Kul, Maja!/));
    } finally {
      h.clock.ms = at;
    }
    expect(await dataConsents(p)).toEqual([]);
    expect((await p.record()).preferredName).toBeNull();
  });
});
