// Session 26's leftovers after fix26a and fix26b (fix26c). The server's side: tests/staff/handback-26c.test.ts.
// 1. After a hand-back following harm from others, the notice gave Självmordslinjen 90101 and 112, not the numbers the
//    first crisis reply gave for that kind and age: Kvinnofridslinjen after a partner's violence, BRIS first after a
//    parent's (age unknown), 112 and socialjouren to an adult hit by a parent, BRIS to someone known to be under 18.
// 3. On the web chat, the chat's own line says "Nu svarar Tillit igen" at a hand-back; when the word at the hand-back
//    then passed her unanswered words on, it began "Det är Tillit, boten, som svarar nu igen" right after it.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { chatSession } from "../helpers/directline.js";

const suite = transcriptSuite(726030000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
/** Sunday 17:30 in Stockholm: nobody from the team in until Monday 08:00. */
const SUNDAY = Date.parse("2026-12-06T16:30:00Z");

async function early(language: "sv" | "en", name: string, ageBand?: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam(language, name);
  if (ageBand) await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { ageBand } });
  suite.h.clock.ms = SUNDAY;
  return p;
}

async function said(p: Participant, text: string, after = 20 * SEC): Promise<string[]> {
  suite.h.clock.advance(after);
  return p.say(text);
}

/** Maja takes over, answers, and hands back; what the young person was told at the hand-back. */
async function answeredAndHandedBack(p: Participant, words: string): Promise<string> {
  const id = await suite.takenOverAndWritten(p, words);
  suite.h.clock.advance(MIN);
  expect(await handBack(suite.staffDeps(), suite.w.accounts.coordA.actor, id)).toEqual({ told: "sent" });
  await suite.h.tillit.core.idle();
  return (await p.received()).join(" ");
}

describe("1. the hand-back's numbers after harm from others are the first crisis reply's for that kind and age", () => {
  it("a partner's violence: Kvinnofridslinjen and 112, as the first reply gave them; not 90101", async () => {
    const ella = await early("sv", "Ella");
    const [first] = await said(ella, "min kille slog mig igår kväll");
    expect(first).toMatch(/Kvinnofridslinjen 020-50 50 50/);
    const told = await answeredAndHandedBack(ella, "Hej Ella, Maja här. Jag ringer dig i morgon kl 10.");
    expect(told).toMatch(/Kvinnofridslinjen 020-50 50 50/);
    expect(told).toMatch(/112/);
    expect(told).not.toMatch(/90101/);
  });

  it("a parent's violence, age not known: BRIS first and 112, never Kvinnofridslinjen or 90101", async () => {
    const adam = await early("sv", "Adam");
    const [first] = await said(adam, "pappa slog mig igår och jag har blåmärken");
    expect(first).toMatch(/^Under 18\? BRIS 116 111/);
    const told = await answeredAndHandedBack(adam, "Hej Adam, Maja här. Jag ringer dig i morgon kl 10.");
    expect(told).toMatch(/BRIS 116 111/);
    expect(told).toMatch(/112/);
    expect(told).not.toMatch(/90101|Kvinnofrid/);
  });

  it("an adult hit by a parent: 112 and socialjouren, not BRIS first, nor 90101", async () => {
    const omar = await early("sv", "Omar", "21-24");
    const [first] = await said(omar, "pappa slog mig igår och jag har blåmärken");
    expect(first).toMatch(/socialjouren/);
    const told = await answeredAndHandedBack(omar, "Hej Omar, Maja här. Jag ringer dig i morgon kl 10.");
    expect(told).toMatch(/112/);
    expect(told).toMatch(/socialjouren/);
    expect(told).not.toMatch(/90101|Kvinnofrid/);
  });

  it("known to be under 18, a partner's violence: BRIS, as the first reply led with", async () => {
    const lova = await early("sv", "Lova", "u18");
    const [first] = await said(lova, "min kille slog mig igår kväll");
    expect(first).toMatch(/^BRIS 116 111/);
    const told = await answeredAndHandedBack(lova, "Hej Lova, Maja här. Jag ringer dig i morgon kl 10.");
    expect(told).toMatch(/BRIS 116 111/);
    expect(told).not.toMatch(/90101/);
  });

  it("in English, a partner's violence: Kvinnofridslinjen", async () => {
    const zoe = await early("en", "Zoe");
    await said(zoe, "my boyfriend hit me last night");
    const told = await answeredAndHandedBack(zoe, "Hi Zoe, Maja here. I'll call you tomorrow at 10.");
    expect(told).toMatch(/Kvinnofridslinjen 020-50 50 50/);
    expect(told).not.toMatch(/90101/);
  });

  it("after a suicide crisis the notice still gives 90101 and 112", async () => {
    const nora = await early("sv", "Nora");
    await said(nora, "orkar inte mer, vill bara försvinna för alltid");
    const told = await answeredAndHandedBack(nora, "Hej Nora, Maja här. Jag ringer dig i morgon kl 10.");
    expect(told).toMatch(/90101/);
  });
});

describe("3. on the web chat the word at the hand-back does not say again what the chat's line just said", () => {
  /** Moa writes from the web chat (a personal link), Maja takes over and answers, Moa answers `answer`, Maja hands back. */
  async function onTheWeb(language: "sv" | "en", name: string, answer: string): Promise<string[]> {
    const moa = await early(language, name);
    const id = (await suite.conversationOf(moa)).id;
    const maja = await suite.w.client("coordA");
    const invite = (await (await maja.post(`/conversations/${id}/web-invite`)).json()) as { url: string };
    const web = await chatSession(suite.h, { invite: new URL(invite.url).searchParams.get("invite")! });
    const participantId = (await moa.record()).id;
    const deps = suite.staffDeps();
    await takeOver(deps, suite.w.accounts.coordA.actor, id);
    await replyAsCoordinator(deps, suite.w.accounts.coordA.actor, id, language === "sv" ? "Hej, Maja här. Hur går det med CV:t?" : "Hi, Maja here. How is the CV going?");
    suite.h.clock.advance(2 * MIN);
    await suite.h.tillit.core.receive({ channel: "webchat", providerId: `${web.conversationId}/${name}-1`, from: "", participantId, body: answer, receivedAt: suite.h.clock.now() });
    await suite.h.tillit.core.idle();
    suite.h.clock.advance(MIN);
    expect(await handBack(deps, suite.w.accounts.coordA.actor, id)).toEqual({ told: "sent" });
    await suite.h.tillit.core.idle();
    const out = await suite.h.tillit.db.message.findMany({ where: { conversationId: id, direction: "out" }, orderBy: { id: "desc" }, take: 2 });
    return out.map((m) => m.body).reverse();
  }

  it("Moa's unanswered question passed on: the chat's line, then only that it went on and when someone reads", async () => {
    const [line, word] = await onTheWeb("sv", "Moa", "jag har inte börjat, vet inte hur man gör ett. kan du hjälpa mig?");
    expect(line).toMatch(/^Nu svarar Tillit igen/);
    expect(word).toMatch(/skickat det vidare/);
    expect(word).not.toMatch(/svarar nu igen|Tillit, boten/);
  });

  it("in English, the same", async () => {
    const [line, word] = await onTheWeb("en", "Mia", "haven't started, don't know how. can you help me?");
    expect(line).toMatch(/^Tillit is answering again/);
    expect(word).toMatch(/passed it on/);
    expect(word).not.toMatch(/answering again|Tillit, the bot/);
  });
});
