// Session 21's conversation leftovers (fix21a), found by a young tester texting the product:
// - "sluta skicka sms till mig" got the menu of how often, "sa ju sluta" the menu again, and "så ni sparar ändå??
//   sluta" went unheard: a stop said plainly, or a STOPP word in answer to that menu, stops at once as STOPP does
//   (bot/core/opt-out.ts readStop), with START to come back.
// - "Frågan står kvar: svara ja när du vill, så hör teamet av sig", then other replies, then "ja": "Jag förstår inte
//   allt, jag är bara ett program"; "??? ja jag vill att teamet hör av sig": "Jag är en digital assistent och förstår
//   inte allt". A yes answers an offer of a person whenever it comes, until it is answered (offers.ts
//   personOfferStands), and a wish that the team gets in touch asks for a person (understand-free.ts HUMAN).
// - After "nej" to the consent: "Då sparar jag bara ditt nummer och ditt nej … Det du skriver finns kvar i 30 dagar":
//   "bara" said only the number was kept, the next sentence that the texts are too. What the code keeps after a no
//   (bot/privacy/retention.ts: the texts of a participant without consent blanked after unconsentedMessageDays) is
//   said as one list: the number and the no, and what they write for 30 days; then the text is deleted.
// - While a person was awaited, "kan ja få ett nummer till nån då", "när har ni öppet" and "vem e det som kommer
//   svara" got only the receipt. Each is answered (waiting.ts answeredAboutTheTeam): the team's hours, who answers,
//   and that the team writes back here with where to call if it cannot wait.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";
import { runRetention } from "../../bot/privacy/retention.js";
import { assignConversation } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(721100000);
const { onboarded, newcomer, conversationOf } = suite;
const MIN = 60_000;

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

describe("an offer of a person said to stand is answered by a yes whenever it comes", () => {
  // Each: what raises the offer, what makes it "stand", replies in between, and the yes.
  const STANDS: { language: "sv" | "en"; script: string[]; yes: string }[] = [
    { language: "sv", script: ["allt känns meningslöst", "nej inte så, bara trött", "vad gör du", "fick jobb idag!"], yes: "ja" },
    { language: "sv", script: ["mår skit", "har ångest", "vet inte"], yes: "ja" },
    { language: "sv", script: ["vill börja plugga", "har ångest typ hela tiden", "hmm", "tack"], yes: "ja tack" },
    { language: "sv", script: ["allt kanns meningslost", "har sa mycket angest", "vet int"], yes: "jaa" },
    { language: "en", script: ["everything feels pointless", "i have anxiety", "idk"], yes: "yes" },
  ];

  it("the yes, replies later, asks for the person (not 'jag är bara ett program')", async () => {
    for (const { language, script, yes } of STANDS) {
      const p = await onboarded(language);
      const said: string[] = [];
      for (const t of script) said.push(`${t} → ${await p.sayLater(t)}`);
      expect(said.join(" | "), script.join(" / ")).toMatch(/står kvar|går inte ut|stands|doesn't run out/);
      const reply = await p.sayLater(yes);
      expect(reply, `${said.join(" | ")} | ${yes} → ${reply}`).not.toMatch(NOT_UNDERSTOOD);
      expect((await conversationOf(p)).status, `${script.join(" / ")} / ${yes} → ${reply}`).toBe("waiting");
    }
  });

  it("hours later too ('går inte ut'); not after a no, and a nod ('ok') is no yes", async () => {
    const p = await onboarded();
    await p.say("mår skit");
    await p.sayLater("har ångest");
    await p.sayLater("vet inte");
    await p.sayLater("ska äta nu", 30 * MIN);
    await p.sayLater("ok", 3 * 60 * MIN);
    expect((await conversationOf(p)).status).toBe("bot");
    await p.sayLater("ja", 60 * MIN);
    expect((await conversationOf(p)).status).toBe("waiting");
    const q = await onboarded();
    await q.say("mår skit");
    await q.sayLater("har ångest");
    await q.sayLater("nej");
    await q.sayLater("ja", 10 * MIN);
    expect((await conversationOf(q)).status).toBe("bot");
  });
});

describe("a wish that the team gets in touch asks for a person", () => {
  const WISHES: { language: "sv" | "en"; said: string }[] = [
    { language: "sv", said: "??? ja jag vill att teamet hör av sig" },
    { language: "sv", said: "jag vill att teamet hör av sig" },
    { language: "sv", said: "ja vill att nån i teamet hör av sig" },
    { language: "sv", said: "kan teamet hora av sig" },
    { language: "sv", said: "be teamet höra av sig typ nu" },
    { language: "en", said: "i want the team to get in touch" },
    { language: "en", said: "can someone from the team contact me" },
  ];

  it("out of the blue and after an offer said to stand: a person is asked for, not 'förstår inte allt'", async () => {
    for (const { language, said } of WISHES) {
      const p = await onboarded(language);
      const reply = (await p.say(said)).join(" ");
      expect(reply, said).not.toMatch(NOT_UNDERSTOOD);
      expect((await conversationOf(p)).status, `${said} → ${reply}`).toBe("waiting");
    }
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    await p.sayLater("nej inte så, bara trött");
    await p.sayLater("vad gör du");
    await p.sayLater("fick jobb idag!");
    const reply = await p.sayLater("??? ja jag vill att teamet hör av sig");
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect((await conversationOf(p)).status).toBe("waiting");
  });

  it("not the wish turned down", async () => {
    for (const [language, said] of [["sv", "jag vill inte att teamet hör av sig"], ["en", "i dont want the team to contact me"]] as const) {
      const p = await onboarded(language);
      await p.say(said);
      expect((await conversationOf(p)).status, said).toBe("bot");
    }
  });
});

describe("after a no to the consent, what is kept is said truthfully", () => {
  it("the number and the no, and what is written for 30 days: never 'only the number' beside the texts kept", async () => {
    for (const [hello, no] of [["Hej", "nej"], ["hej", "nej tack"], ["tja", "nä"], ["Hello", "no"]] as const) {
      const p = newcomer();
      await p.say(hello);
      const reply = (await p.say(no)).join(" ");
      expect(reply, no).toMatch(/ditt nummer och ditt nej|your number and your no/);
      expect(reply, no).toMatch(/30 (dagar|days)/);
      expect(reply, no).not.toMatch(/sparar jag bara|bara ditt nummer|only keep|keep only/);
    }
  });

  it("and the code does what it says: after 30 days the texts are blanked, the number and the no kept", async () => {
    const p = newcomer();
    await p.say("Hej");
    await p.say("nej");
    await p.say("jag skriver ändå lite");
    suite.h.clock.advance(31 * 24 * 60 * MIN);
    const { h } = suite;
    const c = h.tillit.config;
    await runRetention(
      { sql: h.tillit.sql, events: h.tillit.events, log: h.tillit.log, optOuts: h.tillit.optOuts, settings: { afterDischargeMonths: c.RETENTION_AFTER_DISCHARGE_MONTHS, noContactMonths: c.RETENTION_NO_CONTACT_MONTHS, unconsentedMessageDays: c.RETENTION_UNCONSENTED_MESSAGE_DAYS, auditDetailsMonths: c.RETENTION_AUDIT_DETAILS_MONTHS } },
      h.clock.now(),
    );
    const r = await p.record();
    expect(r.phone).toBe(p.phone);
    expect(r.consents.at(-1)).toMatchObject({ granted: false });
    const texts = await suite.h.tillit.db.message.findMany({ where: { participantId: r.id } });
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((m) => m.body === "")).toBe(true);
  });
});

describe("while a person is awaited, questions about the team are answered", () => {
  async function waiting(language: "sv" | "en" = "sv") {
    const p = await onboarded(language);
    await p.say(language === "sv" ? "vill prata med en människa" : "i want to talk to a person");
    expect((await conversationOf(p)).status).toBe("waiting");
    return p;
  }
  const RECEIPT = /Jag är kvar här|teamet får se det här|Det ligger kvar åt teamet|I'm still here|the team will see this/;

  it("the team's hours", async () => {
    for (const [language, said] of [["sv", "när har ni öppet"], ["sv", "nar har ni oppet"], ["sv", "vilka tider jobbar ni"], ["en", "when are you open"], ["en", "what are your hours"]] as const) {
      const p = await waiting(language);
      const reply = await p.sayLater(said);
      expect(reply, said).toMatch(/måndag-fredag|Monday-Friday/);
      expect(reply, said).toMatch(/08:00-17:00/);
      expect(reply, said).not.toMatch(RECEIPT);
    }
  });

  it("who answers: a person in the team, the coordinator when known", async () => {
    for (const [language, said] of [["sv", "vem e det som kommer svara"], ["sv", "vem svarar"], ["sv", "vem ar det som skriver sen"], ["en", "who will answer"]] as const) {
      const p = await waiting(language);
      const reply = await p.sayLater(said);
      expect(reply, said).toMatch(/människa i teamet|person in the team/);
      expect(reply, said).not.toMatch(RECEIPT);
    }
    // With a coordinator of their own (Kim, assigned), named.
    const q = await suite.onTeam();
    await q.say("vill prata med en människa");
    const actor = suite.w.accounts.coordA.actor;
    await assignConversation(suite.staffDeps(), actor, (await conversationOf(q)).id, actor.id);
    const reply = await q.sayLater("vem e det som kommer svara");
    expect(reply).toMatch(/Kim|Maja/);
    expect(reply).not.toMatch(RECEIPT);
  });

  it("a number: the team writes back here, a call may be asked for, and where to call now if it cannot wait", async () => {
    for (const [language, said] of [["sv", "kan ja få ett nummer till nån då"], ["sv", "har ni ett nummer jag kan ringa"], ["en", "whats your number"], ["en", "can i get a number to call"]] as const) {
      const p = await waiting(language);
      const reply = await p.sayLater(said);
      expect(reply, said).toMatch(/i den här chatten|svarar dig här|in this chat|answer you here/);
      expect(reply, said).toMatch(/112/);
      expect(reply, said).not.toMatch(RECEIPT);
    }
  });
});
