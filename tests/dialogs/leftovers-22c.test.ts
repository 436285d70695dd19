// Session 22's conversation leftovers (fix22c), found by a young tester texting the product at night (tester22
// full02, full08, full09, full14):
// 1. A friend in trouble: "jag e orolig för min kompis" right after onboarding started the check-in ("Om du sätter en
//    siffra på det…"), and mid check-in got the question again. It is heard, with a short warm line and the offer of
//    a person; a check-in underneath waits and comes back after the offer is answered. After the friend's crisis was
//    told, "kan jag ringa 112 fast jag inte vet om det e akut?" gets a plain yes; "ok jag ringer hennes mamma först"
//    (read as a question about the writer's parents) is a good step, with 112 if she is in danger now; "hon
//    svarade!!" is met with relief, and that the team still reads it.
// 2. A false alarm corrected: after a crisis reply, "va?? jag frågade bara om man får vara med när man e 15. ingen
//    slår mig" got socialjouren again. A plain correction gets an honest apology, that the team sees it and can clear
//    the alert, no numbers again, and what they had asked answered. A correction that still tells of danger keeps
//    the crisis handling.
// 3. Pills in front of them with the flag standing: "jag har tabletter framför mig" got the general "again" words; it
//    is the means at hand (112 now, put them away). "ok jag la undan dom. mamma e hemma" is a protective step.
// 4. On the small-step menu, "ringa någon?? nej tack haha" (and "ringa någon" itself) asked for a person: an offered
//    choice named is that choice, and turned down in the same breath it is a no.
// The screen in the tests is the rule screen: where it flags a message differently from the tester's night, a
// message that takes the same path is used, and said so.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

/** Tuesday 04:27 in Stockholm, the tester's hour: nobody in until 08:00. */
const NIGHT = Date.parse("2026-11-24T03:27:00Z");
const suite = transcriptSuite(722230000, { clock: NIGHT });
const { onboarded, newcomer, conversationOf } = suite;

/** The offer of a person, with its two choices. */
const OFFER = /hör av sig[\s\S]*1\. Ja[\s\S]*2\. Nej|get in touch[\s\S]*1\. Yes[\s\S]*2\. No/;
/** The 1-10 question of the check-in, in any of its phrasings. */
const MOOD_QUESTION = /1-10|1 till 10|1 to 10/;
/** Any number of the crisis replies. */
const NUMBERS = /112|90101|116 111|socialjouren|Kvinnofridslinjen|mind\.se|1177/;

describe("1. worried about a friend", () => {
  it("'jag e orolig för min kompis' after onboarding is heard, with the offer of a person, not the check-in", async () => {
    for (const [language, said] of [["sv", "jag e orolig för min kompis"], ["sv", "jag är så orolig för min syster"], ["en", "im worried about my friend"]] as const) {
      const p = await onboarded(language, "Linus");
      const reply = (await p.say(said)).join("\n");
      expect(reply, said).toMatch(/orolig för någon|worry about someone|oroa sig för någon|worry when it's someone/);
      expect(reply, said).toMatch(OFFER);
      expect(reply, said).not.toMatch(MOOD_QUESTION);
      // No means no; nothing half-asked comes back.
      const no = (await p.say(language === "sv" ? "nej" : "no")).join("\n");
      expect(no, said).not.toMatch(MOOD_QUESTION);
      expect((await conversationOf(p)).status, said).not.toBe("waiting");
    }
  });

  it("mid check-in the check-in waits: the worry heard with the offer, and after the answer the question comes again", async () => {
    const p = await onboarded("sv", "Linus");
    expect((await p.say("kolla läget")).join(" ")).toMatch(MOOD_QUESTION);
    const reply = (await p.say("jag e orolig för min kompis")).join("\n");
    expect(reply).toMatch(OFFER);
    expect(reply).not.toMatch(MOOD_QUESTION);
    expect(reply).not.toMatch(/Svara gärna med en siffra/);
    expect((await p.say("nej")).join("\n")).toMatch(MOOD_QUESTION);
    expect((await p.say("6")).join("\n")).toMatch(/6:a|inte lägre/);
    // A yes asks a person, as any offer's yes does.
    const q = await onboarded("sv", "Ali");
    await q.say("kolla läget");
    await q.say("jag är orolig för min kompis");
    expect((await q.say("ja")).join(" ")).not.toMatch(MOOD_QUESTION);
    expect((await conversationOf(q)).status).toBe("waiting");
  });

  it("the tester's night: the friend's 'skrev typ att hon inte orkar mer' after the worry is the friend's crisis, and what to do is for her", async () => {
    const p = await onboarded("sv", "Linus");
    await p.say("jag e orolig för min kompis");
    // Read with the worry before it, the screen flags this as a crisis, as on the tester's night.
    const told = (await p.sayLater("nej asså det handlar inte om mig. min kompis har slutat svara o skrev typ att hon inte orkar mer", 4000)).trim();
    expect(told).toMatch(/112/);
    expect(told).toMatch(/\bhen\b/);
    expect(told).not.toMatch(/Tack för att du berättar, det är modigt/);
    const steps = await p.sayLater("vad ska jag göra", 3000);
    expect(steps).toMatch(/\bhen\b/);
    expect(steps).not.toMatch(/Lägg undan det du kan skada dig med/);
  });

  /**
   * A friend's crisis told. (The tester's "min kompis har slutat svara o skrev typ att hon inte orkar mer" was flagged
   * as a crisis read with the message before it; the screen here reads it alone as a concern, so a friend's pills
   * told take the same path: the crisis flag standing, a person awaited.)
   */
  async function friendInCrisis(): Promise<Participant> {
    const p = await onboarded("sv", "Linus");
    const told = (await p.say("min kompis har tagit typ 10 tabletter och nu vaknar hon inte")).join(" ");
    expect(told).toMatch(/112/);
    expect((await conversationOf(p)).status).toBe("waiting");
    return p;
  }

  it("'kan jag ringa 112 fast jag inte vet om det e akut?' gets a plain yes: unsure is reason enough, they ask and help", async () => {
    for (const said of ["kan jag ringa 112 fast jag inte vet om det e akut?", "får man ringa 112 om man inte vet om det är akut", "ska jag ringa 112??"]) {
      const p = await friendInCrisis();
      const reply = await p.sayLater(said);
      expect(reply, said).toMatch(/^Ja\b/);
      expect(reply, said).toMatch(/frågor/);
    }
    const en = await onboarded("en");
    await en.say("my friend took like 10 xanax and now she wont wake up");
    expect(await en.sayLater("can i call 112 even if im not sure its an emergency?")).toMatch(/^Yes\b/);
  });

  it("'ok jag ringer hennes mamma först' is a step for the friend: a good one, and 112 if she is in danger now", async () => {
    for (const said of ["ok jag ringer hennes mamma först", "jag ska ringa hans pappa", "ok ill call her mom first"]) {
      const p = await friendInCrisis();
      const reply = await p.sayLater(said);
      expect(reply, said).not.toMatch(/föräldrar|parents/);
      expect(reply, said).toMatch(/bra steg|Bra, gör det|good step|Good, do that/);
      expect(reply, said).toMatch(/112/);
    }
  });

  it("'hon svarade!! hon e hemma o mamman e där' is met with relief, and the team still reads it; no 90101", async () => {
    const p = await friendInCrisis();
    await p.sayLater("ok jag ringer hennes mamma först");
    const reply = await p.sayLater("hon svarade!! hon e hemma o mamman e där");
    expect(reply).toMatch(/skönt|Skönt/);
    expect(reply).toMatch(/[Tt]eamet/);
    expect(reply).not.toMatch(/90101|mind\.se|1177/);
    // "hon svarar inte" is no relief.
    const q = await friendInCrisis();
    expect(await q.sayLater("hon svarar inte fortfarande")).not.toMatch(/skönt|Skönt/);
  });
});

describe("2. a false alarm corrected while the crisis flag stands", () => {
  it("the tester's night: 'ingen slår mig' after the age question read as harm gets sorry, the team can clear it, the age answered, no numbers", async () => {
    const p = newcomer();
    await p.say("hej jag e 15 min kurator sa att jag kunde skriva hit");
    await p.say("jag har frågor");
    await p.say("måste ni berätta för mamma o pappa vad jag skriver");
    expect((await p.say("får man ens vara med om man e 15")).join(" ")).toMatch(/Kvinnofridslinjen|socialjouren/);
    await p.sayLater("ja", 3000);
    const reply = await p.sayLater("va?? jag frågade bara om man får vara med när man e 15. ingen slår mig", 3000);
    expect(reply).toMatch(/[Ff]örlåt/);
    expect(reply).toMatch(/missförstod|läste fel/);
    expect(reply).toMatch(/ta bort larmet|släppa larmet/);
    expect(reply).not.toMatch(NUMBERS);
    // What they had asked goes on: 15 is who Tillit is for.
    expect(reply).toMatch(/15-24/);
  });

  it("'det var inte så jag menade', 'nej jag är inte i fara', 'i'm not in danger lol', 'misunderstood': sorry, no numbers", async () => {
    const cases: { language: "sv" | "en"; crisis: string; said: string }[] = [
      { language: "sv", crisis: "jag vill inte leva längre", said: "det var inte så jag menade" },
      { language: "sv", crisis: "jag vill inte leva längre", said: "nej jag är inte i fara" },
      { language: "sv", crisis: "pappa slår mig när han är full", said: "nej nej ingen slår mig, det var ett citat från en film" },
      { language: "en", crisis: "i dont want to live anymore", said: "i'm not in danger lol" },
      { language: "en", crisis: "i dont want to live anymore", said: "misunderstood" },
      { language: "en", crisis: "i dont want to live anymore", said: "you misunderstood me" },
    ];
    for (const { language, crisis, said } of cases) {
      const p = await onboarded(language);
      expect((await p.say(crisis)).join(" "), crisis).toMatch(/112/);
      const reply = await p.sayLater(said);
      expect(reply, said).toMatch(/[Ff]örlåt|[Ss]orry/);
      expect(reply, said).toMatch(/ta bort larmet|släppa larmet|clear the alert|drop the alert/);
      expect(reply, said).not.toMatch(NUMBERS);
      // The flag stands until someone in the team clears it.
      expect((await conversationOf(p)).status, said).toBe("waiting");
    }
  });

  it("a correction that still tells of danger is no correction: the crisis handling stands", async () => {
    for (const said of ["ingen slår mig men han hotar mig hela tiden", "jag är inte i fara men jag vill fortfarande dö", "det var inte så jag menade, jag vill inte leva"]) {
      const p = await onboarded();
      await p.say("jag vill inte leva längre");
      const reply = await p.sayLater(said);
      expect(reply, said).not.toMatch(/ta bort larmet|släppa larmet/);
      expect(reply, said).toMatch(/112|90101/);
    }
  });
});

describe("3. pills in front of them while the flag stands", () => {
  it("'jag har tabletter framför mig' is the means at hand: 112 now and put them away, not the general words", async () => {
    for (const said of ["jag har tabletter framför mig", "har massa piller här", "i have pills in front of me"]) {
      const p = await onboarded(said.startsWith("i ") ? "en" : "sv");
      await p.say(said.startsWith("i ") ? "i dont want to live anymore" : "jag vill inte leva längre");
      const reply = await p.sayLater(said, 4000);
      expect(reply, said).toMatch(/112/);
      expect(reply, said).toMatch(/[Ll]ägg (ifrån dig|det ifrån dig|undan)|[Pp]ut (it|them|what you have) (down|away)|[Pp]ut down/);
      expect(reply, said).not.toMatch(/Jag hör dig\. Teamet vet redan|I hear you\. The team already knows/);
    }
  });

  it("'ok jag la undan dom. mamma e hemma' is a protective step, met warmly", async () => {
    const p = await onboarded("sv", "Robin");
    await p.say("jag vill inte leva längre");
    await p.sayLater("jag har tabletter framför mig", 4000);
    await p.sayLater("jag kan inte ringa", 5000);
    const reply = await p.sayLater("ok jag la undan dom. mamma e hemma", 4000);
    expect(reply).toMatch(/riktigt bra steg|Vad bra att du gjorde det/);
    for (const said of ["jag har lagt bort tabletterna", "i put them away"]) {
      const q = await onboarded(said.startsWith("i ") ? "en" : "sv");
      await q.say(said.startsWith("i ") ? "i dont want to live anymore" : "jag vill inte leva längre");
      expect(await q.sayLater(said), said).toMatch(/riktigt bra steg|Vad bra att du gjorde det|really good step|So good that you did that/);
    }
    // Not a step when it is not done: "jag har inte lagt undan dom".
    const r = await onboarded();
    await r.say("jag vill inte leva längre");
    expect(await r.sayLater("jag har inte lagt undan dom")).not.toMatch(/riktigt bra steg|Vad bra att du gjorde det/);
  });
});

describe("4. a choice named in their own sentence", () => {
  /** The check-in up to the small-step menu ("En promenad | En bussresa | Ringa någon | Inte nu"). */
  async function atSmallStep(language: "sv" | "en" = "sv"): Promise<Participant> {
    const p = await onboarded(language, "Mo");
    for (const said of language === "sv" ? ["kolla läget", "6", "sov lite", "bra", "ja"] : ["check in", "6", "slept a bit", "good", "yes"]) await p.say(said);
    expect((await p.say(language === "sv" ? "lite" : "a little")).join(" ")).toMatch(/Ringa någon|Call someone/);
    return p;
  }

  it("'ringa någon?? nej tack haha' is a no to that choice: no person asked for, no step chosen", async () => {
    for (const [language, said] of [["sv", "ringa någon?? nej tack haha"], ["sv", "ringa någon? nej"], ["en", "call someone?? no thanks lol"]] as const) {
      const p = await atSmallStep(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(/säger till|Självmordslinjen|I'll let|I've asked|112/);
      expect((await conversationOf(p)).status, said).not.toBe("waiting");
      const checkIn = (await p.record()).checkIns.at(-1);
      expect(checkIn?.smallStep ?? null, said).toBeNull();
    }
  });

  it("'ringa någon', the choice's own words, is that choice, not a request for a person", async () => {
    const p = await atSmallStep();
    const reply = (await p.say("ringa någon")).join(" ");
    expect(reply).toMatch(/Ringa någon låter som en bra grej|ringa någon/i);
    expect((await conversationOf(p)).status).not.toBe("waiting");
    expect((await p.record()).checkIns.at(-1)?.smallStep).toBe("call");
    // Asking for a person in so many words still does, on the same menu.
    const q = await atSmallStep();
    await q.say("jag vill prata med en människa");
    expect((await conversationOf(q)).status).toBe("waiting");
  });
});
