// What young testers still found open after the fourth round: "kolla läget" to the offer of a person
// met with "Jag förstod inte riktigt", fear after a crisis met with the stock line, "när svarar ni?"
// answered only with when someone reads, good news in the check-in met neutrally, a score for today said
// next to yesterday's refused, and a name given late in onboarding lost.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { asksForCheckIn } from "../../dialogs/shared/understand-free.js";
import { asksWhenAnswered, saysScared } from "../../dialogs/shared/clearly-asks.js";
import { namesSelf } from "../../dialogs/shared/understand-name.js";

const suite = officeHoursSuite(725000000);
const { onboarded, conversationOf } = suite;

describe("a check-in asked for while the offer of a person is open", () => {
  it("is a 'not now' to the offer, said plainly, and the check-in begins", async () => {
    for (const t of ["kolla läget", "kan vi köra check in", "checkin", "kolla lage istället", "vill checka in 🙂"]) {
      const p = await onboarded();
      expect((await p.say("allt känns meningslöst")).join(" ")).toMatch(/hör av sig till dig\?/);
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/förstod inte/);
      expect(reply, t).toMatch(/prata med en människa/);
      expect(reply, t).toMatch(/skala 1-10/);
      expect(reply, t).not.toMatch(/Hej Sara!/);
      expect((await conversationOf(p)).status, t).toBe("bot");
      expect((await p.say("6")).join(" "), t).toMatch(/inte lägre/);
    }
    const q = await onboarded("en");
    await q.say("everything feels pointless");
    const reply = (await q.say("lets do a check in")).join(" ");
    expect(reply).toMatch(/talk to a person/);
    expect(reply).toMatch(/scale of 1-10/);
  });

  it("a yes, a no or a question about the check-in is not taken for it", async () => {
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    expect((await p.say("hur funkar check in?")).join(" ")).not.toMatch(/skala 1-10/);
    for (const t of ["kolla läget", "kan vi köra check in", "checkin", "lets do a check in"]) expect(asksForCheckIn(t), t).toBe(true);
    for (const t of ["hur funkar check in?", "vad är kolla läget", "ja", "nej", "vet inte", "kanske"]) expect(asksForCheckIn(t), t).toBe(false);
  });
});

describe("fear, said while a person is awaited after a crisis", () => {
  it("gets a word for the fear, that the team knows, and where to talk now; never the same line twice in a row", async () => {
    for (const [t, language] of [["jag är rädd", "sv"], ["jag e så rädd", "sv"], ["ja e skiträdd 😢", "sv"], ["im scared", "en"], ["i'm so scared rn", "en"]] as const) {
      const p = await onboarded(language);
      expect((await p.say(language === "sv" ? "vill inte leva längre" : "i want to die"))[0]).toMatch(/90101/);
      const first = await p.say(t);
      expect(first, t).toHaveLength(1);
      expect(first[0], t).toMatch(language === "sv" ? /rädd|skrämmande/ : /scared|frightening/);
      expect(first[0], t).toMatch(language === "sv" ? /Teamet (har fått veta|vet)/i : /The team knows/i);
      expect(first[0], t).toMatch(/90101/);
      const second = await p.say(t);
      expect(second[0], t).toMatch(language === "sv" ? /rädd|skrämmande/ : /scared|frightening/);
      expect(second[0], t).not.toBe(first[0]);
    }
  });

  it("at night says when a person reads; not for 'inte rädd längre', 'var rädd om dig' or someone else's fear", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T22:30:00Z"); // Tuesday 23:30 in Stockholm
    const p = await onboarded();
    await p.say("vill inte leva längre");
    const night = (await p.say("jag är så rädd"))[0]!;
    expect(night).toMatch(/rädd|skrämmande/);
    expect(night).toMatch(/i morgon från kl/);
    for (const t of ["jag är inte rädd längre", "var rädd om dig", "hon är rädd för hundar"]) expect((await p.say(t)).join(" "), t).not.toMatch(/rädd att|att vara rädd|skrämmande|säger att du är rädd/);
    for (const t of ["jag är rädd", "jag e så rädd", "im scared", "I'm terrified", "jag har panik", "jag är livrädd"]) expect(saysScared(t), t).toBe(true);
    for (const t of ["jag är inte rädd", "inte rädd längre", "not scared", "var rädd om dig", "im afraid i cant", "i'm not scared anymore", "hon är rädd för hundar", "ok"]) expect(saysScared(t), t).toBe(false);
  });
});

describe("'när svarar ni?' while a person is awaited", () => {
  it("gets when a person reads and what to do if it cannot wait, in words that vary", async () => {
    for (const [t, language] of [["när svarar ni", "sv"], ["nar svarar nån", "sv"], ["hur länge dröjer det??", "sv"], ["när kommer ngn o svara 😩", "sv"], ["when will someone answer", "en"], ["how long until someone replies", "en"]] as const) {
      const p = await onboarded(language);
      const asked = (await p.say(language === "sv" ? "jag vill prata med en människa" : "i want to talk to a person")).join(" ");
      await p.say(language === "sv" ? "nu" : "now");
      const first = await p.say(t);
      expect(first, t).toHaveLength(1);
      expect(first[0], t).toMatch(language === "sv" ? /Någon i teamet läser/ : /Someone on the team reads/);
      expect(first[0], t).toMatch(/112/);
      expect(first[0], t).not.toBe(asked);
      const again = await p.say(t);
      expect(again, t).toHaveLength(1);
      expect(again[0], t).toMatch(/112/);
      expect(again[0], t).not.toBe(first[0]);
    }
  });

  it("only when someone else's answer is asked about", () => {
    for (const t of ["när svarar ni", "nar svarar nån", "när får jag svar", "when will someone answer", "when do u reply", "when will my coordinator text me", "när hör hon av sig"]) expect(asksWhenAnswered(t), t).toBe(true);
    for (const t of ["när ska jag svara", "när ni svarar, säg hej", "när kommer bussen", "när var mötet", "when is my meeting", "jag svarar när jag kan", "when i answer", "hur länge har ni funnits"]) expect(asksWhenAnswered(t), t).toBe(false);
  });
});

describe("good news in the check-in's 'what makes it not lower?'", () => {
  const celebrated = { sv: /^(Vad roligt, grattis!|Wow, vad kul att höra!|Så bra, grattis!)/, en: /^(That's great, congratulations!|Wow, so good to hear!|Brilliant, congrats!)/ };
  it("is met with joy, briefly", async () => {
    for (const [t, language] of [["fick jobb på ica!!", "sv"], ["klarade uppkörningen", "sv"], ["blev antagen till komvux 😁", "sv"], ["tog körkortet idag", "sv"], ["fick jobb på ica!! kan inte fatta det", "sv"], ["got into komvux", "en"], ["got hired at ica!!", "en"]] as const) {
      const p = await onboarded(language);
      await p.say(language === "sv" ? "kolla läget" : "check in");
      await p.say("6");
      const reply = (await p.say(t))[0]!;
      expect(reply, t).toMatch(celebrated[language]);
    }
  });

  it("never for bad news or a place nobody wants to be", async () => {
    for (const [t, language] of [["fick inget jobb", "sv"], ["fick ett nej från ica", "sv"], ["kom in på akuten igår", "sv"], ["kom inte in på komvux", "sv"], ["got into a fight", "en"], ["didnt get into komvux", "en"]] as const) {
      const p = await onboarded(language);
      await p.say(language === "sv" ? "kolla läget" : "check in");
      await p.say("6");
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).not.toMatch(/grattis|kul att höra|congrat|good to hear|brilliant/i);
    }
  });
});

describe("today's score said next to another day's", () => {
  it("is read as today's, whichever comes first", async () => {
    for (const [t, mood] of [["jag är typ på en 4 men igår var det 7", 4], ["4 idag, igår 7", 4], ["igår var det 2 men nu typ 6", 6], ["ja e typ en 4a men igar var de 7 😅", 4], ["typ 5 fast förut var det 3", 5]] as const) {
      const p = await onboarded();
      await p.say("kolla läget");
      expect((await p.say(t))[0], t).toMatch(new RegExp(`en ${mood}:a och inte lägre`));
    }
    const q = await onboarded("en");
    await q.say("check in");
    expect((await q.say("im at a 4 but yesterday was 7"))[0]).toMatch(/a 4 and not lower/);
  });

  it("a range stays a range, and two numbers with no day named are asked about", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    expect((await p.say("mellan 4 och 5"))[0]).toMatch(/^Mellan 4 och 5, okej\. Jag skriver en 4:a\./);
    const q = await onboarded();
    await q.say("kolla läget");
    expect((await q.say("4 men 7"))[0]).not.toMatch(/inte lägre/);
  });
});

describe("a name given late in onboarding, after the name question was skipped", () => {
  const skipName = async (answer = "vet ej") => {
    const p = suite.newcomer();
    for (const t of ["hej", "ja", answer]) await p.say(t);
    return p;
  };

  it("is taken at the next question ('kalla mig' wins), confirmed, and that question asked again", async () => {
    for (const [t, name] of [["asså jag heter typ mohammed men kalla mig mo", "Mo"], ["jag heter sara btw", "Sara"], ["mitt namn är Noor 😊", "Noor"], ["kala mej jonte", "Jonte"]] as const) {
      const p = await skipName();
      const reply = (await p.say(t)).join(" ");
      expect(reply, t).toMatch(new RegExp(`${name} blir det|kallar jag dig ${name}`));
      expect(reply, t).not.toMatch(/förstod inte/);
      expect(reply, t).toMatch(/Vilken tid på dagen/);
      expect((await p.record()).preferredName, t).toBe(name);
      expect((await p.say("3")).join(" "), t).toMatch(/Vilket språk/);
      expect((await p.say("svenska")).join(" "), t).toMatch(new RegExp(`^Tack, ${name}!`));
    }
  });

  it("at the question after that too", async () => {
    const p = await skipName("hoppa över");
    await p.say("kväll");
    const reply = (await p.say("ok men jag heter Ali")).join(" ");
    expect(reply).toMatch(/Ali/);
    expect(reply).toMatch(/Vilket språk/);
    expect((await p.record()).preferredName).toBe("Ali");
  });

  it("never from words that give no name, and never over a name already given", async () => {
    for (const t of ["kalla mig när du vill", "jag heter inte så", "vet inte vad jag heter", "min kompis heter Mo"]) {
      const p = await skipName();
      await p.say(t);
      expect((await p.record()).preferredName, t).toBeNull();
    }
    const q = suite.newcomer();
    for (const t of ["hej", "ja", "Sara"]) await q.say(t);
    await q.say("jag heter Mo");
    expect((await q.record()).preferredName).toBe("Sara");
    for (const t of ["kväll", "3", "vet ej", "ring mig på kvällen", "call me at 5", "call me back", "jag är trött"]) expect(namesSelf(t), t).toBeUndefined();
  });
});
