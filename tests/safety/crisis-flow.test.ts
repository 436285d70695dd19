import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { screenMessage } from "../../bot/safety/screen.js";
import { screenWithModel } from "../../bot/safety/screen-with-model.js";

let h: Harness;
const flagged: { conversationId: number; categories: string[] }[] = [];
const statusChanges: { conversationId: number; status: string }[] = [];
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  h.tillit.events.on("conversation.crisis-flagged", (e) => flagged.push(e));
  h.tillit.events.on("conversation.status-changed", (e) => statusChanges.push(e));
});
afterAll(async () => h.stop());

let n = 750000000;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, `+46${n++}`, language);
/** Answered as a message: no crisis flag, no audit of one, the bot still talking. */
async function notFlagged(p: Participant): Promise<void> {
  const r = await p.record();
  expect(r.conversations[0]).toMatchObject({ priority: "normal", status: "bot" });
  expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(r.conversations[0]!.id) } })).toBe(0);
}

describe("crisis flow (no language model)", () => {
  it("mid-dialog: help numbers at once, crisis priority, waiting for a human, dialog stopped, team alerted", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const reply = await p.say("jag orkar inte leva längre");
    // Monday 11:00 in Stockholm: office hours.
    expect(reply).toEqual([
      "Är du i fara just nu: ring 112. Självmordslinjen svarar dygnet runt: ring 90101 eller chatta på mind.se. Tack för att du berättar, det är modigt.",
      "Jag har sagt till teamet direkt. Fler som svarar: 1177 Vårdguiden för vård och råd dygnet runt, och Jourhavande medmänniska 08-702 16 80 kvällar och nätter. Under 18? BRIS 116 111. Du är inte ensam.",
    ]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:suicide" });
    const stateKey = `tillit/conversations/conversation-${r.conversations[0]!.id}`;
    // botbuilder's key ends with the (empty) namespace: "…/conversation-<id>/".
    expect(await h.tillit.db.dialogState.count({ where: { key: { in: [stateKey, `${stateKey}/`] } } })).toBe(0);
    expect(flagged).toContainEqual(expect.objectContaining({ conversationId: r.conversations[0]!.id, categories: ["suicide"] }));
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(r.conversations[0]!.id) } })).toBe(1);
    // The service log says that a flag was raised, never what it was about.
    const logged = h.logs.lines.filter((l) => l.includes('"crisis flagged"'));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toMatch(/suicide|orkar inte leva/);
    // The bot does not resume on its own (no check-in question), never goes silent, and help still answers.
    const after = await p.say("7");
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/teamet/i); // the numbers are right above it: not again at once (every few messages)
    expect((await p.say("ok"))[0]).toMatch(/teamet/i);
    expect(after[0]).not.toMatch(/\?$/);
    expect((await p.say("hjälp"))[0]).toMatch(/^Tillit är en digital assistent/);
  });

  it("a message only the trained screen raises (no rule catches it) gets the crisis reply and alerts the team the same way", async () => {
    const p = await onboarded();
    await p.say("checka in");
    const text = "vill bara somna och aldrig mer vakna upp";
    expect(screenMessage(text).level).toBe("none");
    expect(await p.say(text)).toEqual([
      "Är du i fara just nu: ring 112. Självmordslinjen svarar dygnet runt: ring 90101 eller chatta på mind.se. Tack för att du berättar, det är modigt.",
      "Jag har sagt till teamet direkt. Fler som svarar: 1177 Vårdguiden för vård och råd dygnet runt, och Jourhavande medmänniska 08-702 16 80 kvällar och nätter. Under 18? BRIS 116 111. Du är inte ensam.",
    ]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:suicide" });
    expect(flagged).toContainEqual(expect.objectContaining({ conversationId: r.conversations[0]!.id, categories: ["suicide"] }));
    expect(statusChanges).toContainEqual({ conversationId: r.conversations[0]!.id, participantId: expect.any(Number), status: "waiting" });
    // The audit entry says the trained screen raised it, with its score, so staff can tell.
    const audit = await h.tillit.db.auditLog.findFirst({ where: { action: "conversation.crisis-flagged", subjectId: String(r.conversations[0]!.id) } });
    expect(JSON.parse(audit!.details!)).toMatchObject({ categories: ["suicide"], raisedBy: { source: "trained-screen", score: expect.any(Number) } });
    // The check-in it interrupted does not come back: a score is told it waits until someone on the team has talked with them.
    expect(await p.say("7")).toEqual([expect.stringMatching(/teamet/i)]);
    expect(await p.say("8")).toEqual([expect.stringMatching(/(väntar|pausat) tills någon i teamet har pratat med dig/)]);
  });

  it("a concern only the trained screen raises flags the conversation with the trained screen as a reason", async () => {
    const p = await onboarded();
    const text = "känns som att allt är slut för mig";
    expect(screenMessage(text).level).toBe("none");
    const reply = await p.say(text);
    expect(reply.join(" ")).toMatch(/Vill du att teamet hör av sig till dig\?/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: expect.stringContaining("trained-screen") });
  });

  it("answers in the participant's language with help that fits the situation", async () => {
    const p = await onboarded("en");
    expect((await p.say("i took all my pills"))[0]).toBe("If you have taken too much of something, call 112 now. Don't wait. You can also call 1177 Vårdguiden for advice.");
    const q = await onboarded("en");
    // Violence from a parent, nobody's age known: BRIS leads, the numbers before the warm words, no Kvinnofridslinjen (fix25c).
    expect((await q.say("my dad hits me"))[0]).toBe("Under 18? BRIS 116 111 answers 24/7, free. If you're in danger now, call 112. 18 or over? Brottsofferjouren (victim support) 116 006 answers in the daytime. Thank you for telling me. It's not your fault.");
  });

  it("is never held back by the two-unanswered limit, and works on the very first message", async () => {
    const p = new Participant(h, `+46${n++}`);
    expect(await p.say("Hej")).toHaveLength(2); // two unanswered bot messages now
    const reply = await p.say("vill doooo");
    expect(reply).toHaveLength(2);
    expect(reply.join(" ")).toMatch(/Självmordslinjen .*90101/);
    // Named once: the second message gives the others, not the same number again.
    expect(reply.join(" ").match(/90101/g)).toHaveLength(1);
  });

  it("pills taken, told while a flag for something else stands: what to do now, as for an overdose; then how it feels is an emergency sign", async () => {
    // A tester: "typ ingen skulle märka om jag inte fanns", then "tog några nu. inte alla" got the general "again"
    // words ("Akut: 112. Vill du prata med någon nu: 90101"), and "känns konstigt i magen" "Är du i fara nu: ring 112".
    for (const [language, gone, took, feels] of [
      ["sv", "typ ingen skulle märka om jag inte fanns", "tog några nu. inte alla", "känns konstigt i magen"],
      ["en", "nobody would notice if i was gone", "i took like 15 of my pills just now", "my stomach feels weird"],
    ] as const) {
      const p = await onboarded(language);
      expect((await p.say(gone)).join(" ")).toMatch(/90101/);
      const now = (await p.say(took)).join(" ");
      expect(now, took).toMatch(language === "sv" ? /ring 112 nu.*(vad du har tagit|vad och hur många)/i : /call 112 now.*(what you took|what and how many)/i);
      expect(now, took).not.toMatch(/Vill du prata med någon nu|If you want to talk to someone now/);
      const after = (await p.say(feels)).join(" ");
      expect(after, feels).toMatch(language === "sv" ? /tabletter.*(112)|112.*tabletter/ : /pills.*112|112.*pills/);
      expect(after, feels).not.toBe(now);
    }
  });

  it("a burst: a crisis clear only from two messages in a row gets the crisis reply on the second, and the audit says it came from the burst", async () => {
    const p = await onboarded();
    const first = "skrev brev till mamma o pappa idag";
    const second = "la dom under kudden";
    expect([screenWithModel(first).level, screenWithModel(second).level]).toEqual(["none", "none"]);
    expect((await p.say(first))[0]).not.toMatch(/112/);
    h.clock.advance(2 * 60_000);
    expect(await p.say(second)).toEqual([
      "Är du i fara just nu: ring 112. Självmordslinjen svarar dygnet runt: ring 90101 eller chatta på mind.se. Tack för att du berättar, det är modigt.",
      "Jag har sagt till teamet direkt. Fler som svarar: 1177 Vårdguiden för vård och råd dygnet runt, och Jourhavande medmänniska 08-702 16 80 kvällar och nätter. Under 18? BRIS 116 111. Du är inte ensam.",
    ]);
    const id = (await p.record()).conversations[0]!.id;
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:suicide" });
    const audits = await h.tillit.db.auditLog.findMany({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.details!)).toMatchObject({ categories: ["suicide"], raisedBy: { source: "burst" } });
    // What comes after is answered as after any crisis, and not flagged again for the same burst.
    expect((await p.say("ok"))[0]).toMatch(/teamet/i);
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } })).toBe(1);
  });

  it("a burst: an overdose told in two texts (a young tester's) gets the overdose reply once, not again for the text after it", async () => {
    const p = await onboarded();
    expect((await p.say("har tagit"))[0]).not.toMatch(/112/);
    expect((await p.say("typ 20 alvedon"))[0]).toBe("Har du tagit för mycket av något, ring 112 nu. Vänta inte. Du kan också ringa 1177 Vårdguiden för råd.");
    const after = await p.say("mår illa");
    expect(after).toHaveLength(1);
    expect(after[0]).not.toMatch(/^Har du tagit för mycket/);
    const id = (await p.record()).conversations[0]!.id;
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } })).toBe(1);
  });

  it("a burst: only what the same person wrote in the last 15 minutes counts", async () => {
    const p = await onboarded();
    await p.say("skrev brev till mamma o pappa idag");
    h.clock.advance(20 * 60_000);
    expect((await p.say("la dom under kudden"))[0]).not.toMatch(/112/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "normal", status: "bot" });
  });

  it("a burst: a concern clear only from two messages gets the concern offer, and the inbox says it came from the messages together", async () => {
    const p = await onboarded();
    // (Round 8's model reads "3 månader efter med hyran" alone as housing, round 10's rules "matkassen från
    // kyrkan tog slut" as food and round 10's model "kylen e tom tills fk betalar" as money, so this burst is
    // another of bursts-dev.jsonl's, none of whose messages is flagged alone; round 17's model reads "alla mina
    // polare flyttade till stockholm" / "ja blev kvar här i ludvika" together as none, 0.856 for a threshold of 0.862.)
    expect((await p.say("klockan e 5")).join(" ")).not.toMatch(/hör av sig/);
    expect((await p.say("har int sovit")).join(" ")).not.toMatch(/hör av sig/);
    const reply = await p.say("igår heller");
    expect(reply.join(" ")).toMatch(/Vill du att teamet hör av sig till dig\?/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "concern", concernReason: expect.stringMatching(/burst/) });
  });

  it("a question about not answering gets its answer, not the crisis reply (the trained screen alone read it as suicide, ≈0.88)", async () => {
    const en = await onboarded("en");
    expect(await en.say("what happens if i dont reply")).toEqual([expect.stringMatching(/voluntary|up to you/)]);
    expect(await en.say("will i lose my benefits if i dont answer")).toEqual([expect.stringMatching(/money/)]);
    await notFlagged(en);
    const sv = await onboarded();
    expect(await sv.say("e de lugnt om ja inte svarar")).toEqual([expect.stringMatching(/frivillig|tvång/)]);
    await notFlagged(sv);
  });

  it("'kommer ni ringa polisen?' in a fresh conversation gets the police answer, not the crisis reply; asking us to call is a call for help", async () => {
    const sv = await onboarded();
    expect(await sv.say("kommer ni ringa polisen?")).toEqual([expect.stringMatching(/tystnadsplikt/)]);
    await notFlagged(sv);
    const plea = await onboarded();
    expect((await plea.say("kan ni ringa polisen? han står utanför dörren"))[0]).toMatch(/^Är du eller någon annan i fara just nu: ring 112.*Tack för att du berättar\.$/);
    expect((await plea.record()).conversations[0]).toMatchObject({ priority: "crisis", handoffReason: "crisis:acute-danger" });
  });

  it("self-harm told in emoji (a knife and blood) gets the self-harm reply; blood alone is a period as often as not, and is just a message", async () => {
    const p = await onboarded();
    expect((await p.say("🔪🩸"))[0]).toMatch(/^Är det akut: ring 112\. .*90101.*Tack för att du berättar\.$/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:self-harm" });
    const period = await onboarded();
    await period.say("🩸 mensen kom");
    expect((await period.record()).conversations[0]).toMatchObject({ priority: "normal", status: "bot" });
  });

  it("a figure of speech is just a message", async () => {
    const p = await onboarded();
    expect(await p.say("jag dör av skratt")).toEqual(["Tack för att du skriver. Jag är en digital assistent och förstår inte allt, men teamet läser med."]);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "normal", status: "bot" });
  });

  it("after STOPP a crisis still gets the help that fits, nothing more (nobody in the team can write after STOPP), and the flag is raised (the alert itself: crisis-alerts.test.ts)", async () => {
    const p = await onboarded();
    await p.say("STOPP");
    // A tester's "jag tänker ta livet av mig ikväll" after STOPP met silence.
    const replies = await p.say("jag blev våldtagen");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/112/);
    expect(replies.join(" ")).not.toMatch(/sluta höra av mig|digital assistent|sagt till teamet|läser/);
    expect((await p.say("jag tänker ta livet av mig ikväll")).join(" ")).toMatch(/112|90101/);
    // Anything else after STOPP still gets nothing.
    expect(await p.say("spelade fifa hela dan")).toEqual([]);
    const r = await p.record();
    expect(r.conversations[0]).toMatchObject({ priority: "crisis", status: "waiting", handoffReason: "crisis:suicide" });
    expect(flagged).toContainEqual(expect.objectContaining({ conversationId: r.conversations[0]!.id, categories: ["sexual-abuse"] }));
  });

  it("outside office hours: the reply says when the team reads and gives the 24/7 numbers (evening, weekend, English)", async () => {
    const at = h.clock.ms;
    try {
      h.clock.ms = Date.parse("2026-11-23T20:30:00Z"); // Monday 21:30 in Stockholm
      const p = await onboarded();
      expect(await p.say("har tagit typ 20 alvedon")).toEqual([
        "Har du tagit för mycket av något, ring 112 nu. Vänta inte. Du kan också ringa 1177 Vårdguiden för råd.",
        "Jag har sagt till teamet. Någon i teamet läser det i morgon från kl 08:00. Tills dess, dygnet runt: Självmordslinjen 90101 eller chatt på mind.se, 1177 Vårdguiden, Jourhavande medmänniska 08-702 16 80 (kvällar och nätter). Under 18? BRIS 116 111. Akut: 112.",
      ]);
      // Hit at night (a young tester's): protection or a bed tonight is socialjouren, reached through 112.
      const v = await onboarded();
      const hit = await v.say("pappa slog mig ikväll, vågar inte gå hem");
      // From a parent, age not known: BRIS first, 112, the warm words after the numbers (fix25c).
      expect(hit[0]).toMatch(/^Under 18\? BRIS 116 111.*Är du i fara nu: ring 112\..*Tack för att du berättar\. Det är inte ditt fel\.$/);
      // Harm from someone close: the second also asks about the phone (partner-control.test.ts), two messages in all.
      expect(hit).toHaveLength(2);
      expect(hit[1]).toBe(
        "Jag har sagt till teamet. Någon i teamet läser det i morgon från kl 08:00. Skydd eller sovplats i natt: ring 112 och be om socialjouren. Kollar någon din mobil? Då kan du radera tråden och samtalen i samtalslistan. Ska jag bara svara när du skriver, och inte höra av mig först?\n1. Ja\n2. Nej",
      );
      h.clock.ms = Date.parse("2026-11-28T12:00:00Z"); // Saturday
      const q = await onboarded("en");
      const reply = await q.say("im gonna end it");
      expect(reply).toEqual([
        "If you are in danger right now, call 112. Självmordslinjen (the suicide line) is open 24/7: call 90101 or chat at mind.se. Thank you for telling me, that takes courage.",
        "I have told the team. Someone on the team reads it on Monday from 08:00. More people who answer: 1177 Vårdguiden for care and advice, 24/7, and Jourhavande medmänniska 08-702 16 80 (evenings and nights). Under 18? BRIS 116 111.",
      ]);
    } finally {
      h.clock.ms = at;
    }
  });

  it("more that reads as a crisis while the flag stands is heard in one message in other words, with the numbers for now (never the same two messages again)", async () => {
    const p = await onboarded();
    const first = await p.say("pappa slår mig när han är full");
    // What to do now, then who has been told with the phone (tests/dialogs/partner-control.test.ts): never three in a row.
    expect(first).toHaveLength(2);
    const again = await p.say("han slog mig igen ikväll");
    expect(again).toHaveLength(1);
    expect(first).not.toContain(again[0]);
    // The numbers first, then that it was heard (fix25c); a parent's harm: BRIS and 112, no Kvinnofridslinjen.
    expect(again[0]).toMatch(/(112.*BRIS 116 111|BRIS 116 111.*112).*(Jag hör dig|Tack för att du berättar mer)/);
    expect(again[0]).not.toMatch(/Kvinnofrid/);
    const third = await p.say("han slår mamma också");
    expect(third).toHaveLength(1);
    expect(third[0]).not.toBe(again[0]);
    // One flag, audited for each message, one alert to the team's inbox.
    const id = (await p.record()).conversations[0]!.id;
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } })).toBe(3);
  });

  it("STOPP after a crisis stops everything, and says that the coordinator cannot write either and where help is now", async () => {
    const p = await onboarded();
    await p.say("vill inte leva längre");
    const reply = await p.say("STOPP");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^Okej, nu skickar Tillit inga fler meddelanden, och ingen i teamet kan heller skriva till dig här\. Skicka START.*90101.*112\.$/);
    expect((await p.record()).status).toBe("opted-out");
    // Without a crisis, the plain confirmation.
    const q = await onboarded();
    expect((await q.say("STOPP"))[0]).not.toMatch(/90101/);
  });

  it("after the crisis reply, nothing goes unanswered: every message gets when a person reads, the numbers only every few messages (sooner when heavy), never the same line twice in a row", async () => {
    const at = h.clock.ms;
    try {
      const p = await onboarded();
      await p.say("vill bara att allt ska ta slut");
      const inHours: string[] = [];
      for (const text of ["när kommer nån?", "glöm det", "ingen svarar ju", "skämtar bara", "jag mår bättre nu"]) {
        const reply = await p.say(text);
        expect(reply, text).toHaveLength(1);
        expect(reply[0]).toMatch(/teamet/i);
        inHours.push(reply[0]!);
      }
      // The crisis reply's numbers are right above; they come again only every few messages, or when it is heavy
      // or cannot wait (young testers read them under every "I'm still here", and after "skämtar bara", as alarm).
      // "glöm det" right after the crisis is closing off (texter17 #1): Tillit stays, with the numbers for now.
      expect(inHours.map((line) => /112/.test(line) && /90101/.test(line))).toEqual([false, true, false, false, false]);
      expect(inHours[3]).toMatch(/hör av sig/);
      expect(inHours[4]).toMatch(/^(Skönt att höra|Vad bra att det känns bättre)/);
      inHours.slice(1).forEach((line, i) => expect(line).not.toBe(inHours[i]));
      // A question is still answered as a question; turning down a call is still heard.
      expect((await p.say("kan soc se detta?"))[0]).not.toMatch(/90101/);
      expect((await p.say("ring mig inte"))[0]).toMatch(/helst inte vill bli uppringd|inte vill ha något samtal/); // passed on, never promised

      h.clock.ms = Date.parse("2026-11-23T20:30:00Z"); // Monday 21:30 in Stockholm
      const q = await onboarded();
      await q.say("kommer göra nåt dumt ikväll");
      expect(await q.say("hallå??")).toEqual([expect.stringMatching(/Någon i teamet läser det i morgon från kl 08:00\./)]);
      expect(await q.say("hallå???")).toEqual([expect.stringMatching(/Någon i teamet läser det i morgon från kl 08:00\..*90101/)]);
      const eng = await onboarded("en");
      await eng.say("i just want it all to end");
      expect(await eng.say("when is someone coming")).toEqual([expect.stringMatching(/Someone on the team reads it tomorrow from 08:00\./)]);
      expect(await eng.say("hello??")).toEqual([expect.stringMatching(/Someone on the team reads it tomorrow from 08:00\..*90101/)]);
    } finally {
      h.clock.ms = at;
    }
  });

  it("a team's own office hours decide: a team open on Saturdays reads now", async () => {
    const at = h.clock.ms;
    try {
      h.clock.ms = Date.parse("2026-11-28T12:00:00Z"); // Saturday 13:00
      const team = await h.tillit.db.team.create({ data: { slug: "helg", name: "Helgteamet", officeHours: JSON.stringify({ days: [6, 7], open: "10:00", close: "16:00" }) } });
      const p = await onboarded();
      await h.tillit.db.participant.update({ where: { phone: p.phone }, data: { teamId: team.id } });
      expect((await p.say("skär mej"))[1]).toMatch(/^Jag har sagt till teamet direkt\./);
    } finally {
      h.clock.ms = at;
    }
  });

  it("a crisis while a human already has the conversation still gets the help numbers", async () => {
    const p = await onboarded();
    await p.say("vill prata med en människa");
    const reply = await p.say("någon förföljer mig");
    expect(reply[0]).toMatch(/ring 112/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "waiting" });
  });

  it("a conversation a coordinator has taken over stays with that coordinator", async () => {
    const p = await onboarded();
    const { conversations } = await p.record();
    await h.tillit.db.conversation.update({ where: { id: conversations[0]!.id }, data: { status: "human" } });
    expect((await p.say("ring polisen"))[0]).toMatch(/ring 112/);
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "human" });
    // No status event claims it went back to waiting.
    expect(statusChanges.filter((e) => e.conversationId === conversations[0]!.id)).toEqual([]);
    expect(flagged.map((e) => e.conversationId)).toContain(conversations[0]!.id);
  });
});
