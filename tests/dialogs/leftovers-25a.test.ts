// Session 25's leftovers in the young person's practical questions and who-is-who (fix25a), found by tester24
// (FINDINGS.md 8, 9 and 10):
// 1. "hur ansöker man om aktivitetsersättning från försäkringskassan?" and "fick ett brev från försäkringskassan,
//    fattar inget" got "jag förstår inte allt…". Försäkringskassan (and "fk", "forsakringskassan", misspelt) now has a
//    signpost beside CSN's (understand-free.ts signpostTopic, answers.signpost.fk), and a letter from an agency not
//    understood gets that the team can go through it together (answers.signpost.letter), with the offer of a person.
// 2. In English the same questions get the same answers in English ("got a letter from csn, dont get it").
// 3. "finns det nåt härbärge för unga?", "var kan man sova inatt", "nowhere to sleep tonight", "behöver ett ställe att
//    sova" got no pointer: nowhere to sleep is read as out tonight (tonight-words.ts) and gets fix24d's line (112 and
//    socialjouren, BRIS for the young) with the offer of the team.
// 4. "vem är demo förresten?" was not understood: who a person of the team is, named, is answered.
// 5. "när är mitt nästa möte?" in the middle of the plan's step question got the same step line again: it is
//    answered, and the step line is not repeated word for word.
// 6. The name "Jo" at onboarding was refused (read as Swedish "jo" = yes): to the name question it is a name.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";
import { Participant } from "../helpers/conversation.js";
import { saveActionPlan } from "../../bot/plans/write-action-plan.js";

const suite = transcriptSuite(725100000, { staff: true });

describe("1. Försäkringskassan asked about, in Swedish", () => {
  const ASKED = [
    "hur ansöker man om aktivitetsersättning från försäkringskassan?",
    "hur ansöker man om aktivitetsersättning från forsakringskassan?",
    "hur funkar det med fk?",
    "vad gör försäkringskasssan?",
  ];
  it("gets where to read and ask (forsakringskassan.se), and the offer of the team", async () => {
    for (const said of ASKED) {
      const p = await suite.onTeam("sv", "Ida");
      const got = (await p.say(said)).join(" | ");
      expect(got, said).toMatch(/forsakringskassan\.se/);
      expect(got, said).not.toMatch(NOT_UNDERSTOOD);
      expect(got, said).toMatch(/Vill du att (Maja|teamet)/);
    }
  });

  it("a letter from Försäkringskassan or CSN not understood: the team can read it together with them", async () => {
    for (const said of ["fick ett brev från försäkringskassan, fattar inget", "fick brev från fk fattar ingenting", "fick ett brev från csn, fattar inget"]) {
      const p = await suite.onTeam("sv", "Ida");
      const got = (await p.say(said)).join(" | ");
      expect(got, said).toMatch(/brevet/);
      expect(got, said).toMatch(/tillsammans|med dig/);
      expect(got, said).not.toMatch(NOT_UNDERSTOOD);
    }
  });
});

describe("2. the same questions in English get the same answers in English", () => {
  it("CSN, Försäkringskassan, Arbetsförmedlingen, a letter", async () => {
    const CASES: [string, RegExp][] = [
      ["how do i apply for csn?", /csn\.se/],
      ["got a letter from csn, dont get it", /letter/],
      ["how do i apply for aktivitetsersättning from försäkringskassan?", /forsakringskassan\.se/],
      ["got a letter from forsakringskassan, i dont understand it", /letter/],
      ["how do i register at arbetsförmedlingen?", /arbetsformedlingen\.se/],
    ];
    for (const [said, answer] of CASES) {
      const p = await suite.onTeam("en", "Alex");
      const got = (await p.say(said)).join(" | ");
      expect(got, said).toMatch(answer);
      expect(got, said).not.toMatch(NOT_UNDERSTOOD);
    }
  });

  it("while a person is awaited, CSN asked about or help with it asked for gets csn.se, not only 'for the team'", async () => {
    for (const [lang, wait, said] of [
      ["en", "can I talk to someone about getting a job?", "how do i apply for csn?"],
      ["en", "can I talk to someone about getting a job?", "can you help me with csn?"],
      ["en", "can I talk to someone about getting a job?", "i need help applying for csn"],
      ["sv", "kan jag prata med nån om jobb?", "kan du hjälpa mig med csn?"],
      ["sv", "kan jag prata med nån om jobb?", "behöver hjälp att söka csn"],
    ] as const) {
      const p = await suite.onTeam(lang, lang === "sv" ? "Ida" : "Alex");
      await p.say(wait);
      const got = await p.sayLater(said);
      expect(got, said).toMatch(/csn\.se/);
      expect(got, said).not.toMatch(/That one is for|Den är för teamet/);
    }
  });

  it("'vet du nåt om csn?' asks what Tillit knows (csn.se), as 'do you know anything about csn?' does, not whether CSN sees this", async () => {
    for (const [lang, said] of [["sv", "vet du nåt om csn?"], ["en", "do you know anything about csn?"]] as const) {
      const p = await suite.onTeam(lang, "Ida");
      const got = (await p.say(said)).join(" ");
      expect(got, said).toMatch(/csn\.se/);
      expect(got, said).not.toMatch(/Tillit skickar inget|Tillit sends nothing/);
    }
  });
});

describe("3. nowhere to sleep tonight", () => {
  it("gets socialjouren and 112, BRIS for the young, and the offer of the team", async () => {
    for (const said of ["finns det nåt härbärge för unga?", "var kan man sova inatt", "behöver ett ställe att sova"]) {
      const p = await suite.onTeam("sv", "Ida");
      const got = (await p.say(said)).join(" | ");
      expect(got, said).toMatch(/socialjouren/);
      expect(got, said).toMatch(/112/);
      expect(got, said).toMatch(/BRIS/);
      expect(got, said).not.toMatch(NOT_UNDERSTOOD);
    }
    const p = await suite.onTeam("en", "Alex");
    const got = (await p.say("nowhere to sleep tonight")).join(" | ");
    expect(got).toMatch(/socialjouren/);
    expect(got).toMatch(/112/);
  });
});

describe("4. who a person of the team is", () => {
  it("'vem är maja förresten?', 'vem är kim?', 'who is maja btw': a person in the team", async () => {
    for (const [lang, said, name] of [["sv", "vem är maja förresten?", "Maja"], ["sv", "vem e kim förresten", "Kim"], ["en", "who is maja btw?", "Maja"]] as const) {
      const p = await suite.onTeam(lang, lang === "sv" ? "Ida" : "Alex");
      const got = (await p.say(said)).join(" | ");
      expect(got, said).toMatch(new RegExp(name));
      expect(got, said).not.toMatch(NOT_UNDERSTOOD);
    }
  });
});

describe("4b. a name nobody on the team goes by", () => {
  it("'vem är bosse förresten?' is not answered as someone on the team (nothing invented)", async () => {
    const p = await suite.onTeam("sv", "Ida");
    expect((await p.say("vem är bosse förresten?")).join(" ")).not.toMatch(/Bosse (jobbar|är)/);
  });
});

describe("5. a question in the middle of the step check-in", () => {
  it("'när är mitt nästa möte?' is answered, and the step line does not come again word for word", async () => {
    const p = await suite.onTeam("sv", "Elin");
    const { id } = await p.record();
    await saveActionPlan(suite.h.tillit.sql, { participantId: id, mainActivity: "komma ut mer", subGoals: ["Åka buss själv till stan"] });
    const first = await p.say("min plan");
    expect(first.at(-1)).toMatch(/^Hur går det med: Åka buss själv till stan\?/);
    const got = (await p.sayLater("när är mitt nästa möte?", 9 * 60_000));
    expect(got).toMatch(/möte/);
    expect(got).not.toMatch(/Hur går det med: Åka buss själv till stan\?/);
  });
});

describe("6. the name Jo at onboarding", () => {
  it("'Jo' and 'jo' to the name question are the name, in both languages", async () => {
    for (const [lang, script, name] of [
      ["en", ["Hello", "yes", "Jo"], "Jo"],
      ["sv", ["Hej", "ja", "jo"], "Jo"],
    ] as const) {
      const p = new Participant(suite.h, suite.phone());
      for (const t of script) await p.say(t);
      expect((await p.record()).preferredName, lang).toBe(name);
    }
  });

  it("'jo' to the consent's yes/no question is still a yes", async () => {
    const p = new Participant(suite.h, suite.phone());
    await p.say("Hej");
    await p.say("jo");
    expect((await p.record()).consents.map((c) => [c.kind, c.granted])).toContainEqual(["data-processing", true]);
  });
});
