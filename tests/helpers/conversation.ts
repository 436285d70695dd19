// Transcript tests: a participant texting Tillit through the real core (store → turn → outbox), with
// the harness's clock. `say` returns what the participant's phone shows for that turn.
import { renderSmsBody } from "../../bot/domain/sms-segments.js";
import type { Harness } from "./harness.js";

let counter = 0;

export class Participant {
  private lastSeen = 0;
  readonly turns: string[][] = [];

  constructor(private readonly h: Harness, readonly phone: string) {}

  async say(text: string): Promise<string[]> {
    await this.h.tillit.core.receive({ channel: "sms", providerId: `T-${++counter}-${Date.now()}`, from: this.phone, body: text, receivedAt: this.h.clock.now() });
    await this.h.tillit.core.idle();
    return this.received();
  }

  /** The clock moved on by `after` (a minute unless told), then `say`: the phone's lines for the turn, joined. */
  async sayLater(text: string, after = 60_000): Promise<string> {
    this.h.clock.advance(after);
    return (await this.say(text)).join(" ");
  }

  /** A burst typed a few seconds apart (20 s unless told): what each fragment got, joined, "" for nothing. */
  async sayBurst(fragments: readonly string[], gap = 20_000): Promise<string[]> {
    const replies: string[] = [];
    for (const f of fragments) replies.push(await this.sayLater(f, gap));
    return replies;
  }

  /** Messages the participant got since last looked (e.g. after a coordinator's proposal). */
  async received(): Promise<string[]> {
    const participant = await this.h.tillit.db.participant.findUniqueOrThrow({ where: { phone: this.phone } });
    const out = await this.h.tillit.db.message.findMany({ where: { participantId: participant.id, direction: "out", id: { gt: this.lastSeen } }, orderBy: { id: "asc" } });
    this.lastSeen = out.at(-1)?.id ?? this.lastSeen;
    const shown = out.map((m) => renderSmsBody(m.body, m.choices ? (JSON.parse(m.choices) as string[]) : undefined));
    this.turns.push(shown);
    return shown;
  }

  async record() {
    return this.h.tillit.db.participant.findUniqueOrThrow({ where: { phone: this.phone }, include: { conversations: true, consents: { orderBy: { id: "asc" } }, checkIns: { orderBy: { id: "asc" } }, mapping: { orderBy: { id: "asc" } }, selfRatings: { orderBy: { id: "asc" } } } });
  }
}

const ONBOARDING = { sv: ["Hej", "ja", "{name}", "3", "svenska"], en: ["Hello", "yes", "{name}", "3", "english"] };

/**
 * A participant who has been through onboarding (consent given, evenings, their language). When a
 * language model is configured, its separate question is answered too (yes unless `model` is false).
 */
export async function onboardedParticipant(h: Harness, phone: string, language: "sv" | "en" = "sv", name = language === "sv" ? "Sara" : "Sam", opts: { model?: boolean } = {}): Promise<Participant> {
  const p = new Participant(h, phone);
  const script = [...ONBOARDING[language]];
  if (h.tillit.languageModel) script.splice(2, 0, opts.model === false ? "nej" : "ja");
  for (const t of script) await p.say(t.replace("{name}", name));
  return p;
}
