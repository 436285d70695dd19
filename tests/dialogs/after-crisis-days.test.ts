// What a sixth young tester found while a crisis or a request for a person waited for days with nobody from
// the team answering: good news ("fick en intervju!!!", "FICK JOBBET", "jag gick ut med hunden idag!!", "jag
// vill gå skola igen") met with "Du är inte ensam med det här" or 112; the 24/7 numbers glued onto "tja",
// "nu", "när", "now pls"; the crisis script days later; "inte säga till soc!!!" and "inte säga någon" after a
// crisis met with the stock line; and "ta bort allt vi skrivit" during a crisis with "Jag hör dig".
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { loadLocales } from "../../bot/infrastructure/i18n.js";
import { expectEachPairFits } from "../helpers/sms-fit.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { detectErasureRequest } from "../../dialogs/shared/erasure-words.js";
import { wishesToStart } from "../../dialogs/shared/understand-small-talk.js";
import { isLight, saysSleepless } from "../../dialogs/shared/waiting-words.js";
import { asksForNumbers } from "../../dialogs/shared/numbers-words.js";
import { isGoodNews } from "../../dialogs/shared/reflect.js";
import { BURST_GAP_MS } from "../../dialogs/burst.js";

const suite = officeHoursSuite(794310000);
const { onboarded } = suite;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NUMBERS = /112|90101|1177|116 ?111/;
const CRISIS_SCRIPT = /inte ensam med det här|not alone with this|Jag hör dig\. Teamet fick veta|I hear you\. The team was told/;
// Saturday 21:00 in Stockholm: nobody from the team is in until Monday.
const SATURDAY_EVENING = Date.parse("2026-11-28T20:00:00Z");

/**
 * Every message is answered, never with the line said just before. Each is a message of its own: past a burst's gap
 * (a burst while a person is awaited gets one receipt, dialogs/burst.ts), and past the minute in which a filler
 * right after an answer may go unanswered.
 */
async function transcript(p: Awaited<ReturnType<typeof onboarded>>, messages: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const m of messages) {
    suite.h.clock.advance(BURST_GAP_MS + 60_000);
    const replies = await p.say(m);
    expect(replies.length, `${m}: never silent`).toBeGreaterThan(0);
    out.push(replies);
  }
  const flat = out.flat();
  for (let i = 1; i < flat.length; i++) expect(flat[i], flat[i]).not.toBe(flat[i - 1]);
  return out;
}

describe("good news and effort while a person is awaited", () => {
  it("days after a crisis: warmth for what was said, never the crisis line or the numbers", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-23T21:50:00Z");
    await p.say("vill bara försvinna");
    suite.h.clock.advance(4 * DAY);
    const said = await transcript(p, ["fick en intervju!!!", "på ett kafe", "är så nervös", "FICK JOBBET", "jag gick ut med hunden idag!!", "jag vill gå skola igen"]);
    for (const [i, replies] of said.entries()) {
      const r = replies.join(" ");
      expect(r, `${i}`).not.toMatch(CRISIS_SCRIPT);
      expect(r, `${i}`).not.toMatch(NUMBERS);
    }
    expect(said[0]![0]).toMatch(/^(Vad kul|Åh, så bra)/);
    expect(said[2]![0]).toMatch(/nervös/);
    expect(said[3]![0]).toMatch(/^(Vad kul|Åh, så bra)/);
    expect(said[4]![0]).toMatch(/^(Starkt|Vad kul att höra)/);
    expect(said[5]![0]).toMatch(/^(Vad fint att du vill det|Så bra att du vill det)/);
  });

  it("hours after a crisis, and in English", async () => {
    const p = await onboarded();
    await p.say("vill bara försvinna");
    await p.say("skojade bara");
    suite.h.clock.advance(6 * HOUR);
    const job = (await p.say("fick jobb idag!!")).join(" ");
    expect(job).toMatch(/^(Vad kul|Åh, så bra)/);
    expect(job).not.toMatch(NUMBERS);
    const q = await onboarded("en");
    await q.say("i want to die");
    suite.h.clock.advance(2 * DAY);
    const said = await transcript(q, ["got the job!!", "i went out for a walk today", "i want to go back to school"]);
    for (const r of said.flat()) {
      expect(r).not.toMatch(CRISIS_SCRIPT);
      expect(r).not.toMatch(NUMBERS);
    }
    expect(said[2]![0]).toMatch(/that you want that/);
  });

  it("waiting for a person at night: 'FICK JOBBET' is celebrated, with no 112 glued on", async () => {
    const p = await onboarded();
    await p.say("kan jag prata med en människa");
    suite.h.clock.ms = SATURDAY_EVENING;
    const job = await p.say("FICK JOBBET");
    expect(job).toHaveLength(1);
    expect(job[0]).toMatch(/^(Vad kul|Åh, så bra)/);
    expect(job.join(" ")).not.toMatch(NUMBERS);
  });

  it("not when the message is heavy or cannot wait", async () => {
    const p = await onboarded();
    await p.say("vill bara försvinna");
    suite.h.clock.advance(2 * DAY);
    expect((await p.say("fick jobb men det är akut, jag mår skit")).join(" ")).toMatch(NUMBERS);
  });
});

describe("the 24/7 numbers read the message", () => {
  it("never on a light message, hours or days after a crisis; when it cannot wait or they are asked for, always", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-24T19:30:00Z"); // Tuesday 20:30
    await p.say("vill inte leva längre");
    suite.h.clock.advance(2 * HOUR);
    const light = await transcript(p, ["tja", "nu", "när", "ok", "nu", "tja"]);
    for (const r of light.flat()) expect(r).not.toMatch(NUMBERS);
    expect((await p.say("det kan inte vänta")).join(" ")).toMatch(NUMBERS);
    expect((await p.say("vilket nummer kan jag ringa")).join(" ")).toMatch(NUMBERS);
    suite.h.clock.advance(DAY);
    const later = await transcript(p, ["när", "ok", "tja", "nu"]);
    for (const r of later.flat()) expect(r).not.toMatch(NUMBERS);
    const q = await onboarded("en");
    await q.say("i want to kill myself");
    for (const r of (await transcript(q, ["now pls", "ok", "now pls", "when"])).flat()) expect(r).not.toMatch(NUMBERS);
  });

  it("'kan inte sova' gets a short caring word; the numbers do not come back every day they write", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-24T21:30:00Z"); // Tuesday 22:30
    await p.say("vill inte leva längre");
    suite.h.clock.advance(HOUR);
    const sleepless = (await p.say("kan inte sova")).join(" ");
    expect(sleepless).toMatch(/^(Det är tungt att inte kunna sova|Sömnlösa nätter)/);
    const q = await onboarded("en");
    await q.say("i want to kill myself");
    expect((await q.say("cant sleep")).join(" ")).toMatch(/^(Not being able to sleep|Sleepless nights)/);
    // A day later, ordinary messages do not carry them: they came with the crisis reply and stay in view (only a
    // message that needs them, or a week without them, brings them back: numbers-for-who.test.ts).
    suite.h.clock.advance(DAY);
    const [first, second] = await transcript(p, ["har tänkt på jobb idag", "vet inte var jag ska börja"]);
    expect(first!.join(" ")).not.toMatch(NUMBERS);
    expect(second!.join(" ")).not.toMatch(NUMBERS);
  });

  it("waiting for a person at night: light messages get no numbers; the first other one does, then not again that day", async () => {
    const p = await onboarded();
    suite.h.clock.ms = SATURDAY_EVENING;
    const asked = await p.say("kan jag prata med en människa");
    expect(asked.join(" ")).toMatch(NUMBERS);
    const said = await transcript(p, ["ok", "nu", "tja", "deltid", "börjar nästa vecka", "nu"]);
    for (const r of said.flat()) expect(r).not.toMatch(NUMBERS);
  });
});

describe("time passes after a crisis", () => {
  it("hours later an ordinary message gets an ordinary reply that says nobody has answered yet; a new crisis gets the crisis answer at once", async () => {
    const p = await onboarded();
    await p.say("vill bara försvinna");
    suite.h.clock.advance(5 * HOUR);
    const ordinary = (await p.say("vad ska jag säga på intervjun då")).join(" ");
    expect(ordinary).not.toMatch(CRISIS_SCRIPT);
    expect(ordinary).toMatch(/(inte hunnit svara|inte svarat)/);
    const again = (await p.say("vill bara försvinna igen")).join(" ");
    expect(again).toMatch(/112/);
    // Within the hours after that crisis, the crisis reply's words stand.
    expect((await p.say("idk")).join(" ")).not.toMatch(/inte hunnit svara|inte svarat/);
  });
});

describe("a plea not to tell, after a crisis", () => {
  it("is answered truthfully: no promise, the team already knows, soc and the duty to report for under-18s", async () => {
    for (const plea of ["inte säga till soc!!!", "inte säga någon", "snälla säg inget"]) {
      const p = await onboarded();
      await p.say("min bror slår mig");
      const reply = (await p.say(plea)).join(" ");
      expect(reply, plea).toMatch(/^(Det kan jag inte lova helt|Helt hemligt kan det inte vara)\./);
      expect(reply, plea).toMatch(/under 18/);
      expect(reply, plea).toMatch(/prata med dig först/);
      expect(reply, plea).not.toMatch(/inte ensam med det här|Jag hör dig/);
    }
    const q = await onboarded("en");
    await q.say("my brother hits me");
    expect((await q.say("please dont tell")).join(" ")).toMatch(/^(I can't fully promise that|It can't be completely secret)\..*under 18.*talk to you first/);
  });

  it("is read as the plea, not other talk of saying or telling", () => {
    for (const t of ["inte säga till soc!!!", "inte säga någon", "snälla säg inget", "int berätta för mamma", "please dont tell", "dont tell"]) expect(understandFree(t), t).toBe("question:secrecy");
    for (const t of ["jag vill inte säga", "han sa inget till soc", "inte säga hej", "säg inget mer om det där jobbet", "dont tell me what to do"]) expect(understandFree(t), t).not.toBe("question:secrecy");
  });
});

describe("erasure asked for during a crisis", () => {
  it("'ta bort allt vi skrivit' is recorded and answered with what happens: a team lead within a month, the phone's thread theirs to delete", async () => {
    const p = await onboarded();
    await p.say("min kille slog mig igår");
    const reply = (await p.say("ta bort allt vi skrivit")).join(" ");
    expect(reply).toMatch(/teamledare/);
    expect(reply).toMatch(/inom en månad/);
    expect(reply).toMatch(/mobil/);
    expect(reply).not.toMatch(/Jag hör dig|inte ensam/);
    expect(await suite.h.tillit.db.erasureRequest.findMany({ where: { participantId: (await p.record()).id } })).toEqual([expect.objectContaining({ status: "open" })]);
    // Asked again in other words: the request stands (one), said in other words.
    const again = (await p.say("radera allt")).join(" ");
    expect(again).not.toBe(reply);
    expect(again).toMatch(/teamledare/);
    expect(await suite.h.tillit.db.erasureRequest.count({ where: { participantId: (await p.record()).id } })).toBe(1);
  });

  it("reads the whole conversation as everything, not one message", () => {
    for (const t of ["ta bort allt vi skrivit", "radera allt vi har pratat om", "delete everything we wrote"]) expect(detectErasureRequest(t), t).toBe(true);
    for (const t of ["radera det jag skrev nyss", "ta bort allt vi skrev igår om jobbet"]) expect(detectErasureRequest(t), t).toBe(false);
  });
});

describe("readings and sizes", () => {
  it("reads wishes, sleeplessness, light messages and asking for the numbers, with near misses", () => {
    for (const t of ["jag vill gå skola igen", "vill börja plugga", "i want to go back to school", "vill börja jobba igen"]) expect(wishesToStart(t), t).toBe(true);
    for (const t of ["vill inte gå till skolan", "jag ska jobba imorgon", "i dont want to go back to school"]) expect(wishesToStart(t), t).toBe(false);
    for (const t of ["fick en intervju!!!", "got an interview"]) expect(isGoodNews(t), t).toBe(true);
    for (const t of ["kan inte sova", "ligger vaken igen", "cant sleep", "can't sleep"]) expect(saysSleepless(t), t).toBe(true);
    for (const t of ["sover hela dagarna", "vill sova"]) expect(saysSleepless(t), t).toBe(false);
    for (const [t, intent] of [["tja", "greeting"], ["nu", "none"], ["när", "none"], ["now pls", "none"], ["ok", "none"]]) expect(isLight(t!, intent!), t).toBe(true);
    for (const [t, intent] of [["hallå?", "greeting"], ["kan inte sova", "none"], ["vad ska jag säga", "none"]]) expect(isLight(t!, intent!), t).toBe(false);
    for (const t of ["vilket nummer kan jag ringa", "ge mig numren igen", "vem kan jag prata med nu", "what number do i call"]) expect(asksForNumbers(t), t).toBe(true);
    for (const t of ["sluta skicka nummer", "vad är ditt nummer till soc"]) expect(asksForNumbers(t), t).toBe(false);
  });

  it("composed answers fit in two SMS segments, in GSM-7", () => {
    const locales = loadLocales();
    for (const lang of ["sv", "en"] as const) {
      const t = (k: string) => locales[lang].get(k)!;
      const reading = t("officeHours.weekday").map((r) => r.replace(/\{\w+\}/g, "måndag 08:00"));
      const pairs: [string[], string[]][] = [
        [t("answers.secrecyAfterCrisis"), t("answers.socialServices")],
        [t("waiting.afterCrisisOrdinaryLater").flatMap((w) => reading.map((r) => w.replace("{reading}", r))), t("waiting.numbersReminder")],
        [t("waiting.afterCrisisSleepless").flatMap((w) => reading.map((r) => w.replace("{reading}", r))), t("waiting.sleeplessNumbers")],
      ];
      expectEachPairFits(pairs);
    }
  });
});
