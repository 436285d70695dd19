// The zero-config demo: on an empty database with no SMS provider, a demo team, a demo coordinator
// and a few clearly marked demo participants with some history, so a first look at the inbox shows
// a living inbox. Demo rows carry isDemo and the inbox marks them. A configured deployment never
// gets any of it.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.js";
import { hasStaffOrTeams, insertDemoPerson } from "../db/demo-data.js";
import { createStaff, createTeam } from "./accounts.js";

export const DEMO_TEAM = "demo";
export const DEMO_EMAIL = "demo@tillit.local";

type Line = [minutesAgo: number, author: "participant" | "bot" | "coordinator", body: string];

// Numbers from the range Sweden's regulator keeps for fiction (070-1740605…699): never a real person.
const people: { phone: string; name: string; status: "waiting" | "bot" | "human"; reason?: string; moods?: number[]; lines: Line[] }[] = [
  {
    phone: "+46701740605", name: "Alex", status: "waiting", reason: "asked",
    lines: [
      [60 * 26, "bot", "Hej Alex! Hur är dagen idag, på en skala 1–10?"],
      [60 * 25, "participant", "4 typ"],
      [60 * 25, "bot", "Tack för att du svarar. Vad gör att det inte är en 3?"],
      [45, "participant", "kan jag prata med en riktig person? det gäller praktiken"],
      [45, "bot", "Självklart. Jag säger till en koordinator, som hör av sig så snart det går."],
    ],
  },
  {
    phone: "+46701740606", name: "Sam", status: "bot", moods: [3, 4, 4, 6, 5, 7],
    lines: [
      [60 * 24 * 2, "bot", "Hej Sam! Vill du checka in en stund?"],
      [60 * 24 * 2 - 5, "participant", "ok"],
      [60 * 24 * 2 - 4, "bot", "Hur är dagen, 1–10?"],
      [60 * 24 * 2 - 3, "participant", "7, sov bättre"],
      [60 * 24 * 2 - 3, "bot", "Skönt att höra. Vad hjälpte dig att sova bättre?"],
    ],
  },
  {
    phone: "+46701740607", name: "Robin", status: "human",
    lines: [
      [60 * 5, "participant", "hej, hinner vi ses på torsdag istället?"],
      [60 * 4, "coordinator", "Hej Robin! Torsdag kl 14 funkar fint. Ses vid biblioteket?\n/Demo"],
      [20, "participant", "ja det blir bra 👍"],
    ],
  },
];

/** Creates the demo when the database has no staff and no teams; returns the one-time login. */
export async function seedDemoData(db: Db, now: Date): Promise<{ email: string; password: string } | undefined> {
  if (await hasStaffOrTeams(db)) return undefined;
  const password = randomBytes(9).toString("base64url");
  const team = await createTeam(db, { slug: DEMO_TEAM, name: "Demoteamet" }, { isDemo: true });
  const coordinator = await createStaff(db, { email: DEMO_EMAIL, displayName: "Demo Koordinator", firstName: "Demo", password: `${password}-demo`, teamSlugs: [DEMO_TEAM] }, { isDemo: true });
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  for (const person of people) {
    const first = at(person.lines[0]![0]);
    const last = at(person.lines[person.lines.length - 1]![0]);
    const lastIn = [...person.lines].reverse().find((l) => l[1] === "participant");
    const human = person.status === "human";
    await insertDemoPerson(
      db,
      {
        phone: person.phone, name: person.name, teamId: team.id, coordinatorId: coordinator.id, since: first, preferredTimes: ["afternoon"],
        checkIns: (person.moods ?? []).map((mood, i) => ({ mood, at: at(60 * 24 * 7 * (person.moods!.length - i)) })),
      },
      {
        status: person.status, handoffReason: person.reason ?? null,
        waitingSince: person.status === "waiting" ? at(45) : null,
        assigneeId: human ? coordinator.id : null,
        takenOverAt: human ? at(60 * 4 + 1) : null,
        lastStaffReplyAt: human ? at(60 * 4) : null,
        lastInboundAt: lastIn ? at(lastIn[0]) : null, lastMessageAt: last,
      },
      person.lines.map(([minutesAgo, author, body]) => ({ author, authorStaffId: author === "coordinator" ? coordinator.id : null, body, at: at(minutesAgo) })),
    );
  }
  return { email: DEMO_EMAIL, password: `${password}-demo` };
}
