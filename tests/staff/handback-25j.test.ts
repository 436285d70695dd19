// Session 25's hand-back leftovers (fix25j), found by tester25 (FINDINGS.md 1 and 2), the staff API side (the page:
// tests/browser/inbox-25j.test.ts):
// 1. Sara, in a crisis, answered the coordinator "jag är hos mamma nu. ringde inte. vad händer nu?" and was handed back
//    to the bot with no question asked: a hand-back over the young person's unanswered words is refused (409
//    `unanswered`, her words quoted short) unless the request says to go ahead; a bare "ok" or "tack" needs no answer.
// 2. "Bad om en person: har ett besked till koordinatorn" on a young person waiting for the team's answer.
// 3. "ligger överst i inkorgen" after marking a missed signal, on the 9th crisis of nine.
// 4. The "Kris" filter left out the "Kris nyligen" rows.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { unansweredByStaff, UNANSWERED_QUOTE } from "../../bot/staff/handoff.js";

// The page's dictionaries (browser modules, plain ES, untyped): read as the page reads them.
type Words = Record<string, string>;
const staffWords = (file: string) => import(new URL(`../../bot/web/staff/${file}`, import.meta.url).href) as Promise<Record<string, Words>>;
const { sv } = (await staffWords("strings-sv.js")) as { sv: Words };
const { en } = (await staffWords("strings-en.js")) as { en: Words };

const suite = transcriptSuite(725590000, { staff: true });
const MIN = 60_000;
const handBack = async (id: number, body?: unknown) => (await suite.w.client("coordA")).post(`/conversations/${id}/handback`, body);

describe("1. a hand-back over the young person's unanswered words asks first", () => {
  it("Sara, in a crisis: 'vad händer nu?' after the coordinator's question: refused with 409 and her words, until the request says to go ahead", async () => {
    const sara = await suite.onTeam("sv", "Sara");
    await sara.say("jag tänker ta mitt liv ikväll. har tabletterna här");
    const id = (await suite.conversationOf(sara)).id;
    const maja = await suite.w.client("coordA");
    expect((await maja.post(`/conversations/${id}/reply`, { text: "Jag läser det du skrev. Är du säker just nu? Har du ringt 112?" })).status).toBe(200);
    suite.h.clock.advance(2 * MIN);
    const said = "jag är hos mamma nu. ringde inte. vad händer nu?";
    await sara.say(said);

    const refused = await handBack(id);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: "unanswered", quote: said, detail: expect.stringMatching(/answer it first/) });
    expect(await suite.conversationOf(sara)).toMatchObject({ status: "human", priority: "crisis" });

    const anyway = await handBack(id, { anyway: true });
    expect(anyway.status).toBe(200);
    // Handed back; the word to her at the hand-back (fix26a) passes her unanswered words on to the team again, so the
    // conversation waits for a person, with the bot answering meanwhile.
    expect(await anyway.json()).toEqual({ told: "sent" });
    expect(await suite.conversationOf(sara)).toMatchObject({ status: "waiting", priority: "normal" });
  });

  it("answered, or only 'ok' / 'tack' / an emoji after the answer: handed back at once", async () => {
    const sam = await suite.onTeam("en", "Sam");
    await sam.say("can i talk to a person about getting a job");
    const id = (await suite.conversationOf(sam)).id;
    const maja = await suite.w.client("coordA");
    expect((await handBack(id)).status).toBe(409); // nobody has answered his request yet
    expect((await maja.post(`/conversations/${id}/reply`, { text: "Hi Sam, I'll call you tomorrow at 10 about it." })).status).toBe(200);
    suite.h.clock.advance(MIN);
    await sam.say("ok thanks");
    await sam.say("👍");
    expect(await unansweredByStaff(suite.staffDeps(), id)).toBeNull();
    expect((await handBack(id)).status).toBe(200);
  });

  it("a long message is quoted short, whole words, with an ellipsis; the newest words that need an answer are quoted", async () => {
    const ali = await suite.onTeam("sv", "Ali");
    await ali.say("kan jag prata med en människa");
    const id = (await suite.conversationOf(ali)).id;
    const maja = await suite.w.client("coordA");
    expect((await maja.post(`/conversations/${id}/reply`, { text: "Hej Ali, vad gäller det?" })).status).toBe(200);
    const long = "det gäller mitt boende, jag har fått ett brev från hyresvärden om att jag måste flytta innan månadens slut och vet inte vad jag ska göra";
    await ali.say(long);
    await ali.say("ok");
    const quote = await unansweredByStaff(suite.staffDeps(), id);
    expect([...(quote ?? "")].length).toBeLessThanOrEqual(UNANSWERED_QUOTE);
    expect(quote).toMatch(/^det gäller mitt boende, jag har fått ett brev.*\S…$/);
    expect(long).toContain(`${quote!.slice(0, -1)} `); // whole words
    expect(long.startsWith(quote!.slice(0, -1))).toBe(true);
  });
});

describe("2. a young person waiting for the team's answer is said to be", () => {
  it("the row's reason for a message passed on reads 'väntar på svar från teamet', not 'har ett besked till koordinatorn'", () => {
    expect(sv["row.asked.message"]).toBe("väntar på svar från teamet");
    expect(sv["label.reason.message"]).toBe("väntar på svar från teamet");
    expect(en["row.asked.message"]).toBe("waiting for an answer from the team");
    expect(en["label.reason.message"]).toBe("waiting for an answer from the team");
  });
});

describe("3. after a missed signal is marked, the note says where the conversation is, truly", () => {
  it("among the crises at the top, ordered by wait: not 'överst'", () => {
    expect(sv["safety.done.crisis"]).not.toMatch(/ligger överst i inkorgen/);
    expect(sv["safety.done.crisis"]).toMatch(/bland kriserna överst i listan/);
    expect(en["safety.done.crisis"]).not.toMatch(/at the top of the inbox/);
    expect(en["safety.done.crisis"]).toMatch(/among the crises at the top of the list/);
  });
});

describe("4. the 'Kris' filter lists the recent crises too", () => {
  it("Nora, handed back after a crisis, is under 'Kris' with 'Kris nyligen'; an ordinary wait is not", async () => {
    const nora = await suite.onTeam("sv", "Nora");
    await nora.say("orkar inte mer, vill bara försvinna för alltid");
    const id = (await suite.conversationOf(nora)).id;
    await suite.answeredAndHandedBack(nora, "Hej Nora, Kim här. Jag ringer dig kl 15 idag om det går bra?");
    const olle = await suite.onTeam("sv", "Olle");
    await olle.say("kan jag prata med en människa");
    const olleId = (await suite.conversationOf(olle)).id;
    const live = await suite.onTeam("sv", "Ebba");
    await live.say("jag vill inte leva mer");
    const liveId = (await suite.conversationOf(live)).id;
    const rows = (await (await suite.w.client("coordA")).json<{ rows: { conversationId: number; why: string | null }[] }>("/conversations?status=crisis")).rows;
    const ids = rows.map((r) => r.conversationId);
    expect(ids).toContain(id);
    expect(ids).toContain(liveId);
    expect(ids).not.toContain(olleId);
    // The live crisis first, then the recent one.
    expect(ids.indexOf(liveId)).toBeLessThan(ids.indexOf(id));
    expect(rows.find((r) => r.conversationId === id)?.why).toBe("recent-crisis");
    expect(sv["page.kris"]).toMatch(/nyligen/);
  });
});
