// What a fourth round of young testers (fourteen personas, session eleven) found: "teamet och teamet" in
// the answer to "är du en robot?" (no coordinator named), "tack" and "hejdå" met with "I don't
// understand", "det är bråttom" and "förlåt" met with silence while a person was awaited, "typ en gång i
// veckan räcker" asked again, ways back to the usual pace not understood, and a stop confirmation that
// still described the old choice.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { closes, declinesCall, understandFree } from "../../dialogs/shared/understand-free.js";
import { apologises, saysUrgent } from "../../dialogs/shared/clearly-asks.js";
import { detectReminderRequest } from "../../dialogs/shared/reminder-words.js";
import { understandAte } from "../../dialogs/shared/understand-answers.js";

const suite = officeHoursSuite(724000000);
const { onboarded, conversationOf } = suite;

describe("said once, not twice", () => {
  it("'är du en robot?' with no coordinator named: the team reads along, never 'teamet och teamet'", async () => {
    const p = await onboarded();
    const reply = (await p.say("är du en robot?")).join(" ");
    expect(reply).toMatch(/Men teamet läser med/);
    expect(reply).not.toMatch(/teamet och teamet/);
    const q = await onboarded("en");
    const english = (await q.say("are you a bot?")).join(" ");
    expect(english).toMatch(/But the team read along/);
    expect(english).not.toMatch(/the team and the team/);
  });
});

describe("thanks and goodbyes", () => {
  it("are answered as such, in words that vary", async () => {
    const p = await onboarded();
    const thanks = await p.say("tack");
    expect(thanks).toHaveLength(1);
    expect(thanks[0]).toMatch(/^(Varsågod|Inga problem)/);
    const again = await p.say("tack 😊");
    expect(again[0]).toMatch(/^(Varsågod|Inga problem)/);
    expect(again[0]).not.toBe(thanks[0]);
    expect((await p.say("hejdå"))[0]).toMatch(/^(Hej då|Ha det bra|Hörs)!/);
    const q = await onboarded("en");
    expect((await q.say("thx"))[0]).toMatch(/^(You're welcome|No problem)/);
    expect((await q.say("bye"))[0]).toMatch(/^(Bye|Take care|Talk soon)!/);
  });

  it("a goodbye to the offer of a person is a 'not now', not 'I didn't understand' and the offer again", async () => {
    const p = await onboarded();
    expect((await p.say("tack men jag mår skit")).join(" ")).toMatch(/Vill du att teamet hör av sig till dig\?/);
    const bye = (await p.say("godnatt")).join(" ");
    expect(bye).not.toMatch(/förstod inte|hör av sig till dig\?/);
    expect(bye).toMatch(/prata med en människa/);
  });

  it("'tack' to the offer of a person is not taken as a no (it often means yes please): it is asked about", async () => {
    const p = await onboarded();
    await p.say("tack men jag mår skit");
    const reply = (await p.say("tack")).join(" ");
    expect(reply).toMatch(/hör av sig/);
    expect(reply).not.toMatch(/^Det är lugnt/);
  });

  it("only when the thank-you or goodbye is the whole message", () => {
    for (const t of ["tack", "Tack så mycket!", "ok tack", "tusen tack 😊", "thanks a lot", "thx", "tack för hjälpen"]) expect(closes(t), t).toBe("thanks");
    for (const t of ["hejdå", "hej då", "vi hörs", "bye", "cya", "ok hejdå"]) expect(closes(t), t).toBe("bye");
    // A good night is a goodbye answered with a good night (stale-and-small-talk.test.ts).
    for (const t of ["godnatt", "ok gn", "good night"]) expect(closes(t), t).toBe("night");
    for (const t of ["tack men nej", "tack för inget", "tack, men jag mår skit", "hej", "hej hej vad gör du", "thanks but no thanks", "natt o dag", "ses imorgon på mötet?"]) expect(closes(t), t).toBeUndefined();
  });
});

describe("while a person is awaited", () => {
  it("'det är bråttom' is answered every time with what to do now, and raises the conversation", async () => {
    const p = await onboarded();
    await p.say("jag vill prata med en människa");
    await p.say("nu");
    const urgent = await p.say("det är bråttom typ");
    expect(urgent).toHaveLength(1);
    expect(urgent[0]).toMatch(/112/);
    expect(urgent[0]).toMatch(/90101/);
    expect(await conversationOf(p)).toMatchObject({ priority: "concern", concernReason: expect.stringMatching(/urgent/) });
  });

  it("'förlåt' is met with 'no need', not silence", async () => {
    const p = await onboarded();
    await p.say("jag vill prata med en människa");
    await p.say("nu");
    expect((await p.say("förlåt"))[0]).toMatch(/^(Ingen fara alls|Det är lugnt)/);
  });

  it("a request put without a question mark ('kan vi ta en ny tid') is answered, not met with silence", async () => {
    const p = await onboarded();
    await p.say("jag vill prata med en människa");
    await p.say("nu");
    expect((await p.say("kan vi ta en ny tid")).length).toBe(1);
  });

  it("reads urgency and apologies, not their denials", () => {
    for (const t of ["det är bråttom typ", "akut!!", "its urgent", "kan inte vänta", "snälla det är bråttom", "asap pls"]) expect(saysUrgent(t), t).toBe(true);
    for (const t of ["inte bråttom asså", "inget akut", "no rush", "ingen brådska", "det är inte så bråttom", "ok", "its not an emergency", "cant wait to see her", "i cant talk right now", "e de bråttom? nej"]) expect(saysUrgent(t), t).toBe(false);
    for (const t of ["förlåt", "sorry", "ursäkta att jag tjatar", "my bad"]) expect(apologises(t), t).toBe(true);
    for (const t of ["inget att förlåta", "hej", "jag är inte sorry", "förlåt men kan jag byta tid"]) expect(apologises(t), t).toBe(false);
  });
});

describe("the pace, in more words", () => {
  it("'typ en gång i veckan räcker' is honoured without asking again; ways back to the usual pace are understood", async () => {
    const p = await onboarded();
    expect((await p.say("typ en gång i veckan räcker"))[0]).toMatch(/^(Okej, då hör jag av mig högst en gång i veckan framöver|Uppfattat, högst en gång i veckan från mig framöver)/);
    expect(await p.record()).toMatchObject({ reminderPace: "weekly" });
    expect((await p.say("nu kan du skriva oftare igen"))[0]).toMatch(/^(Okej, då hör jag av mig som planerat igen\.|Uppfattat, påminnelserna kommer som vanligt igen\.)$/);
    expect(await p.record()).toMatchObject({ reminderPace: "as-planned" });
    for (const t of ["kan du börja skriva lite oftare igen", "skriv som vanligt", "text me more often again"]) expect(detectReminderRequest(t), t).toBe("as-planned");
    for (const t of ["jag skriver som vanligt", "han skriver oftare än jag", "som vanligt", "i text my friends as usual"]) expect(detectReminderRequest(t), t).not.toBe("as-planned");
  });

  it("the soft stop's confirmation describes the choice as it is now", async () => {
    const p = await onboarded();
    expect((await p.say("sluta"))[0]).toMatch(/så får du välja: en gång i veckan eller bara när du skriver\.$/);
  });
});

describe("the check-in listens to words", () => {
  it("food told in words is kept; sleep told with the mood is not asked about again", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    await p.say("5, sov skit dåligt");
    expect((await p.say("vet ej"))[0]).toMatch(/^Ojdå, det tar på krafterna\. Har du ätit något ordentligt idag\?/);
    expect((await p.say("pizza haha"))[0]).toMatch(/^Har du rört på dig något idag\?/);
    await p.say("nej");
    await p.say("inte nu");
    expect((await p.record()).checkIns.at(-1)).toMatchObject({ mood: 5, sleep: "bad", food: "yes", movement: "no" });
    const q = await onboarded();
    await q.say("kolla läget");
    await q.say("6");
    expect((await q.say("sovit som en stock"))[0]).toMatch(/^Skönt! Har du ätit/);
    await q.say("at lite");
    await q.say("ja");
    await q.say("inte nu");
    expect((await q.record()).checkIns.at(-1)).toMatchObject({ sleep: "good", food: "little", movement: "yes" });
  });

  it("reads what was eaten, and says nothing when the words do not tell", () => {
    for (const t of ["pizza haha", "åt frukost faktiskt", "ate cereal", "käkade lunch med mamma", "had a burger", "just had lunch", "typ en hel pizza"]) expect(understandAte(t), t).toBe("yes");
    for (const t of ["at lite", "bara en banan", "ba chips typ", "only coffee and a snack", "pizza och inget mer", "ate pizza, nothing else"]) expect(understandAte(t), t).toBe("little");
    for (const t of ["inget idag", "har inte ätit", "nothing yet", "inte ätit nåt", "ingen mat idag", "skippade frukost", "skipped breakfast", "hoppade över lunch"]) expect(understandAte(t), t).toBe("no");
    for (const t of ["vet inte", "hmm", "orkar inte svara", "😴", "bara trött", "vet bara inte", "had a rough day"]) expect(understandAte(t), t).toBe("unclear");
  });
});

describe("a plea not to tell", () => {
  it("after a disclosure, 'snälla säg inget till soc' is answered honestly, not with the stock line", async () => {
    const p = await onboarded();
    await p.say("min pappa slår mig när han är full");
    const plea = (await p.say("snälla säg inget till soc")).join(" ");
    // After a crisis: no promise, the team already knows, and the soc answer (duty to report, talked with first).
    expect(plea).toMatch(/^(Det kan jag inte lova helt|Helt hemligt kan det inte vara)\./);
    expect(plea).toMatch(/under 18.*(soc|anmäla)/);
    expect(plea).toMatch(/prata med dig först/);
  });

  it("is read with whom named, not a report of what someone said", () => {
    for (const t of ["snälla säg inget till soc", "säg inget till mamma", "snälla säg inte till nån", "dont tell my mom pls", "please don't tell anyone"]) expect(understandFree(t), t).toBe("question:secrecy");
    for (const t of ["jag sa inget till soc", "han sa inget till mamma", "säg något"]) expect(understandFree(t), t).not.toBe("question:secrecy");
  });
});

describe("text, not the phone", () => {
  it("'nej förresten jag vill inte prata i telefon' after asking to be called keeps the request, passed on as 'no call'", async () => {
    const p = await onboarded();
    await p.say("kan ni ringa mig");
    const reply = (await p.say("nej förresten jag vill inte prata i telefon")).join(" ");
    expect(reply).toMatch(/inte vill bli uppringd|inte vill ha något samtal/);
    expect(reply).not.toMatch(/tar jag tillbaka/);
    expect((await conversationOf(p)).status).toBe("waiting");
    expect(declinesCall("kan vi bara sms:a istället")).toBe(true);
    expect(declinesCall("dont want to talk on the phone")).toBe(true);
    expect(declinesCall("jag vill prata i telefon")).toBe(false);
  });
});
