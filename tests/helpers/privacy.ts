// A participant with a rich history everywhere Tillit keeps something (SMS and web chat, check-in,
// mapping, self-ratings, a plan and its progress, a note, a meeting, reminders, a handoff with its
// Slack thread, a coordinator's reply, a summary, a phone-link request for their number from another
// browser, staff reads, an erasure request, STOPP), and the strings that must vanish with them.
import type { Harness } from "./harness.js";
import { eventually } from "./harness.js";
import { Participant } from "./conversation.js";
import { chatSession } from "./directline.js";
import type { StaffWorld } from "./staff.js";
import { onPostgres } from "./test-database.js";

export interface RichParticipant {
  participantId: number;
  conversationId: number;
  phone: string;
  name: string;
  /** Everything that identifies them or that they (or staff about them) wrote. */
  needles: string[];
  p: Participant;
}

export async function richParticipant(h: Harness, w: StaffWorld, opts: { phone: string; name: string; tag: string; stop?: boolean; slack?: boolean }): Promise<RichParticipant> {
  const { phone, name, tag } = opts;
  const db = h.tillit.db;
  const p = new Participant(h, phone);
  await p.say(`Hej det är ${name}`);
  const { id: participantId } = await db.participant.update({ where: { phone }, data: { teamId: w.teamA } });
  for (const t of ["ja", name, "kvall", "svenska"]) await p.say(t);
  const texts = {
    checkIn: `Jag gick till ${tag}-gymmet`,
    mapping: `Jag gillar att rita ${tag}-serier`,
    web: `Skriver från webben om ${tag}-skolan`,
    handoff: `Kan jag prata med en människa om ${tag}-jobbet?`,
    note: `Ringde mamman om ${tag}-boendet`,
    location: `${tag}-fritidsgården`,
    plan: `Praktik på ${tag}-caféet`,
    goal: `Ringa ${tag}-handledaren`,
    nudge: `Hej från teamet om ${tag}-kursen`,
    reply: `Hej ${name}, det ordnar vi med ${tag}-jobbet`,
    summary: `${name} vill ha hjälp med ${tag}-jobbet`,
    erasure: "radera mina uppgifter tack",
  };
  for (const t of ["checka in", "7", texts.checkIn, "bra", "ja", "lite", "promenad"]) await p.say(t);
  for (const t of ["kartläggning", texts.mapping, "hoppa över"]) await p.say(t);
  for (const t of ["skattning", "5", "6", "4", "8", "7", "6"]) await p.say(t);
  const conversationId = (await db.conversation.findFirstOrThrow({ where: { participantId } })).id;
  const maja = await w.client("coordA");
  const ok = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.url} → ${res.status} ${await res.text()}`);
    return res.json();
  };
  await ok(await maja.post(`/conversations/${conversationId}/action-plan`, { mainActivity: texts.plan, subGoals: [{ text: texts.goal }] }));
  for (const t of ["min plan", "klart"]) await p.say(t);
  await ok(await maja.post(`/conversations/${conversationId}/notes`, { text: texts.note }));
  // A coordinator labels one of their messages for the safety screen's own set (a copy of their words).
  const labelled = await db.message.findFirstOrThrow({ where: { conversationId, body: texts.checkIn } });
  await ok(await maja.post(`/conversations/${conversationId}/messages/${labelled.id}/safety-label`, { label: "false-alarm" }));
  await ok(await maja.post(`/conversations/${conversationId}/meetings`, { startsAt: new Date(h.clock.ms + 3 * 86_400_000).toISOString(), location: texts.location, alreadyAgreed: true }));
  await ok(await maja.post(`/conversations/${conversationId}/nudges`, { at: new Date(h.clock.ms + 5 * 86_400_000).toISOString(), text: texts.nudge }));
  await ok(await maja.post(`/conversations/${conversationId}/schedules`, { kind: "weekly", weekday: 3, time: "15:00", dialog: "check-in" }));

  // The web chat: a personal link, then a message from the browser (web and SMS share one history).
  const { url } = await ok(await maja.post(`/conversations/${conversationId}/web-invite`));
  const web = await chatSession(h, { invite: new URL(url).searchParams.get("invite")! });
  await h.tillit.core.receive({ channel: "webchat", providerId: `${web.conversationId}/${tag}-1`, from: "", participantId, body: texts.web, receivedAt: h.clock.now() });
  await h.tillit.core.idle();

  // A handoff (and its Slack thread), a coordinator's reply, and a machine-written summary.
  await p.say(texts.handoff);
  if (opts.slack) await eventually(() => db.slackThread.findUnique({ where: { conversationId } }));
  await ok(await maja.post(`/conversations/${conversationId}/takeover`));
  await ok(await maja.post(`/conversations/${conversationId}/reply`, { text: texts.reply }));
  await p.say("tack!");
  await ok(await maja.post(`/conversations/${conversationId}/handback`));
  await db.conversation.update({ where: { id: conversationId }, data: { summary: JSON.stringify({ machineWritten: true, summary: texts.summary }), summaryAt: h.clock.now() } });
  await maja.json(`/conversations/${conversationId}`);
  await maja.json(`/conversations/${conversationId}/profile`);

  // Someone in another browser says this number is theirs (a code goes to the number).
  const stranger = await chatSession(h);
  const claimed = await fetch(`${h.baseUrl}/chat/api/phone`, { method: "POST", headers: { authorization: `Bearer ${stranger.token}`, "content-type": "application/json" }, body: JSON.stringify({ phone }) });
  if (claimed.status !== 202) throw new Error(`phone claim → ${claimed.status}`);

  for (const t of [texts.erasure, "ja"]) await p.say(t);
  if (opts.stop) await p.say("STOPP");
  await eventually(async () => (await db.outboxItem.count({ where: { status: { in: ["pending", "sending"] } } })) === 0);
  if (opts.slack) await h.tillit.slack!.idle();
  return { participantId, conversationId, phone, name, p, needles: [name, phone, phone.slice(3), ...Object.values(texts)] };
}

// Every table of the database under test (the test database's own schema on PostgreSQL).
export const sqliteTables = `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%'`;
export const postgresTables = `SELECT CAST("table_name" AS TEXT) AS "name" FROM "information_schema"."tables" WHERE "table_schema" = current_schema() AND "table_type" = 'BASE TABLE'`;

/** Every cell of every table that contains one of the needles: `table.column = value`. */
export async function findInDatabase(h: Harness, needles: string[]): Promise<string[]> {
  const tables = await h.tillit.sql.query(onPostgres ? postgresTables : sqliteTables);
  const found: string[] = [];
  for (const { name } of tables) {
    for (const row of await h.tillit.sql.query(`SELECT * FROM "${String(name)}"`)) {
      for (const [column, value] of Object.entries(row)) {
        const text = value == null ? "" : String(value);
        for (const needle of needles) if (text.includes(needle)) found.push(`${String(name)}.${column} = ${text.slice(0, 120)}`);
      }
    }
  }
  return found;
}
