// What the ninth young tester's report (session 16, texter16) still left after the fixes of that session:
// small talk about Tillit itself ("typ vad gillar du") met "förstår inte allt"; a bare "ja" to "Vill du att Maja
// hör av sig…", or right after a question was passed on, or a second "ja" after the yes, was not heard; an
// apology for weeks of silence and boredom got the line for exhaustion; the walk he chose was forgotten; the
// 24/7 numbers for a known minor left BRIS out; and when the team reads was said under reply after reply.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { weeksApart } from "../helpers/weeks-apart.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const suite = transcriptSuite(731617700, { clock: "none" });

// Each test in a week of its own (weeks-apart.ts); `local` gives a weekday and a time of that week in Stockholm.
const { local, say } = weeksApart(suite);
const statusOf = async (p: Participant) => (await suite.conversationOf(p)).status;

/** Maja writes to the participant and hands back, as a coordinator who has been in touch. */
async function majaWrote(p: Participant, text: string): Promise<void> {
  const d = suite.staffDeps();
  const maja = suite.w.accounts.coordA.actor;
  const id = (await suite.conversationOf(p)).id;
  await assignConversation(d, maja, id, maja.id);
  await takeOver(d, maja, id);
  await replyAsCoordinator(d, maja, id, text);
  await handBack(d, maja, id);
  suite.h.clock.advance(60 * MINUTE);
  await p.received();
}

describe("small talk about Tillit itself", () => {
  it("'typ vad gillar du', 'what do you like': a program with no likes of its own, turned back warmly; the answer is kept as what they like", async () => {
    for (const [text, language] of [
      ["typ vad gillar du", "sv"],
      ["vad gillar du att göra", "sv"],
      ["vad gillar du själv?", "sv"],
      ["har du några intressen", "sv"],
      ["gillar du musik?", "sv"],
      ["what do you like", "en"],
      ["what do u like doing", "en"],
      ["what are your hobbies", "en"],
    ] as const) {
      const p = await suite.onTeam(language);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/program/);
      expect(reply, text).toMatch(/vad gillar du|vad tycker du om|what do you like|what do you enjoy/i);
      const told = await say(p, language === "sv" ? "spela fifa" : "gaming mostly");
      expect(told, text).not.toMatch(NOT_UNDERSTOOD);
      const kept = (await p.record()).mapping.filter((m) => m.topic === "interests" && m.question === "likes");
      expect(kept.at(-1)?.answer, text).toBe(language === "sv" ? "spela fifa" : "gaming mostly");
    }
  });

  it("'vad gillar jag', 'vad tycker du om det' are not questions about Tillit's likes", async () => {
    const p = await suite.onTeam("sv");
    expect(await say(p, "vad tycker du om det")).not.toMatch(/gillar inte saker|inga egna favoriter/);
  });
});

describe("a bare yes is heard", () => {
  it("'e maja kvar', then 'ja' to 'Vill du att Maja hör av sig…': the yes, and a person is asked for", async () => {
    for (const [asked, yes] of [["e maja kvar", "ja"], ["är maja kvar?", "jaa"], ["vem är min koordinator", "ja tack"]] as const) {
      const p = await suite.onTeam("sv");
      await majaWrote(p, "Hej, Maja här. Hur går det?");
      expect(await say(p, asked), asked).toMatch(/Maja/);
      const reply = await say(p, yes);
      expect(reply, asked).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, asked).toMatch(/Maja/);
      expect(await statusOf(p), asked).toBe("waiting");
    }
  });

  it("'ja' right after a question was passed on to the coordinator: a nod to it, not 'förstår inte allt'", async () => {
    for (const yes of ["ja", "ok", "👍"]) {
      const p = await suite.onTeam("sv");
      await majaWrote(p, "Hej, Maja här. Hur går det?");
      expect(await say(p, "kan jag få hjälp med busskort"), yes).toMatch(/skickat|vidare/);
      const reply = await say(p, yes);
      expect(reply, yes).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, yes).toMatch(/Maja/);
    }
  });

  it("a second 'ja' after the yes to someone getting in touch: it is on its way, never 'Vad kul' or the stock line", async () => {
    for (const [first, language] of [["var på vårdcentralen", "sv"], ["hur skriver man ett cv", "sv"], ["how do i write a cv", "en"]] as const) {
      const p = await suite.onTeam(language);
      await say(p, first);
      if (first === "var på vårdcentralen") await say(p, "och kan jag fortfarande vara med här om jag e sjukskriven");
      const yes = language === "sv" ? "ja" : "yes";
      const answered = await say(p, yes);
      expect(answered, first).toMatch(/teamet|team/);
      expect(await statusOf(p), first).toBe("waiting");
      const again = await say(p, yes);
      expect(again, first).not.toMatch(NOT_UNDERSTOOD);
      expect(again, first).not.toMatch(/Vad kul|låter riktigt bra|so good|sounds great/i);
      expect(again, first).toMatch(/redan|på gång|already|on its way/i);
    }
  });
});

describe("an apology for silence, and boredom, are not exhaustion", () => {
  it("'sorry har inte orkat svara' three weeks on: welcomed back, nothing to be sorry for; never 'helt slut'", async () => {
    for (const [text, language] of [["sorry har inte orkat svara", "sv"], ["förlåt att jag inte orkat svara på ett tag", "sv"], ["sry i havent had the energy to reply", "en"]] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.advance(21 * DAY);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(/helt slut|så trött länge|completely drained|exhausted|tired for so long/i);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/ursäkt|sorry|apologi[sz]e/i);
    }
  });

  it("'its just sooo boring och alla e fake': boredom heard as boredom, not exhaustion nor 'förstår inte allt'", async () => {
    for (const text of ["its just sooo boring och alla e fake", "allt e så jävla tråkigt asså", "skolan e så trist"]) {
      const p = await suite.onTeam("sv");
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(/helt slut|så trött länge/);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/tråk|seg/i);
    }
  });
});

describe("the step chosen earlier is remembered", () => {
  const OFFERS = /Vill du att jag säger till|Ska jag säga till|Shall I tell|Want me to tell/;

  it("Isak's walk, offered by Maja, two weeks later: 'kanske kan testa den där promenaden' is said back, Maja offered; 'ja' asks for her", async () => {
    for (const [text, said] of [["kanske kan testa den där promenaden", "promenaden"], ["kör på promenaden typ", "promenaden"], ["vi kan ta den där promenaden", "promenaden"]] as const) {
      const p = await suite.onTeam("sv", "Isak");
      await majaWrote(p, "Hej Isak, Maja här. Vill du ta en kort promenad med mig på fredag kl 13? Helt okej att säga nej.");
      suite.h.clock.ms = local(6, "21:00", 2);
      await say(p, "tja");
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toContain(said);
      expect(reply, text).toMatch(/Maja/);
      expect(reply, text).toMatch(OFFERS);
      // Truthful: nothing booked that Maja must agree to.
      expect(reply, text).not.toMatch(/bokat|är bokad|ses på|booked/);
      const yes = await say(p, "ja");
      expect(yes, text).toMatch(/Maja/);
      expect(await statusOf(p), text).toBe("waiting");
    }
  });

  it("the small step of a check-in, and a step in the plan, are known as such; in English too", async () => {
    const bus = await suite.onTeam("sv");
    await suite.h.tillit.db.checkIn.create({ data: { participantId: (await bus.record()).id, mood: 5, smallStep: "bus", createdAt: new Date(suite.h.clock.ms) } });
    suite.h.clock.advance(10 * DAY);
    const busReply = await say(bus, "kanske testa den där bussresan nu");
    expect(busReply).toContain("bussresan");
    expect(busReply).toMatch(/valde|lilla steg/);
    expect(busReply).toMatch(OFFERS);

    const plan = await suite.onTeam("sv");
    await suite.h.tillit.db.actionPlan.create({ data: { participantId: (await plan.record()).id, mainActivity: "Praktik på biblioteket", subGoals: { create: [{ text: "Simning en gång i veckan", position: 0 }] } } });
    const planReply = await say(plan, "jag vill testa simningen");
    expect(planReply).toContain("simningen");
    expect(planReply).toMatch(/plan/);
    expect(planReply).toMatch(OFFERS);

    const walk = await suite.onTeam("en");
    await suite.h.tillit.db.checkIn.create({ data: { participantId: (await walk.record()).id, mood: 6, smallStep: "walk", createdAt: new Date(suite.h.clock.ms) } });
    const walkReply = await say(walk, "i could try that walk");
    expect(walkReply).toContain("the walk");
    expect(walkReply).toMatch(/chose|small step/);
    expect(walkReply).toMatch(OFFERS);
  });

  it("the step refused, or something else referred to, is not taken for a wish to try it", async () => {
    const p = await suite.onTeam("sv");
    await majaWrote(p, "Vill du ta en kort promenad med mig på fredag?");
    for (const text of ["orkar inte den där promenaden", "den där killen e så jobbig", "var är promenaden?"]) {
      expect(await say(p, text), text).not.toMatch(OFFERS);
    }
  });
});

describe("the 24/7 numbers for a known minor after harm", () => {
  const order = (text: string) => [...text.matchAll(/BRIS|112|Självmordslinjen|90101/g)].map((m) => m[0]).filter((n, i, all) => all.indexOf(n) === i);

  // An adult hit by a parent: the numbers his first crisis reply gave (crisis.harmFamilyAdult: 112 and socialjouren, then
  // Brottsofferjouren), not Självmordslinjen, which this test kept for him before the reminder followed the first reply's
  // kind (fix26c, dialogs/shared/crisis-kind.ts numbersOfFirstReply).
  it("the week's reminder in a wait after harm names BRIS first, not Självmordslinjen; an adult hit by a parent gets 112 and socialjouren", async () => {
    for (const [age, first] of [["jag e 16", "BRIS"], ["jag e 22", "112"]] as const) {
      const p = await suite.onboarded("sv");
      await say(p, age);
      suite.h.clock.ms = local(2, "23:40");
      expect(await say(p, "min pappa slår mig"), age).toMatch(/112/);
      suite.h.clock.advance(8 * DAY);
      const reminder = await say(p, "inget nytt här direkt");
      expect(reminder, age).toMatch(/112/);
      expect(order(reminder)[0], `${age}: ${reminder}`).toBe(first);
      expect(reminder, age).not.toMatch(/90101/);
      if (first === "112") expect(reminder, age).toMatch(/socialjouren/);
    }
  });

  it("'kan inte sova' at night in that wait: BRIS for a known minor", async () => {
    const p = await suite.onboarded("sv");
    await say(p, "jag är 15");
    suite.h.clock.ms = local(2, "23:40");
    await say(p, "min pappa slår mig");
    // Four ordinary evenings, so that the crisis reply's numbers are no longer among the last texts.
    for (const text of ["har tänkt på jobb idag", "vet inte var jag ska börja", "var ute en sväng idag", "kollade på komvux"]) {
      suite.h.clock.advance(DAY);
      await say(p, text);
    }
    suite.h.clock.ms = local(1, "02:10", 1);
    const night = await say(p, "kan inte sova");
    expect(night).toMatch(/BRIS 116 111/);
    expect(night).not.toMatch(/90101/);
  });
});

describe("when the team reads is said once, not under every reply", () => {
  const READING = /läser det (i dag|i morgon|på \S+dag) från kl|reads it (today|tomorrow|on \S+day) from/;

  it("ordinary messages on a Saturday evening: said with the first reply, not under the next ones; in English too", async () => {
    for (const [language, texts] of [
      ["sv", ["blev en konstig dag", "mamma lagade tacos", "vet inte vad jag ska skriva", "är hemma nu"]],
      ["en", ["weird day", "mom made tacos", "dunno what to write", "im home now"]],
    ] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.ms = local(6, "21:00");
      const replies: string[] = [];
      for (const text of texts) replies.push(await say(p, text));
      expect(replies[0], language).toMatch(READING);
      expect(replies.slice(1).filter((r) => READING.test(r)), language).toEqual([]);
      for (const r of replies) expect(r, language).not.toMatch(/ {2}|\s$/);
    }
  });

  it("waiting for a person at night: said with the request, then not again, unless asked when; said again the next day", async () => {
    const p = await suite.onTeam("sv");
    suite.h.clock.ms = local(6, "21:30");
    expect(await say(p, "prata med en människa")).toMatch(READING);
    for (const text of ["tänkte på en grej", "mamma lagade tacos", "hmm okej då"]) expect(await say(p, text), text).not.toMatch(READING);
    expect(await say(p, "när svarar ni?")).toMatch(READING);
    suite.h.clock.ms = local(7, "20:00");
    expect(await say(p, "hej igen")).toMatch(READING);
  });

  it("a new question passed on to the coordinator says it again", async () => {
    const p = await suite.onTeam("sv");
    await majaWrote(p, "Hej, Maja här. Hur går det?");
    suite.h.clock.ms = local(6, "21:00");
    expect(await say(p, "blev en konstig dag")).toMatch(READING);
    expect(await say(p, "kan jag få hjälp med busskort")).toMatch(READING);
  });
});

describe("the step chosen earlier, while a person is awaited", () => {
  it("'kanske kan testa den där promenaden' after asking for Maja: said back, waiting for her, never the stock line", async () => {
    const p = await suite.onTeam("sv", "Isak");
    await majaWrote(p, "Hej Isak, Maja här. Vill du ta en kort promenad med mig på fredag kl 13? Helt okej att säga nej.");
    await say(p, "prata med en människa");
    const reply = await say(p, "kanske kan testa den där promenaden");
    expect(reply).toContain("promenaden");
    expect(reply).toMatch(/Maja/);
    expect(reply).not.toMatch(/Jag är kvar här|får se det här\.|Uppfattat/);
  });
});
