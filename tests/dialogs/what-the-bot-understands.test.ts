// What the tenth young tester (texter17) found the bot did not understand in a conversation:
// - #6: after good news, the next message was cheered whatever it said ("kan inte sova igen" the day after a
//   crisis, "vad ska jag göra nu" after a food card): only more of the good news is cheered; a question about
//   what now is answered as one (the team helps with the next step), anything else for what it is.
// - #7: "var det en riktig människa nyss" / "wait was that a real person" met "Självklart, jag säger till teamet":
//   answered from the record (yes, the one from the team who wrote; no, only Tillit). "vem har gjort dig", "blir du
//   uttråkad", "används det här för att träna AI" are answered truly, during the consent question too, and the
//   consent follows in other words.
// - #8: in English "havent talked to a real person in like 9 days" was a yes to the offer standing; an ordinary
//   request at night ("ok tack" to help with preschool at 06:15) got "Kan det inte vänta? Ring 112 …".
// - #5: a meeting called off on the day in plain words ("asså jag tror inte jag kmr fixa det idag", "kan vi flytta
//   fikan", "nån annan dag?") did nothing: the meeting is cancelled or another time asked for, and the coordinator told.
// - #11: "fick sommarjobbs grejen på ica!!!" is good news; "försvinner ni då eller" / "do you guys disappear when
//   i get a job" is answered no: the coordinator or the team stays as long as they want.
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";
import type { StaffWorld } from "../helpers/staff.js";
import { assignConversation, handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { addMeeting } from "../../bot/staff/meetings.js";
import { NOT_UNDERSTOOD } from "../helpers/not-understood.js";

const suite = transcriptSuite(761700000, { staff: true });
let h: Harness;
let w: StaffWorld;
beforeAll(() => {
  ({ h, w } = suite);
});
const MINUTE = 60_000;
const staffDeps = () => suite.staffDeps();
async function say(p: Participant, text: string, after = MINUTE): Promise<string[]> {
  h.clock.advance(after);
  return p.say(text);
}
const CHEER = /Vad kul|Åh, så bra|Vad roligt|grattis|That's great|Oh, so good|congratulations/i;

describe("what follows good news (texter17 #6)", () => {
  it.each([
    ["sv", "fick jobbet!!", "kan inte sova igen"],
    ["sv", "fick jobbet!!", "vad ska jag göra nu"],
    ["sv", "jag fick plats på komvux!!", "vad händer nu"],
    ["sv", "fick jobbet!!", "men vet inte om jag klarar det"],
    ["sv", "klarade uppkörningen idag", "mår skit ändå"],
    ["en", "got the job!!", "what do i do now"],
    ["en", "got the job!!", "cant sleep tho"],
  ] as const)("%s: %j, then %j, is not cheered", async (language, news, next) => {
    const p = await suite.onboarded(language);
    expect((await say(p, news)).join(" ")).toMatch(CHEER);
    const reply = (await say(p, next)).join(" ");
    expect(reply).not.toMatch(CHEER);
    expect(reply).not.toMatch(/låter riktigt bra|sounds really good/);
  });

  it.each([
    ["sv", "fick jobbet!!", "på ica"],
    ["sv", "fick sommarjobbet!!", "börjar nästa lördag"],
    ["en", "got the job!!", "at the cafe downtown"],
  ] as const)("%s: %j, then %j (more of it), is cheered", async (language, news, more) => {
    const p = await suite.onboarded(language);
    await say(p, news);
    expect((await say(p, more)).join(" ")).toMatch(CHEER);
  });

  it("'vad ska jag göra nu' after good news gets the offer of the team for the next step", async () => {
    const p = await suite.onboarded("sv");
    await say(p, "fick jobbet!!");
    expect(await say(p, "vad ska jag göra nu")).toEqual([expect.stringMatching(/^(Bra fråga! Nästa steg|Vad som händer nu kan teamet).*hör av sig om det\?\n1\. Ja\n2\. Nej$/s)]);
    await say(p, "ja");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("while a person is awaited: 'kan inte sova igen' after good news is not cheered; 'vad ska jag göra nu' is a question for the coordinator", async () => {
    const p = await suite.onboarded("sv");
    await say(p, "prata med en människa");
    expect((await say(p, "jag var där. fick matkort")).join(" ")).toMatch(/skönt|kul|bra/i);
    expect((await say(p, "vad ska jag göra nu")).join(" ")).toMatch(/^(Bra fråga, och en bra sak att ta med|Vad som händer nu kan)/);
    const q = await suite.onboarded("sv");
    await say(q, "prata med en människa");
    await say(q, "fick jobbet!!");
    expect((await say(q, "kan inte sova igen")).join(" ")).not.toMatch(CHEER);
  });

  it("Rasmus, the day after a crisis was handed back: 'var där igår' is effort, and 'kan inte sova igen' after it is not cheered", async () => {
    const p = await suite.onTeam("sv", "Rasmus");
    h.clock.ms = Date.parse("2026-11-25T01:40:00Z");
    expect((await say(p, "vill inte leva längre")).join(" ")).toMatch(/90101/);
    h.clock.ms = Date.parse("2026-11-25T07:05:00Z");
    const id = (await suite.conversationOf(p)).id;
    const kim = w.accounts.coordA2.actor;
    await takeOver(staffDeps(), kim, id);
    await replyAsCoordinator(staffDeps(), kim, id, "Hej Rasmus, Kim här. Jag har bokat en tid åt dig på akuten kl 13.");
    await say(p, "ok");
    await handBack(staffDeps(), kim, id);
    await p.received();
    h.clock.ms = Date.parse("2026-11-26T21:30:00Z");
    await say(p, "var där igår");
    const reply = (await say(p, "kan inte sova igen")).join(" ");
    expect(reply).not.toMatch(CHEER);
    expect(reply).not.toMatch(/låter riktigt bra/);
  });
});

describe("questions about the bot itself (texter17 #7)", () => {
  it.each([
    ["sv", "vem har gjort dig", /kommunens ungdomsteam/],
    ["sv", "vem skapade tillit?", /kommunens ungdomsteam/],
    ["en", "who made you", /municipality's youth team/],
    ["en", "who built this bot lol", /municipality's youth team/],
    ["sv", "blir du uttråkad", /^(Nej, jag är ett program|Aldrig!)/],
    ["sv", "tröttnar du på mig", /^(Nej, jag är ett program|Aldrig!)/],
    ["en", "do you get bored", /^(No, I'm a program|Never!)/],
    ["en", "dont you get tired of me", /^(No, I'm a program|Never!)/],
    ["sv", "används det här för att träna AI", /^Nej.*(träna någon AI|AI tränas)/],
    ["sv", "tränar ni ai på det jag skriver?", /^Nej.*(träna någon AI|AI tränas)/],
    ["en", "is this being used to train ai", /^No.*(train any AI|AI is trained)/],
    ["en", "do you train chatgpt on my messages", /^No.*(train any AI|AI is trained)/],
  ] as const)("%s: %j is answered truly", async (language, asked, answer) => {
    const p = await suite.onboarded(language);
    const reply = await say(p, asked);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(answer);
    expect(reply[0]).not.toMatch(NOT_UNDERSTOOD);
  });

  it.each([
    ["sv", "jag tränar på gymmet varje dag"],
    ["en", "i made dinner for my mom"],
    ["sv", "jag har tråkigt"],
  ] as const)("%s: %j is no question about the bot", async (language, told) => {
    const p = await suite.onboarded(language);
    expect((await say(p, told)).join(" ")).not.toMatch(/kommunens ungdomsteam|municipality's youth team|tränar ingen AI|AI tränas|blir aldrig uttråkad|never get bored/);
  });

  it.each([
    ["sv", "var det en riktig människa nyss", /^Nej, (det var jag, Tillit|det du fått här kommer från mig)/],
    ["en", "wait was that a real person", /^No, (that was me, Tillit|what you got here comes from me)/],
    ["en", "was it actually a human", /^No, (that was me, Tillit|what you got here comes from me)/],
  ] as const)("%s: %j, with nobody from the team having written, is a no: it was the program", async (language, asked, answer) => {
    const p = await suite.onboarded(language);
    const reply = await say(p, asked);
    expect(reply).toEqual([expect.stringMatching(answer)]);
    expect((await suite.conversationOf(p)).status).toBe("bot");
  });

  it("Dan, after Maja wrote and handed back: 'wait was that a real person' is a yes, Maja, and no request goes to the team", async () => {
    const p = await suite.onTeam("en", "Dan");
    const id = (await suite.conversationOf(p)).id;
    const maja = w.accounts.coordA.actor;
    await takeOver(staffDeps(), maja, id);
    await replyAsCoordinator(staffDeps(), maja, id, "Hi Dan, Maja here. There's a language café at the library on Wednesdays. Want me to meet you there?");
    await p.received();
    await say(p, "is it free");
    await handBack(staffDeps(), maja, id);
    await p.received();
    await say(p, "cool thanks");
    const reply = await say(p, "wait was that a real person");
    expect(reply).toEqual([expect.stringMatching(/^Yes(:|,) the messages (ending in|with) \/Maja/)]);
    expect(reply[0]).not.toMatch(/Of course, I'll tell/);
  });

  // Since session 23 (fix23a, full01) the consent is not put after every answer: its choices stay on the answer.
  it("during the consent question: 'vem har gjort dig' and 'blir du uttråkad' are answered, with the consent's choices on each", async () => {
    const p = suite.newcomer();
    await say(p, "hej");
    const first = await say(p, "vem har gjort dig");
    expect(first[0]).toMatch(/kommunens ungdomsteam/);
    const second = await say(p, "blir du uttråkad");
    expect(second[0]).toMatch(/^(Nej, jag är ett program|Aldrig!)/);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    for (const reply of [first[0], second[0]]) expect(reply).toMatch(/\n1\. Ja\n2\. Nej\n3\. Jag har frågor$/);
    expect((await say(p, "ja"))[0]).toMatch(/Vad vill du att jag ska kalla dig/);
  });
});

describe("loneliness told to the offer, and the 112 line at night (texter17 #8)", () => {
  it.each([
    ["en", "cant sleep again", "havent talked to a real person in like 9 days"],
    ["en", "cant sleep", "i havent spoken to a human in weeks lol"],
    ["sv", "kan inte sova", "har inte pratat med en människa på typ en vecka"],
  ] as const)("%s at night: %j, then %j, is no yes to the offer: loneliness is met, and the offer stands", async (language, sleepless, lonely) => {
    h.clock.ms = Date.parse("2026-11-30T23:30:00Z");
    const p = await suite.onboarded(language);
    await say(p, sleepless);
    const reply = (await say(p, lonely)).join(" ");
    expect(reply).not.toMatch(/Of course, I'll tell|Självklart, jag säger till|Can't it wait|If it can't wait|Kan det inte vänta|Om det inte kan vänta/);
    expect(reply).toMatch(/lonely|ensam/i);
    expect((await suite.conversationOf(p)).status).toBe("bot");
  });

  it("Dan, as the tester wrote it: questions about the bot on Sunday, then at 00:30 on Tuesday loneliness to the sleep offer is met as loneliness", async () => {
    h.clock.ms = Date.parse("2026-11-29T12:15:00Z");
    const p = suite.newcomer();
    for (const line of ["hi do you speak english", "sorry i dont understand swedish", "yes", "Dan", "afternoon", "english"]) await say(p, line);
    for (const line of ["are you chatgpt", "who made you", "do you get bored", "is this being used to train ai", "can the job centre see this"]) await say(p, line);
    h.clock.ms = Date.parse("2026-11-30T23:30:00Z");
    await say(p, "cant sleep again");
    const reply = (await say(p, "havent talked to a real person in like 9 days")).join(" ");
    expect(reply).toMatch(/^(Feeling lonely is heavy|Having no one close around is hard)/);
    expect(reply).not.toMatch(/didn't quite get|Of course, I'll tell|Can't it wait|If it can't wait/);
  });

  it("a wish said with it still asks: 'i havent talked to a real person in weeks, can someone call me'", async () => {
    const p = await suite.onboarded("en");
    await say(p, "i havent talked to a real person in weeks, can someone call me");
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("Yasmin at 06:15: 'ok tack' to the offer of help with preschool is passed on without 'Kan det inte vänta? Ring 112'", async () => {
    h.clock.ms = Date.parse("2026-11-25T05:14:00Z");
    const p = await suite.onboarded("sv", "Yasmin");
    expect((await say(p, "hur jag söker förskola")).join(" ")).toMatch(/Förskola söker du hos kommunen/);
    const reply = await say(p, "ok tack");
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/jag säger till teamet|bett teamet|får veta/);
    expect(reply[0]).not.toMatch(/112|90101/);
    expect((await suite.conversationOf(p)).status).toBe("waiting");
  });

  it("at night, a person asked for in so many words still gets what to do if it cannot wait", async () => {
    h.clock.ms = Date.parse("2026-11-30T23:30:00Z");
    const p = await suite.onboarded("sv");
    expect((await say(p, "prata med en människa")).join(" ")).toMatch(/112/);
    const q = await suite.onboarded("en");
    expect((await say(q, "can i talk to a real person")).join(" ")).toMatch(/112/);
  });
});

describe("a job, and whether the team goes away (texter17 #11)", () => {
  it("Lucas: 'fick sommarjobbs grejen på ica!!! extra helger' is good news, 'börjar nästa lördag' more of it, and 'försvinner ni då eller' is a no", async () => {
    const p = await suite.onboarded("sv", "Lucas");
    expect((await say(p, "fick sommarjobbs grejen på ica!!! extra helger")).join(" ")).toMatch(CHEER);
    expect((await say(p, "börjar nästa lördag")).join(" ")).toMatch(CHEER);
    const gone = await say(p, "försvinner ni då eller");
    expect(gone).toEqual([expect.stringMatching(/^Nej/)]);
    expect(gone[0]).toMatch(/så länge du vill/);
    expect((await say(p, "försvinner ni när jag får jobb")).join(" ")).toMatch(/^Nej/);
  });

  it.each([
    ["en", "do you guys disappear when i get a job", /^(No, we don't disappear|Not at all)/],
    ["en", "will you drop me if i start working", /^(No, we don't disappear|Not at all)/],
    ["sv", "släpper ni mig när jag börjar plugga?", /^(Nej, vi försvinner inte|Nej då)/],
  ] as const)("%s: %j is answered no, the team stays", async (language, asked, answer) => {
    const p = await suite.onboarded(language);
    expect(await say(p, asked)).toEqual([expect.stringMatching(answer)]);
  });

  it("with a coordinator on the record, she is named: she stays", async () => {
    const p = await suite.onTeam("sv", "Lucas");
    const record = await p.record();
    await h.tillit.db.participant.update({ where: { id: record.id }, data: { coordinatorId: w.accounts.coordA.id } });
    expect((await say(p, "försvinner ni när jag får jobb")).join(" ")).toMatch(/^Nej.*Maja/);
  });
});

describe("a meeting called off on the day, in plain words (texter17 #5)", () => {
  it.each([
    ["sv", "asså jag tror inte jag kmr fixa det idag", "cancelled"],
    ["sv", "tror inte jag hinner idag", "cancelled"],
    ["sv", "jag kommer nog inte kunna idag", "cancelled"],
    ["sv", "hinner inte idag", "cancelled"],
    ["sv", "funkar inte idag", "cancelled"],
    ["sv", "kan vi flytta fikan", "reschedule-requested"],
    ["sv", "kan vi skjuta på fikan", "reschedule-requested"],
    ["sv", "nån annan dag?", "reschedule-requested"],
    ["sv", "kan vi ta fikan en annan dag", "reschedule-requested"],
    ["en", "i dont think i can make it today", "cancelled"],
    ["en", "can we move the coffee", "reschedule-requested"],
  ] as const)("%s: %j two hours before the fika is heard, the meeting marked, and the coordinator told", async (language, words, status) => {
    const p = await suite.onTeam(language, "Filip");
    const id = (await suite.conversationOf(p)).id;
    await assignConversation(staffDeps(), w.accounts.coordA.actor, id, w.accounts.coordA.id);
    const { meetingId } = await addMeeting(staffDeps(), w.accounts.coordA.actor, id, { startsAt: new Date(h.clock.ms + 2 * 60 * MINUTE).toISOString(), location: "Café Lyktan", alreadyAgreed: true });
    await p.received();
    const reply = (await say(p, words)).join(" ");
    expect(reply).toMatch(language === "sv" ? /Jag har sagt till|får veta att du vill byta tid/ : /I've told|will see that you'd like/);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
    expect(await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({ status });
    expect(await suite.conversationOf(p)).toMatchObject({ status: "waiting", handoffReason: "meeting" });
  });

  it.each(["kan inte sova", "tror inte jag kmr sova idag", "vi kan ses en annan dag"])("%j is no meeting called off", async (words) => {
    const p = await suite.onTeam("sv", "Filip");
    const id = (await suite.conversationOf(p)).id;
    await assignConversation(staffDeps(), w.accounts.coordA.actor, id, w.accounts.coordA.id);
    const { meetingId } = await addMeeting(staffDeps(), w.accounts.coordA.actor, id, { startsAt: new Date(h.clock.ms + 2 * 60 * MINUTE).toISOString(), location: "Café Lyktan", alreadyAgreed: true });
    await p.received();
    await say(p, words);
    expect((await h.tillit.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).not.toMatch(/cancelled|reschedule/);
  });
});
