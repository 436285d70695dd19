// What a sixth young tester found while a crisis or a request for a person waited for days with nobody from
// the team answering: good news ("fick en intervju!!!", "FICK JOBBET", "jag gick ut med hunden idag!!", "jag
// vill gå skola igen") met with "Du är inte ensam med det här" or 112; the 24/7 numbers glued onto "tja",
// "nu", "när", "now pls"; the crisis script days later; "inte säga till soc!!!" and "inte säga någon" after a
// crisis met with the stock line; and "ta bort allt vi skrivit" during a crisis with "Jag hör dig".
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { detectErasureRequest } from "../../dialogs/shared/erasure-words.js";

const suite = officeHoursSuite(794310000);
const { onboarded } = suite;

describe("a plea not to tell, after a crisis", () => {
  it("is answered truthfully: no promise, the team already knows, soc and the duty to report for under-18s", async () => {
    for (const plea of ["inte säga till soc!!!", "inte säga någon", "snälla säg inget"]) {
      const p = await onboarded();
      await p.say("min bror slår mig");
      const reply = (await p.say(plea)).join(" ");
      expect(reply, plea).toMatch(/^(Det kan jag inte lova helt|Helt hemligt kan det inte vara)\./);
      expect(reply, plea).toMatch(/under 18/);
      expect(reply, plea).toMatch(/prata med dig först/);
      expect(reply, plea).not.toMatch(/inte ensam med det här|Jag hör dig/);
    }
    const q = await onboarded("en");
    await q.say("my brother hits me");
    expect((await q.say("please dont tell")).join(" ")).toMatch(/^(I can't fully promise that|It can't be completely secret)\..*under 18.*talk to you first/);
  });

  it("is read as the plea, not other talk of saying or telling", () => {
    for (const t of ["inte säga till soc!!!", "inte säga någon", "snälla säg inget", "int berätta för mamma", "please dont tell", "dont tell"]) expect(understandFree(t), t).toBe("question:secrecy");
    for (const t of ["jag vill inte säga", "han sa inget till soc", "inte säga hej", "säg inget mer om det där jobbet", "dont tell me what to do"]) expect(understandFree(t), t).not.toBe("question:secrecy");
  });
});

describe("erasure asked for during a crisis", () => {
  it("'ta bort allt vi skrivit' is recorded and answered with what happens: a team lead within a month, the phone's thread theirs to delete", async () => {
    const p = await onboarded();
    await p.say("min kille slog mig igår");
    const reply = (await p.say("ta bort allt vi skrivit")).join(" ");
    expect(reply).toMatch(/teamledare/);
    expect(reply).toMatch(/inom en månad/);
    expect(reply).toMatch(/mobil/);
    expect(reply).not.toMatch(/Jag hör dig|inte ensam/);
    expect(await suite.h.tillit.db.erasureRequest.findMany({ where: { participantId: (await p.record()).id } })).toEqual([expect.objectContaining({ status: "open" })]);
    // Asked again in other words: the request stands (one), said in other words.
    const again = (await p.say("radera allt")).join(" ");
    expect(again).not.toBe(reply);
    expect(again).toMatch(/teamledare/);
    expect(await suite.h.tillit.db.erasureRequest.count({ where: { participantId: (await p.record()).id } })).toBe(1);
  });

  it("reads the whole conversation as everything, not one message", () => {
    for (const t of ["ta bort allt vi skrivit", "radera allt vi har pratat om", "delete everything we wrote"]) expect(detectErasureRequest(t), t).toBe(true);
    for (const t of ["radera det jag skrev nyss", "ta bort allt vi skrev igår om jobbet"]) expect(detectErasureRequest(t), t).toBe(false);
  });
});
