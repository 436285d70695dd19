// What a sixth young tester found (session 13): a check-in or an offer left open for hours took the next
// day's message as its answer ("avboka mötet på torsdag" met "Hur har du sovit?"), "måste jag gå på mötet
// på af?" was answered "Nej, Arbetsförmedlingen kan inte läsa det här", and small talk got cold lines.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";

const suite = officeHoursSuite(793400000);
const { onboarded } = suite;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("a question left open for hours", () => {
  it("does not take the next day's message as its answer: a meeting cancelled is heard as that", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    expect((await p.say("vet inte")).join(" ")).toMatch(/Hur har du sovit\?/);
    suite.h.clock.advance(DAY);
    const reply = (await p.say("avboka mötet på torsdag")).join(" ");
    expect(reply).not.toMatch(/sovit|förstod inte/);
    expect(reply).toMatch(/hör av sig om tiden/);
    // What was answered is kept.
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ mood: 5 })]);
  });

  it("a greeting the next day is a greeting, and good news after it is good news, never the old question", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    suite.h.clock.advance(DAY + 3 * HOUR);
    const hello = (await p.say("hej")).join(" ");
    expect(hello).toMatch(/^Hej Sara!/);
    expect(hello).not.toMatch(/sovit|inte lägre/);
    const news = (await p.say("fick jobb!!")).join(" ");
    expect(news).not.toMatch(/sovit/);
    expect(news).toMatch(/kul|roligt|grattis/i);
  });

  it("at night, in English, 'I cannot sleep' is not taken for yesterday's question, nor skips it", async () => {
    const p = await onboarded("en");
    await p.say("check in");
    await p.say("6");
    await p.say("okay");
    expect((await p.say("not so good")).join(" ")).toMatch(/proper meal/);
    suite.h.clock.ms = Date.parse("2026-11-27T00:15:00Z");
    const reply = (await p.say("I cannot sleep")).join(" ");
    expect(reply).not.toMatch(/skip that one|moved around|proper meal|didn't quite get/);
    expect((await p.say("sorry for writing so late")).join(" ")).toMatch(/no need to apologise|nothing to be sorry about/i);
  });

  it("a yes/no offer left open from the day before does not swallow 'behöver hjälp med försörjningsstöd'", async () => {
    const p = await onboarded();
    expect((await p.say("har inga pengar förrän den 25e")).join(" ")).toMatch(/hör av sig till dig\?/);
    expect((await p.say("asså inte akut")).join(" ")).toMatch(/hör av sig till dig\?/);
    suite.h.clock.advance(DAY);
    const reply = (await p.say("behöver hjälp med försörjningsstöd")).join(" ");
    expect(reply).not.toMatch(/Det är lugnt\. Skriv "prata med en människa"|förstår inte|hänger inte/);
    expect(reply).toMatch(/Vill du att någon (i teamet )?hör av sig/);
  });

  it("a clear answer still counts, and a few hours' pause just goes on", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5");
    await p.say("vet inte");
    suite.h.clock.advance(5 * HOUR);
    expect((await p.say("avboka mötet på torsdag")).join(" ")).toMatch(/sovit/);
    suite.h.clock.advance(DAY);
    expect((await p.say("dåligt")).join(" ")).toMatch(/ätit/);
  });
});

describe("'måste jag gå på mötet på af?'", () => {
  it("is a question about an obligation: Tillit cannot decide it, a meeting at AF can matter, a person is offered; never 'Nej'", async () => {
    for (const [t, language] of [
      ["måste jag gå på mötet på af?", "sv"],
      ["måste jag gå?", "sv"],
      ["e jag tvungen att gå dit", "sv"],
      ["do i have to go to the meeting at the job centre?", "en"],
    ] as const) {
      const p = await onboarded(language);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/^Nej|kan inte läsa|can't read|doesn't see/);
      expect(reply, t).toMatch(language === "sv" ? /kan (inte jag avgöra|jag inte bestämma)/ : /can't decide|not mine to decide/);
      expect(reply, t).toMatch(/Arbetsförmedlingen/);
      expect(reply, t).toMatch(language === "sv" ? /Vill du att (jag ber )?någon i teamet hör/ : /someone on the team/);
      expect((await p.say(language === "sv" ? "ja" : "yes")).join(" "), t).toMatch(language === "sv" ? /teamet/ : /team/);
      expect((await suite.conversationOf(p)).status, t).toBe("waiting");
    }
  });

  it("'kan af läsa det här?' is still answered as who can read, and 'måste jag gå och lägga mig' is no meeting", async () => {
    const p = await onboarded();
    expect((await p.say("kan af läsa det här?")).join(" ")).toMatch(/Arbetsförmedlingen (kan inte läsa|ser inte)/);
    expect((await p.say("måste jag gå och lägga mig")).join(" ")).not.toMatch(/avgöra|bestämma/);
  });
});
