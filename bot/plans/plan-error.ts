// Refusals of the plan work (action plans, steps, meetings' outcomes, discharge) that are the
// caller's to fix; the routes map each reason to a status.
export type PlanErrorReason = "in-the-past" | "in-the-future" | "not-allowed" | "opted-out" | "not-yet-held" | "already-discharged";

export class PlanError extends Error {
  constructor(readonly reason: PlanErrorReason) {
    super(reason);
  }
}

/** HTTP status for a refusal: a team lead's decision is 403, a state that forbids it is 409, else 400. */
export function planErrorStatus(reason: PlanErrorReason): number {
  if (reason === "not-allowed") return 403;
  if (reason === "opted-out" || reason === "already-discharged") return 409;
  return 400;
}
