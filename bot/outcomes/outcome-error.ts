// Refusals of the outcome work that are the caller's to fix; a team lead's decision is forbidden.
import { DomainError } from "../domain/domain-error.js";

export type OutcomeErrorReason = "period-in-the-future" | "period-reversed" | "period-too-long" | "not-allowed" | "in-the-future" | "birth-year-out-of-range";

export class OutcomeError extends DomainError {
  constructor(readonly reason: OutcomeErrorReason) {
    super(reason === "not-allowed" ? "forbidden" : "invalid", reason);
  }
}
