// Session 25's leftovers around crisis, concern and hand-back in the inbox (fix25d), found by tester24 (FINDINGS.md 5
// and 11). The server's side is tests/staff/handback-25d.test.ts, the page's tests/browser/inbox-25d.test.ts.
// 2. Nora's bare "ok" to the coordinator's last question ("Jag ringer dig kl 15 idag om det går bra?"), after a crisis
//    was handed back: it is kept for the coordinator (a message for the team, so the list shows it unread and the
//    conversation waits for a person) and said to, never swallowed.
import { describe, expect, it } from "vitest";
import { transcriptSuite } from "../helpers/office-hours-suite.js";
import type { Participant } from "../helpers/conversation.js";

const suite = transcriptSuite(725540000, { clock: "none", staff: true });
const SEC = 1_000;
const MIN = 60 * SEC;
/** Sunday 13:35 in Stockholm (the tester's afternoon): nobody from the team in until Monday 08:00. */
const SUNDAY = Date.parse("2026-12-06T12:35:00Z");

async function early(name: string): Promise<Participant> {
  suite.h.clock.ms = Date.parse("2026-11-24T12:00:00Z");
  const p = await suite.onTeam("sv", name);
  suite.h.clock.ms = SUNDAY;
  return p;
}

async function said(p: Participant, text: string, after = 20 * SEC): Promise<string> {
  suite.h.clock.advance(after);
  return (await p.say(text)).join(" ");
}

describe("2. a bare 'ok' to the coordinator's question after a hand-back", () => {
  it("Nora, after a crisis: 'ok' to 'Jag ringer dig kl 15 idag om det går bra?' is kept for Kim and shown unread in the list", async () => {
    const p = await early("Nora");
    await said(p, "orkar inte mer, vill bara försvinna för alltid");
    expect((await suite.conversationOf(p)).priority).toBe("crisis");
    suite.h.clock.advance(5 * MIN);
    const id = await suite.answeredAndHandedBack(p, "Hej Nora, Kim här. Jag ringer dig kl 15 idag om det går bra?");
    suite.h.clock.advance(3 * MIN);
    const got = await said(p, "ok");
    expect(got).not.toBe("");
    expect(got).not.toMatch(/prata med en människa|förstår inte/);
    expect(got).toMatch(/skickat ditt svar till Kim/);
    expect(got).toMatch(/Det Kim skrev till dig senast gäller/);
    const c = await suite.conversationOf(p);
    // Kept for a person: the list shows it as needing one, with the message unread.
    expect(c.priority !== "normal" || c.status === "waiting").toBe(true);
    const kim = await suite.w.client("coordA2");
    const list = await kim.json<{ rows: { conversationId: number; unread: number; need: string }[] }>("/conversations");
    const row = list.rows.find((r) => r.conversationId === id);
    expect(row?.need).not.toBe("other");
    expect(row?.unread).toBeGreaterThan(0);
  });
});
