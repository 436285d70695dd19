// Global setup of the sqlite project when PostgreSQL is missing: repeats vitest.config.ts's banner
// after the run, where it is seen, so nobody takes a SQLite-only run for the whole suite.
import { noPostgresBanner } from "./postgres-cluster.js";

export default function setup(): () => void {
  return () => {
    process.stderr.write(`${noPostgresBanner}\n`);
  };
}
