// Session 26's hand-back leftovers (fix26a), the staff API side (the young person's side: tests/dialogs/leftovers-26a).
// 4. fix25j's rule (a hand-back over the young person's unanswered words asks first) also asked when her only
//    "unanswered" words were her onboarding answers, which the bot had answered (Mira in inbox-24a, Alex in
//    inbox-drafts-shortcuts clicked "Lämna tillbaka ändå" for nothing). What the bot answered before anyone took over
//    is left out, unless it asked for a person or was flagged: a request the bot met with "someone will get back to
//    you" still asks (slack-inbox), and so does anything written after the takeover, answered by the bot or not.
// 1. The hand-back says whether the young person was told (the page and Slack say it).
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { unansweredByStaff } from "../../bot/staff/handoff.js";

const suite = transcriptSuite(726020000, { staff: true });
const MIN = 60_000;
const handBack = async (id: number, body?: unknown) => (await suite.w.client("coordA")).post(`/conversations/${id}/handback`, body);
const takeOver = async (id: number) => expect((await (await suite.w.client("coordA")).post(`/conversations/${id}/takeover`)).status).toBe(200);

describe("4. what the bot itself answered is not asked about at a hand-back", () => {
  it("Mira, only her onboarding answers, which the bot answered: handed back at once, and told", async () => {
    const mira = await suite.onTeam("sv", "Mira");
    await mira.received();
    suite.h.clock.advance(5 * MIN);
    const id = (await suite.conversationOf(mira)).id;
    await takeOver(id);
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBeNull();
    const back = await handBack(id);
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ told: "sent" });
    expect((await mira.received()).join(" ")).toMatch(/Tillit, boten, som svarar här igen/);
  });

  it("a request for a person the bot answered 'någon hör av sig' still asks, taken over or not", async () => {
    const ines = await suite.onTeam("sv", "Ines");
    await ines.say("kan jag prata med en människa?");
    const id = (await suite.conversationOf(ines)).id;
    expect((await handBack(id)).status).toBe(409);
    await takeOver(id);
    const refused = await handBack(id);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: "unanswered", quote: "kan jag prata med en människa?" });
  });

  it("a worry the screen flagged, answered by the bot's concern reply, still asks", async () => {
    const nils = await suite.onTeam("sv", "Nils");
    await nils.say("jag har inga pengar till mat längre och vet inte vad jag ska göra");
    const id = (await suite.conversationOf(nils)).id;
    expect((await suite.conversationOf(nils)).priority).toBe("concern");
    await takeOver(id);
    expect(await unansweredByStaff(suite.staffDeps(), id)).toMatch(/inga pengar till mat/);
  });

  it("words written after the takeover ask, even when the bot answered them while the coordinator was quiet", async () => {
    const tove = await suite.onTeam("sv", "Tove");
    const id = (await suite.conversationOf(tove)).id;
    await takeOver(id);
    suite.h.clock.advance(90 * MIN); // the coordinator has gone quiet: the bot answers meanwhile
    const answered = await tove.say("vem är det som läser det jag skriver här?");
    await suite.h.tillit.core.idle();
    expect([...answered, ...(await tove.received())].join(" "), "the bot answered").not.toBe("");
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBe("vem är det som läser det jag skriver här?");
  });
});
