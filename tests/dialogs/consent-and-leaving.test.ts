// The sixth young tester's consent, leaving and STOPP transcripts (session 13, items 2, 3, 7, 8, 11):
// "idk" at the consent, a later "ja" taken as the answer, "Jag har frågor" answered rather than parked,
// a person asked for while the consent waits, simpler Swedish or another language asked for, wanting out
// of the programme, "varför?" after a no, and what a stopped person hears when they write.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";

const suite = officeHoursSuite(793100000);
const CONSENT_PARAGRAPH = /^Jag sparar det du skriver och svarar\./;
const dataConsents = async (p: ReturnType<typeof suite.newcomer>) => (await p.record()).consents.filter((c) => c.kind === "data-processing").map((c) => c.granted);

describe("the consent question", () => {
  it("'idk', 'vet inte', 'kanske' get the choices explained (not 'Ingen brådska'), and the next 'ja' or '1' is the answer", async () => {
    for (const [unsure, yes] of [["idk", "ja"], ["vet inte", "1"], ["kanske", "Ja"]] as const) {
      const p = suite.newcomer();
      await p.say("hej");
      const explained = await p.say(unsure);
      expect(explained, unsure).toHaveLength(1);
      expect(explained[0], unsure).toMatch(/^(Det är okej att inte veta|Inga konstigheter)\..*får jag spara/);
      expect(explained[0], unsure).not.toMatch(/Ingen brådska/);
      expect(await p.say(yes), unsure).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
      expect(await dataConsents(p)).toEqual([true]);
    }
    // Twice unsure: two different lines, never the same twice in a row.
    const twice = suite.newcomer();
    await twice.say("hej");
    const first = await twice.say("idk");
    expect(await twice.say("kanske")).not.toEqual(first);
  });

  it("left at 'senare', the consent comes back in its short line, and a 'ja' then is taken as the answer", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    expect(await p.say("senare")).toEqual([expect.stringMatching(/^(Ingen brådska|Helt okej! Vi tar det en annan gång)/)]);
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    const later = suite.newcomer();
    await later.say("hej");
    await later.say("senare");
    const again = await later.say("hallå");
    expect(again.join("\n")).not.toMatch(CONSENT_PARAGRAPH);
    expect(again.at(-1)).toMatch(/spara.*\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/s);
  });

  it("'3. Jag har frågor' lets them ask: questions are answered, nothing is parked for a person, and the yes still counts", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    expect((await p.say("3"))[0]).toMatch(/^Fråga på! Jag svarar på det jag kan/);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "bot" });
    const who = await p.say("vem läser det jag skriver?");
    expect(who[0]).toMatch(/^Koordinatorerna i ditt team läser med/);
    expect(who.join(" ")).not.toMatch(/teamet får se det här|Det ligger kvar åt/);
    // A question is answered for what it asks (where komvux is applied for), the yes or no on it (texter15 finding 10;
    // since session 23 the choices stay on the answer, the consent not put after every answer).
    const komvux = await p.say("vad är komvux");
    expect(komvux).toHaveLength(1);
    expect(komvux[0]).toMatch(/^(Komvux söker du|Till komvux ansöker du).*teamet[^\n]*\n1\. Ja\n2\. Nej$/);
    const job = await p.say("jag vill jobb");
    expect(job).toHaveLength(1);
    expect(job[0]).toMatch(/teamet (gärna )?(till|hjälpa)/);
    // "jag vill jobb" was a yes to the reader; no consent is taken from it.
    expect(await dataConsents(p)).toEqual([]);
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    expect(await dataConsents(p)).toEqual([true]);
  });

  it("a person asked for at night while the consent waits: the team is told, and a 'ja' and a name after it go on with the setup", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T23:30:00Z");
    const p = suite.newcomer();
    await p.say("hej vem e detta");
    const asked = await p.say("jag vill prata med en riktig människa");
    expect(asked[0]).toMatch(/^(Självklart|Absolut|Det fixar jag).*Under tiden kan du svara på frågan om att spara: 1 för ja, 2 för nej\.\n1\. Ja\n2\. Nej$/s);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting" });
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
    expect((await p.say("Noah"))[0]).toMatch(/^Kul, Noah! Vilken tid/);
    expect(await dataConsents(p)).toEqual([true]);
  });

  it("Swedish hard to follow or another language: an answer, then the consent in other words, and 'jag förstår inte bra svenska' is not '3'", async () => {
    const p = suite.newcomer();
    await p.say("Hej jag fick sms från er");
    const what = await p.say("vad ni är");
    expect(what[0]).toMatch(/^Jag är (Tillit, )?en digital assistent/);
    const language = await p.say("jag förstår inte bra svenska");
    expect(language[0]).toMatch(/^Jag kan tyvärr bara skriva på svenska och engelska/);
    expect(language[1]).toMatch(/^Med enkla ord: får jag spara/);
    let previous = language[1];
    for (const said of ["jag inte förstå", "kan du skriva enkel", "Jag prata lite svenska"]) {
      const reply = await p.say(said);
      expect(reply[0], said).toMatch(/^(Jag skriver så enkelt jag kan|Okej, jag försöker skriva enkelt)/);
      expect(reply[1], said).toMatch(/spara/);
      expect(reply[1], said).not.toBe(previous);
      previous = reply[1];
    }
    expect((await p.say("vem är detta nummer"))[0]).toMatch(/digital assistent/);
    expect(await p.say("ja")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
  });
});

describe("after the consent's no", () => {
  it("'varför' gets why Tillit asks; 'okej ja då' or 'ja ok' gets the short way back to yes", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    await p.say("nej");
    expect((await p.say("varför"))[0]).toMatch(/^Jag frågar för att jag behöver ditt ja/);
    expect(await p.say("okej ja då")).toEqual([expect.stringMatching(/^(Så, får jag spara dina svar\?|Och frågan står kvar: är det okej att jag sparar dina svar\?)\n1\. Ja\n2\. Nej$/)]);
    expect((await p.say("ja"))[0]).toMatch(/^Tack! Från och med nu sparar jag dina svar/);
    expect(await dataConsents(p)).toEqual([false, true]);
    const q = suite.newcomer();
    await q.say("hej");
    await q.say("nej");
    expect((await q.say("ja ok"))[0]).toMatch(/får jag spara dina svar|sparar dina svar\?/);
    expect(await dataConsents(q)).toEqual([false]);
  });
});

describe("wanting out of the programme", () => {
  it.each([
    ["sv", "jag vill sluta med det här"],
    ["sv", "jag vill hoppa av"],
    ["en", "i want out"],
    ["en", "how do i leave this programme"],
  ] as const)("%s: '%s' is told what stopping means, how (STOPP), that they can come back, and fewer messages offered", async (language, said) => {
    const p = await suite.onboarded(language);
    suite.h.clock.advance(3_600_000);
    const reply = await p.say(said);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(language === "sv" ? /STOPP.*START.*mer sällan/s : /STOP.*START.*less often/s);
    // Nothing is stopped by it: the person decides with STOPP.
    expect((await p.record()).status).toBe("active");
  });

  // "vill inte va med längre" is read as leaving by the dialogs (below), but the safety screen, which
  // comes first, reads it as a crisis; that reading is the screen's (reported, not changed here).
  it("'vill inte va med längre' and the like are read as leaving; 'vill inte leva längre' and 'sluta röka' are not", () => {
    for (const t of ["vill inte va med längre", "jag vill hoppa av", "i want to quit", "kan jag gå ur programmet?"]) expect(understandFree(t), t).toBe("question:leave");
    for (const t of ["jag vill inte leva längre", "jag vill sluta röka", "vill inte vara med på festen", "how do i stop this"]) expect(understandFree(t), t).not.toBe("question:leave");
  });

  it("while the consent waits, 'jag vill sluta med det här' is no yes", async () => {
    const p = suite.newcomer();
    await p.say("hej");
    expect((await p.say("jag vill sluta med det här"))[0]).toMatch(/STOPP/);
    expect(await dataConsents(p)).toEqual([]);
  });

  it("'I prefer Ukrainian, is possible?' gets the honest answer: Swedish and English only, a person can help", async () => {
    const p = await suite.onboarded("en");
    suite.h.clock.advance(3_600_000);
    expect(await p.say("I prefer Ukrainian, is possible?")).toEqual([expect.stringMatching(/^Sorry, I can only write in Swedish and English\..*person/)]);
  });

  it("after onboarding, 'jag inte förstå' and 'kan du skriva enkel' offer simpler words or English", async () => {
    const p = await suite.onboarded();
    suite.h.clock.advance(3_600_000);
    const first = await p.say("jag inte förstå");
    expect(first[0]).toMatch(/^(Jag skriver så enkelt jag kan|Okej, jag försöker skriva enkelt)/);
    const second = await p.say("kan du skriva enkel");
    expect(second[0]).toMatch(/^(Jag skriver så enkelt jag kan|Okej, jag försöker skriva enkelt)/);
    expect(second[0]).not.toBe(first[0]);
  });
});

describe("after STOPP", () => {
  // At most once a week since session 23 (fix23a, full04: someone who said stop got a line for every text); it was once a day.
  it("a message afterwards gets one short line, how to start again, at most once a week; never a nudge", async () => {
    const p = await suite.onboarded();
    suite.h.clock.advance(3_600_000);
    await p.say("sluta");
    const told = await p.say("ni e värdelösa");
    expect(told).toEqual([expect.stringMatching(/stoppa.*START/s)]);
    expect(await p.say("jag bad om en människa för 3 dagar sen")).toEqual([]);
    suite.h.clock.advance(25 * 3_600_000);
    expect(await p.say("vänta nej")).toEqual([]);
    suite.h.clock.advance(7 * 24 * 3_600_000);
    const nextWeek = await p.say("hallå?");
    expect(nextWeek).toEqual([expect.stringMatching(/stoppa.*START/s)]);
    expect(nextWeek[0]).not.toBe(told[0]);
    for (let day = 0; day < 3; day++) {
      suite.h.clock.advance(24 * 3_600_000);
      await suite.h.tillit.nudges.tick();
      await suite.h.tillit.core.idle();
      expect(await p.received()).toEqual([]);
    }
    expect((await p.say("start"))[0]).toMatch(/^(Välkommen tillbaka|Kul att du är tillbaka)/);
  });

  it("after Twilio's own STOP word by SMS nothing is sent (Twilio blocks it and has told them about START)", async () => {
    const p = await suite.onboarded("en");
    suite.h.clock.advance(3_600_000);
    await p.say("stop");
    expect(await p.say("wait no")).toEqual([]);
    expect((await p.say("start"))[0]).toMatch(/^(Welcome back|Great to have you back)/);
  });
});
