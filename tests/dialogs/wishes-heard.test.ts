// What a young tester asked of the conversation itself, and was not heard: to be told that a person has
// taken over, for the help numbers to stop, that "sluta" meant "stop nagging", to keep their data after
// all, and English in the same message as something heavy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { viewConversation } from "../../bot/staff/conversation-view.js";
import { declinesNumbers } from "../../dialogs/shared/numbers-words.js";
import { detectErasureRequest, takesBackErasure } from "../../dialogs/shared/erasure-words.js";
import { meansLessNotNothing } from "../../bot/domain/keywords.js";
import { understandGoodOkBad } from "../../dialogs/shared/understand-answers.js";
import { apologisesForAway, asksForLanguageFirst } from "../../dialogs/shared/understand-free.js";
import { changesBack } from "../../dialogs/shared/understand-take-back.js";

let h: Harness;
let w: StaffWorld;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  w = await staffWorld(h);
});
afterAll(async () => h.stop());
beforeEach(() => {
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm: the office is open
});

let n = 722000000;
const phone = () => `+46${n++}`;
const onboarded = (language: "sv" | "en" = "sv") => onboardedParticipant(h, phone(), language);
/** A participant of team Nord, whose coordinators may take the conversation over. */
async function inTeamNord(language: "sv" | "en" = "sv"): Promise<Participant> {
  const p = await onboarded(language);
  await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { teamId: w.teamA } });
  h.clock.advance(MINUTE); // a takeover later than the onboarding's messages, as it always is
  return p;
}
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now });
const conversationOf = async (p: Participant) => (await p.record()).conversations[0]!;
const MINUTE = 60_000;
const NUMBERS = /112|90101|1177|116 ?111/;

describe("a takeover is told", () => {
  it("the first message after a silent takeover is told, once, who has the chat; then the coordinator's own words", async () => {
    const p = await inTeamNord();
    const c = await conversationOf(p);
    await takeOver(staffDeps(), w.accounts.coordA.actor, c.id);
    h.clock.advance(2 * MINUTE);
    expect(await p.say("hallå?")).toEqual(["Maja i teamet har tagit över chatten, så nu är det en person som svarar dig här, inte jag."]);
    h.clock.advance(MINUTE);
    expect(await p.say("ok")).toEqual([]);
    await replyAsCoordinator(staffDeps(), w.accounts.coordA.actor, c.id, "Hej Sara! Maja här.");
    await p.received();
    expect(await p.say("hej")).toEqual([]);
  });

  it("a second message that asks is told the coordinator has not written yet; after ten minutes the wait is said as it is", async () => {
    const p = await inTeamNord();
    const c = await conversationOf(p);
    await takeOver(staffDeps(), w.accounts.coordA.actor, c.id);
    h.clock.advance(MINUTE);
    expect((await p.say("hallå?"))[0]).toMatch(/^Maja i teamet har tagit över chatten/);
    expect(await p.say("okej")).toEqual([]);
    expect(await p.say("är det nån där")).toEqual(["Maja har chatten men har inte hunnit skriva än. Om det inte kan vänta: ring 112, eller Självmordslinjen 90101 dygnet runt."]);
    expect(await p.say("hallå??")).toEqual([]);
    h.clock.advance(11 * MINUTE);
    const later = await p.say("hallå???");
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(/^(Den i teamet som har chatten har inte hunnit svara än|Koordinatorn som tog över har inte skrivit än)/);
    expect(later[0]).not.toMatch(/Jag är kvar här/);
  });

  it("in English, and not when the coordinator wrote first", async () => {
    const p = await inTeamNord("en");
    const c = await conversationOf(p);
    await takeOver(staffDeps(), w.accounts.coordA2.actor, c.id);
    expect(await p.say("hello??")).toEqual(["Kim from the team has taken over the chat, so a person answers you here now, not me."]);
    const q = await inTeamNord();
    const d = await conversationOf(q);
    await takeOver(staffDeps(), w.accounts.coordA.actor, d.id);
    await replyAsCoordinator(staffDeps(), w.accounts.coordA.actor, d.id, "Hej, Maja här!");
    await q.received();
    expect(await q.say("hej")).toEqual([]);
  });
});

describe("'stop giving me numbers' after a crisis", () => {
  it("is heard for the rest of the wait: every message still answered, no number in any answer", async () => {
    const p = await onboarded("en");
    expect((await p.say("i dont want to live anymore")).join(" ")).toMatch(NUMBERS);
    const declined = await p.say("stop giving me numbers");
    expect(declined).toHaveLength(1);
    expect(declined[0]).toMatch(/^(Okay, no more numbers from me|Got it, I'll stop sending the numbers)/);
    for (const text of ["ok", "whatever", "when does someone come", "still here", "hm"]) {
      const reply = await p.say(text);
      expect(reply.length, text).toBeGreaterThan(0);
      expect(reply.join(" "), text).not.toMatch(NUMBERS);
      expect(reply.join(" "), text).not.toMatch(/numbers/i);
    }
  });

  it("in Swedish, said the way it is texted; without the wish the numbers come back when it cannot wait", async () => {
    const p = await onboarded();
    await p.say("vill inte leva längre");
    expect((await p.say("ja vet numren redan, sluta skicka numren"))[0]).toMatch(/^(Okej, inga fler nummer från mig|Uppfattat, jag slutar skicka numren)/);
    // (What cannot wait, right after "vill inte leva längre", is read with it as a crisis again and gets 112 all
    // the same: a wish about reminders does not silence an emergency.)
    const after = [...(await p.say("okej")), ...(await p.say("mm")), ...(await p.say("när kommer nån"))];
    expect(after.join(" ")).not.toMatch(NUMBERS);
    // Without the wish they are not glued onto light messages either (after-crisis-days.test.ts), but come
    // back with a message that cannot wait.
    const q = await onboarded();
    await q.say("vill inte leva längre");
    const without = [...(await q.say("okej")), ...(await q.say("mm")), ...(await q.say("när kommer nån")), ...(await q.say("det kan inte vänta"))];
    expect(without.join(" ")).toMatch(NUMBERS);
  });
});

describe("'sluta' meant as 'stop nagging'", () => {
  it("the stop is at once, says how to have fewer messages, and the first 'menade sluta tjata' gets one answer", async () => {
    const p = await onboarded();
    const stopped = await p.say("sluta");
    expect(stopped).toEqual(['Okej, nu skickar Tillit inga fler meddelanden till dig. Ville du bara att jag tjatar mindre? Skicka START och sen "mer sällan", så får du välja: en gång i veckan eller bara när du skriver.']);
    expect((await p.record()).status).toBe("opted-out");
    const meant = await p.say("menade sluta tjata");
    expect(meant).toHaveLength(1);
    expect(meant[0]).toMatch(/START/);
    expect((await p.record()).status).toBe("opted-out");
    // One answer, never a conversation after a stop.
    expect(await p.say("menade ju inte allt")).toEqual([]);
    expect(await p.say("hallå")).toEqual([]);
    expect((await p.say("start"))[0]).toMatch(/^(Välkommen tillbaka|Kul att du är tillbaka)/);
    // What the confirmation said to write does what it said.
    expect((await p.say("mer sällan"))[0]).toMatch(/^(Förstår! Ska jag höra av mig högst en gång i veckan|Okej, jag hör dig\. Vill du ha högst ett meddelande i veckan från mig)/);
  });

  it("'jag vill fortfarande ha kontakt' after a stop is as good as START", async () => {
    const p = await onboarded();
    await p.say("sluta");
    await p.say("menade sluta tjata");
    expect((await p.say("asså jag vill fortfarande ha kontakt"))[0]).toMatch(/^(Välkommen tillbaka|Kul att du är tillbaka)/);
    expect((await p.record()).status).not.toBe("opted-out");
    const q = await onboarded();
    await q.say("STOPP");
    expect(await q.say("vill inte ha kontakt med er")).toEqual([]);
    expect((await q.record()).status).toBe("opted-out");
  });

  it("STOPP is a plain stop; anything but 'I meant less' after it stays unanswered, and so does a late one", async () => {
    const p = await onboarded();
    expect((await p.say("STOPP"))[0]).toMatch(/^(Okej, nu skickar Tillit inga fler meddelanden till dig\. Vill du höras igen|Klart, du får inga)/);
    expect(await p.say("ok tack")).toEqual([]);
    expect(await p.say("menade inte så")).toEqual([]);
    const q = await onboarded("en");
    await q.say("stop");
    h.clock.advance(25 * 60 * MINUTE);
    expect(await q.say("i meant less often")).toEqual([]);
  });
});

describe("back after being away", () => {
  it("'hej igen, sorry var borta' is welcomed back with nothing to be sorry about, never 'I don't understand'", async () => {
    const p = await onboarded();
    h.clock.advance(3 * 24 * 60 * MINUTE);
    const reply = await p.say("hej igen, sorry var borta");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^(Kul att du hör av dig, Sara! Inget att be om ursäkt för|Välkommen tillbaka, Sara! Du behöver inte be om ursäkt)/);
    for (const t of ["förlåt att jag inte svarat", "sry been away", "hej! sorry har varit borta ett tag", "my bad i didnt reply"]) expect(apologisesForAway(t), t).toBe(true);
    for (const t of ["sorry", "förlåt", "sorry var borta på bio igår, den var bra", "pappa var borta hela helgen", "sorry jag fattar inte"]) expect(apologisesForAway(t), t).toBe(false);
  });
});

describe("a no to the offer of a person, with something heavy in it", () => {
  it("'nej har inte ätit ngt idag': the no is taken, and what came with it is said to be marked for the team", async () => {
    const p = await onboarded();
    expect((await p.say("orkar inte med nånting längre")).join(" ")).toMatch(/hör av sig/);
    const reply = await p.say("nej har inte ätit ngt idag");
    expect(reply[0]).toBe('Okej, helt okej. Det du skrev nu har jag markerat åt teamet ändå, så det inte försvinner. Skriv "prata med en människa" om du ändrar dig.');
    expect((await conversationOf(p)).concernReason).toMatch(/food/);
    expect((await conversationOf(p)).status).toBe("bot");
  });
});

describe("a request taken back, then wanted after all", () => {
  it("'eller jo förresten' right after the take-back asks again; 'ja' alone and a late 'jo' do not", async () => {
    const p = await onboarded();
    await p.say("kan jag prata med en människa");
    await p.say("nej vänta, ångrar mig");
    expect((await conversationOf(p)).status).toBe("bot");
    expect((await p.say("eller jo förresten"))[0]).toMatch(/^(Självklart, jag säger till|Absolut\. Jag har bett|Det fixar jag)/);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "asked" });
    const q = await onboarded();
    await q.say("kan jag prata med en människa");
    await q.say("nej vänta, behövs inte");
    await q.say("ja");
    expect((await conversationOf(q)).status).toBe("bot");
    h.clock.advance(45 * MINUTE);
    await q.say("jo");
    expect((await conversationOf(q)).status).toBe("bot");
  });
});

describe("a message for the coordinator", () => {
  it("'kan du säga till henne att jag inte kan svara i telefon' goes to a person and is said to", async () => {
    const p = await onboarded();
    const reply = await p.say("kan du säga till henne att jag inte kan svara i telefon");
    expect(reply).toEqual([expect.stringMatching(/^(Okej, jag skickar det vidare till teamet\.|Bra att du säger det, jag har skickat det vidare till teamet\.) Någon i teamet läser under dagen\.$/)]);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "message" });
    expect((await p.say("säg till maja att jag är sjuk idag"))[0]).toMatch(/skickat det vidare|skickar det vidare/);
    expect((await p.say("säg till om du behöver nåt")).join(" ")).not.toMatch(/vidare/);
  });
});

describe("while a person is awaited", () => {
  it("'ingen har ringt' is answered even when an acknowledgment is not due", async () => {
    const p = await onboarded();
    await p.say("kan jag prata med en människa");
    const reply = await p.say("ingen har ringt");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^(Förlåt att det dröjer|Jag förstår att det är jobbigt att vänta)/);
  });
});

describe("after a long wait with a crisis flag", () => {
  it("the crisis is remembered after the hand-back, however many messages the wait took", async () => {
    const p = await onboarded();
    await p.say("vill inte leva längre");
    for (const text of ["ok", "mm", "vet inte", "när kommer nån", "hm", "okej", "ja", "aa", "nä"]) await p.say(text);
    const c = await conversationOf(p);
    await takeOver(staffDeps(), w.accounts.admin.actor, c.id);
    await replyAsCoordinator(staffDeps(), w.accounts.admin.actor, c.id, "Hej Sara, Ada här. Vi hörs i telefon.");
    await p.received();
    await handBack(staffDeps(), w.accounts.admin.actor, c.id);
    h.clock.advance(60 * MINUTE);
    const reply = await p.say("men orkar inte riktigt");
    expect(reply.join(" ")).toMatch(/90101|112/);
    expect(reply.join(" ")).not.toMatch(/hänger inte riktigt med/);
  });
});

describe("an erasure request taken back", () => {
  it("'ångrar mig, vill inte radera ändå': the request is withdrawn, off the team leads' list, audited, and the bot answers again", async () => {
    const p = await onboarded();
    await p.say("radera mina uppgifter");
    await p.say("ja");
    const participantId = (await p.record()).id;
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "erasure-request" });
    const reply = await p.say("ångrar mig, vill inte radera ändå");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^(Okej, då raderar vi ingenting|Uppfattat, ingenting raderas)/);
    expect(await conversationOf(p)).toMatchObject({ status: "bot", handoffReason: null });
    expect(await h.tillit.db.erasureRequest.findMany({ where: { participantId } })).toEqual([expect.objectContaining({ status: "withdrawn" })]);
    expect(await h.tillit.db.auditLog.count({ where: { action: "participant.erasure-withdrawn", subjectId: String(participantId) } })).toBe(1);
    // The coordinator reading the conversation sees why it left the queue.
    const view = await viewConversation(staffDeps(), w.accounts.admin.actor, (await conversationOf(p)).id);
    const actions = view.history.flatMap((i) => (i.kind === "event" ? [i.action] : []));
    expect(actions).toEqual(expect.arrayContaining(["participant.erasure-requested", "participant.erasure-withdrawn"]));
    expect(await p.say("kolla läget")).toEqual(["Hej Sara! Hur är det idag, på en skala 1-10?"]);
  });

  it("after a crisis flag the take-back is not read: the conversation keeps waiting for a person and the request stays open", async () => {
    const p = await onboarded();
    await p.say("radera mina uppgifter");
    await p.say("ja");
    await p.say("vill inte leva längre");
    expect((await p.say("radera inte")).join(" ")).not.toMatch(/raderar vi ingenting|ingenting raderas/);
    expect(await conversationOf(p)).toMatchObject({ status: "waiting", priority: "crisis" });
    expect(await h.tillit.db.erasureRequest.findMany({ where: { participantId: (await p.record()).id } })).toEqual([expect.objectContaining({ status: "open" })]);
  });

  it("'ångrar mig' alone only soon after; 'nej vänta' never; naming the deletion at any time", async () => {
    const p = await onboarded("en");
    await p.say("delete my data");
    await p.say("yes");
    expect((await p.say("no wait")).join(" ")).not.toMatch(/nothing (gets|will be) deleted/);
    h.clock.advance(2 * 60 * MINUTE);
    expect((await p.say("changed my mind")).join(" ")).not.toMatch(/nothing (gets|will be) deleted/);
    expect((await conversationOf(p)).handoffReason).toBe("erasure-request");
    expect((await p.say("pls dont delete anything"))[0]).toMatch(/^(Okay, then nothing gets deleted|Got it, nothing will be deleted)/);
    expect((await conversationOf(p)).status).toBe("bot");
  });
});

describe("a language switch in a heavy message", () => {
  it("'english again pls. my mom is yelling at me': the language changes and the heavy part is answered, in English", async () => {
    const p = await onboarded();
    const reply = await p.say("english again pls. my mom is yelling at me");
    expect((await p.record()).language).toBe("en");
    expect(reply.join(" ")).toMatch(/get in touch/);
    for (const line of reply) expect(line).not.toMatch(/\b(jag|du|och|det)\b/);
    expect((await conversationOf(p)).priority).toBe("concern");
  });
});

describe("the readings, with their near misses", () => {
  it("the help numbers declined, not asked for", () => {
    for (const t of ["stop giving me numbers", "sluta skicka nummer", "sluta ge mig numren hela tiden", "sluta tjata om 112!!", "inga fler nummer tack", "ja vet numren redan", "har redan sparat numren", "no more hotlines pls", "i already have the numbers", "dont need the numbers", "skit i numren", "SLUTA SKICKA NR"]) {
      expect(declinesNumbers(t), t).toBe(true);
    }
    for (const t of ["jag har numret till soc", "vad är numret till bris?", "kan du ge mig numret igen", "i have no number", "what number do i call", "i need the numbers again", "har ni nummer till nån", "sluta"]) {
      expect(declinesNumbers(t), t).toBe(false);
    }
  });

  it("an erasure taken back only when the deletion is named, or a changed mind said plainly", () => {
    for (const t of ["ångrar mig, vill inte radera ändå", "radera inte", "behåll allt", "dont delete it", "vill int att ni raderar nåt", "nej ta inte bort mig", "avbryt raderingen", "keep my stuff pls"]) {
      expect(takesBackErasure(t), t).toBe("keeps");
      expect(detectErasureRequest(t), t).toBe(false);
    }
    expect(takesBackErasure("ångrar mig")).toBe("changed-mind");
    for (const t of ["nej vänta", "radera mina uppgifter", "när raderar ni?", "har ni raderat än", "ok tack"]) expect(takesBackErasure(t), t).toBeUndefined();
  });

  it("'😴' alone is asked about, not taken for a good night's sleep", () => {
    expect(understandGoodOkBad("😴")).toBe("unclear");
    expect(understandGoodOkBad("asgott 😴")).toBe("good");
    expect(understandGoodOkBad("🙂")).toBe("good");
  });

  it("a mind changed back, only in these words", () => {
    for (const t of ["eller jo förresten", "jo ändå", "asså jo", "actually yes", "wait yes i do", "vill prata med nån ändå", "ja förresten"]) expect(changesBack(t), t).toBe(true);
    for (const t of ["ja", "yes", "ok", "nej", "jo jag mår bra", "hej"]) expect(changesBack(t), t).toBe(false);
  });

  it("'I meant less' after a stop, and nothing else", () => {
    for (const t of ["menade sluta tjata", "nej menade inte allt", "bara färre", "mer sällan typ", "i meant less often", "not everything!!", "didnt mean that"]) expect(meansLessNotNothing(t), t).toBe(true);
    for (const t of ["ok", "hej", "vad menar du", "tack", "start"]) expect(meansLessNotNothing(t), t).toBe(false);
  });

  it("a language asked for first, with more after it; a language named inside a sentence is not", () => {
    expect(asksForLanguageFirst("english again pls. my mom is yelling at me")).toBe("en");
    expect(asksForLanguageFirst("svenska? mamma skriker")).toBe("sv");
    expect(asksForLanguageFirst("english pls")).toBeUndefined();
    expect(asksForLanguageFirst("jag pluggar engelska, det går dåligt")).toBeUndefined();
    expect(asksForLanguageFirst("hej. kan du engelska?")).toBeUndefined();
  });
});
