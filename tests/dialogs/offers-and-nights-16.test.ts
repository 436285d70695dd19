// What the ninth young tester (session 16) found around a pending offer of a person and at night: a sentence with
// "nej" in it, "kanske" or a new question taken as the answer to the offer (a crying young mother at 02:00 was
// left with "Okej, helt okej"); a hard night a week after a crisis met with three "jag förstår inte" lines and
// "hallå?" with the menu; "kan jag skriva här om det blir dåligt igen på natten" sent to the team; "i morgon" said
// after midnight for the day after; and something real told ("jag går typ inte till skolan sen oktober", "bebisen
// har feber") or a worry before a step ("what if i mess it up") met with "förstår inte allt" or the line for the
// message before.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { weeksApart } from "../helpers/weeks-apart.js";
import type { Participant } from "../helpers/conversation.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { describeNextReading, nextReading, parseOfficeHours } from "../../bot/domain/office-hours.js";
import { loadLocales, translator } from "../../bot/infrastructure/i18n.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = transcriptSuite(731616500, { clock: "none" });
const OFFER_CLOSED = /Okej, helt okej|Det är lugnt\. Skriv|Okay, no problem|That's fine\. Write/;
const NUMBERS = /90101/g;

// Each test in a week of its own (weeks-apart.ts); `local` gives a weekday and a time of that week in Stockholm.
const { local, say } = weeksApart(suite);
const statusOf = async (p: Participant) => (await suite.conversationOf(p)).status;

describe("an open offer of a person takes only a plain answer", () => {
  it("'nej inte så…' corrects a guess: heard, loneliness named, the offer stands, and a later 'ja' answers it", async () => {
    for (const [heavy, text, language] of [
      ["mår skit ärligt. gråter typ hela tiden", "nej inte så. vill inte dö. bara trött o ensam", "sv"],
      ["allt känns tungt", "nä inte så, bara trött", "sv"],
      ["everything feels so heavy", "no not like that. just tired and lonely", "en"],
    ] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.ms = local(6, "02:00");
      expect(await say(p, heavy), heavy).toMatch(/Vill du att|Would you like/);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(OFFER_CLOSED);
      expect(reply, text).toMatch(/inte så|rättar mig|not like that|putting me right/);
      if (/ensam|lonely/.test(text)) expect(reply, text).toMatch(/ensam|lonely|alone/);
      expect(reply, text).toMatch(/står kvar|går inte ut|stands|doesn't run out/);
      expect(await statusOf(p), text).toBe("bot");
      expect(await say(p, language === "sv" ? "ja" : "yes"), text).toMatch(/höra av sig|get in touch/);
      expect(await statusOf(p), text).toBe("waiting");
    }
  });

  it("'nej jag vet inte, kanske' is unsure, not a no: the offer stands; a second unsure word leaves the door named", async () => {
    for (const [text, language] of [["nej jag vet inte, kanske", "sv"], ["kanske", "sv"], ["maybe idk", "en"]] as const) {
      const p = await suite.onTeam(language);
      await say(p, language === "sv" ? "allt känns tungt" : "everything feels so heavy");
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(OFFER_CLOSED);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/inte veta|bestämma dig|not to know|decide now/);
      const again = await say(p, language === "sv" ? "kanske" : "maybe");
      expect(again, text).not.toBe(reply);
      expect(again, text).toMatch(/prata med en människa|talk to a human/);
      expect(await statusOf(p), text).toBe("bot");
    }
  });

  it("a new question or something else told is read as a new message, not as a no or a yes; the offer stands", async () => {
    for (const [heavy, text] of [
      ["allt känns tungt", "när kan man börja övningsköra"],
      ["mamma o hennes kille bråkar hela tiden", "han e så jävla otrevlig mot mig"],
      ["allt känns tungt", "hur funkar förskola"],
    ] as const) {
      const p = await suite.onTeam();
      expect(await say(p, heavy), heavy).toMatch(/Vill du att/);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(OFFER_CLOSED);
      // Not asked again straight after it was asked.
      expect(reply, text).not.toMatch(/Jag förstod inte riktigt\. Vill du|Vill du att teamet hör av sig till dig/);
      expect(await statusOf(p), text).toBe("bot");
      // The offer stood: a plain yes right after still answers it.
      await say(p, "ja");
      expect(await statusOf(p), text).toBe("waiting");
    }
  });

  it("'jag vill plugga svenska mer. kan jag få csn…' to the offer is a question, not a yes", async () => {
    const p = await suite.onTeam();
    await say(p, "jag fyllde 18 förra veckan och jag måste flytta från hemmet i januari. var ska jag bo");
    const reply = await say(p, "jag vill plugga svenska mer. kan jag få csn om jag läser sfi eller komvux");
    expect(reply).not.toMatch(/Jag har bett teamet att höra av sig/);
    expect(await statusOf(p)).toBe("bot");
  });

  it("plain answers still answer it: 'nej tack. orkar inte' is a no, 'ja, kan hon ringa?' a yes", async () => {
    const no = await suite.onTeam();
    await say(no, "allt känns tungt");
    expect(await say(no, "nej tack. orkar inte")).toMatch(/Okej, helt okej/);
    const yes = await suite.onTeam();
    await say(yes, "allt känns tungt");
    expect(await say(yes, "ja, kan hon ringa?")).toMatch(/höra av sig/);
    expect(await statusOf(yes)).toBe("waiting");
  });
});

describe("the night", () => {
  it("a week after a crisis, a hard night, 'inte som förra gången', a plea and 'hallå?' get warm, true answers: nobody in, the numbers once, when the team reads", async () => {
    const p = await suite.onTeam("sv", "Julia");
    // Saturday 02:51: the crisis; Maja takes over in the morning, talks with her and hands back.
    suite.h.clock.ms = local(6, "02:51");
    expect(await say(p, "har sparat alla mina tabletter i en burk")).toMatch(/90101/);
    suite.h.clock.ms = local(6, "08:05");
    const id = (await suite.conversationOf(p)).id;
    const maja = suite.w.accounts.coordA.actor;
    await takeOver(suite.staffDeps(), maja, id);
    await replyAsCoordinator(suite.staffDeps(), maja, id, "Hej Julia, Maja här. Jag ringer dig kl 10.");
    await p.received();
    await handBack(suite.staffDeps(), maja, id);
    // Told at the hand-back (fix25g), with the numbers after the crisis: that was a week ago.
    await suite.h.tillit.core.idle();
    expect((await p.received()).join(" ")).toMatch(/Tillit, boten/);
    // The next Friday, 03:00.
    suite.h.clock.ms = local(5, "03:00", 1);
    const said: string[] = [];
    for (const text of ["kass natt", "inte som förra gången dock", "vill bara att nån svarar", "hallå?"]) said.push(await say(p, text));
    for (const [i, reply] of said.entries()) expect(reply, `${i}`).not.toMatch(NOT_UNDERSTOOD);
    expect(said[0]).toMatch(/natt/);
    expect(said[0]).toMatch(/90101/);
    expect(said[1]).toMatch(/förra gången|som då/);
    expect(said[2]).toMatch(/program|bot/);
    expect(said[2]).toMatch(/teamet är inte på plats|ingen i teamet är på plats/);
    expect(said[2]).toMatch(/i dag från kl 08:00/);
    expect(said[3]).not.toMatch(/Vad vill du göra/);
    expect(said[3]).toMatch(/(inte|Ingen från teamet är) på plats/);
    // The numbers once in the night, not under every message.
    expect(said.join(" ").match(NUMBERS)?.length).toBe(1);
    // The hard night is raised for the team, and the plea is a request for a person.
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", priority: "concern" });
  });

  it("a plea and a hard night in other words, with no crisis before: no 'förstår inte', the plea goes to the team", async () => {
    for (const [night, plea, language] of [["jobbig natt igen", "snälla svara", "sv"], ["rough night", "i just want someone to answer", "en"]] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.ms = local(4, "02:30");
      const first = await say(p, night);
      expect(first, night).not.toMatch(NOT_UNDERSTOOD);
      expect(first, night).toMatch(/natt|night/i);
      const second = await say(p, plea);
      expect(second, plea).not.toMatch(NOT_UNDERSTOOD);
      expect(second, plea).toMatch(/90101/);
      expect(await statusOf(p), plea).toBe("waiting");
    }
  });

  it("'hallå?' minutes after an answer is someone waiting for a reply, not a hello with the menu; out of the blue it is a hello", async () => {
    const p = await suite.onTeam();
    suite.h.clock.ms = local(3, "14:00");
    await say(p, "asdf");
    const reply = await say(p, "hallå?");
    expect(reply).not.toMatch(/Vad vill du göra/);
    expect(reply).toMatch(/Jag är här|jag är kvar/);
    suite.h.clock.ms = local(5, "14:00");
    expect(await say(p, "hallå")).toMatch(/Vad vill du göra/);
  });

  it("'kan jag skriva här om det blir dåligt igen på natten' is answered by Tillit itself: yes, nobody reads at night, the night numbers", async () => {
    for (const [text, language] of [["kan jag skriva här om det blir dåligt igen på natten", "sv"], ["får man höra av sig hit mitt i natten", "sv"], ["can i text here at night if it gets bad", "en"]] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.ms = local(7, "22:00");
      const reply = await say(p, text);
      expect(reply, text).toMatch(/^(Ja, skriv här|Yes, write here)/);
      expect(reply, text).toMatch(/90101/);
      expect(reply, text).toMatch(/i morgon från kl 08:00|tomorrow from 08:00/);
      expect(reply, text).not.toMatch(/svara bättre på|answer that better/);
      expect(await statusOf(p), text).toBe("bot");
    }
  });

  it("in a crisis night, when the team reads is said once, not under every reply", async () => {
    const p = await suite.onTeam("sv", "Julia");
    suite.h.clock.ms = local(6, "02:50");
    const said: string[] = [];
    for (const text of ["kan inte sova", "har sparat alla mina tabletter i en burk", "bara ifall typ", "det e ingen som skulle märka om jag försvann ändå", "nej ring inte nån", "ok"]) said.push(await say(p, text));
    const told = said.map((r) => /på måndag från kl 08:00/.test(r));
    expect(told[0]).toBe(true);
    expect(told.filter(Boolean).length).toBeLessThanOrEqual(3);
    expect(told.slice(-2)).toEqual([false, false]);
    // Never silent, never the same line twice in a row, no gap left where the time was.
    for (const [i, reply] of said.entries()) {
      expect(reply.trim().length, `${i}`).toBeGreaterThan(0);
      expect(reply, `${i}`).not.toMatch(/ {2}| \.$/);
      if (i) expect(reply, `${i}`).not.toBe(said[i - 1]);
    }
  });

  it("after midnight the next working day is named: 'på måndag', never 'i morgon' for it", async () => {
    const p = await suite.onTeam();
    suite.h.clock.ms = local(7, "01:30");
    const reply = await say(p, "kass natt");
    expect(reply).toMatch(/på måndag från kl 08:00/);
    expect(reply).not.toMatch(/i morgon/);
    const t = translator(loadLocales(), "en");
    const hours = parseOfficeHours(null);
    expect(describeNextReading(t, nextReading(new Date(local(7, "02:10")), hours))).toBe("Someone on the team reads it on Monday from 08:00.");
    // In the evening, "tomorrow" is still tomorrow.
    expect(describeNextReading(t, nextReading(new Date(local(2, "22:10")), hours))).toBe("Someone on the team reads it tomorrow from 08:00.");
  });
});

describe("something real told, and a worry before a step", () => {
  it("a statement about one's situation is thanked for and more invited, never 'förstår inte allt'", async () => {
    for (const [text, language] of [
      ["jag går typ inte till skolan sen oktober", "sv"],
      ["bebisen har feber så vet ej", "sv"],
      ["min soc handläggare sa att jag borde", "sv"],
      ["jag bor hos min moster nu", "sv"],
      ["i havent been to school since october", "en"],
      ["my social worker told me to text here", "en"],
    ] as const) {
      const p = await suite.onTeam(language);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/berättar|säger det|bra att veta|telling me|saying that|good to know/i);
    }
  });

  it("'honestly vet inte varför jag e här lol' is fine not to know, with what Tillit is for", async () => {
    for (const [text, language] of [["honestly vet inte varför jag e här lol", "sv"], ["idk why im here", "en"]] as const) {
      const p = await suite.onTeam(language);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, text).toMatch(/inte veta|behöver du inte veta|not to know|need to know/);
    }
  });

  it("'what if i mess it up' before an interview is heard as the worry it is, not as the sleep told before", async () => {
    for (const [before, text, language] of [
      ["cant sleep, interview tomorrow", "what if i mess it up", "en"],
      ["kan inte sova, har intervju imorgon", "tänk om jag klantar mig", "sv"],
    ] as const) {
      const p = await suite.onTeam(language);
      suite.h.clock.ms = local(2, "01:00");
      await say(p, before);
      const reply = await say(p, text);
      expect(reply, text).not.toMatch(/Sleep affects|Sömnen påverkar|So little sleep|Så lite sömn/);
      expect(reply, text).toMatch(/nervös|oroa|nerv|worry/i);
    }
  });
});
