// Staff-side test helpers: teams and accounts created through the same code as staff:create, and a
// small HTTP client that signs in and keeps its session cookie and CSRF token like the page does.
import { createStaff, createTeam } from "../../bot/staff/accounts.js";
import { loadStaffActor, type StaffActor } from "../../bot/staff/staff-actor.js";
import { eventually, type Harness } from "./harness.js";

export const PASSWORD = "correct horse battery staple";

export class StaffClient {
  cookie = "";
  csrfToken = "";
  setCookieHeader = "";

  constructor(private readonly baseUrl: string) {}

  async login(email: string, password = PASSWORD): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/staff/api/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
    if (res.ok) {
      this.setCookieHeader = res.headers.get("set-cookie") ?? "";
      this.cookie = this.setCookieHeader.split(";")[0]!;
      this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}/staff/api${path}`, { headers: { cookie: this.cookie } });
  }

  async json<T = any>(path: string): Promise<T> {
    const res = await this.get(path);
    if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  put(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}/staff/api${path}`, { method: "PUT", headers: { cookie: this.cookie, "content-type": "application/json", "x-csrf-token": this.csrfToken }, body: JSON.stringify(body) });
  }

  delete(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}/staff/api${path}`, { method: "DELETE", headers: { cookie: this.cookie, "x-csrf-token": this.csrfToken } });
  }

  post(path: string, body?: unknown, opts: { csrf?: string | null; origin?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (body !== undefined) headers["content-type"] = "application/json";
    const csrf = opts.csrf === undefined ? this.csrfToken : opts.csrf;
    if (csrf !== null) headers["x-csrf-token"] = csrf;
    if (opts.origin) headers.origin = opts.origin;
    return fetch(`${this.baseUrl}/staff/api${path}`, { method: "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
}

export interface StaffWorld {
  teamA: number;
  teamB: number;
  accounts: Record<"coordA" | "coordA2" | "leadA" | "coordB" | "leadB" | "admin", { id: number; email: string; actor: StaffActor }>;
  client(who: keyof StaffWorld["accounts"]): Promise<StaffClient>;
  /** A participant of the team who has texted "Hej" (welcome received); returns their conversation. */
  participant(team: "A" | "B", phone: string, name?: string): Promise<{ conversationId: number; participantId: number }>;
}

export async function staffWorld(h: Harness): Promise<StaffWorld> {
  const db = h.tillit.db;
  const teamA = (await createTeam(db, { slug: "nord", name: "Team Nord", slackChannelId: "CNORD0001" })).id;
  const teamB = (await createTeam(db, { slug: "syd", name: "Team Syd", slackChannelId: "CSYD00001" })).id;
  const specs = {
    coordA: { email: "maja@kommun.se", displayName: "Maja Lind", role: "coordinator", teamSlugs: ["nord"], slackUserId: "UMAJA0001" },
    coordA2: { email: "kim@kommun.se", displayName: "Kim Berg", role: "coordinator", teamSlugs: ["nord"] },
    leadA: { email: "lena@kommun.se", displayName: "Lena Ek", role: "teamlead", teamSlugs: ["nord"] },
    coordB: { email: "olle@kommun.se", displayName: "Olle Holm", role: "coordinator", teamSlugs: ["syd"], slackUserId: "UOLLE0001" },
    leadB: { email: "britt@kommun.se", displayName: "Britt Sand", role: "teamlead", teamSlugs: ["syd"] },
    admin: { email: "ada@kommun.se", displayName: "Ada Admin", role: "admin", teamSlugs: [] },
  } as const;
  const accounts = {} as StaffWorld["accounts"];
  for (const [key, spec] of Object.entries(specs)) {
    const staff = await createStaff(db, { ...spec, teamSlugs: [...spec.teamSlugs], password: PASSWORD });
    accounts[key as keyof typeof specs] = { id: staff.id, email: staff.email, actor: (await loadStaffActor(db, staff.id))! };
  }
  return {
    teamA, teamB, accounts,
    async client(who) {
      const c = new StaffClient(h.baseUrl);
      const res = await c.login(accounts[who].email);
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
      return c;
    },
    async participant(team, phone, name) {
      await h.tillit.core.receive({ channel: "sms", providerId: `W-${phone}-${Date.now()}`, from: phone, body: "Hej", receivedAt: h.clock.now() });
      await h.tillit.core.idle();
      const p = await db.participant.update({ where: { phone }, data: { teamId: team === "A" ? teamA : teamB, preferredName: name ?? null }, include: { conversations: true } });
      // The welcome has reached the fake provider, so later counts of sent messages start from rest.
      await eventually(async () => (await db.outboxItem.count({ where: { participantId: p.id, status: { in: ["pending", "sending"] } } })) === 0);
      return { conversationId: p.conversations[0]!.id, participantId: p.id };
    },
  };
}
