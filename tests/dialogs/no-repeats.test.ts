// Issue 13, "never the same line twice in a row": 1,000 turns of four participants (two in English)
// texting whatever comes to mind: commands, answers, gibberish, questions back, greetings, pauses,
// wishes, good news; the clock jumps minutes to weeks; coordinators take over and hand back; nudges
// arrive. Seeded, so a failure replays exactly. Along the way, every message to a conversation the bot
// holds gets an answer, no message exceeds two SMS segments, and no more than two automated messages
// go out without an answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { onboardedParticipant, type Participant } from "../helpers/conversation.js";
import { staffWorld, type StaffWorld } from "../helpers/staff.js";
import { scheduler } from "../helpers/nudges.js";
import { handBack, replyAsCoordinator, takeOver } from "../../bot/staff/handoff.js";
import { insertNudge } from "../../bot/nudges/schedule-nudges.js";
import { renderSmsBody, smsSize } from "../../bot/domain/sms-segments.js";
import { UNANSWERED_ROW_PAUSE_MS } from "../../bot/outbox/enqueue-outbound.js";
import { seededRandom } from "../../bot/infrastructure/seeded-random.js";

const SEED = 13;
const TURNS = 1000;

const said = {
  sv: [
    "checka in", "kolla läget", "skattning", "kartläggning", "min plan", "1", "2", "3", "4", "5", "7", "9", "typ 6", "ja", "nej", "aa", "mm", "👍", "nä",
    "vet ej", "hoppa över", "bra", "sådär", "dåligt", "sovit skit", "lite", "promenad", "Inte nu", "senare", "hej", "tja", "hallå?", "hej igen",
    "är du en robot?", "vem läser det här?", "kan soc se detta?", "vad sparas?", "hur fick ni mitt nummer", "vad kan du göra", "asdf", "😶", "hmm",
    "okej", "tack", "lol", "fick jobb idag!!", "var ute med hunden", "orkar inte fler sms", "som förut", "prata med en människa", "fortsätt", "börja om",
    "påminn mig inte", "påminn mig", "hjälp", "STOPP", "radera mina uppgifter",
    "vad vet du om mig", "hur menar du skala?", "🙃", "inget", "har jag nån egen handläggare här", "berätta om mig",
  ],
  en: [
    "check in", "rating", "about me", "my plan", "1", "2", "3", "6", "8", "yes", "no", "yep", "nope", "idk", "skip", "good", "so so", "badly", "a walk",
    "Not now", "later", "hi", "hello", "are you a bot?", "who reads this?", "can my parents see this", "what can you do", "lol", "ok", "thanks",
    "got the job!!", "too many messages", "As before", "talk to a real person", "continue", "start over", "😐",
    "remind me later", "HELP", "STOP",
    "what do you know about me", "what do u mean scale", "😶", "nothing", "who is my coordinator",
  ],
};

let h: Harness;
let w: StaffWorld;
beforeAll(async () => {
  h = await startHarness({}, { simulator: true });
  w = await staffWorld(h);
});
afterAll(async () => h.stop());

describe("1,000 randomised turns", () => {
  it("never the same text twice in a row to one person; never silent while the bot holds the conversation", { timeout: 240_000 }, async () => {
    const next = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const people: { p: Participant; language: "sv" | "en"; id: number }[] = [];
    for (const [i, language] of (["sv", "en", "sv", "en"] as const).entries()) {
      const p = await onboardedParticipant(h, `+4672400000${i}`, language);
      people.push({ p, language, id: (await p.record()).id });
    }
    const staff = { db: h.tillit.db, sql: h.tillit.sql, events: h.tillit.events, now: h.clock.now };
    const nudges = scheduler(h);
    const silentWhileBot: string[] = [];

    for (let turn = 0; turn < TURNS; turn++) {
      const who = pick(people);
      const r = next();
      // The clock: mostly minutes, sometimes hours, now and then days or weeks.
      h.clock.advance(r < 0.7 ? next() * 10 * 60_000 : r < 0.9 ? next() * 8 * 3_600_000 : r < 0.98 ? next() * 5 * 86_400_000 : 45 * 86_400_000);
      const before = await h.tillit.db.participant.findUniqueOrThrow({ where: { id: who.id }, include: { conversations: true } });
      const conversation = before.conversations[0]!;
      if (before.status === "opted-out") {
        await who.p.say("START");
        continue;
      }
      const event = next();
      if (event < 0.03 && conversation.status !== "bot") {
        // A coordinator answers and hands back.
        await takeOver(staff, w.accounts.admin.actor, conversation.id);
        await replyAsCoordinator(staff, w.accounts.admin.actor, conversation.id, `Hej, koordinatorn här (${turn})!`);
        await handBack(staff, w.accounts.admin.actor, conversation.id);
        await who.p.received();
        continue;
      }
      if (event < 0.06) {
        // A nudge: a dialog to start, or a word after silence.
        const dialog = pick(["check-in", "self-rating", "mapping", "action-plan", null] as const);
        await h.tillit.sql.transaction((tx) => insertNudge(tx, { participantId: who.id, kind: dialog ? "dialog" : "re-engage", dialog: dialog ?? undefined, dueAt: h.clock.now() }, h.clock.now()));
        await nudges.tick();
        await who.p.received();
        continue;
      }
      const text = pick(said[who.language]);
      const reply = await who.p.say(text);
      if (conversation.status === "bot" && reply.length === 0) silentWhileBot.push(`${turn}: ${JSON.stringify(text)}`);
    }

    expect(silentWhileBot).toEqual([]);
    // No turn tried to say more than the two-unanswered rule lets through (a question would be lost).
    expect(h.logs.lines.filter((l) => l.includes("reply not queued"))).toEqual([]);
    let total = 0;
    for (const { id } of people) {
      const messages = await h.tillit.db.message.findMany({ where: { participantId: id }, orderBy: { id: "asc" } });
      const out = messages.filter((m) => m.direction === "out" && m.status !== "refused");
      total += out.length;
      for (let i = 1; i < out.length; i++) expect(out[i]!.body, `participant ${id}, message ${out[i]!.id}`).not.toBe(out[i - 1]!.body);
      for (const m of out.filter((m) => m.authorKind !== "coordinator")) {
        const size = smsSize(renderSmsBody(m.body, m.choices ? (JSON.parse(m.choices) as string[]) : undefined));
        expect(size.segments, m.body).toBeLessThanOrEqual(2);
      }
      // Never more than two automated messages without an answer (a row ends after days of quiet).
      let row = 0;
      let last = 0;
      for (const m of messages) {
        if (m.direction === "in" || m.createdAt.getTime() - last >= UNANSWERED_ROW_PAUSE_MS) row = 0;
        if (m.direction === "out" && m.authorKind !== "coordinator" && m.status !== "refused" && m.authorKind !== "system") row++;
        expect(row, `participant ${id}, message ${m.id}`).toBeLessThanOrEqual(2);
        last = m.createdAt.getTime();
      }
    }
    expect(total).toBeGreaterThan(TURNS);
  });
});
