// Session 23's leftovers in what young people were told (fix23e), from tester22's transcripts (/work/notes/s23/t22) and
// tester23's findings (/work/helpers/tester23/FINDINGS.md), on a Sunday with nobody from the team in until Monday 08:00:
// 1. full07, a suicide crisis wait: "ok" got "Jag hör dig. Allt du skriver ligger kvar åt teamet. Någon i teamet läser det
//    i morgon från kl 08:00. Numren jag skickade gäller hela tiden.", and "tack för att du svarar iaf" the same phrasing
//    again, with the time left out as said: the guard (bot/infrastructure/i18n.ts translateVaried) did not know it as the
//    one just sent, and the repeat taken off its opening left "Numren jag skickade gäller hela tiden." alone.
// 2. full01: "tack" right after "Då kallar jag dig J" while a person was awaited met silence (a thanks was let pass as a
//    filler). A thank-you gets a short warm word; only a coordinator at work in the chat is left to answer it themself.
// 3. A coordinator's takeover, nothing written yet: "är nån där" without a question mark met silence (not read as
//    asking); it now gets what the takeover says to "hallå": who has the chat and has not written yet.
// 4. A missed crisis marked by a coordinator (nothing sent): the next message got "Numren finns kvar … Självmordslinjen
//    90101", numbers never sent and not those for every crisis. Now: the crisis reply's numbers for what is known of the
//    crisis, once, and that someone in the team will write.
// 5. tester23 #8, Alex: after "ringde 112, ambulansen kommer", later crisis replies told them to call 112 again. Now they
//    say it was good to call, and to call again only if it gets worse before help is there.
import { describe, expect, it } from "vitest";
import { markedMissedByMaja, transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { assignConversation, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { loadLocales, translateVaried } from "../../bot/infrastructure/i18n.js";

const suite = transcriptSuite(723550000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
/** Sunday 08:48 in Stockholm: nobody from the team in until Monday 08:00. */
const SUNDAY_MORNING = Date.parse("2026-12-06T07:48:00Z");

/** Someone on team Nord, onboarded in the week, writing on Sunday morning. */
async function early(name: string, language: "sv" | "en" = "sv"): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  suite.h.clock.ms = SUNDAY_MORNING;
  return p;
}

/** What the turn got, joined; nothing sent is "". */
async function said(p: Participant, text: string, after = 20 * SEC): Promise<string> {
  suite.h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

// The young person's side of tester22's transcripts (Stockholm time an hour ahead: 05:26 and 05:18 on Sunday).
const FULL07: [string, string][] = [
  ["04:26:01", "hej"], ["04:26:04", "ja"], ["04:26:08", "Noor"], ["04:26:11", "kväll"], ["04:26:14", "svenska"], ["04:26:18", "kolla läget"],
  ["04:26:21", "5 typ"], ["04:26:26", "vet inte. har börjat ge bort mina grejer typ, behöver dom inte längre"], ["04:26:29", "nej det e lugnt"],
  ["04:26:33", "sover inte så mycket"], ["04:26:36", "det kommer snart va lugnt ändå"], ["04:26:42", "ingen skulle märka nåt iaf"],
  ["04:26:46", "jag vill inte ringa nån"], ["04:26:50", "kan jag skriva nånstans istället"], ["04:26:53", "ok"], ["04:26:56", "tack för att du svarar iaf"],
];
const FULL01: [string, string][] = [
  ["04:18:22", "hej"], ["04:18:32", "vem e du ens"], ["04:18:37", "ok men vem läser detta på riktigt? har ni namn"], ["04:18:40", "kan mina föräldrar se det här"],
  ["04:18:44", "hur fick ni mitt nummer??"], ["04:18:47", "e du en robot eller"], ["04:18:50", "kan soc läsa detta"], ["04:18:53", "vad händer om jag säger nej"],
  ["04:18:58", "men vad heter koordinatorn då"], ["04:19:01", "kan jag prata med er ändå om jag säger nej"], ["04:19:04", "vem e teamledaren"], ["04:19:08", "3"],
  ["04:19:11", "vad sparas exakt"], ["04:19:14", "ok ja"], ["04:19:18", "varför vill du veta det"], ["04:19:21", "kalla mig J"], ["04:19:24", "vad kan du göra då"],
  ["04:19:28", "kväll"], ["04:19:31", "jag heter J sa jag ju"], ["04:19:34", "vem läser nu då"], ["04:19:38", "svenska"], ["04:19:41", "ok"], ["04:19:44", "människa"],
  ["04:19:48", "kan du kalla mig J"], ["04:19:51", "tack"],
];

/** A tester's transcript replayed by a newcomer at its own times (UTC) on Sunday 6 December: each reply, joined. */
async function replay(lines: [string, string][]): Promise<{ said: string; got: string }[]> {
  const p = suite.newcomer();
  const replies: { said: string; got: string }[] = [];
  for (const [at, text] of lines) {
    suite.h.clock.ms = Math.max(suite.h.clock.ms, Date.parse(`2026-12-06T${at}Z`));
    replies.push({ said: text, got: (await p.say(text)).join(" ") });
  }
  return replies;
}

/** Sentences of some length (not "Okej!") two texts share. */
function sharedSentences(a: string, b: string): string[] {
  const of = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => s.length >= 15);
  const theirs = new Set(of(b));
  return of(a).filter((s) => theirs.has(s));
}

/** Someone who asked for a person, their conversation assigned to Maja (coordA) a minute later. */
async function assignedToMaja(name: string) {
  const p = await early(name);
  await said(p, "människa");
  const id = (await suite.conversationOf(p)).id;
  const deps = suite.staffDeps();
  const actor = suite.w.accounts.coordA.actor;
  suite.h.clock.advance(MIN);
  await assignConversation(deps, actor, id, actor.id);
  return { p, id, deps, actor };
}

describe("1. never the same line twice in a row, when a placeholder inside it was left out the second time", () => {
  it("full07 replayed: 'ok' and 'tack för att du svarar iaf' after 'kan jag skriva nånstans istället' each get their own words", async () => {
    const replies = await replay(FULL07);
    const tail = replies.slice(-3);
    expect(tail.map((r) => r.said)).toEqual(["kan jag skriva nånstans istället", "ok", "tack för att du svarar iaf"]);
    for (let i = 1; i < tail.length; i++) {
      expect(tail[i]!.got, tail[i]!.said).not.toBe("");
      expect(sharedSentences(tail[i]!.got, tail[i - 1]!.got), `${tail[i - 1]!.got} → ${tail[i]!.got}`).toEqual([]);
    }
    // Never a sentence torn from its line: "Numren jag skickade gäller hela tiden." alone answers nothing.
    expect(tail.at(-1)!.got).not.toMatch(/^Numren jag skickade gäller hela tiden\.$/);
    // A thank-you, with "för att du svarar", is one (dialogs/shared/understand-free.ts closes).
    expect(tail.at(-1)!.got).toMatch(/^Varsågod/);
  });

  it("the guard knows a phrasing sent with its middle placeholder filled as the same phrasing without it", () => {
    const locales = loadLocales();
    const reading = "Någon i teamet läser det i morgon från kl 08:00.";
    const key = "waiting.afterCrisisLaterCalm";
    const first = translateVaried(locales, "sv", key, { reading: "" }, []);
    const second = translateVaried(locales, "sv", key, { reading }, [first]);
    const third = translateVaried(locales, "sv", key, { reading: "" }, [first, second]);
    expect(sharedSentences(third, second)).toEqual([]);
    expect(third).not.toBe(first);
  });
});

describe("2. a thank-you while a person is awaited gets a warm word", () => {
  it("full01 replayed: 'tack' right after the name was taken is answered, not left in silence", async () => {
    const replies = await replay(FULL01);
    const last = replies.at(-1)!;
    expect(last.said).toBe("tack");
    expect(last.got).toMatch(/Varsågod|Tack själv|tack själv/);
    expect(last.got).not.toMatch(/112|90101/);
  });

  it("a coordinator at work in the chat answers a thanks themself: Tillit says nothing over them (process-turn.ts questionSeen)", async () => {
    const { p, id, deps, actor } = await assignedToMaja("Bo");
    await replyAsCoordinator(deps, actor, id, "Hej Bo, Maja här. Jag ringer dig i morgon förmiddag, okej?");
    await p.received();
    expect(await said(p, "tack")).toBe("");
  });
});

describe("3. 'är nån där' in a takeover is asking, and is answered as 'hallå' is", () => {
  it("nothing written yet: the coordinator has the chat and has not written yet", async () => {
    const { p, id, deps, actor } = await assignedToMaja("Bo");
    await takeOver(deps, actor, id);
    expect(await said(p, "ok")).toMatch(/Maja i teamet har tagit över chatten/);
    const got = await said(p, "är nån där");
    expect(got).toMatch(/Maja har chatten men har inte hunnit skriva än/);
  });

  it("the coordinator quiet for half an hour since their words: that what is written is seen", async () => {
    const { p, id, deps, actor } = await assignedToMaja("Bo");
    await replyAsCoordinator(deps, actor, id, "Hej Bo, Maja här. Jag läser det du skrivit.");
    await p.received();
    expect(await said(p, "e nån där", 31 * MIN)).toMatch(/syns för Maja|Maja har chatten/);
  });
});

describe("4. after a coordinator marks a missed crisis, the next message is told the truth", () => {
  async function raised(name: string, told: string): Promise<Participant> {
    const p = await early(name);
    await said(p, "kolla läget");
    await said(p, told);
    await markedMissedByMaja(suite, p, told);
    return p;
  }

  it("Vera: no 'still there', no suicide line for violence; that someone in the team has read it and will write, with 112 and BRIS, once", async () => {
    const vera = await raised("Vera", "6. fick blåmärken igen, får inte träffa mina kompisar av honom");
    const got = await said(vera, "aa vet inte");
    expect(got).not.toMatch(/finns kvar|Numren jag skickade|numren ovan/i);
    expect(got).not.toMatch(/90101|Självmordslinjen/);
    expect(got).toMatch(/112/);
    expect(got).toMatch(/BRIS 116 111/);
    expect(got).toMatch(/någon i teamet (har läst|har sett|skriver|kommer att skriva)/i);
    // Once: the next message is not given them again.
    const next = await said(vera, "ok");
    expect(next).not.toMatch(/116 111/);
    expect(next).not.toBe("");
  });

  it("'hallå?' as the next message: the line first, then the answer to it (a reviewer: the line was never said)", async () => {
    const vera = await raised("Vera", "6. fick blåmärken igen, får inte träffa mina kompisar av honom");
    const got = await said(vera, "hallå?");
    expect(got).toMatch(/^Någon i teamet (har läst|har sett|skriver|kommer att skriva)/i);
    expect(got).toMatch(/BRIS 116 111/);
    expect(await said(vera, "hallå??")).not.toMatch(/har läst det du skrev förut/i);
  });

  it("a question as the next message: the line first, then the question's answer (a reviewer: 'kan soc se det här?')", async () => {
    const vera = await raised("Vera", "6. fick blåmärken igen, får inte träffa mina kompisar av honom");
    const got = await said(vera, "kan soc se det här?");
    expect(got).toMatch(/^Någon i teamet (har läst|har sett|skriver|kommer att skriva)/i);
    expect(got).toMatch(/[Ss]ocialtjänsten/);
  });
});
