// After "kan nån se det här?" and "kan soc se detta?" a young tester asked on, and met the stock line:
// "min mamma betalar mitt abonnemang" (can she see it on the bill?), "polisen?" in one word, and "sparas
// det jag skrev om min pappa" (answered as whether parents can read this). Now: the bill shows that
// texts went to and from the number, never what they say, and the web chat (a coordinator's personal
// link; replies then go there) is named; a party in a word right after a privacy answer gets that
// party's answer; what they told is kept as their consent says, who can read it, and how to ask for
// erasure. Each is answered during the consent and while a person is awaited too, and near misses are not.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { fill, loadLocales } from "../../bot/infrastructure/i18n.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { followUpParty, paysForPhone } from "../../dialogs/shared/understand-privacy-follow-ups.js";
import { fold } from "../../dialogs/shared/fold.js";

const suite = officeHoursSuite(739300000);
const { onboarded, newcomer } = suite;
const locales = loadLocales();
const VARS = { coordinatorInSentence: "teamet", months: "6", noContactMonths: "12", days: "30" };
const lines = (lang: "sv" | "en", key: string) => locales[lang].get(key)!.map((t) => fill(t, { ...VARS, ...(lang === "en" ? { coordinatorInSentence: "the team" } : {}) }));
const MINUTE = 60_000;

describe("follow-ups to a privacy answer", () => {
  it("'kan nån se det här?', then 'min mamma betalar mitt abonnemang', 'polisen?', 'och skolan då'", async () => {
    const p = await onboarded();
    expect(lines("sv", "answers.whoReads")).toContain((await p.say("kan nån se det här?"))[0]);
    const bill = await p.say("min mamma betalar mitt abonnemang");
    expect(bill).toHaveLength(1);
    expect(lines("sv", "answers.phoneBill")).toContain(bill[0]);
    expect(bill[0]).toMatch(/aldrig vad/);
    expect(bill[0]).toMatch(/webbchatt/);
    expect(lines("sv", "answers.police")).toContain((await p.say("polisen?"))[0]);
    expect(lines("sv", "answers.school")).toContain((await p.say("och skolan då"))[0]);
  });

  it("'kan soc se detta?' then 'polisen?': answered as the police question is", async () => {
    const p = await onboarded();
    await p.say("kan soc se detta?");
    const reply = await p.say("polisen?");
    expect(reply).toHaveLength(1);
    expect(lines("sv", "answers.police")).toContain(reply[0]);
  });

  it("in English: 'my mom pays my phone bill', 'police?'", async () => {
    const p = await onboarded("en");
    await p.say("can anyone see this?");
    expect(lines("en", "answers.phoneBill")).toContain((await p.say("my mom pays my phone bill"))[0]);
    expect(lines("en", "answers.police")).toContain((await p.say("police?"))[0]);
  });

  it("during the consent: answered, with the consent's choices on it", async () => {
    const p = newcomer();
    await p.say("Hej");
    await p.say("kan nån se det här?");
    // Since session 23 (fix23a, full01) the consent is not put after every answer: its choices stay on the answer.
    const reply = await p.say("min mamma betalar mitt abonnemang");
    expect(reply).toHaveLength(1);
    expect(lines("sv", "answers.phoneBill").map((l) => `${l}\n1. Ja\n2. Nej\n3. Jag har frågor`)).toContain(reply[0]);
  });

  it("while a person is awaited", async () => {
    const p = await onboarded();
    await p.say("prata med en människa");
    await p.say("kan soc se detta?");
    expect(lines("sv", "answers.police")).toContain((await p.say("polisen?"))[0]);
  });

  it("not without a privacy answer just before, nor long after one", async () => {
    const p = await onboarded();
    expect(lines("sv", "answers.police")).not.toContain((await p.say("polisen?"))[0]);
    expect(lines("sv", "answers.phoneBill")).not.toContain((await p.say("min mamma betalar mitt abonnemang"))[0]);
    const q = await onboarded();
    await q.say("kan soc se detta?");
    suite.h.clock.advance(45 * MINUTE);
    expect(lines("sv", "answers.police")).not.toContain((await q.say("polisen?"))[0]);
  });
});

describe("what they told, kept?", () => {
  it("'sparas det jag skrev om min pappa': kept while in contact, who reads, how long, how to ask for erasure (not the parents answer)", async () => {
    const p = await onboarded();
    const [reply] = await p.say("sparas det jag skrev om min pappa");
    expect(lines("sv", "answers.keptTold")).toContain(reply);
    expect(reply).toMatch(/koordinator.*teamledare/);
    expect(reply).toMatch(/6 mån efter att kontakten slutat/);
    expect(reply).toMatch(/"radera mina uppgifter"/);
    expect(lines("sv", "answers.parents")).not.toContain(reply);
  });

  it("after a no to keeping answers: the text goes after the days the consent named", async () => {
    const p = newcomer();
    await p.say("Hej");
    await p.say("nej");
    const [reply] = await p.say("sparas det jag skrev om min pappa");
    expect(lines("sv", "answers.keptToldNoConsent")).toContain(reply);
    expect(reply).toMatch(/30 dagar/);
  });

  it("in English", async () => {
    const p = await onboarded("en");
    expect(lines("en", "answers.keptTold")).toContain((await p.say("is what i said about my dad saved?"))[0]);
  });
});

describe("readings and near misses", () => {
  it.each([
    ["sparas det jag skrev om min pappa", "question:kept-told"],
    ["finns det jag berättade kvar?", "question:kept-told"],
    ["is what i said about my dad saved?", "question:kept-told"],
    ["syns det här på mobilräkningen?", "question:phone-bill"],
    ["min mamma betalar mitt abonnemang, kan hon se det?", "question:phone-bill"],
    ["my mom pays my phone bill, can she see this?", "question:phone-bill"],
    ["does it show up on the bill", "question:phone-bill"],
    // The general question keeps its answer (recognition.jsonl).
    ["sparas det jag skriver", "question:storage"],
    ["raderas det jag skriver?", "question:storage"],
  ])("%s → %s", (text, intent) => expect(understandFree(text)).toBe(intent));

  it.each(["jag skrev om min pappa igår", "det jag skrev om pappa var inte sant", "jag sparar till körkort", "jag betalar räkningen själv?", "polisen tog min kompis igår", "min mamma betalar mitt abonnemang"])(
    "not a question by itself: %s",
    (text) => expect(understandFree(text)).not.toMatch(/question:(kept-told|phone-bill|police)/),
  );

  it("a party in a word, and who pays the phone", () => {
    for (const [t, kind] of [["polisen?", "police"], ["och polisen då", "police"], ["what about the cops", "police"], ["och skolan då", "school"], ["soc då?", "social-services"], ["af?", "employment-service"]] as const) {
      expect(followUpParty(fold(t)), t).toBe(kind);
    }
    for (const t of ["ring polisen", "polisen kom hit igår", "polisen vet redan", "skolan börjar imorgon", "mamma är sjuk"]) expect(followUpParty(fold(t)), t).toBeUndefined();
    for (const t of ["min mamma betalar mitt abonnemang", "pappa står för min mobil", "abonnemanget är på min mamma", "my mom pays my phone bill"]) expect(paysForPhone(fold(t)), t).toBe(true);
    for (const t of ["mamma betalar mitt busskort", "jag betalar mitt abonnemang själv", "min mamma betalar hyran", "i pay my own bill"]) expect(paysForPhone(fold(t)), t).toBe(false);
  });
});
