// What a young tester texting the product found: "vem e min koordinator" with none assigned answered
// with a bare "ingen egen än", and "har jag nån egen handläggare här" not understood at all.
import { describe, expect, it } from "vitest";
import { officeHoursSuite } from "../helpers/office-hours-suite.js";
import { understandFree } from "../../dialogs/shared/understand-free.js";
import { smsSize } from "../../bot/domain/sms-segments.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = officeHoursSuite(736100000);
const { onboarded } = suite;

async function onTeam(p: Awaited<ReturnType<typeof onboarded>>, name: string): Promise<void> {
  const team = await suite.h.tillit.db.team.create({ data: { slug: `team-${Date.now()}-${Math.round(Math.random() * 1e6)}`, name } });
  await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { teamId: team.id } });
}

describe("my coordinator, when none is assigned", () => {
  it("'har jag nån egen handläggare här' is the question, as 'vem e min koordinator' is", () => {
    for (const t of ["har jag nån egen handläggare här", "har jag nån handläggare", "vem är min handläggare", "whos my case worker", "har jag nån egen koordinator"]) {
      expect(understandFree(t), t).toBe("question:my-coordinator");
    }
    // Another place's handläggare is not Tillit's team.
    for (const t of ["vem är min handläggare på försäkringskassan?", "vem e min handläggare på soc", "min handläggare sa att jag måste komma"]) {
      expect(understandFree(t), t).not.toBe("question:my-coordinator");
    }
  });

  it("is answered warmly: the team by its name reads along, and 'människa' asks for a person now; asked again, in other words", async () => {
    const p = await onboarded();
    await onTeam(p, "Ungdomsporten");
    const [first] = await p.say("vem e min koordinator");
    expect(first).toMatch(/alla i Ungdomsporten läser med/);
    expect(first).toMatch(/nu/);
    expect(first).toMatch(/"människa"/);
    const [second] = await p.say("har jag nån egen handläggare här");
    expect(second).not.toMatch(NOT_UNDERSTOOD);
    expect(second).toMatch(/alla i Ungdomsporten/);
    expect(second).not.toBe(first);
    // The way it names works: "människa" asks for a person.
    await p.say("människa");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("without a team's name, 'teamet'; in English, the team and 'talk to a human'", async () => {
    const sv = await onboarded();
    await suite.h.tillit.db.participant.update({ where: { id: (await sv.record()).id }, data: { teamId: null } });
    expect((await sv.say("vem e min koordinator"))[0]).toMatch(/alla i teamet läser med.*"människa"/);
    const en = await onboarded("en");
    await onTeam(en, "Youth Gate");
    const [reply] = await en.say("who is my coordinator");
    expect(reply).toMatch(/everyone in Youth Gate reads along/);
    expect(reply).toMatch(/"talk to a human"/);
  });

  it("at night nobody is said to read along: when someone reads, and how to ask", async () => {
    suite.h.clock.ms = Date.parse("2026-11-24T21:30:00Z"); // Tuesday 22:30 in Stockholm
    const p = await onboarded();
    const [reply] = await p.say("vem e min koordinator");
    expect(reply).not.toMatch(/läser med/);
    expect(reply).toMatch(/"människa".*läser det i morgon från kl 08:00/);
  });

  it("one assigned is still named", async () => {
    const p = await onboarded();
    const staff = await suite.h.tillit.db.staffUser.create({ data: { email: `nora.${Date.now()}@kommun.se`, displayName: "Nora Lind", firstName: "Nora", role: "coordinator", passwordHash: "x" } });
    await suite.h.tillit.db.participant.update({ where: { id: (await p.record()).id }, data: { coordinatorId: staff.id } });
    expect((await p.say("har jag nån egen handläggare här"))[0]).toMatch(/^(Din koordinator heter Nora\.|Det är Nora\.)/);
  });
});

describe("the check-in's 1-10 question, asked about", () => {
  it("'hur menar du skala?' is explained in a line that asks again, twice in other words, and uses up no try", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    const [first] = await p.say("hur menar du skala?");
    expect(first).toMatch(/1 = riktigt dåligt|1 är riktigt dåligt/);
    expect(first).toMatch(/10 = riktigt bra|10 riktigt bra/);
    expect(first).toMatch(/ord/);
    expect(first).not.toMatch(NOT_UNDERSTOOD);
    const [second] = await p.say("vad menas med skala");
    expect(second).toMatch(/riktigt dåligt/);
    expect(second).not.toBe(first);
    // Neither counted as a try: an answer not understood now is asked again, not skipped.
    const [retry] = await p.say("banan");
    expect(retry).not.toMatch(/hoppar över/);
    expect((await p.say("6"))[0]).toMatch(/6/);
    expect((await p.record()).checkIns).toHaveLength(0);
    await p.say("hoppa över");
    await p.say("hoppa över");
    await p.say("hoppa över");
    await p.say("hoppa över");
    await p.say("nej");
    expect((await p.record()).checkIns.at(-1)?.mood).toBe(6);
  });

  it("in English, 'what do u mean scale' and 'is 1 good or bad' are explained, not read as a 1", async () => {
    const p = await onboarded("en");
    await p.say("check in");
    expect((await p.say("what do u mean scale"))[0]).toMatch(/1 is really bad and 10 is really good|1 = really bad, 10 = really good/);
    const [which] = await p.say("is 1 good or bad");
    expect(which).toMatch(/really bad/);
    expect(which).not.toMatch(/What makes it|not lower/);
    expect((await p.say("7"))[0]).toMatch(/7/);
  });

  it("in the self-rating, the statement's scale is explained with the statement again", async () => {
    const p = await onboarded();
    await p.say("skattning");
    const [reply] = await p.say("hur menar du skala?");
    expect(reply).toMatch(/(inte stämmer alls|stämmer inte alls).*stämmer helt/);
    expect(reply).toMatch(/Jag känner mig redo för jobb eller studier\./);
  });
});

describe("a so-so face alone", () => {
  it("out of a check-in, '😐', '🙃', '😶' are a so-so day met as one, with the choice of checking in or a person; never the same line twice in a row", async () => {
    const p = await onboarded();
    let previous = "";
    for (const face of ["😐", "🙃", "😶"]) {
      const [reply] = await p.say(face);
      expect(reply, face).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, face).toMatch(/1\. Kolla läget\n2\. Prata med en människa$/);
      expect(reply, face).not.toBe(previous);
      previous = reply!;
    }
    // The choice offered is understood.
    expect((await p.say("1"))[0]).toMatch(/skala 1-10/);
    const en = await onboarded("en");
    const [reply] = await en.say("🙃");
    expect(reply).toMatch(/^(Kind of meh|One of those days)/);
    expect(reply).toMatch(/1\. Check in\n2\. Talk to a person$/);
  });

  it("glad, sad and other faces keep their readings: 👍 and 🙂 are nods, 😭 and 💀 are not read as meh", async () => {
    const p = await onboarded();
    for (const face of ["👍", "🙂"]) expect((await p.say(face))[0], face).toMatch(/^(Okej!|Schysst!)$/);
    for (const face of ["😭", "💀"]) expect((await p.say(face))[0], face).not.toMatch(/Sådär, typ|En sån dag/);
  });

  it("in a check-in, '🙃' to how it is today is the middle, said back; to sleep, food and moving it is so-so / a little, never 'förstod inte'", async () => {
    const p = await onboarded();
    await p.say("kolla läget");
    const [mood] = await p.say("🙃");
    expect(mood).toMatch(/sådär.*5:a/);
    await p.say("vet inte");
    for (const face of ["🙃", "😐", "😶"]) {
      const [reply] = await p.say(face);
      expect(reply, face).not.toMatch(NOT_UNDERSTOOD);
      expect(reply, face).not.toMatch(/hoppar över/);
    }
    await p.say("inte nu");
    const [checkIn] = (await p.record()).checkIns;
    expect(checkIn).toMatchObject({ mood: 5, sleep: "ok", food: "little", movement: "little" });
  });
});

describe("'berätta om mig' and 'vad vet du om mig'", () => {
  it("'ja' to the first question is a yes to the talk: the question again, not 'ja' kept as what they like; 'inget' is met warmly, and each 'inget' after gets an answer, never the same twice in a row", async () => {
    const p = await onboarded();
    const opened = await p.say("berätta om mig");
    expect(opened.at(-1)).toBe("Vad tycker du om att göra?");
    const [again] = await p.say("ja");
    expect(again).toMatch(/^(Kul!|Schysst!) .*Vad tycker du om att göra\?$/);
    const [afterNothing] = await p.say("inget");
    expect(afterNothing).toMatch(/^(Helt okej, alla har inte ett svar på det direkt\.|Det är lugnt, det kan komma med tiden\.) Vad är du bra på/);
    const [closing] = await p.say("inget");
    expect(closing).not.toMatch(/^Tack för att du berättade!/);
    expect(closing).toMatch(/okej|lugnt/i);
    let previous = closing!;
    for (let i = 0; i < 3; i++) {
      const reply = await p.say("inget");
      expect(reply).toHaveLength(1);
      expect(reply[0]).not.toMatch(NOT_UNDERSTOOD);
      expect(reply[0]).not.toBe(previous);
      previous = reply[0]!;
    }
    const answers = (await p.record()).mapping.map((m) => [m.question, m.answer]);
    expect(answers).toEqual([["likes", "inget"], ["goodAt", "inget"]]);
  });

  it("a bare yes is asked about once per question; 'ja fotboll' answers it", async () => {
    const p = await onboarded();
    await p.say("berätta om mig");
    await p.say("ja");
    expect((await p.say("ja"))[0]).toMatch(/^Vad är du bra på/);
    expect((await p.say("ja fotboll"))[0]).not.toMatch(/Kul!|Schysst!/);
    expect((await p.record()).mapping.map((m) => m.answer)).toEqual(["ja", "ja fotboll"]);
  });

  it("'what do you know about me' is answered from what is kept, and the offer's 'yes' starts telling more", async () => {
    const p = await onboarded("en");
    const [reply] = await p.say("what do you know about me");
    expect(reply).toMatch(/^You want me to call you Sam\. (You haven't told me much about yourself yet|About yourself, I don't know much yet)\./);
    expect(reply).toMatch(/copy/);
    expect(reply).toMatch(/\n1\. Yes\n2\. No$/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    const started = await p.say("yes");
    expect(started.at(-1)).toBe("What do you like doing?");
  });

  it("'vad vet du om mig' after telling: the topics told, the plan; '2' to the offer and 'inget' after are heard", async () => {
    const p = await onboarded();
    const id = (await p.record()).id;
    await suite.h.tillit.db.mappingAnswer.create({ data: { participantId: id, topic: "interests", question: "likes", answer: "gaming" } });
    await suite.h.tillit.db.mappingAnswer.create({ data: { participantId: id, topic: "experience", question: "school", answer: null, skipped: true } });
    await suite.h.tillit.db.actionPlan.create({ data: { participantId: id, mainActivity: "Praktik på biblioteket" } });
    const [reply] = await p.say("vad vet du om mig");
    expect(reply).toMatch(/^Du vill att jag kallar dig Sara\. Du har berättat (för mig )?om vad du gillar\. Du har en plan också/);
    expect(reply).not.toMatch(/vad du gjort förut/); // skipped whole: not told
    expect(reply).toMatch(/registerutdrag/);
    expect(reply).toMatch(/\n1\. Ja\n2\. Nej$/);
    const [no] = await p.say("2");
    expect(no).toMatch(/"berätta om mig"/);
    const [after] = await p.say("inget");
    expect(after).not.toBe(no);
    expect(after).not.toMatch(NOT_UNDERSTOOD);
    expect((await p.record()).mapping).toHaveLength(2);
  });

  it("everything told: no offer, and it all fits in two SMS", async () => {
    const p = await onboarded("en");
    const id = (await p.record()).id;
    for (const topic of ["interests", "experience", "situation", "motivation", "adaptations", "health"]) {
      await suite.h.tillit.db.mappingAnswer.create({ data: { participantId: id, topic, question: "q", answer: "something" } });
    }
    await suite.h.tillit.db.actionPlan.create({ data: { participantId: id, mainActivity: "x" } });
    await suite.h.tillit.db.participant.update({ where: { id }, data: { preferredName: "Alexandra-Josefine M" } });
    // Asked twice, the other phrasings come: each fits.
    for (let i = 0; i < 2; i++) {
      const [reply] = await p.say("what do you know about me");
      expect(reply).toMatch(/what you like, your past, how you're doing, what gives you energy, what's hard, and your everyday life\./);
      expect(reply).toMatch(/my plan/);
      expect(reply).not.toMatch(/\?/);
      expect(smsSize(reply!).segments).toBeLessThanOrEqual(2);
    }
    const sv = await onboarded();
    const svId = (await sv.record()).id;
    for (const topic of ["interests", "experience", "situation", "motivation", "adaptations", "health"]) {
      await suite.h.tillit.db.mappingAnswer.create({ data: { participantId: svId, topic, question: "q", answer: "något" } });
    }
    await suite.h.tillit.db.actionPlan.create({ data: { participantId: svId, mainActivity: "x" } });
    await suite.h.tillit.db.participant.update({ where: { id: svId }, data: { preferredName: "Alexandra-Josefine M" } });
    for (let i = 0; i < 2; i++) {
      const [reply] = await sv.say("vad vet du om mig");
      expect(reply).toMatch(/vad som är svårt och din vardag\./);
      expect(smsSize(reply!).segments).toBeLessThanOrEqual(2);
    }
  });

  it("without a yes to keeping answers, what is kept then", async () => {
    const p = await onboarded();
    await p.say("jag ångrar mig, jag vill inte att ni sparar mina svar");
    await p.say("ja");
    const [reply] = await p.say("vad vet du om mig");
    expect(reply).toMatch(/sa nej/);
  });
});
