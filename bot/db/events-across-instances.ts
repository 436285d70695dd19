// Live updates across instances on PostgreSQL: this instance's shared events (events.ts) go out with
// NOTIFY, and other instances' come in through LISTEN, to the live views of every instance (staff
// inbox stream, web chat streams). Only ids and states travel, never content or categories (NOTIFY
// payloads are visible to anyone who may LISTEN on the database, and limited to 8,000 bytes); each
// view reads what it shows from the database. NOTIFY is sent after the commit that caused the event,
// so a rolled-back change is never announced. The listener has its own connection (a pooled one
// would be handed to other work and lose its LISTEN) and reconnects, backing off, when it drops;
// what was missed meanwhile the web chat streams' slow poll catches up.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { SHARED_EVENTS, type EventBus, type SharedEvent, type TillitEvents } from "../infrastructure/events.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import { postgresConnection } from "./postgres-pool.js";
import type { SqlExecutor } from "./sql.js";

const PAYLOAD_LIMIT = 7_000;
// Events gathered this long go out in one NOTIFY: a busy instance raises several events per message,
// and a NOTIFY per event cost a round trip, a commit and a wake-up of every listener (measured: four
// per inbound SMS). A live view a few tens of milliseconds later is not noticed.
const GATHER_MS = 25;
const RECONNECT_MAX_MS = 30_000;

type Wire = [name: SharedEvent, ids: Record<string, string | number>];

/** The event without anything but ids and states (crisis categories and concern reasons stay home). */
function idsOnly(payload: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(payload)) if (typeof v === "number" || (typeof v === "string" && /^[a-z-]{1,20}$/.test(v))) out[k] = v;
  return out;
}

/** What the receiving side fills in for fields that were not sent (the views use only the ids). */
function restore(name: SharedEvent, ids: Record<string, string | number>): TillitEvents[SharedEvent] {
  if (name === "conversation.crisis-flagged") return { ...ids, categories: [] } as never;
  if (name === "conversation.concern-flagged") return { ...ids, reasons: [] } as never;
  return ids as never;
}

export interface EventRelay {
  /** Resolves once the first LISTEN is in place. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function relayEventsAcrossInstances(deps: { databaseUrl: string; sql: SqlExecutor; events: EventBus; log: Logger }): EventRelay {
  const { connectionString, schema } = postgresConnection(deps.databaseUrl);
  // One channel per database and schema: NOTIFY is per database; schemas would otherwise hear each other.
  const channel = `tillit_events${schema ? `_${schema.toLowerCase()}` : ""}`;
  const me = randomBytes(6).toString("hex");
  let pending: Wire[] = [];
  let flushing = false;
  let client: pg.Client | undefined;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  // Events gathered over GATHER_MS go out together, in order, in as few NOTIFYs as fit.
  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (pending.length) {
        const batch: Wire[] = [];
        let size = 0;
        while (pending.length && size < PAYLOAD_LIMIT) {
          const next = pending.shift()!;
          size += JSON.stringify(next).length + 1;
          batch.push(next);
        }
        await deps.sql.query(`SELECT 1 AS "sent" FROM (SELECT pg_notify(?, ?)) AS n`, [channel, JSON.stringify({ from: me, events: batch })]);
      }
    } catch (err) {
      deps.log.warn({ err: errorSummary(err) }, "live update to other instances failed");
      pending = [];
    } finally {
      flushing = false;
    }
  }

  function publish(name: SharedEvent, payload: TillitEvents[SharedEvent]): void {
    if (stopped) return;
    pending.push([name, idsOnly(payload as unknown as Record<string, unknown>)]);
    if (pending.length === 1) setTimeout(() => void flush(), GATHER_MS);
  }

  function receive(message: pg.Notification): void {
    if (message.channel !== channel || !message.payload) return;
    try {
      const { from, events } = JSON.parse(message.payload) as { from: string; events: Wire[] };
      if (from === me) return;
      for (const [name, ids] of events) {
        if ((SHARED_EVENTS as readonly string[]).includes(name)) deps.events.emitFromAnotherInstance(name, restore(name, ids));
      }
    } catch (err) {
      deps.log.warn({ err: errorSummary(err) }, "unreadable live update from another instance");
    }
  }

  async function listen(): Promise<void> {
    const c = new pg.Client({ connectionString, application_name: "tillit-live-updates" });
    c.on("notification", receive);
    c.on("error", () => undefined); // a dropped connection also ends it: see below
    try {
      await c.connect();
      await c.query(`LISTEN "${channel}"`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    c.once("end", () => {
      if (client === c) client = undefined;
      if (!stopped) reconnect();
    });
    client = c;
    if (failures) deps.log.info({ after: failures }, "listening for other instances' live updates again");
    failures = 0;
  }

  function reconnect(): void {
    failures++;
    const delay = Math.min(250 * 2 ** Math.min(failures - 1, 7), RECONNECT_MAX_MS);
    if (failures === 1) deps.log.warn("live updates from other instances interrupted; reconnecting");
    retry = setTimeout(() => {
      listen().catch(() => {
        if (!stopped) reconnect();
      });
    }, delay);
    retry.unref();
  }

  return {
    async start() {
      await listen();
      deps.events.relayTo(publish);
    },
    async stop() {
      stopped = true;
      deps.events.relayTo(undefined);
      clearTimeout(retry);
      await flush();
      await client?.end().catch(() => undefined);
    },
  };
}
