// `npm run staff:create` and `npm run team:create`: the first admin account of a configured
// deployment comes from here (the inbox never prints a password outside the zero-config demo).
//   npm run team:create -- --slug nord --name "Team Nord" [--slack-channel C0123ABCD]
//   npm run staff:create -- --email maja@kommun.se --name "Maja Lind" [--role coordinator|teamlead|admin]
//                           [--team nord ...] [--slack-user U0123ABCD] [--password-stdin]
// Without --password-stdin a strong password is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { AccountError, createStaff, createTeam } from "../staff/accounts.js";

const [command, ...rest] = process.argv.slice(2);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.DATABASE_URL);
  await database.migrate();
  const { prisma: db } = database;
  try {
    if (command === "team") {
      const { values } = parseArgs({ args: rest, options: { slug: { type: "string" }, name: { type: "string" }, "slack-channel": { type: "string" } } });
      const team = await createTeam(db, { slug: values.slug ?? "", name: values.name ?? "", slackChannelId: values["slack-channel"] });
      process.stdout.write(`Created team ${team.slug} (id ${team.id}).\n`);
    } else if (command === "staff") {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: "string" }, name: { type: "string" }, "first-name": { type: "string" }, role: { type: "string" },
          team: { type: "string", multiple: true }, "slack-user": { type: "string" }, "password-stdin": { type: "boolean" },
        },
      });
      const generated = values["password-stdin"] ? undefined : randomBytes(15).toString("base64url");
      const password = generated ?? (await readStdin());
      const staff = await createStaff(db, {
        email: values.email ?? "", displayName: values.name ?? "", firstName: values["first-name"], password,
        role: (values.role ?? "coordinator") as "coordinator", teamSlugs: values.team ?? [], slackUserId: values["slack-user"],
      });
      process.stdout.write(`Created ${staff.role} ${staff.email} (id ${staff.id}).\n`);
      if (generated) process.stdout.write(`Password (shown once; change it by creating a new account if lost): ${generated}\n`);
    } else {
      throw new AccountError("usage: staff-admin.ts team|staff --help");
    }
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  const message = err instanceof ZodError ? err.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : (err as Error).message;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
