// The one kind of error domain code throws for a request it refuses: a code that says what kind of
// refusal it is (mapped to HTTP in one place, bot/http/errors.ts) and the machine-readable name the
// client sees. The named subclasses (HandoffError, NudgeError, …) only list their reasons.
export type DomainErrorCode = "invalid" | "forbidden" | "not-found" | "conflict" | "gone" | "unprocessable" | "too-many";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** What the client is told: `{ error, detail?, ...extra }`. */
    readonly error: string,
    /** detail and extra are shown to the client; message only to the log. */
    readonly options: { detail?: string; extra?: Record<string, unknown>; message?: string } = {},
  ) {
    super(options.message ?? options.detail ?? error);
  }
}
