// Which database a DATABASE_URL names: a SQLite file (file:…, the zero-config default) or a
// PostgreSQL server (postgresql://… or postgres://…).
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error("DATABASE_URL must be a file: (SQLite) or postgresql:// URL");
}
