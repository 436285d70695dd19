// A sixteen-year-old in a foster home ran away at night to a 25-year-old man's flat and told Tillit so
// ("har dragit hemifrån" / "e hos en kompis kille, han e typ 25"): the ninth young tester's most serious
// finding, answered with "Det låter som att du är helt slut". From someone known to be under 18 (the profile,
// or an age they told), an adult they are with is a crisis: BRIS and 112, the team told at once. The same
// words from an adult, or from someone whose age nobody knows, are ordinary and stay so.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { adultAgeWith, ageTold } from "../../dialogs/shared/age-words.js";

const suite = transcriptSuite(733170000);
const { onboarded, conversationOf } = suite;

/** The help numbers of a text, in the order given. */
function order(text: string): string[] {
  return [...text.matchAll(/BRIS|112|Kvinnofridslinjen|Självmordslinjen/g)].map((m) => m[0]);
}

describe("someone under 18 with an adult", () => {
  it("a sixteen-year-old at a 25-year-old's flat at night: BRIS and 112, no 'not your fault', the team told, the audit says why", async () => {
    const p = await onboarded("sv", "Alicia");
    await p.say("jag e 16 o bor i familjehem");
    suite.h.clock.ms = Date.parse("2026-11-29T22:45:00Z"); // Sunday 23:45
    await p.say("har dragit hemifrån");
    const [first, second] = await p.say("e hos en kompis kille, han e typ 25");
    expect(order(first!)).toEqual(["BRIS", "112"]);
    expect(first).toMatch(/under 18/);
    expect(first).not.toMatch(/inte ditt fel/);
    expect(second).toMatch(/socialjouren/);
    const c = await conversationOf(p);
    expect(c.priority).toBe("crisis");
    const audit = await suite.h.tillit.db.auditLog.findFirst({ where: { action: "conversation.crisis-flagged", subjectId: String(c.id) } });
    // The rules read this shape for anyone (sexual-abuse.older-man-stay); to a known minor the words are theirs.
    expect(JSON.parse(audit!.details!)).toMatchObject({ categories: ["sexual-abuse"] });
    // What comes next in the same burst is answered in the wait (the numbers were just given), not flagged again.
    const again = (await p.say("han säger jag kan sova här om jag vill")).join(" ");
    expect(again.length).toBeGreaterThan(0);
    expect(again).not.toMatch(/Självmordslinjen|inte ditt fel/);
    expect(await suite.h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(c.id) } })).toBe(1);
  });

  it("the adult's age and where they are in two messages of one burst; in English too", async () => {
    const p = await onboarded();
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { birthYear: 2010 } });
    await p.say("han e 26");
    expect((await p.say("sover hos honom ikväll")).join(" ")).toMatch(/BRIS 116 111/);
    const q = await onboarded("en", "Sam");
    await q.say("im 15");
    const [en] = await q.say("he's 24 and picks me up after school, i stay at his place sometimes");
    expect(order(en!)).toEqual(["BRIS", "112"]);
    expect(en).toMatch(/adult/);
    // A shape the rules do not read ("träffar en kille på 30 o sover där ibland"): the turn flags it for a known minor.
    const r = await onboarded();
    await r.say("jag e 15");
    const [sv] = await r.say("träffar en kille på 30 o sover där ibland");
    expect(order(sv!)).toEqual(["BRIS", "112"]);
    const rc = await conversationOf(r);
    const audit = await suite.h.tillit.db.auditLog.findFirst({ where: { action: "conversation.crisis-flagged", subjectId: String(rc.id) } });
    expect(JSON.parse(audit!.details!)).toMatchObject({ categories: ["sexual-abuse"], raisedBy: { source: "minor-with-an-adult" } });
    // "ok" right after, in the same burst, is not the adult told again: no second flag.
    await r.say("ok");
    expect(await suite.h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(rc.id) } })).toBe(1);
  });

  it("staying at a man's whose age they give is a crisis to the rules for anyone, with words that presume no age; a boyfriend, a brother: no crisis", async () => {
    // The rules (sexual-abuse.older-man-stay) flag the shape whatever the writer's age: the team knows who writes.
    const adult = await onboarded();
    await adult.say("jag e 22");
    const [first] = await adult.say("e hos en kompis kille, han e typ 25");
    expect(first).toMatch(/112/);
    expect(first).not.toMatch(/under 18 och|inte ditt fel/);
    const unknown = await onboarded();
    expect((await unknown.say("min kille e 23 o vi ska på bio ikväll")).join(" ")).not.toMatch(/BRIS|112/);
    const minor = await onboarded();
    await minor.say("jag e 16");
    suite.h.clock.advance(20 * 60_000); // not one burst with the age: the model read those two as a child alone
    expect((await minor.say("e hos min bror, han e 25")).join(" ")).not.toMatch(/BRIS|112/);
    expect((await minor.say("min kille e 17 o vi ses ikväll")).join(" ")).not.toMatch(/BRIS|112/);
    expect((await conversationOf(minor)).priority).not.toBe("crisis");
  });

  it("reads an adult's age told of someone the writer is with, never a family member's or a time", () => {
    const adults: [string, number][] = [
      ["e hos en kompis kille, han e typ 25", 25], ["sover hos en kille jag träffade på snap, han e 26", 26], ["he's 24 and picks me up after school", 24],
      ["dejtar en 23-åring", 23], ["träffade en kille på 30 igår", 30], ["min kille e 23 o vi bor ihop", 23], ["han e asså 28 o jag sover hos honom", 28],
    ];
    for (const [t, age] of adults) expect(adultAgeWith(t), t).toBe(age);
    for (const t of ["hos min bror, han e 25", "han e 25 minuter sen", "han kommer hit 20 över", "vi ses 22", "min kille e 17 o vi ses ikväll", "han säger jag kan sova här om jag vill", "pappa e 45"]) {
      expect(adultAgeWith(t), t).toBeUndefined();
    }
  });

  it("an age told of someone else is not the writer's own", () => {
    for (const t of ["han e 25 år gammal", "min syster e 12 år gammal", "dejtar en 23-åring", "my boyfriend is 24 years old"]) expect(ageTold(t), t).toBeUndefined();
    for (const [t, age] of [["jag e en 16-åring", 16], ["16-åring här", 16], ["jag är 16 år gammal", 16], ["e 15 btw", 15], ["är 16", 16]] as const) expect(ageTold(t), t).toBe(age);
    for (const t of ["e 15 min sen", "e 20 över 3"]) expect(ageTold(t), t).toBeUndefined();
  });
});
