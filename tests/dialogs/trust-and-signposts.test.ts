// The eighth young tester (texter15), findings 5, 10 and 11: trust questions asked in the tester's own words
// get their true answers (at the consent too: a fifteen-year-old asked whether her parents must approve and
// whether the school sees what she writes, and said yes without either answer); an English first message
// asking about the language gets the introduction and the consent in the same turn, and questions asked at
// the consent are answered there rather than met with the consent five times; health and practical
// questions are pointed to where to ask (1177, the vårdcentral, Försäkringskassan, Arbetsförmedlingen,
// CSN, komvux, socialtjänsten, the housing queue), and an offer of someone getting in touch is not made
// again while one stands, nor the same line asked three times in a row.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { fill, loadLocales } from "../../bot/infrastructure/i18n.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { signpostTopic, understandFree } from "../../dialogs/shared/understand-free.js";
import { notUnderstoodOr } from "../helpers/not-understood.js";

const locales = loadLocales();
const VARS = { months: "6", days: "30", noContactMonths: "12" };
const lines = (lang: "sv" | "en", key: string, vars: Record<string, string> = {}) =>
  locales[lang].get(key)!.map((t) => fill(t, { coordinatorInSentence: lang === "sv" ? "teamet" : "the team", coordinator: lang === "sv" ? "teamet" : "the team", ...VARS, ...vars }));
/** Whether `text` holds one of the key's phrasings. */
const holds = (text: string | undefined, lang: "sv" | "en", key: string, vars: Record<string, string> = {}) => lines(lang, key, vars).some((l) => (text ?? "").includes(l));
const NOT_UNDERSTOOD = notUnderstoodOr({ words: ["No rush"] });

// One harness for the file with the staff world (tests/helpers/office-hours-suite.ts).
const suite = transcriptSuite(731590000, { clock: "none", staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
const HOUR = 3_600_000;
const staffDeps = () => ({ db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now, nudges: h.tillit.nudges, locales });

async function onTeam(language: "sv" | "en" = "sv", coordinator?: "coordA" | "coordA2"): Promise<Participant> {
  const p = await onboardedParticipant(h, suite.phone(), language);
  await p.received();
  const r = await p.record();
  await h.tillit.db.participant.update({ where: { id: r.id }, data: { teamId: w.teamA, ...(coordinator ? { coordinatorId: w.accounts[coordinator].id } : {}) } });
  return p;
}

describe("read as asked, and only then", () => {
  it.each([
    ["jag e 15 måste mina föräldrar godkänna detta", "question:parents-approve"], ["behöver jag mina föräldrars godkännande", "question:parents-approve"], ["do my parents have to approve", "question:parents-approve"],
    ["va det du som skrev eller roboten", "question:who-wrote"], ["var det maja eller boten?", "question:who-wrote"], ["was that you or the bot", "question:who-wrote"], ["how do i know its you", "question:who-wrote"],
    ["is this chat private?", "question:private"], ["är chatten privat", "question:private"], ["e detta hemligt", "question:private"],
    ["vad händer om jag säger nåt olagligt", "question:police"], ["what if i tell you something illegal", "question:police"], ["typ om jag röker på ibland", "question:dealing"],
    ["skriv inte till soc", "question:secrecy"], ["ring inte soc", "question:secrecy"],
    ["jag har ont i ryggen länge, vart ska jag gå", "question:practical"], ["vårdcentral är gratis?", "question:practical"], ["vad betyder sjukskrivning", "question:practical"], ["how do i register at arbetsförmedlingen", "question:practical"],
  ])("%s → %s", (text, intent) => expect(understandFree(text)).toBe(intent));

  it.each(["är det säkert?", "hur vet jag att det e sant", "det var du som skrev", "mina föräldrar vet inte om det här", "jag röker på", "kan inte komma idag, e sjuk", "han har feber, kan inte komma idag sorry", "har tid på vårdcentralen imorgon", "jag är sjuk"])(
    "not those questions: %s",
    (text) => expect(understandFree(text)).not.toMatch(/question:(parents-approve|who-wrote|private|practical|police|dealing)/),
  );

  it("a signpost only where it answers: how to register at AF, not whether one must be registered", () => {
    expect(signpostTopic("hur skriver jag in mig på af")).toBe("af");
    expect(signpostTopic("måste man va inskriven på af för att få nåt stöd")).toBeUndefined();
    expect(signpostTopic("hur mycket kostar körkort")).toBeUndefined();
  });
});

describe("trust questions at the consent (finding 5, Nora 15)", () => {
  it("'måste mina föräldrar godkänna' and 'får skolan veta' are answered, the consent after each in other words", async () => {
    const p = new Participant(h, suite.phone());
    await p.say("hej skolan sa jag skulle skriva hit");
    // Since session 23 (fix23a, full01) the consent is not put after every answer: its choices stay on the answer.
    const menu = /\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/;
    const parents = await p.say("jag e 15 måste mina föräldrar godkänna detta");
    expect(parents).toHaveLength(1);
    expect(holds(parents[0], "sv", "answers.parentsApprove")).toBe(true);
    expect(parents[0]).toMatch(/anmäla till soc/);
    expect(parents[0]).toMatch(menu);
    const school = await p.say("får skolan veta vad jag skriver");
    expect(school).toHaveLength(1);
    expect(holds(school[0], "sv", "answers.school")).toBe(true);
    expect(school[0]).not.toMatch(/när vi är igång/);
    expect(school[0]).toMatch(menu);
    expect(await p.say("ja ok")).toEqual(["Tack! Vad vill du att jag ska kalla dig?"]);
  });
});

describe("trust questions in the tester's words (finding 5)", () => {
  it("Alva: 'vad händer om jag säger nåt olagligt', then 'typ om jag röker på ibland'", async () => {
    const p = await onTeam();
    const illegal = await p.say("vad händer om jag säger nåt olagligt");
    expect(illegal).toHaveLength(1);
    expect(holds(illegal[0], "sv", "answers.police")).toBe(true);
    const weed = await p.say("typ om jag röker på ibland");
    expect(weed).toHaveLength(1);
    expect(holds(weed[0], "sv", "answers.dealing")).toBe(true);
    expect([...illegal, ...weed].join(" ")).not.toMatch(NOT_UNDERSTOOD);
  });

  it("after a hand-back: 'va det du som skrev eller roboten' and 'hur vet jag att det e du' say whose messages were whose", async () => {
    const p = await onTeam();
    const c = (await p.record()).conversations[0]!.id;
    await takeOver(staffDeps(), w.accounts.coordA2.actor, c);
    await replyAsCoordinator(staffDeps(), w.accounts.coordA2.actor, c, "Hej, Kim här. Fråga mig vad du vill.");
    await handBack(staffDeps(), w.accounts.coordA2.actor, c);
    await h.tillit.core.idle();
    await p.received();
    h.clock.advance(HOUR);
    const first = (await p.say("va det du som skrev eller roboten")).join(" ");
    expect(holds(first, "sv", "answers.whoWrote", { name: "Kim" })).toBe(true);
    const second = (await p.say("hur vet jag att det e du")).join(" ");
    expect(holds(second, "sv", "answers.whoWrote", { name: "Kim" })).toBe(true);
    expect(second).not.toBe(first);
    expect(`${first} ${second}`).not.toMatch(NOT_UNDERSTOOD);
  });

  it("Alva in a crisis: 'skriv inte till soc' is answered truthfully, never a promise of secrecy", async () => {
    const p = await onTeam();
    h.clock.advance(HOUR);
    const crisis = (await p.say("pappa slår mig")).join(" ");
    expect(crisis).toMatch(/112/);
    const reply = (await p.say("skriv inte till soc")).join(" ");
    expect(holds(reply, "sv", "answers.secrecyAfterCrisis")).toBe(true);
    expect(holds(reply, "sv", "answers.socialServices")).toBe(true);
    expect(reply).not.toMatch(/Du är inte ensam med det här/);
  });

  it("Leo: 'is this chat private?' and 'who is kim' get their answers", async () => {
    const p = await onTeam("en", "coordA2");
    const priv = await p.say("is this chat private?");
    expect(priv).toHaveLength(1);
    expect(holds(priv[0], "en", "answers.private")).toBe(true);
    const who = await p.say("who is kim");
    expect(who).toHaveLength(1);
    expect(holds(who[0], "en", "answers.whoIsCoordinator", { name: "Kim" })).toBe(true);
  });

  it("Leo: 'is this chat private?' right after an offer is answered, not taken as its yes", async () => {
    const p = await onTeam("en", "coordA2");
    const offer = await p.say("how much does a driving licence cost");
    expect(offer[0]).toMatch(/1\. Yes\n2\. No$/);
    const reply = (await p.say("ok back to english, is this chat private?")).join(" ");
    expect(holds(reply, "en", "answers.private")).toBe(true);
    expect(reply).not.toMatch(/I'll tell Kim|90101/);
  });
});

describe("an English first message (finding 10, Leo)", () => {
  it("'hi do you speak english' gets the yes, who Tillit is and the consent; his questions at the consent are answered", async () => {
    const p = new Participant(h, suite.phone());
    const first = await p.say("hi do you speak english");
    expect(first).toHaveLength(2);
    expect(first[0]).toMatch(/^Hi! (Yes, English works fine\.|Sure, I'll write in English\.) I'm Tillit, a digital assistant\..*reads along/); // a hello goes first (texter16 #6)
    expect(first[1]).toMatch(/I save what you write/);
    let previous = first[1]!;
    const asked: [string, string][] = [
      ["how do i register at arbetsförmedlingen", "answers.signpost.af"],
      ["can i study komvux in english", "answers.signpost.komvux"],
      ["what is vårdcentral and do i need one", "answers.signpost.healthCentre"],
      ["i been feeling sick for weeks, can i get sick leave if i dont have a job", "answers.signpost.sickLeave"],
    ];
    // Since session 23 (fix23a, full01) the consent is not put after every answer: its choices stay on the answer, and
    // every third answer says they may ask more or answer yes or no.
    for (const [i, [text, key]] of asked.entries()) {
      const reply = await p.say(text);
      expect(reply, text).toHaveLength(1);
      expect(holds(reply[0], "en", key), text).toBe(true);
      expect(reply[0], text).toMatch(/\n1\. Yes\n2\. No\n3\. I have questions$/);
      if ((i + 1) % 3 === 0) expect(holds(reply[0], "en", "onboarding.consentAskMore"), text).toBe(true);
      expect(reply[0], text).not.toBe(previous);
      expect(reply.join(" "), text).not.toMatch(NOT_UNDERSTOOD);
      previous = reply[0]!;
    }
    expect(await p.say("yes")).toEqual(["Thanks! What would you like me to call you?"]);
  });
});

describe("health and practical questions are signposted, the offer made once (finding 11)", () => {
  it("back pain, sjukskrivning, 'vårdcentral är gratis?': 1177 and the vårdcentral, Försäkringskassan, the fee; one offer", async () => {
    const p = await onTeam();
    const pain = await p.say("jag har ont i ryggen länge, vart ska jag gå");
    expect(pain).toHaveLength(1);
    expect(holds(pain[0], "sv", "answers.signpost.health")).toBe(true);
    expect(pain[0]).toMatch(/1\. Ja\n2\. Nej$/);
    const leave = await p.say("vad betyder sjukskrivning");
    expect(holds(leave[0], "sv", "answers.signpost.sickLeave")).toBe(true);
    expect(holds(leave[0], "sv", "answers.offerStands")).toBe(true);
    expect(leave[0]).not.toMatch(/1\. Ja/);
    const fee = await p.say("vårdcentral är gratis?");
    expect(holds(fee[0], "sv", "answers.signpost.healthCost")).toBe(true);
    expect(fee[0]).not.toMatch(/1\. Ja/);
    expect([...pain, ...leave, ...fee].join(" ")).not.toMatch(NOT_UNDERSTOOD);
    // The offer made once still takes its yes.
    expect((await p.say("ja")).join(" ")).toMatch(/säger till teamet|hör av sig/);
  });

  it("Samir: komvux, CSN twice, a CV: signposted, and the offer is made once, not four times", async () => {
    const p = await onTeam();
    const replies = [];
    const asked = ["jag vill börja komvux hur gör jag", "måste jag ha personnummer för CSN", "kan jag få pengar från CSN om jag läser sfi", "min handläggare på af säger jag måste skriva CV men jag vet inte hur"];
    for (const text of asked) replies.push((await p.say(text)).join(" "));
    expect(holds(replies[0], "sv", "answers.signpost.komvux")).toBe(true);
    expect(holds(replies[1], "sv", "answers.signpost.csn")).toBe(true);
    expect(replies.filter((r) => /1\. Ja\n2\. Nej$/.test(r))).toHaveLength(1);
    for (let i = 1; i < replies.length; i++) expect(replies[i]).not.toBe(replies[i - 1]);
    // The one offer still takes its yes.
    expect((await p.say("ja")).join(" ")).toMatch(/säger till teamet|hör av sig/);
  });

  it("Samir: 'tack för hjälp' after his komvux news is a thank-you, not 'Berätta gärna mer'", async () => {
    const p = await onTeam();
    expect((await p.say("jag har fått plats på komvux!! börjar januari")).join(" ")).not.toMatch(NOT_UNDERSTOOD);
    const thanks = await p.say("tack för hjälp");
    expect(holds(thanks[0], "sv", "conversation.youreWelcome")).toBe(true);
    // While a person is awaited (his run: Kim had been asked to get in touch), likewise.
    const q = await onTeam();
    await q.say("prata med en människa");
    await q.say("jag har fått plats på komvux!! börjar januari");
    const waiting = (await q.say("tack för hjälp")).join(" ");
    expect(waiting).not.toMatch(/Berätta gärna mer|Åh, så bra|Jag är kvar här/);
    expect(holds(waiting, "sv", "waiting.afterCrisisThanks")).toBe(true);
  });

  it("Samir on a Saturday, the offer open: försörjningsstöd and the housing queue signposted, the offer never the same line twice in a row", async () => {
    const p = await onTeam();
    h.clock.ms = Date.parse("2026-11-28T10:30:00+01:00");
    const money = (await p.say("hej. jag har inte pengar för hyra denna månad")).join(" ");
    expect(money).toMatch(/1\. Ja\n2\. Nej$/);
    const support = await p.say("vad är försörjningsstöd? kan jag få");
    expect(holds(support.join(" "), "sv", "answers.signpost.support")).toBe(true);
    // One way to ask for contact, not two ("Skriv 'prata med en människa'" and the offer again).
    expect(support.join(" ")).not.toMatch(/prata med en människa/);
    const cousin = await p.say("jag bor hos min kusin men han säger jag måste flytta");
    const queue = await p.say("hur ställer man sig i bostadskö");
    expect(holds(queue.join(" "), "sv", "answers.signpost.housing")).toBe(true);
    const offers = [support.at(-1), cousin.at(-1), queue.at(-1)].map((t) => (t ?? "").replace(/\n1\. Ja\n2\. Nej$/, ""));
    for (let i = 1; i < offers.length; i++) expect(offers[i]!.endsWith(offers[i - 1]!.split(". ").at(-1)!)).toBe(false);
  });
});
