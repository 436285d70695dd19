// Refusals of the plan work (action plans, steps, meetings' outcomes, discharge) that are the
// caller's to fix. A team lead's decision is forbidden, a state that forbids it a conflict, else the
// input is invalid; bot/http/errors.ts maps the code to HTTP.
import { DomainError } from "../domain/domain-error.js";

export type PlanErrorReason = "in-the-past" | "in-the-future" | "not-allowed" | "opted-out" | "not-yet-held" | "already-discharged";

export class PlanError extends DomainError {
  constructor(readonly reason: PlanErrorReason) {
    super(reason === "not-allowed" ? "forbidden" : reason === "opted-out" || reason === "already-discharged" ? "conflict" : "invalid", reason);
  }
}
