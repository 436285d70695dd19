// What the third young tester found and session ten left open: a dyslexic writer's "kala mej jonte" and
// "kola lage", the greeting sent a second time in the middle of onboarding, "sov typ inte" followed by
// "Hur har du sovit?", "din koordinator" said to someone who has none, and the help numbers given again
// by a silent takeover after the person had asked for no more of them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { takeOver } from "../../bot/staff/handoff.js";
import { understandName } from "../../dialogs/shared/understand-name.js";
import { sleepToldInPassing } from "../../dialogs/shared/understand-answers.js";

let h: Harness;
let w: StaffWorld;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  w = await staffWorld(h);
});
afterAll(async () => h.stop());
beforeEach(() => {
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm: the office is open
});

let n = 723000000;
const phone = () => `+46${n++}`;
const MINUTE = 60_000;
const NUMBERS = /112|90101|1177|116 ?111/;
const GREETING = /^Hej! Jag är Tillit/;

describe("a dyslexic writer is read", () => {
  it("'kala mej jonte' names Jonte; 'kola lage' starts a check-in", async () => {
    const p = new Participant(h, phone());
    await p.say("hej");
    await p.say("ja");
    expect((await p.say("kala mej jonte"))[0]).toMatch(/^Kul, Jonte!/);
    const q = await onboardedParticipant(h, phone());
    expect(await q.say("kola lage")).toEqual(["Hej Sara! Hur är det idag, på en skala 1-10?"]);
  });

  it("names after a misspelt 'kalla mig', and never what follows 'inte'", () => {
    const names: Array<[string, string]> = [
      ["kala mej jonte", "name:Jonte"], ["kall mej jonte", "name:Jonte"], ["cal me jonte", "name:Jonte"], ["kalar mej Mo", "name:Mo"],
      ["jag heter jonte inte kvall", "name:Jonte"], ["kalla mig inte kalle, kalla mig jonte", "name:Jonte"],
    ];
    for (const [text, name] of names) expect(understandName(text), text).toBe(name);
    for (const text of ["kala mej när du kan", "kalla mej sen"]) expect(understandName(text), text).toBe("not-a-name");
  });
});

describe("onboarding with something heavy in it", () => {
  it("the greeting is not sent again when a concern interrupts the consent question", async () => {
    const p = new Participant(h, phone());
    const first = await p.say("hej");
    expect(first[0]).toMatch(GREETING);
    const heavy = await p.say("vet int sovit dalit typ 3 natter");
    expect(heavy.some((m) => GREETING.test(m))).toBe(false);
    expect(heavy.join(" ")).toMatch(/Vill du att teamet hör av sig till dig\?/);
    const after = await p.say("nej");
    expect(after.some((m) => GREETING.test(m))).toBe(false);
    expect(after.at(-1)).toMatch(/Okej\?/); // the consent asked again
  });

  it("a heavy first message still gets the greeting before the offer", async () => {
    const p = new Participant(h, phone());
    const first = await p.say("har inte ätit på två dagar");
    expect(first[0]).toMatch(GREETING);
  });
});

describe("sleep told in passing", () => {
  it("'sov typ inte' as what makes it a 3 is not followed by 'Hur har du sovit?'", async () => {
    const p = await onboardedParticipant(h, phone());
    await p.say("kolla läget");
    await p.say("3");
    const reply = await p.say("sov typ inte");
    expect(reply).toEqual([expect.stringMatching(/^Ojdå, det tar på krafterna\. Har du ätit något ordentligt idag\?/)]);
    await p.say("lite");
    await p.say("nej");
    await p.say("nej");
    const checkIn = (await p.record()).checkIns.at(-1)!;
    expect(checkIn).toMatchObject({ mood: 3, betterBecause: "sov typ inte", sleep: "bad", food: "little" });
  });

  it("a 2 with no sleep told in passing raises concern as an answered sleep question would", async () => {
    const p = await onboardedParticipant(h, phone());
    await p.say("kolla läget");
    await p.say("2");
    const reply = await p.say("har knappt sovit nåt på hela veckan");
    expect(reply.join(" ")).toMatch(/Vill du att teamet hör av sig till dig\?/);
  });

  it("in English; and a reason that says nothing plain of last night still gets the question", async () => {
    const p = await onboardedParticipant(h, phone(), "en");
    await p.say("check in");
    await p.say("6");
    expect((await p.say("slept well for once"))[0]).toMatch(/^Nice! Have you had a proper meal today\?/);
    const q = await onboardedParticipant(h, phone());
    await q.say("kolla läget");
    await q.say("4");
    expect((await q.say("var ute en sväng igår kväll"))[0]).toMatch(/Hur har du sovit\?/);
  });

  it("reads a night's sleep said plainly, and only that", () => {
    for (const t of ["sov typ inte", "har inte sovit", "ha int sovit på 3 nätter", "sovit skit", "kan inte sova", "noll sömn", "vaken hela natten", "didnt sleep", "cant sleep at all", "insomnia again", "up all night gaming"]) {
      expect(sleepToldInPassing(t), t).toBe("bad");
    }
    for (const t of ["sov faktiskt bra", "sovit gott", "slept well", "5, sov skit bra", "sovit som en stock"]) expect(sleepToldInPassing(t), t).toBe("good");
    for (const t of ["sov inte så dåligt", "sover inte hemma"]) expect(sleepToldInPassing(t), t).toBeUndefined();
    for (const t of ["sover hela dagarna", "trött", "ska sova snart", "sov inte bra men okej", "min bror sov hos mig", "jag", "vill sova"]) {
      expect(sleepToldInPassing(t), t).not.toBe("good");
    }
    for (const t of ["sover hela dagarna", "trött", "ska sova snart", "min bror sov hos mig", "vill sova", "sov bra"]) expect(sleepToldInPassing(t), t).not.toBe("bad");
  });
});

describe("no coordinator assigned", () => {
  it("is told 'teamet', not 'din koordinator', when none has been named", async () => {
    const p = await onboardedParticipant(h, phone());
    const reply = await p.say("kan jag prata med en människa");
    expect(reply[0]).toMatch(/^Självklart, jag säger till teamet\./);
    expect(reply.join(" ")).not.toMatch(/din koordinator/);
    const q = await onboardedParticipant(h, phone(), "en");
    expect((await q.say("can i talk to a person"))[0]).toMatch(/^Of course, I'll tell the team\./);
  });
});

describe("a takeover after the numbers were declined", () => {
  it("tells the coordinator has not written yet without the numbers", async () => {
    const p = await onboardedParticipant(h, phone());
    await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { teamId: w.teamA } });
    await p.say("vill inte leva längre");
    await p.say("ja vet numren redan, sluta skicka numren");
    h.clock.advance(MINUTE);
    const c = (await p.record()).conversations[0]!;
    await takeOver({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now }, w.accounts.coordA.actor, c.id);
    h.clock.advance(MINUTE);
    expect((await p.say("hallå?"))[0]).toMatch(/^Maja i teamet har tagit över chatten/);
    const notYet = await p.say("är det nån där");
    expect(notYet).toEqual(["Maja har chatten men har inte hunnit skriva än. Allt du skriver här syns för Maja."]);
    expect(notYet.join(" ")).not.toMatch(NUMBERS);
  });
});
