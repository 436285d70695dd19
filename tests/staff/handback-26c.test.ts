// Session 26's leftovers (fix26c), the staff API side (the young person's side: tests/dialogs/leftovers-26c).
// 2. A request for a person taken back ("nej vänta, behövs inte", "glöm det", "never mind") still counted as unanswered
//    words (bot/staff/handoff.ts unansweredByStaff), so the hand-back asked "Lämna tillbaka ändå?" over nothing. A
//    request taken back, as the dialogs hear it (dialogs/shared/understand-take-back.ts), and a bare "ok"/"tack" after
//    the bot's answer to it need no person; anything else written after it still does.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { unansweredByStaff } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(726040000, { staff: true });
const MIN = 60_000;
const handBack = async (id: number, body?: unknown) => (await suite.w.client("coordA")).post(`/conversations/${id}/handback`, body);
const takeOver = async (id: number) => expect((await (await suite.w.client("coordA")).post(`/conversations/${id}/takeover`)).status).toBe(200);

describe("2. a request for a person taken back needs no person at a hand-back", () => {
  it("Ines takes it back before anyone took over, and says 'ok tack' to the bot's answer: handed back at once", async () => {
    const ines = await suite.onTeam("sv", "Ines");
    await ines.say("kan jag prata med en människa?");
    suite.h.clock.advance(MIN);
    const back = await ines.say("nej vänta, behövs inte");
    expect(back.join(" ")).not.toBe("");
    expect((await suite.conversationOf(ines)).status).toBe("bot");
    suite.h.clock.advance(MIN);
    await ines.say("ok tack");
    const id = (await suite.conversationOf(ines)).id;
    await takeOver(id);
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBeNull();
    expect((await handBack(id)).status).toBe(200);
  });

  it("Tim takes it back after the takeover ('glöm det', a minute later): no person needed", async () => {
    const tim = await suite.onTeam("sv", "Tim");
    await tim.say("kan jag prata med en människa?");
    const id = (await suite.conversationOf(tim)).id;
    await takeOver(id);
    suite.h.clock.advance(MIN);
    await tim.say("glöm det");
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBeNull();
    // Handed back, the word to him does not pass "glöm det" on to a person again: nothing waits.
    suite.h.clock.advance(MIN);
    const back = await handBack(id);
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ told: "sent" });
    expect((await tim.received()).join(" ")).not.toMatch(/skickat det vidare/);
    expect(await suite.conversationOf(tim)).toMatchObject({ status: "bot" });
  });

  it("in English, 'never mind' after the takeover: no person needed", async () => {
    const sam = await suite.onTeam("en", "Sam");
    await sam.say("can i talk to a person?");
    const id = (await suite.conversationOf(sam)).id;
    await takeOver(id);
    suite.h.clock.advance(MIN);
    await sam.say("never mind");
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBeNull();
  });

  it("taken back, then something new: that still asks", async () => {
    const liv = await suite.onTeam("sv", "Liv");
    await liv.say("kan jag prata med en människa?");
    const id = (await suite.conversationOf(liv)).id;
    await takeOver(id);
    suite.h.clock.advance(MIN);
    await liv.say("nej vänta, behövs inte");
    suite.h.clock.advance(MIN);
    await liv.say("fast hur gör man med CSN om man hoppat av?");
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBe("fast hur gör man med CSN om man hoppat av?");
  });

  it("'glöm det' long after asking may be giving up, and a crisis is not taken back: both still ask", async () => {
    const ali = await suite.onTeam("sv", "Ali");
    await ali.say("kan jag prata med en människa?");
    const id = (await suite.conversationOf(ali)).id;
    await takeOver(id);
    suite.h.clock.advance(3 * 60 * MIN);
    await ali.say("glöm det");
    expect(await unansweredByStaff(suite.staffDeps(), id)).not.toBeNull();

    const sara = await suite.onTeam("sv", "Sara");
    await sara.say("jag tänker ta mitt liv ikväll");
    const crisis = (await suite.conversationOf(sara)).id;
    await takeOver(crisis);
    suite.h.clock.advance(MIN);
    await sara.say("nej vänta, behövs inte");
    expect(await unansweredByStaff(suite.staffDeps(), crisis)).not.toBeNull();
  });
});

// 4. A crisis's acuity (the order of the crisis rows, bot/domain/crisis-acuity.ts) read only the message that raised the
//    flag: in Ebba's burst "jag" / "orkar inte" / "leva" / "mer" / "ikväll" the flag was raised on "leva", and the
//    "ikväll" a minute later was not read, so her row stayed in the last group, below a wish told with no time. The
//    standing crisis now reads her messages from the raising one on, together, as the screen reads a burst.
describe("4. a crisis's acuity reads the words after the one that raised it", () => {
  type Row = { conversationId: number };
  it("Ebba's 'ikväll' after the burst's 'leva' puts her above a wish with no time that has waited longer", async () => {
    const ali = await suite.onTeam("sv", "Ali");
    const ebba = await suite.onTeam("sv", "Ebba");
    suite.h.clock.advance(MIN);
    await ali.say("jag vill inte leva längre");
    expect((await suite.conversationOf(ali)).priority).toBe("crisis");
    suite.h.clock.advance(10 * MIN);
    for (const word of ["jag", "orkar inte", "leva", "mer", "ikväll"]) {
      suite.h.clock.advance(20_000);
      await ebba.say(word);
    }
    expect((await suite.conversationOf(ebba)).priority).toBe("crisis");
    const ids = [(await suite.conversationOf(ebba)).id, (await suite.conversationOf(ali)).id];
    const { rows } = (await (await suite.w.client("coordA")).json("/conversations?status=crisis")) as { rows: Row[] };
    expect(rows.map((r) => r.conversationId).filter((id) => ids.includes(id))).toEqual(ids);
  });

  it("a wish told alone, with nothing after it, stays below a plan for tonight", async () => {
    const liv = await suite.onTeam("sv", "Liv");
    const nils = await suite.onTeam("sv", "Nils");
    suite.h.clock.advance(MIN);
    await liv.say("vill inte leva längre");
    suite.h.clock.advance(MIN);
    await liv.say("hallå?");
    suite.h.clock.advance(MIN);
    await nils.say("tänker ta livet av mig inatt");
    const ids = [(await suite.conversationOf(nils)).id, (await suite.conversationOf(liv)).id];
    const { rows } = (await (await suite.w.client("coordA")).json("/conversations?status=crisis")) as { rows: Row[] };
    expect(rows.map((r) => r.conversationId).filter((id) => ids.includes(id))).toEqual(ids);
  });
});
