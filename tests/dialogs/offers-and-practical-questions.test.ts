// What the seventh young tester found (session 14, texter14, findings 6, 7, 8, 17, 19): practical questions
// answered with a privacy "Nej" or nothing, an offer of a person closed by a minimising or frightened
// remark, a heavy answer in a check-in met with "Hur har du sovit?", odd check-in answers, and a farewell
// that asked two things at once.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { addSchedule } from "../../bot/staff/nudge-admin.js";
import { discharge } from "../../bot/staff/discharge.js";

const suite = officeHoursSuite(797140000);
const { onboarded } = suite;

/** The staff functions the inbox calls, with the participant on the team's list. */
async function staffFor(p: Participant) {
  const { conversationId } = await suite.joinTeam(p);
  return { deps: suite.staffDeps(), actor: suite.w.accounts.coordA.actor, conversationId };
}

describe("a practical question", () => {
  it("never gets a privacy 'Nej', nor invented facts: honestly what the team helps with, and a person offered", async () => {
    for (const question of [
      "måste man va inskriven på af för att få nåt stöd",
      "kan man få försörjningsstöd om man bor hemma hos morsan",
      "Kan jag få CSN när jag läser komvux",
      "vad kostar körkort typ",
      "och hur skriver man ett cv när man aldrig jobbat",
      "vad e ett personligt brev",
      "måste jag söka csn själv",
    ]) {
      const p = await onboarded();
      const reply = (await p.say(question)).join(" ");
      expect(reply, question).not.toMatch(/^Nej|kan inte läsa det här|beslutar om pengar|förstår inte|hänger inte|teamet får se/);
      // Where there is a public place to ask, it is named (texter15 finding 11), and what a CV is, said (texter16
      // #10); otherwise nothing made up.
      expect(reply, question).toMatch(/inte svara säkert|inga säkra svar|csn\.se|CSN svarar|socialtjänsten (där du bor|i din kommun)|Ett cv är/);
      expect(reply, question).toMatch(/Vill du att någon hör av sig|Vill du att teamet hjälper dig|Vill du ha hjälp med det/);
      // The yes is the offer's: a person is asked for.
      expect((await p.say("ja")).join(" "), question).toMatch(/säger till teamet|hör av sig/);
      expect((await suite.conversationOf(p)).status).toBe("waiting");
    }
  });

  it("a housing queue asked about is a question, not a worry about where to live; while waiting it waits for the person", async () => {
    const p = await onboarded();
    const reply = (await p.say("hur ställer man sig i bostadskö")).join(" ");
    expect(reply).not.toMatch(/Oron för var man ska bo/);
    expect(reply).toMatch(/bostadsförmedling/);
    const q = await onboarded();
    await q.say("prata med en människa");
    const waiting = (await q.say("hur ställer man sig i bostadskö")).join(" ");
    expect(waiting).not.toMatch(/låter tungt|markerat det som viktigt/);
    expect(waiting).toMatch(/ligger kvar här/);
  });

  it("in English too, and the privacy questions keep their answers", async () => {
    const p = await onboarded("en");
    expect((await p.say("do i have to apply for csn myself")).join(" ")).toMatch(/csn\.se|CSN answers/);
    const q = await onboarded();
    expect((await q.say("kan soc se det här")).join(" ")).toMatch(/kan inte läsa det här/);
    expect((await q.say("påverkar det mitt csn om jag svarar?")).join(" ")).toMatch(/beslutar om pengar|bestämmer om pengar/);
    expect((await q.say("kan ni hjälpa mig med mitt cv")).join(" ")).toMatch(/hjälper till med/);
  });
});

describe("an open offer of a person", () => {
  it("is not closed by the need played down: the door stays open warmly, and a later yes is its answer", async () => {
    const p = await onboarded();
    expect((await p.say("har inte ätit nåt idag😭")).join(" ")).toMatch(/hör av sig till dig\?/);
    const reply = (await p.say("e inte hungrig ändå typ")).join(" ");
    expect(reply).not.toMatch(/Det är lugnt\.|helt okej\. Du kan alltid|förstod inte/);
    expect(reply).toMatch(/Ska jag be teamet höra av sig|vill du att teamet hör av sig/i);
    expect((await p.say("ja")).join(" ")).toMatch(/Jag har bett teamet/);
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("'orkar inte med nåt' keeps it open, and a second play-down names the door without the same line again", async () => {
    const p = await onboarded();
    await p.say("har inte ätit nåt idag😭");
    const first = (await p.say("orkar inte med nåt")).join(" ");
    expect(first).not.toMatch(/helt okej\. Det du skrev nu|Du kan alltid skriva/);
    expect(first).toMatch(/höra av sig\?|hör av sig, nu eller senare\?/);
    const second = (await p.say("spelar ingen roll")).join(" ");
    expect(second).toMatch(/Erbjudandet står kvar/);
    expect(second).not.toBe(first);
  });

  it("a fear of social services is answered truthfully, with no promise of what soc decides, and the offer stays open", async () => {
    const p = await onboarded();
    await p.say("har inte ätit nåt idag😭");
    const reply = (await p.say("Jag vill inte att soc tar mina syskon")).join(" ");
    expect(reply).not.toMatch(/^Okej, helt okej/);
    expect(reply).toMatch(/ekonomiskt bistånd/);
    expect(reply).toMatch(/kan jag inte lova/);
    expect(reply).toMatch(/följa med dig|gå dit med dig/);
    expect((await p.say("ja")).join(" ")).toMatch(/Jag har bett teamet/);
    const q = await onboarded("en");
    await q.say("havent eaten anything today");
    expect((await q.say("i dont want social services to take my siblings")).join(" ")).toMatch(/can't promise what they decide/);
  });

  it("a clear no still closes it", async () => {
    for (const no of ["nej", "nej tack", "nej det e lugnt"]) {
      const p = await onboarded();
      await p.say("har inte ätit nåt idag😭");
      expect((await p.say(no)).join(" "), no).toMatch(/^Okej, helt okej/);
    }
  });
});

describe("quiet signs of feeling low", () => {
  it("a heavy answer in a check-in gets a pause and the offer of a person, not 'Hur har du sovit?'", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    expect((await p.say("4")).join(" ")).toMatch(/4:a och inte lägre/);
    const reply = (await p.say("jobbigt med allt")).join(" ");
    expect(reply).not.toMatch(/sovit/);
    expect(reply).toMatch(/tungt/);
    expect(reply).toMatch(/Vill du att teamet hör av sig till dig\?/);
    const conversation = await suite.conversationOf(p);
    expect(conversation.priority).toBe("concern");
    expect(conversation.concernReason).toBe("heavy-check-in");
    // A no is theirs; the check-in goes on where it stopped, and the mood is kept.
    expect((await p.say("nej")).join(" ")).toMatch(/helt okej[\s\S]*Hur har du sovit\?/);
  });

  it("'kan inte sova' at night, with nothing going on, gets a warm word and when someone reads, not 'förstår inte allt'", async () => {
    const p = await onboarded();
    suite.h.clock.ms = Date.parse("2026-11-26T02:10:00Z");
    const reply = (await p.say("kan inte sova")).join(" ");
    expect(reply).not.toMatch(/förstår inte|hänger inte/);
    expect(reply).toMatch(/tungt att inte kunna sova|Sömnlösa nätter/);
    expect(reply).toMatch(/08:00/);
    const q = await onboarded("en");
    suite.h.clock.ms = Date.parse("2026-11-27T02:10:00Z");
    // (The screen may read it as a sleep concern; then its own offer answers. Never "I don't understand".)
    const en = (await q.say("i cant sleep")).join(" ");
    expect(en).not.toMatch(/don't understand|didn't quite get|not quite following/);
    expect(en).toMatch(/can't sleep|Sleepless nights|Sleep affects/);
  });

  it("'jobbigt med allt' out of the blue is met as a bad day, not 'förstår inte allt'", async () => {
    const p = await onboarded();
    const reply = (await p.say("jobbigt med allt")).join(" ");
    expect(reply).not.toMatch(/förstår inte|hänger inte/);
    expect(reply).toMatch(/Tråkigt att höra/);
  });
});

describe("odd check-in answers", () => {
  it("'medel' and 'inte bra inte dåligt' are the middle, a 5, said back", async () => {
    for (const middle of ["medel", "inte bra inte dåligt"]) {
      const p = await onboarded();
      await p.say("kolla läget");
      const reply = (await p.say(middle)).join(" ");
      expect(reply, middle).not.toMatch(/Svara gärna med en siffra|hoppar över/);
      expect(reply, middle).toMatch(/5:a/);
    }
  });

  it("'samma som igår' is the last check-in's number, said which; with none, it is asked for", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("6");
    await p.say("orka");
    suite.h.clock.advance(24 * 3_600_000);
    await p.say("kolla läget");
    const reply = (await p.say("samma som igår")).join(" ");
    expect(reply).toMatch(/6:a/);
    expect(reply).toMatch(/förra gången|som sist/);
    // A number corrects it.
    expect((await p.say("4")).join(" ")).toMatch(/4:a i stället/);
    expect((await p.record()).checkIns.map((c) => c.mood)).toEqual([6]);
    const q = await onboarded("en");
    await q.say("check in");
    expect((await q.say("same as igår lol")).join(" ")).toMatch(/can't see a number from last time|don't have a number saved/);
  });

  it("'vet ej typ 4' to the question before a check-in keeps the 4, and the number is not asked for again", async () => {
    const p = await onboarded("en");
    const h = suite.h;
    const { deps, actor, conversationId } = await staffFor(p);
    await addSchedule(deps, actor, conversationId, { kind: "weekly", weekday: 1, time: "11:00", dialog: "check-in" });
    h.clock.ms = Date.parse("2026-11-23T10:05:00Z");
    await h.tillit.nudges.tick();
    await h.tillit.core.idle();
    expect((await p.received()).join(" ")).toMatch(/time for a short check-in/);
    expect((await p.say("vet ej typ 4")).join(" ")).toMatch(/What makes it a 4 and not lower\?/);
    const next = (await p.say("felt too weird")).join(" ");
    expect(next).not.toMatch(/scale of 1-10|put a number on it/);
    expect(next).toMatch(/slept/);
  });
});

describe("the farewell at discharge", () => {
  it("asks one thing at a time: the monthly follow-up first, the six questions after their answer", async () => {
    const p = await onboarded();
    const { deps, actor, conversationId } = await staffFor(p);
    await discharge(deps, actor, conversationId, { outcome: "work" });
    const [farewell, ...more] = await p.received();
    expect(more).toEqual([]);
    expect(farewell).toMatch(/en gång i månaden/);
    expect(farewell).not.toMatch(/sex korta frågor|\?/);
    const next = (await p.say("ok tack")).join(" ");
    expect(next).toMatch(/sex korta frågor/);
    expect(next).not.toMatch(/en gång i månaden/);
  });

  it("'nej det e lugnt' in the battery is a way out, kindly, what was rated kept; 'nej typ 3' is a 3", async () => {
    const p = await onboarded();
    const { deps, actor, conversationId } = await staffFor(p);
    await discharge(deps, actor, conversationId, { outcome: "work" });
    await p.received();
    await p.say("ok");
    await p.say("ja");
    await p.say("nej typ 3");
    const reply = (await p.say("nej det e lugnt")).join(" ");
    expect(reply).not.toMatch(/Svara gärna med en siffra/);
    expect(reply).toMatch(/hoppar över resten|slutar där/);
    expect((await p.record()).selfRatings.map((r) => [r.statement, r.score])).toEqual([["readiness", 3]]);
    // Not a question of the battery any more: a hello is a hello.
    expect((await p.say("hej")).join(" ")).toMatch(/^Hej/);
  });

  it("a plain 'nej' ends a battery begun by the person too", async () => {
    const p = await onboarded();
    await p.say("skattning");
    expect((await p.say("nej")).join(" ")).toMatch(/hoppar över resten|vi hoppar över/);
  });
});
