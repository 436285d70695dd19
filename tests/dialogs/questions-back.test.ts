// Issue 13, "answers to what young people ask": every kind of question back is recognised in Swedish
// and English (slang, no åäö) and answered briefly from the locale files, with nothing going on, in
// the middle of a dialog (then the question comes again), and while a person is awaited. The answers
// say what the product does (docs/privacy.md): checked here on the facts that matter most.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { Participant, onboardedParticipant } from "../helpers/conversation.js";
import { fill, loadLocales } from "../../bot/infrastructure/i18n.js";
import { renderSmsBody } from "../../bot/domain/sms-segments.js";
import { QUESTION_KINDS, type QuestionKind } from "../../dialogs/shared/understand-free.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
});
afterAll(async () => h.stop());

const locales = loadLocales();
let n = 722000000;

const asked: Record<QuestionKind, { sv: string; en: string }> = {
  "is-bot": { sv: "e du en robot eller?", en: "are u a bot" },
  "who-reads": { sv: "vem laser det har", en: "who can read this?" },
  "social-services": { sv: "kan soc se detta??", en: "can social services see this" },
  parents: { sv: "kan morsan läsa det här?", en: "can my parents see this" },
  "employment-service": { sv: "får af veta vad jag skriver", en: "can the employment service see this" },
  police: { sv: "kommer ni anmäla mig till polisen?", en: "do u tell the cops" },
  "my-coordinator": { sv: "vem e min koordinator", en: "who is my coordinator?" },
  "next-meeting": { sv: "när är mitt nästa möte", en: "whens my next meeting?" },
  "report-meaning": { sv: "vad är anmäla?", en: "what does report mean" },
  withdraw: { sv: "vad händer om jag tar tillbaka mitt samtycke?", en: "how do i withdraw my consent" },
  storage: { sv: "vad sparar ni om mig", en: "what do you store about me" },
  delete: { sv: "hur raderar jag allt?", en: "how do i delete my data" },
  number: { sv: "var fick ni mitt nr ifrån", en: "how did you get my number" },
  stop: { sv: "hur slutar jag få sms", en: "how do i stop this" },
  "what-can-you-do": { sv: "vad är det här för nåt", en: "what can you do" },
  "must-answer": { sv: "måste jag svara?", en: "do i have to answer" },
  money: { sv: "får jag mindre pengar om jag inte svarar", en: "does this affect my benefits?" },
  school: { sv: "kan skolan se det här?", en: "can my teachers read this?" },
  dealing: { sv: "jag langar", en: "i sell weed" },
  secrecy: { sv: "om jag berättar nåt lovar du att inte säga till nån?", en: "promise you wont tell anyone" },
  ai: { sv: "skickar ni det till openai?", en: "do u use chatgpt" },
  sold: { sv: "säljer ni min data", en: "do u sell my data" },
  "at-risk-meaning": { sv: "vad e fara illa", en: "what does at risk mean" },
  "about-me": { sv: "vad vet du om mig", en: "what do you know about me" },
  "phone-bill": { sv: "syns det här på mobilräkningen?", en: "will this show on my phone bill" },
  "kept-told": { sv: "sparas det jag skrev om min pappa", en: "is what i said about my dad saved?" },
  leave: { sv: "jag vill sluta med det här", en: "i want out" },
  "who-pays": { sv: "vad tjänar ni på detta", en: "who pays you" },
  age: { sv: "hur gammal måste man va", en: "is there an age limit" },
  practical: { sv: "vad kostar körkort typ", en: "how much does a driving licence cost" },
  "parents-approve": { sv: "jag e 15 måste mina föräldrar godkänna detta", en: "do my parents have to approve" },
  // With no coordinator's message in the conversation, who wrote is the bot (answers.isBot).
  "who-wrote": { sv: "va det du som skrev eller roboten", en: "was that you or the bot" },
  private: { sv: "är chatten privat?", en: "is this chat private?" },
  "soc-acts": { sv: "kommer soc hem till oss", en: "will social services come to our house" },
  carers: { sv: "kan min familjehemsmamma läsa detta", en: "can my foster parents read this" },
  "turning-18": { sv: "om jag fyller 18 nästa månad, ändras nåt då", en: "what happens when i turn 18" },
  "still-mine": { sv: "får jag fortfarande prata med er om jag får jobb", en: "do i still get to talk to you if i get a job" },
  "who-made": { sv: "vem har gjort dig", en: "who made you" },
  // No language model in this harness: nothing trains on it and nothing goes to an AI service (answers.aiTrainingNone).
  "ai-training": { sv: "används det här för att träna AI", en: "is this being used to train ai" },
  "bot-bored": { sv: "blir du uttråkad", en: "do you get bored" },
  kaa: { sv: "ni har väl inget med aktivitetsansvaret att göra längre eller", en: "what is kaa, does it still apply to me" },
  "delete-part": { sv: "kan du radera allt jag skrev inatt", en: "can you delete what i wrote last night" },
  "bot-feelings": { sv: "har du känslor", en: "do u have feelings" },
  "bot-day": { sv: "vad gör du hela dagarna", en: "what do u even do all day" },
  "why-numbers": { sv: "varför skickar du alla nummer hela tiden", en: "why do you keep sending me numbers" },
  "who-we-are": { sv: "men vem är teamet", en: "are you from the kommun?" },
  caseworker: { sv: "kan min handläggare se det här", en: "is this going to my handläggare??" },
  "talk-if-no": { sv: "kan jag prata med er ändå om jag säger nej", en: "can i still talk to you if i say no" },
  "team-lead": { sv: "vem e teamledaren", en: "who is the team lead" },
};

const keysFor = (kind: QuestionKind): string[] => {
  const key = `answers.${kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
  // With no coordinator named and no meeting booked (as in these tests), the answers say so.
  // No language model in this harness; the participants wrote first.
  if (kind === "ai" || kind === "ai-training") return [`${key}None`];
  if (kind === "number") return [`${key}TheyWroteFirst`];
  // Asked with nothing going on, a person is offered.
  if (kind === "practical") return [`${key}Offer`];
  if (kind === "who-wrote") return ["answers.isBot"];
  // No coordinator on the record: the team stays theirs, and the job asked about is answered.
  if (kind === "still-mine") return ["answers.stillMineTeamWork"];
  return kind === "who-reads" ? [key, `${key}Named`] : kind === "my-coordinator" || kind === "next-meeting" ? [`${key}None`] : [key];
};

/** Every way the answer may read on the phone (each phrasing, with its choices when it has any). */
function answers(lang: "sv" | "en", kind: QuestionKind): string[] {
  // Composed from what is known (answer-question.ts): here the name chosen, nothing told yet, what is
  // kept, and the offer to tell more, with its yes and no.
  if (kind === "about-me") {
    const t = (k: string) => locales[lang].get(`answers.${k}`)!;
    const yesNo = ["yes", "no"].map((v) => locales[lang].get(`choices.yesNo.${v}`)![0]!);
    const named = t("aboutMeName").map((x) => fill(x, { name: lang === "sv" ? "Sara" : "Sam" }));
    return named.flatMap((a) => t("aboutMeNotTold").flatMap((b) => t("aboutMe").flatMap((c) => t("aboutMeOffer").map((d) => renderSmsBody([a, b, c, d].join(" "), yesNo)))));
  }
  // The retention the harness runs with: the defaults (bot/config.ts).
  const inSentence = lang === "sv" ? "teamet" : "the team";
  const vars = { coordinatorInSentence: inSentence, readers: inSentence, coordinator: kind === "next-meeting" ? inSentence : "", months: "6", noContactMonths: "12", days: "30", team: "Demoteamet" };
  const choices =
    kind === "what-can-you-do"
      ? ["check-in", "mapping", "human"].map((v) => locales[lang].get(`choices.nextSteps.${v}`)![0]!)
      : kind === "practical"
        ? ["yes", "no"].map((v) => locales[lang].get(`choices.yesNo.${v}`)![0]!)
        : undefined;
  return keysFor(kind).flatMap((k) => locales[lang].get(k)!).map((t) => renderSmsBody(fill(t, vars), choices));
}

describe("questions back", () => {
  for (const language of ["sv", "en"] as const) {
    it.each(QUESTION_KINDS.map((k) => [k]))(`${language}: %s is answered with its own answer`, async (kind) => {
      const p = await onboardedParticipant(h, `+46${n++}`, language);
      const reply = await p.say(asked[kind][language]);
      expect(reply).toHaveLength(1);
      expect(answers(language, kind)).toContain(reply[0]);
    });
  }

  it("asking the same thing twice gets the answer in other words, not the same line", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    const first = await p.say("är du en bot");
    const second = await p.say("är du en bot på riktigt?");
    expect(first[0]).not.toBe(second[0]);
    expect(answers("sv", "is-bot")).toEqual(expect.arrayContaining([first[0], second[0]]));
  });

  it("mid-dialog: answered, then the question that was waiting comes again", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    await p.say("checka in");
    await p.say("6");
    await p.say("hoppa över");
    const reply = await p.say("vänta, kan mina föräldrar läsa det här?");
    expect(reply).toHaveLength(2);
    expect(answers("sv", "parents")).toContain(reply[0]);
    expect(reply[1]).toBe("Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt");
    expect(await p.say("bra")).toEqual(["Skönt! Har du ätit något ordentligt idag?\n1. Ja\n2. Lite\n3. Nej"]);
  });

  it("while a person is awaited: answered every time, not only now and then", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    await p.say("prata med en människa");
    expect(answers("sv", "who-reads")).toContain((await p.say("vem läser det här då?"))[0]);
    expect(answers("sv", "social-services")).toContain((await p.say("kan soc se det"))[0]);
  });

  it("before onboarding is done: answered first, then the consent question (without a second greeting, in its short line)", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    await p.say("senare");
    const reply = await p.say("hur fick ni mitt nummer?");
    expect(answers("sv", "number")).toContain(reply[0]);
    expect(reply[1]).toMatch(/^(Så, är det okej att jag sparar|Tillbaka till frågan: får jag spara|Känns det okej att jag sparar)/);
  });

  it("a question and a wish for a person in one message: the question answered, then a person asked for", async () => {
    const status = async (p: Participant) => (await p.record()).conversations[0]!.status;
    const humanComing = locales.sv.get("common.humanComing")!;
    const startsHumanComing = (text: string) => humanComing.some((line) => text.startsWith(fill(line, { coordinator: "teamet" }).slice(0, 12)));
    const idle = await onboardedParticipant(h, `+46${n++}`);
    const reply = await idle.say("e du en bot? vill prata med en person");
    expect(reply).toHaveLength(2);
    expect(answers("sv", "is-bot")).toContain(reply[0]);
    expect(startsHumanComing(reply[1]!)).toBe(true);
    expect(await status(idle)).toBe("waiting");

    // In the middle of a check-in: the check-in stops, nothing more is asked.
    const busy = await onboardedParticipant(h, `+46${n++}`);
    await busy.say("checka in");
    const midway = await busy.say("kan soc se detta. jag vill snacka med nån");
    expect(answers("sv", "social-services")).toContain(midway[0]);
    expect(startsHumanComing(midway[1]!)).toBe(true);
    expect(await status(busy)).toBe("waiting");

    // Before onboarding, and in English.
    const first = new Participant(h, `+46${n++}`);
    const opening = await first.say("are u a bot? i want to talk to a human");
    expect(answers("en", "is-bot")).toContain(opening[0]);
    expect(await status(first)).toBe("waiting");

    // A wish turned down is no wish: only the question is answered.
    const declining = await onboardedParticipant(h, `+46${n++}`);
    expect(await declining.say("vem läser? ingen människa tack")).toHaveLength(1);
    expect(await status(declining)).toBe("bot");
    // A question about people is one sentence and no wish.
    const asking = await onboardedParticipant(h, `+46${n++}`);
    expect(await asking.say("är det en människa som svarar?")).toHaveLength(1);
    expect(await status(asking)).toBe("bot");
  });

  it("a question asked again drops its warm opening: 'Kul, Alva!' is said once, not with every re-ask", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    await p.say("ja");
    expect((await p.say("Alva"))[0]).toMatch(/^Kul, Alva! Vilken tid på dagen passar bäst för meddelanden\?/);
    const afterQuestion = await p.say("kan polisen se det här?");
    expect(afterQuestion[1]).toMatch(/^Vilken tid på dagen passar bäst för meddelanden\?\n1\. Morgon/);
    expect((await p.say("ok"))[0]).toMatch(/^Jag förstod inte riktigt\. Vilken tid på dagen passar bäst för meddelanden\?/);
  });

  it("'va e detta' before the consent: the answer offers no menu of its own, so '3' can only mean the consent's third choice", async () => {
    const p = new Participant(h, `+46${n++}`);
    await p.say("Hej");
    const reply = await p.say("va e detta");
    // The answer carries the consent's own choices (session 23: the consent is not put after every answer), none of its own.
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^[^\n]*\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
    expect(reply[0]).not.toMatch(/Kolla läget/);
    // With nothing going on, the same question still ends with the next steps to pick from.
    const idle = await onboardedParticipant(h, `+46${n++}`);
    expect((await idle.say("vad kan du göra?"))[0]).toMatch(/\n1\. Kolla läget\n2\. Berätta om mig\n3\. Prata med en människa$/);
  });

  it("a new name at any time ('kalla mig Mo istället', 'byt namn till …'), and 'vad heter jag?' is told; no name kept without the yes to keeping answers", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    expect(await p.say("kalla mig Mo istället")).toEqual([expect.stringMatching(/^(Okej, Mo blir det!|Då kallar jag dig Mo från och med nu\.)$/)]);
    expect((await p.record()).preferredName).toBe("Mo");
    expect(await p.say("vad heter jag?")).toEqual(['Jag kallar dig Mo. Vill du byta, skriv till exempel "kalla mig Sam".']);
    await p.say("checka in");
    const midway = await p.say("byt namn till Momo");
    expect(midway[0]).toMatch(/Momo/);
    expect(midway[1]).toMatch(/skala 1-10\?$/);
    expect((await p.record()).preferredName).toBe("Momo");
    // "call me" about a phone call is no name.
    const en = await onboardedParticipant(h, `+46${n++}`, "en");
    await en.say("call me tomorrow");
    expect((await en.record()).preferredName).toBe("Sam");
    // Said no to keeping answers: no name is stored.
    const declined = new Participant(h, `+46${n++}`);
    await declined.say("Hej");
    await declined.say("nej");
    await declined.say("kalla mig Mo");
    expect((await declined.record()).preferredName).toBeNull();
  });

  it("what is stored is told by the participant's own consent", async () => {
    const declined = new Participant(h, `+46${n++}`);
    await declined.say("Hej");
    await declined.say("nej");
    // Not "bara ditt nummer" before a list that goes on to the messages' days (the consent copy, session 21).
    const kept = (await declined.say("vad sparas?"))[0];
    expect(kept).toMatch(/ditt nummer.*30 dagar/);
    expect(kept).not.toMatch(/bara ditt nummer/);
    const consented = await onboardedParticipant(h, `+46${n++}`);
    expect((await consented.say("vad sparas?"))[0]).toMatch(/6 mån.*12 mån/);
  });

  it("the facts: soc, parents and AF cannot read it, the duty to report for under-18s is told, a named coordinator reads along", async () => {
    // "måste ni berätta för soc om jag berättar om hemma?" must never be met with a flat "Nej".
    for (const text of locales.sv.get("answers.socialServices")!) expect(text).toMatch(/^(?!Nej).*inte läsa.*under 18.*anmäla/s);
    for (const text of locales.sv.get("answers.parents")!) expect(text).toMatch(/under 18.*anmäla/s);
    for (const text of locales.en.get("answers.socialServices")!) expect(text).toMatch(/^(?!No\b).*can't read.*under 18.*report/s);
    // Admins see every team (bot/staff/staff-actor.ts): "who reads" names them, and no line anywhere promises
    // that nobody but the team reads (the consent, the answers about school, AF, secrecy and selling said so).
    for (const key of ["answers.whoReads", "answers.whoReadsNamed"]) {
      for (const text of locales.sv.get(key)!) expect(text).toMatch(/administratörer/);
      for (const text of locales.en.get(key)!) expect(text).toMatch(/administrators/);
    }
    const everyLine = (o: unknown): string[] => (typeof o === "string" ? [o] : Array.isArray(o) ? o.flatMap(everyLine) : o && typeof o === "object" ? Object.values(o).flatMap(everyLine) : []);
    const root = path.resolve(import.meta.dirname, "../..");
    for (const lang of ["sv", "en"] as const) {
      const raw = JSON.parse(readFileSync(path.join(root, `dialogs/locales/${lang}.json`), "utf8"));
      expect(everyLine(raw).filter((l) => /ingen annan|nobody else|\b(bara|endast|only) (teamets|ditt team|koordinatorerna|your team|the team|the coordinators)/i.test(l))).toEqual([]);
    }
    const p = await onboardedParticipant(h, `+46${n++}`);
    const maja = await h.tillit.db.staffUser.create({ data: { email: "maja.q@kommun.se", displayName: "Maja Lind", firstName: "Maja", role: "coordinator", passwordHash: "x" } });
    await h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { coordinatorId: maja.id } });
    expect((await p.say("vem läser detta?"))[0]).toMatch(/^Maja läser med/);
  });

  it("must I answer, money, school: answered as what Tillit is (voluntary, no part in money, read by the team only), in their words, mid-dialog too", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    for (const [text, kind] of [["maste ja svara pa alla fragor", "must-answer"], ["påverkar det min aktivitetsersättning?", "money"], ["kan min lärare se detta", "school"]] as const) {
      const reply = await p.say(text);
      expect(reply, text).toHaveLength(1);
      expect(answers("sv", kind), text).toContain(reply[0]);
    }
    // Anyone else, named or not: who reads, truthfully.
    expect(answers("sv", "who-reads")).toContain((await p.say("kan mina kompisar se det här?"))[0]);
    // In the middle of a check-in: answered, and the question that waited comes again.
    await p.say("checka in");
    await p.say("6");
    await p.say("hoppa över");
    const midway = await p.say("måste jag svara på allt?");
    expect(answers("sv", "must-answer")).toContain(midway[0]);
    expect(midway[1]).toBe("Hur har du sovit?\n1. Bra\n2. Sådär\n3. Dåligt");
    // Money is a person's decision: the answer sends them to the coordinator and makes up no rule.
    for (const lang of ["sv", "en"] as const) {
      for (const text of locales[lang].get("answers.money")!) expect(text).toMatch(lang === "sv" ? /frivillig.*\{coordinatorInSentence\}/s : /voluntary.*\{coordinatorInSentence\}/s);
      for (const text of locales[lang].get("answers.mustAnswer")!) expect(text).toMatch(/STOPP|STOP/);
    }
    // School, like soc and parents: nothing is sent there, and the duty to report for under-18s is told.
    for (const text of locales.sv.get("answers.school")!) expect(text).toMatch(/skickar inget.*under 18.*anmäla/s);
  });

  it("'jag langar' / 'i sell weed': no lecture and no stock line; truthful that the team reads and what the duty to report is", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    for (const text of ["jag langar", "i sell weed", "jag säljer grönt"]) {
      const reply = await p.say(text);
      expect(reply, text).toHaveLength(1);
      expect(answers("sv", "dealing"), text).toContain(reply[0]);
    }
    for (const text of locales.sv.get("answers.dealing")!) expect(text).toMatch(/(inte polisen|inget till polisen).*läser.*under 18.*soc.*"människa"/s);
    for (const text of locales.en.get("answers.dealing")!) expect(text).toMatch(/police.*read.*under 18.*social services.*"talk to a human"/s);
    // Selling other things is no such news.
    expect(answers("sv", "dealing")).not.toContain((await p.say("jag säljer grönsaker på torget"))[0]);
  });

  it("'kommer ni ringa polisen nu??' right after a crisis reply is answered (Tillit does not call, the team knows, 112), not taken for a second crisis", async () => {
    const p = await onboardedParticipant(h, `+46${n++}`);
    expect(await p.say("jag vill inte leva längre")).toHaveLength(2);
    const id = (await p.record()).conversations[0]!.id;
    const reply = await p.say("kommer ni ringa polisen nu??");
    expect(reply).toHaveLength(1);
    expect(locales.sv.get("answers.policeAfterCrisis")).toContain(reply[0]);
    expect(reply[0]).toMatch(/ringer (inte|ingen) polis.*112/s);
    // Still flagged, still waiting for a person; the crisis was flagged once.
    expect((await p.record()).conversations[0]).toMatchObject({ priority: "crisis", status: "waiting" });
    expect(await h.tillit.db.auditLog.count({ where: { action: "conversation.crisis-flagged", subjectId: String(id) } })).toBe(1);
    // Asked again in other words: the other phrasing, never the same line twice.
    const again = await p.say("ska ni ringa polisen??");
    expect(locales.sv.get("answers.policeAfterCrisis")).toContain(again[0]);
    expect(again[0]).not.toBe(reply[0]);
    // Asking us to call is a call for help: a crisis reply (the flag standing, the one for more told).
    const plea = await p.say("kan ni ringa polisen? snälla");
    expect(plea).toEqual([expect.stringMatching(/112.*(Jag hör dig|Tack för att du berättar mer)/)]);
  });
});
