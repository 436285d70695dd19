// Concern (issue 12): a heavy message or a low check-in gets a warm acknowledgment and the offer of a
// human instead of the next scripted question; yes hands over, no is accepted and the interrupted
// check-in resumes; a run of low check-ins over days raises concern too. Transcripts through the real
// core, on the harness's clock (Monday 2026-11-23 11:00 in Stockholm unless a test moves it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";

let h: Harness;
const concerns: { conversationId: number; reasons: string[] }[] = [];
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  h.tillit.events.on("conversation.concern-flagged", (e) => concerns.push(e));
});
afterAll(async () => h.stop());

let n = 752000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);
const DAY = 24 * 3_600_000;
const SLEEP = "Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt";
const FOOD = "Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej";
const OFFER = "Vill du att teamet hör av sig till dig? Helt okej att säga nej.\n1. Ja\n2. Nej";

async function atClock<T>(iso: string, run: () => Promise<T>): Promise<T> {
  const before = h.clock.ms;
  h.clock.ms = Date.parse(iso);
  try {
    return await run();
  } finally {
    h.clock.ms = before;
  }
}

describe("concern in a message", () => {
  it("a heavy answer mid check-in gets an acknowledgment and the offer of a human, not the next question; yes asks a coordinator", async () => {
    const p = await onboarded();
    await p.say("checka in");
    expect((await p.say("6")).join(" ")).toMatch(/6:a och inte lägre\?$/);
    expect(await p.say("ingenting, allt känns meningslöst")).toEqual([`Det låter riktigt tungt just nu. Bra att du skriver det. ${OFFER}`]);
    const { conversations } = await p.record();
    expect(conversations[0]).toMatchObject({ priority: "concern", status: "bot", concernReason: "hopelessness" });
    expect(concerns.filter((c) => c.conversationId === conversations[0]!.id)).toEqual([{ conversationId: conversations[0]!.id, participantId: expect.any(Number), reasons: ["hopelessness"] }]);
    expect(await p.say("ja tack")).toEqual(["Bra. Jag har bett teamet att höra av sig. Någon i teamet läser under dagen."]);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", status: "waiting", handoffReason: "concern" });
    const audit = await h.tillit.db.auditLog.findMany({ where: { subjectId: String(conversations[0]!.id), action: { in: ["conversation.concern-flagged", "conversation.handoff-requested"] } } });
    expect(audit.map((a) => [a.action, JSON.parse(a.details!)])).toEqual([
      ["conversation.concern-flagged", { reasons: ["hopelessness"], source: "rules", messageId: expect.any(Number) }],
      ["conversation.handoff-requested", { reason: "concern" }],
    ]);
    // The service log says a flag was raised, never what it was about.
    expect(h.logs.lines.filter((l) => l.includes('"concern flagged"')).join("\n")).not.toMatch(/hopelessness|meningslöst/);
  });

  it("no is accepted warmly and the check-in resumes with the question it was about to ask", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    expect(await p.say("orkar inte längre")).toEqual([`Det låter riktigt tungt just nu. Bra att du skriver det. ${OFFER}`]);
    expect(await p.say("nej")).toEqual(['Okej, helt okej. Du kan alltid skriva "prata med en människa" om du ändrar dig.', SLEEP]);
    expect(await p.say("sådär")).toEqual([FOOD]);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", status: "bot" });
  });

  it("free text outside office hours: yes says when someone reads and where help is around the clock", async () => {
    await atClock("2026-11-27T18:00:00Z", async () => {
      // Friday 19:00 in Stockholm: the team reads on Monday.
      const p = await onboarded();
      expect(await p.say("sover bort hela dagarna och har ingen att prata med")).toEqual([`Sömnen påverkar så mycket, det låter jobbigt. ${OFFER}`]);
      expect((await p.record()).conversations[0]!.concernReason).toBe("sleep,loneliness");
      expect(await p.say("ja")).toEqual([
        "Bra. Jag har bett teamet att höra av sig. Någon i teamet läser det på måndag från kl 08:00. Blir det för tungt innan dess: Självmordslinjen 90101 eller chatt på mind.se, dygnet runt.",
      ]);
    });
  });

  it("in English: an unclear answer is asked about once more, then 'idk' is taken as not now", async () => {
    const p = await onboarded("en");
    expect(await p.say("i have no friends")).toEqual([
      "Feeling lonely is heavy. Good that you are writing. Would you like the team to get in touch with you? It's completely fine to say no.\n1. Yes\n2. No",
    ]);
    expect(await p.say("idk maybe")).toEqual([expect.stringMatching(/Would you like the team to get in touch with you\? It's completely fine to say no\.\n1\. Yes\n2\. No$/)]);
    expect(await p.say("idk")).toEqual(['That\'s fine. Write "talk to a human" whenever you like and someone will get in touch.']);
    expect((await p.record()).conversations[0]!.status).toBe("bot");
  });

  it("a heavy reply to the offer is news, never a no: heard, and the offer said to stand, not put again (texter17 #15)", async () => {
    // A young tester's: thrown out at night, "va?" and then "har ingenstans att sova inatt" was taken
    // as not wanting anyone ("Det är lugnt.").
    const p = await onboarded();
    expect(await p.say("allt känns meningslöst")).toEqual([`Det låter riktigt tungt just nu. Bra att du skriver det. ${OFFER}`]);
    expect((await p.say("va?"))[0]).toMatch(/hör av sig till dig\?/);
    const heard = await p.say("har ingenstans att sova inatt");
    expect(heard).toEqual([expect.stringMatching(/^Oron för var man ska bo tar mycket kraft\. (Frågan står kvar: svara ja när du vill|Erbjudandet går inte ut)[^?\n]*\.$/)]);
    expect(heard.join(" ")).not.toMatch(/Det är lugnt|Jag förstod inte/);
    expect((await p.record()).conversations[0]!.concernReason).toBe("hopelessness,housing");
    // Still the offer: yes hands over.
    expect((await p.say("ja"))[0]).toMatch(/^Bra\. Jag har bett teamet att höra av sig\./);
    expect((await p.record()).conversations[0]).toMatchObject({ status: "waiting", handoffReason: "concern" });
  });

  it("a second heavy reply is heard too, with where the door is, and the offer is not asked a third time", async () => {
    const p = await onboarded();
    await p.say("orkar inte längre");
    expect((await p.say("har inte ätit på två dagar"))[0]).toMatch(/^Att vara utan mat är allvarligt, och inget du ska behöva lösa själv\. Tack för att du säger det\. (Frågan står kvar|Erbjudandet går inte ut)/);
    const second = await p.say("och ingen bryr sig ändå");
    expect(second).toEqual([`Att känna sig ensam är tungt. Bra att du skriver. Du kan alltid skriva "prata med en människa", så hör någon av sig.`]);
  });

  it("in a check-in, heavy answers to the offer are never followed by the next scripted question in the same turn", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    await p.say("orkar inte längre");
    expect((await p.say("har inte ätit på två dagar")).join(" ")).not.toMatch(/Hur har du sovit/);
    expect(await p.say("och ingen bryr sig ändå")).toEqual([`Att känna sig ensam är tungt. Bra att du skriver. Du kan alltid skriva "prata med en människa", så hör någon av sig.`]);
    // The next message takes the check-in back up.
    expect((await p.say("ok")).join(" ")).toMatch(/Hur har du sovit\?/);
  });

  it("someone who reads the young person's phone: flagged, reminders stop at once (as the reply says), and the offer of a person", async () => {
    // A young tester's: "min kille kollar min mobil" was not flagged and reminders kept going to a phone he reads.
    const p = await onboarded();
    const before = await p.record();
    expect(before.remindersOff).toBe(false);
    expect(await p.say("min kille kollar min mobil varje kväll")).toEqual([
      `Tack för att du säger det. Jag slutar skicka påminnelser hit (utom om möten), och du kan radera tråden i mobilen. Kvinnofridslinjen 020-50 50 50 stöttar vid kontroll och våld, gratis och dygnet runt. Akut fara: 112. ${OFFER}`,
    ]);
    const after = await p.record();
    expect(after.remindersOff).toBe(true);
    expect(after.conversations[0]).toMatchObject({ priority: "concern", concernReason: "control" });
    // "påminn mig" turns them back on, as anywhere.
    await p.say("nej");
    await p.say("påminn mig");
    expect((await p.record()).remindersOff).toBe(false);
  });

  it("'han får inte se detta' after another heavy message: the phone comes first in the acknowledgment", async () => {
    const p = await onboarded("en");
    await p.say("everything sucks");
    const reply = await p.say("if he sees this im dead");
    expect(reply.join(" ")).toMatch(/I'll stop sending reminders here/);
    expect((await p.record()).remindersOff).toBe(true);
  });

  it("'sluta' to the offer stops the asking, not every contact; STOPP still stops everything at once", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("5");
    expect(await p.say("orkar inte längre")).toEqual([`Det låter riktigt tungt just nu. Bra att du skriver det. ${OFFER}`]);
    const reply = await p.say("sluta");
    expect(reply).toHaveLength(1); // nothing scripted follows: the check-in underneath does not come back
    expect(reply[0]).toMatch(/^(Okej, jag slutar fråga om det|Uppfattat, jag frågar inte mer).*STOPP/);
    let r = await p.record();
    expect(r.status).not.toBe("opted-out");
    expect(r.conversations[0]).toMatchObject({ priority: "concern", status: "bot" });
    // Outside the offer "sluta" is the stop word as before, and so is STOPP inside it.
    expect((await p.say("sluta"))[0]).toMatch(/STOPP|START/);
    r = await p.record();
    expect(r.status).toBe("opted-out");
    const q = await onboarded();
    await q.say("allt känns meningslöst");
    await q.say("STOPP");
    expect((await q.record()).status).toBe("opted-out");
  });

  it("a question in a heavy message is answered first, then the acknowledgment and the offer", async () => {
    const p = await onboarded();
    const reply = await p.say("kan handläggaren på soc se att jag skrivit om skulder här");
    expect(reply).toHaveLength(2);
    expect(reply[0]).toMatch(/^Socialtjänsten \(soc\) kan inte läsa det här/);
    expect(reply[1]).toMatch(/Vill du att teamet hör av sig till dig\?/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern" });
  });

  it("a question to the offer ('får jag försörjningsstöd om jag e med i detta') is answered and the offer stays open, never taken as a no", async () => {
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    const reply = await p.say("får jag försörjningsstöd om jag e med i detta");
    expect(reply).toHaveLength(2);
    expect(reply[0]).toMatch(/inte med när någon beslutar om pengar|används inte när någon bestämmer om pengar/);
    expect(reply[1]).toMatch(/^Ska jag be teamet höra av sig/);
    expect(reply.join(" ")).not.toMatch(/Det är lugnt|helt okej/i);
    expect(await p.say("ja")).toEqual([expect.stringMatching(/^Bra\. Jag har bett teamet att höra av sig/)]);
  });

  it("'vet inte' right away is an answer: not now, without asking again", async () => {
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    expect(await p.say("vet inte")).toEqual(['Det är lugnt. Skriv "prata med en människa" när du vill, så hör någon av sig.']);
  });

  it("once flagged, a further heavy message is acknowledged without asking again", async () => {
    const p = await onboarded();
    await p.say("allt känns meningslöst");
    await p.say("nej");
    expect(await p.say("har inte ätit på två dagar")).toEqual(['Att vara utan mat är allvarligt, och inget du ska behöva lösa själv. Tack för att du säger det. Du kan alltid skriva "prata med en människa", så hör någon av sig.']);
    expect((await p.record()).conversations[0]!.concernReason).toBe("hopelessness,food");
    expect((await p.say("hej")).join(" ")).not.toMatch(/hör av sig till dig\?/);
  });

  it("on a first message, Tillit says what it is before the offer", async () => {
    const p = new Participant(h, `+46${n++}`);
    expect(await p.say("hej, orkar inte längre")).toEqual([
      "Hej! Jag är Tillit, en digital assistent. En koordinator läser med och kan svara själv när du vill.",
      `Det låter riktigt tungt just nu. Bra att du skriver det. ${OFFER}`,
    ]);
  });

  it("while a person is awaited the flag is raised and the heavy message answered each time; after STOPP the bot stays quiet", async () => {
    const p = await onboarded();
    await p.say("kan jag prata med en människa");
    const heard = await p.say("vi blir vräkta nästa månad");
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^(Det låter tungt\. Jag har markerat det som viktigt åt teamet|Tack för att du berättar\. Det här har jag satt högst upp)/);
    expect(heard[0]).toMatch(/Någon i teamet läser under dagen\.$/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", status: "waiting", concernReason: "housing" });
    const again = await p.say("har inga pengar till mat heller");
    expect(again).toHaveLength(1);
    expect(again[0]).not.toBe(heard[0]);
    const q = await onboarded();
    await q.say("STOPP");
    expect(await q.say("har inga pengar till mat")).toEqual([]);
    expect((await q.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: "money" });
  });

  it("a crisis is never lowered by a later concern", async () => {
    const p = await onboarded();
    await p.say("vill ej leva längre");
    await p.say("mår så jävla dåligt");
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis" });
  });
});

describe("concern from check-ins", () => {
  it("a 2/10 with bad sleep: the offer comes instead of the food question; the check-in goes on after no, and is kept", async () => {
    const p = await onboarded();
    await p.say("checka in");
    expect((await p.say("2")).join(" ")).toMatch(/2:a och inte lägre\?$/);
    expect(await p.say("vet inte")).toEqual([SLEEP]);
    expect(await p.say("dåligt")).toEqual([`Tack för att du svarar ärligt. En låg dag och dålig sömn eller ingen mat är mycket på en gång. ${OFFER}`]);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: "low-check-in" });
    expect(await p.say("nej")).toEqual(['Okej, helt okej. Du kan alltid skriva "prata med en människa" om du ändrar dig.', FOOD]);
    // No food as well: the concern has been raised once in this check-in; no second offer.
    // A "nej" to food is heard in a short line before the next question (fix22d), no second offer.
    expect(await p.say("nej")).toEqual(["Okej, tack för att du säger det. Något litet räknas också, när du orkar. Har du rört på dig något idag?\n1. Ja\n2. Lite\n3. Nej"]);
    await p.say("nej");
    expect(await p.say("4")).toEqual(["Tack för att du delade, Sara. Bra att du tog dig tid."]);
    expect((await p.record()).checkIns.at(-1)).toMatchObject({ mood: 2, sleep: "bad", food: "no" });
  });

  it("a 1/10 with no food is a concern too; a 3/10 with bad sleep is left to the conversation", async () => {
    const p = await onboarded();
    await p.say("checka in");
    await p.say("1");
    expect((await p.say("bra")).join(" ")).toMatch(/Har du ätit något ordentligt idag\?/);
    expect((await p.say("nej"))[0]).toMatch(/^Tack för att du svarar ärligt\. En låg dag/);
    const q = await onboarded();
    await q.say("checka in");
    await q.say("3");
    await q.say("jobbig dag");
    expect((await q.say("dåligt")).join(" ")).toMatch(/Har du ätit något ordentligt idag\?/);
    expect((await q.record()).conversations[0]!.priority).toBe("normal");
  });

  it("a run of low check-ins on separate days raises concern at the third, right after the mood", async () => {
    const p = await onboarded();
    const checkIn = async (mood: string) => {
      await p.say("checka in");
      const afterMood = await p.say(mood);
      if (/inte lägre\?$/.test(afterMood.join(" "))) {
        for (const answer of ["inget särskilt", "sådär", "lite", "nej", "4"]) await p.say(answer);
      }
      h.clock.advance(DAY);
      return afterMood;
    };
    const start = h.clock.ms;
    try {
      expect((await checkIn("4")).join(" ")).toMatch(/4:a och inte lägre\?$/);
      expect((await checkIn("3")).join(" ")).toMatch(/3:a och inte lägre\?$/);
      expect((await p.record()).conversations[0]!.priority).toBe("normal");
      expect(await checkIn("4")).toEqual([`Tack för att du svarar ärligt. Jag ser att det har varit tungt flera gånger nu. ${OFFER}`]);
      expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: "low-check-ins" });
      const afterNo = await p.say("nej");
      expect(afterNo[0]).toBe('Okej, helt okej. Du kan alltid skriva "prata med en människa" om du ändrar dig.');
      expect(afterNo.at(-1)).toMatch(/4:a och inte lägre\?$/);
    } finally {
      h.clock.ms = start;
    }
  });

  it("a good day in between breaks the run", async () => {
    const p = await onboarded();
    const start = h.clock.ms;
    try {
      for (const mood of ["3", "8", "4"]) {
        await p.say("checka in");
        await p.say(mood);
        for (const answer of ["inget", "sådär", "lite", "nej", "4"]) await p.say(answer);
        h.clock.advance(DAY);
      }
      await p.say("checka in");
      expect((await p.say("4")).join(" ")).toMatch(/4:a och inte lägre\?$/);
      expect((await p.record()).conversations[0]!.priority).toBe("normal");
    } finally {
      h.clock.ms = start;
    }
  });
});
