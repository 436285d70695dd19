// Issue 13, "read the message as meant" and "reflect, vary, follow up": an option Tillit offered is
// never turned against the person, a declined meeting in free text is not confirmed, a wish to hear
// less is honoured in the person's own words, the small step is asked about next time, a welcome back
// after weeks away, and proactive dialogs that ask first.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { proposeMeeting } from "../../bot/staff/propose-meeting.js";
import { insertNudge } from "../../bot/nudges/schedule-nudges.js";
import { scheduler } from "../helpers/nudges.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());
beforeEach(() => {
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
});

let n = 723000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);
const DAY = 86_400_000;

describe("an option Tillit offered is never a global command", () => {
  it("'Inte nu' at the small step answers that question: the check-in, a 3/10 and 'fått jobb', is kept", async () => {
    const p = await onboarded();
    await p.say("checka in");
    expect(await p.say("3/10")).toEqual(["Tack för att du säger som det är. Vad gör att det är en 3:a och inte lägre?"]);
    expect(await p.say("fått jobb!!")).toEqual(["Vad roligt, grattis! Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt"]);
    await p.say("sovit skit");
    await p.say("aa");
    await p.say("nä");
    expect(await p.say("Inte nu")).toEqual(["Tack för att du delade, Sara. Bra att du tog dig tid."]);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 3, betterBecause: "fått jobb!!", sleep: "bad", food: "yes", movement: "no", smallStep: null })]);
  });

  it("a pause midway ('senare') keeps what was already said", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("typ en sexa");
    await p.say("var ute med hunden");
    expect(await p.say("senare")).toEqual(["Helt okej! Vi tar det en annan gång. Skriv när du vill."]);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 6, betterBecause: "var ute med hunden", sleep: null })]);
  });
});

describe("meetings answered in free text", () => {
  async function proposal(p: Participant) {
    const { meetingId } = await proposeMeeting({ sql: h.tillit.sql, nudges: h.tillit.nudges, now: h.clock.now }, { participantId: (await p.record()).id, startsAt: new Date("2026-12-01T13:00:00Z") });
    await p.received();
    return meetingId;
  }
  const status = async (id: number) => (await h.tillit.db.meeting.findUniqueOrThrow({ where: { id } })).status;

  it.each(["funkar inte, har tandläkare", "nej", "nej kan inte sorry", "passar inte", "jobbar då", "cant make it"])("%j is a decline, never a confirmation", async (text) => {
    const p = await onboarded();
    const id = await proposal(p);
    const reply = await p.say(text);
    expect(reply[0]).toMatch(/^Helt okej, tack för att du säger till!/);
    expect(await status(id)).toBe("cancelled");
  });

  it("'kan vi ta en annan dag' asks for the time that suits; 'aa kör' confirms", async () => {
    const p = await onboarded();
    const id = await proposal(p);
    expect(await p.say("kan vi ta en annan dag")).toEqual(["Vilken dag eller tid skulle passa bättre?"]);
    await p.say("torsdag");
    expect(await status(id)).toBe("reschedule-requested");
    const q = await onboarded();
    const other = await proposal(q);
    expect((await q.say("aa kör"))[0]).toMatch(/^Toppen! Då ses ni/);
    expect(await status(other)).toBe("confirmed");
  });
});

describe("a wish to hear less", () => {
  it("'orkar inte fler sms': offered once a week, only-when-I-write or a stop; only-when-I-write turns reminders off", async () => {
    const p = await onboarded();
    expect(await p.say("orkar inte fler sms")).toEqual(["Förstår! Ska jag höra av mig högst en gång i veckan, bara svara när du skriver, eller sluta helt?\n1. En gång i veckan\n2. Bara när jag skriver\n3. Sluta helt\n4. Som förut"]);
    expect((await p.say("2"))[0]).toMatch(/^Okej! Inga påminnelser från mig/);
    expect(await p.record()).toMatchObject({ remindersOff: true, status: "active" });
  });

  it("'orkar inte mer' alone is being unable to go on, never a wish for fewer messages: not told how to stop, even while a person is awaited", async () => {
    for (const text of ["orkar inte mer fr", "orkar inte mer"]) {
      const idle = await onboarded();
      expect((await idle.say(text)).join(" "), text).not.toMatch(/STOPP|bara svara|slutar? helt|en gång i veckan/);
      const waiting = await onboarded();
      await waiting.say("prata med en människa");
      expect((await waiting.say(text)).join(" "), text).not.toMatch(/STOPP|bara svara|slutar? helt|en gång i veckan/);
    }
  });

  it("'lämna mig ifred', then 'sluta helt': stopped at once like STOPP, and START brings them back", async () => {
    const p = await onboarded();
    await p.say("lämna mig ifred");
    expect(await p.say("sluta helt")).toEqual(["Okej, nu skickar Tillit inga fler meddelanden till dig. Vill du höras igen? Skicka START när du vill."]);
    expect(await p.record()).toMatchObject({ status: "opted-out" });
    expect(await p.say("hallå")).toEqual([]);
    expect((await p.say("START"))[0]).toMatch(/^Välkommen tillbaka/);
  });

  it("in the middle of a check-in too; 'som förut' changes nothing", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    expect((await p.say("orkar inte fler sms"))[0]).toMatch(/^Förstår!/);
    expect((await p.say("som förut"))[0]).toMatch(/^Okej, då fortsätter vi som förut/);
    expect(await p.record()).toMatchObject({ remindersOff: false, status: "active" });
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 5 })]);
  });

  it("told off ('fuck off', 'dra åt helvete', 'håll käften bot') is heard as a wish to hear less, never thanked", async () => {
    for (const [text, language] of [["fuck off", "en"], ["dra åt helvete", "sv"], ["håll käften bot", "sv"], ["stfu", "en"], ["ge dig nu", "sv"]] as const) {
      const p = await onboarded(language);
      const [reply] = await p.say(text);
      expect(reply, text).toMatch(language === "sv" ? /^(Förstår!|Okej, jag hör dig\.)/ : /^(Got it|Okay, I hear you)/);
      expect(reply, text).not.toMatch(/tack|thank/i);
    }
    // Not the whole message, not a rebuff: "dra till stan" is news, "ge dig inte" is encouragement; banter
    // and frustration at something else are not either.
    for (const text of ["ska dra till stan", "ge dig inte", "fuck off vad kul att ni hörde av er", "shut up lol", "lägg av 😂", "fuck this"]) {
      const p = await onboarded();
      expect((await p.say(text))[0], text).not.toMatch(/^(Förstår!|Okej, jag hör dig\.)/);
    }
  });

  it("STOPP ends whatever was being asked: after START, 'hej igen' is a greeting, not the answer to a question from before", async () => {
    const p = await onboarded();
    await p.say("orkar inte fler sms");
    await p.say("STOPP");
    expect((await p.say("START"))[0]).toMatch(/^Välkommen tillbaka/);
    const [reply] = await p.say("hej igen, sorry var sur förut");
    expect(reply).not.toMatch(/Jag förstod inte riktigt|sluta helt/);
  });

  it("only a bare STOPP word opts out at once; 'stopp tack' is offered the choice", async () => {
    const p = await onboarded();
    expect((await p.say("stopp tack"))[0]).toMatch(/^Förstår!/);
    expect((await p.record()).status).toBe("active");
  });
});

describe("a request to delete one's data", () => {
  it("'radera allt om mig' is confirmed and then reaches the team at once (never starts the mapping); 'hur raderar jag' is explained", async () => {
    const p = await onboarded();
    expect((await p.say("hur raderar jag allt?"))[0]).toMatch(/^Skriv "radera mina uppgifter"/);
    expect((await p.say("radera allt om mig"))[0]).toMatch(/^Vill du att vi raderar allt om dig/);
    expect((await p.say("ja"))[0]).toMatch(/^Okej\. Din begäran har gått till teamet/);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting" });
    expect((await p.record()).mapping).toEqual([]);
  });
});

describe("following up", () => {
  it("the small step chosen last time is asked about at the next check-in, once", async () => {
    const p = await onboarded();
    for (const t of ["checka in", "7", "sov bra", "bra", "ja", "ja"]) await p.say(t);
    expect(await p.say("promenad")).toEqual(["Vad fint! En promenad låter som en bra grej. Starkt att du vill testa."]);
    h.clock.advance(3 * DAY);
    expect(await p.say("checka in")).toEqual(["Sist ville du testa en promenad. Blev det av?\n1. Ja\n2. Lite\n3. Inte än"]);
    expect(await p.say("aa")).toEqual(["Starkt att du gjorde det! Och hur är det idag, på en skala 1-10?"]);
    const [first] = (await p.record()).checkIns;
    expect(first).toMatchObject({ smallStep: "walk", smallStepFollowUp: "done" });
    await p.say("hoppa över");
    for (const t of ["hoppa över", "hoppa över", "hoppa över", "nej"]) await p.say(t);
    expect(await p.say("kolla läget")).toEqual(["Hej Sara! Hur är det idag, på en skala 1-10?"]);
  });

  it("after six weeks away: a warm welcome that remembers the step, without a word about the absence", async () => {
    const p = await onboarded();
    for (const t of ["checka in", "4", "hoppa över", "bra", "ja", "ja", "bussresa"]) await p.say(t);
    h.clock.advance(42 * DAY);
    const reply = await p.say("hej.. kan jag fortfarande vara med?");
    expect(reply).toEqual(["Kul att du hör av dig, Sara! Sist pratade vi om en bussresa. Vill du kolla läget?\n1. Kolla läget\n2. Berätta om mig\n3. Prata med en människa"]);
    expect(reply[0]).not.toMatch(/länge|sedan|borta|veckor/);
    expect(await p.say("1")).toEqual(["Sist ville du testa en bussresa. Blev det av?\n1. Ja\n2. Lite\n3. Inte än"]);
  });

  it("good news told with nothing going on is celebrated", async () => {
    const p = await onboarded();
    expect(await p.say("jag kom in på utbildningen!!")).toEqual(["Vad roligt, grattis! Berätta gärna mer om du vill."]);
  });
});

describe("proactive messages are polite", () => {
  async function nudge(p: Participant, dialog: "check-in" | "self-rating" | "mapping") {
    const participantId = (await p.record()).id;
    await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId, kind: "dialog", dialog, dueAt: h.clock.now() }, h.clock.now()));
    expect([...(await scheduler(h).tick()).values()]).toEqual(["sent"]);
    return p.received();
  }

  it("the self-rating battery is introduced and asked for, never sprung; 'ja' starts it", async () => {
    const p = await onboarded();
    await p.say("tack");
    expect(await nudge(p, "self-rating")).toEqual(["Hej Sara! Det är dags för skattningen igen: sex korta påståenden som du svarar 1-10 på. Passar det nu?\n1. Ja, nu\n2. Senare\n3. Inte idag"]);
    expect(await p.say("ja")).toEqual(["Nu kommer sex korta påståenden. Svara 1-10, där 10 betyder att det stämmer helt. Du kan alltid skriva hoppa över.", "Jag känner mig redo för jobb eller studier."]);
  });

  it("'Inte idag' (or 'inte nu') to a nudge's check-in is fine and starts nothing", async () => {
    const p = await onboarded();
    await p.say("tack");
    await nudge(p, "check-in");
    expect(await p.say("inte nu")).toEqual(['Helt okej! Skriv "kolla läget" när du vill.']);
    expect((await p.record()).checkIns).toEqual([]);
  });
});
