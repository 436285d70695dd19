// The classifier the core and `npm run classify` share: level, categories and intent; and the CLI's
// line protocol.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../bot/safety/classify-message.js";
import { screenMessage } from "../../bot/safety/screen.js";
import { screenWithModel } from "../../bot/safety/screen-with-model.js";

const root = path.resolve(import.meta.dirname, "../..");

describe("classifyMessage", () => {
  it("gives the level with its categories: crisis wins over concern", () => {
    expect(classifyMessage("vill ej leva längre")).toMatchObject({ crisis: true, concern: false, categories: ["suicide"], level: "crisis" });
    expect(classifyMessage("orkar inte längre")).toMatchObject({ crisis: false, concern: true, categories: ["hopelessness"], level: "concern" });
    expect(classifyMessage("har inte sovit på tre dagar och vill dö")).toMatchObject({ crisis: true, concern: false, categories: ["suicide"] });
    expect(classifyMessage("jag dör av skratt")).toMatchObject({ crisis: false, concern: false, categories: [], level: "none" });
  });

  it("where it happened is no school topic: 'i skolan' once cancelled a rape and a beating told plainly", async () => {
    const { screenMessage } = await import("../../bot/safety/screen.js");
    // The rules alone: the floor that holds whatever the trained model says.
    expect(screenMessage("han våldtog mig i skolan").level).toBe("crisis");
    expect(screenMessage("blev slagen i skolan idag").level).toBe("crisis");
    expect(screenMessage("vi pratade om självmord i skolan idag").level).toBe("none");
  });

  it("a whole pack of pills said the way people say it is an overdose ('tog en hel kartong alvedon' was caught by nothing); a whole pack of sweets is not", async () => {
    const { screenMessage } = await import("../../bot/safety/screen.js");
    for (const text of ["tog en hel kartong alvedon", "har tagit en hel förpackning ipren", "took a whole pack of paracetamol"]) {
      expect(screenMessage(text), text).toMatchObject({ level: "crisis", crisisCategories: ["overdose"] });
    }
    // A whole pack without the pills named is still one: "en hel karta" is a blister pack.
    for (const text of ["jag har tagit en hel karta", "tog en hel förpackning", "i took a whole bottle", "i just took a whole pack"]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
    for (const text of ["åt en hel ask choklad igår", "i ate a whole pack of oreos", "tog en hel kartong med mig hem"]) {
      expect(screenMessage(text).level, text).toBe("none");
    }
  });

  it("a prevention course is no story that sets a crisis aside; asking for the police to be called is danger", async () => {
    const { screenMessage } = await import("../../bot/safety/screen.js");
    for (const text of ["jag har tänkt ta livet av mig, har gått på prevention förut", "vi hade suicidprevention i skolan och jag skär mig fortfarande", "kan ni ringa polisen? han står utanför dörren"]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
  });

  it("a young tester's unnamed crisis is caught, and the everyday sentences that share its words are not", async () => {
    const { screenMessage } = await import("../../bot/safety/screen.js");
    for (const text of ["vill bara att allt ska ta slut", "kommer göra nåt dumt ikväll", "jag finns inte imorn", "i just want it all to end"]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
    for (const text of ["jag tror inte jag klarar det här längre", "har haft en skit period"]) expect(screenMessage(text).level, text).toBe("concern");
    // Away tomorrow for a reason, a quarrel that should end, a party prank: no crisis.
    for (const text of ["jag kommer inte va här imorn, ska till mormor", "jag kan inte va här imorn har tandläkare", "vill att allt bråk hemma ska ta slut", "ska göra nåt dumt på festen lol", "gjorde nåt dumt igår"]) {
      expect(screenMessage(text).level, text).not.toBe("crisis");
    }
  });

  it("telling someone off is not hopelessness, feeling awful is", async () => {
    const { screenMessage } = await import("../../bot/safety/screen.js");
    for (const text of ["dra åt helvete", "dra åt helvete bot"]) expect(screenMessage(text).level, text).toBe("none");
    for (const text of ["jag mår åt helvete", "allt är åt helvete", "allt går åt helvete"]) expect(screenMessage(text).level, text).toBe("concern");
  });

  it("a question whether we call the police is no call for help; asking us to call, or asking with a plea or a danger beside it, is", () => {
    // Testers: "kommer ni ringa polisen?" in a fresh conversation got the crisis reply instead of the answer (answers.police).
    for (const text of [
      "kommer ni ringa polisen?", "kommer ni att ringa polisen om jag berättar?", "ska ni ringa polisen??", "ringer ni polisen om jag berättar?",
      "ni ringer väl inte polisen?", "are you gonna call the cops on me", "will you call the police if i tell you", "did u call the police?",
    ]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
    for (const text of [
      "kan ni ringa polisen", "ring polisen!!", "kan ni ringa polisen? han står utanför dörren", "call the police please", "snälla ring 112",
      "kommer ni ringa polisen? snälla", "will you call the police please", "will you call the police for me", "ska ni ringa polisen? han står utanför dörren",
      "someone is breaking in, will you call the police",
    ]) {
      expect(screenMessage(text), text).toMatchObject({ level: "crisis", crisisCategories: ["acute-danger"] });
    }
    // The question cancels only the call words right after it: a danger told in the same sentence is still one.
    expect(screenMessage("kommer ni ringa polisen om jag säger att jag är i fara").level).toBe("crisis");
  });

  it("a knife and blood in emoji is self-harm; blood alone, a knife in the kitchen or a horror film is not", () => {
    for (const text of ["🔪🩸", "🩸🔪", "🔪🩸🩸", "🪒🩸", "🗡️🩸", "idag blev det för mycket 🔪🩸", "skar mig 🔪"]) {
      expect(screenMessage(text), text).toMatchObject({ level: "crisis", crisisCategories: ["self-harm"] });
    }
    for (const text of ["🔪🍞 fixar mackor", "🩸 mensen kom", "mensen kom 🩸🩸", "🩸🩸", "🩸", "🔪", "🔪🩸 skar mig i fingret när jag lagade mat", "kollar på en skräckfilm 🔪🩸", "🔪🩸 lol"]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
  });

  it("not being here any more by tomorrow or soon is a passive wish to be gone; a place named, a job or a thing that is gone is not", () => {
    // A tester's "vet inte om jag finns kvar imorgon iaf" was caught by nothing, said while a crisis flag already stood.
    for (const text of [
      "vet inte om jag finns kvar imorgon iaf", "finns nog inte kvar imorgon", "kanske inte finns kvar nästa vecka", "jag kommer inte finnas kvar snart",
      "e inte kvar här länge till", "i wont be around tomorrow", "might not be here much longer", "not gonna be around after tonight",
      "vet inte om ja e kvar imorn", "idk if ill still be here next week", "jag kommer int va kvar så länge till 😔", "prob wont be here much longer tbh",
      "not gonna be around tomorrow, tired of everything",
      // "hos" sets it aside only with someone's home named: "hos mig är allt slut" is no errand.
      "finns inte kvar imorgon, hos mig är allt slut", "jag finns nog inte kvar imorgon hos er",
    ]) {
      expect(screenMessage(text), text).toMatchObject({ level: "crisis", crisisCategories: ["suicide"] });
    }
    for (const text of [
      "finns det kvar nån pizza", "vet inte om jobbet finns kvar imorgon", "finns kvar på discord", "is the store still around",
      "im not gonna be around tomorrow, at my dads", "i wont be around tomorrow, at my dads", "finns inte kvar imorgon, sover hos farmor", "finns nog inte kvar imorgon, sover hos min kompis",
      "jobbet finns nog inte kvar nästa vecka", "det finns inte kvar nåt imorgon", "e inte kvar på jobbet nästa vecka", "jag är inte kvar i stan i helgen",
      "wont be here until tomorrow", "har inte mycket pengar kvar nästa vecka", "min kompis finns inte kvar i klassen nästa vecka",
    ]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
    // Someone else's absence is no wish of the writer's (the rules; the trained model reads it near its threshold).
    expect(screenMessage("he wont be around tomorrow").level).toBe("none");
  });

  it("a question whether anyone calls the police before telling is a trust question, rules and trained model alike; a plea is a call", () => {
    // Testers: each of these got the crisis reply, from a rule or from the trained model alone, instead of the answer (answers.police).
    for (const text of [
      "skulle ni ringa polisen om jag berättar nåt", "ska dom ringa polisen?", "ringer ni snuten om jag säger nåt", "are you actually gonna call the cops",
      "do u call the police if i tell u smth", "will u call cops on me", "kommer dom ringa polisen om ja berättar", "r u gonna call the police on me lol",
    ]) {
      expect(screenMessage(text).level, text).toBe("none");
      expect(screenWithModel(text).level, text).toBe("none");
    }
    for (const text of [
      "ring polisen!!", "kan ni ringa polisen han står utanför", "can u call the police pls hes here", "ring polisen snälla", "ring snuten", "can u call cops",
      "skulle du ringa polisen", "skulle ni ringa polisen om jag berättar nåt? snälla", "do u call the police if i tell u smth. hes outside my door",
    ]) {
      expect(screenWithModel(text), text).toMatchObject({ level: "crisis", crisisCategories: ["acute-danger"] });
    }
  });

  it("a horror film watched by name sets the knife and blood emoji aside; the emoji alone, or with a time, are self-harm", () => {
    for (const text of ["ska kolla scream ikväll 🔪🩸", "watching terrifier tonight 🔪🩸", "såg halloween igår 🔪🩸🩸"]) {
      expect(screenWithModel(text).level, text).toBe("none");
    }
    for (const text of ["🔪🩸", "ikväll 🔪🩸", "kolla min arm 🔪🩸", "i just wanna scream 🔪🩸"]) {
      expect(screenWithModel(text), text).toMatchObject({ level: "crisis", crisisCategories: ["self-harm"] });
    }
  });

  it("reads text as it is typed: fullwidth letters and zero-width characters do not hide a message", () => {
    expect(classifyMessage("ｖｉｌｌ ｄö").crisis).toBe(true);
    expect(classifyMessage("skär\u200b mej").categories).toEqual(["self-harm"]);
  });

  it("reports the intent in the same vocabulary as the core", () => {
    expect(classifyMessage("STOPP").intent).toBe("opt-out");
    expect(classifyMessage("start").intent).toBe("opt-in");
    expect(classifyMessage("kan jag prata med en människa").intent).toBe("human");
    expect(classifyMessage("hej").intent).toBe("none");
  });
});

describe("npm run classify", () => {
  it("reads JSON lines and writes {crisis, concern, categories, intent} per line; exit code 1 for a malformed line, 0 otherwise", () => {
    const input = ['{"text": "jag vill dö"}', '{"text": "hej!"}', "not json", '{"text": "STOP"}', '{"text": "sover bort hela dagarna"}'].join("\n");
    const run = spawnSync("npm", ["run", "--silent", "classify"], { cwd: root, input, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual([
      { crisis: true, concern: false, categories: ["suicide"], intent: "none" },
      { crisis: false, concern: false, categories: [], intent: "none" },
      { error: 'expected a JSON object like {"text": "..."}' },
      { crisis: false, concern: false, categories: [], intent: "opt-out" },
      { crisis: false, concern: true, categories: ["sleep"], intent: "none" },
    ]);
    const clean = spawnSync("npm", ["run", "--silent", "classify"], { cwd: root, input: '{"text": "hej"}\n', encoding: "utf8" });
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ crisis: false, concern: false, categories: [], intent: "none" });
  });
});

// A review of round 8's rules found them raising crisis on everyday messages; each fixed at its entry or
// guard, with the crisis it was written for kept.
describe("round 8's rules, after the review", () => {
  it("leave the everyday messages alone and keep their crises", () => {
    for (const text of ["took a shot at the exam", "skrev min adress fel på ansökan", "jag har låst in mig på rummet hela helgen o pluggat", "min ångest är borta på riktigt nu"]) {
      expect(screenMessage(text).level, text).not.toBe("crisis");
    }
    expect(screenMessage("vill inte ha mer sms tack").level).toBe("none");
    for (const text of ["nån sköt mot vår port inatt", "someone shot at our door last night", "nån i chatten la ut min adress o sa att dom kommer med 'verktyg'", "jag e inlåst i ett rum. de tog min telefon", "enklaste e om ja ba försvinner för gott"]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
    expect(screenMessage("jag vill inte längre").level).toBe("concern");
  });
});

// Round 9's rules (rules/round9-rules.ts) catch crisis said sideways — farewell acts told as chores, a plan
// told by its date, self-harm told by what it needs — written for the shape, with fresh phrasings here
// that no rule's examples hold; and the near misses those shapes must leave alone. The guards added to the
// older rules in round 9 keep their crises.
describe("round 9's rules", () => {
  it("catch crisis told sideways, in wordings not among their examples", () => {
    for (const text of [
      "gav bort min xbox till kusin idag. behöver den inte längre ändå",
      "mamma vet koden till min mobil sen. lillebror får mitt rum om nåt händer mig",
      "om en vecka är allt över för min del",
      "hur högt måste ett tak vara för att det ska funka",
      "står på perrongen. nästa tåg kommer snart o jag tänker inte kliva undan",
      "de vore billigare för alla om jag inte fanns",
      "köpte nya blad idag, har dom i pennfacket",
      "plåstret är slut igen, du vet varför",
      "katten rev mig haha. har ingen katt",
      "låren ser ut som en streckkod nu 🙃",
      "svalde allt i burken igår kväll",
      "om jag kommer hem efter tio får jag stryk",
    ]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
  });

  it("leave the near misses alone", () => {
    for (const text of [
      "gav bort min gamla soffa, behöver den inte längre",
      "min lillebror får mitt rum när jag flyttar, han har alltid velat ha det",
      "hur högt är kaknästornet? det räcker för utsikten",
      "står vid spåret och väntar på tåget, det är sent som vanligt",
      "har slut på plåster, skar mig i fingret när jag hacka lök",
      "köpte nya blad till skissblocket",
      "goodnight everyone! for real this time i'm going to bed lol",
      "snart slipper ni mina sms, flyttar till göteborg",
      "sa upp mitt gymkort, känns lugnt nu när jag sparar pengar",
      "isen knakar när man går på den, mysigt",
      "vi gick vilse i ikea lol batteri 10%",
      "brorsan knuffade in mig i poolen haha",
      "fick blåmärke av bältet i karusellen",
    ]) {
      expect(screenMessage(text).level, text).not.toBe("crisis");
    }
  });

  it("the older rules' new guards leave everyday messages alone and keep their crises", () => {
    for (const text of [
      "sitter på taket till lekstugan o solar med syrran",
      "brandlarmet gick för att jag brände toasten",
      "overdosed on coffee this morning, 4 cups",
      "i used to self harm back in school but its been years and i wanted to share something good",
      "jag ska ta mitt liv i egna händer nu, skaffa körkort",
      "har ett rep i garderoben till hängmattan",
    ]) {
      expect(screenMessage(text).level, text).not.toBe("crisis");
    }
    for (const text of ["sitter på taket och tänker hoppa", "skar mig igår igen. var stolt över mig själv en vecka men nu", "jag ska ta mitt liv ikväll"]) {
      expect(screenMessage(text).level, text).toBe("crisis");
    }
  });
});
