// The seventh tester (2026-12): onboarding's time question did not understand "sent", "late evenings tbh"
// or "natt typ😂", and stayed open; a day later it ate "check in" ("No worries, let's skip that one") and a
// real question about SFI ("Vilken tid på dagen passar bäst?"), since onboarding never went stale. And
// "Hej jag heter Hodan och jag fick detta nummer …" (voice-to-text) did not give the name. Here the times
// are read in their words, onboarding's questions after the consent go stale like any other, and a name
// told on with "och" in the first message is kept.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { understandTimeOfDay } from "../../dialogs/shared/understand-answers.js";

const suite = transcriptSuite(731600000, { clock: { once: Date.parse("2026-11-24T10:00:00+01:00") } });

async function atTimes(lang: "sv" | "en" = "sv"): Promise<Participant> {
  const p = suite.newcomer();
  await p.say(lang === "sv" ? "hej" : "hello");
  await p.say(lang === "sv" ? "ja" : "yes");
  await p.say("Kai");
  return p;
}

describe("onboarding in their words", () => {
  it.each([
    ["sent", "evening"], ["late evenings tbh", "evening"], ["natt typ😂", "evening"], ["sent på kvällen", "evening"], ["på nätterna", "evening"],
    ["tidigt", "morning"], ["mornings i guess", "morning"], ["efter lunch", "afternoon"], ["när som helst", "any"],
  ])("%s is %s", (text, time) => expect(understandTimeOfDay(text)).toBe(time));

  it.each(["sen", "vet ej", "svenska duh", "hoppa över", "jag sov dåligt"])("%s is no time of day", (text) => expect(understandTimeOfDay(text)).toBe("unclear"));

  it.each(["sent", "late evenings tbh", "natt typ😂"])("'%s' answers the time question: the language comes next", async (text) => {
    const p = await atTimes();
    const reply = await p.say(text);
    expect(reply.at(-1)).toMatch(/^Vilket språk vill du skriva på\?/);
    expect((await p.record()).preferredTimes).toContain("evening");
  });

  it("a day later, 'check in' is a check-in, not a skip of the time question left open", async () => {
    const p = await atTimes();
    suite.h.clock.ms += 26 * 3_600_000;
    const reply = await p.say("kolla läget");
    expect(reply.join("\n")).not.toMatch(/hoppar över|Vilken tid på dagen/);
    expect(reply.at(-1)).toMatch(/på en skala 1-10\?$/);
    expect((await p.record()).status).toBe("active");
  });

  it("a day later, a real question is read fresh, not as the time question's answer", async () => {
    const p = await atTimes();
    suite.h.clock.ms += 26 * 3_600_000;
    const reply = await p.say("Jag vill läsa SFI eller komvux vad är skillnaden frågetecken");
    expect(reply.join("\n")).not.toMatch(/Vilken tid på dagen|förstod inte riktigt/);
  });

  it("an hour later the time question still takes its answer", async () => {
    const p = await atTimes();
    suite.h.clock.ms += 3_600_000;
    expect((await p.say("kväll")).at(-1)).toMatch(/^Vilket språk vill du skriva på\?/);
  });

  it("'Hej jag heter Hodan och jag fick detta nummer …' gives the name: not asked for it after the yes", async () => {
    const p = suite.newcomer();
    await p.say("Hej jag heter Hodan och jag fick detta nummer från min kompis hon sa att ni hjälper unga som inte har jobb jag har bott i Sverige i fyra år och jag läser inte nu punkt");
    const reply = await p.say("Okej ja");
    expect(reply.join("\n")).not.toMatch(/kalla dig/);
    expect(reply.at(-1)).toMatch(/Hodan/);
    expect((await p.record()).preferredName).toBe("Hodan");
  });
});
