// `npm run backup -- [--out FILE]`: a consistent backup of DATABASE_URL while Tillit runs (SQLite's
// online backup API, or pg_dump). `npm run restore -- FILE [--force]`: restores it into DATABASE_URL,
// which must be empty unless --force (then stop Tillit first). Bad input exits 1 with a message.
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { backupDatabase, BackupError, defaultBackupFile, restoreDatabase } from "../ops/backup.js";

const [command, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  const config = loadConfig();
  if (command === "backup") {
    const { values } = parseArgs({ args: rest, options: { out: { type: "string" } } });
    const file = values.out ?? defaultBackupFile(config.DATABASE_URL, new Date());
    await backupDatabase(config.DATABASE_URL, file);
    process.stdout.write(`Backup written to ${file}\n`);
  } else if (command === "restore") {
    const { values, positionals } = parseArgs({ args: rest, options: { force: { type: "boolean" } }, allowPositionals: true });
    if (positionals.length !== 1) throw new BackupError("usage: npm run restore -- FILE [--force]");
    await restoreDatabase(config.DATABASE_URL, positionals[0]!, { force: values.force });
    process.stdout.write(`Restored ${positionals[0]} into the configured database; start Tillit to apply any newer migrations.\n`);
  } else {
    throw new BackupError("usage: backup.ts backup [--out FILE] | restore FILE [--force]");
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
