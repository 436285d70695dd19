// "mer sällan typ en gång i veckan": the third young tester asked for a message a week and was offered
// only "answer when I write" or "stop". Now the week is a pace of its own: at most one reminder in seven
// days (meeting reminders keep their time), asked for in words or picked from the less-contact question,
// and undone with "skriv oftare igen".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant } from "../helpers/conversation.js";
import { nudgesOf, participant, scheduler, stockholm } from "../helpers/nudges.js";
import { startSchedule } from "../../bot/nudges/schedule-nudges.js";
import { detectReminderRequest, namesWeekly } from "../../dialogs/shared/reminder-words.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness({}, { simulator: true });
  h.clock.ms = Date.parse("2026-11-23T09:00:00Z"); // Monday 10:00 in Stockholm
});
afterEach(async () => h.stop());

const DAY = 86_400_000;
let phone = 701950000;
const record = (id: number) => h.tillit.db.participant.findUniqueOrThrow({ where: { id } });

describe("once a week", () => {
  it("'mer sällan typ en gång i veckan' is honoured at once, and reminders due more often wait for the week", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`);
    const { id } = await p.record();
    await h.tillit.db.participant.update({ where: { id }, data: { preferredTimes: null } });
    await h.tillit.sql.transaction((tx) => startSchedule(tx, { participantId: id, kind: "interval", everyDays: 2, text: "Hej! Hur går det?" }, h.clock.now()));
    expect(await p.say("mer sällan typ en gång i veckan")).toEqual([
      expect.stringMatching(/^(Okej, då hör jag av mig högst en gång i veckan framöver|Uppfattat, högst en gång i veckan från mig framöver)/),
    ]);
    expect(await record(id)).toMatchObject({ reminderPace: "weekly", remindersOff: false });

    // Fourteen days, the scheduler ticking every hour: the every-other-day message comes once a week.
    const s = scheduler(h);
    const start = h.clock.ms;
    const sentAt: string[] = [];
    while (h.clock.ms < start + 14 * DAY) {
      h.clock.advance(3_600_000);
      await s.tick();
      for (const m of await p.received()) if (m) sentAt.push(stockholm(h.clock.now()));
      // An answer now and then, so the back-off of unanswered messages is not what spaces them.
      if (sentAt.length && (await h.tillit.db.participant.findUniqueOrThrow({ where: { id } })).unansweredNudges > 0) await p.say("ok");
    }
    const sends = (await nudgesOf(h, id)).filter((n) => n.status === "sent").map((n) => n.processedAt!.getTime()).sort((a, b) => a - b);
    // A week counted with half a day's slack, so a weekly schedule's own next occurrence is never starved.
    expect(sends.length).toBe(2);
    expect(sends[1]! - sends[0]!).toBeGreaterThanOrEqual(6.5 * DAY);
  });

  it("picked from the less-contact question; 'skriv oftare igen' undoes it", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`);
    const { id } = await p.record();
    expect((await p.say("orkar inte fler sms"))[0]).toMatch(/högst en gång i veckan.*\n1\. En gång i veckan\n2\. Bara när jag skriver\n3\. Sluta helt\n4\. Som förut$/s);
    expect((await p.say("typ en gång i veckan max"))[0]).toMatch(/^(Okej! Då hör jag av mig högst en gång i veckan\.|Okej, då hör jag av mig högst en gång i veckan framöver|Uppfattat, högst en gång i veckan från mig framöver)/);
    // A plain week is picked from the question too.
    await p.say("orkar inte fler sms");
    expect((await p.say("en gång i veckan"))[0]).toMatch(/^Okej! Då hör jag av mig högst en gång i veckan\./);
    expect(await record(id)).toMatchObject({ reminderPace: "weekly" });
    expect((await p.say("skriv oftare igen"))[0]).toMatch(/^(Okej, då hör jag av mig som planerat igen\.|Uppfattat, påminnelserna kommer som vanligt igen\.)$/);
    expect(await record(id)).toMatchObject({ reminderPace: "as-planned" });
  });

  it("after 'påminn mig inte', a week asked for turns reminders on at that pace; in English too", async () => {
    const p = await onboardedParticipant(h, `+46${phone++}`, "en");
    const { id } = await p.record();
    await p.say("no more reminders");
    expect(await record(id)).toMatchObject({ remindersOff: true });
    expect((await p.say("actually text me once a week"))[0]).toMatch(/^(Okay, at most once a week from me from now on|Got it, at most once a week from me from now on)/);
    expect(await record(id)).toMatchObject({ remindersOff: false, reminderPace: "weekly" });
    await p.say("i want fewer messages");
    expect((await p.say("1"))[0]).toMatch(/^Okay! I'll write at most once a week\./);
  });

  it("reads the week only as a wish about Tillit's messages, unless it answers the question", () => {
    for (const t of ["mer sällan typ en gång i veckan", "skriv max 1 gång i veckan", "kan du skicka nåt en gång per vecka", "remind me once a week", "text me weekly pls", "hör av dig varje vecka istället"]) {
      expect(detectReminderRequest(t), t).toBe("weekly");
    }
    for (const t of ["jag tränar en gång i veckan", "en gång i veckan", "träffar mamma varje vecka", "skriv inte varje vecka", "once a week", "jag har skola varje vecka", "sluta skriva varje vecka", "för mycket sms varje vecka", "min kurator skriver till mig varje vecka", "i have a lesson every week"]) {
      expect(detectReminderRequest(t), t).not.toBe("weekly");
    }
    expect(namesWeekly("en gång i veckan", true)).toBe(true);
    expect(namesWeekly("typ 1 gång i veckan", true)).toBe(true);
    expect(namesWeekly("bara när jag skriver", true)).toBe(false);
    expect(namesWeekly("nej inte varje vecka, bara när jag skriver", true)).toBe(false);
  });
});

describe("once a week, with two senders", () => {
  it("two instances that each claimed one of a person's reminders send one; the other waits for the week", async () => {
    const { participantId } = await participant(h);
    await h.tillit.db.participant.update({ where: { id: participantId }, data: { reminderPace: "weekly" } });
    const due = new Date(h.clock.ms - 60_000);
    for (const text of ["Hej! Hur går det?", "Hej igen, hur är läget?"]) await h.tillit.db.nudge.create({ data: { participantId, kind: "message", text, dueAt: due } });
    // Each sender claims one, and each reads "no reminder this week" before either has sent.
    const [a, b] = [scheduler(h), scheduler(h)];
    const [first] = await a.claim(1);
    const [second] = await b.claim(1);
    expect([first?.id, second?.id].sort()).toHaveLength(2);
    await Promise.all([a.handle(first!), b.handle(second!)]);
    const rows = await nudgesOf(h, participantId);
    expect(rows.map((n) => n.status).sort()).toEqual(["scheduled", "sent"]);
    const held = rows.find((n) => n.status === "scheduled")!;
    const sentAt = rows.find((n) => n.status === "sent")!.processedAt!;
    expect(held.dueAt.getTime()).toBeGreaterThanOrEqual(sentAt.getTime() + 6.5 * DAY);
    expect(held).toMatchObject({ claimToken: null, leaseUntil: null });
    expect((await h.tillit.db.message.findMany({ where: { participantId, direction: "out" } })).length).toBe(1);
  });
});
