// Session 22's conversation leftovers (fix22d), found by a young tester texting at night (/tmp/t22/full01–full12):
// 1. Stopping and slowing down in their own words: "orkar inte, sluta" mid check-in means stop asking now (it got
//    "Hur har du sovit?"); "inte varje dag", "1 gång i veckan" and the menu's own "en gång i veckan" typed after the
//    menu had gone ask for fewer messages (they were not understood).
// 2. The check-in in step with the answers: "sådär" after a heavy answer to the sleep question is its answer (the
//    question came again); "nej" to "Har du ätit något ordentligt idag?" is heard; "chips räknas?" is answered
//    lightly before the question comes again; "sov som en död 💀" is sleeping very well; at the main menu "2" is its
//    second choice (it was read as a mood of 2) and "menade berätta om mig" corrects the choice.
// 3. Names: "kalla mig J" is a name (one letter); "jag heter J sa jag ju" and "kan du kalla mig J" later are taken
//    and confirmed; "varför vill du veta det" to the name question is answered (so Tillit can use it; no need).
// 4. English while a person is awaited: "a bit" and "no" got nothing at all (read as more of a burst whose receipt
//    covered them); "whats aktivitetsstöd" got nothing; "can someone help in english tomorrow?" got "Got it.".
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

/** Tuesday 04:20 in Stockholm: the tester's hour, the team not in. */
const NIGHT = Date.parse("2026-11-24T03:20:00Z");
const suite = transcriptSuite(722240000, { clock: NIGHT });
const { onboarded, newcomer, conversationOf } = suite;

const STOP_ASKING = /vi hoppar över resten|we'll skip the rest/;
const WEEKLY = /högst en gång i veckan|en gång i veckan från mig|högst en påminnelse i veckan|at most once a week|at most one reminder a week/;
const MENU = /En gång i veckan[\s\S]*Sluta helt/;

/** Says each line a few seconds apart, as the tester typed: what the last one got, joined. */
async function says(p: Participant, lines: readonly string[]): Promise<string> {
  let last = "";
  for (const l of lines) last = await p.sayLater(l, 4_000);
  return last;
}

describe("1. stopping and slowing down in their own words", () => {
  it("'orkar inte, sluta' mid check-in stops the questions kindly, as 'sluta fråga' does; not STOPP", async () => {
    for (const said of ["orkar inte, sluta", "orkar inte sluta nu", "sluta, orkar inte"]) {
      const p = await onboarded();
      await says(p, ["kolla läget", "5"]);
      const reply = await p.sayLater(said, 4_000);
      expect(reply, said).toMatch(STOP_ASKING);
      expect(reply, said).not.toMatch(/sovit|\?/);
      const r = await p.record();
      expect(r.status, said).toBe("active");
      expect(r.checkIns, said).toEqual([expect.objectContaining({ mood: 5 })]);
    }
  });

  it("'ok men typ inte varje dag' and '1 gång i veckan' set the pace they said, confirmed", async () => {
    for (const said of ["ok men typ inte varje dag", "inte varje dag", "1 gång i veckan", "en gång i veckan räcker"]) {
      const p = await onboarded();
      const reply = await p.sayLater(said, 4_000);
      expect(reply, said).toMatch(WEEKLY);
      expect(reply, said).not.toMatch(NOT_UNDERSTOOD);
      expect((await p.record()).reminderPace, said).toBe("weekly");
    }
    // Right after coming back with START, as the tester did.
    const back = await onboarded();
    await says(back, ["STOPP", "START"]);
    expect(await back.sayLater("ok men typ inte varje dag", 4_000)).toMatch(WEEKLY);
    expect((await back.record()).reminderPace).toBe("weekly");
  });

  it("the menu's own 'en gång i veckan', typed after the menu had gone, is still the pace; asked how, it is done", async () => {
    const p = await onboarded();
    expect(await p.sayLater("orkar inte fler sms", 4_000)).toMatch(MENU);
    expect(await p.sayLater("hur gör jag för att ni bara skriver en gång i veckan", 4_000)).toMatch(WEEKLY);
    expect((await p.record()).reminderPace).toBe("weekly");
    // The menu gone (its question skipped: "som förut"), and then its own words typed.
    const q = await onboarded();
    await says(q, ["orkar inte fler sms", "vet inte"]);
    expect(await q.sayLater("en gång i veckan", 4_000)).toMatch(WEEKLY);
    expect((await q.record()).reminderPace).toBe("weekly");
  });

  it("'en gång i veckan' with nothing about messages, mid check-in, is still no pace", async () => {
    const p = await onboarded();
    await says(p, ["kolla läget", "5"]);
    expect(await p.sayLater("tränar en gång i veckan", 4_000)).toMatch(/sovit/);
    expect((await p.record()).reminderPace).toBe("as-planned");
  });
});

describe("2. the check-in in step with the answers", () => {
  it("'sådär' after a heavy answer to the sleep question is its answer: the food question follows", async () => {
    const p = await onboarded();
    await says(p, ["kolla läget", "3", "vet inte. orkar inte riktigt nåt", "nej"]);
    expect(await p.sayLater("har legat i sängen hela dan", 4_000)).toMatch(/slut/);
    const reply = await p.sayLater("sådär", 4_000);
    expect(reply).not.toMatch(/sovit/);
    expect(reply).toMatch(/ätit/);
  });

  it("'nej' to the food question is heard before the next question", async () => {
    const p = await onboarded();
    await says(p, ["kolla läget", "7", "solen", "bra"]);
    const reply = await p.sayLater("nej", 4_000);
    expect(reply).toMatch(/rört på dig/);
    expect(reply.split("rört på dig")[0]!.replace(/Har du (kommit ut eller )?$/, "").trim()).not.toBe("");
  });

  it("'chips räknas?' to the food question is answered lightly, and the question comes again", async () => {
    const p = await onboarded();
    await says(p, ["kolla läget", "7", "solen", "bra"]);
    const reply = await p.sayLater("chips räknas?", 4_000);
    expect(reply).toMatch(/ätit|äta/);
    expect(reply).not.toMatch(/rört på dig/);
    expect(reply).toMatch(/chips/i);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
  });

  it("'sov som en död 💀' is sleeping very well", async () => {
    const p = await onboarded();
    await says(p, ["kolla läget", "4", "måndagar suger bara"]);
    const reply = await p.sayLater("sov som en död 💀", 4_000);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(reply).toMatch(/ätit/);
    await says(p, ["ja", "ja", "inte nu"]);
    expect((await p.record()).checkIns).toEqual([expect.objectContaining({ sleep: "good" })]);
  });

  it("at the main menu '2' is its second choice, and 'menade berätta om mig' corrects the choice", async () => {
    const p = newcomer();
    await says(p, ["?", "k", "vet ej", "whatever", "sv"]);
    const second = await p.sayLater("2", 4_000);
    expect(second).not.toMatch(/2:a/);
    expect(second).not.toMatch(/skala 1-10/);
    const q = newcomer();
    await says(q, ["?", "k", "vet ej", "whatever", "sv", "👍", "ok"]);
    const wrong = await q.sayLater("1", 4_000);
    expect(wrong).toMatch(/skala 1-10/);
    const corrected = await q.sayLater("menade berätta om mig", 4_000);
    expect(corrected).not.toMatch(/sovit|inte lägre/);
    expect(corrected).toMatch(/lära känna dig/);
    expect((await q.record()).checkIns).toEqual([]);
  });
});

describe("3. names, given or corrected at any time", () => {
  it("'kalla mig J' to the name question is a name", async () => {
    const p = newcomer();
    await says(p, ["hej", "ja"]);
    const reply = await p.sayLater("kalla mig J", 4_000);
    expect(reply).toMatch(/Kul, J!/);
    expect((await p.record()).preferredName).toBe("J");
  });

  it("'varför vill du veta det' to the name question: why, briefly, and no need", async () => {
    const p = newcomer();
    await says(p, ["hej", "ja"]);
    const reply = await p.sayLater("varför vill du veta det", 4_000);
    expect(reply).toMatch(/hoppa över/);
    expect(reply).toMatch(/kalla dig något|vad jag ska skriva/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(await p.sayLater("Mo", 4_000)).toMatch(/Kul, Mo!/);
  });

  it("'jag heter J sa jag ju' later in onboarding is taken and confirmed; the question goes on", async () => {
    const p = newcomer();
    await says(p, ["hej", "ja", "vet ej", "kväll"]);
    const reply = await p.sayLater("jag heter J sa jag ju", 4_000);
    expect(reply).toMatch(/\bJ\b/);
    expect(reply).toMatch(/språk/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.record()).preferredName).toBe("J");
    // Given already, and said again: confirmed, not "Jag förstod inte riktigt"; onboarding ends with it.
    const q = newcomer();
    await says(q, ["hej", "ja", "kalla mig J", "kväll"]);
    const again = await q.sayLater("jag heter J sa jag ju", 4_000);
    expect(again).toMatch(/\bJ\b/);
    expect(again).not.toMatch(NOT_UNDERSTOOD);
    expect(await q.sayLater("svenska", 4_000)).toMatch(/Tack, J!/);
    // Another name over one given, said as a correction: taken ("jag heter Mo" alone is not: fifth-round-leftovers).
    const r = newcomer();
    await says(r, ["hej", "ja", "Sara", "kväll"]);
    expect(await r.sayLater("nej jag heter Mo sa jag ju", 4_000)).toMatch(/\bMo\b/);
    expect((await r.record()).preferredName).toBe("Mo");
  });

  it("'kan du kalla mig J' while a person is awaited is taken and confirmed", async () => {
    const p = await onboarded();
    await p.sayLater("människa", 4_000);
    expect((await conversationOf(p)).status).toBe("waiting");
    const reply = await p.sayLater("kan du kalla mig J", 4_000);
    expect(reply).toMatch(/\bJ\b/);
    expect((await p.record()).preferredName).toBe("J");
  });
});

describe("4. English while a person is awaited", () => {
  async function waitingInEnglish(): Promise<Participant> {
    const p = await onboarded("en");
    await says(p, ["check in", "idk like a 4", "my swedish isnt good enough for af and they keep sending me letters i cant read", "yeah"]);
    expect((await conversationOf(p)).status).toBe("waiting");
    return p;
  }

  it("'a bit' and 'no' each get a reply, never silence", async () => {
    const p = await waitingInEnglish();
    await says(p, ["lol its not that heavy, just annoying", "ok"]);
    const badly = await p.sayLater("badly", 5_000);
    const aBit = await p.sayLater("a bit", 4_000);
    const no = await p.sayLater("no", 3_000);
    for (const r of [badly, aBit, no]) expect(r).not.toBe("");
    // Once said why nothing is asked; never the same line twice in a row.
    expect([badly, aBit, no].filter((r) => /questions are paused/.test(r))).toHaveLength(1);
    expect(aBit).not.toBe(no);
  });

  it("'whats aktivitetsstöd' is answered honestly: the team can explain it, a person offered", async () => {
    const p = await waitingInEnglish();
    const reply = await p.sayLater("whatever. whats aktivitetsstöd", 4_000);
    expect(reply).toMatch(/coordinator|team/);
    expect(reply).toMatch(/can't answer|don't have a sure answer|help/);
    expect(reply).not.toMatch(/still here/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
  });

  it("'can someone help in english tomorrow?': the team reads it and will say", async () => {
    const p = await waitingInEnglish();
    await says(p, ["lol its not that heavy, just annoying", "ok", "hello?"]);
    const reply = await p.sayLater("can someone help in english tomorrow?", 4_000);
    expect(reply).not.toMatch(/^Got it\./);
    expect(reply).toMatch(/English/);
    expect(reply).toMatch(/coordinator|team/);
    expect(reply).not.toMatch(/will (write|answer|help) (you )?in English|someone can help in English/i);
  });
});
