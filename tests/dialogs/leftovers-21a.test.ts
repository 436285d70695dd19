// Session 21's conversation leftovers (fix21a), found by a young tester texting the product:
// - "sluta skicka sms till mig" got the menu of how often, "sa ju sluta" the menu again, and "så ni sparar ändå??
//   sluta" went unheard: a stop said plainly, or a STOPP word in answer to that menu, stops at once as STOPP does
//   (bot/core/opt-out.ts readStop), with START to come back.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";

const suite = transcriptSuite(721100000);
const { onboarded } = suite;

/** The plain STOPP confirmation, in either language: stopped, and START to come back. */
const STOPPED = /(inga fler meddelanden|any more messages)[\s\S]*START/;
/** The question of how often Tillit writes. */
const MENU = /En gång i veckan[\s\S]*Sluta helt|Once a week[\s\S]*Stop completely/;

describe("a stop said plainly is a stop, as STOPP", () => {
  const PLAIN: { language: "sv" | "en"; said: string }[] = [
    { language: "sv", said: "sluta skicka sms till mig" },
    { language: "sv", said: "sluta skicka sms till mej" },
    { language: "sv", said: "SLUTA SKICKA SMS" },
    { language: "sv", said: "kan ni sluta messa mig" },
    { language: "sv", said: "snälla sluta sms:a mig" },
    { language: "sv", said: "sluta skriva till mig" },
    { language: "sv", said: "sluta skicka meddelanden!!" },
    { language: "en", said: "stop texting me" },
    { language: "en", said: "please stop sending me messages" },
    { language: "en", said: "dont text me anymore" },
  ];

  it("stopped at once, told how to come back (START), not asked how often", async () => {
    for (const { language, said } of PLAIN) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join("\n");
      expect(reply, said).toMatch(STOPPED);
      expect(reply, said).not.toMatch(MENU);
      expect((await p.record()).status, said).toBe("opted-out");
      expect((await p.say("START"))[0], said).toMatch(/^(Välkommen tillbaka|Welcome back)/);
    }
  });

  it("the other wishes about messages keep their own answers: the menu, reminders off, no more numbers, a topic", async () => {
    for (const said of ["orkar inte fler sms", "färre sms", "farre sms tack", "sluta spamma", "skriv mindre"]) {
      const p = await onboarded();
      expect((await p.say(said)).join("\n"), said).toMatch(MENU);
      expect((await p.record()).status, said).toBe("active");
    }
    const p = await onboarded();
    expect((await p.say("sluta skicka påminnelser")).join(" ")).not.toMatch(STOPPED);
    expect((await p.record()).status).toBe("active");
    // Mid check-in, "sluta fråga" skips the rest of it, as before.
    const q = await onboarded();
    await q.say("checka in");
    await q.say("5");
    expect((await q.say("sluta fråga")).join(" ")).not.toMatch(STOPPED);
    expect((await q.record()).status).toBe("active");
  });
});

describe("a STOPP word said again in answer to the menu of how often stops", () => {
  const AGAIN: { language: "sv" | "en"; first: string; said: string }[] = [
    { language: "sv", first: "orkar inte fler sms", said: "sa ju sluta" },
    { language: "sv", first: "orkar inte fler sms", said: "så ni sparar ändå?? sluta" },
    { language: "sv", first: "orkar inte fler sms", said: "sa ni sparar anda?? sluta" },
    { language: "sv", first: "färre sms", said: "sluta" },
    { language: "sv", first: "färre sms", said: "nej men sluta då" },
    { language: "en", first: "fewer messages please", said: "i said stop" },
    { language: "en", first: "fewer messages please", said: "stop" },
  ];

  it("stopped with the plain confirmation (not 'did you mean fewer?', just asked), and START brings them back", async () => {
    for (const { language, first, said } of AGAIN) {
      const p = await onboarded(language);
      expect((await p.say(first)).join("\n"), first).toMatch(MENU);
      const reply = (await p.say(said)).join("\n");
      expect(reply, said).toMatch(STOPPED);
      expect(reply, said).not.toMatch(/tjatar mindre|mer sällan|less nagging|less often/);
      expect((await p.record()).status, said).toBe("opted-out");
    }
  });

  it("after the menu asked again in other words too", async () => {
    const p = await onboarded();
    await p.say("orkar inte fler sms");
    expect((await p.say("hmm vet ej")).join(" ")).toMatch(/^Jag menar: hur ofta/);
    const reply = (await p.say("sluta")).join(" ");
    expect(reply).toMatch(STOPPED);
    expect(reply).not.toMatch(/tjatar mindre/);
    expect((await p.record()).status).toBe("opted-out");
  });

  it("not a stop said not to happen, nor 'sluta fråga' (only when they write)", async () => {
    for (const said of ["nej sluta inte", "vill inte att du ska sluta", "som förut"]) {
      const p = await onboarded();
      await p.say("orkar inte fler sms");
      expect((await p.say(said)).join(" "), said).not.toMatch(STOPPED);
      expect((await p.record()).status, said).toBe("active");
    }
  });
});
